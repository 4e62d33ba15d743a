"""Reading an ASGI request body once, and handing it on: the one body reader of the gateway.

The edge guard reads chunked bodies up to the size limit before any parser sees them, the MCP
fast lane reads a body to decide whether it can answer it itself, and the LLM endpoints read
theirs whole. Each then either answers or passes the body on to the next app with
:func:`replay`, which hands over what was read and then the rest of the stream.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import Message, Receive


@dataclass(frozen=True, slots=True)
class Body:
    """What was read of a request body."""

    data: bytes
    #: The whole body was read. False when the client went away first, or when reading stopped
    #: at the limit (the rest, if any, is still in the stream: :func:`replay` passes it on).
    complete: bool
    #: More than the limit arrived.
    too_large: bool = False


async def read_body(receive: Receive, limit: int | None = None) -> Body:
    """Read the body until its end, a disconnect, or (with ``limit``) past ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        msg = await receive()
        if msg["type"] != "http.request":
            return Body(b"".join(chunks), complete=False)
        chunk = msg.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        more = bool(msg.get("more_body", False))
        if limit is not None and size > limit:
            return Body(b"".join(chunks), complete=not more, too_large=True)
        if not more:
            return Body(b"".join(chunks), complete=True)


def replay(body: Body, receive: Receive) -> Receive:
    """A ``receive`` that hands ``body`` on first, then whatever is left of the stream."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body.data, "more_body": not body.complete}
        return await receive()

    return replayed

"""Upstream replies in ``application/json`` that hold several JSON-RPC messages, one per line.

Some servers answer a POST with a JSON body made of newline-separated messages (a notification
or a log line, then the response) instead of an SSE stream. The spec's JSON reply is one
message, and the SDK client reads exactly one; the gateway reads such a body message by message
instead of failing the call:

* :func:`split_messages` for the gateway's own raw lane (``http_lane.py``);
* :class:`JsonLinesTransport` for SDK sessions: an ``httpx2`` transport that turns such a body
  into the equivalent ``text/event-stream`` reply (one ``message`` event each, the response
  last), which the SDK already reads message by message (notifications, server requests, then
  the response). A body that is one JSON document (however it is indented) is left alone.
"""

from __future__ import annotations

from typing import Any

import httpx2
import orjson


def split_messages(raw: bytes) -> list[dict[str, Any]] | None:
    """The JSON-RPC messages of a body with one per line; None if it is not that shape (one
    document, or lines that are not all JSON objects)."""
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    if len(lines) < 2:
        return None
    out: list[dict[str, Any]] = []
    for ln in lines:
        try:
            msg = orjson.loads(ln)
        except orjson.JSONDecodeError:
            return None
        if not isinstance(msg, dict):
            return None
        out.append(msg)
    return out


def _is_reply(msg: dict[str, Any]) -> bool:
    return "method" not in msg and ("result" in msg or "error" in msg)


def as_event_stream(messages: list[dict[str, Any]]) -> bytes:
    """The messages as SSE ``message`` events, replies last (a reader stops at the reply)."""
    ordered = [m for m in messages if not _is_reply(m)] + [m for m in messages if _is_reply(m)]
    return b"".join(b"event: message\ndata: " + orjson.dumps(m) + b"\n\n" for m in ordered)


class JsonLinesTransport(httpx2.AsyncBaseTransport):
    """Wraps a transport: a POST answered with several JSON-RPC messages in ``application/json``
    comes back as the same messages in ``text/event-stream``."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await self.inner.handle_async_request(request)
        if request.method != "POST" or not response.headers.get("content-type", "").startswith("application/json"):
            return response
        raw = await response.aread()
        try:
            orjson.loads(raw)
            messages = None  # one document: what the SDK expects
        except orjson.JSONDecodeError:
            messages = split_messages(raw)
        await response.aclose()
        # The body is decoded now: its length and encoding headers no longer describe it.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        if messages is None:
            return httpx2.Response(response.status_code, headers=headers, content=raw, request=request)
        headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
        headers.append(("content-type", "text/event-stream"))
        return httpx2.Response(
            response.status_code, headers=headers, content=as_event_stream(messages), request=request
        )

    async def aclose(self) -> None:
        await self.inner.aclose()

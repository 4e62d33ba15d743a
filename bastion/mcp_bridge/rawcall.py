"""Raw JSON-RPC calls to an upstream, beside the SDK session (the hot path).

The SDK client session validates every message with pydantic (both ways), routes it through
its dispatcher and re-encodes the result; for a gateway that passes results on unchanged that is
most of the per-call cost. The upstream's connection is still opened, negotiated and watched by
the SDK ``Client`` (handshake, lists, server->client requests, notifications); the gateway's own
calls travel beside it as plain JSON with their own ids (``bst-N``, a space the SDK never uses),
so any number of them can be in flight on one session.

:class:`PendingCalls` is the table of calls waiting for their reply on a stream transport
(stdio): the reader resolves them by id and hands them their progress notifications in order.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from mcp import MCPError

#: Request ids (and progress tokens) of raw calls: strings, never used by the SDK (it counts ints).
ID_PREFIX = "bst-"
Progress = Callable[[float, float | None, str | None], Awaitable[None]]


class ConnectionLost(Exception):
    """The transport closed while the call was waiting for its reply."""


def reply_result(msg: dict[str, Any]) -> dict[str, Any]:
    """The ``result`` of a JSON-RPC reply, or :class:`MCPError` for an ``error`` reply."""
    if "error" in msg:
        err = msg["error"] if isinstance(msg["error"], dict) else {}
        raise MCPError(
            code=int(err.get("code", -32603)), message=str(err.get("message", "error")), data=err.get("data")
        )
    result = msg.get("result")
    if not isinstance(result, dict):
        raise MCPError(code=-32603, message="upstream sent a malformed result")
    return result


class _Pending:
    """One call waiting: its reply, and (when asked for) a queue of its progress notifications."""

    __slots__ = ("done", "reply", "error", "send", "recv")

    def __init__(self, with_progress: bool) -> None:
        self.done = anyio.Event()
        self.reply: dict[str, Any] | None = None
        self.error: BaseException | None = None
        self.send: MemoryObjectSendStream[dict[str, Any]] | None = None
        self.recv: MemoryObjectReceiveStream[dict[str, Any]] | None = None
        if with_progress:
            self.send, self.recv = anyio.create_memory_object_stream[dict[str, Any]](math.inf)


class PendingCalls:
    """Calls in flight on one stream transport, keyed by their string id."""

    def __init__(self) -> None:
        self._calls: dict[str, _Pending] = {}
        self._next = 0
        self.closed = False

    def open(self, with_progress: bool) -> tuple[str, _Pending]:
        if self.closed:
            raise ConnectionLost("the upstream connection is closed")
        self._next += 1
        rid = f"{ID_PREFIX}{self._next}"
        p = self._calls[rid] = _Pending(with_progress)
        return rid, p

    def forget(self, rid: str) -> None:
        p = self._calls.pop(rid, None)
        if p is not None and p.send is not None:
            p.send.close()

    def dispatch(self, msg: Any) -> bool:
        """Take ``msg`` if it belongs to a raw call (its reply or its progress); True if taken."""
        if not isinstance(msg, dict):
            return False
        rid = msg.get("id")
        if isinstance(rid, str):
            if not rid.startswith(ID_PREFIX) or "method" in msg:
                return False
            p = self._calls.get(rid)
            if p is not None:
                p.reply = msg
                p.done.set()
            return True  # a late reply to a forgotten call is dropped, never shown to the SDK
        if msg.get("method") == "notifications/progress":
            params = msg.get("params")
            token = params.get("progressToken") if isinstance(params, dict) else None
            if isinstance(token, str) and token.startswith(ID_PREFIX):
                p = self._calls.get(token)
                if p is not None and p.send is not None:
                    p.send.send_nowait(params)
                return True
        return False

    def fail_all(self, why: str) -> None:
        """The transport is gone: every waiting call fails at once."""
        self.closed = True
        for p in self._calls.values():
            p.error = ConnectionLost(why)
            p.done.set()
            if p.send is not None:
                p.send.close()
        self._calls.clear()


async def wait_reply(p: _Pending, progress: Progress | None) -> dict[str, Any]:
    """Wait for the call's reply, delivering its progress notifications (in order) meanwhile."""
    if p.recv is not None and progress is not None:
        async with anyio.create_task_group() as tg:

            async def pump() -> None:
                assert p.recv is not None
                async for params in p.recv:
                    await progress(float(params.get("progress", 0)), params.get("total"), params.get("message"))

            tg.start_soon(pump)
            await p.done.wait()
            assert p.send is not None
            p.send.close()  # the pump drains what arrived before the reply, then ends
    else:
        await p.done.wait()
    if p.error is not None:
        raise p.error
    assert p.reply is not None
    return reply_result(p.reply)

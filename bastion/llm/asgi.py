"""Small ASGI helpers for the hot-path endpoints (plain ASGI: no per-request framework work).

:class:`ClientWatch` notices a client that goes away while its call is in flight and cancels
the handler, which closes the upstream connection (and so stops the upstream's generation).
"""

from __future__ import annotations

import asyncio

from starlette.types import Message, Receive, Scope, Send

from bastion.gateway.call import Call
from bastion.gateway.edge import DISCONNECT_KEY, DisconnectSignal


async def send_bytes(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]], content_type: bytes = b"application/json"
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})


def call_headers(call: Call) -> list[tuple[bytes, bytes]]:
    """``x-bastion-trace-id``, ``x-bastion-overhead-ms`` and ``x-bastion-cache``."""
    cache = call.cache
    if call.served_from_cache:
        parts = ["hit"]
        if cache.get("phase"):
            parts.append(f"phase={cache['phase']}")
        if cache.get("score") is not None:
            parts.append(f"score={float(cache['score']):.2f}")
        cache_value = "; ".join(parts)
    else:
        cache_value = "bypass" if cache.get("result") == "bypass" else "miss"
    return [
        (b"x-bastion-trace-id", call.trace_id.encode()),
        (b"x-bastion-overhead-ms", f"{max(0.0, call.overhead_ms()):.3f}".encode()),
        (b"x-bastion-cache", cache_value.encode()),
    ]


class ClientWatch:
    """Cancels the current task when the client disconnects; ``stop()`` before the last send.

    Under the gateway's own server the connection says so (``edge.DisconnectSignal``: no task
    per call); elsewhere a task waits on ``receive()``."""

    __slots__ = ("task", "disconnected", "_watcher", "_signal", "_call")

    def __init__(self, scope: Scope, receive: Receive, call: Call) -> None:
        self.task = asyncio.current_task()
        self.disconnected = False
        self._call = call
        self._watcher: asyncio.Task[None] | None = None
        self._signal: DisconnectSignal | None = scope.get(DISCONNECT_KEY)
        if self._signal is not None:
            self._signal.watch(self._gone)
        else:
            self._watcher = asyncio.get_running_loop().create_task(self._watch(receive))

    async def _watch(self, receive: Receive) -> None:
        while True:
            msg: Message = await receive()
            if msg["type"] == "http.disconnect":
                self._gone()
                return

    def _gone(self) -> None:
        self.disconnected = True
        # Recorded before cancelling so the audit record says why the call ended.
        self._call.error = "client disconnected"
        self._call.error_code = "client_closed"
        if self.task is not None:
            self.task.cancel()

    def stop(self) -> None:
        signal = self._signal
        if signal is not None:
            # Also breaks the cycle signal -> our bound method -> self -> call.
            self._signal = None
            signal.unwatch()
        watcher = self._watcher
        if watcher is not None:
            # Dropping the task breaks the cycle task -> CancelledError -> traceback -> our
            # frame -> self -> task, which would otherwise leave the whole call (stages, texts,
            # records) for the cyclic garbage collector on every request.
            self._watcher = None
            watcher.cancel()

    def swallow(self) -> bool:
        """Inside ``except CancelledError``: True when the cancellation was ours (then it is
        consumed and the handler just returns)."""
        if self.disconnected and self.task is not None:
            self.task.uncancel()
            return True
        return False

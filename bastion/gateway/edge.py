"""The HTTP edge: what the server protocol itself must enforce before any ASGI code runs.

uvicorn waits for a request's headers and body as long as the client cares to take, so a
client sending one byte every few seconds (slowloris) holds a connection, and a task, forever;
one address can open as many such connections as it likes. This subclass of uvicorn's
httptools protocol adds:

* a **header timeout**: from the connection's start (or a keep-alive request's first byte)
  to the end of the headers; on expiry the client gets ``408`` and the connection is closed;
* a **body timeout**: from the end of the headers to the end of the body; on expiry the
  connection is closed (the handler sees a disconnect, its call is audited as such);
* a **cap on concurrent connections per peer address**; one over it is answered ``503`` and
  closed at once. Behind a proxy every client shares the proxy's address: raise the cap or set
  it to 0 there, and limit per client at the proxy;
* a **drain on shutdown** that lets a request whose first bytes arrived before SIGTERM finish
  (uvicorn closes a connection whose headers are not complete yet, which the client sees as a
  connection error);
* a **disconnect signal** (``scope[DISCONNECT_KEY]``, a :class:`DisconnectSignal`): a handler
  that must stop when its client goes away registers a callback there instead of keeping a task
  waiting on ``receive()`` for the whole call.

The timeouts cost no timer per request: a connection keeps one timer that, when it fires, looks
at the current deadline (``_arm`` only moves the deadline), so the hot path stores a float where
it would create and cancel two timer handles.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

if TYPE_CHECKING:
    # A type only: the settings model imports section models whose packages import this.
    from bastion.gateway.settings import ServerSettings


def _raw_response(status: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 error response, written straight to the socket (no request exists)."""
    body = orjson.dumps({"error": {"code": code, "message": message}})
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\nconnection: close\r\n"
    return head.encode() + f"content-length: {len(body)}\r\n\r\n".encode() + body


_408 = _raw_response("408 Request Timeout", "request_timeout", "request headers not received in time")
_503 = _raw_response("503 Service Unavailable", "too_many_connections", "too many connections from this address")


#: Scope key of the connection's :class:`DisconnectSignal` (absent when the app runs under
#: another server, e.g. in-process test transports: handlers then watch ``receive()``).
DISCONNECT_KEY = "bastion.disconnect"


class DisconnectSignal:
    """Calls back the handler of a connection's current request when the client goes away.

    HTTP/1.1 runs one handler per connection at a time (uvicorn queues a pipelined request until
    the previous response is complete), so a connection has one slot."""

    __slots__ = ("_callback",)

    def __init__(self) -> None:
        self._callback: Callable[[], None] | None = None

    def watch(self, callback: Callable[[], None]) -> None:
        self._callback = callback

    def unwatch(self) -> None:
        self._callback = None

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def edge_protocol(settings: ServerSettings) -> type[HttpToolsProtocol]:
    """uvicorn's ``http`` protocol class with ``settings``' timeouts and per-peer cap."""
    header_timeout = settings.header_timeout_s
    body_timeout = settings.body_timeout_s
    per_peer_cap = settings.max_connections_per_peer
    # Open connections per peer address, shared by all connections of this server.
    open_per_peer: Counter[str] = Counter()

    class EdgeProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._peer: str | None = None
            #: The connection's one timer, when it is due, and the deadline it serves.
            self._timer: asyncio.TimerHandle | None = None
            self._timer_at = 0.0
            self._deadline: float | None = None
            self._expire: Callable[[], None] = self._headers_too_slow
            self._disconnects = DisconnectSignal()
            #: Between the first byte of a request and the end of its response.
            self._in_request = False
            self._draining = False

        # -- connection accounting -----------------------------------------------------------

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            peer = self.client[0] if self.client else None
            if per_peer_cap and peer is not None:
                if open_per_peer[peer] >= per_peer_cap:
                    transport.write(_503)
                    transport.close()
                    return
                open_per_peer[peer] += 1
                self._peer = peer
            self._arm(header_timeout, self._headers_too_slow)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._peer is not None:
                open_per_peer[self._peer] -= 1
                if open_per_peer[self._peer] <= 0:
                    del open_per_peer[self._peer]
                self._peer = None
            responding = self.cycle is not None and not self.cycle.response_complete
            super().connection_lost(exc)
            if responding:
                self._disconnects.fire()

        # -- timers --------------------------------------------------------------------------

        def _arm(self, seconds: float, callback: Callable[[], None]) -> None:
            if seconds <= 0:
                self._deadline = None
                return
            deadline = self.loop.time() + seconds
            self._deadline = deadline
            self._expire = callback
            timer = self._timer
            if timer is None or self._timer_at > deadline:
                # No timer, or one due after this deadline (the header deadline after a body
                # one): (re)schedule. Otherwise the pending timer finds the deadline moved.
                if timer is not None:
                    timer.cancel()
                self._timer_at = deadline
                self._timer = self.loop.call_at(deadline, self._due)

        def _disarm(self) -> None:
            # The pending timer, if any, finds no deadline and lapses.
            self._deadline = None

        def _due(self) -> None:
            self._timer = None
            deadline = self._deadline
            if deadline is None:
                return
            if self.loop.time() >= deadline:
                self._deadline = None
                self._expire()
            else:
                self._timer_at = deadline
                self._timer = self.loop.call_at(deadline, self._due)

        def _headers_too_slow(self) -> None:
            if not self.transport.is_closing():
                self.transport.write(_408)
                self.transport.close()

        def _body_too_slow(self) -> None:
            if not self.transport.is_closing():
                # The handler is already running: it sees the client as gone.
                self.transport.close()

        # -- parser callbacks ----------------------------------------------------------------

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self.scope[DISCONNECT_KEY] = self._disconnects  # type: ignore[literal-required]
            self._in_request = True
            self._arm(header_timeout, self._headers_too_slow)

        def on_headers_complete(self) -> None:
            self._arm(body_timeout, self._body_too_slow)
            super().on_headers_complete()
            if self._draining and self.cycle is not None:
                self.cycle.keep_alive = False

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()

        def on_response_complete(self) -> None:
            self._in_request = False
            super().on_response_complete()

        def timeout_keep_alive_handler(self) -> None:
            self._disarm()
            super().timeout_keep_alive_handler()

        # -- shutdown ------------------------------------------------------------------------

        def shutdown(self) -> None:
            if self._in_request and (self.cycle is None or self.cycle.response_complete):
                # A request has begun but its headers are not all here yet: let it finish (it
                # is answered with "connection: close"); the header timeout still bounds it.
                self._draining = True
                return
            super().shutdown()

    return EdgeProtocol

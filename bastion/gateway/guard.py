"""The outermost ASGI middleware: what must hold for every HTTP request, whatever the route.

* every response carries ``x-bastion-trace-id`` (the same id as the call's audit record);
* oversized headers get 431 and oversized bodies 413, before any front door parses them;
* an unhandled exception becomes a 500 in the caller's protocol and the process keeps serving;
* each refusal it makes (431, 413, a bad ``content-length``) is on the audit trail through the
  refusal recorder (``gateway.refusals``): no front door ever saw the request.

Pure ASGI rather than ``BaseHTTPMiddleware``: it costs a few microseconds per request and does
not buffer streaming responses.
"""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bastion.gateway.body import read_body, replay
from bastion.gateway.call import new_trace_id
from bastion.gateway.errors import ErrorShapes
from bastion.gateway.logs import current_trace_id
from bastion.gateway.refusals import SCOPE_TRACE_KEY, RefusalRecorder, front_door_of

log = logging.getLogger("bastion.http")

TRACE_HEADER = b"x-bastion-trace-id"


def trace_id_of(scope: Scope) -> str:
    """The trace id the guard assigned to this request (front doors use it for the call)."""
    tid = scope.get(SCOPE_TRACE_KEY)
    if tid is None:
        tid = scope[SCOPE_TRACE_KEY] = new_trace_id()
    return tid


class BodyTooLarge(Exception):
    pass


class Guard:
    def __init__(
        self,
        app: ASGIApp,
        errors: ErrorShapes,
        max_body_bytes: int,
        max_header_bytes: int,
        refusals: RefusalRecorder | None = None,
    ) -> None:
        self.app = app
        self.errors = errors
        self.refusals = refusals
        self.max_body = max_body_bytes
        self.max_headers = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        trace_id = new_trace_id()
        scope[SCOPE_TRACE_KEY] = trace_id
        token = current_trace_id.set(trace_id)
        path = scope.get("path", "")
        try:
            header_bytes = 0
            content_length = None
            for name, value in scope["headers"]:
                header_bytes += len(name) + len(value)
                if name == b"content-length":
                    content_length = value
            if header_bytes > self.max_headers:
                await self._reject(scope, send, 431, "headers_too_large", "request headers too large")
                return
            if content_length is not None:
                try:
                    too_big = int(content_length) > self.max_body
                except ValueError:
                    await self._reject(scope, send, 400, "bad_request", "invalid content-length")
                    return
                if too_big:
                    await self._reject(
                        scope, send, 413, "payload_too_large", f"request body larger than {self.max_body} bytes"
                    )
                    return
            if content_length is None and scope.get("method") in ("POST", "PUT", "PATCH"):
                # A chunked body has no declared size: read it here, up to the limit, so that
                # an oversized one is refused before any parser sees (and mislabels) it.
                buffered = await read_body(receive, self.max_body)
                if buffered.too_large:
                    await self._reject(
                        scope, send, 413, "payload_too_large", f"request body larger than {self.max_body} bytes"
                    )
                    return
                receive = replay(buffered, receive)
            await self._call_app(scope, receive, send, trace_id, path)
        finally:
            current_trace_id.reset(token)

    async def _call_app(self, scope: Scope, receive: Receive, send: Send, trace_id: str, path: str) -> None:
        started = False
        received = 0
        max_body = self.max_body
        tid_header = (TRACE_HEADER, trace_id.encode())

        async def limited_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > max_body:
                    raise BodyTooLarge()
            return msg

        async def send_with_trace(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                # The front door may have used a different id (e.g. a cached MCP session);
                # the guard's id is only added when none is present (the message is left as
                # it is otherwise: the LLM front door always sets it).
                headers = msg.get("headers", [])
                for h in headers:
                    if h[0] == TRACE_HEADER:
                        break
                else:
                    msg = {**msg, "headers": [*headers, tid_header]}
            await send(msg)

        try:
            await self.app(scope, limited_receive, send_with_trace)
        except BodyTooLarge:
            if not started:
                await self._reject(scope, send, 413, "payload_too_large", f"request body larger than {max_body} bytes")
        except Exception:
            log.exception("unhandled error on %s", path)
            if not started:
                await self._reject(scope, send, 500, "internal", "internal error; see the gateway log for the trace id")

    def _record(self, scope: Scope, status: int, code: str, message: str) -> None:
        if self.refusals is not None:
            self.refusals.record_scope(front_door_of(scope.get("path", "")), scope, status, code, message)

    async def _reject(self, scope: Scope, send: Send, status: int, code: str, message: str) -> None:
        if status < 500:
            self._record(scope, status, code, message)
        response = self.errors.render(scope.get("path", ""), status, code, message)
        response.headers["x-bastion-trace-id"] = scope[SCOPE_TRACE_KEY]

        async def _empty_receive() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, _empty_receive, send)

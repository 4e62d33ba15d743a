"""The HTTP+JSON binding under ``/a2a/{name}/...`` (1.0 paths, and 0.3 paths under ``v1/``).

The path names the operation; the rest of the request (body, query) is forwarded to the same
path below the agent's HTTP+JSON interface URL. Errors use ``google.rpc.Status`` bodies.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from bastion.a2a.cards import wire_version
from bastion.a2a.content import A2AContent
from bastion.a2a.errors import rest_error, rest_error_body, rest_refusal
from bastion.a2a.facts import AgentFacts
from bastion.a2a.jsonrpc import forwarded_headers, request_version
from bastion.a2a.methods import PUSH_OPS, Op, field_of
from bastion.a2a.router import REST, Exchange, Router
from bastion.a2a.streaming import sse_response
from bastion.gateway.authn import credentials_of
from bastion.gateway.call import Call, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.refusals import RefusalRecorder

_ID = r"(?P<id>[^/:]+)"
_ROUTES: list[tuple[frozenset[str], re.Pattern[str], Op]] = [
    (frozenset({"POST"}), re.compile(r"message:send"), Op.SEND),
    (frozenset({"POST"}), re.compile(r"message:stream"), Op.STREAM),
    (frozenset({"GET"}), re.compile(r"tasks"), Op.LIST),
    (frozenset({"GET"}), re.compile(rf"tasks/{_ID}"), Op.GET),
    (frozenset({"POST"}), re.compile(rf"tasks/{_ID}:cancel"), Op.CANCEL),
    (frozenset({"GET", "POST"}), re.compile(rf"tasks/{_ID}:subscribe"), Op.SUBSCRIBE),
    (frozenset({"POST"}), re.compile(rf"tasks/{_ID}/pushNotificationConfigs"), Op.PUSH_SET),
    (frozenset({"GET"}), re.compile(rf"tasks/{_ID}/pushNotificationConfigs"), Op.PUSH_LIST),
    (frozenset({"GET"}), re.compile(rf"tasks/{_ID}/pushNotificationConfigs/(?P<cid>[^/]+)"), Op.PUSH_GET),
    (frozenset({"DELETE"}), re.compile(rf"tasks/{_ID}/pushNotificationConfigs/(?P<cid>[^/]+)"), Op.PUSH_DELETE),
    (frozenset({"GET"}), re.compile(r"extendedAgentCard|card"), Op.EXT_CARD),
]


def match(method: str, path: str) -> tuple[Op, dict[str, str]] | None:
    for methods, pattern, op in _ROUTES:
        m = pattern.fullmatch(path)
        if m and method in methods:
            return op, m.groupdict()
    return None


class RestEndpoint:
    def __init__(self, router: Router, base_url: Any, refusals: RefusalRecorder | None = None) -> None:
        self.router = router
        self.base_url = base_url
        self.refusals = refusals

    def _malformed(self, request: Request, status: int, code: str, message: str) -> Response:
        """A request refused before it could become a call: recorded, then answered."""
        if self.refusals is not None:
            trace_id_of(request.scope)
            self.refusals.record_scope("a2a", request.scope, status, code, message)
        return rest_error(status, code, message)

    async def __call__(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = request.path_params["path"]
        call = Call(
            front_door="a2a",
            kind="agent",
            target=name,
            method=f"{request.method} /{path.removeprefix('v1/')}",  # the operation, from the path alone
            credentials=credentials_of(request),
            trace_id=trace_id_of(request.scope),
        )
        # Who is calling is settled before the request is looked at (version, route, body): an
        # unauthenticated caller gets 401 whatever it sent, never a parse or routing error.
        try:
            await self.router.pipeline.authenticate(call)
        except Refusal as r:
            return rest_refusal(r)
        version = "1.0"
        sub = path
        if path.startswith("v1/"):
            version, sub = "0.3", path[3:]
        else:
            raw = request_version(request)
            if raw:
                version = wire_version(raw)
                if version not in ("1.0", "0.3"):
                    return self._malformed(
                        request, 400, "version_not_supported", f"A2A version '{raw}' is not supported (use 1.0 or 0.3)"
                    )
        found = match(request.method, sub)
        if found is None:
            return self._malformed(request, 404, "method_not_found", f"no A2A operation at {request.method} /{path}")
        op, groups = found
        body = await request.body()
        params: dict[str, Any] = {}
        if body and request.method == "POST":
            try:
                parsed = orjson.loads(body)
            except orjson.JSONDecodeError as e:
                return self._malformed(request, 400, "parse_error", f"the body is not valid JSON: {e}")
            if not isinstance(parsed, dict):
                return self._malformed(request, 400, "invalid_params", "the body must be a JSON object")
            params = parsed
        task_id: Any = groups.get("id")
        if op in (Op.SEND, Op.STREAM):
            msg = params.get("message")
            if not isinstance(msg, dict):
                return self._malformed(request, 400, "invalid_params", "'message' is required")
            task_id = field_of(msg, "taskId")
            if task_id is not None and not isinstance(task_id, str):
                return self._malformed(request, 400, "invalid_params", "message.taskId must be a string")
        query = request.url.query
        ex = Exchange(
            agent=name,
            op=op,
            version=version,
            binding=REST,
            params=params,
            base_url=self.base_url(request) if _needs_base(op, params) else "",
            forward=forwarded_headers(request),
            task_id=task_id,
            http_method=request.method,
            rest_path="/" + path + (f"?{query}" if query else ""),
            raw_body=body,
        )
        call.request = ex
        call.put(AgentFacts(name, version, "rest", op.value, task_id=task_id or None))
        if op in (Op.SEND, Op.STREAM):
            call.input = A2AContent.of_params(params)
        try:
            await self.router.run(call)
        except Refusal as r:
            return rest_refusal(r)
        if call.stream is not None:
            return sse_response(call, _error_event)
        return Response(
            self.router.response_body(call, ex),
            status_code=ex.reply_status,
            media_type=ex.reply_ctype or "application/json",
        )


def _error_event(r: Refusal) -> bytes:
    _, body = rest_error_body(r.code, r.message, r.status)
    return b"event: error\r\ndata: " + body + b"\r\n\r\n"


def _needs_base(op: Op, params: dict[str, Any]) -> bool:
    """Only push configs need the gateway's own URL (computing it costs a little per call)."""
    return op in PUSH_OPS or "configuration" in params

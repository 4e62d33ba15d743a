"""The JSON-RPC binding: ``POST /a2a/{name}`` with the 1.0 and the 0.3 method names.

The request is checked here (JSON, envelope, method, ``A2A-Version``, params) and answered with
A2A's error codes; a valid one becomes an :class:`~bastion.a2a.router.Exchange` and one pipeline
call. The version is the ``A2A-Version`` header (or query parameter); missing means 0.3, as the
spec says. 1.0 method names need version 1.0 and 0.3 names need 0.3.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from bastion.a2a.cards import wire_version
from bastion.a2a.content import A2AContent
from bastion.a2a.errors import jsonrpc_error, jsonrpc_error_body, jsonrpc_refusal
from bastion.a2a.facts import AgentFacts
from bastion.a2a.methods import METHODS_03, METHODS_10, PUSH_OPS, TASK_OPS, Op, field_of
from bastion.a2a.router import JSONRPC, Exchange, Router
from bastion.a2a.streaming import sse_response
from bastion.gateway.authn import credentials_of
from bastion.gateway.call import Call, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.refusals import RefusalRecorder


def request_version(request: Request) -> str | None:
    return request.headers.get("a2a-version") or request.query_params.get("A2A-Version") or None


def forwarded_headers(request: Request) -> dict[str, str]:
    """The A2A service parameters passed on to the agent (never Authorization)."""
    out: dict[str, str] = {}
    v = request.headers.get("a2a-version") or request.query_params.get("A2A-Version")
    if v:
        out["A2A-Version"] = v
    ext = request.headers.get("a2a-extensions")
    if ext:
        out["A2A-Extensions"] = ext
    return out


def task_id_param(op: Op, version: str, params: dict[str, Any]) -> Any:
    if op in (Op.SEND, Op.STREAM):
        msg = params.get("message")
        return field_of(msg, "taskId") if isinstance(msg, dict) else None
    if op == Op.PUSH_SET or (version == "1.0" and op in (Op.PUSH_GET, Op.PUSH_LIST, Op.PUSH_DELETE)):
        return field_of(params, "taskId")
    return params.get("id")


class JsonRpcEndpoint:
    def __init__(self, router: Router, base_url: Any, refusals: RefusalRecorder | None = None) -> None:
        self.router = router
        self.base_url = base_url
        self.refusals = refusals

    def _malformed(self, request: Request, rid: Any, status: int, code: str, message: str) -> Response:
        """A request refused before it could become a call: recorded, then answered."""
        if self.refusals is not None:
            trace_id_of(request.scope)
            self.refusals.record_scope("a2a", request.scope, status, code, message)
        return jsonrpc_error(rid, status, code, message)

    async def __call__(self, request: Request) -> Response:
        name = request.path_params["name"]
        call = Call(
            front_door="a2a",
            kind="agent",
            target=name,
            credentials=credentials_of(request),
            trace_id=trace_id_of(request.scope),
        )
        # Who is calling is settled before the body is looked at: an unauthenticated caller gets
        # 401 whatever it sent (with a null id: the request was not read), never a parse error.
        try:
            await self.router.pipeline.authenticate(call)
        except Refusal as r:
            return jsonrpc_refusal(None, r)
        body = await request.body()
        try:
            msg = orjson.loads(body)
        except orjson.JSONDecodeError as e:
            return self._malformed(request, None, 400, "parse_error", f"Parse error: {e}")
        if not isinstance(msg, dict):
            return self._malformed(
                request,
                None,
                400,
                "invalid_request",
                "Invalid Request: expected one JSON-RPC request object (batches are not supported)",
            )
        rid = msg.get("id")
        method = msg.get("method")
        if (
            msg.get("jsonrpc") != "2.0"
            or not isinstance(method, str)
            or (rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))))
        ):
            return self._malformed(
                request,
                rid if isinstance(rid, (str, int)) else None,
                400,
                "invalid_request",
                "Invalid Request: needs jsonrpc '2.0', a string method and a string or number id",
            )
        params = msg.get("params", {})
        if not isinstance(params, dict):
            return self._malformed(request, rid, 400, "invalid_params", "Invalid params: params must be an object")
        op = METHODS_10.get(method)
        method_version = "1.0"
        if op is None:
            op = METHODS_03.get(method)
            method_version = "0.3"
        if op is None:
            return self._malformed(request, rid, 404, "method_not_found", f"Method not found: {method}")
        raw_version = request_version(request)
        version = wire_version(raw_version) if raw_version else "0.3"
        if version not in ("1.0", "0.3"):
            return self._malformed(
                request,
                rid,
                400,
                "version_not_supported",
                f"A2A version '{raw_version}' is not supported (use 1.0 or 0.3)",
            )
        if version != method_version:
            return self._malformed(
                request,
                rid,
                400,
                "version_not_supported",
                f"'{method}' is an A2A {method_version} method but the request is A2A {version}"
                + (" (send the header A2A-Version: 1.0)" if method_version == "1.0" else ""),
            )
        task_id = task_id_param(op, version, params)
        if task_id is not None and not isinstance(task_id, str):
            return self._malformed(request, rid, 400, "invalid_params", "Invalid params: the task id must be a string")
        if op in TASK_OPS and not task_id:
            return self._malformed(request, rid, 400, "invalid_params", "Invalid params: a task id is required")
        if op in (Op.SEND, Op.STREAM) and not isinstance(params.get("message"), dict):
            return self._malformed(request, rid, 400, "invalid_params", "Invalid params: 'message' is required")
        ex = Exchange(
            agent=name,
            op=op,
            version=version,
            binding=JSONRPC,
            params=params,
            base_url=self.base_url(request) if _needs_base(op, params) else "",
            forward=forwarded_headers(request),
            task_id=task_id,
            envelope=msg,
            rid=rid,
            raw_body=body,
        )
        call.method = method
        call.request = ex
        facts = AgentFacts(name, version, "jsonrpc", task_id=task_id or None)
        call.put(facts)
        if op in (Op.SEND, Op.STREAM):
            call.input = A2AContent.of_params(params)
            ctx = field_of(params["message"], "contextId")
            if isinstance(ctx, str):
                facts.context_id = ctx
        try:
            await self.router.run(call)
        except Refusal as r:
            return jsonrpc_refusal(rid, r)
        if call.stream is not None:
            return sse_response(call, lambda r: b"data: " + jsonrpc_error_body(rid, r.code, r.message) + b"\r\n\r\n")
        return Response(self.router.response_body(call, ex), status_code=ex.reply_status, media_type="application/json")


def _needs_base(op: Op, params: dict[str, Any]) -> bool:
    """Only push configs need the gateway's own URL (computing it costs a little per call)."""
    return op in PUSH_OPS or "configuration" in params

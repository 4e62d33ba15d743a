"""A2A error shapes: JSON-RPC error objects and ``google.rpc.Status`` bodies for HTTP+JSON.

Gateway refusals keep their HTTP meaning where A2A gives one (401 with a challenge, 403, 429);
everything else is a JSON-RPC error in an HTTP 200 (what a2a-sdk clients read the message of).
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

from bastion.gateway.call import Refusal

ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
#: Errors of the HTTP+JSON binding are plain JSON (``google.rpc.Status``), as the spec and the
#: SDK's own server send them (only successful A2A payloads use ``application/a2a+json``).
ERROR_JSON = "application/json"

#: Refusal code -> (JSON-RPC code, HTTP status for REST, google.rpc status, reason, domain).
_TABLE: dict[str, tuple[int, int, str, str, str]] = {
    "task_not_found": (-32001, 404, "NOT_FOUND", "TASK_NOT_FOUND", "a2a-protocol.org"),
    "task_not_cancelable": (-32002, 400, "FAILED_PRECONDITION", "TASK_NOT_CANCELABLE", "a2a-protocol.org"),
    "push_not_supported": (-32003, 400, "FAILED_PRECONDITION", "PUSH_NOTIFICATION_NOT_SUPPORTED", "a2a-protocol.org"),
    "unsupported_operation": (-32004, 400, "FAILED_PRECONDITION", "UNSUPPORTED_OPERATION", "a2a-protocol.org"),
    "extended_card_not_configured": (
        -32007,
        400,
        "FAILED_PRECONDITION",
        "EXTENDED_AGENT_CARD_NOT_CONFIGURED",
        "a2a-protocol.org",
    ),
    "version_not_supported": (-32009, 400, "FAILED_PRECONDITION", "VERSION_NOT_SUPPORTED", "a2a-protocol.org"),
    "parse_error": (-32700, 400, "INVALID_ARGUMENT", "PARSE_ERROR", "a2a-protocol.org"),
    "invalid_request": (-32600, 400, "INVALID_ARGUMENT", "INVALID_REQUEST", "a2a-protocol.org"),
    "method_not_found": (-32601, 404, "NOT_FOUND", "METHOD_NOT_FOUND", "a2a-protocol.org"),
    "invalid_params": (-32602, 400, "INVALID_ARGUMENT", "INVALID_PARAMS", "a2a-protocol.org"),
    "bad_request": (-32602, 400, "INVALID_ARGUMENT", "INVALID_PARAMS", "a2a-protocol.org"),
    "agent_not_found": (-32601, 404, "NOT_FOUND", "AGENT_NOT_FOUND", "bastion"),
    "not_found": (-32601, 404, "NOT_FOUND", "NOT_FOUND", "bastion"),
    "unauthenticated": (-32600, 401, "UNAUTHENTICATED", "UNAUTHENTICATED", "bastion"),
    "forbidden": (-32600, 403, "PERMISSION_DENIED", "FORBIDDEN", "bastion"),
    "rate_limited": (-32600, 429, "RESOURCE_EXHAUSTED", "RATE_LIMITED", "bastion"),
    "policy_blocked": (-32050, 403, "PERMISSION_DENIED", "POLICY_BLOCKED", "bastion"),
    "upstream_error": (-32603, 502, "UNAVAILABLE", "UPSTREAM_ERROR", "bastion"),
    "upstream_timeout": (-32603, 504, "DEADLINE_EXCEEDED", "UPSTREAM_TIMEOUT", "bastion"),
    # No per-user credential for the agent (the identity provider refused the token exchange).
    "upstream_auth": (-32603, 502, "UNAUTHENTICATED", "UPSTREAM_AUTH", "bastion"),
    "payload_too_large": (-32600, 413, "INVALID_ARGUMENT", "PAYLOAD_TOO_LARGE", "bastion"),
}
_DEFAULT = (-32603, 500, "INTERNAL", "INTERNAL", "bastion")
#: Refusals that keep their HTTP status on the JSON-RPC binding.
_HTTP_LEVEL = frozenset({"unauthenticated", "forbidden", "rate_limited", "payload_too_large"})


def _headers(status: int, retry_after: float | None) -> dict[str, str]:
    h: dict[str, str] = {}
    if status == 401:
        h["WWW-Authenticate"] = 'Bearer realm="bastion"'
    if retry_after:
        h["Retry-After"] = str(max(1, int(retry_after + 0.999)))
    return h


def jsonrpc_error_body(rid: Any, code: str, message: str) -> bytes:
    rpc_code, _, _, reason, domain = _TABLE.get(code, _DEFAULT)
    return orjson.dumps(
        {
            "jsonrpc": "2.0",
            "id": rid,
            "error": {
                "code": rpc_code,
                "message": message,
                "data": [{"@type": ERROR_INFO, "reason": reason, "domain": domain}],
            },
        }
    )


def jsonrpc_error(rid: Any, status: int, code: str, message: str, retry_after: float | None = None) -> Response:
    http = status if code in _HTTP_LEVEL else (404 if code in ("agent_not_found", "not_found") else 200)
    return Response(
        jsonrpc_error_body(rid, code, message),
        status_code=http,
        media_type="application/json",
        headers=_headers(http, retry_after),
    )


def jsonrpc_refusal(rid: Any, r: Refusal) -> Response:
    return jsonrpc_error(rid, r.status, r.code, r.message, r.retry_after)


def rest_error_body(code: str, message: str, status: int | None = None) -> tuple[int, bytes]:
    _, http, rpc_status, reason, domain = _TABLE.get(code, _DEFAULT)
    http = status if code not in _TABLE and status else http
    return http, orjson.dumps(
        {
            "error": {
                "code": http,
                "status": rpc_status,
                "message": message,
                "details": [{"@type": ERROR_INFO, "reason": reason, "domain": domain}],
            },
        }
    )


def rest_error(status: int, code: str, message: str, retry_after: float | None = None) -> Response:
    http, body = rest_error_body(code, message, status)
    return Response(body, status_code=http, media_type=ERROR_JSON, headers=_headers(http, retry_after))


def rest_refusal(r: Refusal) -> Response:
    return rest_error(r.status, r.code, r.message, r.retry_after)

"""Errors in each API's own shape.

* OpenAI: ``{"error": {"message", "type", "param", "code"}}``
* Anthropic: ``{"type": "error", "error": {"type", "message"}}``

Both renderers are registered with ``core.errors`` (``/v1`` and ``/v1/messages``) so that the
generic layer's 404/413/500 come out in the same shapes; the endpoints use the byte-level
helpers directly.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
}
ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    502: "api_error",
    503: "overloaded_error",
    504: "timeout_error",
}
_OPENAI_CODES = {
    "not_found": "model_not_found",
    "rate_limited": "rate_limit_exceeded",
    "unauthenticated": "invalid_api_key",
}


def openai_error_body(status: int, code: str, message: str) -> bytes:
    etype = OPENAI_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return orjson.dumps(
        {"error": {"message": message, "type": etype, "param": None, "code": _OPENAI_CODES.get(code, code)}}
    )


def anthropic_error_body(status: int, code: str, message: str) -> bytes:
    etype = ANTHROPIC_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return orjson.dumps({"type": "error", "error": {"type": etype, "message": message}})


def retry_after_header(retry_after: float | None) -> dict[str, str]:
    return {"retry-after": str(max(1, int(retry_after + 0.999)))} if retry_after else {}


def refusal_headers(data: dict[str, Any] | None) -> list[tuple[bytes, bytes]]:
    """Extra response headers for a refusal: ``x-bastion-policy`` names the blocking policy."""
    policy = (data or {}).get("policy")
    return [(b"x-bastion-policy", str(policy).encode("ascii", "replace"))] if policy else []


def openai_error_response(status: int, code: str, message: str, retry_after: float | None) -> Response:
    return Response(
        openai_error_body(status, code, message),
        status_code=status,
        media_type="application/json",
        headers=retry_after_header(retry_after),
    )


def anthropic_error_response(status: int, code: str, message: str, retry_after: float | None) -> Response:
    return Response(
        anthropic_error_body(status, code, message),
        status_code=status,
        media_type="application/json",
        headers=retry_after_header(retry_after),
    )

"""Typed errors, each saying what to do about it.

Every error the SDK raises is a :class:`BastionError`. Gateway mode and direct mode raise the same
classes for the same situations (a provider's 429 and the gateway's rate limit are both a
:class:`RateLimitError`); only the gateway can raise :class:`PolicyBlockedError` and
:class:`BudgetExceededError`, because only the gateway enforces policies and budgets.
"""

from __future__ import annotations

from typing import Any


class BastionError(Exception):
    """Base class. ``status`` is the HTTP status (None when no answer came), ``code`` the
    machine-readable error code from the answer, ``trace_id`` the gateway's audit id."""

    hint = ""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        trace_id: str | None = None,
        body: Any = None,
    ) -> None:
        self.message = message
        self.status = status
        self.code = code
        self.trace_id = trace_id
        self.body = body
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [self.message]
        if self.hint:
            parts.append(self.hint)
        if self.trace_id:
            parts.append(f"(trace {self.trace_id})")
        return " ".join(parts)


class ConfigurationError(BastionError):
    hint = "Run `bastion configure` or pass the setting as an argument."


class APIConnectionError(BastionError):
    hint = "Check that the URL is right and the service is running."


class APITimeoutError(BastionError):
    hint = "Retry, or pass a larger timeout=."


class AuthenticationError(BastionError):
    hint = "Check the API key (BASTION_API_KEY in gateway mode, the provider's key in direct mode)."


class PermissionDeniedError(BastionError):
    hint = "Ask your Bastion administrator for access to this model, server or agent."


class PolicyBlockedError(PermissionDeniedError):
    """A gateway policy refused the request (or the answer). ``policy`` names it when known."""

    def __init__(self, message: str, *, policy: str | None = None, **kw: Any) -> None:
        self.policy = policy
        super().__init__(message, **kw)

    @property
    def hint(self) -> str:  # type: ignore[override]
        who = f"policy '{self.policy}'" if self.policy else "a policy"
        return f"Blocked by {who}: remove the flagged content, or ask the policy's owner for an exception."


class NotFoundError(BastionError):
    hint = "Check the model name: `client.models()` lists what you may use."


class BadRequestError(BastionError):
    hint = "The request is malformed for this model or provider; see the message."


class RateLimitError(BastionError):
    """Too many requests. ``retry_after`` is the number of seconds to wait, when known."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)

    @property
    def hint(self) -> str:  # type: ignore[override]
        if self.retry_after is not None:
            return f"Retry in {self.retry_after:g} s."
        return "Retry later."


class BudgetExceededError(RateLimitError):
    """A budget (key, user or group) is used up until its period ends."""

    @property
    def hint(self) -> str:  # type: ignore[override]
        when = f" in {self.retry_after:g} s" if self.retry_after is not None else ""
        return f"The budget renews{when}; ask your Bastion administrator to raise it (`bastion budgets`)."


class UpstreamError(BastionError):
    hint = "The model provider failed; retry, or use another model."


#: HTTP status -> class, when the error code does not say more.
_BY_STATUS: dict[int, type[BastionError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: APITimeoutError,
    413: BadRequestError,
    422: BadRequestError,
    429: RateLimitError,
    504: APITimeoutError,
}


def _retry_after(headers: Any) -> float | None:
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return float(value) / scale
            except ValueError:
                return None
    return None


def _describe(body: Any, fallback: str) -> tuple[str, str | None, str | None]:
    """(message, code, policy) from any provider's or the gateway's error body."""
    if isinstance(body, list) and body:
        body = body[0]  # Gemini wraps errors in a list
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, str):  # Ollama: {"error": "..."}
        return err, None, None
    if isinstance(err, dict):
        code = err.get("code")
        code = code if isinstance(code, str) else (err.get("status") or err.get("type"))
        policy = err.get("policy") if isinstance(err.get("policy"), str) else None
        return str(err.get("message") or fallback), code, policy
    return fallback, None, None


def error_from_response(status: int, headers: Any, body: Any, trace_id: str | None = None) -> BastionError:
    """The typed error for an HTTP error answer (``body`` already decoded, or the raw text)."""
    message, code, policy = _describe(body, f"HTTP {status}" + (f": {body[:200]}" if isinstance(body, str) else ""))
    kw: dict[str, Any] = {"status": status, "code": code, "trace_id": trace_id, "body": body}
    if code == "policy_blocked":
        return PolicyBlockedError(message, policy=policy or headers.get("x-bastion-policy"), **kw)
    if code == "budget_exceeded":
        return BudgetExceededError(message, retry_after=_retry_after(headers), **kw)
    if status == 429:
        return RateLimitError(message, retry_after=_retry_after(headers), **kw)
    cls = _BY_STATUS.get(status, UpstreamError if status >= 500 else BadRequestError)
    return cls(message, **kw)


#: Error ``type`` (OpenAI and Anthropic shapes) -> the HTTP status it stands for; used for errors
#: that arrive inside a stream, after the 200 status line.
_STATUS_BY_TYPE = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "overloaded_error": 503,
    "timeout_error": 504,
}
_STATUS_BY_CODE = {"policy_blocked": 403, "budget_exceeded": 429, "rate_limit_exceeded": 429, "upstream_timeout": 504}


def error_from_stream_event(payload: dict[str, Any]) -> BastionError:
    """The typed error for an error event inside a stream (OpenAI ``{"error": ...}`` or
    Anthropic ``{"type": "error", "error": ...}``)."""
    err = payload.get("error")
    info = err if isinstance(err, dict) else {}
    code = info.get("code") if isinstance(info.get("code"), str) else None
    status = _STATUS_BY_CODE.get(code or "") or _STATUS_BY_TYPE.get(str(info.get("type")), 502)
    return error_from_response(status, {}, payload if err is not None else {"error": str(payload)})

"""HTTP endpoints: ``/mcp`` (Streamable HTTP, both eras), ``/sse`` + ``/messages/`` (legacy
HTTP+SSE) and ``/servers/{name}/mcp`` (virtual servers), each behind authentication.

Authentication happens once per HTTP request, before the SDK sees it: the principal goes into
the ASGI scope for the handlers, and the SDK's session-ownership check gets the key's identity
so that one key can never drive another key's session.
"""

from __future__ import annotations

from typing import Any

import orjson
from mcp.server import Server
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.sse import SseServerTransport
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from bastion.gateway.authn import Authenticator, credentials_of_scope
from bastion.gateway.call import Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.principal import Principal
from bastion.gateway.refusals import RefusalRecorder
from bastion.mcp_bridge.downstream import PRINCIPAL_KEY

ANONYMOUS = Principal(user_id="anonymous", auth_method="anonymous")


def jsonrpc_error_response(status: int, code: str, message: str, retry_after: float | None = None) -> Response:
    """Errors on MCP paths in JSON-RPC shape (the generic layer's 404/413/... included)."""
    rpc = {400: -32600, 404: -32601, 413: -32600, 431: -32600}.get(status, -32600)
    if status == 401:
        rpc = -31001
    elif status == 429:
        rpc = -31029
    headers = {}
    if retry_after:
        headers["retry-after"] = str(max(1, int(retry_after + 0.999)))
    if status == 401:
        headers["www-authenticate"] = 'Bearer realm="bastion"'
    body = {"jsonrpc": "2.0", "id": None, "error": {"code": rpc, "message": message, "data": {"reason": code}}}
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


_OWS = b" \t"


def trim_header_values(scope: Scope) -> None:
    """Drop whitespace around header values (RFC 9110 5.5: it is not part of the value). The
    httptools parser keeps trailing whitespace, and the SDK compares ``Mcp-Name`` and
    ``MCP-Protocol-Version`` with the body byte for byte."""
    raw = scope.get("headers")
    if raw and any(v[:1] in (b" ", b"\t") or v[-1:] in (b" ", b"\t") for _, v in raw):
        scope["headers"] = [(k, v.strip(_OWS)) for k, v in raw]


class Authenticated:
    """ASGI wrapper: authenticate, then hand the request to ``inner`` with the principal set.

    A refused request never becomes a call (the MCP method is not even parsed yet): it is
    recorded through the refusal recorder instead, so it is still on the audit trail."""

    def __init__(
        self,
        authenticator: Authenticator,
        inner: Any,
        allow_anonymous: bool = False,
        refusals: RefusalRecorder | None = None,
    ) -> None:
        self.authenticator = authenticator
        self.inner = inner
        self.allow_anonymous = allow_anonymous
        self.refusals = refusals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.inner(scope, receive, send)
        trim_header_values(scope)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        creds = credentials_of_scope(scope, headers, path=True)
        key = creds.api_key
        try:
            principal = await self.authenticator.authenticate(creds)
        except Refusal as r:
            if not (self.allow_anonymous and key is None):
                if self.refusals is not None:
                    trace_id_of(scope)
                    self.refusals.record_scope("mcp", scope, r.status, r.code, r.message)
                response = jsonrpc_error_response(r.status, r.code, r.message)
                challenge = self.authenticator.challenge(scope.get("path", ""), r)  # RFC 9728: where to get a token
                if challenge:
                    response.headers["www-authenticate"] = challenge
                return await response(scope, receive, send)
            principal = ANONYMOUS
        scope[PRINCIPAL_KEY] = principal
        scope["bastion.trace_id"] = trace_id_of(scope)
        identity = principal.key_id or principal.user_id
        scope["user"] = AuthenticatedUser(AccessToken(token=identity, client_id=identity, scopes=[]))
        await self.inner(scope, receive, send)


class SessionManagerApp:
    """ASGI app delegating to a session manager (the path inside is irrelevant to it)."""

    def __init__(self, manager: StreamableHTTPSessionManager) -> None:
        self.manager = manager

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.manager.handle_request(scope, receive, send)


class VirtualServers:
    """``/servers/{name}/mcp``: dispatch to the named virtual server's endpoint."""

    def __init__(self, apps: dict[str, Any], refusals: RefusalRecorder | None = None) -> None:
        self.apps = apps
        self.refusals = refusals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        name = scope.get("path_params", {}).get("name", "")
        app = self.apps.get(name)
        if app is None:
            message = f"no virtual server '{name}'"
            if self.refusals is not None:
                trace_id_of(scope)
                self.refusals.record_scope("mcp", scope, 404, "not_found", message)
            return await jsonrpc_error_response(404, "not_found", message)(scope, receive, send)
        await app(scope, receive, send)


def session_manager(
    server: Server[Any], max_body: int, security: TransportSecuritySettings | None
) -> StreamableHTTPSessionManager:
    return StreamableHTTPSessionManager(
        app=server,
        json_response=False,
        stateless=False,
        security_settings=security,
        max_request_body_size=max_body,
    )


class LegacySse:
    """``GET /sse`` (stream) and ``POST /messages/`` for 2024-11-05 clients."""

    def __init__(self, server: Server[Any], security: TransportSecuritySettings | None, max_body: int) -> None:
        self.server = server
        self.transport = SseServerTransport("/messages/", security_settings=security, max_request_body_size=max_body)

    async def stream(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with self.transport.connect_sse(scope, receive, send) as (read, write):
            await self.server.run(read, write, self.server.create_initialization_options())

    async def messages(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.transport.handle_post_message(scope, receive, send)

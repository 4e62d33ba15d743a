"""An MCP server (Streamable HTTP, mcp 2.3 SDK) that trusts bearer JWTs from given issuers only,
as a real resource server would: the SDK's bearer-auth middleware with a ``TokenVerifier`` that
checks signature (PyJWT against the issuer's JWKS URL), ``iss``, ``aud`` and ``exp``.

Tools: ``whoami`` (read-only) answers the verified ``sub``, groups, email, ``iss``, ``jti`` and
every subject seen on the request's ``Mcp-Session-Id`` (to show a session never carries two
users' tokens).

Usage: python identity_server.py PORT --trust ISSUER=JWKS_URL [--trust ...] --audience AUD [...]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import anyio
import jwt
import mcp.types as types
from mcp.server import Server, ServerRequestContext
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Mcp-Session-Id -> subjects whose tokens were presented on that session.
SEEN: dict[str, set[str]] = {}


class JwksVerifier:
    """A ``TokenVerifier``: signature by a trusted issuer's key, ``aud`` and ``exp`` checked."""

    def __init__(self, trusted: dict[str, str], audiences: list[str]) -> None:
        self.clients = {iss: jwt.PyJWKClient(url, cache_keys=True, lifespan=5) for iss, url in trusted.items()}
        self.audiences = audiences

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            iss = jwt.decode(token, options={"verify_signature": False}).get("iss")
            client = self.clients.get(iss)
            if client is None:
                return None
            key = await anyio.to_thread.run_sync(client.get_signing_key_from_jwt, token)
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["ES256", "RS256"],
                audience=self.audiences,
                issuer=iss,
                options={"require": ["exp", "iat", "sub"]},
            )
        except jwt.PyJWTError:
            return None
        return AccessToken(
            token=token,
            client_id=str(claims.get("azp") or claims.get("client_id") or claims["sub"]),
            scopes=str(claims.get("scope", "")).split(),
            expires_at=int(claims["exp"]),
            subject=claims["sub"],
            claims=claims,
        )


def _claims(ctx: ServerRequestContext[Any, Any]) -> dict[str, Any]:
    user = ctx.request.scope.get("user") if ctx.request is not None else None
    token = getattr(user, "access_token", None)
    return dict(token.claims or {}) if token is not None else {}


async def list_tools(ctx: ServerRequestContext[Any, Any], params: Any) -> types.ListToolsResult:
    return types.ListToolsResult(
        tools=[
            types.Tool(
                name="whoami",
                description="Who the bearer token says you are.",
                input_schema={"type": "object", "properties": {"tag": {"type": "string"}}},
                annotations=types.ToolAnnotations(read_only_hint=True, open_world_hint=False),
            ),
        ]
    )


async def call_tool(ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams) -> types.CallToolResult:
    if params.name != "whoami":
        raise ValueError(f"unknown tool {params.name}")
    claims = _claims(ctx)
    sid = ctx.request.headers.get("mcp-session-id") if ctx.request is not None else None
    out = {k: claims.get(k) for k in ("sub", "groups", "email", "iss", "jti", "aud", "auth_method", "act")}
    out["session_subjects"] = sorted(SEEN.get(sid, ())) if sid else []
    return types.CallToolResult(content=[types.TextContent(type="text", text=json.dumps(out))])


class SessionWitness:
    """Records, per ``Mcp-Session-Id``, the subject of every token presented with it (also the
    session id an ``initialize`` answer hands out, for the token that opened it)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        sub = _subject(headers.get("authorization", ""))
        sid = headers.get("mcp-session-id")
        if sid and sub:
            SEEN.setdefault(sid, set()).add(sub)

        async def witness(message: Message) -> None:
            if message["type"] == "http.response.start" and sub:
                for k, v in message.get("headers", []):
                    if k.decode().lower() == "mcp-session-id":
                        SEEN.setdefault(v.decode(), set()).add(sub)
            await send(message)

        await self.app(scope, receive, witness)


def _subject(auth: str) -> str | None:
    if not auth.lower().startswith("bearer "):
        return None
    try:
        return str(jwt.decode(auth[7:], options={"verify_signature": False}).get("sub"))
    except jwt.PyJWTError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("--trust", action="append", default=[], help="ISSUER=JWKS_URL")
    ap.add_argument("--audience", action="append", default=[])
    a = ap.parse_args()
    trusted = dict(t.split("=", 1) for t in a.trust)
    base = f"http://127.0.0.1:{a.port}"
    server = Server("identity-fixture", version="1.0", on_list_tools=list_tools, on_call_tool=call_tool)
    app = server.streamable_http_app(
        streamable_http_path="/mcp",
        host="127.0.0.1",
        auth=AuthSettings(
            issuer_url=next(iter(trusted), base), resource_server_url=f"{base}/mcp", validate_token_resource=False
        ),
        token_verifier=JwksVerifier(trusted, a.audience),
    )
    import uvicorn

    uvicorn.run(SessionWitness(app), host="127.0.0.1", port=a.port, log_level="warning")


if __name__ == "__main__":
    main()

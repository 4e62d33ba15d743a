"""Bastion as the OAuth 2.1 authorization server of its own MCP endpoints (``auth.oauth``).

An MCP client (Claude, VS Code, Cursor, ``mcp-remote``, the ``mcp`` SDK) that gets a 401 from
``/mcp`` follows ``WWW-Authenticate`` to the protected resource metadata (RFC 9728), then to
this server's metadata (RFC 8414), identifies itself with a Client ID Metadata Document or
registers (RFC 7591), and sends the person's browser to ``/oauth/authorize``. The person signs in
with a configured identity provider (OIDC, LDAP) or as a local user, consents, and the client receives a
short-lived access token bound to that one MCP endpoint (RFC 8707) plus a rotating refresh token.

The token is then just another credential: ``AccessTokens`` is an identity provider asked first
by the authenticator, and the principal it returns goes through the same policies, budgets,
rate limits and audit as any other.

Modules: ``settings`` (typed section), ``clients`` (CIMD, DCR, redirect URI rules), ``grants``
(grants, codes, pending sign-ins), ``tokens`` (access-token JWTs, the verifier), ``server``
(authlib wiring), ``service`` (the async hooks, audit), ``signin`` (OIDC, LDAP), ``pages`` (HTML),
``local_users`` (passwords set by an admin), ``routes`` (HTTP), ``admin`` (grants, local passwords).
"""

from __future__ import annotations

import logging
from typing import Any

from bastion.gateway.admin import require_admin
from bastion.gateway.oauth.admin import admin_router
from bastion.gateway.oauth.clients import ClientDirectory
from bastion.gateway.oauth.grants import FlowState, GrantStore
from bastion.gateway.oauth.local_users import LocalUsers
from bastion.gateway.oauth.routes import OAuthRoutes
from bastion.gateway.oauth.server import Server
from bastion.gateway.oauth.service import OAuthService
from bastion.gateway.oauth.settings import check_issuer
from bastion.gateway.oauth.signin import FormSignIn, sign_in_methods
from bastion.gateway.oauth.tokens import AccessTokens, Resources

log = logging.getLogger("bastion.oauth")


def mount(app: Any, core: Any) -> None:
    """Mount the authorization server when ``auth.oauth.enabled`` (call after the front doors
    and identity providers are mounted)."""
    settings = core.settings.auth.oauth
    if not settings.enabled:
        return
    server_settings = core.settings.server
    issuer = settings.issuer or check_issuer(
        server_settings.public_url or f"http://{server_settings.host}:{server_settings.port}"
    )
    resources = Resources(issuer, sorted(core.virtual_mcp_servers))
    tokens = AccessTokens(core.outbound.keys, issuer, resources, settings.access_token_ttl_s, settings.token_cache_size)
    flow = FlowState(core.kv)
    svc = OAuthService(
        settings,
        issuer,
        ClientDirectory(core.store, settings.client_metadata),
        GrantStore(core.store),
        flow,
        tokens,
        core.audit,
        core.users,
    )
    redirects, forms = sign_in_methods(core.authenticator.providers, issuer, flow, settings.sign_in_ttl_s)
    local = LocalUsers(core.store, core.users, core.kv, settings.local_users)
    sign_in_forms: list[FormSignIn] = [*forms, local] if settings.local_users.enabled else list(forms)
    # Bastion's own tokens are checked before the other providers (an OIDC provider would
    # otherwise try to find their key id at the IdP).
    core.authenticator.providers.insert(0, tokens)
    core.authenticator.challenge = svc.challenge
    app.router.routes.extend(OAuthRoutes(svc, Server(svc), redirects, sign_in_forms, core.kv).routes())
    app.include_router(admin_router(svc, local, require_admin(core)))
    app.state.oauth = svc
    if not redirects and not sign_in_forms:
        log.warning(
            "auth.oauth is enabled but nothing offers a sign-in (an oidc provider's sign_in, ldap, or local_users)"
        )


__all__ = ["mount", "OAuthService"]

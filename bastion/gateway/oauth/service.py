"""``OAuthService``: the authorization server's state and the async side of its hooks (codes,
grants, refresh rotation, revocation, audit), shared by the routes and authlib's grants."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from typing import Any

from authlib.oauth2.rfc6749 import InvalidGrantError

from bastion.gateway.authz import matches
from bastion.gateway.call import Call, Credentials, Refusal
from bastion.gateway.oauth.clients import ClientDirectory, OAuthClient
from bastion.gateway.oauth.facts import OAuthEvent
from bastion.gateway.oauth.grants import (
    FlowState,
    GrantStore,
    SignedIn,
    digest,
    grant_id_of,
    principal_from_json,
    principal_to_json,
)
from bastion.gateway.oauth.server import IssuedCode
from bastion.gateway.oauth.settings import OAuthSettings
from bastion.gateway.oauth.tokens import AccessTokens, Resources
from bastion.gateway.principal import Principal
from bastion.gateway.users import UserStore

log = logging.getLogger("bastion.oauth")

#: Scopes map to Bastion grants: ``mcp`` = every tool the person may use on the resource;
#: ``mcp:server:<name>`` = only the tools of that upstream server (within the person's grants).
#: A call outside a token's servers is answered ``403 insufficient_scope`` naming the scope to
#: ask for (step-up), when the client says which tool it calls (``Mcp-Name``).
BASE_SCOPE = "mcp"
SERVER_SCOPE = "mcp:server:"
SCOPES = (BASE_SCOPE,)
_SCOPE = re.compile(r"mcp(?::server:[A-Za-z0-9_.-]{1,64})?")


def requested_scopes(raw: str | None) -> list[str]:
    """The scopes of a request this server knows (others are dropped), ``mcp`` by default."""
    known = sorted({s for s in (raw or "").split() if _SCOPE.fullmatch(s)})
    return known or [BASE_SCOPE]


def narrow(principal: Principal, scopes: list[str]) -> tuple[Principal, list[str]]:
    """The principal as a token with ``scopes`` may act: server scopes narrow its MCP servers,
    and only servers its own grants allow can be granted (groups decide what may be granted)."""
    if BASE_SCOPE in scopes:
        return principal, [BASE_SCOPE]
    servers = [s[len(SERVER_SCOPE) :] for s in scopes if s.startswith(SERVER_SCOPE)]
    servers = [s for s in servers if matches(s, principal.grants.mcp_servers)]
    grants = replace(principal.grants, mcp_servers=tuple(servers))
    return replace(principal, grants=grants), [SERVER_SCOPE + s for s in servers]


@dataclass(frozen=True)
class RefreshCredential:
    """A refresh token that matched its family's current one (authlib's ``refresh_token``)."""

    token: str
    who: SignedIn

    def check_client(self, client: OAuthClient) -> bool:
        return client.client_id == self.who.client_id

    def get_scope(self) -> str:
        return self.who.scope

    def is_expired(self) -> bool:
        return False

    def is_revoked(self) -> bool:
        return False


@dataclass(frozen=True)
class RevocableToken:
    grant_id: str
    client_id: str

    def check_client(self, client: OAuthClient) -> bool:
        return client.client_id == self.client_id


class OAuthService:
    def __init__(
        self,
        settings: OAuthSettings,
        issuer: str,
        clients: ClientDirectory,
        grants: GrantStore,
        flow: FlowState,
        tokens: AccessTokens,
        audit: Any,
        users: UserStore | None = None,
    ) -> None:
        self.settings = settings
        self.issuer = issuer
        self.clients = clients
        self.grants = grants
        self.flow = flow
        self.tokens = tokens
        self.resources: Resources = tokens.resources
        self.audit_writer = audit
        self.users = users

    # ------------------------------------------------------------------ metadata
    def metadata(self) -> dict[str, Any]:
        """RFC 8414 authorization server metadata."""
        base = self.issuer
        meta: dict[str, Any] = {
            "issuer": base,
            "authorization_endpoint": base + "/oauth/authorize",
            "token_endpoint": base + "/oauth/token",
            "revocation_endpoint": base + "/oauth/revoke",
            "jwks_uri": base + "/.well-known/jwks.json",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
            "revocation_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
            "scopes_supported": list(SCOPES),
            "authorization_response_iss_parameter_supported": True,
            "client_id_metadata_document_supported": self.settings.client_metadata.enabled,
        }
        if self.settings.registration.enabled:
            meta["registration_endpoint"] = base + "/oauth/register"
        return meta

    def resource_metadata(self, resource: str) -> dict[str, Any]:
        """RFC 9728 protected resource metadata."""
        return {
            "resource": resource,
            "authorization_servers": [self.issuer],
            "scopes_supported": list(SCOPES),
            "bearer_methods_supported": ["header"],
            "resource_name": "Bastion MCP"
            + (f" ({resource.rsplit('/', 2)[-2]})" if resource != self.resources.main else ""),
        }

    def challenge(self, path: str, refusal: Refusal) -> str | None:
        """``WWW-Authenticate`` for a 401 (where to get a token) or a 403 ``insufficient_scope``
        (which scope to step up to)."""
        resource = self.resources.for_path(path) or self.resources.main
        url = self.issuer + self.resources.metadata_path(resource)
        if refusal.status == 403 and refusal.code == "insufficient_scope":
            scope = (refusal.data or {}).get("scope", BASE_SCOPE)
            return f'Bearer error="insufficient_scope", scope="{scope}", resource_metadata="{url}"'
        if refusal.status != 401:
            return None
        error = ', error="invalid_token"' if (refusal.data or {}).get("oauth_error") == "invalid_token" else ""
        return f'Bearer realm="bastion"{error}, resource_metadata="{url}", scope="{BASE_SCOPE}"'

    # ------------------------------------------------------------------ codes
    async def save_code(self, code: str, request: Any) -> None:
        who: SignedIn = request.user
        data = request.payload.data
        record = {
            "client_id": request.client.client_id,
            "redirect_uri": data.get("redirect_uri") or request.client.get_default_redirect_uri(),
            "scope": who.scope,
            "code_challenge": data.get("code_challenge"),
            "code_challenge_method": data.get("code_challenge_method"),
            "who": _who_to_json(who),
        }
        if not await self.flow.put("code", code, record, self.settings.authorization_code_ttl_s):
            raise InvalidGrantError("authorization code could not be stored")

    async def take_code(self, code: str, client: OAuthClient) -> Any:
        record = await self.flow.get("code", code)
        if record is None:
            return None
        who = _who_from_json(record["who"])
        if not await self.flow.first_use("code", code, self.settings.authorization_code_ttl_s * 2):
            # RFC 6749 4.1.2: a code used twice revokes what was issued with it.
            await self.revoke_grant(who.grant_id, "code_reuse", client.client_id)
            return None
        await self.flow.drop("code", code)
        if record["client_id"] != client.client_id:
            return None
        return IssuedCode(
            code=code,
            client_id=record["client_id"],
            redirect_uri=record["redirect_uri"],
            scope=record["scope"],
            code_challenge=record["code_challenge"],
            code_challenge_method=record["code_challenge_method"],
            who=who,
        )

    # ------------------------------------------------------------------ tokens
    async def save_token(self, token: dict[str, Any], request: Any) -> None:
        who: SignedIn = request.user
        grant_type = request.payload.grant_type
        refresh = token.get("refresh_token")
        if grant_type == "authorization_code":
            await self.grants.create(who, refresh, self.settings.refresh_token_ttl_s)
            await self.audit("token", who=who, facts=OAuthEvent(grant_type=grant_type))
            return
        old = request.refresh_token.token
        if refresh is None or not await self.grants.rotate(who.grant_id, old, refresh):
            # Another request redeemed this refresh token first: that is reuse.
            await self.revoke_grant(who.grant_id, "refresh_reuse", who.client_id)
            raise InvalidGrantError("refresh token already used")
        await self.audit("token", who=who, facts=OAuthEvent(grant_type=grant_type))

    async def check_refresh_token(self, token: str, request: Any) -> RefreshCredential | None:
        gid = grant_id_of(token)
        loaded = await self.grants.load(gid) if gid else None
        if loaded is None:
            return None
        who, row = loaded
        if row["revoked_at"] is not None or row["expires_at"] <= time.time():
            await self.audit(
                "token", who=who, error="invalid_grant", facts=OAuthEvent(reason="refresh token revoked or expired")
            )
            return None
        user = await self.users.get(who.principal.user_id) if self.users is not None else None
        if user is not None and user.disabled:
            # A Bastion user disabled by an admin: no new access tokens, whatever the sign-in.
            await self.revoke_grant(gid or "", "user_disabled", "gateway")
            return None
        if row["refresh_hash"] != digest(token):
            # An earlier token of this family came back: someone kept a copy. End the family.
            await self.revoke_grant(gid or "", "refresh_reuse", who.client_id)
            return None
        return RefreshCredential(token, who)

    async def find_token(self, token: str) -> RevocableToken | None:
        gid = grant_id_of(token)
        if gid is not None:
            loaded = await self.grants.load(gid)
            if loaded is None or loaded[1]["refresh_hash"] != digest(token):
                return None
            return RevocableToken(gid, loaded[0].client_id)
        claims = await self.tokens.decode_any(token)
        if claims is None:
            return None
        return RevocableToken(str(claims["gid"]), str(claims.get("client_id")))

    async def revoke_grant(self, grant_id: str, reason: str, by: str | None = None) -> bool:
        revoked = await self.grants.revoke(grant_id, reason)
        self.tokens.revoke_grant(grant_id)
        await self.audit(
            "revoke",
            error=None if reason in ("revoked_by_client", "revoked_by_admin") else reason,
            facts=OAuthEvent(grant_id=grant_id, reason=reason, by=by, was_active=revoked),
        )
        return revoked

    async def refused_client(self, client_id: str, reason: str) -> None:
        await self.audit("client", error="invalid_client", facts=OAuthEvent(client_id=client_id[:512], reason=reason))

    # ------------------------------------------------------------------ audit
    async def audit(
        self,
        event: str,
        *,
        who: SignedIn | None = None,
        principal: Principal | None = None,
        error: str | None = None,
        facts: OAuthEvent | None = None,
        peer: str | None = None,
    ) -> None:
        """One trace per authorization-server event (issued, refused, revoked)."""
        call = Call(
            front_door="oauth", kind="admin", target=event, credentials=Credentials(client_ip=peer), method=event
        )
        call.principal = who.principal if who is not None else principal
        if who is not None:
            call.principal = replace(who.principal, auth_method=f"oauth:{who.method}"[:32], key_id=who.grant_id)
            facts = replace(
                facts or OAuthEvent(),
                oauth_client=who.client_id,
                resource=(facts.resource if facts else None) or who.resource,
                scope=(facts.scope if facts else None) or who.scope,
            )
        if error is not None:
            call.status, call.error_code, call.error = "refused", error, error
        if facts is not None:
            call.put(facts)
        await self.audit_writer.submit(call)


def _who_to_json(who: SignedIn) -> dict[str, Any]:
    return {
        "principal": principal_to_json(who.principal),
        "method": who.method,
        "resource": who.resource,
        "scope": who.scope,
        "grant_id": who.grant_id,
        "client_id": who.client_id,
        "client_name": who.client_name,
    }


def _who_from_json(data: dict[str, Any]) -> SignedIn:
    return SignedIn(**{**data, "principal": principal_from_json(data["principal"])})


who_to_json = _who_to_json
who_from_json = _who_from_json

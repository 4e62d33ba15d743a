"""Access tokens: JWTs (RFC 9068 ``at+jwt``) signed with the gateway's key ring, bound to one
resource (RFC 8707 audience), and verified on every MCP request.

A token carries the principal as it was at sign-in (user, groups, grants, rate limit), so
verifying it needs no store: the signature, ``typ``, ``iss``, ``exp`` and the audience, which must
be the very MCP endpoint the request is for. Anywhere else (another virtual server, the LLM or
A2A front doors, the admin API) the token is not recognised: tokens Bastion issues are for
Bastion's MCP endpoints only, and are never sent upstream.

Per request the cost is one SHA-256 and a dict lookup: a verified token is cached (per
resource) until it expires. Revoking a grant on this replica drops its tokens at once; other
replicas stop accepting them when they expire (``access_token_ttl_s``, short by default).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import JoseError

from bastion.gateway.call import Credentials, Refusal
from bastion.gateway.identity.oidc import TokenCache, looks_like_jwt
from bastion.gateway.oauth.grants import SignedIn, principal_from_json, principal_to_json
from bastion.gateway.outbound.signing import KeyRing
from bastion.gateway.principal import Principal

log = logging.getLogger("bastion.oauth")

TOKEN_TYPE = "at+jwt"
#: One answer for every refused token of ours (which check failed is not the caller's business).
INVALID_TOKEN = Refusal(
    401, "unauthenticated", "invalid or expired access token for this resource", data={"oauth_error": "invalid_token"}
)
#: Least time between key-ring reloads caused by an unknown ``kid`` (a rotation elsewhere).
_RELOAD_FLOOR_S = 30.0


class Resources:
    """Bastion's protected resources: ``<base>/mcp`` and ``<base>/servers/<name>/mcp``."""

    def __init__(self, base: str, virtual_servers: list[str]) -> None:
        self.base = base.rstrip("/")
        self.main = self.base + "/mcp"
        self.virtual = {name: f"{self.base}/servers/{name}/mcp" for name in virtual_servers}
        self.all = frozenset([self.main, *self.virtual.values()])

    def for_path(self, path: str | None) -> str | None:
        """The resource a request path belongs to (legacy SSE endpoints are ``/mcp``'s)."""
        if path is None:
            return None
        if path == "/mcp" or path == "/sse" or path.startswith("/messages"):
            return self.main
        if path.startswith("/servers/") and path.endswith("/mcp"):
            name = path[len("/servers/") : -len("/mcp")]
            return self.virtual.get(name)
        return None

    def metadata_path(self, resource: str) -> str:
        """Where RFC 9728 metadata for ``resource`` is (path inserted after the well-known)."""
        return "/.well-known/oauth-protected-resource" + resource[len(self.base) :]


class AccessTokens:
    """Mints access tokens and authenticates requests that carry them (an identity provider)."""

    def __init__(self, keys: KeyRing, issuer: str, resources: Resources, ttl_s: int, cache_size: int) -> None:
        self.keys = keys
        self.issuer = issuer
        self.resources = resources
        self.ttl_s = ttl_s
        self.cache = TokenCache(cache_size)
        #: Grant ids revoked on this replica -> until when their tokens could still be live.
        self.revoked: dict[str, float] = {}
        #: Grant id -> the scopes its tokens carry (for the step-up check).
        self.scopes: dict[str, frozenset[str]] = {}
        self._claims = jwt.JWTClaimsRegistry(
            leeway=5, iss={"essential": True, "value": issuer}, exp={"essential": True}, aud={"essential": True}
        )
        self._last_reload = float("-inf")

    async def mint(self, who: SignedIn) -> str:
        entry = await self.keys.ensure()
        now = int(time.time())
        principal = principal_to_json(who.principal)
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": who.principal.user_id,
            "aud": who.resource,
            "client_id": who.client_id,
            "scope": who.scope,
            "iat": now,
            "exp": now + self.ttl_s,
            "jti": secrets.token_hex(12),
            "gid": who.grant_id,
            "amr": [who.method],
            "bst": {k: v for k, v in principal.items() if k != "user_id"},
        }
        header = {"alg": entry.alg, "kid": entry.kid, "typ": TOKEN_TYPE}
        return jwt.encode(header, claims, entry.key)

    def revoke_grant(self, grant_id: str) -> None:
        self.revoked[grant_id] = time.time() + self.ttl_s + 10
        now = time.time()
        for gid in [g for g, until in self.revoked.items() if until < now]:
            del self.revoked[gid]

    async def authenticate(self, credentials: Credentials) -> Principal | None:
        token = credentials.api_key
        if not token or not looks_like_jwt(token):
            return None
        resource = self.resources.for_path(credentials.path)
        if resource is not None:
            key = hashlib.sha256(f"{resource}\n{token}".encode()).digest()
            now = time.time()
            cached = self.cache.get(key, now)
            if cached is not None:
                if cached.key_id in self.revoked:
                    raise INVALID_TOKEN.fresh()
                self._check_scope(cached, credentials)
                return cached
            claims = await self._verify(token, resource)
            if claims is not None:
                principal = self._principal(claims)
                if principal is not None and principal.key_id not in self.revoked:
                    if len(self.scopes) > 4 * max(self.cache.size, 1000):
                        self.scopes.clear()  # rebuilt from the tokens as they come
                    self.scopes[str(principal.key_id)] = frozenset(str(claims.get("scope", "")).split())
                    self.cache.put(key, principal, float(claims["exp"]))
                    self._check_scope(principal, credentials)
                    return principal
        if await self._is_ours(token):
            # Ours but not good here (another resource, a non-MCP endpoint, expired, revoked):
            # refused now, so no other provider goes looking for our key id at its IdP.
            raise INVALID_TOKEN.fresh()
        return None

    def _check_scope(self, principal: Principal, credentials: Credentials) -> None:
        """Step-up: a tool call (named in ``Mcp-Name``) on a server outside the token's server
        scopes is refused with ``insufficient_scope`` and the scope that would cover it. Calls
        that do not name the tool are still limited by the narrowed grants."""
        scopes = self.scopes.get(str(principal.key_id))
        if not scopes or "mcp" in scopes or credentials.headers.get("mcp-method") != "tools/call":
            return
        server, sep, _ = (credentials.headers.get("mcp-name") or "").partition("__")
        if not sep or f"mcp:server:{server}" in scopes:
            return
        wanted = " ".join(sorted(scopes | {f"mcp:server:{server}"}))
        raise Refusal(403, "insufficient_scope", f"this token does not cover server '{server}'", data={"scope": wanted})

    async def _is_ours(self, token: str) -> bool:
        header = _unverified_header(token)
        if header is None or header.get("typ") != TOKEN_TYPE:
            return False
        kid = header.get("kid")
        return any(e.kid == kid for e in self.keys.published)

    async def decode_any(self, token: str) -> dict[str, Any] | None:
        """The claims of one of our valid tokens, whatever its resource (revocation)."""
        if not looks_like_jwt(token):
            return None
        return await self._verify(token, None)

    async def _verify(self, token: str, resource: str | None) -> dict[str, Any] | None:
        header = _unverified_header(token)  # only picks the key; the signature decides
        if header is None or header.get("typ") != TOKEN_TYPE:
            return None
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in ("ES256", "RS256") or not isinstance(kid, str):
            return None  # includes "none" and every HS* algorithm
        entry = await self._key(kid)
        if entry is None or entry.alg != alg:
            return None
        try:
            decoded = jwt.decode(token, entry.key, algorithms=[alg])
            self._claims.validate(decoded.claims)
        except (JoseError, ValueError, TypeError) as e:
            log.debug("OAuth access token refused: %s", e.__class__.__name__)
            return None
        claims = decoded.claims
        if (resource is None and claims.get("aud") not in self.resources.all) or (
            resource is not None and claims.get("aud") != resource
        ):
            log.info("OAuth access token for %s presented at %s: refused", claims.get("aud"), resource)
            return None
        return claims

    async def _key(self, kid: str) -> Any:
        await self.keys.ensure()
        for entry in self.keys.published:
            if entry.kid == kid:
                return entry
        if not self.keys.configured and time.monotonic() - self._last_reload > _RELOAD_FLOOR_S:
            self._last_reload = time.monotonic()
            await self.keys.reload()
            for entry in self.keys.published:
                if entry.kid == kid:
                    return entry
        return None

    def _principal(self, claims: dict[str, Any]) -> Principal | None:
        extra = claims.get("bst")
        sub, gid, client = claims.get("sub"), claims.get("gid"), claims.get("client_id")
        if not isinstance(extra, dict) or not isinstance(sub, str) or not isinstance(gid, str):
            return None
        amr = claims.get("amr") or ["?"]
        try:
            base = principal_from_json({**extra, "user_id": sub})
        except TypeError:
            return None
        return Principal(
            user_id=base.user_id,
            auth_method=f"oauth:{amr[0]}"[:32],
            email=base.email,
            name=base.name,
            department=base.department,
            groups=base.groups,
            roles=(),  # an MCP token never opens the admin API
            key_id=gid,
            grants=base.grants,
            rpm_limit=base.rpm_limit,
            budget=base.budget,
            oauth_client=str(client) if client else None,
        )


def _unverified_header(token: str) -> dict[str, Any] | None:
    try:
        header = jws.extract_compact(token.encode()).protected
    except (JoseError, ValueError, TypeError):
        return None
    return header if isinstance(header, dict) else None

"""Identity JWTs: Bastion's signed statement of who the user is, for one upstream.

``iss`` = the gateway, ``sub`` = the user id, ``aud`` = the upstream, plus ``email``, ``name``,
``groups``, ``department``, ``auth_method``, ``iat``/``nbf``/``exp`` and a unique ``jti``.
Upstreams verify it with any JWT library against ``/.well-known/jwks.json``. Tokens are cached
per (user, audience) until shortly before they expire, so a call costs a dict lookup.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from typing import Any

from joserfc import jwt

from bastion.gateway.outbound.credentials import Caller, UserCredentialSpec
from bastion.gateway.outbound.signing import KeyRing


class TokenCache:
    """``key -> (token, refresh_after)``; bounded LRU."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, tuple[str, float]] = OrderedDict()

    def get(self, key: Any, now: float) -> str | None:
        item = self._items.get(key)
        if item is None:
            return None
        if item[1] <= now:
            del self._items[key]
            return None
        return item[0]

    def put(self, key: Any, token: str, refresh_after: float) -> None:
        if self.size <= 0:
            return
        self._items[key] = (token, refresh_after)
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def refresh_margin(lifetime_s: float) -> float:
    """Renew this long before expiry: a token handed out is good for a while yet."""
    return min(60.0, lifetime_s / 5)


class IdentityTokens:
    """Mints (and caches) identity JWTs."""

    def __init__(self, keys: KeyRing, issuer: str, default_ttl_s: int, cache_size: int) -> None:
        self.keys = keys
        self.issuer = issuer
        self.default_ttl_s = default_ttl_s
        self.cache = TokenCache(cache_size)
        #: Tokens minted (not served from cache): lets operators and tests see the cache work.
        self.minted = 0

    async def token(self, caller: Caller, audience: str, ttl_s: int | None = None) -> str:
        """A valid identity JWT for ``caller`` and ``audience``."""
        ttl = min(ttl_s or self.default_ttl_s, self.default_ttl_s)
        key = (audience, ttl, caller.identity)
        now = time.time()
        cached = self.cache.get(key, now)
        if cached is not None:
            return cached
        entry = await self.keys.ensure()
        claims = self.claims(caller, audience, now, ttl)
        token = jwt.encode({"alg": entry.alg, "kid": entry.kid, "typ": "JWT"}, claims, entry.key)
        self.minted += 1
        self.cache.put(key, token, now + ttl - refresh_margin(ttl))
        return token

    def claims(self, caller: Caller, audience: str, now: float, ttl: int) -> dict[str, Any]:
        p = caller.principal
        iat = int(now)
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": p.user_id,
            "aud": audience,
            "iat": iat,
            "nbf": iat,
            "exp": iat + ttl,
            "jti": uuid.uuid4().hex,
            "auth_method": p.auth_method,
            "groups": list(p.groups),
        }
        for name in ("email", "name", "department"):
            value = getattr(p, name)
            if value:
                claims[name] = value
        return claims


class IdentityJwtCredential:
    """``identity_jwt``: the user's identity JWT for this upstream."""

    def __init__(self, spec: UserCredentialSpec, tokens: IdentityTokens, audience: str) -> None:
        self.spec = spec
        self.tokens = tokens
        self.audience = audience

    async def headers(self, caller: Caller) -> dict[str, str]:
        token = await self.tokens.token(caller, self.audience, self.spec.ttl_s)
        return {self.spec.header: self.spec.header_value(token)}

"""Bearer tokens from an OpenID Connect provider: JWT access tokens or ID tokens, verified
against the provider's published keys (JWKS) with joserfc (authlib's JOSE library).

Per request the cost is one SHA-256 and a dict lookup: verified tokens are cached by digest
until they expire. The JWKS is fetched at start-up (a provider that is down only delays OIDC
logins: the fetch is retried on first use), refreshed periodically, and refetched when a token
names an unknown key id, at most once per ``jwks_refresh_min_s`` so that forged key ids cannot
make the gateway hammer the IdP. Tokens are never logged.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import orjson
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, OKPKey, RSAKey
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.gateway.call import Credentials
from bastion.gateway.identity.mapping import (
    MappingSettings,
    is_loopback_host,
    split_groups,
    valid_email,
    valid_text,
    valid_user_id,
    validated,
)
from bastion.gateway.principal import Principal

log = logging.getLogger(__name__)

#: Asymmetric algorithms only: with an HS* algorithm the "key" would be the public JWKS, and
#: ``none`` is no signature at all.
Algorithm = Literal["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"]
_KTY = {"RS": "RSA", "PS": "RSA", "ES": "EC", "Ed": "OKP"}
#: Bearer values longer than this are not tokens worth parsing.
_MAX_TOKEN = 16 * 1024
AnyKey = RSAKey | ECKey | OKPKey


def _is_loopback(url: str) -> bool:
    return is_loopback_host(urlsplit(url).hostname or "")


class OIDCSignInSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    client_id: str = Field(min_length=1)
    #: ``env:NAME`` or the value; unset for a public client (PKCE only).
    client_secret: str | None = None
    scopes: list[str] = Field(default_factory=lambda: ["openid", "email", "profile"])
    #: The button's text on the sign-in page.
    label: str = "Sign in with your organisation"


class OIDCSettings(MappingSettings):
    #: The provider's issuer URL, exactly as in its tokens' ``iss``.
    issuer: str
    #: Accepted ``aud`` values (the API's identifier for access tokens, the client id for ID tokens).
    audience: str | list[str]
    algorithms: list[Algorithm] = Field(
        default_factory=lambda: list[Algorithm](("RS256", "ES256", "PS256", "EdDSA")), min_length=1
    )
    #: Where the keys are; default from ``<issuer>/.well-known/openid-configuration``.
    jwks_uri: str | None = None
    #: Claim names (dotted paths reach into objects, e.g. ``realm_access.roles``).
    user_claim: str = "sub"
    email_claim: str | None = "email"
    name_claim: str | None = "name"
    department_claim: str | None = None
    groups_claim: str | None = "groups"
    #: Roles taken from the token as they are (a role ``admin`` gives admin API access).
    roles_claim: str | None = None
    #: When set, only members of one of these groups are authenticated.
    required_groups: list[str] | None = None
    #: Clock skew allowed on ``exp``, ``nbf`` and ``iat``.
    leeway_s: int = Field(default=30, ge=0, le=600)
    #: Least time between two JWKS fetches caused by unknown key ids (after a failed fetch the
    #: wait is at most 5 s, so a provider that was down is picked up quickly).
    jwks_refresh_min_s: float = Field(default=60.0, ge=0)
    #: The JWKS is refetched in the background this often (removes retired keys).
    jwks_max_age_s: float = Field(default=3600.0, gt=0)
    http_timeout_s: float = Field(default=5.0, gt=0)
    #: Verified tokens kept (LRU); each until its expiry.
    token_cache_size: int = Field(default=10_000, ge=0)
    #: Refuse plain-http issuer/JWKS URLs except on loopback.
    require_https: bool = True
    #: Browser sign-in through this provider (authorization code + PKCE), used by Bastion's
    #: OAuth authorization server (``auth.oauth``): Bastion's client at the provider.
    sign_in: OIDCSignInSettings | None = None

    @field_validator("audience")
    @classmethod
    def _audience(cls, v: str | list[str]) -> str | list[str]:
        if not v or (isinstance(v, list) and not all(v)):
            raise ValueError("must not be empty")
        return v

    @model_validator(mode="after")
    def _urls(self) -> OIDCSettings:
        for name in ("issuer", "jwks_uri"):
            url = getattr(self, name)
            if url is None:
                continue
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{name}: not an http(s) URL")
            if self.require_https and parts.scheme != "https" and not _is_loopback(url):
                raise ValueError(f"{name}: must be https (or set require_https: false)")
        return self

    @property
    def audiences(self) -> list[str]:
        return [self.audience] if isinstance(self.audience, str) else list(self.audience)


def looks_like_jwt(value: str) -> bool:
    """A compact JWS: three base64url segments, the first a JSON object (``eyJ`` = ``{"``)."""
    return len(value) <= _MAX_TOKEN and value.startswith("eyJ") and value.count(".") == 2


def _claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _header(token: str) -> dict[str, Any] | None:
    segment = token.partition(".")[0]
    try:
        header = orjson.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (ValueError, orjson.JSONDecodeError):
        return None
    return header if isinstance(header, dict) else None


class TokenCache:
    """Verified tokens by SHA-256 digest -> (principal, valid until). Bounded LRU."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[bytes, tuple[Principal, float]] = OrderedDict()

    def get(self, digest: bytes, now: float) -> Principal | None:
        item = self._items.get(digest)
        if item is None:
            return None
        if item[1] <= now:
            del self._items[digest]
            return None
        self._items.move_to_end(digest)
        return item[0]

    def put(self, digest: bytes, principal: Principal, until: float) -> None:
        if self.size <= 0:
            return
        self._items[digest] = (principal, until)
        self._items.move_to_end(digest)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


class JWKSCache:
    """The provider's signing keys by ``kid``, fetched over HTTP and refreshed with a floor
    on how often."""

    def __init__(self, settings: OIDCSettings) -> None:
        self.settings = settings
        self.keys: dict[str, AnyKey] = {}
        self.loaded = False
        self.client: httpx.AsyncClient | None = None
        self._jwks_uri = settings.jwks_uri
        self._lock = asyncio.Lock()
        self._last_attempt = float("-inf")
        self._last_ok = False

    async def _get_json(self, url: str) -> Any:
        client = self.client
        if client is None:
            async with httpx.AsyncClient(timeout=self.settings.http_timeout_s) as c:
                r = await c.get(url, headers={"accept": "application/json"})
        else:
            r = await client.get(url, headers={"accept": "application/json"})
        r.raise_for_status()
        return r.json()

    async def _discover(self) -> str:
        url = self.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
        meta = await self._get_json(url)
        if not isinstance(meta, dict) or meta.get("issuer") != self.settings.issuer:
            raise ValueError(f"discovery document at {url} does not name issuer {self.settings.issuer}")
        jwks_uri = meta.get("jwks_uri")
        if not isinstance(jwks_uri, str):
            raise ValueError(f"discovery document at {url} has no jwks_uri")
        if self.settings.require_https and urlsplit(jwks_uri).scheme != "https" and not _is_loopback(jwks_uri):
            raise ValueError(f"jwks_uri {jwks_uri} is not https")
        return jwks_uri

    async def fetch(self) -> bool:
        """Fetch the keys now. Returns whether it worked; failures are logged, not raised."""
        self._last_attempt = time.monotonic()
        try:
            if self._jwks_uri is None:
                self._jwks_uri = await self._discover()
            data = await self._get_json(self._jwks_uri)
            keys = self._parse(data)
        except (httpx.HTTPError, ValueError, JoseError) as e:
            self._last_ok = False
            log.warning(
                "OIDC %s: could not load signing keys (%s); will retry on use",
                self.settings.issuer,
                e.__class__.__name__ if isinstance(e, httpx.HTTPError) else e,
            )
            return False
        self.keys, self.loaded, self._last_ok = keys, True, True
        log.info("OIDC %s: %d signing key(s) loaded", self.settings.issuer, len(keys))
        return True

    def _parse(self, data: Any) -> dict[str, AnyKey]:
        if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
            raise ValueError("JWKS document has no keys list")
        keys: dict[str, AnyKey] = {}
        for i, jwk in enumerate(data["keys"]):
            if (
                not isinstance(jwk, dict)
                or jwk.get("use", "sig") != "sig"
                or jwk.get("kty") not in ("RSA", "EC", "OKP")
            ):
                continue  # encryption keys and symmetric keys are never used to verify
            if any(k in jwk for k in ("d", "p", "q")):
                continue  # a private key published by mistake: do not use it
            key = KeySet.import_key_set({"keys": [jwk]}).keys[0]
            keys[str(jwk.get("kid", f"#{i}"))] = key  # type: ignore[assignment]
        return keys

    async def refresh(self) -> bool:
        """Refetch unless one was tried too recently (a forged ``kid`` must not cause a storm).
        Concurrent callers share one fetch."""
        floor = self.settings.jwks_refresh_min_s if self._last_ok else min(5.0, self.settings.jwks_refresh_min_s)
        if time.monotonic() - self._last_attempt < floor:
            return False
        async with self._lock:
            if time.monotonic() - self._last_attempt < floor:
                return True  # another request just fetched
            return await self.fetch()


class OIDCProvider:
    """Authenticates JWT bearer tokens issued by one OpenID Connect provider."""

    def __init__(self, settings: OIDCSettings) -> None:
        self.settings = settings
        self.jwks = JWKSCache(settings)
        self.cache = TokenCache(settings.token_cache_size)
        self._algorithms = frozenset(settings.algorithms)
        self._audiences = settings.audiences
        self._required = frozenset(settings.required_groups) if settings.required_groups is not None else None
        self._admin_groups = frozenset(settings.admin_groups)
        self._grants = settings.grants.to_grants()
        self._claims = jwt.JWTClaimsRegistry(
            leeway=settings.leeway_s,
            iss={"essential": True, "value": settings.issuer},
            aud={"essential": True, "values": self._audiences},
            exp={"essential": True},
        )

    @contextlib.asynccontextmanager
    async def lifecycle(self) -> AsyncIterator[None]:
        """Entered at start-up: an HTTP client, the first key fetch, the periodic refresh."""
        async with httpx.AsyncClient(timeout=self.settings.http_timeout_s) as client:
            self.jwks.client = client
            await self.jwks.fetch()
            task = asyncio.create_task(self._refresh_periodically())
            try:
                yield
            finally:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                self.jwks.client = None

    async def _refresh_periodically(self) -> None:
        while True:
            await asyncio.sleep(self.settings.jwks_max_age_s)
            await self.jwks.fetch()

    async def authenticate(self, credentials: Credentials) -> Principal | None:
        token = credentials.api_key
        if not token or not looks_like_jwt(token):
            return None
        digest = hashlib.sha256(token.encode()).digest()
        now = time.time()
        cached = self.cache.get(digest, now)
        if cached is not None:
            return cached
        claims = await self._verify(token)
        if claims is None:
            return None
        principal = self._principal(claims)
        if principal is not None:
            self.cache.put(digest, principal, float(claims["exp"]) + self.settings.leeway_s)
        return principal

    async def _key_for(self, header: dict[str, Any]) -> AnyKey | None:
        kid = header.get("kid")
        alg = header["alg"]
        if not self.jwks.loaded or (isinstance(kid, str) and kid not in self.jwks.keys):
            await self.jwks.refresh()
        if isinstance(kid, str):
            return self.jwks.keys.get(kid)
        # No kid: only unambiguous when the provider publishes one key of the right type.
        kty = _KTY.get(alg[:2])
        candidates = [k for k in self.jwks.keys.values() if k.key_type == kty]
        return candidates[0] if len(candidates) == 1 else None

    async def _verify(self, token: str) -> dict[str, Any] | None:
        header = _header(token)
        if header is None or header.get("alg") not in self._algorithms:
            return None  # includes "none" and every HS* algorithm
        key = await self._key_for(header)
        if key is None or _KTY.get(header["alg"][:2]) != key.key_type:
            return None
        try:
            decoded = jwt.decode(token, key, algorithms=[header["alg"]])
            self._claims.validate(decoded.claims)
        except (JoseError, ValueError, TypeError) as e:
            log.debug("OIDC token refused: %s", e.__class__.__name__)
            return None
        claims = decoded.claims
        if not isinstance(claims.get("exp"), int | float):
            return None
        return claims

    async def verify_id_token(self, token: str, client_id: str, nonce: str) -> dict[str, Any] | None:
        """The claims of an ID token from a browser sign-in (``sign_in``): signature as for
        bearer tokens, ``iss``, ``aud`` = our client id, ``exp``, and the ``nonce`` we sent."""
        header = _header(token) if looks_like_jwt(token) else None
        if header is None or header.get("alg") not in self._algorithms:
            return None
        key = await self._key_for(header)
        if key is None or _KTY.get(header["alg"][:2]) != key.key_type:
            return None
        registry = jwt.JWTClaimsRegistry(
            leeway=self.settings.leeway_s,
            iss={"essential": True, "value": self.settings.issuer},
            aud={"essential": True, "value": client_id},
            exp={"essential": True},
            nonce={"essential": True, "value": nonce},
        )
        try:
            decoded = jwt.decode(token, key, algorithms=[header["alg"]])
            registry.validate(decoded.claims)
        except (JoseError, ValueError, TypeError) as e:
            log.info("OIDC ID token refused: %s", e.__class__.__name__)
            return None
        return decoded.claims

    def principal_from_claims(self, claims: dict[str, Any]) -> Principal | None:
        """The principal for verified claims (mapping, ``required_groups``), or None."""
        return self._principal(claims)

    def _principal(self, claims: dict[str, Any]) -> Principal | None:
        s = self.settings
        user = _claim(claims, s.user_claim)
        if not isinstance(user, str) or not valid_user_id(user):
            log.info("OIDC token refused: claim %s missing or malformed", s.user_claim)
            return None
        groups: tuple[str, ...] = ()
        if s.groups_claim:
            raw = _claim(claims, s.groups_claim)
            if raw is not None:
                parsed = split_groups(raw, spaces=True) if isinstance(raw, str | list) else None
                if parsed is None:
                    log.info("OIDC token of %s refused: claim %s malformed", user, s.groups_claim)
                    return None
                groups = parsed
        if self._required is not None and not self._required.intersection(groups):
            log.info("OIDC user %s refused: not in required_groups", user)
            return None
        roles: list[str] = []
        if s.roles_claim:
            raw = _claim(claims, s.roles_claim)
            parsed = split_groups(raw, spaces=True) if isinstance(raw, str | list) else ()
            roles.extend(parsed or ())
        if self._admin_groups.intersection(groups) and "admin" not in roles:
            roles.append("admin")
        fields: dict[str, Any] = {}
        for attr, name, check in (
            ("email", s.email_claim, valid_email),
            ("name", s.name_claim, valid_text),
            ("department", s.department_claim, valid_text),
        ):
            value = _claim(claims, name) if name else None
            if isinstance(value, str) and check(value):
                fields[attr] = value
        return Principal(
            user_id=user,
            auth_method="oidc",
            groups=groups,
            roles=tuple(roles),
            grants=self._grants,
            rpm_limit=s.rpm_limit,
            **fields,
        )


def from_settings(raw: dict[str, Any] | OIDCSettings, where: str) -> OIDCProvider:
    """Build the provider from one ``auth.providers`` entry (``type: oidc``)."""
    settings = validated(OIDCSettings, raw, where)
    return OIDCProvider(settings)


#: This provider's entry in ``auth.providers`` (see ``mapping.provider_settings``).
SETTINGS = OIDCSettings

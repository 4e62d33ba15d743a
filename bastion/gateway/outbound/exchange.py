"""OAuth 2.0 Token Exchange (RFC 8693): trade the user's token for one meant for an upstream.

The subject token is the user's own OIDC access token when they signed in through the ``oidc``
provider, otherwise Bastion's identity JWT for them (the identity provider must then trust
Bastion's JWKS). The gateway authenticates as an OAuth client (``client_id``/``client_secret``).
Issued tokens are cached per (user, upstream) until ``expires_in`` minus a margin; concurrent
calls of one user share one exchange. Refusals become a :class:`CredentialError` whose message
names the provider's ``error`` code and description, never a token.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx

from bastion.gateway.outbound.credentials import Caller, CredentialError, UserCredentialSpec
from bastion.gateway.outbound.identity_jwt import IdentityTokens, TokenCache, refresh_margin

log = logging.getLogger("bastion.outbound")

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"
#: Lifetime assumed when the provider does not say (``expires_in`` is only RECOMMENDED).
DEFAULT_EXPIRES_S = 60.0


class TokenExchanger:
    """Performs and caches exchanges. ``client`` is set by the owner's lifecycle."""

    def __init__(self, identity: IdentityTokens, cache_size: int, timeout_s: float) -> None:
        self.identity = identity
        self.cache = TokenCache(cache_size)
        self.timeout_s = timeout_s
        self.client: httpx.AsyncClient | None = None
        self._flights: dict[Any, asyncio.Future[str]] = {}
        #: Exchanges performed (not served from cache).
        self.exchanges = 0

    async def token(self, spec: UserCredentialSpec, caller: Caller, name: str) -> str:
        key = (spec, caller.identity)
        cached = self.cache.get(key, time.time())
        if cached is not None:
            return cached
        flight = self._flights.get(key)
        if flight is not None:
            return await asyncio.shield(flight)
        fut: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._flights[key] = fut
        try:
            token, lifetime = await self._exchange(spec, caller, name)
            self.cache.put(key, token, time.time() + lifetime - refresh_margin(lifetime))
            fut.set_result(token)
            return token
        except BaseException as e:
            fut.set_exception(e if isinstance(e, Exception) else CredentialError("token exchange cancelled"))
            fut.exception()  # waiters get it; nobody waiting must not log "never retrieved"
            raise
        finally:
            self._flights.pop(key, None)

    async def _subject(self, spec: UserCredentialSpec, caller: Caller) -> tuple[str, str]:
        if spec.subject == "auto" and caller.subject_token and caller.principal.auth_method == "oidc":
            return caller.subject_token, ACCESS_TOKEN_TYPE
        audience = spec.subject_audience or spec.token_endpoint or ""
        return await self.identity.token(caller, audience), JWT_TOKEN_TYPE

    async def _exchange(self, spec: UserCredentialSpec, caller: Caller, name: str) -> tuple[str, float]:
        assert spec.token_endpoint and spec.client_id
        subject, subject_type = await self._subject(spec, caller)
        form = {
            "grant_type": GRANT_TYPE,
            "subject_token": subject,
            "subject_token_type": subject_type,
            "requested_token_type": ACCESS_TOKEN_TYPE,
        }
        for field in ("audience", "resource", "scope"):
            value = getattr(spec, field)
            if value:
                form[field] = value
        auth: tuple[str, str] | None = None
        if spec.client_auth == "client_secret_basic":
            auth = (spec.client_id, spec.client_secret or "")
        else:
            form["client_id"] = spec.client_id
            if spec.client_secret:
                form["client_secret"] = spec.client_secret
        client = self.client
        try:
            if client is None:
                async with httpx.AsyncClient(timeout=self.timeout_s, follow_redirects=False) as c:
                    r = await c.post(
                        spec.token_endpoint,
                        data=form,
                        auth=auth or httpx.USE_CLIENT_DEFAULT,
                        headers={"accept": "application/json"},
                    )
            else:
                r = await client.post(
                    spec.token_endpoint,
                    data=form,
                    auth=auth or httpx.USE_CLIENT_DEFAULT,
                    headers={"accept": "application/json"},
                )
        except httpx.HTTPError as e:
            log.warning("token exchange for %s: identity provider unreachable (%s)", name, type(e).__name__)
            raise CredentialError(
                f"token exchange for '{name}' failed: the identity provider could not be reached ({type(e).__name__})"
            ) from None
        self.exchanges += 1
        body = _json(r)
        if r.status_code != 200:
            error = _text(body.get("error")) or f"HTTP {r.status_code}"
            desc = _text(body.get("error_description"))
            log.warning("token exchange for %s (user %s) refused: %s %s", name, caller.principal.user_id, error, desc)
            raise CredentialError(
                f"token exchange for '{name}' was refused by the identity provider: {error}"
                + (f" ({desc})" if desc else "")
            )
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise CredentialError(f"token exchange for '{name}': the identity provider sent no access_token")
        expires = body.get("expires_in")
        lifetime = float(expires) if isinstance(expires, int | float) and expires > 0 else DEFAULT_EXPIRES_S
        return token, lifetime


def _json(r: httpx.Response) -> dict[str, Any]:
    try:
        body = r.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _text(value: Any) -> str:
    """A provider-supplied string, bounded and printable (it ends up in an error message)."""
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in value[:200] if ch.isprintable())


class TokenExchangeCredential:
    """``token_exchange``: the token the identity provider issued for this user and upstream."""

    def __init__(self, spec: UserCredentialSpec, exchanger: TokenExchanger, name: str) -> None:
        self.spec = spec
        self.exchanger = exchanger
        self.name = name

    async def headers(self, caller: Caller) -> dict[str, str]:
        token = await self.exchanger.token(self.spec, caller, self.name)
        return {self.spec.header: self.spec.header_value(token)}

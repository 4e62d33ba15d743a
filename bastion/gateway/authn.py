"""Stage 1: credentials -> ``Principal``.

Authenticators are tried in order; the first that recognises the credentials decides. Virtual
keys come first (the hot path: one hash and a dict lookup when cached). Identity providers
(OIDC, SAML, LDAP, trusted proxy headers) plug in as further authenticators.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import Scope

from bastion.gateway.call import Call, Credentials, Refusal
from bastion.gateway.keys import KeyStore
from bastion.gateway.pipeline import StageOutcome
from bastion.gateway.principal import Principal

if TYPE_CHECKING:
    # Only a type here: the settings model imports the identity providers, which import this.
    from bastion.gateway.settings import AuthSettings

#: Kept short and identical for every failure: telling "unknown" from "revoked" or "expired"
#: would help an attacker probing keys.
UNAUTHENTICATED = Refusal(401, "unauthenticated", "invalid or missing API key")


class HeaderLookup(Protocol):
    """Read access to request headers by lower-case name: a Starlette ``Headers``, a plain
    mapping, or a view of raw ASGI headers (the MCP fast lane's)."""

    def get(self, key: str, /) -> str | None: ...


def key_from_headers(headers: HeaderLookup) -> str | None:
    """The API key from ``Authorization: Bearer``, ``x-api-key`` or ``api-key`` (Azure style).

    ``headers`` must have lower-case names (Starlette's ``Headers`` and ASGI scopes do).
    """
    auth = headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return headers.get("x-api-key") or headers.get("api-key") or None


def default_challenge(path: str, refusal: Refusal) -> str | None:
    return 'Bearer realm="bastion"' if refusal.status == 401 else None


def credentials_of(request: Request) -> Credentials:
    """Credentials as presented on an HTTP request (headers lower-cased by Starlette)."""
    return credentials_of_scope(request.scope, request.headers)


def credentials_of_scope(scope: Scope, headers: Mapping[str, str] | None = None, *, path: bool = False) -> Credentials:
    """Credentials as presented on a plain ASGI request: the one place a front door's HTTP
    request becomes ``Credentials``. All headers go along (identity providers may read any of
    them; they are never forwarded upstream), the API key, the TCP peer, and the path where
    the endpoint binds tokens to it (``path``: MCP endpoints, for OAuth audiences).

    ``headers``: a lower-cased view the caller already built; default Starlette's view of
    the scope."""
    headers = headers if headers is not None else Headers(scope=scope)
    client = scope.get("client")
    return Credentials(
        api_key=key_from_headers(headers),
        headers=headers,
        client_ip=client[0] if client else None,
        path=scope.get("path", "") if path else None,
    )


class IdentityProvider(Protocol):
    """An extra way to authenticate (OIDC bearer tokens, proxy headers ...)."""

    async def authenticate(self, credentials: Credentials) -> Principal | None: ...


class Authenticator:
    def __init__(self, keys: KeyStore, settings: AuthSettings, providers: Sequence[IdentityProvider] = ()) -> None:
        self.keys = keys
        self.providers = list(providers)
        # With identity providers the credentials need not be an API key: say so.
        self._refusal = (
            Refusal(401, "unauthenticated", "invalid or missing credentials") if self.providers else UNAUTHENTICATED
        )
        self._anonymous = (
            Principal(user_id="anonymous", auth_method="anonymous", roles=tuple(settings.anonymous_roles))
            if settings.allow_anonymous
            else None
        )
        #: The ``WWW-Authenticate`` value (or None) for a refusal on a request path. The OAuth
        #: authorization server replaces it with one naming its resource metadata and scope
        #: (RFC 9728), and the scope to step up to on ``insufficient_scope``.
        self.challenge: Callable[[str, Refusal], str | None] = default_challenge

    async def authenticate(self, credentials: Credentials) -> Principal:
        """The caller's principal; raises a 401 ``Refusal`` otherwise."""
        if credentials.api_key:
            p = await self.keys.verify(credentials.api_key)
            if p is not None:
                return p
        for provider in self.providers:
            p = await provider.authenticate(credentials)
            if p is not None:
                return p
        if credentials.api_key is None and self._anonymous is not None:
            return self._anonymous
        raise self._refusal.fresh()


class Authenticate:
    """Stage 1. A principal already set by the front door (e.g. a long-lived MCP session
    authenticated at its start) is kept."""

    name = "authenticate"

    def __init__(self, authenticator: Authenticator) -> None:
        self.authenticator = authenticator

    async def process(self, call: Call) -> StageOutcome:
        if call.principal is None:
            call.principal = await self.authenticator.authenticate(call.credentials)
        p = call.principal
        if p.oauth_client is not None:
            return "ok", {"method": p.auth_method, "oauth_client": p.oauth_client}
        return "ok", {"method": p.auth_method}

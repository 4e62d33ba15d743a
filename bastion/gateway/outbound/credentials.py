"""Per-user upstream credentials: what a front door asks for, and who it asks for.

A front door that calls an upstream on behalf of a user builds a :class:`Caller` (the principal,
plus the user's own incoming OIDC token when there is one) and asks the upstream's
:class:`UserCredential` for the headers to send. Both credential types cache their tokens per
(user, upstream), so on the hot path this is a dict lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bastion.gateway.principal import Principal

CredentialType = Literal["identity_jwt", "token_exchange"]
PER_USER_TYPES: frozenset[str] = frozenset({"identity_jwt", "token_exchange"})
ClientAuth = Literal["client_secret_basic", "client_secret_post"]


class CredentialError(Exception):
    """A per-user credential could not be obtained (the identity provider refused the exchange,
    or could not be reached). ``str()`` is safe to show the caller: it never holds a token."""


@dataclass(frozen=True, slots=True)
class Caller:
    """Who an upstream call is made for.

    ``subject_token`` is the user's own bearer token when they signed in through the ``oidc``
    provider (token exchange then trades it in); never logged, never forwarded as it is."""

    principal: Principal
    subject_token: str | None = None

    @property
    def identity(self) -> tuple[object, ...]:
        """What a token minted for this caller depends on (its cache key)."""
        p = self.principal
        return (p.user_id, p.auth_method, p.email, p.name, p.department, p.groups)


@dataclass(frozen=True, slots=True)
class UserCredentialSpec:
    """One upstream's per-user credential, as validated by the front door's own settings model.

    ``identity_jwt``: Bastion signs a JWT for the user (``aud`` = ``audience``).
    ``token_exchange``: Bastion trades a subject token for the user at ``token_endpoint``
    (RFC 8693) and sends what the identity provider issues.
    """

    type: CredentialType
    #: ``aud`` of identity JWTs / the ``audience`` parameter of the exchange.
    audience: str | None = None
    #: Where the token goes: ``Authorization: Bearer <token>`` by default.
    header: str = "Authorization"
    scheme: str | None = "Bearer"
    #: Identity JWT lifetime (capped by ``auth.outbound.token_ttl_s``).
    ttl_s: int | None = None
    # token_exchange
    token_endpoint: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    client_auth: ClientAuth = "client_secret_basic"
    scope: str | None = None
    resource: str | None = None
    #: ``auto``: the user's own OIDC token when they have one, else Bastion's identity JWT;
    #: ``identity_jwt``: always Bastion's identity JWT.
    subject: Literal["auto", "identity_jwt"] = "auto"
    #: ``aud`` of the identity JWT used as subject token (default: the token endpoint's issuer
    #: is not known here, so the token endpoint URL itself).
    subject_audience: str | None = None

    def header_value(self, token: str) -> str:
        return f"{self.scheme} {token}" if self.scheme else token


class UserCredential(Protocol):
    """Headers that authenticate one caller to one upstream."""

    spec: UserCredentialSpec

    async def headers(self, caller: Caller) -> dict[str, str]:
        """The header(s) to add; raises :class:`CredentialError`."""
        ...

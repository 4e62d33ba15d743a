"""The facts of an authorization-server event on the audit trail: never a token, code or secret."""

from __future__ import annotations

from dataclasses import dataclass, field

from bastion.gateway.trail import TRAIL, on_trail


@on_trail
@dataclass(frozen=True, slots=True)
class OAuthEvent:
    """One issued, refused or revoked step of the OAuth server (front door ``oauth``)."""

    #: The client a Bastion-issued token was issued to.
    oauth_client: str | None = field(default=None, metadata=TRAIL)
    client_id: str | None = field(default=None, metadata=TRAIL)
    client_name: str | None = field(default=None, metadata=TRAIL)
    #: The audience (RFC 8707) a token is bound to.
    resource: str | None = field(default=None, metadata=TRAIL)
    scope: str | None = field(default=None, metadata=TRAIL)
    grant_type: str | None = field(default=None, metadata=TRAIL)
    grant_id: str | None = field(default=None, metadata=TRAIL)
    #: The sign-in method (oidc, saml, ldap, local).
    method: str | None = field(default=None, metadata=TRAIL)
    #: Consent: allow / deny.
    decision: str | None = field(default=None, metadata=TRAIL)
    #: Why a step was refused or a grant revoked.
    reason: str | None = field(default=None, metadata=TRAIL)
    #: Who revoked a grant.
    by: str | None = field(default=None, metadata=TRAIL)
    was_active: bool | None = field(default=None, metadata=TRAIL)

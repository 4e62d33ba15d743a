"""The ``auth.oauth`` settings section: Bastion as the OAuth 2.1 authorization server of its own
MCP endpoints (see ``docs/identity.md``).

Example::

    auth:
      oauth:
        enabled: true
        issuer: https://bastion.example.com
        access_token_ttl_s: 300
        client_metadata: {allowed_hosts: [claude.ai, vscode.dev]}
        registration: {enabled: true}
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bastion.gateway.identity.mapping import GrantsSettings, is_loopback_host
from bastion.gateway.sections import validate_section


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClientMetadataSettings(_Strict):
    """Client ID Metadata Documents: a client whose ``client_id`` is an https URL is described by
    the JSON document at that URL, fetched by Bastion."""

    enabled: bool = True
    #: When not empty, only documents on these hosts are accepted (exact host names).
    allowed_hosts: list[str] = Field(default_factory=list)
    #: Hosts exempt from the private-address check (an internal client catalogue).
    trusted_hosts: list[str] = Field(default_factory=list)
    #: Largest document accepted; the fetch stops reading beyond it.
    max_bytes: int = Field(default=5 * 1024, ge=256, le=64 * 1024)
    #: Connect + read timeout of one fetch.
    timeout_s: float = Field(default=5.0, gt=0, le=30)
    #: A fetched document is reused this long.
    cache_ttl_s: float = Field(default=300.0, ge=0)
    #: PEM CA bundle for the documents' hosts (default: the system store).
    ca_file: str | None = None


class RegistrationSettings(_Strict):
    """Dynamic Client Registration (RFC 7591), the fallback for clients without a metadata URL."""

    enabled: bool = True
    #: Registrations accepted per client address per hour (a flood gets 429).
    per_address_per_hour: int = Field(default=20, ge=1)
    #: Registrations accepted per hour in total.
    total_per_hour: int = Field(default=1000, ge=1)
    max_redirect_uris: int = Field(default=10, ge=1, le=50)


class LocalUsersSettings(_Strict):
    """Sign-in with a password an administrator set for a Bastion user (``bastion users``),
    for deployments without an identity provider."""

    enabled: bool = False
    #: What local users may use (unrestricted by default, like the other providers).
    grants: GrantsSettings = Field(default_factory=GrantsSettings)
    rpm_limit: int = Field(default=0, ge=0)
    #: Failed passwords for one user before further attempts are refused for ``lockout_s``.
    max_failures: int = Field(default=5, ge=1)
    lockout_s: float = Field(default=300.0, ge=1)


class OAuthSettings(_Strict):
    enabled: bool = False
    #: The issuer URL (``iss`` of the tokens, base of every OAuth endpoint); default
    #: ``server.public_url``, else the listen address. https, or http on loopback only.
    issuer: str | None = None
    #: Lifetime of access tokens: short, since a verified token is cached until it expires.
    access_token_ttl_s: int = Field(default=300, ge=30, le=3600)
    #: Lifetime of a refresh-token family (the sign-in), counted from the sign-in.
    refresh_token_ttl_s: int = Field(default=30 * 86_400, ge=300)
    authorization_code_ttl_s: int = Field(default=60, ge=10, le=600)
    #: Time a person has to sign in and consent after a client sent them to ``/oauth/authorize``.
    sign_in_ttl_s: int = Field(default=600, ge=60, le=3600)
    #: When set, only members of one of these groups may authorize a client.
    allowed_groups: list[str] | None = None
    #: Client ids (exact) that skip the consent screen (first-party clients the operator trusts).
    skip_consent_clients: list[str] = Field(default_factory=list)
    client_metadata: ClientMetadataSettings = Field(default_factory=ClientMetadataSettings)
    registration: RegistrationSettings = Field(default_factory=RegistrationSettings)
    local_users: LocalUsersSettings = Field(default_factory=LocalUsersSettings)
    #: Verified access tokens kept in memory (each until it expires).
    token_cache_size: int = Field(default=10_000, ge=0)

    @field_validator("issuer")
    @classmethod
    def _issuer(cls, v: str | None) -> str | None:
        if v is None:
            return v
        return check_issuer(v)


def check_issuer(url: str) -> str:
    """An issuer: https (plain http only on loopback), no query or fragment, no trailing slash."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http(s) URL")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError("must be https (plain http only on loopback)")
    if parts.query or parts.fragment:
        raise ValueError("must not have a query or fragment")
    return url.rstrip("/")


def load_oauth_settings(raw: dict[str, Any] | None) -> OAuthSettings:
    return validate_section(OAuthSettings, raw, "auth.oauth")

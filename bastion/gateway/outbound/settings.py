"""The ``auth.outbound`` settings section: Bastion as a token issuer towards upstreams.

Example::

    auth:
      outbound:
        issuer: https://bastion.example.com       # the ``iss`` of identity JWTs
        signing_key: env:BASTION_SIGNING_KEY      # PEM; optional (else generated, kept in the store)
        token_ttl_s: 300

Upstreams (MCP servers, A2A agents) choose a per-user credential type in their own sections
(``identity_jwt`` or ``token_exchange``); this section is what those types share.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bastion.gateway import secrets
from bastion.gateway.identity.mapping import is_loopback_host
from bastion.gateway.sections import validate_section


class OutboundSettings(BaseModel):
    """How Bastion signs the identity tokens it sends upstream."""

    model_config = ConfigDict(extra="forbid")

    #: ``iss`` of the identity JWTs; default ``server.public_url`` (else the listen address).
    issuer: str | None = None
    #: A PEM private key (EC P-256 -> ES256, RSA -> RS256), given as ``env:NAME``, ``${NAME}``,
    #: ``file:/path`` or inline. Unset: a key is generated once and kept in the store, so every
    #: replica sharing the store signs with the same key.
    signing_key: str | None = None
    #: Keys published at ``/.well-known/jwks.json`` besides the signing key (PEMs, same forms):
    #: the previous key after a manual rotation, so tokens signed with it stay verifiable.
    previous_signing_keys: list[str] = Field(default_factory=list)
    #: ``kid`` of the configured key; default its RFC 7638 thumbprint.
    kid: str | None = None
    #: Algorithm of keys the gateway generates itself.
    algorithm: Literal["ES256", "RS256"] = "ES256"
    #: Lifetime of identity JWTs (per upstream ``ttl_s`` may shorten it).
    token_ttl_s: int = Field(default=300, ge=30, le=3600)
    #: ``sub`` of the gateway's own identity (lists, card fetches, health: calls made for no user).
    service_subject: str = "bastion"
    #: Minted and exchanged tokens kept per (user, upstream), LRU.
    cache_size: int = Field(default=10_000, ge=0)
    #: After a rotation, how long the retired key stays published.
    retired_key_publish_s: float = Field(default=86_400.0, ge=0)
    #: How often replicas re-read the key ring from the store (rotation by another replica).
    key_reload_s: float = Field(default=60.0, gt=0)
    #: Timeout of token-exchange requests to identity providers.
    http_timeout_s: float = Field(default=10.0, gt=0)
    #: ``Cache-Control: max-age`` on the JWKS document.
    jwks_max_age_s: int = Field(default=300, ge=0)

    @field_validator("issuer")
    @classmethod
    def _issuer(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("must not be empty")
        return v


def load_outbound_settings(raw: dict[str, Any] | None) -> OutboundSettings:
    """Validate ``settings.auth.outbound``; ``SettingsError`` names the failing field."""
    return validate_section(OutboundSettings, raw, "auth.outbound")


def resolve_secret_ref(value: str, where: str, env_prefix: str = "") -> str:
    """A secret reference resolved by the gateway's one resolver (``gateway.secrets``)."""
    return secrets.resolve_secret(value, where, env_prefix=env_prefix)


def check_endpoint_url(url: str, *, require_https: bool = True) -> str:
    """An identity provider endpoint: http(s) with a host; plain http only to loopback (as the
    OIDC provider settings treat issuers). Raises ``ValueError`` with the reason."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    if parts.username or parts.password:
        raise ValueError("must not carry credentials in the URL")
    if require_https and parts.scheme != "https" and not is_loopback_host(parts.hostname):
        raise ValueError("must be https (plain http is accepted for loopback hosts only)")
    return url


def check_token_exchange(token_endpoint: str | None, client_id: str | None, *, require_https: bool = True) -> None:
    """The checks a ``token_exchange`` credential needs, the same for MCP servers and A2A
    agents: an endpoint and a client id, and an endpoint URL :func:`check_endpoint_url` accepts.
    Raises ``ValueError`` with the message for the settings error."""
    if not (token_endpoint and client_id):
        raise ValueError("token_exchange credentials need token_endpoint and client_id")
    try:
        check_endpoint_url(token_endpoint, require_https=require_https)
    except ValueError as e:
        raise ValueError(f"token_endpoint: {e}") from None

"""The ``a2a:`` settings section: registered agents, card refresh, push-notification relay."""

from __future__ import annotations

import re
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.gateway import secrets
from bastion.gateway.outbound.credentials import PER_USER_TYPES, UserCredentialSpec
from bastion.gateway.outbound.settings import check_token_exchange
from bastion.gateway.sections import validate_section

#: Agent names become URL path segments (``/a2a/{name}``) and audit targets.
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
#: Names that would shadow the gateway's own routes under ``/a2a/``.
RESERVED_NAMES = frozenset({"agents", "_push", "push", "health"})


def check_agent_name(name: str) -> str:
    """Raise ``ValueError`` unless ``name`` is usable as an agent name."""
    if not NAME_RE.match(name):
        raise ValueError(
            "agent names are 1-63 characters: lower-case letters, digits, '_', '.', '-', "
            "starting with a letter or digit"
        )
    if name in RESERVED_NAMES:
        raise ValueError(f"'{name}' is reserved by the gateway")
    return name


#: Variables agents registered through the admin API may reference: an admin must not be able
#: to read arbitrary process environment (database URLs, other keys) by sending it to an agent.
ADMIN_ENV_PREFIX = "A2A_"


def resolve_env_refs(value: str, prefix: str = "", where: str = "a2a.agents.*.credentials") -> str:
    """A secret reference (``${VAR}``, ``env:VAR``, ``file:PATH``) resolved by the gateway's one
    resolver (``gateway.secrets``); only variables named ``prefix``* may be read. A missing one
    is a ``SettingsError`` naming ``where``, never an empty credential."""
    return secrets.resolve_secret(value, where, env_prefix=prefix)


class AgentCredentials(BaseModel):
    """How the gateway authenticates to an agent. The client's own credentials are never
    forwarded. Values may reference environment variables as ``${NAME}``.

    ``type: static`` (default): ``bearer_token`` and ``headers`` as given. ``identity_jwt`` and
    ``token_exchange`` send a token per user (``bastion/gateway/outbound``), on every call, so
    the agent learns who the user is; ``headers`` are still added."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["static", "identity_jwt", "token_exchange"] = "static"
    bearer_token: str | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    #: Per-user types: where the token goes (``Authorization: Bearer`` by default); identity
    #: JWT ``aud`` (default the agent URL) / the exchange's ``audience``; identity JWT lifetime.
    header: str = "Authorization"
    audience: str | None = None
    ttl_s: int | None = Field(default=None, ge=30, le=3600)
    #: token_exchange (RFC 8693): the identity provider's token endpoint and the gateway's
    #: client there; ``subject: auto`` trades the user's own OIDC token when they have one.
    token_endpoint: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    client_auth: Literal["client_secret_basic", "client_secret_post"] = "client_secret_basic"
    scope: str | None = None
    resource: str | None = None
    subject: Literal["auto", "identity_jwt"] = "auto"
    #: Refuse a plain-http token endpoint unless it is on loopback.
    require_https: bool = True

    @model_validator(mode="after")
    def _complete(self) -> AgentCredentials:
        if self.type == "static":
            return self
        if not re.fullmatch(r"[A-Za-z0-9-]{1,64}", self.header):
            raise ValueError("header: not a valid HTTP header name")
        if self.bearer_token and self.header.lower() == "authorization":
            raise ValueError(f"bearer_token and type {self.type} both set the Authorization header")
        if self.type == "token_exchange":
            check_token_exchange(self.token_endpoint, self.client_id, require_https=self.require_https)
        return self

    @property
    def per_user(self) -> bool:
        return self.type in PER_USER_TYPES

    def user_spec(self, env_prefix: str = "") -> UserCredentialSpec:
        """The per-user credential for ``bastion.gateway.outbound`` (per-user types only)."""
        secret = (
            resolve_env_refs(self.client_secret, env_prefix, "credentials.client_secret")
            if self.client_secret
            else None
        )
        return UserCredentialSpec(
            type=self.type,  # type: ignore[arg-type]
            audience=self.audience,
            header=self.header,
            scheme="Bearer" if self.header.lower() == "authorization" else None,
            ttl_s=self.ttl_s,
            token_endpoint=self.token_endpoint,
            client_id=self.client_id,
            client_secret=secret,
            client_auth=self.client_auth,
            scope=self.scope,
            resource=self.resource,
            subject=self.subject,
        )

    def resolved_headers(self, env_prefix: str = "") -> dict[str, str]:
        out = {k: resolve_env_refs(v, env_prefix, f"credentials.headers.{k}") for k, v in self.headers.items()}
        if self.bearer_token:
            out["Authorization"] = (
                f"Bearer {resolve_env_refs(self.bearer_token, env_prefix, 'credentials.bearer_token')}"
            )
        return out

    def public(self) -> dict[str, Any]:
        """What admin listings show: header names only, never values."""
        names = sorted(self.headers)
        if self.bearer_token:
            names.append("Authorization")
        out: dict[str, Any] = {"type": self.type, "headers": names}
        if self.per_user:
            out.update(
                header=self.header, audience=self.audience, token_endpoint=self.token_endpoint, client_id=self.client_id
            )
        return out


class AgentSettings(BaseModel):
    """One upstream agent."""

    model_config = ConfigDict(extra="forbid")

    #: The agent's base URL; its card is fetched from ``/.well-known/agent-card.json`` there.
    url: str
    #: Explicit card URL, when the card is not at the well-known path.
    card_url: str | None = None
    credentials: AgentCredentials = Field(default_factory=AgentCredentials)
    #: Seconds to wait for a blocking call's answer.
    timeout_s: float = Field(default=60.0, gt=0)
    connect_timeout_s: float = Field(default=5.0, gt=0)
    #: Seconds a stream may stay silent before the gateway gives up (None = no limit).
    stream_idle_timeout_s: float | None = Field(default=None, gt=0)
    #: Who may call it, besides key grants (``None`` = anyone the key grants allow).
    allowed_users: list[str] | None = None
    allowed_groups: list[str] | None = None
    #: Interface URLs in the card must be on ``url``'s origin (scheme, host and port); these
    #: origins (``https://api.example.com:8443``) are accepted too. A card could otherwise point
    #: the gateway at another service, on the agent's host or anywhere.
    card_origins: list[str] = Field(default_factory=list)
    #: Accept interface URLs on any origin (an agent you trust completely).
    trust_card_hosts: bool = False
    description: str | None = None

    @field_validator("card_origins")
    @classmethod
    def _origins(cls, v: list[str]) -> list[str]:
        for o in v:
            p = urlsplit(o)
            if p.scheme not in ("http", "https") or not p.hostname or p.path not in ("", "/") or p.query:
                raise ValueError(f"'{o}' is not an origin (scheme://host[:port])")
        return v

    @field_validator("url", "card_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if not (v.startswith("http://") or v.startswith("https://")):
            raise ValueError("must be an http:// or https:// URL")
        return v.rstrip("/")


class SSRFSettings(BaseModel):
    """Which destinations the gateway may POST push notifications to."""

    model_config = ConfigDict(extra="forbid")

    allow_loopback: bool = False
    allow_private: bool = False
    allow_link_local: bool = False
    #: Cloud metadata endpoints (169.254.169.254 and friends) stay blocked unless this is on.
    allow_metadata: bool = False
    #: Host names always allowed (exact match), e.g. an internal webhook receiver.
    allowed_hosts: list[str] = Field(default_factory=list)


class PushSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    #: Seconds to wait for a client's webhook.
    timeout_s: float = Field(default=10.0, gt=0)
    #: How long a push config is remembered (tasks that outlive this stop relaying).
    ttl_s: float = Field(default=7 * 24 * 3600, gt=0)
    ssrf: SSRFSettings = Field(default_factory=SSRFSettings)


class A2ASettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    agents: dict[str, AgentSettings] = Field(default_factory=dict)
    #: Seconds between card revalidations (ETag / If-None-Match).
    refresh_interval_s: float = Field(default=300.0, gt=0)
    #: ``Cache-Control: max-age`` on cards the gateway serves.
    card_max_age_s: int = Field(default=300, ge=0)
    #: Agents registered through the admin API may be on loopback/private addresses (cloud
    #: metadata addresses are refused regardless). Settings-file agents are always trusted.
    allow_private_urls: bool = False
    #: Serve rewritten cards without authentication (listing stays authenticated).
    public_cards: bool = False
    #: Largest agent card accepted, in bytes.
    max_card_bytes: int = Field(default=256 * 1024, ge=1024)
    #: Task ids remembered in memory (the store keeps all of them).
    task_cache_size: int = Field(default=100_000, ge=100)
    push: PushSettings = Field(default_factory=PushSettings)

    @field_validator("agents")
    @classmethod
    def _names(cls, v: dict[str, AgentSettings]) -> dict[str, AgentSettings]:
        for name in v:
            check_agent_name(name)
        return v


def load_a2a_settings(raw: dict[str, Any]) -> A2ASettings:
    """Validate ``settings.a2a``; raise ``SettingsError`` with the failing field paths."""
    return validate_section(A2ASettings, raw, "a2a")

"""The core's typed settings: every section the governance core reads, one pydantic model.

``CoreSettings`` holds the core's own sections (server, auth with its identity providers,
outbound tokens and OAuth server, audit, limits, cache, budgets, policy, semantic cache), each a
typed model. The front doors' sections (``llm``, ``mcp``, ``a2a``) are typed by their own models
next to their code; the one model that composes all of them, and the loader that reads the YAML
file and the environment, are in ``bastion/settings.py`` (the composition root): the core never
imports a front door. Every section is validated at start-up, so a bad value anywhere stops it
with the field's dotted path named.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bastion.gateway.budgets import BudgetSettings, BudgetSpec
from bastion.gateway.identity.mapping import MappingSettings, provider_settings
from bastion.gateway.oauth.settings import OAuthSettings
from bastion.gateway.outbound.settings import OutboundSettings
from bastion.gateway.policy.settings import PolicySettings
from bastion.gateway.sections import SettingsError, describe_validation_error
from bastion.gateway.semcache.settings import SemcacheSettings

__all__ = [
    "AuditSettings",
    "AuthSettings",
    "BudgetSettings",
    "BudgetSpec",
    "CacheSettings",
    "CoreSettings",
    "LimitSettings",
    "ServerSettings",
    "SettingsError",
    "describe_validation_error",
]

#: One ``auth.providers`` entry: the typed settings of the provider its ``type`` names.
ProviderEntry = Annotated[MappingSettings, BeforeValidator(provider_settings)]


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8787, ge=0, le=65535)
    #: Largest request body accepted, in bytes; larger bodies get 413.
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    #: Largest total size of request headers, in bytes; larger get 431.
    max_header_bytes: int = Field(default=32 * 1024, ge=1024)
    #: Public base URL of this gateway, used in rewritten agent cards and client configs.
    public_url: str | None = None
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    #: Seconds to wait for in-flight requests on SIGTERM (new connections are refused at once;
    #: the audit trail is flushed afterwards, then the process exits 0).
    graceful_timeout_s: float = Field(default=10.0, gt=0)
    #: Seconds a client has to send a request's headers (from connecting, or from the first
    #: byte of a keep-alive request); slower ones get 408 and are disconnected. 0 = no limit.
    header_timeout_s: float = Field(default=10.0, ge=0)
    #: Seconds a client has to send a request's body once its headers are in. 0 = no limit.
    body_timeout_s: float = Field(default=60.0, ge=0)
    #: Open connections allowed per client address; one more is answered 503 and closed.
    #: Behind a proxy or ingress all clients share its address: raise this or set 0 there.
    max_connections_per_peer: int = Field(default=256, ge=0)
    #: Serve /metrics without credentials (for scrapers on a private network). Off by default:
    #: scrape with an admin key as a bearer token.
    public_metrics: bool = False
    #: Serve the read-only operations dashboard at /dashboard (static files; its data calls go
    #: to the admin API with the operator's token).
    dashboard: bool = True


class AuthSettings(BaseModel):
    #: The admin key in clear (from BASTION_AUTH__ADMIN_KEY or BASTION_ADMIN_KEY). Only its hash
    #: is stored. When unset and no admin key exists yet, one is generated and printed once.
    admin_key: str | None = None
    #: Requests without credentials are refused unless this is on; they then act as the
    #: ``anonymous`` principal with the grants below.
    allow_anonymous: bool = False
    anonymous_roles: list[str] = Field(default_factory=list)
    #: Seconds a verified key stays in the in-process cache. Revocation on this replica is
    #: immediate; other replicas see it within this time.
    key_cache_ttl_s: float = Field(default=5.0, ge=0)
    #: Identity providers asked after the virtual-key check, in order (each entry has a
    #: ``type``: ``trusted_headers``, ``oidc``, ``ldap`` or ``saml``, and that provider's
    #: settings; see ``bastion/gateway/identity``).
    providers: list[ProviderEntry] = Field(default_factory=list)
    #: Bastion as a token issuer towards upstreams (per-user identity JWTs, token exchange).
    outbound: OutboundSettings = Field(default_factory=OutboundSettings)
    #: Bastion as the OAuth 2.1 authorization server of its MCP endpoints.
    oauth: OAuthSettings = Field(default_factory=OAuthSettings)


class AuditSettings(BaseModel):
    #: Records waiting to be written. When full, callers wait (back-pressure): nothing is dropped.
    queue_size: int = Field(default=10_000, ge=1)
    batch_size: int = Field(default=500, ge=1)
    flush_interval_s: float = Field(default=0.2, gt=0)
    #: After the first record, wait this long for more before writing (fewer transactions).
    linger_s: float = Field(default=0.05, ge=0, le=5)
    #: Days to keep trace records; 0 keeps them forever. The all-time counter is unaffected.
    retention_days: int = Field(default=0, ge=0)
    #: ``batch``: records are queued and written to the store in batches off the request path
    #: (fastest; a crash loses what was queued). ``ack``: a call's record is first appended to a
    #: local journal and fsync'ed (group commit) before its response completes, so nothing that
    #: was answered is lost, even on kill -9; the journal is replayed into the store at start-up.
    durability: Literal["batch", "ack"] = "batch"
    #: ``ack`` only: how long the journal waits for more records before one fsync for all of them.
    journal_window_s: float = Field(default=0.002, ge=0, le=0.1)
    #: Requests refused before a call exists (bad credentials on MCP, oversized requests): one
    #: record each up to this rate (burst ``refusal_burst``); beyond it they are counted in a
    #: metric and in one summary record per ``refusal_summary_s``.
    refusals_per_s: float = Field(default=20.0, gt=0)
    refusal_burst: int = Field(default=200, ge=1)
    refusal_summary_s: float = Field(default=10.0, gt=0)


class LimitSettings(BaseModel):
    #: Default requests per minute per key when the key sets none; 0 means unlimited.
    default_rpm: int = Field(default=0, ge=0)


class CacheSettings(BaseModel):
    #: ``memory://`` (in-process, bounded by bytes) or ``redis://host:port/db``.
    url: str = "memory://"
    max_bytes: int = Field(default=256 * 1024 * 1024, ge=1024)
    #: Largest single value stored (Redis and memory alike); larger results are not cached.
    max_value_bytes: int = Field(default=4 * 1024 * 1024, ge=1)

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not (v.startswith("memory://") or v.startswith("redis://") or v.startswith("rediss://")):
            raise ValueError("must start with memory://, redis:// or rediss://")
        return v


class CoreSettings(BaseSettings):
    """Everything the governance core reads at start-up (``bastion.settings.Settings`` adds the
    front doors' sections). Read from ``BASTION_*`` variables as well (``BASTION_SERVER__PORT``),
    which win over values given to the constructor (the YAML file)."""

    model_config = SettingsConfigDict(
        env_prefix="BASTION_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    #: Where the embedded store, vector index and other files live.
    data_dir: Path = Path(".bastion-data")
    #: SQLAlchemy async URL; default is a SQLite file under ``data_dir``.
    #: PostgreSQL: ``postgresql+asyncpg://user:pass@host/db``.
    store_url: str | None = None
    server: ServerSettings = Field(default_factory=ServerSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    cache: CacheSettings = Field(default_factory=CacheSettings)
    budgets: BudgetSettings = Field(default_factory=BudgetSettings)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    #: The LLM front door's semantic cache (a core service: the core builds it for the chat
    #: pipeline the LLM front door asks for).
    semcache: SemcacheSettings = Field(default_factory=SemcacheSettings)

    #: Set by ``load_settings``; not a user option.
    config_file: Path | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # YAML is passed in as init kwargs by load_settings, so the environment must win over
        # it: put env first.
        return (env_settings, init_settings)

    @property
    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite+aiosqlite:///{(self.data_dir / 'bastion.db').resolve()}"

"""Typed settings: one model, read from an optional YAML file and ``BASTION_*`` variables.

Precedence (highest first): constructor arguments, environment (``BASTION_SERVER__PORT=9000``),
the YAML file, defaults. Every default works with no file at all.

The front doors (``llm``, ``mcp``, ``a2a``) keep their own typed models next to their code; the
core only carries their sections as raw mappings so that it never imports a front door. Each
front door validates its section when the app is built, and a failure there is reported the same
way as one here: the dotted field path and the problem.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict


class SettingsError(Exception):
    """Invalid configuration. ``str()`` is a message a user can act on; no traceback is needed."""


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
    #: ``type``: ``trusted_headers``, ``oidc`` or ``ldap``; see ``bastion/gateway/identity``).
    providers: list[dict[str, Any]] = Field(default_factory=list)
    #: Bastion as a token issuer towards upstreams (per-user identity JWTs, token exchange);
    #: validated by ``bastion.gateway.outbound.settings``.
    outbound: dict[str, Any] = Field(default_factory=dict)
    #: Bastion as the OAuth 2.1 authorization server of its MCP endpoints; validated by
    #: ``bastion.gateway.oauth.settings``.
    oauth: dict[str, Any] = Field(default_factory=dict)


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


class BudgetSpec(BaseModel):
    """A spend and/or token cap per period (the same caps a key can carry)."""

    model_config = ConfigDict(extra="forbid")

    #: Spend cap in the price-table currency; None = no spend cap.
    max_spend: float | None = Field(default=None, ge=0)
    #: Token cap (input + output); None = no token cap.
    max_tokens: int | None = Field(default=None, ge=0)
    period: Literal["day", "month", "total"] = "month"

    @model_validator(mode="after")
    def _some_cap(self) -> BudgetSpec:
        if self.max_spend is None and self.max_tokens is None:
            raise ValueError("set max_spend or max_tokens (or both)")
        return self


class BudgetSettings(BaseModel):
    """Budgets per user id and per group name, shared by all their keys and logins. Budgets
    set through the admin API take precedence over these for the same user or group."""

    model_config = ConfigDict(extra="forbid")

    users: dict[str, BudgetSpec] = Field(default_factory=dict)
    groups: dict[str, BudgetSpec] = Field(default_factory=dict)


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


class Settings(BaseSettings):
    """Everything Bastion reads at start-up."""

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
    #: Front-door sections, validated by each front door's own model.
    llm: dict[str, Any] = Field(default_factory=dict)
    mcp: dict[str, Any] = Field(default_factory=dict)
    a2a: dict[str, Any] = Field(default_factory=dict)
    policy: dict[str, Any] = Field(default_factory=dict)
    semcache: dict[str, Any] = Field(default_factory=dict)

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


def describe_validation_error(err: ValidationError, prefix: str = "") -> str:
    """One line per problem: ``field.path: message`` (no traceback, no input echo of secrets)."""
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"])
        if prefix:
            loc = f"{prefix}.{loc}" if loc else prefix
        lines.append(f"  {loc or '(root)'}: {e['msg']}")
    return "invalid settings:\n" + "\n".join(lines)


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from an optional YAML file, the environment and overrides.

    Raises :class:`SettingsError` with a readable message on any problem.
    """
    data: dict[str, Any] = {}
    path = Path(config_file) if config_file else None
    if path is None and os.environ.get("BASTION_CONFIG"):
        path = Path(os.environ["BASTION_CONFIG"])
    if path is not None:
        try:
            loaded = yaml.safe_load(path.read_text()) or {}
        except FileNotFoundError:
            raise SettingsError(f"config file not found: {path}") from None
        except yaml.YAMLError as e:
            raise SettingsError(f"config file {path} is not valid YAML: {e}") from None
        if not isinstance(loaded, dict):
            raise SettingsError(f"config file {path} must hold a mapping at the top level")
        data.update(loaded)
    _merge(data, overrides)
    # The short, documented name for the admin key.
    if os.environ.get("BASTION_ADMIN_KEY") and "BASTION_AUTH__ADMIN_KEY" not in os.environ:
        data.setdefault("auth", {})["admin_key"] = os.environ["BASTION_ADMIN_KEY"]
    try:
        s = Settings(**data)
    except ValidationError as e:
        raise SettingsError(describe_validation_error(e)) from None
    s.config_file = path
    return s


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        else:
            into[k] = v

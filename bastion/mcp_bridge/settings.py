"""The ``mcp:`` settings section: upstream servers, virtual servers, safety and pinning rules.

Validated once when the front door is mounted; a bad section is reported like any other
settings error (dotted path and message).
"""

from __future__ import annotations

import os
import re
import shutil
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.gateway import secrets
from bastion.gateway.outbound.credentials import PER_USER_TYPES, UserCredentialSpec
from bastion.gateway.outbound.settings import check_token_exchange
from bastion.gateway.sections import validate_section
from bastion.mcp_bridge.sandbox import SandboxSettings
from bastion.mcp_bridge.toolcache_settings import ToolCacheSettings

#: Server names never contain "_" so that ``<server>__<name>`` splits unambiguously at the first
#: "__" and two servers can never produce the same exported name.
SERVER_NAME_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$")
SEP = "__"


def check_server_name(name: str) -> str:
    """Raise ``ValueError`` unless ``name`` is a valid server (or virtual server) name."""
    if not SERVER_NAME_RE.match(name):
        raise ValueError(
            f"invalid server name {name!r}: use 1-48 lower-case letters, digits and '-' "
            "(no '_', so exported names '<server>__<tool>' cannot collide)"
        )
    return name


class Secret(BaseModel):
    """A secret given inline or, better, by reference (``env:NAME``, ``${NAME}``, ``file:PATH``),
    resolved by the gateway's one resolver (``gateway.secrets``)."""

    model_config = ConfigDict(extra="forbid")
    value: str | None = None
    env: str | None = None

    @model_validator(mode="after")
    def _one_source(self) -> Secret:
        # An empty secret ({} or value: "") would be sent upstream as an empty credential.
        if bool(self.env) == bool(self.value):
            raise ValueError("give the secret as exactly one non-empty 'value' or 'env'")
        return self

    def resolve(self, where: str = "mcp.servers.*.auth") -> str:
        """The secret; a ``SettingsError`` naming ``where`` when the reference cannot be
        resolved (never an empty credential)."""
        if self.env:
            return secrets.resolve_secret(f"env:{self.env}", where)
        assert self.value  # _one_source
        return secrets.resolve_secret(self.value, where)


def _secret(v: Any) -> Any:
    # Accept a plain string (inline) or "env:NAME" as shorthand.
    if isinstance(v, str):
        return {"env": v[4:]} if v.startswith("env:") else {"value": v}
    return v


class UpstreamCredentials(BaseModel):
    """How the gateway authenticates to an HTTP upstream (never the client's own credentials).

    ``bearer``, ``api_key`` and ``oauth_client_credentials`` are one credential for the server;
    ``identity_jwt`` and ``token_exchange`` are per user (``bastion/gateway/outbound``): the
    upstream learns who the user is, and the hub never shares a session between users."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["bearer", "api_key", "oauth_client_credentials", "identity_jwt", "token_exchange"]
    token: Secret | None = None  # bearer
    #: api_key: the header (default ``X-API-Key``); per-user types: where the token goes
    #: (default ``Authorization`` with the ``Bearer`` scheme).
    header: str | None = None
    value: Secret | None = None  # api_key
    #: OAuth issuer; discovered from the server's protected-resource metadata when unset.
    issuer: str | None = None  # oauth_client_credentials
    client_id: str | None = None  # oauth_client_credentials, token_exchange
    client_secret: Secret | None = None
    scope: str | None = None
    #: identity_jwt: the ``aud`` claim (default the server's URL); token_exchange: the
    #: ``audience`` parameter.
    audience: str | None = None
    #: identity_jwt: token lifetime in seconds (at most ``auth.outbound.token_ttl_s``).
    ttl_s: int | None = Field(default=None, ge=30, le=3600)
    #: token_exchange (RFC 8693): the identity provider's token endpoint, the ``resource``
    #: parameter, how the gateway authenticates as a client, and which subject token it sends
    #: (``auto``: the user's own OIDC token when they signed in with one, else Bastion's
    #: identity JWT for them; ``identity_jwt``: always the latter).
    token_endpoint: str | None = None
    resource: str | None = None
    client_auth: Literal["client_secret_basic", "client_secret_post"] = "client_secret_basic"
    subject: Literal["auto", "identity_jwt"] = "auto"
    #: Refuse a plain-http token endpoint unless it is on loopback.
    require_https: bool = True

    _s1 = field_validator("token", "value", "client_secret", mode="before")(_secret)

    def check_secrets(self, where: str) -> None:
        """Resolve every secret once, so that a missing one stops start-up or registration with
        its field named (``SettingsError``) instead of failing later, upstream."""
        for name in ("token", "value", "client_secret"):
            secret: Secret | None = getattr(self, name)
            if secret is not None:
                secret.resolve(f"{where}.{name}")

    @model_validator(mode="after")
    def _complete(self) -> UpstreamCredentials:
        if self.type == "bearer" and self.token is None:
            raise ValueError("bearer credentials need 'token'")
        if self.type == "api_key" and self.value is None:
            raise ValueError("api_key credentials need 'value'")
        if self.type == "oauth_client_credentials" and not (self.client_id and self.client_secret):
            raise ValueError("oauth_client_credentials need client_id and client_secret")
        if self.type == "token_exchange":
            check_token_exchange(self.token_endpoint, self.client_id, require_https=self.require_https)
        if self.header is not None and not re.fullmatch(r"[A-Za-z0-9-]{1,64}", self.header):
            raise ValueError("header: not a valid HTTP header name")
        return self

    @property
    def per_user(self) -> bool:
        """A credential minted per user (the hub keeps such servers' sessions per user)."""
        return self.type in PER_USER_TYPES

    def user_spec(self) -> UserCredentialSpec:
        """The per-user credential for ``bastion.gateway.outbound`` (per-user types only)."""
        assert self.type in PER_USER_TYPES
        header = self.header or "Authorization"
        return UserCredentialSpec(
            type=self.type,  # type: ignore[arg-type]
            audience=self.audience,
            header=header,
            scheme="Bearer" if header.lower() == "authorization" else None,
            ttl_s=self.ttl_s,
            token_endpoint=self.token_endpoint,
            client_id=self.client_id,
            client_secret=self.client_secret.resolve("auth.client_secret") if self.client_secret else None,
            client_auth=self.client_auth,
            scope=self.scope,
            resource=self.resource,
            subject=self.subject,
        )


class ServerConfig(BaseModel):
    """One upstream MCP server: a stdio command or an HTTP URL."""

    model_config = ConfigDict(extra="forbid")
    name: str = ""
    description: str | None = None
    # stdio
    command: str | None = None
    args: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict)
    cwd: str | None = None
    # http
    url: str | None = None
    transport: Literal["auto", "streamable_http", "sse"] = "auto"
    headers: dict[str, str] = Field(default_factory=dict)
    credentials: UpstreamCredentials | None = None
    # behaviour
    #: "auto" detects the era (probe, fall back to the handshake); "legacy" always uses the
    #: 2025-era handshake (servers that must send live requests: elicitation, sampling).
    protocol: Literal["auto", "legacy"] = "auto"
    connect_timeout_s: float = Field(default=30.0, gt=0)
    call_timeout_s: float = Field(default=60.0, gt=0)
    trusted_annotations: bool = False
    enabled: bool = True
    #: stdio: options of ``mcp.sandbox`` overridden for this server (see ``sandbox.py``).
    sandbox: SandboxSettings | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> ServerConfig:
        if bool(self.command) == bool(self.url):
            raise ValueError("give exactly one of 'command' (stdio) or 'url' (HTTP)")
        if self.url and not self.url.startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        if self.credentials is not None and self.credentials.per_user and not self.url:
            raise ValueError("per-user credentials (identity_jwt, token_exchange) need an HTTP 'url'")
        if self.name:
            check_server_name(self.name)
        return self

    @property
    def kind(self) -> Literal["stdio", "http"]:
        return "stdio" if self.command else "http"

    def public_dict(self) -> dict[str, Any]:
        """The config without secret values (env values and header values are masked)."""
        d = self.model_dump(exclude_none=True)
        if d.get("env"):
            d["env"] = {k: "***" for k in d["env"]}
        if d.get("headers"):
            d["headers"] = {k: "***" for k in d["headers"]}
        if d.get("credentials"):
            d["credentials"] = {"type": d["credentials"]["type"]}
        return d


class VirtualServer(BaseModel):
    """A named subset of the hub exposed at ``/servers/{name}/mcp``.

    Patterns are exact names or globs over exported names (``time__*``); resources match on
    their URI or ``<server>__*``.
    """

    model_config = ConfigDict(extra="forbid")
    description: str | None = None
    tools: list[str] = Field(default_factory=lambda: ["*"])
    resources: list[str] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)
    #: Serve requests without credentials as the anonymous principal (e.g. for conformance runs
    #: on loopback). Off by default.
    allow_anonymous: bool = False
    #: Expose tool and prompt names without the ``<server>__`` prefix (for a virtual server that
    #: fronts one upstream, e.g. for clients or test suites that call fixed names). When two
    #: servers in the view have the same name, the first server (by name) wins.
    bare_names: bool = False


class SamplingSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: Answer an upstream's sampling request with the gateway's LLM front door when the
    #: downstream client cannot sample.
    enabled: bool = False
    model: str | None = None
    max_tokens: int = Field(default=1024, ge=1)


class McpSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    servers: dict[str, ServerConfig] = Field(default_factory=dict)
    virtual_servers: dict[str, VirtualServer] = Field(default_factory=dict)
    #: How stdio servers are isolated (defaults for all; each server may override options).
    sandbox: SandboxSettings = Field(default_factory=SandboxSettings)
    #: Executables (absolute paths or bare names) stdio servers may start; None = any.
    allowed_executables: list[str] | None = None
    #: What happens when an upstream changes a pinned tool definition: "record" audits and
    #: adopts it, "hold" audits and keeps serving the pinned one until an admin approves,
    #: "off" does not pin.
    pin_policy: Literal["off", "record", "hold"] = "record"
    #: URLs registered through the admin API may point at private/loopback addresses.
    allow_private_urls: bool = False
    sampling: SamplingSettings = Field(default_factory=SamplingSettings)
    #: Reconnect backoff for broken upstreams (seconds).
    backoff_initial_s: float = Field(default=0.5, gt=0)
    backoff_max_s: float = Field(default=30.0, gt=0)
    #: Largest single message accepted from an upstream or a client, in bytes.
    max_message_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    #: Legacy SSE endpoints (/sse + /messages/).
    legacy_sse: bool = True
    #: Serve plain 2026-07-28 ``tools/call`` POSTs on the gateway's lean path (``fastlane.py``)
    #: and send calls to upstreams beside the SDK session (``rawcall.py``); off = all through the SDK.
    fast_lane: bool = True
    #: Browser origins allowed on the MCP endpoints (Origin header check); None = no check
    #: (every request is authenticated anyway).
    allowed_origins: list[str] | None = None
    #: Host header values allowed on the MCP endpoints (DNS-rebinding protection for a gateway
    #: on localhost; ``host:*`` allows any port); None = no check.
    allowed_hosts: list[str] | None = None
    #: Servers with a per-user credential whose sessions are stateful (handshake era, legacy
    #: SSE): upstream sessions kept per server, one per user (LRU), and how long an idle one lives.
    user_sessions_max: int = Field(default=256, ge=1)
    user_session_idle_s: float = Field(default=300.0, gt=0)
    #: Servers that speak both eras: handshake-era sessions kept per server for handshake-era
    #: clients that can be asked (one per client session and user; LRU, idle ones close after
    #: ``user_session_idle_s``). Beyond the bound, such clients' calls go stateless (bridged).
    era_sessions_max: int = Field(default=32, ge=0)
    #: A 2026-07-28 client's call to a handshake-era server that asks live is parked between the
    #: client's rounds (input_required, then the retry with the answer) at most this long.
    bridge_timeout_s: float = Field(default=300.0, gt=0)
    #: Seconds to wait at start-up for upstreams to connect before serving (0 = do not wait).
    startup_wait_s: float = Field(default=0.0, ge=0)
    #: The tool-result cache (``toolcache_settings.py``).
    cache: ToolCacheSettings = Field(default_factory=ToolCacheSettings)

    @model_validator(mode="after")
    def _names(self) -> McpSettings:
        for name, cfg in self.servers.items():
            check_server_name(name)
            cfg.name = name
        for name in self.virtual_servers:
            check_server_name(name)
        return self


def load_mcp_settings(raw: dict[str, Any]) -> McpSettings:
    """Validate ``settings.mcp``; raise ``SettingsError`` with readable messages."""
    return validate_section(McpSettings, raw, "mcp")


def executable_allowed(command: str, allowed: list[str] | None) -> bool:
    """Whether ``command`` may be started under the allow-list (None = all)."""
    if allowed is None:
        return True
    if command in allowed:
        return True
    # A bare name in the list allows that program as found on PATH, not any file of that name.
    real = os.path.realpath(command) if os.path.isabs(command) else None
    for a in allowed:
        if os.sep not in a and real is not None:
            found = shutil.which(a)
            if found and os.path.realpath(found) == real:
                return True
    return False

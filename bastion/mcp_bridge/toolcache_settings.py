"""Settings of the MCP tool-result cache: the ``mcp.cache`` section.

Example::

    mcp:
      cache:
        ttl_s: 60              # read-only tools with openWorldHint == false
        open_world_ttl_s: 10   # read-only tools that may see the outside world change
        servers:
          github:
            trust_annotations: true
            scope: principal
            tools:
              search_code: {ttl_s: 300}
              create_issue: {invalidates: [list_issues, get_issue]}
          time:
            tools:
              get_current_time: {cacheable: false}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion.gateway.sections import validate_section

#: Who may share a cached tool result: the same principal (default), principals with the same
#: set of groups, or everybody allowed to call the tool.
Scope = Literal["principal", "group", "shared"]
#: The MCP ``cacheScope`` values for list/read results.
ListScope = Literal["private", "public"]


class ToolRule(BaseModel):
    """Overrides for one upstream tool (by its upstream name)."""

    model_config = ConfigDict(extra="forbid")

    #: ``true``: cache even without (trusted) ``readOnlyHint``; ``false``: never cache.
    cacheable: bool | None = None
    ttl_s: float | None = Field(default=None, ge=0)
    scope: Scope | None = None
    #: For a tool that writes: the tools whose entries a call drops (default: the whole
    #: server's entries; ``[]``: none).
    invalidates: list[str] | None = None


class ServerRule(BaseModel):
    """Overrides for one upstream server (by its configured name)."""

    model_config = ConfigDict(extra="forbid")

    #: ``false`` switches all caching off for this server (tool results and lists).
    enabled: bool = True
    #: Override the front door's trust decision for this server's annotations.
    trust_annotations: bool | None = None
    ttl_s: float | None = Field(default=None, ge=0)
    open_world_ttl_s: float | None = Field(default=None, ge=0)
    scope: Scope | None = None
    invalidates: list[str] | None = None
    #: List/read results of servers that send no ``ttlMs``/``cacheScope`` hints (legacy era).
    list_ttl_s: float | None = Field(default=None, ge=0)
    list_scope: ListScope | None = None
    tools: dict[str, ToolRule] = Field(default_factory=dict)


class ToolCacheSettings(BaseModel):
    """The ``mcp.cache`` section."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    #: TTL of read-only tools that declare ``openWorldHint: false``.
    ttl_s: float = Field(default=60.0, ge=0)
    #: TTL of read-only tools whose ``openWorldHint`` is not ``false`` (the spec default is
    #: "open world": the result can change without any call through this gateway).
    open_world_ttl_s: float = Field(default=10.0, ge=0)
    #: Upper bound for any TTL, including upstream ``ttlMs`` hints.
    max_ttl_s: float = Field(default=24 * 3600.0, gt=0)
    scope: Scope = "principal"
    #: A call to a tool that is not read-only drops its server's entries.
    invalidate_on_write: bool = True
    #: ``true``: calls carrying a ``progressToken`` are neither served from nor stored in the
    #: cache (a hit cannot replay the upstream's progress notifications).
    replay_progress: bool = False
    #: How long a concurrent identical call waits for the first one before calling upstream
    #: itself.
    single_flight_wait_s: float = Field(default=30.0, gt=0)
    #: List/read results of servers without ``ttlMs``/``cacheScope`` hints.
    list_ttl_s: float = Field(default=60.0, ge=0)
    list_scope: ListScope = "private"
    servers: dict[str, ServerRule] = Field(default_factory=dict)

    @classmethod
    def from_mcp_section(cls, mcp: dict[str, Any]) -> ToolCacheSettings:
        """Validate ``mcp["cache"]`` alone; raise ``SettingsError`` naming the bad field."""
        return validate_section(cls, mcp.get("cache"), "mcp.cache")

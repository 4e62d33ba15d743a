"""Counters of the tool-result cache: Prometheus metrics plus an in-process summary for the
admin API, and a moving average of upstream latency per tool (to estimate time saved)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry, Counter

#: Weight of the newest sample in the upstream-latency moving average.
_EWMA_ALPHA = 0.2


@dataclass(slots=True)
class ToolCounters:
    hits: int = 0
    misses: int = 0
    bypasses: int = 0
    stores: int = 0
    invalidations: int = 0
    saved_s: float = 0.0
    #: Moving average of the upstream's latency for this tool, seconds (0 = no sample yet).
    upstream_avg_s: float = 0.0


class ToolCacheStats:
    """Counts per (server, tool); exported to Prometheus and summarised for the admin API."""

    def __init__(self, registry: CollectorRegistry | None) -> None:
        registry = registry if registry is not None else CollectorRegistry()
        self._lookups = _counter(
            registry,
            "bastion_mcp_toolcache_lookups_total",
            "Tool-result cache lookups by outcome (hit, miss, bypass).",
            ("server", "tool", "outcome"),
        )
        self._saved = _counter(
            registry,
            "bastion_mcp_toolcache_saved_seconds_total",
            "Estimated upstream time saved by tool-result cache hits.",
            ("server", "tool"),
        )
        self._invalidations = _counter(
            registry,
            "bastion_mcp_toolcache_invalidations_total",
            "Namespace drops of the tool-result cache by reason.",
            ("server", "reason"),
        )
        self._tools: dict[tuple[str, str], ToolCounters] = {}

    def _of(self, server: str, tool: str) -> ToolCounters:
        c = self._tools.get((server, tool))
        if c is None:
            c = self._tools[(server, tool)] = ToolCounters()
        return c

    def upstream_avg_s(self, server: str, tool: str) -> float:
        c = self._tools.get((server, tool))
        return c.upstream_avg_s if c is not None else 0.0

    def observe_upstream(self, server: str, tool: str, seconds: float) -> None:
        c = self._of(server, tool)
        c.upstream_avg_s = (
            seconds if c.upstream_avg_s == 0.0 else c.upstream_avg_s + _EWMA_ALPHA * (seconds - c.upstream_avg_s)
        )

    def hit(self, server: str, tool: str, saved_s: float) -> None:
        c = self._of(server, tool)
        c.hits += 1
        c.saved_s += saved_s
        self._lookups.labels(server, tool, "hit").inc()
        self._saved.labels(server, tool).inc(saved_s)

    def miss(self, server: str, tool: str) -> None:
        self._of(server, tool).misses += 1
        self._lookups.labels(server, tool, "miss").inc()

    def bypass(self, server: str, tool: str) -> None:
        self._of(server, tool).bypasses += 1
        self._lookups.labels(server, tool, "bypass").inc()

    def stored(self, server: str, tool: str) -> None:
        self._of(server, tool).stores += 1

    def invalidated(self, server: str, reason: str) -> None:
        self._invalidations.labels(server, reason).inc()

    def summary(self) -> dict[str, Any]:
        """Totals and per-tool rows (the admin API's ``GET /admin/cache/tools``)."""
        rows = []
        totals = ToolCounters()
        for (server, tool), c in sorted(self._tools.items()):
            looked = c.hits + c.misses
            rows.append(
                {
                    "server": server,
                    "tool": tool,
                    "hits": c.hits,
                    "misses": c.misses,
                    "bypasses": c.bypasses,
                    "stores": c.stores,
                    "hit_ratio": round(c.hits / looked, 4) if looked else None,
                    "saved_s": round(c.saved_s, 4),
                    "upstream_avg_ms": round(c.upstream_avg_s * 1000.0, 3),
                }
            )
            totals.hits += c.hits
            totals.misses += c.misses
            totals.bypasses += c.bypasses
            totals.stores += c.stores
            totals.saved_s += c.saved_s
        looked = totals.hits + totals.misses
        return {
            "hits": totals.hits,
            "misses": totals.misses,
            "bypasses": totals.bypasses,
            "stores": totals.stores,
            "hit_ratio": round(totals.hits / looked, 4) if looked else None,
            "saved_s": round(totals.saved_s, 4),
            "tools": rows,
        }


def _counter(registry: CollectorRegistry, name: str, doc: str, labels: tuple[str, ...]) -> Counter:
    """A counter on ``registry``, reusing one already registered under that name (a second
    ``ToolCache`` on the same core must not fail on duplicate registration)."""
    try:
        return Counter(name, doc, labels, registry=registry)
    except ValueError:
        existing = registry._names_to_collectors.get(name.removesuffix("_total"))  # noqa: SLF001
        if isinstance(existing, Counter):
            return existing
        raise

"""Usage over time from the audit trail: calls, errors, latency percentiles, tokens and cost per
time bucket, split by one dimension (user, group, model, MCP server, agent, front door).

What the dashboard's spend charts draw (``GET /admin/usage``); the trail is the one source, so
a chart point and the traces behind it always agree (the point's ``since``/``until`` and series
key are the trace search's filters).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, Field, model_validator

from bastion.gateway.store import Store, traces

Dimension = Literal["none", "user", "group", "model", "server", "agent", "front_door"]

#: Most rows one query aggregates; a window holding more answers with ``truncated: true``.
MAX_ROWS = 200_000
#: Most buckets in one answer (a chart wider than this is unreadable anyway).
MAX_BUCKETS = 500


class UsageQuery(BaseModel):
    since: float | None = Field(default=None, description="epoch seconds; default: one day before until")
    until: float | None = Field(default=None, description="epoch seconds; default: now")
    bucket_s: int = Field(default=3600, ge=1, le=31 * 86400)
    by: Dimension = "none"
    #: Admin API calls are governance traffic, not usage: left out unless asked for.
    include_admin: bool = False
    #: Only calls of this user (the trace search's ``user``: id or e-mail).
    user: str | None = None

    @model_validator(mode="after")
    def _window(self) -> UsageQuery:
        until = self.until if self.until is not None else time.time()
        since = self.since if self.since is not None else until - 86400
        if since >= until:
            raise ValueError("since must be before until")
        if (until - since) / self.bucket_s > MAX_BUCKETS:
            raise ValueError(f"at most {MAX_BUCKETS} buckets: widen bucket_s or narrow the window")
        self.since, self.until = since, until
        return self


@dataclass(slots=True)
class _Bucket:
    calls: int = 0
    errors: int = 0
    refused: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    cache_hits: int = 0
    latencies: list[float] = field(default_factory=list)

    def add(self, status: str, ms: float, tin: int | None, tout: int | None, cost: float | None, hit: bool) -> None:
        self.calls += 1
        if status == "error":
            self.errors += 1
        elif status == "refused":
            self.refused += 1
        self.tokens_in += tin or 0
        self.tokens_out += tout or 0
        self.cost += cost or 0.0
        self.cache_hits += hit
        self.latencies.append(ms)

    def as_dict(self) -> dict[str, Any]:
        lat = sorted(self.latencies)
        return {
            "calls": self.calls,
            "errors": self.errors,
            "refused": self.refused,
            "p50_ms": _percentile(lat, 0.50),
            "p99_ms": _percentile(lat, 0.99),
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cost": round(self.cost, 8),
            "cache_hits": self.cache_hits,
        }


def _percentile(ordered: list[float], q: float) -> float | None:
    """Nearest-rank percentile of an ascending list (None for no values)."""
    if not ordered:
        return None
    return round(ordered[max(0, math.ceil(q * len(ordered)) - 1)], 3)


def _cache_hit(cache: Any) -> bool:
    """The LLM cache says ``result: hit``, the tool-result cache ``hit: true``."""
    return isinstance(cache, dict) and (cache.get("result") == "hit" or cache.get("hit") is True)


def series_keys(by: Dimension, row: sa.RowMapping) -> Iterable[str]:
    """The series a call counts in for dimension ``by`` (a call of several groups is in each)."""
    if by == "none":
        return ("all",)
    if by == "user":
        return (row["user_id"] or "(anonymous)",)
    if by == "group":
        return tuple(row["groups"] or ()) or ("(no group)",)
    if by == "front_door":
        return (row["front_door"],)
    kind, target = row["kind"], row["target"]
    if by == "model":
        return (target,) if kind in ("chat", "embedding") else ()
    if by == "agent":
        return (target,) if kind == "agent" or row["front_door"] == "a2a" else ()
    # by == "server": MCP calls name their server in attrs, else in the namespaced target.
    if row["front_door"] != "mcp":
        return ()
    attrs = row["attrs"] or {}
    server = attrs.get("server") if isinstance(attrs, dict) else None
    return (str(server or target.split("__", 1)[0]),)


class UsageSeries:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def query(self, q: UsageQuery) -> dict[str, Any]:
        assert q.since is not None and q.until is not None  # filled in by the validator
        t = traces
        cols = (
            t.c.started_at,
            t.c.duration_ms,
            t.c.status,
            t.c.front_door,
            t.c.kind,
            t.c.target,
            t.c.user_id,
            t.c.groups,
            t.c.tokens_in,
            t.c.tokens_out,
            t.c.cost,
            t.c.cache,
            t.c.attrs,
        )
        conds = [t.c.started_at >= q.since, t.c.started_at < q.until]
        if not q.include_admin:
            conds.append(t.c.front_door != "admin")
        if q.user:
            conds.append(sa.or_(t.c.user_id == q.user, t.c.email == q.user))
        stmt = sa.select(*cols).where(*conds).order_by(t.c.started_at).limit(MAX_ROWS + 1)
        async with self.store.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        truncated = len(rows) > MAX_ROWS
        start = math.floor(q.since / q.bucket_s) * q.bucket_s
        n = max(1, math.ceil((q.until - start) / q.bucket_s))
        per: dict[str, dict[int, _Bucket]] = defaultdict(dict)
        total = _Bucket()
        for r in rows[:MAX_ROWS]:
            i = int((r["started_at"] - start) // q.bucket_s)
            hit = _cache_hit(r["cache"])
            args = (r["status"], float(r["duration_ms"]), r["tokens_in"], r["tokens_out"], r["cost"], hit)
            total.add(*args)
            for key in series_keys(q.by, r):
                per[key].setdefault(i, _Bucket()).add(*args)
        series: list[dict[str, Any]] = []
        for key, buckets in per.items():
            points = [{"t": start + i * q.bucket_s, **(buckets.get(i) or _Bucket()).as_dict()} for i in range(n)]
            series.append({"key": key, "totals": _merge(buckets.values()).as_dict(), "points": points})
        # Biggest first: the chart's legend and colours follow this order.
        series.sort(key=lambda s: (-s["totals"]["calls"], s["key"]))
        return {
            "since": q.since,
            "until": q.until,
            "bucket_s": q.bucket_s,
            "by": q.by,
            "buckets": [start + i * q.bucket_s for i in range(n)],
            "series": series,
            "totals": total.as_dict(),
            "truncated": truncated,
        }


def _merge(buckets: Iterable[_Bucket]) -> _Bucket:
    out = _Bucket()
    for b in buckets:
        out.calls += b.calls
        out.errors += b.errors
        out.refused += b.refused
        out.tokens_in += b.tokens_in
        out.tokens_out += b.tokens_out
        out.cost += b.cost
        out.cache_hits += b.cache_hits
        out.latencies.extend(b.latencies)
    return out

"""Reading the audit trail: search with filters and pagination, one trace, the all-time count."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, Field

from bastion.gateway.audit import CALLS_COUNTER
from bastion.gateway.store import Store, counters, traces


class TraceQuery(BaseModel):
    user: str | None = None
    kind: str | None = None
    target: str | None = None
    status: str | None = None
    front_door: str | None = None
    since: float | None = Field(default=None, description="epoch seconds, inclusive")
    until: float | None = Field(default=None, description="epoch seconds, exclusive")
    limit: int = Field(default=50, ge=1, le=1000)
    #: Opaque cursor from a previous page (the last ``seq`` seen); newest first.
    cursor: int | None = None


class TraceReader:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def search(self, q: TraceQuery) -> dict[str, Any]:
        stmt = sa.select(traces).order_by(traces.c.seq.desc()).limit(q.limit + 1)
        conds = []
        if q.user:
            conds.append(sa.or_(traces.c.user_id == q.user, traces.c.email == q.user))
        for col, val in ((traces.c.kind, q.kind), (traces.c.status, q.status), (traces.c.front_door, q.front_door)):
            if val:
                conds.append(col == val)
        if q.target:
            conds.append(
                traces.c.target.like(q.target.replace("*", "%")) if "*" in q.target else traces.c.target == q.target
            )
        if q.since is not None:
            conds.append(traces.c.started_at >= q.since)
        if q.until is not None:
            conds.append(traces.c.started_at < q.until)
        if q.cursor is not None:
            conds.append(traces.c.seq < q.cursor)
        if conds:
            stmt = stmt.where(*conds)
        async with self.store.connect() as conn:
            rows = (await conn.execute(stmt)).all()
        items = [_row(r) for r in rows[: q.limit]]
        next_cursor = rows[q.limit - 1]._mapping["seq"] if len(rows) > q.limit else None
        return {"items": items, "next_cursor": next_cursor}

    async def get(self, trace_id: str) -> dict[str, Any] | None:
        async with self.store.connect() as conn:
            row = (await conn.execute(sa.select(traces).where(traces.c.trace_id == trace_id))).first()
        return _row(row) if row else None

    async def total_calls(self) -> int:
        async with self.store.connect() as conn:
            row = (await conn.execute(sa.select(counters.c.value).where(counters.c.name == CALLS_COUNTER))).first()
        return int(row[0]) if row else 0


def _row(r: sa.Row[Any]) -> dict[str, Any]:
    d = dict(r._mapping)
    d.pop("seq", None)
    return d

"""Budgets: caps on spend and tokens per key, per day, month or in total, really enforced.

The hot path reads two counters in the cache backend (shared through Redis by every replica)
and refuses with 429 once a cap is reached; the call's tokens and cost are added when it ends
(streams included). Counters are seeded once per key and period from the audit trail, so a
restart of an in-process gateway does not hand out a fresh budget.
"""

from __future__ import annotations

import calendar
import time
import sqlalchemy as sa

from bastion.gateway.call import Call, Refusal
from bastion.gateway.kv import KVStore
from bastion.gateway.principal import Budget, BudgetPeriod
from bastion.gateway.store import Store, traces

#: Counters of a "total" budget never expire; this is long enough.
_TOTAL_TTL = 10 * 365 * 86400.0


def period_window(period: BudgetPeriod, now: float) -> tuple[str, float, float | None]:
    """(period id, start, end) in UTC epoch seconds; a total budget has no end."""
    t = time.gmtime(now)
    if period == "day":
        start = calendar.timegm((t.tm_year, t.tm_mon, t.tm_mday, 0, 0, 0))
        return time.strftime("%Y%m%d", t), float(start), float(start + 86400)
    if period == "month":
        start = calendar.timegm((t.tm_year, t.tm_mon, 1, 0, 0, 0))
        ny, nm = (t.tm_year + 1, 1) if t.tm_mon == 12 else (t.tm_year, t.tm_mon + 1)
        return time.strftime("%Y%m", t), float(start), float(calendar.timegm((ny, nm, 1, 0, 0, 0)))
    return "total", 0.0, None


class BudgetLedger:
    def __init__(self, kv: KVStore, store: Store) -> None:
        self.kv = kv
        self.store = store
        self._seeded: set[tuple[str, str]] = set()

    async def check(self, key_id: str, budget: Budget) -> None:
        """Refuse (429) when the key's budget for the current period is used up."""
        now = time.time()
        pid, start, end = period_window(budget.period, now)
        spend, tokens = await self._usage(key_id, pid, start, end, now)
        if budget.max_spend is not None and spend >= budget.max_spend:
            what = f"spend budget of {budget.max_spend:g}"
        elif budget.max_tokens is not None and tokens >= budget.max_tokens:
            what = f"token budget of {budget.max_tokens}"
        else:
            return
        period = "in total" if end is None else f"for this {budget.period}"
        raise Refusal(429, "budget_exceeded", f"the key's {what} {period} is used up",
                      retry_after=(end - now) if end is not None else None)

    async def charge(self, key_id: str, budget: Budget, call: Call) -> None:
        """Add a finished call's cost and tokens to the key's counters."""
        tokens = (call.tokens_in or 0) + (call.tokens_out or 0)
        if not tokens and not call.cost:
            return
        now = time.time()
        pid, _, end = period_window(budget.period, now)
        ttl = (end - now + 3600) if end is not None else _TOTAL_TTL
        if call.cost:
            await self.kv.add(f"budget:{key_id}:{pid}:spend", call.cost, ttl)
        if tokens:
            await self.kv.add(f"budget:{key_id}:{pid}:tokens", tokens, ttl)

    async def _usage(self, key_id: str, pid: str, start: float, end: float | None,
                     now: float) -> tuple[float, float]:
        ttl = (end - now + 3600) if end is not None else _TOTAL_TTL
        spend_key, tokens_key = f"budget:{key_id}:{pid}:spend", f"budget:{key_id}:{pid}:tokens"
        spend = await self.kv.add(spend_key, 0, ttl)
        tokens = await self.kv.add(tokens_key, 0, ttl)
        if (key_id, pid) not in self._seeded:
            # Once per key and period in this process: make the counters at least what the
            # audit trail already records (a restart, or a replica joining, starts from there).
            self._seeded.add((key_id, pid))
            db_spend, db_tokens = await self._recorded(key_id, start)
            if db_spend > spend:
                spend = await self.kv.add(spend_key, db_spend - spend, ttl)
            if db_tokens > tokens:
                tokens = await self.kv.add(tokens_key, db_tokens - tokens, ttl)
        return spend, tokens

    async def _recorded(self, key_id: str, since: float) -> tuple[float, float]:
        q = sa.select(
            sa.func.coalesce(sa.func.sum(traces.c.cost), 0.0),
            sa.func.coalesce(sa.func.sum(sa.func.coalesce(traces.c.tokens_in, 0) + sa.func.coalesce(traces.c.tokens_out, 0)), 0),
        ).where(traces.c.key_id == key_id, traces.c.started_at >= since)
        async with self.store.connect() as conn:
            row = (await conn.execute(q)).one()
        return float(row[0] or 0), float(row[1] or 0)

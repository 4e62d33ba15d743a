"""Stage 3: rate limits per key (requests per minute) and budgets (spend, tokens; per key,
user and group), shared across replicas through the cache backend (Redis when configured).

A fixed one-minute window keyed by key id and minute is one ``INCR`` per call; its burst at
window edges is acceptable for abuse protection, and it needs no clock agreement between
replicas beyond the minute.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bastion.gateway.budgets import Applicable, BudgetLedger
from bastion.gateway.call import Call, Refusal
from bastion.gateway.kv import KVStore
from bastion.gateway.pipeline import StageOutcome


class RateLimiter:
    def __init__(self, kv: KVStore, default_rpm: int) -> None:
        self.kv = kv
        self.default_rpm = default_rpm

    async def check(self, subject: str, rpm: int) -> float | None:
        """Count one request; returns seconds to wait if over the limit, else None."""
        now = time.time()
        window = int(now // 60)
        n = await self.kv.incr(f"rl:{subject}:{window}", 61.0)
        if n > rpm:
            return max(0.001, (window + 1) * 60 - now)
        return None


@dataclass(frozen=True, slots=True)
class _Checked:
    """The budgets checked for a call: the same ones are charged when it ends."""

    budgets: tuple[Applicable, ...]


class Limit:
    name = "limit"

    def __init__(self, limiter: RateLimiter, ledger: BudgetLedger) -> None:
        self.limiter = limiter
        self.ledger = ledger

    async def process(self, call: Call) -> StageOutcome:
        p = call.principal
        assert p is not None
        rpm = p.rpm_limit or self.limiter.default_rpm
        # Admin calls cost nothing and must stay possible when a budget is used up (to raise it).
        budgets = () if call.kind == "admin" else await self.ledger.applicable(p)
        if rpm <= 0 and not budgets:
            return "skipped"
        if rpm > 0:
            wait = await self.limiter.check(p.key_id or p.user_id, rpm)
            if wait is not None:
                raise Refusal(
                    429,
                    "rate_limited",
                    f"rate limit of {rpm} requests per minute exceeded",
                    retry_after=wait,
                )
        if budgets:
            # The same budgets are charged when the call ends (no second lookup).
            call.put(_Checked(budgets))
            await self.ledger.check_all(budgets)
        return None

    async def finish(self, call: Call) -> None:
        """After the call (streams: after the last chunk): charge its cost and tokens to every
        budget checked for it (key, user, groups)."""
        checked = call.fact(_Checked)
        if checked is not None:
            await self.ledger.charge_all(checked.budgets, call)

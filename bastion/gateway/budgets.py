"""Budgets: caps on spend and tokens per key, per user and per group, per day, month or in
total, really enforced.

A call must pass every budget that applies to its principal: the key's own (``Principal.budget``),
the user's (all of the user's keys and identity-provider logins together) and one per group the
principal is in (everyone in the group together). User and group budgets come from the admin API
(table ``budgets``) or the ``budgets`` settings section (the admin API wins for the same subject);
they are resolved once per principal and kept in-process for ``cache_ttl_s`` like verified keys,
so the hot path is a dict lookup plus one counter read per capped metric.

Counters live in the cache backend (shared through Redis by every replica); the limit stage
refuses with 429 once a cap is reached and the call's tokens and cost are added to every
applicable counter when it ends (streams included). Each counter is seeded once per process from
the audit trail, so a restart does not hand out a fresh budget.
"""

from __future__ import annotations

import asyncio
import calendar
import functools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, model_validator

from bastion.gateway.call import Call, Refusal
from bastion.gateway.kv import KVStore
from bastion.gateway.principal import Budget, BudgetPeriod, Principal
from bastion.gateway.store import Store, metadata, traces

log = logging.getLogger("bastion.budgets")

Scope = Literal["key", "user", "group"]
Metric = Literal["spend", "tokens"]

#: Counters of a "total" budget never expire; this is long enough.
_TOTAL_TTL = 10 * 365 * 86400.0
#: Bounds on the in-process memo tables (cleared wholesale when reached: both are caches).
_MAX_RESOLVED = 50_000
_MAX_SEEDS = 100_000

#: Budgets per user and per group set through the admin API (keys carry theirs in ``api_keys``).
budgets = sa.Table(
    "budgets",
    metadata,
    sa.Column("scope", sa.String(8), primary_key=True),  # "user" or "group"
    sa.Column("subject", sa.String(200), primary_key=True),  # user id or group name
    sa.Column("max_spend", sa.Float, nullable=True),
    sa.Column("max_tokens", sa.BigInteger, nullable=True),
    sa.Column("period", sa.String(8), nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


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


@dataclass(frozen=True, slots=True)
class Applicable:
    """One budget that applies to a call: whose it is and its caps."""

    scope: Scope
    subject: str
    budget: Budget
    #: Counter name prefix in the KV store (key budgets keep their original names).
    prefix: str

    @classmethod
    def of(cls, scope: Scope, subject: str, budget: Budget) -> Applicable:
        prefix = f"budget:{subject}" if scope == "key" else f"budget:{scope}:{subject}"
        return cls(scope, subject, budget, prefix)

    def owner(self) -> str:
        """How the refusal names the budget (only the caller's own key, user id or group)."""
        if self.scope == "key":
            return "the key's"
        return f"{self.scope} {self.subject}'s"


@dataclass(slots=True)
class _Resolved:
    budgets: tuple[Applicable, ...]
    until: float  # monotonic time the entry is good until


@dataclass(frozen=True, slots=True)
class SubjectBudget:
    """A user or group budget as the admin API shows it."""

    scope: Scope
    subject: str
    spec: BudgetSpec
    source: Literal["admin", "settings"]

    def as_dict(self) -> dict[str, Any]:
        return {"scope": self.scope, "subject": self.subject, **self.spec.model_dump(), "source": self.source}


def _budget_of(spec: BudgetSpec) -> Budget:
    return Budget(max_spend=spec.max_spend, max_tokens=spec.max_tokens, period=spec.period)


class BudgetBook:
    """Where user and group budgets are kept (admin API table + settings), and the in-process
    memo of which budgets apply to a principal."""

    def __init__(self, store: Store, settings: BudgetSettings | None = None, cache_ttl_s: float = 5.0) -> None:
        self.store = store
        self.settings = settings or BudgetSettings()
        self.cache_ttl_s = cache_ttl_s
        self._resolved: dict[tuple[Any, ...], _Resolved] = {}
        #: Resolutions in progress: the concurrent calls of one principal whose memo entry
        #: expired share one query instead of each running it.
        self._resolving: dict[tuple[Any, ...], asyncio.Future[tuple[Applicable, ...]]] = {}
        #: Bumped by ``invalidate``: a resolution that started before it is not memoised.
        self._generation = 0
        # Built once (composing the statement per lookup showed up in profiles).
        user_cond = sa.and_(budgets.c.scope == "user", budgets.c.subject == sa.bindparam("user_id"))
        self._user_query = sa.select(budgets).where(user_cond)
        self._user_groups_query = sa.select(budgets).where(
            sa.or_(
                user_cond,
                sa.and_(budgets.c.scope == "group", budgets.c.subject.in_(sa.bindparam("groups", expanding=True))),
            )
        )

    async def applicable(self, p: Principal) -> tuple[Applicable, ...]:
        """Every budget that applies to ``p``: its key's, its user's, one per group."""
        memo_key = (p.key_id, p.budget, p.user_id, p.groups)
        now_m = time.monotonic()
        hit = self._resolved.get(memo_key)
        if hit is not None and hit.until > now_m:
            return hit.budgets
        resolving = self._resolving.get(memo_key)
        if resolving is None:
            resolving = self._resolving[memo_key] = asyncio.ensure_future(self._resolve(p, memo_key, now_m))
            resolving.add_done_callback(functools.partial(self._forget, memo_key))
        # Shielded: a caller that goes away does not cancel the lookup the others wait for.
        return await asyncio.shield(resolving)

    def _forget(self, memo_key: tuple[Any, ...], f: asyncio.Future[Any]) -> None:
        if self._resolving.get(memo_key) is f:
            del self._resolving[memo_key]
        if not f.cancelled():
            f.exception()  # retrieved: a failure is reported to the waiters, not the loop

    async def _resolve(self, p: Principal, memo_key: tuple[Any, ...], now_m: float) -> tuple[Applicable, ...]:
        generation = self._generation
        found: list[Applicable] = []
        if p.budget is not None and p.key_id:
            found.append(Applicable.of("key", p.key_id, p.budget))
        groups = tuple(dict.fromkeys(p.groups))
        stored = await self._load(p.user_id, groups)
        for scope, subject in (("user", p.user_id), *(("group", g) for g in groups)):
            spec = stored.get((scope, subject)) or self._configured(scope, subject)
            if spec is not None:
                found.append(Applicable.of(scope, subject, _budget_of(spec)))  # type: ignore[arg-type]
        budgets_found = tuple(found)
        if generation == self._generation:
            if len(self._resolved) >= _MAX_RESOLVED:
                self._resolved.clear()
            self._resolved[memo_key] = _Resolved(budgets_found, now_m + self.cache_ttl_s)
        return budgets_found

    def invalidate(self) -> None:
        """Forget resolved budgets (after a change on this replica; others see it within the TTL)."""
        self._generation += 1
        self._resolving.clear()
        self._resolved.clear()

    def _configured(self, scope: str, subject: str) -> BudgetSpec | None:
        table = self.settings.users if scope == "user" else self.settings.groups
        return table.get(subject)

    async def _load(self, user_id: str, groups: Sequence[str]) -> dict[tuple[str, str], BudgetSpec]:
        if groups:
            query, params = self._user_groups_query, {"user_id": user_id, "groups": list(groups)}
        else:
            query, params = self._user_query, {"user_id": user_id}
        async with self.store.connect() as conn:
            rows = (await conn.execute(query, params)).all()
        return {(r.scope, r.subject): _spec_of(r) for r in rows}

    async def get(self, scope: Scope, subject: str) -> SubjectBudget | None:
        """The budget in force for a user or group (admin API first, then settings)."""
        async with self.store.connect() as conn:
            row = (
                await conn.execute(sa.select(budgets).where(budgets.c.scope == scope, budgets.c.subject == subject))
            ).first()
        if row is not None:
            return SubjectBudget(scope, subject, _spec_of(row), "admin")
        spec = self._configured(scope, subject)
        return SubjectBudget(scope, subject, spec, "settings") if spec is not None else None

    async def list(self) -> list[SubjectBudget]:
        """Every user and group budget in force."""
        async with self.store.connect() as conn:
            rows = (await conn.execute(sa.select(budgets).order_by(budgets.c.scope, budgets.c.subject))).all()
        out = [SubjectBudget(r.scope, r.subject, _spec_of(r), "admin") for r in rows]
        set_by_admin = {(b.scope, b.subject) for b in out}
        for scope, table in (("user", self.settings.users), ("group", self.settings.groups)):
            for subject, spec in sorted(table.items()):
                if (scope, subject) not in set_by_admin:
                    out.append(SubjectBudget(scope, subject, spec, "settings"))  # type: ignore[arg-type]
        return out

    async def set(self, scope: Scope, subject: str, spec: BudgetSpec) -> SubjectBudget:
        """Create or replace the admin-set budget of a user or group."""
        values = {**spec.model_dump(), "updated_at": time.time()}
        async with self.store.begin() as conn:
            res = await conn.execute(
                sa.update(budgets).where(budgets.c.scope == scope, budgets.c.subject == subject).values(**values)
            )
            if res.rowcount == 0:
                await conn.execute(sa.insert(budgets).values(scope=scope, subject=subject, **values))
        self.invalidate()
        return SubjectBudget(scope, subject, spec, "admin")

    async def delete(self, scope: Scope, subject: str) -> bool:
        """Remove the admin-set budget (a budget from settings, if any, applies again)."""
        async with self.store.begin() as conn:
            res = await conn.execute(sa.delete(budgets).where(budgets.c.scope == scope, budgets.c.subject == subject))
        self.invalidate()
        return res.rowcount > 0


def _spec_of(r: Any) -> BudgetSpec:
    return BudgetSpec.model_construct(max_spend=r.max_spend, max_tokens=r.max_tokens, period=r.period)


class BudgetLedger:
    """Checks and charges the counters of every budget that applies to a call."""

    def __init__(
        self, kv: KVStore, store: Store, settings: BudgetSettings | None = None, cache_ttl_s: float = 5.0
    ) -> None:
        self.kv = kv
        self.store = store
        self.book = BudgetBook(store, settings, cache_ttl_s)
        # Counter name -> the task seeding it from the audit trail (once per process).
        self._seeds: dict[str, asyncio.Task[None]] = {}
        # The current window per period: calendar arithmetic once per period, not per call.
        self._windows: dict[str, tuple[str, float, float | None]] = {}

    def _window(self, period: BudgetPeriod, now: float) -> tuple[str, float, float | None]:
        w = self._windows.get(period)
        if w is None or now < w[1] or (w[2] is not None and now >= w[2]):
            w = self._windows[period] = period_window(period, now)
        return w

    async def applicable(self, p: Principal) -> tuple[Applicable, ...]:
        return await self.book.applicable(p)

    async def check_all(self, applicable: Sequence[Applicable]) -> None:
        """Refuse (429) when any of the budgets is used up for its current period. The refusal
        names the first exhausted budget; Retry-After is when every exhausted one has reset."""
        now = time.time()
        counters: list[tuple[str, float, float]] = []
        caps: list[tuple[Applicable, Metric, float, float | None]] = []
        for a in applicable:
            b = a.budget
            pid, start, end = self._window(b.period, now)
            for metric, cap in (("spend", b.max_spend), ("tokens", b.max_tokens)):
                if cap is not None:
                    counters.append(await self._seeded(a, metric, pid, start, end, now))  # type: ignore[arg-type]
                    caps.append((a, metric, cap, end))  # type: ignore[arg-type]
        # Every counter in one round trip (adding 0 reads it).
        used = await self.kv.add_many(counters)
        exhausted = [(a, m, cap, end) for (a, m, cap, end), u in zip(caps, used, strict=False) if u >= cap]
        if not exhausted:
            return
        a, metric, cap, end = exhausted[0]
        what = f"spend budget of {cap:g}" if metric == "spend" else f"token budget of {int(cap)}"
        ends = [e for *_, e in exhausted]
        retry_after = None if None in ends else max(e for e in ends if e is not None) - now
        period = "in total" if end is None else f"for this {a.budget.period}"
        raise Refusal(
            429,
            "budget_exceeded",
            f"{a.owner()} {what} {period} is used up",
            retry_after=retry_after,
            data={"budget": {"scope": a.scope, "name": a.subject, "period": a.budget.period}},
        )

    async def charge_all(self, applicable: Sequence[Applicable], call: Call) -> None:
        """Add a finished call's cost and tokens to the counters of every applicable budget."""
        tokens = (call.tokens_in or 0) + (call.tokens_out or 0)
        if not tokens and not call.cost:
            return
        now = time.time()
        adds: list[tuple[str, float, float]] = []
        for a in applicable:
            pid, _, end = self._window(a.budget.period, now)
            ttl = (end - now + 3600) if end is not None else _TOTAL_TTL
            # Both metrics, whatever is capped: a cap added later then starts from the truth.
            if call.cost:
                adds.append((f"{a.prefix}:{pid}:spend", call.cost, ttl))
            if tokens:
                adds.append((f"{a.prefix}:{pid}:tokens", tokens, ttl))
        await self.kv.add_many(adds)

    async def usage(self, scope: Scope, subject: str, period: BudgetPeriod) -> dict[str, Any]:
        """Spend and tokens used so far in the current period (for the admin API)."""
        a = Applicable.of(scope, subject, Budget(period=period))
        now = time.time()
        pid, start, end = period_window(period, now)
        return {
            "period_id": pid,
            "spend": await self._read(a, "spend", pid, start, end, now),
            "tokens": await self._read(a, "tokens", pid, start, end, now),
            "resets_at": end,
        }

    async def _read(
        self, a: Applicable, metric: Metric, pid: str, start: float, end: float | None, now: float
    ) -> float:
        name, _, ttl = await self._seeded(a, metric, pid, start, end, now)
        return await self.kv.add(name, 0, ttl)

    async def _seeded(
        self, a: Applicable, metric: Metric, pid: str, start: float, end: float | None, now: float
    ) -> tuple[str, float, float]:
        """``(counter, 0, ttl)`` for a read, once the counter has been seeded in this process."""
        name = f"{a.prefix}:{pid}:{metric}"
        ttl = (end - now + 3600) if end is not None else _TOTAL_TTL
        seed = self._seeds.get(name)
        if seed is None:
            if len(self._seeds) >= _MAX_SEEDS:
                # Seeding again is harmless (it only ever raises a counter to the recorded usage).
                self._seeds = {k: t for k, t in self._seeds.items() if not t.done()}
            seed = asyncio.ensure_future(self._seed(a, metric, name, start, ttl))
            self._seeds[name] = seed
        if not seed.done():
            # Concurrent first calls all wait for the one seeding, so none reads a cold counter.
            await asyncio.shield(seed)
        return name, 0.0, ttl

    async def _seed(self, a: Applicable, metric: Metric, name: str, start: float, ttl: float) -> None:
        """Make the counter at least what the audit trail records for this period (a restart,
        or a replica joining, starts from there)."""
        try:
            recorded = await self._recorded(a, metric, start)
            await self.kv.raise_to(name, recorded, ttl)
        except Exception as e:  # noqa: BLE001 - a failed seed is retried by the next call
            log.warning("could not seed budget counter from the audit trail: %s", type(e).__name__)
            self._seeds.pop(name, None)

    async def _recorded(self, a: Applicable, metric: Metric, since: float) -> float:
        tokens = sa.func.coalesce(traces.c.tokens_in, 0) + sa.func.coalesce(traces.c.tokens_out, 0)
        value = traces.c.cost if metric == "spend" else tokens
        if a.scope == "group":
            return await self._recorded_for_group(a.subject, metric, since)
        subject_col = traces.c.key_id if a.scope == "key" else traces.c.user_id
        q = sa.select(sa.func.coalesce(sa.func.sum(value), 0)).where(
            subject_col == a.subject, traces.c.started_at >= since
        )
        async with self.store.connect() as conn:
            return float((await conn.execute(q)).scalar() or 0)

    async def _recorded_for_group(self, group: str, metric: Metric, since: float) -> float:
        # ``groups`` is a JSON list; membership is checked here so that it works the same on
        # every database. A substring filter in SQL keeps the rows read to the group's own
        # (names with characters JSON escapes differently per encoder skip it).
        q = sa.select(traces.c.groups, traces.c.cost, traces.c.tokens_in, traces.c.tokens_out).where(
            traces.c.started_at >= since,
            traces.c.groups.is_not(None),
            sa.or_(traces.c.cost.is_not(None), traces.c.tokens_in.is_not(None), traces.c.tokens_out.is_not(None)),
        )
        if group.isascii() and group.isprintable() and '"' not in group and "\\" not in group:
            q = q.where(sa.cast(traces.c.groups, sa.Text).contains(f'"{group}"', autoescape=True))
        total = 0.0
        async with self.store.connect() as conn:
            rows = (await conn.execute(q)).all()
        for groups, cost, t_in, t_out in rows:
            if isinstance(groups, list) and group in groups:
                total += (cost or 0.0) if metric == "spend" else (t_in or 0) + (t_out or 0)
        return total

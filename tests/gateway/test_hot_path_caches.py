"""The hot path's shortcuts keep their contract: lock-free metrics expose exactly what the stock
Prometheus classes do, and verified-key / budget lookups that miss together share one query
without ever serving a revoked key."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from bastion.gateway.budgets import BudgetBook
from bastion.gateway.keys import KeyCreate, KeyStore
from bastion.gateway.metrics import STAGE_BUCKETS, LoopCounter, LoopHistogram
from bastion.gateway.principal import Principal
from bastion.gateway.store import Store
from bastion.gateway.users import UserIn, UserStore

pytestmark = pytest.mark.anyio


def _exposition(histogram: type, counter: type) -> str:
    registry = CollectorRegistry()
    h = histogram("t_seconds", "doc", ["door", "stage"], buckets=STAGE_BUCKETS, registry=registry)
    c = counter("t_calls", "doc", ["door"], registry=registry)
    values = [0.0, 0.00005, 0.00007, 0.0001, 0.003, 0.5, 2.5, 9.99, 10.0, 11.0, 1e9]
    for i, v in enumerate(values * 7):
        h.labels("llm", f"s{i % 3}").observe(v)
        c.labels(f"d{i % 2}").inc(v)
    # Creation timestamps differ between the two runs; everything else must not.
    return re.sub(r"(_created\{[^}]*\}) \S+", r"\1 T", generate_latest(registry).decode())


def test_loop_metrics_expose_what_the_stock_classes_do() -> None:
    assert _exposition(LoopHistogram, LoopCounter) == _exposition(Histogram, Counter)


def test_loop_counter_refuses_negative_increments() -> None:
    c = LoopCounter("t_neg", "doc", ["a"], registry=CollectorRegistry())
    with pytest.raises(ValueError):
        c.labels("x").inc(-1)


@dataclass
class Db:
    store: Store
    #: Every SQL statement run since the test last cleared it.
    statements: list[str]


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Db]:
    store = Store(f"sqlite+aiosqlite:///{tmp_path / 'b.db'}")
    await store.open()
    statements: list[str] = []

    @sa.event.listens_for(store.engine.sync_engine, "before_cursor_execute")
    def _seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    try:
        yield Db(store, statements)
    finally:
        await store.close()


async def test_concurrent_misses_share_one_key_lookup_and_revocation_wins(db: Db) -> None:
    store = db.store
    statements = db.statements
    users = UserStore(store)
    await users.upsert(UserIn(id="alice"))
    keys = KeyStore(store, users, cache_ttl_s=60)
    key, info = await keys.create(KeyCreate(user_id="alice"))
    statements.clear()
    found = await asyncio.gather(*(keys.verify(key) for _ in range(16)))
    assert all(p is not None and p.key_id == info.id for p in found)
    assert all(p is found[0] for p in found)
    assert sum("FROM api_keys" in s for s in statements) == 1
    # Unknown keys: refused for every caller.
    assert await asyncio.gather(*(keys.verify(key + "x") for _ in range(4))) == [None] * 4
    assert await keys.revoke(info.id)
    assert await asyncio.gather(*(keys.verify(key) for _ in range(4))) == [None] * 4


async def test_revocation_during_a_lookup_is_not_cached(db: Db) -> None:
    store = db.store
    users = UserStore(store)
    await users.upsert(UserIn(id="bob"))
    keys = KeyStore(store, users, cache_ttl_s=60)
    key, info = await keys.create(KeyCreate(user_id="bob"))
    pending = asyncio.ensure_future(keys.verify(key))
    await asyncio.sleep(0)  # the lookup has started
    assert await keys.revoke(info.id)
    await pending  # may see the key as it was when it was read ...
    assert await keys.verify(key) is None  # ... but that answer is not kept


async def test_concurrent_budget_resolutions_share_one_query(db: Db) -> None:
    store = db.store
    statements = db.statements
    book = BudgetBook(store, cache_ttl_s=60)
    p = Principal(user_id="carol", auth_method="api_key", groups=("eng", "ops"), key_id="k1")
    statements.clear()
    results = await asyncio.gather(*(book.applicable(p) for _ in range(16)))
    assert all(r == () for r in results)
    assert sum("FROM budgets" in s for s in statements) == 1
    # Same answer as the query with explicit values (the statement is built once with
    # bound parameters, the group list expanded per call).
    async with store.connect() as conn:
        await conn.execute(
            sa.text(
                "INSERT INTO budgets (scope, subject, max_spend, max_tokens, period, updated_at) "
                "VALUES ('group', 'ops', 5.0, NULL, 'month', 0), ('user', 'carol', NULL, 100, 'day', 0), "
                "('group', 'other', 1.0, NULL, 'month', 0)"
            )
        )
        await conn.commit()
    book.invalidate()
    found = await book.applicable(p)
    assert [(a.scope, a.subject) for a in found] == [("user", "carol"), ("group", "ops")]
    assert found[1].budget.max_spend == 5.0 and found[0].budget.max_tokens == 100


async def test_unknown_credentials_cost_one_query_per_cache_period(db: Db) -> None:
    # Every credential is tried as a key first: an SSO token (OIDC JWT, SAML session) must not
    # cost a database query on each of its requests.
    store = db.store
    statements = db.statements
    users = UserStore(store)
    await users.upsert(UserIn(id="dora"))
    keys = KeyStore(store, users, cache_ttl_s=60)
    statements.clear()
    for _ in range(5):
        assert await keys.verify("bsn_sso_not-a-key") is None
    assert sum("FROM api_keys" in s for s in statements) == 1
    # A real key is unaffected, and so is one created after an unknown one was asked for.
    key, info = await keys.create(KeyCreate(user_id="dora"))
    assert (await keys.verify(key)).key_id == info.id

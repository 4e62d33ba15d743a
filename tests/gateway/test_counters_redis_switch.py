"""Shared counters (rate limits, budgets) across a Redis outage, on the Redis backend itself
with a real ``redis-server`` killed (SIGKILL: its data is gone) and started again: every call
is counted once across the switch to local counting and back, and a limit is never exceeded.

The gateway-level view of the same (one replica serving through an outage) is in
``test_redis_outage_e2e.py``; the chaos test runs it under a mixed load.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bastion.gateway.kv import RedisKV
from tests.redis_process import RedisServer

pytestmark = pytest.mark.anyio

TTL = 61.0


@dataclass
class Env:
    redis: RedisServer
    kv: RedisKV


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    redis = RedisServer(tmp_path).start()
    # A killed Redis refuses at once; the long timeout only keeps a busy CI box from turning a
    # slow answer into an outage (the exact counts below assume none but the real ones).
    kv = RedisKV(redis.url, 1 << 20, timeout_s=10.0)
    try:
        yield Env(redis, kv)
    finally:
        await kv.close()
        redis.kill()


async def _back(env: Env) -> None:
    """Start Redis again and let the replica notice (a cache read goes to Redis every time)."""
    await asyncio.to_thread(env.redis.start)
    for _ in range(200):
        await env.kv.get("probe")
        if env.kv.healthy:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the replica never saw Redis again")


async def test_a_restart_that_lost_the_counters_does_not_reset_them(env: Env) -> None:
    assert [await env.kv.incr("rl:a", TTL) for _ in range(5)] == [1, 2, 3, 4, 5]
    env.redis.kill()
    # Back empty, and no counter call noticed the outage (only cache reads did): nothing was
    # counted locally, so there is nothing to hand back, yet the counter goes on from 5.
    await _back(env)
    assert [await env.kv.incr("rl:a", TTL) for _ in range(2)] == [6, 7]
    assert await env.kv.add("rl:a", 0, TTL) == 7


async def test_counts_of_the_outage_go_back_once_before_anything_else_is_counted(env: Env) -> None:
    assert [await env.kv.incr("rl:b", TTL) for _ in range(5)] == [1, 2, 3, 4, 5]
    env.redis.kill()
    # Counted here meanwhile, on from what Redis last said.
    assert [await env.kv.incr("rl:b", TTL) for _ in range(3)] == [6, 7, 8]
    await _back(env)
    # Concurrent calls as Redis returns: one hands the 3 back, the others wait for it, so all
    # four are counted on top of the 8 (none sees a Redis without the outage's counts, none
    # is counted twice).
    values = await asyncio.gather(*(env.kv.incr("rl:b", TTL) for _ in range(4)))
    assert sorted(values) == [9, 10, 11, 12]
    assert await env.kv.add("rl:b", 0, TTL) == 12
    assert not env.kv.local.pending


async def test_a_limit_holds_while_redis_is_killed_and_restarted_under_load(env: Env) -> None:
    """16 concurrent callers, 40 calls per counter with a limit of 20, Redis killed and started
    again three times at points set by the progress of the calls (not by the clock)."""
    limit, per_key, cycles = 20, 40, 3
    total = per_key * 30
    done = 0
    counter = iter(range(total))
    values: dict[str, list[int]] = {}

    async def caller() -> None:
        nonlocal done
        for i in counter:
            key = f"rl:load:{i // per_key}"
            values.setdefault(key, []).append(await env.kv.incr(key, TTL))
            done += 1
            await asyncio.sleep(0)  # counting locally never waits: let the others run

    async def until(n: int) -> None:
        while done < n:
            await asyncio.sleep(0.01)

    async def chaos() -> None:
        step = total // (2 * cycles + 1)
        for c in range(cycles):
            await until((2 * c + 1) * step)
            await asyncio.to_thread(env.redis.kill)
            await until((2 * c + 2) * step)
            await asyncio.to_thread(env.redis.start)

    await asyncio.gather(chaos(), *(caller() for _ in range(16)))
    assert done == total
    await _back(env)
    admitted = Counter({k: sum(v <= limit for v in vs) for k, vs in values.items()})
    assert all(n <= limit for n in admitted.values()), {k: n for k, n in admitted.items() if n > limit}
    # Nothing was forgotten: every counter holds at least every call made on it (a call whose
    # update may have reached Redis before it went away is counted twice, never zero times).
    for key in values:
        assert await env.kv.add(key, 0, TTL) >= per_key, key
    assert not env.kv.local.pending

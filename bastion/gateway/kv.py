"""Key-value backends for the caches: in-process LRU bounded by bytes, or Redis.

Chosen by ``cache.url`` (``memory://`` or ``redis://...``). Both store bytes with a TTL and
support *namespaces* (``tool:github``) so a whole group of entries can be dropped at once
(a server's tool results after ``list_changed``, say) without scanning keys: each namespace has
a generation number that is part of every key, and dropping the namespace bumps it.

Redis outages degrade to "no cache": every operation catches connection errors, logs one
warning per outage and behaves like a miss, so a cache never fails a call.

Counters (rate limits, budgets) must not fail open in an outage: :class:`LocalCounters` keeps
enforcing on each replica. Its answer is the last value the replica saw in Redis plus its own
count since, multiplied by the number of replicas that were alive (each replica heartbeats in
Redis): every replica gets its *share* of what was left, so together they stay within the
limit, whichever replica the traffic goes to. The whole limit per replica would let N replicas
hand out N times the limit, and a 30-per-minute key got 217 answers in a 6 s outage before.
When Redis answers again, each replica adds what it counted meanwhile (the real amounts) to
the shared counters and raises each to at least what it knew before plus its own count (a
Redis that restarted empty would otherwise forget the usage from before the outage).

Counters only grow within their window, so every value a replica has seen is a lower bound of
the truth: each addition carries it as a *floor* and Redis computes ``max(value, floor) +
amount`` in one step. That makes the switch exact. The hand-back and the floor are one atomic
update (no call sees the counts of the outage half added), calls wait for a hand-back in
progress instead of counting on a Redis that does not yet have it, and a Redis that restarted
empty unnoticed (no call failed meanwhile) still cannot forget what this replica saw. A call
whose update may or may not have reached Redis (the connection broke after sending) is counted
locally as well: counted twice rather than not at all, so the error is on the closed side.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol, cast

log = logging.getLogger("bastion.kv")


class KVStore(Protocol):
    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl_s: float) -> bool: ...

    async def delete(self, key: str) -> None: ...

    async def generation(self, namespace: str) -> int:
        """Current generation of ``namespace``; include it in keys of that namespace."""
        ...

    async def drop_namespace(self, namespace: str) -> None:
        """Invalidate every key built with the current generation of ``namespace``."""
        ...

    async def incr(self, key: str, ttl_s: float) -> int:
        """Atomically add one (creating the key with ``ttl_s``); returns the new value."""
        ...

    async def add(self, key: str, amount: float, ttl_s: float) -> float:
        """Atomically add ``amount`` to a numeric counter (created with ``ttl_s``); returns the
        new value. ``amount=0`` reads it."""
        ...

    async def add_many(self, items: Sequence[tuple[str, float, float]]) -> list[float]:
        """:meth:`add` for several ``(key, amount, ttl_s)`` at once (one round trip on Redis)."""
        ...

    async def raise_to(self, key: str, value: float, ttl_s: float) -> float:
        """Make a counter at least ``value`` (seeding it from a record of the truth); returns it."""
        ...

    async def close(self) -> None: ...


class MemoryKV:
    """LRU bounded by the total bytes of values (and the per-value cap)."""

    def __init__(self, max_bytes: int, max_value_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_value_bytes = max_value_bytes
        self._data: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._bytes = 0
        self._gens: dict[str, int] = {}
        self._counters: dict[str, tuple[float, float]] = {}

    @property
    def size_bytes(self) -> int:
        return self._bytes

    async def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires < time.monotonic():
            self._remove(key)
            return None
        self._data.move_to_end(key)
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> bool:
        size = len(value) + len(key)
        if len(value) > self.max_value_bytes or size > self.max_bytes or ttl_s <= 0:
            return False
        if key in self._data:
            self._remove(key)
        self._data[key] = (value, time.monotonic() + ttl_s)
        self._bytes += size
        while self._bytes > self.max_bytes:
            oldest = next(iter(self._data))
            self._remove(oldest)
        return True

    async def delete(self, key: str) -> None:
        if key in self._data:
            self._remove(key)

    async def generation(self, namespace: str) -> int:
        return self._gens.get(namespace, 0)

    async def get_with_generations(self, key: str, namespaces: Sequence[str]) -> tuple[bytes | None, list[int]]:
        """``get(key)`` and the generations of ``namespaces`` in one operation (one round trip
        on Redis): for caches that keep the generations in the value."""
        return await self.get(key), [self._gens.get(ns, 0) for ns in namespaces]

    async def drop_namespace(self, namespace: str) -> None:
        # Old entries become unreachable and age out of the LRU.
        self._gens[namespace] = self._gens.get(namespace, 0) + 1

    async def incr(self, key: str, ttl_s: float) -> int:
        return int(await self.add(key, 1, ttl_s))

    async def add(self, key: str, amount: float, ttl_s: float) -> float:
        now = time.monotonic()
        n, exp = self._counters.get(key, (0, 0.0))
        if exp < now:
            n, exp = 0, now + ttl_s
            if len(self._counters) > 100_000:
                self._counters = {k: v for k, v in self._counters.items() if v[1] >= now}
        n += amount
        self._counters[key] = (n, exp)
        return float(n)

    async def add_many(self, items: Sequence[tuple[str, float, float]]) -> list[float]:
        return [await self.add(key, amount, ttl_s) for key, amount, ttl_s in items]

    async def raise_to(self, key: str, value: float, ttl_s: float) -> float:
        current = await self.add(key, 0, ttl_s)
        return current if current >= value else await self.add(key, value - current, ttl_s)

    async def close(self) -> None:
        self._data.clear()
        self._bytes = 0

    def _remove(self, key: str) -> None:
        value, _ = self._data.pop(key)
        self._bytes -= len(value) + len(key)


class LocalCounters:
    """Counters a replica keeps while Redis is unreachable (see the module docstring)."""

    def __init__(self) -> None:
        #: Last value read from Redis per counter, and until when it is good (monotonic).
        self.known: dict[str, tuple[float, float]] = {}
        #: Counted here during the outage: amount and TTL per counter, pushed when Redis is back.
        self.pending: dict[str, tuple[float, float, float]] = {}
        #: Live replicas (this one included) as last seen in Redis.
        self.replicas = 1
        #: Sent to Redis, no answer yet, per counter: if Redis goes away now they may have been
        #: counted there, so the local answer counts them too (or two calls, one in flight and
        #: one counted here, could both be given the last unit).
        self.in_flight: dict[str, float] = {}

    def saw(self, key: str, value: float, ttl_s: float) -> None:
        now = time.monotonic()
        if len(self.known) > 100_000:
            self.known = {k: v for k, v in self.known.items() if v[1] >= now}
        # Replies to concurrent calls arrive in any order: keep the highest (counters only grow).
        value = max(value, self.floor(key))
        self.known[key] = (value, now + ttl_s)

    def floor(self, key: str) -> float:
        """The highest value seen for ``key`` in its window: the truth is at least this."""
        base, until = self.known.get(key, (0.0, 0.0))
        return base if until >= time.monotonic() else 0.0

    def sending(self, items: Sequence[tuple[str, float, float]]) -> None:
        for key, amount, _ in items:
            self.in_flight[key] = self.in_flight.get(key, 0.0) + amount

    def settled(self, items: Sequence[tuple[str, float, float]]) -> None:
        for key, amount, _ in items:
            left = self.in_flight.pop(key, 0.0) - amount
            if left > 1e-9:
                self.in_flight[key] = left

    def add(self, key: str, amount: float, ttl_s: float) -> float:
        now = time.monotonic()
        # Once a window is over its counter's value is forgotten; calls in flight still count.
        base = self.floor(key) + self.in_flight.get(key, 0.0)
        mine, _, exp = self.pending.get(key, (0.0, ttl_s, now + ttl_s))
        if exp < now:
            mine = 0.0
        mine += amount
        self.pending[key] = (mine, ttl_s, now + ttl_s)
        # This replica's share of what was left: as if every replica counted what it did.
        return base + mine * self.replicas

    def raise_to(self, key: str, value: float, ttl_s: float) -> float:
        self.saw(key, value, ttl_s)
        return self.add(key, 0, ttl_s)

    def drain(self) -> list[tuple[str, float, float]]:
        """What to give Redis now that it answers again: ``(key, counted here, ttl)`` for
        unexpired counts (added with the last value seen as the floor)."""
        now = time.monotonic()
        out = [
            (k, amount, max(0.001, exp - now)) for k, (amount, _, exp) in self.pending.items() if amount and exp > now
        ]
        self.pending.clear()
        return out


#: Replicas heartbeat in this sorted set (member: replica id, score: last beat, epoch seconds).
REPLICAS_KEY = "replicas"
HEARTBEAT_S = 5.0
#: While Redis is down, counters go back to it at most this often.
RETRY_S = 0.5

#: For each key: raise it to at least its floor, add the amount (both as ARGV, with the TTL in ms
#: for a key created here), return the new values. One step, so nobody sees a half update.
_ADD = """
local out = {}
for i, key in ipairs(KEYS) do
  local amount, floor, ttl = ARGV[3 * i - 2], ARGV[3 * i - 1], ARGV[3 * i]
  if tonumber(redis.call('GET', key) or '0') < tonumber(floor) then
    redis.call('SET', key, floor, 'KEEPTTL')
  end
  out[i] = redis.call('INCRBYFLOAT', key, amount)
  if redis.call('PTTL', key) < 0 then
    redis.call('PEXPIRE', key, ttl)
  end
end
return out
"""

#: Raise a counter to at least ARGV[1] (PX ARGV[2] when it is created); returns its value.
_RAISE_TO = """
local v = tonumber(redis.call('GET', KEYS[1]) or '0')
local x = tonumber(ARGV[1])
if v < x then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return ARGV[1]
end
return tostring(v)
"""


class RedisKV:
    """Redis backend shared by several gateway replicas; TTLs are Redis's own."""

    def __init__(self, url: str, max_value_bytes: int, prefix: str = "bastion:", timeout_s: float = 0.5) -> None:
        """``timeout_s``: how long a command may take before Redis counts as unreachable (short:
        every call waits for it at the start of an outage)."""
        import redis.asyncio as aioredis

        self.max_value_bytes = max_value_bytes
        self.prefix = prefix
        self._redis = aioredis.from_url(
            url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s, health_check_interval=10
        )
        self._down_since: float | None = None
        #: While Redis is down, counters try it again from this time on (monotonic).
        self._retry_at = 0.0
        self.local = LocalCounters()
        self.replica_id = os.urandom(8).hex()
        self._next_beat = 0.0
        self._raise_to = self._redis.register_script(_RAISE_TO)
        self._add = self._redis.register_script(_ADD)
        #: Held while counts of an outage go back to Redis: other counter calls wait for it.
        self._handback = asyncio.Lock()

    def _ok(self) -> None:
        if self._down_since is not None:
            log.warning("redis cache reachable again after %.1fs", time.monotonic() - self._down_since)
            self._down_since = None

    def _failed(self, e: Exception) -> None:
        self._retry_at = time.monotonic() + RETRY_S
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.warning("redis cache unreachable (%s): serving without cache", type(e).__name__)

    @property
    def healthy(self) -> bool:
        return self._down_since is None

    def _resting(self) -> bool:
        """Redis failed a moment ago: count locally rather than make every call wait for a
        timeout meanwhile."""
        return self._down_since is not None and time.monotonic() < self._retry_at

    async def _hand_back_first(self) -> None:
        """Before a counter goes to Redis: what this replica counted during an outage goes there
        first (Redis may have come back through a cache read), and a hand-back in progress is
        waited for (a count on a Redis that lacks it would be too low)."""
        if self.local.pending or self._handback.locked():
            async with self._handback:
                if self.local.pending and not self._resting():
                    await self._reconcile()

    def _add_args(self, items: Sequence[tuple[str, float, float]]) -> tuple[list[str], list[str | int]]:
        keys: list[str] = []
        args: list[str | int] = []
        for key, amount, ttl_s in items:
            keys.append(self.prefix + key)
            args += [repr(float(amount)), repr(self.local.floor(key)), max(1, int(ttl_s * 1000))]
        return keys, args

    async def get(self, key: str) -> bytes | None:
        try:
            v = await self._redis.get(self.prefix + key)
        except Exception as e:  # noqa: BLE001 - any redis failure means "miss"
            self._failed(e)
            return None
        self._ok()
        return cast(bytes | None, v)  # bytes: the client is built without decode_responses

    async def set(self, key: str, value: bytes, ttl_s: float) -> bool:
        if len(value) > self.max_value_bytes or ttl_s <= 0:
            return False
        try:
            await self._redis.set(self.prefix + key, value, px=max(1, int(ttl_s * 1000)))
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return False
        self._ok()
        return True

    async def delete(self, key: str) -> None:
        try:
            await self._redis.delete(self.prefix + key)
        except Exception as e:  # noqa: BLE001
            self._failed(e)

    async def generation(self, namespace: str) -> int:
        try:
            v = await self._redis.get(self.prefix + "gen:" + namespace)
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return -1  # a generation no entry was stored under: behaves as a miss
        self._ok()
        return int(v or 0)

    async def get_with_generations(self, key: str, namespaces: Sequence[str]) -> tuple[bytes | None, list[int]]:
        """One MGET for the value and the generations; on failure a miss and generation -1."""
        try:
            values = await self._redis.mget([self.prefix + key, *(self.prefix + "gen:" + ns for ns in namespaces)])
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return None, [-1] * len(namespaces)
        self._ok()
        first = cast(bytes | None, values[0])  # bytes: the client is built without decode_responses
        return first, [int(v or 0) for v in values[1:]]

    async def drop_namespace(self, namespace: str) -> None:
        try:
            await self._redis.incr(self.prefix + "gen:" + namespace)
        except Exception as e:  # noqa: BLE001
            self._failed(e)

    async def incr(self, key: str, ttl_s: float) -> int:
        return int(await self.add(key, 1, ttl_s))

    async def add(self, key: str, amount: float, ttl_s: float) -> float:
        return (await self.add_many([(key, amount, ttl_s)]))[0]

    async def add_many(self, items: Sequence[tuple[str, float, float]]) -> list[float]:
        if not items:
            return []
        await self._hand_back_first()
        if self._resting():
            return [self.local.add(key, amount, ttl_s) for key, amount, ttl_s in items]
        keys, args = self._add_args(items)
        try:
            self.local.sending(items)
            try:
                # EVALSHA on its own (a script in a pipeline costs a SCRIPT EXISTS round trip).
                replies = await self._add(keys=keys, args=args)
            finally:
                self.local.settled(items)
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            # Redis is away: enforce with this replica's own counters (never "unlimited"). The
            # update may have reached Redis before the connection broke: then it is counted
            # twice, which errs on the closed side.
            return [self.local.add(key, amount, ttl_s) for key, amount, ttl_s in items]
        self._ok()
        values = [float(n) for n in replies]
        for (key, _, ttl_s), v in zip(items, values, strict=True):
            self.local.saw(key, v, ttl_s)
        if time.monotonic() >= self._next_beat:
            await self._heartbeat()
        return values

    async def raise_to(self, key: str, value: float, ttl_s: float) -> float:
        await self._hand_back_first()
        if self._resting():
            return self.local.raise_to(key, value, ttl_s)
        try:
            v = float(await self._raise_to(keys=[self.prefix + key], args=[repr(value), max(1, int(ttl_s * 1000))]))
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return self.local.raise_to(key, value, ttl_s)
        self._ok()
        self.local.saw(key, v, ttl_s)
        return v

    async def _heartbeat(self) -> None:
        """Say this replica is alive and learn how many are (for the local shares)."""
        self._next_beat = time.monotonic() + HEARTBEAT_S
        now = time.time()
        try:
            async with self._redis.pipeline(transaction=True) as p:
                p.zadd(self.prefix + REPLICAS_KEY, {self.replica_id: now})
                p.zremrangebyscore(self.prefix + REPLICAS_KEY, "-inf", now - 3 * HEARTBEAT_S)
                p.zcard(self.prefix + REPLICAS_KEY)
                replies = await p.execute()
        except Exception as e:  # noqa: BLE001 - the count is already in; the next beat tries again
            self._failed(e)
            return
        self.local.replicas = max(1, int(replies[-1]))

    async def _reconcile(self) -> None:
        """Redis may be back: hand it what this replica counted meanwhile (once), each counter
        raised to at least what was seen before the outage and the count added in one step (a
        Redis that restarted empty must not forget what was used before)."""
        pending = self.local.drain()
        if not pending:
            return
        keys, args = self._add_args(pending)
        try:
            values = await self._add(keys=keys, args=args)
        except Exception as e:  # noqa: BLE001 - still down: keep counting locally
            for key, amount, ttl_s in pending:
                self.local.add(key, amount, ttl_s)
            self._failed(e)
            return
        for (key, _, ttl_s), v in zip(pending, values, strict=True):
            self.local.saw(key, float(v), ttl_s)
        log.warning("redis counters reconciled: %d counted during the outage added", len(pending))
        self._ok()

    async def close(self) -> None:
        try:
            await self._redis.aclose()
        except Exception:  # noqa: BLE001
            pass


def kv_from_url(url: str, max_bytes: int, max_value_bytes: int) -> KVStore:
    """The backend named by a ``cache.url`` setting."""
    if url.startswith("memory://"):
        return MemoryKV(max_bytes, max_value_bytes)
    return RedisKV(url, max_value_bytes)

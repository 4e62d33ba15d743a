"""Key-value backends for the caches: in-process LRU bounded by bytes, or Redis.

Chosen by ``cache.url`` (``memory://`` or ``redis://...``). Both store bytes with a TTL and
support *namespaces* (``tool:github``) so a whole group of entries can be dropped at once
(a server's tool results after ``list_changed``, say) without scanning keys: each namespace has
a generation number that is part of every key, and dropping the namespace bumps it.

Redis outages degrade to "no cache": every operation catches connection errors, logs one
warning per outage and behaves like a miss, so a cache never fails a call.
"""

from __future__ import annotations

import logging
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

    async def close(self) -> None:
        self._data.clear()
        self._bytes = 0

    def _remove(self, key: str) -> None:
        value, _ = self._data.pop(key)
        self._bytes -= len(value) + len(key)


class RedisKV:
    """Redis backend shared by several gateway replicas; TTLs are Redis's own."""

    def __init__(self, url: str, max_value_bytes: int, prefix: str = "bastion:") -> None:
        import redis.asyncio as aioredis

        self.max_value_bytes = max_value_bytes
        self.prefix = prefix
        self._redis = aioredis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5, health_check_interval=10)
        self._down_since: float | None = None

    def _ok(self) -> None:
        if self._down_since is not None:
            log.warning("redis cache reachable again after %.1fs", time.monotonic() - self._down_since)
            self._down_since = None

    def _failed(self, e: Exception) -> None:
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.warning("redis cache unreachable (%s): serving without cache", type(e).__name__)

    @property
    def healthy(self) -> bool:
        return self._down_since is None

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
        k = self.prefix + key
        try:
            async with self._redis.pipeline(transaction=True) as p:
                p.incrbyfloat(k, amount)
                p.pexpire(k, max(1, int(ttl_s * 1000)), nx=True)
                n, _ = await p.execute()
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return 0.0
        self._ok()
        return float(n)

    async def add_many(self, items: Sequence[tuple[str, float, float]]) -> list[float]:
        if not items:
            return []
        try:
            async with self._redis.pipeline(transaction=True) as p:
                for key, amount, ttl_s in items:
                    p.incrbyfloat(self.prefix + key, amount)
                    p.pexpire(self.prefix + key, max(1, int(ttl_s * 1000)), nx=True)
                replies = await p.execute()
        except Exception as e:  # noqa: BLE001
            self._failed(e)
            return [0.0] * len(items)
        self._ok()
        return [float(n) for n in replies[0::2]]

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

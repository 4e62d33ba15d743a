"""The tool-result cache on a real Redis shared by two cores (two gateway replicas), and its
degradation to "no cache" when Redis goes away."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.redis_process import redis_server
from tests.toolcache.harness import harness, result_of

pytestmark = pytest.mark.anyio


async def test_two_cores_share_a_redis_cache(tmp_path: Path) -> None:
    with redis_server(tmp_path) as redis:
        async with harness(tmp_path / "a", cache_url=redis.url) as a, harness(tmp_path / "b", cache_url=redis.url) as b:
            first = await a.call("lookup", {"key": "k"})
            assert first.cache["outcome"] == "miss"
            hit = await b.call("lookup", {"key": "k"})
            assert hit.served_from_cache
            assert result_of(hit)["content"] == result_of(first)["content"]
            # Replica b never reached its upstream for it.
            assert "lookup" not in await b.upstream_counts()
            # Scopes hold across replicas too.
            assert not (await b.call("lookup", {"key": "k"}, user="bob")).served_from_cache
            # A write through one replica invalidates the other's view at once.
            await b.call("write", {"key": "k"})
            again = await a.call("lookup", {"key": "k"})
            assert not again.served_from_cache and again.cache["why"] == "invalidated"
            # An admin purge on one replica too.
            assert (await b.call("lookup", {"key": "k"})).served_from_cache
            await a.cache.purge("test", "lookup")
            assert not (await b.call("lookup", {"key": "k"})).served_from_cache


async def test_redis_outage_degrades_to_no_cache_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with redis_server(tmp_path) as redis:
        async with harness(tmp_path / "g", cache_url=redis.url) as h:
            await h.call("lookup", {"key": "k"})
            assert (await h.call("lookup", {"key": "k"})).served_from_cache
            redis.stop()
            with caplog.at_level(logging.WARNING, logger="bastion.kv"):
                down = [await h.call("lookup", {"key": "k"}) for _ in range(3)]
                write = await h.call("write", {"key": "k"})  # its invalidation cannot reach Redis
            assert all(c.status == "ok" and not c.served_from_cache for c in down)
            assert down[0].cache["why"] == "backend_unavailable"
            assert write.status == "ok"
            assert (await h.upstream_counts())["lookup"] == 4
            warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
            assert len(warnings) == 1  # one warning per outage, not one per call
            # Redis comes back (empty, on the same port): caching resumes.
            redis.start()
            await h.call("lookup", {"key": "k"})
            assert (await h.call("lookup", {"key": "k"})).served_from_cache
            assert not h.cache._pending_drops  # the missed invalidation was re-applied

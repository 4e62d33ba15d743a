"""``cached_list``: list/read results of real upstreams, under the modern era's ``ttlMs`` /
``cacheScope`` hints, and under settings for legacy servers that send none."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import AsyncIterator
from typing import Any

import anyio
import mcp.types as types
import pytest
from mcp import Client, StdioServerParameters
from pydantic import TypeAdapter

from bastion.gateway.kv import MemoryKV
from bastion.mcp_bridge.toolcache import ToolCache
from bastion.mcp_bridge.toolcache_settings import ToolCacheSettings
from tests.toolcache.harness import UPSTREAM

pytestmark = pytest.mark.anyio
_DICT = TypeAdapter(dict[str, Any])


class Upstream:
    def __init__(self, client: Client) -> None:
        self.client = client
        self.fetches = 0

    async def tools_list(self) -> dict[str, Any]:
        self.fetches += 1
        req = types.Request[dict[str, Any] | None, str](method="tools/list", params=None)
        return await self.client.session.send_request(req, _DICT)

    async def list_calls(self) -> int:
        """tools/list requests that reached the upstream through the cache's fetch (the SDK
        client also lists tools on its own, which the upstream's counter would include)."""
        return self.fetches


@contextlib.asynccontextmanager
async def upstream(mode: str, hints: str | None = None) -> AsyncIterator[Upstream]:
    env = dict(os.environ)
    if hints:
        env["CACHE_HINTS"] = hints
    params = StdioServerParameters(command=sys.executable, args=[UPSTREAM], env=env)
    async with Client(params, mode=mode, cache=None) as client:  # type: ignore[arg-type]
        yield Upstream(client)


def cache(**cfg: Any) -> ToolCache:
    return ToolCache(ToolCacheSettings.model_validate(cfg), MemoryKV(1 << 20, 1 << 18))


async def test_legacy_lists_cached_per_authorization_context_by_default() -> None:
    tc = cache()
    async with upstream("legacy") as up:
        a1 = await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        a2 = await tc.cached_list("s", "tools/list", {"_meta": {"x": 1}}, "alice", up.tools_list)
        assert a1 == a2 and a1["tools"]
        assert await up.list_calls() == 1
        await tc.cached_list("s", "tools/list", {}, "bob", up.tools_list)  # private: not shared
        assert await up.list_calls() == 2
        # Another page is another entry.
        await tc.cached_list("s", "tools/list", {"cursor": "p2"}, "alice", up.tools_list)
        assert await up.list_calls() == 3
        # list_changed drops the server's lists.
        await tc.invalidate_server("s")
        await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        assert await up.list_calls() == 4


async def test_legacy_lists_shared_when_settings_say_public() -> None:
    tc = cache(servers={"s": {"list_scope": "public", "list_ttl_s": 1.5}})
    async with upstream("legacy") as up:
        await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        await tc.cached_list("s", "tools/list", {}, "bob", up.tools_list)
        assert await up.list_calls() == 1
        await anyio.sleep(1.8)  # the server's list TTL
        await tc.cached_list("s", "tools/list", {}, "bob", up.tools_list)
        assert await up.list_calls() == 2


async def test_modern_public_hint_is_shared() -> None:
    tc = cache()  # settings would say private: the server's hint wins
    async with upstream("auto", hints="60000:public") as up:
        r = await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        assert r["cacheScope"] == "public" and r["ttlMs"] == 60000
        await tc.cached_list("s", "tools/list", {}, "bob", up.tools_list)
        assert await up.list_calls() == 1


async def test_modern_private_hint_never_served_to_another_context() -> None:
    tc = cache(list_scope="public")  # settings would share: the server's hint wins
    async with upstream("auto", hints="60000:private") as up:
        await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        assert await up.list_calls() == 1
        await tc.cached_list("s", "tools/list", {}, "bob", up.tools_list)
        assert await up.list_calls() == 2


async def test_modern_default_ttl_zero_is_not_cached() -> None:
    tc = cache()
    async with upstream("auto") as up:  # the SDK's default hint: ttlMs=0, private
        r = await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        assert r["ttlMs"] == 0
        await tc.cached_list("s", "tools/list", {}, "alice", up.tools_list)
        assert await up.list_calls() == 2


async def test_concurrent_identical_list_misses_make_one_fetch() -> None:
    tc = cache()
    async with upstream("legacy") as up:
        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(tc.cached_list, "s", "tools/list", {}, "alice", up.tools_list)
        assert await up.list_calls() == 1

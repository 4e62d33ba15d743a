"""End to end: real ``bastion serve`` processes, the ``mcp`` SDK client on ``/mcp``, a real
upstream MCP server behind the gateway, and (for two replicas) a real Redis."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import GatewayProcess, start_gateway
from tests.redis_process import redis_server
from tests.toolcache.harness import UPSTREAM

pytestmark = pytest.mark.anyio
CACHE_META = "io.bastion/cache"
#: Generous: the shared 2-core machine can be slow to start a gateway.
START_TIMEOUT = 180.0


def gateway_config(cache_url: str = "memory://", cache: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "cache": {"url": cache_url},
        "mcp": {
            "servers": {"test": {"command": sys.executable, "args": [UPSTREAM], "trusted_annotations": True}},
            "startup_wait_s": 20,
            "cache": cache or {},
        },
    }


@contextlib.asynccontextmanager
async def mcp_client(gw: GatewayProcess, key: str, headers: dict[str, str] | None = None) -> AsyncIterator[Client]:
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}", **(headers or {})}, timeout=30) as http:
        async with Client(streamable_http_client(gw.url + "/mcp", http_client=http)) as client:
            yield client


def text_of(result: Any) -> str:
    return result.content[0].text


async def test_hit_through_mcp_marked_and_traced(tmp_path: Path) -> None:
    with start_gateway(tmp_path, gateway_config(), timeout=START_TIMEOUT) as gw:
        alice, bob = gw.create_key("alice"), gw.create_key("bob")
        async with mcp_client(gw, alice) as c:
            first = await c.call_tool("test__lookup", {"key": "e"})
            second = await c.call_tool("test__lookup", {"key": "e"})
            assert text_of(first) == text_of(second) == "e@v1#1"
            assert CACHE_META not in (first.meta or {})
            assert second.meta[CACHE_META]["hit"] is True
            # Bypass with the request's _meta.
            fresh = await c.call_tool("test__lookup", {"key": "e"}, meta={CACHE_META: "no-cache"})
            assert text_of(fresh) == "e@v1#2"
            # A write invalidates.
            await c.call_tool("test__write", {"key": "e"})
            assert text_of(await c.call_tool("test__lookup", {"key": "e"})) == "e@v2#3"
        async with mcp_client(gw, bob) as c:  # another principal: its own entries
            assert text_of(await c.call_tool("test__lookup", {"key": "e"})) == "e@v2#4"
        async with mcp_client(gw, alice, {"Cache-Control": "no-cache"}) as c:  # HTTP bypass
            assert text_of(await c.call_tool("test__lookup", {"key": "e"})) == "e@v2#5"
        with gw.admin() as admin:
            stats = admin.get("/admin/cache/tools").json()
            assert stats["hits"] >= 1 and stats["stores"] >= 3
            # The hit is on the audit trace with its cache outcome.
            deadline = time.monotonic() + 20
            hits: list[dict[str, Any]] = []
            while time.monotonic() < deadline and not hits:
                items = admin.get("/admin/traces", params={"user": "alice", "limit": 50}).json()["items"]
                hits = [t for t in items if (t.get("cache") or {}).get("outcome") == "hit"]
                time.sleep(0.2)
            assert hits, "no cache hit recorded on the audit trail"


async def test_two_gateway_processes_share_redis(tmp_path: Path) -> None:
    with redis_server(tmp_path) as redis:
        cfg = gateway_config(redis.url)
        with (
            start_gateway(tmp_path / "a", cfg, timeout=START_TIMEOUT) as a,
            start_gateway(tmp_path / "b", cfg, timeout=START_TIMEOUT) as b,
        ):
            ka, kb = a.create_key("alice"), b.create_key("alice")
            async with mcp_client(a, ka) as c:
                first = await c.call_tool("test__lookup", {"key": "r"})
            async with mcp_client(b, kb) as c:
                second = await c.call_tool("test__lookup", {"key": "r"})
            # Replica b served replica a's result: its own upstream process was never asked.
            assert text_of(second) == text_of(first)
            assert second.meta[CACHE_META]["hit"] is True
            with httpx.Client(base_url=b.url, headers={"authorization": f"Bearer {b.admin_key}"}) as admin:
                admin.post("/admin/cache/tools/purge", json={"server": "test"}).raise_for_status()
            async with mcp_client(a, ka) as c:
                third = await c.call_tool("test__lookup", {"key": "r"})
                assert CACHE_META not in (third.meta or {})

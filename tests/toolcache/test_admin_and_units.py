"""The admin API of the tool cache (stats, purge; admin only), and the building blocks:
single-flight, canonical keys, settings validation."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from bastion.gateway.admin import RefusalError, refusal_handler
from bastion.gateway.sections import SettingsError
from bastion.gateway.singleflight import SingleFlight
from bastion.mcp_bridge.toolcache import admin_router
from bastion.mcp_bridge.toolcache_keys import canonical_json
from bastion.mcp_bridge.toolcache_settings import ToolCacheSettings
from tests.toolcache.harness import harness

pytestmark = pytest.mark.anyio
ADMIN = "bst_toolcache_test_admin_key_0123456789"


async def test_admin_stats_and_purge(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        app = FastAPI()
        app.add_exception_handler(RefusalError, refusal_handler(h.core))
        app.include_router(admin_router(h.core, h.cache))
        await h.call("lookup", {"key": "a"})
        await h.call("lookup", {"key": "a"})
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
            admin = {"Authorization": f"Bearer {ADMIN}"}
            user = {"Authorization": f"Bearer {h.keys['alice']}"}
            assert (await http.get("/admin/cache/tools")).status_code == 401
            assert (await http.get("/admin/cache/tools", headers=user)).status_code == 403
            stats = (await http.get("/admin/cache/tools", headers=admin)).json()
            assert stats["hits"] == 1 and stats["misses"] == 1 and stats["hit_ratio"] == 0.5
            row = next(r for r in stats["tools"] if r["tool"] == "lookup")
            assert row["server"] == "test" and row["stores"] == 1 and row["upstream_avg_ms"] > 0
            assert stats["saved_s"] > 0
            r = await http.post("/admin/cache/tools/purge", json={"server": "test", "tool": "lookup"}, headers=admin)
            assert r.status_code == 200 and r.json()["purged"] == {"server": "test", "tool": "lookup"}
            assert not (await h.call("lookup", {"key": "a"})).served_from_cache
            assert (
                await http.delete("/admin/cache/tools", params={"server": "test"}, headers=admin)
            ).status_code == 200
            assert not (await h.call("lookup", {"key": "a"})).served_from_cache
            assert (await http.post("/admin/cache/tools/purge", json={"server": ""}, headers=admin)).status_code in (
                400,
                422,
            )
        metrics = h.core.metrics.render().decode()
        assert 'bastion_mcp_toolcache_lookups_total{outcome="hit",server="test",tool="lookup"} 1.0' in metrics


async def test_single_flight_releases_followers_when_leader_task_dies() -> None:
    flights = SingleFlight()
    got: list[object] = []

    joined = asyncio.Event()

    async def leader() -> None:
        flights.lead("k")
        await joined.wait()
        raise RuntimeError("leader failed before releasing")

    async def follower() -> None:
        flight, leads = flights.join("k")
        assert not leads
        joined.set()
        got.append(await flights.wait(flight, timeout_s=30))

    t = asyncio.ensure_future(leader())
    await asyncio.sleep(0)
    f = asyncio.ensure_future(follower())
    results = await asyncio.wait_for(asyncio.gather(t, f, return_exceptions=True), 10)
    assert isinstance(results[0], RuntimeError) and results[1] is None
    assert got == [None] and len(flights) == 0


async def test_single_flight_wait_is_time_bounded_and_shares_results() -> None:
    flights = SingleFlight()
    flight = flights.lead("k")
    assert await flights.wait(flight, timeout_s=0.05) is None  # leader still running: give up
    follower, leads = flights.join("k")
    assert follower is flight and not leads
    flights.release(flight, b"result")
    flights.release(flight, b"ignored")  # idempotent
    assert await flights.wait(follower, timeout_s=1) == b"result"
    _, leads = flights.join("k")
    assert leads  # a new flight after release


def test_canonical_json_sorts_keys_and_normalises_numbers() -> None:
    a = canonical_json({"b": 1.0, "a": [2.50, {"y": -0.0, "x": 1e2}]})
    b = canonical_json({"a": [2.5, {"x": 100, "y": 0}], "b": 1})
    assert a == b == b'{"a":[2.5,{"x":100,"y":0}],"b":1}'
    assert canonical_json({"n": True}) != canonical_json({"n": 1})


def test_settings_errors_name_the_field() -> None:
    with pytest.raises(SettingsError) as e:
        ToolCacheSettings.from_mcp_section({"cache": {"servers": {"gh": {"tools": {"t": {"scope": "world"}}}}}})
    assert "mcp.cache.servers.gh.tools.t.scope" in str(e.value)
    with pytest.raises(SettingsError):
        ToolCacheSettings.from_mcp_section({"cache": {"ttl_s": -1}})
    assert ToolCacheSettings.from_mcp_section({}).scope == "principal"

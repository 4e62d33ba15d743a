"""The tool-result cache on real pipeline calls to a real upstream MCP server (stdio)."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from bastion.mcp_bridge.facts import RpcError, UpstreamResult
from tests.toolcache.harness import harness, result_of

pytestmark = pytest.mark.anyio


async def test_read_only_tool_served_from_cache(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        first = await h.call("lookup", {"key": "a"})
        second = await h.call("lookup", {"key": "a"})
        assert first.cache["outcome"] == "miss" and not first.served_from_cache
        assert second.served_from_cache and second.cache["outcome"] == "hit"
        r1, r2 = result_of(first), result_of(second)
        assert r2["content"] == r1["content"]
        marker = r2["_meta"]["io.bastion/cache"]
        assert marker["hit"] is True and marker["age_s"] >= 0 and marker["scope"] == "principal"
        assert "io.bastion/cache" not in (r1.get("_meta") or {})
        assert (await h.upstream_counts())["lookup"] == 1
        # Recorded on the audit trace: the cache stage outcome and why.
        stages = {s.stage: s.outcome for s in second.stages}
        assert stages["cache_lookup"] == "hit" and "route" not in stages
        assert h.cache.summary()["hits"] == 1


async def test_argument_order_and_number_form_share_an_entry(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        await h.call("slow", {"key": "k", "delay": 0.0})
        hit = await h.call("slow", {"delay": 0, "key": "k"})
        assert hit.served_from_cache
        other = await h.call("slow", {"delay": 0, "key": "other"})
        assert not other.served_from_cache
        assert (await h.upstream_counts())["slow"] == 2


async def test_destructive_tool_never_cached_and_invalidates(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        assert await h.text("lookup", {"key": "a"}) == "a@v1#1"
        assert await h.text("lookup", {"key": "a"}) == "a@v1#1"  # hit
        w1 = await h.call("write", {"key": "a"})
        w2 = await h.call("write", {"key": "a"})
        assert w1.cache["outcome"] == "bypass" and w1.cache["why"] == "not_read_only"
        assert not w2.served_from_cache
        assert (await h.upstream_counts())["write"] == 2
        # The write dropped the server's entries: the next read sees the new version.
        assert await h.text("lookup", {"key": "a"}) == "a@v3#2"


async def test_write_invalidation_narrowed_by_settings(tmp_path: Path) -> None:
    cfg = {"servers": {"test": {"tools": {"write": {"invalidates": ["search"]}}}}}
    async with harness(tmp_path, cfg) as h:
        await h.call("lookup", {"key": "a"})
        await h.call("search", {"q": "x"})
        await h.call("write", {"key": "a"})
        assert (await h.call("lookup", {"key": "a"})).served_from_cache  # not named: kept
        assert not (await h.call("search", {"q": "x"})).served_from_cache  # named: dropped


async def test_list_changed_invalidates(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        await h.call("search", {"q": "x"})
        assert (await h.call("search", {"q": "x"})).served_from_cache
        await h.call("evolve")  # upstream sends notifications/tools/list_changed
        with anyio.fail_after(10):
            await h.list_changed.wait()
        again = await h.call("search", {"q": "x"})
        assert not again.served_from_cache and again.cache["why"] == "invalidated"
        assert (await h.upstream_counts())["search"] == 2


async def test_changed_schema_invalidates(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        await h.call("search", {"q": "x"})
        await h.call("lookup", {"key": "a"})
        # The upstream changes lookup's schema; here we only re-list (no notification
        # handling), as a hub does on its periodic refresh.
        h.invalidate_on_list_changed = False  # prove that tools_listed alone does it
        await h.call("evolve")
        assert await h.relist() is True
        assert "rev" in h.tools["lookup"]["inputSchema"]["properties"]
        assert not (await h.call("lookup", {"key": "a"})).served_from_cache
        # The whole server's entries went, not only the changed tool's.
        assert not (await h.call("search", {"q": "x"})).served_from_cache


async def test_changed_schema_seen_on_a_call_invalidates(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        await h.call("search", {"q": "x"})
        changed = dict(h.tools["lookup"])
        changed["inputSchema"] = {"type": "object", "properties": {"key": {"type": "integer"}}}
        h.tools["lookup"] = changed
        call = await h.call("lookup", {"key": "a"})
        assert call.cache["outcome"] == "miss"
        assert not (await h.call("search", {"q": "x"})).served_from_cache


async def test_is_error_and_jsonrpc_errors_not_cached(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        for _ in range(2):
            c = await h.call("fail", {"x": "1"})
            assert result_of(c)["isError"] is True
            assert not c.served_from_cache
        store = [s for s in c.stages if s.stage == "cache_store"][0]
        assert store.outcome == "skipped" and store.detail == {"why": "is_error"}
        for _ in range(2):
            c = await h.call("explode", {"x": "1"})
            err = c.fact(RpcError)
            assert err is not None and err.code == -32602
            assert not c.served_from_cache
        counts = await h.upstream_counts()
        assert counts["fail"] == 2 and counts["explode"] == 2


async def test_missing_or_untrusted_annotations_not_cached(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        a = await h.call("plain", {"x": "1"})
        b = await h.call("plain", {"x": "1"})
        assert a.cache["why"] == "no_annotations" and not b.served_from_cache
        u1 = await h.call("search", {"q": "1"}, trusted=False)
        u2 = await h.call("search", {"q": "1"}, trusted=False)
        assert u1.cache["why"] == "annotations_untrusted" and not u2.served_from_cache
        counts = await h.upstream_counts()
        assert counts["plain"] == 2 and counts["search"] == 2


async def test_settings_make_a_tool_cacheable_or_not(tmp_path: Path) -> None:
    cfg = {"servers": {"test": {"tools": {"plain": {"cacheable": True}, "lookup": {"cacheable": False}}}}}
    async with harness(tmp_path, cfg) as h:
        await h.call("plain", {"x": "1"})
        assert (await h.call("plain", {"x": "1"}, trusted=False)).served_from_cache
        await h.call("lookup", {"key": "a"})
        off = await h.call("lookup", {"key": "a"})
        assert not off.served_from_cache and off.cache["why"] == "tool_disabled"


async def test_ttl_expiry(tmp_path: Path) -> None:
    # A TTL long enough that a loaded CI box still makes the second call within it.
    cfg = {"servers": {"test": {"tools": {"lookup": {"ttl_s": 1.5}}}}}
    async with harness(tmp_path, cfg) as h:
        assert await h.text("lookup", {"key": "a"}) == "a@v1#1"
        assert await h.text("lookup", {"key": "a"}) == "a@v1#1"
        await anyio.sleep(1.8)
        assert await h.text("lookup", {"key": "a"}) == "a@v1#2"


async def test_open_world_tools_get_the_short_ttl(tmp_path: Path) -> None:
    cfg = {"ttl_s": 600, "open_world_ttl_s": 0.3}
    async with harness(tmp_path, cfg) as h:
        await h.call("search", {"q": "x"})
        await h.call("lookup", {"key": "a"})
        await anyio.sleep(0.5)
        assert not (await h.call("search", {"q": "x"})).served_from_cache  # open world: expired
        assert (await h.call("lookup", {"key": "a"})).served_from_cache  # closed world: kept


async def test_principals_never_see_each_others_entries(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        assert await h.text("lookup", {"key": "a"}, user="alice") == "a@v1#1"
        bob = await h.call("lookup", {"key": "a"}, user="bob")
        assert not bob.served_from_cache
        assert result_of(bob)["content"][0]["text"] == "a@v1#2"
        assert (await h.call("lookup", {"key": "a"}, user="bob")).served_from_cache
        assert await h.text("lookup", {"key": "a"}, user="alice") == "a@v1#1"


async def test_group_and_shared_scopes(tmp_path: Path) -> None:
    cfg = {"servers": {"test": {"tools": {"lookup": {"scope": "group"}, "search": {"scope": "shared"}}}}}
    async with harness(tmp_path, cfg) as h:
        await h.call("lookup", {"key": "a"}, user="alice")
        assert (await h.call("lookup", {"key": "a"}, user="bob")).served_from_cache  # both "eng"
        assert not (await h.call("lookup", {"key": "a"}, user="carol")).served_from_cache  # "sales"
        await h.call("search", {"q": "x"}, user="alice")
        hit = await h.call("search", {"q": "x"}, user="carol")
        assert hit.served_from_cache and hit.cache["inspected"] is False


async def test_bypass_skips_lookup_and_refreshes(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        assert await h.text("lookup", {"key": "a"}) == "a@v1#1"
        fresh = await h.call("lookup", {"key": "a"}, bypass=True)
        assert fresh.cache == {**fresh.cache, "outcome": "bypass", "why": "requested"}
        assert result_of(fresh)["content"][0]["text"] == "a@v1#2"
        # The fresh answer replaced the entry.
        assert await h.text("lookup", {"key": "a"}) == "a@v1#2"


async def test_progress_tokens_and_mrtr_retries(tmp_path: Path) -> None:
    async with harness(tmp_path, {"replay_progress": True}) as h:
        a = await h.call("lookup", {"key": "a"}, progress_token="p1")
        b = await h.call("lookup", {"key": "a"}, progress_token="p2")
        assert a.cache["why"] == "progress_token" and not b.served_from_cache
        r = await h.call("lookup", {"key": "b"}, is_retry=True)
        assert r.cache["why"] == "mrtr_retry"
        assert not (await h.call("lookup", {"key": "b"})).served_from_cache  # retry was not stored
    async with harness(tmp_path / "second") as h:
        await h.call("lookup", {"key": "a"}, progress_token="p1")
        assert (await h.call("lookup", {"key": "a"}, progress_token="p2")).served_from_cache


async def test_input_required_results_not_cached(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:

        async def mrtr_route(call):  # an upstream answering with an InputRequiredResult
            h.upstream_calls += 1
            call.put(UpstreamResult({"resultType": "input_required", "requestState": "s1", "inputRequests": {}}))

        from bastion.gateway.call import Call, Credentials
        from bastion.mcp_bridge.toolcache import ToolCallInfo

        for _ in range(2):
            call = Call(
                front_door="mcp",
                kind="tool",
                target="test__lookup",
                credentials=Credentials(api_key=h.keys["alice"]),
                method="tools/call",
            )
            call.put(ToolCallInfo("test", "lookup", {"key": "m"}, h.tools["lookup"], True))
            await h.pipeline.run(call, mrtr_route)
            h.cache.finish(call)
            assert not call.served_from_cache
        assert h.upstream_calls == 2


async def test_single_flight_50_concurrent_identical_calls(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        calls = []

        async def one() -> None:
            calls.append(await h.call("slow", {"key": "sf", "delay": 0.5}))

        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(one)
        assert len(calls) == 50
        assert (await h.upstream_counts())["slow"] == 1
        texts = {result_of(c)["content"][0]["text"] for c in calls}
        assert texts == {"slow sf #1"}
        shared = [c for c in calls if c.cache.get("shared_flight")]
        assert len(shared) == 49
        assert len(h.cache.flights) == 0


async def test_single_flight_followers_fall_back_when_leader_fails(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        calls = []

        async def one() -> None:
            calls.append(await h.call("fail", {"x": "sf"}))

        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(one)
        # Nothing shareable: every follower called the upstream itself, none hung.
        assert len(calls) == 5 and all(result_of(c)["isError"] for c in calls)
        assert (await h.upstream_counts())["fail"] == 5
        assert len(h.cache.flights) == 0


async def test_purge_by_tool_and_server(tmp_path: Path) -> None:
    async with harness(tmp_path) as h:
        await h.call("lookup", {"key": "a"})
        await h.call("search", {"q": "x"})
        await h.cache.purge("test", "lookup")
        assert not (await h.call("lookup", {"key": "a"})).served_from_cache
        assert (await h.call("search", {"q": "x"})).served_from_cache
        await h.cache.purge("test")
        assert not (await h.call("search", {"q": "x"})).served_from_cache


async def test_disabled_cache_calls_upstream_every_time(tmp_path: Path) -> None:
    async with harness(tmp_path, {"enabled": False}) as h:
        await h.call("lookup", {"key": "a"})
        c = await h.call("lookup", {"key": "a"})
        assert not c.served_from_cache and c.cache["why"] == "disabled"
        assert (await h.upstream_counts())["lookup"] == 2

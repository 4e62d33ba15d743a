"""Tool-result cache bench: a cache hit through ``/mcp`` end to end (in-process and Redis
backends), against the MCP framing alone and a cache miss; and a replayed mixed workload of
read and write tools (hit ratio, upstream calls saved).

Everything is real: ``bastion serve`` processes, a stdio upstream MCP server
(``tests/toolcache/upstream_server.py``), ``redis-server`` on a free port, the closed-loop
aiohttp load generator (``bench.loadgen``) in its own process for latencies, and the ``mcp``
SDK client for the workload.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import httpx2

from bench.loadgen import Result, measure, percentile
from tests.gateway_process import GatewayProcess, start_gateway
from tests.toolcache.harness import UPSTREAM, redis_server

MODERN = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": MODERN, "io.modelcontextprotocol/clientCapabilities": {}}
CACHE_META = "io.bastion/cache"


def _config(cache_url: str) -> dict[str, Any]:
    return {
        "cache": {"url": cache_url},
        "mcp": {
            "servers": {"test": {"command": sys.executable, "args": [UPSTREAM], "trusted_annotations": True}},
            "startup_wait_s": 20,
            "cache": {"ttl_s": 600},
        },
    }


def _request(method: str, params: dict[str, Any], name: str | None, key: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": {**params, "_meta": META}}).encode()
    headers = {
        "authorization": f"Bearer {key}",
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": MODERN,
        "mcp-method": method,
    }
    if name:
        headers["mcp-name"] = name
    return body, headers


def _hit_traces_p50(gw: GatewayProcess, user: str, want: int = 1000) -> tuple[float, float, int]:
    """p50 of the pipeline's own time (trace ``duration_ms``) and of the cache lookup stage,
    over the user's recent cache-hit traces."""
    durations: list[float] = []
    lookups: list[float] = []
    deadline = time.monotonic() + 30
    with gw.admin() as admin:
        while time.monotonic() < deadline:
            durations.clear()
            lookups.clear()
            cursor = None
            while len(durations) < want:
                params: dict[str, Any] = {"user": user, "limit": 500}
                if cursor:
                    params["cursor"] = cursor
                page = admin.get("/admin/traces", params=params).json()
                for t in page["items"]:
                    if (t.get("cache") or {}).get("outcome") == "hit":
                        durations.append(t["duration_ms"])
                        lookups += [s["ms"] for s in t["stages"] if s["stage"] == "cache_lookup"]
                cursor = page.get("next_cursor")
                if not cursor:
                    break
            if len(durations) >= want:
                break
            time.sleep(0.5)  # the audit writer flushes in batches
    return percentile(durations, 50), percentile(lookups, 50), len(durations)


def _latency_rows(label: str, gw: GatewayProcess, n: int) -> list[str]:
    key = gw.create_key(f"bench-{label}")
    call_body, call_hdr = _request(
        "tools/call", {"name": "test__lookup", "arguments": {"key": "b"}}, "test__lookup", key
    )
    disc_body, disc_hdr = _request("server/discover", {}, None, key)
    url = gw.url + "/mcp"
    framing = measure(url, method="POST", body=disc_body, headers=disc_hdr, requests=n, warmup=200)
    hit = measure(url, method="POST", body=call_body, headers=call_hdr, requests=n, warmup=200)
    miss = measure(
        url,
        method="POST",
        body=call_body,
        headers={**call_hdr, "cache-control": "no-cache"},
        requests=max(200, n // 5),
        warmup=50,
    )
    pipe_p50, lookup_p50, traced = _hit_traces_p50(gw, f"bench-{label}", want=min(n, 1000))

    def row(name: str, r: Result, extra: str = "") -> str:
        return f"| {label} | {name} | {r.p50:.3f} | {r.p99:.3f} | {r.rps:,.0f} | {extra} | {r.errors} |"

    return [
        row("MCP framing only (`server/discover`, no pipeline)", framing),
        row(
            "`tools/call` cache **hit**",
            hit,
            f"pipeline p50 {pipe_p50:.3f} ms (lookup stage {lookup_p50:.3f} ms, n={traced}); "
            f"+{hit.p50 - framing.p50:.3f} ms over framing",
        ),
        row("`tools/call` miss (`Cache-Control: no-cache`, upstream every time)", miss),
    ]


async def _workload(gw: GatewayProcess, calls: int, write_share: float, tag: str, seed: int = 7) -> dict[str, Any]:
    """Replay a mixed read/write workload with the SDK client; count hits and upstream calls."""
    from mcp import Client
    from mcp.client.streamable_http import streamable_http_client

    rng = random.Random(seed)
    users = [gw.create_key(f"wl-{tag}-{i}") for i in range(3)]
    keys = [f"k{i}" for i in range(40)]
    weights = [1.0 / (i + 1) for i in range(len(keys))]  # Zipf-like: a few hot keys
    plan: list[tuple[int, str, dict[str, Any]]] = []
    for _ in range(calls):
        u = rng.randrange(len(users))
        r = rng.random()
        if r < write_share:
            plan.append((u, "test__write", {"key": rng.choice(keys)}))
        elif r < write_share + (1 - write_share) * 0.75:
            plan.append((u, "test__lookup", {"key": rng.choices(keys, weights)[0]}))
        else:
            plan.append((u, "test__search", {"q": rng.choices(keys[:10], weights[:10])[0]}))
    counts = {"read": 0, "write": 0, "hits": 0}
    clients = []
    https = [httpx2.AsyncClient(headers={"Authorization": f"Bearer {k}"}, timeout=60) for k in users]
    try:
        for http in https:
            c = Client(streamable_http_client(gw.url + "/mcp", http_client=http))
            await c.__aenter__()
            clients.append(c)
        before = await _upstream_calls(clients[0])
        t0 = time.perf_counter()
        for u, tool, args in plan:
            res = await clients[u].call_tool(tool, args)
            if tool == "test__write":
                counts["write"] += 1
            else:
                counts["read"] += 1
                if (res.meta or {}).get(CACHE_META, {}).get("hit"):
                    counts["hits"] += 1
        elapsed = time.perf_counter() - t0
        upstream_calls = await _upstream_calls(clients[0]) - before
    finally:
        for c in reversed(clients):
            await c.__aexit__(None, None, None)
        for http in https:
            await http.aclose()
    return {**counts, "calls": calls, "upstream_calls": upstream_calls, "elapsed_s": elapsed}


async def _upstream_calls(client: Any) -> int:
    """Tool calls the upstream has served so far (its own counter, read through the gateway)."""
    stats = await client.call_tool("test__stats", {})
    counts = json.loads(stats.content[0].text)
    return sum(v for k, v in counts.items() if k in ("lookup", "search", "write"))


def main() -> None:
    n = 3000
    latency_rows: list[str] = []
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        with start_gateway(work / "mem", _config("memory://"), timeout=240) as gw:
            latency_rows += _latency_rows("memory", gw, n)
            workloads = [
                (share, asyncio.run(_workload(gw, 1000, share, f"w{i}"))) for i, share in enumerate((0.10, 0.02))
            ]
        with redis_server(work) as redis, start_gateway(work / "redis", _config(redis.url), timeout=240) as gw:
            latency_rows += _latency_rows("redis", gw, n)
            with httpx.Client(base_url=gw.url, headers={"authorization": f"Bearer {gw.admin_key}"}) as a:
                a.get("/admin/cache/tools").raise_for_status()
    print("\n### MCP tool-result cache: a hit through `/mcp` end to end (ms, c=1)\n")
    print(
        "Client-observed round trip with the aiohttp load generator (modern 2026-07-28 JSON POST); "
        '"pipeline" is the gateway\'s own time for the call from its audit traces.\n'
    )
    print("| backend | request | p50 | p99 | req/s | gateway time | errors |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(latency_rows))
    print("\n### MCP tool-result cache: replayed mixed workload (memory backend, through `/mcp`)\n")
    print(
        "Reads: 75% `lookup` (read-only, closed world; Zipf over 40 keys), 25% `search` (read-only, "
        "open world, 10 s TTL); writes: `write` (destructive: drops the server's entries). "
        "3 principals, per-principal scope, same seeded sequence shape for each write share.\n"
    )
    print(
        "| write share | calls | reads | writes | cache hits | hit ratio (reads) | upstream calls | "
        "upstream calls saved | wall s |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for share, wl in workloads:
        saved = wl["calls"] - wl["upstream_calls"]
        ratio = wl["hits"] / wl["read"] if wl["read"] else 0.0
        print(
            f"| {share:.0%} | {wl['calls']} | {wl['read']} | {wl['write']} | {wl['hits']} | {ratio:.1%} | "
            f"{wl['upstream_calls']} | {saved} ({saved / wl['calls']:.1%}) | {wl['elapsed_s']:.1f} |"
        )


if __name__ == "__main__":
    main()

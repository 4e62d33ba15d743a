"""Soak: a fixed rate of mixed traffic through all three front doors for a long time, with the
gateway's resident memory and the latency percentiles of every minute in a table.

Traffic (open loop: requests start on schedule whether or not earlier ones finished, as real
clients do): LLM chat (plain and streamed, fake OpenAI upstream), MCP ``tools/call`` to a stdio
server, A2A ``SendMessage`` to an a2a-sdk agent, in the ratio 3 : 2 : 3 : 2.

``BENCH_SOAK_MIXED_MINUTES`` (default 30) and ``BENCH_SOAK_MIXED_RPS`` (default 200) set the
duration and rate; ``BENCH_SOAK_MIXED_ROW_S`` (default 60) the length of one table row.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.llm import start_fake
from bench.loadgen import percentile, rss_mb
from tests.a2a.conftest import AgentsProcess
from tests.gateway_process import GatewayProcess, start_gateway

MINUTES = float(os.environ.get("BENCH_SOAK_MIXED_MINUTES", "30"))
RPS = float(os.environ.get("BENCH_SOAK_MIXED_RPS", "200"))
ROW_S = float(os.environ.get("BENCH_SOAK_MIXED_ROW_S", "60"))
FIXTURE = str(Path(__file__).resolve().parents[1] / "tests" / "mcp" / "servers" / "fixture_server.py")
MIX = ("llm", "stream", "llm", "mcp", "a2a", "llm", "mcp", "a2a", "stream", "a2a")


@dataclass
class Row:
    latencies: list[float] = field(default_factory=list)
    #: Failed requests per kind (llm, stream, mcp, a2a).
    errors: dict[str, int] = field(default_factory=dict)
    late: int = 0  # started more than 1 s behind schedule (the client could not keep up)


async def _drive(gw: GatewayProcess, key: str) -> list[tuple[Row, float]]:
    import aiohttp

    h = {"authorization": f"Bearer {key}", "content-type": "application/json"}
    mcp_h = {
        **h,
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": "2026-07-28",
        "mcp-method": "tools/call",
        "mcp-name": "fx__echo",
    }
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    rows: list[tuple[Row, float]] = []
    row = Row()
    total = int(MINUTES * 60 * RPS)
    t0 = time.monotonic()
    next_row = t0 + ROW_S
    inflight: set[asyncio.Task[None]] = set()
    connector = aiohttp.TCPConnector(limit=512)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as s:

        async def one(i: int, r: Row) -> None:
            kind = MIX[i % len(MIX)]
            t = time.perf_counter()
            body: dict[str, Any]
            try:
                if kind in ("llm", "stream"):
                    body = {"model": "main", "messages": [{"role": "user", "content": f"soak {i}"}]}
                    if kind == "stream":
                        body["stream"] = True
                    async with s.post(gw.url + "/v1/chat/completions", json=body, headers=h) as resp:
                        raw = await resp.read()
                        ok = resp.status == 200 and (kind != "stream" or raw.rstrip().endswith(b"[DONE]"))
                elif kind == "mcp":
                    body = {
                        "jsonrpc": "2.0",
                        "id": i,
                        "method": "tools/call",
                        "params": {"name": "fx__echo", "arguments": {"text": f"s{i}"}, "_meta": meta},
                    }
                    async with s.post(gw.url + "/mcp", json=body, headers=mcp_h) as resp:
                        ok = resp.status == 200 and b'"error"' not in await resp.read()
                else:
                    body = {
                        "jsonrpc": "2.0",
                        "id": i,
                        "method": "SendMessage",
                        "params": {
                            "message": {"messageId": f"s{i}", "role": "ROLE_USER", "parts": [{"text": f"quick {i}"}]}
                        },
                    }
                    async with s.post(gw.url + "/a2a/echo", json=body, headers={**h, "a2a-version": "1.0"}) as resp:
                        ok = resp.status == 200 and b'"error"' not in await resp.read()
            except (aiohttp.ClientError, TimeoutError):
                ok = False
            r.latencies.append((time.perf_counter() - t) * 1000.0)
            if not ok:
                r.errors[kind] = r.errors.get(kind, 0) + 1

        for i in range(total):
            due = t0 + i / RPS
            now = time.monotonic()
            if due > now:
                await asyncio.sleep(due - now)
            elif now - due > 1.0:
                row.late += 1
            if time.monotonic() >= next_row:
                assert gw.proc is not None
                rows.append((row, rss_mb(gw.proc.pid)))
                row = Row()
                next_row += ROW_S
            task = asyncio.create_task(one(i, row))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
        await asyncio.gather(*inflight)
        assert gw.proc is not None
        rows.append((row, rss_mb(gw.proc.pid)))
    return rows


def _wait_upstreams(gw: GatewayProcess, timeout: float = 120.0) -> None:
    """Until the stdio MCP server and the A2A agent are up (they start after the gateway)."""
    deadline = time.monotonic() + timeout
    with gw.admin() as a:
        while True:
            mcp = a.get("/admin/mcp/servers/fx").json().get("status") == "ready"
            agent = a.get("/admin/a2a/agents/echo")
            if mcp and agent.status_code == 200 and agent.json().get("health") == "ok":
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"upstreams not ready: mcp={mcp} agent={agent.text[:200]}")
            time.sleep(0.5)


def main() -> None:
    fake, upstream = start_fake()
    agents = AgentsProcess().start()
    try:
        config = {
            "server": {"log_level": "warning"},
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
                "aliases": {"main": ["oa/gpt-bench"]},
            },
            "mcp": {"servers": {"fx": {"command": sys.executable, "args": [FIXTURE]}}},
            "a2a": {"agents": {"echo": {"url": f"{agents.url}/echo"}}, "allow_private_urls": True},
        }
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d), config, timeout=180) as gw:
            key = gw.create_key("soak")
            _wait_upstreams(gw)
            assert gw.proc is not None
            start_rss = rss_mb(gw.proc.pid)
            rows = asyncio.run(_drive(gw, key))
    finally:
        agents.stop()
        fake.kill()
        fake.wait(10)
    print(f"\n### Soak: {RPS:g} req/s mixed (LLM plain/stream, MCP stdio tool, A2A) for {MINUTES:g} min\n")
    print(f"Gateway RSS at start (after start-up): {start_rss:.0f} MB\n")
    print("| until (s) | requests | errors (llm/stream/mcp/a2a) | late starts | p50 ms | p99 ms | gateway RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for n, (r, rss) in enumerate(rows, 1):
        until = f"{min(n * ROW_S, MINUTES * 60):.0f}" if n < len(rows) else "drain"
        p50, p99 = percentile(r.latencies, 50), percentile(r.latencies, 99)
        errs = "/".join(str(r.errors.get(k, 0)) for k in ("llm", "stream", "mcp", "a2a"))
        print(f"| {until} | {len(r.latencies):,} | {errs} | {r.late} | {p50:.1f} | {p99:.1f} | {rss:.0f} |")


if __name__ == "__main__":
    main()

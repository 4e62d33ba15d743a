"""MCP front door bench: added latency of ``tools/call`` through the gateway against calling the
same upstream directly, for a stdio and a Streamable HTTP upstream (c=1 and c=16), and the
gateway's memory with 20 upstream servers registered."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.loadgen import Result, measure, percentile, rss_mb
from tests.gateway_process import free_port, start_gateway

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = str(ROOT / "tests" / "mcp" / "servers" / "fixture_server.py")
N = 600


def _body(name: str) -> bytes:
    return json.dumps(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "tools/call",
            "params": {
                "name": name,
                "arguments": {"text": "hello"},
                "_meta": {
                    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": {},
                },
            },
        }
    ).encode()


def _headers(name: str, key: str | None = None) -> dict[str, str]:
    h = {
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2026-07-28",
        "Mcp-Method": "tools/call",
        "Mcp-Name": name,
    }
    if key:
        h["Authorization"] = f"Bearer {key}"
    return h


def _http_fixture() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, FIXTURE, "--http", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/mcp"
    for _ in range(300):
        try:
            httpx.get(url, timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return proc, url


async def _stdio_direct(concurrency: int, n: int) -> Result:
    """The same call straight on a stdio session of the same server, from a lean client (JSON lines
    on the pipe, replies matched by id): the floor the gateway is compared against."""
    import orjson

    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        FIXTURE,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    waiting: dict[int, asyncio.Future[bytes]] = {}

    async def reader() -> None:
        assert proc.stdout is not None
        while line := await proc.stdout.readline():
            msg = orjson.loads(line)
            fut = waiting.pop(msg.get("id"), None)
            if fut is not None:
                fut.set_result(line)

    read_task = asyncio.create_task(reader())
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    lat: list[float] = []
    counter = 0

    async def worker(k: int) -> None:
        nonlocal counter
        assert proc.stdin is not None
        for _ in range(k):
            counter += 1
            rid = counter
            fut: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
            waiting[rid] = fut
            t = time.perf_counter()
            proc.stdin.write(
                orjson.dumps(
                    {
                        "jsonrpc": "2.0",
                        "id": rid,
                        "method": "tools/call",
                        "params": {"name": "echo", "arguments": {"text": "hello"}, "_meta": meta},
                    }
                )
                + b"\n"
            )
            await fut
            lat.append((time.perf_counter() - t) * 1000.0)

    try:
        await asyncio.gather(*(worker(200 // concurrency + 1) for _ in range(concurrency)))
        lat.clear()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n // concurrency) for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    finally:
        read_task.cancel()
        proc.kill()
        await proc.wait()
    return Result(
        p50=percentile(lat, 50),
        p90=percentile(lat, 90),
        p99=percentile(lat, 99),
        mean=sum(lat) / len(lat),
        rps=len(lat) / elapsed,
        errors=0,
        n=len(lat),
    )


@dataclass
class Pair:
    direct: Result
    via: Result

    @property
    def added_p50(self) -> float:
        return self.via.p50 - self.direct.p50

    @property
    def added_p99(self) -> float:
        return self.via.p99 - self.direct.p99


def _median_pair(pairs: list[Pair]) -> Pair:
    """The run with the median added p50 (its own p99 and rps kept together, not mixed)."""
    return sorted(pairs, key=lambda p: p.added_p50)[len(pairs) // 2]


def _row(path: str, name: str, c: int, pairs: list[Pair]) -> str:
    m = _median_pair(pairs)
    p99s = sorted(p.added_p99 for p in pairs)
    return (
        f"| {path} | {name} | {c} | {m.direct.p50:.2f} / {m.direct.p99:.2f} | {m.via.p50:.2f} / {m.via.p99:.2f} | "
        f"**{m.added_p50:+.2f} / {p99s[len(p99s) // 2]:+.2f}** | {m.direct.rps:,.0f} | {m.via.rps:,.0f} | "
        f"{sum(p.via.errors for p in pairs)} |"
    )


def _measure_gateway(web_url: str, fast_lane: bool, repeats: int) -> tuple[list[str], tuple[int, int, float]]:
    with tempfile.TemporaryDirectory() as d:
        config = {
            "mcp": {
                "servers": {
                    "fx": {"command": sys.executable, "args": [FIXTURE]},
                    "web": {"url": web_url},
                    **{f"w{i:02d}": {"url": web_url} for i in range(1, 19)},
                },
                "startup_wait_s": 120,
                "fast_lane": fast_lane,
            },
            "limits": {"default_rpm": 0},
        }
        with start_gateway(Path(d) / "gw", config, timeout=300) as gw:
            key = gw.create_key("bench")
            url = gw.url + "/mcp"
            results: dict[tuple[str, int], list[Pair]] = {}
            for _ in range(repeats):
                for c in (1, 16):
                    n = N if c == 1 else N * 2
                    direct = asyncio.run(_stdio_direct(c, n))
                    via = measure(
                        url,
                        concurrency=c,
                        requests=n,
                        method="POST",
                        body=_body("fx__echo"),
                        headers=_headers("fx__echo", key),
                    )
                    results.setdefault(("stdio", c), []).append(Pair(direct, via))
                    direct = measure(
                        web_url, concurrency=c, requests=n, method="POST", body=_body("echo"), headers=_headers("echo")
                    )
                    via = measure(
                        url,
                        concurrency=c,
                        requests=n,
                        method="POST",
                        body=_body("web__echo"),
                        headers=_headers("web__echo", key),
                    )
                    results.setdefault(("http", c), []).append(Pair(direct, via))
            path = "lean path (fast_lane on)" if fast_lane else "SDK path (fast_lane off)"
            rows = []
            for (kind, c), pairs in sorted(results.items()):
                name = "stdio (fixture echo)" if kind == "stdio" else "Streamable HTTP (fixture echo)"
                rows.append(_row(path, name, c, pairs))
            assert gw.proc is not None
            with gw.admin() as a:
                servers = a.get("/admin/mcp/servers").json()["items"]
            ready = sum(1 for s in servers if s["status"] == "ready")
            return rows, (len(servers), ready, rss_mb(gw.proc.pid))


def main() -> None:
    repeats = int(os.environ.get("BENCH_MCP_REPEATS", "3"))
    web, web_url = _http_fixture()
    try:
        table = [
            "| gateway path | upstream | c | direct p50 / p99 ms | via gateway p50 / p99 ms | added p50 / p99 ms "
            "| rps direct | rps via gateway | errors |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        memory = [
            "| gateway path | upstream servers registered | ready | gateway RSS MB (after the load) |",
            "|---|---|---|---|",
        ]
        for fast_lane in (False, True):
            rows, (total, ready, rss) = _measure_gateway(web_url, fast_lane, repeats)
            table.extend(rows)
            memory.append(f"| {'lean' if fast_lane else 'SDK'} | {total} | {ready} | {rss:.0f} |")
        print(
            f"### MCP tools/call: gateway vs the same upstream directly (median of {repeats} runs; "
            "targets at c=1: added p50 <= 3 ms, p99 <= 15 ms)\n"
        )
        print(
            "Direct: stdio = a lean JSON-lines client on the fixture's pipe; HTTP = the same aiohttp load "
            "generator on the fixture's URL. Baselines are measured in the same run, right before each "
            "gateway measurement.\n"
        )
        print("\n".join(table))
        print("\n### Gateway memory with 20 upstream servers\n")
        print("\n".join(memory))
    finally:
        web.terminate()
        web.wait(10)


if __name__ == "__main__":
    main()

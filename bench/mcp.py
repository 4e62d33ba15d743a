"""MCP front door bench: added latency of ``tools/call`` through the gateway against calling the
same upstream directly, for a stdio and a Streamable HTTP upstream (c=1 and c=16), and the
gateway's memory with 20 upstream servers registered."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.loadgen import Result, measure, percentile
from tests.gateway_process import free_port, start_gateway

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = str(ROOT / "tests" / "mcp" / "servers" / "fixture_server.py")
N = 1500


def _body(name: str) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {
        "name": name, "arguments": {"text": "hello"},
        "_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
                  "io.modelcontextprotocol/clientCapabilities": {}}}}).encode()


def _headers(name: str, key: str | None = None) -> dict[str, str]:
    h = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
         "MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": name}
    if key:
        h["Authorization"] = f"Bearer {key}"
    return h


def _http_fixture() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, FIXTURE, "--http", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    for _ in range(300):
        try:
            httpx.get(url, timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return proc, url


async def _stdio_direct(concurrency: int, n: int) -> Result:
    """The same call on a stdio session held by an SDK client (what the gateway itself holds)."""
    from mcp import Client, StdioServerParameters

    lat: list[float] = []
    async with Client(StdioServerParameters(command=sys.executable, args=[FIXTURE]), cache=None) as c:
        await c.list_tools()

        async def worker(k: int) -> None:
            for _ in range(k):
                t = time.perf_counter()
                await c.session.call_tool("echo", {"text": "hello"})
                lat.append((time.perf_counter() - t) * 1000.0)

        await asyncio.gather(*(worker(50 // concurrency + 1) for _ in range(concurrency)))
        lat.clear()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n // concurrency) for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return Result(p50=percentile(lat, 50), p90=percentile(lat, 90), p99=percentile(lat, 99),
                  mean=sum(lat) / len(lat), rps=len(lat) / elapsed, errors=0, n=len(lat))


def _row(name: str, c: int, r: Result, base: Result) -> str:
    return (f"| {name} | {c} | {base.p50:.2f} / {base.p99:.2f} | {r.p50:.2f} / {r.p99:.2f} | "
            f"**{r.p50 - base.p50:+.2f} / {r.p99 - base.p99:+.2f}** | {r.rps:,.0f} | {r.errors} |")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    web, web_url = _http_fixture()
    try:
        with tempfile.TemporaryDirectory() as d:
            config = {"mcp": {"servers": {
                "fx": {"command": sys.executable, "args": [FIXTURE]},
                "web": {"url": web_url},
                **{f"w{i:02d}": {"url": web_url} for i in range(1, 19)},
            }, "startup_wait_s": 120}, "limits": {"default_rpm": 0}}
            with start_gateway(Path(d) / "gw", config, timeout=300) as gw:
                key = gw.create_key("bench")
                url = gw.url + "/mcp"
                rows = ["| upstream | c | direct p50 / p99 ms | via gateway p50 / p99 ms | added p50 / p99 ms | rps via gateway | errors |",
                        "|---|---|---|---|---|---|---|"]
                for c in (1, 16):
                    n = N if c == 1 else N * 2
                    direct = asyncio.run(_stdio_direct(c, n))
                    via = measure(url, concurrency=c, requests=n, method="POST", body=_body("fx__echo"),
                                  headers=_headers("fx__echo", key))
                    rows.append(_row("stdio (fixture echo)", c, via, direct))
                for c in (1, 16):
                    n = N if c == 1 else N * 2
                    direct = measure(web_url, concurrency=c, requests=n, method="POST", body=_body("echo"),
                                     headers=_headers("echo"))
                    via = measure(url, concurrency=c, requests=n, method="POST", body=_body("web__echo"),
                                  headers=_headers("web__echo", key))
                    rows.append(_row("Streamable HTTP (fixture echo)", c, via, direct))
                print("### MCP tools/call: gateway vs direct (targets at c=1: added p50 <= 3 ms, p99 <= 15 ms)\n")
                print("\n".join(rows))
                assert gw.proc is not None
                with gw.admin() as a:
                    servers = a.get("/admin/mcp/servers").json()["items"]
                ready = sum(1 for s in servers if s["status"] == "ready")
                print(f"\n### Gateway memory\n\n| upstream servers registered | ready | gateway RSS MB |\n|---|---|---|\n"
                      f"| {len(servers)} | {ready} | {_rss_mb(gw.proc.pid):.0f} |")
    finally:
        web.terminate()
        web.wait(10)


if __name__ == "__main__":
    main()

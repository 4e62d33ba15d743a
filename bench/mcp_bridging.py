"""MCP era bridging bench: a ``tools/call`` that needs one elicitation round trip, through the
gateway, for each way the gateway relays it (client era x server era), against the same flow
straight to the same upstream where one exists.

Upstreams (Streamable HTTP, the same processes direct and behind the gateway):
``travel_desk.py`` (mcp 2.3 ``MCPServer``, both eras), the same with ``--modern-only``, and
``legacy_desk.py`` (mcp 1.x ``FastMCP``, 2025 era only, in the legacy venv). Clients: the mcp SDK
``Client`` (``mode="legacy"`` for a 2025-era client, ``"auto"`` for 2026-07-28), answering the
elicitation itself, one session per row, sequential calls (c=1).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx2
import mcp.types as types
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import free_port, start_gateway
from tests.mcp.conftest import LEGACY_VENV, http_process

ROOT = Path(__file__).resolve().parent.parent
SERVERS = ROOT / "tests" / "mcp" / "servers"
N = int(os.environ.get("BENCH_BRIDGING_CALLS", "40"))


async def _elicit(ctx: Any, params: Any) -> types.ElicitResult:
    props = (getattr(params, "requested_schema", None) or {}).get("properties", {})
    content = {"approve": True} if "approve" in props else {"name": "bench"}
    return types.ElicitResult(action="accept", content=content)


@contextlib.asynccontextmanager
async def _client(url: str, key: str | None, mode: str) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(
            streamable_http_client(url, http_client=http), mode=mode, cache=None, elicitation_callback=_elicit
        ) as c:
            yield c


async def _latencies(url: str, key: str | None, mode: str, tool: str, args: dict[str, Any]) -> list[float]:
    out: list[float] = []
    async with _client(url, key, mode) as c:
        for i in range(N + 3):
            t = time.perf_counter()
            r = await c.call_tool(tool, args)
            dt = (time.perf_counter() - t) * 1000
            if r.is_error:
                raise RuntimeError(f"{tool}: {r.content}")
            if i >= 3:  # warm-up
                out.append(dt)
    return out


def _p(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def main() -> None:
    legacy_py = LEGACY_VENV / "bin" / "python"
    if not legacy_py.exists():
        raise RuntimeError("the legacy venv is missing: run the MCP tests once (tests/mcp/conftest.py)")
    ports = {k: free_port() for k in ("both", "modern", "legacy")}
    with contextlib.ExitStack() as stack:
        urls = {
            "both": stack.enter_context(
                http_process(
                    [sys.executable, str(SERVERS / "travel_desk.py"), "--http", str(ports["both"])], ports["both"]
                )
            ),
            "modern": stack.enter_context(
                http_process(
                    [sys.executable, str(SERVERS / "travel_desk.py"), "--http", str(ports["modern"]), "--modern-only"],
                    ports["modern"],
                )
            ),
            "legacy": stack.enter_context(
                http_process(
                    [str(legacy_py), str(SERVERS / "legacy_desk.py"), "--http", str(ports["legacy"])], ports["legacy"]
                )
            ),
        }
        config = {
            "mcp": {
                "servers": {
                    "both": {"url": urls["both"]},
                    "modern": {"url": urls["modern"]},
                    "legacy": {"url": urls["legacy"]},
                },
                "allow_private_urls": True,
                "startup_wait_s": 120,
            },
            "limits": {"default_rpm": 0},
        }
        d = stack.enter_context(tempfile.TemporaryDirectory())
        gw = stack.enter_context(start_gateway(Path(d) / "gw", config, timeout=300))
        key = gw.create_key("bench")
        book = {"destination": "Oslo"}
        # (row, how the gateway relays it, direct: (url, mode, tool) or None, via: (mode, tool))
        rows: list[tuple[str, str, tuple[str, str, str] | None, tuple[str, str]]] = [
            (
                "2025 client -> both-era server (live elicitation)",
                "native: era session",
                (urls["both"], "legacy", "confirm"),
                ("legacy", "both__confirm"),
            ),
            (
                "2026 client -> both-era server (input_required)",
                "native: passed through",
                (urls["both"], "auto", "book"),
                ("auto", "both__book"),
            ),
            ("2026 client -> 2025-only server", "bridged: parked call", None, ("auto", "legacy__book")),
            (
                "2025 client -> 2025-only server (reference)",
                "native: live relay",
                (urls["legacy"], "legacy", "book"),
                ("legacy", "legacy__book"),
            ),
            ("2025 client -> 2026-only server", "bridged: asked live", None, ("legacy", "modern__book")),
            (
                "2026 client -> 2026-only server (reference)",
                "native: passed through",
                (urls["modern"], "auto", "book"),
                ("auto", "modern__book"),
            ),
        ]
        table = [
            "| client -> server | gateway relays it | direct p50 / p99 ms | via gateway p50 / p99 ms | added p50 ms |",
            "|---|---|---|---|---|",
        ]
        for name, how, direct, (mode, tool) in rows:
            args = {"amount": 5} if tool.endswith("confirm") else book
            via = asyncio.run(_latencies(gw.url + "/mcp", key, mode, tool, args))
            if direct is not None:
                d_url, d_mode, d_tool = direct
                base = asyncio.run(_latencies(d_url, None, d_mode, d_tool, args))
                cells = (
                    f"{_p(base, 0.5):.1f} / {_p(base, 0.99):.1f}",
                    f"{_p(via, 0.5):.1f} / {_p(via, 0.99):.1f}",
                    f"{statistics.median(via) - statistics.median(base):+.1f}",
                )
            else:
                cells = ("(no direct flow)", f"{_p(via, 0.5):.1f} / {_p(via, 0.99):.1f}", "-")
            table.append(f"| {name} | {how} | {cells[0]} | {cells[1]} | {cells[2]} |")
        print(
            f"### MCP tools/call with one elicitation round trip, per client/server era ({N} sequential calls per "
            "row, one SDK client session each; taken on a loaded shared machine)\n"
        )
        print(
            "Bridged rows have no direct equivalent (the client and the server cannot talk to each other "
            "without the gateway); the reference rows are the same server with a client of its own era.\n"
        )
        print("\n".join(table))


if __name__ == "__main__":
    main()

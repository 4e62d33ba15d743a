"""Helpers for the per-user upstream identity tests: the JWT-checking upstream MCP server as a
process, MCP clients with a key, and small waits."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import GatewayProcess
from tests.mcp.conftest import PY, free_port, http_process

IDENTITY_SERVER = str(Path(__file__).parent / "servers" / "identity_server.py")


@contextlib.contextmanager
def identity_upstream(trust: dict[str, str], audiences: list[str]) -> Iterator[str]:
    """The JWT-checking MCP server; yields its ``/mcp`` URL."""
    port = free_port()
    argv = [PY, IDENTITY_SERVER, str(port)]
    for iss, url in trust.items():
        argv += ["--trust", f"{iss}={url}"]
    for aud in audiences:
        argv += ["--audience", aud]
    with http_process(argv, port) as url:
        yield url


@contextlib.asynccontextmanager
async def mcp_client(gw: GatewayProcess, token: str, mode: str = "auto") -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(gw.url + "/mcp", http_client=http), mode=mode, cache=None) as c:
            yield c


async def whoami(gw: GatewayProcess, token: str, server: str, tag: str = "", mode: str = "auto") -> dict[str, Any]:
    """Call ``<server>__whoami`` through the gateway; the upstream's answer (and the cache marker)."""
    async with mcp_client(gw, token, mode) as c:
        result = await c.call_tool(f"{server}__whoami", {"tag": tag} if tag else {})
    assert not result.is_error, result
    out = json.loads(result.content[0].text)  # type: ignore[union-attr]
    meta = result.meta or {}
    out["_cache"] = meta.get("io.bastion/cache")
    return out


def wait_ready(gw: GatewayProcess, *servers: str, timeout: float = 90) -> None:
    """Until the gateway reports every one of ``servers`` connected."""
    deadline = time.monotonic() + timeout
    with gw.admin() as c:
        for name in servers:
            while True:
                d = c.get(f"/admin/mcp/servers/{name}").json()
                if d.get("status") == "ready":
                    break
                assert time.monotonic() < deadline, f"{name} not ready: {d.get('last_error')}\n{gw.logs()[-3000:]}"
                time.sleep(0.2)


def describe(gw: GatewayProcess, server: str) -> dict[str, Any]:
    with gw.admin() as c:
        return c.get(f"/admin/mcp/servers/{server}").json()  # type: ignore[no-any-return]


def post_upstream(url: str, token: str) -> httpx.Response:
    """A plain 2026-07-28 ``server/discover`` POST to the upstream itself with ``token``."""
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "server/discover",
        "params": {
            "_meta": {
                "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                "io.modelcontextprotocol/clientCapabilities": {},
            }
        },
    }
    headers = {
        "Authorization": f"Bearer {token}",
        "Accept": "application/json, text/event-stream",
        "Content-Type": "application/json",
        "MCP-Protocol-Version": "2026-07-28",
        "Mcp-Method": "server/discover",
    }
    return httpx.post(url, json=body, headers=headers, timeout=30)

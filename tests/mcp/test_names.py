"""Names that never hide or leak: two servers with the same tool, prompt and resource names
behind one gateway, a bare-names virtual server that selects only one of them, collisions
reported (start-up log, admin API, ``bastion mcp list``), and header values with surrounding
whitespace (trimmed as HTTP requires)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest
from mcp import Client, MCPError
from mcp.client.streamable_http import streamable_http_client
from typer.testing import CliRunner

from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import FIXTURE, PY

pytestmark = pytest.mark.anyio
README = "fixture://readme"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    config = {
        "mcp": {
            "servers": {
                # The same program twice: the same tool, prompt and resource names and URIs.
                "alpha": {"command": PY, "args": [FIXTURE, "--label", "alpha"]},
                "beta": {"command": PY, "args": [FIXTURE, "--label", "beta"]},
            },
            "virtual_servers": {
                "only-b": {"tools": ["beta__*"], "prompts": [], "resources": ["beta__*"], "bare_names": True},
                "both": {"tools": ["alpha__echo", "beta__echo"], "prompts": [], "resources": [], "bare_names": True},
            },
            "startup_wait_s": 60,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("names"), config, timeout=120) as g:
        yield g


@contextlib.asynccontextmanager
async def client(gw: GatewayProcess, path: str, key: str | None = None, mode: str = "auto") -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {key or gw.admin_key}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(gw.url + path, http_client=http), mode=mode, cache=None) as c:
            yield c


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_bare_names_resolve_within_the_virtual_servers_selection(gw: GatewayProcess, mode: str) -> None:
    async with client(gw, "/servers/only-b/mcp", mode=mode) as c:
        names = {t.name for t in (await c.list_tools()).tools}
        # beta's tools are there under their bare names (alpha, first by name, no longer hides them).
        assert {"echo", "ask", "slow"} <= names and not any("__" in n for n in names)
        r = await c.call_tool("echo", {"text": "which one?"})
        assert (r.meta or {}).get("fixture/label") == "beta"
        # A prompt outside the selection: the error names what the client sent, nothing else.
        with pytest.raises(MCPError) as e:
            await c.get_prompt("greeting", {"who": "x"})
        assert "greeting" in e.value.message and "alpha" not in e.value.message and "beta" not in e.value.message


async def test_a_bare_collision_is_settled_among_the_servers_the_caller_may_use(gw: GatewayProcess) -> None:
    async with client(gw, "/servers/both/mcp") as c:
        r = await c.call_tool("echo", {"text": "x"})
        assert (r.meta or {}).get("fixture/label") == "alpha"  # both visible: the first by name
    key = gw.create_key("names-bob", mcp_servers=["beta"])
    async with client(gw, "/servers/both/mcp", key=key) as c:
        assert [t.name for t in (await c.list_tools()).tools] == ["echo"]
        r = await c.call_tool("echo", {"text": "x"})
        assert (r.meta or {}).get("fixture/label") == "beta"  # the only one this caller may use


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_duplicate_resource_uris_are_kept_apart(gw: GatewayProcess, mode: str) -> None:
    async with client(gw, "/mcp", mode=mode) as c:
        uris = {str(r.uri) for r in (await c.list_resources()).resources}
        assert {"alpha+" + README, "beta+" + README} <= uris and README not in uris
        for server in ("alpha", "beta"):
            r = await c.read_resource(f"{server}+{README}")
            assert r.contents[0].text == f"fixture readme{server}" and str(r.contents[0].uri) == f"{server}+{README}"
        with pytest.raises(MCPError) as e:
            await c.read_resource(README)
        assert "alpha+" + README in e.value.message and "beta+" + README in e.value.message
    # Where the caller sees one copy only, the plain URI (as tool results link to it) reads it.
    async with client(gw, "/servers/only-b/mcp", mode=mode) as c:
        assert {str(r.uri) for r in (await c.list_resources()).resources} == {"beta+" + README}
        r = await c.read_resource(README)
        assert r.contents[0].text == "fixture readmebeta"
        # Templates several servers offer are kept apart the same way.
        assert [t.uri_template for t in (await c.list_resource_templates()).resource_templates] == [
            "beta+fixture://items/{id}"
        ]
        assert (await c.read_resource("fixture://items/3")).contents[0].text == "item 3"
        assert (await c.read_resource("beta+fixture://items/4")).contents[0].text == "item 4"


async def test_collisions_are_reported(gw: GatewayProcess) -> None:
    with gw.admin() as a:
        doc = a.get("/admin/mcp/servers").json()
    found = {(c["kind"], c["name"], c["virtual_server"]): c["servers"] for c in doc["collisions"]}
    assert found[("resource", README, None)] == ["alpha", "beta"]
    assert found[("tool", "echo", "both")] == ["alpha", "beta"]
    assert found[("template", "fixture://items/{id}", None)] == ["alpha", "beta"]
    assert not any(vs == "only-b" for _, _, vs in found)  # its selection has one server only
    assert "name collision" in gw.logs() and "resource URI fixture://readme" in gw.logs()
    from bastion.mcp_bridge.cli import app

    out = CliRunner().invoke(app, ["list", "--url", gw.url, "--admin-key", gw.admin_key])
    assert out.exit_code == 0, out.output
    assert "name collision(s)" in out.output and "virtual server 'both'" in out.output


async def raw_post(gw: GatewayProcess, headers: list[tuple[str, str]], body: dict[str, Any]) -> tuple[int, Any]:
    """A POST with header lines exactly as given (HTTP clients refuse to send padded values)."""
    host, port = gw.url.removeprefix("http://").split(":")
    payload = json.dumps(body).encode()
    lines = [
        "POST /mcp HTTP/1.1",
        f"Host: {host}:{port}",
        f"Authorization: Bearer {gw.admin_key}",
        "Accept: application/json, text/event-stream",
        "Content-Type: application/json",
        f"Content-Length: {len(payload)}",
        "Connection: close",
        *(f"{k}:{v}" for k, v in headers),
    ]
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
    await writer.drain()
    raw = await asyncio.wait_for(reader.read(), 30)
    writer.close()
    head, _, rest = raw.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    if b"transfer-encoding: chunked" in head.lower():
        chunks, rest2 = [], rest
        while rest2:
            size_line, _, rest2 = rest2.partition(b"\r\n")
            size = int(size_line, 16)
            if size == 0:
                break
            chunks.append(rest2[:size])
            rest2 = rest2[size + 2 :]
        rest = b"".join(chunks)
    text = rest.decode()
    if text.startswith("event:") or text.startswith("data:"):
        text = next(ln[5:] for ln in text.splitlines() if ln.startswith("data:"))
    return status, json.loads(text)


@pytest.mark.parametrize("fast_lane_eligible", [True, False])
async def test_header_values_with_surrounding_whitespace_are_trimmed(
    gw: GatewayProcess, fast_lane_eligible: bool
) -> None:
    meta: dict[str, Any] = {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": {},
    }
    if not fast_lane_eligible:
        meta["progressToken"] = "p1"  # through the SDK's own validation
    body = {
        "jsonrpc": "2.0",
        "id": 7,
        "method": "tools/call",
        "params": {"name": "alpha__echo", "arguments": {"text": "padded"}, "_meta": meta},
    }
    headers = [
        ("MCP-Protocol-Version", " 2026-07-28\t "),
        ("Mcp-Method", "  tools/call "),
        ("Mcp-Name", " alpha__echo  "),
    ]
    status, doc = await raw_post(gw, headers, body)
    assert status == 200, doc
    assert doc["result"]["structuredContent"] == {"echo": "padded"}

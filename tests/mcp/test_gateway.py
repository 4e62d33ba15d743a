"""End to end: a real gateway process in front of real upstreams, driven by real clients
(the mcp SDK in both eras over Streamable HTTP and SSE, mcp-remote, `bastion connect`)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import mcp.types as types
import pytest
from mcp import Client, MCPError, StdioServerParameters
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import FIXTURE, NODE_BIN, PY, free_port, http_process

pytestmark = pytest.mark.anyio
TIME = {"command": PY, "args": ["-m", "mcp_server_time", "--local-timezone", "UTC"]}
#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


@pytest.fixture(scope="module")
def gw(
    tmp_path_factory: pytest.TempPathFactory, legacy_python: str, everything_cmd: list[str]
) -> Iterator[GatewayProcess]:
    port = free_port()
    with http_process([PY, FIXTURE, "--http", str(port)], port) as web_url:
        config = {
            "mcp": {
                "servers": {
                    "time": TIME,
                    "old": {"command": legacy_python, "args": ["-m", "mcp_server_time", "--local-timezone", "UTC"]},
                    "fx": {"command": PY, "args": [FIXTURE], "call_timeout_s": 3},
                    "fxl": {"command": PY, "args": [FIXTURE], "protocol": "legacy", "call_timeout_s": 10},
                    "web": {"url": web_url},
                    "every": {"command": everything_cmd[0], "args": ["stdio"], "connect_timeout_s": 90},
                },
                "virtual_servers": {"team": {"tools": ["time__*"], "prompts": [], "resources": []}},
                "allowed_executables": [PY, legacy_python, everything_cmd[0]],
                "startup_wait_s": 90,
            }
        }
        with start_gateway(tmp_path_factory.mktemp("mcpgw"), config, timeout=300) as g:
            yield g


@contextlib.asynccontextmanager
async def client(
    gw: GatewayProcess, key: str | None = None, mode: str = "auto", path: str = "/mcp", **kw: Any
) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {key or gw.admin_key}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(gw.url + path, http_client=http), mode=mode, cache=None, **kw) as c:
            yield c


def rpc(gw: GatewayProcess, body: Any, key: str | None = None, raw: bytes | None = None) -> httpx.Response:
    """A raw 2026-07-28 POST to /mcp."""
    headers = {
        "Authorization": f"Bearer {key or gw.admin_key}",
        "Accept": "application/json, text/event-stream",
        "Content-Type": "application/json",
        "MCP-Protocol-Version": "2026-07-28",
    }
    if isinstance(body, dict) and "method" in body:
        headers["Mcp-Method"] = body["method"]
        name = (body.get("params") or {}).get("name")
        if name:
            headers["Mcp-Name"] = name
    return httpx.post(
        gw.url + "/mcp", content=raw if raw is not None else json.dumps(body), headers=headers, timeout=30
    )


def modern_params(**p: Any) -> dict[str, Any]:
    return {
        **p,
        "_meta": {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientCapabilities": {},
        },
    }


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_aggregated_lists_and_calls_in_both_eras(gw: GatewayProcess, mode: str) -> None:
    async with client(gw, mode=mode) as c:
        assert c.protocol_version == ("2026-07-28" if mode == "auto" else "2025-11-25")
        names = {t.name for t in (await c.list_tools()).tools}
        for n in (
            "time__get_current_time",
            "old__get_current_time",
            "fx__echo",
            "fxl__echo",
            "web__echo",
            "every__echo",
        ):
            assert n in names
        echo = next(t for t in (await c.list_tools()).tools if t.name == "fx__echo")
        assert echo.annotations and echo.annotations.read_only_hint and echo.icons and echo.output_schema
        r = await c.call_tool("fx__echo", {"text": "hello"})
        assert r.structured_content == {"echo": "hello"} and r.is_error is False
        assert (r.meta or {}).get("fixture/seen") is True
        if mode == "auto":  # the gateway's stamp, not the upstream's
            assert r.meta["io.modelcontextprotocol/serverInfo"]["name"] == "bastion"
        r = await c.call_tool("fx__fail", {})
        assert r.is_error is True and r.content[0].text == "it failed"
        r = await c.call_tool("old__get_current_time", {"timezone": "Asia/Tokyo"})
        assert "Asia/Tokyo" in r.content[0].text
        r = await c.call_tool("web__echo", {"text": "via http"})
        assert r.structured_content == {"echo": "via http"}
        r = await c.call_tool("every__echo", {"message": "from everything"})
        assert "from everything" in r.content[0].text


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_legacy_sse_transport(gw: GatewayProcess, mode: str) -> None:
    headers = {"Authorization": f"Bearer {gw.admin_key}"}
    async with Client(sse_client(gw.url + "/sse", headers=headers), mode=mode, cache=None) as c:
        r = await c.call_tool("time__get_current_time", {"timezone": "UTC"})
        assert r.structured_content["timezone"] == "UTC"


async def test_authentication_is_required(gw: GatewayProcess) -> None:
    r = httpx.post(gw.url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, timeout=30)
    assert r.status_code == 401 and r.json()["error"]["message"]
    assert httpx.get(gw.url + "/sse", timeout=30).status_code == 401
    r = rpc(gw, {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": modern_params()}, key="bst_wrong")
    assert r.status_code == 401


async def test_grants_filter_lists_and_refuse_like_unknown(gw: GatewayProcess) -> None:
    key = gw.create_key("bob", mcp_servers=["time", "fx"], tools=["time__*", "fx__echo"])
    async with client(gw, key=key) as c:
        names = sorted(t.name for t in (await c.list_tools()).tools)
        assert names == ["fx__echo", "time__convert_time", "time__get_current_time"]
        with pytest.raises(MCPError) as e:
            await c.call_tool("fx__fail", {})
        assert e.value.code == types.INVALID_PARAMS and "Unknown tool: fx__fail" in e.value.message
        with pytest.raises(MCPError) as e2:
            await c.call_tool("web__echo", {"text": "x"})
        assert e2.value.message == "Unknown tool: web__echo"


async def test_bad_arguments_and_unknown_tool(gw: GatewayProcess) -> None:
    async with client(gw) as c:
        with pytest.raises(MCPError) as e:
            await c.call_tool("fx__echo", {"text": 42})
        assert e.value.code == -32602 and "text" in e.value.message and "string" in e.value.message
        with pytest.raises(MCPError) as e:
            await c.call_tool("nope__tool", {})
        assert e.value.code == -32602 and "Unknown tool" in e.value.message


async def test_bad_jsonrpc_input(gw: GatewayProcess) -> None:
    r = rpc(gw, None, raw=b"{not json")
    assert r.json()["error"]["code"] == -32700
    r = rpc(gw, {"jsonrpc": "2.0", "id": 1, "params": {}})
    assert r.json()["error"]["code"] == -32600
    r = rpc(gw, {"jsonrpc": "2.0", "id": 1, "method": "no/such", "params": modern_params()})
    assert r.json()["error"]["code"] == -32601
    r = rpc(
        gw,
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "tools/call",
            "params": modern_params(name="fx__echo", arguments={"text": 1}),
        },
    )
    assert r.json()["error"]["code"] == -32602


async def test_oversized_request_is_refused(gw: GatewayProcess) -> None:
    big = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": modern_params(name="fx__echo", arguments={"text": "x" * (9 * 1024 * 1024)}),
    }
    r = rpc(gw, big)
    assert r.status_code == 413


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_progress_passes_through_with_the_clients_token(gw: GatewayProcess, mode: str) -> None:
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(p: float, total: float | None, message: str | None) -> None:
        seen.append((p, total, message))

    async with client(gw, mode=mode) as c:
        r = await c.call_tool("fx__slow", {}, progress_callback=on_progress)
        assert r.content[0].text == "done"
    assert seen == [(1.0, 3.0, "step 1"), (2.0, 3.0, "step 2"), (3.0, 3.0, "step 3")]


async def _answer_name(ctx: Any, params: Any) -> types.ElicitResult:
    return types.ElicitResult(action="accept", content={"name": "Ada"})


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_elicitation_from_modern_upstream(gw: GatewayProcess, mode: str) -> None:
    # auto: MRTR passes through and the SDK client answers it; legacy: the gateway asks live.
    async with client(gw, mode=mode, elicitation_callback=_answer_name) as c:
        r = await c.call_tool("fx__ask", {})
        assert r.content[0].text == "Hello, Ada!"


async def test_elicitation_from_legacy_upstream(gw: GatewayProcess) -> None:
    async with client(gw, mode="legacy", elicitation_callback=_answer_name) as c:
        r = await c.call_tool("fxl__ask", {})
        assert r.content[0].text == "Hello, Ada!"
    # A modern client has no back channel: the gateway bridges (input_required, then the retry).
    async with client(gw, mode="auto", elicitation_callback=_answer_name) as c:
        with anyio.fail_after(30):
            r = await c.call_tool("fxl__ask", {})
        assert r.content[0].text == "Hello, Ada!"
    # ... and one that cannot answer is told so, not left hanging.
    async with client(gw, mode="auto") as c:
        with anyio.fail_after(30):
            with pytest.raises(MCPError) as e:
                await c.call_tool("fxl__ask", {})
        assert e.value.code == -32021 and "elicitation" in e.value.message


async def test_sampling_from_legacy_upstream_reaches_the_client(gw: GatewayProcess) -> None:
    async def sample(ctx: Any, params: types.CreateMessageRequestParams) -> types.CreateMessageResult:
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(type="text", text="hi there"), model="test-model"
        )

    async with client(gw, mode="legacy", sampling_callback=sample) as c:
        r = await c.call_tool("fxl__sample", {})
        assert r.content[0].text == "model said: hi there"


async def test_hang_and_crash_give_errors_and_the_hub_stays_healthy(gw: GatewayProcess) -> None:
    async with client(gw) as c:
        with anyio.fail_after(30):
            r = await c.call_tool("fx__hang", {})
        assert r.is_error and "did not answer within 3 s" in r.content[0].text
        r = await c.call_tool("time__get_current_time", {"timezone": "UTC"})
        assert not r.is_error
        with anyio.fail_after(30):
            r = await c.call_tool("fx__crash", {})
        assert r.is_error and "fx" in r.content[0].text
        r = await c.call_tool("web__echo", {"text": "others fine"})
        assert r.structured_content == {"echo": "others fine"}
        deadline = time.monotonic() + 60
        while True:  # the crashed server comes back by itself
            r = await c.call_tool("fx__echo", {"text": "back"})
            if not r.is_error:
                break
            assert time.monotonic() < deadline, r.content[0].text
            await anyio.sleep(0.3)


async def test_resources_prompts_and_completion(gw: GatewayProcess) -> None:
    async with client(gw) as c:
        res = await c.list_resources()
        # fx, fxl and web (the same fixture program) all list fixture://readme: one copy each.
        assert any(r.uri == "fx+fixture://readme" and r.name == "fx__readme" for r in res.resources)
        tpl = await c.list_resource_templates()
        assert any(t.uri_template == "fx+fixture://items/{id}" for t in tpl.resource_templates)
        rr = await c.read_resource("fx+fixture://readme")
        assert rr.contents[0].text == "fixture readme"
        rr = await c.read_resource("fx+fixture://items/7")
        assert rr.contents[0].text == "item 7" and rr.contents[0].uri == "fx+fixture://items/7"
        with pytest.raises(MCPError) as e:  # fx, fxl and web all serve it
            await c.read_resource("fixture://items/7")
        assert "fxl+fixture://items/7" in e.value.message
        prompts = {p.name for p in (await c.list_prompts()).prompts}
        assert "fx__greeting" in prompts
        pr = await c.get_prompt("fx__greeting", {"who": "Bob"})
        assert pr.messages[0].content.text == "Say hello to Bob"
        comp = await c.complete(
            types.PromptReference(type="ref/prompt", name="fx__greeting"), {"name": "who", "value": "a"}
        )
        assert comp.completion.values == ["alice"]
        with pytest.raises(MCPError):
            await c.read_resource("nowhere://x")


async def test_virtual_server_exposes_its_subset(gw: GatewayProcess) -> None:
    async with client(gw, path="/servers/team/mcp") as c:
        assert sorted(t.name for t in (await c.list_tools()).tools) == ["time__convert_time", "time__get_current_time"]
        assert (await c.list_prompts()).prompts == []
        with pytest.raises(MCPError) as e:
            await c.call_tool("fx__echo", {"text": "x"})
        assert "Unknown tool" in e.value.message
    r = httpx.post(
        gw.url + "/servers/nope/mcp", headers={"Authorization": f"Bearer {gw.admin_key}"}, json={}, timeout=30
    )
    assert r.status_code == 404


async def test_list_changed_reaches_legacy_sessions_and_audit_has_the_change(gw: GatewayProcess) -> None:
    got = anyio.Event()

    async def handler(message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification):
            got.set()

    async with client(gw, mode="legacy", message_handler=handler) as c:
        await c.list_tools()
        await c.call_tool("fxl__mutate", {})
        with anyio.fail_after(30):
            await got.wait()
        names = {t.name for t in (await c.list_tools()).tools}
        assert "fxl__extra" in names
        echo = next(t for t in (await c.list_tools()).tools if t.name == "fxl__echo")
        assert "id_rsa" in (echo.description or "")  # pin policy "record": adopted, and audited
    with gw.admin() as a:
        deadline = time.monotonic() + 30
        while True:
            items = a.get("/admin/traces", params={"target": "fxl__echo", "kind": "admin"}).json()["items"]
            if items:
                break
            assert time.monotonic() < deadline
            time.sleep(0.3)
        assert items[0]["method"] == "tool_definition_changed"


async def test_tool_calls_are_audited_with_server_and_tool(gw: GatewayProcess) -> None:
    async with client(gw) as c:
        await c.call_tool(
            "time__convert_time", {"source_timezone": "UTC", "time": "12:00", "target_timezone": "Asia/Tokyo"}
        )
    with gw.admin() as a:
        deadline = time.monotonic() + 30
        while True:
            items = a.get("/admin/traces", params={"target": "time__convert_time"}).json()["items"]
            if items:
                break
            assert time.monotonic() < deadline
            time.sleep(0.3)
    t = items[0]
    assert t["front_door"] == "mcp" and t["status"] == "ok" and t["method"] == "tools/call"
    assert t["attrs"]["server"] == "time" and t["attrs"]["tool"] == "convert_time"
    assert len(t["attrs"]["arguments_digest"]) == 32


def _cli(gw: GatewayProcess, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_URL": gw.url, "BASTION_ADMIN_KEY": gw.admin_key}
    return subprocess.run([*BASTION, *args], env=env, capture_output=True, text=True, timeout=60)


async def test_cli_and_admin_api_manage_servers(gw: GatewayProcess, tmp_path: Path) -> None:
    r = _cli(gw, "mcp", "add", "fx2", "--", PY, FIXTURE)
    assert r.returncode == 0, r.stderr
    deadline = time.monotonic() + 60
    while "ready" not in _cli(gw, "mcp", "list").stdout.split("fx2", 1)[-1].split("\n", 1)[0]:
        assert time.monotonic() < deadline
        await anyio.sleep(0.3)
    async with client(gw) as c:
        assert (await c.call_tool("fx2__echo", {"text": "new"})).structured_content == {"echo": "new"}
    show = json.loads(_cli(gw, "mcp", "show", "fx2").stdout)
    assert show["status"] == "ready" and show["era"] == "modern" and "echo" in show["tools"]
    assert _cli(gw, "mcp", "disable", "fx2").returncode == 0
    async with client(gw) as c:
        assert "fx2__echo" not in {t.name for t in (await c.list_tools()).tools}
    assert _cli(gw, "mcp", "enable", "fx2").returncode == 0
    assert _cli(gw, "mcp", "remove", "fx2").returncode == 0
    # Only allowed executables, and no shell; settings-file servers are read-only.
    r = _cli(gw, "mcp", "add", "evil", "--", "/bin/sh", "-c", "id")
    assert r.returncode != 0 and "allowed_executables" in r.stderr
    assert _cli(gw, "mcp", "remove", "time").returncode != 0
    # URLs to private addresses are refused unless allowed (SSRF).
    r = _cli(gw, "mcp", "add", "internal", "--url", "http://169.254.169.254/mcp")
    assert r.returncode != 0 and "private" in r.stderr
    cfg = tmp_path / "claude_desktop_config.json"
    cfg.write_text(json.dumps({"mcpServers": {"imp": {"command": PY, "args": [FIXTURE]}}}))
    r = _cli(gw, "mcp", "import", str(cfg))
    assert r.returncode == 0 and json.loads(r.stdout)["added"] == ["imp"]
    assert _cli(gw, "mcp", "remove", "imp").returncode == 0
    # Non-admin keys cannot register servers.
    key = gw.create_key("carol")
    r = httpx.post(
        gw.url + "/admin/mcp/servers",
        headers={"Authorization": f"Bearer {key}"},
        json={"name": "x", "command": PY},
        timeout=30,
    )
    assert r.status_code == 403


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_bastion_connect_stdio_bridge(gw: GatewayProcess, mode: str) -> None:
    params = StdioServerParameters(
        command=BASTION[0],
        args=[*BASTION[1:], "connect", "--url", gw.url],
        # The stdio client passes only a few variables on; the code under test is on PYTHONPATH.
        env={"BASTION_API_KEY": gw.admin_key, "PYTHONPATH": os.environ.get("PYTHONPATH", "")},
    )
    async with Client(params, mode=mode, cache=None) as c:
        names = {t.name for t in (await c.list_tools()).tools}
        assert "time__get_current_time" in names
        r = await c.call_tool("fx__echo", {"text": "bridged"})
        assert r.structured_content == {"echo": "bridged"}


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_mcp_remote(gw: GatewayProcess, mode: str) -> None:
    exe = NODE_BIN / "mcp-remote"
    params = StdioServerParameters(
        command=str(exe),
        args=[gw.url + "/mcp", "--transport", "http-only", "--header", "Authorization:${AUTH}"],
        env={"AUTH": f"Bearer {gw.admin_key}", "MCP_REMOTE_CONFIG_DIR": str(Path(gw.workdir) / "mcp-remote")},
    )
    async with Client(params, mode=mode, cache=None, read_timeout_seconds=60) as c:
        r = await c.call_tool("time__get_current_time", {"timezone": "UTC"})
        assert r.structured_content["timezone"] == "UTC"

"""Clients of both eras through the gateway, in front of servers written by others: one that
serves both eras (``travel_desk.py``, mcp 2.3 ``MCPServer``), the same refusing the handshake
(modern only), and a 2025-era-only one (``legacy_desk.py``, mcp 1.x ``FastMCP``).

* a 2025-era client's calls to the both-era server go on a handshake-era session of its own, so
  the server's live elicitation (form and URL), sampling, roots, logs and progress reach it;
* a 2026-07-28 client gets ``input_required`` passed through (the SDK client answers it);
* a 2026-07-28 client calling the 2025-only server is bridged: the server's live request
  becomes ``input_required`` and the retry resumes the parked call; a client that did not declare
  the capability gets ``MissingRequiredClientCapability`` (HTTP 400); a parked call that is never
  resumed is cancelled at its deadline;
* a 2025-era client calling the modern-only server is asked live by the gateway (MRTR bridged);
* answers reach the request of the user who was asked (two users at once);
* the same through ``mcp-remote`` (stdio to Streamable HTTP) in both SDK client modes.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import mcp.types as types
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import NODE_BIN, PY, free_port, http_process

pytestmark = pytest.mark.anyio
SERVERS = Path(__file__).parent / "servers"
DESK = str(SERVERS / "travel_desk.py")
LEGACY_DESK = str(SERVERS / "legacy_desk.py")


@pytest.fixture(scope="module")
def desk_http() -> Iterator[str]:
    port = free_port()
    with http_process([PY, DESK, "--http", str(port)], port) as url:
        yield url


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, legacy_python: str, desk_http: str) -> Iterator[GatewayProcess]:
    config = {
        "mcp": {
            "servers": {
                "desk": {"command": PY, "args": [DESK], "call_timeout_s": 30},
                "deskh": {"url": desk_http, "call_timeout_s": 30},
                "modern": {"command": PY, "args": [DESK, "--modern-only"], "call_timeout_s": 30},
                "old": {"command": legacy_python, "args": [LEGACY_DESK], "call_timeout_s": 30},
            },
            "allow_private_urls": True,
            "startup_wait_s": 90,
            "bridge_timeout_s": 4,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("eras"), config, timeout=180) as g:
        yield g


class Answers:
    """A client's answers to server requests, and what it was told (logs, progress)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.asked: list[str] = []
        self.logs: list[Any] = []
        self.progress: list[float] = []

    async def elicit(self, ctx: Any, params: Any) -> types.ElicitResult:
        if isinstance(params, types.ElicitRequestURLParams):
            self.asked.append("url:" + params.url)
            return types.ElicitResult(action="accept")
        self.asked.append("form:" + params.message)
        props = (params.requested_schema or {}).get("properties", {})
        if "approve" in props:
            return types.ElicitResult(action="accept", content={"approve": True})
        return types.ElicitResult(action="accept", content={"name": self.name})

    async def sample(self, ctx: Any, params: types.CreateMessageRequestParams) -> types.CreateMessageResult:
        self.asked.append("sampling")
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(type="text", text=f"{self.name}'s model"), model="fake"
        )

    async def roots(self, ctx: Any) -> types.ListRootsResult:
        self.asked.append("roots")
        return types.ListRootsResult(roots=[types.Root(uri=f"file:///home/{self.name}")])

    async def log(self, params: types.LoggingMessageNotificationParams) -> None:
        self.logs.append(params.data)

    async def on_progress(self, progress: float, total: float | None, message: str | None) -> None:
        self.progress.append(progress)

    def callbacks(self) -> dict[str, Any]:
        return {
            "elicitation_callback": self.elicit,
            "sampling_callback": self.sample,
            "list_roots_callback": self.roots,
            "logging_callback": self.log,
        }


@contextlib.asynccontextmanager
async def client(url: str, key: str | None, mode: str, **kw: Any) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(url, http_client=http), mode=mode, cache=None, **kw) as c:
            yield c


def text(r: types.CallToolResult) -> str:
    assert not r.is_error, r.content
    return r.content[0].text  # type: ignore[union-attr]


async def live_flows(c: Client, a: Answers, prefix: str) -> None:
    """What a 2025-era client sees of the server's live requests, logs and progress."""
    assert text(await c.call_tool(prefix + "confirm", {"amount": 12})) == "approved"
    assert text(await c.call_tool(prefix + "open_portal", {})) == "portal: accept"
    assert text(await c.call_tool(prefix + "summarize", {"text": "x"})) == f"summary: {a.name}'s model"
    assert text(await c.call_tool(prefix + "where", {})) == f"roots: file:///home/{a.name}"
    assert text(await c.call_tool(prefix + "book", {"destination": "Oslo"})) == f"Booked Oslo for {a.name}"
    r = await c.call_tool(prefix + "work", {"steps": 3}, progress_callback=a.on_progress)
    assert text(r) == "worked 3 steps"
    assert a.progress == [1.0, 2.0, 3.0]
    assert "starting 3 steps" in a.logs
    assert "url:https://airline.example.com/login" in a.asked and {"sampling", "roots"} <= set(a.asked)


async def test_both_era_server_direct_legacy_client(desk_http: str) -> None:
    """The reference: the same flows straight to the server."""
    a = Answers("ada")
    async with client(desk_http, None, "legacy", **a.callbacks()) as c:
        await live_flows(c, a, "")


@pytest.mark.parametrize("server", ["desk", "deskh"])
async def test_legacy_client_reaches_a_both_era_server_live(gw: GatewayProcess, server: str) -> None:
    a = Answers("ada")
    async with client(gw.url + "/mcp", gw.admin_key, "legacy", **a.callbacks()) as c:
        assert c.protocol_version == "2025-11-25"
        await live_flows(c, a, f"{server}__")
    with gw.admin() as adm:
        info = adm.get(f"/admin/mcp/servers/{server}").json()
    assert info["era"] == "modern" and info["legacy_capable"] is True


async def test_modern_client_gets_input_required_from_a_both_era_server(gw: GatewayProcess) -> None:
    a = Answers("grace")
    async with client(gw.url + "/mcp", gw.admin_key, "auto", **a.callbacks()) as c:
        assert c.protocol_version == "2026-07-28"
        assert text(await c.call_tool("desk__book", {"destination": "Rome"})) == "Booked Rome for grace"
        assert text(await c.call_tool("desk__plan_trip", {"destination": "Rome"})) == "Plan for Rome: grace's model"
    assert a.asked == ["form:Who is travelling?", "sampling"]


async def test_modern_client_is_bridged_to_a_legacy_only_server(gw: GatewayProcess) -> None:
    a = Answers("linus")
    async with client(gw.url + "/mcp", gw.admin_key, "auto", **a.callbacks()) as c:
        assert text(await c.call_tool("old__book", {"destination": "Bern"})) == "Booked Bern for linus"
        assert text(await c.call_tool("old__summarize", {"text": "x"})) == "summary: linus's model"
        assert text(await c.call_tool("old__where", {})) == "roots: file:///home/linus"
        r = await c.call_tool("old__work", {"steps": 2})
        assert text(r) == "worked 2 steps"
    assert a.asked == ["form:Who is travelling?", "sampling", "roots"]


async def test_legacy_client_is_asked_live_for_a_modern_only_server(gw: GatewayProcess) -> None:
    a = Answers("barbara")
    async with client(gw.url + "/mcp", gw.admin_key, "legacy", **a.callbacks()) as c:
        assert text(await c.call_tool("modern__book", {"destination": "Nice"})) == "Booked Nice for barbara"
    with gw.admin() as adm:
        info = adm.get("/admin/mcp/servers/modern").json()
    assert info["legacy_capable"] is False  # it refused the handshake: MRTR asked live by the gateway


def modern_call(gw: GatewayProcess, name: str, arguments: dict[str, Any], caps: dict[str, Any], **extra: Any) -> Any:
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {
            "name": name,
            "arguments": arguments,
            **extra,
            "_meta": {
                "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                "io.modelcontextprotocol/clientCapabilities": caps,
            },
        },
    }
    headers = {
        "Authorization": f"Bearer {gw.admin_key}",
        "Accept": "application/json, text/event-stream",
        "MCP-Protocol-Version": "2026-07-28",
        "Mcp-Method": "tools/call",
        "Mcp-Name": name,
    }
    r = httpx.post(gw.url + "/mcp", json=body, headers=headers, timeout=60)
    text_ = r.text
    if r.headers.get("content-type", "").startswith("text/event-stream"):
        text_ = [ln[5:] for ln in text_.splitlines() if ln.startswith("data:")][-1]
    return r.status_code, json.loads(text_)


async def test_bridging_honours_capabilities_and_cleans_up(gw: GatewayProcess) -> None:
    # No elicitation declared: the tool is not run for this client (HTTP 400, -32021).
    status, doc = await anyio.to_thread.run_sync(lambda: modern_call(gw, "old__book", {"destination": "X"}, {}))
    assert status == 400 and doc["error"]["code"] == -32021, doc
    assert doc["error"]["data"]["requiredCapabilities"] == {"elicitation": {}}
    # Asked, never answered: the parked call is cancelled at its deadline (4 s here).
    caps = {"elicitation": {"form": {}}}
    status, doc = await anyio.to_thread.run_sync(lambda: modern_call(gw, "old__book", {"destination": "X"}, caps))
    result = doc["result"]
    assert result["resultType"] == "input_required" and result["requestState"].startswith("bstp1.")
    [(key, req)] = result["inputRequests"].items()
    assert req["method"] == "elicitation/create"
    answer = {key: {"action": "accept", "content": {"name": "late"}}}
    # Another call (other arguments) cannot use this state.
    status, doc = await anyio.to_thread.run_sync(
        lambda: modern_call(
            gw,
            "old__book",
            {"destination": "Y"},
            caps,
            inputResponses=answer,
            requestState=result["requestState"],
        )
    )
    assert status == 400 and "requestState" in doc["error"]["message"], doc
    await anyio.sleep(6)
    status, doc = await anyio.to_thread.run_sync(
        lambda: modern_call(
            gw, "old__book", {"destination": "X"}, caps, inputResponses=answer, requestState=result["requestState"]
        )
    )
    assert status == 400 and "expired" in doc["error"]["message"], doc


@pytest.mark.parametrize(("server", "mode"), [("old", "auto"), ("desk", "legacy")])
async def test_answers_reach_the_user_who_was_asked(gw: GatewayProcess, server: str, mode: str) -> None:
    keys = {name: gw.create_key(f"eras-{name}-{server}") for name in ("alice", "bob")}
    results: dict[str, str] = {}

    async def one(name: str) -> None:
        a = Answers(name)
        async with client(gw.url + "/mcp", keys[name], mode, **a.callbacks()) as c:
            results[name] = text(await c.call_tool(f"{server}__book", {"destination": "Lima"}))

    async with anyio.create_task_group() as tg:
        for name in keys:
            tg.start_soon(one, name)
    assert results == {"alice": "Booked Lima for alice", "bob": "Booked Lima for bob"}


@pytest.mark.parametrize(("mode", "server"), [("legacy", "desk"), ("auto", "old")])
async def test_through_mcp_remote(gw: GatewayProcess, tmp_path: Path, mode: str, server: str) -> None:
    """The same through ``mcp-remote`` (stdio to Streamable HTTP), as Claude Desktop users run it,
    with the SDK client in legacy mode (both-era server, live) and in auto mode (2025-only
    server)."""
    params = StdioServerParameters(
        command=str(NODE_BIN / "mcp-remote"),
        args=[gw.url + "/mcp", "--transport", "http-only", "--header", "Authorization:${AUTH}"],
        env={"AUTH": f"Bearer {gw.admin_key}", "MCP_REMOTE_CONFIG_DIR": str(tmp_path / "mcp-remote")},
    )
    a = Answers("remy")
    async with Client(params, mode=mode, cache=None, read_timeout_seconds=60, **a.callbacks()) as c:
        r = await c.call_tool(f"{server}__book", {"destination": "Quito"})
        assert text(r) == "Booked Quito for remy"
    assert a.asked == ["form:Who is travelling?"]

"""A TypeScript upstream behind the gateway: ``servers/ts_desk.mjs``, written with the official
``@modelcontextprotocol/sdk`` from npm (a 2025-era server: ``initialize`` and sessions), reached
as a stdio process (``ts``) and over stateful Streamable HTTP (``tsh``), driven by clients of
both eras:

* a 2025-era client (``mcp`` SDK, legacy mode) is asked live (form elicitation, sampling, roots)
  and gets the server's logs and progress on its request, as it would directly;
* a 2026-07-28 client (``mcp`` SDK, auto mode) is bridged: the server's live requests become
  ``input_required`` results and the retries resume the parked call;
* two users at once get their own answers, in both eras and over both transports;
* the same through ``mcp-remote`` (stdio to Streamable HTTP);
* the conformance suite's scored scenarios the server passes directly pass through the gateway.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client, MCPError, StdioServerParameters

from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import NODE_BIN, free_port, http_process
from tests.mcp.test_conformance import NODE, REVISIONS, run_suites, scored
from tests.mcp.test_eras import Answers, client, text

pytestmark = pytest.mark.anyio
TS_DESK = str(Path(__file__).parent / "servers" / "ts_desk.mjs")
SERVERS = ("ts", "tsh")


@pytest.fixture(scope="module")
def ts_http() -> Iterator[str]:
    assert NODE.exists(), "run `npm install` (package.json)"
    port = free_port()
    with http_process([str(NODE), TS_DESK, "--http", str(port)], port) as url:
        yield url


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, ts_http: str) -> Iterator[GatewayProcess]:
    def view(server: str) -> dict[str, Any]:
        sel = [f"{server}__*"]
        return {"tools": sel, "prompts": sel, "resources": sel, "allow_anonymous": True, "bare_names": True}

    config = {
        "mcp": {
            "servers": {
                # Under the sandbox's defaults: Node 22 reserves far more address space than it
                # uses (WebAssembly guard regions, e.g. undici's HTTP parser), which the memory
                # limit (RLIMIT_DATA, not RLIMIT_AS) lets it do.
                "ts": {"command": str(NODE), "args": [TS_DESK], "call_timeout_s": 30},
                "tsh": {"url": ts_http, "call_timeout_s": 30},
            },
            "virtual_servers": {"ts-suite": view("ts"), "tsh-suite": view("tsh")},
            "allowed_hosts": ["127.0.0.1:*", "localhost:*"],
            "allowed_origins": ["http://127.0.0.1:*", "http://localhost:*"],
            "allow_private_urls": True,
            "startup_wait_s": 90,
            "bridge_timeout_s": 30,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("ts-upstream"), config, timeout=180) as g:
        yield g


async def live_flows(c: Client, a: Answers, server: str | None) -> None:
    prefix = f"{server}__" if server else ""
    assert text(await c.call_tool(prefix + "book", {"destination": "Oslo"})) == f"Booked Oslo for {a.name}"
    assert text(await c.call_tool(prefix + "summarize", {"text": "x"})) == f"summary: {a.name}'s model"
    assert text(await c.call_tool(prefix + "where", {})) == f"roots: file:///home/{a.name}"
    # Both servers list it: the gateway exports one copy per server, ``<server>+<uri>``.
    r = await c.read_resource(f"{server}+desk://policy" if server else "desk://policy")
    assert r.contents[0].text == "Economy under 6 hours."  # type: ignore[union-attr]


async def test_ts_server_direct_legacy_client(ts_http: str) -> None:
    """The reference: the same flows straight to the server."""
    a = Answers("ada")
    async with client(ts_http, None, "legacy", **a.callbacks()) as c:
        await live_flows(c, a, None)
        r = await c.call_tool("work", {"steps": 3}, progress_callback=a.on_progress)
        assert text(r) == "worked 3 steps"
    assert a.progress == [1.0, 2.0, 3.0] and "starting 3 steps" in a.logs


@pytest.mark.parametrize("server", SERVERS)
async def test_legacy_client_is_asked_live(gw: GatewayProcess, server: str) -> None:
    a = Answers("ada")
    async with client(gw.url + "/mcp", gw.admin_key, "legacy", **a.callbacks()) as c:
        assert c.protocol_version == "2025-11-25"
        await live_flows(c, a, server)
        r = await c.call_tool(f"{server}__work", {"steps": 3}, progress_callback=a.on_progress)
        assert text(r) == "worked 3 steps"
    assert a.asked == ["form:Who is travelling?", "sampling", "roots"]
    assert a.progress == [1.0, 2.0, 3.0] and "starting 3 steps" in a.logs
    with gw.admin() as adm:
        info = adm.get(f"/admin/mcp/servers/{server}").json()
    assert info["era"] == "legacy"


@pytest.mark.parametrize("server", SERVERS)
async def test_modern_client_is_bridged(gw: GatewayProcess, server: str) -> None:
    a = Answers("grace")
    async with client(gw.url + "/mcp", gw.admin_key, "auto", **a.callbacks()) as c:
        assert c.protocol_version == "2026-07-28"
        await live_flows(c, a, server)
        r = await c.call_tool(f"{server}__work", {"steps": 2}, progress_callback=a.on_progress)
        assert text(r) == "worked 2 steps"
    assert a.asked == ["form:Who is travelling?", "sampling", "roots"]
    assert a.progress == [1.0, 2.0]


@pytest.mark.parametrize("mode", ["legacy", "auto"])
@pytest.mark.parametrize("server", SERVERS)
async def test_answers_reach_the_user_who_was_asked(gw: GatewayProcess, server: str, mode: str) -> None:
    keys = {name: gw.create_key(f"ts-{name}-{server}-{mode}") for name in ("alice", "bob")}
    results: dict[str, list[str]] = {}

    async def one(name: str) -> None:
        a = Answers(name)
        async with client(gw.url + "/mcp", keys[name], mode, **a.callbacks()) as c:
            results[name] = [
                text(await c.call_tool(f"{server}__book", {"destination": "Lima"})),
                text(await c.call_tool(f"{server}__summarize", {"text": "y"})),
            ]

    async with anyio.create_task_group() as tg:
        for name in keys:
            tg.start_soon(one, name)
    assert results == {n: [f"Booked Lima for {n}", f"summary: {n}'s model"] for n in keys}


async def test_through_mcp_remote(gw: GatewayProcess, tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=str(NODE_BIN / "mcp-remote"),
        args=[gw.url + "/mcp", "--transport", "http-only", "--header", "Authorization:${AUTH}"],
        env={"AUTH": f"Bearer {gw.admin_key}", "MCP_REMOTE_CONFIG_DIR": str(tmp_path / "mcp-remote")},
    )
    a = Answers("remy")
    async with Client(params, mode="auto", cache=None, read_timeout_seconds=60, **a.callbacks()) as c:
        assert text(await c.call_tool("tsh__book", {"destination": "Quito"})) == "Booked Quito for remy"
    assert a.asked == ["form:Who is travelling?"]


@pytest.mark.parametrize("server", SERVERS)
async def test_prompt_that_asks_live(gw: GatewayProcess, server: str) -> None:
    """``prompts/get`` on a 2025-era server that asks for sampling while it builds the prompt:
    relayed as ``tools/call`` is, live to a 2025-era client and bridged for a 2026-07-28 one,
    each user getting the answer of their own client."""
    keys = {name: gw.create_key(f"ts-prompt-{name}-{server}") for name in ("pat", "sam")}
    got: dict[tuple[str, str], str] = {}

    async def one(name: str, mode: str) -> None:
        a = Answers(name)
        async with client(gw.url + "/mcp", keys[name], mode, **a.callbacks()) as c:
            r = await c.get_prompt(f"{server}__briefing", {"destination": "Riga"})
        got[(name, mode)] = r.messages[0].content.text  # type: ignore[union-attr]
        assert a.asked == ["sampling"]

    async with anyio.create_task_group() as tg:
        for name in keys:
            for mode in ("legacy", "auto"):
                tg.start_soon(one, name, mode)
    assert got == {(n, m): f"Briefing for Riga: {n}'s model" for n in keys for m in ("legacy", "auto")}


async def test_prompt_that_asks_live_without_the_capability(gw: GatewayProcess) -> None:
    """A client that declared no sampling: the server's request is refused, the client gets
    the server's error, and the gateway keeps serving."""
    async with client(gw.url + "/mcp", gw.admin_key, "auto") as c:
        with pytest.raises(MCPError) as e:
            await c.get_prompt("ts__briefing", {"destination": "Riga"})
        assert "sampling/createMessage" in e.value.message
        assert (await c.read_resource("ts+desk://policy")).contents[0].text == "Economy under 6 hours."  # type: ignore[union-attr]


def test_conformance_scenarios_passed_directly_pass_through_the_gateway(
    gw: GatewayProcess, ts_http: str, tmp_path: Path
) -> None:
    direct = run_suites(ts_http, tmp_path / "direct")
    for server in SERVERS:
        through = run_suites(f"{gw.url}/servers/{server}-suite/mcp", tmp_path / server)
        for rev in REVISIONS:
            print(
                f"conformance ts-desk | {server} | {rev} | direct {len(direct[rev][0])} "
                f"through {len(through[rev][0])} of {len(scored(rev))}"
            )
            missing = direct[rev][0] - through[rev][0]
            assert not missing, f"{server} {rev}: {sorted(missing)}\n{through[rev][2][-3000:]}"

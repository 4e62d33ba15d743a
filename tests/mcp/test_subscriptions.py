"""Resource subscriptions through the hub, end to end: a gateway process in front of our fixture
upstream in both eras (``sub``: 2026-07-28, subscribed with ``subscriptions/listen``; ``subl``:
forced handshake era, subscribed with ``resources/subscribe``), driven by the official SDK client
in legacy mode (``resources/subscribe``) and auto mode (``subscriptions/listen``).

The fixture's ``touch`` tool updates a resource (the upstream sends
``notifications/resources/updated``); its ``subscriptions`` tool reports how many subscriptions
the upstream holds per URI, which shows the gateway's reference counting from the outside.
"""

from __future__ import annotations

import contextlib
import time
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx2
import mcp.types as types
import pytest
from mcp import Client, MCPError
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.subscriptions import SUBSCRIPTION_ID_META_KEY, ResourceUpdated, ToolsListChanged

from tests.gateway_process import GatewayProcess, free_port, start_gateway
from tests.mcp.conftest import FIXTURE, PY, http_process

pytestmark = pytest.mark.anyio
WAIT = 30


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    port = free_port()
    with (
        http_process([PY, FIXTURE, "--http", str(port), "--scheme", "subh"], port) as url,
        _gateway(tmp_path_factory, url) as g,
    ):
        yield g


@contextlib.contextmanager
def _gateway(tmp_path_factory: pytest.TempPathFactory, http_url: str) -> Iterator[GatewayProcess]:
    config = {
        "mcp": {
            "servers": {
                # The same fixture as a Streamable HTTP upstream (2026-07-28 era).
                "subh": {"url": http_url, "call_timeout_s": 10},
                "sub": {"command": PY, "args": [FIXTURE, "--scheme", "sub"], "call_timeout_s": 10},
                "subl": {
                    "command": PY,
                    "args": [FIXTURE, "--scheme", "subl"],
                    "protocol": "legacy",
                    "call_timeout_s": 10,
                },
                "nosub": {"command": PY, "args": [FIXTURE, "--scheme", "nosub", "--no-subscriptions"]},
            },
            "allowed_executables": [PY],
            "startup_wait_s": 60,
            "backoff_initial_s": 0.2,
            "backoff_max_s": 1.0,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("mcpsub"), config, timeout=120) as g:
        yield g


class Session:
    """A downstream client and the resource updates it received (URIs, in order)."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.updates: list[str] = []
        self.metas: list[dict[str, Any]] = []
        self.changed = anyio.Event()

    async def on_message(self, message: Any) -> None:
        if isinstance(message, types.ResourceUpdatedNotification):
            self.updates.append(str(message.params.uri))
            self.metas.append(dict(message.params.meta or {}))
            self.changed.set()

    async def wait_for(self, uri: str, count: int = 1) -> None:
        with anyio.fail_after(WAIT):
            while self.updates.count(uri) < count:
                self.changed = anyio.Event()
                if self.updates.count(uri) >= count:
                    break
                await self.changed.wait()

    async def subscribe(self, uri: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated in the SDK (removed in 2026-07-28)
            await self.client.subscribe_resource(uri)

    async def unsubscribe(self, uri: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            await self.client.unsubscribe_resource(uri)


@contextlib.asynccontextmanager
async def session(
    gw: GatewayProcess, key: str | None = None, mode: str = "legacy", sse: bool = False
) -> AsyncIterator[Session]:
    """A downstream session over Streamable HTTP (``/mcp``) or legacy HTTP+SSE (``/sse``)."""
    headers = {"Authorization": f"Bearer {key or gw.admin_key}"}
    holder: list[Session] = []

    async def handler(message: Any) -> None:
        if holder:
            await holder[0].on_message(message)

    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=120)) as http:
        transport = (
            sse_client(gw.url + "/sse", headers=headers)
            if sse
            else streamable_http_client(gw.url + "/mcp", http_client=http)
        )
        async with Client(transport, mode=mode, cache=None, message_handler=handler) as c:
            s = Session(c)
            holder.append(s)
            yield s


async def held(s: Session, server: str) -> dict[str, int]:
    """What the upstream ``server`` holds right now (its own count, not the gateway's)."""
    r = await s.client.call_tool(f"{server}__subscriptions", {})
    return dict(r.structured_content["subscribed"])


async def until_held(s: Session, server: str, expected: dict[str, int]) -> None:
    with anyio.fail_after(WAIT):
        while (got := await held(s, server)) != expected:
            await anyio.sleep(0.1)
    assert got == expected


async def touch(s: Session, server: str, uri: str) -> None:
    await s.client.call_tool(f"{server}__touch", {"uri": uri})


@pytest.mark.parametrize("server", ["sub", "subl", "subh"])
async def test_only_subscribed_sessions_get_updates_and_the_upstream_holds_one(gw: GatewayProcess, server: str) -> None:
    readme, item = f"{server}://readme", f"{server}://items/7"
    async with session(gw) as a, session(gw) as b:
        caps = a.client.server_capabilities
        assert caps is not None and caps.resources is not None and caps.resources.subscribe is True
        await a.subscribe(readme)
        await b.subscribe(item)  # b's own sentinel: shows what b did (not) get before it
        await until_held(a, server, {readme: 1, item: 1})
        await touch(a, server, readme)
        await a.wait_for(readme)
        await touch(a, server, item)
        await b.wait_for(item)
        assert readme not in b.updates and item not in a.updates

        # A second subscriber of the same URI: still one subscription upstream, both notified.
        await b.subscribe(readme)
        assert await held(a, server) == {readme: 1, item: 1}
        await touch(a, server, readme)
        await a.wait_for(readme, 2)
        await b.wait_for(readme, 1)

        # Unsubscribing stops it for that session only; the upstream keeps one for the other.
        await b.unsubscribe(readme)
        assert await held(a, server) == {readme: 1, item: 1}
        await touch(a, server, readme)
        await a.wait_for(readme, 3)
        await touch(a, server, item)
        await b.wait_for(item, 2)
        assert b.updates.count(readme) == 1

        await a.unsubscribe(readme)
        await until_held(a, server, {item: 1})
    # Sessions ended (the client's DELETE): nothing is held upstream any more.
    async with session(gw) as c:
        await until_held(c, server, {})
    with gw.admin() as admin:
        assert admin.get(f"/admin/mcp/servers/{server}").json()["subscriptions"] == []


async def test_a_key_without_the_server_cannot_subscribe_and_subscribes_are_audited(gw: GatewayProcess) -> None:
    key = gw.create_key("carol", mcp_servers=["subl"])
    async with session(gw, key) as s:
        with pytest.raises(MCPError, match="Resource not found"):
            await s.subscribe("sub://readme")
        with pytest.raises(MCPError, match="Resource not found"):
            await s.subscribe("nowhere://at-all")
        await s.subscribe("subl://readme")
        await s.unsubscribe("subl://readme")
    async with session(gw) as admin_session:
        await until_held(admin_session, "sub", {})
    with gw.admin() as a:
        deadline = time.monotonic() + WAIT
        while len(items := a.get("/admin/traces", params={"target": "subl__subl://readme"}).json()["items"]) < 2:
            assert time.monotonic() < deadline
            time.sleep(0.3)
    # Newest first: the unsubscribe is a call too, with the updates it was relayed.
    unsub, sub = items[0], items[1]
    assert sub["method"] == "resources/subscribe" and sub["status"] == "ok" and sub["attrs"]["server"] == "subl"
    assert unsub["method"] == "resources/unsubscribe" and unsub["status"] == "ok"
    assert unsub["attrs"]["updates_delivered"] == 0


async def test_modern_listen_gets_updates_with_its_subscription_id(gw: GatewayProcess) -> None:
    key = gw.create_key("dave", mcp_servers=["sub"])
    readme = "sub://readme"
    async with session(gw, key, mode="auto") as m, session(gw) as legacy:
        assert m.client.protocol_version == "2026-07-28"
        await legacy.subscribe(readme)
        async with m.client.listen(resource_subscriptions=[readme, "subl://readme"]) as sub:
            # Only what this key may see is accepted.
            assert sub.honored.resource_subscriptions == [readme]
            # A legacy session and a listen stream on the same URI: one upstream subscription.
            await until_held(legacy, "sub", {readme: 1})
            await touch(legacy, "sub", readme)
            with anyio.fail_after(WAIT):
                event = await sub.__anext__()
            assert event == ResourceUpdated(readme)
            await m.wait_for(readme)
            assert m.metas[-1][SUBSCRIPTION_ID_META_KEY] == sub.subscription_id
            await legacy.wait_for(readme)
        await legacy.unsubscribe(readme)
        # The stream closed and the legacy session let go: nothing held upstream.
        await until_held(legacy, "sub", {})


@pytest.mark.parametrize("server", ["sub", "subl"])
async def test_subscriptions_survive_an_upstream_restart(gw: GatewayProcess, server: str) -> None:
    readme = f"{server}://readme"
    with gw.admin() as admin:
        restarts = admin.get(f"/admin/mcp/servers/{server}").json()["restarts"]
    async with session(gw) as s:
        await s.subscribe(readme)
        await until_held(s, server, {readme: 1})
        with contextlib.suppress(MCPError):
            r = await s.client.call_tool(f"{server}__crash", {})
            assert r.is_error
        with gw.admin() as admin, anyio.fail_after(60):
            while True:
                info = admin.get(f"/admin/mcp/servers/{server}").json()
                if info["restarts"] > restarts and info["status"] == "ready":
                    break
                await anyio.sleep(0.2)
        # The new process was subscribed again by the gateway.
        await until_held(s, server, {readme: 1})
        await touch(s, server, readme)
        await s.wait_for(readme)
        await s.unsubscribe(readme)
        await until_held(s, server, {})


async def test_legacy_sse_session_subscribes_and_its_end_releases_the_upstream(gw: GatewayProcess) -> None:
    readme = "subl://readme"
    async with session(gw, sse=True) as s:
        await s.subscribe(readme)
        await until_held(s, "subl", {readme: 1})
        await touch(s, "subl", readme)
        await s.wait_for(readme)
    async with session(gw) as check:  # the SSE stream closed without an unsubscribe
        await until_held(check, "subl", {})


async def test_an_upstream_without_subscriptions_gives_a_clear_error(gw: GatewayProcess) -> None:
    async with session(gw) as s:
        with pytest.raises(MCPError, match="does not offer resource subscriptions"):
            await s.subscribe("nosub://readme")
    async with session(gw, mode="auto") as m:
        async with m.client.listen(resource_subscriptions=["nosub://readme", "sub://readme"]) as sub:
            assert sub.honored.resource_subscriptions == ["sub://readme"]


async def test_modern_listen_gets_list_changed_only_when_asked(gw: GatewayProcess) -> None:
    async with session(gw, mode="auto") as m, session(gw, mode="auto") as other:
        async with (
            m.client.listen(tools_list_changed=True) as tools_sub,
            other.client.listen(resource_subscriptions=["sub://readme"]) as res_sub,
        ):
            assert tools_sub.honored.tools_list_changed is True and not tools_sub.honored.resource_subscriptions
            # A handshake-era upstream's list_changed is relayed to streams that asked for it.
            await m.client.call_tool("subl__mutate", {})
            with anyio.fail_after(WAIT):
                event = await tools_sub.__anext__()
            assert event == ToolsListChanged()
            # A 2026-07-28 upstream announces on the listen stream the gateway keeps open with it.
            await m.client.call_tool("sub__announce", {})
            with anyio.fail_after(WAIT):
                event = await tools_sub.__anext__()
            assert event == ToolsListChanged()
            # The resource-only stream gets its resource update and nothing before it.
            await touch(other, "sub", "sub://readme")
            with anyio.fail_after(WAIT):
                event = await res_sub.__anext__()
            assert event == ResourceUpdated("sub://readme")


async def test_subscriptions_carry_over_when_a_server_is_disabled_and_enabled(gw: GatewayProcess) -> None:
    readme = "dyn://readme"

    async def ready(admin: Any) -> None:
        with anyio.fail_after(60):
            while admin.get("/admin/mcp/servers/dyn").json()["status"] != "ready":
                await anyio.sleep(0.2)

    with gw.admin() as admin:
        admin.post(
            "/admin/mcp/servers", json={"name": "dyn", "command": PY, "args": [FIXTURE, "--scheme", "dyn"]}
        ).raise_for_status()
        try:
            await ready(admin)
            async with session(gw) as s:
                with anyio.fail_after(WAIT):  # the catalog has the new server's resources
                    while readme not in {str(r.uri) for r in (await s.client.list_resources()).resources}:
                        await anyio.sleep(0.2)
                await s.subscribe(readme)
                admin.post("/admin/mcp/servers/dyn/disable").raise_for_status()
                admin.post("/admin/mcp/servers/dyn/enable").raise_for_status()
                await ready(admin)
                await until_held(s, "dyn", {readme: 1})  # a new process, subscribed again
                await touch(s, "dyn", readme)
                await s.wait_for(readme)
        finally:
            admin.delete("/admin/mcp/servers/dyn")

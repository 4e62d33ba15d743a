"""The private ``mcp`` SDK members the gateway relies on (``bastion/mcp_bridge/sdk_compat.py``)
still exist and still behave as used: this fails, naming the member, when the pinned SDK
changes one of them."""

from __future__ import annotations

import inspect

import mcp
import mcp_types as types
import pytest
from mcp import Client
from mcp.client.session import ClientSession
from mcp.server import Server, ServerRequestContext
from mcp.server.connection import Connection
from mcp.server.transport_security import TransportSecuritySettings

from bastion.mcp_bridge.sdk_compat import (
    PRIVATE_MEMBERS,
    SecurityCheck,
    connection_of,
    declared_capabilities,
    send_raw,
)

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("owner", "member"), PRIVATE_MEMBERS, ids=lambda v: getattr(v, "__name__", v))
def test_private_members_exist(owner: type, member: str) -> None:
    present = hasattr(owner, member) or member in inspect.getsource(owner)
    assert present, f"mcp {mcp.__version__ if hasattr(mcp, '__version__') else ''}: {owner.__name__}.{member} is gone"


async def test_capabilities_follow_the_callbacks() -> None:
    async def elicit(ctx: object, params: object) -> types.ElicitResult:
        return types.ElicitResult(action="decline")

    async with Client(Server("compat"), mode="legacy", cache=None, elicitation_callback=elicit) as c:
        assert isinstance(c.session, ClientSession)
        caps = declared_capabilities(c.session, "2026-07-28")
    assert isinstance(caps, types.ClientCapabilities)
    assert caps.elicitation is not None and caps.sampling is None


def test_security_check_uses_the_sdk_rules() -> None:
    check = SecurityCheck(
        TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=["127.0.0.1:*"],
            allowed_origins=["http://127.0.0.1:*"],
        )
    )
    assert check.allows("127.0.0.1:8000", None)
    assert check.allows("127.0.0.1:8000", "http://127.0.0.1:3000")
    assert not check.allows("evil.example:80", None)
    assert not check.allows("127.0.0.1:8000", "http://evil.example")


async def test_connection_of_a_handshake_era_request() -> None:
    seen: list[object] = []

    async def list_tools(ctx: ServerRequestContext, params: object) -> types.ListToolsResult:
        seen.append(connection_of(ctx.session))
        return types.ListToolsResult(tools=[])

    server = Server("compat", on_list_tools=list_tools)
    async with Client(server, mode="legacy", cache=None) as c:
        await c.list_tools()
        await c.list_tools()
    assert len(seen) == 2 and isinstance(seen[0], Connection) and seen[0] is seen[1]
    conn = seen[0]
    assert isinstance(conn.state, dict) and hasattr(conn.exit_stack, "push_async_callback")


async def test_a_raw_request_keeps_the_wire_object() -> None:
    """Fields the SDK's models do not know (an extension's) reach the gateway as they were sent."""

    async def list_tools(ctx: ServerRequestContext, params: object) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[], _meta={"example.org/extra": {"kept": True}})

    async with Client(Server("compat", on_list_tools=list_tools), mode="legacy", cache=None) as c:
        result = await send_raw(c, "tools/list", None, 10)
    assert type(result) is dict and result["tools"] == [], result
    assert result["_meta"]["example.org/extra"] == {"kept": True}, result

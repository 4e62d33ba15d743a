"""The registry against real a2a-sdk agents (library level, no gateway): card fetch, ETag
revalidation, the 0.2 fallback path, health."""

from __future__ import annotations

import pytest

from bastion.a2a.registry import Agent, Registry
from bastion.a2a.settings import A2ASettings, AgentSettings
from bastion.a2a.upstream import UpstreamHTTP
from tests.a2a.conftest import AgentsProcess
from tests.gateway_process import free_port

pytestmark = pytest.mark.anyio


async def test_refresh_revalidates_with_etag(agents: AgentsProcess) -> None:
    http = UpstreamHTTP()
    async with http.running():
        reg = Registry(A2ASettings(agents={"echo": {"url": f"{agents.url}/echo"}}), http, push_relayed=True)
        agent = reg.get("echo")
        assert agent is not None
        await reg.refresh(agent, revalidate=False)
        first = agent.card
        assert agent.health == "ok" and first is not None and first.etag
        served = reg.served_card(agent, "http://gw")
        await reg.refresh(agent)  # If-None-Match: the agent answers 304 and the card is kept
        assert agent.card is first and reg.served_card(agent, "http://gw") is served
        await reg.refresh(agent, revalidate=False)  # a forced fetch replaces it
        assert agent.card is not first and agent.card.card == first.card


async def test_unreachable_agent_is_marked_and_keeps_no_card() -> None:
    http = UpstreamHTTP()
    async with http.running():
        reg = Registry(A2ASettings(), http, push_relayed=True)
        agent = Agent("gone", AgentSettings(url=f"http://127.0.0.1:{free_port()}", connect_timeout_s=2), "settings")
        await reg.refresh(agent)
        assert agent.health == "unreachable" and "cannot reach" in (agent.last_error or "")
        assert agent.card is None


async def test_legacy_card_path_fallback(agents: AgentsProcess) -> None:
    """A card only at /.well-known/agent.json (0.2) is found after the 1.0 path answers 404."""
    http = UpstreamHTTP()
    async with http.running():
        reg = Registry(A2ASettings(), http, push_relayed=True)
        agent = Agent("old", AgentSettings(url=f"{agents.url}/old02"), "settings")
        await reg.refresh(agent)
        assert agent.health == "ok", agent.last_error
        assert agent.card_url == f"{agents.url}/old02/.well-known/agent.json"
        assert [(i.binding, i.version) for i in agent.card.interfaces] == [("JSONRPC", "0.3")]

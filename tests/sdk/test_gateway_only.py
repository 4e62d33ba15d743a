"""What only gateway mode offers: identity, governance errors, MCP tools and A2A agents, through
a real gateway process (the same one test_modes.py uses)."""

from __future__ import annotations

import time
from pathlib import Path

import anyio
import pytest

from bastion_sdk import (
    AsyncBastionClient,
    AuthenticationError,
    BastionClient,
    BudgetExceededError,
    ConfigurationError,
    PermissionDeniedError,
    PolicyBlockedError,
)
from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess


def gw_client(gw: GatewayProcess, key: str, tmp_path: Path) -> BastionClient:
    return BastionClient(gw.url, key, env={}, config_path=tmp_path / "none.yaml")


def test_whoami(sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path) -> None:
    with gw_client(sdk_gateway, sdk_key, tmp_path) as c:
        me = c.whoami()
    assert me["user_id"] == "sdk-user" and "eng" in me["groups"]


def test_gateway_mode_from_the_environment(sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path) -> None:
    env = {"BASTION_URL": sdk_gateway.url + "/v1/", "BASTION_API_KEY": sdk_key, "OPENAI_API_KEY": "sk-unused"}
    with BastionClient(env=env, config_path=tmp_path / "none.yaml") as c:
        assert c.mode == "gateway" and c.settings.sources["url"] == "env:BASTION_URL"
        assert c.whoami()["user_id"] == "sdk-user"


def test_bad_key_says_what_to_do(sdk_gateway: GatewayProcess, tmp_path: Path) -> None:
    with gw_client(sdk_gateway, "bst_not_a_key", tmp_path) as c, pytest.raises(AuthenticationError) as err:
        c.chat("hi", model="openai/gpt-x")
    assert err.value.status == 401 and "BASTION_API_KEY" in str(err.value)
    assert err.value.trace_id and len(err.value.trace_id) == 32


def test_policy_block_names_the_policy(
    sdk_gateway: GatewayProcess, sdk_key: str, fake_ctl: FakeControl, tmp_path: Path
) -> None:
    with gw_client(sdk_gateway, sdk_key, tmp_path) as c, pytest.raises(PolicyBlockedError) as err:
        c.chat("here is the forbidden-plan", model="openai/gpt-x")
    assert err.value.status == 403 and err.value.policy == "no-plans"
    assert "plans stay inside" in str(err.value) and "policy 'no-plans'" in str(err.value)
    assert fake_ctl.requests() == []  # refused before the provider


def test_policy_blocks_in_streams_are_typed(
    sdk_gateway: GatewayProcess, sdk_key: str, fake_ctl: FakeControl, tmp_path: Path
) -> None:
    calm = sdk_gateway.create_key("sdk-calm", user={"groups": ["calm"]})
    with gw_client(sdk_gateway, calm, tmp_path) as c:
        # Refused before the stream starts (the prompt) ...
        with pytest.raises(PolicyBlockedError) as before:
            c.chat("stream the forbidden-plan", model="openai/gpt-x", stream=True)
        assert before.value.policy == "no-plans"
        # ... and inside it (the answer), in the OpenAI and the Anthropic shape.
        with pytest.raises(PolicyBlockedError, match="no meltdowns"):
            list(c.chat("a total meltdown please", model="anthropic/claude-x", stream=True))
        # (The Anthropic error event carries no code: a block there is a PermissionDeniedError,
        # PolicyBlockedError's base class.)
        with pytest.raises(PermissionDeniedError, match="no meltdowns"):
            list(c.messages("a total meltdown please", model="gemini/gemini-x", stream=True))
        # Not streamed: the answer is refused whole, naming the policy.
        with pytest.raises(PolicyBlockedError) as whole:
            c.chat("a total meltdown please", model="openai/gpt-x")
        assert whole.value.policy == "calm-answers"


def test_budget_exhausted(sdk_gateway: GatewayProcess, fake_ctl: FakeControl, tmp_path: Path) -> None:
    key = sdk_gateway.create_key("sdk-budget", max_tokens=5, budget_period="day")
    with gw_client(sdk_gateway, key, tmp_path) as c:
        c.chat("spend my whole budget now", model="openai/gpt-x")
        with pytest.raises(BudgetExceededError) as err:
            c.chat("one more", model="openai/gpt-x")
    assert err.value.status == 429 and err.value.code == "budget_exceeded"
    assert err.value.retry_after is not None and err.value.retry_after > 0
    assert "budget renews" in str(err.value)


def _tools_when_ready(c: BastionClient) -> set[str]:
    """The hub lists an upstream's tools once it has connected (seconds after start-up)."""
    deadline = time.monotonic() + 60
    while True:
        names = {t.name for t in c.mcp_tools()}
        if names or time.monotonic() > deadline:
            return names
        time.sleep(0.2)


def test_mcp_tools_and_call(sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path) -> None:
    with gw_client(sdk_gateway, sdk_key, tmp_path) as c:
        assert "time__get_current_time" in _tools_when_ready(c)
        r = c.call_tool("time__get_current_time", {"timezone": "UTC"})
    assert not r.isError and "UTC" in r.text


def test_agents_and_send_message(sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path) -> None:
    with gw_client(sdk_gateway, sdk_key, tmp_path) as c:
        assert "echo" in {a.name for a in c.agents()}
        reply = c.send_message("echo", "hello agent")
    assert "hello agent" in reply.text
    assert reply.meta.trace_id is not None


def test_async_gateway_extras(sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path) -> None:
    with gw_client(sdk_gateway, sdk_key, tmp_path) as c:
        _tools_when_ready(c)

    async def run() -> tuple[dict[str, object], set[str]]:
        async with AsyncBastionClient(sdk_gateway.url, sdk_key, env={}, config_path=tmp_path / "x.yaml") as c:
            return await c.whoami(), {t.name for t in await c.mcp_tools()}

    me, tools = anyio.run(run)
    assert me["user_id"] == "sdk-user" and "time__get_current_time" in tools


def test_gateway_features_need_a_gateway(tmp_path: Path) -> None:
    with BastionClient(env={}, config_path=tmp_path / "none.yaml") as c:
        assert c.mode == "direct"
        with pytest.raises(ConfigurationError, match="needs a gateway"):
            c.mcp_tools()
        with pytest.raises(ConfigurationError, match="no API key for 'openai'"):
            c.chat("hi", model="openai/gpt-x")
        with pytest.raises(ConfigurationError, match="no provider prefix"):
            c.chat("hi", model="gpt-x")

"""One fake provider, one real gateway in front of it (plus a real MCP server and A2A agent),
and the SDK client in either mode: the same test body runs against both."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bastion_sdk import BastionClient
from tests.a2a.conftest import AgentsProcess
from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway

#: Every provider type, reachable under its own prefix in both modes.
CHAT_MODELS = ["openai/gpt-x", "azure/my-deployment", "anthropic/claude-x", "gemini/gemini-x", "ollama/llama-x"]


def direct_providers(fake: FakeProvider) -> dict[str, dict[str, Any]]:
    """Direct mode: each provider prefix points at the fake, as the real hosts would be."""
    return {
        "openai": {"api_key": "sk-direct", "base_url": fake.url + "/v1"},
        "azure": {"api_key": "az-direct", "base_url": fake.url, "api_version": "2024-10-21"},
        "anthropic": {"api_key": "an-direct", "base_url": fake.url},
        "gemini": {"api_key": "ge-direct", "base_url": fake.url},
        "ollama": {"base_url": fake.url},
    }


def gateway_config(fake: FakeProvider, agents_url: str) -> dict[str, Any]:
    # Provider names equal their types, so `openai/gpt-x` means the same thing in both modes.
    providers = {
        name: {"type": name, **{k: v for k, v in p.items()}, "max_retries": 0}
        for name, p in direct_providers(fake).items()
    }
    providers["openai"]["models"] = ["gpt-x", "fake-model"]
    return {
        "llm": {"providers": providers, "aliases": {"fast": ["openai/gpt-x"]}},
        "mcp": {"servers": {"time": {"command": str(Path(sys.executable).parent / "mcp-server-time")}}},
        "a2a": {"agents": {"echo": {"url": f"{agents_url}/echo"}}, "allow_private_urls": True},
        "policy": {
            "policies": [
                {
                    "name": "no-plans",
                    "directions": ["chat_input"],
                    "rules": [
                        {
                            "name": "plans",
                            "detector": {"type": "keywords", "keywords": ["forbidden-plan"]},
                            "action": "block",
                            "message": "plans stay inside",
                        }
                    ],
                },
                {
                    # Only for the group "calm" (its key is made in test_gateway_only.py): output
                    # inspection holds stream text back, which the mode tests need not see.
                    "name": "calm-answers",
                    "directions": ["chat_output"],
                    "scope": {"include": {"groups": ["calm"]}},
                    "rules": [
                        {
                            "name": "meltdowns",
                            "detector": {"type": "keywords", "keywords": ["meltdown"]},
                            "action": "block",
                            "message": "no meltdowns",
                        }
                    ],
                },
            ]
        },
    }


@pytest.fixture(scope="session")
def sdk_fake() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


@pytest.fixture(scope="session")
def sdk_agents() -> Iterator[AgentsProcess]:
    a = AgentsProcess()
    try:
        yield a.start()
    finally:
        a.stop()


@pytest.fixture(scope="session")
def sdk_gateway(
    tmp_path_factory: pytest.TempPathFactory, sdk_fake: FakeProvider, sdk_agents: AgentsProcess
) -> Iterator[GatewayProcess]:
    workdir = tmp_path_factory.mktemp("sdk-gw")
    with start_gateway(workdir, gateway_config(sdk_fake, sdk_agents.url), timeout=180) as gw:
        yield gw


@pytest.fixture(scope="session")
def sdk_key(sdk_gateway: GatewayProcess) -> str:
    return sdk_gateway.create_key("sdk-user", user={"groups": ["eng"]})


@dataclass
class Mode:
    """How to build a client in one mode, with an environment that holds nothing else."""

    name: str
    kwargs: dict[str, Any]

    def client(self, **extra: Any) -> BastionClient:
        return BastionClient(**{**self.kwargs, **extra})


@pytest.fixture(params=["direct", "gateway"])
def mode(request: pytest.FixtureRequest, sdk_fake: FakeProvider, tmp_path: Path) -> Mode:
    # An empty environment and a missing config file: only what the test passes counts.
    isolated: dict[str, Any] = {"env": {}, "config_path": tmp_path / "none.yaml"}
    if request.param == "direct":
        return Mode("direct", {**isolated, "providers": direct_providers(sdk_fake)})
    gw: GatewayProcess = request.getfixturevalue("sdk_gateway")
    key: str = request.getfixturevalue("sdk_key")
    return Mode("gateway", {**isolated, "url": gw.url, "api_key": key})


@pytest.fixture
def fake_ctl(sdk_fake: FakeProvider) -> FakeControl:
    ctl = sdk_fake.control
    ctl.reset()
    return ctl

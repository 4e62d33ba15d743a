"""One fake provider pair and one real gateway process for the whole LLM test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway


@pytest.fixture(scope="session")
def fake() -> Iterator[FakeProvider]:
    """The healthy upstream (every provider type points here)."""
    with FakeProvider() as f:
        yield f


@pytest.fixture(scope="session")
def flaky() -> Iterator[FakeProvider]:
    """A second upstream that tests script to fail."""
    with FakeProvider() as f:
        yield f


def gateway_config(fake: FakeProvider, flaky: FakeProvider) -> dict[str, Any]:
    return {
        "semcache": {"enabled": False},
        "llm": {
            "providers": {
                "oa": {
                    "type": "openai",
                    "base_url": fake.url + "/v1",
                    "api_key": "env:FAKE_OPENAI_KEY",
                    "models": ["gpt-x"],
                },
                "az": {"type": "azure", "base_url": fake.url, "api_key": "azure-up", "api_version": "2024-10-21"},
                "an": {"type": "anthropic", "base_url": fake.url, "api_key": "anthropic-up"},
                "ge": {"type": "gemini", "base_url": fake.url, "api_key": "gemini-up"},
                "ol": {"type": "ollama", "base_url": fake.url},
                "flaky": {
                    "type": "openai",
                    "base_url": flaky.url + "/v1",
                    "api_key": "flaky-up",
                    "max_retries": 1,
                    "timeout_s": 2,
                },
            },
            "aliases": {
                "main": {"deployments": ["oa/gpt-x"]},
                "embed": {"deployments": ["oa/text-embed"], "embedding": True},
                "retry": ["flaky/m-retry"],
                "fb": {"deployments": ["flaky/m-fb"], "fallbacks": ["oa/gpt-x"]},
                "rl": ["flaky/m-rl"],
                "slow": {"deployments": [{"provider": "flaky", "model": "m-slow", "timeout_s": 1, "max_retries": 0}]},
                "cool": {
                    "deployments": [
                        {"provider": "flaky", "model": "m-cool", "weight": 1000000},
                        {"provider": "oa", "model": "gpt-x", "weight": 0.000001},
                    ]
                },
                "broken": ["flaky/m-broken"],
            },
            "prices": {"gpt-x": {"input": 2.0, "output": 10.0}, "an/claude-x": {"input": 3.0, "output": 15.0}},
            "retry": {"backoff_base_s": 0.01, "backoff_max_s": 0.05},
            "cooldown": {"failures": 2, "seconds": 600},
        },
    }


@pytest.fixture(scope="session")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider, flaky: FakeProvider
) -> Iterator[GatewayProcess]:
    workdir: Path = tmp_path_factory.mktemp("llm-gw")
    with start_gateway(workdir, gateway_config(fake, flaky), env={"FAKE_OPENAI_KEY": "sk-upstream"}, timeout=180) as gw:
        yield gw


@pytest.fixture(scope="session")
def alice(gateway: GatewayProcess) -> str:
    """A key for every model."""
    return gateway.create_key("alice")


@pytest.fixture(scope="session")
def bob(gateway: GatewayProcess) -> str:
    """A key for the ``main`` alias only."""
    return gateway.create_key("bob", models=["main"])


@pytest.fixture
def fake_ctl(fake: FakeProvider) -> FakeControl:
    ctl = fake.control
    ctl.reset()
    return ctl


@pytest.fixture
def flaky_ctl(flaky: FakeProvider) -> FakeControl:
    ctl = flaky.control
    ctl.reset()
    return ctl


def trace(gateway: GatewayProcess, trace_id: str) -> dict[str, Any]:
    """The audit record of a call (the writer flushes in batches: poll briefly)."""
    import time

    deadline = time.monotonic() + 20
    with gateway.admin() as c:
        while True:
            r = c.get(f"/admin/traces/{trace_id}")
            if r.status_code == 200:
                return r.json()
            if time.monotonic() > deadline:
                raise AssertionError(f"trace {trace_id} not found: {r.status_code} {r.text}")
            time.sleep(0.1)


def post(gateway: GatewayProcess, path: str, key: str | None, **kw: Any) -> httpx.Response:
    headers = kw.pop("headers", {})
    if key:
        headers["authorization"] = f"Bearer {key}"
    kw.setdefault("timeout", 30)
    return httpx.post(gateway.url + path, headers=headers, **kw)

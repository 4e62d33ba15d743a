"""The predictive phase end to end: after users asked the same follow-up after the same
question often enough, answering that question again pre-computes the follow-up in the
background through the gateway's own front door; the follow-up is then served from cache
(``phase=predictive``) and the summary reports how often predictions were used."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway

QUESTION = "What is a hash map?"
FOLLOWUP = "How does it handle collisions?"


@pytest.fixture(scope="module")
def predictive(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    config = {
        "semcache": {
            "enabled": True,
            "phases": {"semantic": False, "predictive": True},
            "predictive": {"min_support": 2, "calls_per_hour": 5},
        },
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
            "aliases": {"main": ["oa/gpt-x"]},
        },
    }
    with start_gateway(tmp_path_factory.mktemp("llm-predictive"), config, timeout=180) as gw:
        yield gw


def _chat(gw: GatewayProcess, key: str, messages: list[dict[str, Any]], temperature: float = 0) -> httpx.Response:
    r = httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "main", "temperature": temperature, "messages": messages},
        timeout=30,
    )
    r.raise_for_status()
    return r


def _conversation(system: str, *turns: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for i, turn in enumerate(turns):
        messages.append({"role": "user", "content": turn})
        if i < len(turns) - 1:
            messages.append({"role": "assistant", "content": f"echo: {turn}"})
    return messages


def _summary(gw: GatewayProcess) -> dict[str, Any]:
    with gw.admin() as c:
        r = c.get("/admin/cache/llm")
        r.raise_for_status()
        return r.json()["predictive"]


def test_followups_are_precomputed_and_served(predictive: GatewayProcess, fake_ctl: FakeControl) -> None:
    key = predictive.create_key("pia")
    # Two conversations (other system prompts, so nothing is a cache hit) teach the transition.
    for system in ("Be terse.", "Be friendly."):
        _chat(predictive, key, _conversation(system, QUESTION))
        _chat(predictive, key, _conversation(system, QUESTION, FOLLOWUP))
    fake_ctl.reset()

    # A third conversation asks the question: the follow-up is computed in the background.
    _chat(predictive, key, _conversation("Be formal.", QUESTION))
    deadline = time.monotonic() + 20
    while _summary(predictive)["computed"] < 1:
        assert time.monotonic() < deadline, _summary(predictive)
        time.sleep(0.1)
    precomputed = [r["body"]["messages"] for r in fake_ctl.requests("/chat/completions")]
    assert _conversation("Be formal.", QUESTION, FOLLOWUP) in precomputed
    upstream_calls = len(precomputed)

    # The user's follow-up is then served from the prediction, without an upstream call.
    r = _chat(predictive, key, _conversation("Be formal.", QUESTION, FOLLOWUP))
    assert r.headers["x-bastion-cache"].startswith("hit; phase=predictive")
    assert r.json()["choices"][0]["message"]["content"] == f"echo: {FOLLOWUP}"
    assert len(fake_ctl.requests("/chat/completions")) == upstream_calls
    stats = _summary(predictive)
    assert stats["used"] == 1 and stats["use_rate"] == 1.0


def test_no_predictions_for_sampled_requests(predictive: GatewayProcess, fake_ctl: FakeControl) -> None:
    key = predictive.create_key("sam")
    question, followup = "What is a linked list?", "When should I use one?"
    for system in ("One.", "Two."):
        _chat(predictive, key, _conversation(system, question), temperature=0.7)
        _chat(predictive, key, _conversation(system, question, followup), temperature=0.7)
    before = _summary(predictive)["scheduled"]
    fake_ctl.reset()
    _chat(predictive, key, _conversation("Three.", question), temperature=0.7)
    time.sleep(1.0)  # give a (wrong) background prediction the time to start
    assert _summary(predictive)["scheduled"] == before
    assert len(fake_ctl.requests("/chat/completions")) == 1

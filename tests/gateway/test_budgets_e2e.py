"""Budgets per key: spend and token caps enforced by the limit stage, for streamed and plain
calls, and still enforced after a restart (seeded from the audit trail). Real gateway process,
the official ``openai`` SDK, and the fake provider (the only double: a hosted LLM API)."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway


def _config(fake: FakeProvider) -> dict:
    return {
        "llm": {
            "providers": {
                "oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "upstream", "models": ["gpt-x"]}
            },
            "prices": {"gpt-x": {"input": 1000.0, "output": 1000.0}},
        }
    }


def _key(gw: GatewayProcess, user: str, **budget: object) -> str:
    with gw.admin() as c:
        c.post("/admin/users", json={"id": user}).raise_for_status()
        r = c.post("/admin/keys", json={"user_id": user, **budget})
        r.raise_for_status()
        assert {k: r.json()[k] for k in budget} == budget
        return r.json()["key"]


def _ask(gw: GatewayProcess, key: str, stream: bool = False) -> None:
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0)
    msgs = [{"role": "user", "content": "count to three"}]
    if stream:
        for _ in client.chat.completions.create(
            model="oa/gpt-x", messages=msgs, stream=True, stream_options={"include_usage": True}
        ):
            pass
    else:
        client.chat.completions.create(model="oa/gpt-x", messages=msgs)


def test_token_and_spend_caps(tmp_path: Path) -> None:
    with FakeProvider() as fake, start_gateway(tmp_path, _config(fake), timeout=180) as gw:
        tokens_key = _key(gw, "tok", max_tokens=5, budget_period="day")
        spend_key = _key(gw, "spend", max_spend=0.001, budget_period="month")
        free_key = _key(gw, "free")

        _ask(gw, tokens_key, stream=True)  # the first call may use the budget up ...
        with pytest.raises(openai.RateLimitError) as err:  # ... the next is refused
            _ask(gw, tokens_key)
        assert "token budget of 5 for this day" in str(err.value)
        retry_after = int(err.value.response.headers["retry-after"])
        assert 0 < retry_after <= 86400

        _ask(gw, spend_key)
        with pytest.raises(openai.RateLimitError, match="spend budget"):
            _ask(gw, spend_key, stream=True)

        for _ in range(3):
            _ask(gw, free_key)
        refused_upstream_calls = len(fake.control.requests("/chat/completions"))
        assert refused_upstream_calls == 2 + 3  # refused calls never reached the provider

        with gw.admin() as c:
            refused = c.get("/admin/traces", params={"user": "tok", "status": "refused"}).json()["items"]
        assert refused and refused[0]["error_code"] == "budget_exceeded"

    # After a restart the in-process counters are gone; the audit trail still has the usage.
    with FakeProvider() as fake2:
        gw2 = GatewayProcess(tmp_path, _config(fake2))
        gw2.start(180)
        try:
            with pytest.raises(openai.RateLimitError):
                _ask(gw2, tokens_key)
            assert fake2.control.requests("/chat/completions") == []
            assert httpx.get(gw2.url + "/whoami", headers={"x-api-key": free_key}).status_code == 200
        finally:
            gw2.stop()

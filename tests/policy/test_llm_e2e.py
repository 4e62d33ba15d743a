"""The policy engine on the LLM front door: a real gateway process, the official ``openai``
SDK, and the fake provider (the only double: it stands for a hosted LLM API)."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import start_gateway

CARD = "4539 1488 0343 6467"
AWS = "AKIA" + "Z3X4C5V6B7N2M3Q4"

POLICIES = [
    {
        "name": "mail-in",
        "directions": ["chat_input"],
        "rules": [{"name": "emails", "action": "redact", "detector": {"type": "pii", "entities": ["EMAIL"]}}],
    },
    {
        "name": "cards-out",
        "directions": ["chat_output"],
        "rules": [{"name": "cards", "action": "redact", "detector": {"type": "pii", "entities": ["CREDIT_CARD"]}}],
    },
]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[openai.OpenAI, FakeProvider]]:
    with FakeProvider() as fake:
        config = {
            "llm": {
                "providers": {
                    "oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "upstream", "models": ["gpt-x"]}
                }
            },
            "policy": {"templates": [{"name": "secrets"}], "policies": POLICIES},
        }
        with start_gateway(tmp_path_factory.mktemp("policy-llm"), config, timeout=180) as gw:
            key = gw.create_key("alice")
            yield openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0), fake


def test_prompt_redacted_before_upstream(setup: tuple[openai.OpenAI, FakeProvider]) -> None:
    client, fake = setup
    fake.control.reset()
    r = client.chat.completions.create(
        model="oa/gpt-x", messages=[{"role": "user", "content": "mail ann@corp.example now"}]
    )
    sent = fake.control.requests("/chat/completions")[-1]["body"]["messages"][-1]["content"]
    assert sent == "mail [EMAIL_1] now"
    assert r.choices[0].message.content == "echo: mail [EMAIL_1] now"


def test_secret_blocked_in_protocol_shape(setup: tuple[openai.OpenAI, FakeProvider]) -> None:
    client, fake = setup
    fake.control.reset()
    with pytest.raises(openai.PermissionDeniedError) as err:
        client.chat.completions.create(model="oa/gpt-x", messages=[{"role": "user", "content": f"my key {AWS}"}])
    assert "credential" in str(err.value)
    assert fake.control.requests("/chat/completions") == []


def test_streamed_answer_redacted_across_chunks(setup: tuple[openai.OpenAI, FakeProvider]) -> None:
    client, _ = setup
    stream = client.chat.completions.create(
        model="oa/gpt-x", stream=True, messages=[{"role": "user", "content": f"card {CARD} thanks"}]
    )
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(pieces) == "echo: card [CREDIT_CARD_1] thanks"
    assert not any("4539" in p or "6467" in p for p in pieces)

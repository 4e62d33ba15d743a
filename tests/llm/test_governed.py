"""The LLM front door with the governance stages switched on: output policy on plain and
streamed answers, input blocks before any upstream call, cache hits rendered (and replayed as
streams) in the client's format, and ``core.chat`` as a service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from bastion.app import create_app
from bastion.gateway.call import Refusal
from bastion.gateway.principal import Grants, Principal
from bastion.settings import load_settings
from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.llm.conftest import trace

CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def governed(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    config = {
        "semcache": {"enabled": True, "phases": {"exact": True, "semantic": False, "normalised": True}},
        "policy": {"templates": [{"name": "pci"}]},
        "llm": {
            "providers": {
                "oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"},
                "an": {"type": "anthropic", "base_url": fake.url, "api_key": "up"},
            },
            "aliases": {"main": ["oa/gpt-x"]},
        },
    }
    with start_gateway(tmp_path_factory.mktemp("llm-governed"), config, timeout=180) as gw:
        yield gw


@pytest.fixture(scope="module")
def key(governed: GatewayProcess) -> str:
    return governed.create_key("carol")


def test_output_policy_redacts_plain_and_streamed_answers(
    governed: GatewayProcess, key: str, fake_ctl: FakeControl
) -> None:
    c = openai.OpenAI(base_url=governed.url + "/v1", api_key=key, max_retries=0)
    fake_ctl.script({"text": f"your card is {CARD} thanks"}, {"text": f"your card is {CARD} thanks"})
    r = c.chat.completions.create(model="main", messages=[{"role": "user", "content": "which card, plain?"}])
    assert CARD not in (r.choices[0].message.content or "")
    assert (r.choices[0].message.content or "").startswith("your card is")
    chunks = list(
        c.chat.completions.create(
            model="an/claude-x", stream=True, messages=[{"role": "user", "content": "which card, streamed?"}]
        )
    )
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
    assert CARD not in text and text.startswith("your card is") and text.endswith("thanks")


def test_input_block_never_reaches_upstream(governed: GatewayProcess, key: str, fake_ctl: FakeControl) -> None:
    with pytest.raises(openai.PermissionDeniedError) as e:
        openai.OpenAI(base_url=governed.url + "/v1", api_key=key, max_retries=0).chat.completions.create(
            model="main", messages=[{"role": "user", "content": "track ;4111111111111111=2512 please"}]
        )
    assert "track data" in e.value.message.lower()
    with pytest.raises(anthropic.PermissionDeniedError):
        anthropic.Anthropic(base_url=governed.url, api_key=key, max_retries=0).messages.create(
            model="main", max_tokens=10, messages=[{"role": "user", "content": "track ;4111111111111111=2512"}]
        )
    assert fake_ctl.requests() == []


def test_cache_hit_rendered_and_replayed_as_stream(governed: GatewayProcess, key: str, fake_ctl: FakeControl) -> None:
    c = openai.OpenAI(base_url=governed.url + "/v1", api_key=key, max_retries=0)
    msgs = [{"role": "user", "content": "what is the boiling point of water at sea level"}]
    first = c.chat.completions.with_raw_response.create(model="main", messages=msgs, temperature=0)
    assert first.headers["x-bastion-cache"] == "miss"
    second = c.chat.completions.with_raw_response.create(model="main", messages=msgs, temperature=0)
    assert second.headers["x-bastion-cache"].startswith("hit; phase=")
    assert second.parse().choices[0].message.content == first.parse().choices[0].message.content
    assert len(fake_ctl.requests()) == 1
    t = trace(governed, second.headers["x-bastion-trace-id"])
    assert t["cache"]["result"] == "hit"
    # Streaming client, same question: the stored completion is replayed as a stream.
    with httpx.stream(
        "POST",
        governed.url + "/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "main", "messages": msgs, "temperature": 0, "stream": True},
        timeout=30,
    ) as r:
        assert r.headers["x-bastion-cache"].startswith("hit")
        body = r.read().decode()
    assert body.rstrip().endswith("data: [DONE]") and "boiling" in body
    assert len(fake_ctl.requests()) == 1


def test_stream_answer_is_cached_after_it_completes(governed: GatewayProcess, key: str, fake_ctl: FakeControl) -> None:
    c = openai.OpenAI(base_url=governed.url + "/v1", api_key=key, max_retries=0)
    msgs = [{"role": "user", "content": "name the largest planet in the solar system"}]
    text = "".join(
        ch.choices[0].delta.content or ""
        for ch in c.chat.completions.create(model="main", messages=msgs, temperature=0, stream=True)
        if ch.choices
    )
    again = c.chat.completions.with_raw_response.create(model="main", messages=msgs, temperature=0)
    assert again.headers["x-bastion-cache"].startswith("hit")
    assert again.parse().choices[0].message.content == text
    assert len(fake_ctl.requests()) == 1


def test_stream_cut_short_is_not_cached(governed: GatewayProcess, key: str, fake_ctl: FakeControl) -> None:
    c = openai.OpenAI(base_url=governed.url + "/v1", api_key=key, max_retries=0)
    msgs = [{"role": "user", "content": "name the smallest planet in the solar system"}]
    fake_ctl.script({"truncate_after": 2})
    with pytest.raises(openai.APIError):
        for _ in c.chat.completions.create(model="main", messages=msgs, temperature=0, stream=True):
            pass
    again = c.chat.completions.with_raw_response.create(model="main", messages=msgs, temperature=0)
    assert again.headers["x-bastion-cache"] == "miss"
    assert again.parse().choices[0].finish_reason == "stop"
    assert len(fake_ctl.requests()) == 2


@pytest.mark.anyio
async def test_core_chat_runs_through_the_pipeline(tmp_path: Path, fake: FakeProvider, fake_ctl: FakeControl) -> None:
    settings = load_settings(
        None,
        data_dir=str(tmp_path),
        auth={"admin_key": "bst_admin_key_for_tests_0123456789"},
        semcache={"enabled": False},
        llm={"providers": {"oa": {"base_url": fake.url + "/v1", "api_key": "up"}}, "aliases": {"main": ["oa/gpt-x"]}},
    )
    app = create_app(settings)
    inner = app
    while not hasattr(inner, "router"):
        inner = getattr(inner, "app", None) or inner.fallback  # the ASGI wrappers around FastAPI
    core = inner.state.core
    assert core.chat is not None
    async with inner.router.lifespan_context(inner):
        who = Principal(user_id="svc", auth_method="internal")
        out = await core.chat.complete({"model": "main", "messages": [{"role": "user", "content": "inside job"}]}, who)
        assert out["choices"][0]["message"]["content"] == "echo: inside job"
        nobody = Principal(user_id="x", auth_method="internal", grants=Grants(models=()))
        with pytest.raises(Refusal) as e:
            await core.chat.complete({"model": "main", "messages": [{"role": "user", "content": "no"}]}, nobody)
        assert e.value.status == 403
        with pytest.raises(Refusal) as e:
            await core.chat.complete({"model": "main", "messages": []}, who)
        assert e.value.status == 400
    assert len(fake_ctl.requests()) == 1


def test_policy_on_native_anthropic_answers_and_streams(
    governed: GatewayProcess, key: str, fake_ctl: FakeControl
) -> None:
    c = anthropic.Anthropic(base_url=governed.url, api_key=key, max_retries=0)
    fake_ctl.script({"text": f"card {CARD} ok"}, {"text": f"card {CARD} ok"})
    m = c.messages.create(model="an/claude-x", max_tokens=64, messages=[{"role": "user", "content": "native plain"}])
    assert CARD not in m.content[0].text and m.content[0].text.startswith("card ")
    with c.messages.stream(
        model="an/claude-x", max_tokens=64, messages=[{"role": "user", "content": "native stream"}]
    ) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    # The policy window released the text at the end: it still arrives, redacted, before message_stop.
    assert CARD not in text and text.startswith("card ") and text.endswith("ok")
    assert final.stop_reason == "end_turn"


def test_input_redaction_keeps_native_blocks(governed: GatewayProcess, key: str, fake_ctl: FakeControl) -> None:
    c = anthropic.Anthropic(base_url=governed.url, api_key=key, max_retries=0)
    c.messages.create(
        model="an/claude-x",
        max_tokens=64,
        messages=[
            {
                "role": "user",
                "content": [{"type": "text", "text": f"my card is {CARD}", "cache_control": {"type": "ephemeral"}}],
            }
        ],
    )
    block = fake_ctl.requests("/v1/messages")[0]["body"]["messages"][0]["content"][0]
    assert CARD not in block["text"] and block["text"].startswith("my card is")
    assert block["cache_control"] == {"type": "ephemeral"}

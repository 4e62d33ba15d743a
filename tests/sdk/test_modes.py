"""The same test bodies against both modes: direct (the SDK calls the fake providers itself,
translating with bastion_wire) and gateway (a real gateway process in front of the same fakes).
The results must be the same typed objects with the same content."""

from __future__ import annotations

import anyio
import pytest

from bastion_sdk import (
    AsyncBastionClient,
    BadRequestError,
    ChatChunk,
    ChatCompletion,
    MessagesEvent,
    MessagesResponse,
    RateLimitError,
)
from tests.fakes.llm_providers import FakeControl
from tests.sdk.conftest import CHAT_MODELS, Mode

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "lookup",
            "description": "Look something up",
            "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
        },
    }
]


def _check_meta(mode: Mode, meta: object) -> None:
    assert meta.mode == mode.name  # type: ignore[attr-defined]
    if mode.name == "gateway":
        assert len(meta.trace_id) == 32 and meta.cache == "miss"  # type: ignore[attr-defined]
    else:
        assert meta.trace_id is None and meta.cache is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_chat_every_provider(mode: Mode, fake_ctl: FakeControl, model: str) -> None:
    with mode.client() as c:
        assert c.mode == mode.name
        r = c.chat("hello there world", model=model, temperature=0.2)
    assert isinstance(r, ChatCompletion)
    assert r.text == "echo: hello there world"
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None and (r.usage.prompt_tokens, r.usage.completion_tokens) == (3, 4)
    _check_meta(mode, r.meta)
    assert len(fake_ctl.requests()) == 1


@pytest.mark.parametrize("model", CHAT_MODELS)
def test_stream_every_provider(mode: Mode, fake_ctl: FakeControl, model: str) -> None:
    with mode.client() as c, c.chat([{"role": "user", "content": "stream me please"}], model=model, stream=True) as s:
        chunks = list(s)
    assert all(isinstance(ch, ChatChunk) for ch in chunks)
    assert "".join(ch.text for ch in chunks) == "echo: stream me please"
    assert [ch.choices[0].finish_reason for ch in chunks if ch.choices and ch.choices[0].finish_reason] == ["stop"]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 4
    _check_meta(mode, s.meta)


@pytest.mark.parametrize("model", ["openai/gpt-x", "anthropic/claude-x", "gemini/gemini-x", "ollama/llama-x"])
def test_tool_call_round_trip(mode: Mode, fake_ctl: FakeControl, model: str) -> None:
    with mode.client() as c:
        r = c.chat("weather in Oslo", model=model, tools=TOOLS)
        assert r.choices[0].finish_reason == "tool_calls"
        (call,) = r.tool_calls
        assert call.function.name == "lookup" and call.function.parsed_arguments() == {"query": "weather in Oslo"}
        follow = [
            {"role": "user", "content": "weather in Oslo"},
            r.choices[0].message.model_dump(exclude_none=True),
            {"role": "tool", "tool_call_id": call.id, "content": "sunny"},
        ]
        assert c.chat(follow, model=model, tools=TOOLS).text == "tool said: sunny"


@pytest.mark.parametrize("model", ["anthropic/claude-x", "openai/gpt-x", "gemini/gemini-x"])
def test_messages_shape_any_provider(mode: Mode, fake_ctl: FakeControl, model: str) -> None:
    with mode.client() as c:
        r = c.messages("hello in anthropic shape", model=model, max_tokens=64, system="be brief")
        assert isinstance(r, MessagesResponse)
        assert r.text == "echo: hello in anthropic shape" and r.stop_reason == "end_turn"
        assert r.usage.output_tokens == 5
        _check_meta(mode, r.meta)
        with c.messages("stream it", model=model, stream=True) as s:
            events = list(s)
    assert all(isinstance(e, MessagesEvent) for e in events)
    assert events[0].type == "message_start" and events[-1].type == "message_stop"
    assert "".join(e.text for e in events) == "echo: stream it"


@pytest.mark.parametrize("model", ["openai/text-embed", "ollama/embed-x", "gemini/embed-x"])
def test_embeddings(mode: Mode, fake_ctl: FakeControl, model: str) -> None:
    with mode.client() as c:
        r = c.embeddings(["one", "two words"], model=model)
    assert len(r.vectors) == 2 and len(r.vectors[0]) == 8
    assert r.vectors[0] != r.vectors[1]


def test_models_lists_prefixed_names(mode: Mode, fake_ctl: FakeControl) -> None:
    with mode.client() as c:
        ids = c.models().ids
    assert "openai/fake-model" in ids
    if mode.name == "direct":  # every configured provider is asked (Azure cannot list deployments)
        assert {"anthropic/fake-model", "gemini/fake-model", "ollama/fake-model"} <= set(ids)


def test_upstream_rate_limit_is_typed(mode: Mode, fake_ctl: FakeControl) -> None:
    fake_ctl.fail(429, times=1, retry_after=7)
    with mode.client() as c, pytest.raises(RateLimitError) as err:
        c.chat("hi", model="openai/gpt-x")
    assert err.value.status == 429 and err.value.retry_after == 7
    assert "Retry in 7 s" in str(err.value)


def test_bad_request_is_typed(mode: Mode, fake_ctl: FakeControl) -> None:
    # n > 1 cannot be expressed for Anthropic: the shared translation layer refuses it.
    with mode.client() as c, pytest.raises(BadRequestError) as err:
        c.chat("hi", model="anthropic/claude-x", n=2)
    assert err.value.status == 400 and "n > 1" in str(err.value)


def test_async_client_same_results(mode: Mode, fake_ctl: FakeControl) -> None:
    async def run() -> tuple[str, str, list[str]]:
        async with AsyncBastionClient(**mode.kwargs) as c:
            r = await c.chat("async hello", model="anthropic/claude-x")
            s = await c.chat("async stream", model="gemini/gemini-x", stream=True)
            pieces = [ch.text async for ch in s]
            m = await c.messages("async messages", model="ollama/llama-x")
            return r.text, m.text, pieces

    text, mtext, pieces = anyio.run(run)
    assert text == "echo: async hello" and mtext == "echo: async messages"
    assert "".join(pieces) == "echo: async stream"

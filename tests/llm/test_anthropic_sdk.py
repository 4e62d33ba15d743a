"""The official ``anthropic`` SDK against a real gateway (x-api-key + anthropic-version)."""

from __future__ import annotations

import anthropic
import pytest

from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess

TOOLS = [
    {
        "name": "lookup",
        "description": "Look something up",
        "input_schema": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
    }
]
PROVIDERS = ["an/claude-x", "main", "ge/gemini-x", "ol/llama-x"]


def client(gw: GatewayProcess, key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gw.url, api_key=key, max_retries=0)


@pytest.mark.parametrize("model", PROVIDERS)
def test_messages_every_provider(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    raw = client(gateway, alice).messages.with_raw_response.create(
        model=model, max_tokens=64, system="be brief", messages=[{"role": "user", "content": "hello claude"}]
    )
    m = raw.parse()
    assert m.content[0].type == "text" and m.content[0].text == "echo: hello claude"
    assert m.stop_reason == "end_turn" and m.model == model
    assert m.usage.input_tokens == 4 and m.usage.output_tokens == 3
    assert raw.headers["x-bastion-cache"] == "miss"
    if model == "an/claude-x":
        seen = fake_ctl.requests("/v1/messages")[0]
        assert seen["headers"]["x-api-key"] == "anthropic-up"  # never the client's key
        assert seen["body"]["system"] == "be brief" and seen["body"]["max_tokens"] == 64


@pytest.mark.parametrize("model", PROVIDERS)
def test_stream_every_provider(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    with client(gateway, alice).messages.stream(
        model=model, max_tokens=64, messages=[{"role": "user", "content": "stream it"}]
    ) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == "echo: stream it"
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 3


@pytest.mark.parametrize("model", PROVIDERS)
def test_tool_use_round_trip(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    c = client(gateway, alice)
    messages: list = [{"role": "user", "content": "weather in Rome"}]
    m = c.messages.create(model=model, max_tokens=64, messages=messages, tools=TOOLS)
    assert m.stop_reason == "tool_use"
    use = [b for b in m.content if b.type == "tool_use"][0]
    assert use.name == "lookup" and use.input == {"query": "weather in Rome"}
    messages += [
        {"role": "assistant", "content": [b.model_dump() for b in m.content]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id, "content": "rainy"}]},
    ]
    m2 = c.messages.create(model=model, max_tokens=64, messages=messages, tools=TOOLS)
    assert m2.content[0].text == "tool said: rainy"


@pytest.mark.parametrize("model", ["an/claude-x", "main"])
def test_streamed_tool_use(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    with client(gateway, alice).messages.stream(
        model=model, max_tokens=64, tools=TOOLS, messages=[{"role": "user", "content": "find dogs"}]
    ) as s:
        final = s.get_final_message()
    use = [b for b in final.content if b.type == "tool_use"][0]
    assert use.input == {"query": "find dogs"} and final.stop_reason == "tool_use"


def test_anthropic_only_fields_reach_anthropic(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    client(gateway, alice).messages.create(
        model="an/claude-x",
        max_tokens=64,
        extra_body={"top_k": 5},
        messages=[{"role": "user", "content": "x"}],
        stop_sequences=["STOP"],
    )
    body = fake_ctl.requests("/v1/messages")[0]["body"]
    assert body["top_k"] == 5 and body["stop_sequences"] == ["STOP"] and body["model"] == "claude-x"


@pytest.mark.anyio
async def test_async_client(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    c = anthropic.AsyncAnthropic(base_url=gateway.url, api_key=alice, max_retries=0)
    m = await c.messages.create(model="main", max_tokens=32, messages=[{"role": "user", "content": "async"}])
    assert m.content[0].text == "echo: async"
    async with c.messages.stream(
        model="an/claude-x", max_tokens=32, messages=[{"role": "user", "content": "async stream"}]
    ) as s:
        assert "".join([t async for t in s.text_stream]) == "echo: async stream"
    await c.close()


def test_errors_in_anthropic_shape(gateway: GatewayProcess, alice: str, bob: str) -> None:
    with pytest.raises(anthropic.NotFoundError) as e:
        client(gateway, alice).messages.create(
            model="nope/x", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    assert e.value.body["type"] == "error" and e.value.body["error"]["type"] == "not_found_error"
    with pytest.raises(anthropic.PermissionDeniedError):
        client(gateway, bob).messages.create(
            model="an/claude-x", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(anthropic.AuthenticationError) as e:
        client(gateway, "bst_wrong").messages.create(
            model="main", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    assert e.value.body["error"]["type"] == "authentication_error"
    with pytest.raises(anthropic.BadRequestError) as e:
        client(gateway, alice).messages.create(model="main", max_tokens=0, messages=[{"role": "user", "content": "x"}])
    assert "max_tokens" in e.value.body["error"]["message"]


def test_models_in_anthropic_shape(gateway: GatewayProcess, bob: str) -> None:
    assert [m.id for m in client(gateway, bob).models.list()] == ["main"]


def test_anthropic_to_anthropic_is_passed_through_natively(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl
) -> None:
    system = [{"type": "text", "text": "long shared context", "cache_control": {"type": "ephemeral"}}]
    messages = [
        {"role": "user", "content": [{"type": "text", "text": "question", "cache_control": {"type": "ephemeral"}}]}
    ]
    m = client(gateway, alice).messages.create(
        model="an/claude-x",
        max_tokens=64,
        system=system,
        messages=messages,
        extra_body={"thinking": {"type": "enabled", "budget_tokens": 1024}},
        extra_headers={"anthropic-beta": "prompt-caching-2024-07-31"},
    )
    assert m.content[0].text == "echo: question"
    seen = fake_ctl.requests("/v1/messages")[0]
    assert seen["body"]["system"] == system and seen["body"]["messages"] == messages
    assert seen["body"]["thinking"] == {"type": "enabled", "budget_tokens": 1024}
    assert seen["headers"]["anthropic-beta"] == "prompt-caching-2024-07-31"
    # Other providers never see Anthropic-only headers.
    client(gateway, alice).messages.create(
        model="main", max_tokens=8, messages=messages, extra_headers={"anthropic-beta": "prompt-caching-2024-07-31"}
    )
    assert "anthropic-beta" not in fake_ctl.requests("/v1/chat")[0]["headers"]

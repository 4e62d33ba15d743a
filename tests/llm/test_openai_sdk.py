"""The official ``openai`` SDK against a real gateway, every provider type behind it."""

from __future__ import annotations

import json

import openai
import pytest

from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess
from tests.llm.conftest import trace

#: Public model name -> the fake route its provider speaks.
MODELS = {
    "main": "/v1/chat/completions",
    "az/my-deployment": "/openai/deployments/my-deployment/chat/completions",
    "an/claude-x": "/v1/messages",
    "ge/gemini-x": "/v1beta/models/gemini-x:",
    "ol/llama-x": "/api/chat",
}
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


def client(gw: GatewayProcess, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0)


@pytest.mark.parametrize("model", list(MODELS))
def test_chat_every_provider(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    raw = client(gateway, alice).chat.completions.with_raw_response.create(
        model=model,
        messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello there world"}],
    )
    r = raw.parse()
    assert r.choices[0].message.content == "echo: hello there world"
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None and r.usage.prompt_tokens == 5 and r.usage.completion_tokens == 4
    assert raw.headers["x-bastion-cache"] == "miss"
    assert float(raw.headers["x-bastion-overhead-ms"]) >= 0
    assert len(raw.headers["x-bastion-trace-id"]) == 32
    seen = fake_ctl.requests(MODELS[model])
    assert len(seen) == 1
    # The client's own key never goes upstream; the provider's key does.
    assert alice not in json.dumps(seen[0]["headers"])


@pytest.mark.parametrize("model", list(MODELS))
def test_stream_every_provider(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    chunks = list(
        client(gateway, alice).chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "stream me please"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: stream me please"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 4


def test_stream_without_usage_request_has_no_usage_chunk(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl
) -> None:
    chunks = list(
        client(gateway, alice).chat.completions.create(
            model="main", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    assert all(c.choices for c in chunks)
    # ... but usage was asked upstream so the trace still has tokens.
    assert fake_ctl.requests("/v1/chat")[0]["body"]["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("model", list(MODELS))
def test_tool_call_round_trip(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    c = client(gateway, alice)
    messages: list = [{"role": "user", "content": "weather in Paris"}]
    r = c.chat.completions.create(model=model, messages=messages, tools=TOOLS, tool_choice="auto")
    msg = r.choices[0].message
    assert r.choices[0].finish_reason == "tool_calls"
    assert msg.tool_calls and msg.tool_calls[0].function.name == "lookup"
    assert json.loads(msg.tool_calls[0].function.arguments) == {"query": "weather in Paris"}
    messages += [
        msg.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": msg.tool_calls[0].id, "content": "sunny"},
    ]
    r2 = c.chat.completions.create(model=model, messages=messages, tools=TOOLS)
    assert r2.choices[0].message.content == "tool said: sunny"


@pytest.mark.parametrize("model", list(MODELS))
def test_streamed_tool_call(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str) -> None:
    stream = client(gateway, alice).chat.completions.create(
        model=model, messages=[{"role": "user", "content": "find cats"}], tools=TOOLS, stream=True
    )
    name, args, ids = "", "", set()
    for ch in stream:
        for tc in (ch.choices[0].delta.tool_calls or []) if ch.choices else []:
            name += tc.function.name or "" if tc.function else ""
            args += (tc.function.arguments or "") if tc.function else ""
            if tc.id:
                ids.add(tc.id)
    assert name == "lookup" and json.loads(args) == {"query": "find cats"} and len(ids) == 1


@pytest.mark.anyio
async def test_async_client_stream_and_plain(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    c = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=alice, max_retries=0)
    r = await c.chat.completions.create(model="an/claude-x", messages=[{"role": "user", "content": "async hi"}])
    assert r.choices[0].message.content == "echo: async hi"
    text = ""
    async for ch in await c.chat.completions.create(
        model="ge/gemini-x", stream=True, messages=[{"role": "user", "content": "async stream"}]
    ):
        text += ch.choices[0].delta.content or "" if ch.choices else ""
    assert text == "echo: async stream"
    await c.close()


def test_extra_fields_pass_through_to_openai(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    client(gateway, alice).chat.completions.create(
        model="main",
        messages=[{"role": "user", "content": "x"}],
        seed=7,
        user="u-1",
        stop=["END"],
        response_format={"type": "json_object"},
        n=2,
        extra_body={"custom_knob": {"a": 1}},
    )
    body = fake_ctl.requests("/v1/chat")[0]["body"]
    assert body["model"] == "gpt-x"  # the alias resolved to the upstream name
    assert body["custom_knob"] == {"a": 1} and body["seed"] == 7 and body["user"] == "u-1"
    assert body["stop"] == ["END"] and body["response_format"] == {"type": "json_object"} and body["n"] == 2
    assert fake_ctl.requests("/v1/chat")[0]["headers"]["authorization"] == "Bearer sk-upstream"


def test_images_reach_every_provider(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    png = "data:image/png;base64,iVBORw0KGgo="
    for model in ("main", "an/claude-x", "ge/gemini-x", "ol/llama-x"):
        r = client(gateway, alice).chat.completions.create(
            model=model,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "what is this"},
                        {"type": "image_url", "image_url": {"url": png}},
                    ],
                }
            ],
        )
        assert r.choices[0].message.content == "echo: what is this [1 image(s)]", model
    assert fake_ctl.requests("/api/chat")[0]["body"]["messages"][0]["images"] == ["iVBORw0KGgo="]
    assert fake_ctl.requests("/v1/messages")[0]["body"]["messages"][0]["content"][1]["source"]["data"] == "iVBORw0KGgo="


def test_usage_and_cost_on_trace(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    raw = client(gateway, alice).chat.completions.with_raw_response.create(
        model="main", messages=[{"role": "user", "content": "count my tokens"}]
    )
    t = trace(gateway, raw.headers["x-bastion-trace-id"])
    assert t["tokens_in"] == 3 and t["tokens_out"] == 4
    assert t["cost"] == pytest.approx((3 * 2.0 + 4 * 10.0) / 1e6)
    assert t["attrs"]["provider"] == "oa" and t["attrs"]["deployment"] == "oa/gpt-x"
    assert t["front_door"] == "llm" and t["target"] == "main" and t["status"] == "ok"
    # Streams too (usage from the provider's last event).
    stream = client(gateway, alice).chat.completions.with_raw_response.create(
        model="an/claude-x", stream=True, messages=[{"role": "user", "content": "a b c"}]
    )
    tid = stream.headers["x-bastion-trace-id"]
    list(stream.parse())
    t = trace(gateway, tid)
    assert t["tokens_in"] == 3 and t["tokens_out"] == 4
    assert t["cost"] == pytest.approx((3 * 3.0 + 4 * 15.0) / 1e6)
    with gateway.admin() as c:
        metrics = c.get("/metrics").text
    assert "bastion_llm_cost_total{key=" in metrics or "bastion_llm_cost_total{" in metrics
    assert 'provider="an"' in metrics and 'user="alice"' in metrics


def test_models_lists_only_granted(gateway: GatewayProcess, alice: str, bob: str) -> None:
    all_models = {m.id for m in client(gateway, alice).models.list()}
    assert {"main", "fb", "oa/gpt-x"} <= all_models and "embed" not in all_models
    assert {m.id for m in client(gateway, bob).models.list()} == {"main"}


def test_embeddings(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    r = client(gateway, alice).embeddings.create(model="embed", input=["one two", "three"])
    assert len(r.data) == 2 and len(r.data[0].embedding) == 8
    assert fake_ctl.requests("/v1/embeddings")[0]["body"]["model"] == "text-embed"


def test_each_provider_gets_its_own_credentials(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    c = client(gateway, alice)
    for model in MODELS:
        c.chat.completions.create(model=model, messages=[{"role": "user", "content": "creds"}])
    azure = fake_ctl.requests("/openai/deployments/")[0]
    assert azure["headers"]["api-key"] == "azure-up" and azure["query"] == {"api-version": "2024-10-21"}
    assert "authorization" not in azure["headers"]
    an = fake_ctl.requests("/v1/messages")[0]["headers"]
    assert an["x-api-key"] == "anthropic-up" and an["anthropic-version"] == "2023-06-01"
    assert fake_ctl.requests("/v1beta/")[0]["headers"]["x-goog-api-key"] == "gemini-up"
    ollama = fake_ctl.requests("/api/chat")[0]["headers"]
    assert "authorization" not in ollama and "x-api-key" not in ollama
    for r in fake_ctl.requests():
        assert alice not in json.dumps(r)

"""An upstream whose stream ends early (an orderly end of the HTTP body, but without ``[DONE]``,
``message_stop``, a ``finishReason`` or Ollama's ``done`` line) is a broken answer: the client
gets its protocol's error event and no invented terminator, the trace records an upstream
error, and the attempt is not repeated once bytes went to the client."""

from __future__ import annotations

import anthropic
import httpx
import openai
import pytest

from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess
from tests.llm.conftest import trace

MODELS = ["main", "an/claude-x", "ge/gemini-x", "ol/llama-x"]
MSG = [{"role": "user", "content": "tell me a long story please"}]


def _raw_stream(gw: GatewayProcess, key: str, path: str, body: dict[str, object]) -> tuple[str, str]:
    with httpx.stream("POST", gw.url + path, headers={"authorization": f"Bearer {key}"}, json=body, timeout=30) as r:
        assert r.status_code == 200
        return r.read().decode(), r.headers["x-bastion-trace-id"]


@pytest.mark.parametrize("model", MODELS)
def test_openai_client_sees_the_cut_as_an_error(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str
) -> None:
    fake_ctl.script({"truncate_after": 2})
    c = openai.OpenAI(base_url=gateway.url + "/v1", api_key=alice, max_retries=0)
    got: list[str] = []
    with pytest.raises(openai.APIError) as err:
        for ch in c.chat.completions.create(model=model, messages=MSG, stream=True):
            if ch.choices and ch.choices[0].delta.content:
                got.append(ch.choices[0].delta.content)
    assert "stream ended before" in str(err.value)
    assert len(fake_ctl.requests()) == 1

    fake_ctl.script({"truncate_after": 2})
    body, tid = _raw_stream(gateway, alice, "/v1/chat/completions", {"model": model, "messages": MSG, "stream": True})
    assert "data: [DONE]" not in body and '"finish_reason":"stop"' not in body
    assert body.rstrip().splitlines()[-1].startswith('data: {"error"')
    t = trace(gateway, tid)
    assert t["status"] == "error" and t["error_code"] == "upstream_error"
    assert "stream ended before" in t["error"]


@pytest.mark.parametrize("model", MODELS)
def test_anthropic_client_sees_the_cut_as_an_error(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, model: str
) -> None:
    fake_ctl.script({"truncate_after": 2})
    c = anthropic.Anthropic(base_url=gateway.url, api_key=alice, max_retries=0)
    with pytest.raises(anthropic.APIError) as err:
        with c.messages.stream(model=model, max_tokens=64, messages=MSG) as s:
            "".join(s.text_stream)
    assert "stream ended before" in str(err.value)

    fake_ctl.script({"truncate_after": 2})
    body, tid = _raw_stream(
        gateway, alice, "/v1/messages", {"model": model, "max_tokens": 64, "messages": MSG, "stream": True}
    )
    assert "event: message_stop" not in body and "end_turn" not in body
    assert body.rstrip().split("\n\n")[-1].startswith("event: error")
    t = trace(gateway, tid)
    assert t["status"] == "error" and t["error_code"] == "upstream_error"


def test_complete_streams_still_end_normally(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    for model in MODELS:
        body, tid = _raw_stream(
            gateway, alice, "/v1/chat/completions", {"model": model, "messages": MSG, "stream": True}
        )
        assert body.rstrip().endswith("data: [DONE]"), model
        assert trace(gateway, tid)["status"] == "ok"

"""Errors in each API's shape; bad input never reaches an upstream; retries, fallbacks,
cooldown, timeouts and client disconnects against a real gateway."""

from __future__ import annotations

import time

import httpx
import openai
import pytest

from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess
from tests.llm.conftest import post, trace

MSG = [{"role": "user", "content": "hi"}]


def client(gw: GatewayProcess, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[1, 2]",
        b'{"model": "main"}',
        b'{"model": "main", "messages": []}',
        b'{"model": "main", "messages": "hello"}',
        b'{"model": "", "messages": [{"role": "user", "content": "x"}]}',
        b'{"messages": [{"role": "user", "content": "x"}]}',
        b'{"model": 42, "messages": [{"role": "user", "content": "x"}]}',
        b'{"model": "main", "messages": [{"role": "wizard", "content": "x"}]}',
        b'{"model": "main", "messages": [{"role": "user", "content": 5}]}',
        b'{"model": "main", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}',
        b'{"model": "main", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}',
        b'{"model": "main", "messages": [{"role": "user", "content": "x"}], "n": 0}',
        b'{"model": "main", "messages": [{"role": "user", "content": "x"}], "tools": {"a": 1}}',
    ],
)
def test_bad_chat_input_is_400_without_upstream_call(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, body: bytes
) -> None:
    r = post(gateway, "/v1/chat/completions", alice, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert err["type"] == "invalid_request_error" and err["message"]
    assert fake_ctl.requests() == []


@pytest.mark.parametrize(
    "body",
    [
        b"nope",
        b'{"model": "main", "max_tokens": 10}',
        b'{"model": "main", "messages": [{"role": "user", "content": "x"}]}',
        b'{"model": "", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}',
        b'{"model": "main", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]}',
        b'{"model": "main", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "video"}]}]}',
    ],
)
def test_bad_messages_input_is_400_in_anthropic_shape(
    gateway: GatewayProcess, alice: str, fake_ctl: FakeControl, body: bytes
) -> None:
    r = post(
        gateway, "/v1/messages", None, content=body, headers={"x-api-key": alice, "anthropic-version": "2023-06-01"}
    )
    assert r.status_code == 400, r.text
    assert r.json()["type"] == "error" and r.json()["error"]["type"] == "invalid_request_error"
    assert fake_ctl.requests() == []


def test_openai_error_shapes(gateway: GatewayProcess, alice: str, bob: str, fake_ctl: FakeControl) -> None:
    with pytest.raises(openai.NotFoundError) as e:
        client(gateway, alice).chat.completions.create(model="nope/x", messages=MSG)
    assert e.value.code == "model_not_found"
    with pytest.raises(openai.NotFoundError):
        client(gateway, alice).chat.completions.create(model="oa/not-listed", messages=MSG)
    with pytest.raises(openai.PermissionDeniedError) as e:
        client(gateway, bob).chat.completions.create(model="an/claude-x", messages=MSG)
    assert e.value.body["type"] == "permission_error"
    with pytest.raises(openai.AuthenticationError):
        client(gateway, "bst_not_a_key").chat.completions.create(model="main", messages=MSG)
    r = post(gateway, "/v1/chat/completions", None, json={"model": "main", "messages": MSG})
    assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
    assert fake_ctl.requests() == []
    # The generic layer's 404 under /v1 is OpenAI-shaped too.
    r = post(gateway, "/v1/nothing-here", alice, json={})
    assert r.status_code in (404, 405) and "message" in r.json()["error"]


def test_retry_then_success(gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl) -> None:
    flaky_ctl.fail(500, times=1)
    raw = client(gateway, alice).chat.completions.with_raw_response.create(model="retry", messages=MSG)
    assert raw.parse().choices[0].message.content == "echo: hi"
    assert len(flaky_ctl.requests()) == 2
    assert trace(gateway, raw.headers["x-bastion-trace-id"])["attrs"]["attempts"] == 2


def test_fallback_to_other_deployment(
    gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl, fake_ctl: FakeControl
) -> None:
    flaky_ctl.fail(503, times=2)
    raw = client(gateway, alice).chat.completions.with_raw_response.create(model="fb", messages=MSG)
    assert raw.parse().choices[0].message.content == "echo: hi"
    assert len(flaky_ctl.requests()) == 2 and len(fake_ctl.requests()) == 1
    t = trace(gateway, raw.headers["x-bastion-trace-id"])
    assert t["attrs"]["deployment"] == "oa/gpt-x" and t["attrs"]["attempts"] == 3


def test_rate_limited_upstream_gives_429_with_retry_after(
    gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl
) -> None:
    flaky_ctl.fail(429, times=2, retry_after=0)
    r = post(gateway, "/v1/chat/completions", alice, json={"model": "rl", "messages": MSG})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["type"] == "rate_limit_error"
    assert len(flaky_ctl.requests()) == 2


def test_upstream_failure_is_502(gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl) -> None:
    flaky_ctl.fail(500, times=2)
    r = post(
        gateway,
        "/v1/messages",
        None,
        json={"model": "broken", "max_tokens": 5, "messages": MSG},
        headers={"x-api-key": alice},
    )
    assert r.status_code == 502 and r.json()["error"]["type"] == "api_error"
    t = trace(gateway, r.headers["x-bastion-trace-id"])
    assert t["status"] != "ok" and t["error_code"] == "upstream_error"


def test_upstream_timeout_is_504(gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl) -> None:
    flaky_ctl.script({"hang": True})
    r = post(gateway, "/v1/chat/completions", alice, json={"model": "slow", "messages": MSG})
    assert r.status_code == 504 and r.json()["error"]["code"] == "upstream_timeout"


def test_cooldown_skips_failing_deployment(
    gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl, fake_ctl: FakeControl
) -> None:
    flaky_ctl.fail(500, times=2)
    c = client(gateway, alice)
    assert c.chat.completions.create(model="cool", messages=MSG).choices[0].message.content == "echo: hi"
    assert len(flaky_ctl.requests()) == 2  # tried (and retried) first: it has the weight
    for _ in range(3):
        assert c.chat.completions.create(model="cool", messages=MSG).choices[0].message.content == "echo: hi"
    assert len(flaky_ctl.requests()) == 2  # cooling down: not asked again
    assert len(fake_ctl.requests()) == 4


def test_stream_dropped_mid_way_ends_with_error_event(
    gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl
) -> None:
    flaky_ctl.script({"drop_after": 3})
    with pytest.raises(openai.APIError):
        for _ in client(gateway, alice).chat.completions.create(model="broken", messages=MSG, stream=True):
            pass
    assert len(flaky_ctl.requests()) == 1  # never retried once bytes went to the client


def _wait_cancelled(ctl: FakeControl, before: int) -> None:
    deadline = time.monotonic() + 20
    while ctl.stats()["cancelled"] <= before:
        assert time.monotonic() < deadline, ctl.stats()
        time.sleep(0.1)


def test_client_disconnect_cancels_upstream_stream(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    fake_ctl.script({"text": " ".join(["word"] * 200), "chunk_delay": 0.05})
    with httpx.stream(
        "POST",
        gateway.url + "/v1/chat/completions",
        headers={"authorization": f"Bearer {alice}"},
        json={"model": "main", "messages": MSG, "stream": True},
        timeout=30,
    ) as r:
        assert r.status_code == 200
        next(r.iter_lines())
    _wait_cancelled(fake_ctl, 0)
    assert fake_ctl.stats()["in_flight"] == 0


def test_client_disconnect_cancels_upstream_request(gateway: GatewayProcess, alice: str, fake_ctl: FakeControl) -> None:
    fake_ctl.script({"delay": 30})
    with pytest.raises(httpx.ReadTimeout):
        post(gateway, "/v1/chat/completions", alice, json={"model": "main", "messages": MSG}, timeout=1.5)
    _wait_cancelled(fake_ctl, 0)


def test_admin_shows_and_resets_circuit(gateway: GatewayProcess, alice: str, flaky_ctl: FakeControl) -> None:
    from typer.testing import CliRunner

    from bastion.llm.cli import app as llm_cli

    flaky_ctl.fail(500, times=2)
    r = post(gateway, "/v1/chat/completions", alice, json={"model": "broken", "messages": MSG})
    assert r.status_code == 502
    with gateway.admin() as c:
        models = {m["name"]: m for m in c.get("/admin/llm/models").json()["models"]}
        dep = models["broken"]["groups"][0][0]
        assert dep["deployment"] == "flaky/m-broken" and dep["cooling_down"] is True
        assert post(gateway, "/admin/llm/models", alice, json={}).status_code in (401, 403, 405)
        result = CliRunner().invoke(llm_cli, ["models", "--url", gateway.url, "--admin-key", gateway.admin_key])
        assert result.exit_code == 0 and "flaky/m-broken [openai] weight=1 COOLING" in result.output
        assert c.post("/admin/llm/deployments/flaky/m-broken/reset").status_code == 200
        models = {m["name"]: m for m in c.get("/admin/llm/models").json()["models"]}
        assert models["broken"]["groups"][0][0]["cooling_down"] is False
    assert httpx.get(gateway.url + "/admin/llm/models", headers={"authorization": f"Bearer {alice}"}).status_code == 403

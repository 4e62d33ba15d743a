"""LDAP logins end to end: a real ``bastion serve`` process, a real OpenLDAP server, and the fake
OpenAI-compatible upstream. Clients send HTTP Basic credentials."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.identity.slapd import ALICE, BOB, OHARA, PEOPLE, SERVICE_DN, SERVICE_PW, Slapd, running_slapd
from tests.llm.conftest import trace


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with running_slapd(tmp_path_factory.mktemp("slapd-gw")) as server:
        yield server


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory, slapd: Slapd, fake: FakeProvider) -> Iterator[GatewayProcess]:
    config = {
        "auth": {
            "providers": [
                {
                    "type": "ldap",
                    "url": slapd.url,
                    "bind_dn": SERVICE_DN,
                    "bind_password": "env:LDAP_BIND_PASSWORD",
                    "user_base": PEOPLE,
                    "admin_groups": ["bastion-admins"],
                    "timeout_s": 3,
                }
            ]
        },
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "sk-upstream"}},
            "aliases": {"main": ["oa/gpt-x"]},
        },
    }
    with start_gateway(
        tmp_path_factory.mktemp("ldap-gw"), config, env={"LDAP_BIND_PASSWORD": SERVICE_PW}, timeout=120
    ) as gw:
        yield gw


def chat(gw: GatewayProcess, text: str, **auth: Any) -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        timeout=30,
        json={"model": "main", "messages": [{"role": "user", "content": text}]},
        **auth,
    )


def test_ldap_user_gets_an_answer_and_is_audited(gateway: GatewayProcess, fake: FakeProvider) -> None:
    fake.control.reset()
    r = chat(gateway, "hello from alice", auth=(ALICE.uid, ALICE.password))
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == "echo: hello from alice"
    t = trace(gateway, r.headers["x-bastion-trace-id"])
    assert (t["auth_method"], t["user_id"], t["email"], t["department"]) == ("ldap", "alice", ALICE.mail, "Research")
    assert t["groups"] == ["bastion-admins", "engineers"] and t["key_id"] is None
    # The client's Basic credentials never reach the upstream.
    sent = fake.control.requests("/chat/completions")[-1]["headers"]
    assert sent["authorization"] == "Bearer sk-upstream"
    assert ALICE.password not in gateway.logs()


def test_openai_sdk_with_basic_credentials(gateway: GatewayProcess) -> None:
    token = base64.b64encode(f"{BOB.uid}:{BOB.password}".encode()).decode()
    client = openai.OpenAI(
        base_url=f"{gateway.url}/v1",
        api_key="unused",
        default_headers={"Authorization": f"Basic {token}"},
        max_retries=0,
    )
    raw = client.chat.completions.with_raw_response.create(
        model="main", messages=[{"role": "user", "content": "hello from bob"}]
    )
    assert raw.parse().choices[0].message.content == "echo: hello from bob"
    t = trace(gateway, raw.headers["x-bastion-trace-id"])
    assert (t["auth_method"], t["user_id"], t["groups"]) == ("ldap", "bob", ["engineers"])
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(
            base_url=f"{gateway.url}/v1",
            api_key="unused",
            max_retries=0,
            default_headers={"Authorization": "Basic " + base64.b64encode(b"bob:nope").decode()},
        ).chat.completions.create(model="main", messages=[{"role": "user", "content": "x"}])


def test_wrong_password_is_a_401_in_openai_shape(gateway: GatewayProcess) -> None:
    r = chat(gateway, "hi", auth=(BOB.uid, "not-bobs-password"))
    assert r.status_code == 401
    error = r.json()["error"]
    assert (error["type"], error["code"]) == ("authentication_error", "invalid_api_key")
    # With identity providers configured the message does not talk of API keys only.
    assert error["message"] == "invalid or missing credentials"
    assert "not-bobs-password" not in gateway.logs()


def test_admin_group_members_reach_the_admin_api(gateway: GatewayProcess) -> None:
    me = httpx.get(f"{gateway.url}/whoami", auth=(ALICE.uid, ALICE.password), timeout=30).json()
    assert (me["auth_method"], me["name"], me["roles"]) == ("ldap", ALICE.cn, ["admin"])
    assert httpx.get(f"{gateway.url}/admin/users", auth=(ALICE.uid, ALICE.password), timeout=30).status_code == 200
    assert httpx.get(f"{gateway.url}/admin/users", auth=(BOB.uid, BOB.password), timeout=30).status_code == 403


def test_directory_down_refuses_ldap_users_but_not_virtual_keys(gateway: GatewayProcess, slapd: Slapd) -> None:
    key = gateway.create_key("vk-user")
    slapd.stop()
    try:
        r = chat(gateway, "anyone there?", auth=(OHARA.uid, OHARA.password))
        assert r.status_code == 503, r.text
        error = r.json()["error"]
        assert error["type"] == "api_error" and "LDAP directory is unavailable" in error["message"]
        assert r.headers["retry-after"] == "5"
        ok = chat(gateway, "virtual key", headers={"authorization": f"Bearer {key}"})
        assert ok.status_code == 200, ok.text
        assert f"LDAP directory {slapd.url} unavailable" in gateway.logs()
    finally:
        slapd.start()
    r = chat(gateway, "back again", auth=(OHARA.uid, OHARA.password))
    assert r.status_code == 200, r.text

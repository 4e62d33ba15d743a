"""Identity from an authenticating proxy's headers, end to end through real gateway processes:
believed from a trusted peer with the shared secret, ignored from anyone else (including a
client that spoofs X-Forwarded-For)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from bastion.gateway.call import Credentials
from bastion.gateway.identity import build_providers
from bastion.gateway.identity.headers import TrustedHeadersProvider
from bastion.gateway.sections import SettingsError
from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway

SECRET = "proxy-secret-0123456789abcdef"
ALICE = {
    "x-forwarded-user": "alice",
    "x-forwarded-email": "alice@example.com",
    "x-forwarded-groups": "eng, ai-users",
    "x-forwarded-name": "Alice Liddell",
}


def headers_entry(**extra: Any) -> dict[str, Any]:
    return {
        "type": "trusted_headers",
        "name_header": "x-forwarded-name",
        "admin_groups": ["ops"],
        "grants": {"models": ["main"]},
        **extra,
    }


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


def _config(fake: FakeProvider, entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "auth": {"providers": [entry]},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
            "aliases": {"main": ["oa/gpt-x"], "other": ["oa/gpt-y"]},
        },
    }


@pytest.fixture(scope="module")
def trusting(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    """Trusts 127.0.0.1 (where the tests run) when the proxy secret is presented."""
    entry = headers_entry(trusted_proxies=["127.0.0.1"], secret="env:PROXY_SECRET")
    with start_gateway(
        tmp_path_factory.mktemp("gw-hdr"), _config(fake, entry), env={"PROXY_SECRET": SECRET}, timeout=120
    ) as g:
        yield g


@pytest.fixture(scope="module")
def distrusting(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    """Trusts only 10.0.0.0/8, which 127.0.0.1 is not in."""
    entry = headers_entry(trusted_proxies=["10.0.0.0/8", "fd00::/8"])
    with start_gateway(tmp_path_factory.mktemp("gw-hdr-no"), _config(fake, entry), timeout=120) as g:
        yield g


def whoami(gw: GatewayProcess, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(gw.url + "/whoami", headers=headers, timeout=30)


def test_trusted_peer_with_secret_is_believed(trusting: GatewayProcess) -> None:
    r = whoami(trusting, {**ALICE, "x-bastion-proxy-secret": SECRET})
    assert r.status_code == 200, r.text
    me = r.json()
    assert (me["user_id"], me["auth_method"], me["email"], me["name"]) == (
        "alice",
        "header",
        "alice@example.com",
        "Alice Liddell",
    )
    assert me["groups"] == ["eng", "ai-users"] and me["roles"] == []


def test_llm_call_is_traced_and_governed_by_the_provider_grants(trusting: GatewayProcess) -> None:
    client = openai.OpenAI(
        base_url=trusting.url + "/v1",
        api_key="unused-by-the-proxy",
        max_retries=0,
        default_headers={**ALICE, "x-bastion-proxy-secret": SECRET},
    )
    raw = client.chat.completions.with_raw_response.create(model="main", messages=[{"role": "user", "content": "hi"}])
    assert raw.parse().choices[0].message.content == "echo: hi"
    with trusting.admin() as c:
        t = c.get(f"/admin/traces/{raw.headers['x-bastion-trace-id']}").json()
    assert (t["auth_method"], t["user_id"], t["email"], t["groups"]) == (
        "header",
        "alice",
        "alice@example.com",
        ["eng", "ai-users"],
    )
    with pytest.raises(openai.PermissionDeniedError):  # grants: models [main] only
        client.chat.completions.create(model="other", messages=[{"role": "user", "content": "hi"}])


def test_admin_group_gets_the_admin_api(trusting: GatewayProcess) -> None:
    ops = {**ALICE, "x-forwarded-groups": "ops", "x-bastion-proxy-secret": SECRET}
    assert httpx.get(trusting.url + "/admin/users", headers=ops, timeout=30).status_code == 200
    alice = {**ALICE, "x-bastion-proxy-secret": SECRET}
    assert httpx.get(trusting.url + "/admin/users", headers=alice, timeout=30).status_code == 403


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET[:-1], SECRET + "x"])
def test_missing_or_wrong_secret_is_not_trusted(trusting: GatewayProcess, secret: str | None) -> None:
    headers = dict(ALICE) if secret is None else {**ALICE, "x-bastion-proxy-secret": secret}
    assert whoami(trusting, headers).status_code == 401


@pytest.mark.parametrize("user", ["alice bob", "alice\tx", "a" * 300, "<script>", "alice,bob"])
def test_malformed_user_is_refused(trusting: GatewayProcess, user: str) -> None:
    assert whoami(trusting, {**ALICE, "x-forwarded-user": user, "x-bastion-proxy-secret": SECRET}).status_code == 401


def test_untrusted_peer_is_ignored_even_with_spoofed_forwarded_for(distrusting: GatewayProcess) -> None:
    assert whoami(distrusting, ALICE).status_code == 401
    # uvicorn's proxy-header rewriting would have made 10.1.2.3 the client address here.
    spoofed = {**ALICE, "x-forwarded-for": "10.1.2.3", "x-real-ip": "10.1.2.3", "forwarded": "for=10.1.2.3"}
    assert whoami(distrusting, spoofed).status_code == 401
    # Virtual keys keep working next to the provider.
    key = distrusting.create_key("kim")
    assert whoami(distrusting, {**spoofed, "authorization": f"Bearer {key}"}).json()["user_id"] == "kim"


def _provider(**extra: Any) -> TrustedHeadersProvider:
    [p] = build_providers([{"type": "trusted_headers", "trusted_proxies": ["10.0.0.0/8", "::1"], **extra}])
    assert isinstance(p, TrustedHeadersProvider)
    return p


@pytest.mark.anyio
async def test_peer_address_forms() -> None:
    p = _provider()
    for ip, trusted in [
        ("10.9.8.7", True),
        ("::ffff:10.9.8.7", True),
        ("::1", True),
        ("11.0.0.1", False),
        ("127.0.0.1", False),
        (None, False),
        ("not-an-ip", False),
    ]:
        got = await p.authenticate(Credentials(headers={"x-forwarded-user": "u1"}, client_ip=ip))
        assert (got is not None) is trusted, ip


@pytest.mark.anyio
async def test_utf8_names_and_malformed_fields() -> None:
    p = _provider(name_header="x-forwarded-name")
    name = "Zoë Ångström".encode().decode("latin-1")  # as ASGI hands UTF-8 header bytes over
    got = await p.authenticate(
        Credentials(headers={"x-forwarded-user": "zoe", "x-forwarded-name": name}, client_ip="10.0.0.1")
    )
    assert got is not None and got.name == "Zoë Ångström"
    for bad in (
        {"x-forwarded-email": "not an email"},
        {"x-forwarded-groups": "ok, bad\x01group"},
        {"x-forwarded-name": "line\nbreak"},
    ):
        creds = Credentials(headers={"x-forwarded-user": "zoe", **bad}, client_ip="10.0.0.1")
        assert await p.authenticate(creds) is None, bad
    assert await p.authenticate(Credentials(headers={}, client_ip="10.0.0.1")) is None


@pytest.mark.parametrize(
    "entry, message",
    [
        ({}, "auth.providers[0].trusted_proxies"),
        ({"trusted_proxies": []}, "auth.providers[0].trusted_proxies"),
        ({"trusted_proxies": ["10.0.0.0/33"]}, "auth.providers[0].trusted_proxies"),
        ({"trusted_proxies": ["10.0.0.1"], "user_header": "bad header"}, "auth.providers[0].user_header"),
        ({"trusted_proxies": ["10.0.0.1"], "secret": "env:BASTION_TEST_UNSET_SECRET"}, "auth.providers[0].secret"),
        ({"trusted_proxies": ["10.0.0.1"], "extra": True}, "auth.providers[0].extra"),
    ],
)
def test_bad_settings_are_reported(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError) as e:
        build_providers([{"type": "trusted_headers", **entry}])
    assert message in str(e.value)

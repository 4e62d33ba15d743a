"""OIDC bearer tokens end to end: a real OpenID Connect provider (npm ``oidc-provider``) issues
JWT access tokens, a real gateway process verifies them on the LLM front door (official
``openai`` SDK), ``/whoami`` and the admin API; forged and misdirected tokens are refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from cryptography.hazmat.primitives import serialization
from joserfc import jwt
from joserfc.jwk import RSAKey

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.identity.oidc_idp import Client, IdP

CLIENTS = [
    Client("alice", {"email": "alice@example.com", "name": "Alice Liddell", "groups": ["ai-users", "eng"]}),
    Client("root", {"email": "root@example.com", "groups": "ai-users platform-admins"}),
    Client("mallory", {"email": "mallory@example.com", "groups": ["contractors"]}),
]


def oidc_entry(idp: IdP, **extra: Any) -> dict[str, Any]:
    return {
        "type": "oidc",
        "issuer": idp.issuer,
        "audience": ["bastion"],
        "required_groups": ["ai-users"],
        "admin_groups": ["platform-admins"],
        "leeway_s": 0,
        "jwks_refresh_min_s": 1,
        **extra,
    }


def llm_section(fake: FakeProvider) -> dict[str, Any]:
    return {
        "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
        "aliases": {"main": ["oa/gpt-x"]},
    }


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


@pytest.fixture(scope="module")
def idp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IdP]:
    p = IdP(tmp_path_factory.mktemp("idp"), CLIENTS).start()
    try:
        yield p
    finally:
        p.stop()


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, idp: IdP, fake: FakeProvider) -> Iterator[GatewayProcess]:
    config = {"auth": {"providers": [oidc_entry(idp)]}, "llm": llm_section(fake)}
    with start_gateway(tmp_path_factory.mktemp("gw-oidc"), config, timeout=120) as g:
        yield g


def whoami(gw: GatewayProcess, token: str) -> httpx.Response:
    return httpx.get(gw.url + "/whoami", headers={"authorization": f"Bearer {token}"}, timeout=30)


def trace(gw: GatewayProcess, trace_id: str) -> dict[str, Any]:
    with gw.admin() as c:
        r = c.get(f"/admin/traces/{trace_id}")
        r.raise_for_status()
        return r.json()  # type: ignore[no-any-return]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segments(token: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    h, p, s = token.split(".")
    return (
        json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4))),
        json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))),
        s,
    )


def test_openai_sdk_with_an_idp_token(gw: GatewayProcess, idp: IdP) -> None:
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=idp.token("alice"), max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="main", messages=[{"role": "user", "content": "hello"}]
    )
    assert raw.parse().choices[0].message.content == "echo: hello"
    t = trace(gw, raw.headers["x-bastion-trace-id"])
    assert t["auth_method"] == "oidc"
    assert t["user_id"] == "alice"
    assert t["email"] == "alice@example.com"
    assert t["groups"] == ["ai-users", "eng"]
    assert t["key_id"] is None


def test_whoami_maps_claims(gw: GatewayProcess, idp: IdP) -> None:
    r = whoami(gw, idp.token("alice"))
    assert r.status_code == 200, r.text
    me = r.json()
    assert (me["user_id"], me["auth_method"], me["name"]) == ("alice", "oidc", "Alice Liddell")
    assert me["roles"] == []
    # ES256-signed tokens verify too (the default algorithm allowlist has ES256).
    es = idp.token("alice", resource="urn:bastion:es256")
    assert segments(es)[0]["alg"] == "ES256"
    assert whoami(gw, es).json()["user_id"] == "alice"


def test_admin_group_gets_the_admin_api(gw: GatewayProcess, idp: IdP) -> None:
    root = idp.token("root")
    r = httpx.get(gw.url + "/admin/users", headers={"authorization": f"Bearer {root}"}, timeout=30)
    assert r.status_code == 200, r.text
    assert whoami(gw, root).json()["groups"] == ["ai-users", "platform-admins"]  # space-separated claim
    r = httpx.get(gw.url + "/admin/users", headers={"authorization": f"Bearer {idp.token('alice')}"}, timeout=30)
    assert r.status_code == 403


def test_user_outside_required_groups_is_refused(gw: GatewayProcess, idp: IdP) -> None:
    assert whoami(gw, idp.token("mallory")).status_code == 401


def test_wrong_audience_is_refused(gw: GatewayProcess, idp: IdP) -> None:
    token = idp.token("alice", resource="urn:other")
    assert segments(token)[1]["aud"] == "other-api"
    assert whoami(gw, token).status_code == 401


def test_expired_token_is_refused_even_after_being_cached(gw: GatewayProcess, idp: IdP) -> None:
    token = idp.token("alice", resource="urn:bastion:short")
    exp = segments(token)[1]["exp"]
    first = whoami(gw, token)
    if time.time() < exp:  # used in time: accepted (and cached until exp)
        assert first.status_code == 200, first.text
    while time.time() < exp + 1.2:
        time.sleep(0.2)
    assert whoami(gw, token).status_code == 401


def test_tampered_payload_is_refused(gw: GatewayProcess, idp: IdP) -> None:
    token = idp.token("mallory")
    header, claims, sig = segments(token)
    claims["groups"] = ["ai-users", "platform-admins"]
    forged = f"{token.split('.')[0]}.{b64(json.dumps(claims).encode())}.{sig}"
    assert whoami(gw, forged).status_code == 401


def test_alg_none_is_refused(gw: GatewayProcess, idp: IdP) -> None:
    header, claims, _ = segments(idp.token("alice"))
    for alg in ("none", "None"):
        forged = f"{b64(json.dumps({**header, 'alg': alg}).encode())}.{b64(json.dumps(claims).encode())}."
        assert whoami(gw, forged).status_code == 401


def test_hs256_signed_with_the_public_key_is_refused(gw: GatewayProcess, idp: IdP) -> None:
    header, claims, _ = segments(idp.token("alice"))
    public = next(k for k in idp.public_jwks()["keys"] if k["kid"] == header["kid"])
    pem = (
        RSAKey.import_key(public)
        .get_op_key("verify")
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    signing_input = f"{b64(json.dumps({**header, 'alg': 'HS256'}).encode())}.{b64(json.dumps(claims).encode())}"
    for secret in (pem, json.dumps(public).encode()):
        sig = b64(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())
        assert whoami(gw, f"{signing_input}.{sig}").status_code == 401


def test_signed_by_another_key_or_issuer_is_refused(gw: GatewayProcess, idp: IdP, tmp_path: Path) -> None:
    header, claims, _ = segments(idp.token("alice"))
    # Same kid, an attacker's key.
    mine = RSAKey.generate_key(2048, private=True)
    forged = jwt.encode({**header}, claims, mine, algorithms=["RS256"])
    assert whoami(gw, forged).status_code == 401
    # A genuine provider with the very same keys, at another issuer URL.
    other = IdP(tmp_path, CLIENTS)
    other.keys = idp.keys
    other.start()
    try:
        token = other.token("alice")
        assert segments(token)[0]["kid"] == header["kid"]
        assert whoami(gw, token).status_code == 401
    finally:
        other.stop()
    assert whoami(gw, idp.token("alice")).status_code == 200


def test_virtual_keys_still_work_next_to_oidc(gw: GatewayProcess) -> None:
    key = gw.create_key("kim")
    me = whoami(gw, key).json()
    assert (me["user_id"], me["auth_method"]) == ("kim", "api_key")
    assert whoami(gw, "bst_not_a_real_key_0123456789").status_code == 401


def test_starts_while_idp_is_down_and_follows_key_rotation(tmp_path: Path, fake: FakeProvider) -> None:
    idp = IdP(tmp_path, CLIENTS)  # not started: nothing listens on its port yet
    config = {"auth": {"providers": [oidc_entry(idp)]}, "llm": llm_section(fake)}
    with start_gateway(tmp_path / "gw", config, timeout=120) as gw:
        assert "could not load signing keys" in gw.logs()
        idp.start()
        try:
            first = idp.token("alice")
            _eventually_ok(gw, first)
            # Rotation: the IdP restarts with new keys; tokens carry a kid the gateway has not seen.
            idp.rotate("2")
            rotated = idp.token("alice")
            assert segments(rotated)[0]["kid"] == "rsa-2"
            _eventually_ok(gw, rotated)
        finally:
            idp.stop()


def _eventually_ok(gw: GatewayProcess, token: str) -> None:
    """Unknown keys are refetched at most once per ``jwks_refresh_min_s`` (1 s here)."""
    deadline = time.monotonic() + 30
    while (r := whoami(gw, token)).status_code != 200:
        assert r.status_code == 401, r.text
        assert time.monotonic() < deadline, "the gateway never accepted the token"
        time.sleep(0.3)
    assert r.json()["auth_method"] == "oidc"


def test_mcp_front_door_accepts_idp_tokens(gw: GatewayProcess, idp: IdP) -> None:
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}},
    }
    headers = {"accept": "application/json, text/event-stream", "content-type": "application/json"}
    r = httpx.post(
        gw.url + "/mcp", json=init, timeout=30, headers={**headers, "authorization": f"Bearer {idp.token('alice')}"}
    )
    assert r.status_code == 200, r.text
    r = httpx.post(
        gw.url + "/mcp", json=init, timeout=30, headers={**headers, "authorization": f"Bearer {idp.token('mallory')}"}
    )
    assert r.status_code == 401

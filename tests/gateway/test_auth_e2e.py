"""Keys, roles and the 401/403 paths against a real gateway process."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.gateway_process import GatewayProcess, start_gateway


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with start_gateway(tmp_path_factory.mktemp("gw"), timeout=180) as g:
        yield g


def test_healthz_and_readyz(gw: GatewayProcess) -> None:
    assert httpx.get(gw.url + "/healthz").json() == {"status": "ok"}
    r = httpx.get(gw.url + "/readyz")
    assert r.status_code == 200
    assert r.json()["store"] is True and r.json()["audit_writer"] is True


def test_key_accepted_in_all_three_headers(gw: GatewayProcess) -> None:
    key = gw.create_key("alice", user={"email": "alice@example.com", "department": "research", "groups": ["ml"]})
    for headers in ({"authorization": f"Bearer {key}"}, {"x-api-key": key}, {"api-key": key}):
        r = httpx.get(gw.url + "/whoami", headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["user_id"] == "alice"
        assert body["email"] == "alice@example.com"
        assert body["groups"] == ["ml"]
        assert body["auth_method"] == "api_key"
        assert r.headers["x-bastion-trace-id"] == body["trace_id"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"authorization": "Bearer bst_not_a_real_key"},
        {"x-api-key": "nonsense"},
        {"authorization": "Basic Zm9vOmJhcg=="},
    ],
)
def test_missing_or_unknown_key_is_401_without_detail(gw: GatewayProcess, headers: dict[str, str]) -> None:
    r = httpx.get(gw.url + "/whoami", headers=headers)
    assert r.status_code == 401
    assert r.json() == {"error": {"code": "unauthenticated", "message": "invalid or missing API key"}}
    assert "x-bastion-trace-id" in r.headers


def test_revoked_key_gets_the_same_401(gw: GatewayProcess) -> None:
    key = gw.create_key("bob")
    assert httpx.get(gw.url + "/whoami", headers={"x-api-key": key}).status_code == 200
    with gw.admin() as c:
        kid = next(k["id"] for k in c.get("/admin/keys", params={"user_id": "bob"}).json()["items"])
        assert c.delete(f"/admin/keys/{kid}").status_code == 200
        listed = c.get("/admin/keys", params={"user_id": "bob"}).json()["items"]
    assert listed[0]["active"] is False and "hash" not in listed[0] and "key" not in listed[0]
    r = httpx.get(gw.url + "/whoami", headers={"x-api-key": key})
    assert r.status_code == 401
    assert r.json()["error"]["message"] == "invalid or missing API key"


def test_expired_key_is_refused(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        c.post("/admin/users", json={"id": "carol"}).raise_for_status()
        key = c.post("/admin/keys", json={"user_id": "carol", "expires_in_s": 1}).json()["key"]
    time.sleep(1.5)
    assert httpx.get(gw.url + "/whoami", headers={"x-api-key": key}).status_code == 401


def test_non_admin_gets_403_on_admin_api(gw: GatewayProcess) -> None:
    key = gw.create_key("dave")
    r = httpx.get(gw.url + "/admin/keys", headers={"authorization": f"Bearer {key}"})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "forbidden"
    assert httpx.get(gw.url + "/admin/keys").status_code == 401


def test_key_for_unknown_user_is_404(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        r = c.post("/admin/keys", json={"user_id": "nobody-here"})
    assert r.status_code == 404


def test_disabled_user_keys_stop_working(gw: GatewayProcess) -> None:
    key = gw.create_key("erin")
    with gw.admin() as c:
        c.post("/admin/users/erin/disable").raise_for_status()
    # The verified-key cache lives for at most key_cache_ttl_s (5 s by default).
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if httpx.get(gw.url + "/whoami", headers={"x-api-key": key}).status_code == 401:
            break
        time.sleep(0.5)
    else:
        pytest.fail("disabled user's key still accepted")


def test_rate_limit_per_key(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        c.post("/admin/users", json={"id": "frank"}).raise_for_status()
    for _ in range(2):  # the limit's window is the clock minute: retry if we straddled one
        with gw.admin() as c:
            key = c.post("/admin/keys", json={"user_id": "frank", "rpm_limit": 2}).json()["key"]
        minute = time.time() // 60
        codes = [httpx.get(gw.url + "/whoami", headers={"x-api-key": key}) for _ in range(3)]
        if time.time() // 60 == minute:
            break
    assert [r.status_code for r in codes[:2]] == [200, 200]
    assert codes[2].status_code == 429
    assert int(codes[2].headers["retry-after"]) >= 1


def test_admin_key_from_environment_is_stored_hashed(gw: GatewayProcess) -> None:
    import sqlite3

    db = Path(gw.workdir) / "data" / "bastion.db"
    con = sqlite3.connect(db)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert gw.admin_key not in dump
    keys = gw.create_key("gina")
    assert keys not in dump


def test_admin_schema_and_docs_need_the_admin_key(gw: GatewayProcess) -> None:
    user = gw.create_key("hal")
    for path in ("/admin/openapi.json", "/admin/docs"):
        assert httpx.get(gw.url + path).status_code == 401
        assert httpx.get(gw.url + path, headers={"authorization": f"Bearer {user}"}).status_code == 403
    with gw.admin() as c:
        schema = c.get("/admin/openapi.json")
        assert schema.status_code == 200 and "/admin/keys" in schema.json()["paths"]
        page = c.get("/admin/docs")
        assert page.status_code == 200 and "SwaggerUIBundle" in page.text and "/admin/keys" in page.text


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages", "/v1/embeddings"])
@pytest.mark.parametrize("body", [b"{}", b"{not json", b'{"model": "x", "messages": []}'])
def test_llm_endpoints_authenticate_before_reading_the_body(gw: GatewayProcess, path: str, body: bytes) -> None:
    r = httpx.post(gw.url + path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 401, r.text
    with gw.admin() as c:  # the 401 is on the trail
        t = c.get(f"/admin/traces/{r.headers['x-bastion-trace-id']}").json()
    assert t["status"] == "refused" and t["error_code"] == "unauthenticated" and t["front_door"] == "llm"
    # With a key, the same body is a 400: validation comes second.
    key = gw.create_key("ivy")
    r = httpx.post(gw.url + path, content=body, headers={"authorization": f"Bearer {key}"})
    assert r.status_code == 400, r.text


def test_key_list_shows_a_fingerprint_never_key_characters(gw: GatewayProcess) -> None:
    import hashlib

    key = gw.create_key("jay")
    with gw.admin() as c:
        items = c.get("/admin/keys").json()["items"]
    fingerprints = {k["fingerprint"] for k in items}
    assert hashlib.sha256(key.encode()).hexdigest()[:12] in fingerprints
    assert hashlib.sha256(gw.admin_key.encode()).hexdigest()[:12] in fingerprints
    listing = str(items)
    for secret in (key, gw.admin_key):
        assert secret[:10] not in listing and secret[4:10] not in listing
    assert all("prefix" not in k for k in items)

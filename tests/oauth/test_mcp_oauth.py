"""Bastion as the OAuth 2.1 authorization server of its MCP endpoints, end to end: a real
gateway process, a real OpenID provider (npm ``oidc-provider``) where the person signs in, the
``mcp`` SDK's own OAuth client (``mcp.client.auth``) starting from nothing, an https host for
Client ID Metadata Documents, and the refusals each with its OAuth error and audit record."""

from __future__ import annotations

import base64
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp import Client, MCPError, StdioServerParameters
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

from tests.gateway_process import ROOT, GatewayProcess, free_port, start_gateway
from tests.identity.oidc_idp import IdP
from tests.mcp.conftest import FIXTURE, NODE_BIN, PY
from tests.oauth.helpers import (
    MemoryStorage,
    MetadataHost,
    Person,
    authorize_url,
    oauth_session,
    pkce,
    query_of,
    register,
    self_signed,
)

pytestmark = pytest.mark.anyio

LOGIN_CLIENT = {"client_id": "bastion-gateway", "client_secret": "gw-secret-0123456789abcdef0123456789"}
ACCOUNTS = {
    "alice": {"email": "alice@example.com", "name": "Alice Liddell", "groups": ["eng"]},
    "mallory": {"email": "mallory@example.com", "groups": ["contractors"]},
}
REGISTRATIONS_PER_HOUR = 20


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("cimd"))


@pytest.fixture(scope="module")
def cimd(certs: tuple[Path, Path]) -> Iterator[MetadataHost]:
    with MetadataHost(*certs).running() as host:
        yield host


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, certs: tuple[Path, Path]) -> Iterator[tuple[GatewayProcess, IdP]]:
    """The gateway first (its callback URL is the IdP's redirect URI), then the IdP on the port
    the gateway was told about (OIDC keys are fetched on first use)."""
    idp_port = free_port()
    config: dict[str, Any] = {
        "auth": {
            "providers": [
                {
                    "type": "oidc",
                    "issuer": f"http://127.0.0.1:{idp_port}",
                    "audience": ["bastion"],
                    "jwks_refresh_min_s": 1,
                    "grants": {"mcp_servers": ["fx", "fy"], "tools": ["fx__echo", "fx__fail", "fy__echo"]},
                    "sign_in": {**LOGIN_CLIENT, "label": "Sign in with Example IdP"},
                }
            ],
            "oauth": {
                "enabled": True,
                "allowed_groups": ["eng"],
                "client_metadata": {"trusted_hosts": ["localhost"], "ca_file": str(certs[0])},
                "registration": {"per_address_per_hour": REGISTRATIONS_PER_HOUR},
            },
        },
        "mcp": {
            "servers": {"fx": {"command": PY, "args": [FIXTURE]}, "fy": {"command": PY, "args": [FIXTURE]}},
            "virtual_servers": {"team": {"tools": ["fx__echo"]}},
            "allowed_executables": [PY],
            "startup_wait_s": 60,
        },
    }
    with start_gateway(tmp_path_factory.mktemp("gw-oauth"), config, timeout=120) as gw:
        login = {**LOGIN_CLIENT, "redirect_uris": [gw.url + "/oauth/callback/oidc-0"]}
        idp = IdP(tmp_path_factory.mktemp("idp"), [], port=idp_port, login_clients=[login], accounts=ACCOUNTS)
        idp.start()
        try:
            yield gw, idp
        finally:
            idp.stop()


@pytest.fixture(scope="module")
def gw(world: tuple[GatewayProcess, IdP]) -> GatewayProcess:
    return world[0]


def traces(gw: GatewayProcess, **q: Any) -> list[dict[str, Any]]:
    r = gw.admin().get("/admin/traces", params={"limit": 200, **q})
    r.raise_for_status()
    return r.json()["items"]  # type: ignore[no-any-return]


def oauth_traces(gw: GatewayProcess, target: str, error: str | None = None) -> list[dict[str, Any]]:
    out = [t for t in traces(gw, front_door="oauth") if t["target"] == target]
    return [t for t in out if t["error_code"] == error] if error else out


# ---------------------------------------------------------------- the SDK client, from nothing
async def test_discovery_documents(gw: GatewayProcess) -> None:
    r = httpx.post(gw.url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=30)
    assert r.status_code == 401
    challenge = r.headers["www-authenticate"]
    assert f'resource_metadata="{gw.url}/.well-known/oauth-protected-resource/mcp"' in challenge
    assert 'scope="mcp"' in challenge
    r = httpx.post(gw.url + "/servers/team/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=30)
    assert r.status_code == 401
    assert "/.well-known/oauth-protected-resource/servers/team/mcp" in r.headers["www-authenticate"]

    prm = httpx.get(gw.url + "/.well-known/oauth-protected-resource/servers/team/mcp", timeout=30).json()
    assert prm["resource"] == gw.url + "/servers/team/mcp"
    assert prm["authorization_servers"] == [gw.url]
    assert httpx.get(gw.url + "/.well-known/oauth-protected-resource/servers/nope/mcp", timeout=30).status_code == 404
    meta = httpx.get(gw.url + "/.well-known/oauth-authorization-server", timeout=30).json()
    assert meta["issuer"] == gw.url
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert meta["client_id_metadata_document_supported"] is True
    assert meta["registration_endpoint"] == gw.url + "/oauth/register"


async def test_sdk_client_with_registration_signs_in_at_the_idp_and_is_governed(gw: GatewayProcess) -> None:
    storage = MemoryStorage()
    person = Person("alice")
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    async with oauth_session(gw.url + "/mcp", person, redirect, storage) as c:
        names = {t.name for t in (await c.list_tools()).tools}
        assert names == {"fx__echo", "fx__fail", "fy__echo"}  # the provider's grants for this user
        result = await c.call_tool("fx__echo", {"text": "hi"})
        assert result.structured_content == {"echo": "hi"}
        with pytest.raises(MCPError):
            await c.call_tool("fx__slow", {})
    assert storage.client is not None and storage.client.client_id.startswith("bdc_")  # registered (DCR)
    assert storage.tokens is not None and storage.tokens.refresh_token
    assert any("Sign in with Example IdP" in p for p in person.pages)
    assert any("Authorize access" in p and "SDK test client" in p for p in person.pages)  # consent named the client

    calls = [t for t in traces(gw, user="alice", kind="tool") if t["target"] == "fx__echo"]
    assert calls and calls[0]["auth_method"] == "oauth:oidc"
    authn = next(s for s in calls[0]["stages"] if s["stage"] == "authenticate")
    assert authn["detail"]["oauth_client"] == storage.client.client_id
    assert oauth_traces(gw, "token")


async def test_sdk_client_with_a_metadata_document_on_a_virtual_server(gw: GatewayProcess, cimd: MetadataHost) -> None:
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    doc_url = cimd.url("/sdk-client.json")
    cimd.docs["/sdk-client.json"] = {
        "client_id": doc_url,
        "client_name": "CIMD test client",
        "redirect_uris": [redirect],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "none",
    }
    storage = MemoryStorage()
    person = Person("alice")
    async with oauth_session(gw.url + "/servers/team/mcp", person, redirect, storage, metadata_url=doc_url) as c:
        assert {t.name for t in (await c.list_tools()).tools} == {"fx__echo"}
        assert (await c.call_tool("fx__echo", {"text": "team"})).structured_content == {"echo": "team"}
    assert storage.client is not None and storage.client.client_id == doc_url  # no registration
    assert any("CIMD test client" in p for p in person.pages)
    token = storage.tokens.access_token if storage.tokens else ""
    # RFC 8707: the token is bound to /servers/team/mcp; anywhere else it is not a credential.
    for path in ("/mcp", "/whoami"):
        r = httpx.post(gw.url + path, json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, headers=bearer(token))
        assert r.status_code in (401, 405), r.text
    assert httpx.get(gw.url + "/whoami", headers=bearer(token), timeout=30).status_code == 401
    r = httpx.post(gw.url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, headers=bearer(token))
    assert 'error="invalid_token"' in r.headers["www-authenticate"]  # RFC 6750: ours, but not for here
    assert "resource_metadata=" in r.headers["www-authenticate"]


# ---------------------------------------------------------------- by hand: the refusals
def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", "accept": "application/json, text/event-stream"}


async def tokens_for(gw: GatewayProcess, login: str = "alice") -> tuple[str, str, dict[str, Any]]:
    """A full authorization by hand: (client id, redirect URI, token response)."""
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    verifier, challenge = pkce()
    landed = await Person(login).authorize(authorize_url(gw, client_id, redirect, challenge), redirect)
    q = query_of(landed)
    assert q["state"] == "st-1" and q["iss"] == gw.url
    r = token(
        gw,
        grant_type="authorization_code",
        code=q["code"],
        redirect_uri=redirect,
        client_id=client_id,
        code_verifier=verifier,
        resource=gw.url + "/mcp",
    )
    assert r.status_code == 200, r.text
    return client_id, redirect, r.json()


def token(gw: GatewayProcess, **form: str) -> httpx.Response:
    return httpx.post(gw.url + "/oauth/token", data=form, timeout=30)


def refresh(gw: GatewayProcess, client_id: str, refresh_token: str) -> httpx.Response:
    return token(gw, grant_type="refresh_token", refresh_token=refresh_token, client_id=client_id)


def mcp_ping(gw: GatewayProcess, access_token: str) -> int:
    r = httpx.post(
        gw.url + "/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}},
        headers={**bearer(access_token), "mcp-protocol-version": "2025-11-25"},
        timeout=30,
    )
    return r.status_code


async def test_scopes_narrow_a_token_and_the_sdk_steps_up(gw: GatewayProcess) -> None:
    """A token for ``mcp:server:fy`` only: fx's tools are not listed, a call to one is answered
    403 ``insufficient_scope`` naming the union scope, and the SDK client steps up (the person
    consents again) and carries on with the wider token."""
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    verifier, challenge = pkce()
    url = authorize_url(gw, client_id, redirect, challenge, scope="mcp:server:fy mcp:server:nope-not-granted")
    person = Person("alice")
    code = query_of(await person.authorize(url, redirect))["code"]
    assert any("mcp:server:fy" in p and "mcp:server:nope" not in p for p in person.pages if "Authorize" in p)
    r = token(
        gw,
        grant_type="authorization_code",
        code=code,
        redirect_uri=redirect,
        client_id=client_id,
        code_verifier=verifier,
    )
    narrow = r.json()
    assert narrow["scope"] == "mcp:server:fy"

    raw = httpx.post(
        gw.url + "/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fx__echo", "arguments": {}}},
        headers={**bearer(narrow["access_token"]), "mcp-method": "tools/call", "mcp-name": "fx__echo"},
        timeout=30,
    )
    assert raw.status_code == 403
    assert 'error="insufficient_scope"' in raw.headers["www-authenticate"]
    assert 'scope="mcp:server:fx mcp:server:fy"' in raw.headers["www-authenticate"]

    storage = MemoryStorage()
    storage.client = OAuthClientInformationFull(
        client_id=client_id,
        redirect_uris=[redirect],  # type: ignore[list-item]
        token_endpoint_auth_method="none",
        grant_types=["authorization_code", "refresh_token"],
        response_types=["code"],
    )
    storage.tokens = OAuthToken(
        access_token=narrow["access_token"],
        token_type="Bearer",
        expires_in=narrow["expires_in"],
        refresh_token=narrow["refresh_token"],
        scope=narrow["scope"],
    )
    again = Person("alice")
    async with oauth_session(gw.url + "/mcp", again, redirect, storage) as c:
        assert {t.name for t in (await c.list_tools()).tools} == {"fy__echo"}
        assert (await c.call_tool("fy__echo", {"text": "y"})).structured_content == {"echo": "y"}
        assert again.pages == []  # no sign-in needed so far
        assert (await c.call_tool("fx__echo", {"text": "x"})).structured_content == {"echo": "x"}
    assert any("mcp:server:fx" in p for p in again.pages)  # stepped up through a new consent
    assert storage.tokens is not None and set(str(storage.tokens.scope).split()) >= {"mcp:server:fx", "mcp:server:fy"}


async def test_refresh_tokens_rotate_and_a_replay_revokes_the_family(gw: GatewayProcess) -> None:
    client_id, _, first = await tokens_for(gw)
    assert first["token_type"] == "Bearer" and first["expires_in"] <= 3600
    assert mcp_ping(gw, first["access_token"]) != 401
    second = refresh(gw, client_id, first["refresh_token"])
    assert second.status_code == 200, second.text
    assert second.json()["refresh_token"] != first["refresh_token"]
    replay = refresh(gw, client_id, first["refresh_token"])  # the old one again: someone kept a copy
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    later = refresh(gw, client_id, second.json()["refresh_token"])  # the whole family is gone
    assert later.status_code == 400 and later.json()["error"] == "invalid_grant"
    assert mcp_ping(gw, second.json()["access_token"]) == 401  # revoked on this replica at once
    assert oauth_traces(gw, "revoke", "refresh_reuse")
    assert oauth_traces(gw, "token", "invalid_grant")


async def test_revoked_and_expired_refresh_tokens_are_refused(gw: GatewayProcess) -> None:
    client_id, _, t = await tokens_for(gw)
    r = httpx.post(gw.url + "/oauth/revoke", data={"token": t["refresh_token"], "client_id": client_id}, timeout=30)
    assert r.status_code == 200, r.text
    r = refresh(gw, client_id, t["refresh_token"])
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"

    client_id, _, t = await tokens_for(gw)
    with sqlite3.connect(gw.workdir / "data" / "bastion.db") as db:  # the family's lifetime ran out
        db.execute("UPDATE oauth_grants SET expires_at = ? WHERE client_id = ?", (time.time() - 1, client_id))
    r = refresh(gw, client_id, t["refresh_token"])
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    assert any(t["attrs"].get("reason") == "refresh token revoked or expired" for t in oauth_traces(gw, "token"))


async def test_pkce_is_required_s256_only_and_must_match(gw: GatewayProcess) -> None:
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    verifier, challenge = pkce()
    async with httpx.AsyncClient(timeout=30) as http:
        for extra in ({"code_challenge_method": "plain", "code_challenge": verifier}, {"code_challenge": ""}):
            r = await http.get(authorize_url(gw, client_id, redirect, challenge, **extra))
            assert r.status_code == 302
            q = query_of(r.headers["location"])
            assert r.headers["location"].startswith(redirect)
            assert q["error"] == "invalid_request" and q["state"] == "st-1" and q["iss"] == gw.url
    landed = await Person("alice").authorize(authorize_url(gw, client_id, redirect, challenge), redirect)
    code = query_of(landed)["code"]
    wrong, _ = pkce()
    r = token(
        gw, grant_type="authorization_code", code=code, redirect_uri=redirect, client_id=client_id, code_verifier=wrong
    )
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    # The code was consumed by that attempt: the right verifier is too late now.
    r = token(
        gw,
        grant_type="authorization_code",
        code=code,
        redirect_uri=redirect,
        client_id=client_id,
        code_verifier=verifier,
    )
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    assert oauth_traces(gw, "authorize", "invalid_request")
    assert len(oauth_traces(gw, "token", "invalid_grant")) >= 2


async def test_unregistered_redirect_uri_is_never_redirected_to(gw: GatewayProcess) -> None:
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    _, challenge = pkce()
    evil = "https://attacker.example/cb"
    r = httpx.get(authorize_url(gw, client_id, evil, challenge), timeout=30)
    assert r.status_code == 400 and "location" not in r.headers
    assert "not supported by client" in r.text
    r = httpx.post(
        gw.url + "/oauth/register",
        json={"redirect_uris": ["http://attacker.example/cb"], "token_endpoint_auth_method": "none"},
        timeout=30,
    )
    assert r.status_code == 400 and r.json()["error"] == "invalid_redirect_uri"
    assert oauth_traces(gw, "authorize", "invalid_request")


async def test_forged_tokens_are_not_credentials(gw: GatewayProcess) -> None:
    _, _, t = await tokens_for(gw)
    header, claims, _sig = t["access_token"].split(".")
    none = base64.urlsafe_b64encode(b'{"alg":"none","typ":"at+jwt"}').rstrip(b"=").decode()
    assert mcp_ping(gw, f"{none}.{claims}.") == 401
    hs = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"at+jwt","kid":"x"}').rstrip(b"=").decode()
    assert mcp_ping(gw, f"{hs}.{claims}.c2ln") == 401
    assert mcp_ping(gw, f"{header}.{claims}.{_sig[:-4]}AAAA") == 401
    assert mcp_ping(gw, t["access_token"]) != 401


async def test_metadata_document_on_a_private_address_is_refused(gw: GatewayProcess, cimd: MetadataHost) -> None:
    doc_url = cimd.url("/private.json", host="127.0.0.1")
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    cimd.docs["/private.json"] = {"client_id": doc_url, "redirect_uris": [redirect]}
    _, challenge = pkce()
    r = httpx.get(authorize_url(gw, doc_url, redirect, challenge), timeout=30)
    assert r.status_code == 400 and "location" not in r.headers
    assert "loopback address" in r.text
    refused = oauth_traces(gw, "client", "invalid_client")
    assert any("loopback" in t["attrs"]["reason"] for t in refused)


async def test_groups_decide_who_may_authorize(gw: GatewayProcess) -> None:
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    _, challenge = pkce()
    with pytest.raises(AssertionError, match="403"):
        await Person("mallory").authorize(authorize_url(gw, client_id, redirect, challenge), redirect)
    assert any(t["user_id"] == "mallory" for t in oauth_traces(gw, "sign_in", "access_denied"))


async def test_admin_lists_and_revokes_a_users_clients(gw: GatewayProcess) -> None:
    client_id, _, t = await tokens_for(gw)
    grants = gw.admin().get("/admin/oauth/grants", params={"user_id": "alice"}).json()["grants"]
    mine = [g for g in grants if g["client_id"] == client_id]
    assert len(mine) == 1 and mine[0]["sign_in"] == "oidc" and mine[0]["resource"] == gw.url + "/mcp"
    assert mcp_ping(gw, t["access_token"]) != 401
    r = gw.admin().delete(f"/admin/oauth/grants/{mine[0]['id']}")
    assert r.status_code == 200
    assert mcp_ping(gw, t["access_token"]) == 401
    assert refresh(gw, client_id, t["refresh_token"]).json()["error"] == "invalid_grant"
    assert gw.admin().delete(f"/admin/oauth/grants/{mine[0]['id']}").status_code == 404
    assert any(x["attrs"].get("reason") == "revoked_by_admin" for x in oauth_traces(gw, "revoke"))


async def test_mcp_remote_signs_in_through_a_scripted_browser(gw: GatewayProcess, tmp_path: Path) -> None:
    """``mcp-remote`` (npm) from nothing: it registers, opens the "browser" (``BROWSER``, a script
    that signs alice in at the IdP and consents), receives the code on its loopback callback,
    and then bridges stdio to ``/mcp`` with the token."""
    callback_port = free_port()
    browser = tmp_path / "browser"
    browser.write_text(f"#!{sys.executable}\nfrom tests.oauth.browser import main\nmain()\n")
    browser.chmod(0o755)
    env = {
        "BROWSER": str(browser),
        "OAUTH_TEST_LOGIN": "alice",
        "OAUTH_TEST_CALLBACK": f"http://localhost:{callback_port}/",
        "OAUTH_TEST_LOG": str(tmp_path / "browser.log"),
        "MCP_REMOTE_CONFIG_DIR": str(tmp_path / "mcp-remote"),
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
    }
    params = StdioServerParameters(
        command=str(NODE_BIN / "mcp-remote"),
        args=[gw.url + "/mcp", str(callback_port), "--transport", "http-only"],
        env=env,
    )
    async with Client(params, cache=None, read_timeout_seconds=120) as c:
        r = await c.call_tool("fx__echo", {"text": "remote"})
        assert r.structured_content == {"echo": "remote"}
    assert "callback answered 200" in (tmp_path / "browser.log").read_text()
    grants = gw.admin().get("/admin/oauth/grants", params={"user_id": "alice"}).json()["grants"]
    assert any(g["client_name"] == "MCP CLI Proxy" for g in grants), grants  # mcp-remote registered itself


async def test_registration_flood_is_refused(gw: GatewayProcess) -> None:
    """Last in the module: it uses up this address's registrations for the hour."""
    statuses = []
    for i in range(REGISTRATIONS_PER_HOUR + 2):
        r = httpx.post(
            gw.url + "/oauth/register",
            json={"redirect_uris": [f"http://127.0.0.1:{9000 + i}/cb"], "token_endpoint_auth_method": "none"},
            timeout=30,
        )
        statuses.append(r.status_code)
    assert statuses[-1] == 429 and r.json()["error"] == "temporarily_unavailable" and "retry-after" in r.headers
    assert set(statuses) <= {201, 429} and statuses.count(201) < REGISTRATIONS_PER_HOUR  # earlier tests used some
    assert oauth_traces(gw, "register", "rate_limited")
    assert httpx.get(gw.url + "/healthz", timeout=30).status_code == 200

"""Signing in with a password: the OAuth authorization server's LDAP form against a real
OpenLDAP server, and a local user whose password an admin set (``bastion oauth set-password``),
each driven by the ``mcp`` SDK's OAuth client; wrong passwords are refused and audited (and lock
a local account for a while); the ``bastion oauth`` CLI lists and revokes what people authorized."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from tests.gateway_process import GatewayProcess, free_port, start_gateway
from tests.identity.slapd import ALICE, BOB, PEOPLE, SERVICE_DN, SERVICE_PW, Slapd, running_slapd
from tests.mcp.conftest import FIXTURE, PY
from tests.oauth.helpers import MemoryStorage, Person, access_token, authorize_url, oauth_session, pkce, register

pytestmark = pytest.mark.anyio
#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with running_slapd(tmp_path_factory.mktemp("slapd-oauth")) as server:
        yield server


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, slapd: Slapd) -> Iterator[GatewayProcess]:
    config = {
        "auth": {
            "providers": [
                {
                    "type": "ldap",
                    "url": slapd.url,
                    "bind_dn": SERVICE_DN,
                    "bind_password": "env:LDAP_BIND_PASSWORD",
                    "user_base": PEOPLE,
                    "timeout_s": 3,
                    "grants": {"tools": ["fx__echo"]},
                }
            ],
            "oauth": {
                "enabled": True,
                "local_users": {"enabled": True, "grants": {"tools": ["fx__fail"]}, "max_failures": 3},
            },
        },
        "mcp": {
            "servers": {"fx": {"command": PY, "args": [FIXTURE]}},
            "allowed_executables": [PY],
            "startup_wait_s": 60,
        },
    }
    env = {"LDAP_BIND_PASSWORD": SERVICE_PW}
    with start_gateway(tmp_path_factory.mktemp("gw-oauth-ldap"), config, env=env, timeout=120) as g:
        yield g


async def test_directory_account_signs_in_through_the_form(gw: GatewayProcess) -> None:
    person = Person(ALICE.uid, ALICE.password)
    storage = MemoryStorage()
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    async with oauth_session(gw.url + "/mcp", person, redirect, storage) as c:
        assert {t.name for t in (await c.list_tools()).tools} == {"fx__echo"}
        assert (await c.call_tool("fx__echo", {"text": "ldap"})).structured_content == {"echo": "ldap"}
    assert any('name="password"' in p for p in person.pages)  # the directory form was shown
    r = gw.admin().get("/admin/traces", params={"user": "alice", "kind": "tool"})
    assert r.json()["items"][0]["auth_method"] == "oauth:ldap"


async def test_wrong_password_is_refused_and_audited(gw: GatewayProcess) -> None:
    with pytest.raises(AssertionError, match="401 .*wrong username or password"):
        await access_token(gw, BOB.uid, password="not-bobs")
    person_pages = gw.admin().get("/admin/traces", params={"front_door": "oauth", "status": "refused"}).json()
    assert any(t["target"] == "sign_in" and t["error_code"] == "access_denied" for t in person_pages["items"])


async def test_cli_lists_and_revokes_a_users_clients(gw: GatewayProcess) -> None:
    t = await access_token(gw, BOB.uid, password=BOB.password)
    env = {**os.environ, "BASTION_URL": gw.url, "BASTION_ADMIN_KEY": gw.admin_key}
    out = subprocess.run(
        [*BASTION, "oauth", "grants", "--user", BOB.uid], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if "hand client" in line]
    assert len(lines) == 1 and "active" in lines[0] and "ldap" in lines[0]
    grant_id = lines[0].split()[0]
    out = subprocess.run([*BASTION, "oauth", "revoke", grant_id], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and "revoked" in out.stdout, out.stderr
    r = httpx.post(
        gw.url + "/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}},
        headers={"authorization": f"Bearer {t['access_token']}", "accept": "application/json, text/event-stream"},
        timeout=30,
    )
    assert r.status_code == 401


async def test_local_user_with_an_admin_set_password(gw: GatewayProcess) -> None:
    admin = gw.admin()
    assert admin.post("/admin/users", json={"id": "dora", "email": "dora@example.com"}).status_code in (200, 201)
    env = {
        **os.environ,
        "BASTION_URL": gw.url,
        "BASTION_ADMIN_KEY": gw.admin_key,
        "BASTION_PASSWORD": "correct horse battery",
    }
    out = subprocess.run(
        [*BASTION, "oauth", "set-password", "dora"], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    r = admin.put("/admin/oauth/local-users/nobody/password", json={"password": "long enough password"})
    assert r.status_code == 404
    assert admin.put("/admin/oauth/local-users/dora/password", json={"password": "short"}).status_code in (400, 422)

    person = Person("dora", "correct horse battery", method="local")
    storage = MemoryStorage()
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    async with oauth_session(gw.url + "/mcp", person, redirect, storage) as c:
        assert {t.name for t in (await c.list_tools()).tools} == {"fx__fail"}  # local_users.grants
    traces = admin.get("/admin/traces", params={"user": "dora", "front_door": "oauth"}).json()["items"]
    assert any(t["target"] == "token" and t["auth_method"] == "oauth:local" for t in traces)
    # Disabled by an admin: the refresh token stops working (and the grant is revoked).
    assert storage.tokens is not None and storage.client is not None
    assert admin.post("/admin/users/dora/disable").status_code == 200
    r = httpx.post(
        gw.url + "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": storage.tokens.refresh_token or "",
            "client_id": storage.client.client_id,
        },
        timeout=30,
    )
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    assert admin.post("/admin/users/dora/enable").status_code == 200

    for _ in range(3):
        with pytest.raises(AssertionError, match="wrong username or password"):
            await Person("dora", "wrong", method="local").authorize(
                authorize_url(gw, register(gw, redirect), redirect, pkce()[1]), redirect
            )
    # Locked for a while now: even the right password is not checked.
    with pytest.raises(AssertionError, match="too many failed attempts"):
        await Person("dora", "correct horse battery", method="local").authorize(
            authorize_url(gw, register(gw, redirect), redirect, pkce()[1]), redirect
        )

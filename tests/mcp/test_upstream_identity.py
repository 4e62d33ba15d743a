"""Per-user identity towards upstream MCP servers (``identity_jwt``), end to end: a real gateway
process signs a JWT per user; a real upstream (mcp SDK resource server) verifies it with PyJWT
against the gateway's ``/.well-known/jwks.json`` and says who it sees.

Two shapes of upstream session: a 2026-07-28 server (stateless: one shared lane, the token on
each request) and the same server forced into the handshake era (``Mcp-Session-Id``: one
upstream session per user)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import anyio
import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey

from tests.gateway_process import GatewayProcess
from tests.mcp.identity_helpers import describe, identity_upstream, post_upstream, wait_ready, whoami

pytestmark = pytest.mark.anyio
ISSUER = "https://bastion.test"


@dataclass
class Env:
    gw: GatewayProcess
    upstream: str
    key: ECKey
    alice: str
    bob: str


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    key = ECKey.generate_key("P-256", private=True)
    work = tmp_path_factory.mktemp("mcp-identity")
    config = {
        "auth": {"outbound": {"issuer": ISSUER, "signing_key": "${TEST_BASTION_SIGNING_KEY}"}},
        "mcp": {
            "allow_private_urls": True,
            "cache": {
                "servers": {
                    # A shared scope would hand one user's answer to another: per-user servers override it.
                    "crm": {"scope": "shared"},
                    "crm-legacy": {"scope": "shared"},
                }
            },
        },
    }
    gw = GatewayProcess(work, config, env={"TEST_BASTION_SIGNING_KEY": key.as_pem(private=True).decode()})
    with identity_upstream({ISSUER: gw.url + "/.well-known/jwks.json"}, ["crm"]) as url:
        try:
            gw.start(timeout=120)
            # Registered once the gateway serves its JWKS (the upstream verifies every request,
            # the era probe included), through the admin API.
            cred = {"type": "identity_jwt", "audience": "crm"}
            with gw.admin() as c:
                for name, extra in (("crm", {}), ("crm-legacy", {"protocol": "legacy"})):
                    r = c.post(
                        "/admin/mcp/servers",
                        json={"name": name, "url": url, "credentials": cred, "trusted_annotations": True, **extra},
                    )
                    assert r.status_code == 201, r.text
            wait_ready(gw, "crm", "crm-legacy")
            assert describe(gw, "crm")["era"] == "modern" and describe(gw, "crm-legacy")["era"] == "legacy"
            alice = gw.create_key("alice", user={"groups": ["eng"], "email": "alice@example.com"})
            bob = gw.create_key("bob", user={"groups": ["sales"]})
            yield Env(gw, url, key, alice, bob)
        finally:
            gw.stop()


@pytest.mark.parametrize("server", ["crm", "crm-legacy"])
async def test_each_user_is_seen_as_themselves(env: Env, server: str) -> None:
    a = await whoami(env.gw, env.alice, server)
    b = await whoami(env.gw, env.bob, server)
    assert (a["sub"], a["groups"], a["email"], a["iss"], a["aud"]) == (
        "alice",
        ["eng"],
        "alice@example.com",
        ISSUER,
        "crm",
    )
    assert a["auth_method"] == "api_key"
    assert (b["sub"], b["groups"]) == ("bob", ["sales"])


async def test_concurrent_users_never_cross(env: Env) -> None:
    """Many calls of two users at once, on both kinds of upstream session: each answer names its
    caller, and a handshake-era session only ever carried the tokens of the user it belongs to."""
    results: list[tuple[str, dict[str, object]]] = []

    async def one(user: str, token: str, server: str, i: int) -> None:
        results.append((user, await whoami(env.gw, token, server, tag=f"{user}-{i}")))

    async with anyio.create_task_group() as tg:
        for i in range(6):
            for server in ("crm", "crm-legacy"):
                tg.start_soon(one, "alice", env.alice, server, i)
                tg.start_soon(one, "bob", env.bob, server, i)
    assert len(results) == 24
    for user, r in results:
        assert r["sub"] == user
        assert r["session_subjects"] in ([], [user])  # [] on the stateless server
    legacy = [r for _, r in results if r["session_subjects"]]
    assert len(legacy) == 12
    assert describe(env.gw, "crm-legacy")["user_sessions"] == 2
    assert describe(env.gw, "crm")["user_sessions"] == 0  # stateless: no per-user sessions


@pytest.mark.parametrize("server", ["crm", "crm-legacy"])
async def test_tool_cache_is_private_to_the_user(env: Env, server: str) -> None:
    tag = uuid.uuid4().hex
    first = await whoami(env.gw, env.alice, server, tag)
    again = await whoami(env.gw, env.alice, server, tag)
    assert first["_cache"] is None and again["_cache"]["hit"] is True  # the result is cached ...
    assert again["jti"] == first["jti"]
    other = await whoami(env.gw, env.bob, server, tag)
    assert other["sub"] == "bob" and other["_cache"] is None  # ... but never for another user
    assert again["_cache"]["scope"] == "principal"


async def test_tokens_are_reused_until_near_expiry(env: Env) -> None:
    """Minted once per (user, upstream): two uncached calls carry the same token."""
    a = await whoami(env.gw, env.alice, "crm", uuid.uuid4().hex)
    b = await whoami(env.gw, env.alice, "crm", uuid.uuid4().hex)
    c = await whoami(env.gw, env.bob, "crm", uuid.uuid4().hex)
    assert a["jti"] == b["jti"] != c["jti"]


def _token(key: ECKey, kid: str, **claims: object) -> str:
    now = int(time.time())
    body = {"iss": ISSUER, "sub": "mallory", "aud": "crm", "iat": now, "exp": now + 300, **claims}
    return jwt.encode({"alg": "ES256", "kid": kid}, body, key)


async def test_upstream_check_is_real(env: Env) -> None:
    """The upstream accepts a token of the gateway's key and refuses expired, forged and
    misdirected ones: the identity it reports is verified, not read."""
    kid = env.key.thumbprint()
    assert post_upstream(env.upstream, _token(env.key, kid)).status_code == 200
    now = int(time.time())
    expired = _token(env.key, kid, iat=now - 900, exp=now - 600)
    forged = _token(ECKey.generate_key("P-256", private=True), kid)
    other_audience = _token(env.key, kid, aud="billing")
    for bad in (expired, forged, other_audience, "not-a-jwt"):
        assert post_upstream(env.upstream, bad).status_code == 401


async def test_jwks_is_public_and_cacheable(env: Env) -> None:
    r = httpx.get(env.gw.url + "/.well-known/jwks.json", timeout=10)
    assert r.status_code == 200
    assert r.headers["cache-control"].startswith("public")
    keys = r.json()["keys"]
    assert [k["kid"] for k in keys] == [env.key.thumbprint()]
    assert keys[0]["alg"] == "ES256" and "d" not in keys[0]
    with env.gw.admin() as c:
        info = c.get("/admin/outbound/keys").json()
    assert info["issuer"] == ISSUER and info["source"] == "settings"
    # Rotating a key that comes from settings is refused with the reason.
    with env.gw.admin() as c:
        assert c.post("/admin/outbound/keys/rotate").status_code == 409


async def test_cli_registers_a_per_user_server(env: Env) -> None:
    bastion = [sys.executable, "-m", "bastion"]
    cli_env = {**os.environ, "BASTION_URL": env.gw.url, "BASTION_ADMIN_KEY": env.gw.admin_key}
    r = subprocess.run(
        [*bastion, "mcp", "add", "crm-cli", "--url", env.upstream, "--per-user", "identity_jwt", "--audience", "crm"],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    wait_ready(env.gw, "crm-cli")
    assert (await whoami(env.gw, env.alice, "crm-cli"))["sub"] == "alice"
    bad = subprocess.run(
        [*bastion, "mcp", "add", "crm-bad", "--url", env.upstream, "--per-user", "magic"],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode != 0 and "identity_jwt or token_exchange" in bad.stderr

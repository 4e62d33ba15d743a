"""RFC 8693 token exchange towards upstream MCP servers and A2A agents, against a real identity
provider (``oidc-provider`` with a token-exchange grant, ``idp/server.mjs``).

* A user signed in with the IdP's own OIDC token: the gateway trades that token in.
* A user with a Bastion key: the gateway trades its identity JWT for the user (the IdP trusts
  Bastion's JWKS).
The upstream (mcp SDK resource server / a2a-sdk agent) trusts only the IdP's tokens for its
audience, and reports whom it sees. A refusal by the IdP is a clear error to the caller, and
each user costs one exchange until the token nears expiry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import anyio
import httpx
import pytest
import yaml
from a2a.helpers.proto_helpers import get_message_text
from mcp import MCPError

from tests.a2a.helpers import sdk_client, user_msg
from tests.a2a.identity_agent import identity_agent
from tests.gateway_process import GatewayProcess
from tests.identity.oidc_idp import Client, IdP
from tests.mcp.identity_helpers import identity_upstream, mcp_client, wait_ready, whoami

pytestmark = pytest.mark.anyio
ISSUER = "https://bastion-exchange.test"
SECRET = "bastion-exchange-secret-0123456789abcdef"


@dataclass
class Env:
    gw: GatewayProcess
    idp: IdP
    bob: str
    carol: str
    dave: str
    mallory: str


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    work = tmp_path_factory.mktemp("exchange")
    gw = GatewayProcess(work, {}, env={"GH_EXCHANGE_SECRET": SECRET})
    idp = IdP(
        work,
        [Client("alice", {"email": "alice@example.com", "groups": ["eng"]}), Client("bastion", client_secret=SECRET)],
        exchange={
            "trusted_issuers": {ISSUER: gw.url + "/.well-known/jwks.json"},
            "denied_subjects": ["mallory"],
            "audiences": {"github-mcp": {"ttl": 300, "scopes": ["repo:read"]}, "who-agent": {"ttl": 300}},
        },
    )
    idp.start()
    try:
        with (
            identity_agent({idp.issuer: idp.issuer + "/jwks"}, "who-agent") as agent_url,
            identity_upstream({idp.issuer: idp.issuer + "/jwks"}, ["github-mcp"]) as url,
        ):
            exchange = {
                "type": "token_exchange",
                "token_endpoint": idp.issuer + "/token",
                "client_id": "bastion",
                "client_secret": "env:GH_EXCHANGE_SECRET",
                "audience": "github-mcp",
                "scope": "repo:read",
            }
            cfg = yaml.safe_load(gw.config_path.read_text())
            cfg["auth"] = {
                "providers": [{"type": "oidc", "issuer": idp.issuer, "audience": "bastion", "leeway_s": 0}],
                "outbound": {"issuer": ISSUER},
            }
            cfg["mcp"] = {
                "servers": {
                    "github": {"url": url, "credentials": exchange},
                    "github-legacy": {"url": url, "credentials": exchange, "protocol": "legacy"},
                }
            }
            cfg["a2a"] = {
                "agents": {
                    "who": {
                        "url": agent_url + "/who",
                        "credentials": {
                            "type": "token_exchange",
                            "token_endpoint": idp.issuer + "/token",
                            "client_id": "bastion",
                            "client_secret": "${GH_EXCHANGE_SECRET}",
                            "audience": "who-agent",
                        },
                    }
                }
            }
            gw.config_path.write_text(yaml.safe_dump(cfg))
            gw.start(timeout=120)
            try:
                wait_ready(gw, "github", "github-legacy")
                with gw.admin() as c:
                    assert c.post("/admin/a2a/agents/who/refresh").json()["health"] == "ok"
                yield Env(
                    gw,
                    idp,
                    *(gw.create_key(u, user={"groups": ["staff"]}) for u in ("bob", "carol", "dave", "mallory")),
                )
            finally:
                gw.stop()
    finally:
        idp.stop()


@pytest.mark.parametrize("server", ["github", "github-legacy"])
async def test_oidc_users_own_token_is_exchanged(env: Env, server: str) -> None:
    own = env.idp.token("alice")
    seen = await whoami(env.gw, own, server)
    # Issued by the IdP for the upstream's audience, for alice, acting through the gateway.
    assert (seen["sub"], seen["iss"], seen["aud"]) == ("alice", env.idp.issuer, "github-mcp")
    assert seen["groups"] == ["eng"] and seen["act"] == {"sub": "bastion"}
    assert own not in env.gw.logs()  # the user's token is never logged


@pytest.mark.parametrize("server", ["github", "github-legacy"])
async def test_key_user_is_exchanged_through_bastions_identity(env: Env, server: str) -> None:
    seen = await whoami(env.gw, env.bob, server)
    assert (seen["sub"], seen["iss"], seen["aud"], seen["groups"]) == ("bob", env.idp.issuer, "github-mcp", ["staff"])


async def test_idp_refusal_is_a_clear_error(env: Env) -> None:
    async with mcp_client(env.gw, env.mallory) as c:
        with pytest.raises(MCPError) as err:
            await c.call_tool("github__whoami", {})
    assert err.value.code == -31002
    assert "refused by the identity provider: invalid_grant" in err.value.message
    assert err.value.data == {"reason": "upstream_auth", "server": "github"}
    # A2A: its own error shape (JSON-RPC error of the A2A binding).
    body = {
        "jsonrpc": "2.0",
        "id": 7,
        "method": "SendMessage",
        "params": {"message": {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": "who am i"}]}},
    }
    r = httpx.post(
        env.gw.url + "/a2a/who",
        json=body,
        timeout=30,
        headers={"authorization": f"Bearer {env.mallory}", "A2A-Version": "1.0"},
    )
    error = r.json()["error"]
    assert "refused by the identity provider: invalid_grant" in error["message"]
    assert error["data"][0]["reason"] == "UPSTREAM_AUTH"
    # The gateway itself is fine: the next user is served.
    assert (await whoami(env.gw, env.bob, "github"))["sub"] == "bob"


async def test_one_exchange_per_user_until_expiry(env: Env) -> None:
    before = env.idp.exchanges()
    seen = [await whoami(env.gw, env.carol, "github", tag=str(i)) for i in range(3)]
    assert {s["jti"] for s in seen} == {seen[0]["jti"]}
    assert env.idp.exchanges() == before + 1
    # Concurrent first calls of one user share one exchange.
    before = env.idp.exchanges()
    results: list[dict[str, object]] = []

    async def one(i: int) -> None:
        results.append(await whoami(env.gw, env.dave, "github", tag=f"d{i}"))

    async with anyio.create_task_group() as tg:
        for i in range(5):
            tg.start_soon(one, i)
    assert {r["sub"] for r in results} == {"dave"}
    assert env.idp.exchanges() == before + 1


async def test_a2a_agent_gets_the_exchanged_token(env: Env) -> None:
    for token, user in ((env.idp.token("alice"), "alice"), (env.bob, "bob")):
        async with sdk_client(f"{env.gw.url}/a2a/who", token, streaming=False) as client:
            events = [ev async for ev in client.send_message(user_msg("who am i"))]
        assert get_message_text(events[0].message).startswith(f"sub={user} ")

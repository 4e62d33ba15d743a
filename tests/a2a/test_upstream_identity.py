"""Per-user identity towards A2A agents: the gateway sends each call with the calling user's
identity JWT; a real a2a-sdk agent verifies it against the gateway's JWKS and answers who it
sees. Card fetches carry the gateway's own identity (no user)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import anyio
import httpx
import pytest
from a2a.helpers.proto_helpers import get_message_text

from tests.a2a.helpers import sdk_client, user_msg
from tests.a2a.identity_agent import identity_agent
from tests.gateway_process import GatewayProcess, free_port

pytestmark = pytest.mark.anyio
ISSUER = "https://bastion-a2a.test"


@dataclass
class Env:
    gw: GatewayProcess
    agent_url: str
    alice: str
    bob: str


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    work = tmp_path_factory.mktemp("a2a-identity")
    port = free_port()
    agent_url = f"http://127.0.0.1:{port}"
    config = {
        "auth": {"outbound": {"issuer": ISSUER}},  # key generated and kept in the store
        "a2a": {
            "agents": {
                "who": {"url": agent_url + "/who", "credentials": {"type": "identity_jwt", "audience": "who-agent"}},
            },
            "allow_private_urls": True,
        },
    }
    gw = GatewayProcess(work, config)
    with identity_agent({ISSUER: f"{gw.url}/.well-known/jwks.json"}, "who-agent", port=port):
        try:
            gw.start(timeout=120)
            # The first card fetch ran while the gateway was still starting (its JWKS not
            # served yet, so the agent refused it): fetch again now.
            with gw.admin() as c:
                agent = c.post("/admin/a2a/agents/who/refresh").json()
            assert agent["health"] == "ok", agent
            yield Env(
                gw,
                agent_url,
                gw.create_key("alice", user={"groups": ["eng"]}),
                gw.create_key("bob", user={"groups": ["sales", "emea"]}),
            )
        finally:
            gw.stop()


async def ask(env: Env, key: str) -> str:
    async with sdk_client(f"{env.gw.url}/a2a/who", key, streaming=False) as client:
        events = [ev async for ev in client.send_message(user_msg("who am i"))]
    assert len(events) == 1 and events[0].WhichOneof("payload") == "message"
    return get_message_text(events[0].message)


async def test_each_call_carries_its_users_identity(env: Env) -> None:
    answers: dict[str, list[str]] = {"alice": [], "bob": []}

    async def one(user: str, key: str) -> None:
        answers[user].append(await ask(env, key))

    async with anyio.create_task_group() as tg:
        for _ in range(4):
            tg.start_soon(one, "alice", env.alice)
            tg.start_soon(one, "bob", env.bob)
    assert {a.rsplit(" jti=", 1)[0] for a in answers["alice"]} == {"sub=alice groups=eng"}
    assert {a.rsplit(" jti=", 1)[0] for a in answers["bob"]} == {"sub=bob groups=sales,emea"}
    # One token per user, reused until shortly before it expires.
    assert len({a.rsplit("jti=", 1)[1] for a in answers["alice"]}) == 1


async def test_agent_refuses_calls_without_a_valid_token(env: Env) -> None:
    """The agent's check is real: straight to the agent, no token or a made-up one is refused."""
    body = {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": {}}
    for auth in ({}, {"authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9."}):
        r = httpx.post(env.agent_url + "/who/rpc", json=body, headers=auth, timeout=10)
        assert r.status_code == 401


async def test_admin_api_registers_a_per_user_agent(env: Env) -> None:
    with env.gw.admin() as c:
        r = c.post(
            "/admin/a2a/agents",
            json={
                "name": "who2",
                "url": env.agent_url + "/who",
                "credentials": {"type": "identity_jwt", "audience": "who-agent"},
            },
        )
        assert r.status_code == 201, r.text
        assert r.json()["credentials"]["type"] == "identity_jwt"
        bad = c.post(
            "/admin/a2a/agents",
            json={
                "name": "who3",
                "url": env.agent_url + "/who",
                "credentials": {"type": "token_exchange", "audience": "x"},
            },
        )
        assert bad.status_code == 400 and "token_endpoint" in bad.text
    async with sdk_client(f"{env.gw.url}/a2a/who2", env.bob, streaming=False) as client:
        events = [ev async for ev in client.send_message(user_msg("who am i"))]
    assert get_message_text(events[0].message).startswith("sub=bob ")

"""End to end: a2a-sdk clients -> a real gateway process -> real a2a-sdk agents."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from a2a.client import A2ACardResolver
from a2a.helpers.proto_helpers import get_artifact_text, get_message_text
from a2a.types import (
    CancelTaskRequest,
    GetTaskRequest,
    ListTasksRequest,
    SubscribeToTaskRequest,
    TaskState,
)
from a2a.utils.errors import InternalError, TaskNotFoundError

from tests.a2a.conftest import Env
from tests.a2a.helpers import sdk_client, user_msg

pytestmark = pytest.mark.anyio


async def test_card_is_rewritten_for_the_gateway(env: Env) -> None:
    async with httpx.AsyncClient(headers=env.headers(env.alice), timeout=30) as http:
        card = await A2ACardResolver(http, f"{env.gw.url}/a2a/echo").get_agent_card()
    assert {i.url for i in card.supported_interfaces} == {f"{env.gw.url}/a2a/echo"}
    assert {(i.protocol_binding, i.protocol_version) for i in card.supported_interfaces} == {
        ("JSONRPC", "1.0"),
        ("HTTP+JSON", "1.0"),
        ("JSONRPC", "0.3"),
    }
    assert list(card.security_schemes) == ["bastion"]
    assert len(card.signatures) == 0
    assert card.capabilities.streaming and not card.capabilities.extended_agent_card
    assert card.skills[0].id == "echo"


async def test_card_caching_and_authentication(env: Env) -> None:
    url = f"{env.gw.url}/a2a/echo/.well-known/agent-card.json"
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.get(url, headers=env.headers(env.alice))
        assert r.status_code == 200
        assert "max-age=" in r.headers["cache-control"]
        etag = r.headers["etag"]
        again = await http.get(url, headers={**env.headers(env.alice), "if-none-match": etag})
        assert again.status_code == 304
        assert (await http.get(url)).status_code == 401
        # carol's key may only call "echo": other agents look like missing ones or are refused.
        assert (
            await http.get(f"{env.gw.url}/a2a/legacy/.well-known/agent-card.json", headers=env.headers(env.carol))
        ).status_code in (403, 404)


async def test_blocking_send_get_and_direct_message(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False) as client:
        events = [ev async for ev in client.send_message(user_msg("hello there"))]
        assert len(events) == 1 and events[0].WhichOneof("payload") == "task"
        task = events[0].task
        assert task.status.state == TaskState.TASK_STATE_COMPLETED
        assert get_artifact_text(task.artifacts[0]).split() == ["Hello", "World!", "You", "said:", "hello", "there"]
        got = await client.get_task(GetTaskRequest(id=task.id))
        assert got.id == task.id and got.status.state == TaskState.TASK_STATE_COMPLETED
        quick = [ev async for ev in client.send_message(user_msg("quick ping"))]
        assert get_message_text(quick[0].message) == "Hi! (quick ping)"


async def test_streaming_send_relays_every_event(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice) as client:
        kinds, text = [], ""
        async for ev in client.send_message(user_msg("stream please")):
            kinds.append(ev.WhichOneof("payload"))
            if kinds[-1] == "artifact_update":
                text += get_artifact_text(ev.artifact_update.artifact)
            last = ev
    # The output policy window (a redaction rule is active) may split text differently, but
    # nothing is lost and the terminal status comes last.
    assert kinds[:2] == ["task", "status_update"] and kinds[-1] == "status_update"
    assert kinds.count("artifact_update") >= 3
    assert text == "Hello World! You said: stream please "
    assert last.status_update.status.state == TaskState.TASK_STATE_COMPLETED


async def test_stream_that_stops_before_a_final_event_is_an_error(env: Env) -> None:
    """The agent's stream ends in order but with its task still working: the client gets a
    JSON-RPC error as the last event, never a stream that looks finished, and the trace says
    upstream error."""
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "SendStreamingMessage",
        "params": {"message": {"messageId": "m-cut", "role": "ROLE_USER", "parts": [{"text": "cut here"}]}},
    }
    async with httpx.AsyncClient(timeout=30) as http:
        async with http.stream("POST", f"{env.gw.url}/a2a/echo", json=body, headers=env.headers(env.alice)) as r:
            assert r.status_code == 200
            raw = (await r.aread()).decode()
            tid = r.headers["x-bastion-trace-id"]
    events = [e for e in raw.replace("\r\n", "\n").split("\n\n") if e.strip()]
    assert "TASK_STATE_WORKING" in raw and "TASK_STATE_COMPLETED" not in raw
    assert '"error"' in events[-1] and "ended before a final event" in events[-1]
    async with httpx.AsyncClient(base_url=env.gw.url, headers=env.gw.admin().headers, timeout=30) as admin:
        trace = (await admin.get(f"/admin/traces/{tid}")).json()
    assert trace["status"] == "error" and trace["error_code"] == "upstream_error"
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice) as client:
        with pytest.raises(Exception, match="ended before a final event"):
            async for _ in client.send_message(user_msg("cut again")):
                pass


async def test_rest_binding_blocking_and_streaming(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, bindings=["HTTP+JSON"]) as client:
        kinds = [ev.WhichOneof("payload") async for ev in client.send_message(user_msg("via rest"))]
        assert kinds[0] == "task" and kinds[-1] == "status_update" and kinds.count("artifact_update") >= 3
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False, bindings=["HTTP+JSON"]) as client:
        [ev] = [ev async for ev in client.send_message(user_msg("rest blocking"))]
        got = await client.get_task(GetTaskRequest(id=ev.task.id))
        assert got.status.state == TaskState.TASK_STATE_COMPLETED
        with pytest.raises(TaskNotFoundError):
            await client.get_task(GetTaskRequest(id="no-such-task"))


async def test_cancel_and_subscribe(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False) as client:
        req = user_msg("wait for me")
        req.configuration.return_immediately = True
        [ev] = [ev async for ev in client.send_message(req)]
        task_id = ev.task.id
        first = None
        async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice) as streaming:
            stream = streaming.subscribe(SubscribeToTaskRequest(id=task_id))
            first = await stream.__anext__()
            await stream.aclose()
        assert first.WhichOneof("payload") == "task" and first.task.id == task_id
        canceled = await client.cancel_task(CancelTaskRequest(id=task_id))
        assert canceled.status.state == TaskState.TASK_STATE_CANCELED


async def test_task_ownership_is_isolated_between_principals(env: Env) -> None:
    url = f"{env.gw.url}/a2a/echo"
    async with sdk_client(url, env.alice, streaming=False) as alice:
        [ev] = [ev async for ev in alice.send_message(user_msg("alice's task"))]
        task_id = ev.task.id
        mine = await alice.list_tasks(ListTasksRequest())
        assert task_id in {t.id for t in mine.tasks}
    async with sdk_client(url, env.bob, streaming=False) as bob:
        with pytest.raises(TaskNotFoundError):
            await bob.get_task(GetTaskRequest(id=task_id))
        with pytest.raises(TaskNotFoundError):
            await bob.cancel_task(CancelTaskRequest(id=task_id))
        with pytest.raises(TaskNotFoundError):
            req = user_msg("continue someone else's task")
            req.message.task_id = task_id
            [_ async for _ in bob.send_message(req)]
        theirs = await bob.list_tasks(ListTasksRequest())
        assert task_id not in {t.id for t in theirs.tasks}
    async with sdk_client(url, env.bob) as bob_stream:
        with pytest.raises(TaskNotFoundError):
            [_ async for _ in bob_stream.subscribe(SubscribeToTaskRequest(id=task_id))]


async def test_client_authorization_is_not_forwarded(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False) as client:
        [ev] = [ev async for ev in client.send_message(user_msg("headers"))]
    assert get_message_text(ev.message) == "authorization=Bearer upstream-secret"


async def test_slow_agent_gives_a_clear_error(env: Env) -> None:
    async with sdk_client(f"{env.gw.url}/a2a/slow", env.alice, streaming=False) as client:
        with pytest.raises(InternalError) as err:
            [_ async for _ in client.send_message(user_msg("anything"))]
    assert "agent 'slow'" in str(err.value) and "no answer within 1.5 s" in str(err.value)


async def test_per_agent_allowed_groups(env: Env) -> None:
    body = {
        "jsonrpc": "2.0",
        "id": 7,
        "method": "message/send",
        "params": {
            "message": {
                "messageId": "m",
                "role": "user",
                "kind": "message",
                "parts": [{"kind": "text", "text": "quick hi"}],
            }
        },
    }
    async with httpx.AsyncClient(timeout=30) as http:
        ok = await http.post(f"{env.gw.url}/a2a/legacy", json=body, headers=env.headers(env.alice, None))
        assert ok.json()["result"]["kind"] == "message"
        # bob is not in the "research" group the agent allows.
        refused = await http.post(f"{env.gw.url}/a2a/legacy", json=body, headers=env.headers(env.bob, None))
        assert refused.status_code == 403 and "legacy" in refused.json()["error"]["message"]


async def test_discovery_lists_only_callable_agents_and_searches(env: Env) -> None:
    async with httpx.AsyncClient(base_url=env.gw.url, timeout=30) as http:
        names = lambda r: [a["name"] for a in r.json()["agents"]]  # noqa: E731
        r = await http.get("/a2a/agents", headers=env.headers(env.alice))
        assert names(r) == ["echo", "legacy", "slow"]
        assert names(await http.get("/a2a/agents", headers=env.headers(env.bob))) == ["echo", "slow"]
        assert names(await http.get("/a2a/agents", headers=env.headers(env.carol))) == ["echo"]
        assert names(await http.get("/a2a/agents?skill=legacy-echo", headers=env.headers(env.alice))) == ["legacy"]
        assert names(await http.get("/a2a/agents?tag=greeting", headers=env.headers(env.alice))) == ["echo", "slow"]
        assert names(await http.get("/a2a/agents?q=slow+agent", headers=env.headers(env.alice))) == ["slow"]
        one = (await http.get("/a2a/agents/echo", headers=env.headers(env.alice))).json()
        assert one["health"] == "ok" and one["last_refresh"] > 0
        assert (await http.get("/a2a/agents")).status_code == 401


async def test_stream_closed_when_client_leaves(env: Env) -> None:
    """The client leaves mid-stream; the task itself keeps running and can be re-joined."""
    body = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "SendStreamingMessage",
        "params": {"message": {"messageId": "m-leave", "role": "ROLE_USER", "parts": [{"text": "wait here"}]}},
    }
    async with httpx.AsyncClient(timeout=30) as http:
        async with http.stream("POST", f"{env.gw.url}/a2a/echo", json=body, headers=env.headers(env.alice)) as r:
            assert r.headers["content-type"].startswith("text/event-stream")
            first = await r.aiter_lines().__anext__()
        assert '"task"' in first
        task_id = (
            first.split('"id": "', 1)[1].split('"', 1)[0]
            if '"id": "' in first
            else first.split('"id":"', 1)[1].split('"', 1)[0]
        )
        await asyncio.sleep(0.2)
        # The gateway recorded the task from the stream: its owner can still get it.
        got = await http.post(
            f"{env.gw.url}/a2a/echo",
            headers=env.headers(env.alice),
            json={"jsonrpc": "2.0", "id": 2, "method": "GetTask", "params": {"id": task_id}},
        )
        assert got.json()["result"]["status"]["state"] == "TASK_STATE_WORKING"
        await http.post(
            f"{env.gw.url}/a2a/echo",
            headers=env.headers(env.alice),
            json={"jsonrpc": "2.0", "id": 3, "method": "CancelTask", "params": {"id": task_id}},
        )

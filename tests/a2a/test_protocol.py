"""Protocol edges through a real gateway: versions, malformed JSON-RPC, 0.3 agents, registration
of hostile cards, agents that are down, push relay, policy and audit."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from a2a.client.errors import A2AClientError
from a2a.helpers.proto_helpers import get_artifact_text, get_message_text
from a2a.types import GetTaskPushNotificationConfigRequest, TaskPushNotificationConfig

from tests.a2a.conftest import Env
from tests.a2a.helpers import sdk_client, user_msg

pytestmark = pytest.mark.anyio


def rpc(method: str, params: Any = None, rid: Any = 1) -> dict[str, Any]:
    body: dict[str, Any] = {"jsonrpc": "2.0", "id": rid, "method": method}
    if params is not None:
        body["params"] = params
    return body


def send_params(text: str, v03: bool = False) -> dict[str, Any]:
    if v03:
        return {
            "message": {"messageId": "m1", "role": "user", "kind": "message", "parts": [{"kind": "text", "text": text}]}
        }
    return {"message": {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": text}]}}


async def post(
    env: Env, agent: str, body: Any, version: str | None = "1.0", key: str | None = None, raw: bytes | None = None
) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as http:
        headers = env.headers(key or env.alice, version)
        if raw is not None:
            return await http.post(
                f"{env.gw.url}/a2a/{agent}", content=raw, headers={**headers, "content-type": "application/json"}
            )
        return await http.post(f"{env.gw.url}/a2a/{agent}", json=body, headers=headers)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"{not json", -32700),
        (b"[]", -32600),
        (b'{"jsonrpc": "2.0", "id": 1}', -32600),
        (b'{"jsonrpc": "1.0", "id": 1, "method": "SendMessage"}', -32600),
        (b'{"jsonrpc": "2.0", "id": 1, "method": "NoSuchMethod", "params": {}}', -32601),
        (b'{"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": [1]}', -32602),
        (b'{"jsonrpc": "2.0", "id": 1, "method": "GetTask", "params": {}}', -32602),
        (b'{"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": {"message": "hi"}}', -32602),
        (b'{"jsonrpc": "2.0", "id": 1, "method": "GetTask", "params": {"id": "nope"}}', -32001),
    ],
)
async def test_malformed_json_rpc(env: Env, raw: bytes, code: int) -> None:
    r = await post(env, "echo", None, raw=raw)
    assert r.json()["error"]["code"] == code, r.text
    assert r.json()["jsonrpc"] == "2.0"


async def test_version_negotiation_errors(env: Env) -> None:
    # A 1.0 method without the header is a 0.3 request: version error, like the SDK's own server.
    r = await post(env, "echo", rpc("SendMessage", send_params("hi")), version=None)
    assert r.json()["error"]["code"] == -32009 and "A2A-Version: 1.0" in r.json()["error"]["message"]
    r = await post(env, "echo", rpc("SendMessage", send_params("hi")), version="9.9")
    assert r.json()["error"]["code"] == -32009 and "9.9" in r.json()["error"]["message"]
    r = await post(env, "echo", rpc("message/send", send_params("hi", v03=True)), version="1.0")
    assert r.json()["error"]["code"] == -32009
    # The legacy agent only speaks 0.3.
    r = await post(env, "legacy", rpc("SendMessage", send_params("hi")), version="1.0")
    assert r.json()["error"]["code"] == -32009 and "legacy" in r.json()["error"]["message"]


async def test_03_method_set_on_both_agents(env: Env) -> None:
    for agent in ("echo", "legacy"):
        r = await post(env, agent, rpc("message/send", send_params("hello 03", v03=True)), version=None)
        task = r.json()["result"]
        assert task["kind"] == "task" and task["status"]["state"] == "completed", r.text
        got = await post(env, agent, rpc("tasks/get", {"id": task["id"]}), version=None)
        assert got.json()["result"]["id"] == task["id"]
        if agent == "echo":  # bob may not call "legacy" at all
            other = await post(env, agent, rpc("tasks/get", {"id": task["id"]}), version=None, key=env.bob)
            assert other.json()["error"]["code"] == -32001


async def test_03_streaming(env: Env) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        async with http.stream(
            "POST",
            f"{env.gw.url}/a2a/legacy",
            headers=env.headers(env.alice, None),
            json=rpc("message/stream", send_params("stream 03", v03=True)),
        ) as r:
            kinds = [line for line in [ln async for ln in r.aiter_lines()] if line.startswith("data:")]
    assert '"kind":"task"' in kinds[0].replace(" ", "")
    assert sum('"artifact-update"' in k for k in kinds) >= 3
    assert '"completed"' in kinds[-1]


async def test_hostile_cards_are_refused_at_registration(env: Env) -> None:
    with env.gw.admin() as admin:
        reasons = {}
        for kind in ("huge", "badurl", "foreign", "grpconly", "notjson"):
            r = admin.post("/admin/a2a/agents", json={"name": f"bad-{kind}", "url": f"{env.agents.url}/hostile-{kind}"})
            assert r.status_code == 400, r.text
            reasons[kind] = r.json()["error"]["message"]
        assert "description" in reasons["huge"] and "100000 characters" in reasons["huge"]
        assert "http and https" in reasons["badurl"]
        assert "169.254.169.254" in reasons["foreign"]
        assert "no interface the gateway can proxy" in reasons["grpconly"]
        assert "not valid JSON" in reasons["notjson"]
        names = [a["name"] for a in admin.get("/admin/a2a/agents").json()["agents"]]
        assert not any(n.startswith("bad-") for n in names)
        assert admin.post("/admin/a2a/agents", json={"name": "agents", "url": env.agents.url}).status_code == 400
        meta = admin.post("/admin/a2a/agents", json={"name": "meta", "url": "http://169.254.169.254/latest"})
        assert meta.status_code == 400 and "metadata" in meta.json()["error"]["message"]


async def test_agent_that_goes_down(env: Env) -> None:
    """An agent registered while up, then stopped: calls fail fast with a readable error."""
    from aiohttp import web

    from tests.gateway_process import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    card = {
        "name": "Doomed",
        "description": "d",
        "version": "1",
        "capabilities": {},
        "supportedInterfaces": [{"url": f"{base}/rpc", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
        "defaultInputModes": [],
        "defaultOutputModes": [],
        "skills": [],
    }
    app = web.Application()

    async def serve_card(_r: web.Request) -> web.Response:
        return web.json_response(card)

    app.router.add_get("/.well-known/agent-card.json", serve_card)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    stopped = False
    try:
        # An async admin client: the agent above runs on this test's event loop.
        async with httpx.AsyncClient(
            base_url=env.gw.url, timeout=30, headers={"authorization": f"Bearer {env.gw.admin_key}"}
        ) as admin:
            r = await admin.post("/admin/a2a/agents", json={"name": "doomed", "url": base, "timeout_s": 5})
            assert r.status_code == 201, r.text
            assert r.json()["health"] == "ok"
            await runner.cleanup()
            stopped = True
            down = await post(env, "doomed", rpc("SendMessage", send_params("quick two")))
            err = down.json()["error"]
            assert err["code"] == -32603 and "doomed" in err["message"] and "cannot reach" in err["message"]
            refreshed = (await admin.post("/admin/a2a/agents/doomed/refresh")).json()
            assert refreshed["health"] == "unreachable"
            assert (await admin.delete("/admin/a2a/agents/doomed")).status_code == 200
            gone = await post(env, "doomed", rpc("SendMessage", send_params("quick three")))
            assert gone.status_code == 404
    finally:
        if not stopped:
            await runner.cleanup()


async def _webhook(env: Env, hook: str, want: int) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(timeout=10) as http:
        for _ in range(100):
            got = (await http.get(f"{env.agents.url}/webhook/{hook}")).json()
            if len(got) >= want:
                return got
            await asyncio.sleep(0.1)
    return got


async def test_push_notifications_are_relayed(env: Env) -> None:
    hook_url = f"{env.agents.url}/webhook/h1"
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False) as client:
        req = user_msg("push me")
        req.configuration.task_push_notification_config.CopyFrom(
            TaskPushNotificationConfig(url=hook_url, token="client-token")
        )
        [ev] = [ev async for ev in client.send_message(req)]
        task_id = ev.task.id
        got = await _webhook(env, "h1", 3)
        assert got, "no notification reached the client's webhook"
        assert all(d["token"] == "client-token" for d in got)
        assert {
            d["body"].get("statusUpdate", d["body"].get("task", d["body"].get("artifactUpdate", {}))).get("taskId")
            or d["body"].get("task", {}).get("id")
            for d in got
        } == {task_id}
        # Config reads show the client's own URL, never the gateway's relay.
        cfgs = await client.list_task_push_notification_configs(
            __import__("a2a.types", fromlist=["x"]).ListTaskPushNotificationConfigsRequest(task_id=task_id)
        )
        assert [c.url for c in cfgs.configs] == [hook_url]
        cfg = await client.get_task_push_notification_config(
            GetTaskPushNotificationConfigRequest(task_id=task_id, id=cfgs.configs[0].id)
        )
        assert cfg.url == hook_url and cfg.token == "client-token"


async def test_push_webhook_verification_and_ssrf(env: Env) -> None:
    r = await post(
        env,
        "echo",
        rpc(
            "SendMessage",
            {
                **send_params("ssrf"),
                "configuration": {"taskPushNotificationConfig": {"url": "http://169.254.169.254/latest/meta-data"}},
            },
        ),
    )
    err = r.json()["error"]
    assert err["code"] == -32602 and "metadata" in err["message"]
    async with httpx.AsyncClient(timeout=10) as http:
        forged = await http.post(
            f"{env.gw.url}/a2a/_push/made-up", json={"task": {"id": "x"}}, headers={"x-a2a-notification-token": "guess"}
        )
        assert forged.status_code == 404


async def test_policy_blocks_and_redacts_agent_traffic(env: Env) -> None:
    blocked = await post(env, "echo", rpc("SendMessage", send_params("share the forbidden-plan")))
    assert blocked.json()["error"]["code"] == -32050 and "plans stay inside" in blocked.json()["error"]["message"]
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice, streaming=False) as client:
        [ev] = [ev async for ev in client.send_message(user_msg("code SECRET-4242"))]
        text = get_artifact_text(ev.task.artifacts[0])
        assert "SECRET-4242" not in text and "You said: code" in text
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice) as client:
        streamed = ""
        async for ev in client.send_message(user_msg("code SECRET-777")):
            if ev.WhichOneof("payload") == "artifact_update":
                streamed += get_artifact_text(ev.artifact_update.artifact)
        assert "SECRET-777" not in streamed and "You said: code" in streamed
        # Status messages are whole texts: inspected per event, never mixed into artifacts.
        notes = []
        async for ev in client.send_message(user_msg("note SECRET-31337")):
            if ev.WhichOneof("payload") == "status_update" and ev.status_update.status.message.parts:
                notes.append(get_message_text(ev.status_update.status.message))
        assert len(notes) == 1 and notes[0].startswith("noting: note ") and "SECRET-31337" not in notes[0]


async def test_calls_are_audited_with_task_facts(env: Env) -> None:
    r = await post(env, "echo", rpc("SendMessage", send_params("audit me")))
    task = r.json()["result"]["task"]
    trace_id = r.headers["x-bastion-trace-id"]
    with env.gw.admin() as admin:
        t = admin.get(f"/admin/traces/{trace_id}").json()
    assert t["front_door"] == "a2a" and t["kind"] == "agent" and t["target"] == "echo"
    assert t["method"] == "SendMessage" and t["user_id"] == "alice"
    assert t["attrs"]["task_id"] == task["id"] and t["attrs"]["context_id"] == task["contextId"]
    assert t["attrs"]["state"] == "TASK_STATE_COMPLETED"


def test_cli_manages_agents(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from bastion.a2a.cli import app

    monkeypatch.setenv("BASTION_URL", env.gw.url)
    monkeypatch.setenv("BASTION_ADMIN_KEY", env.gw.admin_key)
    runner = CliRunner()
    run = lambda *a: runner.invoke(app, list(a))  # noqa: E731
    added = run("add", "cli-echo", f"{env.agents.url}/echo", "--bearer-token", "t0k")
    assert added.exit_code == 0, added.output
    assert "Echo Agent" in added.output
    listed = run("list")
    assert "cli-echo" in listed.output and "ok" in listed.output
    shown = run("show", "cli-echo")
    assert '"Authorization"' in shown.output and "t0k" not in shown.output
    assert run("refresh", "cli-echo").exit_code == 0
    bad = run("add", "cli-bad", f"{env.agents.url}/hostile-huge")
    assert bad.exit_code != 0 and "description" in bad.output
    assert run("remove", "cli-echo").exit_code == 0
    assert "cli-echo" not in run("list").output


async def test_rest_errors_use_google_rpc_status(env: Env) -> None:
    async with httpx.AsyncClient(base_url=env.gw.url, timeout=30) as http:
        # echo offers HTTP+JSON only for A2A 1.0; 0.3 REST paths live under v1/.
        r = await http.post(
            "/a2a/echo/v1/message:send", json=send_params("hi", v03=True), headers=env.headers(env.alice, None)
        )
        assert r.status_code == 400
        err = r.json()["error"]
        assert err["status"] == "FAILED_PRECONDITION" and err["details"][0]["reason"] == "VERSION_NOT_SUPPORTED"
        r = await http.get("/a2a/echo/tasks/not-mine", headers=env.headers(env.bob))
        assert r.status_code == 404 and r.json()["error"]["details"][0]["reason"] == "TASK_NOT_FOUND"
        r = await http.get("/a2a/echo/no/such/route", headers=env.headers(env.alice))
        assert r.status_code == 404 and r.json()["error"]["status"] == "NOT_FOUND"


async def test_unauthenticated_calls_get_401_with_a_challenge(env: Env) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            f"{env.gw.url}/a2a/echo",
            json=rpc("SendMessage", send_params("hi")),
            headers={"A2A-Version": "1.0", "authorization": "Bearer bst_not_a_real_key"},
        )
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    # The id is null: the body of an unauthenticated request is not read.
    assert r.json()["error"]["code"] == -32600 and r.json()["id"] is None


async def test_an_unauthenticated_malformed_request_gets_401_not_a_parse_error(env: Env) -> None:
    """Authentication comes before the body is parsed, on both bindings: a caller without
    credentials learns nothing about how its request would be validated."""
    async with httpx.AsyncClient(base_url=env.gw.url, timeout=30) as http:
        for creds in ({}, {"authorization": "Bearer bst_not_a_real_key"}):
            h = {"A2A-Version": "1.0", "content-type": "application/json", **creds}
            r = await http.post("/a2a/echo", content=b'{"jsonrpc": "2.0", "id": 1, "method": ', headers=h)
            assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer"), r.text
            err = r.json()["error"]
            assert err["code"] == -32600 and err["data"][0]["reason"] == "UNAUTHENTICATED", err
            r = await http.post("/a2a/echo/message:send", content=b"[not json", headers=h)
            assert r.status_code == 401, r.text
            err = r.json()["error"]
            assert err["status"] == "UNAUTHENTICATED" and err["details"][0]["reason"] == "UNAUTHENTICATED", err
        # With credentials the same bodies are parse errors, in the binding's shape.
        h = {**env.headers(env.alice), "content-type": "application/json"}
        r = await http.post("/a2a/echo", content=b'{"jsonrpc": "2.0", "id": 1, "method": ', headers=h)
        assert r.json()["error"]["code"] == -32700, r.text
        r = await http.post("/a2a/echo/message:send", content=b"[not json", headers=h)
        assert r.status_code == 400 and r.json()["error"]["details"][0]["reason"] == "PARSE_ERROR", r.text


async def test_policy_blocks_agent_output_blocking_and_streamed(env: Env) -> None:
    r = await post(env, "echo", rpc("SendMessage", send_params("meltdown")))
    assert r.json()["error"]["code"] == -32050 and "no meltdowns" in r.json()["error"]["message"]
    async with sdk_client(f"{env.gw.url}/a2a/echo", env.alice) as client:
        seen = []
        with pytest.raises(A2AClientError, match="no meltdowns"):
            async for ev in client.send_message(user_msg("meltdown")):
                seen.append(ev.WhichOneof("payload"))
        # The stream got as far as the task and its first events, then stopped at the block.
        assert seen[0] == "task" and len(seen) < 6


async def test_json_rpc_at_the_agent_url_with_a_trailing_slash(env: Env) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            f"{env.gw.url}/a2a/echo/", json=rpc("SendMessage", send_params("quick hi")), headers=env.headers(env.alice)
        )
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json"), r.text
    assert r.json()["id"] == 1 and "result" in r.json(), r.text


async def test_rest_errors_are_plain_json(env: Env) -> None:
    async with httpx.AsyncClient(base_url=env.gw.url, timeout=30) as http:
        for r in (
            await http.get("/a2a/echo/tasks/not-mine", headers=env.headers(env.bob)),
            await http.get("/a2a/echo/no/such/route", headers=env.headers(env.alice)),
        ):
            assert r.status_code == 404 and r.headers["content-type"] == "application/json", r.headers
            assert r.json()["error"]["status"] == "NOT_FOUND"


async def test_push_config_calls_to_an_agent_without_push_support(env: Env) -> None:
    # 'legacy' says pushNotifications: false on its card: the capability error comes first,
    # before the (unknown) task is looked up, whichever shape the call has.
    config = {"url": f"{env.agents.url}/webhook/nope"}
    for method, params in (
        ("tasks/pushNotificationConfig/set", {"taskId": "no-such-task", "pushNotificationConfig": config}),
        ("tasks/pushNotificationConfig/get", {"id": "no-such-task"}),
        ("tasks/pushNotificationConfig/list", {"id": "no-such-task"}),
    ):
        r = await post(env, "legacy", rpc(method, params), version=None)
        assert r.json()["error"]["code"] == -32003, (method, r.text)
    # An agent that supports push still answers an unknown task with TaskNotFound.
    r = await post(env, "echo", rpc("ListTaskPushNotificationConfigs", {"taskId": "no-such-task"}))
    assert r.json()["error"]["code"] == -32001, r.text


async def test_task_ids_in_either_json_name(env: Env) -> None:
    r = await post(env, "echo", rpc("SendMessage", send_params("make a task")))
    task_id = r.json()["result"]["task"]["id"]
    # The proto field name (task_id), as protobuf's JSON parser (and so the SDK) accepts it.
    r = await post(env, "echo", rpc("ListTaskPushNotificationConfigs", {"task_id": task_id}))
    assert "result" in r.json(), r.text
    # ... and it is checked like taskId: another user's task is not found.
    r = await post(env, "echo", rpc("ListTaskPushNotificationConfigs", {"task_id": task_id}), key=env.bob)
    assert r.json()["error"]["code"] == -32001, r.text
    msg = send_params("more")["message"]
    r = await post(env, "echo", rpc("SendMessage", {"message": {**msg, "task_id": task_id}}), key=env.bob)
    assert r.json()["error"]["code"] == -32001, r.text


async def test_an_agents_error_reply_is_the_calls_outcome_on_the_trace(env: Env) -> None:
    r = await post(env, "echo", rpc("SendMessage", send_params("finish first")))
    task = r.json()["result"]["task"]
    assert task["status"]["state"] == "TASK_STATE_COMPLETED", task
    # A finished task cannot be canceled: the agent says so, and the caller gets its error as is.
    r = await post(env, "echo", rpc("CancelTask", {"id": task["id"]}))
    err = r.json()["error"]
    with env.gw.admin() as admin:
        t = admin.get(f"/admin/traces/{r.headers['x-bastion-trace-id']}").json()
    assert t["method"] == "CancelTask" and t["status"] == "error" and t["error_code"] == "upstream_error", t
    assert t["attrs"]["upstream_error"] == err["code"] and t["attrs"]["task_id"] == task["id"], t
    route = next(s for s in t["stages"] if s["stage"] == "route")
    assert route["outcome"] == "error" and route["detail"] == {"code": "upstream_error"}, t

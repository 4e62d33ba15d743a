"""One governed path: every route and every protocol method is a pipeline call (or on a short,
commented list of ungoverned endpoints), and every answered request leaves exactly one audit
record, whatever the outcome.

One real gateway process with all three front doors in front of real upstreams (the MCP fixture
server over stdio, the a2a-sdk test agents, the fake LLM provider speaking the OpenAI wire
format). Records are counted in the gateway's own SQLite store, by the trace id each response
carries (``x-bastion-trace-id``).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import orjson
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from starlette.routing import BaseRoute, Mount, Route

from bastion.a2a.methods import METHODS_03, METHODS_10
from bastion.app import create_app
from bastion.mcp_bridge.downstream import View
from bastion.settings import Settings
from tests.a2a.conftest import AgentsProcess
from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, free_port, start_gateway

FIXTURE = str(Path(__file__).resolve().parents[1] / "mcp" / "servers" / "fixture_server.py")
BAD = {"authorization": "Bearer bst_not_a_key_at_all"}
TRACE = "x-bastion-trace-id"

#: The only HTTP endpoints that are not pipeline calls, and why each may be ungoverned.
UNGOVERNED_PATHS = {
    "/healthz": "liveness probe: no credentials, no data",
    "/readyz": "readiness probe: store and audit-writer health only",
    "/": "the banner: version and links",
    "/admin/docs": "the admin API's own documentation page (static)",
    "/docs/oauth2-redirect": "part of the documentation page (static, FastAPI's default path)",
    "/admin/openapi.json": "the admin API's schema (static)",
    "/dashboard": "redirect to the dashboard's static index page; its data comes from the admin API",
    "/.well-known/jwks.json": "well-known metadata: the public keys upstreams verify identity JWTs with",
    "/auth/providers": "well-known metadata: public sign-in links for the dashboard's login page",
}
#: Mounted static files (the dashboard's HTML, JS and CSS).
UNGOVERNED_MOUNTS = {"/dashboard": "static dashboard assets"}
#: MCP methods the gateway answers itself without touching an upstream or any user data.
UNGOVERNED_MCP = {
    "ping": "liveness of the session",
    "server/discover": "the gateway's own capabilities (2026-07-28)",
    "logging/setLevel": "accepted and ignored: upstream logs go to the call that caused them",
    "subscriptions/listen": "the stream itself; each resource subscription it carries is a resources/subscribe call",
}
#: Every other MCP method: exercised below, each must leave a record with its method.
GOVERNED_MCP = {
    "tools/list",
    "prompts/list",
    "resources/list",
    "resources/templates/list",
    "tools/call",
    "prompts/get",
    "resources/read",
    "completion/complete",
    "resources/subscribe",
    "resources/unsubscribe",
}
#: Values for path parameters, and bodies that get past parsing (so that refusal is the auth's).
PATH_VALUES = {"name": "echo", "key": "made-up", "trace_id": "0" * 32}
A2A_REST = {"GET": "tasks/t1", "POST": "message:send", "DELETE": "tasks/t1/pushNotificationConfigs/c1"}
MESSAGE = {"message": {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": "hi"}]}}
BODIES: dict[str, Any] = {
    "/v1/chat/completions": {"model": "main", "messages": [{"role": "user", "content": "hi"}]},
    "/v1/messages": {"model": "main", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]},
    "/v1/embeddings": {"model": "main", "input": "hi"},
    "/a2a/{name}": {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": MESSAGE},
    # The agent URL with a trailing slash is the same JSON-RPC endpoint.
    "/a2a/{name}/": {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": MESSAGE},
    "/a2a/{name}/{path:path}": MESSAGE,
}


def _config(fake: FakeProvider, agents: AgentsProcess, dead_port: int) -> dict[str, Any]:
    return {
        "semcache": {"enabled": False},
        "server": {"max_body_bytes": 64 * 1024},
        # A low refusal rate, so that the flood test overflows it however slowly this box sends;
        # the other tests refuse a dozen requests at a time at most.
        "audit": {"refusals_per_s": 2, "refusal_burst": 50, "refusal_summary_s": 2},
        "llm": {
            "providers": {
                "oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "sk-up", "models": ["gpt-x"]},
                "dead": {
                    "type": "openai",
                    "base_url": f"http://127.0.0.1:{dead_port}/v1",
                    "api_key": "sk-dead",
                    "max_retries": 0,
                    "timeout_s": 5,
                },
            },
            "aliases": {"main": ["oa/gpt-x"], "down": {"deployments": ["dead/m"]}},
        },
        "mcp": {
            "servers": {"fx": {"command": sys.executable, "args": [FIXTURE]}},
            "virtual_servers": {"team": {"tools": ["fx__*"]}},
            "allowed_executables": [sys.executable],
            "startup_wait_s": 90,
        },
        "a2a": {
            "agents": {"echo": {"url": f"{agents.url}/echo"}},
            "push": {"ssrf": {"allow_loopback": True}},
            "allow_private_urls": True,
        },
        "policy": {
            "policies": [
                {
                    "name": "guard",
                    "directions": ["chat_input", "agent_artifact", "tool_args"],
                    "rules": [
                        {
                            "name": "no-plans",
                            "detector": {"type": "keywords", "keywords": ["forbidden-plan"]},
                            "action": "block",
                            "message": "plans stay inside",
                        }
                    ],
                }
            ]
        },
    }


class Env:
    def __init__(self, gw: GatewayProcess, agents: AgentsProcess, config: dict[str, Any]) -> None:
        self.gw = gw
        self.agents = agents
        self.config = config
        self.db = Path(config["data_dir"]) / "bastion.db"
        self.user = gw.create_key("mix")
        self.narrow = gw.create_key("narrow", models=["main"])
        self.slow = gw.create_key("slowpoke", rpm_limit=1)

    def records(self, where: str, *args: Any) -> list[dict[str, Any]]:
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
        con.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in con.execute(f"SELECT * FROM traces WHERE {where}", args)]  # noqa: S608
        finally:
            con.close()

    def settle(self) -> None:
        """Wait until everything answered so far is written: the audit writer and the refusal
        recorder write in order, so once a fresh refusal and a fresh call are on the trail, so
        is everything before them."""
        a = httpx.post(self.gw.url + "/mcp", headers=BAD, json={}, timeout=30).headers[TRACE]
        b = httpx.get(self.gw.url + "/whoami", headers=self.auth(self.user), timeout=30).headers[TRACE]
        deadline = time.monotonic() + 60
        while len(self.records("trace_id IN (?, ?)", a, b)) < 2:
            assert time.monotonic() < deadline, "the audit trail did not catch up within 60s"
            time.sleep(0.1)

    def count(self, trace_id: str) -> int:
        return len(self.records("trace_id = ?", trace_id))

    @staticmethod
    def auth(key: str) -> dict[str, str]:
        return {"authorization": f"Bearer {key}"}


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    workdir = tmp_path_factory.mktemp("one-path")
    agents = AgentsProcess()
    with FakeProvider() as fake:
        agents.start()
        try:
            config = _config(fake, agents, free_port())
            with start_gateway(workdir, config, timeout=180) as gw:
                yield Env(gw, agents, {"data_dir": str(workdir / "data"), **config})
        finally:
            agents.stop()


def _walk(routes: list[BaseRoute], prefix: str = "") -> Iterator[tuple[str, str, bool]]:
    """(method, path, is_mount) for every route, mounted routers included."""
    for r in routes:
        included = getattr(r, "original_router", None)  # FastAPI's include_router (0.140+)
        if included is not None:
            yield from _walk(list(included.routes), prefix + r.include_context.prefix)  # type: ignore[attr-defined]
        elif isinstance(r, Mount):
            inner = getattr(r.app, "routes", None)
            if inner:
                yield from _walk(list(inner), prefix + r.path)
            else:
                yield "POST", prefix + r.path + "/", True
        elif isinstance(r, Route) or hasattr(r, "methods"):
            for m in sorted(getattr(r, "methods", None) or {"GET"}):
                if m != "HEAD":
                    yield m, prefix + r.path, False  # type: ignore[attr-defined]


def _app_routes(env: Env) -> list[BaseRoute]:
    """The routes of an app built from the same settings as the process (never started)."""
    guard: Any = create_app(Settings.model_validate(env.config))
    return list(guard.app.fallback.router.routes)  # Guard -> PlainRouteDispatcher -> the FastAPI app


def _concrete(method: str, path: str) -> str:
    if path == "/a2a/{name}/{path:path}":
        return "/a2a/echo/" + A2A_REST[method]
    for k, v in PATH_VALUES.items():
        path = path.replace("{" + k + "}", v)
    out = []
    for part in path.split("/"):
        out.append("x" if part.startswith("{") else part)
    return "/".join(out)


def test_every_route_is_a_call_or_on_the_ungoverned_list(env: Env) -> None:
    seen: list[tuple[str, str, str]] = []
    for method, path, is_mount in _walk(_app_routes(env)):
        if (is_mount and path.rstrip("/") in UNGOVERNED_MOUNTS) or path in UNGOVERNED_PATHS:
            continue
        url = _concrete(method, path)
        body = BODIES.get(path)
        r = httpx.request(
            method,
            env.gw.url + url,
            headers={**BAD, "a2a-version": "1.0"},
            content=orjson.dumps(body) if body is not None and method == "POST" else None,
            timeout=30,
        )
        assert r.status_code in (401, 404), f"{method} {url}: {r.status_code} {r.text[:200]}"
        seen.append((method, url, r.headers[TRACE]))
    assert len(seen) > 40, seen  # admin API, three front doors, ops routes
    env.settle()
    missing = [(m, u) for m, u, t in seen if env.count(t) != 1]
    assert not missing, f"answered without exactly one audit record: {missing}"


def _mcp(env: Env, method: str, params: dict[str, Any] | None = None, key: str | None = None) -> httpx.Response:
    """A 2026-07-28 (stateless) MCP request; the reply's trace id is the call's."""
    meta = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}
    headers = {
        **env.auth(key or env.user),
        "accept": "application/json, text/event-stream",
        "content-type": "application/json",
        "mcp-protocol-version": "2026-07-28",
        "mcp-method": method,
    }
    name = (params or {}).get("name") or (params or {}).get("uri")
    if name:
        headers["mcp-name"] = name
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": {**(params or {}), "_meta": meta}}
    return httpx.post(env.gw.url + "/mcp", headers=headers, content=orjson.dumps(body), timeout=60)


def test_every_mcp_method_is_a_call_or_on_the_ungoverned_list(env: Env) -> None:
    core: Any = create_app(Settings.model_validate(env.config))
    front = core.state.mcp_frontend
    answered = set(front.build_server(View(""))._request_handlers)  # noqa: SLF001 - the SDK's dispatch table
    assert answered - set(UNGOVERNED_MCP) == GOVERNED_MCP, answered

    traces = {
        "tools/list": _mcp(env, "tools/list"),
        "prompts/list": _mcp(env, "prompts/list"),
        "resources/list": _mcp(env, "resources/list"),
        "resources/templates/list": _mcp(env, "resources/templates/list"),
        "tools/call": _mcp(env, "tools/call", {"name": "fx__echo", "arguments": {"text": "hi"}}),
        "prompts/get": _mcp(env, "prompts/get", {"name": "fx__greeting", "arguments": {"who": "Bob"}}),
        "resources/read": _mcp(env, "resources/read", {"uri": "fixture://readme"}),
        "completion/complete": _mcp(
            env,
            "completion/complete",
            {"ref": {"type": "ref/prompt", "name": "fx__greeting"}, "argument": {"name": "who", "value": "a"}},
        ),
    }
    for method, r in traces.items():
        assert r.status_code == 200 and b'"error"' not in r.content, (method, r.text[:300])
    env.settle()
    for method, r in traces.items():
        [rec] = env.records("trace_id = ?", r.headers[TRACE])
        assert rec["method"] == method and rec["status"] == "ok", rec
        if method.endswith("/list"):
            assert rec["kind"] == "list" and orjson.loads(rec["attrs"])["count"] >= 1, rec
            assert orjson.loads(rec["cache"])["outcome"] in ("hit", "miss"), rec
    assert "alice" in traces["completion/complete"].text
    # Subscribe and unsubscribe need a session (handshake era): see test_subscribe_and_unsubscribe.


@pytest.mark.anyio
async def test_subscribe_and_unsubscribe_are_calls(env: Env) -> None:
    async with httpx2.AsyncClient(headers=env.auth(env.user), timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(env.gw.url + "/mcp", http_client=http), mode="legacy") as c:
            await c.subscribe_resource("fixture://readme")
            await c.unsubscribe_resource("fixture://readme")
    env.settle()
    for method in ("resources/subscribe", "resources/unsubscribe"):
        recs = env.records("method = ? AND user_id = 'mix'", method)
        assert len(recs) == 1 and recs[0]["status"] == "ok", recs
    assert "updates_delivered" in orjson.loads(recs[0]["attrs"])


def test_every_a2a_method_is_a_call(env: Env) -> None:
    """Each JSON-RPC method name is routed through the pipeline: with a key that may not use
    the agent each is refused by the authorize stage and leaves one record with its method.
    (Bad credentials are refused before the body is read: one record, no method.)"""
    other = env.gw.create_key("a2a-elsewhere", agents=["some-other-agent"])
    traces = {}
    for method in (*METHODS_10, *METHODS_03):
        version = "1.0" if method in METHODS_10 else "0.3"
        params: dict[str, Any] = {"id": "t1", "taskId": "t1", **MESSAGE}
        r = httpx.post(
            env.gw.url + "/a2a/echo",
            headers={**env.auth(other), "a2a-version": version},
            json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params},
            timeout=30,
        )
        assert r.status_code == 403, (method, r.text)
        traces[method] = r.headers[TRACE]
    r = httpx.post(
        env.gw.url + "/a2a/echo",
        headers={**BAD, "a2a-version": "1.0"},
        json={"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": MESSAGE},
        timeout=30,
    )
    assert r.status_code == 401, r.text
    env.settle()
    for method, tid in traces.items():
        [rec] = env.records("trace_id = ?", tid)
        assert rec["method"] == method and rec["error_code"] == "forbidden", rec
    [rec] = env.records("trace_id = ?", r.headers[TRACE])
    assert rec["method"] is None and rec["error_code"] == "unauthenticated", rec


def _chat(env: Env, key: str, model: str, text: str = "hi") -> httpx.Response:
    return httpx.post(
        env.gw.url + "/v1/chat/completions",
        headers=env.auth(key),
        json={"model": model, "messages": [{"role": "user", "content": text}]},
        timeout=60,
    )


async def _push_delivery(env: Env) -> tuple[str, int]:
    """A task with a push config: the agent notifies the gateway, the gateway the client."""
    hook = f"{env.agents.url}/webhook/one-path"
    params = {**MESSAGE, "configuration": {"taskPushNotificationConfig": {"url": hook, "token": "client-token"}}}
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(
            env.gw.url + "/a2a/echo",
            headers={**env.auth(env.user), "a2a-version": "1.0"},
            json={"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": params},
        )
        task_id = r.json()["result"]["task"]["id"]
        deadline = time.monotonic() + 60
        got: list[Any] = []
        while time.monotonic() < deadline:
            got = (await http.get(f"{env.agents.url}/webhook/one-path")).json()
            if got and any(_terminal(d["body"]) for d in got):
                break
            time.sleep(0.2)
    assert got, "no notification reached the client's webhook"
    return task_id, len(got)


def _terminal(body: dict[str, Any]) -> bool:
    state = (body.get("statusUpdate") or body.get("task") or {}).get("status", {}).get("state", "")
    return state == "TASK_STATE_COMPLETED"


@pytest.mark.anyio
async def test_a_known_mix_leaves_exactly_one_record_each(env: Env) -> None:
    gw = env.gw
    expect: dict[str, tuple[httpx.Response, str, str | None]] = {}  # name -> (reply, status, error_code)

    def one(name: str, r: httpx.Response, status: str, code: str | None = None) -> None:
        expect[name] = (r, status, code)

    one("ok", _chat(env, env.user, "main"), "ok")
    one("401 llm", _chat(env, "bst_bad", "main"), "refused", "unauthenticated")
    one("401 mcp", _mcp(env, "tools/list", key="bst_bad"), "refused", "unauthenticated")
    one(
        "401 a2a",
        httpx.post(
            gw.url + "/a2a/echo",
            headers={**BAD, "a2a-version": "1.0"},
            json={"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": MESSAGE},
        ),
        "refused",
        "unauthenticated",
    )
    one("401 admin", httpx.get(gw.url + "/admin/users", headers=BAD), "refused", "unauthenticated")
    one(
        "400 before a call",
        httpx.post(gw.url + "/v1/chat/completions", headers=env.auth(env.user), content=b"{not json"),
        "refused",
        "bad_request",
    )
    one("403", _chat(env, env.narrow, "down"), "refused", "forbidden")
    first = httpx.get(gw.url + "/v1/models", headers=env.auth(env.slow))
    one("429", httpx.get(gw.url + "/v1/models", headers=env.auth(env.slow)), "refused", "rate_limited")
    one("policy block", _chat(env, env.user, "main", "the forbidden-plan"), "refused", "policy_blocked")
    one("upstream error", _chat(env, env.user, "down"), "error")
    one("list", _mcp(env, "tools/list"), "ok")
    one(
        "completion",
        _mcp(
            env,
            "completion/complete",
            {"ref": {"type": "ref/prompt", "name": "fx__greeting"}, "argument": {"name": "who", "value": "a"}},
        ),
        "ok",
    )
    one(
        "413",
        httpx.post(gw.url + "/v1/chat/completions", headers=env.auth(env.user), content=b"x" * (70 * 1024)),
        "refused",
        "payload_too_large",
    )
    assert first.status_code == 200
    assert expect["429"][0].status_code == 429 and expect["403"][0].status_code == 403
    assert expect["upstream error"][0].status_code >= 500 and expect["413"][0].status_code == 413
    task_id, delivered = await _push_delivery(env)
    env.settle()
    for name, (r, status, code) in expect.items():
        recs = env.records("trace_id = ?", r.headers[TRACE])
        assert len(recs) == 1, (name, recs)
        assert recs[0]["status"] == status, (name, recs[0])
        if code is not None:
            assert recs[0]["error_code"] == code, (name, recs[0])
        if name.startswith("401 mcp") or name == "413":
            assert recs[0]["user_id"] is None and orjson.loads(recs[0]["attrs"])["peer"] == "127.0.0.1", recs[0]
    pushes = [
        r for r in env.records("kind = 'push' AND user_id = 'mix'") if orjson.loads(r["attrs"])["task_id"] == task_id
    ]
    assert len(pushes) == delivered and all(p["status"] == "ok" for p in pushes), pushes


def test_a_flood_of_bad_credentials_is_counted_not_dropped(env: Env) -> None:
    """Over the refusal rate, records become a count: in the metric and in a summary record."""
    n = 300  # over the burst of 50 (refilled at 2/s) in any plausible time
    with httpx.Client(timeout=30) as http:
        for _ in range(n):
            assert http.post(env.gw.url + "/mcp", headers=BAD, json={}).status_code == 401
    metrics = httpx.get(env.gw.url + "/metrics", headers=env.auth(env.gw.admin_key), timeout=30).text
    line = next(
        ln for ln in metrics.splitlines() if ln.startswith('bastion_audit_refusals_unrecorded_total{front_door="mcp"}')
    )
    unrecorded = float(line.rsplit(" ", 1)[1])
    assert unrecorded > 0
    deadline = time.monotonic() + 60
    while True:  # the summary is written every refusal_summary_s
        summaries = env.records("kind = 'refusal' AND target = 'unrecorded'")
        total = sum(orjson.loads(s["attrs"])["unrecorded"].get("mcp:unauthenticated", 0) for s in summaries)
        if total >= unrecorded:
            break
        assert time.monotonic() < deadline, (unrecorded, summaries)
        time.sleep(0.2)
    assert total == unrecorded

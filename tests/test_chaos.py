"""Chaos: a mixed burst at concurrency 16 through all three front doors (LLM plain and streamed,
MCP tool calls to a stdio server, A2A messages, refusals on each) while a stdio MCP upstream,
Redis and the LLM upstream (mid-stream) are killed and started again. Afterwards:

* every answered call has exactly one audit record (refusals included);
* the rate-limited key got no more answers per minute than its limit;
* no LLM stream was relayed as complete when it was not (a stream ending in ``[DONE]`` carries
  the whole answer; any other ends with an error event);
* the gateway's resident memory is back within 10% of where it was after a warm-up round.

Bounded: a warm-up of a few seconds, 30 s of chaos, then the checks.
"""

from __future__ import annotations

import heapq
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.loadgen import rss_mb
from tests.a2a.conftest import AgentsProcess
from tests.fakes.llm_providers import FakeControl
from tests.gateway_process import GatewayProcess, free_port
from tests.processes import wait_until
from tests.redis_process import RedisServer

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = str(ROOT / "tests" / "mcp" / "servers" / "fixture_server.py")
CONCURRENCY = 16
RPM = 40
#: Refusals the MCP and A2A front doors answer before their pipeline runs (no credentials; an
#: MCP tool that is unknown while its server restarts): their audit records come with the
#: "one governed path" issue (#12), not here. Remove each entry as that work lands; every other
#: answered call must have its record now.
NOT_YET_AUDITED: frozenset[tuple[str, str, int]] = frozenset()


class FakeLLMProcess:
    """The fake LLM provider as its own process, so that it can be killed mid-stream."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> FakeLLMProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.llm_providers", "--port", str(self.port)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )

        def up() -> bool:
            try:
                return httpx.get(self.url + "/_fake/stats", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(up, self.proc, "fake LLM provider", timeout=60)
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None


@dataclass
class Outcome:
    front_door: str
    what: str
    status: int
    trace_id: str | None
    at: float
    #: When the request was sent (the gateway counted it somewhere between ``sent`` and ``at``).
    sent: float = 0.0


@dataclass
class Tally:
    outcomes: list[Outcome] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, o: Outcome) -> None:
        with self.lock:
            self.outcomes.append(o)

    def bad(self, msg: str) -> None:
        with self.lock:
            self.violations.append(msg)


def _stream_text(body: str) -> tuple[str, bool, bool]:
    """(assembled text, ended with [DONE], last event was an error) of an OpenAI SSE body."""
    text, done, error = "", False, False
    for line in body.splitlines():
        if not line.startswith("data: "):
            continue
        data = line[6:]
        if data == "[DONE]":
            done = True
            continue
        ev = json.loads(data)
        error = "error" in ev
        for c in ev.get("choices") or ():
            text += (c.get("delta") or {}).get("content") or ""
    return text, done, error


def _ops(gw: GatewayProcess, key: str, limited: str, tally: Tally) -> list[Callable[[httpx.Client, int], None]]:
    h = {"authorization": f"Bearer {key}"}

    def record(fd: str, what: str, r: httpx.Response, sent: float = 0.0) -> None:
        tally.add(Outcome(fd, what, r.status_code, r.headers.get("x-bastion-trace-id"), time.time(), sent))

    def llm_stream(c: httpx.Client, i: int) -> None:
        prompt = f"chaos stream {i}"
        body = {"model": "main", "messages": [{"role": "user", "content": prompt}], "stream": True}
        with c.stream("POST", gw.url + "/v1/chat/completions", json=body, headers=h) as r:
            raw = r.read().decode()
        record("llm", "stream", r)
        if r.status_code != 200:
            return
        text, done, error = _stream_text(raw)
        if done and text != f"echo: {prompt}":
            tally.bad(f"stream relayed as complete but cut: {text!r}")
        if not done and not error:
            tally.bad(f"stream ended with neither [DONE] nor an error event: {raw[-200:]!r}")
        if done and error:
            tally.bad("stream has an error event and [DONE]")

    def llm_plain(c: httpx.Client, i: int) -> None:
        body = {"model": "main", "messages": [{"role": "user", "content": f"chaos plain {i}"}]}
        record("llm", "plain", c.post(gw.url + "/v1/chat/completions", json=body, headers=h))

    def mcp_call(c: httpx.Client, i: int) -> None:
        body = {
            "jsonrpc": "2.0",
            "id": i,
            "method": "tools/call",
            "params": {
                "name": "fx__echo",
                "arguments": {"text": f"m{i}"},
                "_meta": {
                    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": {},
                },
            },
        }
        headers = {
            **h,
            "Accept": "application/json, text/event-stream",
            "MCP-Protocol-Version": "2026-07-28",
            "Mcp-Method": "tools/call",
            "Mcp-Name": "fx__echo",
        }
        record("mcp", "call", c.post(gw.url + "/mcp", json=body, headers=headers))

    def a2a_call(c: httpx.Client, i: int) -> None:
        body = {
            "jsonrpc": "2.0",
            "id": i,
            "method": "SendMessage",
            "params": {"message": {"messageId": f"c{i}", "role": "ROLE_USER", "parts": [{"text": f"quick {i}"}]}},
        }
        record("a2a", "call", c.post(gw.url + "/a2a/echo", json=body, headers={**h, "A2A-Version": "1.0"}))

    def refused(c: httpx.Client, i: int) -> None:
        bad = {"authorization": "Bearer bst_not_a_key"}
        fd = ("llm", "mcp", "a2a")[i % 3]
        if fd == "llm":
            r = c.post(gw.url + "/v1/chat/completions", json={}, headers=bad)
        elif fd == "mcp":
            r = c.post(gw.url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=bad)
        else:
            r = c.post(gw.url + "/a2a/echo", json={"jsonrpc": "2.0", "id": 1, "method": "GetTask"}, headers=bad)
            # JSON-RPC bindings answer errors with HTTP 200 and an error object.
            if r.status_code == 200 and "error" in r.json():
                tally.add(Outcome(fd, "unauthenticated", 401, r.headers.get("x-bastion-trace-id"), time.time()))
                return
        record(fd, "unauthenticated", r)

    def limited_call(c: httpx.Client, i: int) -> None:
        sent = time.time()
        r = c.get(gw.url + "/whoami", headers={"authorization": f"Bearer {limited}"})
        record("gateway", "limited", r, sent)

    return [llm_stream, llm_plain, mcp_call, a2a_call, llm_stream, refused, limited_call, mcp_call]


def _overfull_minutes(spans: list[tuple[float, float]], cap: int) -> list[int]:
    """Clock minutes that must have admitted more than ``cap`` calls, given for each admitted
    call when it was sent and when its answer came: the gateway counted it in the minute it
    arrived, some minute in between. A call sent at :59.9 and answered at :00.1 may belong to
    either, so counting by one end alone would blame the wrong minute. Earliest-deadline-first
    places every call in its latest possible minute only when the earlier ones are full, which
    finds a placement within ``cap`` whenever there is one."""
    calls = sorted((int(s // 60), int(e // 60)) for s, e in spans)
    over: list[int] = []
    waiting: list[int] = []  # latest possible minute of each call not placed yet (a heap)
    i = 0
    minute = calls[0][0] if calls else 0
    while i < len(calls) or waiting:
        if not waiting:
            minute = max(minute, calls[i][0])
        while i < len(calls) and calls[i][0] <= minute:
            heapq.heappush(waiting, calls[i][1])
            i += 1
        for _ in range(cap):
            if not waiting:
                break
            heapq.heappop(waiting)
        if waiting and waiting[0] <= minute:
            over.append(minute)
            while waiting and waiting[0] <= minute:
                heapq.heappop(waiting)
        minute += 1
    return over


def _burst(ops: list[Callable[[httpx.Client, int], None]], seconds: float, tally: Tally) -> None:
    stop = time.monotonic() + seconds
    counter = iter(range(10**9))
    lock = threading.Lock()

    def worker(w: int) -> None:
        with httpx.Client(timeout=30) as c:
            while time.monotonic() < stop:
                with lock:
                    i = next(counter)
                try:
                    ops[(i + w) % len(ops)](c, i)
                except httpx.HTTPError:
                    pass  # not answered (upstream of the test torn down, gateway busy): not counted

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(CONCURRENCY)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)


def _chaos(gw: GatewayProcess, redis: RedisServer, fake: FakeLLMProcess, log: list[str]) -> None:
    def at(t0: float, s: float) -> None:
        time.sleep(max(0.0, t0 + s - time.monotonic()))

    t0 = time.monotonic()
    at(t0, 3)
    with gw.admin() as a:
        pid = a.get("/admin/mcp/servers/fx").json()["pid"]
    os.kill(pid, signal.SIGKILL)
    log.append(f"stdio server {pid} killed")
    at(t0, 7)
    redis.stop()
    log.append("redis killed")
    at(t0, 13)
    redis.start()
    log.append("redis back")
    at(t0, 16)
    # Slow the next streams down so the kill lands in the middle of some.
    FakeControl(fake.url).script(*({"chunk_delay": 0.05} for _ in range(400)))
    at(t0, 18)
    fake.kill()
    log.append("LLM upstream killed mid-stream")
    at(t0, 21)
    fake.start()
    log.append("LLM upstream back")


def test_chaos_every_answer_audited_limits_hold_streams_honest(tmp_path: Path) -> None:
    redis = RedisServer(tmp_path).start()
    fake = FakeLLMProcess().start()
    agents = AgentsProcess().start()
    gw: GatewayProcess | None = None
    try:
        config: dict[str, Any] = {
            "cache": {"url": redis.url},
            "server": {"log_level": "warning"},
            # Every refusal must get its own record here: lift the bound on refusal records (a
            # flood beyond it is counted in a summary instead; test_one_path_e2e tests that).
            "audit": {"refusals_per_s": 100000, "refusal_burst": 100000},
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up", "timeout_s": 10}},
                "aliases": {"main": ["oa/gpt-x"]},
            },
            "mcp": {"servers": {"fx": {"command": sys.executable, "args": [FIXTURE]}}},
            "a2a": {"agents": {"echo": {"url": f"{agents.url}/echo"}}, "allow_private_urls": True},
        }
        (tmp_path / "gw").mkdir()
        gw = GatewayProcess(tmp_path / "gw", config)
        gw.start(timeout=180)
        key = gw.create_key("chaos")
        limited = gw.create_key("limited", rpm_limit=RPM)
        tally = Tally()
        ops = _ops(gw, key, limited, tally)
        assert gw.proc is not None
        _burst(ops, 6, tally)  # warm-up: every path once under load
        time.sleep(2)
        rss_start = rss_mb(gw.proc.pid)
        log: list[str] = []
        chaos = threading.Thread(target=_chaos, args=(gw, redis, fake, log))
        chaos.start()
        _burst(ops, 30, tally)
        chaos.join(60)
        assert len(log) == 5, log
        time.sleep(3)
        rss_end = rss_mb(gw.proc.pid)
        assert gw.stop(timeout=120) == 0
    finally:
        if gw is not None:
            gw.kill()
        agents.stop()
        fake.kill()
        redis.stop()

    outcomes = tally.outcomes
    assert not tally.violations, tally.violations[:5]
    by_kind = {(o.front_door, o.what, o.status) for o in outcomes}
    # The mix really ran: successes on every front door, refusals on every front door.
    for fd, what in (("llm", "stream"), ("llm", "plain"), ("mcp", "call"), ("a2a", "call")):
        assert (fd, what, 200) in by_kind, (fd, what, sorted(by_kind))
    for fd in ("llm", "mcp", "a2a"):
        assert (fd, "unauthenticated", 401) in by_kind
    # Every answered call has exactly one audit record (trace ids are unique in the table).
    con = sqlite3.connect(tmp_path / "gw" / "data" / "bastion.db")
    try:
        stored = {r[0] for r in con.execute("SELECT trace_id FROM traces")}
    finally:
        con.close()
    answered = [o for o in outcomes if o.trace_id]
    missing = Counter(
        (o.front_door, o.what, o.status)
        for o in answered
        if o.trace_id not in stored and (o.front_door, o.what, o.status) not in NOT_YET_AUDITED
    )
    assert not missing, f"answered calls without an audit record, by kind: {dict(missing)} (of {len(answered)})"
    assert len({o.trace_id for o in answered}) == len(answered)
    # The limited key: never more answers in a clock minute than its limit, Redis outage or not.
    admitted = [(o.sent, o.at) for o in outcomes if o.what == "limited" and o.status == 200]
    per_minute = Counter(int(at // 60) for _, at in admitted)
    assert admitted and not _overfull_minutes(admitted, RPM), (_overfull_minutes(admitted, RPM), per_minute)
    assert any(o.what == "limited" and o.status == 429 for o in outcomes)
    # Memory back within 10% of where it was after the warm-up.
    assert rss_end <= rss_start * 1.10, (rss_start, rss_end)

"""The examples in examples/agents, run for real: a client asks the concierge agent through the
gateway, the concierge delegates to the time agent through the gateway's A2A routing, and the
time agent calls an MCP tool through the gateway's /mcp endpoint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.a2a.conftest import ROOT, Env
from tests.gateway_process import free_port


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"example agent exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@pytest.fixture
def example_agents(env: Env) -> Iterator[tuple[str, str]]:
    key = env.gw.create_key("example-agents")
    child_env = {**os.environ, "BASTION_URL": env.gw.url, "BASTION_KEY": key}
    ports = free_port(), free_port()
    procs = [
        subprocess.Popen(
            [sys.executable, "examples/agents/time_agent/agent.py", "--port", str(ports[0])], cwd=ROOT, env=child_env
        ),
        subprocess.Popen(
            [
                sys.executable,
                "examples/agents/concierge_agent/agent.py",
                "--port",
                str(ports[1]),
                "--delegate",
                "ex-time",
            ],
            cwd=ROOT,
            env=child_env,
        ),
    ]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(f"http://127.0.0.1:{port}/.well-known/agent-card.json", proc)
        yield f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[1]}"
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(10)


def test_concierge_delegates_to_time_agent_which_uses_mcp_tools(env: Env, example_agents: tuple[str, str]) -> None:
    time_url, concierge_url = example_agents
    with env.gw.admin() as admin:
        for name, url in (("ex-time", time_url), ("ex-concierge", concierge_url)):
            r = admin.post("/admin/a2a/agents", json={"name": name, "url": url})
            assert r.status_code == 201, r.text
    try:
        out = subprocess.run(
            [sys.executable, "examples/agents/ask.py", "ex-concierge", "what time is it in Tokyo?"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "BASTION_URL": env.gw.url, "BASTION_KEY": env.alice},
        )
        assert out.returncode == 0, out.stderr[-3000:]
        assert "ex-time says:" in out.stdout and "Asia/Tokyo" in out.stdout
        assert "time__get_current_time" in out.stdout
        assert out.stdout.strip().endswith("[TASK_STATE_COMPLETED]")
        # Each hop is on the audit trail: alice -> concierge, the agents' key -> time agent and the tool.
        with env.gw.admin() as admin:
            seen = set()
            for _ in range(50):
                traces = admin.get("/admin/traces", params={"limit": 60}).json()["items"]
                seen = {(t["front_door"], t["target"], t["user_id"]) for t in traces if t["status"] == "ok"}
                if {
                    ("a2a", "ex-concierge", "alice"),
                    ("a2a", "ex-time", "example-agents"),
                    ("mcp", "time__get_current_time", "example-agents"),
                } <= seen:
                    break
                time.sleep(0.2)
            assert ("a2a", "ex-concierge", "alice") in seen
            assert ("a2a", "ex-time", "example-agents") in seen
            assert ("mcp", "time__get_current_time", "example-agents") in seen
    finally:
        with env.gw.admin() as admin:
            admin.delete("/admin/a2a/agents/ex-time")
            admin.delete("/admin/a2a/agents/ex-concierge")

"""Fixtures: one process of real a2a-sdk agents, and one real gateway in front of them."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.gateway_process import GatewayProcess, free_port, start_gateway

ROOT = Path(__file__).resolve().parents[2]


class AgentsProcess:
    """``python -m tests.a2a.agents PORT`` as a child process (killed at teardown)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> AgentsProcess:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.a2a.agents", str(self.port)], cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"test agents exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("test agents did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture(scope="session")
def agents() -> Iterator[AgentsProcess]:
    a = AgentsProcess()
    try:
        yield a.start()
    finally:
        a.stop()


@dataclass
class Env:
    gw: GatewayProcess
    agents: AgentsProcess
    alice: str
    bob: str
    carol: str

    def headers(self, key: str, version: str | None = "1.0") -> dict[str, str]:
        h = {"authorization": f"Bearer {key}"}
        if version:
            h["A2A-Version"] = version
        return h


def gateway_config(agents_url: str, **a2a: Any) -> dict[str, Any]:
    return {
        # The semantic cache would load the embedding model at start-up; these tests do not use it.
        "semcache": {"enabled": False},
        # For the examples: the time agent calls this server's tools through the gateway's /mcp.
        "mcp": {"servers": {"time": {"command": str(Path(sys.executable).parent / "mcp-server-time")}}},
        "policy": {
            "policies": [
                {
                    "name": "a2a-guard",
                    "directions": ["agent_message", "agent_artifact"],
                    "rules": [
                        {
                            "name": "no-plans",
                            "detector": {"type": "keywords", "keywords": ["forbidden-plan"]},
                            "action": "block",
                            "message": "plans stay inside",
                            "directions": ["agent_message"],
                        },
                        {
                            "name": "codes",
                            "detector": {"type": "regex", "pattern": "SECRET-[0-9]+", "max_len": 16},
                            "action": "redact",
                            "directions": ["agent_artifact"],
                        },
                        {
                            "name": "no-meltdowns",
                            "detector": {"type": "keywords", "keywords": ["meltdown"]},
                            "action": "block",
                            "message": "no meltdowns",
                            "directions": ["agent_artifact"],
                        },
                    ],
                }
            ]
        },
        "a2a": {
            "agents": {
                "echo": {"url": f"{agents_url}/echo", "credentials": {"bearer_token": "upstream-secret"}},
                "legacy": {"url": f"{agents_url}/legacy", "allowed_groups": ["research"]},
                "slow": {"url": f"{agents_url}/slow", "timeout_s": 1.5},
            },
            "push": {"ssrf": {"allow_loopback": True}},
            "allow_private_urls": True,  # the test agents run on loopback
            **a2a,
        },
    }


@pytest.fixture(scope="session")
def env(agents: AgentsProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    with start_gateway(tmp_path_factory.mktemp("a2a-gw"), gateway_config(agents.url)) as gw:
        yield Env(
            gw,
            agents,
            alice=gw.create_key("alice", user={"groups": ["research"]}),
            bob=gw.create_key("bob"),
            carol=gw.create_key("carol", agents=["echo"]),
        )

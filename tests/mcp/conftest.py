"""Fixtures for the MCP front door tests: upstream servers (ours, mcp-server-time in both eras,
server-everything from npm), a hub running in the test's event loop, a gateway process."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.pins import DefinitionChange, PinStore
from bastion.mcp_bridge.settings import McpSettings

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
FIXTURE = str(Path(__file__).parent / "servers" / "fixture_server.py")
NODE_BIN = ROOT / "node_modules" / ".bin"
LEGACY_VENV = ROOT / ".venv-legacy"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fixture_server(*extra: str) -> dict[str, Any]:
    return {"command": PY, "args": [FIXTURE, *extra]}


@pytest.fixture(scope="session")
def legacy_python() -> str:
    """A venv with ``mcp<2`` and ``mcp-server-time==2025.9.25`` (a legacy-era server), cached
    under ``.venv-legacy/`` in the repository (git-ignored)."""
    py = LEGACY_VENV / "bin" / "python"
    marker = LEGACY_VENV / ".ready"
    if not marker.exists():
        uv = shutil.which("uv") or str(Path(sys.executable).parent / "uv")
        subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(LEGACY_VENV)], check=True)
        subprocess.run(
            [uv, "pip", "install", "-q", "--python", str(py), "mcp<2", "mcp-server-time==2025.9.25"], check=True
        )
        marker.write_text("ok\n")
    return str(py)


@pytest.fixture(scope="session")
def everything_cmd() -> list[str]:
    exe = NODE_BIN / "mcp-server-everything"
    assert exe.exists(), "run `npm install` in the repository (package.json lists server-everything)"
    return [str(exe)]


@contextlib.contextmanager
def http_process(
    argv: list[str], port: int, path: str = "/mcp", env: dict[str, str] | None = None, timeout: float = 60
) -> Iterator[str]:
    """Start an HTTP MCP server process; yield its URL; kill it at the end."""
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited with {proc.returncode}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"{argv} did not listen on {port}")
        yield f"http://127.0.0.1:{port}{path}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, 15)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(5)


@pytest.fixture
def fixture_http() -> Iterator[str]:
    port = free_port()
    with http_process([PY, FIXTURE, "--http", str(port)], port) as url:
        yield url


class HubHarness:
    def __init__(self, hub: Hub, changes: list[DefinitionChange]) -> None:
        self.hub = hub
        self.changes = changes

    def up(self, name: str) -> Any:
        return self.hub.upstreams[name]

    async def ready(self, name: str, timeout: float = 60) -> Any:
        up = self.hub.upstreams[name]
        with anyio.fail_after(timeout):
            while up.status != "ready":
                await anyio.sleep(0.05)
        return up

    async def until(self, pred: Any, timeout: float = 60) -> None:
        with anyio.fail_after(timeout):
            while not pred():
                await anyio.sleep(0.05)


@contextlib.asynccontextmanager
async def running_hub(servers: dict[str, Any], **settings: Any) -> AsyncIterator[HubHarness]:
    """A hub with ``servers`` (name -> server config) running in this event loop."""
    s = McpSettings.model_validate({"servers": servers, "backoff_initial_s": 0.2, "backoff_max_s": 1.0, **settings})
    changes: list[DefinitionChange] = []

    async def on_change(ch: DefinitionChange) -> None:
        changes.append(ch)

    hub = Hub(s, PinStore(s.pin_policy, None, on_change))
    hub.add_configs(list(s.servers.values()))
    async with anyio.create_task_group() as tg:
        await tg.start(hub.run)
        try:
            yield HubHarness(hub, changes)
        finally:
            await hub.stop()
            tg.cancel_scope.cancel()

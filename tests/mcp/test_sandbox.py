"""Stdio servers in a sandbox: a hostile server tries each escape through a real gateway, and
the gateway and the other servers keep serving.

The hostile server (``servers/hostile_server.py``) is standard-library Python run by the system's
``/usr/bin/python3``, copied into a world-readable folder: an unprivileged sandbox user can run
it wherever the checkout lives. The tests run as root (as CI does), so the per-server users are
exercised for real.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from bastion.mcp_bridge.sandbox import UID_BASE, UID_RANGE, SandboxSettings, reachable_by_others
from tests.gateway_process import GatewayProcess, start_gateway
from tests.mcp.conftest import PY

pytestmark = pytest.mark.anyio
HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"
SYSTEM_PY = "/usr/bin/python3"
LIMITS = {"memory_mb": 256, "processes": 16, "open_files": 64}


@contextlib.contextmanager
def open_folder(under: str, prefix: str) -> Iterator[str]:
    """A fresh folder under ``under`` that every user may enter (a sandbox user runs what is in
    it; pytest's own folders are 0700), removed afterwards."""
    folder = tempfile.mkdtemp(prefix=prefix, dir=under)
    try:
        os.chmod(folder, 0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def hostile_copy(under: str, prefix: str, name: str, mode: int) -> Iterator[str]:
    """The hostile server copied as ``name`` (permissions ``mode``) into an :func:`open_folder`."""
    with open_folder(under, prefix) as folder:
        script = os.path.join(folder, name)
        shutil.copy(HOSTILE, script)
        os.chmod(script, mode)
        yield script


@pytest.fixture(scope="module")
def hostile_script() -> Iterator[str]:
    # Not under /tmp: every sandbox gets a private /tmp of its own.
    with hostile_copy("/var/tmp", "bastion-hostile-", "hostile_server.py", 0o644) as script:
        yield script


@pytest.fixture(scope="module")
def tmp_command() -> Iterator[str]:
    # A command the gateway sees under /tmp, which the sandbox (a private /tmp) does not.
    with hostile_copy("/tmp", "bastion-tmpcmd-", "server", 0o755) as script:
        yield script


def hostile_server(script: str, **sandbox: Any) -> dict[str, Any]:
    """A server entry running ``script`` (the hostile server) with the system's Python, in a
    sandbox with the options ``sandbox``."""
    return {"command": SYSTEM_PY, "args": [script], "sandbox": sandbox}


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, hostile_script: str, tmp_command: str) -> Iterator[GatewayProcess]:
    assert os.geteuid() == 0, "these tests check the per-server users, which need root (CI runs as root)"
    assert reachable_by_others(SYSTEM_PY), f"{SYSTEM_PY} must be executable by others"
    config = {
        "mcp": {
            "servers": {
                # bubblewrap, its own user, no network, tight limits and a 2 s CPU budget
                "jail": {
                    **hostile_server(hostile_script, **LIMITS, network=False, cpu_seconds=2),
                    "call_timeout_s": 20,
                },
                # the same without bubblewrap: limits, user and home only
                "plain": hostile_server(hostile_script, **LIMITS, mode="plain"),
                # network isolation cannot be had without bubblewrap: refused, not run open
                "nonet": hostile_server(hostile_script, mode="plain", network=False),
                # a command that does not exist (a typo, uvx not installed)
                "missing": {"command": "bastion-no-such-mcp-server", "args": ["--stdio"]},
                # a command the gateway has but the sandbox cannot see (under the host's /tmp)
                "hidden": {"command": tmp_command, "sandbox": {"mode": "bubblewrap"}},
                # a well-behaved server beside them (the shipped defaults)
                "time": {"command": PY, "args": ["-m", "mcp_server_time", "--local-timezone", "UTC"]},
            },
            "backoff_initial_s": 0.2,
            "backoff_max_s": 1.0,
            "startup_wait_s": 20,
        }
    }
    with start_gateway(tmp_path_factory.mktemp("sandboxgw"), config, timeout=120) as g:
        deadline = time.monotonic() + 60
        while not all(server(g, n)["status"] == "ready" for n in ("jail", "plain", "time")):
            assert time.monotonic() < deadline, [server(g, n) for n in ("jail", "plain", "time")]
            time.sleep(0.2)
        yield g


@contextlib.asynccontextmanager
async def client(gw: GatewayProcess) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {gw.admin_key}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(gw.url + "/mcp", http_client=http), cache=None) as c:
            yield c


async def tool(gw: GatewayProcess, name: str, **args: Any) -> tuple[str, bool]:
    async with client(gw) as c:
        result = await c.call_tool(name, args)
    text = result.content[0].text if result.content else ""  # type: ignore[union-attr]
    return text, bool(result.is_error)


def server(gw: GatewayProcess, name: str) -> dict[str, Any]:
    r = httpx.get(f"{gw.url}/admin/mcp/servers/{name}", headers={"Authorization": f"Bearer {gw.admin_key}"})
    r.raise_for_status()
    return r.json()


async def test_each_server_runs_as_its_own_unprivileged_user_in_its_home(gw: GatewayProcess) -> None:
    jail = json.loads((await tool(gw, "jail__whoami"))[0])
    plain = json.loads((await tool(gw, "plain__whoami"))[0])
    for who in (jail, plain):
        assert UID_BASE <= who["uid"] < UID_BASE + UID_RANGE and who["gid"] == who["uid"]
        assert who["groups"] == [] or who["groups"] == [who["gid"]]
        assert who["no_new_privs"] == "1"
        assert who["rlimit_data"] == 256 * 1024 * 1024
        assert who["rlimit_nofile"] == 64 and who["rlimit_nproc"] == 16
        # the gateway's secrets (its environment) never reach a server
        assert "BASTION_ADMIN_KEY" not in who["env"]
    assert jail["uid"] != plain["uid"]
    assert jail["rlimit_cpu"] == 2
    assert jail["home"] == jail["cwd"] == "/home/mcp" and jail["tmpdir"] == "/tmp"
    data = str((gw.workdir / "data").resolve())
    assert plain["home"] == plain["cwd"] == f"{data}/mcp-servers/plain"
    assert server(gw, "jail")["isolation"].startswith("bubblewrap (no network, own user")
    assert server(gw, "plain")["isolation"].startswith("plain")


async def test_the_file_system_is_read_only_and_the_gateway_data_hidden(gw: GatewayProcess, tmp_path: Path) -> None:
    data = (gw.workdir / "data").resolve()
    assert (data / "bastion.db").exists()
    # bubblewrap: a read-only root, the data directory an empty folder, a private /tmp
    assert (await tool(gw, "jail__write_file", path="/etc/bastion-owned"))[0].startswith("refused")
    assert not Path("/etc/bastion-owned").exists()
    assert (await tool(gw, "jail__list_dir", path=str(data))) == ("[]", False)
    text, _ = await tool(gw, "jail__read_file", path=str(gw.config_path))
    assert text.startswith("refused")
    assert await tool(gw, "jail__write_file", path="/tmp/jail-was-here") == ("written", False)
    assert not Path("/tmp/jail-was-here").exists()
    assert await tool(gw, "jail__write_file", path="/home/mcp/note") == ("written", False)
    assert (data / "mcp-servers" / "jail" / "note").read_text() == "owned"
    # plain: no mount namespace, but an unprivileged user cannot write where root can
    assert (await tool(gw, "plain__write_file", path="/etc/bastion-owned"))[0].startswith("refused")
    assert (await tool(gw, "plain__read_file", path=str(data / "bastion.db")))[0].startswith("refused")


async def test_no_network_means_not_even_the_gateway(gw: GatewayProcess) -> None:
    text, is_error = await tool(gw, "jail__connect", port=gw.port)
    assert is_error and ("Network is unreachable" in text or "Connection refused" in text), text
    # the plain sandbox keeps the network (the default): the same call connects
    assert await tool(gw, "plain__connect", port=gw.port) == ("connected", False)
    # network: false without bubblewrap is refused, never run without the isolation asked for
    nonet = server(gw, "nonet")
    assert nonet["status"] != "ready"
    assert "needs bubblewrap" in (nonet["last_error"] or "")


async def test_memory_processes_and_files_are_limited(gw: GatewayProcess) -> None:
    for prefix in ("jail", "plain"):
        text, is_error = await tool(gw, f"{prefix}__alloc", mb=1024)
        assert is_error and "MemoryError" in text, text
        assert await tool(gw, f"{prefix}__alloc", mb=8) == ("allocated 8 MiB", False)
        text, _ = await tool(gw, f"{prefix}__fork", n=64)
        assert "refused" in text and int(text.split()[1].rstrip(";")) < 16, text
        text, _ = await tool(gw, f"{prefix}__open_files", n=500)
        assert "refused" in text and int(text.split()[1].rstrip(";")) < 64, text
    # after all that, the servers still answer
    assert json.loads((await tool(gw, "jail__whoami"))[0])["uid"] >= UID_BASE


async def test_a_server_over_its_cpu_time_is_stopped_and_restarted_while_others_serve(gw: GatewayProcess) -> None:
    before = json.loads((await tool(gw, "jail__whoami"))[0])["pid"]
    restarts = server(gw, "jail")["restarts"]

    async def burn() -> None:
        async with client(gw) as c:
            with contextlib.suppress(Exception):
                result = await c.call_tool("jail__burn", {})
                assert result.is_error  # never a normal answer: the process is killed mid-call

    async with anyio.create_task_group() as tg:
        tg.start_soon(burn)
        # the other server and the gateway keep serving while the jail burns its CPU
        for _ in range(3):
            text, is_error = await tool(gw, "time__get_current_time", timezone="UTC")
            assert not is_error and "UTC" in text
            await anyio.sleep(0.3)
    with anyio.fail_after(60):
        while True:
            info = server(gw, "jail")
            if info["restarts"] > restarts and info["status"] == "ready":
                break
            await anyio.sleep(0.2)
    assert any("SIGXCPU" in line or "exited" in line for line in [info["last_error"] or "", "exited"])
    after = json.loads((await tool(gw, "jail__whoami"))[0])["pid"]
    assert after != before or info["restarts"] > restarts


def test_per_server_options_override_only_what_they_set() -> None:
    base = SandboxSettings(memory_mb=512, network=False)
    merged = base.for_server(SandboxSettings.model_validate({"cpu_seconds": 5}))
    assert (merged.memory_mb, merged.network, merged.cpu_seconds) == (512, False, 5)
    assert base.for_server(None) is base
    with pytest.raises(ValueError):
        SandboxSettings.model_validate({"mode": "docker"})


def test_a_script_is_reachable_only_if_its_interpreter_is(tmp_path: Path) -> None:
    with open_folder("/var/tmp", "bastion-reach-") as where:
        folder = Path(where)
        closed = tmp_path / "closed"  # pytest's own folders are 0700
        closed.mkdir(mode=0o700)
        interpreter = closed / "python"
        interpreter.symlink_to(SYSTEM_PY)
        for name, shebang, expected in [
            ("system", f"#!{SYSTEM_PY}", True),
            ("env", "#!/usr/bin/env -S sh -e", True),
            ("closed", f"#!{interpreter}", False),
        ]:
            script = folder / name
            script.write_text(f"{shebang}\nprint('hi')\n")
            script.chmod(0o755)
            assert reachable_by_others(str(script)) is expected, name
        os.chmod(tmp_path, 0o700)
        assert not reachable_by_others(str(interpreter))


def settled_error(gw: GatewayProcess, name: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while not (info := server(gw, name))["last_error"]:
        assert time.monotonic() < deadline, info
        time.sleep(0.2)
    return info


async def test_a_missing_command_is_reported_as_not_found_and_the_others_serve(gw: GatewayProcess) -> None:
    info = settled_error(gw, "missing")
    assert info["status"] != "ready"
    error = info["last_error"]
    assert "'bastion-no-such-mcp-server' not found on the server's PATH (" in error, error
    assert "/usr/bin" in error, error  # the PATH it looked on
    # Not a permissions hunt: the sandbox never blames reachability for a command that is not there.
    assert not [line for line in gw.logs().splitlines() if "not reachable" in line and "no-such-mcp" in line]
    # An MCP client calling a tool of it gets a JSON-RPC error (its tools were never listed);
    # the gateway keeps serving the others.
    with pytest.raises(ExceptionGroup) as refused:
        await tool(gw, "missing__anything")
    assert refused.group_contains(MCPError, match="Unknown tool: missing__anything", depth=None)
    assert json.loads((await tool(gw, "jail__whoami"))[0])["uid"] != 0


async def test_a_command_the_sandbox_cannot_see_is_reported_as_not_found_inside_it(gw: GatewayProcess) -> None:
    error = settled_error(gw, "hidden")["last_error"]
    assert "bastion sandbox: command" in error, error
    assert "not found inside the sandbox (its /tmp and /home are private)" in error, error


def test_the_sandbox_works_when_bastion_itself_lives_under_tmp() -> None:
    """A checkout under /tmp: each sandbox's private /tmp must not hide the launcher."""
    repo = Path(__file__).resolve().parents[2]
    with open_folder("/tmp", "bastion-checkout-") as folder:
        shutil.copytree(repo / "bastion", Path(folder) / "bastion", ignore=shutil.ignore_patterns("__pycache__"))
        script = (
            "import json, subprocess, sys\n"
            "from bastion.mcp_bridge import sandbox\n"
            "assert sandbox.LAUNCHER.startswith(sys.argv[1]), sandbox.LAUNCHER\n"
            "s = sandbox.Sandbox('t', sandbox.SandboxSettings(mode='bubblewrap', state_dir=sys.argv[1] + '/state'))\n"
            "cmd = ['/usr/bin/python3', '-c', 'import os; print(os.getuid(), os.path.exists(\"/tmp/x\"))']\n"
            "launch = s.launch(cmd, {'PATH': '/usr/bin:/bin'}, None)\n"
            "done = subprocess.run(launch.argv, env=launch.env, capture_output=True, text=True, timeout=30)\n"
            "print(json.dumps([done.returncode, done.stdout, done.stderr]))\n"
        )
        env = {**os.environ, "PYTHONPATH": folder}
        out = subprocess.run(
            [PY, "-c", script, folder], env=env, capture_output=True, text=True, timeout=60, cwd=folder
        )
        assert out.returncode == 0, out.stderr
        code, stdout, stderr = json.loads(out.stdout.strip().splitlines()[-1])
        assert code == 0, stderr
        uid, _ = stdout.split()
        assert int(uid) >= UID_BASE, stdout  # it ran, as its own user, inside the sandbox

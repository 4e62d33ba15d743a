"""Stdio MCP servers in a sandbox: resource limits, no privilege gain, their own user, files
and (optionally) network.

Peers run each stdio server in a container. Without a container engine, each server started
by the gateway gets, per settings (``mcp.sandbox``, overridable per server):

* resource limits (``setrlimit``): address space, CPU time, open files, processes, file size;
* ``no_new_privs`` (no set-uid or file-capability escalation);
* its own unprivileged user when the gateway runs as root, and its own home directory under
  the gateway's data directory, which is also its working directory unless ``cwd`` is set;
* with Debian's ``bubblewrap`` (``mode: auto`` uses it where it is installed and works): a
  read-only view of the file system, a private ``/tmp`` and ``/home``, the gateway's data
  directory hidden, writable only its home and ``writable_paths``, its own PID namespace, and
  (``network: false``) a network namespace with nothing but its own loopback.

:class:`Sandbox` turns a server's command into the launcher's command line
(``sandbox_exec.py`` does the work in the child, see there); ``stdio.py`` starts that instead.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

logger = logging.getLogger("bastion.mcp.sandbox")

LAUNCHER = str(Path(__file__).with_name("sandbox_exec.py"))
#: Where a server's home directory appears inside a bubblewrap sandbox.
SANDBOX_HOME = "/home/mcp"
#: Per-server users are taken from this range (uid = gid), far above ordinary accounts.
UID_BASE = 600_000
UID_RANGE = 100_000


class SandboxSettings(BaseModel):
    """``mcp.sandbox`` (defaults for every stdio server) and ``mcp.servers.<name>.sandbox``
    (only the options given there override the defaults for that server)."""

    model_config = ConfigDict(extra="forbid")
    #: "auto": bubblewrap where installed and working, else "plain" (logged once at start).
    #: "bubblewrap": required; a server is not started without it. "plain": limits, user and
    #: home only (no file system or network isolation). "off": a plain child process.
    mode: Literal["auto", "bubblewrap", "plain", "off"] = "auto"
    #: Writable private memory (RLIMIT_DATA: heap and anonymous mappings) in MiB: a server that
    #: leaks or is fed a huge input fails its allocations instead of taking the gateway's
    #: memory. Not the address space (RLIMIT_AS): Node reserves over 10 GiB of it for
    #: WebAssembly (its own fetch uses it) and cannot start under any sane address-space cap.
    memory_mb: int | None = Field(default=4096, ge=64)
    #: CPU seconds (RLIMIT_CPU) over the process's life: a server spinning forever is killed
    #: (SIGXCPU, then SIGKILL) and restarted by the supervisor. None: no limit.
    cpu_seconds: int | None = Field(default=None, ge=1)
    #: Open files and sockets (RLIMIT_NOFILE).
    open_files: int | None = Field(default=1024, ge=16)
    #: Processes and threads of the server's user (RLIMIT_NPROC): stops fork bombs. Counted
    #: per user, so it binds per server only when each server has its own user (gateway as root).
    processes: int | None = Field(default=256, ge=4)
    #: Largest file the server may write (RLIMIT_FSIZE), MiB.
    file_size_mb: int | None = Field(default=1024, ge=1)
    #: False: the server gets a network namespace of its own with only loopback (bubblewrap),
    #: so it can reach neither the network nor the gateway's ports. npx/uvx servers fetch their
    #: package at first start, hence the default True.
    network: bool = True
    #: Host paths the server may write to (bound at the same path), besides its home and /tmp.
    writable_paths: list[str] = Field(default_factory=list)
    #: Host paths hidden from the server (an empty directory in their place); the gateway's
    #: data directory is always added (bubblewrap).
    hidden_paths: list[str] = Field(default_factory=list)
    #: "auto": when the gateway runs as root, each server runs as a user of its own (uid from its
    #: name, 600000 and up) if that user can reach the command, else as root with a warning.
    #: "gateway": the gateway's own user. A number: that uid (and gid).
    user: Literal["auto", "gateway"] | int = "auto"
    #: Size of the private /tmp (bubblewrap), MiB; it is memory-backed.
    tmp_mb: int = Field(default=256, ge=1)
    #: Where each server's home directory (``<state_dir>/<name>``) is made. Default: the
    #: ``mcp-servers`` folder of the gateway's data directory.
    state_dir: Path | None = None

    def for_server(self, override: SandboxSettings | None) -> SandboxSettings:
        """These defaults with the options set in a server's own ``sandbox`` section."""
        if override is None:
            return self
        return self.model_copy(update={k: getattr(override, k) for k in override.model_fields_set})


class SandboxUnavailable(Exception):
    """The settings ask for isolation this machine cannot give (the server is not started)."""


@dataclass(frozen=True, slots=True)
class Launch:
    """What ``stdio.py`` starts: the launcher's argv and the server's environment."""

    argv: list[str]
    env: dict[str, str]
    #: How the server is isolated, for the logs and ``bastion mcp show``.
    isolation: str


@functools.cache
def bubblewrap() -> str | None:
    """The bwrap binary if it is installed and can build a sandbox here (user namespaces may be
    disabled in a container); probed once per process."""
    path = shutil.which("bwrap")
    if path is None:
        return None
    probe = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-pid", "--unshare-net"]
    uid = _auto_uid("probe") if os.geteuid() == 0 else None
    if uid is not None:
        probe += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    launcher = [sys.executable, "-I", LAUNCHER]
    outer = json.dumps({"bwrap": {"path": path, "args": probe}})
    inner = json.dumps({"uid": uid, "gid": uid})
    try:
        done = subprocess.run(
            [*launcher, outer, "--", *launcher, inner, "--", "/bin/true"],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        logger.warning("bubblewrap found at %s but cannot run: %s", path, e)
        return None
    if done.returncode != 0:
        logger.warning("bubblewrap found at %s but cannot build a sandbox here: %s", path, done.stderr.decode()[-300:])
        return None
    return path


def _launcher_paths() -> list[str]:
    """What the launcher needs inside a bubblewrap sandbox: its own file and the Python
    installation(s) running it (a venv and its base interpreter), where they lie under a folder
    the sandbox makes private (``/tmp``, ``/home``); elsewhere the read-only root shows them."""
    private = ("/tmp/", "/home/")
    wanted = [LAUNCHER, sys.prefix, sys.base_prefix, os.path.dirname(os.path.realpath(sys.executable))]
    paths: list[str] = []
    for path in wanted:
        real = os.path.realpath(path)
        for p in dict.fromkeys([os.path.abspath(path), real]):
            if p.startswith(private) and p not in paths:
                paths.append(p)
    return paths


def _auto_uid(name: str) -> int:
    return UID_BASE + zlib.crc32(name.encode()) % UID_RANGE


def reachable_by_others(path: str, depth: int = 0) -> bool:
    """Whether a user with no relation to the file's owners can execute ``path``: every
    directory on the way traversable by others, the file executable by others, and for a
    script, its interpreter too (a venv's console script names a Python that may live in a
    home directory others cannot enter)."""
    given, real = Path(os.path.abspath(path)), Path(os.path.realpath(path))
    try:
        # The folders of the path as named (a link is followed from there) and of its target.
        folders = {*given.parents, *real.parents}
        if not real.stat().st_mode & stat.S_IXOTH or not all(p.stat().st_mode & stat.S_IXOTH for p in folders):
            return False
        with real.open("rb") as f:
            head = f.read(256)
    except OSError:
        return False
    if not head.startswith(b"#!"):
        return True
    words = head[2:].split(b"\n", 1)[0].decode(errors="replace").split()
    if words and os.path.basename(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-")]  # /usr/bin/env [-S] prog
        interpreter = shutil.which(words[0]) if words else None
    else:
        interpreter = words[0] if words else None
    return interpreter is not None and depth < 4 and reachable_by_others(interpreter, depth + 1)


class Sandbox:
    """The sandbox of one stdio server, from its resolved settings."""

    def __init__(self, name: str, settings: SandboxSettings) -> None:
        self.name = name
        self.settings = settings
        # A hub built without the gateway's data directory (tools, tests) keeps homes in a
        # folder of its own user under the system's temporary directory.
        self.state_dir = settings.state_dir or Path(tempfile.gettempdir()) / f"bastion-mcp-servers-{os.geteuid()}"
        #: The server's home: ``<state_dir>/<name>``, owned by its user.
        self.home = self.state_dir / name

    def _user(self, command: str) -> int | None:
        user = self.settings.user
        if isinstance(user, int):
            return user
        if user == "gateway" or os.geteuid() != 0:
            return None
        resolved = shutil.which(command) or command
        if not os.path.exists(resolved):
            return None  # not a permission matter: the launcher reports the command not found
        if not reachable_by_others(resolved):
            logger.warning(
                "mcp server %s runs as root: its command %s is not reachable by an unprivileged user "
                "(install it where others can execute it, or set mcp.sandbox.user)",
                self.name,
                resolved,
            )
            return None
        return _auto_uid(self.name)

    def _prepare_home(self, uid: int | None) -> None:
        self.state_dir.mkdir(mode=0o711, parents=True, exist_ok=True)
        self.home.mkdir(mode=0o700, exist_ok=True)
        (self.home / "tmp").mkdir(mode=0o700, exist_ok=True)
        if uid is not None:
            for p in (self.home, self.home / "tmp"):
                os.chown(p, uid, uid)

    def launch(self, argv: list[str], env: dict[str, str], cwd: str | None) -> Launch:
        """The command line that starts ``argv`` in this sandbox. Blocking (a probe, mkdir):
        call it from a worker thread."""
        s = self.settings
        if s.mode == "off":
            return Launch(argv, env, "none")
        bwrap = bubblewrap() if s.mode in ("auto", "bubblewrap") else None
        if s.mode == "bubblewrap" and bwrap is None:
            raise SandboxUnavailable("mcp.sandbox.mode is 'bubblewrap' but bubblewrap is not installed or cannot run")
        if bwrap is None and not s.network:
            raise SandboxUnavailable(
                "mcp.sandbox.network: false needs bubblewrap, which is not installed or cannot run"
            )
        uid = self._user(argv[0])
        self._prepare_home(uid)
        home = str(self.home)
        work = cwd or home
        env = dict(env)
        launcher = [sys.executable, "-I", LAUNCHER]
        if bwrap is None:
            # One launcher: limits, no new privileges, the server's user, its directory by
            # descriptor (its user may not be able to walk the path to it).
            spec: dict[str, object] = {
                "open": [work],
                "cwd": work,
                "rlimits": self._rlimits(),
                "no_new_privs": True,
                "uid": uid,
                "gid": uid,
            }
            env.update(HOME=home, TMPDIR=str(self.home / "tmp"))
            isolation = f"plain (limits, {'own user' if uid is not None else 'gateway user'})"
            return Launch([*launcher, json.dumps(spec), "--", *argv], env, isolation)
        # Outside: limits, then bubblewrap mounts the sandbox with the gateway's privileges (so
        # paths the server's user cannot walk can still be bound); inside: the launcher again,
        # dropping to the server's user with no new privileges before the command.
        inner_work = SANDBOX_HOME if work == home else work
        outer = {
            "rlimits": self._rlimits(),
            "no_new_privs": uid is None,
            "bwrap": {"path": bwrap, "args": self._bwrap_args(work, inner_work, uid)},
        }
        inner = {"no_new_privs": True, "uid": uid, "gid": uid, "chdir": inner_work, "sandboxed": True}
        env.update(HOME=SANDBOX_HOME, TMPDIR="/tmp")
        isolation = f"bubblewrap ({'network' if s.network else 'no network'}, {'own user' if uid is not None else 'gateway user'})"
        return Launch([*launcher, json.dumps(outer), "--", *launcher, json.dumps(inner), "--", *argv], env, isolation)

    def _rlimits(self) -> dict[str, int]:
        s = self.settings
        limits: dict[str, int | None] = {
            "DATA": s.memory_mb * 1024 * 1024 if s.memory_mb else None,
            "CPU": s.cpu_seconds,
            "NOFILE": s.open_files,
            "NPROC": s.processes,
            "FSIZE": s.file_size_mb * 1024 * 1024 if s.file_size_mb else None,
        }
        return {k: v for k, v in limits.items() if v is not None}

    def _bwrap_args(self, work: str, inner_work: str, uid: int | None) -> list[str]:
        s = self.settings
        args = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
        # /tmp as on any system (sticky, writable by all); /home empty but for the server's own.
        args += ["--perms", "1777", "--size", str(s.tmp_mb * 1024 * 1024), "--tmpfs", "/tmp", "--tmpfs", "/home"]
        # The launcher runs again inside, so it (and the Python running it) must be there
        # wherever Bastion is installed: a checkout or venv under /tmp or /home would otherwise
        # be hidden by the private folders just mounted. Read-only, at the same paths.
        for path in _launcher_paths():
            args += ["--ro-bind", path, path]
        for hidden in s.hidden_paths:
            if os.path.isdir(hidden):
                args += ["--tmpfs", hidden]
            elif os.path.exists(hidden):
                args += ["--ro-bind", "/dev/null", hidden]
        args += ["--bind", str(self.home), SANDBOX_HOME]
        if inner_work != SANDBOX_HOME:
            args += ["--bind", work, inner_work]
        for path in s.writable_paths:
            args += ["--bind", path, path]
        args += ["--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent"]
        if not s.network:
            args.append("--unshare-net")
        if os.geteuid() == 0:
            # bubblewrap runs as root here: the server keeps no capability; the launcher inside
            # needs exactly these two to become the server's user, and loses them by doing so.
            args += ["--cap-drop", "ALL"]
            if uid is not None:
                args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        return args

"""Start a real ``bastion serve`` process on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class GatewayProcess:
    """A running gateway. ``url`` is its base URL, ``admin_key`` a working admin key."""

    def __init__(
        self,
        workdir: Path,
        config: dict[str, Any],
        env: dict[str, str] | None = None,
        admin_key: str = "bst_test_admin_key_0123456789abcdef",
        command: list[str] | None = None,
    ) -> None:
        self.workdir = workdir
        #: How to launch the gateway (``bench_ab`` starts an older checkout, whose entry point differs).
        self.command = command or BASTION
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.admin_key = admin_key
        cfg = {"data_dir": str(workdir / "data"), **config}
        # Loading the embedding model costs seconds per process; tests that exercise the
        # semantic cache switch it on explicitly.
        cfg.setdefault("semcache", {"enabled": False})
        cfg.setdefault("server", {})
        cfg["server"] = {"host": "127.0.0.1", "port": self.port, **cfg["server"]}
        self.config_path = workdir / "bastion.yaml"
        self.config_path.write_text(yaml.safe_dump(cfg))
        self.env = {**os.environ, "BASTION_ADMIN_KEY": admin_key, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = workdir / "gateway.log"

    def start(self, timeout: float = 60.0) -> GatewayProcess:
        log = self._log.open("ab")
        self.proc = subprocess.Popen(
            [*self.command, "serve", "--config", str(self.config_path)],
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gateway exited with {self.proc.returncode}:\n{self.logs()[-4000:]}")
            try:
                if httpx.get(self.url + "/readyz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"gateway not ready within {timeout}s:\n{self.logs()[-4000:]}")

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM and wait (graceful shutdown); returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def logs(self) -> str:
        return self._log.read_text(errors="replace") if self._log.exists() else ""

    def admin(self) -> httpx.Client:
        """An HTTP client authenticated as admin."""
        return httpx.Client(base_url=self.url, headers={"authorization": f"Bearer {self.admin_key}"}, timeout=30)

    def create_key(self, user_id: str = "alice", **spec: Any) -> str:
        """Create a user (if needed) and a key for it; returns the key."""
        with self.admin() as c:
            c.post("/admin/users", json={"id": user_id, **spec.pop("user", {})}).raise_for_status()
            r = c.post("/admin/keys", json={"user_id": user_id, **spec})
            r.raise_for_status()
            return r.json()["key"]


@contextlib.contextmanager
def start_gateway(
    workdir: Path, config: dict[str, Any] | None = None, env: dict[str, str] | None = None, timeout: float = 60.0
) -> Iterator[GatewayProcess]:
    """Run a gateway for the duration of the ``with`` block; always stopped afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    gw = GatewayProcess(workdir, config or {}, env)
    try:
        yield gw.start(timeout)
    finally:
        try:
            gw.stop()
        except Exception:  # noqa: BLE001 - teardown must not hide the test's own failure
            gw.kill()

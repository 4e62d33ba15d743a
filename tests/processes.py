"""Helpers for the real servers tests start on loopback (Redis, Chroma, PostgreSQL, ...)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

import httpx


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if the process has not exited within ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wait_until(ready: Callable[[], bool], proc: subprocess.Popen[bytes], what: str, timeout: float = 60.0) -> None:
    """Poll ``ready`` until it is true; fail early if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"{what} exited during start-up"
        assert time.monotonic() < deadline, f"{what} did not start within {timeout:.0f} s"
        time.sleep(0.1)


def answers(url: str) -> bool:
    """Whether ``url`` answers a GET with 200 now (a readiness probe for ``wait_until``)."""
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False

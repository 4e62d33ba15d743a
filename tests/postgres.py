"""A throwaway PostgreSQL server on a free loopback port, for tests of the PostgreSQL store."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator

from tests.gateway_process import free_port
from tests.processes import stop_process


def _pg_bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    raise RuntimeError("PostgreSQL is not installed (make install-test installs it)")


def _as_db_user(args: list[str]) -> list[str]:
    # initdb refuses to run as root; the Debian package creates a 'postgres' user for that.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield an asyncpg SQLAlchemy URL of a fresh database; the server is removed afterwards."""
    bindir = _pg_bin()
    data = tempfile.mkdtemp(prefix="bastion-pg-")
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port()
    subprocess.run(
        _as_db_user([f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "bastion"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    proc = subprocess.Popen(
        _as_db_user(
            [
                f"{bindir}/postgres",
                "-D",
                data,
                "-p",
                str(port),
                "-k",
                data,
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
            ]
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            r = subprocess.run([f"{bindir}/pg_isready", "-h", "127.0.0.1", "-p", str(port)], capture_output=True)
            if r.returncode == 0:
                break
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("postgres did not start")
            time.sleep(0.2)
        subprocess.run(
            _as_db_user([f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "bastion", "bastion"]),
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield f"postgresql+asyncpg://bastion@127.0.0.1:{port}/bastion"
    finally:
        stop_process(proc, 30)
        shutil.rmtree(data, ignore_errors=True)

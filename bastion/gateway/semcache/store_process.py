"""Embedded Chroma in a child process, so its writes never hold the gateway's GIL.

Chroma 1.x's Rust bindings keep the GIL for the whole of an ``upsert``: profiled with py-spy
under ``bench/semcache.py``-style load (c=16, a new prompt on every request), the vector
store's writer thread held the GIL in 40% of all samples (~2 ms a row on the loaded box), and
the event loop waited for it. So the embedded store lives in a child process of its own
(``python -m bastion.gateway.semcache.store_process``), started by :class:`ChildCollection`,
which offers the few collection methods the index uses (``upsert``, ``get``, ``query``,
``delete``, ``count``). Calls are pickled over a pair of pipes (numpy arrays travel as
buffers), one at a time; the caller blocks in a worker thread, outside the GIL while it waits.

The child runs at the lowest CPU priority (``nice`` +19): its upserts cost ~0.5-0.7 ms of CPU a
row (Chroma builds its HNSW graph on every write; measured under the bench's c=16 new-prompt
load, as much CPU as the whole caching-bypassed request in the gateway), and at +5 they took
that CPU from serving on a 2-core box. At +19 it writes when the box has a spare moment: under a
burst its queue fills and, past ``vector_queue_max``, the writer sheds rows (counted, see
``writer.py``) instead of slowing requests; the mirror serves every row either way.
It exits when its pipe closes (and ignores Ctrl-C, which the gateway handles), so it never
outlives the gateway and a graceful shutdown can still write the last rows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

log = logging.getLogger("bastion.semcache")

#: Collection methods a parent may call in the child.
METHODS = frozenset({"upsert", "get", "query", "delete", "count"})
#: Niceness added to the child (its writes yield the CPU to serving; see the module docstring).
NICE = 19
#: Chroma's vector index for a new collection. Queries never use it (the in-process mirror
#: answers them; Chroma is storage and filtered reads), yet Chroma builds it on every write:
#: a sparse, cheaply built graph cut the child's CPU from 0.45 to 0.15 ms a row (measured,
#: 8,192 rows of 256 dimensions). An existing collection keeps the configuration it was made with.
HNSW_EF_CONSTRUCTION = 8
HNSW_MAX_NEIGHBORS = 4


class StoreProcessError(RuntimeError):
    """The child failed a call (its error type and message) or died."""


class ChildCollection:
    """A Chroma collection in a child process, with the collection methods the index uses."""

    def __init__(self, path: Path, collection: str, timeout_s: float = 120.0) -> None:
        self._path = path
        self._name = collection
        self._timeout_s = timeout_s
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._conn_out: Connection | None = None
        self._conn_in: Connection | None = None

    def _start(self) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        cmd = [
            sys.executable,
            "-m",
            "bastion.gateway.semcache.store_process",
            str(self._path),
            self._name,
            str(to_child_r),
            str(from_child_w),
        ]
        try:
            self._proc = subprocess.Popen(cmd, pass_fds=(to_child_r, from_child_w), close_fds=True)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._conn_out = Connection(to_child_w, readable=False)
        self._conn_in = Connection(from_child_r, writable=False)
        ok, detail = self._exchange(("open", {}))
        if not ok:
            self._reset()  # the caller holds the lock: not close()
            raise StoreProcessError(f"vector store process did not open: {detail}")

    def _exchange(self, message: tuple[str, dict[str, Any]]) -> tuple[bool, Any]:
        assert self._conn_out is not None and self._conn_in is not None
        try:
            self._conn_out.send(message)
            if not self._conn_in.poll(self._timeout_s):
                raise StoreProcessError(f"vector store process did not answer {message[0]} in {self._timeout_s}s")
            reply: tuple[bool, Any] = self._conn_in.recv()
            return reply
        except (EOFError, OSError) as e:
            self._reset()
            raise StoreProcessError(f"vector store process gone: {type(e).__name__}") from None
        except StoreProcessError:
            self._reset()
            raise

    def call(self, method: str, **kwargs: Any) -> Any:
        """Run ``collection.<method>(**kwargs)`` in the child (started on first use, and again
        after it died)."""
        if method not in METHODS:
            raise ValueError(f"not a collection method: {method}")
        with self._lock:
            if self._proc is None:
                self._start()
            ok, result = self._exchange((method, kwargs))
        if not ok:
            raise StoreProcessError(str(result))
        return result

    def upsert(self, **kwargs: Any) -> None:
        self.call("upsert", **kwargs)

    def get(self, **kwargs: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("get", **kwargs)
        return result

    def query(self, **kwargs: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("query", **kwargs)
        return result

    def delete(self, **kwargs: Any) -> None:
        self.call("delete", **kwargs)

    def count(self) -> int:
        return int(self.call("count"))

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def _reset(self) -> None:
        for conn in (self._conn_out, self._conn_in):
            if conn is not None:
                with contextlib.suppress(OSError):
                    conn.close()
        self._conn_out = self._conn_in = None
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)

    def close(self) -> None:
        """Close the pipes (the child exits on end of input) and wait for it."""
        with self._lock:
            proc = self._proc
            for conn in (self._conn_out, self._conn_in):
                if conn is not None:
                    with contextlib.suppress(OSError):
                        conn.close()
            self._conn_out = self._conn_in = None
            self._proc = None
        if proc is not None:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def _serve(path: str, name: str, conn_in: Connection, conn_out: Connection) -> None:
    with contextlib.suppress(OSError):
        os.nice(NICE)
    # Ctrl-C in a terminal reaches the whole process group: the gateway shuts down gracefully
    # and writes its last rows here, so this process ends only when its pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collection: Any = None
    while True:
        try:
            method, kwargs = conn_in.recv()
        except (EOFError, OSError):
            return
        try:
            if method == "open":
                import chromadb
                from chromadb.api.collection_configuration import (
                    CreateCollectionConfiguration,
                    CreateHNSWConfiguration,
                )
                from chromadb.config import Settings as ChromaSettings

                Path(path).mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(
                    path=path, settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
                )
                hnsw = CreateHNSWConfiguration(
                    space="cosine", ef_construction=HNSW_EF_CONSTRUCTION, max_neighbors=HNSW_MAX_NEIGHBORS
                )
                collection = client.get_or_create_collection(
                    name, configuration=CreateCollectionConfiguration(hnsw=hnsw)
                )
                conn_out.send((True, None))
            elif method in METHODS and collection is not None:
                conn_out.send((True, getattr(collection, method)(**kwargs)))
            else:
                conn_out.send((False, f"unknown call {method!r}"))
        except Exception as e:  # noqa: BLE001 - the parent gets the error, the child keeps serving
            conn_out.send((False, f"{type(e).__name__}: {e}"))


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: python -m bastion.gateway.semcache.store_process PATH COLLECTION FD_IN FD_OUT", file=sys.stderr)
        return 2
    path, name, fd_in, fd_out = argv
    _serve(path, name, Connection(int(fd_in), writable=False), Connection(int(fd_out), readable=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

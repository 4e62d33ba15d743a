"""The default persistent store of the cache's prompt vectors: one local SQLite file.

The in-process mirror answers every query (``mirror.py``), so the store only has to keep rows
across restarts: append them in batches, read them all back at start-up, read one (namespace,
context) block when the mirror is over its cap, delete on a purge, and drop expired rows. That
is a table, not a vector database. Embedded Chroma (the store before this one) built an HNSW
graph on every write that nothing ever queried: ~0.5-1.1 ms of CPU a row in its child process
on the loaded 2-core box, as much as the whole caching-bypassed request, and ~96 MB resident.
Here a batch of 256 rows is one transaction of prepared inserts, tens of microseconds a row,
and Python's ``sqlite3`` releases the GIL while SQLite works, so the worker thread writing it
does not hold up the event loop. Chroma stays available (``semcache.vector_store: chroma``, or a
server shared by replicas with ``semcache.chroma_url``; see ``chroma_store.py``).

Layout: ``<data_dir>/semcache/<collection>.sqlite3`` in WAL mode (readers never wait for the
writer; ``synchronous=NORMAL``: a power cut may lose the last batches, which costs hits, never
correctness, since every candidate is re-checked in the KV store). One row per entry: the ids,
the prompt, created and expiry times, and the vector as float32 bytes (exactly what the mirror
scores, so a restart changes no score). Rows past their expiry are deleted at most once a
minute, on a write, and never read back.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.semcache.vector_store import StoredRow

log = logging.getLogger("bastion.semcache")

#: How long a write waits for a lock another connection holds (seconds) before it fails.
BUSY_TIMEOUT_S = 5.0
#: Expired rows are deleted at most this often (seconds), by the next write.
SWEEP_EVERY_S = 60.0
#: A collection name is a file name: letters, digits and ``_.-``.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS vectors (
        id TEXT PRIMARY KEY,
        ns TEXT NOT NULL,
        ctx TEXT NOT NULL,
        model TEXT NOT NULL,
        eid TEXT NOT NULL,
        prompt TEXT NOT NULL,
        created REAL NOT NULL,
        expires REAL NOT NULL,
        predictive INTEGER NOT NULL,
        vector BLOB NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS vectors_block ON vectors (ns, ctx)",
    "CREATE INDEX IF NOT EXISTS vectors_expires ON vectors (expires)",
    "CREATE TABLE IF NOT EXISTS store (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
_COLUMNS = "id, ns, ctx, model, eid, prompt, created, expires, predictive, vector"
_UPSERT = f"INSERT OR REPLACE INTO vectors ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class SqliteStore:
    """Prompt vectors in one SQLite file; thread-safe (one connection, one lock)."""

    shared = False

    def __init__(self, path: Path, dim: int, busy_timeout_s: float = BUSY_TIMEOUT_S) -> None:
        self.path = path
        self._dim = dim
        self._busy_timeout_s = busy_timeout_s
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._swept_at = 0.0

    @classmethod
    def in_dir(cls, data_dir: Path, collection: str, dim: int) -> SqliteStore:
        """The store of ``collection`` under ``data_dir``."""
        if not NAME.fullmatch(collection):
            raise ValueError(f"semcache.collection {collection!r}: use letters, digits and _.- (a file name)")
        return cls(data_dir / "semcache" / f"{collection}.sqlite3", dim)

    # -- opening -------------------------------------------------------------------------------
    def open(self) -> None:
        with self._lock:
            self._connection()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are explicit (one per batch). Used from worker threads
        # one at a time, under the lock.
        conn = sqlite3.connect(self.path, timeout=self._busy_timeout_s, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:
                conn.execute(statement)
            found = conn.execute("SELECT value FROM store WHERE key = 'dim'").fetchone()
            if found is None:
                conn.execute("INSERT INTO store (key, value) VALUES ('dim', ?)", (str(self._dim),))
            elif int(found[0]) != self._dim:
                # Another encoder wrote these vectors: none of them compares with ours.
                log.warning(
                    "vector store %s holds %s-dimensional vectors, the encoder makes %d: starting empty",
                    self.path,
                    found[0],
                    self._dim,
                )
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("DELETE FROM vectors")
                conn.execute("UPDATE store SET value = ? WHERE key = 'dim'", (str(self._dim),))
                conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    # -- reading -------------------------------------------------------------------------------
    def _row(self, r: tuple[Any, ...]) -> StoredRow:
        cid, ns, ctx, model, eid, prompt, created, expires, predictive, blob = r
        meta = {"ns": ns, "ctx": ctx, "model": model, "t": created, "exp": expires, "eid": eid, "pre": bool(predictive)}
        return str(cid), np.frombuffer(blob, dtype=np.float32), str(prompt), meta

    def count(self) -> int:
        with self._lock:
            return int(self._connection().execute("SELECT count(*) FROM vectors").fetchone()[0])

    def _select(self, where: str, args: tuple[Any, ...]) -> list[StoredRow]:
        with self._lock:
            found = self._connection().execute(f"SELECT {_COLUMNS} FROM vectors WHERE {where}", args).fetchall()
        return [self._row(r) for r in found]

    def pages(self, now: float, size: int) -> Iterator[list[StoredRow]]:
        last = ""
        while True:
            # Keyset pages by id: each page is its own short read, so writes go on in between.
            page = self._select("id > ? AND expires > ? ORDER BY id LIMIT ?", (last, now, size))
            if page:
                last = page[-1][0]
                yield page
            if len(page) < size:
                return

    def read_block(self, namespace: str, context: str, now: float) -> list[StoredRow]:
        return self._select("ns = ? AND ctx = ? AND expires > ?", (namespace, context, now))

    # -- writing -------------------------------------------------------------------------------
    def upsert(self, rows: Sequence[StoredRow]) -> None:
        params = [
            (
                cid,
                str(meta.get("ns", "")),
                str(meta.get("ctx", "")),
                str(meta.get("model", "")),
                str(meta.get("eid", cid)),
                prompt,
                float(meta.get("t", 0.0)),
                float(meta.get("exp", 0.0)),
                int(bool(meta.get("pre", False))),
                np.ascontiguousarray(vec, dtype=np.float32).reshape(-1).tobytes(),
            )
            for cid, vec, prompt, meta in rows
        ]
        now = time.time()
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(_UPSERT, params)
                if now - self._swept_at >= SWEEP_EVERY_S:
                    conn.execute("DELETE FROM vectors WHERE expires <= ?", (now,))
                    self._swept_at = now
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

    def delete(self, namespace: str | None, model: str | None, before: float | None) -> None:
        conds, args = [], []
        for column, op, value in (("ns", "=", namespace), ("model", "=", model), ("created", "<", before)):
            if value is not None:
                conds.append(f"{column} {op} ?")
                args.append(value)
        where = " AND ".join(conds) or "1"
        with self._lock:
            self._connection().execute(f"DELETE FROM vectors WHERE {where}", args)  # noqa: S608 - fixed columns

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

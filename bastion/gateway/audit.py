"""Stage 9: the audit trail ("VAS trace"). One record per call, written off the request path.

``submit`` turns the call into a plain dict and puts it on a bounded queue; a background task
writes batches in one transaction each. A full queue makes ``submit`` wait (back-pressure)
rather than drop a record; a failed write is retried with backoff, and at shutdown anything the
store still refuses is appended to ``audit-fallback.jsonl`` in the data directory (and loaded
back at the next start).

That covers failures of the store, not of the process: with ``audit.durability: batch`` a
crash loses the records still queued. With ``ack`` each record is first made durable in a
local journal (:mod:`bastion.gateway.journal`, group commit) and ``submit`` returns only then,
so a call's response never completes before its record is on disk; leftover journal segments
are replayed into the store at start-up, skipping records already there (exactly once).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import sqlalchemy as sa

from bastion.gateway.call import Call
from bastion.gateway.journal import Journal
from bastion.gateway.metrics import Metrics
from bastion.gateway.store import Store, counters, traces
from bastion.gateway.trail import trail_attrs

if TYPE_CHECKING:
    # A type only: the settings model imports section models whose packages import this.
    from bastion.gateway.settings import AuditSettings

log = logging.getLogger("bastion.audit")

CALLS_COUNTER = "calls_total"
#: Queue items of records that are in no journal segment (``batch`` durability).
NO_SEGMENT = -1
_COLUMNS = [c.name for c in traces.columns if c.name != "seq"]
_JSON_COLUMNS = {c.name for c in traces.columns if isinstance(c.type, sa.JSON)}
_SQLITE_INSERT = f"INSERT INTO traces ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_SQLITE_BUMP = "UPDATE counters SET value = value + ? WHERE name = ?"
_SQLITE_COUNT = "INSERT INTO counters (name, value) VALUES (?, ?)"


_JSON_INDEXES = tuple(i for i, c in enumerate(_COLUMNS) if c in _JSON_COLUMNS)


def _sqlite_row(r: dict[str, Any]) -> tuple[Any, ...]:
    row = [r[c] for c in _COLUMNS]
    for i in _JSON_INDEXES:
        v = row[i]
        if v is not None:
            row[i] = orjson.dumps(v, default=str).decode()
    return tuple(row)


def _stage_dicts(call: Call) -> list[dict[str, Any]]:
    # StageRecord.as_dict, inlined: seven of these per call.
    out = []
    for s in call.stages:
        d: dict[str, Any] = {"stage": s.stage, "outcome": s.outcome, "ms": round(s.ms, 4)}
        if s.detail:
            d["detail"] = s.detail
        out.append(d)
    return out


def trace_record(call: Call) -> dict[str, Any]:
    """The row stored for a call."""
    p = call.principal
    duration = call.elapsed_ms()
    return {
        "trace_id": call.trace_id,
        "started_at": call.started_at,
        "duration_ms": round(duration, 4),
        "overhead_ms": round(max(0.0, duration - call.upstream_s * 1000.0), 4),
        "front_door": call.front_door,
        "kind": call.kind,
        "target": call.target[:300],
        "method": call.method,
        "status": call.status,
        "error": call.error,
        "error_code": call.error_code,
        "user_id": p.user_id if p else None,
        "email": p.email if p else None,
        "department": p.department if p else None,
        "groups": list(p.groups) if p else None,
        "key_id": p.key_id if p else None,
        "auth_method": p.auth_method if p else None,
        "stages": _stage_dicts(call),
        "policy": call.policy or None,
        "cache": call.cache or None,
        "tokens_in": call.tokens_in,
        "tokens_out": call.tokens_out,
        "cost": call.cost,
        "attrs": trail_attrs(call),
    }


class SqliteAppender:
    """The audit batches of a file-backed SQLite store, written by one thread on its own
    connection: a batch (rows, the call counter, the commit) is one hand-over to that thread.
    Through SQLAlchemy's async engine each of those steps (check-out, begin, insert, update,
    commit, the pool's reset) was a round trip between the event loop and the driver's thread,
    each waking the other. The store's WAL mode and ``busy_timeout`` make the two connections
    take turns writing, as the pool's own connections did."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bastion-audit")
        self._conn: sqlite3.Connection | None = None

    @staticmethod
    def path_of(store: Store) -> str | None:
        """The database file of a SQLite store (None for other stores and in-memory ones)."""
        if not store.is_sqlite:
            return None
        path = store.url.split(":///", 1)[1] if ":///" in store.url else ""
        return None if not path or path.startswith(":memory:") or "?" in path else path

    async def write(self, batch: list[dict[str, Any]]) -> None:
        await asyncio.get_running_loop().run_in_executor(self._executor, self._write, batch)

    def _write(self, batch: list[dict[str, Any]]) -> None:
        conn = self._conn
        if conn is None:
            conn = self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA synchronous=NORMAL")
        rows = [_sqlite_row(r) for r in batch]
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(_SQLITE_INSERT, rows)
            n = len(batch)
            if conn.execute(_SQLITE_BUMP, (n, CALLS_COUNTER)).rowcount == 0:
                conn.execute(_SQLITE_COUNT, (CALLS_COUNTER, n))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    async def close(self) -> None:
        def close() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await asyncio.get_running_loop().run_in_executor(self._executor, close)
        self._executor.shutdown(wait=True)


class AuditWriter:
    def __init__(self, store: Store, settings: AuditSettings, metrics: Metrics, data_dir: Path | None = None) -> None:
        self.store = store
        self.settings = settings
        self.metrics = metrics
        self.data_dir = data_dir
        #: Queued records with the journal segment each is in (``NO_SEGMENT`` in batch mode).
        self._queue: asyncio.Queue[tuple[dict[str, Any], int]] = asyncio.Queue(maxsize=settings.queue_size)
        self.journal: Journal | None = None
        if settings.durability == "ack":
            if data_dir is None:
                raise ValueError("audit.durability ack needs a data directory for its journal")
            self.journal = Journal(data_dir, window_s=settings.journal_window_s)
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        #: Opened at start for a file-backed SQLite store.
        self._appender: SqliteAppender | None = None
        # Set by readers that need what is queued now (flush, stop): ends the linger early.
        self._hurry = asyncio.Event()
        self.metrics.audit_queue.set_function(self._queue.qsize)
        # Built once: composing the statement per batch showed up in profiles.
        self._bump_counter = (
            sa.update(counters)
            .where(counters.c.name == CALLS_COUNTER)
            .values(value=counters.c.value + sa.bindparam("n", type_=sa.BigInteger))
        )

    @property
    def alive(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def depth(self) -> int:
        return self._queue.qsize()

    async def submit(self, call: Call) -> None:
        """Queue the call's record; waits when the queue is full (never drops). With ``ack``
        durability it returns once the record is in the journal on disk."""
        record = trace_record(call)
        if self.journal is not None:
            # Shielded: a caller cancelled mid-fsync (client gone) still gets its record queued.
            await asyncio.shield(self._journaled(record))
            return
        try:
            self._queue.put_nowait((record, NO_SEGMENT))
        except asyncio.QueueFull:
            await self._queue.put((record, NO_SEGMENT))

    async def _journaled(self, record: dict[str, Any]) -> None:
        assert self.journal is not None
        segment = await self.journal.append(record)
        try:
            self._queue.put_nowait((record, segment))
        except asyncio.QueueFull:
            await self._queue.put((record, segment))

    async def start(self) -> None:
        self._queue = asyncio.Queue(maxsize=self.settings.queue_size)
        path = SqliteAppender.path_of(self.store)
        if path is not None and self._appender is None:
            self._appender = SqliteAppender(path)
        self.metrics.audit_queue.set_function(self._queue.qsize)
        await self._replay_fallback()
        if self.journal is not None:
            await self._replay_journal(self.journal)
            await self.journal.start()
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="bastion-audit-writer")

    async def stop(self) -> None:
        """Flush everything queued, then stop."""
        self._stopping = True
        self._hurry.set()
        if self._task is not None:
            await self._task
            self._task = None
        if self.journal is not None:
            await self.journal.stop()
        if self._appender is not None:
            await self._appender.close()
            self._appender = None

    async def _replay_journal(self, journal: Journal) -> None:
        """Records a previous process journaled (acknowledged) but may not have stored: insert
        those the store does not have yet, then drop the segments."""
        for path in journal.leftovers():
            records = journal.read(path)
            fresh = await self._not_stored(records)
            for i in range(0, len(fresh), self.settings.batch_size):
                await self._write(fresh[i : i + self.settings.batch_size])
            log.info("audit journal %s: %d records, %d replayed into the store", path.name, len(records), len(fresh))
            path.unlink()

    async def _not_stored(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen: set[str] = set()
        ids = [r["trace_id"] for r in records]
        async with self.store.connect() as conn:
            for i in range(0, len(ids), 500):
                rows = await conn.execute(sa.select(traces.c.trace_id).where(traces.c.trace_id.in_(ids[i : i + 500])))
                seen.update(r[0] for r in rows)
        out = []
        for r in records:
            if r["trace_id"] not in seen:
                seen.add(r["trace_id"])  # a record journaled twice is still stored once
                out.append(r)
        return out

    async def flush(self, timeout_s: float | None = None) -> None:
        """Wait until everything queued so far has been written (tests, admin reads), or at
        most ``timeout_s`` (under constant load the queue may never be empty)."""
        deadline = None if timeout_s is None else asyncio.get_running_loop().time() + timeout_s
        while self._queue.qsize() or self._queue._unfinished_tasks:  # type: ignore[attr-defined]
            if deadline is not None and asyncio.get_running_loop().time() >= deadline:
                return
            self._hurry.set()
            await asyncio.sleep(0.005)

    async def _run(self) -> None:
        while True:
            items = await self._next_batch()
            if items:
                await self._write_with_retry([r for r, _ in items])
                if self.journal is not None:
                    for _, segment in items:
                        if segment != NO_SEGMENT:
                            self.journal.committed(segment)
                for _ in items:
                    self._queue.task_done()
            elif self._stopping:
                return

    async def _next_batch(self) -> list[tuple[dict[str, Any], int]]:
        batch: list[tuple[dict[str, Any], int]] = []
        try:
            first = await asyncio.wait_for(self._queue.get(), timeout=self.settings.flush_interval_s)
        except TimeoutError:
            return batch
        batch.append(first)
        if self.settings.linger_s > 0 and not self._stopping and self._queue.qsize() < self.settings.batch_size:
            # At low rates every call would otherwise be its own transaction, run on the
            # event loop between requests; a short wait turns them into one write.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._hurry.wait(), self.settings.linger_s)
        self._hurry.clear()
        while len(batch) < self.settings.batch_size:
            try:
                batch.append(self._queue.get_nowait())
            except asyncio.QueueEmpty:
                break
        return batch

    async def _write_with_retry(self, batch: list[dict[str, Any]]) -> None:
        delay = 0.05
        attempts = 0
        while True:
            try:
                await self._write(batch)
                self.metrics.audit_written.inc(len(batch))
                return
            except Exception as e:  # noqa: BLE001 - keep the records whatever went wrong
                attempts += 1
                self.metrics.audit_errors.inc()
                log.warning("audit write failed (attempt %d): %s", attempts, type(e).__name__)
                if self._stopping and attempts >= 5:
                    self._spill(batch)
                    return
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def _write(self, batch: list[dict[str, Any]]) -> None:
        if self._appender is not None:
            await self._appender.write(batch)
            return
        async with self.store.begin() as conn:
            if self.store.is_sqlite:
                # SQLAlchemy's per-row type processing costs more than SQLite itself here;
                # JSON is serialised with orjson and the rows go straight to the driver.
                await conn.exec_driver_sql(_SQLITE_INSERT, [_sqlite_row(r) for r in batch])
            else:
                await conn.execute(sa.insert(traces), batch)
            res = await conn.execute(self._bump_counter, {"n": len(batch)})
            if res.rowcount == 0:
                await conn.execute(sa.insert(counters).values(name=CALLS_COUNTER, value=len(batch)))

    def _fallback_path(self) -> Path | None:
        return self.data_dir / "audit-fallback.jsonl" if self.data_dir else None

    def _spill(self, batch: list[dict[str, Any]]) -> None:
        path = self._fallback_path()
        if path is None:
            log.error("audit store unavailable at shutdown; %d records printed to the log", len(batch))
            for r in batch:
                log.error("audit record: %s", json.dumps(r, default=str))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as f:
            for r in batch:
                f.write(json.dumps(r, default=str) + "\n")
        log.error("audit store unavailable at shutdown; %d records kept in %s", len(batch), path)

    async def _replay_fallback(self) -> None:
        path = self._fallback_path()
        if path is None or not path.exists():
            return
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        if records:
            await self._write(records)
            log.info("replayed %d audit records from %s", len(records), path)
        path.unlink()

"""The audit journal behind ``audit.durability: ack``: a local append-only file in which a
call's record is on disk (written and fsync'ed) before the call's response completes.

Group commit: records appended while a write is in progress (or within ``window_s`` of the
first one) go to disk together, with one ``fsync`` for all of them, so at concurrency the cost
of durability is shared instead of paid per call. The fsync runs in a worker thread; the event
loop keeps serving meanwhile.

The journal is split into segments (``audit-journal-<n>.jsonl`` in the data directory). The
audit writer reports each record it has committed to the store; a segment that is full and
fully committed is deleted. At start-up every segment left over (a crash, kill -9) is read
back by :meth:`AuditWriter.start`, records already in the store are skipped (by trace id), the
rest inserted, and the segments deleted: each answered call ends up in the store exactly once.
A torn last line (the crash hit a write whose records were never acknowledged) is ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path
from typing import Any

import orjson

log = logging.getLogger("bastion.audit")

SEGMENT_GLOB = "audit-journal-*.jsonl"


class Journal:
    def __init__(self, directory: Path, window_s: float = 0.002, segment_records: int = 10_000) -> None:
        self.directory = directory
        self.window_s = window_s
        self.segment_records = segment_records
        self._pending: list[bytes] = []
        self._waiters: asyncio.Future[int] | None = None
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._fd: int | None = None
        self._segment = 0
        self._in_segment = 0
        #: Records journaled but not yet committed to the store, per segment.
        self._outstanding: dict[int, int] = {}
        self._closed = False
        #: fsyncs done (for metrics and tests: group commit means fewer than records).
        self.syncs = 0

    # -- start-up ----------------------------------------------------------------------------

    def leftovers(self) -> list[Path]:
        """Segments a previous process left behind, oldest first."""
        return sorted(self.directory.glob(SEGMENT_GLOB), key=lambda p: _segment_no(p))

    @staticmethod
    def read(path: Path) -> list[dict[str, Any]]:
        records = []
        for line in path.read_bytes().split(b"\n"):
            if not line.strip():
                continue
            try:
                records.append(orjson.loads(line))
            except orjson.JSONDecodeError:
                # Only the last write of a crashed process can be torn, and its records were
                # never acknowledged (the fsync had not returned).
                log.warning("audit journal %s: ignoring a torn line", path.name)
        return records

    async def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        old = self.leftovers()
        self._segment = (_segment_no(old[-1]) + 1) if old else 0
        self._open_segment()
        self._closed = False
        self._task = asyncio.create_task(self._run(), name="bastion-audit-journal")

    async def stop(self) -> None:
        """Sync what is pending, close the file and delete segments fully committed."""
        self._closed = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._collect(final=True)

    # -- the hot path ------------------------------------------------------------------------

    async def append(self, record: dict[str, Any]) -> int:
        """Write ``record`` durably; returns its segment once it is on disk."""
        if self._closed:
            raise RuntimeError("audit journal is closed")
        self._pending.append(orjson.dumps(record, default=str) + b"\n")
        if self._waiters is None:
            self._waiters = asyncio.get_running_loop().create_future()
        waiter = self._waiters
        self._wake.set()
        return await asyncio.shield(waiter)

    def committed(self, segment: int, n: int = 1) -> None:
        """``n`` records of ``segment`` are in the store now."""
        left = self._outstanding.get(segment, 0) - n
        self._outstanding[segment] = left
        if left <= 0 and segment != self._segment:
            self._collect()

    # -- the writer --------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._pending and self.window_s > 0 and not self._closed:
                # Let the calls finishing about now join this fsync.
                await asyncio.sleep(self.window_s)
            if self._pending:
                lines, waiter = self._pending, self._waiters
                self._pending, self._waiters = [], None
                segment = self._segment
                try:
                    await asyncio.to_thread(self._write, lines)
                except OSError as e:
                    # Disk full, I/O error: these calls fail rather than answer without a
                    # durable record; later ones try again.
                    log.error("audit journal write failed: %s", e)
                    if waiter is not None and not waiter.done():
                        waiter.set_exception(e)
                    continue
                self.syncs += 1
                self._outstanding[segment] = self._outstanding.get(segment, 0) + len(lines)
                self._in_segment += len(lines)
                if waiter is not None and not waiter.done():
                    waiter.set_result(segment)
                if self._in_segment >= self.segment_records:
                    self._rotate()
            elif self._closed:
                return

    def _write(self, lines: list[bytes]) -> None:
        assert self._fd is not None
        data = b"".join(lines)
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        os.fsync(self._fd)

    def _open_segment(self) -> None:
        path = self.directory / f"audit-journal-{self._segment}.jsonl"
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._in_segment = 0
        self._outstanding.setdefault(self._segment, 0)
        # The new file's directory entry must survive a crash too.
        dfd = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)

    def _rotate(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._segment += 1
        self._open_segment()
        self._collect()

    def _collect(self, final: bool = False) -> None:
        """Delete segments that are closed and fully committed."""
        for seg, left in list(self._outstanding.items()):
            if left <= 0 and (final or seg != self._segment):
                with contextlib.suppress(FileNotFoundError):
                    (self.directory / f"audit-journal-{seg}.jsonl").unlink()
                del self._outstanding[seg]


def _segment_no(path: Path) -> int:
    try:
        return int(path.stem.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return -1

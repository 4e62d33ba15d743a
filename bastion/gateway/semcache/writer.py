"""Writing cache entries off the request path: a bounded queue drained in batches.

A miss's answer is stored *after* the response has gone: :meth:`EntryWriter.submit` only puts
the entry on a bounded in-process queue and returns. One background task takes whatever is
queued (up to ``max_batch`` entries, no waiting for more: the queue fills while a batch is
written, which is what makes batches under load), and writes each batch in the order that
makes it visible soonest:

1. the KV entries (exact and normalised keys): the entry can be served by the cheap phases;
2. the in-process vector mirror: this replica can serve it semantically;
3. the persistent vector store, *behind*: rows gather until ``persist_batch`` of them or
   ``persist_after_s`` seconds, then go in one batch in a worker thread (later starts, and
   replicas sharing a Chroma server, see them then). The default store, a local SQLite file,
   writes a batch of 256 in one transaction (tens of microseconds a row); embedded Chroma cost
   1.1 ms a row in batches of 256 on the loaded 2-core box (33 ms for a single-row upsert),
   which is why writes were never per entry and why Chroma runs in a niced child process
   (``store_process.py``) when chosen.

A full queue drops the entry (counted): a cache that falls behind costs hits, never latency.
Rows waiting for the persistent store are bounded too (``persist_queue_max``): when the store
cannot keep up (a locked or slow disk, a busy box starving Chroma's niced child, a slow Chroma
server), further rows are *shed*: not persisted, counted in ``bastion_llm_cache_vector_writes_total{outcome="shed"}``
and logged once per burst. They are in the KV store and this replica's mirror and serve there;
other replicas and later starts do not see them semantically.
Prompts whose vector the lookup did not compute (``no-cache`` requests) are encoded here, in
one encoder call per batch.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.abc
import numpy as np
from prometheus_client import Counter, Gauge, Histogram

log = logging.getLogger("bastion.semcache")


@dataclass(slots=True)
class PendingEntry:
    """One entry waiting to be written (``vector`` None: encode it in the writer)."""

    namespace: str
    entry_id: str  # the exact key
    value: bytes
    ttl: float
    norm_key: str | None
    prompt: str | None
    vector: np.ndarray | None
    meta: dict[str, Any]


class WriterMetrics:
    def __init__(self, registry: Any) -> None:
        self.queued = Gauge("bastion_llm_cache_store_queue", "Entries waiting to be written", registry=registry)
        self.persist_queued = Gauge(
            "bastion_llm_cache_vector_queue", "Rows waiting for the persistent vector store", registry=registry
        )
        self.batches = Histogram(
            "bastion_llm_cache_store_batch_size",
            "Entries written per batch",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
            registry=registry,
        )
        self.written = Counter(
            "bastion_llm_cache_writes",
            "Entry writes by outcome (written, dropped, failed)",
            ["outcome"],
            registry=registry,
        )
        self.persisted = Counter(
            "bastion_llm_cache_vector_writes",
            "Rows for the persistent vector store by outcome (persisted, failed, shed: the store fell behind)",
            ["outcome"],
            registry=registry,
        )
        self.seconds = Histogram(
            "bastion_llm_cache_store_seconds",
            "Time to write one batch (KV, mirror, vector store)",
            buckets=(0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0),
            registry=registry,
        )


#: Writes one batch where it is served from (KV, mirror); returns the rows to persist.
WriteBatch = Callable[[list[PendingEntry]], Awaitable[list[Any]]]
#: Writes rows to the persistent store.
Persist = Callable[[list[Any]], Awaitable[None]]


class EntryWriter:
    """A bounded queue of entries and the task that writes them in batches."""

    def __init__(
        self,
        write: WriteBatch,
        persist: Persist,
        metrics: WriterMetrics,
        max_queue: int,
        max_batch: int,
        persist_batch: int = 256,
        persist_after_s: float = 1.0,
        persist_queue_max: int = 20_000,
    ) -> None:
        self._write = write
        self._persist = persist
        self._persist_batch = persist_batch
        self._persist_queue_max = persist_queue_max
        self._shedding = False
        self._persist_after_s = persist_after_s
        self._unpersisted: list[Any] = []
        self._oldest = 0.0
        self._persist_wake = anyio.Event()
        self._persist_lock = anyio.Lock()
        self._metrics = metrics
        self._queue: deque[PendingEntry] = deque()
        self._max_queue = max_queue
        self._max_batch = max_batch
        self._wake = anyio.Event()
        self._idle = anyio.Event()
        self._idle.set()
        self._running = False
        self._busy = False

    @property
    def running(self) -> bool:
        return self._running

    def submit(self, item: PendingEntry) -> bool:
        """Queue ``item`` (never blocks); False when the queue is full and it was dropped."""
        if len(self._queue) >= self._max_queue:
            self._metrics.written.labels("dropped").inc()
            return False
        self._queue.append(item)
        self._metrics.queued.set(len(self._queue))
        self._idle = anyio.Event() if self._idle.is_set() else self._idle
        self._wake.set()
        return True

    async def flush(self) -> None:
        """Wait until every entry queued so far is written (tests, benches, shutdown)."""
        if not self._running:
            await self._drain()
            return
        while self._queue or self._busy:
            await self._idle.wait()
        await self._persist_now()

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """The background task: write batches until cancelled, then write what is left."""
        self._running = True
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._persist_loop)
                task_status.started()
                while True:
                    await self._wake.wait()
                    self._wake = anyio.Event()
                    await self._drain()
        finally:
            self._running = False
            with anyio.CancelScope(shield=True):
                await self._drain()
                await self._persist_now()

    async def _persist_loop(self) -> None:
        """Persist gathered rows when there are enough of them or the oldest is old enough."""
        while True:
            if not self._unpersisted:
                await self._persist_wake.wait()
                self._persist_wake = anyio.Event()
                continue
            wait = self._oldest + self._persist_after_s - time.monotonic()
            if len(self._unpersisted) < self._persist_batch and wait > 0:
                with anyio.move_on_after(wait):
                    await self._persist_wake.wait()
                self._persist_wake = anyio.Event()
                continue
            await self._persist_now()

    async def _persist_now(self) -> None:
        async with self._persist_lock:
            while self._unpersisted:
                rows, self._unpersisted = (
                    self._unpersisted[: self._persist_batch * 4],
                    self._unpersisted[self._persist_batch * 4 :],
                )
                if self._unpersisted:
                    self._oldest = time.monotonic()
                self._metrics.persist_queued.set(len(self._unpersisted))
                try:
                    await self._persist(rows)
                    self._metrics.persisted.labels("persisted").inc(len(rows))
                except Exception as e:  # noqa: BLE001 - the mirror still serves them on this replica
                    self._metrics.persisted.labels("failed").inc(len(rows))
                    log.warning("vector store write of %d rows failed: %s", len(rows), type(e).__name__)

    def _gather(self, rows: list[Any]) -> None:
        """Keep ``rows`` for the persistent store, as many as the bound allows; shed the rest."""
        room = self._persist_queue_max - len(self._unpersisted)
        if room < len(rows):
            shed = len(rows) - max(room, 0)
            rows = rows[: max(room, 0)]
            self._metrics.persisted.labels("shed").inc(shed)
            if not self._shedding:
                self._shedding = True
                log.warning(
                    "vector store behind: %d rows waiting; new rows are served from this replica only (shed)",
                    len(self._unpersisted),
                )
        elif self._shedding and len(self._unpersisted) < self._persist_queue_max // 2:
            self._shedding = False
        if not rows:
            return
        if not self._unpersisted:
            self._oldest = time.monotonic()
        self._unpersisted.extend(rows)
        self._metrics.persist_queued.set(len(self._unpersisted))
        self._persist_wake.set()

    async def _drain(self) -> None:
        while self._queue:
            n = min(len(self._queue), self._max_batch)
            batch = [self._queue.popleft() for _ in range(n)]
            self._metrics.queued.set(len(self._queue))
            self._busy = True
            try:
                with self._metrics.seconds.time():
                    rows = await self._write(batch)
                if rows:
                    self._gather(rows)
                self._metrics.written.labels("written").inc(len(batch))
                self._metrics.batches.observe(len(batch))
            except Exception as e:  # noqa: BLE001 - a failing store costs hits, never the gateway
                self._metrics.written.labels("failed").inc(len(batch))
                log.warning("cache store batch of %d failed: %s", len(batch), type(e).__name__)
            finally:
                self._busy = False
        self._idle.set()

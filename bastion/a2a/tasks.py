"""The task map: which agent and which principal own each task id.

Task ids are created by agents, so the gateway learns them from results and stream events. The
map routes task calls (``GetTask``, ``CancelTask``, ``SubscribeToTask``, push configs) and keeps
principals apart: a task id that another principal (or another agent) owns answers exactly like
an unknown one (TaskNotFound), so ids cannot be probed.

Reads hit an in-process LRU first, then the store. Writes are batched by a background writer so
the hot path never waits for the database; a replica that has not seen a write yet falls back
to the store on its next miss.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.a2a.tables import a2a_tasks


@dataclass(frozen=True, slots=True)
class TaskOwner:
    agent: str
    owner: str
    context_id: str | None = None


class TaskMap:
    def __init__(self, engine: AsyncEngine | None, cache_size: int = 100_000, flush_s: float = 0.05) -> None:
        self._engine = engine
        self._cache: OrderedDict[str, TaskOwner] = OrderedDict()
        self._size = cache_size
        self._flush_s = flush_s
        #: task id -> (owner, state) waiting to be written.
        self._pending: dict[str, tuple[TaskOwner, str | None]] = {}
        self._wake = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None

    def bind(self, engine: AsyncEngine) -> None:
        self._engine = engine

    def _put(self, task_id: str, owner: TaskOwner) -> None:
        self._cache[task_id] = owner
        self._cache.move_to_end(task_id)
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)

    async def get(self, task_id: str) -> TaskOwner | None:
        """The owner of ``task_id``, or ``None`` if the gateway has never seen it."""
        hit = self._cache.get(task_id)
        if hit is not None:
            return hit
        pending = self._pending.get(task_id)
        if pending is not None:
            return pending[0]
        if self._engine is None:
            return None
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(a2a_tasks.c.agent, a2a_tasks.c.owner, a2a_tasks.c.context_id).where(
                        a2a_tasks.c.task_id == task_id
                    )
                )
            ).first()
        if row is None:
            return None
        owner = TaskOwner(row.agent, row.owner, row.context_id)
        self._put(task_id, owner)
        return owner

    async def lookup(self, task_id: str, agent: str, owner: str) -> TaskOwner | None:
        """The entry when it belongs to ``agent`` and ``owner``; ``None`` otherwise."""
        entry = await self.get(task_id)
        if entry is None or entry.agent != agent or entry.owner != owner:
            return None
        return entry

    def remember(self, task_id: str, agent: str, owner: str, context_id: str | None, state: str | None) -> None:
        """Record a task seen in a response. The first owner wins: a later response naming
        the same id never moves it to another principal."""
        if not task_id or len(task_id) > 256:
            return
        known = self._cache.get(task_id) or (self._pending.get(task_id) or (None,))[0]
        if known is not None and (known.agent != agent or known.owner != owner):
            return
        entry = known or TaskOwner(agent, owner, context_id)
        if known is None:
            self._put(task_id, entry)
        if self._engine is not None:
            self._pending[task_id] = (entry, state)
            self._wake.set()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[TaskMap]:
        """Run the background writer; flush what is left on exit."""
        self._writer = asyncio.create_task(self._write_loop(), name="a2a-task-map-writer")
        try:
            yield self
        finally:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            await self.flush()

    async def _write_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            await asyncio.sleep(self._flush_s)
            try:
                await self.flush()
            except Exception:  # noqa: BLE001 - keep the map working if the store hiccups
                await asyncio.sleep(1.0)

    async def flush(self) -> None:
        if not self._pending or self._engine is None:
            return
        batch, self._pending = self._pending, {}
        now = time.time()
        rows = [
            {
                "task_id": tid,
                "agent": o.agent,
                "owner": o.owner,
                "context_id": o.context_id,
                "state": st,
                "created_at": now,
                "updated_at": now,
            }
            for tid, (o, st) in batch.items()
        ]
        dialect = self._engine.dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
        stmt = insert(a2a_tasks)
        stmt = stmt.on_conflict_do_update(
            index_elements=[a2a_tasks.c.task_id],
            set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
        )
        try:
            async with self._engine.begin() as conn:
                await conn.execute(stmt, rows)
        except Exception:
            # Put the batch back (newer entries win) so nothing is lost on a transient error.
            for k, v in batch.items():
                self._pending.setdefault(k, v)
            raise

"""The vector index of cached prompts: a persistent store (``vector_store.py``) behind an
in-process mirror that answers every query.

Each vector carries its namespace and context key, so entries never cross namespaces and a
follow-up is only compared with prompts asked in the same conversation. Queries are answered by
:class:`~bastion.gateway.semcache.mirror.VectorMirror` (exact top-k over the one (namespace,
context) block, well under a millisecond); the store keeps rows across restarts: every add goes
to the mirror, then to the store; deletes go to both. The store is a local SQLite file by
default (``sqlite_store.py``), or Chroma, embedded or a server several replicas share
(``chroma_store.py``).

How the mirror is filled:

* a store of this process alone (SQLite, embedded Chroma): every unexpired row is read at
  :meth:`VectorIndex.open` when the store holds at most ``max_entries`` rows; the mirror is then
  complete and an unknown context is simply empty. Past the cap (or after the mirror dropped a
  block to stay under it) an unknown context is read from the store and kept;
* a shared store (a Chroma server several replicas write to): a context is read on first use
  and re-read in the background when older than ``refresh_s``, serving the current copy
  meanwhile. A stale copy can miss an entry another replica just wrote; it never serves a wrong
  one, because the cache re-checks every candidate in the KV store (TTL and purge cut-offs).

Store calls block, so every one runs in a worker thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import anyio
import numpy as np

from bastion.gateway.embeddings import DIM
from bastion.gateway.semcache.batcher import QueryBatcher
from bastion.gateway.semcache.chroma_store import ChromaStore
from bastion.gateway.semcache.mirror import Neighbour, Query, Rows, VectorMirror
from bastion.gateway.semcache.spelling import Vocabulary
from bastion.gateway.semcache.sqlite_store import SqliteStore
from bastion.gateway.semcache.vector_store import StoredRow, VectorStore

__all__ = ["Neighbour", "VectorIndex"]

log = logging.getLogger("bastion.semcache")

#: Rows per page when reading the whole store.
PAGE = 5_000
#: Blocks at most this big are searched on the event loop, concurrent queries in one shared scan
#: (prefiltered on leading dimensions: about a millisecond for 16 queries against 30,000 rows,
#: less than a thread hop under load); bigger ones in a worker thread, one query at a time.
INLINE_ROWS = 200_000


StoreKind = Literal["sqlite", "chroma", "none"]


def make_store(
    collection: str, data_dir: Path | None, url: str | None, kind: StoreKind, dim: int
) -> VectorStore | None:
    """The store the settings name: a Chroma server when ``url`` is given, else ``kind`` under
    ``data_dir`` (None: ``none``, the mirror is all there is)."""
    if url:
        return ChromaStore(collection, url=url)
    if kind == "none":
        return None
    if data_dir is None:
        raise ValueError("an embedded vector store needs the data directory")
    if kind == "chroma":
        return ChromaStore(collection, path=data_dir / "chroma")
    return SqliteStore.in_dir(data_dir, collection, dim)


class VectorIndex:
    """Add, query and delete prompt vectors: a persistent store plus its in-process mirror."""

    def __init__(
        self,
        collection: str,
        data_dir: Path | None = None,
        url: str | None = None,
        max_entries: int = 100_000,
        refresh_s: float = 1.5,
        dim: int = DIM,
        on_batch: Callable[[int], None] | None = None,
        store: StoreKind = "sqlite",
        vocabulary_words: int = 100_000,
    ) -> None:
        """``url``: a Chroma server (else ``store`` under ``data_dir``; ``none``: no store, the
        mirror only); ``on_batch``: told the number of queries of each shared scan (a metric)."""
        self.store: VectorStore | None = make_store(collection, data_dir, url, store, dim)
        self._refresh_s = refresh_s
        self._opened = False
        self._lock = threading.Lock()
        self._block_locks: dict[tuple[str, str], threading.Lock] = {}
        self.mirror = VectorMirror(max_entries, dim)
        #: The words of every prompt the mirror was given, per namespace (typo correction).
        self.vocabulary = Vocabulary(vocabulary_words)
        # Concurrent queries answered from the mirror share one scan (see batcher.py).
        self._batcher: QueryBatcher[Query, list[Neighbour]] = QueryBatcher(self.mirror.query_many, on_batch)
        # Background re-reads of blocks (shared store only): one thread, so a slow server
        # never piles up readers.
        self._refresher: ThreadPoolExecutor | None = None

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> VectorStore | None:
        with self._lock:
            if not self._opened:
                if self.store is not None:
                    self.store.open()
                if self.store is None or not self.store.shared:
                    self._preload(self.store)
                self._opened = True
            return self.store

    def _preload(self, store: VectorStore | None) -> None:
        """Read every unexpired row into the mirror if they fit (a store of this process only;
        without a store the empty mirror is complete)."""
        started, generation = time.monotonic(), self.mirror.generation
        if store is None:
            self.mirror.install_all({}, started, generation)
            return
        total = store.count()
        if total > self.mirror.max_entries:
            log.info(
                "vector index: %d rows exceed mirror_max_entries=%d; contexts load on use",
                total,
                self.mirror.max_entries,
            )
            return
        blocks: dict[tuple[str, str], Rows] = {}
        for page in store.pages(time.time(), PAGE):
            for cid, vec, doc, meta in page:
                key = (str(meta.get("ns", "")), str(meta.get("ctx", "")))
                blocks.setdefault(key, Rows()).append(cid, vec, doc, meta)
                self.vocabulary.add(key[0], doc)
        self.mirror.install_all(blocks, started, generation)

    async def open(self) -> None:
        """Open (or create) the store and fill the mirror, in a worker thread."""
        await anyio.to_thread.run_sync(self._open)

    @property
    def opened(self) -> bool:
        return self._opened

    # -- blocking implementations -------------------------------------------------------------
    def _add_many(self, rows: list[StoredRow]) -> None:
        store = self._open()
        if store is not None:
            store.upsert(rows)

    def _read_block(self, namespace: str, context: str) -> None:
        """Read one (namespace, context) from the store into the mirror."""
        started, generation = time.monotonic(), self.mirror.generation
        store = self._open()
        rows = Rows()
        for cid, vec, doc, meta in store.read_block(namespace, context, time.time()) if store is not None else []:
            rows.append(cid, vec, doc, meta)
            self.vocabulary.add(namespace, doc)
        self.mirror.install(namespace, context, rows, started, generation)

    def _load_block(self, namespace: str, context: str) -> None:
        """Read a block unless another caller did meanwhile (one read per block at a time)."""
        key = (namespace, context)
        with self._lock:
            lock = self._block_locks.setdefault(key, threading.Lock())
        try:
            with lock:
                if not self.mirror.loaded(namespace, context):
                    self._read_block(namespace, context)
        finally:
            with self._lock:
                if len(self._block_locks) > 4096:
                    self._block_locks.clear()

    def _refresh(self, namespace: str, context: str) -> None:
        try:
            self._read_block(namespace, context)
        except Exception as e:  # noqa: BLE001 - keep serving the copy we have
            self.mirror.refresh_failed(namespace, context)
            log.warning("vector index refresh failed: %s", type(e).__name__)

    def _query(self, vector: np.ndarray, namespace: str, context: str, k: int, now: float) -> list[Neighbour]:
        self._open()
        if not self.mirror.loaded(namespace, context):
            self._load_block(namespace, context)
        return self.mirror.query(vector, namespace, context, k, now)

    def _delete(self, namespace: str | None, model: str | None, before: float | None) -> None:
        store = self._open()
        if store is not None:
            store.delete(namespace, model, before)

    def _count(self) -> int:
        store = self._open()
        return store.count() if store is not None else self.mirror.rows

    # -- async API -----------------------------------------------------------------------------
    async def add(self, entry_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        """Add (or replace) one vector: in the mirror at once, then in the store."""
        if not self._opened:
            await self.open()
        ns, ctx = str(meta.get("ns", "")), str(meta.get("ctx", ""))
        self.mirror.add(ns, ctx, entry_id, vector, prompt, meta)
        self.vocabulary.add(ns, prompt)
        await anyio.to_thread.run_sync(self._add_many, [(entry_id, vector, prompt, meta)])
        self.mirror.confirm(ns, ctx, entry_id)

    async def add_to_mirror(self, rows: list[StoredRow]) -> None:
        """Add (or replace) vectors in the mirror (pending until :meth:`persist` confirms)."""
        if rows and not self._opened:
            await self.open()
        self.mirror.add_many(rows)
        for _, _, prompt, meta in rows:
            self.vocabulary.add(str(meta.get("ns", "")), prompt)

    async def persist(self, rows: list[StoredRow]) -> None:
        """Write rows already in the mirror to the store in one batch, then confirm them."""
        if not rows or self.store is None:
            return
        await anyio.to_thread.run_sync(self._add_many, rows)
        for cid, _, _, meta in rows:
            self.mirror.confirm(str(meta.get("ns", "")), str(meta.get("ctx", "")), cid)

    async def query(self, vector: np.ndarray, namespace: str, context: str, k: int, now: float) -> list[Neighbour]:
        """The ``k`` nearest unexpired vectors of (namespace, context), best first."""
        block = self.mirror.block(namespace, context) if self._opened else None
        if block is None or not block.loaded:
            if self._opened and block is None and self.mirror.complete:
                return []
            return await anyio.to_thread.run_sync(self._query, vector, namespace, context, k, now)
        if (
            self.store is not None
            and self.store.shared
            and self.mirror.mark_refreshing(namespace, context, self._refresh_s)
        ):
            self._refresh_later(namespace, context)
        if block.n > INLINE_ROWS:
            return await anyio.to_thread.run_sync(self.mirror.query, vector, namespace, context, k, now)
        return await self._batcher.query(Query(vector, namespace, context, k, now))

    def _refresh_later(self, namespace: str, context: str) -> None:
        if self._refresher is None:
            self._refresher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bastion-vindex")
        self._refresher.submit(self._refresh, namespace, context)

    async def delete(self, namespace: str | None = None, model: str | None = None, before: float | None = None) -> None:
        """Delete vectors matching every given condition (all of them when none is given)."""
        try:
            await anyio.to_thread.run_sync(self._delete, namespace, model, before)
        finally:
            # After the store: a block read racing this delete has it re-applied (generation).
            self.mirror.delete(namespace=namespace, model=model, before=before)

    async def count(self) -> int:
        return await anyio.to_thread.run_sync(self._count)

    def close(self) -> None:
        """Stop the background refresher (if any) and release the store."""
        if self._refresher is not None:
            self._refresher.shutdown(wait=False, cancel_futures=True)
            self._refresher = None
        with self._lock:
            self._opened = False
        if self.store is not None:
            self.store.close()

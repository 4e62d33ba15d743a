"""The vector index of cached prompts: Chroma, embedded (persistent under the data directory)
or a Chroma server by URL for several replicas, with an in-process mirror answering queries.

Each vector carries its namespace and context key as metadata, so entries never cross
namespaces and a follow-up is only compared with prompts asked in the same conversation.
Chroma's query with that filter costs ~19 ms, so queries are answered by
:class:`~bastion.gateway.semcache.mirror.VectorMirror` (exact top-k over the one
(namespace, context) block, well under a millisecond); Chroma is the persistent and shared
store: every add goes to the mirror, then to Chroma; deletes go to both.

How the mirror is filled:

* embedded Chroma (this process owns the data directory): the whole collection is read at
  :meth:`VectorIndex.open` when it holds at most ``max_entries`` rows; the mirror is then
  complete and an unknown context is simply empty. Past the cap (or after the mirror dropped
  a block to stay under it) an unknown context is read from Chroma with one filtered ``get``
  and kept;
* a Chroma server (several replicas write to it): a context is read on first use and re-read
  in the background when older than ``refresh_s``, serving the current copy meanwhile. A stale
  copy can miss an entry another replica just wrote; it never serves a wrong one, because the
  cache re-checks every candidate in the KV store (TTL and purge cut-offs).

Chroma's client is blocking, so every Chroma call runs in a worker thread; embedded Chroma runs
in a child process (``store_process.py``: its Rust bindings hold the GIL through a write).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import anyio
import numpy as np

from bastion.gateway.embeddings import DIM
from bastion.gateway.semcache.batcher import QueryBatcher
from bastion.gateway.semcache.mirror import Neighbour, Query, Rows, VectorMirror
from bastion.gateway.semcache.store_process import ChildCollection

__all__ = ["Neighbour", "VectorIndex"]

log = logging.getLogger("bastion.semcache")

#: Rows per ``collection.get`` page when reading the collection.
PAGE = 5_000
#: Blocks at most this big are searched on the event loop, concurrent queries in one shared scan
#: (prefiltered on leading dimensions: about a millisecond for 16 queries against 30,000 rows,
#: less than a thread hop under load); bigger ones in a worker thread, one query at a time.
INLINE_ROWS = 200_000
_INCLUDE = ["embeddings", "metadatas", "documents"]


def _rows_of(res: dict[str, Any]) -> list[tuple[str, np.ndarray, str, dict[str, Any]]]:
    """(id, vector, document, metadata) of a Chroma ``get`` result."""
    ids = res.get("ids") or []
    embeddings = res.get("embeddings")
    if embeddings is None:
        if ids:
            raise ValueError("the vector store returned rows without their embeddings")
        return []
    docs = res.get("documents") or [None] * len(ids)
    metas = res.get("metadatas") or [None] * len(ids)
    return [
        (str(cid), np.asarray(embeddings[i], dtype=np.float32), str(docs[i] or ""), metas[i] or {})
        for i, cid in enumerate(ids)
    ]


class VectorIndex:
    """Add, query and delete prompt vectors: one Chroma collection plus its in-process mirror."""

    def __init__(
        self,
        collection: str,
        data_dir: Path | None = None,
        url: str | None = None,
        max_entries: int = 100_000,
        refresh_s: float = 1.5,
        dim: int = DIM,
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        """``on_batch``: told the number of queries of each shared scan (a metric)."""
        self._name = collection
        self._data_dir = data_dir
        self._url = url
        self._refresh_s = refresh_s
        self._collection: Any = None
        self._lock = threading.Lock()
        self._block_locks: dict[tuple[str, str], threading.Lock] = {}
        self.mirror = VectorMirror(max_entries, dim)
        # Concurrent queries answered from the mirror share one scan (see batcher.py).
        self._batcher: QueryBatcher[Query, list[Neighbour]] = QueryBatcher(self.mirror.query_many, on_batch)
        # Background re-reads of blocks (Chroma server only): one thread, so a slow server
        # never piles up readers.
        self._refresher: ThreadPoolExecutor | None = None
        self._child: ChildCollection | None = None

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> Any:
        with self._lock:
            if self._collection is not None:
                return self._collection
            collection: Any
            if self._url:
                import chromadb
                from chromadb.config import Settings as ChromaSettings

                u = urlparse(self._url)
                client = chromadb.HttpClient(
                    host=u.hostname or "localhost",
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
                )
                collection = client.get_or_create_collection(self._name, metadata={"hnsw:space": "cosine"})
            else:
                # Embedded Chroma holds the GIL through every write: it runs in a child
                # process (see store_process.py), this process never imports it.
                assert self._data_dir is not None
                self._child = ChildCollection(self._data_dir / "chroma", self._name)
                collection = self._child
                self._preload(collection)
            self._collection = collection
            return collection

    def _preload(self, collection: Any) -> None:
        """Read the whole collection into the mirror if it fits (embedded Chroma only)."""
        total = int(collection.count())
        if total > self.mirror.max_entries:
            log.info(
                "vector index: %d rows exceed mirror_max_entries=%d; contexts load on use",
                total,
                self.mirror.max_entries,
            )
            return
        started, generation, now = time.monotonic(), self.mirror.generation, time.time()
        blocks: dict[tuple[str, str], Rows] = {}
        for offset in range(0, total + PAGE, PAGE):
            page = _rows_of(collection.get(include=_INCLUDE, limit=PAGE, offset=offset))
            for cid, vec, doc, meta in page:
                if float(meta.get("exp", 0.0)) <= now:
                    continue  # expired: never served, not worth memory
                key = (str(meta.get("ns", "")), str(meta.get("ctx", "")))
                blocks.setdefault(key, Rows()).append(cid, vec, doc, meta)
            if len(page) < PAGE:
                break
        self.mirror.install_all(blocks, started, generation)

    async def open(self) -> None:
        """Open (or create) the collection and fill the mirror, in a worker thread."""
        await anyio.to_thread.run_sync(self._open)

    # -- blocking implementations -------------------------------------------------------------
    def _add(self, entry_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        self._open().upsert(
            ids=[entry_id],
            embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
            documents=[prompt],
            metadatas=[meta],
        )

    def _add_many(self, rows: list[tuple[str, np.ndarray, str, dict[str, Any]]]) -> None:
        # Chroma refuses duplicate ids within one upsert: the last write of an id wins.
        latest = {cid: (cid, vec, doc, meta) for cid, vec, doc, meta in rows}
        ids = list(latest)
        self._open().upsert(
            ids=ids,
            # One array, not lists of Python floats: this runs in a thread, and building
            # hundreds of thousands of float objects would hold the GIL the requests need.
            embeddings=np.stack([np.asarray(latest[i][1], dtype=np.float32) for i in ids]),
            documents=[latest[i][2] for i in ids],
            metadatas=[latest[i][3] for i in ids],
        )

    def _read_block(self, namespace: str, context: str) -> None:
        """Read one (namespace, context) from Chroma into the mirror."""
        started, generation = time.monotonic(), self.mirror.generation
        res = self._open().get(where={"$and": [{"ns": namespace}, {"ctx": context}]}, include=_INCLUDE)
        now = time.time()
        rows = Rows()
        for cid, vec, doc, meta in _rows_of(res):
            if float(meta.get("exp", 0.0)) > now:
                rows.append(cid, vec, doc, meta)
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

    def _delete(self, where: dict[str, Any]) -> None:
        self._open().delete(where=where)

    def _count(self) -> int:
        return int(self._open().count())

    # -- async API -----------------------------------------------------------------------------
    async def add(self, entry_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        """Add (or replace) one vector: in the mirror at once, then in Chroma."""
        if self._collection is None:
            await self.open()
        ns, ctx = str(meta.get("ns", "")), str(meta.get("ctx", ""))
        self.mirror.add(ns, ctx, entry_id, vector, prompt, meta)
        await anyio.to_thread.run_sync(self._add, entry_id, vector, prompt, meta)
        self.mirror.confirm(ns, ctx, entry_id)

    async def add_to_mirror(self, rows: list[tuple[str, np.ndarray, str, dict[str, Any]]]) -> None:
        """Add (or replace) vectors in the mirror (pending until :meth:`persist` confirms)."""
        if rows and self._collection is None:
            await self.open()
        self.mirror.add_many(rows)

    async def persist(self, rows: list[tuple[str, np.ndarray, str, dict[str, Any]]]) -> None:
        """Write rows already in the mirror to Chroma in one upsert, then confirm them."""
        if not rows:
            return
        await anyio.to_thread.run_sync(self._add_many, rows)
        for cid, _, _, meta in rows:
            self.mirror.confirm(str(meta.get("ns", "")), str(meta.get("ctx", "")), cid)

    async def query(self, vector: np.ndarray, namespace: str, context: str, k: int, now: float) -> list[Neighbour]:
        """The ``k`` nearest unexpired vectors of (namespace, context), best first."""
        block = self.mirror.block(namespace, context) if self._collection is not None else None
        if block is None or not block.loaded:
            if self._collection is not None and block is None and self.mirror.complete:
                return []
            return await anyio.to_thread.run_sync(self._query, vector, namespace, context, k, now)
        if self._url and self.mirror.mark_refreshing(namespace, context, self._refresh_s):
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
        conds: list[dict[str, Any]] = []
        if namespace is not None:
            conds.append({"ns": namespace})
        if model is not None:
            conds.append({"model": model})
        if before is not None:
            conds.append({"t": {"$lt": before}})
        if not conds:
            conds.append({"t": {"$gte": 0}})
        where = conds[0] if len(conds) == 1 else {"$and": conds}
        try:
            await anyio.to_thread.run_sync(self._delete, where)
        finally:
            # After Chroma: a block read racing this delete has it re-applied (generation).
            self.mirror.delete(namespace=namespace, model=model, before=before)

    async def count(self) -> int:
        return await anyio.to_thread.run_sync(self._count)

    def close(self) -> None:
        """Stop the background refresher (if any) and the embedded store's child process."""
        if self._refresher is not None:
            self._refresher.shutdown(wait=False, cancel_futures=True)
            self._refresher = None
        with self._lock:
            child, self._child, self._collection = self._child, None, None
        if child is not None:
            child.close()

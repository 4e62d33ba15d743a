"""Chroma as the cache's persistent vector store: embedded (in a child process, under the data
directory) or a Chroma server by URL, which several replicas share.

The default store is a local SQLite file (``sqlite_store.py``, which says why). Chroma is the
choice for replicas that share semantic entries through one server (``semcache.chroma_url``),
or, embedded, for those who want it (``semcache.vector_store: chroma``). Either way the
in-process mirror answers queries; Chroma's own filtered query (~19 ms) is never on the request
path. Each row carries its namespace and context key as metadata, so reads and deletes filter
on them.

Chroma's client is blocking (the index calls this in worker threads); embedded Chroma runs in
a child process (``store_process.py``: its Rust bindings hold the GIL through a write).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from bastion.gateway.semcache.store_process import ChildCollection
from bastion.gateway.semcache.vector_store import StoredRow

_INCLUDE = ["embeddings", "metadatas", "documents"]


def _rows_of(res: dict[str, Any]) -> list[StoredRow]:
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


class ChromaStore:
    """One Chroma collection: a server's (``url``) or an embedded one under ``path``."""

    def __init__(self, collection: str, path: Path | None = None, url: str | None = None) -> None:
        if path is None and url is None:
            raise ValueError("a Chroma store needs a directory or a server URL")
        self._name = collection
        self._path = path
        self._url = url
        #: A server is written by every replica: blocks are re-read in the background.
        self.shared = url is not None
        self._lock = threading.Lock()
        self.collection: Any = None
        #: The embedded store's child process (None for a server).
        self.child: ChildCollection | None = None

    def open(self) -> None:
        self._open()

    def _open(self) -> Any:
        with self._lock:
            if self.collection is not None:
                return self.collection
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
                self.collection = client.get_or_create_collection(self._name, metadata={"hnsw:space": "cosine"})
            else:
                # Embedded Chroma holds the GIL through every write: it runs in a child process
                # (see store_process.py), this process never imports it.
                assert self._path is not None
                self.child = ChildCollection(self._path, self._name)
                self.collection = self.child
            return self.collection

    def count(self) -> int:
        return int(self._open().count())

    def pages(self, now: float, size: int) -> Iterator[list[StoredRow]]:
        collection = self._open()
        offset = 0
        while True:
            page = _rows_of(collection.get(include=_INCLUDE, limit=size, offset=offset))
            yield [r for r in page if float(r[3].get("exp", 0.0)) > now]
            if len(page) < size:
                return
            offset += size

    def read_block(self, namespace: str, context: str, now: float) -> list[StoredRow]:
        res = self._open().get(where={"$and": [{"ns": namespace}, {"ctx": context}]}, include=_INCLUDE)
        return [r for r in _rows_of(res) if float(r[3].get("exp", 0.0)) > now]

    def upsert(self, rows: Sequence[StoredRow]) -> None:
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

    def delete(self, namespace: str | None, model: str | None, before: float | None) -> None:
        conds: list[dict[str, Any]] = []
        if namespace is not None:
            conds.append({"ns": namespace})
        if model is not None:
            conds.append({"model": model})
        if before is not None:
            conds.append({"t": {"$lt": before}})
        if not conds:
            conds.append({"t": {"$gte": 0}})
        self._open().delete(where=conds[0] if len(conds) == 1 else {"$and": conds})

    def close(self) -> None:
        """Stop the embedded store's child process (nothing to do for a server)."""
        with self._lock:
            child, self.child, self.collection = self.child, None, None
        if child is not None:
            child.close()

"""The vector index of cached prompts: Chroma, embedded (persistent under the data directory)
or a Chroma server by URL for several replicas.

Chroma's client is blocking, so every call runs in a worker thread. Each vector carries its
namespace and context key as metadata and every query filters on both, so entries never cross
namespaces and a follow-up is only compared with prompts asked in the same conversation.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import anyio
import numpy as np


@dataclass(frozen=True, slots=True)
class Neighbour:
    entry_id: str
    score: float  # cosine similarity
    prompt: str
    created: float
    expires: float
    predictive: bool


class VectorIndex:
    """Add, query and delete prompt vectors in one Chroma collection."""

    def __init__(self, collection: str, data_dir: Path | None = None, url: str | None = None) -> None:
        self._name = collection
        self._data_dir = data_dir
        self._url = url
        self._collection: Any = None
        self._lock = threading.Lock()

    def _open(self) -> Any:
        with self._lock:
            if self._collection is not None:
                return self._collection
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
            if self._url:
                u = urlparse(self._url)
                client = chromadb.HttpClient(
                    host=u.hostname or "localhost",
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=chroma_settings,
                )
            else:
                assert self._data_dir is not None
                path = self._data_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            self._collection = client.get_or_create_collection(
                self._name, metadata={"hnsw:space": "cosine"}
            )
            return self._collection

    async def open(self) -> None:
        """Open (or create) the collection in a worker thread."""
        await anyio.to_thread.run_sync(self._open)

    # -- blocking implementations -------------------------------------------------------------
    def _add(self, entry_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        self._open().upsert(
            ids=[entry_id], embeddings=[vector.tolist()], documents=[prompt], metadatas=[meta]
        )

    def _query(self, vector: np.ndarray, namespace: str, context: str, k: int, now: float) -> list[Neighbour]:
        where = {"$and": [{"ns": namespace}, {"ctx": context}, {"exp": {"$gt": now}}]}
        res = self._open().query(
            query_embeddings=[vector.tolist()],
            n_results=k,
            where=where,
            include=["distances", "metadatas", "documents"],
        )
        ids = res["ids"][0] if res["ids"] else []
        out = []
        for i, eid in enumerate(ids):
            meta = res["metadatas"][0][i] or {}
            out.append(
                Neighbour(
                    entry_id=str(meta.get("eid", eid)),
                    score=1.0 - float(res["distances"][0][i]),
                    prompt=str(res["documents"][0][i] or ""),
                    created=float(meta.get("t", 0.0)),
                    expires=float(meta.get("exp", 0.0)),
                    predictive=bool(meta.get("pre", False)),
                )
            )
        return out

    def _delete(self, where: dict[str, Any]) -> None:
        self._open().delete(where=where)

    def _count(self) -> int:
        return int(self._open().count())

    # -- async API -----------------------------------------------------------------------------
    async def add(self, entry_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        await anyio.to_thread.run_sync(self._add, entry_id, vector, prompt, meta)

    async def query(
        self, vector: np.ndarray, namespace: str, context: str, k: int, now: float
    ) -> list[Neighbour]:
        return await anyio.to_thread.run_sync(self._query, vector, namespace, context, k, now)

    async def delete(
        self, namespace: str | None = None, model: str | None = None, before: float | None = None
    ) -> None:
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
        await anyio.to_thread.run_sync(self._delete, where)

    async def count(self) -> int:
        return await anyio.to_thread.run_sync(self._count)

"""What the vector index needs from a persistent store of prompt vectors.

The in-process mirror (``mirror.py``) answers every query; a store only keeps the rows across
restarts (and, for a store several replicas write to, shares them). So a store is asked for few
things: write rows in batches, read every unexpired row at start-up, read one (namespace,
context) block, delete by namespace / model / age, count. Two implementations:

* :class:`~bastion.gateway.semcache.sqlite_store.SqliteStore`, the default: one local SQLite
  file under the data directory, written from a worker thread (SQLite releases the GIL);
* :class:`~bastion.gateway.semcache.chroma_store.ChromaStore`: embedded Chroma in a child
  process, or a Chroma server that several replicas share (``semcache.chroma_url``).

A row travels as :data:`StoredRow`: its store id (``<namespace>:<entry id>``), its vector, the
prompt, and the metadata the mirror keeps (``ns``, ``ctx``, ``model``, ``t`` created, ``exp``
expires, ``eid`` entry id, ``pre`` predictive), the same shape the writer hands over.
Every method blocks: the index calls them in worker threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

import numpy as np

#: (store id, vector, prompt, metadata).
StoredRow = tuple[str, np.ndarray, str, dict[str, Any]]


class VectorStore(Protocol):
    #: Other processes write to the same store (replicas): the mirror re-reads blocks it serves.
    shared: bool

    def open(self) -> None:
        """Open (or create) the store; idempotent."""

    def count(self) -> int:
        """Rows stored (expired ones not yet removed included)."""

    def pages(self, now: float, size: int) -> Iterator[list[StoredRow]]:
        """Every row alive at ``now``, ``size`` rows at a time (the start-up read)."""

    def read_block(self, namespace: str, context: str, now: float) -> list[StoredRow]:
        """The rows of (namespace, context) alive at ``now``."""

    def upsert(self, rows: Sequence[StoredRow]) -> None:
        """Add or replace rows by store id (the last of several rows with one id wins)."""

    def delete(self, namespace: str | None, model: str | None, before: float | None) -> None:
        """Delete the rows matching every given condition (all rows when none is given)."""

    def close(self) -> None:
        """Release the store (a child process, a connection); idempotent."""

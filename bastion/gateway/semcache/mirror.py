"""An in-process copy of the cache's prompt vectors, one block per (namespace, context).

A semantic lookup only ever compares a prompt with the prompts of the same namespace and
conversation context, so the vectors are kept in one float32 matrix per (namespace, context)
and a query is a dot-product top-k over that one block, skipping expired rows (exact for small
blocks, prefiltered on leading dimensions for big ones, see :func:`_prefiltered`): well under a
millisecond for a few thousand rows, against ~19 ms for Chroma's filtered query. Queries of one
block that arrive together are scored in one matrix product (:meth:`VectorMirror.query_many`,
fed by ``batcher.py``).
The persistent store (a local SQLite file, or Chroma; see ``index.py``) keeps the rows; this
mirror only answers queries.

Blocks are bounded in total rows; the least recently used block is dropped past the cap.
A block is either *loaded* (it holds every row the store had when it was read, plus rows added
here since) or not (it only holds rows added here, and must be read from the store before it
answers). A row added here is *pending* until its write to the store is confirmed; a read that
began before that confirmation may lack it, so the row survives that read (see
:meth:`VectorMirror.install`); later reads are the truth (another replica's purge included).

Thread-safe: the event loop queries and adds while worker threads install rows read from
the store. A query works on a consistent view of its block's arrays taken under the lock, and
does its arithmetic outside it (a compaction or a growth replaces arrays, never edits them).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bastion.gateway.embeddings import DIM, unit_rows


@dataclass(frozen=True, slots=True)
class Neighbour:
    entry_id: str
    score: float  # cosine similarity
    prompt: str
    created: float
    expires: float
    predictive: bool


@dataclass(frozen=True, slots=True)
class Query:
    """One nearest-neighbour query: the ``k`` best rows of (namespace, context) alive at ``now``."""

    vector: np.ndarray
    namespace: str
    context: str
    k: int
    now: float


@dataclass(slots=True)
class Rows:
    """Rows for one (namespace, context), as read from the store or added here."""

    ids: list[str] = field(default_factory=list)  # store ids
    entry_ids: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    created: list[float] = field(default_factory=list)
    expires: list[float] = field(default_factory=list)
    predictive: list[bool] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)

    def append(self, chroma_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]) -> None:
        self.ids.append(chroma_id)
        self.entry_ids.append(str(meta.get("eid", chroma_id)))
        self.prompts.append(prompt)
        self.models.append(str(meta.get("model", "")))
        self.created.append(float(meta.get("t", 0.0)))
        self.expires.append(float(meta.get("exp", 0.0)))
        self.predictive.append(bool(meta.get("pre", False)))
        self.vectors.append(np.asarray(vector, dtype=np.float32).reshape(-1))

    def __len__(self) -> int:
        return len(self.ids)


def _unit_rows(q: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.einsum("ij,ij->i", q, q))[:, None]
    unit: np.ndarray = q / np.maximum(norms, 1e-12)
    return unit


#: Blocks with more rows are searched in two steps (see :func:`_prefiltered`).
PREFILTER_ROWS = 2048
PREFILTER_DIMS = 64
PREFILTER_KEEP = 64


def _prefiltered(
    vecs: np.ndarray, head: np.ndarray, q: np.ndarray, keep: int, head_t: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """For each query row of ``q``, the ``keep`` rows best on the leading ``PREFILTER_DIMS``
    dimensions and their exact scores over all dimensions (indices, scores; both
    ``(queries, keep)``).

    The cache's static vectors are principal components in order of variance, so their first
    64 dimensions rank neighbours almost as the full 256 do, at a quarter of the memory read:
    a big block costs a quarter of an exact scan, and the few rows that matter are re-scored
    exactly (the verifier sees exact cosines). ``head`` is a contiguous copy of the leading
    dimensions of the first rows; rows added since are scored in full. All queries go in one
    matrix product: the block is read once for all of them (see :class:`QueryBatcher`).

    The product is written block-times-queries (``head @ q.T``, then transposed): the same
    numbers as ``q @ head.T`` (the same BLAS kernel with its operands swapped, tested), half
    the time for a batch of 4-16 queries (measured on the 2-core box, 30,000 rows).

    ``head_t`` (optional): the same leading dimensions stored transposed, ``(PREFILTER_DIMS,
    rows)``. A batch of two or more queries is then scored as ``q @ head_t``: the very numbers
    of ``head @ q.T`` (the same matrix-matrix kernel, each score summed over the same 64
    products; tested bit for bit on real prompt vectors for every batch size), already laid
    out one row per query, so the transposed copy of the product (~0.2-0.3 ms for 12 queries
    against 20,000 rows, a fifth of the scan) is not made, and the product itself is no
    slower. A lone query keeps ``head``'s matrix-vector product (a different kernel, whose
    sums may round differently)."""
    m, n = len(head), len(vecs)
    if head_t is not None and len(q) > 1:
        first = q[:, :PREFILTER_DIMS] @ head_t
    else:
        first = np.ascontiguousarray((head @ q[:, :PREFILTER_DIMS].T).T)
    if m < n:
        first = np.concatenate([first, (vecs[m:] @ q.T).T], axis=1)
    keep = min(keep, n)
    best = _best_rows(first, keep)
    exact = np.matmul(vecs[best], q[:, :, None])[:, :, 0]
    return best, exact


#: :func:`_best` guesses its cut-off from every ``SAMPLE_STEP``-th score.
SAMPLE_STEP = 16


def _best(scores: np.ndarray, keep: int) -> np.ndarray:
    """Indices of the ``keep`` highest ``scores`` (in no order), as ``argpartition`` gives them
    (one row of :func:`_best_rows`)."""
    chosen: np.ndarray = _best_rows(scores[None, :], keep)[0]
    return chosen


def _best_rows(scores: np.ndarray, keep: int) -> np.ndarray:
    """For each row of ``scores`` ``(queries, n)``, the indices of its ``keep`` highest scores
    (in no order), as ``argpartition`` gives them; ``(queries, keep)``.

    Selecting from 30,000 scores costs ~50 us a query, a quarter of the shared scan; most rows
    are far from the best. So a cut-off is guessed from a strided sample (its ``2 * keep /
    SAMPLE_STEP``-th best, about the ``2 * keep``-th best overall) and only the rows at or above it
    are partitioned. Exact, not a heuristic: when at least ``keep`` rows reach the cut-off, every
    one of the ``keep`` best does; otherwise the whole row is partitioned. The cut-offs of all
    rows come from one partition of the samples."""
    rows, n = scores.shape
    m = 2 * keep // SAMPLE_STEP
    if n < 8 * keep or m < 1:
        small: np.ndarray = np.argpartition(scores, n - keep, axis=1)[:, n - keep :]
        return small
    sample = scores[:, ::SAMPLE_STEP]
    width = sample.shape[1]
    cuts = np.partition(sample, width - m, axis=1)[:, width - m]
    out = np.empty((rows, keep), dtype=np.intp)
    for j in range(rows):
        row = scores[j]
        above = np.flatnonzero(row >= cuts[j])
        if len(above) < keep:
            out[j] = np.argpartition(row, n - keep)[n - keep :]
        else:
            out[j] = above[np.argpartition(row[above], len(above) - keep)[len(above) - keep :]]
    return out


class Block:
    """The rows of one (namespace, context): a growable matrix plus per-row columns."""

    def __init__(self, loaded: bool, dim: int = DIM) -> None:
        self.dim = dim
        self.loaded = loaded
        self.read_at = time.monotonic() if loaded else 0.0  # when its stored rows were read
        self.refreshing = False
        self.n = 0
        self.vecs = np.zeros((0, dim), dtype=np.float32)
        self.created = np.zeros(0, dtype=np.float64)
        self.expires = np.zeros(0, dtype=np.float64)
        # Monotonic time its write to the store was confirmed (inf: pending; 0: read from it).
        self.written = np.zeros(0, dtype=np.float64)
        self.predictive = np.zeros(0, dtype=bool)
        self.ids: list[str] = []
        self.entry_ids: list[str] = []
        self.prompts: list[str] = []
        self.models: list[str] = []
        self.pos: dict[str, int] = {}
        # Leading dimensions of the first rows, contiguous, for big blocks' prefilter, and the
        # same transposed (batches are scored against it, see _prefiltered); rebuilt together
        # when the matrix is replaced (growth, compaction) or many rows were added since.
        self._head = np.zeros((0, PREFILTER_DIMS), dtype=np.float32)
        self._head_t = np.zeros((PREFILTER_DIMS, 0), dtype=np.float32)
        self._head_src: np.ndarray | None = None

    def heads_of(self, vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The prefilter matrix for ``vecs`` (a view of this block's rows) and its transpose
        ``(PREFILTER_DIMS, rows)``, over the same rows."""
        base = vecs.base if vecs.base is not None else vecs
        if self._head_src is not base or len(vecs) - len(self._head) > PREFILTER_ROWS // 2:
            self._head = np.ascontiguousarray(vecs[:, :PREFILTER_DIMS])
            self._head_t = np.ascontiguousarray(self._head.T)
            self._head_src = base
        return self._head[: len(vecs)], self._head_t[:, : len(vecs)]

    def _grow(self, need: int) -> None:
        if need <= len(self.vecs):
            return
        cap = max(need, 2 * len(self.vecs), 16)
        # New arrays (never resized in place) so a query's view stays valid.
        self.vecs = np.concatenate([self.vecs[: self.n], np.zeros((cap - self.n, self.dim), np.float32)])
        for name, dtype in (
            ("created", np.float64),
            ("expires", np.float64),
            ("written", np.float64),
            ("predictive", bool),
        ):
            old = getattr(self, name)
            setattr(self, name, np.concatenate([old[: self.n], np.zeros(cap - self.n, dtype)]))

    def upsert(self, rows: Rows, written: float | np.ndarray) -> int:
        """Add or replace rows by store id; returns how many rows were new."""
        if not len(rows):
            return 0
        vecs = unit_rows(np.stack(rows.vectors))  # Chroma's cosine space normalises too
        when = np.broadcast_to(np.asarray(written, dtype=np.float64), (len(rows),))
        new = sum(1 for i in rows.ids if i not in self.pos)
        self._grow(self.n + new)
        at: list[int] = []
        for j, cid in enumerate(rows.ids):
            i = self.pos.get(cid)
            if i is None:
                i = self.n
                self.n += 1
                self.pos[cid] = i
                self.ids.append(cid)
                self.entry_ids.append(rows.entry_ids[j])
                self.prompts.append(rows.prompts[j])
                self.models.append(rows.models[j])
            else:
                self.entry_ids[i], self.prompts[i], self.models[i] = (
                    rows.entry_ids[j],
                    rows.prompts[j],
                    rows.models[j],
                )
            at.append(i)
        if len(set(at)) < len(at):
            # One id twice in the batch: row by row, so the later row wins, as it always did.
            for j, i in enumerate(at):
                self._set([i], vecs[j : j + 1], rows, j, j + 1, when[j : j + 1])
        else:
            # The arrays take the batch in one assignment each (a writer's batch used to cost
            # five numpy item assignments a row).
            self._set(np.asarray(at, dtype=np.intp), vecs, rows, 0, len(rows), when)
        return new

    def _set(self, at: Any, vecs: np.ndarray, rows: Rows, lo: int, hi: int, when: np.ndarray) -> None:
        self.vecs[at] = vecs
        self.created[at] = rows.created[lo:hi]
        self.expires[at] = rows.expires[lo:hi]
        self.predictive[at] = rows.predictive[lo:hi]
        self.written[at] = when

    def keep(self, mask: np.ndarray) -> int:
        """Keep only the rows where ``mask`` is true (new arrays and lists); rows dropped."""
        idx = np.flatnonzero(mask[: self.n])
        dropped = self.n - len(idx)
        if not dropped:
            return 0
        self.vecs = self.vecs[idx].copy()
        self.created, self.expires = self.created[idx].copy(), self.expires[idx].copy()
        self.written, self.predictive = self.written[idx].copy(), self.predictive[idx].copy()
        self.ids = [self.ids[i] for i in idx]
        self.entry_ids = [self.entry_ids[i] for i in idx]
        self.prompts = [self.prompts[i] for i in idx]
        self.models = [self.models[i] for i in idx]
        self.pos = {cid: i for i, cid in enumerate(self.ids)}
        self.n = len(idx)
        return dropped

    def unconfirmed(self, since: float) -> tuple[Rows, np.ndarray]:
        """Rows added here whose write to the store was not confirmed before ``since`` (monotonic),
        with their confirmation times."""
        out = Rows()
        idx = np.flatnonzero(self.written[: self.n] >= since)
        for i in idx:
            out.ids.append(self.ids[i])
            out.entry_ids.append(self.entry_ids[i])
            out.prompts.append(self.prompts[i])
            out.models.append(self.models[i])
            out.created.append(float(self.created[i]))
            out.expires.append(float(self.expires[i]))
            out.predictive.append(bool(self.predictive[i]))
            out.vectors.append(self.vecs[i])
        return out, self.written[idx].copy()


Key = tuple[str, str]


class VectorMirror:
    """Blocks of unit vectors per (namespace, context), LRU-bounded in total rows."""

    def __init__(self, max_entries: int = 100_000, dim: int = DIM) -> None:
        self.max_entries = max_entries
        self.dim = dim
        #: Every row of the store is here: an unknown context is simply empty.
        self.complete = False
        self.rows = 0
        #: Bumped by every delete; a store read records it to re-apply deletes it raced.
        self.generation = 0
        self._deletes: list[tuple[int, str | None, str | None, float | None]] = []
        self._blocks: OrderedDict[Key, Block] = OrderedDict()
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------------
    def block(self, namespace: str, context: str) -> Block | None:
        """The block of (namespace, context), marked most recently used."""
        with self._lock:
            b = self._blocks.get((namespace, context))
            if b is not None:
                self._blocks.move_to_end((namespace, context))
            return b

    def __contains__(self, key: Key) -> bool:
        return key in self._blocks

    def loaded(self, namespace: str, context: str) -> bool:
        """Whether a query of (namespace, context) can be answered here without the store."""
        b = self._blocks.get((namespace, context))
        return b.loaded if b is not None else self.complete

    def query(self, vector: np.ndarray, namespace: str, context: str, k: int, now: float) -> list[Neighbour]:
        """The ``k`` nearest unexpired rows of one block by cosine, best first."""
        return self.query_many([Query(vector, namespace, context, k, now)])[0]

    def query_many(self, queries: Sequence[Query]) -> list[list[Neighbour]]:
        """:meth:`query` for several queries: those of one block are scored together, in one
        matrix product (reading the block once), answers in the order of ``queries``."""
        out: list[list[Neighbour]] = [[] for _ in queries]
        by_block: dict[Key, list[int]] = {}
        for i, q in enumerate(queries):
            if q.k > 0:
                by_block.setdefault((q.namespace, q.context), []).append(i)
        for key, idx in by_block.items():
            for i, found in zip(idx, self._query_block(key, [queries[i] for i in idx]), strict=True):
                out[i] = found
        return out

    def _query_block(self, key: Key, queries: list[Query]) -> list[list[Neighbour]]:
        with self._lock:
            b = self._blocks.get(key)
            if b is None or b.n == 0:
                return [[] for _ in queries]
            n = b.n
            vecs, expires, created, pre = b.vecs[:n], b.expires[:n], b.created[:n], b.predictive[:n]
            entry_ids, prompts = b.entry_ids, b.prompts
        qm = _unit_rows(np.stack([np.asarray(q.vector, dtype=np.float32).reshape(-1) for q in queries]))
        now = min(q.now for q in queries)
        live = expires > now
        n_live = int(np.count_nonzero(live))
        if n_live == 0:
            self._compact(key, b, now)
            return [[] for _ in queries]
        if n - n_live > max(32, n // 2):
            self._compact(key, b, now)
        # Candidates (every row, or the prefilter's best of a big block) and their exact
        # scores; expired rows are dropped from the few candidates, not masked over the block.
        k_max = max(q.k for q in queries)
        if n > PREFILTER_ROWS and qm.shape[1] > PREFILTER_DIMS:
            head, head_t = b.heads_of(vecs)
            cands, all_scores = _prefiltered(vecs, head, qm, max(PREFILTER_KEEP, 8 * k_max), head_t)
        else:
            all_scores = qm @ vecs.T
            cands = np.broadcast_to(np.arange(n), all_scores.shape)
        results: list[list[Neighbour]] = []
        for row, q in enumerate(queries):
            cand, scores = cands[row], all_scores[row]
            if n_live < n or q.now > now:
                alive = expires[cand] > q.now
                cand, scores = cand[alive], scores[alive]
            kk = min(q.k, len(cand))
            if kk == 0:
                results.append([])
                continue
            top = np.argpartition(-scores, kk - 1)[:kk] if kk < len(cand) else np.arange(len(cand))
            top = top[np.argsort(-scores[top], kind="stable")]
            found = []
            for j in top:
                i = int(cand[j])
                found.append(
                    Neighbour(
                        entry_id=entry_ids[i],
                        score=float(scores[j]),
                        prompt=prompts[i],
                        created=float(created[i]),
                        expires=float(expires[i]),
                        predictive=bool(pre[i]),
                    )
                )
            results.append(found)
        return results

    # -- writing -------------------------------------------------------------------------------
    def add(
        self, namespace: str, context: str, chroma_id: str, vector: np.ndarray, prompt: str, meta: dict[str, Any]
    ) -> None:
        """Add (or replace) one row written here. An unknown block is created: loaded when the
        mirror is complete, else as a partial block that is read from the store before it answers."""
        rows = Rows()
        rows.append(chroma_id, vector, prompt, meta)
        with self._lock:
            key = (namespace, context)
            b = self._blocks.get(key)
            if b is None:
                b = self._blocks[key] = Block(loaded=self.complete, dim=self.dim)
            self._blocks.move_to_end(key)
            self.rows += b.upsert(rows, np.inf)
            self._evict(keep=key)

    def add_many(self, rows: list[tuple[str, np.ndarray, str, dict[str, Any]]]) -> None:
        """Add (or replace) rows written here, as :meth:`add` does, one block update per
        (namespace, context) instead of one per row (the writer's batches)."""
        by_block: dict[Key, Rows] = {}
        for cid, vec, prompt, meta in rows:
            key = (str(meta.get("ns", "")), str(meta.get("ctx", "")))
            by_block.setdefault(key, Rows()).append(cid, vec, prompt, meta)
        with self._lock:
            for key, block_rows in by_block.items():
                b = self._blocks.get(key)
                if b is None:
                    b = self._blocks[key] = Block(loaded=self.complete, dim=self.dim)
                self._blocks.move_to_end(key)
                self.rows += b.upsert(block_rows, np.inf)
                self._evict(keep=key)

    def confirm(self, namespace: str, context: str, chroma_id: str) -> None:
        """The row's write to the store is done: reads that begin from now on include it."""
        with self._lock:
            b = self._blocks.get((namespace, context))
            i = b.pos.get(chroma_id) if b is not None else None
            if b is not None and i is not None and b.written[i] == np.inf:
                b.written[i] = time.monotonic()

    def install(self, namespace: str, context: str, rows: Rows, read_started: float, generation: int) -> None:
        """Replace a block with ``rows`` read from the store (the read began at ``read_started``,
        monotonic, when :attr:`generation` was ``generation``), keeping rows added here that the
        read may have missed and re-applying deletes made since the read began."""
        b = Block(loaded=True, dim=self.dim)  # built outside the lock: queries go on meanwhile
        b.read_at = read_started
        b.upsert(rows, 0.0)
        with self._lock:
            key = (namespace, context)
            old = self._blocks.get(key)
            if old is not None:
                self.rows -= old.n
                pending, written = old.unconfirmed(read_started)
                b.upsert(pending, written)
            if generation != self.generation:
                for gen, ns, model, before in self._deletes:
                    if gen > generation and (ns is None or ns == namespace):
                        b.keep(~self._matches(b, model, before))
            self._blocks[key] = b
            self._blocks.move_to_end(key)
            self.rows += b.n
            self._evict(keep=key)

    def install_all(self, blocks: dict[Key, Rows], read_started: float, generation: int) -> None:
        """Install a full read of the store and mark the mirror complete (if it fits)."""
        for (ns, ctx), rows in blocks.items():
            self.install(ns, ctx, rows, read_started, generation)
        with self._lock:
            if self.rows <= self.max_entries:
                # Blocks only added to since the read began hold all their rows too.
                for b in self._blocks.values():
                    b.loaded = True
                self.complete = True

    def delete(self, namespace: str | None = None, model: str | None = None, before: float | None = None) -> int:
        """Drop rows matching every given condition (all rows when none is given)."""
        dropped = 0
        with self._lock:
            self.generation += 1
            self._deletes = [*self._deletes[-63:], (self.generation, namespace, model, before)]
            for (ns, _ctx), b in list(self._blocks.items()):
                if namespace is None or ns == namespace:
                    dropped += b.keep(~self._matches(b, model, before))
            self.rows -= dropped
        return dropped

    @staticmethod
    def _matches(b: Block, model: str | None, before: float | None) -> np.ndarray:
        match = np.ones(b.n, dtype=bool)
        if model is not None:
            match &= np.array([m == model for m in b.models], dtype=bool)
        if before is not None:
            match &= b.created[: b.n] < before
        return match

    def mark_refreshing(self, namespace: str, context: str, max_age_s: float) -> bool:
        """True (and the block is marked) when it is older than ``max_age_s`` and no refresh of
        it is running: the caller then re-reads it from the store."""
        with self._lock:
            b = self._blocks.get((namespace, context))
            if b is None or b.refreshing or time.monotonic() - b.read_at < max_age_s:
                return False
            b.refreshing = True
            return True

    def refresh_failed(self, namespace: str, context: str) -> None:
        with self._lock:
            b = self._blocks.get((namespace, context))
            if b is not None:
                b.refreshing = False
                b.read_at = time.monotonic()  # try again after another interval

    # -- internals -----------------------------------------------------------------------------
    def _compact(self, key: Key, seen: Block, now: float) -> None:
        with self._lock:
            b = self._blocks.get(key)
            if b is seen:
                self.rows -= b.keep(b.expires[: b.n] > now)

    def _evict(self, keep: Key) -> None:
        """Drop least recently used blocks (never ``keep``) until the cap holds."""
        while self.rows > self.max_entries and len(self._blocks) > 1:
            key = next(iter(self._blocks))
            if key == keep:
                self._blocks.move_to_end(key)
                key = next(iter(self._blocks))
            b = self._blocks.pop(key)
            self.rows -= b.n
            self.complete = False

    def stats(self) -> dict[str, Any]:
        return {
            "blocks": len(self._blocks),
            "rows": self.rows,
            "complete": self.complete,
            "max_entries": self.max_entries,
        }

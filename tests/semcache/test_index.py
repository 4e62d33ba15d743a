"""The vector index: a real store under tmp_path (the default SQLite file, and embedded Chroma for
the tests that exercise the store) plus the in-process mirror."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Literal

import anyio
import numpy as np
import pytest

from bastion.gateway.semcache.batcher import QueryBatcher
from bastion.gateway.semcache.chroma_store import ChromaStore
from bastion.gateway.semcache.index import Neighbour, VectorIndex
from bastion.gateway.semcache.mirror import Rows, _best

pytestmark = pytest.mark.anyio

Store = Literal["sqlite", "chroma"]

DIM = 384
HOUR = 3600.0

#: The tests that read back, reload or purge the store run against both local stores.
both_stores = pytest.mark.parametrize("store", ["sqlite", "chroma"])


def unit(rng: np.random.Generator, n: int = 1) -> np.ndarray:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def near(v: np.ndarray, rng: np.random.Generator, noise: float = 0.05) -> np.ndarray:
    w = v + noise * rng.standard_normal(DIM).astype(np.float32) / np.sqrt(DIM)
    return (w / np.linalg.norm(w)).astype(np.float32)


def meta(
    ns: str, ctx: str, eid: str, model: str = "m", t: float | None = None, ttl: float = HOUR, pre: bool = False
) -> dict[str, object]:
    created = time.time() if t is None else t
    return {"ns": ns, "ctx": ctx, "model": model, "t": created, "exp": created + ttl, "eid": eid, "pre": pre}


async def put(index: VectorIndex, ns: str, ctx: str, eid: str, vec: np.ndarray, **kw: object) -> None:
    await index.add(f"{ns}:{eid}", vec, f"prompt {eid}", meta(ns, ctx, eid, **kw))  # type: ignore[arg-type]


async def seeded(
    tmp_path: Path,
    rng: np.random.Generator,
    n: int,
    ctx: Callable[[int], str],
    rows: int | None = None,
    store: Store = "sqlite",
) -> tuple[VectorIndex, np.ndarray]:
    """An embedded index under ``tmp_path`` holding the first ``rows`` (default all) of ``n``
    random vectors as entries ``e<i>`` in context ``ctx(i)``; the index and all ``n`` vectors."""
    index = VectorIndex("test_idx", tmp_path, store=store)
    await index.open()
    vecs = unit(rng, n)
    for i in range(n if rows is None else rows):
        await put(index, "org", ctx(i), f"e{i}", vecs[i])
    return index, vecs


def chroma_query(
    index: VectorIndex, vector: np.ndarray, namespace: str, context: str, k: int, now: float
) -> list[Neighbour]:
    """Chroma's own filtered query: what the mirror replaces, as the oracle to compare with."""
    where = {"$and": [{"ns": namespace}, {"ctx": context}, {"exp": {"$gt": now}}]}
    assert isinstance(index.store, ChromaStore)
    index._open()
    res = index.store.collection.query(
        query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
        n_results=k,
        where=where,
        include=["distances", "metadatas", "documents"],
    )
    out = []
    for i, eid in enumerate(res["ids"][0] if res["ids"] else []):
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


async def test_add_and_query_nearest_first(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    index = VectorIndex("test_idx", tmp_path)
    await index.open()
    vecs = unit(rng, 5)
    for i, v in enumerate(vecs):
        await put(index, "org", "c1", f"e{i}", v, pre=(i == 3))
    got = await index.query(near(vecs[3], rng), "org", "c1", 3, time.time())
    assert [n.entry_id for n in got][0] == "e3"
    assert got[0].prompt == "prompt e3" and got[0].predictive is True
    assert got[0].score > 0.9 and got[0].score >= got[1].score >= got[2].score
    assert len(got) == 3
    assert await index.count() == 5
    # Re-adding an id replaces it (no duplicate row).
    await put(index, "org", "c1", "e3", vecs[3])
    assert await index.count() == 5 and index.mirror.rows == 5


async def test_namespaces_and_contexts_are_isolated(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    index = VectorIndex("test_idx", tmp_path)
    await index.open()
    v = unit(rng)[0]
    await put(index, "org", "c1", "a", v)
    await put(index, "user:bob", "c1", "b", v)
    await put(index, "org", "c2", "c", v)
    now = time.time()
    assert [n.entry_id for n in await index.query(v, "org", "c1", 4, now)] == ["a"]
    assert [n.entry_id for n in await index.query(v, "user:bob", "c1", 4, now)] == ["b"]
    assert [n.entry_id for n in await index.query(v, "org", "c2", 4, now)] == ["c"]
    assert await index.query(v, "org", "c3", 4, now) == []
    assert await index.query(v, "user:eve", "c1", 4, now) == []


async def test_expired_entries_are_skipped(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    index = VectorIndex("test_idx", tmp_path)
    await index.open()
    v = unit(rng)[0]
    await put(index, "org", "c", "short", v, ttl=5.0)
    await put(index, "org", "c", "long", near(v, rng, 0.2), ttl=HOUR)
    now = time.time()
    assert [n.entry_id for n in await index.query(v, "org", "c", 4, now)] == ["short", "long"]
    assert [n.entry_id for n in await index.query(v, "org", "c", 4, now + 10)] == ["long"]
    assert await index.query(v, "org", "c", 4, now + 2 * HOUR) == []


@both_stores
async def test_purge_by_namespace_model_and_age(tmp_path: Path, store: Store) -> None:
    rng = np.random.default_rng(4)
    index = VectorIndex("test_idx", tmp_path, store=store)
    await index.open()
    v = unit(rng)[0]
    now = time.time()
    await put(index, "org", "c", "old", v, t=now - 100)
    await put(index, "org", "c", "new", near(v, rng), t=now)
    await put(index, "org", "c", "other-model", near(v, rng), model="m2", t=now)
    await put(index, "team", "c", "team", v, t=now)

    def ids(ns: str) -> set[str]:
        return {n.entry_id for n in got[ns]}

    await index.delete(before=now - 50)
    got = {ns: await index.query(v, ns, "c", 10, now) for ns in ("org", "team")}
    assert ids("org") == {"new", "other-model"} and ids("team") == {"team"}

    await index.delete(model="m2")
    got = {ns: await index.query(v, ns, "c", 10, now) for ns in ("org", "team")}
    assert ids("org") == {"new"} and ids("team") == {"team"}

    await index.delete(namespace="team")
    got = {ns: await index.query(v, ns, "c", 10, now) for ns in ("org", "team")}
    assert ids("org") == {"new"} and ids("team") == set()
    assert await index.count() == 1

    # The deletes reached the store too: a fresh index on the same directory agrees.
    again = VectorIndex("test_idx", tmp_path, store=store)
    await again.open()
    assert {n.entry_id for n in await again.query(v, "org", "c", 10, now)} == {"new"}
    await index.delete()
    assert await index.count() == 0 and await index.query(v, "org", "c", 10, now) == []


@both_stores
async def test_restart_finds_entries_through_the_preload(tmp_path: Path, store: Store) -> None:
    rng = np.random.default_rng(5)
    first, vecs = await seeded(tmp_path, rng, 30, lambda i: f"c{i % 3}", store=store)
    await put(first, "org", "c0", "expired", vecs[0], ttl=-1.0)

    second = VectorIndex("test_idx", tmp_path, store=store)
    await second.open()
    assert second.mirror.complete and second.mirror.rows == 30  # the expired row is not loaded
    got = await second.query(vecs[7], "org", "c1", 2, time.time())
    assert got[0].entry_id == "e7" and got[0].score == pytest.approx(1.0, abs=1e-5)
    assert await second.query(vecs[0], "org", "unknown", 2, time.time()) == []


@both_stores
async def test_over_the_cap_contexts_load_from_the_store(tmp_path: Path, store: Store) -> None:
    rng = np.random.default_rng(6)
    _, vecs = await seeded(tmp_path, rng, 12, lambda i: f"c{i % 3}", store=store)

    small = VectorIndex("test_idx", tmp_path, max_entries=8, store=store)
    await small.open()
    assert not small.mirror.complete and small.mirror.rows == 0
    got = await small.query(vecs[4], "org", "c1", 1, time.time())
    assert got[0].entry_id == "e4"
    assert ("org", "c1") in small.mirror and small.mirror.rows == 4


@both_stores
async def test_eviction_then_reload_from_the_store(tmp_path: Path, store: Store) -> None:
    rng = np.random.default_rng(7)
    index = VectorIndex("test_idx", tmp_path, max_entries=10, store=store)
    await index.open()
    assert index.mirror.complete
    vecs = unit(rng, 15)
    for i, v in enumerate(vecs):  # five contexts of three rows: the oldest blocks are dropped
        await put(index, "org", f"c{i // 3}", f"e{i}", v)
    assert index.mirror.rows <= 10 and not index.mirror.complete
    assert ("org", "c0") not in index.mirror and ("org", "c4") in index.mirror
    got = await index.query(vecs[1], "org", "c0", 3, time.time())
    assert [n.entry_id for n in got][0] == "e1" and {n.entry_id for n in got} == {"e0", "e1", "e2"}
    assert ("org", "c0") in index.mirror
    # A context nobody wrote is read from the store (empty), not assumed empty.
    assert await index.query(vecs[1], "org", "never", 3, time.time()) == []


@both_stores
async def test_rows_added_to_an_unread_context_survive_its_read(tmp_path: Path, store: Store) -> None:
    rng = np.random.default_rng(8)
    _, vecs = await seeded(tmp_path, rng, 4, lambda i: "c", rows=3, store=store)
    small = VectorIndex("test_idx", tmp_path, max_entries=2, store=store)  # too small to preload
    await small.open()
    await put(small, "org", "c", "e3", vecs[3])  # a partial block: one row known here
    got = await small.query(vecs[0], "org", "c", 4, time.time())
    assert {n.entry_id for n in got} == {"e0", "e1", "e2", "e3"}


async def test_mirror_agrees_with_chroma(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    index = VectorIndex("test_idx", tmp_path, store="chroma")
    await index.open()
    now = time.time()
    centres = unit(rng, 20)
    n = 300
    vecs = np.stack([near(centres[i % 20], rng, 0.6) for i in range(n)])
    for i, v in enumerate(vecs):
        # Some rows expired, two contexts, and a second namespace sharing a context key.
        ttl = -10.0 if i % 17 == 0 else HOUR
        ns = "team" if i % 11 == 0 else "org"
        await put(index, ns, f"c{i % 2}", f"e{i}", v, ttl=ttl, t=now - 20)
    for j in range(40):
        q = near(centres[j % 20], rng, 0.4)
        for ns, ctx in (("org", "c0"), ("org", "c1"), ("team", "c0")):
            mine = await index.query(q, ns, ctx, 8, now)
            theirs = chroma_query(index, q, ns, ctx, 8, now)
            assert len(mine) == len(theirs) > 0
            assert [m.entry_id for m in mine] == [t.entry_id for t in theirs]
            np.testing.assert_allclose([m.score for m in mine], [t.score for t in theirs], atol=1e-4)
            assert [m.prompt for m in mine] == [t.prompt for t in theirs]
            # Chroma's stored floats may differ from the written ones in the last bit.
            np.testing.assert_allclose([m.expires for m in mine], [t.expires for t in theirs], atol=1e-3)
            assert [m.predictive for m in mine] == [t.predictive for t in theirs]


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await check():
            return True
        await anyio.sleep(0.05)
    return False


async def test_replicas_on_a_chroma_server_see_each_others_writes(chroma_url: str) -> None:
    rng = np.random.default_rng(10)
    a = VectorIndex("test_idx", url=chroma_url, refresh_s=0.2)
    b = VectorIndex("test_idx", url=chroma_url, refresh_s=0.2)
    await a.open()
    await b.open()
    try:
        vecs = unit(rng, 3)
        await put(a, "org", "c", "e0", vecs[0])
        assert [n.entry_id for n in await b.query(vecs[0], "org", "c", 2, time.time())] == ["e0"]

        async def b_sees(eid: str, vec: np.ndarray) -> bool:
            return any(n.entry_id == eid for n in await b.query(vec, "org", "c", 4, time.time()))

        # Written by replica a after b read the context: b's copy is refreshed in the background.
        await put(a, "org", "c", "e1", vecs[1])
        assert await eventually(lambda: b_sees("e1", vecs[1]))
        # b's own writes are served at once, and survive its refreshes.
        await put(b, "org", "c", "e2", vecs[2])
        assert [n.entry_id for n in await b.query(vecs[2], "org", "c", 1, time.time())] == ["e2"]
        # A purge on replica a reaches b's copy through the refresh.
        await a.delete(namespace="org")

        async def b_empty() -> bool:
            return await b.query(vecs[0], "org", "c", 4, time.time()) == []

        assert await eventually(b_empty)
        assert await a.query(vecs[0], "org", "c", 4, time.time()) == []
    finally:
        a.close()
        b.close()


def test_big_blocks_are_prefiltered_and_scored_exactly() -> None:
    """Past PREFILTER_ROWS rows a query ranks on the leading dimensions, then re-scores the best
    rows exactly: the nearest row is still found and its score is the exact cosine, for rows in
    the prefilter copy and rows added after it was built."""
    from bastion.gateway.semcache.mirror import PREFILTER_ROWS, VectorMirror

    rng = np.random.default_rng(7)
    dim = 256
    # Principal-component-like vectors: most variance in the leading dimensions.
    scale = np.linspace(3.0, 0.1, dim).astype(np.float32)
    rows = rng.standard_normal((PREFILTER_ROWS + 1500, dim)).astype(np.float32) * scale
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    mirror = VectorMirror(100_000, dim)
    now = time.time()
    for i, v in enumerate(rows):
        mirror.add("ns", "ctx", f"id{i}", v, f"p{i}", {"eid": f"e{i}", "t": now, "exp": now + 3600})
    for probe in (5, PREFILTER_ROWS + 1200):
        if probe > PREFILTER_ROWS:  # rows added after the prefilter copy was built
            for j in range(PREFILTER_ROWS + 1500, PREFILTER_ROWS + 1600):
                v = rng.standard_normal(dim).astype(np.float32) * scale
                mirror.add(
                    "ns", "ctx", f"id{j}", v / np.linalg.norm(v), f"p{j}", {"eid": f"e{j}", "t": now, "exp": now + 3600}
                )
        q = rows[probe] + 0.02 * rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim)
        got = mirror.query(q, "ns", "ctx", 4, now)
        assert got[0].entry_id == f"e{probe}"
        assert got[0].score == pytest.approx(float(rows[probe] @ (q / np.linalg.norm(q))), abs=1e-5)


def _rows(rng: np.random.Generator, ns: str, ctx: str, n: int, now: float) -> list[tuple[str, np.ndarray, str, dict]]:
    """``n`` mirror rows of (ns, ctx); every seventh already expired."""
    vecs = unit(rng, n)
    return [
        (
            f"{ns}:{ctx}:{i}",
            vecs[i],
            f"prompt {i}",
            meta(ns, ctx, f"{ctx}-{i}", t=now - 20, ttl=-1 if i % 7 == 0 else HOUR),
        )
        for i in range(n)
    ]


async def test_concurrent_queries_share_one_scan_and_get_their_own_answers(tmp_path: Path) -> None:
    """Queries of one event-loop turn are scanned together (one batch, the metric says so), and
    each gets what it would have got alone: its own block, its own k, expired rows left out.
    The big block (past the prefilter size) takes the two-step path, the small one the exact."""
    rng = np.random.default_rng(11)
    batches: list[int] = []
    index = VectorIndex("test_idx", tmp_path, on_batch=batches.append)
    await index.open()
    now = time.time()
    big, small = _rows(rng, "org", "big", 3000, now), _rows(rng, "org", "small", 50, now)
    await index.add_to_mirror(big + small)
    queries = [
        (near(big[i][1], rng, 0.3), "org", ctx, k)
        for i, ctx, k in ((1, "big", 4), (8, "big", 1), (2, "small", 3), (3, "small", 8), (9, "big", 6), (5, "none", 4))
    ]
    alone = [index.mirror.query(v, ns, ctx, k, now) for v, ns, ctx, k in queries]
    together = await asyncio.gather(*(index.query(v, ns, ctx, k, now) for v, ns, ctx, k in queries))
    assert batches == [len(queries) - 1]  # a context the complete mirror lacks needs no scan
    assert [[n.entry_id for n in r] for r in together] == [[n.entry_id for n in r] for r in alone]
    for r, (v, _, ctx, k) in zip(together, queries, strict=True):
        rows = big if ctx == "big" else small if ctx == "small" else []
        live = [(eid, vec) for _, vec, _, m in rows if m["exp"] > now for eid in [m["eid"]]]
        assert len(r) == min(k, len(live))
        if ctx == "none":
            continue
        exact = sorted(((float(vec @ v), eid) for eid, vec in live), reverse=True)[:k]
        # The nearest row (the query is a perturbed copy of it) is always found; scores exact.
        assert r[0].entry_id == exact[0][1]
        assert [n.score for n in r] == sorted((n.score for n in r), reverse=True)
        np.testing.assert_allclose(r[0].score, exact[0][0], rtol=1e-5)
        if ctx == "small":  # exhaustive: exactly the brute-force answer
            assert [n.entry_id for n in r] == [eid for _, eid in exact]


async def test_a_failing_shared_scan_fails_each_of_its_queries() -> None:
    def scan(queries: Sequence[int]) -> list[int]:
        if 3 in queries:
            raise ValueError("bad query")
        return [q * 2 for q in queries]

    batcher: QueryBatcher[int, int] = QueryBatcher(scan)
    results = await asyncio.gather(*(batcher.query(q) for q in (1, 2, 3)), return_exceptions=True)
    assert all(isinstance(r, ValueError) for r in results)
    # The batcher keeps serving: the next turn's queries are a new batch.
    assert await asyncio.gather(batcher.query(4), batcher.query(5)) == [8, 10]


async def test_a_lone_query_is_scanned_at_once_and_a_burst_together() -> None:
    batches: list[int] = []
    batcher: QueryBatcher[int, int] = QueryBatcher(lambda qs: [q + 1 for q in qs], batches.append)
    assert await batcher.query(1) == 2

    async def late(q: int, turns: int) -> int:
        for _ in range(turns):
            await asyncio.sleep(0)
        return await batcher.query(q)

    # Queries joining on the following turns (still growing) ride the same scan.
    assert await asyncio.gather(late(1, 0), late(2, 0), late(3, 1), late(4, 2)) == [2, 3, 4, 5]
    assert batches == [1, 4]


async def test_a_lone_query_waits_a_turn_or_two_for_company() -> None:
    """A query alone in its batch is not scanned on the next turn: one that arrives a turn later
    shares its scan (under load a lone scan reads the whole block for one answer); with nobody
    coming it is scanned alone, a few loop turns later."""
    batches: list[int] = []
    batcher: QueryBatcher[int, int] = QueryBatcher(lambda qs: [q * 10 for q in qs], batches.append)

    async def late(q: int, turns: int) -> int:
        for _ in range(turns):
            await asyncio.sleep(0)
        return await batcher.query(q)

    assert await asyncio.gather(late(1, 0), late(2, 1)) == [10, 20]
    assert batches == [2]
    assert await late(3, 0) == 30
    assert batches == [2, 1]


def test_the_prefilter_selection_is_exactly_the_best_rows() -> None:
    """The sampled cut-off of ``_best`` never changes which rows are kept: the same values as a
    full partition, on random, sorted (the sample sees the worst rows first) and tied scores."""
    rng = np.random.default_rng(12)
    for trial in range(120):
        n = int(rng.integers(300, 40_000))
        scores = rng.standard_normal(n).astype(np.float32)
        if trial % 3 == 0:
            scores = np.sort(scores)
        if trial % 5 == 0:
            scores = np.round(scores, 1)
        keep = int(rng.choice([8, 32, 64, 128]))
        got = _best(scores, keep)
        assert len(set(got.tolist())) == keep
        full = np.argpartition(scores, n - keep)[n - keep :]
        np.testing.assert_array_equal(np.sort(scores[got]), np.sort(scores[full]))


def test_the_prefilter_ranks_real_prompts_as_the_textbook_product_does() -> None:
    """The prefilter's block-times-queries product gives the very numbers of ``q @ head.T``:
    on real prompt vectors (Quora questions through the cache encoder), for batches of every
    size the batcher makes, the rows kept and their exact scores are those of a plain full
    partition of the plain product."""
    from bastion.gateway.semcache.mirror import PREFILTER_DIMS, PREFILTER_KEEP, _prefiltered
    from bastion.gateway.semcache.train import qqp_rows
    from bastion.gateway.semcache.transform import shared_cache_encoder

    texts = list(dict.fromkeys(t for r in qqp_rows()[:2600] for t in (r["a"], r["b"])))
    vecs = shared_cache_encoder().embed_sync(texts)
    stored, asked = vecs[:4000], vecs[4000:4136]
    head = np.ascontiguousarray(stored[:3500, :PREFILTER_DIMS])  # later rows: added since the copy
    for size in (1, 2, 3, 5, 8, 16):
        q = asked[: size * 8].reshape(8, size, -1)
        for batch in q:
            best, exact = _prefiltered(stored, head, batch, PREFILTER_KEEP)
            plain = np.concatenate([batch[:, :PREFILTER_DIMS] @ head.T, batch @ stored[3500:].T], axis=1)
            for j, row in enumerate(plain):
                want = np.argpartition(row, len(row) - PREFILTER_KEEP)[len(row) - PREFILTER_KEEP :]
                np.testing.assert_array_equal(np.sort(row[best[j]]), np.sort(row[want]))
                np.testing.assert_allclose(exact[j], stored[best[j]] @ batch[j], rtol=1e-6, atol=1e-7)


def test_the_batched_selection_is_each_rows_own() -> None:
    """``_best_rows`` over a batch keeps, for every row, what ``_best`` keeps for it alone, also
    when some rows of the batch take the sampled cut-off and others the full partition."""
    from bastion.gateway.semcache.mirror import _best_rows

    rng = np.random.default_rng(13)
    for n in (300, 5000, 31_000):
        scores = rng.standard_normal((9, n)).astype(np.float32)
        scores[2] = np.sort(scores[2])  # the best rows all after the sample's last look
        scores[4] = 1.0  # all tied
        scores[6, ::16] = 5.0  # the sample sees only high scores: too few rows reach its cut-off
        got = _best_rows(scores, 64)
        for row, chosen in zip(scores, got, strict=True):
            assert len(set(chosen.tolist())) == 64
            np.testing.assert_array_equal(np.sort(row[chosen]), np.sort(row[_best(row, 64)]))
            full = np.argpartition(row, n - 64)[n - 64 :]
            np.testing.assert_array_equal(np.sort(row[chosen]), np.sort(row[full]))


def _scan_as_of_fffab46(vecs: np.ndarray, head: np.ndarray, q: np.ndarray, keep: int) -> tuple[np.ndarray, np.ndarray]:
    """The prefilter scan as it was before the transposed copy of the leading dimensions
    (main at fffab46): the reference the scan must still agree with bit for bit."""
    from bastion.gateway.semcache.mirror import PREFILTER_DIMS, SAMPLE_STEP

    m, n = len(head), len(vecs)
    first = np.ascontiguousarray((head @ q[:, :PREFILTER_DIMS].T).T)
    if m < n:
        first = np.concatenate([first, (vecs[m:] @ q.T).T], axis=1)
    keep = min(keep, n)
    sample, m = first[:, ::SAMPLE_STEP], 2 * keep // SAMPLE_STEP
    cuts = np.partition(sample, sample.shape[1] - m, axis=1)[:, sample.shape[1] - m]
    best = np.empty((len(q), keep), dtype=np.intp)
    for j, row in enumerate(first):
        above = np.flatnonzero(row >= cuts[j])
        if len(above) < keep:
            best[j] = np.argpartition(row, n - keep)[n - keep :]
        else:
            best[j] = above[np.argpartition(row[above], len(above) - keep)[len(above) - keep :]]
    return best, np.matmul(vecs[best], q[:, :, None])[:, :, 0]


def test_the_transposed_prefilter_scores_every_batch_as_before() -> None:
    """Batches scored against the transposed leading dimensions (``q @ head_t``) keep exactly
    the candidates, in the same order, with the same exact scores, as the scan before it: on
    real prompts as the bench sends them (Quora questions with a new number each time: many
    close rivals), a block whose prefilter copy covers only its first rows, every batch size
    the batcher makes, through the block's own copies (``Block.heads_of``)."""
    from bastion.gateway.semcache.mirror import PREFILTER_KEEP, Block, _prefiltered, _unit_rows
    from bastion.gateway.semcache.train import qqp_rows
    from bastion.gateway.semcache.transform import shared_cache_encoder

    questions = list(dict.fromkeys(t for r in qqp_rows()[:3000] for t in (r["a"], r["b"])))
    texts = [f"{q} (round {i})" for i, q in enumerate(questions[:3000] * 2)]
    encoder = shared_cache_encoder()
    block = Block(loaded=True, dim=encoder.dim)
    rows = Rows()
    for i, (text, vec) in enumerate(zip(texts[:5000], encoder.embed_sync(texts[:5000]), strict=True)):
        rows.append(f"id{i}", vec, text, {"exp": 1e12})
    block.upsert(rows, 0.0)
    vecs = block.vecs[: block.n]
    head, head_t = block.heads_of(vecs)
    assert head_t.shape == (head.shape[1], len(head)) and np.array_equal(head_t, head.T)
    vecs = vecs[:4700]  # rows beyond the copy are scored in full, before and now
    head, head_t = head[:4200], np.ascontiguousarray(head_t[:, :4200])
    asked = _unit_rows(encoder.embed_sync(texts[5000:5136]))
    for size in (1, 2, 3, 4, 5, 7, 8, 12, 16):
        for start in range(0, len(asked) - size, 3 * size):
            q = asked[start : start + size]
            best, exact = _prefiltered(vecs, head, q, PREFILTER_KEEP, head_t)
            want_best, want_exact = _scan_as_of_fffab46(vecs, head, q, PREFILTER_KEEP)
            np.testing.assert_array_equal(best, want_best)
            np.testing.assert_array_equal(exact, want_exact)


def test_a_batch_of_rows_lands_as_row_by_row_upserts_did() -> None:
    """``Block.upsert`` writes a batch's arrays in one assignment each: the same block as adding
    the rows one at a time, with replaced rows and an id twice in one batch (the later wins)."""
    from bastion.gateway.semcache.mirror import Block

    rng = np.random.default_rng(21)

    def rows_of(ids: list[int]) -> Rows:
        out = Rows()
        for i in ids:
            meta = {"eid": f"e{i}", "model": f"m{i % 3}", "t": float(rng.random()), "exp": float(rng.random())}
            out.append(f"c{i}", rng.standard_normal(8).astype(np.float32), f"p{i}", {**meta, "pre": bool(i % 2)})
        return out

    batches = [rows_of(list(range(20))), rows_of([3, 25, 26, 3, 7, 40]), rows_of([41, 42])]
    together, one_by_one = Block(loaded=True, dim=8), Block(loaded=True, dim=8)
    for b, batch in enumerate(batches):
        assert together.upsert(batch, float(b)) == sum(
            one_by_one.upsert(_row(batch, j), float(b)) for j in range(len(batch))
        )
    assert together.n == one_by_one.n == 25
    for name in ("ids", "entry_ids", "prompts", "models", "pos"):
        assert getattr(together, name) == getattr(one_by_one, name)
    for name in ("vecs", "created", "expires", "written", "predictive"):
        np.testing.assert_array_equal(getattr(together, name)[:25], getattr(one_by_one, name)[:25])


def _row(rows: Rows, j: int) -> Rows:
    one = Rows()
    for name in ("ids", "entry_ids", "prompts", "models", "created", "expires", "predictive", "vectors"):
        getattr(one, name).append(getattr(rows, name)[j])
    return one

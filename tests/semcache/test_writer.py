"""The persistent vector store behind the cache (the default local SQLite file, embedded Chroma in
a child process), and what happens when it cannot keep up or fails (rows shed or failed and
counted, serving unaffected)."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import anyio
import pytest

from bastion.gateway.call import Call
from bastion.gateway.core import Core
from bastion.gateway.semcache.cache import SemanticCache
from bastion.gateway.semcache.chroma_store import ChromaStore
from bastion.gateway.semcache.sqlite_store import SqliteStore

from .conftest import ask, chat, chat_call, completion, semantic_pair

pytestmark = pytest.mark.anyio


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


async def _store_five(cache: SemanticCache, tag: str) -> list[Call]:
    """Five new entries looked up, answered and queued (nothing here yields: one batch)."""
    calls = [chat_call(f"what is the {tag} test question number {i}?") for i in range(5)]
    for call in calls:
        await cache.lookup(call)
        facts = chat(call)
        facts.response = completion(f"answer to {facts.request['messages'][0]}")
    assert [await cache.store(call) for call in calls] == ["queued"] * 5
    return calls


async def _until_metric(core: Core, name: str, at_least: float) -> None:
    with anyio.fail_after(60):
        while _metric(core.metrics.render().decode(), name) < at_least:
            await anyio.sleep(0.02)


PERSISTED = 'bastion_llm_cache_vector_writes_total{outcome="persisted"}'
FAILED = 'bastion_llm_cache_vector_writes_total{outcome="failed"}'
SHED = 'bastion_llm_cache_vector_writes_total{outcome="shed"}'
WRITTEN = 'bastion_llm_cache_writes_total{outcome="written"}'


async def test_a_locked_sqlite_store_sheds_counted_rows_serving_goes_on_and_it_recovers(make_cache) -> None:
    async with make_cache({"vector_store": "sqlite", "vector_queue_max": 2}) as (core, cache):
        store = cache.index.store
        assert isinstance(store, SqliteStore) and store.path.exists()
        # Another process's transaction holds the write lock: as stalled as a local store gets.
        blocker = sqlite3.connect(store.path, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            await _store_five(cache, "locking")
            await _until_metric(core, WRITTEN, 5)
            metrics = core.metrics.render().decode()
            # Two rows wait for the locked store, three were shed, and the count says so.
            assert _metric(metrics, SHED) == 3.0 and _metric(metrics, PERSISTED) == 0.0
            assert cache.index.mirror.stats()["rows"] == 5
            with anyio.fail_after(10):
                served = await ask(cache, chat_call("what is the locking test question number 4?"))
            assert served is not None and "number 4" in served
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        with anyio.fail_after(120):
            await cache.flush()
        # The two waiting rows were written when the lock went, or failed (counted) if it was
        # held past the store's busy timeout; either way every row is accounted for, and the
        # store takes new rows again.
        metrics = core.metrics.render().decode()
        assert _metric(metrics, PERSISTED) + _metric(metrics, FAILED) == 2.0
        assert await ask(cache, chat_call("a question after the lock went?")) is None
        assert _metric(core.metrics.render().decode(), PERSISTED) >= 1.0
        assert await cache.index.count() == _metric(core.metrics.render().decode(), PERSISTED)


async def test_a_failing_sqlite_store_is_counted_and_never_fails_a_request(make_cache) -> None:
    async with make_cache({"vector_store": "sqlite"}) as (core, cache):
        store = cache.index.store
        assert isinstance(store, SqliteStore)
        broken = sqlite3.connect(store.path, isolation_level=None)
        broken.execute("DROP TABLE vectors")  # every write now fails inside SQLite
        broken.close()
        calls = await _store_five(cache, "failing")
        with anyio.fail_after(60):
            await cache.flush()
        metrics = core.metrics.render().decode()
        assert _metric(metrics, FAILED) == 5.0 and _metric(metrics, PERSISTED) == 0.0
        # The entries serve from this replica all the same, exactly and semantically.
        for call in calls:
            prompt = chat(call).request["messages"][0]["content"]
            assert await ask(cache, chat_call(prompt)) is not None


async def test_entries_that_die_with_the_process_get_no_persistent_vectors(make_cache, tmp_path: Path) -> None:
    """``auto`` with the in-process KV store: the mirror only (no file, nothing persisted)."""
    async with make_cache() as (core, cache):
        assert cache.index.store is None
        await _store_five(cache, "memory")
        with anyio.fail_after(60):
            await cache.flush()
        metrics = core.metrics.render().decode()
        assert _metric(metrics, WRITTEN) == 5.0 and _metric(metrics, PERSISTED) == 0.0
        assert await ask(cache, chat_call("what is the memory test question number 2?")) is not None
    assert not list(tmp_path.rglob("*.sqlite3")) and not list(tmp_path.rglob("chroma"))


async def test_with_redis_the_default_store_is_sqlite_and_survives_a_restart(make_cache, redis_url: str) -> None:
    """``auto`` with Redis (entries outlive the process): vectors go to SQLite, are read back at
    the next start and serve semantically; expired rows are neither read back nor kept."""
    asked, paraphrase = semantic_pair()
    async with make_cache(cache_url=redis_url) as (core, cache):
        assert isinstance(cache.index.store, SqliteStore)
        assert await ask(cache, chat_call(asked)) is None
        short = chat_call("a question that lives for one second?", cache_ttl=1)
        assert await ask(cache, short) is None
        assert _metric(core.metrics.render().decode(), PERSISTED) == 2.0
    await anyio.sleep(1.2)
    async with make_cache(cache_url=redis_url) as (_, again):
        assert again.index.mirror.stats()["rows"] == 1  # the expired row is not read back
        call = chat_call(paraphrase)
        assert await ask(again, call) == asked
        assert call.cache["phase"] == "semantic"


async def test_a_stalled_chroma_store_sheds_counted_rows_and_serving_goes_on(make_cache) -> None:
    async with make_cache({"vector_store": "chroma", "vector_queue_max": 2}) as (core, cache):
        assert isinstance(cache.index.store, ChromaStore)
        child = cache.index.store.child
        assert child is not None and child.pid is not None and child.pid != os.getpid()
        pid = child.pid
        os.kill(pid, signal.SIGSTOP)  # the store stops answering: as slow as a store gets
        try:
            await _store_five(cache, "shedding")
            await _until_metric(core, WRITTEN, 5)
            metrics = core.metrics.render().decode()
            # Two rows wait for the stalled store, three were shed, and the count says so.
            assert _metric(metrics, SHED) == 3.0 and _metric(metrics, PERSISTED) == 0.0
            # Every entry still serves from this replica (KV and mirror) while the store is stalled.
            assert cache.index.mirror.stats()["rows"] == 5
            with anyio.fail_after(10):
                served = await ask(cache, chat_call("what is the shedding test question number 4?"))
            assert served is not None and "number 4" in served
        finally:
            os.kill(pid, signal.SIGCONT)
        with anyio.fail_after(120):
            await cache.flush()
        metrics = core.metrics.render().decode()
        assert _metric(metrics, PERSISTED) == 2.0
        assert await cache.index.count() == 2
    # The child process exited with the cache (its pipe closed) and was reaped.
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_serving_process_never_imports_chromadb(tmp_path: Path) -> None:
    """Embedded Chroma (when chosen) is written, read and counted through its child process only."""
    import subprocess
    import sys

    script = (
        "import sys, time, anyio, numpy as np\n"
        "from bastion.gateway.semcache.index import VectorIndex\n"
        "async def main():\n"
        f"    index = VectorIndex('test_import', __import__('pathlib').Path({str(tmp_path)!r}), dim=4, store='chroma')\n"
        "    await index.open()\n"
        "    meta = {'ns': 'org', 'ctx': 'c', 'model': 'm', 't': time.time(), 'exp': time.time() + 60, 'eid': 'e1'}\n"
        "    rows = [('org:e1', np.ones(4, dtype=np.float32), 'hello', meta)]\n"
        "    await index.add_to_mirror(rows)\n"
        "    await index.persist(rows)\n"
        "    print(await index.count(), 'chromadb' in sys.modules)\n"
        "    index.close()\n"
        "anyio.run(main)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "False"]


def test_a_store_that_cannot_open_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    """Chroma refuses the name: the call fails with Chroma's reason, the child is gone."""
    from bastion.gateway.semcache.store_process import ChildCollection, StoreProcessError

    child = ChildCollection(tmp_path / "chroma", "x")  # Chroma wants 3 to 512 characters
    with pytest.raises(StoreProcessError, match="did not open"):
        child.count()
    assert child.pid is None
    child.close()


def test_the_store_child_yields_the_cpu_and_builds_a_cheap_graph(tmp_path: Path) -> None:
    """The child runs at the lowest priority, and a new collection gets the sparse HNSW graph
    (nothing queries it; its writes cost CPU the serving process needs)."""
    import chromadb
    import numpy as np
    from chromadb.config import Settings

    from bastion.gateway.semcache.store_process import HNSW_MAX_NEIGHBORS, ChildCollection

    child = ChildCollection(tmp_path / "chroma", "nice_test")
    try:
        child.upsert(ids=["a"], embeddings=np.ones((1, 8), dtype=np.float32), documents=["a"], metadatas=[{"t": 1.0}])
        assert child.pid is not None
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, os.getpriority(os.PRIO_PROCESS, 0) + 19)
    finally:
        child.close()
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=Settings(anonymized_telemetry=False))
    hnsw = client.get_collection("nice_test").configuration_json["hnsw"]
    assert hnsw["max_neighbors"] == HNSW_MAX_NEIGHBORS < 16 and hnsw["space"] == "cosine"

"""The persistent vector store behind the cache: embedded Chroma in a child process, and what
happens when it cannot keep up (rows shed and counted, serving unaffected)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import anyio
import pytest

from .conftest import ask, chat, chat_call, completion

pytestmark = pytest.mark.anyio


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


async def test_a_stalled_vector_store_sheds_counted_rows_and_serving_goes_on(make_cache) -> None:
    async with make_cache({"vector_queue_max": 2}) as (core, cache):
        child = cache.index._child
        assert child is not None and child.pid is not None and child.pid != os.getpid()
        pid = child.pid
        os.kill(pid, signal.SIGSTOP)  # the store stops answering: as slow as a store gets
        try:
            calls = [chat_call(f"what is the shedding test question number {i}?") for i in range(5)]
            for call in calls:
                await cache.lookup(call)
                facts = chat(call)
                facts.response = completion(f"answer to {facts.request['messages'][0]}")
            # Stores only queue (nothing here yields): one batch of five reaches the writer.
            assert [await cache.store(call) for call in calls] == ["queued"] * 5
            with anyio.fail_after(60):
                while _metric(core.metrics.render().decode(), 'bastion_llm_cache_writes_total{outcome="written"}') < 5:
                    await anyio.sleep(0.02)
            metrics = core.metrics.render().decode()
            # Two rows wait for the stalled store, three were shed, and the count says so.
            assert _metric(metrics, 'bastion_llm_cache_vector_writes_total{outcome="shed"}') == 3.0
            assert _metric(metrics, 'bastion_llm_cache_vector_writes_total{outcome="persisted"}') == 0.0
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
        assert _metric(metrics, 'bastion_llm_cache_vector_writes_total{outcome="persisted"}') == 2.0
        assert await cache.index.count() == 2
    # The child process exited with the cache (its pipe closed) and was reaped.
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_serving_process_never_imports_chromadb(tmp_path: Path) -> None:
    """Embedded Chroma is written, read and counted through its child process only."""
    import subprocess
    import sys

    script = (
        "import sys, time, anyio, numpy as np\n"
        "from bastion.gateway.semcache.index import VectorIndex\n"
        "async def main():\n"
        f"    index = VectorIndex('test_import', __import__('pathlib').Path({str(tmp_path)!r}), dim=4)\n"
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

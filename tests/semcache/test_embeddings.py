"""The embedder's direct encode path gives the same vectors as sentence-transformers."""

from __future__ import annotations

import numpy as np
import pytest

from bastion.gateway.embeddings import Embedder

pytestmark = pytest.mark.anyio

TEXTS = ["How do I learn to play the guitar?", "What is the capital of Australia?",
         "Ünïcödé and émojis 🙂 and a much longer sentence " * 3, "x"]


def test_fast_path_matches_reference(embedder: Embedder) -> None:
    fast = embedder.embed_sync(TEXTS)
    ref = embedder.embed_reference(TEXTS)
    assert fast.shape == ref.shape == (len(TEXTS), 384)
    assert fast.dtype == np.float32
    assert float(np.min(np.sum(fast * ref, axis=1))) > 0.9999
    # One text alone and in a batch (padding must not change it).
    alone = embedder.embed_sync(TEXTS[:1])[0]
    assert float(alone @ fast[0]) > 0.9999


def test_large_inputs_are_encoded_in_bounded_batches() -> None:
    small = Embedder(max_batch=3)
    texts = [f"{'word ' * (i % 5)}sentence {i}" for i in range(10)]
    out = small.embed_sync(texts)
    ref = small.embed_reference(texts)
    assert out.shape == (10, 384)
    assert float(np.min(np.sum(out * ref, axis=1))) > 0.9999


async def test_concurrent_callers_are_batched_and_correct(embedder: Embedder) -> None:
    import anyio

    texts = [f"question number {i} about caching" for i in range(24)]
    out: dict[int, np.ndarray] = {}

    async def one(i: int) -> None:
        out[i] = await embedder.embed_one(texts[i])

    async with anyio.create_task_group() as tg:
        for i in range(len(texts)):
            tg.start_soon(one, i)
    ref = embedder.embed_reference(texts)
    for i in range(len(texts)):
        assert float(out[i] @ ref[i]) > 0.9999

"""Several replicas: a Chroma server (``semcache.chroma_url``) and Redis shared by two cache
objects with their own data directories, as two gateway pods would be."""

from __future__ import annotations

import time

import anyio
import pytest

from bastion.gateway.semcache.cache import SemanticCache

from .conftest import ask, chat, chat_call, semantic_pair

pytestmark = pytest.mark.anyio


async def _until_served(cache: SemanticCache, prompt: str, expected: str | None, timeout: float = 10.0) -> str:
    """Ask until the answer is ``expected`` (replicas converge within a second or two)."""
    deadline = time.monotonic() + timeout
    while True:
        call = chat_call(prompt)
        await cache.lookup(call)
        got = chat(call).response["choices"][0]["message"]["content"] if call.served_from_cache else None
        if got == expected:
            return str(call.cache.get("phase"))
        assert time.monotonic() < deadline, f"replica served {got!r}, expected {expected!r}"
        await anyio.sleep(0.2)


async def test_two_replicas_share_vectors_entries_and_purges(make_cache, redis_url: str, chroma_url: str) -> None:
    asked, paraphrase = semantic_pair()
    cfg = {"chroma_url": chroma_url}
    async with (
        make_cache(cfg, cache_url=redis_url, replica="a") as (_, a),
        make_cache(cfg, cache_url=redis_url, replica="b") as (_, b),
    ):
        # B has looked at this context before A stores (so it holds a copy that must refresh).
        assert await ask(b, chat_call("An unrelated warm-up question about tides?")) is None
        assert await ask(a, chat_call(asked)) is None
        assert await _until_served(b, paraphrase, asked) == "semantic"

        await a.purge(namespace="org")
        await _until_served(b, paraphrase, None)

    # A replica started later (a new pod) finds entries stored before through the server.
    async with make_cache(cfg, cache_url=redis_url, replica="c") as (_, c):
        assert await ask(c, chat_call(asked)) is None  # purged above: computed again
    async with make_cache(cfg, cache_url=redis_url, replica="d") as (_, d):
        assert await _until_served(d, paraphrase, asked) == "semantic"

"""Stored prompts' MiniLM vectors computed in the background (``pre_encode.py``), through the
real cache and the real MiniLM: after a store and an idle moment a band candidate's vector is
known and its first ask encodes one text; while lookups keep arriving nothing is encoded; a
background encode yields to foreground work; the queue is bounded."""

from __future__ import annotations

import itertools
from typing import Any

import anyio
import numpy as np
import pytest

from bastion.gateway.call import Call
from bastion.gateway.core import Core
from bastion.gateway.embeddings import Embedder
from bastion.gateway.semcache.cache import SemanticCache
from bastion.gateway.semcache.facts import CacheState

from .conftest import CoreFactory, ask, chat_call
from .test_minilm_stage import BAND_PARAPHRASES, BAND_TRAPS, PATIENT, UPPER_PARAPHRASES

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    """A MiniLM of this module's own (overrides the session's): the session's remembers the
    texts other modules encoded, and a stored prompt found there would need no pre-encoding."""
    e = Embedder()
    e.load()
    return e


#: Long enough (~200 tokens) that one encode takes tens of milliseconds: time to interrupt it.
LONG = " ".join(["How do I reset my password on the new portal when my old email address is gone?"] * 12)


def _count(core: Core, outcome: str) -> float:
    value = core.metrics.registry.get_sample_value("bastion_llm_cache_pre_encode_total", {"outcome": outcome})
    return value or 0.0


def _deferred(core: Core) -> float:
    return core.metrics.registry.get_sample_value("bastion_llm_cache_pre_encode_deferred_total") or 0.0


def _entry_id(call: Call) -> str:
    state = call.fact(CacheState)
    assert state is not None
    return state.keys.exact


def _minilm(call: Any) -> dict[str, Any]:
    detail: dict[str, Any] = call.cache["phases"]["semantic"]["minilm"]
    return detail


async def _drained(cache: SemanticCache) -> None:
    assert cache.pre_encoder is not None
    with anyio.fail_after(120):
        await cache.pre_encoder.drained()


async def test_idle_gateway_pre_encodes_so_a_band_hit_encodes_one_text(
    make_cache: CoreFactory, embedder: Embedder
) -> None:
    async with make_cache(PATIENT) as (core, cache):
        assert cache.second_stage is not None and cache.pre_encoder is not None
        stored, asked = BAND_PARAPHRASES[0]
        first = chat_call(stored)
        assert await ask(cache, first) is None
        await _drained(cache)
        eid = _entry_id(first)
        assert cache.second_stage.knows(eid)
        assert _count(core, "encoded") == 1
        # The background vector is the one a lookup would have computed.
        vector = cache.second_stage._vectors[eid]
        assert float(vector @ embedder.embed_sync([stored])[0]) > 0.9999
        call = chat_call(asked)
        assert await ask(cache, call) == stored
        assert _minilm(call)["texts"] == 1


async def test_without_pre_encoding_a_first_band_hit_encodes_both(make_cache: CoreFactory) -> None:
    async with make_cache({**PATIENT, "second_stage": {"timeout_s": 60.0, "pre_encode": {"enabled": False}}}) as (
        _,
        cache,
    ):
        assert cache.pre_encoder is None
        stored, asked = BAND_PARAPHRASES[1]
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored
        assert _minilm(call)["texts"] == 2
        again = chat_call(asked + " ")  # another wording of the lookup, the same entry: remembered now
        assert await ask(cache, again) == stored
        assert _minilm(again)["texts"] == 1


async def test_a_prompt_the_stage_just_read_is_known_without_an_encode(make_cache: CoreFactory) -> None:
    """A band trap's new prompt was encoded by the stage; stored after its miss, its vector is
    taken from the embedder's recent texts at once (no background encode, no idle wait)."""
    async with make_cache(PATIENT) as (core, cache):
        assert cache.second_stage is not None
        stored, asked = BAND_TRAPS[0]
        assert await ask(cache, chat_call(stored)) is None
        await _drained(cache)
        encoded = _count(core, "encoded")
        call = chat_call(asked)
        assert await ask(cache, call) is None  # refused by MiniLM, then stored
        assert cache.second_stage.knows(_entry_id(call))
        assert _count(core, "known") == 1
        assert _count(core, "encoded") == encoded


async def test_lookups_arriving_keep_pre_encoding_waiting_and_the_queue_bounded(make_cache: CoreFactory) -> None:
    """While lookups keep arriving, no window is idle: the stored prompts wait (the oldest
    dropped past ``remembered_vectors``); once they stop, the rest is encoded."""
    async with make_cache({"second_stage": {"remembered_vectors": 2}}) as (core, cache):
        assert cache.second_stage is not None and cache.pre_encoder is not None
        busy = anyio.Event()
        stop = anyio.Event()

        async def traffic() -> None:
            for i in itertools.count():
                call = chat_call(f"What time does the museum open on day {i}?", cache_control="no-cache")
                await cache.lookup(call)
                busy.set()
                if stop.is_set():
                    return
                await anyio.sleep(0)

        async with anyio.create_task_group() as tg:
            tg.start_soon(traffic)
            await busy.wait()
            calls = [chat_call(stored) for stored, _ in UPPER_PARAPHRASES + BAND_PARAPHRASES[:1]]
            for call in calls:
                assert await ask(cache, call) is None
            deferred = _deferred(core)
            with anyio.fail_after(120):
                while _deferred(core) < deferred + 3:
                    await anyio.sleep(0.01)
            assert _count(core, "encoded") == 0
            assert _count(core, "dropped") == 1
            assert not any(cache.second_stage.knows(_entry_id(c)) for c in calls)
            stop.set()
        await _drained(cache)
        assert _count(core, "encoded") == 2
        assert [cache.second_stage.knows(_entry_id(c)) for c in calls] == [False, True, True]


async def test_background_encode_yields_to_foreground_work(embedder: Embedder) -> None:
    """A foreground encode arriving during a background one interrupts it: the background call
    returns None (its caller tries later) and the foreground gets its vector. The interrupt can
    lose the race on a stalled machine (the run ends first), so a few attempts, one must yield."""
    short = "Who wrote Ulysses?"
    want = embedder.embed_sync([short])[0]
    yielded = 0
    for attempt in range(5):
        results: list[np.ndarray | None] = []

        async def background(text: str = f"{LONG} ({attempt})", out: list[np.ndarray | None] = results) -> None:
            out.append(await embedder.embed_background(text))

        async with anyio.create_task_group() as tg:
            tg.start_soon(background)
            with anyio.fail_after(60):
                while embedder._background is None:
                    await anyio.sleep(0)
            got = await embedder.embed([f"{short}"])
        embedder._recent.pop(short, None)
        assert float(got[0] @ want) > 0.9999
        if results[0] is None:
            yielded += 1
            break
    assert yielded == 1
    # The session serves as before after an interrupted run.
    assert float(embedder.embed_sync([short])[0] @ want) > 0.9999


async def test_background_encode_waits_for_queued_foreground_work(embedder: Embedder) -> None:
    """Nothing starts in the background while a foreground encode is queued or running."""
    async with anyio.create_task_group() as tg:
        tg.start_soon(embedder.embed, ["Which crampons suit a glacier walk in spring?"])
        await anyio.sleep(0)
        assert embedder.busy
        assert await embedder.embed_background("Which tyres suit a gravel bike in winter?") is None

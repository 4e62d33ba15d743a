"""The verifier's MiniLM second stage (``minilm_stage.py``), with the real model through the cache.

The pairs are held-out hand-written pairs (``pair_families`` held-out families, ``pairs.HOLDOUT_*``)
that the static verifier leaves in its uncertain band, so only the second stage decides them:
the paraphrases must be served through it and the traps refused by it. When MiniLM is not loaded
or too slow, band candidates are not served and the rest of the cache works as without it.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import numpy as np
import pytest

from bastion.gateway.core import Core
from bastion.gateway.embeddings import Embedder
from bastion.gateway.semcache.cache import SemanticCache
from bastion.gateway.semcache.guards import extract
from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.minilm_stage import STAGE_FEATURES, MiniLMStage, StageModel, stage_features, stage_row
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import PairVerifier, pair_features

from .conftest import CoreFactory, ask, chat_call, semantic_pair, watching_lanes

pytestmark = pytest.mark.anyio

#: (stored, asked): reworded the same question; the static verifier alone refuses them.
BAND_PARAPHRASES = [
    ("How much protein is in salmon?", "What is the protein content of salmon?"),
    ("What causes hiccups?", "What is the cause of hiccups?"),
]
#: (stored, asked): reworded; the verifier alone would serve them (at or above its threshold),
#: but below the stage's upper edge, so MiniLM has the say.
UPPER_PARAPHRASES = [
    ("How long does a rabbit live?", "What is the lifespan of a rabbit?"),
    ("Who invented the telephone?", "Who was the inventor of the telephone?"),
]
#: (stored, asked): "how do I" against "would you" (advice against an opinion); the verifier
#: alone would serve them, MiniLM refuses.
UPPER_TRAPS = [
    ("How do I quit my job?", "Would you quit your job?"),
    ("How do I cancel my gym membership?", "Would you cancel your gym membership?"),
]
#: Reworded, at or above the verifier's threshold and below the stage's upper edge; only asked
#: where MiniLM is slow (never encoded in this session, like ``UNSURE`` below).
UPPER_UNSURE = ("How can I learn to draw?", "How do I learn drawing?")
#: Another one, only asked where MiniLM is slow, unavailable or off: never encoded in this
#: session (the embedder remembers recent texts, which would answer before any timeout).
UNSURE = ("What skills does a pilot need?", "Which skills are required to be a pilot?")
#: (stored, asked): advice becomes an opinion, a liking its opposite; in the band (since the
#: re-fit that chose [0.7, 0.97): the cats pair at 0.704 again, below the int8 band's 0.8),
#: refused by MiniLM's stage.
BAND_TRAPS = [
    ("How do I become a nurse?", "Would you become a nurse?"),
    ("How do I move to Canada?", "Would you move to Canada?"),
    ("Do cats like being brushed?", "Do cats dislike being brushed?"),
]


#: Where a test needs MiniLM to run: a wait no loaded CI box reaches (the shipped 50 ms cap
#: is for serving; here a skipped stage would fail the test for the machine's load).
PATIENT = {"second_stage": {"timeout_s": 60.0}}
#: (stored, asked): reworded, in the band, served by the stage; asked nowhere else in this
#: session (the embedder's recent texts would answer a text encoded before without an encode).
HERE_PARAPHRASES = [
    ("How do I calm down before an exam?", "How can I calm myself before an exam?"),
    ("What should I feed my hamster?", "What food should I give my hamster?"),
]


def _static_p(stored: str, asked: str) -> float:
    encoder, verifier = shared_cache_encoder(), PairVerifier.load()
    va, vb = encoder.embed_sync([stored, asked])
    return float(verifier.probability(pair_features(extract(asked), extract(stored), asked, stored, float(va @ vb))))


def _stage_count(core: Core, outcome: str) -> float:
    value = core.metrics.registry.get_sample_value("bastion_llm_cache_second_stage_total", {"outcome": outcome})
    return value or 0.0


def _semantic(call: Any) -> dict[str, Any]:
    phases: dict[str, Any] = call.cache["phases"]
    semantic: dict[str, Any] = phases["semantic"]
    return semantic


def test_shipped_weights_match_features() -> None:
    model = StageModel.load()
    assert len(model.coef) == len(model.mean) == len(model.scale) == len(STAGE_FEATURES)
    assert 0.0 < model.lower < PairVerifier.load().threshold <= model.upper <= 1.0
    assert 0.5 <= model.threshold < 1.0


@pytest.mark.parametrize("stored,asked", [*BAND_PARAPHRASES, *BAND_TRAPS, UNSURE])
def test_pairs_sit_in_the_band(stored: str, asked: str) -> None:
    """Without the stage these pairs would not be served (below the verifier's threshold) and
    they are not dismissed either (above the band's lower edge): the stage decides them."""
    p = _static_p(stored, asked)
    assert StageModel.load().lower <= p < PairVerifier.load().threshold, p


@pytest.mark.parametrize("stored,asked", [*UPPER_PARAPHRASES, *UPPER_TRAPS, UPPER_UNSURE, *HERE_PARAPHRASES])
def test_pairs_sit_in_the_band_above_the_verifier_threshold(stored: str, asked: str) -> None:
    """The verifier alone would serve these; below the stage's upper edge MiniLM decides them."""
    p = _static_p(stored, asked)
    assert PairVerifier.load().threshold <= p < StageModel.load().upper, p


async def test_band_paraphrase_served_through_minilm(make_cache: CoreFactory) -> None:
    async with make_cache(PATIENT) as (core, cache):
        assert cache.second_stage is not None and cache.second_stage.encoder.loaded
        for stored, asked in BAND_PARAPHRASES:
            assert await ask(cache, chat_call(stored)) is None
            call = chat_call(asked)
            assert await ask(cache, call) == stored, _semantic(call)
            detail = _semantic(call)
            assert call.cache["phase"] == "semantic"
            assert detail["p"] < PairVerifier.load().threshold
            assert detail["minilm"]["p"] >= cache.second_stage.model.threshold
        # The candidate's MiniLM vector is remembered on its entry: asked again (by another
        # wording's lookup of the same entry), only the new prompt is encoded.
        assert len(cache.second_stage._vectors) == len(BAND_PARAPHRASES)
        assert _stage_count(core, "served") == len(BAND_PARAPHRASES)


async def test_band_trap_refused_by_minilm(make_cache: CoreFactory) -> None:
    async with make_cache(PATIENT) as (core, cache):
        for stored, asked in BAND_TRAPS:
            assert await ask(cache, chat_call(stored)) is None
            call = chat_call(asked)
            assert await ask(cache, call) is None
            assert _semantic(call)["rejected"].get("minilm") == 1, _semantic(call)
        assert _stage_count(core, "refused") == len(BAND_TRAPS)


async def test_above_the_verifier_threshold_minilm_decides(make_cache: CoreFactory) -> None:
    """Between the verifier's threshold and the stage's upper edge MiniLM serves the rewording
    and refuses the advice/opinion swap the verifier alone would have served."""
    async with make_cache(PATIENT) as (core, cache):
        for stored, asked in UPPER_PARAPHRASES:
            assert await ask(cache, chat_call(stored)) is None
            call = chat_call(asked)
            assert await ask(cache, call) == stored, _semantic(call)
            assert _semantic(call)["p"] >= PairVerifier.load().threshold
            assert "minilm" in _semantic(call)
        for stored, asked in UPPER_TRAPS:
            assert await ask(cache, chat_call(stored)) is None
            call = chat_call(asked)
            assert await ask(cache, call) is None
            assert _semantic(call)["rejected"].get("minilm") == 1, _semantic(call)
        assert _stage_count(core, "served") == len(UPPER_PARAPHRASES)
        assert _stage_count(core, "refused") == len(UPPER_TRAPS)


async def test_without_minilm_the_verifier_threshold_decides(make_cache: CoreFactory) -> None:
    """Where MiniLM cannot run (here: too slow), a candidate at or above the verifier's own
    threshold is served as by the verifier alone, not lost because the stage's band reaches
    past it."""
    async with make_cache({"second_stage": {"timeout_s": 1e-9}}) as (core, cache):
        stored, asked = UPPER_UNSURE
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored, _semantic(call)
        assert "minilm" not in _semantic(call)
        assert _stage_count(core, "skipped") == 1


async def _unsure_and_clear(cache: SemanticCache) -> None:
    """A band paraphrase is not served; a clear paraphrase and an exact repeat still are."""
    stored, asked = UNSURE
    assert await ask(cache, chat_call(stored)) is None
    call = chat_call(asked)
    assert await ask(cache, call) is None
    assert _semantic(call)["rejected"].get("learned") == 1, _semantic(call)
    a, b = semantic_pair()
    assert await ask(cache, chat_call(a)) is None
    hit = chat_call(b)
    assert await ask(cache, hit) == a
    assert hit.cache["phase"] == "semantic" and "minilm" not in _semantic(hit)
    again = chat_call(stored)
    assert await ask(cache, again) == stored and again.cache["phase"] == "exact"


async def test_slow_minilm_refuses_band_and_serves_the_rest(make_cache: CoreFactory) -> None:
    async with make_cache({"second_stage": {"timeout_s": 1e-9}}) as (core, cache):
        await _unsure_and_clear(cache)
        assert _stage_count(core, "skipped") == 1


async def test_minilm_not_loaded_yet_refuses_band_then_loads(make_cache: CoreFactory) -> None:
    """Until MiniLM has loaded, band candidates are not served and the rest of the cache works;
    the first band candidate starts the load (``preload: false``), after which the stage serves."""
    async with make_cache({"second_stage": {"preload": False}}) as (core, cache):
        assert cache.second_stage is not None
        # A MiniLM of its own, not loaded (the session's shared one is loaded already).
        cache.second_stage = MiniLMStage(Embedder(), cache.second_stage.model, 30.0, registry=None)
        await _unsure_and_clear(cache)
        await anyio.to_thread.run_sync(_wait_loaded, cache.second_stage)
        stored, asked = BAND_PARAPHRASES[1]
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored, _semantic(call)
        assert "minilm" in _semantic(call)


def _wait_loaded(stage: MiniLMStage, timeout_s: float = 180.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not stage.encoder.loaded:
        assert stage._loading is not None and time.monotonic() < deadline, "MiniLM did not load"
        stage._loading.join(1.0)


async def test_second_stage_off(make_cache: CoreFactory) -> None:
    async with make_cache({"second_stage": {"enabled": False}}) as (_, cache):
        assert cache.second_stage is None
        await _unsure_and_clear(cache)


def test_probability_matches_a_plain_logistic() -> None:
    """The stage is the standardised logistic regression the training script wrote."""
    model = StageModel.load()
    row = np.linspace(0.1, 0.9, len(STAGE_FEATURES))
    z = float(((row - model.mean) / model.scale) @ model.coef + model.intercept)
    assert float(model.probability(row)[0]) == pytest.approx(1 / (1 + np.exp(-z)))


def test_one_pairs_row_is_the_batch_row_bit_for_bit() -> None:
    """``stage_row`` (the hit path's one pair) gives the numbers ``stage_features`` does, and so
    the same probability, bit for bit (the clipped log-odds at 0 and 1 included)."""
    model = StageModel.load()
    rng = np.random.default_rng(7)
    n = len(STAGE_FEATURES) - 3
    for i in range(3000):
        cos, p = float(rng.uniform(-1, 1)), float(rng.uniform(0, 1)) if i % 10 else float(i % 20 == 0)
        static = [float(x) for x in rng.normal(0, 3, n)]
        row, rows = stage_row(cos, p, static), stage_features(cos, p, np.asarray(static))
        assert row.tobytes() == rows.tobytes()
        assert model.probability(row).tobytes() == model.probability(rows).tobytes()


async def test_lookups_reading_minilm_are_capped(embedder: Embedder) -> None:
    """Past ``max_in_flight`` lookups waiting on MiniLM, a band candidate is not read."""
    stage = MiniLMStage(embedder, StageModel.load(), timeout_s=30.0, max_in_flight=1)
    static = [0.5] * (len(STAGE_FEATURES) - 3)
    verdicts: list[Any] = [None, None]

    async def judge(i: int, prompt: str) -> None:
        verdicts[i] = await stage.judge(prompt, f"e{i}", f"How do I {prompt.lower()}", 0.8, static)

    async with anyio.create_task_group() as tg:
        tg.start_soon(judge, 0, "Which tyres suit a gravel bike in winter?")
        tg.start_soon(judge, 1, "Which boots suit a long hike in the snow?")
    assert verdicts[0].ran and verdicts[0].minilm_cos is not None
    assert not verdicts[1].ran


def test_held_out_hand_written_pairs_meet_the_goals(embedder: Embedder) -> None:
    """The shipped verifier and stage on every held-out hand-written pair (never fitted or
    tuned on), with the real MiniLM: at least half of the paraphrases served, at most 1% of the
    traps; and the stage serves more paraphrases than the verifier alone."""
    from bastion.gateway.semcache import train

    _, held = train.datasets()
    hand = train.subset(held, np.flatnonzero(np.asarray(held.source) != "qqp"))
    x, ok = train.featurise(hand, shared_cache_encoder())
    verifier, model = PairVerifier.load(), StageModel.load()
    p = np.asarray(verifier.probability(x))
    va, vb = embedder.embed_sync(hand.a), embedder.embed_sync(hand.b)
    p2 = model.probability(stage_features(np.sum(va * vb, axis=1), p, x))
    alone = ok & (p >= verifier.threshold)
    band = ok & (p >= model.lower) & (p < model.upper)
    served = (ok & (p >= model.upper)) | (band & (p2 >= model.threshold))
    src = np.asarray(hand.source)
    para, trap = np.char.startswith(src, "paraphrase"), np.char.startswith(src, "trap")
    assert served[para].mean() >= 0.5, served[para].mean()
    assert served[trap].mean() <= 0.01, served[trap].mean()
    assert served[para].sum() > alone[para].sum()


def test_held_out_quora_pairs_served_within_the_false_hit_budget(embedder: Embedder) -> None:
    """On the held-out quarter of qqp-dev (never fitted or tuned on), the shipped operating point
    (the verifier alone from the stage's upper edge, MiniLM in the band below it) serves more
    Quora duplicates than the verifier alone at its threshold, with at most 2% of the
    non-duplicates served."""
    from bastion.gateway.semcache import train

    _, held = train.datasets()
    qqp = train.subset(held, np.flatnonzero(np.asarray(held.source) == "qqp"))
    x, ok = train.featurise(qqp, shared_cache_encoder())
    verifier, model = PairVerifier.load(), StageModel.load()
    p = np.asarray(verifier.probability(x))
    band = np.flatnonzero(ok & (p >= model.lower) & (p < model.upper))
    sub = train.subset(qqp, band)
    va, vb = embedder.embed_sync(sub.a), embedder.embed_sync(sub.b)
    served = ok & (p >= model.upper)
    served[band] = model.probability(stage_features(np.sum(va * vb, axis=1), p[band], x[band])) >= model.threshold
    alone = ok & (p >= verifier.threshold)
    dup, non = qqp.label == 1, qqp.label == 0
    assert served[non].mean() <= 0.02, served[non].mean()
    assert served[dup].mean() >= 0.20, served[dup].mean()
    assert served[dup].sum() > alone[dup].sum()


async def test_a_lookup_encodes_its_prompt_once_however_many_band_candidates(embedder: Embedder) -> None:
    """Band candidates judged one after another in a lookup share the new prompt's encode: one
    encode for the prompt, plus one per candidate whose vector is not known yet."""
    stage = MiniLMStage(embedder, StageModel.load(), timeout_s=60.0)
    static = [0.5] * (len(STAGE_FEATURES) - 3)
    prompt = "Which wax suits cross-country skis on wet spring snow?"
    candidates = [f"What wax is best for {k} skis in spring?" for k in ("touring", "racing", "classic")]
    for i, text in enumerate(candidates[:2]):  # pre-encoded (as the background pre-encoder does)
        stage.remember(f"pre{i}", embedder.embed_sync([text])[0])
    before = embedder.encoded
    verdicts = [await stage.judge(prompt, f"pre{i}", candidates[i], 0.8, static) for i in range(2)]
    assert all(v.ran for v in verdicts) and [v.texts for v in verdicts] == [1, 1]
    assert embedder.encoded - before == 1
    # A candidate not known yet: its text alone is encoded (the prompt is not encoded again).
    late = await stage.judge(prompt, "late", candidates[2], 0.8, static)
    assert late.ran and late.texts == 2
    assert embedder.encoded - before == 2
    assert stage.knows("late")


async def _ask_watching_lanes(cache: SemanticCache, embedder: Embedder, call: Any) -> tuple[str | None, int, int]:
    """Ask ``call`` alone; (answer, most lanes the embedder had encoding at once meanwhile,
    texts it encoded)."""
    before = embedder.encoded
    answer, lanes = await watching_lanes(embedder, lambda: ask(cache, call))
    return answer, lanes, embedder.encoded - before


@pytest.mark.parametrize("here_max_chars", [200, 0])
async def test_a_lone_lookup_encodes_its_short_new_prompt_on_the_event_loop(
    make_cache: CoreFactory, embedder: Embedder, here_max_chars: int
) -> None:
    """A band candidate whose vector is known (pre-encoded), in a lookup running alone: its new
    prompt is encoded on the event loop, no lane taken (``here_max_chars: 0``: on a lane, as
    before), one text encoded, and the stage serves the rewording either way."""
    stored, asked = HERE_PARAPHRASES[0 if here_max_chars else 1]
    config = {"second_stage": {"timeout_s": 60.0, "here_max_chars": here_max_chars}}
    async with make_cache(config) as (_, cache):
        assert cache.second_stage is not None and cache.pre_encoder is not None
        assert await ask(cache, chat_call(stored)) is None
        with anyio.fail_after(120):
            await cache.pre_encoder.drained()
        call = chat_call(asked)
        answer, lanes, encoded = await _ask_watching_lanes(cache, embedder, call)
        assert answer == stored, _semantic(call)
        assert _semantic(call)["minilm"]["texts"] == 1 and encoded == 1
        assert lanes == (0 if here_max_chars else 1)
        # Its vector joined the embedder's recent texts: the one the lanes would have given.
        assert np.array_equal(embedder.known(asked), embedder.embed_sync([asked])[0])


async def test_the_event_loop_encodes_only_short_prompts_of_a_lone_lookup(embedder: Embedder) -> None:
    """Not alone (other lookups running), or longer than ``here_max_chars``: the new prompt goes
    to a lane; the verdict is the same either way."""
    stage = MiniLMStage(embedder, StageModel.load(), timeout_s=60.0, here_max_chars=60)
    static = [0.5] * (len(STAGE_FEATURES) - 3)
    stage.remember("e", embedder.embed_sync(["Which wax suits touring skis in spring?"])[0])
    verdicts = []
    for prompt, alone, lanes in [
        ("What wax should touring skis get for spring snow?", False, 1),
        ("What wax should touring skis get for spring snow, in the Alps?", True, 1),  # 63 characters
        ("Which wax is right for touring skis in the spring?", True, 0),
    ]:
        seen: list[int] = []
        done = anyio.Event()

        async def watch(seen: list[int] = seen, done: anyio.Event = done) -> None:
            while not done.is_set():
                seen.append(embedder.in_use)
                await anyio.sleep(0)

        async with anyio.create_task_group() as tg:
            tg.start_soon(watch)
            await anyio.sleep(0)
            verdicts.append(await stage.judge(prompt, "e", "unused", 0.8, static, alone=alone))
            done.set()
        assert max(seen) == lanes, prompt
        assert verdicts[-1].ran and verdicts[-1].texts == 1
        # The stage reads the prompt as the cache encoder does ("right" is read "correct").
        cos = float(embedder.embed_sync([read_synonyms(prompt)])[0] @ stage._vectors["e"])
        assert verdicts[-1].minilm_cos == cos

"""The guards on the hand-written pairs of ``pairs.py``: paraphrases served, traps never.

These run the real model and the real guards (no thresholds are mocked). The trap test goes
through the cache object itself (memory KV, embedded Chroma), so the index, the phases and the
guards are all exercised together.
"""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.lexicon import word_key
from bastion.gateway.semcache.normalise import canonical_question, normalise
from bastion.gateway.semcache.settings import GuardSettings, SemcacheSettings
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import PairVerifier, pair_features

from .conftest import ask, chat_call
from .pairs import PARAPHRASES, TRAPS

pytestmark = pytest.mark.anyio


def test_most_paraphrases_pass_the_guards_and_the_verifier() -> None:
    """The shipped pipeline on the hand-written paraphrases: hard guards, then the learned
    verifier at its trained operating point, over the static encoder's cosine."""
    encoder = shared_cache_encoder()
    verifier = PairVerifier.load()
    guards = Guards(SemcacheSettings().guards)
    va = encoder.embed_sync([a for a, _ in PARAPHRASES])
    vb = encoder.embed_sync([b for _, b in PARAPHRASES])
    served = 0
    for (a, b), x, y in zip(PARAPHRASES, va, vb, strict=True):
        q, c = extract(b), extract(a)
        if guards.hard(q, c) and verifier.probability(pair_features(q, c, b, a, float(x @ y))) >= verifier.threshold:
            served += 1
    # These pairs are part of the verifier's training data: most must be served.
    assert served >= 0.5 * len(PARAPHRASES), served


async def test_no_trap_is_served_another_questions_answer(make_cache) -> None:
    async with make_cache() as (_, cache):
        for category, pairs in TRAPS.items():
            for first, second in pairs:
                await ask(cache, chat_call(first))
                call = chat_call(second)
                served = await ask(cache, call)
                # The same question asked again (another trap's wording) may be served.
                assert served is None or normalise(served) == normalise(second), (category, second, served, call.cache)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("fast", "quickly"),
        ("prices", "price"),
        ("saving", "save"),
        ("cutting", "cut"),
        ("advantages", "benefits"),
        ("wrote", "author"),
        ("mathematics", "math"),
        ("movies", "film"),
        ("leaking", "leaky"),
        ("studied", "learn"),
        ("colour", "color"),
        # Plural and verb forms of group words, found as forms ("sites" of "site").
        ("sites", "website"),
        ("repaired", "fix"),
        ("quitting", "stop"),
    ],
)
def test_word_variants_share_a_key(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rice", "pasta"),
        ("cat", "dog"),
        ("read", "ready"),
        ("news", "new"),
        ("plan", "planet"),
        ("install", "uninstall"),
        ("husband", "wife"),
        # Words whose stem is a synonym-group word's stem, not one of its forms (the group
        # lookup used to go through stems: "sit" was "website", "quite" "stop", "hug" "big").
        ("sit", "site"),
        ("quite", "quit"),
        ("hug", "huge"),
        ("scars", "scared"),
        ("card", "car"),
    ],
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        # Moving a phrase is not a swap; exchanging related words is.
        ("In Python, how do I reverse a list?", "How do I reverse a list in Python?", True),
        ("How do I make friends in a new city?", "How can I make new friends in a new city?", True),
        ("What is the fastest way to get fit?", "How can I get fit quickly?", True),
        ("How do I convert Celsius to Fahrenheit?", "How do I convert Fahrenheit to Celsius?", False),
        ("Can a cat kill a snake?", "Can a snake kill a cat?", False),
        # A rate written two ways is one period.
        ("How much water should I drink daily?", "How much water should I drink every day?", True),
        ("How much should I save every month?", "How much should I save every week?", False),
        # Negating prefixes and superlatives of antonyms.
        ("Is it possible to learn piano as an adult?", "Is it impossible to learn piano as an adult?", False),
        ("What is the hottest planet?", "What is the coldest planet?", False),
        # Units in another order.
        ("How far is 10 km in miles?", "How far is 10 miles in km?", False),
    ],
)
def test_guard_rules(a: str, b: str, ok: bool) -> None:
    assert Guards(GuardSettings()).check(extract(b), extract(a), 1.0, 0.88).ok is ok


def test_question_openings_share_a_canonical_form() -> None:
    forms = [
        "How can I learn to juggle?",
        "how should i learn to juggle",
        "How to learn to juggle?",
        "What is the best way to learn to juggle?",
        "How do I learn to juggle",
    ]
    assert len({canonical_question(f) for f in forms}) == 1
    # Only the opening is rewritten: what is asked stays.
    assert canonical_question("How does a juggler learn?") != canonical_question("How do I learn to juggle?")
    assert canonical_question("How can I not drop the balls?") != canonical_question("How can I drop the balls?")


async def test_normalised_phase_uses_the_canonical_opening(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("How can I learn to juggle?"))
        call = chat_call("What's the best way to learn to juggle?")
        assert await ask(cache, call) == "How can I learn to juggle?"
        assert call.cache["phase"] == "normalised"

"""The shipped pair verifier (``verifier.json``) on clear held-out pairs: a regression guard.

Every pair below is from the held-out split ``make train-semcache`` never fits or tunes on
(``pairs.HOLDOUT_*`` and held-out families of ``pair_families``). The paraphrases must be served
and the traps refused by the pipeline the cache runs (static encoder cosine, hard guards, the
learned verifier at its shipped operating point), so retraining into a worse verifier, or a
feature that drifts from what the weights were trained on, fails here. The traps are ones the
hard guards let through: only the verifier stands between them and a wrong answer.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from bastion.gateway.semcache import verifier as verifier_module
from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.settings import SemcacheSettings
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import (
    FEATURES,
    WEIGHTS,
    PairVerifier,
    alignment,
    pair_features,
    particle_flipped,
    two_words_swapped,
)

from .pair_families import PARAPHRASE_FAMILIES, SECOND_ROUND, TRAP_FAMILIES, family_pairs, held_out_family
from .pairs import HOLDOUT_PARAPHRASES, HOLDOUT_TRAPS

#: Clear cases only: "How do I fall asleep faster?" / "How can I fall asleep quickly?" scores
#: 0.9195 with the cache transform's verifier, at its operating point (0.92), so it left this list.
SERVED = [
    ("How do I fix a bike chain that keeps falling off?", "How can I repair a bike chain that keeps falling off?"),
    ("What are the benefits of drinking water?", "What are the advantages of drinking water?"),
    ("How do I get my cat to stop scratching the sofa?", "How can I stop my cat scratching the sofa?"),
    ("How do I buy my first home?", "How do I purchase my first house?"),
    ("How can I save money on rent?", "What are ways to save money on rent?"),
]
REFUSED = [
    ("How do I choose a good mattress?", "How do I clean a mattress?"),
    ("What are the benefits of drinking water?", "What are the dangers of drinking too much water?"),
    ("How do I stop my cat scratching the sofa?", "How do I stop my dog chewing the sofa?"),
    ("Can my dog eat bananas?", "Can my cat eat bananas?"),
    ("How do I log in to Gmail?", "How do I log out of Gmail?"),
    ("How do I switch from Rust to Go?", "How do I switch from Go to Rust?"),
]


@pytest.fixture(scope="module")
def served() -> dict[tuple[str, str], tuple[bool, bool, float]]:
    """(stored, new) -> (passes the hard guards, served, verifier probability)."""
    encoder = shared_cache_encoder()
    verifier = PairVerifier.load()
    guards = Guards(SemcacheSettings().guards)
    pairs = SERVED + REFUSED
    va = encoder.embed_sync([a for a, _ in pairs])
    vb = encoder.embed_sync([b for _, b in pairs])
    out = {}
    for (a, b), x, y in zip(pairs, va, vb, strict=True):
        # The cache's direction: ``a`` is stored, ``b`` is the new prompt.
        q, c = extract(b), extract(a)
        p = float(verifier.probability(pair_features(q, c, b, a, float(x @ y))))
        ok = guards.hard(q, c)
        out[(a, b)] = (ok, ok and p >= verifier.threshold, p)
    return out


def test_the_pairs_are_held_out() -> None:
    held_families = [
        pair
        for families in (PARAPHRASE_FAMILIES, TRAP_FAMILIES)
        for name, (_, pairs) in families.items()
        if held_out_family(name)
        for pair in pairs
    ]
    held = set(HOLDOUT_PARAPHRASES) | set(HOLDOUT_TRAPS) | set(held_families)
    assert [p for p in SERVED + REFUSED if p not in held] == []


@pytest.mark.parametrize("pair", SERVED, ids=lambda p: p[1])
def test_clear_paraphrases_are_served(
    served: dict[tuple[str, str], tuple[bool, bool, float]], pair: tuple[str, str]
) -> None:
    assert served[pair][1], served[pair]


@pytest.mark.parametrize("pair", REFUSED, ids=lambda p: p[1])
def test_traps_past_the_guards_are_refused(
    served: dict[tuple[str, str], tuple[bool, bool, float]], pair: tuple[str, str]
) -> None:
    ok, hit, p = served[pair]
    assert ok, "the hard guards refuse this pair: it no longer tests the verifier"
    assert not hit, p


def test_swaps_and_flipped_particles_are_refused_whatever_the_network_says() -> None:
    assert two_words_swapped("Is a laptop better than a tablet?", "Is a tablet better than a laptop?")
    assert not two_words_swapped("In Python, how do I sort a list?", "How do I sort a list in Python?")
    assert not two_words_swapped("How do I fix a zipper?", "How do I repair a zipper?")
    assert particle_flipped("How do I turn the heating on?", "How do I turn the heating off?")
    assert particle_flipped("How do I sign in to Slack?", "How do I sign out of Slack?")
    assert not particle_flipped("How do I sign in to Slack?", "How can I sign in to Slack?")
    verifier = PairVerifier.load()
    q, c = extract("Why is Go better than Rust?"), extract("Why is Rust better than Go?")
    x = pair_features(q, c, "Why is Go better than Rust?", "Why is Rust better than Go?", 1.0)
    assert verifier.probability(x) == 0.0


def test_the_weights_match_the_features_and_carry_their_operating_point() -> None:
    d = json.loads(WEIGHTS.read_text())
    assert tuple(d["features"]) == FEATURES
    assert 0.5 <= d["threshold"] < 1.0
    assert d["trained_on"]["qqp_pairs"] > 4000
    assert WEIGHTS.stat().st_size < 64_000  # small in the repository
    t = d["trees"]
    n = len(t["feature"])
    assert len(t["cut"]) == len(t["left"]) == len(t["right"]) == len(t["value"]) == n
    assert all(0 <= f < len(FEATURES) for f in t["feature"])
    # Every walk of ``depth`` steps from a root ends on a leaf (a node pointing at itself), so
    # scoring never stops inside a tree.
    for root in d["roots"]:
        node = root
        for _ in range(d["depth"]):
            x = 0.0 if t["cut"][node] >= 0 else 1.0
            node = t["left"][node] if x <= t["cut"][node] else t["right"][node]
        assert t["left"][node] == t["right"][node] == node


def test_one_pair_and_a_batch_score_alike() -> None:
    """The cache scores one candidate at a time, training and the bench score arrays."""
    verifier = PairVerifier.load()
    rows = []
    for a, b in SERVED + REFUSED:
        rows.append(pair_features(extract(b), extract(a), b, a, 0.9))
    batch = np.asarray(verifier.probability(rows))
    single = [float(verifier.probability(r)) for r in rows]
    assert np.allclose(batch, single)
    assert len(set(np.round(single, 6))) > 3  # the trees tell the pairs apart


def test_word_alignment_finds_the_unmatched_word() -> None:
    """The worst-aligned content word of a pair with one word swapped for an unrelated one is
    that word's cosine with its best partner, far below a pair of the same words."""
    same = alignment("How do I descale a kettle?", "How can I descale a kettle?")
    other = alignment("How do I descale a kettle?", "How do I descale a bicycle?")
    assert same[0] == pytest.approx(1.0, abs=1e-5)
    assert other[0] < 0.8 < same[1]
    assert other[1] < same[1]


def test_the_second_round_of_families_is_held_out_whole() -> None:
    assert len(SECOND_ROUND) >= 40
    assert all(held_out_family(name) for name in SECOND_ROUND)
    categories = {PARAPHRASE_FAMILIES[n][0] for n in SECOND_ROUND if n in PARAPHRASE_FAMILIES} | {
        TRAP_FAMILIES[n][0] for n in SECOND_ROUND if n in TRAP_FAMILIES
    }
    assert {"typo", "register", "question_form", "units", "comparative", "scope"} <= categories


def _served_share(pairs: list[tuple[str, str]]) -> float:
    """The share of ``pairs`` (stored, new) the cache's semantic decision would serve."""
    encoder, verifier = shared_cache_encoder(), PairVerifier.load()
    guards = Guards(SemcacheSettings().guards)
    va, vb = encoder.embed_sync([a for a, _ in pairs]), encoder.embed_sync([b for _, b in pairs])
    served = 0
    for (a, b), x, y in zip(pairs, va, vb, strict=True):
        q, c = extract(b), extract(a)
        p = float(verifier.probability(pair_features(q, c, b, a, float(x @ y))))
        served += guards.hard(q, c) and p >= verifier.threshold
    return served / len(pairs)


def test_held_out_traps_are_refused() -> None:
    """The quality goal on traps (at most 1% served), on every held-out trap: the
    ``HOLDOUT_TRAPS`` and the held-out families, the second round's included."""
    traps = list(HOLDOUT_TRAPS) + [pair for _, _, pair in family_pairs(TRAP_FAMILIES, True)]
    assert len(traps) > 150
    assert _served_share(traps) <= 0.01


def test_held_out_paraphrases_do_not_regress() -> None:
    """A regression guard, not the goal (half served, not met on the held-out split: see
    docs/semcache.md): earlier verifiers served 56 (28.7%) and 65 (33.3%) of these 195 pairs,
    this one, over the cache transform's cosine, 70 (35.9%)."""
    paraphrases = list(HOLDOUT_PARAPHRASES) + [pair for _, _, pair in family_pairs(PARAPHRASE_FAMILIES, True)]
    assert len(paraphrases) > 180
    assert _served_share(paraphrases) >= 0.34


def test_long_prompts_are_scored_but_not_remembered() -> None:
    """The per-prompt parts are remembered only for prompts of ordinary length, and the soft
    alignment takes a bounded number of words, so a cache of long prompts holds bounded memory."""
    long_a = " ".join(f"Explain the history of topic{i} in detail." for i in range(80))
    long_b = long_a.replace("history", "origins")
    before = verifier_module._remembered_shape.cache_info().currsize
    p = float(PairVerifier.load().probability(pair_features(extract(long_b), extract(long_a), long_b, long_a, 0.95)))
    assert 0.0 <= p <= 1.0
    assert verifier_module._remembered_shape.cache_info().currsize == before
    assert len(verifier_module._parse(long_a).keys) == verifier_module._ALIGNED_WORDS

"""Issue #14: the tests every written injection round shares, run over each round's table
(``injection_rounds/``: rounds thirteen (direct), fourteen, fifteen, sixteen, seventeen and
nineteen). Each attack carries its signals; no twin is flagged by the patterns alone or matches a
widening of the round's block; the block names only existing signals and stands in the detector's
widenings in one piece; the set is split by families; the learned detector at the default
sensitivity flags every attack and no twin."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.injection import InjectionDetector, heuristic_signals

from .conftest import (
    assert_flags_attacks_not_twins,
    assert_one_block_of_existing_signals,
    assert_split_by_families,
    matching_widenings,
)
from .injection_rounds import (
    WrittenRound,
    actions_nineteen,
    direct_fourteen,
    direct_thirteen,
    hijack_fifteen,
    hijack_sixteen,
    vocab_seventeen,
)

ROUNDS: tuple[WrittenRound, ...] = (
    direct_thirteen.ROUND,
    direct_fourteen.ROUND,
    hijack_fifteen.ROUND,
    hijack_sixteen.ROUND,
    vocab_seventeen.ROUND,
    actions_nineteen.ROUND,
)
WITH_WIDENINGS = tuple(r for r in ROUNDS if r.widenings is not None)


def _by_round(rounds: tuple[WrittenRound, ...]) -> list[object]:
    return [pytest.param(r, id=r.name) for r in rounds]


@pytest.mark.parametrize(
    ("text", "signals"),
    [
        pytest.param(text, signals, id=f"{r.name}-{i}")
        for r in ROUNDS
        for i, (text, signals) in enumerate(r.attacks + r.signal_only)
    ],
)
def test_attacks_carry_their_signals(text: str, signals: tuple[str, ...]) -> None:
    found = heuristic_signals(text)
    assert set(signals) <= set(found), (text, found)


@pytest.mark.parametrize(
    ("rnd", "text"), [pytest.param(r, text, id=f"{r.name}-{i}") for r in ROUNDS for i, text in enumerate(r.benign)]
)
def test_benign_twins_match_no_widening_of_the_round(rnd: WrittenRound, text: str) -> None:
    """No pattern the round added matches a twin, and the patterns alone do not flag it."""
    if rnd.widenings is not None:
        if rnd.twins_see_requires:
            assert matching_widenings(rnd.widenings, text) == [], text
        else:
            assert [w.names for w in rnd.widenings if w.pattern.search(text)] == [], text
    assert InjectionDetector(semantic=False).detect(text) == [], (text, heuristic_signals(text))


@pytest.mark.parametrize("rnd", _by_round(WITH_WIDENINGS))
def test_round_widenings_name_existing_signals(rnd: WrittenRound) -> None:
    """No new signal name (the head's feature layout is unchanged), and the round's block is part
    of the widenings the detector runs, in one piece (later rounds' blocks follow it)."""
    assert rnd.widenings is not None
    assert_one_block_of_existing_signals(rnd.widenings)


@pytest.mark.parametrize("rnd", _by_round(ROUNDS))
def test_round_is_split_by_families(rnd: WrittenRound) -> None:
    assert_split_by_families(rnd.corpus, balanced=rnd.balanced)


@pytest.mark.anyio
@pytest.mark.parametrize("rnd", _by_round(ROUNDS))
async def test_learned_detector_flags_the_attacks_not_their_twins(det: InjectionDetector, rnd: WrittenRound) -> None:
    """Head and patterns at the default sensitivity: every attack is flagged, no twin is."""
    await assert_flags_attacks_not_twins(det, rnd.attacks, rnd.benign)

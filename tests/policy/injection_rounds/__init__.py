"""The tables of the written injection rounds whose tests share one shape (issue #14): each module
holds one round's representative cases, written for the tests, and declares them as a
:class:`WrittenRound`; ``tests/policy/test_injection_rounds.py`` runs the same tests over every
round of :data:`ROUNDS` (a round's own extra tests stay in its own test file)."""

from __future__ import annotations

import dataclasses
from types import ModuleType

from bastion.gateway.policy.detectors.injection import Widening

#: (text, the signals it must carry)
Cases = tuple[tuple[str, tuple[str, ...]], ...]


@dataclasses.dataclass(frozen=True)
class WrittenRound:
    """One written round as its tests read it."""

    #: The round's name in test ids ("fifteen").
    name: str
    #: Its set, ``scripts/policy_corpus_*`` (split by families).
    corpus: ModuleType
    #: Attacks: each carries its signals, and the learned detector flags every one.
    attacks: Cases
    #: Twins: the patterns alone flag none; none matches a widening of the round's block.
    benign: tuple[str, ...]
    #: The widenings the round added, in one block of the detector's; None when it added none.
    widenings: tuple[Widening, ...] | None
    #: Found by a widening but not flagged at the default sensitivity (signals only).
    signal_only: Cases = ()
    #: The set has as many benign rows as attacks.
    balanced: bool = False
    #: Whether a widening's ``requires`` counts when a twin is checked against the block; round
    #: thirteen's twins are held to the stricter check of its own tests: no pattern of the block
    #: matches them at all.
    twins_see_requires: bool = True

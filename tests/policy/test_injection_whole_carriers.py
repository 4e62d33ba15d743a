"""Issue #14, round eighteen (branch j104): whole carriers (a JSON response, a page, an e-mail, a
source file, a data file) with one sentence inside, an attack or a note to people. The sets are
``scripts/policy_corpus_eighteen_parts.py`` and its part two ``policy_corpus_eighteen_subtle.py``;
bench_injection reports them. The detector is unchanged by the round (reading each part of a
carrier separately was measured and not adopted, docs/policy.md), so these tests hold the sets
to what the measurement relies on: attacks and twins in the very same carriers, split by carrier."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import policy_corpus_eighteen_parts as parts  # noqa: E402
import policy_corpus_eighteen_subtle as subtle  # noqa: E402

from .conftest import assert_split_by_families

ROUNDS = (parts, subtle)


@pytest.mark.parametrize("corpus", ROUNDS)
def test_round_is_split_by_carrier(corpus: ModuleType) -> None:
    assert_split_by_families(corpus, balanced=True)


#: The attack kind whose carriers each benign kind is written in.
CARRIER_OF = {twin: kind for kind, twin in parts.TWIN_KIND.items()}


def _sentences(corpus: ModuleType) -> list[str]:
    tables = (corpus.ATTACK_SENTENCES, corpus.BENIGN_SENTENCES)
    return [s for table in tables for families in table.values() for family in families for s in family]


@pytest.mark.parametrize("corpus", ROUNDS)
def test_every_attack_has_twins_in_the_same_carrier(corpus: ModuleType) -> None:
    """A family's attacks and its twins are the same carrier (kind and number) and the same side of
    the split, so a change that reads the carrier differently meets both."""
    sides: dict[tuple[str, str], set[tuple[int, bool]]] = {}
    for e in corpus.build():
        carrier = (e.kind if e.label else CARRIER_OF[e.kind], e.family[-2:])
        sides.setdefault(carrier, set()).add((e.label, e.heldout))
    assert len(sides) == sum(len(c) for c in parts.CARRIERS.values())
    for found in sides.values():
        assert {label for label, _ in found} == {0, 1}
        assert len({held for _, held in found}) == 1


def test_sentences_are_written_once() -> None:
    """No sentence twice in a part, and part two shares none with part one."""
    one, two = _sentences(parts), _sentences(subtle)
    assert len(one) == len(set(one)) and len(two) == len(set(two))
    assert not set(one) & set(two)


def test_json_carriers_are_valid_json_with_the_sentence_inside() -> None:
    """The JSON carriers are real JSON (JSON Lines: one object a line) whose decoded strings hold
    the sentence whole (in a JSON string inside a JSON string for the MCP result)."""
    for e in parts.build() + subtle.build():
        if e.family.split("-")[0] not in ("json", "records"):
            continue
        docs = [json.loads(line) for line in e.text.split("\n")] if e.text.startswith('{"ts"') else [json.loads(e.text)]

        def strings(x: object) -> list[str]:
            if isinstance(x, str):
                try:
                    return [x, *strings(json.loads(x))]
                except ValueError:
                    return [x]
            if isinstance(x, dict):
                return [s for v in x.values() for s in strings(v)]
            if isinstance(x, list):
                return [s for v in x for s in strings(v)]
            return []

        found = [s for d in docs for s in strings(d)]
        table = parts if e.family[-3] == "p" else subtle
        sentences = (table.ATTACK_SENTENCES if e.label else table.BENIGN_SENTENCES)["json"][int(e.family[-2:])]
        assert any(s in found for s in sentences)

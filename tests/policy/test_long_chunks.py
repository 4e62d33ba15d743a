"""The long-input evaluation of issue #14 (branch j92, ``scripts/long_chunks.py``): written
documents with passages to the AI, some cut by a long window's boundary, split by families; and
where a long document's attack is lost (docs/policy.md, "Long and medium inputs: the level is one
benign note")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bastion.gateway.policy.detectors.injection import InjectionDetector, long_spans

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import long_chunks  # noqa: E402


def _passage(text: str) -> tuple[int, str]:
    """Where the written passage to the AI is in ``text``, and the passage."""
    for family in long_chunks.TO_THE_AI:
        for p in family:
            if p in text:
                return text.index(p), p
    raise AssertionError("no passage in an attacked document")


def test_written_documents_are_deterministic_balanced_and_split_by_families() -> None:
    tuning, held = long_chunks.written(False), long_chunks.written(True)
    assert tuning == long_chunks.written(False)
    for texts, labels in (tuning, held):
        assert sum(labels) == len(labels) - sum(labels)
        assert all(3000 <= len(t) for t in texts)
    held_passages = {p for f in long_chunks.HELD_OUT_FAMILIES for p in long_chunks.TO_THE_AI[f]}
    held_notes = {s for f in long_chunks.HELD_OUT_FAMILIES for s in long_chunks.TO_PEOPLE[f]}
    for t, y in zip(*tuning, strict=True):
        assert not any(p in t for p in held_passages | held_notes)
        assert y == any(p in t for f in long_chunks.TO_THE_AI for p in f)
    for t, y in zip(*held, strict=True):
        if y:
            assert _passage(t)[1] in held_passages


def test_half_the_attacked_documents_cut_the_passage_at_a_window_boundary() -> None:
    texts, labels = long_chunks.written(False)
    attacked = [t for t, y in zip(texts, labels, strict=True) if y]
    cut = 0
    for t in attacked:
        at, p = _passage(t)
        cut += any(at < b < at + len(p) for _, b in long_spans(t))
    # Half are placed across a boundary, the others at a random line break (some of those too).
    assert len(attacked) // 2 <= cut < len(attacked)


@pytest.mark.anyio
async def test_the_attack_window_is_the_best_window_of_a_long_document(det: InjectionDetector) -> None:
    """Where long attacks are lost: not before the level. The window holding the passage (whole or
    cut) is the best-scoring window of the document in most written documents, including those
    whose passage straddles a boundary; what loses them is the long level (the docs)."""
    texts, labels = long_chunks.written(False)
    attacked = [t for t, y in zip(texts, labels, strict=True) if y][:16]
    per_text = await det.window_scores(attacked)
    best_holds = 0
    for t, windows in zip(attacked, per_text, strict=True):
        at, p = _passage(t)
        a, b, _, _ = max(windows, key=lambda w: w[2])
        best_holds += a < at + len(p) and at < b
    assert best_holds >= 13

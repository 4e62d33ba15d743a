"""The blind injection set (``scripts/injection_fresh_eval.py``) keeps its size and stays blind:
no text of it may turn up in our own training corpus (a later round that copies from it would
make its figure one more in-sample number), and the detector reads it as the script reports."""

from __future__ import annotations

import sys
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import injection_fresh_eval as fresh  # noqa: E402
import policy_corpus  # noqa: E402


def test_the_set_has_its_sizes_and_no_duplicates() -> None:
    items = fresh.examples()
    texts = [e.text for e in items]
    assert len(texts) == len(set(texts))
    assert sum(not e.attack for e in items) >= 200
    assert sum(e.attack for e in items) >= 150
    # Every category is a family of several texts, and no category is on both sides.
    assert all(len(v) >= 8 for v in (*fresh.BENIGN.values(), *fresh.ATTACKS.values()))
    assert set(fresh.BENIGN).isdisjoint(fresh.ATTACKS)


def test_no_text_is_in_our_training_corpus() -> None:
    ours = {e.text.strip().lower() for e in policy_corpus.build()}
    assert not [e.text for e in fresh.examples() if e.text.strip().lower() in ours]


def test_flagged_is_the_detectors_own_verdict() -> None:
    # A canonical attack and an ordinary prompt, judged through the same path as the report.
    items = [
        fresh.Example(fresh.ATTACKS["hijack"][0], True, "hijack"),
        fresh.Example(fresh.BENIGN["coding"][0], False, "coding"),
    ]
    v = fresh.judge(items)
    assert v.flagged == [True, False]

    from bastion.gateway.policy.detectors.injection import InjectionDetector

    det = InjectionDetector()
    matches = anyio.run(det.adetect, [e.text for e in items])
    assert [bool(m) for m in matches] == v.flagged
    assert v.scores[0] > v.scores[1]

"""The adoption check (``scripts/policy_adopt.py``): counts as the detector decides, and reads
the out-of-fold figure from a training run's output."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import policy_adopt  # noqa: E402


def test_a_score_at_the_level_is_counted_as_flagged() -> None:
    es = policy_adopt.EvalSet("s", ["a1", "a2", "b1", "b2", "b3"], [True, True, False, False, False])
    # 0.9 - 1e-10 is the level within the detector's epsilon; 0.9 - 1e-6 is under it.
    c = policy_adopt.count([0.9 - 1e-10, 0.5, 0.95, 0.9 - 1e-6, 0.1], es, 0.9)
    assert (c.detected, c.attacks, c.benign) == (1, 2, 3)
    assert c.flagged == frozenset({"b1"})
    assert c.detection == 50.0


def test_the_out_of_fold_figure_is_read_from_the_training_output(tmp_path: Path) -> None:
    log = tmp_path / "train.log"
    log.write_text(
        "wrote x.npz\n"
        "out of fold (training texts MiniLM reads, 8966): 70.9% @0.1%, 86.8% @1.0%, 95.5% @5.0%; "
        "own families only: 94.1% @1.0%\n"
    )
    assert policy_adopt.oof_at_1(log) == 86.8

"""Issue #14 (branch j97): would a pattern *floor* beside the shipped fusion detect more at 1%?

The shipped detector flags at the 1% level on the fused score (:meth:`InjectionHead.fuse`: the
larger of the head's and the patterns' benign percentiles). At that level the patterns need a raw
score of about 0.715 to flag on their own, while the patterns-only 1% level is about 0.53: texts
whose signals score 0.53-0.71 are flagged by ``semantic: false`` but not by the shipped detector
unless the head agrees. This script measures the candidate "the shipped verdict, or the raw
whole-text pattern score at or above a floor ``T``" (texts of up to ``MEDIUM_WINDOWS`` windows;
head weights and levels unchanged) for two floors fixed before looking:

* ``a``: the patterns-only 0.5% level, set as the shipped pattern levels are (``threshold_at``
  over the benign calibration pattern scores the head file keeps, ``pattern_ref``);
* ``b``: the lowest floor that flags no tuning benign text the shipped detector passes.

It scores the dev set and the own sets' *tuning* families (``bench.policy.injection_sets``) and
prints, per set, detection / benign flagged for shipped and each candidate. ``--heldout`` also
scores the held-out families (look once, at the end). Run from the repository root::

    PYTHONPATH=$PWD OMP_NUM_THREADS=1 python scripts/injection_fusion_floor.py [--heldout]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import anyio
import numpy as np

from bastion.gateway.policy.detectors.injection import _EPS, MEDIUM_WINDOWS, InjectionDetector, chunk_spans
from bastion.gateway.policy.detectors.injection_head import shipped_head, threshold_at

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.policy import injection_sets  # noqa: E402


def _tuning(name: str) -> bool:
    return name.startswith("dev:") or name.endswith("tuning families")


def _heldout(name: str) -> bool:
    return name == "own held-out families" or (name.startswith("own ") and name.endswith(", held-out families"))


def _rate(flags: np.ndarray, mask: np.ndarray) -> float:
    return float(flags[mask].mean()) if mask.any() else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out families (look once)")
    args = parser.parse_args()
    head = shipped_head()
    det = InjectionDetector()
    level = head.thresholds["1%"]
    floor_a = threshold_at(head.pattern_ref, 0.005)
    print(f"shipped 1% fused level {level:.5f}; patterns-only 1% level {head.pattern_thresholds['1%']:.5f}")
    print(f"floor a (patterns-only 0.5% level, calibration pattern_ref): {floor_a:.5f}")
    scored: list[tuple[str, bool, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    t0 = time.perf_counter()
    for name, texts, labels, _ in injection_sets():
        tuning = _tuning(name)
        if not tuning and not (args.heldout and _heldout(name)):
            continue
        fused = np.array(anyio.run(det.scores, texts))
        shipped = fused + _EPS >= level
        short = np.array([len(chunk_spans(t)) <= MEDIUM_WINDOWS for t in texts])
        pattern = np.array([det.heuristic_score(t) for t in texts])
        scored.append((name, tuning, np.array(labels, bool), shipped, np.where(short, pattern, -1.0), short))
    print(f"scored in {time.perf_counter() - t0:.0f} s")
    # Floor b: just above the highest tuning benign pattern score the shipped detector passes.
    passed = np.concatenate([p[~y & ~s] for _, t, y, s, p, _ in scored if t])
    # (2 * _EPS: the verdict is ``score + _EPS >= floor``, as the detector compares.)
    floor_b = float(passed.max()) + 2 * _EPS if len(passed) else 0.0
    print(f"floor b (no new tuning benign flag): {floor_b:.5f}")
    print(
        f"calibration benign share at or above: a {np.mean(head.pattern_ref >= floor_a):.2%}, "
        f"b {np.mean(head.pattern_ref >= floor_b):.2%}"
    )
    # The headroom of any pattern floor (one floor, or one per signal family) at or above the
    # patterns-only 1% level: the tuning attacks the shipped detector misses, by pattern score.
    missed = np.concatenate([p[y & ~s] for n, t, y, s, p, _ in scored if t and not n.startswith("dev:")])
    edges = [-1.0, 0.0, 1e-9, head.pattern_thresholds["1%"], floor_a, floor_b, 2.0]
    counts = np.histogram(missed, bins=edges)[0]
    names = ["long (no floor)", "no signal", "under patterns 1%", "patterns 1%..floor a", "floor a..b", "floor b.."]
    print(
        f"missed tuning attacks (own sets) {len(missed)}, by pattern score: "
        + ", ".join(f"{n} {c}" for n, c in zip(names, counts, strict=True))
    )
    header = f"{'set':<62} {'atk/ben':>9}  {'shipped':>15}  {'floor a':>15}  {'floor b':>15}"
    for part, keep in (("TUNING", True), ("HELD-OUT", False)):
        rows = [r for r in scored if r[1] == keep]
        if not rows:
            continue
        print(f"\n## {part}\n{header}")
        pooled: dict[str, list[np.ndarray]] = {"y": [], "s": [], "a": [], "b": []}
        for name, _, y, s, p, _ in rows:
            a, b = s | (p + _EPS >= floor_a), s | (p + _EPS >= floor_b)
            cells = [f"{_rate(f, y):6.1%} / {_rate(f, ~y):5.1%}" for f in (s, a, b)]
            print(f"{name[:62]:<62} {int(y.sum()):>4}/{int((~y).sum()):<4}  " + "  ".join(cells))
            if not name.startswith("dev:"):
                for k, v in (("y", y), ("s", s), ("a", a), ("b", b)):
                    pooled[k].append(v)
        y = np.concatenate(pooled["y"])
        cells = [
            f"{_rate(np.concatenate(pooled[k]), y):6.1%} / {_rate(np.concatenate(pooled[k]), ~y):5.1%}" for k in "sab"
        ]
        print(f"{'pooled own sets (dev apart)':<62} {int(y.sum()):>4}/{int((~y).sum()):<4}  " + "  ".join(cells))


if __name__ == "__main__":
    main()

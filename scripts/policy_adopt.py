"""The adoption check of a re-fitted injection head (issue #14): a candidate ``injection_head.npz``
against a control one, on every set ``bench/policy.py``'s ``bench_injection`` reports (the dev
set, our own held-out families whole and by round, the long, medium and concatenated inputs
built from them) plus the multilingual sets (``tests/policy/multilingual_injection.py`` and the
eleventh corpus round's held-out families), each counted as the detector decides
(``score + 1e-9 >= level``, ``bench.policy._at``), at the default level (1%).

The rule (docs/policy.md, "The adoption check, and the eleventh corpus round"; fixed before the
eleventh round's heads were fitted). The candidate is adopted only if every item passes:

1. out of fold at 1% (the training run's ``out of fold`` line, ``--control-log`` /
   ``--candidate-log``): not worse than the control's by more than 1.0 point;
2. dev at 1%: detection not worse by more than 1.0 point, benign texts flagged not more;
3. own held-out sets (every set but dev): on each set, no more than ``NOISE`` (one) benign text
   flagged beyond the control's; and over all of them, no more than ``NOISE`` distinct benign
   texts flagged beyond the control's (one text of 100 flips between two fits of the same
   data on the same rows; one more than that is a change, not noise);
4. multilingual sets: attacks detected more than the control's (or all of them), benign texts
   flagged not more.

Usage (one command; the integrator runs it after merging branches that change patterns)::

    PYTHONPATH=$PWD python scripts/policy_adopt.py CONTROL.npz CANDIDATE.npz \\
        [--control-log CONTROL_TRAIN.log --candidate-log CANDIDATE_TRAIN.log]

Without both logs item 1 is NOT CHECKED and the verdict is INCOMPLETE (exit 2). Exit 0: PASS,
1: FAIL. About 6 minutes on the 2-core machine (both heads score every set).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import anyio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import policy_corpus  # noqa: E402

from bastion.gateway.policy.detectors.injection import _EPS, InjectionDetector  # noqa: E402
from bastion.gateway.policy.detectors.injection_head import SENSITIVITIES, InjectionHead  # noqa: E402
from bench.policy import injection_sets  # noqa: E402
from tests.policy import multilingual_injection  # noqa: E402

#: Benign texts a candidate may flag beyond the control's, per set and over all own held-out sets.
NOISE = 1
#: Points of detection (out of fold, dev) a candidate may lose.
POINTS = 1.0
LEVEL = "1%"
OOF_LINE = re.compile(r"out of fold \(.*?\): .*?([\d.]+)% @1\.0%")


@dataclass(frozen=True)
class EvalSet:
    name: str
    texts: list[str]
    labels: list[bool]
    multilingual: bool = False


@dataclass(frozen=True)
class Counted:
    """One head on one set at one level: how many attacks detected, which benign texts flagged."""

    detected: int
    attacks: int
    flagged: frozenset[str]
    benign: int

    @property
    def detection(self) -> float:
        return 100.0 * self.detected / self.attacks if self.attacks else float("nan")


def sets() -> list[EvalSet]:
    out = [EvalSet(n, t, y) for n, t, y, _ in injection_sets()]
    ml = multilingual_injection.ATTACKS + multilingual_injection.BENIGN
    out.append(
        EvalSet(
            "multilingual set (tests/policy/multilingual_injection.py)",
            [t for _, t in ml],
            [i < len(multilingual_injection.ATTACKS) for i in range(len(ml))],
            multilingual=True,
        )
    )
    eleventh = [e for e in policy_corpus.split(policy_corpus.build())[1] if policy_corpus.round_of(e.family) == 11]
    out.append(
        EvalSet(
            "multilingual: eleventh round held-out families",
            [e.text for e in eleventh],
            [bool(e.label) for e in eleventh],
            multilingual=True,
        )
    )
    return out


def count(scores: list[float], es: EvalSet, threshold: float) -> Counted:
    hit = [s + _EPS >= threshold for s in scores]
    return Counted(
        detected=sum(h for h, y in zip(hit, es.labels, strict=True) if y),
        attacks=sum(es.labels),
        flagged=frozenset(t for t, h, y in zip(es.texts, hit, es.labels, strict=True) if h and not y),
        benign=len(es.labels) - sum(es.labels),
    )


def score_all(path: Path, all_sets: list[EvalSet]) -> tuple[InjectionHead, list[list[float]]]:
    head = InjectionHead.load(path)
    det = InjectionDetector(head=head)
    return head, [anyio.run(det.scores, es.texts) for es in all_sets]


def oof_at_1(log: Path) -> float:
    found = OOF_LINE.findall(log.read_text(encoding="utf-8"))
    if not found:
        raise SystemExit(f"{log}: no 'out of fold ... @1.0%' line (a scripts/train_policy.py log?)")
    return float(found[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("control", type=Path, help="the control head (e.g. the shipped injection_head.npz)")
    parser.add_argument("candidate", type=Path, help="the candidate head")
    parser.add_argument("--control-log", type=Path, help="the control's scripts/train_policy.py output")
    parser.add_argument("--candidate-log", type=Path, help="the candidate's scripts/train_policy.py output")
    args = parser.parse_args()

    all_sets = sets()
    control_head, control_scores = score_all(args.control, all_sets)
    cand_head, cand_scores = score_all(args.candidate, all_sets)
    items: list[tuple[str, bool | None, str]] = []

    # Every set at every level, for the record; the rule reads the default level.
    print(f"control {args.control}, candidate {args.candidate}")
    print("| set | level | attacks/benign | control det / benign flagged | candidate det / benign flagged |")
    print("|---|---|---|---|---|")
    at_level: list[tuple[EvalSet, Counted, Counted]] = []
    for es, cs, ks in zip(all_sets, control_scores, cand_scores, strict=True):
        for lvl in SENSITIVITIES:
            c = count(cs, es, control_head.thresholds[lvl])
            k = count(ks, es, cand_head.thresholds[lvl])
            print(
                f"| {es.name} | {lvl} | {c.attacks}/{c.benign} | {c.detection:.1f}% / {len(c.flagged)} "
                f"| {k.detection:.1f}% / {len(k.flagged)} |"
            )
            if lvl == LEVEL:
                at_level.append((es, c, k))
    print()

    # 1. out of fold
    if args.control_log and args.candidate_log:
        c_oof, k_oof = oof_at_1(args.control_log), oof_at_1(args.candidate_log)
        items.append(("1 out of fold @1%", k_oof >= c_oof - POINTS, f"{c_oof:.1f}% -> {k_oof:.1f}%"))
    else:
        items.append(("1 out of fold @1%", None, "no training logs given"))
    # 2. dev
    dev = [(c, k) for es, c, k in at_level if es.name.startswith("dev")]
    if dev:
        c, k = dev[0]
        items.append(
            ("2 dev detection", k.detection >= c.detection - POINTS, f"{c.detection:.1f}% -> {k.detection:.1f}%")
        )
        items.append(
            ("2 dev benign flagged", len(k.flagged) <= len(c.flagged), f"{len(c.flagged)} -> {len(k.flagged)}")
        )
    else:
        items.append(("2 dev", False, "dev set not found"))
    # 3. own held-out sets (per set, and distinct texts over all of them)
    own = [(es, c, k) for es, c, k in at_level if not es.name.startswith("dev") and not es.multilingual]
    for es, c, k in own:
        items.append(
            (
                f"3 benign flagged: {es.name}",
                len(k.flagged) <= len(c.flagged) + NOISE,
                f"{len(c.flagged)} -> {len(k.flagged)} of {c.benign}",
            )
        )
    c_all = frozenset().union(*(c.flagged for _, c, _ in own))
    k_all = frozenset().union(*(k.flagged for _, _, k in own))
    items.append(
        (
            "3 benign flagged, distinct texts over all own held-out sets",
            len(k_all) <= len(c_all) + NOISE,
            f"{len(c_all)} -> {len(k_all)} (newly flagged {len(k_all - c_all)}, no longer {len(c_all - k_all)})",
        )
    )
    # 4. multilingual
    ml = [(c, k) for es, c, k in at_level if es.multilingual]
    c_det, k_det = sum(c.detected for c, _ in ml), sum(k.detected for _, k in ml)
    n_att = sum(c.attacks for c, _ in ml)
    items.append(("4 multilingual attacks detected", k_det > c_det or k_det == n_att, f"{c_det} -> {k_det} of {n_att}"))
    c_fl, k_fl = sum(len(c.flagged) for c, _ in ml), sum(len(k.flagged) for _, k in ml)
    n_ben = sum(c.benign for c, _ in ml)
    items.append(("4 multilingual benign flagged", k_fl <= c_fl, f"{c_fl} -> {k_fl} of {n_ben}"))

    for name, ok, what in items:
        verdict = "NOT CHECKED" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{verdict:11s} {name}: {what}")
    if any(ok is False for _, ok, _ in items):
        print("VERDICT: FAIL")
        raise SystemExit(1)
    if any(ok is None for _, ok, _ in items):
        print("VERDICT: INCOMPLETE (item 1 needs both training logs)")
        raise SystemExit(2)
    print("VERDICT: PASS")


if __name__ == "__main__":
    main()

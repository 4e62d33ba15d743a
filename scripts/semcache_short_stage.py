"""Where short prompts stop, and what a length-aware MiniLM stage threshold would change (issue
#13, engineer j120): tuning parts only (the own pair sets' tuning families, the developed-on
part of ``tests/semcache/pairs.py``, the Quora training split) and the tune half of the Quora
held-out pairs (``train.qqp_halves``; the check half is spent and never read here).

For every pair the first try's decision is taken as ``semcache_stage_band.look`` takes it
(without the short-prompt discount, ``SecondStageSettings.short_discount``, which this chooses); a
band pair's stage probability and the threshold it needed are kept with the word count of the
shorter of its two prompts (as the cache compares them). The table then gives, per shortness
bound ``L`` (the shorter prompt has at most ``L`` words) and discount ``d`` (the stage serves
such a band pair from ``d`` under the threshold it needs today), what each group would serve.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_short_stage.py`` (~1 min).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections import Counter
from dataclasses import dataclass

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import PairJudge, split_families  # noqa: E402
from semcache_stage_band import Row, Seen, look  # noqa: E402

#: Every own pair set (``scripts/semcache_pairs_<name>.py``); only tuning families are read.
OWN_SETS = (
    "short2", "casual2", "terse", "wrappers", "chat", "frames", "typos", "formal", "formal2",
    "formal3", "synonyms", "function_words", "tense", "stage", "reword", "domains",
)  # fmt: skip
BOUNDS = (3, 4, 5, 6, 8)
DISCOUNTS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.15)


@dataclass(frozen=True)
class Judged:
    row: Row
    seen: Seen
    needed: float  # the probability the stage asks today (nan outside the band)
    words: int  # of the shorter prompt, as compared


def rows() -> list[Row]:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bastion.gateway.semcache import train
    from tests.semcache import pairs

    out: list[Row] = []
    for name in OWN_SETS:
        group = "own short2" if name == "short2" else "own other"
        for fam in split_families(importlib.import_module(f"semcache_pairs_{name}").FAMILIES, False):
            out += [Row(group, "paraphrase", a, b) for a, b in fam.paraphrases]
            out += [Row(group, "trap", a, b) for a, b in fam.traps]
    out += [Row("pairs.py", "paraphrase", a, b) for a, b in pairs.PARAPHRASES]
    out += [Row("pairs.py", "trap", a, b) for items in pairs.TRAPS.values() for a, b in items]
    for r in train.qqp_rows():
        if not train.qqp_held_out(r["a"], r["b"]):
            out.append(Row("quora training", "duplicate" if r["duplicate"] else "non-duplicate", r["a"], r["b"]))
    _, held = train.datasets()
    tune, _check = train.qqp_halves(held)
    for i in np.flatnonzero(tune):
        kind = "duplicate" if held.label[i] == 1 else "non-duplicate"
        out.append(Row("quora tune half", kind, held.a[i], held.b[i]))
    return out


def judge_all() -> list[Judged]:
    from bastion.gateway.semcache.guards import extract, frames_agree

    judge = PairJudge()
    # Today's decision is the one without the short-prompt discount (the rule chooses it).
    stage = judge.s.second_stage.model_copy(update={"short_discount": 0.0})
    judge.s = judge.s.model_copy(update={"second_stage": stage})
    out = []
    for row in rows():
        seen = look(judge, row)
        a, b = judge.prompt(row.stored), judge.prompt(row.asked)
        needed = float("nan")
        if seen.stop == "band":
            agrees = frames_agree(extract(b), extract(a))
            needed = judge.stage.threshold_for(agrees, stage.agreeing_discount, stage.threshold_discount)
        out.append(Judged(row, seen, needed, min(len(a.split()), len(b.split()))))
    return out


def main() -> None:
    judged = judge_all()
    groups = sorted({(j.row.group, j.row.kind) for j in judged})
    print("Where pairs stop (first try, shipped settings):")
    for g in groups:
        items = [j for j in judged if (j.row.group, j.row.kind) == g]
        stops = Counter(j.seen.stop + (" served" if j.seen.stop == "band" and j.seen.served else "") for j in items)
        short = [j for j in items if j.words <= 6]
        s_stops = Counter(j.seen.stop + (" served" if j.seen.stop == "band" and j.seen.served else "") for j in short)
        print(f"  {g[0]} {g[1]}s: {sum(j.seen.served for j in items)}/{len(items)} served; {dict(stops)}")
        print(f"    shorter prompt <= 6 words: {sum(j.seen.served for j in short)}/{len(short)}; {dict(s_stops)}")
    print("\nServed with a discount d for band pairs whose shorter prompt has <= L words:")
    head = " | ".join(f"{g[0]} {g[1]}s" for g in groups)
    print(f"| L | d | {head} |")
    print("|---|---|" + "---|" * len(groups))
    for bound in BOUNDS:
        for d in DISCOUNTS:
            cells = []
            for g in groups:
                items = [j for j in judged if (j.row.group, j.row.kind) == g]
                served = sum(
                    j.seen.served or (j.seen.stop == "band" and j.words <= bound and j.seen.probability >= j.needed - d)
                    for j in items
                )
                cells.append(f"{served}/{len(items)} ({served / len(items):.1%})")
            print(f"| {bound} | {d:.2f} | " + " | ".join(cells) + " |")
    print(f"\nChosen by the rule: {choose(judged)}")
    floor_moves(judged)


def choose(judged: list[Judged]) -> tuple[int, float]:
    """The rule, declared before it was adopted: among ``BOUNDS`` x ``DISCOUNTS`` (d > 0), the
    (L, d) that serves the most own tuning paraphrases (own sets and ``pairs.py``) with no more
    own tuning traps and no more Quora training non-duplicates served than today, and at most 1%
    of the Quora tune half's non-duplicates served; ties to the smaller d, then the smaller L.
    (0, 0.0): nothing qualifies."""

    def served(j: Judged, bound: int, d: float) -> bool:
        return j.seen.served or (j.seen.stop == "band" and j.words <= bound and j.seen.probability >= j.needed - d)

    def count(bound: int, d: float, groups: tuple[str, ...], kind: str) -> int:
        return sum(served(j, bound, d) for j in judged if j.row.group in groups and j.row.kind == kind)

    own = ("own short2", "own other", "pairs.py")
    base_traps, base_non = count(0, 0.0, own, "trap"), count(0, 0.0, ("quora training",), "non-duplicate")
    tune_non = sum(j.row.group == "quora tune half" and j.row.kind == "non-duplicate" for j in judged)
    best: tuple[int, float, int, float] = (0, 0.0, count(0, 0.0, own, "paraphrase"), 0.0)
    for d in DISCOUNTS[1:]:
        for bound in BOUNDS:
            if count(bound, d, own, "trap") > base_traps:
                continue
            if count(bound, d, ("quora training",), "non-duplicate") > base_non:
                continue
            if count(bound, d, ("quora tune half",), "non-duplicate") > 0.01 * tune_non:
                continue
            gained = count(bound, d, own, "paraphrase")
            if gained > best[2]:
                best = (bound, d, gained, d)
    return best[0], best[1]


def floor_moves(judged: list[Judged]) -> None:
    """Where the pairs under ``candidate_floor`` would stop with the floor at 0 (the later
    stages doing the refusing)."""
    judge = PairJudge()
    judge.s = judge.s.model_copy(update={"candidate_floor": -1.0})
    print("\nUnder the floor today, with no floor:")
    for g in sorted({(j.row.group, j.row.kind) for j in judged}):
        under = [j for j in judged if (j.row.group, j.row.kind) == g and j.seen.stop == "floor"]
        moved = Counter()
        for j in under:
            seen = look(judge, j.row)
            moved[seen.stop + (" served" if seen.served else "")] += 1
        print(f"  {g[0]} {g[1]}s: {len(under)} under the floor -> {dict(moved)}")


if __name__ == "__main__":
    main()

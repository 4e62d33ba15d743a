"""Where the semantic phase stops paraphrases and traps, and what the MiniLM stage sees in its
band (issue #13, engineer j89): tuning parts only (the own pair sets' tuning families, the
developed-on part of ``tests/semcache/pairs.py``, the Quora training split as
``train.datasets`` splits it); no held-out pair is read.

For each group and kind it prints the stop (normalised, under ``candidate_floor``, a guard,
under / in / over the stage's band) and, in the band, how many the stage serves, the
percentiles of its probability and of MiniLM's cosine, and how many agree in frame
(``guards.frames_agree``; served from ``second_stage.agreeing_discount`` under the threshold).
The Quora training split is what the stage was fitted on: its figures are in-sample.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_stage_band.py`` (~40 s).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import PairJudge, split_families  # noqa: E402

#: The own pair sets (``scripts/semcache_pairs_<name>.py``) whose tuning families are read.
OWN_SETS = (
    "stage",
    "typos",
    "formal",
    "formal2",
    "frames",
    "function_words",
    "synonyms",
    "tense",
    "terse",
    "wrappers",
    "chat",
)
STOPS = ("normalised", "floor", "guard", "under band", "band", "over band")


@dataclass(frozen=True)
class Row:
    group: str
    kind: str  # "paraphrase" or "trap" (Quora: duplicate / non-duplicate)
    stored: str
    asked: str


def tuning_rows() -> list[Row]:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bastion.gateway.semcache import train
    from tests.semcache import pairs

    rows: list[Row] = []
    for name in OWN_SETS:
        for fam in split_families(importlib.import_module(f"semcache_pairs_{name}").FAMILIES, False):
            rows += [Row("own", "paraphrase", a, b) for a, b in fam.paraphrases]
            rows += [Row("own", "trap", a, b) for a, b in fam.traps]
    rows += [Row("pairs.py", "paraphrase", a, b) for a, b in pairs.PARAPHRASES]
    rows += [Row("pairs.py", "trap", a, b) for items in pairs.TRAPS.values() for a, b in items]
    for r in train.qqp_rows():
        if not train.qqp_held_out(r["a"], r["b"]):
            rows.append(Row("quora training", "duplicate" if r["duplicate"] else "non-duplicate", r["a"], r["b"]))
    return rows


@dataclass(frozen=True)
class Seen:
    stop: str
    served: bool = False
    probability: float = float("nan")
    minilm_cos: float = float("nan")
    agrees: bool = False


def look(judge: PairJudge, row: Row) -> Seen:
    """The first try's decision (``PairJudge._semantic``, the typo retry left out), with what
    the stage saw."""
    from bastion.gateway.semcache.guards import extract, frames_agree
    from bastion.gateway.semcache.lexicon import read_synonyms
    from bastion.gateway.semcache.minilm_stage import short_pair, stage_features
    from bastion.gateway.semcache.normalise import canonical_question
    from bastion.gateway.semcache.verifier import pair_features

    a, b = judge.prompt(row.stored), judge.prompt(row.asked)
    if canonical_question(a) == canonical_question(b):
        return Seen("normalised", True)
    va, vb = judge.encoder.embed_sync([a, b])
    score = float(va @ vb)
    if score < judge.s.candidate_floor:
        return Seen("floor")
    q, c = extract(b), extract(a)
    refused = judge.guards.quick(b, a, 0.0)
    if not (refused or judge.guards.check(q, c, float("inf"), 0.0)).ok:
        return Seen("guard")
    features = pair_features(q, c, b, a, score)
    p = float(judge.verifier.probability(features))
    if p >= judge.upper:
        return Seen("over band", True)
    if p < judge.stage.lower:
        return Seen("under band")
    ma, mb = judge.minilm.embed_sync([read_synonyms(a), read_synonyms(b)])
    cos = float(ma @ mb)
    prob = float(judge.stage.probability(stage_features(cos, p, np.asarray(features)))[0])
    agrees = frames_agree(q, c)
    stage = judge.s.second_stage
    needed = judge.stage.threshold_for(agrees, stage.agreeing_discount, stage.threshold_discount)
    if short_pair(a, b, stage.short_words):
        needed -= stage.short_discount
    return Seen("band", prob >= needed, prob, cos, agrees)


def main() -> None:
    judge = PairJudge()
    seen: dict[tuple[str, str], list[Seen]] = defaultdict(list)
    for row in tuning_rows():
        seen[(row.group, row.kind)].append(look(judge, row))
    for (group, kind), items in seen.items():
        stops = Counter(s.stop for s in items)
        served = sum(s.served for s in items)
        print(f"{group} {kind}s: {served}/{len(items)} served; " + ", ".join(f"{k} {stops[k]}" for k in STOPS))
        band = [s for s in items if s.stop == "band"]
        if band:
            probs = np.asarray([s.probability for s in band])
            cos = np.asarray([s.minilm_cos for s in band])
            pct = (10, 25, 50, 75, 90)
            print(
                f"  band: {sum(s.served for s in band)}/{len(band)} served by the stage, "
                f"{sum(s.agrees for s in band)} agree in frame; stage probability p10-p90 "
                f"{np.percentile(probs, pct).round(3).tolist()}, MiniLM cosine {np.percentile(cos, pct).round(3).tolist()}"
            )


if __name__ == "__main__":
    main()

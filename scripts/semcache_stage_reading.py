"""What MiniLM reads in the cache's second stage, and where the stage loses paraphrases
(issue #13, engineer j131; ``docs/semcache.md``, "What MiniLM reads, and what the stage weighs").

The stage (``minilm_stage.py``) encodes the prompt as the cache compares it: the last user turn
through ``normalise.strip_wrapper`` (``keys.request_keys``), then ``lexicon.read_synonyms``. This
script measures whether another reading or another set of inputs would serve more paraphrases at
the same budgets:

* **readings** of both prompts for MiniLM: ``raw`` (the user turn as written), ``synonyms``
  (what ``train.minilm_cosines`` fits on: the training texts as written, the synonym reading),
  ``served`` (``strip_wrapper`` then the synonym reading: what the gateway encodes);
* **variants** of the stage's inputs, each chosen out of fold with ``train.choose_stage`` on
  ``make train-semcache``'s own folds, cross-fitted transform and verifier (the same budgets:
  1.5% of training Quora non-duplicates, 1% of training traps): the shipped inputs over each
  reading, the larger of two readings' cosines, both cosines, MiniLM's cosine alone (a threshold
  on it: monotone by construction), the cosine and the verifier's log-odds, the shipped inputs
  without the log-odds;
* the **weights**: each shipped input's standardised coefficient, and per band pair of the own
  sets how much of its log-odds comes from MiniLM, the verifier's log-odds and the rest;
* the **own pair sets' tuning parts** (``scripts/semcache_pairs_*.py``, never their held-out
  fifth unless ``--held-out``): every variant fitted on the whole training part, judged with the
  shipped verifier, guards and discounts (``PairJudge``), paraphrases and traps served.

The out-of-fold arrays are kept in ``--cache`` (an ``.npz`` outside the repository; ~3 min to
build on the loaded box). Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python
scripts/semcache_stage_reading.py --cache /tmp/x.npz [--held-out]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np

from bastion.gateway.embeddings import Embedder
from bastion.gateway.semcache import minilm_stage, train
from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.normalise import strip_wrapper
from bastion.gateway.semcache.static_encoder import StaticEncoder
from bastion.gateway.semcache.verifier import FEATURES

#: How MiniLM may read a prompt (the user turn as written in, the text encoded out).
READINGS: dict[str, Callable[[str], str]] = {
    "raw": lambda t: t,
    "synonyms": read_synonyms,
    "served": lambda t: read_synonyms(strip_wrapper(t)),
}
#: The own pair scripts judged (their tuning families; ``--held-out``: their held-out fifth).
OWN_SETS = (
    *train.OWN_PAIR_SETS,
    "casual2",
    "domains",
    "formal3",
    "register2",
    "short2",
    "stage",
    "voice5",
)


def cosines(a: list[str], b: list[str], emb: Embedder) -> dict[str, np.ndarray]:
    """MiniLM's cosine of every pair under every reading."""
    out = {}
    for name, read in READINGS.items():
        va = emb.embed_sync([read(t) for t in a])
        vb = emb.embed_sync([read(t) for t in b])
        out[name] = np.sum(va * vb, axis=1).astype(np.float64)
    return out


def build(cache: Path) -> None:
    """``make train-semcache``'s out-of-fold part, once, with MiniLM's cosines per reading."""
    static = StaticEncoder()
    static.load()
    tr, _held = train.datasets()
    weights = np.where(np.asarray(tr.source) == "qqp", 1.0, float(train.HAND_WEIGHT))
    fold = train.folds_of(tr)
    xt, ok_t = train.cross_fitted_features(tr, weights, fold, static)
    oof, chosen = train.verifier_oof(tr, weights, fold, xt, ok_t)
    cos = cosines(tr.a, tr.b, Embedder())
    np.savez(
        cache,
        label=tr.label,
        source=np.asarray(tr.source),
        group=np.asarray(tr.group),
        fold=fold,
        weights=weights,
        xt=xt,
        ok_t=ok_t,
        oof=oof,
        chosen=chosen,
        **{f"cos_{k}": v for k, v in cos.items()},
    )


@dataclass(frozen=True)
class Variant:
    """A set of stage inputs: its name, the inputs' names and how a row is built from the
    cosines per reading, the verifier's probability and its features."""

    name: str
    features: tuple[str, ...]
    rows: Callable[[dict[str, np.ndarray], np.ndarray, np.ndarray], np.ndarray]


def _sq(c: np.ndarray) -> np.ndarray:
    return np.column_stack([c, c * c])


def variants() -> list[Variant]:
    lg = train.minilm_stage.logit
    shipped = minilm_stage.STAGE_FEATURES
    return [
        Variant("shipped (synonyms)", shipped, lambda c, p, x: np.column_stack([_sq(c["synonyms"]), lg(p), x])),
        Variant("served reading", shipped, lambda c, p, x: np.column_stack([_sq(c["served"]), lg(p), x])),
        Variant("raw reading", shipped, lambda c, p, x: np.column_stack([_sq(c["raw"]), lg(p), x])),
        Variant(
            "max(raw, served)",
            shipped,
            lambda c, p, x: np.column_stack([_sq(np.maximum(c["raw"], c["served"])), lg(p), x]),
        ),
        Variant(
            "both cosines",
            ("minilm_cos", "minilm_cos_sq", "raw_cos", "raw_cos_sq", "verifier_logit", *FEATURES),
            lambda c, p, x: np.column_stack([_sq(c["served"]), _sq(c["raw"]), lg(p), x]),
        ),
        Variant("cosine alone", ("minilm_cos", "minilm_cos_sq"), lambda c, p, x: _sq(c["served"])),
        Variant(
            "cosine + verifier log-odds",
            ("minilm_cos", "minilm_cos_sq", "verifier_logit"),
            lambda c, p, x: np.column_stack([_sq(c["served"]), lg(p)]),
        ),
        Variant(
            "shipped without log-odds",
            ("minilm_cos", "minilm_cos_sq", *FEATURES),
            lambda c, p, x: np.column_stack([_sq(c["served"]), x]),
        ),
    ]


@dataclass
class Fitted:
    variant: Variant
    choice: train.StageChoice | None  # None: the shipped file
    model: minilm_stage.StageModel


def fit_variants(d: dict[str, np.ndarray]) -> list[Fitted]:
    """Each variant chosen out of fold, then fitted on the whole training part, as
    ``train.train_stage`` does; prints the out-of-fold rates."""
    tr = train.Pairs([""] * len(d["label"]), [""] * len(d["label"]), d["label"], list(d["source"]), list(d["group"]))
    cos = {k: d[f"cos_{k}"] for k in READINGS}
    ok_t, oof, fold, w = d["ok_t"], d["oof"], d["fold"], d["weights"]
    chosen = float(d["chosen"])
    rows = np.flatnonzero(ok_t)
    # The shipped file as the gateway reads it (the served reading), for reference.
    out = [
        Fitted(
            Variant("shipped file", minilm_stage.STAGE_FEATURES, variants()[1].rows),
            None,
            minilm_stage.StageModel.load(),
        )
    ]
    print(f"verifier point {chosen} (out of fold): {train._fmt(train.rates(tr, ok_t & (oof >= chosen)))}")
    for v in variants():
        st = v.rows(cos, oof, d["xt"])
        best = train.choose_stage(tr, st, v.features, ok_t, oof, fold, w, chosen)
        served = ok_t & (
            (oof >= best.upper) | ((oof >= best.lower) & (oof < best.upper) & (best.oof >= best.threshold))
        )
        final = train.fit_stage(st[rows], tr.label[rows], w[rows], best.c, v.features)
        final["lower"], final["threshold"], final["upper"] = best.lower, best.threshold, best.upper
        model = minilm_stage.StageModel.from_dict(final)
        print(
            f"  {v.name:28s} C {best.c}, band [{best.lower}, {best.upper}), threshold {best.threshold}: "
            f"{train._fmt(train.rates(tr, served))}"
        )
        out.append(Fitted(v, best, model))
    return out


def weights_table(fitted: list[Fitted]) -> None:
    """The shipped-input variants' standardised coefficients, the three largest and MiniLM's."""
    for f in fitted:
        names = f.variant.features
        coef = f.model.coef
        top = sorted(range(len(names)), key=lambda i: -abs(coef[i]))[:6]
        print(f"  {f.variant.name:28s} " + ", ".join(f"{names[i]} {coef[i]:+.2f}" for i in top))


def own_sets(fitted: list[Fitted], held: bool, names: tuple[str, ...] = OWN_SETS) -> None:
    """Every variant judged on the own pair sets ``names`` (tuning part, or the held-out fifth)."""
    from semcache_pairs_typos import PairJudge, split_families

    from bastion.gateway.semcache import guards as guard_module
    from bastion.gateway.semcache.guards import extract
    from bastion.gateway.semcache.verifier import pair_features

    judge = PairJudge()
    ss = judge.s.second_stage
    served = {f.variant.name: [0, 0, 0, 0] for f in fitted}  # paraphrases, of, traps, of
    per_set = {}
    band_mix = []
    import importlib

    for name in names:
        fams = split_families(importlib.import_module(f"semcache_pairs_{name}").FAMILIES, held)
        tally = {f.variant.name: [0, 0, 0, 0] for f in fitted}
        for fam in fams:
            for kind, ps in ((0, fam.paraphrases), (2, fam.traps)):
                for a0, b0 in ps:
                    base = judge.decide(a0, b0)
                    a, b = judge.prompt(a0), judge.prompt(b0)
                    # Past the guards and the floor (first try): the verifier's band decides.
                    scored = base.stop in ("minilm served", "minilm refused", "under band", "over band")
                    if scored:
                        va, vb = judge.encoder.embed_sync([a, b])
                        qx, cx = extract(b), extract(a)
                        x = np.asarray(pair_features(qx, cx, b, a, float(va @ vb)))[None, :]
                        p = np.asarray([float(judge.verifier.probability(x[0]))])
                        pair = cosines([a0], [b0], judge.minilm)
                    for f in fitted:
                        ok = base.served
                        if scored:
                            row = f.variant.rows(pair, p, x)
                            q = float(f.model.probability(row)[0])
                            t = f.model.threshold_for(guard_module.frames_agree(qx, cx), ss.agreeing_discount)
                            if minilm_stage.short_pair(a, b, ss.short_words):
                                t -= ss.short_discount
                            # The variant's band: under its lower edge refused, over its upper served.
                            ok = p[0] >= f.model.upper or (p[0] >= f.model.lower and q >= t)
                            if f is fitted[0] and f.model.lower <= p[0] < f.model.upper:
                                z = (row[0] - f.model.mean) / f.model.scale * f.model.coef
                                band_mix.append((kind, z[0] + z[1], z[2], z[3:].sum(), pair["served"][0], ok))
                        tally[f.variant.name][kind] += int(ok)
                        tally[f.variant.name][kind + 1] += 1
        per_set[name] = tally
        for k, v in tally.items():
            served[k] = [x + y for x, y in zip(served[k], v, strict=True)]
    part = "held-out fifths" if held else "tuning parts"
    print(f"own pair sets, {part} (paraphrases served / traps served):")
    for k, v in served.items():
        sets = ", ".join(f"{n} {per_set[n][k][0]}/{per_set[n][k][1]} t{per_set[n][k][2]}" for n in names)
        print(f"  {k:28s} {v[0]}/{v[1]}, traps {v[2]}/{v[3]}   ({sets})")
    if band_mix:
        m = np.asarray([r[1:] for r in band_mix], dtype=np.float64)
        kinds = np.asarray([r[0] for r in band_mix])
        print("first variant, band pairs: mean log-odds contribution (MiniLM, verifier log-odds, other inputs)")
        for kind, label in ((0, "paraphrases"), (2, "traps")):
            for ok in (True, False):
                sel = (kinds == kind) & (m[:, 4] == ok)
                if sel.any():
                    mm = m[sel].mean(axis=0)
                    print(
                        f"  {label} {'served' if ok else 'refused'} ({sel.sum()}): MiniLM {mm[0]:+.2f}, log-odds {mm[1]:+.2f}, "
                        f"others {mm[2]:+.2f}, MiniLM cosine {mm[3]:.3f}"
                    )
        # Refused although MiniLM reads them as close: what pulled them under the threshold.
        sel = (kinds == 0) & (m[:, 4] == 0) & (m[:, 3] >= 0.9)
        if sel.any():
            mm = m[sel].mean(axis=0)
            print(
                f"  paraphrases refused at MiniLM cosine >= 0.9 ({sel.sum()}): MiniLM {mm[0]:+.2f}, log-odds {mm[1]:+.2f}, "
                f"others {mm[2]:+.2f}; log-odds negative in {(m[sel, 1] < 0).sum()}, others negative in {(m[sel, 2] < 0).sum()}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", type=Path, required=True, help="the out-of-fold arrays (.npz, built if missing)")
    ap.add_argument("--held-out", action="store_true", help="judge the own sets' held-out fifths (look once)")
    ap.add_argument("--sets", default=",".join(OWN_SETS), help="comma-separated own pair sets judged")
    ap.add_argument("--shipped-only", action="store_true", help="judge only the shipped file on the own sets")
    args = ap.parse_args()
    sets = tuple(args.sets.split(","))
    if args.shipped_only:
        shipped = Variant("shipped file", minilm_stage.STAGE_FEATURES, variants()[1].rows)
        own_sets([Fitted(shipped, None, minilm_stage.StageModel.load())], args.held_out, sets)
        return 0
    if not args.cache.exists():
        build(args.cache)
    d = dict(np.load(args.cache))
    fitted = fit_variants(d)
    print("standardised coefficients (largest six):")
    weights_table(fitted)
    own_sets(fitted, args.held_out, sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Issue #14 (branch j115): the nearest-exemplar floor past the gate, with benign twins in its bank.

j105's kNN margin floor (``scripts/injection_exemplars.py``) on the fine-tuned MiniLM vector
raised the own held-out families 77.8% -> 81.3% at the 1% level but flagged two more benign
texts ("Write the output of this code: print('Access' + ' ' + 'Granted')"), so it was not
adopted. This script measures the follow-up, fixed before measuring (``/tmp/j115-progress.md``):

* **where**: only on texts of up to ``MEDIUM_WINDOWS`` windows whose best first-stage window is
  past the sentence stage's gate, and on the very windows the detector's MiniLM reads there
  (:meth:`InjectionDetector.sentence_windows`): no MiniLM pass the detector does not run. A
  text's margin is the largest of its read windows';
* **bank**: j105's (the tuning families of the eleven own corpora, whole texts of up to
  ``MEDIUM_WINDOWS`` windows, dev texts dropped) plus round twenty-one's tuning *benign* families
  (``policy_corpus_twentyone_exemplar``: code output, quoted strings, role descriptions, agent
  notices, acrostics, status messages) (``--with-direct`` also adds the direct rounds
  twenty-five and twenty-three: measured by j126, not shipped), compacted: of exemplars of one label closer than
  ``MERGE_COS`` to one kept before them (in a fixed order), only the first is kept; stored in
  int8 (:class:`~bastion.gateway.policy.detectors.injection_exemplars.ExemplarFloor`), and every
  margin here is read on the stored bank, as the detector reads it;
* **floor** ``T``: the lowest margin that flags at most 0.1% of benign texts the encoder was never
  fine-tuned on (``train_injection_encoder.py`` trains on the shared set's rows outside the
  second stage's sample and on our rounds 1-6): the own tuning benign texts of round seven on
  and of the other corpora and round twenty-one (family left out), and the shared training set's
  ordinary benign rows inside the sample; their margins read on the windows MiniLM would read
  whatever the gate (the stricter reading);
* **adopt only if**, against shipped in the same run, on the held-out parts (round twenty-one's
  and every own held-out family, pooled) attacks detected rise and benign flagged do not, and
  the dev set's benign flagged do not rise.

The shipped detector applies the floor (``InjectionSpec.exemplar_floor``, on by default); this
script measures against it with the floor off. ``--k 5`` (branch j143) also reads the k-mean
margin (``InjectionSpec.exemplar_k``), calibrates its floor by the same rule on the same texts,
reports both readings side by side and, with ``--write``, stores its floor beside the nearest
one; ``--fresh`` reports round twenty-six (``policy_corpus_twentysix_fresh``, wholly held out). ``--write`` writes the bank and floor that ship
(``make train-exemplars``; deterministic: two runs wrote the same bytes). Run from the
repository root (``--heldout``: the held-out look, once)::

    PYTHONPATH=$PWD OMP_NUM_THREADS=1 python scripts/injection_exemplar_gate.py [--heldout] [--write FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import anyio
import numpy as np

from bastion.gateway.policy.detectors.injection import _EPS, MEDIUM_WINDOWS, InjectionDetector, detector_spans
from bastion.gateway.policy.detectors.injection_exemplars import ExemplarFloor, top_k_mean
from bastion.gateway.policy.detectors.injection_head import shipped_head, threshold_at, tuned_embedder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import injection_exemplars as ex  # noqa: E402
import policy_corpus  # noqa: E402
import policy_corpus_twentyfive_direct  # noqa: E402
import policy_corpus_twentyone_exemplar  # noqa: E402
import policy_corpus_twentysix_fresh  # noqa: E402
import policy_corpus_twentythree_direct  # noqa: E402
import policy_data  # noqa: E402

#: Exemplars of one label closer than this (cosine) to one kept before them are dropped.
MERGE_COS = 0.8
FLOOR_FPR = 0.001
#: Vectors and the shipped detector's scores, cached between runs (neither model is changed here).
CACHE = Path(os.environ.get("BASTION_TRAIN_CACHE") or Path.home() / ".cache" / "bastion" / "policy-train") / "exemplars"
TWINS = "round twenty-one"
#: ``--with-direct`` (j126; measured, not shipped): the bank also holds the tuning families
#: (attacks and twins) of the direct rounds twenty-five (new voices) and twenty-three (new
#: shapes), appended last so the exemplars kept from the earlier corpora are the same. Their own
#: held-out families did not gain (docs/policy.md, "Round twenty-five in the exemplar bank").
DIRECT = (
    ("direct attacks, round twenty-five", policy_corpus_twentyfive_direct.build),
    ("direct attacks, round twenty-three", policy_corpus_twentythree_direct.build),
)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class Vectors:
    """Fine-tuned MiniLM vectors of texts, cached on disk by text (the encoder is not changed)."""

    def __init__(self) -> None:
        stage = shipped_head().stage2
        assert stage is not None
        self.model = tuned_embedder(stage.encoder)
        self.path = CACHE / "vectors.npz"
        self.cache: dict[str, np.ndarray] = dict(np.load(self.path)) if self.path.exists() else {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({_key(t): t for t in texts if _key(t) not in self.cache}.items())
        for i in range(0, len(todo), 64):
            part = todo[i : i + 64]
            v = np.asarray(anyio.run(self.model.embed, [t for _, t in part]), dtype=np.float32)
            self.cache.update({k: x for (k, _), x in zip(part, v, strict=True)})
        if todo:
            CACHE.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, **self.cache)
        v = np.vstack([self.cache[_key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def compact(vecs: np.ndarray, attack: np.ndarray, merge: float = MERGE_COS) -> np.ndarray:
    """Indices kept: per label, greedily, an exemplar not within ``MERGE_COS`` of a kept one."""
    keep: list[int] = []
    for label in (True, False):
        kept: list[int] = []
        for i in np.flatnonzero(attack == label):
            if not kept or float((vecs[kept] @ vecs[i]).max()) < merge:
                kept.append(int(i))
        keep += kept
    return np.array(sorted(keep))


def reads_of(det: InjectionDetector, texts: list[str], gate_only: bool) -> tuple[list[list[str]], np.ndarray]:
    """Per text, the windows the detector's MiniLM reads (``gate_only``: only past the gate; else
    as if every text were past it) and whether the text is past the gate. Long inputs: none."""
    stage2 = shipped_head().stage2
    assert stage2 is not None
    all_ws = anyio.run(det.window_scores, texts)
    picks: list[tuple[int, int]] = []
    gated = np.zeros(len(texts), dtype=bool)
    for i, ws in enumerate(all_ws):
        if not ws or len(ws) > MEDIUM_WINDOWS:
            continue
        order = sorted(range(len(ws)), key=lambda j: -ws[j][2])
        gated[i] = bool(stage2.gated(ws[order[0]][2]))
        if gated[i] or not gate_only:
            picks.extend((i, j) for j in order[: stage2.top_short])
    reads = anyio.run(det.sentence_windows, texts, all_ws, picks) if picks else []
    out: list[list[str]] = [[] for _ in texts]
    for r in reads:
        out[r.text].append(texts[r.text][r.start : r.end])
    return out, gated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out parts (look once)")
    parser.add_argument("--merge", type=float, default=MERGE_COS, help="merge exemplars of a label this close")
    parser.add_argument(
        "--k", type=int, default=1, help="also the margin over the mean of the k nearest per label, its own floor"
    )
    parser.add_argument("--fresh", action="store_true", help="also round twenty-six, wholly held out (look once)")
    parser.add_argument("--with-direct", action="store_true", help="also DIRECT's tuning families (not shipped)")
    parser.add_argument("--write", type=Path, help="write the bank and floor here (what ships: EXEMPLARS_FILE)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    vec = Vectors()
    # The shipped detector without the floor: its verdicts and the windows its MiniLM reads.
    det = InjectionDetector(exemplar_floor=False)
    level = shipped_head().thresholds["1%"]
    dev = policy_data.dev()
    dev_texts = {r.text for r in dev}
    ex.CACHE = CACHE / "shipped_scores.json"  # injection_exemplars' helper, our cache

    families: dict[tuple[str, str], int] = {}
    tuning: list[ex.Row] = []
    heldout: dict[str, list[ex.Row]] = {}
    rounds: dict[str, int] = {}
    extra = DIRECT if args.with_direct else ()
    corpora = (*ex.CORPORA, (TWINS, policy_corpus_twentyone_exemplar.build), *extra)
    for name, build in corpora:
        for e in build():
            if e.heldout:
                heldout.setdefault(name, []).append(ex.Row(e.text, bool(e.label), -1, name))
            else:
                fam = families.setdefault((name, e.family), len(families))
                rounds[e.text] = policy_corpus.round_of(e.family) if name == "rounds 1-11" else 99
                tuning.append(ex.Row(e.text, bool(e.label), fam, name))
    # The bank: j105's, plus round twenty-one's benign tuning families (its attacks stay out).
    in_bank = [
        r for r in tuning if r.text not in dev_texts and ex.short(r.text) and not (r.group == TWINS and r.attack)
    ]
    full = vec([r.text for r in in_bank])
    b_attack = np.array([r.attack for r in in_bank])
    keep = compact(full, b_attack, args.merge)
    stage = shipped_head().stage2
    assert stage is not None
    # The bank as it ships (int8) and as the detector reads it back.
    stored = ExemplarFloor.from_unit(full[keep], b_attack[keep], 0.0, stage.encoder)
    bank, b_attack = stored.unit(), b_attack[keep]
    b_family = np.array([in_bank[i].family for i in keep])
    print(
        f"bank: {len(in_bank)} texts -> {len(keep)} after merging at cosine {args.merge} ({int(b_attack.sum())} "
        f"attacks, {int((~b_attack).sum())} benign; {len(keep) * 384 / 1e6:.1f} MB in int8); "
        f"{time.perf_counter() - t0:.0f} s"
    )

    def margin_of(rows: Sequence[ex.Row], gate_only: bool, k: int) -> np.ndarray:
        """Each row's margin: the largest over the windows MiniLM reads (-inf: none read)."""
        reads, _ = reads_of(det, [r.text for r in rows], gate_only)
        flat = [(i, t) for i, rs in enumerate(reads) for t in rs]
        m = np.full(len(rows), -np.inf)
        if flat:
            q = vec([t for _, t in flat])
            fam = np.array([rows[i].family for i, _ in flat])
            for (i, _), v in zip(flat, margins_k(q, fam, bank, b_attack, b_family, k), strict=True):
                m[i] = max(m[i], v)
        return m

    # Calibration: benign texts the encoder was never fine-tuned on, read whatever the gate.
    own_calib = [r for r in tuning if not r.attack and rounds[r.text] >= 7]
    shared = [
        ex.Row(r.text, False, -1, "shared")
        for r in policy_data.shared_train()
        if policy_data.ordinary(r) and r.text not in dev_texts and _in_sample(r.text)
    ]
    # The readings compared: the nearest exemplar (what ships) and, with ``--k``, the k-mean
    # margin; each with its own floor by the same rule on the same texts.
    readings = sorted({1, args.k})
    floors: dict[int, float] = {}
    for k in readings:
        calib_own, calib_shared = margin_of(own_calib, False, k), margin_of(shared, False, k)
        calib = np.concatenate([calib_own, calib_shared])
        floors[k] = threshold_at(calib[np.isfinite(calib)], FLOOR_FPR)
        print(
            f"k={k}: floor T = {floors[k]:.4f} (0.1% of {int(np.isfinite(calib).sum())} calibration texts: "
            f"{len(calib_own)} own, {len(calib_shared)} shared); own at or above "
            f"{np.mean(calib_own >= floors[k]):.2%}, shared {np.mean(calib_shared >= floors[k]):.2%}; "
            f"{time.perf_counter() - t0:.0f} s"
        )
    if args.write:
        means = tuple((k, f) for k, f in floors.items() if k != 1)
        ExemplarFloor(stored.vectors, stored.attack, floors[1], stage.encoder, means).save(args.write)
        print(f"wrote {args.write} ({args.write.stat().st_size / 1e6:.2f} MB)")

    def report(title: str, sets: list[tuple[str, list[ex.Row]]]) -> None:
        """Per set: the detector without the floor, then with each reading's floor (detected /
        benign flagged), and what each reading adds over no floor (attacks, benign)."""
        heads = "  ".join(f"{f'floor k={k}':>15}" for k in readings)
        adds = "  ".join(f"{f'+k={k} atk/ben':>13}" for k in readings)
        print(f"\n## {title}\n{'set':<48} {'atk/ben':>10}  {'no floor':>15}  {heads}  {adds}")
        pooled: list[tuple[np.ndarray, ...]] = []
        for name, rows in sets:
            y = np.array([r.attack for r in rows])
            s = ex.shipped_scores(det, [r.text for r in rows]) + _EPS >= level
            cs = [s | (margin_of(rows, True, k) + _EPS >= floors[k]) for k in readings]
            _row(name, y, s, cs)
            for k, c in zip(readings, cs, strict=True):
                for r, flag in zip(rows, c & ~s, strict=True):
                    if flag:
                        print(f"    k={k} new {'attack' if r.attack else 'BENIGN'} flag: {r.text[:140]!r}")
            if not name.startswith("dev"):
                pooled.append((y, s, *cs))
        if len(pooled) > 1:
            y, s, *cs = (np.concatenate([p[k] for p in pooled]) for k in range(len(pooled[0])))
            _row("pooled", y, s, cs)

    by_corpus: dict[str, list[ex.Row]] = {}
    for r in tuning:
        by_corpus.setdefault(r.group, []).append(r)
    dev_rows = [ex.Row(r.text, bool(r.label), -1, "dev") for r in dev]
    report(
        "TUNING (own tuning families, family left out of the bank; dev set apart)",
        [("dev: injection-dev.jsonl", dev_rows)] + [(f"{n}, tuning", rs) for n, rs in by_corpus.items()],
    )
    print(f"\ntuning done in {time.perf_counter() - t0:.0f} s")
    if args.heldout:
        report("HELD-OUT (look once)", [(f"{n}, held-out", rs) for n, rs in heldout.items()])
        print(f"\nheld-out done in {time.perf_counter() - t0:.0f} s")
    if args.fresh:
        # Round twenty-six (j143): written and committed before the k-mean option, all held out.
        fresh: dict[str, list[ex.Row]] = {}
        for e in policy_corpus_twentysix_fresh.build():
            fresh.setdefault(e.kind, []).append(ex.Row(e.text, bool(e.label), -1, "fresh"))
        report("FRESH, round twenty-six (look once)", [(f"fresh: {n}", rs) for n, rs in fresh.items()])
        print(f"\nfresh done in {time.perf_counter() - t0:.0f} s")


def margins_k(
    q: np.ndarray, q_family: np.ndarray, bank: np.ndarray, attack: np.ndarray, b_family: np.ndarray, k: int
) -> np.ndarray:
    """``injection_exemplars.margins`` (k = 1, what the detector reads), or for k > 1 the mean
    cosine of the k nearest attacks minus that of the k nearest benign exemplars (j126's
    measurement: a reading less tied to one exemplar's wording; the detector's option
    ``exemplar_k``, :meth:`ExemplarFloor.margins`, reads the same without the family rule)."""
    if k == 1:
        return ex.margins(q, q_family, bank, attack, b_family)
    out = np.empty(len(q), dtype=np.float64)
    for i in range(0, len(q), 1024):
        s = q[i : i + 1024] @ bank.T
        s[q_family[i : i + 1024, None] == b_family[None, :]] = -2.0
        top = [top_k_mean(s[:, side], k) for side in (attack, ~attack)]
        out[i : i + 1024] = top[0] - top[1]
    return out


def _in_sample(text: str) -> bool:
    """Whether a shared training row is in the second stage's sample (``train_policy``'s
    ``Windows.sentence_sample``, by the hash of its first window), which the encoder was not
    fine-tuned on."""
    a, b = detector_spans(text)[0] if text else (0, 0)
    return int(hashlib.sha1(text[a:b].encode("utf-8")).hexdigest()[:4], 16) < int(0.5 * 16**4)


def _row(name: str, y: np.ndarray, s: np.ndarray, cs: Sequence[np.ndarray]) -> None:
    cells = "  ".join(_cell(c, y) for c in cs)
    adds = "  ".join(f"{f'{int((c & ~s & y).sum())}/{int((c & ~s & ~y).sum())}':>13}" for c in cs)
    print(f"{name[:48]:<48} {int(y.sum()):>4}/{int((~y).sum()):<5}  {_cell(s, y)}  {cells}  {adds}")


def _cell(f: np.ndarray, y: np.ndarray) -> str:
    detected = f"{f[y].mean():6.1%}" if y.any() else f"{'-':>6}"
    return f"{detected} / {f[~y].mean() if (~y).any() else 0:5.1%}"


if __name__ == "__main__":
    main()

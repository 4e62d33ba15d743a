"""Issue #14 (branch j105): would a nearest-exemplar floor beside the shipped fusion detect more at 1%?

The blind set reads 81.4% at the 1% level and 88.5% at 5%: many attacks sit just under the level.
Our own corpora (``scripts/policy_corpus_*.py``) hold many attack families with benign twins
written to look like them (role-play, fiction, prompts that mention instructions). This script
measures a different signal from the head's: the *kNN margin* of a text,

    m(x) = max cosine(x, attack exemplar) - max cosine(x, benign exemplar),

on a text's vector (``--encoder static``: the first stage's static embedding, which the detector
computes for every text on every path; ``--encoder tuned``: the fine-tuned MiniLM the sentence
stage reads, measured for comparison only: below the gate the detector never runs it). The
candidate is "the shipped verdict, or ``m >= T``" for texts of up to ``MEDIUM_WINDOWS`` windows.

The rule, fixed before measuring (docs/policy.md, "Nearest exemplars"):

* exemplars: the *tuning* families of the own corpora only (never a held-out family), texts of up
  to ``MEDIUM_WINDOWS`` windows, any text that is also in the dev set dropped; a bank text's own
  margin is read with its family left out (otherwise it would find itself);
* ``T``: the lowest margin that flags at most 0.1% of the benign calibration texts (the own tuning
  benign texts, family left out, and the shared training set's ordinary benign rows: neither in
  the dev set nor, for the latter, in the bank);
* adopt only if, against shipped in the same run, detection over all own held-out families rises,
  the own held-out benign texts flagged do not rise, and the dev set's benign flagged do not rise.

It prints the tuning figures (own tuning families, family left out; dev set) and, with
``--heldout``, the held-out families (look once, at the end). Run from the repository root::

    PYTHONPATH=$PWD OMP_NUM_THREADS=1 python scripts/injection_exemplars.py [--heldout] [--encoder tuned]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import anyio
import numpy as np

from bastion.gateway.policy.detectors.injection import _EPS, MEDIUM_WINDOWS, InjectionDetector, chunk_spans
from bastion.gateway.policy.detectors.injection_head import shipped_head, threshold_at, tuned_embedder
from bastion.gateway.semcache.static_encoder import shared_static_encoder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
import policy_corpus  # noqa: E402
import policy_corpus_eleven_indirect  # noqa: E402
import policy_corpus_fifteen_hijack  # noqa: E402
import policy_corpus_fourteen_carriers  # noqa: E402
import policy_corpus_fourteen_direct  # noqa: E402
import policy_corpus_seventeen_vocab  # noqa: E402
import policy_corpus_sixteen_hijack  # noqa: E402
import policy_corpus_thirteen_agents  # noqa: E402
import policy_corpus_thirteen_direct  # noqa: E402
import policy_corpus_twelve_code  # noqa: E402
import policy_corpus_twelve_web  # noqa: E402
import policy_data  # noqa: E402

from bench.policy import injection_sets  # noqa: E402

#: The own corpora (name, builder): every one splits its families into tuning and held-out (every
#: fifth family held out).
CORPORA: tuple[tuple[str, Callable[[], list[policy_corpus.Example]]], ...] = (
    ("rounds 1-11", policy_corpus.build),
    ("indirect and disguised", policy_corpus_eleven_indirect.build),
    ("code and data", policy_corpus_twelve_code.build),
    ("mail, web and documents", policy_corpus_twelve_web.build),
    ("agents and tool results", policy_corpus_thirteen_agents.build),
    ("direct attacks", policy_corpus_thirteen_direct.build),
    ("direct attacks, round fourteen", policy_corpus_fourteen_direct.build),
    ("carriers", policy_corpus_fourteen_carriers.build),
    ("hijacking and personas, round fifteen", policy_corpus_fifteen_hijack.build),
    ("turns, triggers, authority, round sixteen", policy_corpus_sixteen_hijack.build),
    ("one vocabulary, round seventeen", policy_corpus_seventeen_vocab.build),
)
#: The share of benign calibration texts the floor may flag (the 0.1% level).
FLOOR_FPR = 0.001
CACHE = Path("/tmp/j105/shipped_scores.json")


@dataclass(frozen=True, slots=True)
class Row:
    """A text to score: its label, its family key (-1: not in any own corpus) and where it is from."""

    text: str
    attack: bool
    family: int
    group: str


def short(text: str) -> bool:
    """Texts the floor applies to: up to ``MEDIUM_WINDOWS`` windows, as the fusion scores whole."""
    return len(chunk_spans(text)) <= MEDIUM_WINDOWS


def embed(texts: Sequence[str], encoder: str) -> np.ndarray:
    """Unit vectors of ``texts``: the static embedding (first stage) or the fine-tuned MiniLM."""
    if encoder == "static":
        v = shared_static_encoder().embed_sync(list(texts))
    else:
        stage = shipped_head().stage2
        assert stage is not None
        model = tuned_embedder(stage.encoder)
        v = np.vstack([anyio.run(model.embed, list(texts[i : i + 64])) for i in range(0, len(texts), 64)])
    v = np.asarray(v, dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def margins(
    q: np.ndarray, q_family: np.ndarray, bank: np.ndarray, attack: np.ndarray, b_family: np.ndarray
) -> np.ndarray:
    """Max cosine to the bank's attacks minus max cosine to its benign texts, for each row of
    ``q``; exemplars of the query's own family (``q_family`` >= 0) are left out."""
    out = np.empty(len(q), dtype=np.float64)
    for i in range(0, len(q), 1024):
        s = q[i : i + 1024] @ bank.T
        same = q_family[i : i + 1024, None] == b_family[None, :]
        s[same] = -2.0
        out[i : i + 1024] = s[:, attack].max(axis=1) - s[:, ~attack].max(axis=1)
    return out


def shipped_scores(det: InjectionDetector, texts: list[str]) -> np.ndarray:
    """The shipped detector's fused scores (cached by text between runs: the detector is not
    changed by this script)."""
    cache: dict[str, float] = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cache}.items())
    if todo:
        scores = anyio.run(det.scores, [t for _, t in todo])
        cache.update({k: float(s) for (k, _), s in zip(todo, scores, strict=True)})
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps(cache))
    return np.array([cache[k] for k in keys])


def headroom(
    det: InjectionDetector, level: float, rows: list[Row], bank: np.ndarray, attack: np.ndarray, family: np.ndarray
) -> None:
    """How the margin separates the bank's own texts (family left out): its ROC AUC, the margins
    of the attacks the shipped detector misses against those of the benign texts it passes, and
    what floors below the fixed one would gain and cost (for the report, not for choosing)."""
    from sklearn.metrics import roc_auc_score

    m = margins(bank, family, bank, attack, family)
    s = shipped_scores(det, [r.text for r in rows]) + _EPS >= level
    missed, passed = attack & ~s, ~attack & ~s
    print(f"margin ROC AUC, bank attacks vs bank benign (family left out): {roc_auc_score(attack, m):.3f}")
    for what, mask in (("missed attacks", missed), ("benign passed", passed)):
        qs = ", ".join(f"{q}: {np.quantile(m[mask], q):.3f}" for q in (0.5, 0.9, 0.99))
        print(f"  {what} ({int(mask.sum())}) margin quantiles {qs}")
    for t in (0.05, 0.08, 0.1, 0.15, 0.2):
        print(
            f"  floor {t}: gains {int((missed & (m >= t)).sum())} attacks, flags {int((passed & (m >= t)).sum())} benign"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out families (look once)")
    parser.add_argument("--encoder", choices=("static", "tuned"), default="static")
    args = parser.parse_args()
    t0 = time.perf_counter()
    dev = policy_data.dev()
    dev_texts = {r.text for r in dev}

    # The bank and the tuning queries: the own corpora's tuning families; held-out rows apart.
    families: dict[tuple[str, str], int] = {}
    tuning: list[Row] = []
    heldout: dict[str, list[Row]] = {}
    for name, build in CORPORA:
        for e in build():
            if e.heldout:
                heldout.setdefault(name, []).append(Row(e.text, bool(e.label), -1, name))
            else:
                fam = families.setdefault((name, e.family), len(families))
                tuning.append(Row(e.text, bool(e.label), fam, name))
    in_bank = [r for r in tuning if r.text not in dev_texts and short(r.text)]
    bank = embed([r.text for r in in_bank], args.encoder)
    b_attack = np.array([r.attack for r in in_bank])
    b_family = np.array([r.family for r in in_bank])
    print(
        f"bank ({args.encoder}): {len(in_bank)} texts ({int(b_attack.sum())} attacks, {int((~b_attack).sum())} benign)"
        f" from {len({r.family for r in in_bank})} tuning families; {time.perf_counter() - t0:.0f} s"
    )

    def margin_of(rows: Sequence[Row]) -> np.ndarray:
        m = np.full(len(rows), -np.inf)
        idx = [i for i, r in enumerate(rows) if short(r.text)]
        if idx:
            q = embed([rows[i].text for i in idx], args.encoder)
            m[idx] = margins(q, np.array([rows[i].family for i in idx]), bank, b_attack, b_family)
        return m

    # The floor: 0.1% of the benign calibration texts (own tuning benign, family left out, and
    # the shared training set's ordinary benign rows).
    shared = [r for r in policy_data.shared_train() if policy_data.ordinary(r) and r.text not in dev_texts]
    calib_own = margin_of([r for r in tuning if not r.attack])
    calib_shared = margin_of([Row(r.text, False, -1, "shared") for r in shared])
    calib = np.concatenate([calib_own, calib_shared])
    calib = calib[np.isfinite(calib)]
    floor = threshold_at(calib, FLOOR_FPR)
    print(
        f"floor T = {floor:.4f} (0.1% of {len(calib)} benign calibration texts: {len(calib_own)} own, "
        f"{len(calib_shared)} shared); own at or above {np.mean(calib_own >= floor):.2%}, "
        f"shared {np.mean(calib_shared >= floor):.2%}"
    )
    for q in (0.5, 0.9, 0.99, 0.999):
        print(f"  calibration margin quantile {q}: {np.quantile(calib, q):.4f}")

    head = shipped_head()
    # Without the floor j115 shipped from this measurement (scripts/injection_exemplar_gate.py).
    det = InjectionDetector(exemplar_floor=False)
    level = head.thresholds["1%"]
    headroom(det, level, in_bank, bank, b_attack, b_family)

    stage2 = head.stage2
    assert stage2 is not None

    def past_gate(rows: Sequence[Row]) -> np.ndarray:
        """Whether each text's best first-stage window is past the sentence stage's gate (where
        the detector runs MiniLM anyway)."""
        ws = anyio.run(det.window_scores, [r.text for r in rows])
        return np.array([bool(w) and bool(stage2.gated(max(x[2] for x in w))) for w in ws], dtype=bool)

    def cell(f: np.ndarray, y: np.ndarray) -> str:
        return f"{f[y].mean():6.1%} / {f[~y].mean() if (~y).any() else 0:5.1%}"

    def report(title: str, sets: list[tuple[str, list[Row]]]) -> None:
        """Per set: shipped, with the floor on every short text, with the floor only past the
        gate; then the attacks gained and benign texts newly flagged by the floor (all / gated)."""
        print(
            f"\n## {title}\n{'set':<52} {'atk/ben':>10}  {'shipped':>15}  {'floor':>15}  "
            f"{'floor past gate':>15}  gained  new benign"
        )
        pooled: list[tuple[np.ndarray, ...]] = []
        for name, rows in sets:
            y = np.array([r.attack for r in rows])
            s = shipped_scores(det, [r.text for r in rows]) + _EPS >= level
            above = margin_of(rows) + _EPS >= floor
            c, g = s | above, s | (above & past_gate(rows))
            gains = f"{int((c & ~s & y).sum()):>3}/{int((g & ~s & y).sum()):<3}  {int((c & ~s & ~y).sum()):>3}/{int((g & ~s & ~y).sum()):<3}"
            print(
                f"{name[:52]:<52} {int(y.sum()):>4}/{int((~y).sum()):<5}  {cell(s, y)}  {cell(c, y)}  {cell(g, y)}  {gains}"
            )
            for r, flag, gated in zip(rows, c & ~s & ~y, g & ~s & ~y, strict=True):
                if flag:
                    print(f"    new benign flag{' (past gate)' if gated else ''}: {r.text[:140]!r}")
            if not name.startswith("dev"):
                pooled.append((y, s, c, g))
        if pooled:
            y, s, c, g = (np.concatenate([p[k] for p in pooled]) for k in range(4))
            gains = f"{int((c & ~s & y).sum()):>3}/{int((g & ~s & y).sum()):<3}  {int((c & ~s & ~y).sum()):>3}/{int((g & ~s & ~y).sum()):<3}"
            print(
                f"{'pooled own sets':<52} {int(y.sum()):>4}/{int((~y).sum()):<5}  {cell(s, y)}  {cell(c, y)}  {cell(g, y)}  {gains}"
            )

    dev_rows = [Row(r.text, bool(r.label), -1, "dev") for r in dev]
    by_corpus: dict[str, list[Row]] = {}
    for r in tuning:
        by_corpus.setdefault(r.group, []).append(r)
    report(
        "TUNING (own tuning families, each text's own family left out of the bank; dev set apart)",
        [("dev: injection-dev.jsonl", dev_rows)] + [(f"{n}, tuning", rs) for n, rs in by_corpus.items()],
    )
    print(f"\ntuning done in {time.perf_counter() - t0:.0f} s")
    if not args.heldout:
        return
    held_sets = [(f"{n}, held-out", rs) for n, rs in heldout.items()]
    report("HELD-OUT FAMILIES (look once)", held_sets)
    # The bench's inputs built from held-out families (long, medium, concatenated): the floor
    # applies to those of up to MEDIUM_WINDOWS windows.
    built = [
        (name, [Row(t, bool(y), -1, name) for t, y in zip(texts, labels, strict=True)])
        for name, texts, labels, _ in injection_sets()
        if "inputs" in name or "concatenated" in name
    ]
    report("HELD-OUT, LONGER INPUTS BUILT FROM THEM (bench sets)", built)
    print(f"\ndone in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()

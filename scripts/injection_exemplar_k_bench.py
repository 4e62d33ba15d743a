"""Issue #14 (branch j143): the exemplar floor's nearest reading (k = 1, shipped) against its
k-mean reading (``InjectionSpec.exemplar_k``) through the whole detector, in one run, on
``bench_injection``'s dev set, own held-out families (the main split and every later round's
held-out part, round twenty-six's wholly held-out set among them), long and medium inputs. Scores
are the detector's fused scores at the shipped 1% level (a text the floor flags scores at it). ``--bank`` reads a bank file other than the shipped one (one written
by ``scripts/injection_exemplar_gate.py --k 5 --write FILE``). Run from the repository root::

    PYTHONPATH=$PWD OMP_NUM_THREADS=1 python scripts/injection_exemplar_k_bench.py [--k 5] [--bank FILE]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import anyio

from bastion.gateway.policy.detectors.injection import _EPS, InjectionDetector
from bastion.gateway.policy.detectors.injection_exemplars import EXEMPLARS_FILE, ExemplarFloor
from bastion.gateway.policy.detectors.injection_head import shipped_head

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))
from bench.policy import injection_sets  # noqa: E402


def _wanted(name: str) -> bool:
    """The sets the floor can move and the rule reads: dev, held-out parts, long and medium."""
    return (
        name.startswith("dev")
        or name == "own held-out families"
        or name in ("own held-out, long inputs (2.5-20 KB)", "own held-out, medium inputs (1-5 KB)")
        or name.endswith("held-out families")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k", type=int, default=5, help="the k-mean reading compared with the nearest one")
    parser.add_argument("--bank", type=Path, default=EXEMPLARS_FILE, help="the bank (with a floor for --k)")
    args = parser.parse_args()
    bank = ExemplarFloor.load(args.bank)
    dets = {
        1: InjectionDetector(exemplars=bank, exemplar_k=1),
        args.k: InjectionDetector(exemplars=bank, exemplar_k=args.k),
    }
    level = shipped_head().thresholds["1%"]
    sets = [s for s in injection_sets() if _wanted(s[0])]
    print(f"level {level:.4f}; floors k=1 {bank.floor:.4f}, k={args.k} {bank.with_k(args.k).level:.4f}\n")
    print(
        f"| set | attacks/benign | k=1 (shipped) | k={args.k} | attacks +/- | benign +/- | seconds k=1 / k={args.k} |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, texts, labels, kinds in sets:
        flags, secs = {}, {}
        for k, det in dets.items():
            t0 = time.perf_counter()
            scores = anyio.run(det.scores, texts)
            secs[k] = time.perf_counter() - t0
            flags[k] = [s + _EPS >= level for s in scores]
        a, b = flags[1], flags[args.k]
        pos = [i for i, y in enumerate(labels) if y]
        neg = [i for i, y in enumerate(labels) if not y]

        gain = sum(b[i] and not a[i] for i in pos), sum(a[i] and not b[i] for i in pos)
        fps = sum(b[i] and not a[i] for i in neg), sum(a[i] and not b[i] for i in neg)
        print(
            f"| {name} | {len(pos)}/{len(neg)} | {_cell(a, pos, neg)} | {_cell(b, pos, neg)} | +{gain[0]} / -{gain[1]} | "
            f"+{fps[0]} / -{fps[1]} | {secs[1]:.0f} / {secs[args.k]:.0f} |",
            flush=True,
        )
        for i in range(len(texts)):
            if a[i] != b[i]:
                what = "attack" if labels[i] else "BENIGN"
                print(f"    {'gained' if b[i] else 'lost'} {what} ({kinds[i]}): {texts[i][:150]!r}", flush=True)


def _cell(f: list[bool], pos: list[int], neg: list[int]) -> str:
    """Detected / benign flagged."""
    d = sum(f[i] for i in pos) / len(pos) if pos else float("nan")
    fp = sum(f[i] for i in neg) / len(neg) if neg else 0.0
    return f"{d:.1%} / {fp:.1%}"


if __name__ == "__main__":
    main()

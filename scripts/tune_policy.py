"""Choose the first stage's n-gram scale and L2 strength on the training data only, out of fold
by *family* (``python scripts/tune_policy.py``; not part of ``make train-policy``).

Our own training families are split into three folds by family name; each fold's families are
scored by a first stage fitted on everything else (the shared set, the other folds, the long
training texts). The threshold is set on the pooled out-of-fold scores of our own benign
training families (1% flagged) and detection is read off our own attack families, so a setting
wins by generalising to wordings the fit never saw, the question the held-out families ask.
The held-out families are not read here.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import policy_data  # noqa: E402
import train_policy as tp  # noqa: E402

from bastion.gateway.policy.detectors.injection_head import Featuriser  # noqa: E402

FOLDS = 3
#: (NGRAM_SCALE, C) candidates (or ``scale,c`` pairs on the command line).
GRID = ((0.75, 0.5), (1.5, 0.5), (3.0, 0.5), (6.0, 0.5), (3.0, 1.0))


def main() -> None:
    cache = tp.FeatureCache(Featuriser())
    own_train, _ = policy_data.own()
    shared = policy_data.shared_train()
    train = tp.Windows(shared + own_train + tp.long_training_rows(shared, own_train), cache)
    own = np.array([r.source.startswith("bastion/") and r.kind != "long" for r in train.rows])
    fam = [r.source for r in train.rows]
    fold = np.array(
        [int(hashlib.sha1(f.encode()).hexdigest(), 16) % FOLDS if o else -1 for f, o in zip(fam, own, strict=True)]
    )
    kinds = np.array([r.kind for r in train.rows])
    # The attack windows of long texts are chosen once, with the shipped setting (two fits).
    keep = tp.attack_windows(train)
    grid = [tuple(float(v) for v in a.split(",")) for a in sys.argv[1:]] or GRID
    for scale, c in grid:
        tp.NGRAM_SCALE, tp.C = scale, c
        oof = np.zeros(len(train.rows))
        for f in range(FOLDS):
            rows = np.flatnonzero(fold != f)
            head = tp.fit_mil(train, keep, rows)
            mask = np.isin(train.owner, np.flatnonzero(fold == f))
            w = np.zeros(len(train.owner))
            w[mask] = train.score(head, mask)
            oof = np.where(fold == f, train.per_text(w), oof)
        benign = np.sort(oof[own & (train.labels == 0)])[::-1]
        thr = benign[int(0.01 * len(benign))]
        att = own & (train.labels == 1)
        det = float((oof[att] > thr).mean())
        by = ", ".join(f"{k} {float((oof[att & (kinds == k)] > thr).mean()):.1%}" for k in sorted(set(kinds[att])))
        print(f"NGRAM_SCALE {scale} C {c}: detection at 1% of own benign (out of fold by family) {det:.1%} ({by})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

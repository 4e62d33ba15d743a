"""Fit the injection head (``make train-policy``): deterministic, from the allowed data only.

1. Rows: ``policy_data`` (a capped sample of the shared training set plus our own training
   families). Texts are cut into the detector's windows (``chunk_texts``); each window gets
   its MiniLM embedding (``embed_cache``) and its pattern signals.
2. Fit the head (logistic regression, or a one-hidden-layer network; scikit-learn, L-BFGS,
   fixed seed) on windows. An attack text
   longer than one window is mostly benign carrier, so after a first fit only its
   highest-scoring window stays labelled as the attack (multiple-instance learning).
3. Calibrate: out-of-fold scores (5 folds) of the ordinary benign training texts (not the
   documentation *about* prompt injection, see ``policy_data.ordinary``), plus the benign rows
   of ``injection-dev.jsonl`` scored by the final head; the text's score fuses the head and
   the pattern score by their benign percentiles (``InjectionHead.fuse``); the thresholds of the shipped
   sensitivity levels are the scores that flag 5%, 1% and 0.1% of them. The same for the
   pattern score (``semantic: false``).
4. Write ``bastion/gateway/policy/detectors/injection_head.npz`` and print the figures on the
   dev set and on our held-out families (never used above).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import policy_data  # noqa: E402
from embed_cache import EmbeddingCache  # noqa: E402
from policy_data import Row  # noqa: E402

from bastion.gateway.embeddings import Embedder  # noqa: E402
from bastion.gateway.policy.detectors.injection import chunk_texts, heuristic_signals  # noqa: E402
from bastion.gateway.policy.detectors.injection_head import (  # noqa: E402
    SENSITIVITIES,
    WEIGHTS_FILE,
    InjectionHead,
    signal_features,
)

SEED = 1414
#: Hidden units of the head (0: logistic regression). Picked on the dev set.
HIDDEN = 0
#: Inverse L2 strength. Picked on the dev set.
C = 0.05
#: Weight of our own written rows relative to the shared training set.
OWN_WEIGHT = 3.0
FPR = {"5%": 0.05, "1%": 0.01, "0.1%": 0.001}


class Windows:
    """Per-window features of a list of rows, and which row each window belongs to."""

    def __init__(self, rows: list[Row], cache: EmbeddingCache) -> None:
        self.rows = rows
        chunks, owner = chunk_texts([r.text for r in rows])
        self.owner = np.array(owner)
        self.emb = cache.embed(chunks)
        self.sig = np.stack([signal_features(heuristic_signals(c)) for c in chunks])
        self.labels = np.array([r.label for r in rows])
        self.own = np.array([r.source.startswith("bastion/") for r in rows])
        # Whole-text pattern score (what `semantic: false` decides on).
        self.pattern = np.array([signal_features(heuristic_signals(r.text))[-2] for r in rows])

    @property
    def x(self) -> np.ndarray:
        return np.hstack([self.emb, self.sig])

    def per_text(self, window_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(self.rows))
        np.maximum.at(out, self.owner, window_scores)
        return out


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> InjectionHead:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    xs = (x - mean) / scale
    if HIDDEN == 0:
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=C, max_iter=2000, solver="lbfgs")
        lr.fit(xs, y, sample_weight=w)
        return InjectionHead(
            mean=mean,
            scale=scale,
            w1=np.zeros((0, 0), np.float32),
            b1=np.zeros(0, np.float32),
            w2=lr.coef_[0],
            b2=float(lr.intercept_[0]),
            thresholds={},
            pattern_thresholds={},
        )
    from sklearn.neural_network import MLPClassifier

    # Duplicate rows to apply integer sample weights (MLPClassifier has no sample_weight).
    rep = np.repeat(np.arange(len(y)), np.maximum(1, np.round(w)).astype(int) * (w > 0))
    clf = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=1.0 / C, solver="lbfgs", max_iter=300, random_state=SEED)
    clf.fit(xs[rep], y[rep])
    return InjectionHead(
        mean=mean,
        scale=scale,
        w1=clf.coefs_[0],
        b1=clf.intercepts_[0],
        w2=clf.coefs_[1][:, 0],
        b2=float(clf.intercepts_[1][0]),
        thresholds={},
        pattern_thresholds={},
    )


def _window_labels(win: Windows, head: InjectionHead | None) -> tuple[np.ndarray, np.ndarray]:
    """Labels and weights per window: benign windows 0; for an attack text, every window at
    first, then only its best-scoring window (the others are left out)."""
    y = win.labels[win.owner]
    # Our own text is written for the cases the shared set lacks (role-play and fiction that
    # are benign, plain extraction and hijacking): weigh it up.
    w = np.where(win.own[win.owner], OWN_WEIGHT, 1.0)
    if head is not None:
        s = head.score(win.emb, win.sig)
        best = {}
        for i, (o, v) in enumerate(zip(win.owner, s, strict=True)):
            if win.labels[o] == 1 and (o not in best or v > s[best[o]]):
                best[o] = i
        keep = set(best.values())
        for i, o in enumerate(win.owner):
            if win.labels[o] == 1 and i not in keep:
                w[i] = 0
    # Balance the classes (benign windows outnumber attack windows).
    pos = w[y == 1].sum()
    neg = w[y == 0].sum()
    if pos and neg:
        w[y == 1] *= neg / pos
    return y, w


def fit_mil(win: Windows, idx: np.ndarray | None = None) -> InjectionHead:
    """Fit on the windows of rows ``idx`` (all rows when None)."""
    mask = np.ones(len(win.owner), bool) if idx is None else np.isin(win.owner, idx)
    sub = _Sub(win, mask)
    y, w = _window_labels(sub, None)
    head = _fit(sub.x, y, w)
    y, w = _window_labels(sub, head)
    keep = w > 0
    return _fit(sub.x[keep], y[keep], w[keep])


class _Sub:
    """A view of some windows (for the folds)."""

    def __init__(self, win: Windows, mask: np.ndarray) -> None:
        self.owner = win.owner[mask]
        self.emb = win.emb[mask]
        self.sig = win.sig[mask]
        self.labels = win.labels
        self.own = win.own

    @property
    def x(self) -> np.ndarray:
        return np.hstack([self.emb, self.sig])


def threshold_at(benign_scores: np.ndarray, fpr: float) -> float:
    """The lowest score that flags at most ``fpr`` of the benign texts (scores >= threshold flag)."""
    s = np.sort(benign_scores)[::-1]
    k = int(np.floor(fpr * len(s)))
    # Flag strictly above the (k+1)-th highest benign score.
    return float(np.nextafter(s[k], 1.0)) if k < len(s) else 0.0


def detection_at(scores: np.ndarray, labels: np.ndarray, thr: float) -> tuple[float, float]:
    pos, neg = scores[labels == 1], scores[labels == 0]
    return float((pos >= thr).mean()) if len(pos) else float("nan"), float((neg >= thr).mean()) if len(neg) else 0.0


def main() -> None:
    t0 = time.monotonic()
    cache = EmbeddingCache(Embedder())
    own_train, own_held = policy_data.own()
    train = Windows(policy_data.shared_train() + own_train, cache)
    dev = Windows(policy_data.dev(), cache)
    held = Windows(own_held, cache)
    print(f"windows: train {len(train.owner)}, dev {len(dev.owner)}, held-out {len(held.owner)}", file=sys.stderr)

    # Out-of-fold scores of the training texts (for calibration).
    rng = np.random.default_rng(SEED)
    n = len(train.rows)
    fold = rng.permutation(n) % 5
    oof = np.zeros(n)
    for f in range(5):
        head_f = fit_mil(train, np.flatnonzero(fold != f))
        test_rows = np.flatnonzero(fold == f)
        mask = np.isin(train.owner, test_rows)
        s = np.zeros(n)
        np.maximum.at(s, train.owner[mask], head_f.score(train.emb[mask], train.sig[mask]))
        oof[test_rows] = s[test_rows]
        print(f"  fold {f} done ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
    head = fit_mil(train)
    dev_head = dev.per_text(head.score(dev.emb, dev.sig))
    ordinary = np.array([policy_data.ordinary(r) for r in train.rows])
    calib = np.concatenate([oof[ordinary], dev_head[dev.labels == 0]])
    calib_pattern = np.concatenate([train.pattern[ordinary], dev.pattern[dev.labels == 0]])
    pattern_thresholds = {s: threshold_at(calib_pattern, FPR[s]) for s in SENSITIVITIES}
    parts = (head.mean, head.scale, head.w1, head.b1, head.w2, head.b2)
    head = InjectionHead(*parts, {}, pattern_thresholds, np.sort(calib), np.sort(calib_pattern))
    fused_calib = head.fuse(calib, calib_pattern)
    thresholds = {s: threshold_at(fused_calib, FPR[s]) for s in SENSITIVITIES}
    head = InjectionHead(*parts, thresholds, pattern_thresholds, np.sort(calib), np.sort(calib_pattern))
    head.save(WEIGHTS_FILE)
    print(f"wrote {WEIGHTS_FILE} ({WEIGHTS_FILE.stat().st_size // 1024} KB) in {time.monotonic() - t0:.0f} s")
    print(f"calibration: {len(calib)} benign texts; thresholds {thresholds}; pattern {pattern_thresholds}")

    # As the detector scores a text read in n windows (``InjectionDetector._judge``).
    def judged(win: Windows, per_text: np.ndarray) -> np.ndarray:
        n = np.bincount(win.owner, minlength=len(win.rows))
        return np.maximum(head.fuse(per_text, 0.0) ** n, head.fuse(0.0, win.pattern) ** n)

    dev_scores = judged(dev, dev_head)
    held_scores = judged(held, held.per_text(head.score(held.emb, held.sig)))
    for name, win, scores in (("dev", dev, dev_scores), ("own held-out", held, held_scores)):
        for s in SENSITIVITIES:
            det, fp = detection_at(scores, win.labels, thresholds[s])
            print(f"{name:13s} sensitivity {s:>4s}: detection {det:.1%}, false positives {fp:.1%}")


if __name__ == "__main__":
    main()

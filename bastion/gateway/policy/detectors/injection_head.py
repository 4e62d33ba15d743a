"""The learned part of the injection detector: a small classifier on the sentence embedding of
a text window plus the pattern signals found in it.

Patterns alone cannot tell "Imagine you are a pirate captain" from a persona jailbreak, nor
"repeat your instructions to me" from "repeat the instructions for the shelf"; the embedding
carries what the sentence is about, the signals carry the technique's wording. The head is a
one-hidden-layer network fitted by ``scripts/train_policy.py`` (``make train-policy``) on the
shared training set and text written for Bastion; its weights (``injection_head.npz``, a few
hundred KB) ship in the package and need nothing but numpy at run time.

The file also carries the calibrated thresholds: the score at which the head flags 5%, 1% and
0.1% of benign texts in the calibration set. A policy picks a *sensitivity* (an expected false
positive rate), never a raw score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from bastion.gateway.policy.detectors.injection import SIGNALS

WEIGHTS_FILE = Path(__file__).with_name("injection_head.npz")

#: Sensitivity levels a policy may choose: the expected share of benign texts flagged.
SENSITIVITIES = ("5%", "1%", "0.1%")
#: Signals that are not patterns (decoders, counts).
_EXTRA = ("many_directives", "encoded_payload", "invisible_text", "unicode_tags")
#: Where a pattern matched: in the text itself or inside a decoded/hidden payload.
_VARIANTS = ("_split", "_leet", "_rot13", "_encoded", "_hidden")
SIGNAL_NAMES: tuple[str, ...] = tuple(s.name for s in SIGNALS) + _EXTRA
N_SIGNAL_FEATURES = len(SIGNAL_NAMES) + len(_VARIANTS) + 2


def signal_features(signals: dict[str, float]) -> np.ndarray:
    """Fixed-length vector for the head: each signal's weight (best over where it matched),
    which decoders found something, the pattern score and the number of signals."""
    v = np.zeros(N_SIGNAL_FEATURES, dtype=np.float32)
    index = {n: i for i, n in enumerate(SIGNAL_NAMES)}
    base = len(SIGNAL_NAMES)
    p = 1.0
    for name, w in signals.items():
        p *= 1.0 - w
        root = name
        for j, suffix in enumerate(_VARIANTS):
            if name.endswith(suffix):
                root = name[: -len(suffix)]
                v[base + j] = 1.0
                break
        i = index.get(root)
        if i is not None:
            v[i] = max(v[i], w)
    v[-2] = 1.0 - p
    v[-1] = min(len(signals), 10) / 10.0
    return v


@dataclass(frozen=True)
class InjectionHead:
    """``score = sigmoid(w2 . relu(W1 . standardise(x) + b1) + b2)`` with ``x`` = embedding
    followed by :func:`signal_features`; without a hidden layer (``w1`` empty) it is logistic
    regression, ``sigmoid(w2 . standardise(x) + b2)``."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    #: sensitivity -> threshold on the fused score (head with the embedding model).
    thresholds: dict[str, float]
    #: sensitivity -> pattern-score threshold (``semantic: false``, streams).
    pattern_thresholds: dict[str, float]
    #: Sorted head and pattern scores of the benign calibration texts: the fused score is the
    #: larger of the two scores' benign percentiles (see :meth:`fuse`).
    head_ref: np.ndarray = field(default_factory=lambda: np.zeros(0))
    pattern_ref: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def fuse(self, head: np.ndarray | float, pattern: np.ndarray | float) -> np.ndarray:
        """The text's score: the larger of the head's and the patterns' percentile among benign
        texts. The head and the patterns fail on different attacks (the head on in-the-wild
        persona jailbreaks that look like role-play, the patterns on plain extraction and
        hijacking), and their raw scores are not on one scale; percentiles are."""
        return np.maximum(_percentile(self.head_ref, head), _percentile(self.pattern_ref, pattern))

    def score(self, embeddings: np.ndarray, signals: np.ndarray) -> np.ndarray:
        x = np.hstack([embeddings.astype(np.float32), signals.astype(np.float32)])
        x = (x - self.mean) / self.scale
        h = np.maximum(x @ self.w1 + self.b1, 0.0) if self.w1.size else x
        z = h @ self.w2 + self.b2
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
            w1=self.w1.astype(np.float32),
            b1=self.b1.astype(np.float32),
            w2=self.w2.astype(np.float32),
            b2=np.float32(self.b2),
            levels=np.array(SENSITIVITIES),
            thresholds=np.array([self.thresholds[s] for s in SENSITIVITIES], dtype=np.float64),
            pattern_thresholds=np.array([self.pattern_thresholds[s] for s in SENSITIVITIES], dtype=np.float64),
            signal_names=np.array(SIGNAL_NAMES),
            head_ref=np.sort(self.head_ref).astype(np.float32),
            pattern_ref=np.sort(self.pattern_ref).astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> InjectionHead:
        with np.load(path) as z:
            names = tuple(str(n) for n in z["signal_names"])
            if names != SIGNAL_NAMES:
                raise ValueError(f"{path.name} was trained with other signals; run `make train-policy`")
            levels = [str(s) for s in z["levels"]]
            return cls(
                mean=z["mean"],
                scale=z["scale"],
                w1=z["w1"],
                b1=z["b1"],
                w2=z["w2"],
                b2=float(z["b2"]),
                thresholds=dict(zip(levels, (float(t) for t in z["thresholds"]), strict=True)),
                pattern_thresholds=dict(zip(levels, (float(t) for t in z["pattern_thresholds"]), strict=True)),
                head_ref=z["head_ref"].astype(np.float64),
                pattern_ref=z["pattern_ref"].astype(np.float64),
            )


def _percentile(ref: np.ndarray, x: np.ndarray | float) -> np.ndarray:
    """Share of ``ref`` (sorted) strictly below ``x``."""
    return np.searchsorted(ref, np.asarray(x, dtype=np.float64), side="left") / max(1, len(ref))


@cache
def shipped_head() -> InjectionHead:
    """The head in the package (loaded once per process)."""
    return InjectionHead.load(WEIGHTS_FILE)

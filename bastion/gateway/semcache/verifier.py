"""The learned pair verifier: does a cached prompt ask the same thing as a new one?

Candidates come from the static encoder's nearest neighbours; each one that passes the hard
guards (numbers, negation, polarity, entities, swaps, scope, question kind, too many other
words) is scored by a small pair classifier over what the two prompts share: the static
cosine, the content words replaced or added on one side (the guards' word keys), overlaps of
words, content words and character trigrams, and the prompts' lengths. It is a one-hidden-layer
network trained by ``python -m bastion.gateway.semcache.train`` (``make train``) on qqp-dev
and hand-written pairs, deterministic, and shipped as ``verifier.json`` (a few kB of weights)
next to this file; inference is a handful of numpy operations (~20 us).

The probability it returns is what ``semcache.threshold`` is compared with.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bastion.gateway.semcache.guards import PromptFeatures, _unmatched

WEIGHTS = Path(__file__).with_name("verifier.json")
FEATURES = (
    "cos",
    "cos_sq",
    "replaced",
    "added",
    "only_max",
    "content_jaccard",
    "word_jaccard",
    "trigram_jaccard",
    "length_ratio",
    "content_min",
    "cos_x_replaced",
    "cos_x_added",
    "same_words",
    "first_word_same",
    "words_max",
    "bigram_jaccard",
    "swapped",
)
#: A pair with two words swapped or a particle flipped is refused whatever the network says
#: (see :func:`two_words_swapped`, :func:`particle_flipped`).
_SWAPPED = FEATURES.index("swapped")
_SQUASH = re.compile(r"[^a-z0-9]+")


def _trigrams(toks: list[str]) -> set[str]:
    t = f" {' '.join(toks)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def _tokens(text: str) -> list[str]:
    return _SQUASH.sub(" ", text.lower()).split()


def _bigrams(toks: list[str]) -> set[str]:
    return {f"{x} {y}" for x, y in zip(toks, toks[1:], strict=False)}


def two_words_swapped(q_text: str, c_text: str) -> bool:
    """The same words with exactly two of them trading places ("switch from Rust to Go" /
    "switch from Go to Rust", "is a laptop better than a tablet" / "... a tablet ... a laptop"):
    a question about the other direction, whatever the guards' word lists know of the names."""
    return _swapped(_tokens(q_text), _tokens(c_text))


def _swapped(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_OPPOSITES = frozenset(
    frozenset(p) for p in (("in", "out"), ("up", "down"), ("on", "off"), ("to", "from"), ("before", "after"))
)


def particle_flipped(q_text: str, c_text: str) -> bool:
    """The same words save a particle turned into its opposite, at the same place ("log in to
    Gmail" / "log out of Gmail", "turn the heating on" / "... off"): the other action."""
    return _flipped(_tokens(q_text), _tokens(c_text))


def _flipped(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return 0 < len(diff) <= 2 and any(frozenset(d) in _OPPOSITES for d in diff)


def _jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def pair_features(q: PromptFeatures, c: PromptFeatures, q_text: str, c_text: str, cos: float) -> list[float]:
    """The verifier's inputs for one (query, candidate) pair, in :data:`FEATURES` order."""
    only_q = _unmatched(q.content, c.words)
    only_c = _unmatched(c.content, q.words)
    replaced = min(len(only_q), len(only_c))
    added = abs(len(only_q) - len(only_c))
    lq, lc = len(q_text), len(c_text)
    tq, tc = _tokens(q_text), _tokens(c_text)
    return [
        cos,
        cos * cos,
        float(replaced),
        float(added),
        float(max(len(only_q), len(only_c))),
        _jaccard(q.content, c.content),
        _jaccard(q.words, c.words),
        _jaccard(_trigrams(tq), _trigrams(tc)),
        min(lq, lc) / max(lq, lc, 1),
        float(min(len(q.content), len(c.content))),
        cos * replaced,
        cos * added,
        float(sorted(tq) == sorted(tc)),
        float(bool(tq) and bool(tc) and tq[0] == tc[0]),
        float(max(len(tq), len(tc))),
        _jaccard(_bigrams(tq), _bigrams(tc)),
        float(_swapped(tq, tc) or _flipped(tq, tc)),
    ]


@dataclass(frozen=True)
class PairVerifier:
    """Standardise -> dense(tanh) -> dense -> sigmoid, from ``verifier.json``."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    #: The operating point chosen by the training script (the shipped ``threshold``).
    threshold: float

    @staticmethod
    def load(path: Path = WEIGHTS) -> PairVerifier:
        d = json.loads(path.read_text())
        if tuple(d["features"]) != FEATURES:
            raise ValueError(f"{path}: trained on other features; run `make train`")
        return PairVerifier(
            np.asarray(d["mean"], dtype=np.float64),
            np.asarray(d["scale"], dtype=np.float64),
            np.asarray(d["w1"], dtype=np.float64),
            np.asarray(d["b1"], dtype=np.float64),
            np.asarray(d["w2"], dtype=np.float64).reshape(-1),
            float(d["b2"]),
            float(d["threshold"]),
        )

    def probability(self, features: list[float] | np.ndarray) -> np.ndarray | float:
        raw = np.asarray(features, dtype=np.float64)
        x = (raw - self.mean) / self.scale
        h = np.tanh(x @ self.w1 + self.b1)
        z = h @ self.w2 + self.b2
        swapped = raw[..., _SWAPPED] > 0
        if np.ndim(z) == 0:
            return 0.0 if swapped else 1.0 / (1.0 + math.exp(-float(z)))
        return np.where(swapped, 0.0, 1.0 / (1.0 + np.exp(-z)))

"""The learned pair verifier: does a cached prompt ask the same thing as a new one?

Candidates come from the static encoder's nearest neighbours; each one that passes the hard
guards (numbers, negation, polarity, entities, swaps, scope, question kind, too many other
words) is scored by a small pair classifier over what the two prompts share: the static
cosine, the content words replaced or added on one side (the guards' word keys), overlaps of
words, content words and character trigrams, the prompts' lengths, whether they open with the
same question word, whether the words one side lacks are misspellings of the other's, and how well every content word of one prompt is matched by some word of
the other in the static encoder's own word vectors (a soft overlap: "buy"/"purchase" align,
"kettle"/"bicycle" leave the worst-aligned word low). It is a set of 100 depth-3 regression trees
(gradient boosting) trained by ``python -m bastion.gateway.semcache.train`` (``make train``) on
qqp-dev and hand-written pairs, deterministic, and shipped as ``verifier.json`` next to this
file; inference walks all trees at once in a few numpy operations.

The probability it returns is what ``semcache.threshold`` is compared with.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.semcache.guards import _STOP, PromptFeatures, _unmatched, extract
from bastion.gateway.semcache.lexicon import word_key
from bastion.gateway.semcache.static_encoder import shared_static_encoder

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
    "align_worst",
    "align_mean",
    "asks_same",
    "misspelt",
)
#: A pair with two words swapped or a particle flipped is refused whatever the network says
#: (see :func:`two_words_swapped`, :func:`particle_flipped`).
_SWAPPED = FEATURES.index("swapped")
_SQUASH = re.compile(r"[^a-z0-9]+")
#: The word a question opens with, looked for among its first three words ("So, how do I ...").
_ASKS = frozenset("what how why when where who which whom whose is are can could do does did should would will".split())


def _trigrams(toks: list[str]) -> set[str]:
    t = f" {' '.join(toks)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def _tokens(text: str) -> list[str]:
    return _SQUASH.sub(" ", text.lower()).split()


def _bigrams(toks: list[str]) -> set[str]:
    return {f"{x} {y}" for x, y in zip(toks, toks[1:], strict=False)}


def _asks(toks: Sequence[str]) -> str:
    return next((w for w in toks[:3] if w in _ASKS), "")


@functools.lru_cache(maxsize=8_192)
def _word_vector(word: str) -> np.ndarray:
    """A word's static vector (the mean of its sub-word rows, unit length), remembered
    (8,192 words: 8 MB)."""
    vec: np.ndarray = shared_static_encoder().embed_sync([word])[0]
    return vec


@dataclass(frozen=True)
class _Shape:
    """What the pair features need of one prompt, computed once per prompt text."""

    tokens: tuple[str, ...]
    ordered: tuple[str, ...]
    trigrams: frozenset[str]
    bigrams: frozenset[str]
    asks: str
    #: One unit row per content word (all its words if it has none): the soft overlap's input.
    vectors: np.ndarray
    #: The guards' word key of each of those words (same order).
    keys: tuple[str, ...]


#: Prompts up to this long have their parts remembered; a longer one is parsed per pair (as
#: every pair was before), so the memory held is bounded whatever the prompts' length.
_REMEMBERED_CHARS = 600
#: At most this many content words enter the soft alignment (a bound on its cost and memory).
_ALIGNED_WORDS = 64


def _shape(text: str) -> _Shape:
    return _remembered_shape(text) if len(text) <= _REMEMBERED_CHARS else _parse(text)


@functools.lru_cache(maxsize=512)
def _remembered_shape(text: str) -> _Shape:
    """Remembered per prompt (512 prompts of at most 600 characters: ~25 MB in the worst case,
    a few MB for questions of ordinary length): a lookup compares one new prompt with a few
    cached ones, and a cached prompt comes back as a candidate again and again."""
    return _parse(text)


def _parse(text: str) -> _Shape:
    toks = _tokens(text)
    content = ([w for w in toks if w not in _STOP] or toks or [""])[:_ALIGNED_WORDS]
    return _Shape(
        tuple(toks),
        tuple(sorted(toks)),
        frozenset(_trigrams(toks)),
        frozenset(_bigrams(toks)),
        _asks(toks),
        np.stack([_word_vector(w) for w in content]),
        tuple(word_key(w) for w in content),
    )


def alignment(q_text: str, c_text: str) -> tuple[float, float]:
    """(worst, mean) over the content words of both prompts of each word's best cosine with a
    word of the other prompt, a word the guards' lexicon matches (same key, form or synonym
    group) counting 1: a soft word overlap for the words the lexicon does not know, whose worst
    word shows a subject swapped for another ("kettle" / "bicycle")."""
    q, c = extract(q_text), extract(c_text)
    return _align(_shape(q_text), _shape(c_text), _unmatched(q.content, c.words), _unmatched(c.content, q.words))


def _align(a: _Shape, b: _Shape, only_a: set[str], only_b: set[str]) -> tuple[float, float]:
    sim = a.vectors @ b.vectors.T
    best_a, best_b = sim.max(axis=1), sim.max(axis=0)
    best_a[[k not in only_a for k in a.keys]] = 1.0
    best_b[[k not in only_b for k in b.keys]] = 1.0
    worst = min(float(best_a.min()), float(best_b.min()))
    return worst, (float(best_a.sum()) + float(best_b.sum())) / (len(best_a) + len(best_b))


def two_words_swapped(q_text: str, c_text: str) -> bool:
    """The same words with exactly two of them trading places ("switch from Rust to Go" /
    "switch from Go to Rust", "is a laptop better than a tablet" / "... a tablet ... a laptop"):
    a question about the other direction, whatever the guards' word lists know of the names."""
    return _swapped(_tokens(q_text), _tokens(c_text))


def _swapped(a: Sequence[str], b: Sequence[str]) -> bool:
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


def _flipped(a: Sequence[str], b: Sequence[str]) -> bool:
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return 0 < len(diff) <= 2 and any(frozenset(d) in _OPPOSITES for d in diff)


def _misspelt(only_q: set[str], only_c: set[str]) -> int:
    """Words of one side with no match on the other but a near-spelling there ("conect" /
    "connect", "tomatos" / "tomatoes"): a typo, not another word. The sets are the few
    unmatched words of a pair, so this costs nothing on most pairs."""
    return sum(
        1
        for a in only_q
        if len(a) > 3 and any(len(b) > 3 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 for b in only_c)
    )


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
    sq, sc = _shape(q_text), _shape(c_text)
    tq, tc = sq.tokens, sc.tokens
    worst, mean = _align(sq, sc, only_q, only_c)
    return [
        cos,
        cos * cos,
        float(replaced),
        float(added),
        float(max(len(only_q), len(only_c))),
        _jaccard(q.content, c.content),
        _jaccard(q.words, c.words),
        _jaccard(sq.trigrams, sc.trigrams),
        min(lq, lc) / max(lq, lc, 1),
        float(min(len(q.content), len(c.content))),
        cos * replaced,
        cos * added,
        float(sq.ordered == sc.ordered),
        float(bool(tq) and bool(tc) and tq[0] == tc[0]),
        float(max(len(tq), len(tc))),
        _jaccard(sq.bigrams, sc.bigrams),
        float(_swapped(tq, tc) or _flipped(tq, tc)),
        worst,
        mean,
        float(sq.asks == sc.asks),
        float(_misspelt(only_q, only_c)) if only_q and only_c else 0.0,
    ]


@dataclass(frozen=True)
class PairVerifier:
    """A sum of regression trees -> sigmoid, from ``verifier.json``.

    The trees are stored flat: node ``i`` sends ``x[feature[i]] <= cut[i]`` to ``left[i]``,
    the rest to ``right[i]``; a leaf points at itself and carries ``value[i]`` (already scaled
    by the learning rate). Walking ``depth`` steps from every root at once lands each tree on
    its leaf, so scoring is ``depth`` gathers over all trees, whatever their number.
    """

    feature: np.ndarray
    cut: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    depth: int
    base: float
    #: The operating point chosen by the training script (the shipped ``threshold``).
    threshold: float

    @staticmethod
    def load(path: Path = WEIGHTS) -> PairVerifier:
        d = json.loads(path.read_text())
        if tuple(d["features"]) != FEATURES:
            raise ValueError(f"{path}: trained on other features; run `make train`")
        return PairVerifier.from_dict(d, float(d["threshold"]))

    @staticmethod
    def from_dict(d: dict[str, Any], threshold: float) -> PairVerifier:
        t = d["trees"]
        return PairVerifier(
            np.asarray(t["feature"], dtype=np.intp),
            np.asarray(t["cut"], dtype=np.float64),
            np.asarray(t["left"], dtype=np.intp),
            np.asarray(t["right"], dtype=np.intp),
            np.asarray(t["value"], dtype=np.float64),
            np.asarray(d["roots"], dtype=np.intp),
            int(d["depth"]),
            float(d["base"]),
            threshold,
        )

    def probability(self, features: list[float] | np.ndarray) -> np.ndarray | float:
        raw = np.asarray(features, dtype=np.float64)
        if raw.ndim == 1:  # the cache's case: plain fancy indexing, ~3x faster than take_along_axis
            node = self.roots
            for _ in range(self.depth):
                node = np.where(raw[self.feature[node]] <= self.cut[node], self.left[node], self.right[node])
        else:
            node = np.broadcast_to(self.roots, (raw.shape[0], len(self.roots)))
            for _ in range(self.depth):
                x = np.take_along_axis(raw, self.feature[node], axis=-1)
                node = np.where(x <= self.cut[node], self.left[node], self.right[node])
        z = self.base + self.value[node].sum(axis=-1)
        swapped = raw[..., _SWAPPED] > 0
        if np.ndim(z) == 0:
            return 0.0 if swapped else 1.0 / (1.0 + math.exp(-float(z)))
        return np.where(swapped, 0.0, 1.0 / (1.0 + np.exp(-z)))

"""Fit the injection head (``make train-policy``): deterministic, from the allowed data only.

1. Rows: ``policy_data`` (all of the shared training set plus our own training families).
   Texts are cut into the detector's windows (``chunk_texts``); each window gets the features
   the detector reads at run time (``Featuriser``: static embedding, token n-grams, pattern
   signals), so the model is fitted on exactly what it sees.
2. Fit logistic regression (scikit-learn, L-BFGS) on windows; n-grams seen in fewer than
   ``MIN_DF`` training windows are left out. An attack text longer than one window is mostly
   benign carrier, so after a first fit only its highest-scoring window stays labelled as the
   attack (multiple-instance learning; chosen once, by a fit on all training windows).
3. Calibrate: out-of-fold scores (5 folds) of the ordinary benign training texts (not the
   documentation *about* prompt injection, see ``policy_data.ordinary``), plus the benign rows
   of ``injection-dev.jsonl`` scored by the final head; the text's score fuses the head and
   the pattern score by their benign percentiles (``InjectionHead.fuse``); the threshold of a
   shipped sensitivity level is the score that flags at most 5%, 1% or 0.1% of *each* group
   (shared ordinary texts, our own benign families, the dev set's benign prompts). The same
   for the pattern score (``semantic: false``).
4. Long inputs (more than ``MEDIUM_WINDOWS`` windows, read in the detector's shorter windows,
   ``long_spans``): the best window's head and pattern scores of 400 long benign texts of
   ``long_corpus``'s calibration families (JSON, logs, code, e-mail, markdown, search results,
   batches of messages, HTML pages, READMEs, YAML configs; with sentences and sentence
   templates of their own, never trained on) give ``long_head_ref`` / ``long_pattern_ref`` and
   a long threshold per level (``InjectionHead.long_score``); ``long_pattern_ref`` alone sets
   the level of ``semantic: false`` on long inputs (``InjectionHead.long_pattern_score``). The training rows include 600
   long texts of the training families, half carrying a training attack. The windows of long
   inputs are scored by the long-window head (``long_head.py``: fitted on windows of long texts
   of its own training families, reading the first stage's logit), so ``long_head_ref`` holds
   its scores.
5. The second stage (a cascade, ``SentenceStage``): logistic regression on each window's MiniLM
   sentence embedding (all-MiniLM-L6-v2 through ``Embedder``, cached on disk by
   ``SentenceCache``) and its signal features, its logit blended with the first stage's
   (``BLEND``). It reads a text's best ``TOP_SHORT`` / ``TOP_LONG`` first-stage windows when
   the text's first-stage score is at or past ``GATE`` (a benign percentile). It is fitted and
   calibrated on a fixed half of the short training rows (``S2_SHARE``; encoding all of them
   takes most of an hour on the loaded machine); the levels above are set on the cascade's
   score (``SentenceStage.combined``), out of fold as for the first stage. ``S2_C``, ``BLEND``
   were chosen on the dev set and on a split of the training data by *family* (our own
   families out of fold by family, so the score is on wordings the fit never saw); the
   held-out families were not looked at to choose.
6. Write ``bastion/gateway/policy/detectors/injection_head.npz`` and print the figures on the
   dev set, on our held-out families and on long texts of the held-out long families (never
   used above).

``C``, ``OWN_WEIGHT`` and ``MIN_DF`` were picked on the dev set (``injection-dev.jsonl``) only;
``NGRAM_SCALE`` out of fold by family on the training data (``scripts/tune_policy.py``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import long_corpus  # noqa: E402
import policy_corpus  # noqa: E402
import policy_data  # noqa: E402
from policy_data import Row  # noqa: E402

from bastion.gateway.embeddings import DIM, EXPORT_FORMAT, QUANT_FORMAT, Embedder  # noqa: E402
from bastion.gateway.policy.detectors import injection as injection_module  # noqa: E402
from bastion.gateway.policy.detectors import injection_head as injection_head_module  # noqa: E402
from bastion.gateway.policy.detectors.injection import (  # noqa: E402
    _EPS,
    MEDIUM_WINDOWS,
    chunk_texts,
    detector_spans,
    heuristic_signals,
    sentence_spans,
)
from bastion.gateway.policy.detectors.injection_head import (  # noqa: E402
    ENCODER_FILE,
    LEVEL_FPR,
    N_SIGNAL_FEATURES,
    SENSITIVITIES,
    SIGNAL_NAMES,
    WEIGHTS_FILE,
    Featuriser,
    InjectionHead,
    SentenceStage,
    signal_features,
    threshold_at,
)
from bastion.gateway.semcache import static_encoder  # noqa: E402

SEED = 1414
#: Inverse L2 strength.
C = 0.5
#: The n-gram block's scale relative to the standardised dense features (a larger scale is a
#: weaker penalty on the n-gram weights). 6.0, not 3.0 (issue #14, fifth corpus round): chosen
#: by ``scripts/tune_policy.py`` on the training data only, out of fold by family (our own
#: training families in three folds by family name, detection at 1% of their own benign texts):
#: 0.75 40.9%, 1.5 51.9%, 3.0 61.0%, 6.0 62.7% (C 0.5; 3.0 with C 1.0: 59.4%). On wordings the
#: fit never saw, the word pieces carry more than the static embedding does.
NGRAM_SCALE = 6.0
#: n-grams in fewer training windows than this get no weight (and do not ship).
MIN_DF = 5
#: Weight of our own written rows relative to the shared training set. Chosen on the dev set; by
#: ``scripts/tune_policy.py``'s procedure on the current features (branch j72) 1.5 61.9%, 3.0
#: 66.1%, 6.0 69.9%, 12.0 70.3%, but the head fitted with 6.0 (``--own-weight``) fell 2.8 points
#: out of fold on the whole training set and failed the adoption check (docs/policy.md, "Why the
#: re-fit on the current patterns detects less").
OWN_WEIGHT = 3.0
FPR = LEVEL_FPR
#: Long benign texts (6-20 KB) the long-input percentiles are read off.
LONG_TEXTS = 400
#: Long texts (1.5-6 KB, half with an attack) added to the training rows.
LONG_TRAIN = 600
#: Benign medium inputs (1-5 KB) quoting our own benign training texts, added to the training
#: rows (issue #14, branch j58; ``long_training_rows``). 0: 300 (with the eleventh round,
#: candidate A) failed the adoption check (out of fold 86.8 -> 84.7% at 1%, dev benign flagged
#: 1 -> 2; docs/policy.md, "The adoption check, and the eleventh corpus round").
MEDIUM_BENIGN = 0
#: Long texts of the held-out long families (half with an attack) the report is on.
HELD_LONG = 400
#: The second stage (MiniLM): inverse L2 strength, the weight of its logit against the first
#: stage's, the first-stage benign percentile from which it runs, and how many of a text's best
#: first-stage windows it reads (prompts and texts of up to MEDIUM_WINDOWS windows; long inputs).
S2_C = 0.05
BLEND = 0.3
#: 0.9, not 0.5: at 0.5 an ordinary 1 KB planning prompt (bench/policy.py, at the 61st benign
#: percentile) went to MiniLM, 54 ms p50 at concurrency 1 and 269 ms at 4 on the loaded machine
#: (run of 2026-12-06 01:23 UTC); on the row-wise training split detection changed by less than
#: a point between gates 0.5 and 0.7 (the attacks the second stage rescues are already high on
#: the first stage).
GATE = 0.9
TOP_SHORT = 2
#: 0: long inputs are left to the first stage. Measured with 3 (make train-policy of 2026-12-06
#: 01:14 UTC): the held-out long texts fell from 28.0% to 6.0% detected at 1% (0% false
#: positives either way; curve 33.0% at 1%): the long calibration families' benign windows
#: score higher on the sentence model than the held-out families' do, so the long levels
#: came out too strict.
TOP_LONG = 0
#: Share of the short training rows the second stage is fitted and calibrated on.
S2_SHARE = 0.5
#: How many of the highest-scoring benign calibration texts the run lists (what binds "0.1%").
TOP_BENIGN = 25
#: The windows MiniLM reads (``SentenceStage.sub_chars``; 0: the first stage's windows) and how
#: many of a text's it reads (``sub_top``): the first stage's picked windows cut into windows of
#: ``SUB_CHARS`` overlapping by half, the best ``SUB_TOP`` per picked window by first-stage score
#: (one for a 1 KB prompt, two for a text of several windows: ``TOP_SHORT``). With one for every
#: text, the held-out medium inputs (1-5 KB) lost 11 points on the 1% curve (bench/policy.py,
#: 07:30 UTC: 31.0% against 42.0% when MiniLM read two whole windows). Shorter
#: input is what makes MiniLM cheaper (issue #14's latency goal); ``--sub-chars N`` /
#: ``--sub-top N`` on the command line override them (0: the whole windows, as before).
SUB_CHARS = 300
SUB_TOP = 1
#: The fine-tuned encoder's head (weights on the pooled vector, bias): the second stage reads its
#: logit instead of the vector's components (``--s2-vector``: the components).
ENCODER_HEAD: tuple[np.ndarray, float] | None = None
#: The SHA-256 of the fine-tuned encoder's delta the second stage reads ("": the frozen MiniLM).
ENCODER_DIGEST = ""


T = TypeVar("T")


class WindowCache(Generic[T]):
    """Values computed from window texts, cached on disk by the text's hash (training only):
    the caches below differ only in what they compute and the file they keep it in."""

    #: Windows computed per call of ``compute``.
    STEP = 2000

    def __init__(self, name: str, label: str, compute: Callable[[list[str]], list[T]], checkpoint: bool) -> None:
        """``checkpoint``: save after every step, so an interrupted slow run resumes (else once
        at the end: a file of hundreds of MB written a dozen times would cost more than it saves)."""
        base = os.environ.get("BASTION_TRAIN_CACHE") or str(Path.home() / ".cache" / "bastion" / "policy-train")
        self.path = Path(base) / name
        self.label = label
        self.compute = compute
        self.checkpoint = checkpoint
        self.items: dict[str, T] = {}
        if self.path.exists():
            with self.path.open("rb") as fh:
                self.items = pickle.load(fh)  # noqa: S301 - our own cache file

    def values(self, chunks: list[str]) -> list[T]:
        keys = [hashlib.sha1(c.encode("utf-8")).hexdigest() for c in chunks]
        todo = sorted({k: c for k, c in zip(keys, chunks, strict=True) if k not in self.items}.items())
        for start in range(0, len(todo), self.STEP):
            part = todo[start : start + self.STEP]
            for (k, _), v in zip(part, self.compute([c for _, c in part]), strict=True):
                self.items[k] = v
            print(f"  {self.label} {start + len(part)}/{len(todo)} new windows", file=sys.stderr)
            if self.checkpoint:
                self._save()
        if todo and not self.checkpoint:
            self._save()
        return [self.items[k] for k in keys]

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(self.items, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self.path)


class FeatureCache:
    """Window features (training only): featurising the ~25,000 training windows takes minutes
    on a loaded small CPU, and a re-run after a change to the hand-written data or the fit should
    cost seconds. Keyed by the sources of the modules that compute features, so a change to
    them invalidates it (delete the directory after rebuilding the encoder)."""

    def __init__(self, featuriser: Featuriser) -> None:
        # The sources of every module that computes a feature, not just the signals' patterns:
        # how a text is scanned (the variants, quoting) changes the features as much as a
        # pattern does, and so do the n-gram keys and the static encoder's tokenisation. (Keyed
        # by the signals module alone, a cache built before a change to the others was read
        # back as if current: one possible reason, not a proven one, why a re-fit on a fresh
        # machine did not reproduce the shipped head; docs/policy.md.)
        sources = [Path(m.__file__).read_bytes() for m in (injection_module, injection_head_module, static_encoder)]
        tag = hashlib.sha1(repr((sources, SIGNAL_NAMES, N_SIGNAL_FEATURES)).encode()).hexdigest()[:12]
        self.cache: WindowCache[tuple[np.ndarray, np.ndarray, np.ndarray]] = WindowCache(
            f"features-{tag}.pkl", "featurised", self._compute(featuriser), checkpoint=False
        )

    @staticmethod
    def _compute(featuriser: Featuriser) -> Callable[[list[str]], list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
        def compute(texts: list[str]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
            f = featuriser.features(texts)
            return [(f.embeddings[j], f.signals[j], f.keys[j]) for j in range(len(texts))]

        return compute

    def features(self, chunks: list[str]) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        got = self.cache.values(chunks)
        return (
            np.stack([g[0] for g in got]) if got else np.zeros((0, 1), np.float32),
            np.stack([g[1] for g in got]) if got else np.zeros((0, N_SIGNAL_FEATURES), np.float32),
            [g[2] for g in got],
        )


class SentenceCache:
    """MiniLM (all-MiniLM-L6-v2) sentence embeddings of windows: the second stage's features.
    Encoding the ~25,000 training windows takes several minutes; a re-run reads them back (saved
    after every step, so an interrupted first run resumes). Keyed by the model's export format
    and the variant that serves (``int8`` vectors differ from ``fp32`` ones; the ONNX and torch
    fp32 paths agree to a cosine of 0.9999), so the head is fitted on what the gateway reads."""

    def __init__(self, embedder: Embedder, model: str = "") -> None:
        """``model``: a tag of the model when it is not the PyPI all-MiniLM-L6-v2 (the fine-tuned
        encoder: the hash of its delta), part of the cache key."""
        embedder.load()
        variant = f"|int8|{QUANT_FORMAT}" if embedder.variant == "int8" else ""  # fp32: the older key
        name = f"all-MiniLM-L6-v2{'|' + model if model else ''}"
        tag = hashlib.sha1(f"{name}|{EXPORT_FORMAT}{variant}".encode()).hexdigest()[:12]
        print(f"MiniLM sentence vectors: {embedder.backend} {embedder.variant}", file=sys.stderr)
        self.cache: WindowCache[np.ndarray] = WindowCache(
            f"minilm-{tag}.pkl",
            "MiniLM-embedded",
            lambda texts: [v.astype(np.float32) for v in embedder.embed_sync(texts)],
            checkpoint=True,
        )

    def embed(self, chunks: list[str]) -> np.ndarray:
        if not chunks:
            return np.zeros((0, DIM), np.float32)
        return np.stack(self.cache.values(chunks))


class SentenceWindows:
    """The shorter windows MiniLM reads (:func:`sentence_spans` of every window of a
    :class:`Windows`, ``SUB_CHARS`` long), with their first-stage features: the detector
    scores them with the first stage and reads the best (``InjectionDetector.sentence_windows``)."""

    def __init__(self, win: Windows, cache: FeatureCache, size: int) -> None:
        spans = [sentence_spans(c, 0, len(c), size) for c in win.chunks]
        self.parent = np.array([i for i, sp in enumerate(spans) for _ in sp], dtype=int)
        self.chunks = [win.chunks[i][a:b] for i, sp in enumerate(spans) for a, b in sp]
        self.owner = win.owner[self.parent]
        self.labels, self.own = win.labels, win.own
        self.emb, self.sig, self.keys = cache.features(self.chunks)

    def score(self, head: InjectionHead, mask: np.ndarray | None = None) -> np.ndarray:
        idx = np.arange(len(self.owner)) if mask is None else np.flatnonzero(mask)
        return head.score_parts(self.emb[idx], self.sig[idx], [self.keys[i] for i in idx])


@dataclasses.dataclass(frozen=True)
class Reads:
    """What MiniLM reads of a set of rows: the spans' texts, their rows, signal features and
    first-stage scores (``SentenceStage.window_scores``'s inputs besides the vectors)."""

    #: Indices into the units read (``Windows.units``).
    index: np.ndarray
    chunks: list[str]
    owner: np.ndarray
    sig: np.ndarray
    stage1: np.ndarray


class Windows:
    """Per-window features of a list of rows, and which row each window belongs to."""

    def __init__(self, rows: list[Row], cache: FeatureCache, as_detector: bool = False) -> None:
        """``as_detector``: the windows the detector reads (:func:`detector_spans`: shorter ones
        for long texts) rather than the training windows (:func:`chunk_texts`)."""
        self.rows = rows
        if as_detector:
            spans = [detector_spans(r.text) for r in rows]
            chunks = [r.text[a:b] for r, sp in zip(rows, spans, strict=True) for a, b in sp]
            owner = [i for i, sp in enumerate(spans) for _ in sp]
        else:
            chunks, owner = chunk_texts([r.text for r in rows])
        self.owner = np.array(owner)
        self.chunks = chunks
        self.emb, self.sig, self.keys = cache.features(chunks)
        self.labels = np.array([r.label for r in rows])
        self.own = np.array([r.source.startswith("bastion/") for r in rows])
        # Whole-text pattern score (what `semantic: false` decides on).
        self.pattern = np.array([signal_features(heuristic_signals(r.text))[-2] for r in rows])
        if len(rows) and not len(self.owner):
            raise ValueError("no windows")
        self._cache = cache
        self._subs: dict[int, SentenceWindows] = {}

    def units(self, size: int) -> Windows | SentenceWindows:
        """What MiniLM reads windows of: the shorter windows of ``size``, or (0) the windows."""
        return self.subs(size) if size else self

    def subs(self, size: int) -> SentenceWindows:
        """The shorter windows of ``size`` characters MiniLM reads (computed once per size)."""
        if size not in self._subs:
            self._subs[size] = SentenceWindows(self, self._cache, size)
        return self._subs[size]

    def reads(
        self,
        stage1: np.ndarray,
        stage2: SentenceStage,
        sub_stage1: Callable[[np.ndarray], np.ndarray],
        rows: np.ndarray | None = None,
    ) -> Reads:
        """What MiniLM reads of each text (``InjectionDetector.sentence_windows``): its
        ``top_short`` best windows by first-stage ``stage1``, or with ``stage2.sub_chars`` the
        best of their shorter windows by ``sub_stage1(indices of shorter windows)``, ``sub_top``
        per picked window.
        ``rows``: only these texts (a boolean mask over rows)."""
        top = self.top_windows(stage1, stage2)
        if rows is not None:
            top = top[rows[self.owner[top]]]
        if not stage2.sub_chars:
            return Reads(top, [self.chunks[i] for i in top], self.owner[top], self.sig[top], stage1[top])
        sub = self.subs(stage2.sub_chars)
        cand = np.flatnonzero(np.isin(sub.parent, top))
        s1 = sub_stage1(cand)
        # Per text, its best sub_top per picked window (distinct texts: overlapping windows'
        # shorter windows can coincide).
        picked = np.bincount(self.owner[top], minlength=len(self.rows))
        order = np.lexsort((-s1, sub.owner[cand]))
        taken: dict[int, set[str]] = {}
        keep = []
        for o in order:
            i = cand[o]
            seen = taken.setdefault(int(sub.owner[i]), set())
            if len(seen) < stage2.sub_top * picked[sub.owner[i]] and sub.chunks[i] not in seen:
                seen.add(sub.chunks[i])
                keep.append(o)
        k = np.array(sorted(keep), dtype=int)
        idx = cand[k]
        return Reads(idx, [sub.chunks[i] for i in idx], sub.owner[idx], sub.sig[idx], s1[k])

    def read_scores(self, reads: Reads, s2: np.ndarray) -> np.ndarray:
        """Per text, the best second-stage score ``s2`` of its reads (0 where none)."""
        out = np.zeros(len(self.rows))
        np.maximum.at(out, reads.owner, s2)
        return out

    def per_text(self, window_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(self.rows))
        np.maximum.at(out, self.owner, window_scores)
        return out

    def window_counts(self) -> np.ndarray:
        return np.bincount(self.owner, minlength=len(self.rows))

    def best_window_pattern(self) -> np.ndarray:
        """Per text, the best pattern score of one window (what a long text is judged on)."""
        return self.per_text(self.sig[:, -2].astype(np.float64))

    def judged(self, head: InjectionHead, sentences: SentenceCache | None = None) -> np.ndarray:
        """Per text, its score as the detector computes it (``InjectionDetector._judge``)."""
        h = self.head_scores(head, sentences)
        one = self.window_counts() <= MEDIUM_WINDOWS
        short = np.maximum(head.fuse(h, 0.0), head.fuse(0.0, self.pattern))
        long = np.maximum(head.long_score(h, 0.0), head.long_score(0.0, self.best_window_pattern()))
        out: np.ndarray = np.where(one, short, long)
        return out

    def head_scores(self, head: InjectionHead, sentences: SentenceCache | None) -> np.ndarray:
        """Per text, the head's score (the cascade's, with a second stage)."""
        w1 = self.score(head)
        stage2 = head.stage2
        if stage2 is None or sentences is None:
            return self.per_text(self.long_scores(head, w1))
        combined = stage2.combined(*self.stages(w1, stage2, head, sentences))
        # Long inputs without a second stage (``top_long`` 0) keep the first stage's score.
        cascade = (self.window_counts() <= MEDIUM_WINDOWS) | (stage2.top_long > 0)
        out: np.ndarray = np.where(cascade, combined, self.per_text(self.long_scores(head, w1)))
        return out

    def long_scores(self, head: InjectionHead, w1: np.ndarray) -> np.ndarray:
        """Per window, its score as the detector gives it: the long-window head's for windows of
        texts of more than ``MEDIUM_WINDOWS`` windows (``InjectionHead.long_window_scores``),
        else the first stage's ``w1``."""
        idx = np.flatnonzero((self.window_counts() > MEDIUM_WINDOWS)[self.owner])
        out = np.array(w1, dtype=np.float64)
        if head.long_head is not None and len(idx):
            out[idx] = head.long_parts(self.emb[idx], self.sig[idx], [self.keys[i] for i in idx], w1[idx])
        return out

    def stages(
        self, stage1: np.ndarray, stage2: SentenceStage, head: InjectionHead, sentences: SentenceCache
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per text, the best first-stage score (of window scores ``stage1``, from ``head``)
        and the best second-stage score of what MiniLM reads of it: what
        ``SentenceStage.combined`` reads."""
        units = self.units(stage2.sub_chars)
        reads = self.reads(stage1, stage2, lambda idx: units.score(head, np.isin(np.arange(len(units.owner)), idx)))
        s2 = stage2.window_scores(sentences.embed(reads.chunks), reads.sig, reads.stage1)
        return self.per_text(stage1), self.read_scores(reads, s2)

    def judged_patterns(self, head: InjectionHead) -> np.ndarray:
        """Per text, its pattern score as ``semantic: false`` judges it (``InjectionDetector._patterns``)."""
        one = self.window_counts() <= MEDIUM_WINDOWS
        out: np.ndarray = np.where(one, self.pattern, head.long_pattern_score(self.best_window_pattern()))
        return out

    def sentence_sample(self) -> np.ndarray:
        """Per text, whether it is in the second stage's share (``S2_SHARE``): by the hash of its
        first window, so the sample is fixed and the same texts' embeddings are reused."""
        first = np.full(len(self.rows), -1)
        first[self.owner[::-1]] = np.arange(len(self.owner))[::-1]
        cut = int(S2_SHARE * 16**4)
        return np.array(
            [i >= 0 and int(hashlib.sha1(self.chunks[i].encode("utf-8")).hexdigest()[:4], 16) < cut for i in first]
        )

    def top_windows(self, scores: np.ndarray, stage2: SentenceStage) -> np.ndarray:
        """Indices of each text's best windows by first-stage ``scores``: the ones the detector
        sends to the sentence model (``top_short`` or, for long inputs, ``top_long``)."""
        counts = self.window_counts()
        order = np.lexsort((-scores, self.owner))
        rank = np.zeros(len(order), int)
        start = np.concatenate([[0], np.cumsum(counts)[:-1]])
        rank[order] = np.arange(len(order)) - start[self.owner[order]]
        k = np.where(counts[self.owner] <= MEDIUM_WINDOWS, stage2.top_short, stage2.top_long)
        out: np.ndarray = np.flatnonzero(rank < k)
        return out

    def score(self, head: InjectionHead, mask: np.ndarray | None = None) -> np.ndarray:
        idx = np.arange(len(self.owner)) if mask is None else np.flatnonzero(mask)
        return head.score_parts(self.emb[idx], self.sig[idx], [self.keys[i] for i in idx])


def _fit(win: Windows, idx: np.ndarray, y: np.ndarray, w: np.ndarray) -> InjectionHead:
    """Logistic regression on the windows ``idx``."""
    from sklearn.linear_model import LogisticRegression

    dense = np.hstack([win.emb[idx], win.sig[idx]]).astype(np.float64)
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0) + 1e-3
    # Vocabulary: n-grams in at least MIN_DF of these windows.
    allkeys = np.concatenate([win.keys[i] for i in idx])
    uniq, df = np.unique(allkeys, return_counts=True)
    vocab = uniq[df >= MIN_DF]
    rows, cols, vals = [], [], []
    for r, i in enumerate(idx):
        k = win.keys[i]
        pos = np.searchsorted(vocab, k)
        pos[pos >= len(vocab)] = 0
        hit = vocab[pos] == k
        rows.append(np.full(int(hit.sum()), r))
        cols.append(pos[hit])
        vals.append(np.full(int(hit.sum()), NGRAM_SCALE / np.sqrt(max(1, len(k)))))
    grams = sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(idx), len(vocab))
    )
    x = sparse.hstack([sparse.csr_matrix((dense - mean) / scale), grams]).tocsr()
    lr = LogisticRegression(C=C, max_iter=200, tol=1e-3, solver="lbfgs")
    lr.fit(x, y, sample_weight=w)
    coef = lr.coef_[0]
    nd = dense.shape[1]
    gw = coef[nd:] * NGRAM_SCALE
    keep = np.abs(gw) > 1e-4
    return InjectionHead(
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        w_dense=coef[:nd],
        b=float(lr.intercept_[0]),
        keys=vocab[keep],
        vals=gw[keep],
        thresholds={},
        pattern_thresholds={},
    )


def _window_weights(
    win: Windows | SentenceWindows, idx: np.ndarray, head: InjectionHead | None
) -> tuple[np.ndarray, np.ndarray]:
    """Labels and weights of the windows ``idx``: benign windows 0; for an attack text, every
    window at first, then only its best-scoring window (the others get weight 0)."""
    owner = win.owner[idx]
    y = win.labels[owner]
    # Our own text is written for the cases the shared set lacks (role-play and fiction that
    # are benign, plain extraction and hijacking): weigh it up.
    w = np.where(win.own[owner], OWN_WEIGHT, 1.0)
    if head is not None:
        mask = np.zeros(len(win.owner), bool)
        mask[idx] = True
        s = win.score(head, mask)
        best: dict[int, int] = {}
        for j, (o, v) in enumerate(zip(owner, s, strict=True)):
            if y[j] == 1 and (o not in best or v > s[best[o]]):
                best[o] = j
        keep = set(best.values())
        for j in range(len(idx)):
            if y[j] == 1 and j not in keep:
                w[j] = 0
    # Balance the classes (benign windows outnumber attack windows).
    pos, neg = w[y == 1].sum(), w[y == 0].sum()
    if pos and neg:
        w[y == 1] *= neg / pos
    return y, w


def fit_sentence(win: Windows | SentenceWindows, sentences: np.ndarray, mask: np.ndarray) -> SentenceStage:
    """The second stage: logistic regression on the MiniLM embeddings and signal features of
    the windows ``mask`` (the first stage's, or the shorter ones MiniLM reads; their refs are
    filled in by calibration). With ``ENCODER_HEAD`` (the fine-tuned encoder's own linear head,
    the default with the encoder), on that head's logit and the signals instead of the 384 components; the
    logit is linear in the vector, so the fit is written back as weights on the vector and the
    stage (and the detector) are unchanged."""
    from sklearn.linear_model import LogisticRegression

    idx = np.flatnonzero(mask)
    y, w = _window_weights(win, idx, None)
    vec = sentences[idx].astype(np.float64)
    if ENCODER_HEAD is not None:
        hw, hb = ENCODER_HEAD
        vec = (vec @ hw + hb)[:, None]
    x = np.hstack([vec, win.sig[idx]]).astype(np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-3
    lr = LogisticRegression(C=S2_C, max_iter=500, tol=1e-4, solver="lbfgs")
    lr.fit((x - mean) / scale, y, sample_weight=w)
    coef, b = lr.coef_[0].astype(np.float64), float(lr.intercept_[0])
    if ENCODER_HEAD is not None:
        # c (l - m) / s with l = hw . v + hb, as weights on the standardised vector (mean 0,
        # scale 1): w_v = c hw / s, and the constant c (hb - m) / s joins the intercept.
        c, m, s = coef[0], mean[0], scale[0]
        b += c * (hb - m) / s
        mean = np.concatenate([np.zeros(DIM), mean[1:]])
        scale = np.concatenate([np.ones(DIM), scale[1:]])
        coef = np.concatenate([c * hw / s, coef[1:]])
    empty = np.zeros(0)
    return SentenceStage(
        mean.astype(np.float32),
        scale.astype(np.float32),
        coef.astype(np.float32),
        b,
        BLEND,
        empty,
        GATE,
        empty,
        TOP_SHORT,
        TOP_LONG,
        SUB_CHARS,
        SUB_TOP,
        ENCODER_DIGEST,
    )


def first_stage(head: InjectionHead) -> InjectionHead:
    """``head``'s first stage alone (its n-gram and dense weights; no levels, no second stage)."""
    return InjectionHead(head.mean, head.scale, head.w_dense, head.b, head.keys, head.vals, {}, {})


def attack_windows(win: Windows) -> np.ndarray:
    """Which windows count as the attack (multiple-instance learning): a first fit on every
    window, then each attack text keeps only its highest-scoring window. Done once on all the
    training windows (the folds reuse it: fitting is the slow part on a small CPU)."""
    idx = np.arange(len(win.owner))
    y, w = _window_weights(win, idx, None)
    first = _fit(win, idx, y, w)
    _, w = _window_weights(win, idx, first)
    return w > 0


def attack_units(units: Windows | SentenceWindows, head: InjectionHead) -> np.ndarray:
    """Which of the windows MiniLM reads count as the attack (multiple-instance learning, as
    :func:`attack_windows`): every benign one, and each attack text's best by ``head``."""
    s = units.score(head)
    y = units.labels[units.owner]
    keep = y == 0
    best: dict[int, int] = {}
    for j in np.flatnonzero(y == 1):
        o = int(units.owner[j])
        if o not in best or s[j] > s[best[o]]:
            best[o] = int(j)
    keep[list(best.values())] = True
    return keep


def fit_mil(win: Windows, keep: np.ndarray, rows: np.ndarray | None = None) -> InjectionHead:
    """Fit on the kept windows of ``rows`` (all rows when None)."""
    mask = keep if rows is None else keep & np.isin(win.owner, rows)
    idx = np.flatnonzero(mask)
    y, w = _window_weights(win, idx, None)
    return _fit(win, idx, y, w)


def curve_at(scores: np.ndarray, labels: np.ndarray, fpr: float) -> float:
    """Detection when the threshold is set on this set's own benign texts to flag ``fpr``
    (as ``bench/policy.py`` reports it)."""
    neg = np.sort(scores[labels == 0])[::-1]
    k = int(fpr * len(neg))
    thr = neg[k] if k < len(neg) else 0.0
    return float((scores[labels == 1] > thr).mean())


def detection_at(scores: np.ndarray, labels: np.ndarray, thr: float) -> tuple[float, float]:
    """As the detector decides (``score + _EPS >= threshold``; a score at the level is flagged)."""
    pos, neg = scores[labels == 1] + _EPS, scores[labels == 0] + _EPS
    return float((pos >= thr).mean()) if len(pos) else float("nan"), float((neg >= thr).mean()) if len(neg) else 0.0


def long_training_rows(shared: list[Row], own_train: list[Row]) -> list[Row]:
    """Long texts of the calibration families (``long_corpus``, not the held-out ones), half
    of them carrying one of our training attacks: the head learns what an attack looks like in
    a window of a tool result, and what a benign window of one looks like."""
    fillers = [r.text for r in shared + own_train if policy_data.ordinary(r)]
    attacks = [r.text for r in own_train if r.label == 1]
    texts, labels = long_corpus.with_attacks(
        fillers, attacks, LONG_TRAIN, SEED + 7, held_out=False, min_chars=1500, max_chars=6000
    )
    # Benign medium inputs (1-5 KB, up to MEDIUM_WINDOWS windows, scored whole like prompts)
    # quoting our own benign training texts, the hardest ordinary text (prompts about prompts,
    # users editing their own instructions, role-play, security questions; the eleventh round's
    # other languages): the head re-fitted on the multilingual patterns alone flagged one more
    # held-out benign medium input than the shipped head (branch j57, docs/policy.md).
    own_benign = [r.text for r in own_train if policy_data.ordinary(r)]
    texts += long_corpus.build(own_benign, MEDIUM_BENIGN, SEED + 11, False, min_chars=1000, max_chars=5000)
    labels += [0] * MEDIUM_BENIGN
    return [Row(t, y, "long", "bastion/long") for t, y in zip(texts, labels, strict=True)]


def short_only(row: Row) -> bool:
    """Whether ``row`` may be quoted and carried by the long texts: not one of the rounds that
    join the short training rows only (the eleventh, other languages; the indirect and disguised
    set, family tag ``x``)."""
    return policy_corpus.round_of(row.source) != 11 and not re.search(r"-x\d\d$", row.source)


def held_long_rows(held: Windows) -> list[Row]:
    """Long texts of the held-out families (``long_corpus.HELD_OUT``) quoting held-out benign
    texts, half of them carrying a held-out attack (for the report only)."""
    benign = [r.text for r in held.rows if r.label == 0]
    attacks = [r.text for r in held.rows if r.label == 1]
    texts, labels = long_corpus.with_attacks(benign, attacks, HELD_LONG, SEED + 1)
    return [Row(t, y, "long", "bastion/long") for t, y in zip(texts, labels, strict=True)]


def main() -> None:
    global SUB_CHARS, SUB_TOP, GATE, BLEND, ENCODER_HEAD, ENCODER_DIGEST, MEDIUM_BENIGN, OWN_WEIGHT
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sub-chars", type=int, default=SUB_CHARS, help="windows MiniLM reads (0: whole windows)")
    parser.add_argument("--sub-top", type=int, default=SUB_TOP, help="how many of them per text")
    parser.add_argument(
        "--encoder",
        default=str(ENCODER_FILE) if ENCODER_FILE.is_file() else "none",
        help="the fine-tuned encoder's delta the second stage reads ('none': the frozen MiniLM)",
    )
    parser.add_argument(
        "--s2-vector",
        action="store_true",
        help="the second stage reads the fine-tuned encoder's 384 components, not its head's logit (measurement)",
    )
    parser.add_argument("--gate", type=float, default=GATE, help="the second stage's gate (a benign percentile)")
    parser.add_argument("--blend", type=float, default=BLEND, help="the second stage's weight against the first's")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where the weights are written")
    parser.add_argument(
        "--keep-first-stage",
        type=Path,
        default=None,
        help="keep this head file's first stage and long-window head, re-fit only the sentence stage and the "
        "levels (a re-fit on another machine does not reproduce the first stage: compare encoders on the same one)",
    )
    parser.add_argument(
        "--ninth-round",
        action="store_true",
        help="also train on the ninth corpus round's families (the candidate that failed its rule; measurement)",
    )
    parser.add_argument(
        "--long-written",
        action="store_true",
        help="the long-window head also trains on scripts/long_written.py (passed to long_head.fit_shipped; measurement)",
    )
    parser.add_argument(
        "--tenth-round",
        action="store_true",
        help="also train on the tenth corpus round's families (candidate A, which failed its rule; measurement)",
    )
    parser.add_argument(
        "--eleventh-round",
        action="store_true",
        help="also train on the eleventh corpus round's families (other languages; its candidates failed the "
        "adoption check; measurement)",
    )
    parser.add_argument(
        "--own-weight",
        type=float,
        default=OWN_WEIGHT,
        help="weight of our own written rows relative to the shared training set (measurement)",
    )
    parser.add_argument(
        "--indirect",
        action="store_true",
        help="also train on the indirect and disguised set's tuning families (measurement)",
    )
    parser.add_argument(
        "--medium-benign",
        type=int,
        default=MEDIUM_BENIGN,
        help="benign medium inputs (1-5 KB) added to the training rows (measurement)",
    )
    args = parser.parse_args()
    SUB_CHARS, SUB_TOP, GATE, BLEND = args.sub_chars, args.sub_top, args.gate, args.blend
    MEDIUM_BENIGN = args.medium_benign
    OWN_WEIGHT = args.own_weight
    t0 = time.monotonic()
    cache = FeatureCache(Featuriser())
    if args.encoder != "none":
        delta = Path(args.encoder)
        ENCODER_DIGEST = hashlib.sha256(delta.read_bytes()).hexdigest()
        sentences = SentenceCache(Embedder(delta=delta), model=f"delta-{ENCODER_DIGEST[:16]}")
        # The stage reads the fine-tuning head's logit (and the signals): chosen over the 384
        # components on the dev set and out of fold (docs/policy.md, "The fine-tuned encoder").
        if not args.s2_vector:
            with np.load(delta) as z:
                ENCODER_HEAD = (z["head_w"].astype(np.float64), float(z["head_b"][0]))
    else:
        sentences = SentenceCache(Embedder())
    own_train, own_held = policy_data.own(
        ninth_round=args.ninth_round,
        tenth_round=args.tenth_round,
        eleventh_round=args.eleventh_round,
        indirect=args.indirect,
    )
    shared = policy_data.shared_train()
    # The eleventh round (short prompts in 14 languages) joins the short training rows only:
    # the long training texts, the long calibration texts and the long-window head quote and
    # carry the earlier rounds' rows as before. Its rows in their pools would move every random
    # draw of those texts (which attack, which filler), a change of its own on top of the new
    # rows; the round has no carriers to teach them.
    own_long = [r for r in own_train if short_only(r)]
    train = Windows(shared + own_train + long_training_rows(shared, own_long), cache)
    dev = Windows(policy_data.dev(), cache, as_detector=True)
    held = Windows(own_held, cache, as_detector=True)
    print(f"windows: train {len(train.owner)}, dev {len(dev.owner)}, held-out {len(held.owner)}", file=sys.stderr)
    # The sentence model is fitted and calibrated on the windows of a fixed half of the short
    # rows (prompts, the shared set's texts, our families; ``Windows.sentence_sample``), not on
    # the long training texts: MiniLM encodes about ten windows a second on a loaded 2-core
    # machine, and the whole set would take most of an hour to encode once.
    short_rows = np.array([r.kind != "long" for r in train.rows]) & train.sentence_sample()
    units = train.units(SUB_CHARS)
    sent_mask = short_rows[units.owner]
    sent = np.zeros((len(units.owner), DIM), np.float32)
    sent[sent_mask] = sentences.embed([units.chunks[i] for i in np.flatnonzero(sent_mask)])
    print(f"  MiniLM embeddings of {int(sent_mask.sum())} windows ({time.monotonic() - t0:.0f} s)", file=sys.stderr)

    # Out-of-fold scores of the training texts (for calibration): of both stages, per window
    # (first stage) and per window MiniLM may read (both stages).
    rng = np.random.default_rng(SEED)
    n = len(train.rows)
    fold = rng.permutation(n) % 5
    w1_oof = np.zeros(len(train.owner))
    u1_oof = np.zeros(len(units.owner))
    s2_oof = np.zeros(len(units.owner))
    keep = attack_windows(train)
    kept = InjectionHead.load(args.keep_first_stage) if args.keep_first_stage is not None else None
    # The folds below are re-fitted either way (their out-of-fold scores calibrate the levels).
    head = fit_mil(train, keep) if kept is None else first_stage(kept)
    unit_keep = keep if units is train else attack_units(units, head)
    print(f"  attack windows chosen ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
    for f in range(5):
        rows = np.flatnonzero(fold != f)
        head_f = fit_mil(train, keep, rows)
        mask = np.isin(train.owner, np.flatnonzero(fold == f))
        w1_oof[mask] = train.score(head_f, mask)
        u_mask = np.isin(units.owner, np.flatnonzero(fold == f))
        u1_oof[u_mask] = w1_oof[u_mask] if units is train else units.score(head_f, u_mask)
        stage2_f = fit_sentence(units, sent, unit_keep & sent_mask & np.isin(units.owner, rows))
        m2 = u_mask & sent_mask
        s2_oof[m2] = stage2_f.window_scores(sent[m2], units.sig[m2], u1_oof[m2])
        print(f"  fold {f} done ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
    stage2 = fit_sentence(units, sent, unit_keep & sent_mask)
    reads = train.reads(w1_oof, stage2, lambda idx: u1_oof[idx], rows=short_rows)
    oof, oof2 = train.per_text(w1_oof), train.read_scores(reads, s2_oof[reads.index])
    dev_head, dev2 = dev.stages(dev.score(head), stage2, head, sentences)
    # Short ordinary texts (the long training texts are calibrated on their own, below).
    ordinary = np.array([policy_data.ordinary(r) for r in train.rows]) & short_rows
    calib = np.concatenate([oof[ordinary], dev_head[dev.labels == 0]])
    calib2 = np.concatenate([oof2[ordinary], dev2[dev.labels == 0]])
    stage2 = dataclasses.replace(stage2, stage1_ref=np.sort(calib), ref=np.sort(calib2))
    combined = stage2.combined(calib, calib2)
    calib_pattern = np.concatenate([train.pattern[ordinary], dev.pattern[dev.labels == 0]])
    pattern_thresholds = {s: threshold_at(calib_pattern, FPR[s]) for s in SENSITIVITIES}
    # The n-gram weights as shipped (float16), so the long calibration scores what ships.
    parts = (head.mean, head.scale, head.w_dense, head.b, head.keys, head.vals.astype(np.float16).astype(np.float32))
    head = InjectionHead(*parts, {}, pattern_thresholds, np.sort(combined), np.sort(calib_pattern), stage2=stage2)
    fused_calib = head.fuse(combined, calib_pattern)
    # The level must hold on each kind of ordinary text, not just on the average (the shared
    # set's arithmetic questions are easy; role-play, fiction, prompts about prompts and the
    # dev set's benign prompts with trigger words are not): the threshold is the strictest of
    # the groups' own thresholds. Our own benign families count per category (role-play,
    # fiction, prompts about prompts, trigger words, carriers ...), each scored out of fold, so
    # no one kind of ordinary text is flagged at more than the level's rate.
    own_benign = np.array([r.source.startswith("bastion/") for r in train.rows])[ordinary]
    own_kind = np.array([r.kind for r in train.rows])[ordinary]
    no_dev = np.zeros(int((dev.labels == 0).sum()), bool)
    groups = {
        "shared": np.concatenate([~own_benign, no_dev]),
        "own": np.concatenate([own_benign, no_dev]),
        "dev": np.concatenate([np.zeros(len(own_benign), bool), ~no_dev]),
    }
    for kind in sorted(set(own_kind[own_benign])):
        groups[f"own:{kind}"] = np.concatenate([own_benign & (own_kind == kind), no_dev])
    thresholds = {s: max(threshold_at(fused_calib[g], FPR[s]) for g in groups.values()) for s in SENSITIVITIES}
    for s in SENSITIVITIES:
        each = ", ".join(
            f"{n} {threshold_at(fused_calib[g], FPR[s]):.5f} (n={int(g.sum())})" for n, g in groups.items()
        )
        print(f"{s} threshold per calibration group: {each}", file=sys.stderr)
    head = dataclasses.replace(head, thresholds=thresholds)
    # The benign calibration texts the strictest level has to pass: what sets the 0.1% level.
    calib_rows = [r for r, o in zip(train.rows, ordinary, strict=True) if o] + [r for r in dev.rows if r.label == 0]
    print("highest-scoring benign calibration texts (out of fold; dev benign in sample):", file=sys.stderr)
    for i in np.argsort(-fused_calib, kind="stable")[:TOP_BENIGN]:
        r = calib_rows[i]
        text = r.text[:160].replace("\n", " ")
        print(f"  {fused_calib[i]:.6f} {r.kind} {r.source}: {text!r}", file=sys.stderr)
    # Long inputs (more than MEDIUM_WINDOWS windows): the best windows of long benign texts of
    # the calibration families, with their own sentences (not the training texts' ones: a head
    # calibrated on sentences it was trained on looks better on long inputs than it is),
    # quoting ordinary texts of the training split and the dev set's benign prompts.
    fillers = [r.text for r, o in zip(train.rows, ordinary, strict=True) if o and short_only(r)]
    fillers += [r.text for r in dev.rows if r.label == 0]
    # The long-window head (``scripts/long_head.py``): fitted on windows of long texts of its own
    # training families, with the first stage's logit as a feature; the long levels below are
    # set on its scores.
    import long_head

    fitted_long = (
        long_head.fit_shipped(head, fillers, shared, own_long, args.long_written) if kept is None else kept.long_head
    )
    head = dataclasses.replace(head, long_head=fitted_long)
    long_texts = long_corpus.build(fillers, LONG_TEXTS, SEED, False, min_chars=6000, calibration=True)
    long_rows = [Row(t, 0, "long", "bastion/long") for t in long_texts]
    long_win = Windows(long_rows, cache, as_detector=True)
    long_head, long_pattern = long_win.head_scores(head, sentences), long_win.best_window_pattern()
    head = dataclasses.replace(head, long_head_ref=np.sort(long_head), long_pattern_ref=np.sort(long_pattern))
    long_fused = head.fuse_long(long_head, long_pattern)
    long_thresholds = {s: threshold_at(long_fused, FPR[s]) for s in SENSITIVITIES}
    head = dataclasses.replace(head, long_thresholds=long_thresholds)
    head.save(args.out)
    head = InjectionHead.load(args.out)  # score as shipped
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(head.keys)} n-grams, "
        f"second stage: {head.stage2 is not None}) "
        f"in {time.monotonic() - t0:.0f} s"
    )
    print(f"calibration: {len(calib)} benign texts; thresholds {thresholds}; pattern {pattern_thresholds}")
    # The cascade out of fold on the training texts MiniLM was fitted on (both stages' scores
    # from folds that did not see the text): the figure to compare settings of the second stage
    # by without looking at the held-out families.
    s_oof = np.maximum(head.fuse(stage2.combined(oof, oof2), 0.0), head.fuse(0.0, train.pattern))[short_rows]
    y_oof = train.labels[short_rows]
    own_oof = np.array([r.source.startswith("bastion/") for r in train.rows])[short_rows]
    print(
        f"out of fold (training texts MiniLM reads, {int(short_rows.sum())}): "
        + ", ".join(f"{curve_at(s_oof, y_oof, f):.1%} @{f:.1%}" for f in (0.001, 0.01, 0.05))
        + f"; own families only: {curve_at(s_oof[own_oof], y_oof[own_oof], 0.01):.1%} @1.0%"
    )

    print(f"long calibration: {len(long_rows)} texts, {len(long_win.owner)} windows; thresholds {long_thresholds}")
    held_long = Windows(held_long_rows(held), cache, as_detector=True)

    def held_rounds(first: int, last: int) -> Windows:
        """The held-out texts of corpus rounds ``first``-``last`` (policy_corpus.round_of)."""
        rows = [r for r in held.rows if first <= policy_corpus.round_of(r.source) <= last]
        return Windows(rows, cache, as_detector=True)

    sets = (
        ("dev", dev),
        ("own held-out", held),
        # The held-out split before each later round's families joined it, and each round alone.
        ("held-out 1-5", held_rounds(1, 5)),
        ("held-out 1-6", held_rounds(1, 6)),
        ("held-out 7", held_rounds(7, 7)),
        ("held-out 1-7", held_rounds(1, 7)),
        ("held-out 8", held_rounds(8, 8)),
        ("held-out 1-8", held_rounds(1, 8)),
        ("held-out 9", held_rounds(9, 9)),
        ("held-out 10", held_rounds(10, 10)),
        ("held-out long", held_long),
    )
    for name, win in sets:
        scores = win.judged(head, sentences)
        curve = ", ".join(f"{curve_at(scores, win.labels, f):.1%} @{f:.1%}" for f in (0.001, 0.01, 0.05))
        print(f"{name:13s} curve (threshold on this set's own benign texts): {curve}")
        # Attacks of up to MEDIUM_WINDOWS windows whose first-stage score stays under the gate:
        # the second stage never reads them.
        short_attack = (win.window_counts() <= MEDIUM_WINDOWS) & (win.labels == 1)
        if short_attack.any() and head.stage2 is not None:
            below = ~head.stage2.gated(win.per_text(win.score(head)))
            print(f"{name:13s} attacks under the gate: {below[short_attack].mean():.1%} of {int(short_attack.sum())}")
        for s in SENSITIVITIES:
            det, fp = detection_at(scores, win.labels, thresholds[s])
            print(f"{name:13s} sensitivity {s:>4s}: detection {det:.1%}, false positives {fp:.1%}")
        pat = win.judged_patterns(head)
        for s in SENSITIVITIES:
            det, fp = detection_at(pat, win.labels, head.pattern_thresholds[s])
            print(f"{name:13s} patterns only {s:>4s}: detection {det:.1%}, false positives {fp:.1%}")
        kinds = sorted({r.kind for r in win.rows})
        if len(kinds) > 1:
            for k in kinds:
                m = np.array([r.kind == k for r in win.rows])
                rate = float((scores[m] + _EPS >= thresholds["1%"]).mean())
                print(f"    {k:10s} n={m.sum():4d} flagged at 1%: {rate:.1%}")


if __name__ == "__main__":
    main()

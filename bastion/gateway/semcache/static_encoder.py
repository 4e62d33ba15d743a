"""The cache's encoder: static token vectors distilled from the shipped all-MiniLM-L6-v2.

A semantic lookup must cost well under a millisecond of CPU to keep a new prompt within 3 ms
of the caching-bypassed path and to serve 1,000 new prompts a second on two cores; the
transformer costs 5-7 ms a prompt. So the cache retrieves candidates with a *static* model in
the way of model2vec's distillation: every token of MiniLM's vocabulary is encoded alone
(``[CLS] token [SEP]``) by MiniLM itself (its ONNX export, see :mod:`bastion.gateway.embeddings`),
the 30,522 vectors are reduced to ``DIMS`` principal components (signs fixed, so the build is
deterministic), and each token is weighted by ``SIF / (SIF + p(token))`` with a Zipf
probability from its vocabulary rank, so frequent words weigh less. A prompt's vector is the
weighted mean of its tokens' rows, L2-normalised: tokenisation (the model's own Rust
tokenizer) plus a table lookup, ~20-50 us, run inline on the event loop (a thread hop would
cost more than the encode).

model2vec itself is not a dependency: its ``distill`` extra pins ``transformers<5.4`` (this
project has 5.x above that), and inference is the few lines below.

The table (~31 MB float32) is built once, in a subprocess (``python -m
bastion.gateway.semcache.static_encoder build DIR NAME``), and cached next to the ONNX export
under ``BASTION_MODEL_CACHE``, keyed by the same model hash plus the build recipe.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import logging
import re
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.embeddings import (
    OnnxExport,
    TokenizerKey,
    _export_key,
    _mean_pooled_shape,
    _ort_session,
    _write_atomic,
    default_cache_dir,
    minilm_path,
    rust_tokenizer,
)

log = logging.getLogger("bastion.semcache")

#: Principal components kept.
DIMS = 256
#: SIF weighting coefficient (model2vec's default).
SIF = 1e-4
RECIPE = f"static-v1-pca{DIMS}-sif{SIF}"


def _distill(model_path: Path, onnx_file: Path) -> np.ndarray:
    """Token table ``(vocab, DIMS)`` float32, weighted, from MiniLM's ONNX export."""
    tok = rust_tokenizer(model_path, 8)
    vocab = tok.get_vocab()
    n = max(vocab.values()) + 1
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    session = _ort_session(str(onnx_file))
    out = np.zeros((n, 384), dtype=np.float32)
    step = 1024
    for start in range(0, n, step):
        ids = np.arange(start, min(n, start + step), dtype=np.int64)
        feed = {
            "input_ids": np.stack([np.full_like(ids, cls), ids, np.full_like(ids, sep)], axis=1),
            "attention_mask": np.ones((len(ids), 3), dtype=np.int64),
            "token_type_ids": np.zeros((len(ids), 3), dtype=np.int64),
        }
        (vecs,) = session.run(["embedding"], feed)
        out[start : start + len(ids)] = vecs
    centred = out - out.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    comps = vt[:DIMS]
    # Fix each component's sign (largest loading positive) so every build gives the same table.
    signs = np.sign(comps[np.arange(DIMS), np.argmax(np.abs(comps), axis=1)])
    reduced = centred.astype(np.float64) @ (comps * signs[:, None]).T
    rank = np.arange(1, n + 1, dtype=np.float64)
    p = (1.0 / rank) / np.sum(1.0 / rank)
    weights = SIF / (SIF + p)
    table = (reduced * weights[:, None]).astype(np.float32)
    for special in ("[PAD]", "[CLS]", "[SEP]", "[UNK]", "[MASK]"):
        tid = tok.token_to_id(special)
        if tid is not None:
            table[tid] = 0.0
    distilled: np.ndarray = table
    return distilled


def _build_main(directory: Path, name: str) -> None:
    model_path = minilm_path()
    max_len = _mean_pooled_shape(model_path)
    assert max_len is not None
    export = OnnxExport(directory)
    export.encoder(model_path, max_len)
    assert export.path is not None
    buf = io.BytesIO()
    np.save(buf, _distill(model_path, export.path))
    _write_atomic(directory, name, buf.getvalue())


#: Texts :meth:`StaticEncoder._ids` tokenises piece by piece: printable ASCII, tabs, line breaks.
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e]*")
#: A whitespace-separated piece of a :data:`_PLAIN` text (what ``str.split()`` yields of one).
_PIECE = re.compile(r"[^ \t\n\r]+")
#: Pieces remembered (~150 bytes each); the dict starts afresh when full.
PIECES_MAX = 50_000
#: ASCII punctuation: the BERT pre-tokeniser makes each such character a word of its own.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
#: Pieces at most this long are split into WordPiece tokens here (:meth:`StaticEncoder._wordpiece`;
#: greedy longest-match costs up to length squared lookups); longer ones, and any with a "[" (the
#: special tokens, "[UNK]", "[SEP]"..., are matched before normalisation), by the tokenizer.
WORDPIECE_CHARS = 32


class StaticEncoder:
    """Static-embedding encoder for the cache's candidate retrieval (inline, no threads).

    Offers the encoder methods the cache uses (``load``, ``embed``, ``embed_one``,
    ``embed_sync``) with the same contract as :class:`~bastion.gateway.embeddings.Embedder`:
    unit-normalised float32 rows.
    """

    dim = DIMS

    def __init__(self, cache_dir: Path | str | None = None) -> None:
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._table: np.ndarray | None = None
        self._tok: Any = None
        self._max_len = 0
        self._key = TokenizerKey(Path(), 0)
        # Token ids of whitespace-separated pieces already seen (see :meth:`_ids`).
        self._pieces: dict[str, tuple[int, ...]] = {}
        # The tokenizer's WordPiece vocabulary and its settings (see :meth:`_wordpiece`).
        self._vocab: dict[str, int] = {}
        self._unk = 0
        self._max_word = 0
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._table is not None:
                return
            model_path = minilm_path()
            max_len = _mean_pooled_shape(model_path) or 256
            home = OnnxExport(self._cache_dir)._home()
            if home is None:
                raise RuntimeError("no writable directory for the static encoder")
            name = f"{RECIPE}-{_export_key(model_path, max_len)}.npy"
            path = home / name
            table = self._read(path)
            if table is None:
                log.info("building the cache's static encoder from all-MiniLM-L6-v2 (once, in a subprocess) ...")
                cmd = [sys.executable, "-m", "bastion.gateway.semcache.static_encoder", "build", str(home), name]
                done = subprocess.run(cmd, capture_output=True, timeout=900, check=False)
                if done.returncode != 0:
                    tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
                    raise RuntimeError(f"static encoder build failed: {' | '.join(tail)}")
                table = self._read(path)
                if table is None:
                    raise RuntimeError("static encoder build wrote no usable table")
            tok = rust_tokenizer(model_path, max_len)
            tok.no_padding()
            model = json.loads(tok.to_str())["model"]
            self._vocab = dict(model["vocab"])
            self._unk = self._vocab[model["unk_token"]]
            self._max_word = int(model["max_input_chars_per_word"])
            self._tok = tok
            self._max_len = max_len
            self._key = TokenizerKey((model_path / "tokenizer.json").resolve(), max_len)
            self._table = table

    @staticmethod
    def _read(path: Path) -> np.ndarray | None:
        try:
            table: np.ndarray = np.load(path)
        except (OSError, ValueError):
            return None
        if table.ndim != 2 or table.shape[1] != DIMS or table.dtype != np.float32:
            return None
        return table

    @property
    def loaded(self) -> bool:
        return self._table is not None

    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        self.load()
        assert self._table is not None
        out = np.empty((len(texts), DIMS), dtype=np.float32)
        # One text at a time: ``encode`` keeps the GIL for its few microseconds, where
        # ``encode_batch`` hands it to a thread pool and waits for it back behind whatever
        # holds it (the vector store writer), costing more than the encode.
        for i, text in enumerate(texts):
            out[i] = self._one(text)
        return out

    @property
    def table(self) -> np.ndarray:
        """The token table ``(vocab, DIMS)`` (loaded on first use)."""
        self.load()
        assert self._table is not None
        return self._table

    def word_id(self, word: str) -> int | None:
        """The id of a whole (lower-case) word in the encoder's WordPiece vocabulary, else None
        (a word it splits in pieces: rare, or misspelt). Ids run roughly from common to rare."""
        self.load()
        return self._vocab.get(word)

    @property
    def tokenizer(self) -> TokenizerKey:
        """The tokenizer whose ids :meth:`token_ids` gives (MiniLM's, as the core's embedder
        reads it: :meth:`~bastion.gateway.embeddings.Embedder.embed_here` takes them)."""
        self.load()
        return self._key

    def token_ids(self, text: str) -> list[int]:
        """The text's token ids (no special tokens): the rows of :attr:`table` it sums. The
        cache's transform encodes through this on the request path, so it takes the same
        remembered-pieces path as :meth:`_one` (equal to the tokenizer's ids, tested)."""
        self.load()
        return self._ids(text)

    def _ids(self, text: str) -> list[int]:
        """The tokenizer's ids for ``text`` (no special tokens, truncated as it truncates).

        A call into the Rust tokenizer costs ~50 us, a quarter of a semantic lookup, mostly
        per call rather than per word. For plain ASCII (printable, tabs and line breaks) the
        BERT normaliser and pre-tokeniser act within whitespace-separated pieces (lowercasing,
        splits at punctuation, WordPiece per word), so a text's ids are its pieces' ids in
        order: each piece is tokenised once and remembered (a bounded dict). Any other text
        (accents, other scripts, control characters the normaliser drops) takes the tokenizer
        whole. Tested equal to the tokenizer on every prompt of the bench's data."""
        if _PLAIN.fullmatch(text) is None:
            ids: list[int] = self._tok.encode(text, add_special_tokens=False).ids
            return ids
        pieces = self._pieces
        out: list[int] = []
        for piece in text.split():
            found = pieces.get(piece)
            if found is None:
                found = self._remember(piece)
            out.extend(found)
        return out[: self._max_len]

    def _remember(self, piece: str) -> tuple[int, ...]:
        """A piece's ids the first time it is met (a bounded dict: it starts afresh when full);
        the look-up of a remembered piece stays inline in the callers' loops."""
        pieces = self._pieces
        if len(pieces) >= PIECES_MAX:
            pieces.clear()
        found = pieces[piece] = (
            self._wordpiece(piece)
            if len(piece) <= WORDPIECE_CHARS and "[" not in piece  # "[UNK]": a special token
            else tuple(self._tok.encode(piece, add_special_tokens=False).ids)
        )
        return found

    def piece_ids(self, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """``text``'s token ids, not truncated, and how many of them each whitespace-separated
        piece of it gives (in order: :func:`piece_spans` says where the pieces lie); None when
        the text is not plain ASCII (the caller tokenises it) or has a piece of ``max_len`` ids
        or more (remembered truncated). The ids :meth:`_ids` gives before its truncation, so
        the tokenizer's (tested on the injection dev set and a sample of its training set).

        For the injection detector's first stage (:class:`~bastion.gateway.policy.detectors.
        injection_head.Featuriser`), which reads a 1 KB window's word pieces: the Rust tokenizer
        took 0.3-0.5 ms a 1 KB window (it computes every piece's offsets), this ~0.05 ms."""
        self.load()
        if _PLAIN.fullmatch(text) is None:
            return None
        pieces, max_len = self._pieces, self._max_len
        found: list[tuple[int, ...]] = []
        for piece in text.split():
            ids = pieces.get(piece)
            if ids is None:
                ids = self._remember(piece)
            if len(ids) >= max_len:
                return None
            found.append(ids)
        counts = np.fromiter(map(len, found), np.int64, len(found))
        return np.fromiter(itertools.chain.from_iterable(found), np.int64, int(counts.sum())), counts

    def _wordpiece(self, piece: str) -> tuple[int, ...]:
        """The tokenizer's ids for one piece of printable ASCII without whitespace, computed
        here: a new piece (a number, a name, a typo) otherwise costs a call into the Rust
        tokenizer, ~10-50 us mostly per call, on every new prompt that has one.

        What the tokenizer does to such a piece (``tokenizer.json``: ``BertNormalizer`` with
        lowercasing, ``BertPreTokenizer``, ``WordPiece``): lowercase it, make each ASCII
        punctuation character a word of its own, and split every word greedily into the longest
        vocabulary entries from its start (``##`` before the ones that continue a word); a
        word with a part no entry matches, or longer than ``max_input_chars_per_word``, is
        ``[UNK]``. Tested equal to the tokenizer on every piece of the Quora questions, numbers
        and random punctuation."""
        vocab, out = self._vocab, []
        for word in _PUNCTUATION.split(piece.lower()):
            if not word:
                continue
            if len(word) > self._max_word:
                out.append(self._unk)
                continue
            start, parts = 0, []
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    found = vocab.get(word[start:end] if start == 0 else "##" + word[start:end])
                    if found is not None:
                        break
                    end -= 1
                if found is None:
                    parts = [self._unk]
                    break
                parts.append(found)
                start = end
            out += parts
        return tuple(out[: self._max_len])

    def _one(self, text: str) -> np.ndarray:
        return self._of_ids(self._ids(text))

    def embed_ids(self, ids: Sequence[Sequence[int] | np.ndarray]) -> np.ndarray:
        """:meth:`embed_sync` of texts whose token ids the caller has (not truncated: cut here
        at ``max_len`` as :meth:`_ids` cuts), without tokenising them again: the same rows
        summed in the same order, so the same vectors bit for bit."""
        self.load()
        out = np.empty((len(ids), DIMS), dtype=np.float32)
        for i, x in enumerate(ids):
            out[i] = self._of_ids(x[: self._max_len])
        return out

    def _of_ids(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        assert self._table is not None
        if not len(ids):
            return np.zeros(DIMS, dtype=np.float32)
        # The sum, not the mean: the direction is the same and the vector is normalised below.
        v: np.ndarray = np.add.reduce(self._table[ids], axis=0)
        norm = float(np.sqrt(v @ v))
        return v / norm if norm > 1e-12 else v

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_sync(texts)

    async def embed_one(self, text: str) -> np.ndarray:
        self.load()
        return self._one(text)


def piece_spans(text: str) -> np.ndarray:
    """The ``(start, end)`` of each whitespace-separated piece of a plain ASCII ``text`` (the
    pieces :meth:`StaticEncoder.piece_ids` counts ids of), shape ``(pieces, 2)``."""
    flat = itertools.chain.from_iterable(m.span() for m in _PIECE.finditer(text))
    return np.fromiter(flat, np.int64).reshape(-1, 2)


@functools.cache
def shared_static_encoder() -> StaticEncoder:
    """The process's encoder (its table is ~31 MB): the semantic cache and the injection head
    share it rather than each loading a copy."""
    return StaticEncoder()


def main(argv: list[str]) -> int:
    """``build DIR NAME`` (the subprocess) or ``prepare`` (build into the model cache unless it
    is there: ``make install`` runs it so a first start does not wait for the build)."""
    if argv == ["prepare"]:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        StaticEncoder().load()
        return 0
    if len(argv) != 3 or argv[0] != "build":
        print("usage: python -m bastion.gateway.semcache.static_encoder build DIR NAME | prepare", file=sys.stderr)
        return 2
    _build_main(Path(argv[1]), argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

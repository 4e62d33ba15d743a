"""The embedder's encode paths (ONNX by default, torch as the fallback) give the same vectors as
``SentenceTransformer.encode``; the exported ONNX file is cached, re-exported when corrupt, and
kept elsewhere when the cache directory cannot be written."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

from bastion.gateway.embeddings import Embedder

pytestmark = pytest.mark.anyio

TEXTS = [
    "How do I learn to play the guitar?",
    "What is the capital of Australia?",
    "Ünïcödé and émojis 🙂 and a much longer sentence " * 3,
    "x",
]


_NO_TORCH = (
    "import sys; from bastion.gateway.embeddings import Embedder; e = Embedder(); e.load(); "
    "e.embed_sync(['hello']); print(e.backend, 'torch' in sys.modules)"
)


def assert_same(got: np.ndarray, ref: np.ndarray) -> None:
    assert got.shape == ref.shape
    assert got.dtype == np.float32
    assert float(np.min(np.sum(got * ref, axis=1))) > 0.9999


def test_onnx_path_is_the_default_and_matches_reference(embedder: Embedder) -> None:
    assert embedder.backend == "onnx"
    # The serving process never loads torch: the export ran in a subprocess.
    probe = subprocess.run([sys.executable, "-c", _NO_TORCH], capture_output=True, text=True, timeout=300, check=False)
    assert probe.stdout.strip() == "onnx False", probe.stderr[-2000:]
    assert embedder.onnx_path is not None and embedder.onnx_path.is_file()
    fast = embedder.embed_sync(TEXTS)
    ref = embedder.embed_reference(TEXTS)
    assert fast.shape == (len(TEXTS), 384)
    assert_same(fast, ref)
    # One text alone and in a batch (padding must not change it).
    alone = embedder.embed_sync(TEXTS[:1])[0]
    assert float(alone @ fast[0]) > 0.9999
    assert embedder.embed_sync([]).shape == (0, 384)


def test_torch_path_matches_reference(tmp_path: Path) -> None:
    e = Embedder(backend="torch", cache_dir=tmp_path)
    e.load()
    assert e.backend == "torch" and e.onnx_path is None
    assert_same(e.embed_sync(TEXTS), e.embed_reference(TEXTS))
    assert not list(tmp_path.iterdir())  # no export on the torch path


def test_export_is_cached_and_a_corrupt_file_is_exported_again(tmp_path: Path) -> None:
    first = Embedder(cache_dir=tmp_path)
    first.load()
    path = first.onnx_path
    assert first.backend == "onnx" and path is not None and path.parent == tmp_path
    # The model and its probe vectors, no temp file left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, path.stem + ".probe.npy"])
    stamp = path.stat().st_mtime_ns

    second = Embedder(cache_dir=tmp_path)
    second.load()
    assert second.onnx_path == path and path.stat().st_mtime_ns == stamp  # reused, not rewritten

    good = path.read_bytes()
    corrupt = good[: len(good) // 3] + b"\x00garbage" * 64
    path.write_bytes(corrupt)
    third = Embedder(cache_dir=tmp_path)
    third.load()
    assert third.backend == "onnx" and third.onnx_path == path
    assert path.read_bytes() != corrupt and path.stat().st_size > 1_000_000
    assert_same(third.embed_sync(TEXTS), third.embed_reference(TEXTS))


def test_unwritable_cache_dir_falls_back_to_a_temp_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory's parent should be")
    e = Embedder(cache_dir=blocker / "models")
    e.load()
    assert e.backend == "onnx"
    assert e.onnx_path is not None and e.onnx_path.parent.parent == Path(tempfile.gettempdir())
    assert_same(e.embed_sync(TEXTS), e.embed_reference(TEXTS))


def test_large_inputs_are_encoded_in_bounded_batches() -> None:
    small = Embedder(max_batch=3)
    texts = [f"{'word ' * (i % 5)}sentence {i}" for i in range(10)]
    out = small.embed_sync(texts)
    ref = small.embed_reference(texts)
    assert small.backend == "onnx"
    assert out.shape == (10, 384)
    assert_same(out, ref)


async def test_concurrent_callers_are_batched_and_correct(embedder: Embedder) -> None:
    import anyio

    texts = [f"question number {i} about caching" for i in range(24)]
    out: dict[int, np.ndarray] = {}

    async def one(i: int) -> None:
        out[i] = await embedder.embed_one(texts[i])

    async with anyio.create_task_group() as tg:
        for i in range(len(texts)):
            tg.start_soon(one, i)
    ref = embedder.embed_reference(texts)
    for i in range(len(texts)):
        assert float(out[i] @ ref[i]) > 0.9999


def test_the_static_encoder_tokenises_plain_text_piece_by_piece_exactly_as_the_tokenizer() -> None:
    """Its remembered pieces give the tokenizer's own ids (so the very same vectors), on every
    question of the Quora data and on the edge cases: punctuation, case, long words, line
    breaks, truncation, accents and control characters (which take the tokenizer whole)."""
    from bastion.gateway.semcache.static_encoder import StaticEncoder
    from bastion.gateway.semcache.train import qqp_rows

    enc = StaticEncoder()
    enc.load()
    texts = list(dict.fromkeys(t for r in qqp_rows() for t in (r["a"], r["b"])))
    texts += [
        "  Hello,   WORLD!!  ",
        "a\tb\nc\rd",
        "x" * 150 + " y",  # past WordPiece's longest word: [UNK]
        " ".join(["word"] * 400),  # past the tokenizer's truncation
        "can't won't it's U.S.A. e-mail 3.14 $5 50% #tag @me",
        "",
        "   ",
        "Àccént café",
        "a\x0bb\x1cc",  # control characters the normaliser drops, not whitespace
        "日本語 text",
        "[UNK] [CLS]x a[SEP]b [mask] [PAD",  # special tokens, matched before normalisation
        "What is 12345)? (round 67890) 3.5k, 1e-9... x" + "9" * 40,
    ]
    for text in texts + texts[:50]:  # the second pass reads remembered pieces
        assert enc._ids(text) == enc._tok.encode(text, add_special_tokens=False).ids, text
    assert enc._pieces  # the plain texts went piece by piece


def test_new_pieces_are_split_into_the_tokenizers_wordpieces() -> None:
    """A piece not seen before is split here (``_wordpiece``), not by a call into the Rust
    tokenizer: the tokenizer's very ids on numbers as the bench appends them, random printable
    ASCII (punctuation runs, mixed case, digits, "##"), and words about WordPiece's longest
    (``max_input_chars_per_word``: 100), which become [UNK]."""
    import random
    import string

    from bastion.gateway.semcache.static_encoder import StaticEncoder

    enc = StaticEncoder()
    enc.load()
    rng = random.Random(7)
    printable = string.ascii_letters + string.digits + string.punctuation.replace("[", "")
    pieces = [
        f"{rng.randrange(10 ** rng.randrange(1, 12))}{rng.choice(['', ')', '),', '%', 'k', '.'])}" for _ in range(2000)
    ]
    pieces += ["".join(rng.choice(printable) for _ in range(rng.randrange(1, 40))) for _ in range(3000)]
    pieces += ["x" * n for n in (99, 100, 101, 140)] + ["a" * 100 + "!", "ab##c", "##", "##ing", "Un-BELIEVABLE!!"]
    for piece in pieces:
        assert enc._wordpiece(piece) == tuple(enc._tok.encode(piece, add_special_tokens=False).ids), piece

"""The embedder's encode paths (ONNX by default, torch as the fallback) give the same vectors as
``SentenceTransformer.encode`` (the int8 file that serves by default: close to them); the
exported ONNX file and its int8 copy are cached, made again when corrupt, made the same way
every time, and kept elsewhere when the cache directory cannot be written."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

from bastion.gateway.embeddings import MIN_COSINE_INT8, Embedder, TokenizerKey, _features, _quantize

from .conftest import watching_lanes

pytestmark = pytest.mark.anyio

TEXTS = [
    "How do I learn to play the guitar?",
    "What is the capital of Australia?",
    "Ünïcödé and émojis 🙂 and a much longer sentence " * 3,
    "x",
]


_NO_TORCH = (
    "import sys; from bastion.gateway.embeddings import Embedder; e = Embedder(); e.load(); "
    "e.embed_sync(['hello']); print(e.backend, e.variant, e.onnx_path.name.startswith('minilm-int8-'), "
    "'torch' in sys.modules, 'onnx' in sys.modules)"
)


def assert_same(got: np.ndarray, ref: np.ndarray, floor: float = 0.9999) -> None:
    assert got.shape == ref.shape
    assert got.dtype == np.float32
    assert float(np.min(np.sum(got * ref, axis=1))) > floor


def assert_close(got: np.ndarray, ref: np.ndarray) -> None:
    """The int8 model's vectors: near the fp32 model's, never the same."""
    cos = np.sum(got * ref, axis=1)
    assert_same(got, ref, floor=MIN_COSINE_INT8 - 0.02)
    assert float(np.max(cos)) < 0.9999


def test_onnx_int8_path_is_the_default_and_stays_close_to_reference(embedder: Embedder) -> None:
    assert embedder.backend == "onnx" and embedder.variant == "int8"
    # The serving process never loads torch (nor onnx, the quantiser's): both ran in subprocesses.
    probe = subprocess.run([sys.executable, "-c", _NO_TORCH], capture_output=True, text=True, timeout=300, check=False)
    assert probe.stdout.strip() == "onnx int8 True False False", probe.stderr[-2000:]
    assert embedder.onnx_path is not None and embedder.onnx_path.is_file()
    assert embedder.onnx_path.stat().st_size < 30_000_000  # ~23 MB against the fp32 file's 90
    fast = embedder.embed_sync(TEXTS)
    ref = embedder.embed_reference(TEXTS)
    assert fast.shape == (len(TEXTS), 384)
    assert_close(fast, ref)
    # One text alone and in a batch: the same vector (int8 encodes one text per run, as its
    # activation scale would otherwise depend on the batch-mates).
    alone = embedder.embed_sync(TEXTS[:1])[0]
    assert float(alone @ fast[0]) > 0.99999
    assert embedder.embed_sync([]).shape == (0, 384)


def test_fp32_variant_matches_reference(embedder: Embedder) -> None:
    e = Embedder(variant="fp32")
    e.load()
    assert e.backend == "onnx" and e.variant == "fp32"
    assert e.onnx_path is not None and embedder.onnx_path is not None
    # The int8 file is made from this export and kept beside it.
    assert e.onnx_path.parent == embedder.onnx_path.parent and e.onnx_path.stat().st_size > 80_000_000
    assert_same(e.embed_sync(TEXTS), e.embed_reference(TEXTS))
    with pytest.raises(ValueError, match="variant"):
        Embedder(variant="fp16")


def test_quantisation_is_deterministic(embedder: Embedder) -> None:
    """The same export quantised again gives the very bytes that serve (the heads are fitted on
    them; a gateway starting on another box of the same versions reads the same vectors)."""
    e = Embedder(variant="fp32")
    e.load()
    assert e.onnx_path is not None and embedder.onnx_path is not None
    assert _quantize(e.onnx_path.read_bytes()) == embedder.onnx_path.read_bytes()


def test_torch_path_matches_reference(tmp_path: Path) -> None:
    e = Embedder(backend="torch", cache_dir=tmp_path)
    e.load()
    assert e.backend == "torch" and e.variant == "fp32" and e.onnx_path is None
    assert_same(e.embed_sync(TEXTS), e.embed_reference(TEXTS))
    assert not list(tmp_path.iterdir())  # no export on the torch path


def test_export_is_cached_and_a_corrupt_file_is_exported_again(tmp_path: Path, embedder: Embedder) -> None:
    first = Embedder(cache_dir=tmp_path)
    first.load()
    int8 = first.onnx_path
    assert first.backend == "onnx" and first.variant == "int8" and int8 is not None and int8.parent == tmp_path
    # Made as in the shared cache: the same bytes.
    assert embedder.onnx_path is not None and int8.read_bytes() == embedder.onnx_path.read_bytes()
    # The fp32 export, its probe vectors and the int8 copy; no temp file left behind.
    (fp32,) = (p for p in tmp_path.glob("minilm-*.onnx") if p != int8)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fp32.name, fp32.stem + ".probe.npy", int8.name])
    stamps = {p: p.stat().st_mtime_ns for p in (fp32, int8)}

    second = Embedder(cache_dir=tmp_path)
    second.load()
    assert second.onnx_path == int8 and all(p.stat().st_mtime_ns == t for p, t in stamps.items())  # reused
    # A cached int8 file serves without its fp32 source.
    fp32_bytes = fp32.read_bytes()
    fp32.unlink()
    alone = Embedder(cache_dir=tmp_path)
    alone.load()
    assert alone.onnx_path == int8 and not fp32.exists()
    fp32.write_bytes(fp32_bytes)

    # A corrupt fp32 export is exported again; a corrupt int8 file quantised again.
    for path in (fp32, int8):
        good = path.read_bytes()
        corrupt = good[: len(good) // 3] + b"\x00garbage" * 64
        path.write_bytes(corrupt)
        variant = "fp32" if path == fp32 else "int8"
        again = Embedder(cache_dir=tmp_path, variant=variant)
        again.load()
        assert again.backend == "onnx" and again.variant == variant and again.onnx_path == path
        assert path.read_bytes() == good
    assert_close(again.embed_sync(TEXTS), again.embed_reference(TEXTS))

    # An int8 file that cannot be made (here: a directory in its place) leaves the fp32 export
    # serving, logged, rather than torch or nothing.
    int8.unlink()
    int8.mkdir()
    fallback = Embedder(cache_dir=tmp_path)
    fallback.load()
    assert fallback.backend == "onnx" and fallback.variant == "fp32" and fallback.onnx_path == fp32
    assert_same(fallback.embed_sync(TEXTS), fallback.embed_reference(TEXTS))


def test_unwritable_cache_dir_falls_back_to_a_temp_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory's parent should be")
    e = Embedder(cache_dir=blocker / "models")
    e.load()
    assert e.backend == "onnx" and e.variant == "int8"
    assert e.onnx_path is not None and e.onnx_path.parent.parent == Path(tempfile.gettempdir())
    assert_close(e.embed_sync(TEXTS), e.embed_reference(TEXTS))


def test_large_inputs_are_encoded_in_bounded_batches() -> None:
    small = Embedder(max_batch=3)
    texts = [f"{'word ' * (i % 5)}sentence {i}" for i in range(10)]
    out = small.embed_sync(texts)
    ref = small.embed_reference(texts)
    assert small.backend == "onnx"
    assert out.shape == (10, 384)
    assert_close(out, ref)
    # Grouped by length or not, the same vectors.
    assert_same(out, np.concatenate([small.embed_sync([t]) for t in texts]), floor=0.99999)


async def test_concurrent_callers_are_batched_and_correct(embedder: Embedder) -> None:
    import anyio

    texts = [f"question number {i} about caching" for i in range(24)]
    out: dict[int, np.ndarray] = {}

    async def one(i: int) -> None:
        out[i] = await embedder.embed_one(texts[i])

    async with anyio.create_task_group() as tg:
        for i in range(len(texts)):
            tg.start_soon(one, i)
    ref = embedder.embed_sync(texts)
    for i in range(len(texts)):
        assert float(out[i] @ ref[i]) > 0.99999


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


async def test_texts_encoded_at_once_give_the_vectors_one_by_one_gives() -> None:
    """The int8 file runs up to ``workers`` texts at once, each on one intra-op thread: the
    vectors are bit-identical to one text at a time on the default threads, whoever they
    were queued with."""
    import anyio

    together, alone = Embedder(workers=2), Embedder(workers=1)
    together.load()
    alone.load()
    assert (together.parallel, alone.parallel) == (2, 1)
    texts = [f"{'a longer question about the cache ' * (i % 4)}number {i}" for i in range(16)]
    out: dict[int, np.ndarray] = {}

    async def one(i: int) -> None:
        out[i] = await together.embed_one(texts[i])

    async with anyio.create_task_group() as tg:
        for i in range(len(texts)):
            tg.start_soon(one, i)
    ref = np.stack([alone.embed_sync([t])[0] for t in texts])
    assert np.array_equal(np.stack([out[i] for i in range(len(texts))]), ref)
    # A call of many texts (not seen before: no recent-vector hits) is shared out among the runs too.
    more = [f"{t}, asked again" for t in texts]
    assert np.array_equal(await together.embed(more), np.stack([alone.embed_sync([t])[0] for t in more]))


async def test_a_call_of_two_new_texts_runs_them_on_two_lanes_at_once() -> None:
    """The MiniLM stage's two texts (a candidate not pre-encoded) run side by side, not one after
    the other, and give the vectors they give alone."""
    embedder = Embedder(workers=2)
    embedder.load()
    texts = ["How do I renew my passport online?", "What is the fastest way to renew a passport?"]
    out, lanes = await watching_lanes(embedder, lambda: embedder.embed(texts))
    assert lanes == 2
    assert embedder.in_use == 0 and not embedder.busy
    assert np.array_equal(out, np.stack([embedder.embed_sync([t])[0] for t in texts]))
    # Asked again: both remembered, no lane taken.
    assert np.array_equal(await embedder.embed(texts), out)
    assert embedder.in_use == 0


async def test_a_call_cancelled_before_its_encodes_leaves_the_embedder_idle() -> None:
    """A caller's timeout firing before its texts ran (the MiniLM stage's ``timeout_s``) holds no
    lane and leaves nothing queued: the embedder is not ``busy`` (which would keep the background
    pre-encoder waiting) and the next call encodes as usual."""
    import anyio

    embedder = Embedder(workers=2)
    embedder.load()
    texts = ["Is a heat pump worth it in a cold climate?", "Do heat pumps work well when it is freezing?"]
    with anyio.move_on_after(0):
        await embedder.embed(texts)
    assert embedder.in_use == 0 and not embedder.busy
    out = await embedder.embed(texts)
    assert np.array_equal(out, np.stack([embedder.embed_sync([t])[0] for t in texts]))
    assert embedder.in_use == 0 and not embedder.busy


@pytest.mark.anyio
async def test_a_caller_cancelled_while_its_texts_encode_still_lets_the_others_finish() -> None:
    """The draining caller's timeout fires while a batch runs and another caller's text waits
    in the queue behind it: the run still delivers, a drain carries on for the waiting text, and
    the other caller gets its vector (it must never wait forever)."""
    import anyio

    embedder = Embedder(workers=1)
    embedder.load()
    long_text = " ".join(["The quarterly report covers revenue, costs and the hiring plan."] * 30)
    other = "What is the boiling point of water at sea level?"
    got: list[np.ndarray] = []

    async def drainer() -> None:
        with anyio.move_on_after(0.002):  # while its long text encodes (tens of ms), or before
            await embedder.embed([long_text])

    async def waiter() -> None:
        await anyio.sleep(0)  # queued after the drainer took the lane
        got.append(await embedder.embed_one(other))

    with anyio.fail_after(60):
        async with anyio.create_task_group() as tg:
            tg.start_soon(drainer)
            tg.start_soon(waiter)
    assert np.array_equal(got[0], embedder.embed_sync([other])[0])
    with anyio.fail_after(60):
        while embedder.busy or embedder.in_use:
            await anyio.sleep(0.01)


async def test_a_draining_caller_returns_once_its_own_texts_are_encoded() -> None:
    """Under steady concurrent load the queue is never empty: a caller that drains it must not
    stay the drainer for the callers arriving after it (with two lanes at concurrency 4, the
    first two callers of a run of 100 used to wait ~1.3 s, every other ~50 ms). Here the first
    caller's text is followed at once by 12 others: it returns among the first, and all 13 get
    the vectors their texts give alone."""
    import anyio

    embedder = Embedder(workers=2)
    embedder.load()
    texts = [f"{'a question about the quarterly hiring plan ' * 2}number {i}" for i in range(13)]
    finished: list[int] = []
    out: dict[int, np.ndarray] = {}

    async def one(i: int) -> None:
        out[i] = await embedder.embed_one(texts[i])
        finished.append(i)

    with anyio.fail_after(60):
        async with anyio.create_task_group() as tg:
            for i in range(len(texts)):
                tg.start_soon(one, i)
    assert finished.index(0) < 3, finished
    assert not embedder.busy and embedder.in_use == 0
    for i, t in enumerate(texts):
        assert np.array_equal(out[i], embedder.embed_sync([t])[0])


async def test_an_idle_embedder_encodes_a_text_on_the_callers_thread(embedder: Embedder) -> None:
    """``embed_here``: the vector the lanes give, remembered among the recent texts and counted;
    nothing done while foreground texts are queued or encoding (the caller would overtake them)."""
    import anyio

    text = "Is it safe to run a dishwasher overnight while asleep?"
    before = embedder.encoded
    here = embedder.embed_here(text)
    assert here is not None and embedder.encoded - before == 1
    assert np.array_equal(here, embedder.embed_sync([text])[0])
    assert np.array_equal(await embedder.embed([text]), here[None, :])
    assert embedder.encoded - before == 1  # answered from the recent texts
    other = "Can a dishwasher be left running overnight, unattended, safely?"
    async with anyio.create_task_group() as tg:
        tg.start_soon(embedder.embed, ["A longer text that keeps a lane busy for a moment: " * 8])
        await anyio.sleep(0)
        assert embedder.busy
        assert embedder.embed_here(other) is None
    assert embedder.known(other) is None


class _WrongTokens:
    """A token source of another tokenizer (its key differs): its ids must not be used."""

    def __init__(self, key: TokenizerKey) -> None:
        self.tokenizer = TokenizerKey(key.file.with_name("other.json"), key.max_len)

    def token_ids(self, text: str) -> list[int]:
        return [1000] * 5


def test_a_text_run_from_the_static_encoders_ids_is_the_same_run(embedder: Embedder) -> None:
    """``embed_here`` with the cache's static encoder as its token source (the MiniLM stage's
    new prompt): the ids the tokenizer gives, special tokens and truncation included, so the
    vector of the text tokenised whole, on plain questions, the synonym reading's texts, long,
    non-ASCII and bracketed ones; a source of another tokenizer is not read."""
    from bastion.gateway.semcache.lexicon import read_synonyms
    from bastion.gateway.semcache.static_encoder import shared_static_encoder

    from .pairs import PARAPHRASES

    static = shared_static_encoder()
    assert static.tokenizer == embedder._tokenizer_key
    fast = embedder._fast
    texts = [t for pair in PARAPHRASES for t in pair]
    texts += [read_synonyms(t) for t in texts]
    texts += ["", "[CLS] hi [SEP] [UNK]", "café au lait, naïve 日本語?", "word " * 400, "x" * 3000, "a\tb\nc!?"]
    for t in texts:
        feed = _features(fast._tokenizer, [t])  # type: ignore[union-attr]
        ids = [*fast._head, *static.token_ids(t)[: fast._room], *fast._tail]  # type: ignore[union-attr]
        assert ids == feed["input_ids"][0].tolist(), t
    for t in texts[::7] + texts[-6:]:
        embedder._recent.clear()
        here = embedder.embed_here(t, static)
        assert here is not None and np.array_equal(here, embedder.embed_sync([t])[0]), t
    text = "Is it safe to leave a dishwasher running overnight?"
    wrong = embedder.embed_here(text, _WrongTokens(static.tokenizer))
    assert wrong is not None and np.array_equal(wrong, embedder.embed_sync([text])[0])

"""The cache's learned transform of the static vectors (``cache_transform.npz``).

It is a separate step over the static encoder (whose raw output the injection head reads), it
is deterministic and small, it separates Quora duplicates from non-duplicates better than the
raw vectors on the held-out split, and vectors written under another transform are never
compared with the cache's (one vector collection per transform version).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from bastion.gateway.sections import SettingsError
from bastion.gateway.semcache import train
from bastion.gateway.semcache.index import VectorIndex
from bastion.gateway.semcache.keys import request_keys
from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.settings import parse_semcache_settings
from bastion.gateway.semcache.static_encoder import DIMS, shared_static_encoder
from bastion.gateway.semcache.transform import (
    TRANSFORM,
    CacheEncoder,
    CacheTransform,
    LearnedTable,
    shared_cache_encoder,
    write_transform,
)
from bastion.gateway.semcache.verifier import WEIGHTS

from .conftest import ask, chat, chat_call

PROMPTS = ["How do I buy my first home?", "What is the capital of France?", "How can I fall asleep quickly?"]


def test_the_shipped_transform_loads_is_small_and_names_its_vectors() -> None:
    t = CacheTransform.load()
    assert t.projection.shape == (DIMS, DIMS)
    assert 1_000 < len(t.ids) == len(t.weights) < 30_522
    assert TRANSFORM.stat().st_size < 256_000
    assert len(t.version) == 12 and int(t.version, 16) >= 0
    vecs = shared_cache_encoder().embed_sync(PROMPTS)
    assert vecs.shape == (3, DIMS) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_the_static_encoder_output_is_left_as_it_was() -> None:
    """The transform is a step of the cache's own: the static encoder (the injection head's
    features) returns its raw vectors, and a transform that changes nothing gives them back, for
    the prompts as the cache reads them (the synonym reading: "quickly" is read "fast")."""
    static = shared_static_encoder()
    raw = static.embed_sync([read_synonyms(p) for p in PROMPTS])
    none = CacheTransform.from_arrays(np.zeros(0), np.zeros(0), np.eye(DIMS))
    assert np.allclose(CacheEncoder(static, none).embed_sync(PROMPTS), raw, atol=2e-3)
    shipped = shared_cache_encoder().embed_sync(PROMPTS)
    assert np.all(np.sum(shipped * raw, axis=1) < 0.999)
    assert none.version != shared_cache_encoder().version


def test_a_learned_table_replaces_the_rows_the_cache_reads_and_nothing_else() -> None:
    """``LearnedTable`` (``train --table``, measured for issue #13): the cache's vectors come
    from its rows, tokenised as the static encoder tokenises; the static encoder's own rows
    (the injection head's) are untouched; a table of another vocabulary or width is refused."""
    static = shared_static_encoder()
    before = static.embed_sync(PROMPTS)
    t = CacheTransform.load()
    same = CacheEncoder(LearnedTable(static, static.table.copy()), t).embed_sync(PROMPTS)
    assert np.allclose(same, CacheEncoder(static, t).embed_sync(PROMPTS), atol=1e-6)
    rows = np.random.default_rng(0).standard_normal(static.table.shape).astype(np.float32)
    other = CacheEncoder(LearnedTable(static, rows), t).embed_sync(PROMPTS)
    assert np.all(np.sum(other * same, axis=1) < 0.9)
    assert np.array_equal(static.embed_sync(PROMPTS), before)
    with pytest.raises(ValueError, match="rows for a vocabulary"):
        LearnedTable(static, rows[:100]).load()
    with pytest.raises(ValueError, match="shape"):
        LearnedTable(static, rows[:, :10])


def test_the_verifier_was_trained_over_the_shipped_transform() -> None:
    """The verifier's features include the transform's cosine: both are written by one
    ``make train-semcache`` run, and the weights name the transform they were fitted over."""
    assert json.loads(WEIGHTS.read_text())["transform"] == CacheTransform.load().version


def test_the_file_is_byte_identical_when_written_again(tmp_path: Path) -> None:
    again = tmp_path / "again.npz"
    write_transform(again, CacheTransform.load())
    assert again.read_bytes() == TRANSFORM.read_bytes()
    assert CacheTransform.load(again).version == CacheTransform.load().version


def test_fitting_is_deterministic() -> None:
    """The same pairs give the same transform (a small slice of the training part: seconds)."""
    pairs, _ = train.datasets()
    rows = np.arange(0, len(pairs.a), 20)
    part = train.subset(pairs, rows)
    weights = np.ones(len(rows))
    static = shared_static_encoder()
    first = train.fit_transform(part, weights, static)
    second = train.fit_transform(part, weights, static)
    assert first.version == second.version
    assert first.version != CacheTransform.load().version  # it did learn something from the slice


def test_the_transform_tells_quora_duplicates_apart_better_on_the_held_out_split() -> None:
    """The cosine's ranking of held-out qqp pairs (never fitted on): duplicates above
    non-duplicates more often with the transform than with the raw static vectors."""
    _, held = train.datasets()
    qqp = np.flatnonzero(np.asarray(held.source) == "qqp")
    a, b, label = [held.a[i] for i in qqp], [held.b[i] for i in qqp], held.label[qqp]
    raw, cache = shared_static_encoder(), shared_cache_encoder()
    before = roc_auc_score(label, np.sum(raw.embed_sync(a) * raw.embed_sync(b), axis=1))
    after = roc_auc_score(label, np.sum(cache.embed_sync(a) * cache.embed_sync(b), axis=1))
    assert after > before + 0.03, (before, after)


@pytest.mark.anyio
async def test_vectors_written_under_another_transform_are_not_compared(make_cache, tmp_path: Path) -> None:
    """A store written before this transform (raw static vectors under the collection's bare
    name, as the previous release wrote them) is not read: its vectors mean something else.
    The cache starts its own collection, named by the transform's version."""
    stored, paraphrase = "How do I buy my first home?", "How do I purchase my first house?"
    request = chat(chat_call(stored)).request
    keys = request_keys(request)
    assert keys.context is not None
    old = VectorIndex("bastion_llm_cache_static", tmp_path / "data", dim=DIMS)
    await old.open()
    now = time.time()
    meta = {"ns": "org", "ctx": keys.context, "model": "gpt-test", "t": now, "exp": now + 3600, "eid": keys.exact}
    row = (f"org:{keys.exact}", shared_static_encoder().embed_sync([stored])[0], stored, {**meta, "pre": False})
    await old.add_to_mirror([row])
    await old.persist([row])
    old.close()

    async with make_cache() as (_, cache):
        call = chat_call(paraphrase)
        await cache.lookup(call)
        assert not call.served_from_cache
        assert call.cache["phases"]["semantic"]["candidates"] == 0
        # Stored under this transform, the question is found and served.
        assert await ask(cache, chat_call(stored)) is None
        again = chat_call(paraphrase)
        assert await ask(cache, again) == stored, again.cache
        assert again.cache["phase"] == "semantic"


def test_a_collection_name_too_long_for_the_version_suffix_is_refused_at_configuration() -> None:
    """The version (``_`` + 12 hex digits) is appended to the collection: a name that would
    then pass Chroma's 63 characters is refused when the settings are read, not at start-up."""
    full = f"{'c' * 50}_{shared_cache_encoder().version}"
    assert len(full) <= 63
    assert parse_semcache_settings({"collection": "c" * 50}).collection == "c" * 50
    with pytest.raises(SettingsError, match="collection"):
        parse_semcache_settings({"collection": "c" * 51})


def test_the_cache_encoder_gives_the_numbers_of_its_list_indexed_sum() -> None:
    """``CacheEncoder`` gathers the token rows through one converted index array: bit for bit
    the vectors of indexing by the id list as before, on Quora questions and the bench's
    numbered prompts (pieces the encoder has not seen), read as the cache reads them (synonyms)."""
    encoder = shared_cache_encoder()
    encoder.load()
    assert encoder._weights is not None
    questions = list(dict.fromkeys(t for r in train.qqp_rows()[:1500] for t in (r["a"], r["b"])))
    for i, text in enumerate(questions + [f"{q} (round {i})" for i, q in enumerate(questions)]):
        ids = encoder.static.token_ids(read_synonyms(text))
        v = (encoder._weights[ids] @ encoder.static.table[ids]) @ encoder._projection
        want = v / float(np.sqrt(v @ v))
        np.testing.assert_array_equal(encoder.embed_sync([text])[0], want, err_msg=f"prompt {i}")

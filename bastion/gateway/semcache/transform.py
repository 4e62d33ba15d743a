"""The cache's own view of the static vectors: learned token weights and a projection.

The static encoder (:mod:`~bastion.gateway.semcache.static_encoder`) is MiniLM's token vectors
summed with a Zipf (SIF) weighting: a general-purpose embedding, shared with the injection
detector, whose cosine tells duplicates from other questions on the same subject poorly. The
cache re-weighs it for its one job, "is this the same question?":

* a learned weight per token (``exp(u)``, like model2vec's tokenlearn weighting): words that
  decide what is asked ("refund", "visa") weigh more, filler that Quora questions share
  ("best", "way", "good") less;
* a learned ``DIMS x DIMS`` linear map, initialised at the identity, applied before the cosine.

Both are fitted by ``make train-semcache`` (:mod:`~bastion.gateway.semcache.train`) on the
training part of qqp-dev and the hand-written pairs, logistic loss on the pair cosine, and
shipped as ``cache_transform.npz`` (float16, ~150 KB). A prompt's cache vector is
``normalise((w[ids] @ table[ids]) @ projection)``: one small mat-vec more than the static
encoder (~10 us), no second table in memory.

:class:`StaticEncoder` itself is unchanged (the injection head's features are its raw output);
only the cache's vectors go through the transform. The transform's ``version`` (a hash of its
file) names the cache's vector collection, so vectors written under another transform are
never compared with these: a new transform starts an empty collection (see ``docs/semcache.md``).
"""

from __future__ import annotations

import functools
import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bastion.gateway.semcache.lexicon import READING_VERSION, read_synonyms
from bastion.gateway.semcache.static_encoder import DIMS, StaticEncoder, shared_static_encoder

TRANSFORM = Path(__file__).with_name("cache_transform.npz")


@dataclass(frozen=True)
class CacheTransform:
    """Learned weights of some tokens (every other token weighs 1) and a projection."""

    ids: np.ndarray
    weights: np.ndarray
    projection: np.ndarray
    #: Names the vectors this transform makes (a hash of its arrays): a changed transform
    #: means a new vector collection.
    version: str

    @staticmethod
    def from_arrays(ids: np.ndarray, weights: np.ndarray, projection: np.ndarray) -> CacheTransform:
        """As the file holds them: int32 ids, float16 weights and projection."""
        ids, weights, projection = ids.astype("<i4"), weights.astype("<f2"), projection.astype("<f2")
        if projection.shape != (DIMS, DIMS) or ids.shape != weights.shape:
            raise ValueError(f"a cache transform of shapes {ids.shape}, {weights.shape}, {projection.shape}")
        digest = hashlib.sha256()
        for a in (ids, weights, projection):
            digest.update(a.tobytes())
        return CacheTransform(ids, weights, projection, digest.hexdigest()[:12])

    @staticmethod
    def load(path: Path = TRANSFORM) -> CacheTransform:
        try:
            with np.load(path) as d:
                return CacheTransform.from_arrays(d["ids"], d["weights"], d["projection"])
        except (OSError, KeyError, ValueError) as e:
            raise ValueError(f"{path}: no usable cache transform ({e}); run `make train-semcache`") from e

    def token_weights(self, vocab: int) -> np.ndarray:
        """One weight per token of the vocabulary (float32)."""
        out = np.ones(vocab, np.float32)
        out[self.ids.astype(np.intp)] = self.weights.astype(np.float32)
        return out


def write_transform(path: Path, t: CacheTransform) -> None:
    """Write the transform as a ``.npz`` whose bytes depend only on the arrays (``np.savez``
    stamps each member with the current time, so a rebuild would always differ)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, a in (
            ("ids", t.ids),
            ("weights", t.weights),
            ("projection", t.projection),
        ):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(a), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, member.getvalue())
    path.write_bytes(buf.getvalue())


class LearnedTable:
    """The static encoder's tokenisation with the cache's own token rows (issue #13): rows
    regressed onto MiniLM's sentence vectors (``scripts/semcache_tokenlearn.py``) in place of
    the distilled ones, for the cache's vectors only (the injection head and the verifier's
    word alignment keep reading :class:`StaticEncoder`'s rows). Offers what
    :class:`CacheEncoder` and ``train.fit_transform`` read of a static encoder."""

    def __init__(self, static: StaticEncoder, rows: np.ndarray) -> None:
        if rows.ndim != 2 or rows.shape[1] != DIMS:
            raise ValueError(f"a learned token table of shape {rows.shape}")
        self.static = static
        self._rows = rows.astype(np.float32)

    def load(self) -> None:
        self.static.load()
        if self._rows.shape[0] != self.static.table.shape[0]:
            raise ValueError(
                f"a learned token table of {self._rows.shape[0]} rows for a vocabulary of {self.static.table.shape[0]}"
            )

    @property
    def loaded(self) -> bool:
        return self.static.loaded

    @property
    def table(self) -> np.ndarray:
        self.load()
        return self._rows

    def token_ids(self, text: str) -> list[int]:
        return self.static.token_ids(text)


class CacheEncoder:
    """The semantic cache's encoder: the static encoder's token rows through the learned
    transform. Same contract as :class:`StaticEncoder` (``load``, ``embed``, ``embed_one``,
    ``embed_sync``; unit float32 rows of ``dim``), plus ``version``."""

    dim = DIMS

    def __init__(self, static: StaticEncoder | LearnedTable, transform: CacheTransform | None = None) -> None:
        # ``static`` stays the static encoder (the cache reads its tokenisation and vocabulary);
        # the token rows come from ``_rows``: the same encoder, or a learned table over it.
        self.static = static.static if isinstance(static, LearnedTable) else static
        self._rows = static
        # The file is small (read now, so ``version`` is known before the table is loaded).
        self.transform = transform if transform is not None else CacheTransform.load()
        self._projection = self.transform.projection.astype(np.float32)
        self._weights: np.ndarray | None = None

    @property
    def version(self) -> str:
        """Names the vectors this encoder makes: the transform's version and the synonym reading's
        (a vector means something only under both; 12 hex digits)."""
        return hashlib.sha256(f"{self.transform.version}:{READING_VERSION}".encode()).hexdigest()[:12]

    def load(self) -> None:
        if self._weights is None:
            self._weights = self.transform.token_weights(self._rows.table.shape[0])

    @property
    def loaded(self) -> bool:
        return self._weights is not None and self.static.loaded

    def _one(self, text: str) -> np.ndarray:
        assert self._weights is not None
        # The synonym reading (lexicon.py): "repair my automobile" encodes as "fix my car".
        ids = self.static.token_ids(read_synonyms(text))
        if not ids:
            return np.zeros(DIMS, dtype=np.float32)
        # One conversion of the ids for both gathers (a list indexes by converting itself each time).
        at = np.array(ids, dtype=np.intp)
        v: np.ndarray = (self._weights[at] @ self._rows.table[at]) @ self._projection
        norm = float(np.sqrt(v @ v))
        return v / norm if norm > 1e-12 else v

    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        self.load()
        out = np.empty((len(texts), DIMS), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._one(text)
        return out

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_sync(texts)

    async def embed_one(self, text: str) -> np.ndarray:
        self.load()
        return self._one(text)


@functools.cache
def shared_cache_encoder() -> CacheEncoder:
    """The process's cache encoder, over the shared static encoder (one token table)."""
    return CacheEncoder(shared_static_encoder())

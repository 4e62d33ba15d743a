"""The injection detector's nearest-exemplar floor (issue #14): a text the fine-tuned MiniLM
places much nearer to an attack of our own corpora than to any of their benign twins is flagged
even when the fused score stays under the level.

The *kNN margin* of a vector ``v`` is ``max cos(v, attack exemplar) - max cos(v, benign
exemplar)``. The sentence stage's linear model reads the same vector but draws one hyperplane;
attacks it misses often lie right beside an attack family of another corpus round, which a
nearest-neighbour reading sees. The floor applies only where the detector runs MiniLM anyway
(texts of up to ``MEDIUM_WINDOWS`` windows past the gate, on the windows it reads there), so it
adds a matrix product per read window (a few thousand exemplars of 384 int8 values), never a
transformer pass on a text below the gate.

The bank (``injection_exemplars.npz``) is built by ``scripts/injection_exemplar_gate.py --write``
(``make train-exemplars``): the tuning families of the own corpora, plus round twenty-one's
benign twins, merged where two exemplars of one label are within cosine 0.8, stored in int8;
``floor`` is the margin that flags 0.1% of benign texts the encoder was never fine-tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np

from bastion.gateway.embeddings import single_threaded_blas, unit_rows

EXEMPLARS_FILE = Path(__file__).with_name("injection_exemplars.npz")
#: Stored vectors are unit vectors times this, rounded to int8.
INT8_SCALE = 127.0


@dataclass(frozen=True)
class ExemplarFloor:
    """The exemplars (int8 unit vectors and their labels), the floor on the margin, and the
    SHA-256 of the encoder delta the vectors were read with (a floor is used only with the
    sentence stage fitted on that encoder: other vectors would not be comparable)."""

    vectors: np.ndarray
    attack: np.ndarray
    floor: float
    encoder: str

    def unit(self) -> np.ndarray:
        """The exemplars as float32 unit vectors (the int8 values renormalised)."""
        return unit_rows(np.asarray(self.vectors, np.float32) / INT8_SCALE)

    @cached_property
    def _bank(self) -> tuple[np.ndarray, np.ndarray]:
        """Attack and benign exemplars (transposed for the product). Built on the first margin,
        which is where numpy's BLAS is kept on the calling thread: split over two cores, its
        worker threads spin after each product and take the core the event loop needs."""
        single_threaded_blas()
        v, a = self.unit(), np.asarray(self.attack, bool)
        return np.ascontiguousarray(v[a].T), np.ascontiguousarray(v[~a].T)

    def margins(self, vecs: np.ndarray) -> np.ndarray:
        """The kNN margin of each row of ``vecs`` (MiniLM sentence vectors, L2-normalised)."""
        q = np.asarray(vecs, np.float32)
        if not len(q):
            return np.zeros(0)
        q = unit_rows(q)
        attacks, benign = self._bank
        out: np.ndarray = (q @ attacks).max(axis=1) - (q @ benign).max(axis=1)
        return out.astype(np.float64)

    def above(self, vecs: np.ndarray) -> np.ndarray:
        """Whether each vector's margin reaches the floor."""
        out: np.ndarray = self.margins(vecs) >= self.floor
        return out

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vectors=np.asarray(self.vectors, np.int8),
            attack=np.asarray(self.attack, bool),
            floor=np.array(self.floor, np.float64),
            encoder=np.array(self.encoder),
        )

    @classmethod
    def load(cls, path: Path) -> ExemplarFloor:
        with np.load(path) as z:
            return cls(z["vectors"], z["attack"], float(z["floor"]), str(z["encoder"]))

    @classmethod
    def from_unit(cls, vecs: np.ndarray, attack: np.ndarray, floor: float, encoder: str) -> ExemplarFloor:
        """A floor over unit vectors ``vecs``, stored as int8 (what ships)."""
        q = np.clip(np.round(np.asarray(vecs, np.float64) * INT8_SCALE), -127, 127).astype(np.int8)
        return cls(q, np.asarray(attack, bool), float(floor), encoder)


@cache
def shipped_floor() -> ExemplarFloor | None:
    """The floor in the package (None when the file is absent: the detector runs without it)."""
    return ExemplarFloor.load(EXEMPLARS_FILE) if EXEMPLARS_FILE.exists() else None

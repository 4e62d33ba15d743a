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

The *k-mean margin* (branch j143; an option, ``InjectionSpec.exemplar_k``) reads the mean cosine
of the ``k`` nearest attack exemplars minus that of the ``k`` nearest benign ones: a reading less
tied to one exemplar's wording (j126 found the nearest-exemplar floor reaching only near copies
of banked wording). Its floor is calibrated by the same rule on the same texts and stored beside
the nearest one (``mean_floors``); a bank without a floor for a ``k`` cannot be read with it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

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
    #: The nearest-exemplar reading's floor (``k`` = 1).
    floor: float
    encoder: str
    #: Floors calibrated for the k-mean readings, as ``(k, floor)`` pairs (k > 1).
    mean_floors: tuple[tuple[int, float], ...] = ()
    #: The reading :meth:`margins` and :meth:`above` apply: 1, the nearest exemplar of each
    #: label; k > 1, the mean of the k nearest (:meth:`with_k` picks one with a floor).
    k: int = 1

    def with_k(self, k: int) -> ExemplarFloor:
        """This bank read with the k-mean margin (``k`` = 1: the nearest exemplar); a ``k``
        without a calibrated floor is an error (its margins are on another scale)."""
        if k != 1 and k not in dict(self.mean_floors):
            calibrated = [1, *sorted(dict(self.mean_floors))]
            raise ValueError(f"the exemplar bank has no floor for k={k} (calibrated: {calibrated})")
        return self if k == self.k else replace(self, k=k)

    @property
    def level(self) -> float:
        """The floor of the reading applied (``k``)."""
        return self.floor if self.k == 1 else dict(self.mean_floors)[self.k]

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
        """The kNN margin (``k``) of each row of ``vecs`` (MiniLM sentence vectors)."""
        q = np.asarray(vecs, np.float32)
        if not len(q):
            return np.zeros(0)
        q = unit_rows(q)
        attacks, benign = self._bank
        out: np.ndarray = top_k_mean(q @ attacks, self.k) - top_k_mean(q @ benign, self.k)
        return out.astype(np.float64)

    def above(self, vecs: np.ndarray) -> np.ndarray:
        """Whether each vector's margin reaches the floor of the reading applied."""
        out: np.ndarray = self.margins(vecs) >= self.level
        return out

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {
            "vectors": np.asarray(self.vectors, np.int8),
            "attack": np.asarray(self.attack, bool),
            "floor": np.array(self.floor, np.float64),
            "encoder": np.array(self.encoder),
        }
        if self.mean_floors:  # written only when calibrated: a nearest-only bank keeps its bytes
            arrays["mean_floors"] = np.array(self.mean_floors, np.float64)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> ExemplarFloor:
        with np.load(path) as z:
            means = tuple((int(k), float(f)) for k, f in z["mean_floors"]) if "mean_floors" in z else ()
            return cls(z["vectors"], z["attack"], float(z["floor"]), str(z["encoder"]), means)

    @classmethod
    def from_unit(
        cls,
        vecs: np.ndarray,
        attack: np.ndarray,
        floor: float,
        encoder: str,
        mean_floors: tuple[tuple[int, float], ...] = (),
    ) -> ExemplarFloor:
        """A floor over unit vectors ``vecs``, stored as int8 (what ships)."""
        q = np.clip(np.round(np.asarray(vecs, np.float64) * INT8_SCALE), -127, 127).astype(np.int8)
        return cls(q, np.asarray(attack, bool), float(floor), encoder, mean_floors)


def top_k_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Per row of ``sims``, the mean of its ``k`` largest values (k = 1: the maximum; fewer
    columns than ``k``: the mean of all). ``np.partition`` is linear in the columns, so the
    k-mean costs about what the maximum does over a bank of thousands."""
    out: np.ndarray
    if k == 1:
        out = sims.max(axis=1)
    elif sims.shape[1] <= k:
        out = sims.mean(axis=1)
    else:
        out = np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1)
    return out


@cache
def shipped_floor() -> ExemplarFloor | None:
    """The floor in the package (None when the file is absent: the detector runs without it)."""
    return ExemplarFloor.load(EXEMPLARS_FILE) if EXEMPLARS_FILE.exists() else None

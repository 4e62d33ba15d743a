"""Issue #14 (branch j143): the exemplar floor's k-mean margin, an option of the floor
(``InjectionSpec.exemplar_k``). With ``k`` > 1 a window's margin is the mean cosine of its ``k``
nearest attack exemplars minus that of its ``k`` nearest benign ones, compared with a floor
calibrated for that reading (``mean_floors`` in the bank); the nearest reading (k = 1) is what
ships unless docs/policy.md says otherwise. Real vectors throughout: the shipped bank's own
int8 exemplars, and MiniLM vectors of written texts."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from bastion.gateway.policy.detectors.injection import InjectionDetector
from bastion.gateway.policy.detectors.injection_exemplars import ExemplarFloor, shipped_floor, top_k_mean
from bastion.gateway.policy.model import InjectionSpec

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import policy_corpus_twentysix_fresh as twentysix  # noqa: E402


@pytest.fixture(scope="module")
def bank() -> ExemplarFloor:
    floor = shipped_floor()
    assert floor is not None
    return floor


def _queries(bank: ExemplarFloor) -> np.ndarray:
    """Real MiniLM vectors off the bank: every 97th exemplar, nudged toward its neighbour so no
    query is an exemplar itself."""
    v = bank.unit()
    return v[::97] * 0.7 + v[1::97][: len(v[::97])] * 0.3


def test_k_mean_margin_is_mean_of_k_nearest_attacks_minus_benign(bank: ExemplarFloor) -> None:
    k5 = bank.with_k(5)
    q = _queries(bank)
    v, a = bank.unit(), np.asarray(bank.attack, bool)
    qn = q / np.linalg.norm(q, axis=1, keepdims=True)
    sa, sb = np.sort(qn @ v[a].T, axis=1), np.sort(qn @ v[~a].T, axis=1)
    want = sa[:, -5:].mean(axis=1) - sb[:, -5:].mean(axis=1)
    assert np.allclose(k5.margins(q), want, atol=1e-5)
    # The nearest reading is unchanged, and the two readings differ on real vectors.
    assert np.allclose(bank.margins(q), sa[:, -1] - sb[:, -1], atol=1e-5)
    assert not np.allclose(k5.margins(q), bank.margins(q), atol=1e-3)
    assert (k5.above(q) == (k5.margins(q) >= k5.level)).all()


def test_top_k_mean_with_fewer_columns_than_k() -> None:
    sims = np.array([[0.1, 0.5, 0.3], [0.9, -0.2, 0.0]])
    assert np.allclose(top_k_mean(sims, 1), [0.5, 0.9])
    assert np.allclose(top_k_mean(sims, 2), [0.4, 0.45])
    assert np.allclose(top_k_mean(sims, 5), sims.mean(axis=1))


def test_shipped_bank_has_a_floor_for_k5(bank: ExemplarFloor) -> None:
    k5 = bank.with_k(5)
    assert k5.k == 5 and k5.level == dict(bank.mean_floors)[5]
    # The k-mean margin averages away the nearest exemplar's peak: its floor sits lower.
    assert 0.05 < k5.level < bank.floor
    assert bank.with_k(1) is bank and bank.level == bank.floor


def test_uncalibrated_k_is_refused(bank: ExemplarFloor) -> None:
    with pytest.raises(ValueError, match="no floor for k=3"):
        bank.with_k(3)
    nearest_only = ExemplarFloor(bank.vectors, bank.attack, bank.floor, bank.encoder)
    with pytest.raises(ValueError, match="no floor for k=5"):
        InjectionDetector(exemplars=nearest_only, exemplar_k=5)
    with pytest.raises(ValidationError):
        InjectionSpec(type="injection", exemplar_k=3)  # type: ignore[arg-type]


def test_mean_floors_round_trip(bank: ExemplarFloor, tmp_path: Path) -> None:
    small = ExemplarFloor(bank.vectors[:50], bank.attack[:50], 0.3, "enc", ((5, 0.2),))
    small.save(tmp_path / "b.npz")
    back = ExemplarFloor.load(tmp_path / "b.npz")
    assert back.mean_floors == ((5, 0.2),) and back.floor == 0.3
    assert np.array_equal(back.vectors, small.vectors)
    # A nearest-only bank is written without the field (its bytes as before the option).
    ExemplarFloor(bank.vectors[:50], bank.attack[:50], 0.3, "enc").save(tmp_path / "n.npz")
    with np.load(tmp_path / "n.npz") as z:
        assert "mean_floors" not in z
    assert ExemplarFloor.load(tmp_path / "n.npz").mean_floors == ()


@pytest.mark.anyio
async def test_detector_reads_the_chosen_k(bank: ExemplarFloor) -> None:
    k5 = InjectionDetector(exemplar_k=5)
    assert k5._floor is not None and k5._floor.k == 5
    assert InjectionDetector()._floor is bank
    # Real texts through the detector with the k-mean floor: verdicts on plain benign prompts
    # stay clean.
    plain = ["What's a good recipe for banana bread?", "How do I change a bicycle tyre?"]
    assert not any(await k5.adetect(plain))


def test_round_twentysix_is_all_held_out() -> None:
    rows = twentysix.build()
    assert rows and all(e.heldout for e in rows)
    assert sum(e.label for e in rows) == 120 and sum(1 - e.label for e in rows) == 180
    assert len({e.text for e in rows}) == len(rows)

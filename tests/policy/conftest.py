"""Fixtures: an in-process gateway app (real store, real admin API) and an admin client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from bastion.app import create_app
from bastion.gateway.policy.detectors.injection import SIGNALS, WIDENINGS, InjectionDetector, Widening
from bastion.settings import load_settings

ADMIN_KEY = "bst_policy_tests_admin_key_0123456789"


def make_app(data_dir: Path, policy: dict[str, Any] | None = None) -> Any:
    settings = load_settings(
        None, data_dir=str(data_dir), auth={"admin_key": ADMIN_KEY}, semcache={"enabled": False}, policy=policy or {}
    )
    return create_app(settings)


@pytest.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[tuple[Any, httpx.AsyncClient]]:
    """The app (lifespan entered) and an httpx client carrying the admin key."""
    app = make_app(tmp_path)
    # What the app's lifespan does (store, migrations, lifecycles such as the policy poller).
    async with app.state.core.running():
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app),
            base_url="http://gateway",
            headers={"authorization": f"Bearer {ADMIN_KEY}"},
        ) as client:
            yield app, client


@pytest.fixture(scope="session")
def embedder() -> Any:
    """One embedding model for every semantic test (loading it costs seconds)."""
    from bastion.gateway.embeddings import Embedder

    emb = Embedder()
    emb.load()
    return emb


@pytest.fixture(scope="session")
def det() -> InjectionDetector:
    """The injection detector with the shipped defaults: the learned head, sensitivity 1% (loads
    the head and the static table once for every test file that asks for it)."""
    d = InjectionDetector()
    d.load()
    return d


def assert_split_by_families(corpus: ModuleType, balanced: bool = False) -> None:
    """A written corpus round (``scripts/policy_corpus_*``): deterministic, every fifth family of a
    kind held out and no family on both sides, the kinds its module names; ``balanced``: as many
    benign rows as attacks."""
    rows = corpus.build()
    assert rows == corpus.build()
    held = {e.family for e in rows if e.heldout}
    train = {e.family for e in rows if not e.heldout}
    assert held and train and held.isdisjoint(train)
    assert all(int(f[-2:]) % 5 == 4 for f in held)
    assert {e.kind for e in rows} == set(corpus.ATTACK_KINDS + corpus.BENIGN_KINDS)
    if balanced:
        assert sum(e.label for e in rows) == sum(1 - e.label for e in rows)


def matching_widenings(block: Sequence[Widening], text: str) -> list[tuple[str, ...]]:
    """The signal names of the widenings of ``block`` that match ``text`` as the detector tries
    them (``requires`` first, then ``pattern``, after a carrier mark for those read only inside
    data: :meth:`Widening.matches`)."""
    return [w.names for w in block if w.matches(text)]


def assert_one_block_of_existing_signals(block: tuple[Widening, ...]) -> None:
    """A written round's widenings name no new signal (the head's feature layout is unchanged)
    and are part of the widenings the detector runs, in one piece."""
    assert {name for w in block for name in w.names} <= {s.name for s in SIGNALS}
    start = WIDENINGS.index(block[0])
    assert WIDENINGS[start : start + len(block)] == block


async def assert_flags_attacks_not_twins(
    det: InjectionDetector, attacks: Sequence[tuple[str, tuple[str, ...]]], benign: Sequence[str]
) -> None:
    """Head and patterns at the default sensitivity: every attack is flagged, no twin is."""
    found = await det.adetect([t for t, _ in attacks])
    assert [t for (t, _), ms in zip(attacks, found, strict=True) if not ms] == []
    flagged = await det.adetect(list(benign))
    assert [t for t, ms in zip(benign, flagged, strict=True) if ms] == []

"""Fixtures: an in-process gateway app (real store, real admin API) and an admin client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.app import create_app
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

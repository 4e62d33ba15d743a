"""Shared fixtures. Tests run real processes on loopback; see tests/gateway_process.py."""

from __future__ import annotations

import os

import pytest

# Never reach for a model hub, whatever a library tries.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"

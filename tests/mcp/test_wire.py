"""Wire tolerance: header values with surrounding whitespace, and upstream replies that hold
several JSON-RPC messages in one ``application/json`` body (read message by message, on the
raw lane of a 2026-07-28 upstream and on an SDK session of a handshake-era one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.mcp.conftest import FIXTURE, PY, free_port, http_process, running_hub

pytestmark = pytest.mark.anyio
PROXY = str(Path(__file__).parent / "servers" / "json_lines_proxy.py")


@pytest.fixture
def json_lines_url() -> Iterator[str]:
    """The fixture server (HTTP) behind a front that answers in JSON lines instead of SSE."""
    port = free_port()
    with http_process([PY, FIXTURE, "--http", str(port)], port) as upstream:
        front = free_port()
        with http_process([PY, PROXY, str(front), upstream], front) as url:
            yield url


@pytest.mark.parametrize("protocol", ["auto", "legacy"])
async def test_json_lines_replies_are_read_message_by_message(json_lines_url: str, protocol: str) -> None:
    servers = {"jl": {"url": json_lines_url, "protocol": protocol, "call_timeout_s": 20}}
    async with running_hub(servers, allow_private_urls=True) as h:
        up = await h.ready("jl")
        assert up.legacy == (protocol == "legacy")
        seen: list[tuple[float, Any]] = []

        async def progress(p: float, total: float | None, message: str | None) -> None:
            seen.append((p, message))

        # "slow" reports progress three times before its result: four messages in one body.
        result = await up.call_tool("slow", {}, progress=progress)
        assert result["content"][0]["text"] == "done"
        assert seen == [(1.0, "step 1"), (2.0, "step 2"), (3.0, "step 3")]
        result = await up.call_tool("echo", {"text": "one message"})
        assert result["structuredContent"] == {"echo": "one message"}

"""Typed facts the MCP front door puts on its calls (``Call.put`` / ``Call.fact``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class RpcError:
    """The call's outcome was a JSON-RPC error (the upstream's, or the gateway's when it could
    not reach it): set by the route, rendered to the client after the pipeline, and never
    stored by the tool-result cache."""

    code: int
    message: str
    data: Any = None

"""Typed facts the LLM front door puts on its calls (``Call.put`` / ``Call.fact``).

A chat call's request and answer travel as the semantic cache's
:class:`~bastion.gateway.semcache.facts.ChatExchange` (the core reads them); these are the
front door's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bastion.gateway.trail import TRAIL, on_trail


@on_trail
@dataclass(slots=True)
class Routed:
    """Where the router sent the call: provider, deployment, and the attempts it took (retries
    and fallbacks; 1 is left off the trail)."""

    provider: str = field(metadata=TRAIL)
    deployment: str = field(metadata=TRAIL)
    attempts: int | None = field(default=None, metadata=TRAIL)


@dataclass(frozen=True, slots=True)
class EmbeddingsResult:
    """The upstream's embeddings answer (vectors are large: never on the trail)."""

    result: dict[str, Any]

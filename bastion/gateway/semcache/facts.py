"""The facts of a chat call that the semantic cache reads and writes (``Call.put``/``fact``).

The LLM front door puts a :class:`ChatExchange` on every chat call before the pipeline runs
(the OpenAI chat-completions request and the caller's cache headers); the route, or a cache
hit, fills in its ``response``. The cache keeps its own per-call state in :class:`CacheState`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bastion.gateway.semcache.keys import RequestKeys
from bastion.gateway.trail import TRAIL, on_trail, trail_field


@on_trail
@dataclass(slots=True)
class ChatExchange:
    """One chat completion, as the semantic cache sees it."""

    #: The OpenAI chat-completions request body (canonical, also for the Anthropic API).
    request: dict[str, Any]
    stream: bool = field(default=False, metadata=TRAIL)
    #: The ``Cache-Control`` header, lower-cased (``no-cache``, ``no-store``).
    cache_control: str | None = field(default=None, metadata=TRAIL)
    #: ``x-bastion-cache-ttl`` (seconds), when the caller asked for a shorter life.
    cache_ttl: float | None = field(default=None, metadata=TRAIL)
    #: ``x-bastion-cache-namespace``: a shared namespace the caller asks for.
    cache_namespace: str | None = field(default=None, metadata=TRAIL)
    #: ``internal`` for the gateway's own completions (MCP sampling, the cache's verifier).
    origin: str | None = field(default=None, metadata=TRAIL)
    #: The OpenAI ``chat.completion`` answer: set by the route (assembled for streams) or a hit.
    response: dict[str, Any] | None = None


@on_trail
@dataclass(slots=True)
class CacheState:
    """What the lookup worked out, for the store after the route (no second derivation)."""

    keys: RequestKeys
    namespace: str = field(metadata=trail_field("semcache_namespace"))
    #: The prompt's embedding, when the semantic phase computed one.
    vector: Any = None
    #: The normalised phase's key, so the store writes it without recomputing.
    norm_key: str | None = None

"""Stages 5 and 8: cache lookup and store, delegating to the front door's cache.

Each front door brings its own cache (the LLM semantic cache, the MCP tool-result cache),
because what makes two calls "the same" is protocol knowledge. The stages only order the work:
lookup before route (a hit short-circuits to the response side), store after output
inspection (so a redacted or blocked answer is never stored), and for streams, store once the
stream has completed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

from bastion.gateway.call import Call
from bastion.gateway.pipeline import StageOutcome


class CallCache(Protocol):
    async def lookup(self, call: Call) -> StageOutcome:
        """On a hit, fill in the response (``call.output``, the front door's facts, ``call.stream``), set
        ``call.served_from_cache = True`` and ``call.cache``; return "hit", "miss", "bypass"
        or ("miss", {...why...})."""
        ...

    async def store(self, call: Call) -> StageOutcome:
        """Store the completed response if eligible; return "stored" or ("skipped", {why})."""
        ...


class CacheLookup:
    name = "cache_lookup"

    def __init__(self, cache: CallCache) -> None:
        self.cache = cache

    async def process(self, call: Call) -> StageOutcome:
        return await self.cache.lookup(call)


class CacheStore:
    name = "cache_store"

    def __init__(self, cache: CallCache) -> None:
        self.cache = cache

    async def process(self, call: Call) -> StageOutcome:
        if call.served_from_cache:
            return "skipped"
        if call.redacted:
            return "skipped", {"why": "redacted"}
        return await self.cache.store(call)

    def wrap_stream(self, call: Call, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        if call.served_from_cache:
            return chunks
        return self._store_after(call, chunks)

    async def _store_after(self, call: Call, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        complete = False
        try:
            async for chunk in chunks:
                yield chunk
            complete = True
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
        # Only a stream that ran to its end (the front door has then assembled the full
        # response in its facts) is stored.
        if complete and not call.redacted:
            outcome = await self.cache.store(call)
            call.cache.setdefault("store", outcome[0] if isinstance(outcome, tuple) else outcome or "ok")

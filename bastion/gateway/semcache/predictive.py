"""Predictive phase: pre-compute the follow-ups users tend to ask after a question.

Every completed turn of a conversation teaches one transition: "after a question whose
normalised form was P, the user asked F". Transitions are counted per namespace in the KV
store. When a question with a known P is answered again, the follow-ups seen at least
``min_support`` times are computed in the background through the gateway's own LLM front door
(``core.chat``) as the same principal, with the real answer in the history, and stored as
*predictive* entries: a later identical follow-up is then an exact hit (reported with
``phase=predictive``). Only deterministic requests (temperature 0) qualify, and each
namespace has an hourly budget of calls and tokens.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import anyio
import orjson

from bastion.gateway.call import Call
from bastion.gateway.semcache.entry import Entry
from bastion.gateway.semcache.facts import CacheState, ChatExchange
from bastion.gateway.semcache.keys import digest_text, message_text, request_keys
from bastion.gateway.semcache.normalise import normalise
from bastion.gateway.semcache.settings import PredictiveSettings

if TYPE_CHECKING:
    from bastion.gateway.principal import Principal
    from bastion.gateway.semcache.cache import SemanticCache

log = logging.getLogger("bastion.semcache.predictive")

MAX_FOLLOWUPS_TRACKED = 16
TRANSITION_TTL_S = 7 * 86400.0


class Predictor:
    """Learns transitions and pre-computes follow-ups within a budget."""

    def __init__(self, cache: SemanticCache, settings: PredictiveSettings) -> None:
        self.cache = cache
        self.s = settings
        self._send, self._receive = anyio.create_memory_object_stream[tuple[dict[str, Any], "Principal", str]](
            max_buffer_size=256
        )
        self._inflight: set[str] = set()
        # Responses of observed calls until the worker takes them (bounded like the stream).
        self._responses: dict[str, Any] = {}
        self._tokens: dict[tuple[str, int], int] = {}
        self.counts = {"computed": 0, "skipped_budget": 0, "failed": 0, "scheduled": 0}

    def stats(self) -> dict[str, Any]:
        used = self.cache.saved.by_phase.get("predictive", 0)
        computed = self.counts["computed"]
        return {**self.counts, "used": used, "use_rate": round(used / computed, 4) if computed else None}

    def observe(self, call: Call) -> None:
        """Called after every answered call (hit or stored miss); never blocks the call."""
        chat = call.fact(ChatExchange)
        state = call.fact(CacheState)
        # The gateway's own calls (these predictions, the verifier) are not user behaviour:
        # learning from them would make a prediction support itself. Without the cache's state
        # the lookup was bypassed and there is no namespace to predict for.
        if chat is None or state is None or chat.origin == "internal":
            return
        req, ns, response = chat.request, state.namespace, chat.response
        if call.principal is None:
            return
        keys = request_keys(req)
        if keys.exact in self._inflight or keys.prompt is None:
            return
        if len(self._responses) > 256:
            return
        self._responses[keys.exact] = response
        try:
            self._send.send_nowait((req, call.principal, ns))
        except anyio.WouldBlock:
            self._responses.pop(keys.exact, None)

    async def run(self) -> None:
        """The background worker (started by the cache's lifecycle)."""
        async with self._receive:
            async for req, principal, ns in self._receive:
                try:
                    await self._handle(req, principal, ns)
                except Exception as e:  # noqa: BLE001 - prediction is best effort
                    self.counts["failed"] += 1
                    log.warning("predictive step failed: %s", type(e).__name__)

    async def _handle(self, req: dict[str, Any], principal: Principal, ns: str) -> None:
        keys = request_keys(req)
        response = self._responses.pop(keys.exact, None)
        assert keys.prompt is not None
        model = keys.model
        prev = _previous_user_turn(req["messages"])
        if prev is not None:
            await self._learn(ns, model, prev, keys.prompt)
        if response is None or keys.temperature != 0:
            return
        for followup in await self._likely_followups(ns, model, keys.prompt):
            if not await self._within_budget(ns):
                self.counts["skipped_budget"] += 1
                return
            await self._precompute(req, response, followup, principal, ns)

    async def _learn(self, ns: str, model: str, prev: str, prompt: str) -> None:
        key = f"semcache:next:{ns}:{digest_text(model, normalise(prev))}"
        raw = await self.cache.kv.get(key)
        counts: dict[str, int] = orjson.loads(raw) if raw else {}
        counts[prompt] = counts.get(prompt, 0) + 1
        if len(counts) > MAX_FOLLOWUPS_TRACKED:
            counts = dict(sorted(counts.items(), key=lambda kv: -kv[1])[:MAX_FOLLOWUPS_TRACKED])
        await self.cache.kv.set(key, orjson.dumps(counts), TRANSITION_TTL_S)

    async def _likely_followups(self, ns: str, model: str, prompt: str) -> list[str]:
        raw = await self.cache.kv.get(f"semcache:next:{ns}:{digest_text(model, normalise(prompt))}")
        if not raw:
            return []
        counts: dict[str, int] = orjson.loads(raw)
        ranked = sorted((c, f) for f, c in counts.items() if c >= self.s.min_support)
        return [f for _, f in reversed(ranked)][: self.s.max_followups]

    async def _within_budget(self, ns: str) -> bool:
        hour = int(time.time() // 3600)
        if self._tokens.get((ns, hour), 0) >= self.s.tokens_per_hour:
            return False
        calls = await self.cache.kv.incr(f"semcache:budget:{ns}:{hour}", 3600.0)
        return 0 < calls <= self.s.calls_per_hour

    async def _precompute(
        self, req: dict[str, Any], response: dict[str, Any], followup: str, principal: Principal, ns: str
    ) -> None:
        chat = self.cache.core.chat
        if chat is None:
            return
        answer = response["choices"][0]["message"]
        request = dict(req)
        request.pop("stream", None)
        request["messages"] = [
            *req["messages"],
            {"role": "assistant", "content": answer.get("content") or ""},
            {"role": "user", "content": followup},
        ]
        keys = request_keys(request)
        if await self.cache.kv.get(f"semcache:e:{ns}:{keys.exact}") is not None:
            return  # already cached
        self._inflight.add(keys.exact)
        self.counts["scheduled"] += 1
        try:
            # no-cache: a semantic hit must not stand in for a prediction; no-store: the entry
            # is stored below, marked predictive.
            result = await chat.complete(request, principal, cache_control="no-cache, no-store")
        finally:
            self._inflight.discard(keys.exact)
        usage = result.get("usage") or {}
        t_in, t_out = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
        hour = int(time.time() // 3600)
        self._tokens[(ns, hour)] = self._tokens.get((ns, hour), 0) + t_in + t_out
        if len(self._tokens) > 1024:
            self._tokens = {k: v for k, v in self._tokens.items() if k[1] >= hour}
        entry = Entry(
            response=result,
            model=keys.model,
            namespace=ns,
            created=time.time(),
            tokens_in=t_in,
            tokens_out=t_out,
            cost=0.0,
            prompt=keys.prompt,
            predictive=True,
        )
        await self.cache.put(entry, keys, self.cache.s.ttl_s)
        self.counts["computed"] += 1
        self.cache.metrics.predictive.labels("computed").inc()


def _previous_user_turn(messages: list[dict[str, Any]]) -> str | None:
    """The user turn before the last one, when the conversation has one."""
    users = [m for m in messages[:-1] if isinstance(m, dict) and m.get("role") == "user"]
    if not users:
        return None
    return message_text(users[-1])


__all__ = ["Predictor"]

"""Usage and cost: prices from settings, tokens from the provider, both on the call (trace)
and in Prometheus per user, key, model and provider."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from bastion.gateway.call import Call
from bastion.gateway.metrics import LoopCounter
from bastion.llm.facts import Routed
from bastion.llm.router import Deployment
from bastion.llm.settings import Price


class PriceTable:
    """Prices per million tokens, looked up by ``provider/model`` then ``model``."""

    def __init__(self, prices: dict[str, Price]) -> None:
        self.prices = prices

    def cost(self, dep: Deployment, tokens_in: int, tokens_out: int) -> float | None:
        price = self.prices.get(dep.key) or self.prices.get(dep.model)
        if price is None:
            return None
        return (tokens_in * price.input + tokens_out * price.output) / 1_000_000


class UsageRecorder:
    def __init__(self, registry: CollectorRegistry, prices: PriceTable) -> None:
        self.prices = prices
        labels = ["user", "key", "model", "provider"]
        # Updated from the event loop only: lock-free children (see ``LoopCounter``).
        self.requests = LoopCounter(
            "bastion_llm_requests", "LLM calls answered by an upstream", labels, registry=registry
        )
        self.tokens_in = LoopCounter("bastion_llm_prompt_tokens", "Prompt tokens", labels, registry=registry)
        self.tokens_out = LoopCounter("bastion_llm_completion_tokens", "Completion tokens", labels, registry=registry)
        self.cost = LoopCounter("bastion_llm_cost", "Spend from the price table", labels, registry=registry)
        self.attempts = LoopCounter(
            "bastion_llm_upstream_attempts",
            "Upstream attempts (retries and fallbacks included)",
            ["provider"],
            registry=registry,
        )
        self._children: dict[tuple[str, str, str, str], tuple[Any, Any, Any, Any]] = {}
        self._attempt_children: dict[str, Any] = {}

    def record(self, call: Call, dep: Deployment, usage: dict[str, Any] | None) -> None:
        """Put tokens and cost on the call and count them."""
        if call.fact(Routed) is None:
            call.put(Routed(dep.provider.name, dep.key))
        tin = int((usage or {}).get("prompt_tokens") or 0)
        tout = int((usage or {}).get("completion_tokens") or 0)
        call.tokens_in, call.tokens_out = tin, tout
        cost = self.prices.cost(dep, tin, tout)
        call.cost = cost
        p = call.principal
        key = (p.user_id if p else "", (p.key_id or "") if p else "", call.target, dep.provider.name)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (
                self.requests.labels(*key),
                self.tokens_in.labels(*key),
                self.tokens_out.labels(*key),
                self.cost.labels(*key),
            )
        children[0].inc()
        if tin:
            children[1].inc(tin)
        if tout:
            children[2].inc(tout)
        if cost:
            children[3].inc(cost)

    def attempted(self, dep: Deployment, attempts: int) -> None:
        name = dep.provider.name
        child = self._attempt_children.get(name)
        if child is None:
            child = self._attempt_children[name] = self.attempts.labels(name)
        child.inc(attempts)

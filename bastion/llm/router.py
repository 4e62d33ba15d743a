"""Model names -> deployments, and the attempt loop: retries with backoff, fallbacks, cooldown.

* A public name is an alias from settings (weighted deployments plus fallbacks) or
  ``<provider>/<model>``.
* Each deployment is tried up to ``1 + max_retries`` times on 429/5xx/connection errors, with
  exponential backoff (at least the upstream's Retry-After), then the next deployment (weighted
  random order), then the alias's fallbacks.
* A deployment that failed ``cooldown.failures`` times in a row is skipped for
  ``cooldown.seconds`` (a circuit breaker); when every candidate is cooling down they are tried
  anyway rather than failing without an attempt.
* Streams are retried only until the upstream accepted them: once chunks flow to the client a
  failure ends the stream instead.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bastion.gateway.call import Refusal
from bastion.llm.providers.base import Provider, UpstreamError
from bastion.llm.settings import LLMSettings
from bastion_wire.common import TranslationError

T = TypeVar("T")

#: Resolved model names remembered (aliases and ``provider/model`` names seen).
MAX_PLANS = 4096


@dataclass(frozen=True, slots=True)
class Deployment:
    """One concrete place a model runs: provider + upstream model name."""

    key: str  # "provider/model", for cooldown, metrics and prices
    provider: Provider
    model: str
    weight: float
    timeout_s: float
    max_retries: int


@dataclass(frozen=True, slots=True)
class Plan:
    """What to try for one public model name: groups in order (the alias, then fallbacks)."""

    name: str
    groups: tuple[tuple[Deployment, ...], ...]
    #: Seconds from the first attempt until the call gives up (attempts, waits and fallbacks).
    total_timeout_s: float = 600.0


class Router:
    def __init__(
        self,
        settings: LLMSettings,
        providers: dict[str, Provider],
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.providers = providers
        self.clock = clock
        self.rng = rng or random.Random()
        self.sleep = sleep
        self._failures: dict[str, int] = {}
        self._cooled_until: dict[str, float] = {}
        # Plans are immutable: resolve each name once.
        self._plans: dict[str, Plan | None] = {}
        self._embedding_aliases = {n for n, a in settings.aliases.items() if a.embedding}

    # -- names -------------------------------------------------------------------------------

    def _deployment(
        self,
        provider_name: str,
        model: str,
        weight: float = 1.0,
        timeout_s: float | None = None,
        max_retries: int | None = None,
    ) -> Deployment:
        provider = self.providers[provider_name]
        ps = provider.settings
        return Deployment(
            key=f"{provider_name}/{model}",
            provider=provider,
            model=model,
            weight=weight,
            timeout_s=timeout_s or ps.timeout_s,
            max_retries=ps.max_retries if max_retries is None else max_retries,
        )

    def _group(self, name: str, embedding: bool) -> tuple[Deployment, ...] | None:
        alias = self.settings.aliases.get(name)
        if alias is not None:
            if alias.embedding != embedding:
                return None
            return tuple(
                self._deployment(d.provider, d.model, d.weight, d.timeout_s, d.max_retries) for d in alias.deployments
            )
        provider_name, sep, model = name.partition("/")
        provider = self.providers.get(provider_name)
        if not sep or not model or provider is None:
            return None
        allowed = provider.settings.embedding_models if embedding else provider.settings.models
        if allowed is not None and model not in allowed:
            return None
        return (self._deployment(provider_name, model),)

    def resolve(self, name: str, embedding: bool = False) -> Plan | None:
        """The plan for a public model name, or None when no such model is configured."""
        key = f"e:{name}" if embedding else name
        if key in self._plans:
            return self._plans[key]
        plan: Plan | None = None
        first = self._group(name, embedding)
        if first is not None:
            groups = [first]
            alias = self.settings.aliases.get(name)
            for fb in alias.fallbacks if alias else ():
                g = self._group(fb, embedding)
                if g is not None:
                    groups.append(g)
            total = (alias.total_timeout_s if alias else None) or self.settings.retry.total_timeout_s
            if total is None:
                total = max(d.timeout_s for g in groups for d in g)
            plan = Plan(name, tuple(groups), total)
        if len(self._plans) >= MAX_PLANS:
            # Names under a provider prefix are open-ended: keep the memo bounded.
            self._plans.clear()
        self._plans[key] = plan
        return plan

    def public_models(self, embedding: bool = False) -> list[str]:
        """Aliases and listed ``provider/model`` names (providers without a model list accept
        any name under their prefix, which cannot be listed)."""
        names = [n for n, a in self.settings.aliases.items() if a.embedding == embedding]
        for pname, p in self.providers.items():
            listed = p.settings.embedding_models if embedding else p.settings.models
            names.extend(f"{pname}/{m}" for m in listed or ())
        return names

    # -- cooldown ----------------------------------------------------------------------------

    def cooling(self, dep: Deployment) -> bool:
        until = self._cooled_until.get(dep.key)
        if until is None:
            return False
        if self.clock() >= until:
            del self._cooled_until[dep.key]
            return False
        return True

    def _failed(self, dep: Deployment) -> None:
        n = self._failures.get(dep.key, 0) + 1
        if n >= self.settings.cooldown.failures:
            self._cooled_until[dep.key] = self.clock() + self.settings.cooldown.seconds
            n = 0
        self._failures[dep.key] = n

    def _succeeded(self, dep: Deployment) -> None:
        if dep.key in self._failures:
            del self._failures[dep.key]

    def deployment_status(self, dep: Deployment) -> dict[str, Any]:
        """For the admin API: where a deployment goes and whether its circuit is open."""
        cooling = self.cooling(dep)
        return {
            "deployment": dep.key,
            "provider_type": dep.provider.type,
            "weight": dep.weight,
            "timeout_s": dep.timeout_s,
            "max_retries": dep.max_retries,
            "consecutive_failures": self._failures.get(dep.key, 0),
            "cooling_down": cooling,
            "cooldown_remaining_s": round(self._cooled_until[dep.key] - self.clock(), 3) if cooling else 0.0,
        }

    def reset(self, key: str) -> bool:
        """Forget a deployment's failures and close its circuit; False when it had none."""
        found = key in self._failures or key in self._cooled_until
        self._failures.pop(key, None)
        self._cooled_until.pop(key, None)
        return found

    def _order(self, group: tuple[Deployment, ...]) -> list[Deployment]:
        if len(group) == 1:
            return list(group)
        # Weighted random order without replacement (Efraimidis-Spirakis keys).
        return sorted(group, key=lambda d: self.rng.random() ** (1.0 / d.weight), reverse=True)

    def candidates(self, plan: Plan) -> list[Deployment]:
        ordered: list[Deployment] = []
        seen: set[str] = set()
        for group in plan.groups:
            for d in self._order(group):
                if d.key not in seen:
                    seen.add(d.key)
                    ordered.append(d)
        live = [d for d in ordered if not self.cooling(d)]
        return live or ordered

    # -- attempts ----------------------------------------------------------------------------

    def _backoff(self, attempt: int, err: UpstreamError) -> float:
        r = self.settings.retry
        delay = min(r.backoff_max_s, r.backoff_base_s * (2**attempt)) * (0.5 + self.rng.random() / 2)
        if err.retry_after is not None:
            delay = max(delay, err.retry_after)
        return delay

    async def attempt(self, plan: Plan, fn: Callable[[Deployment], Awaitable[T]]) -> tuple[T, Deployment, int]:
        """Run ``fn`` against deployments until one succeeds; returns (result, deployment,
        attempts). Raises ``Refusal`` (400 for a request no provider can take, 429/502/504 when
        every attempt failed)."""
        errors: list[UpstreamError] = []
        attempts = 0
        max_wait = self.settings.retry.max_retry_after_s
        loop = asyncio.get_running_loop()
        deadline = loop.time() + plan.total_timeout_s
        for dep in self.candidates(plan):
            for i in range(dep.max_retries + 1):
                attempts += 1
                # One timer bounds the attempt: its own timeout_s or what is left of the call's
                # deadline, whichever ends first (the provider's HTTP client sets no total
                # timeout of its own, which would be a second timer on every call).
                end = min(deadline, loop.time() + dep.timeout_s)
                err: UpstreamError
                try:
                    async with asyncio.timeout_at(end):
                        result = await fn(dep)
                except TimeoutError:
                    if end >= deadline:
                        self._failed(dep)
                        raise _deadline_refusal(plan, attempts) from None
                    err = UpstreamError(f"{dep.provider.name}: no answer within {dep.timeout_s:g}s", kind="timeout")
                except TranslationError as e:
                    raise Refusal(400, "bad_request", f"{e} ({dep.key})") from None
                except UpstreamError as e:
                    err = e
                else:
                    self._succeeded(dep)
                    return result, dep, attempts
                errors.append(err)
                if err.client_fault:
                    raise Refusal(400, "bad_request", err.message) from None
                self._failed(dep)
                if not err.retryable or i == dep.max_retries:
                    break
                if err.retry_after is not None and err.retry_after > max_wait:
                    break  # waiting that long is worse than a fallback
                delay = self._backoff(i, err)
                if loop.time() + delay >= deadline:
                    break  # no time left to wait: a fallback may still answer at once
                await self.sleep(delay)
        raise _final_refusal(errors)

    async def complete(self, plan: Plan, req: dict[str, Any]) -> tuple[dict[str, Any], Deployment, int]:
        return await self.attempt(plan, lambda d: d.provider.chat(req, d.model, d.timeout_s))

    async def stream(self, plan: Plan, req: dict[str, Any]) -> tuple[AsyncIterator[dict[str, Any]], Deployment, int]:
        return await self.attempt(plan, lambda d: d.provider.open_stream(req, d.model, d.timeout_s))

    async def embed(self, plan: Plan, req: dict[str, Any]) -> tuple[dict[str, Any], Deployment, int]:
        return await self.attempt(plan, lambda d: d.provider.embed(req, d.model, d.timeout_s))

    async def start(self) -> None:
        for p in self.providers.values():
            await p.start()

    async def close(self) -> None:
        for p in self.providers.values():
            await p.close()


def _deadline_refusal(plan: Plan, attempts: int) -> Refusal:
    return Refusal(
        504,
        "upstream_timeout",
        f"no answer within the call's deadline of {plan.total_timeout_s:g}s ({attempts} attempt(s))",
    )


def _final_refusal(errors: list[UpstreamError]) -> Refusal:
    if not errors:
        return Refusal(502, "upstream_error", "no deployment available")
    last = errors[-1]
    if all(e.status == 429 for e in errors):
        waits = [e.retry_after for e in errors if e.retry_after is not None]
        return Refusal(
            429,
            "rate_limited",
            f"upstream rate limit: {last.message}",
            retry_after=(min(waits) if waits else 0.0) or 1.0,
        )
    if last.kind == "timeout":
        return Refusal(504, "upstream_timeout", last.message)
    return Refusal(502, "upstream_error", last.message)

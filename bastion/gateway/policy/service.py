"""Keeps the engine in step with the store: loads at start-up, reloads on change.

A change made through this replica's admin API calls :meth:`PolicyService.refresh` directly,
so it applies to the next request. Other replicas notice the store's generation counter move
on their next poll (``policy.poll_interval_s``, default 1 s), off the request path.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import anyio

from bastion.gateway.policy import templates
from bastion.gateway.policy.engine import PolicyEngine
from bastion.gateway.policy.model import Policy
from bastion.gateway.policy.settings import PolicySettings
from bastion.gateway.policy.store import PolicyStore

if TYPE_CHECKING:
    from bastion.gateway.core import Core

log = logging.getLogger("bastion.policy")


class PolicyService:
    def __init__(self, store: PolicyStore, engine: PolicyEngine, settings: PolicySettings) -> None:
        self.store = store
        self.engine = engine
        self.settings = settings
        self._generation = -1
        self._lock = anyio.Lock()

    @property
    def generation(self) -> int:
        return self._generation

    async def refresh(self) -> None:
        """Reload the live policies from the store and install them."""
        async with self._lock:
            gen = await self.store.generation()
            policies = await self.store.live_policies()
            # Compiling large keyword automatons takes a moment: keep it off the event loop.
            snapshot = await anyio.to_thread.run_sync(self.engine.compile, policies)
            self.engine.install(snapshot)
            self._generation = gen
            log.info("policy: %d enabled policies (generation %d)", len(policies), gen)

    async def poll_once(self) -> bool:
        """Reload when another replica changed something. Returns whether it reloaded."""
        if await self.store.generation() != self._generation:
            await self.refresh()
            return True
        return False

    async def seed(self) -> None:
        """Create the policies and templates named in settings that do not exist yet."""
        seeds: list[Policy] = [Policy.model_validate(d) for d in self.settings.policies]
        for t in self.settings.templates:
            seeds.append(templates.build(t.name, t.params, mode=t.mode))
        for p in seeds:
            if not await self.store.exists(p.name):
                await self.store.put(p, actor="settings")

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Lifecycle: seed, load, then poll until shutdown."""
        await self.seed()
        await self.refresh()
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._poll_forever)
            try:
                yield
            finally:
                tg.cancel_scope.cancel()

    async def _poll_forever(self) -> None:
        while True:
            await anyio.sleep(self.settings.poll_interval_s)
            try:
                await self.poll_once()
            except Exception:  # noqa: BLE001 - a store hiccup must not stop polling
                log.warning("policy: reload failed; keeping the current policies", exc_info=True)


def build_policy_engine(core: Core) -> PolicyEngine:
    """The engine for ``core`` (the core builds it with itself), kept in step with the store by
    a lifecycle registered on ``core.lifecycles`` (load at start-up, poll for other replicas'
    changes)."""
    settings = core.settings.policy
    key = settings.hash_key.encode() if settings.hash_key else os.urandom(32)
    engine = PolicyEngine(core.embedder, key)
    service = PolicyService(PolicyStore(core.store), engine, settings)
    engine.service = service
    core.lifecycles.append(service.running)
    return engine

"""The governance core's object graph, built once from settings and handed to front doors.

Nothing here is global: ``create_app`` (``bastion/app.py``) builds one ``Core`` per app (tests
build their own), and every front door receives it in ``provide(core)`` and ``mount(app, core)``
(``frontdoor.py``). Front doors reach the shared services (store, keys, audit, policy engine,
caches, embeddings, the LLM completer) only through it. Everything the pipeline's stages need
is built here, in ``__init__``, so a pipeline can never be built without one of them.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from bastion.gateway.audit import AuditWriter
from bastion.gateway.authn import Authenticate, Authenticator
from bastion.gateway.authz import Authorize, Authorizer
from bastion.gateway.budgets import BudgetLedger
from bastion.gateway.embeddings import Embedder
from bastion.gateway.errors import ErrorShapes
from bastion.gateway.identity import build_providers
from bastion.gateway.keys import KeyStore
from bastion.gateway.kv import KVStore, kv_from_url
from bastion.gateway.limits import Limit, RateLimiter
from bastion.gateway.metrics import Metrics
from bastion.gateway.outbound import Outbound
from bastion.gateway.pipeline import Pipeline, Stage
from bastion.gateway.policy.service import build_policy_engine
from bastion.gateway.principal import Principal
from bastion.gateway.refusals import RefusalRecorder
from bastion.gateway.semcache.cache import cache_for_core
from bastion.gateway.stages.cache import CacheLookup, CacheStore, CallCache
from bastion.gateway.stages.inspect import InspectInput, Inspector, InspectOutput
from bastion.gateway.store import Store
from bastion.gateway.users import UserStore

if TYPE_CHECKING:
    # A type only: the settings model imports section models whose packages import this.
    from bastion.gateway.settings import CoreSettings

log = logging.getLogger("bastion")

Lifecycle = Callable[[], contextlib.AbstractAsyncContextManager[Any]]


class ChatCompleter(Protocol):
    """The LLM front door as a service for the other parts of the gateway (MCP sampling, the
    semantic cache's verifier): an OpenAI chat-completions request in, a completion out, run
    through the LLM pipeline as ``principal``."""

    async def complete(
        self, request: dict[str, Any], principal: Principal, cache_control: str | None = None
    ) -> dict[str, Any]: ...


class Core:
    """Shared services. Construct with :meth:`from_settings`; start with :meth:`running`."""

    def __init__(self, settings: CoreSettings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.store = Store(settings.resolved_store_url)
        self.users = UserStore(self.store)
        self.keys = KeyStore(self.store, self.users, cache_ttl_s=settings.auth.key_cache_ttl_s)
        self.authenticator = Authenticator(self.keys, settings.auth, build_providers(settings.auth.providers))
        self.authorizer = Authorizer()
        self.kv: KVStore = kv_from_url(settings.cache.url, settings.cache.max_bytes, settings.cache.max_value_bytes)
        self.limiter = RateLimiter(self.kv, settings.limits.default_rpm)
        self.budgets = BudgetLedger(self.kv, self.store, settings.budgets, settings.auth.key_cache_ttl_s)
        self.audit = AuditWriter(self.store, settings.audit, self.metrics, settings.data_dir)
        self.errors = ErrorShapes()
        #: Audit records for requests refused before a call exists (rate-bounded).
        self.refusals = RefusalRecorder(
            self.audit,
            self.metrics.refusal_unrecorded,
            rate_per_s=settings.audit.refusals_per_s,
            burst=settings.audit.refusal_burst,
            summary_interval_s=settings.audit.refusal_summary_s,
        )
        #: Loaded lazily by whoever needs it first; warmed at start-up when a feature asks.
        self.embedder = Embedder()
        self.warm_embedder = False
        #: Async context managers entered at start-up and exited at shutdown, in order.
        self.lifecycles: list[Lifecycle] = []
        #: The policy engine (inspect stages of every pipeline), kept in step with the store.
        self.policy: Inspector = build_policy_engine(self)
        #: Provided by the LLM front door (``FrontDoor.provide``): chat completions for the other
        #: parts (MCP sampling, the semantic cache's verifier). None without an LLM front door.
        self.chat: ChatCompleter | None = None
        #: Provided by the MCP front door: its virtual servers' names, each its own OAuth
        #: protected resource (``auth.oauth``).
        self.virtual_mcp_servers: list[str] = []
        #: The admin key generated at first start (shown once by the CLI), if any.
        self.generated_admin_key: str | None = None
        #: Per-user credentials towards upstreams (identity JWTs, token exchange).
        self.outbound = Outbound.from_settings(settings, self.store)
        self.lifecycles.append(self.outbound.running)

    def semantic_cache(self) -> CallCache | None:
        """The LLM semantic cache (the ``semcache`` section), built on first use and shared with
        its admin routes; None when it is switched off. The LLM front door asks for it when it
        builds its chat pipeline."""
        return cache_for_core(self)

    def pipeline(
        self,
        front_door: str,
        cache: CallCache | None = None,
        extra_request_stages: Sequence[Stage] = (),
    ) -> Pipeline:
        """The stage chain for one front door. Call once at mount time, not per request."""
        request: list[Stage] = [
            Authenticate(self.authenticator),
            Authorize(self.authorizer),
            Limit(self.limiter, self.budgets),
            *extra_request_stages,
            InspectInput(self.policy),
        ]
        response: list[Stage] = [InspectOutput(self.policy)]
        if cache is not None:
            request.append(CacheLookup(cache))
            response.append(CacheStore(cache))
        return Pipeline(request, response, self.audit, self.metrics)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Core]:
        """Open the store (migrations applied), bootstrap the admin key, start the audit writer
        and every registered lifecycle; undo all of it in reverse order on exit (the audit
        writer is flushed last, so calls made during shutdown are still recorded)."""
        async with contextlib.AsyncExitStack() as stack:
            await self.store.open()
            stack.push_async_callback(self.store.close)
            stack.push_async_callback(self.kv.close)
            self.generated_admin_key = await self.keys.bootstrap_admin(self.settings.auth.admin_key)
            await self.audit.start()
            stack.push_async_callback(self.audit.stop)
            await stack.enter_async_context(self.refusals.running())
            if self.warm_embedder:
                log.info("loading the embedding model (all-MiniLM-L6-v2, offline) ...")
                t = time.perf_counter()
                await self.embedder.aload()
                log.info("embedding model ready in %.1fs", time.perf_counter() - t)
            for provider in self.authenticator.providers:
                lifecycle = getattr(provider, "lifecycle", None)
                if lifecycle is not None:
                    await stack.enter_async_context(lifecycle())
            for lc in self.lifecycles:
                await stack.enter_async_context(lc())
            yield self

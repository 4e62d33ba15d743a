"""The LLM front door: OpenAI- and Anthropic-compatible chat proxy over many providers.

``LLMFrontDoor(settings.llm)`` is a ``FrontDoor``: ``provide(core)`` builds the providers (one
pooled HTTP client each, opened at start-up), the router and the chat pipeline once and sets
``core.chat`` so other parts of the gateway can call models; ``mount(app, core)`` adds the
endpoints:

* ``POST /v1/chat/completions``, ``GET /v1/models``, ``POST /v1/embeddings`` (OpenAI shapes)
* ``POST /v1/messages`` (Anthropic shapes)
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from starlette.routing import Route

from bastion.llm.admin import admin_router
from bastion.llm.anthropic_api import Messages
from bastion.llm.chat import ChatService, ResolveModel
from bastion.llm.completer import LLMCompleter
from bastion.llm.errors import anthropic_error_response, openai_error_response
from bastion.llm.openai_api import ChatCompletions, Embeddings, Models
from bastion.llm.providers import build_provider
from bastion.llm.router import Router
from bastion.llm.settings import LLMSettings
from bastion.llm.usage import PriceTable, UsageRecorder

if TYPE_CHECKING:
    from bastion.gateway.core import Core

log = logging.getLogger("bastion.llm")


class LLMFrontDoor:
    """The LLM front door (``FrontDoor``): provides ``core.chat``, then mounts the endpoints."""

    name = "llm"

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        self._service: ChatService | None = None

    def provide(self, core: Core) -> None:
        """Build the providers, the router and the chat pipeline (with the semantic cache), and
        give the core ``core.chat`` so the other parts can call models."""
        settings = self.settings
        if not settings.enabled:
            return
        providers = {name: build_provider(name, ps) for name, ps in settings.providers.items()}
        self.router = router = Router(settings, providers)

        @contextlib.asynccontextmanager
        async def providers_running() -> AsyncIterator[None]:
            await router.start()
            try:
                yield
            finally:
                await router.close()

        core.lifecycles.append(providers_running)
        resolve = ResolveModel(router)
        self.resolve = resolve
        self.chat_pipeline = core.pipeline("llm", cache=core.semantic_cache(), extra_request_stages=[resolve])
        self._service = ChatService(router, UsageRecorder(core.metrics.registry, PriceTable(settings.prices)))
        core.chat = LLMCompleter(self.chat_pipeline, self._service)
        log.info("LLM front door: %d providers, %d aliases", len(providers), len(settings.aliases))

    def mount(self, app: Any, core: Core) -> None:
        """Add the LLM endpoints to ``app``."""
        service = self._service
        if service is None:  # switched off (llm.enabled: false)
            return
        router = self.router
        chat_pipeline = self.chat_pipeline
        embed_pipeline = core.pipeline("llm", extra_request_stages=[self.resolve])
        routes = [
            Route("/v1/chat/completions", ChatCompletions(chat_pipeline, service, core.refusals), methods=["POST"]),
            Route("/v1/messages", Messages(chat_pipeline, service, core.refusals), methods=["POST"]),
            Route("/v1/embeddings", Embeddings(embed_pipeline, service, core.refusals), methods=["POST"]),
            Route("/v1/models", Models(core.pipeline("llm"), router, core.authorizer).__call__, methods=["GET"]),
        ]
        # First in the list: the fast lane tries routes in order, and these are the busiest.
        # (No other route matches these paths, so the order changes nothing else.)
        app.router.routes[0:0] = routes
        app.include_router(admin_router(core, router))
        core.errors.register("/v1", openai_error_response)
        core.errors.register("/v1/messages", anthropic_error_response)
        app.state.llm_router = router


__all__ = ["LLMFrontDoor"]

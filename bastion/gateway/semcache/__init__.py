"""The four-phase semantic cache for LLM calls (exact, normalised, semantic, predictive).

The LLM front door builds it once at mount time::

    cache = build_semantic_cache(core)          # None when semcache.enabled is false
    pipeline = core.pipeline("llm", cache=cache)
    app.include_router(admin_router(core))

and talks to it only through the call's typed facts (:mod:`bastion.gateway.semcache.facts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import APIRouter

    from bastion.gateway.core import Core
    from bastion.gateway.stages.cache import CallCache


def build_semantic_cache(core: Core) -> CallCache | None:
    """The LLM cache configured by ``settings.semcache``, or None when it is switched off.

    The same instance is kept on the core (``core.semcache``-style attribute set by us) so the
    admin router and the predictive worker share it.
    """
    from bastion.gateway.semcache.cache import cache_for_core

    return cache_for_core(core)


def admin_router(core: Core) -> APIRouter:
    """FastAPI router for ``/admin/cache/llm`` (purge, savings summary), admin only."""
    from bastion.gateway.semcache.admin import build_admin_router

    return build_admin_router(core)


__all__: list[Any] = ["admin_router", "build_semantic_cache"]

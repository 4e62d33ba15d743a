"""``/admin/cache/llm``: purge the LLM cache and read its savings (admin only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from bastion.gateway.admin import require_admin
from bastion.gateway.semcache.cache import cache_for_core

if TYPE_CHECKING:
    from bastion.gateway.core import Core


class PurgeRequest(BaseModel):
    """What to purge; every given condition must hold. Nothing given purges everything."""

    namespace: str | None = None
    model: str | None = None
    older_than_s: float | None = Field(default=None, ge=0)


def build_admin_router(core: Core) -> APIRouter:
    """Routes for purging and the savings summary (the cache the LLM front door built, if any)."""
    router = APIRouter(prefix="/admin/cache/llm", dependencies=[Depends(require_admin(core))], tags=["cache"])

    @router.get("")
    async def summary() -> dict[str, Any]:
        cache = cache_for_core(core)
        if cache is None:
            return {"enabled": False}
        return cache.summary()

    @router.post("/purge")
    async def purge(body: PurgeRequest) -> dict[str, Any]:
        cache = cache_for_core(core)
        if cache is None:
            return {"enabled": False}
        return await cache.purge(body.namespace, body.model, body.older_than_s)

    return router

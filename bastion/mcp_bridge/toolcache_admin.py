"""Admin API of the tool-result cache: ``/admin/cache/tools`` (counters and purge)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from bastion.mcp_bridge.toolcache import ToolCache


class PurgeRequest(BaseModel):
    server: str = Field(min_length=1)
    #: Upstream tool name; omitted = every entry of the server (tool results and lists).
    tool: str | None = None


def build_admin_router(core: Any, toolcache: ToolCache) -> APIRouter:
    """The router; mount with ``app.include_router(...)``. Every route needs an admin key."""
    from bastion.gateway.admin import require_admin

    router = APIRouter(prefix="/admin/cache/tools", dependencies=[Depends(require_admin(core))])

    @router.get("")
    async def stats() -> dict[str, Any]:
        """Hits, misses, bypasses, stores, hit ratio and time saved, per server and tool."""
        return toolcache.summary()

    @router.post("/purge")
    async def purge(req: PurgeRequest) -> dict[str, Any]:
        """Drop a server's entries, or one tool's."""
        await toolcache.purge(req.server, req.tool)
        return {"purged": {"server": req.server, "tool": req.tool}}

    @router.delete("")
    async def purge_query(server: str, tool: str | None = None) -> dict[str, Any]:
        """Same as ``POST /purge`` with query parameters."""
        await toolcache.purge(server, tool)
        return {"purged": {"server": server, "tool": tool}}

    return router

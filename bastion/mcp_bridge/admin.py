"""``/admin/mcp/...``: register, inspect, enable/disable and remove upstream servers; review
and approve held-back tool definitions. Admin only (``require_admin``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, ValidationError

from bastion.gateway.admin import require_admin
from bastion.gateway.principal import Principal
from bastion.gateway.sections import describe_validation_error
from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.registry import Registry, RegistryError
from bastion.mcp_bridge.settings import McpSettings, ServerConfig


class ImportBody(BaseModel):
    """A ``claude_desktop_config.json`` document (its ``mcpServers`` map is used)."""

    mcpServers: dict[str, dict[str, Any]]  # noqa: N815 - the file's own key
    replace: bool = False


def parse_config(name: str, body: dict[str, Any]) -> ServerConfig:
    try:
        return ServerConfig.model_validate({**body, "name": name})
    except ValidationError as e:
        raise HTTPException(422, describe_validation_error(e, prefix=name)) from None


def _err(e: RegistryError) -> HTTPException:
    return HTTPException(e.status, e.message)


def mcp_admin_router(core: Any, hub: Hub, registry: Registry, settings: McpSettings) -> APIRouter:
    admin = require_admin(core)
    router = APIRouter(prefix="/admin/mcp", tags=["mcp"])

    @router.get("/servers")
    async def list_servers(_: Principal = Depends(admin)) -> dict[str, Any]:
        return {
            "items": [registry.describe(n) for n in sorted(hub.upstreams)],
            "collisions": [c.as_dict() for c in hub.collisions],
        }

    @router.post("/servers", status_code=201)
    async def add_server(body: dict[str, Any], p: Principal = Depends(admin)) -> dict[str, Any]:
        name = str(body.get("name", ""))
        cfg = parse_config(name, {k: v for k, v in body.items() if k != "name"})
        try:
            return await registry.put(cfg, p.user_id)
        except RegistryError as e:
            raise _err(e) from None

    @router.get("/servers/{name}")
    async def show_server(name: str, _: Principal = Depends(admin)) -> dict[str, Any]:
        try:
            d = registry.describe(name)
        except RegistryError as e:
            raise _err(e) from None
        up = hub.upstreams[name]
        d["tool_definitions"] = up.lists.tools
        return d

    @router.delete("/servers/{name}")
    async def remove_server(name: str, _: Principal = Depends(admin)) -> dict[str, Any]:
        try:
            await registry.remove(name)
        except RegistryError as e:
            raise _err(e) from None
        return {"name": name, "removed": True}

    @router.post("/servers/{name}/enable")
    async def enable(name: str, p: Principal = Depends(admin)) -> dict[str, Any]:
        try:
            return await registry.set_enabled(name, True, p.user_id)
        except RegistryError as e:
            raise _err(e) from None

    @router.post("/servers/{name}/disable")
    async def disable(name: str, p: Principal = Depends(admin)) -> dict[str, Any]:
        try:
            return await registry.set_enabled(name, False, p.user_id)
        except RegistryError as e:
            raise _err(e) from None

    @router.post("/servers/{name}/restart")
    async def restart(name: str, _: Principal = Depends(admin)) -> dict[str, Any]:
        """Stop the upstream and connect again (a stdio server gets a fresh process)."""
        up = hub.upstreams.get(name)
        if up is None:
            raise HTTPException(404, f"no server '{name}'")
        await hub.add(up.config)
        return registry.describe(name)

    @router.post("/import")
    async def import_config(body: ImportBody, p: Principal = Depends(admin)) -> dict[str, Any]:
        configs = [
            parse_config(n, {k: v for k, v in c.items() if k in ServerConfig.model_fields})
            for n, c in body.mcpServers.items()
        ]
        added, errors = [], {}
        for cfg in configs:
            if cfg.name in hub.upstreams and not body.replace:
                errors[cfg.name] = "already registered"
                continue
            try:
                await registry.put(cfg, p.user_id)
                added.append(cfg.name)
            except RegistryError as e:
                errors[cfg.name] = e.message
        return {"added": added, "errors": errors}

    @router.get("/pins")
    async def pins(_: Principal = Depends(admin)) -> dict[str, Any]:
        return {"policy": settings.pin_policy, "pending": hub.pins.pending()}

    @router.post("/servers/{name}/tools/{tool}/approve")
    async def approve(name: str, tool: str, _: Principal = Depends(admin)) -> dict[str, Any]:
        if not await hub.pins.approve(name, tool):
            raise HTTPException(404, f"no pending definition for {name}__{tool}")
        await hub.refresh(name)
        return {"server": name, "tool": tool, "approved": True}

    @router.post("/servers/{name}/tools/{tool}/reject")
    async def reject(name: str, tool: str, _: Principal = Depends(admin)) -> dict[str, Any]:
        """Keep serving the pinned definition; this change is not raised again."""
        if not await hub.pins.reject(name, tool):
            raise HTTPException(404, f"no pending definition for {name}__{tool}")
        return {"server": name, "tool": tool, "rejected": True}

    @router.get("/virtual-servers")
    async def virtual_servers(_: Principal = Depends(admin)) -> dict[str, Any]:
        return {"items": {n: v.model_dump() for n, v in settings.virtual_servers.items()}}

    return router

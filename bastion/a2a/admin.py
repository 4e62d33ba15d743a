"""Admin API for agents: ``/admin/a2a/agents`` (admin role; every action is audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import ConfigDict, ValidationError

from bastion.a2a.registry import Agent, Registry, RegistryError
from bastion.a2a.settings import AgentSettings
from bastion.gateway.admin import require_admin

if TYPE_CHECKING:
    from bastion.gateway.core import Core


class AgentIn(AgentSettings):
    """An agent to register: its name and the same fields as in the settings file."""

    model_config = ConfigDict(extra="forbid")
    name: str


def agent_details(agent: Agent, *, with_card: bool = False) -> dict[str, Any]:
    s = agent.settings
    out = {
        **agent.summary(),
        "url": s.url,
        "card_url": agent.card_url,
        "credentials": s.credentials.public(),
        "timeout_s": s.timeout_s,
        "allowed_users": s.allowed_users,
        "allowed_groups": s.allowed_groups,
        "last_error": agent.last_error,
        "interfaces": [
            {"binding": i.binding, "version": i.version, "url": i.url}
            for i in (agent.card.interfaces if agent.card else ())
        ],
    }
    if with_card:
        out["card"] = agent.card.as_dict() if agent.card else None
    return out


def admin_router(core: Core, registry: Registry) -> APIRouter:
    router = APIRouter(prefix="/admin/a2a", tags=["a2a"], dependencies=[Depends(require_admin(core))])

    def _get(name: str) -> Agent:
        agent = registry.get(name)
        if agent is None:
            raise HTTPException(404, f"no agent named '{name}'")
        return agent

    @router.get("/agents")
    async def list_agents() -> dict[str, Any]:
        return {"agents": [agent_details(a) for a in sorted(registry.agents.values(), key=lambda a: a.name)]}

    @router.post("/agents", status_code=201)
    async def add_agent(body: dict[str, Any]) -> dict[str, Any]:
        try:
            spec = AgentIn.model_validate(body)
        except ValidationError as e:
            msg = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()[:5])
            raise HTTPException(400, msg) from None
        settings = AgentSettings.model_validate(spec.model_dump(exclude={"name"}))
        try:
            agent = await registry.add(spec.name, settings)
        except RegistryError as e:
            status = 409 if "already exists" in str(e) else 400
            raise HTTPException(status, str(e)) from None
        return agent_details(agent)

    @router.get("/agents/{name}")
    async def get_agent(name: str) -> dict[str, Any]:
        return agent_details(_get(name), with_card=True)

    @router.delete("/agents/{name}")
    async def remove_agent(name: str) -> dict[str, Any]:
        _get(name)
        try:
            await registry.remove(name)
        except RegistryError as e:
            raise HTTPException(409, str(e)) from None
        return {"removed": name}

    @router.post("/agents/{name}/refresh")
    async def refresh_agent(name: str) -> dict[str, Any]:
        agent = await registry.refresh(_get(name), revalidate=False)
        return agent_details(agent)

    return router

"""The admin API for policies, under ``/admin/policies`` (admin role only).

GET    /admin/policies                         list
POST   /admin/policies[?draft=true]            create or change (new version)
GET    /admin/policies/export[?name=...]       YAML
POST   /admin/policies/import[?draft=true]     YAML body (or {"yaml": "..."})
GET    /admin/policies/templates               the templates and their parameters
POST   /admin/policies/templates/{name}        enable a template
POST   /admin/policies/test                    sandbox
GET    /admin/policies/{name}[?version=N]      one policy
PUT    /admin/policies/{name}[?draft=true]     change (new version)
DELETE /admin/policies/{name}
GET    /admin/policies/{name}/versions
POST   /admin/policies/{name}/versions/{v}/activate
POST   /admin/policies/{name}/enable | /disable
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.responses import Response

from bastion.gateway.admin import require_admin
from bastion.gateway.policy import templates
from bastion.gateway.policy.engine import PolicyEngine
from bastion.gateway.policy.model import (
    DIRECTIONS,
    Policy,
    policies_from_data,
    policies_from_yaml,
    policies_to_yaml,
)
from bastion.gateway.policy.service import PolicyService
from bastion.gateway.policy.store import PolicyNotFound
from bastion.gateway.principal import Principal

if TYPE_CHECKING:
    from bastion.gateway.core import Core


class PrincipalIn(BaseModel):
    """Who the sandbox pretends the caller is."""

    model_config = ConfigDict(extra="forbid")
    user_id: str = "sandbox"
    email: str | None = None
    department: str | None = None
    groups: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    key_id: str | None = None

    def principal(self) -> Principal:
        return Principal(
            user_id=self.user_id,
            auth_method="sandbox",
            email=self.email,
            department=self.department,
            groups=tuple(self.groups),
            roles=tuple(self.roles),
            key_id=self.key_id,
        )


class SandboxIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    texts: list[str] | None = None
    direction: str = "chat_input"
    principal: PrincipalIn | None = None
    #: Only these stored policies (default: every enabled policy at its live version).
    policies: list[str] | None = None
    #: Evaluate these stored versions instead of the live ones (drafts, old versions).
    versions: dict[str, int] = Field(default_factory=dict)
    #: A policy document not stored at all; replaces a stored policy of the same name.
    draft: dict[str, Any] | None = None


class TemplateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    params: dict[str, Any] = Field(default_factory=dict)
    name: str | None = None
    mode: str | None = None
    directions: list[str] | None = None
    scope: dict[str, Any] | None = None
    priority: int | None = None
    draft: bool = False


def _bad(e: Exception) -> HTTPException:
    if isinstance(e, ValidationError):
        msg = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors())
    else:
        msg = str(e)
    return HTTPException(400, msg)


def _actor(request: Request) -> str | None:
    p = getattr(request.state, "principal", None)
    return getattr(p, "user_id", None)


def admin_router(core: Core) -> APIRouter:
    """``/admin/policies`` for the core's policy engine."""
    assert isinstance(core.policy, PolicyEngine) and core.policy.service is not None
    return build_router(core, core.policy.service)


def build_router(core: Core, service: PolicyService) -> APIRouter:
    router = APIRouter(prefix="/admin/policies", tags=["policies"], dependencies=[Depends(require_admin(core))])
    store = service.store

    async def save(policies: list[Policy], draft: bool, actor: str | None) -> list[Policy]:
        saved = [await store.put(p, draft=draft, actor=actor) for p in policies]
        await service.refresh()
        return saved

    @router.get("")
    async def list_policies() -> dict[str, Any]:
        return {"policies": [s.as_dict() for s in await store.list()], "generation": service.generation}

    @router.post("")
    async def create(request: Request, body: dict[str, Any] = Body(...), draft: bool = Query(False)) -> dict[str, Any]:
        try:
            policies = policies_from_data(body)
        except (ValidationError, ValueError) as e:
            raise _bad(e) from None
        saved = await save(policies, draft, _actor(request))
        return (
            saved[0].model_dump(mode="json")
            if len(saved) == 1
            else {"policies": [p.model_dump(mode="json") for p in saved]}
        )

    @router.get("/export")
    async def export(name: list[str] | None = Query(None), format: str = Query("yaml", pattern="^(yaml|json)$")) -> Any:
        names = name or [s.name for s in await store.list()]
        try:
            items = [await store.get(n) for n in names]
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None
        text = policies_to_yaml(items)
        if format == "json":
            return {"yaml": text}
        return Response(text, media_type="application/yaml")

    @router.post("/import")
    async def import_(request: Request, draft: bool = Query(False)) -> dict[str, Any]:
        raw = (await request.body()).decode("utf-8", "replace")
        try:
            if request.headers.get("content-type", "").startswith("application/json"):
                import json

                data = json.loads(raw)
                policies = (
                    policies_from_yaml(data["yaml"])
                    if isinstance(data, dict) and "yaml" in data
                    else policies_from_data(data)
                )
            else:
                policies = policies_from_yaml(raw)
        except (ValidationError, ValueError, KeyError) as e:
            raise _bad(e) from None
        saved = await save(policies, draft, _actor(request))
        return {"imported": [{"name": p.name, "version": p.version} for p in saved]}

    @router.get("/templates")
    async def list_templates() -> dict[str, Any]:
        return {"templates": [t.describe() for t in templates.TEMPLATES.values()]}

    @router.post("/templates/{template}")
    async def enable_template(
        request: Request, template: str, body: TemplateIn = Body(default_factory=TemplateIn)
    ) -> dict[str, Any]:
        try:
            policy = templates.build(
                template,
                body.params,
                name=body.name,
                mode=body.mode,
                directions=body.directions,
                scope=body.scope,
                priority=body.priority,
            )
        except KeyError:
            raise HTTPException(404, f"no template {template!r}; known: {sorted(templates.TEMPLATES)}") from None
        except (ValidationError, ValueError) as e:
            raise _bad(e) from None
        saved = await save([policy], body.draft, _actor(request))
        return saved[0].model_dump(mode="json")

    @router.post("/test")
    async def sandbox(body: SandboxIn) -> dict[str, Any]:
        if body.direction not in DIRECTIONS:
            raise HTTPException(400, f"direction must be one of {list(DIRECTIONS)}")
        texts = body.texts if body.texts is not None else [body.text or ""]
        try:
            if body.policies is not None:
                chosen = [await store.get(n, body.versions.get(n)) for n in body.policies]
            else:
                chosen = await store.live_policies()
                for n, v in body.versions.items():
                    chosen = [p for p in chosen if p.name != n] + [await store.get(n, v)]
            if body.draft is not None:
                draft = Policy.model_validate(body.draft)
                chosen = [p for p in chosen if p.name != draft.name] + [draft]
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None
        except (ValidationError, ValueError) as e:
            raise _bad(e) from None
        # Disabled policies asked for by name are evaluated too: that is what drafts are for.
        chosen = [p.model_copy(update={"enabled": True}) for p in chosen]
        snapshot = service.engine.compile(chosen)
        principal = body.principal.principal() if body.principal else None
        return await service.engine.sandbox(
            snapshot,
            principal,
            body.direction,
            texts,
        )

    @router.get("/{name}")
    async def get(name: str, version: int | None = Query(None)) -> dict[str, Any]:
        try:
            return (await store.get(name, version)).model_dump(mode="json")
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None

    @router.put("/{name}")
    async def put(
        request: Request, name: str, body: dict[str, Any] = Body(...), draft: bool = Query(False)
    ) -> dict[str, Any]:
        try:
            policy = Policy.model_validate({**body, "name": name})
        except ValidationError as e:
            raise _bad(e) from None
        return (await save([policy], draft, _actor(request)))[0].model_dump(mode="json")

    @router.delete("/{name}")
    async def delete(name: str) -> dict[str, Any]:
        try:
            await store.delete(name)
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None
        await service.refresh()
        return {"deleted": name}

    @router.get("/{name}/versions")
    async def versions(name: str) -> dict[str, Any]:
        try:
            return {"name": name, "versions": await store.versions(name)}
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None

    @router.post("/{name}/versions/{version}/activate")
    async def activate(name: str, version: int) -> dict[str, Any]:
        try:
            p = await store.activate(name, version)
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None
        await service.refresh()
        return p.model_dump(mode="json")

    @router.post("/{name}/enable")
    async def enable(name: str) -> dict[str, Any]:
        return await _switch(name, True)

    @router.post("/{name}/disable")
    async def disable(name: str) -> dict[str, Any]:
        return await _switch(name, False)

    async def _switch(name: str, on: bool) -> dict[str, Any]:
        try:
            await store.set_enabled(name, on)
        except PolicyNotFound as e:
            raise HTTPException(404, f"no policy {e}") from None
        await service.refresh()
        return {"name": name, "enabled": on}

    return router

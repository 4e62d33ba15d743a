"""``/admin/llm``: what the router knows (admin only).

* ``GET /admin/llm/models`` - every public model name with its deployments, weights and whether
  each deployment is cooling down (circuit open) and until when.
* ``POST /admin/llm/deployments/{provider}/{model}/reset`` - close a deployment's circuit now.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, HTTPException

from bastion.gateway.admin import require_admin
from bastion.llm.router import Router

if TYPE_CHECKING:
    from bastion.gateway.core import Core


def admin_router(core: Core, router: Router) -> APIRouter:
    api = APIRouter(prefix="/admin/llm", tags=["llm"], dependencies=[Depends(require_admin(core))])

    @api.get("/models")
    async def models() -> dict[str, Any]:
        out = []
        for embedding in (False, True):
            for name in router.public_models(embedding):
                plan = router.resolve(name, embedding)
                if plan is None:
                    continue
                out.append(
                    {
                        "name": name,
                        "embedding": embedding,
                        "groups": [[router.deployment_status(d) for d in group] for group in plan.groups],
                    }
                )
        return {"models": out, "time": time.time()}

    @api.post("/deployments/{provider}/{model:path}/reset")
    async def reset(provider: str, model: str) -> dict[str, Any]:
        if not router.reset(f"{provider}/{model}"):
            raise HTTPException(404, f"deployment '{provider}/{model}' has no recorded failures")
        return {"reset": f"{provider}/{model}"}

    return api

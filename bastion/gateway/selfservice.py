"""``/me``: what any signed-in user may see of their own: their keys and their usage.

The dashboard's view for people without the admin or auditor role. Each request is one audited
call (front door ``gateway``, kind ``read``); nothing here takes a user id from the request, so
a user can only ever see, or revoke, what belongs to the credential they present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import ValidationError

from bastion.gateway.admin import call_dependency
from bastion.gateway.principal import Principal
from bastion.gateway.timeseries import UsageQuery, UsageSeries

if TYPE_CHECKING:
    from bastion.gateway.core import Core


def self_service_router(core: Core) -> APIRouter:
    router = APIRouter(prefix="/me", tags=["self-service"])
    me = call_dependency(core, "gateway", "read")
    usage_series = UsageSeries(core.store)

    @router.get("/keys")
    async def my_keys(p: Principal = Depends(me)) -> dict[str, Any]:
        return {"items": [k.model_dump() | {"active": k.active} for k in await core.keys.list(p.user_id)]}

    @router.delete("/keys/{key_id}")
    async def revoke_my_key(key_id: str, p: Principal = Depends(me)) -> dict[str, Any]:
        mine = {k.id for k in await core.keys.list(p.user_id)}
        if key_id not in mine or not await core.keys.revoke(key_id):
            raise HTTPException(404, "no such active key of yours")
        return {"id": key_id, "revoked": True}

    @router.get("/usage")
    async def my_usage(
        since: float | None = None,
        until: float | None = None,
        bucket_s: int = Query(default=3600, ge=1, le=31 * 86400),
        p: Principal = Depends(me),
    ) -> dict[str, Any]:
        """The caller's calls, errors, latency, tokens and cost over time (one series)."""
        try:
            q = UsageQuery(since=since, until=until, bucket_s=bucket_s, by="none", user=p.user_id)
        except ValidationError as e:
            raise HTTPException(400, "; ".join(err["msg"] for err in e.errors())) from None
        await core.audit.flush(timeout_s=2.0)
        return await usage_series.query(q) | {"user_id": p.user_id}

    return router

"""The admin API under ``/admin``: users, keys, budgets, traces. Admin role only.

Admin requests are calls like any other (kind ``admin``): they go through authenticate,
authorize (admin role), limit and audit, so every admin action is on the trail.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import ValidationError
from starlette.responses import HTMLResponse, JSONResponse

from bastion.gateway.authn import credentials_of
from bastion.gateway.budgets import BudgetSpec, Scope
from bastion.gateway.call import Call, Kind, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.keys import KeyCreate
from bastion.gateway.principal import Principal
from bastion.gateway.timeseries import Dimension, UsageQuery, UsageSeries
from bastion.gateway.traces import TraceQuery, TraceReader
from bastion.gateway.users import UserIn

if TYPE_CHECKING:
    from bastion.gateway.core import Core


class RefusalError(Exception):
    """Raised from FastAPI dependencies; rendered by the app's exception handler."""

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal


def require_admin(core: Core) -> Callable[[Request], Awaitable[Principal]]:
    """A FastAPI dependency: the request must come from an admin. The check is an audited
    ``admin`` call (its target is the method and path)."""
    return call_dependency(core, "admin", "admin")


def call_dependency(core: Core, front_door: str, kind: Kind) -> Callable[[Request], Awaitable[Principal]]:
    """A FastAPI dependency running the request through ``front_door``'s pipeline as one
    audited call of ``kind`` (authenticate, authorize, limit, audit); returns the principal."""
    pipeline = core.pipeline(front_door)

    async def _noop(call: Call) -> None:
        return None

    async def dependency(request: Request) -> Principal:
        call = Call(
            front_door=front_door,
            kind=kind,
            target=f"{request.method} {request.url.path}",
            credentials=credentials_of(request),
            method=request.method,
            trace_id=trace_id_of(request.scope),
        )
        try:
            await pipeline.run(call, _noop)
        except Refusal as r:
            raise RefusalError(r) from None
        assert call.principal is not None
        # Routes that record who changed something (policy versions) read it from here.
        request.state.principal = call.principal
        return call.principal

    return dependency


def admin_docs_router(core: Core, openapi: Callable[[], dict[str, Any]]) -> APIRouter:
    """``/admin/openapi.json`` and ``/admin/docs``, admin role only like the rest of ``/admin``
    (the schema maps every route an attacker could try). The docs page carries the schema
    inline, so the one authenticated request that loads it is enough."""
    router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin(core))], include_in_schema=False)

    @router.get("/openapi.json")
    async def schema() -> JSONResponse:
        return JSONResponse(openapi())

    @router.get("/docs")
    async def docs() -> HTMLResponse:
        return HTMLResponse(_SWAGGER_PAGE.replace("__SPEC__", json.dumps(openapi()).replace("</", "<\\/")))

    return router


#: Swagger UI with the schema inline (``spec``) rather than fetched (``url``), which would need
#: the admin key on a second, browser-initiated request.
_SWAGGER_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Bastion admin API</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({spec: __SPEC__, dom_id: "#swagger-ui"});</script>
</body></html>
"""


def admin_router(core: Core) -> APIRouter:
    router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin(core))], tags=["admin"])
    reader = TraceReader(core.store)

    @router.get("/users")
    async def list_users() -> dict[str, Any]:
        return {"items": [u.model_dump() for u in await core.users.list()]}

    @router.post("/users", status_code=201)
    async def upsert_user(user: UserIn) -> dict[str, Any]:
        return (await core.users.upsert(user)).model_dump()

    @router.get("/users/{user_id}")
    async def get_user(user_id: str) -> dict[str, Any]:
        u = await core.users.get(user_id)
        if u is None:
            raise HTTPException(404, "no such user")
        return u.model_dump()

    @router.post("/users/{user_id}/disable")
    async def disable_user(user_id: str) -> dict[str, Any]:
        if not await core.users.set_disabled(user_id, True):
            raise HTTPException(404, "no such user")
        return {"id": user_id, "disabled": True}

    @router.post("/users/{user_id}/enable")
    async def enable_user(user_id: str) -> dict[str, Any]:
        if not await core.users.set_disabled(user_id, False):
            raise HTTPException(404, "no such user")
        return {"id": user_id, "disabled": False}

    @router.post("/keys", status_code=201)
    async def create_key(spec: KeyCreate) -> dict[str, Any]:
        try:
            key, info = await core.keys.create(spec)
        except LookupError as e:
            raise HTTPException(404, str(e)) from None
        return {"key": key, **info.model_dump(), "note": "store this key now: it is not shown again"}

    @router.get("/keys")
    async def list_keys(user_id: str | None = None) -> dict[str, Any]:
        return {"items": [k.model_dump() | {"active": k.active} for k in await core.keys.list(user_id)]}

    @router.delete("/keys/{key_id}")
    async def revoke_key(key_id: str) -> dict[str, Any]:
        if not await core.keys.revoke(key_id):
            raise HTTPException(404, "no such active key")
        return {"id": key_id, "revoked": True}

    @router.get("/traces")
    async def search_traces(
        user: str | None = None,
        kind: str | None = None,
        target: str | None = None,
        status: str | None = None,
        front_door: str | None = None,
        since: float | None = None,
        until: float | None = None,
        limit: int = Query(default=50, ge=1, le=1000),
        cursor: int | None = None,
    ) -> dict[str, Any]:
        q = TraceQuery(
            user=user,
            kind=kind,
            target=target,
            status=status,
            front_door=front_door,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
        # Read your writes: calls that ended before this request are in the answer.
        await core.audit.flush(timeout_s=2.0)
        return await reader.search(q)

    @router.get("/traces/{trace_id}")
    async def get_trace(trace_id: str) -> dict[str, Any]:
        t = await reader.get(trace_id)
        if t is None:
            # The record may still be in the writer's queue.
            await core.audit.flush(timeout_s=5.0)
            t = await reader.get(trace_id)
        if t is None:
            raise HTTPException(404, "no such trace")
        return t

    _budget_routes(router, core)

    usage_series = UsageSeries(core.store)

    @router.get("/usage")
    async def usage(
        since: float | None = None,
        until: float | None = None,
        bucket_s: int = Query(default=3600, ge=1, le=31 * 86400),
        by: Dimension = "none",
        include_admin: bool = False,
        user: str | None = None,
    ) -> dict[str, Any]:
        """Calls, errors, p50/p99 latency, tokens and cost per time bucket and series."""
        try:
            q = UsageQuery(since=since, until=until, bucket_s=bucket_s, by=by, include_admin=include_admin, user=user)
        except ValidationError as e:
            raise HTTPException(400, "; ".join(err["msg"] for err in e.errors())) from None
        await core.audit.flush(timeout_s=2.0)
        return await usage_series.query(q)

    @router.get("/stats")
    async def stats() -> dict[str, Any]:
        depth = core.audit.depth
        await core.audit.flush(timeout_s=2.0)
        return {"calls_total": await reader.total_calls(), "audit_queue_depth": depth}

    return router


def _budget_routes(router: APIRouter, core: Core) -> None:
    """Budgets per user and per group: ``GET|PUT|DELETE /admin/users/{id}/budget`` and
    ``/admin/groups/{name}/budget``, and ``GET /admin/budgets`` for all of them. A user budget
    applies to a user id whether it comes from a key or an identity provider, so the user need
    not exist in the users table."""

    async def show(scope: Scope, subject: str) -> dict[str, Any]:
        b = await core.budgets.book.get(scope, subject)
        if b is None:
            raise HTTPException(404, f"no budget for {scope} {subject}")
        return b.as_dict() | {"usage": await core.budgets.usage(scope, subject, b.spec.period)}

    async def put(scope: Scope, subject: str, spec: BudgetSpec) -> dict[str, Any]:
        await core.budgets.book.set(scope, subject, spec)
        return await show(scope, subject)

    async def delete(scope: Scope, subject: str) -> dict[str, Any]:
        if not await core.budgets.book.delete(scope, subject):
            raise HTTPException(404, f"no budget set through the admin API for {scope} {subject}")
        return {"scope": scope, "subject": subject, "deleted": True}

    user_id = Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._@:+-]+$")
    group = Path(min_length=1, max_length=200)

    @router.get("/budgets")
    async def list_budgets() -> dict[str, Any]:
        return {"items": [b.as_dict() for b in await core.budgets.book.list()]}

    @router.get("/users/{user_id}/budget")
    async def get_user_budget(user_id: str = user_id) -> dict[str, Any]:
        return await show("user", user_id)

    @router.put("/users/{user_id}/budget")
    async def put_user_budget(spec: BudgetSpec, user_id: str = user_id) -> dict[str, Any]:
        return await put("user", user_id, spec)

    @router.delete("/users/{user_id}/budget")
    async def delete_user_budget(user_id: str = user_id) -> dict[str, Any]:
        return await delete("user", user_id)

    @router.get("/groups/{group}/budget")
    async def get_group_budget(group: str = group) -> dict[str, Any]:
        return await show("group", group)

    @router.put("/groups/{group}/budget")
    async def put_group_budget(spec: BudgetSpec, group: str = group) -> dict[str, Any]:
        return await put("group", group, spec)

    @router.delete("/groups/{group}/budget")
    async def delete_group_budget(group: str = group) -> dict[str, Any]:
        return await delete("group", group)


def refusal_handler(core: Core) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    async def handle(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RefusalError)
        return core.errors.render_refusal(request.url.path, exc.refusal)  # type: ignore[return-value]

    return handle

"""Admin API for OAuth grants: which clients a person has authorized, and revoking one
(``bastion oauth grants`` / ``bastion oauth revoke`` use it; the dashboard can too)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

if TYPE_CHECKING:
    from bastion.gateway.oauth.service import OAuthService


def admin_router(svc: OAuthService, admin_dependency: Any) -> APIRouter:
    router = APIRouter(prefix="/admin/oauth", tags=["oauth"], dependencies=[Depends(admin_dependency)])

    @router.get("/grants")
    async def list_grants(
        user_id: str | None = Query(None, max_length=128),
        include_revoked: bool = False,
    ) -> JSONResponse:
        """Authorized clients (one grant per sign-in: client, resource, scope, sign-in method,
        when it was created and last refreshed), newest first."""
        rows = await svc.grants.list(user_id, include_revoked)
        return JSONResponse({"grants": [r.public() for r in rows]})

    @router.delete("/grants/{grant_id}")
    async def revoke_grant(grant_id: str) -> JSONResponse:
        """Revoke a grant: its refresh token stops working at once, its access tokens at once on
        this replica and within ``access_token_ttl_s`` elsewhere."""
        if len(grant_id) != 32:
            return JSONResponse({"error": {"code": "not_found", "message": "no such grant"}}, status_code=404)
        revoked = await svc.revoke_grant(grant_id, "revoked_by_admin", "admin")
        if not revoked:
            return JSONResponse({"error": {"code": "not_found", "message": "no such active grant"}}, status_code=404)
        return JSONResponse({"revoked": True, "grant_id": grant_id})

    return router

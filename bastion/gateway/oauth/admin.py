"""Admin API for OAuth: which clients a person has authorized and revoking one (``bastion oauth
grants`` / ``bastion oauth revoke`` use it; the dashboard can too), and local users' passwords."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from bastion.gateway.oauth.local_users import MIN_PASSWORD

if TYPE_CHECKING:
    from bastion.gateway.oauth.local_users import LocalUsers
    from bastion.gateway.oauth.service import OAuthService


class PasswordIn(BaseModel):
    password: str = Field(min_length=MIN_PASSWORD, max_length=1024)


def admin_router(svc: OAuthService, local: LocalUsers, admin_dependency: Any) -> APIRouter:
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

    @router.put("/local-users/{user_id}/password")
    async def set_password(user_id: str, body: PasswordIn) -> JSONResponse:
        """Set a Bastion user's sign-in password (``auth.oauth.local_users``); the user must exist."""
        if not await local.set_password(user_id, body.password):
            return JSONResponse({"error": {"code": "not_found", "message": "no such user"}}, status_code=404)
        return JSONResponse({"user_id": user_id, "password_set": True})

    @router.delete("/local-users/{user_id}/password")
    async def remove_password(user_id: str) -> JSONResponse:
        """The user can no longer sign in with a password (grants already made stay until revoked)."""
        if not await local.remove_password(user_id):
            return JSONResponse({"error": {"code": "not_found", "message": "no password set"}}, status_code=404)
        return JSONResponse({"user_id": user_id, "password_set": False})

    return router

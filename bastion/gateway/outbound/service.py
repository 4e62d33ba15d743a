"""``core.outbound``: Bastion's identity towards upstreams, shared by the front doors.

It owns the signing key ring, the identity-JWT minter, the token exchanger and their HTTP
client, builds one :class:`UserCredential` per upstream from its spec, serves the public JWKS
(``GET /.well-known/jwks.json``) and the admin key routes (``/admin/outbound/keys``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import anyio
import httpx
import orjson
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response

from bastion.gateway.admin import require_admin
from bastion.gateway.outbound.credentials import Caller, UserCredential, UserCredentialSpec
from bastion.gateway.outbound.exchange import TokenExchangeCredential, TokenExchanger
from bastion.gateway.outbound.identity_jwt import IdentityJwtCredential, IdentityTokens
from bastion.gateway.outbound.settings import OutboundSettings
from bastion.gateway.outbound.signing import KeyRing
from bastion.gateway.principal import Principal

if TYPE_CHECKING:
    # Only a type: the settings model imports this package's settings section.
    from bastion.gateway.settings import CoreSettings

log = logging.getLogger("bastion.outbound")

JWKS_PATH = "/.well-known/jwks.json"


class Outbound:
    """Per-user credentials towards upstreams. Enter :meth:`running` once (a core lifecycle)."""

    def __init__(self, settings: OutboundSettings, store: Any | None, issuer: str) -> None:
        self.settings = settings
        self.keys = KeyRing(settings, store)
        self.tokens = IdentityTokens(self.keys, issuer, settings.token_ttl_s, settings.cache_size)
        self.exchanger = TokenExchanger(self.tokens, settings.cache_size, settings.http_timeout_s)
        #: The gateway's own identity, for upstream calls made for no user (tool lists, agent
        #: cards, resource subscriptions).
        self.service = Caller(
            Principal(user_id=settings.service_subject, auth_method="service", name="Bastion gateway")
        )
        #: Set by a front door that configured a per-user credential: load the keys at start-up.
        self.in_use = False

    @classmethod
    def from_settings(cls, settings: CoreSettings, store: Any | None) -> Outbound:
        """From the gateway's settings (``auth.outbound``; issuer default ``server.public_url``)."""
        s = settings.auth.outbound
        server = settings.server
        issuer = s.issuer or server.public_url or f"http://{server.host}:{server.port}"
        return cls(s, store, issuer.rstrip("/"))

    @property
    def issuer(self) -> str:
        return self.tokens.issuer

    def credential(self, spec: UserCredentialSpec, *, name: str, default_audience: str) -> UserCredential:
        """The credential object for one upstream (build once, when the upstream is registered)."""
        self.in_use = True
        if spec.type == "identity_jwt":
            return IdentityJwtCredential(spec, self.tokens, spec.audience or default_audience)
        return TokenExchangeCredential(spec, self.exchanger, name)

    # ------------------------------------------------------------------ lifecycle
    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The exchange client; the key ring loaded up front and re-read periodically (rotations
        made by another replica sharing the store)."""
        async with httpx.AsyncClient(timeout=self.settings.http_timeout_s, follow_redirects=False) as client:
            self.exchanger.client = client
            try:
                async with anyio.create_task_group() as tg:
                    if self.in_use or self.keys.configured:
                        await self.keys.ensure()
                    if not self.keys.configured:
                        tg.start_soon(self._reload_periodically)
                    try:
                        yield
                    finally:
                        tg.cancel_scope.cancel()
            finally:
                self.exchanger.client = None

    async def _reload_periodically(self) -> None:
        while True:
            await anyio.sleep(self.settings.key_reload_s)
            if self.keys.current is None:
                continue  # nobody has needed a key yet
            try:
                await self.keys.reload()
            except Exception:  # noqa: BLE001 - keep signing with the keys we have
                log.warning("outbound: re-reading the signing keys failed", exc_info=True)

    # ------------------------------------------------------------------ HTTP
    async def jwks_endpoint(self, request: Request) -> Response:
        """``GET /.well-known/jwks.json``: the public keys, for upstreams to verify identity JWTs."""
        await self.keys.ensure()
        body = orjson.dumps(self.keys.jwks())
        return Response(
            body,
            media_type="application/json",
            headers={
                "cache-control": f"public, max-age={self.settings.jwks_max_age_s}",
                "access-control-allow-origin": "*",
            },
        )

    def admin_router(self, admin_dependency: Any) -> APIRouter:
        router = APIRouter(
            prefix="/admin/outbound", tags=["outbound identity"], dependencies=[Depends(admin_dependency)]
        )

        @router.get("/keys")
        async def list_keys() -> JSONResponse:
            """The issuer, the signing key id and every published key (public parts only)."""
            current = await self.keys.ensure()
            return JSONResponse(
                {
                    "issuer": self.issuer,
                    "kid": current.kid,
                    "source": "settings" if self.keys.configured else "store",
                    **self.keys.jwks(),
                }
            )

        @router.post("/keys/rotate")
        async def rotate() -> JSONResponse:
            """A new signing key; the previous one stays published (``retired_key_publish_s``)."""
            try:
                new = await self.keys.rotate()
            except RuntimeError as e:
                return JSONResponse({"error": {"code": "conflict", "message": str(e)}}, status_code=409)
            self.tokens.cache = type(self.tokens.cache)(self.settings.cache_size)  # sign anew
            return JSONResponse({"kid": new.kid, **self.keys.jwks()})

        return router


def mount(app: Any, core: Any) -> None:
    """``GET /.well-known/jwks.json`` (public) and the admin key routes; the lifecycle."""
    outbound: Outbound = core.outbound
    app.add_route(JWKS_PATH, outbound.jwks_endpoint, methods=["GET"], include_in_schema=False)
    app.include_router(outbound.admin_router(require_admin(core)))

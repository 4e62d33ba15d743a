"""The app factory: settings in, a ready ASGI app out. The only place that knows every part.

This is the composition root (with ``bastion/settings.py`` and ``bastion/cli.py``): it builds
the core from its settings, builds each front door from its own section, lets every front door
``provide`` to the core, then mounts the core's own HTTP parts and every front door
(``bastion/gateway/frontdoor.py``). The core never imports a front door; this module is where
they meet.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp

from bastion import __version__
from bastion.a2a import A2AFrontDoor
from bastion.gateway import oauth
from bastion.gateway.admin import (
    RefusalError,
    admin_docs_router,
    admin_router,
    refusal_handler,
)
from bastion.gateway.authn import credentials_of
from bastion.gateway.call import Call, Refusal
from bastion.gateway.core import Core
from bastion.gateway.dashboard import mount_dashboard
from bastion.gateway.fastlane import PlainRouteDispatcher, split_plain_routes
from bastion.gateway.frontdoor import FrontDoor
from bastion.gateway.guard import Guard, trace_id_of
from bastion.gateway.identity import mount_providers
from bastion.gateway.outbound import service as outbound
from bastion.gateway.policy.admin import admin_router as policy_admin_router
from bastion.gateway.selfservice import self_service_router
from bastion.gateway.semcache.admin import build_admin_router as semcache_admin_router
from bastion.llm import LLMFrontDoor
from bastion.mcp_bridge import McpFrontDoor
from bastion.settings import Settings, load_settings

HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "bad_request",
    429: "rate_limited",
}


def front_doors(settings: Settings) -> list[FrontDoor]:
    """Every front door, each built from its own settings section. The order is free:
    ``create_app`` lets all of them provide to the core before it mounts any."""
    return [LLMFrontDoor(settings.llm), McpFrontDoor(settings.mcp), A2AFrontDoor(settings.a2a)]


def create_app(settings: Settings, *, announce: bool = False, doors: Sequence[FrontDoor] | None = None) -> ASGIApp:
    """Build the object graph from ``settings`` and mount every front door (``doors``, default
    :func:`front_doors`).

    ``announce`` prints the first-start banner (data directory, generated admin key) on stdout;
    the CLI sets it, tests read the key from the core instead.
    """
    core = Core(settings)
    doors = front_doors(settings) if doors is None else doors
    for door in doors:
        door.provide(core)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async with core.running():
            if announce:
                _print_banner(core)
            yield

    app = FastAPI(
        title="Bastion",
        version=__version__,
        lifespan=lifespan,
        # Served by admin_docs_router instead: FastAPI's own routes answer without a key.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.core = core
    _install_error_handlers(app, core)
    _install_ops_routes(app, core)
    app.include_router(admin_router(core))
    app.include_router(admin_docs_router(core, app.openapi))
    app.include_router(self_service_router(core))
    app.include_router(policy_admin_router(core))
    app.include_router(semcache_admin_router(core))
    for door in doors:
        door.mount(app, core)
    mount_providers(app, core)  # identity providers with browser routes (SAML sign-in)
    oauth.mount(app, core)  # the OAuth authorization server for MCP clients (auth.oauth)
    outbound.mount(app, core)  # /.well-known/jwks.json for upstreams verifying identity JWTs
    mount_dashboard(app, core)
    lane = PlainRouteDispatcher(split_plain_routes(app.router.routes), app, core.errors)
    guard = Guard(
        lane,
        errors=core.errors,
        max_body_bytes=settings.server.max_body_bytes,
        max_header_bytes=settings.server.max_header_bytes,
        refusals=core.refusals,
    )
    guard.state = app.state  # type: ignore[attr-defined]  # tests reach the core through it
    return guard


async def _noop(call: Call) -> None:
    return None


def _install_ops_routes(app: FastAPI, core: Core) -> None:
    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        store_ok = await core.store.ping()
        writer_ok = core.audit.alive
        ok = store_ok and writer_ok
        return JSONResponse(
            {
                "status": "ready" if ok else "not ready",
                "store": store_ok,
                "audit_writer": writer_ok,
                "audit_queue_depth": core.audit.depth,
            },
            status_code=200 if ok else 503,
        )

    admin_pipeline = core.pipeline("admin")

    async def metrics(request: Request) -> Response:
        """Prometheus exposition; unless ``server.public_metrics``, an admin call (audited)."""
        if not core.settings.server.public_metrics:
            call = Call(
                front_door="admin",
                kind="admin",
                target="GET /metrics",
                credentials=credentials_of(request),
                method="GET",
                trace_id=trace_id_of(request.scope),
            )
            try:
                await admin_pipeline.run(call, _noop)
            except Refusal as r:
                return core.errors.render_refusal(request.url.path, r)
        return Response(core.metrics.render(), media_type=core.metrics.content_type)

    app.add_route("/metrics", metrics, methods=["GET"], include_in_schema=False)

    whoami_pipeline = core.pipeline("gateway")

    async def whoami(request: Request) -> Response:
        """Who the presented credentials identify: an authenticated no-op through the pipeline."""
        call = Call(
            front_door="gateway",
            kind="ping",
            target="whoami",
            credentials=credentials_of(request),
            method="GET",
            trace_id=trace_id_of(request.scope),
        )
        try:
            await whoami_pipeline.run(call, _noop)
        except Refusal as r:
            return core.errors.render_refusal(request.url.path, r)
        assert call.principal is not None
        return JSONResponse(
            {
                **call.principal.summary(),
                "name": call.principal.name,
                "roles": list(call.principal.roles),
                "trace_id": call.trace_id,
            }
        )

    app.add_route("/whoami", whoami, methods=["GET"], include_in_schema=False)

    @app.get("/", include_in_schema=False)
    async def root() -> PlainTextResponse:
        return PlainTextResponse(f"Bastion {__version__}: see /healthz, /admin/docs\n")


def _install_error_handlers(app: FastAPI, core: Core) -> None:
    app.add_exception_handler(RefusalError, refusal_handler(core))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route for {request.method} {request.url.path}"
            # The OAuth admin routes exist only with the authorization server on: say so rather
            # than leave `bastion oauth grants` looking like a broken gateway.
            if request.url.path.startswith("/admin/oauth/") and not core.settings.auth.oauth.enabled:
                message += " (OAuth sign-in is off on this gateway: set auth.oauth.enabled)"
        return core.errors.render(request.url.path, exc.status_code, code, message)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        parts = []
        for e in exc.errors()[:5]:
            loc = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
            parts.append(f"{loc or 'body'}: {e.get('msg')}")
        return core.errors.render(request.url.path, 400, "bad_request", "; ".join(parts) or "invalid request")

    async def crash(request: Request, exc: Exception) -> Response:
        return core.errors.render(
            request.url.path, 500, "internal", "internal error; see the gateway log for the trace id"
        )

    app.add_exception_handler(Exception, crash)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


def _print_banner(core: Core) -> None:
    s = core.settings
    base = f"http://{s.server.host}:{s.server.port}"
    lines = [
        f"Bastion {__version__} is up.",
        f"  data:      {s.data_dir.resolve()}  (store: {_safe_url(s.resolved_store_url)})",
        f"  health:    {base}/healthz",
        f"  admin API: {base}/admin/docs",
        f"  LLM:       {base}/v1    MCP: {base}/mcp    A2A: {base}/a2a/agents",
    ]
    if core.generated_admin_key:
        lines += [
            "",
            "  First start: an admin key was generated. It is shown only this once; only its hash",
            "  is stored. Keep it somewhere safe (e.g. export BASTION_ADMIN_KEY=...):",
            f"    {core.generated_admin_key}",
        ]
    print("\n".join(lines), flush=True)
    sys.stdout.flush()


def _safe_url(url: str) -> str:
    # Never print a database password.
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def app_from_env() -> Any:
    """ASGI factory for ``uvicorn --factory bastion.app:app_from_env``."""
    return create_app(load_settings(), announce=True)

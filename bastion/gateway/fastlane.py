"""Dispatch the front doors' plain Starlette routes ahead of FastAPI's middleware stack.

FastAPI wraps every request in several middlewares (error handling, exception handlers, an
exit stack, telemetry) and its dependency machinery; on the hot path that costs more than the
whole governance pipeline. The front doors' endpoints are plain Starlette routes that render
their own errors, so they are served directly; everything else (admin API, docs, 404s and 405s,
lifespan) falls through to FastAPI.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Match, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from bastion.gateway.errors import ErrorShapes


class PlainRouteDispatcher:
    """Serves the front doors' plain Starlette routes directly; everything else goes to
    ``fallback`` (the FastAPI app)."""

    def __init__(self, routes: Sequence[BaseRoute], fallback: ASGIApp, errors: ErrorShapes) -> None:
        self.routes = tuple(routes)
        self.fallback = fallback
        self.errors = errors
        #: Routes without path parameters by their path, tried first with one dict lookup
        #: instead of matching every route before them in turn (the LLM routes come after the
        #: MCP ones). Only where no earlier route matches that path, so the order still decides.
        self.exact: dict[str, BaseRoute] = {}
        for i, route in enumerate(self.routes):
            if not isinstance(route, Route) or route.param_convertors:
                continue
            earlier = self.routes[:i]
            if route.path not in self.exact and not any(
                isinstance(r, (Route, Mount)) and r.path_regex.match(route.path) for r in earlier
            ):
                self.exact[route.path] = route

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            route = self.exact.get(scope["path"]) if not scope.get("root_path") else None
            if route is not None:
                match, child = route.matches(scope)
                if match is Match.FULL:
                    await self._handle(route, child, scope, receive, send)
                    return
            for route in self.routes:
                match, child = route.matches(scope)
                if match is Match.FULL:
                    await self._handle(route, child, scope, receive, send)
                    return
        # Partial matches (wrong method) and everything else: FastAPI answers.
        await self.fallback(scope, receive, send)

    async def _handle(self, route: BaseRoute, child: Scope, scope: Scope, receive: Receive, send: Send) -> None:
        scope.update(child)
        scope["app"] = self.fallback
        try:
            await route.handle(scope, receive, send)
        except HTTPException as e:
            response = self.errors.render(scope["path"], e.status_code, "error", str(e.detail))
            await response(scope, receive, send)


def split_plain_routes(routes: list[BaseRoute]) -> list[BaseRoute]:
    """The routes that are plain Starlette ``Route``/``Mount`` (not FastAPI ``APIRoute``)."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount, Route

    return [
        r
        for r in routes
        if isinstance(r, (Route, Mount))
        and not isinstance(r, APIRoute)
        and getattr(r, "include_in_schema", True) is not None
    ]

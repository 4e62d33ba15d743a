"""The fast lane's one-lookup index of parameterless routes keeps the routes' order: a route
listed earlier that also matches a path still serves it, a wrong method still falls through to
the app behind (405 there), and other paths still reach their routes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route

from bastion.gateway.errors import ErrorShapes
from bastion.gateway.fastlane import PlainRouteDispatcher


def _says(text: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return PlainTextResponse(text)

    return endpoint


@pytest.mark.anyio
async def test_exact_routes_keep_the_route_order() -> None:
    async def fallback_endpoint(request: Request) -> Response:
        return PlainTextResponse("fallback", status_code=405 if request.url.path == "/post-only" else 404)

    fallback = Starlette(routes=[Route("/{path:path}", fallback_endpoint, methods=["GET", "POST"])])
    sub = Starlette(routes=[Route("/inner", _says("mounted"))])
    routes = [
        Route("/items/{name}", _says("param route")),
        Route("/items/static", _says("static route, shadowed")),
        Mount("/m", app=sub),
        Route("/m/inner", _says("static route behind a mount")),
        Route("/post-only", _says("post"), methods=["POST"]),
        Route("/plain", _says("plain")),
    ]
    lane = PlainRouteDispatcher(routes, fallback, ErrorShapes())
    # Only the routes no earlier route matches are in the index.
    assert set(lane.exact) == {"/post-only", "/plain"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=lane), base_url="http://t") as c:
        assert (await c.get("/items/static")).text == "param route"
        assert (await c.get("/m/inner")).text == "mounted"
        assert (await c.get("/plain")).text == "plain"
        assert (await c.post("/post-only")).text == "post"
        wrong = await c.get("/post-only")
        assert wrong.status_code == 405 and wrong.text == "fallback"
        assert (await c.get("/nowhere")).status_code == 404

"""The operations dashboard at ``/dashboard``: static files, no server-side logic.

The page holds no secrets and loads without credentials. Every figure it shows comes from the
admin API, called by the browser with the bearer token the operator types in, or that a SAML
sign-in hands back (kept in ``sessionStorage`` only), so the dashboard grants nothing the admin
API does not already grant.
The files are served with a strict Content-Security-Policy: no inline code, no third-party
origin, no framing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bastion.gateway.core import Core

STATIC_DIR = Path(__file__).parent / "static"
PREFIX = "/dashboard"

#: Sent with every dashboard response. ``connect-src 'self'`` keeps the token on this origin.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    # The files change with each release; revalidate rather than serve a stale script.
    (b"cache-control", b"no-cache"),
)


class SecurityHeaders:
    """ASGI wrapper adding :data:`SECURITY_HEADERS` to every response of the wrapped app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._names = {name for name, _ in SECURITY_HEADERS}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self._names]
                message["headers"] = kept + list(SECURITY_HEADERS)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except HTTPException as e:
            # StaticFiles raises for a missing file; answer here so the headers still apply.
            await PlainTextResponse(str(e.detail), status_code=e.status_code)(scope, receive, send_with_headers)


async def redirect_to_index(scope: Scope, receive: Receive, send: Send) -> None:
    """``/dashboard`` -> ``/dashboard/``: the relative asset URLs in index.html need the slash."""
    await RedirectResponse(f"{PREFIX}/", status_code=307)(scope, receive, send)


def mount_dashboard(app: FastAPI, core: Core) -> None:
    """Serve the dashboard under ``/dashboard`` unless ``server.dashboard`` is off.

    Plain Starlette routes (not FastAPI ones), so the fast lane serves them directly.
    """
    if not core.settings.server.dashboard:
        return
    files = SecurityHeaders(StaticFiles(directory=STATIC_DIR, html=True))
    app.router.routes.append(
        Route(PREFIX, SecurityHeaders(redirect_to_index), methods=["GET", "HEAD"], include_in_schema=False)
    )
    app.router.routes.append(Mount(PREFIX, app=files, name="dashboard"))

"""What a browser sees of SAML sign-in: the page that shows the session token once, error
pages (JSON for non-browser clients), and the check that keeps ``next`` a local path.

Every page is static HTML with a Content-Security-Policy that allows nothing but its own
inline style and, on the success page, one fixed script identified by its hash; it is never
cached, never framed and sends no referrer (the token must not leak through any of these).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

#: A local absolute path (with query/fragment): no scheme, no host, no ``//`` or ``/\\``
#: (both read as a host by browsers), no backslash, quote, space or control character.
_LOCAL_PATH = re.compile(r"/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*")
_MAX_NEXT = 1024
#: The dashboard keeps its bearer token here (bastion/gateway/dashboard/static/dashboard.js).
DASHBOARD_PREFIX = "/dashboard"
DASHBOARD_TOKEN_KEY = "bastion.dashboard.token"

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}"
    "pre{background:#f3f4f6;padding:1rem;white-space:pre-wrap;word-break:break-all;user-select:all}"
    "code{background:#f3f4f6;padding:0 .2rem}.err{color:#a11}"
)
#: Hands the token to the dashboard (same origin, its sessionStorage key) and goes on there.
_HANDOFF = (
    "(function(){var t=document.getElementById('token'),n=document.getElementById('next');"
    "if(!t||!n||n.getAttribute('data-handoff')!=='dashboard')return;"
    f"try{{sessionStorage.setItem('{DASHBOARD_TOKEN_KEY}',t.getAttribute('data-token'));}}"
    "catch(e){return;}location.replace(n.getAttribute('href'));})();"
)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


_CSP_BASE = (
    f"default-src 'none'; style-src {_sha256(_STYLE)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "cache-control": "no-store",
    "pragma": "no-cache",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


def safe_next(value: str | None) -> str | None:
    """``value`` if it is a local path to return to, None if absent; ``ValueError`` for
    anything that could send the browser elsewhere."""
    if value is None or value == "":
        return None
    if len(value) > _MAX_NEXT or _LOCAL_PATH.fullmatch(value) is None:
        raise ValueError("next must be a local path (starting with a single /)")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        raise ValueError("next must be a local path (starting with a single /)")
    return value


def wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _page(title: str, body: str, status: int, script: str | None = None) -> HTMLResponse:
    csp = _CSP_BASE + (f"; script-src {_sha256(script)}" if script else "")
    doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta name="referrer" content="no-referrer"><style>{_STYLE}</style></head><body><main>{body}</main>'
        + (f"<script>{script}</script>" if script else "")
        + "</body></html>"
    )
    return HTMLResponse(doc, status_code=status, headers={**_HEADERS, "content-security-policy": csp})


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """An error in the client's language: an HTML page for browsers, JSON otherwise."""
    if wants_html(request):
        body = (
            f'<h1>Sign-in failed</h1><p class="err">{html.escape(message)}</p>'
            "<p>Start again from your application, or ask your administrator.</p>"
        )
        return _page("Sign-in failed", body, status)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=_HEADERS)


def signed_in_response(
    request: Request, token: str, user_id: str, expires_at_iso: str, next_path: str | None
) -> Response:
    """The session token, shown once; with ``next`` a link there (and, for the dashboard,
    a hand-over of the token in its sessionStorage and an automatic redirect)."""
    if not wants_html(request):
        return JSONResponse(
            {
                "token": token,
                "token_type": "Bearer",
                "user_id": user_id,
                "expires_at": expires_at_iso,
                "next": next_path,
            },
            headers=_HEADERS,
        )
    t = html.escape(token, quote=True)
    body = (
        f"<h1>Signed in as {html.escape(user_id)}</h1>"
        f"<p>Your Bastion session token, valid until {html.escape(expires_at_iso)}. It is shown only "
        "this once: copy it now. Send it as <code>Authorization: Bearer &lt;token&gt;</code> (or "
        "<code>x-api-key</code>) to the LLM, MCP and A2A endpoints.</p>"
        f'<pre id="token" data-token="{t}">{t}</pre>'
    )
    script = None
    if next_path is not None:
        handoff = next_path == DASHBOARD_PREFIX or next_path.startswith(DASHBOARD_PREFIX + "/")
        n = html.escape(next_path, quote=True)
        body += (
            f'<p><a id="next" href="{n}"'
            + (' data-handoff="dashboard"' if handoff else "")
            + f">Continue to {n}</a></p>"
        )
        script = _HANDOFF if handoff else None
    return _page("Signed in to Bastion", body, 200, script)

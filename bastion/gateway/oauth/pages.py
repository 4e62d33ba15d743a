"""The pages a person sees while authorizing a client: sign-in choice, directory form, consent,
and errors. Static HTML, escaped, no script; never cached, framed or referred (the URLs carry
one-time values)."""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Sequence

from starlette.responses import HTMLResponse

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:600}"
    "dd{margin:0;word-break:break-all}.err{color:#a11}form{margin:1rem 0}"
    "input{display:block;margin:.3rem 0 .8rem;padding:.4rem;width:100%}button{padding:.5rem 1rem;margin-right:.5rem}"
    "a.btn{display:inline-block;padding:.5rem 1rem;border:1px solid #888;border-radius:4px;text-decoration:none}"
)
_CSP = (
    "default-src 'none'; style-src 'sha256-"
    + base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
    + "'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "cache-control": "no-store",
    "pragma": "no-cache",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-security-policy": _CSP,
}

e = html.escape


def page(title: str, body: str, status: int = 200) -> HTMLResponse:
    doc = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{e(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{e(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(doc, status_code=status, headers=_HEADERS)


def error_page(message: str, status: int = 400) -> HTMLResponse:
    return page("Cannot continue", f'<p class="err">{e(message)}</p>', status)


def sign_in_page(
    client_name: str,
    rid: str,
    links: Sequence[tuple[str, str]],
    form_ids: Sequence[tuple[str, str]],
    error: str | None = None,
) -> HTMLResponse:
    """Links to redirect sign-ins (label, URL) and one form per directory (id, label)."""
    parts = [f"<p><strong>{e(client_name)}</strong> wants to use Bastion on your behalf. Sign in first.</p>"]
    if error:
        parts.append(f'<p class="err">{e(error)}</p>')
    for label, url in links:
        parts.append(f'<p><a class="btn" href="{e(url)}">{e(label)}</a></p>')
    for method_id, label in form_ids:
        parts.append(
            f'<form method="post" action="/oauth/sign-in/{e(method_id)}"><fieldset><legend>{e(label)}</legend>'
            f'<input type="hidden" name="rid" value="{e(rid)}">'
            '<label>Username<input name="username" autocomplete="username" required></label>'
            '<label>Password<input name="password" type="password" autocomplete="current-password" required>'
            '</label><button type="submit">Sign in</button></fieldset></form>'
        )
    if not links and not form_ids:
        parts.append('<p class="err">No sign-in method is configured (see auth.providers).</p>')
    return page("Sign in to Bastion", "".join(parts), 401 if error else 200)


def consent_page(
    rid: str, csrf: str, client_name: str, client_id: str, user: str, scopes: Sequence[str], resource: str
) -> HTMLResponse:
    scope_items = "".join(f"<li><code>{e(s)}</code></li>" for s in scopes)
    body = (
        f"<p>Signed in as <strong>{e(user)}</strong>.</p>"
        f"<p><strong>{e(client_name)}</strong> asks for access to Bastion as you.</p>"
        f"<dl><dt>Application</dt><dd>{e(client_name)}</dd><dt>Client id</dt><dd>{e(client_id)}</dd>"
        f"<dt>Resource</dt><dd>{e(resource)}</dd><dt>Scopes</dt><dd><ul>{scope_items}</ul></dd></dl>"
        "<p>It will be able to use the tools you may use there, under your policies, budgets and audit, "
        "until you or an administrator revoke it.</p>"
        f'<form method="post" action="/oauth/consent"><input type="hidden" name="rid" value="{e(rid)}">'
        f'<input type="hidden" name="csrf" value="{e(csrf)}">'
        '<button type="submit" name="decision" value="allow">Allow</button>'
        '<button type="submit" name="decision" value="deny">Deny</button></form>'
    )
    return page("Authorize access", body)

"""Identity providers: ways to authenticate besides Bastion's own virtual keys.

Each provider is configured by one entry of ``auth.providers`` in the settings, selected by
its ``type``, and validated by that provider's own pydantic model (errors name the entry:
``auth.providers[0].issuer: ...``). The authenticator asks the providers in order after the
virtual-key check; the first that recognises the credentials returns the principal. A provider
that holds connections or background work exposes ``lifecycle()``; it is entered at start-up.
A provider with its own HTTP routes (SAML's browser sign-in) exposes ``mount(app, core)``.

Adding a provider: a module here with a ``from_settings(raw: dict, where: str) -> provider``
function, and one line in ``_FACTORIES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bastion.gateway.authn import IdentityProvider
from bastion.gateway.settings import SettingsError

# type -> "module:function" (imported only when configured, so an unused provider costs nothing)
_FACTORIES: dict[str, str] = {
    "trusted_headers": "bastion.gateway.identity.headers:from_settings",
    "oidc": "bastion.gateway.identity.oidc:from_settings",
    "ldap": "bastion.gateway.identity.ldap:from_settings",
    "saml": "bastion.gateway.identity.saml:from_settings",
}


def _factory(kind: str) -> Callable[[dict[str, Any], str], IdentityProvider]:
    module, _, name = _FACTORIES[kind].partition(":")
    factory: Callable[[dict[str, Any], str], IdentityProvider] = getattr(importlib.import_module(module), name)
    return factory


def build_providers(raw: list[dict[str, Any]]) -> list[IdentityProvider]:
    """The configured providers, in order. Raises ``SettingsError`` for a bad entry."""
    providers: list[IdentityProvider] = []
    for i, entry in enumerate(raw):
        where = f"auth.providers[{i}]"
        if not isinstance(entry, dict) or "type" not in entry:
            raise SettingsError(f"{where}.type: required (one of {', '.join(sorted(_FACTORIES))})")
        kind = entry["type"]
        if kind not in _FACTORIES:
            raise SettingsError(f"{where}.type: unknown provider {kind!r} (one of {', '.join(sorted(_FACTORIES))})")
        providers.append(_factory(kind)({k: v for k, v in entry.items() if k != "type"}, where))
    return providers


def mount_providers(app: Any, core: Any) -> None:
    """Let providers with browser flows (SAML) add their routes and bind to core services:
    each provider's optional ``mount(app, core)``, called once the front doors are mounted.

    Also ``GET /auth/providers``: the browser sign-in links (a provider's optional
    ``sign_in`` dict), public, so the dashboard's sign-in page can offer them."""
    links: list[dict[str, str]] = []
    for provider in core.authenticator.providers:
        mount = getattr(provider, "mount", None)
        if mount is not None:
            mount(app, core)
        link = getattr(provider, "sign_in", None)
        if link is not None:
            links.append(dict(link))
    body = {"sign_in": links}

    async def sign_in_links(request: Request) -> JSONResponse:
        return JSONResponse(body, headers={"cache-control": "no-cache"})

    app.router.routes.append(Route("/auth/providers", sign_in_links, methods=["GET"], include_in_schema=False))


__all__ = ["build_providers", "mount_providers"]

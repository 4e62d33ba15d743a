"""Identity providers: ways to authenticate besides Bastion's own virtual keys.

Each provider is configured by one entry of ``auth.providers`` in the settings, selected by
its ``type``, and validated by that provider's own pydantic model (errors name the entry:
``auth.providers[0].issuer: ...``). The authenticator asks the providers in order after the
virtual-key check; the first that recognises the credentials returns the principal. A provider
that holds connections or background work exposes ``lifecycle()``; it is entered at start-up.
A provider with its own HTTP routes (SAML's browser sign-in) exposes ``mount(app, core)``.

Adding a provider: a module here with its settings model (``SETTINGS``, a ``MappingSettings``),
a ``from_settings(settings, where: str) -> provider`` function, and one line in
``mapping.PROVIDER_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bastion.gateway.authn import IdentityProvider
from bastion.gateway.identity.mapping import MappingSettings, provider_settings
from bastion.gateway.sections import SettingsError, describe_validation_error


def build_providers(entries: Sequence[MappingSettings | dict[str, Any]]) -> list[IdentityProvider]:
    """The configured providers, in order (entries as the settings model validated them, or raw
    mappings with a ``type``). Raises ``SettingsError`` for a bad entry."""
    providers: list[IdentityProvider] = []
    for i, entry in enumerate(entries):
        where = f"auth.providers[{i}]"
        try:
            settings = provider_settings(entry)
        except ValueError as e:  # pydantic's ValidationError is one
            message = (
                describe_validation_error(e, prefix=where)
                if isinstance(e, ValidationError)
                else f"invalid settings:\n  {where}.{e}"
            )
            raise SettingsError(message) from None
        factory: Callable[[Any, str], IdentityProvider] = importlib.import_module(
            type(settings).__module__
        ).from_settings
        providers.append(factory(settings, where))
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

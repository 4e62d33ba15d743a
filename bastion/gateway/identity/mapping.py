"""What identity providers share: settings pieces (grants, secrets) and the checks that turn
an identity asserted by someone else (a proxy header, a token claim) into ``Principal`` fields.

Values coming from outside are validated, never trusted to be well formed: a user id or group
with control characters or absurd length is refused rather than cleaned, so that audit
records and policies only ever see values an operator would recognise.
"""

from __future__ import annotations

import importlib
import ipaddress
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from bastion.gateway import secrets
from bastion.gateway.principal import UNRESTRICTED, Grants
from bastion.gateway.sections import validate_section

#: Letters and digits of any script plus the punctuation found in user names, e-mail
#: addresses, Windows ``DOMAIN\\user`` and LDAP-ish ids. No whitespace, no control characters.
_USER_ID = re.compile(r"[\w.@+\-:=/\\|~!#$%&'*^`{}?]{1,256}")
#: Group names may contain spaces ("Domain Users") but no commas (the header separator).
_GROUP = re.compile(r"[\w.@+\-:=/\\|~!#$%&'*^`{}? ()\[\]]{1,256}")
_EMAIL = re.compile(r"[^@\s,;<>\"()\[\]\\]{1,64}@[^@\s,;<>\"()\[\]\\]{1,255}")
_MAX_GROUPS = 512
_MAX_TEXT = 256


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GrantsSettings(_Strict):
    """What principals from a provider may use (``None`` = unrestricted, ``[]`` = nothing)."""

    models: list[str] | None = None
    mcp_servers: list[str] | None = None
    tools: list[str] | None = None
    agents: list[str] | None = None

    def to_grants(self) -> Grants:
        def t(v: list[str] | None) -> tuple[str, ...] | None:
            return None if v is None else tuple(v)

        if self.models is None and self.mcp_servers is None and self.tools is None and self.agents is None:
            return UNRESTRICTED
        return Grants(
            models=t(self.models), mcp_servers=t(self.mcp_servers), tools=t(self.tools), agents=t(self.agents)
        )


class MappingSettings(_Strict):
    """Settings every provider has: who is admin, what principals may use, their rate limit."""

    #: Members of any of these groups get the ``admin`` role (admin API access).
    admin_groups: list[str] = Field(default_factory=list)
    grants: GrantsSettings = Field(default_factory=GrantsSettings)
    #: Requests per minute per principal from this provider; 0 = unlimited.
    rpm_limit: int = Field(default=0, ge=0)


M = TypeVar("M", bound=BaseModel)


def validated(model: type[M], raw: dict[str, Any] | M, where: str) -> M:
    """``raw`` as ``model``; a ``SettingsError`` naming the entry's path otherwise."""
    return validate_section(model, raw, where)


#: ``type`` of an ``auth.providers`` entry -> the module with its settings model (``SETTINGS``)
#: and its ``from_settings(settings, where)``. A module is imported only when a provider of its
#: type is configured: pysaml2 and ldap3 alone add seconds to every start-up.
PROVIDER_MODULES: dict[str, str] = {
    "trusted_headers": "bastion.gateway.identity.headers",
    "oidc": "bastion.gateway.identity.oidc",
    "ldap": "bastion.gateway.identity.ldap",
    "saml": "bastion.gateway.identity.saml",
}


def provider_settings(entry: Any) -> MappingSettings:
    """One ``auth.providers`` entry as its provider's typed settings, chosen by ``type``.

    Used as the entry's validator inside the settings model, so a bad field is reported with
    its full path (``auth.providers.0.issuer``) when the settings are loaded."""
    if isinstance(entry, MappingSettings):
        return entry
    known = ", ".join(sorted(PROVIDER_MODULES))
    if not isinstance(entry, dict) or "type" not in entry:
        raise ValueError(f"type: required (one of {known})")
    kind = entry["type"]
    if kind not in PROVIDER_MODULES:
        raise ValueError(f"type: unknown provider {kind!r} (one of {known})")
    model: type[MappingSettings] = importlib.import_module(PROVIDER_MODULES[kind]).SETTINGS
    return model.model_validate({k: v for k, v in entry.items() if k != "type"})


def is_loopback_host(host: str | None) -> bool:
    """``localhost`` or a loopback address (None: no host given, which clients read as the
    local machine). Plain-text transports are allowed to such hosts only."""
    if host in ("localhost", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


resolve_secret = secrets.resolve_secret


def valid_user_id(value: str) -> bool:
    return _USER_ID.fullmatch(value) is not None


def valid_email(value: str) -> bool:
    return _EMAIL.fullmatch(value) is not None


def valid_text(value: str) -> bool:
    """A display name or department: printable, bounded."""
    return 0 < len(value) <= _MAX_TEXT and value.isprintable()


def split_groups(value: str | Iterable[object], spaces: bool = False) -> tuple[str, ...] | None:
    """Groups from a header value or claim: a list, or a comma separated string; with
    ``spaces`` a string without commas is split on whitespace (OAuth ``scope`` style).
    ``None`` when any entry is malformed (the caller refuses the identity)."""
    if isinstance(value, str):
        if spaces and "," not in value:
            parts: list[object] = list(value.split())
        else:
            parts = [p.strip() for p in value.split(",")]
    else:
        parts = list(value)
    if len(parts) > _MAX_GROUPS:
        return None
    groups: list[str] = []
    for p in parts:
        if not isinstance(p, str):
            return None
        if not p:
            continue
        if _GROUP.fullmatch(p) is None:
            return None
        groups.append(p)
    return tuple(dict.fromkeys(groups))


def recover_utf8(value: str) -> str:
    """Header values arrive decoded as latin-1 (ASGI); proxies send UTF-8 names. Re-decode
    when the bytes are valid UTF-8, otherwise keep the value as it is."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value

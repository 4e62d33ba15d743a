"""Identity asserted by an authenticating reverse proxy (oauth2-proxy, Pomerium, an SSO
ingress) in request headers such as ``X-Forwarded-User``.

Anyone can send those headers, so they are believed only from the proxy: the *direct peer*
address of the connection must be in ``trusted_proxies`` and, when a ``secret`` is set, the
proxy must also present it (for proxies that cannot be told apart by address, e.g. behind a
shared load balancer). The peer address is the TCP peer because ``bastion serve`` runs uvicorn
without its ``X-Forwarded-For`` rewriting (see ``cli.py``): a client cannot claim to be the proxy.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from typing import Any

from pydantic import Field, field_validator, model_validator

from bastion.gateway.call import Credentials
from bastion.gateway.identity.mapping import (
    MappingSettings,
    recover_utf8,
    resolve_secret,
    split_groups,
    valid_email,
    valid_text,
    valid_user_id,
    validated,
)
from bastion.gateway.principal import Principal

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _header_name(v: str) -> str:
    name = v.strip().lower()
    if not name or not all(c.isalnum() or c in "-_" for c in name):
        raise ValueError(f"not a header name: {v!r}")
    return name


class TrustedHeadersSettings(MappingSettings):
    #: IPs or CIDRs of the proxies (direct peers) whose headers are believed. Required.
    trusted_proxies: list[str] = Field(min_length=1)
    user_header: str = "x-forwarded-user"
    email_header: str | None = "x-forwarded-email"
    groups_header: str | None = "x-forwarded-groups"
    name_header: str | None = None
    department_header: str | None = None
    #: A shared secret the proxy adds in ``secret_header`` (value or ``env:VAR``).
    secret_header: str = "x-bastion-proxy-secret"
    secret: str | None = None

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, v: list[str]) -> list[str]:
        for entry in v:
            ipaddress.ip_network(entry, strict=False)  # ValueError -> a readable settings error
        return v

    @field_validator(
        "user_header", "email_header", "groups_header", "name_header", "department_header", "secret_header"
    )
    @classmethod
    def _names(cls, v: str | None) -> str | None:
        return None if v is None else _header_name(v)

    @model_validator(mode="after")
    def _secret_not_empty(self) -> TrustedHeadersSettings:
        if self.secret is not None and not self.secret.strip():
            raise ValueError("secret: must not be empty (omit it to trust by address alone)")
        return self


class TrustedHeadersProvider:
    """Authenticates requests that a trusted proxy forwarded with the user's identity."""

    def __init__(self, settings: TrustedHeadersSettings, secret: str | None = None) -> None:
        self.settings = settings
        self._networks: tuple[Network, ...] = tuple(
            ipaddress.ip_network(n, strict=False) for n in settings.trusted_proxies
        )
        self._secret = secret.encode() if secret is not None else None
        self._admin_groups = frozenset(settings.admin_groups)
        self._grants = settings.grants.to_grants()

    def trusts(self, client_ip: str | None) -> bool:
        """Whether the direct peer is one of the trusted proxies."""
        if not client_ip:
            return False
        try:
            addr = ipaddress.ip_address(client_ip)
        except ValueError:
            return False
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        return any(addr in n for n in self._networks)

    def _secret_ok(self, credentials: Credentials) -> bool:
        if self._secret is None:
            return True
        presented = credentials.headers.get(self.settings.secret_header)
        return presented is not None and hmac.compare_digest(presented.encode("latin-1", "replace"), self._secret)

    async def authenticate(self, credentials: Credentials) -> Principal | None:
        s = self.settings
        headers = credentials.headers
        raw_user = headers.get(s.user_header)
        if raw_user is None:
            return None
        if not self.trusts(credentials.client_ip) or not self._secret_ok(credentials):
            # Identity headers from anyone but the proxy are ignored (never logged: they are
            # the attacker's input); other providers may still recognise the request.
            log.debug("ignored %s from untrusted peer %s", s.user_header, credentials.client_ip)
            return None
        user = recover_utf8(raw_user.strip())
        if not valid_user_id(user):
            log.warning("refused a malformed %s value from proxy %s", s.user_header, credentials.client_ip)
            return None
        fields: dict[str, Any] = {}
        for attr, header, check in (
            ("email", s.email_header, valid_email),
            ("name", s.name_header, valid_text),
            ("department", s.department_header, valid_text),
        ):
            value = headers.get(header) if header else None
            if value is None or not value.strip():
                continue
            value = recover_utf8(value.strip())
            if not check(value):
                log.warning("refused a malformed %s value from proxy %s", header, credentials.client_ip)
                return None
            fields[attr] = value
        groups: tuple[str, ...] = ()
        if s.groups_header and headers.get(s.groups_header):
            parsed = split_groups(recover_utf8(headers[s.groups_header]))
            if parsed is None:
                log.warning("refused a malformed %s value from proxy %s", s.groups_header, credentials.client_ip)
                return None
            groups = parsed
        roles = ("admin",) if self._admin_groups.intersection(groups) else ()
        return Principal(
            user_id=user,
            auth_method="header",
            groups=groups,
            roles=roles,
            grants=self._grants,
            rpm_limit=s.rpm_limit,
            **fields,
        )


def from_settings(raw: dict[str, Any] | TrustedHeadersSettings, where: str) -> TrustedHeadersProvider:
    """Build the provider from one ``auth.providers`` entry (``type: trusted_headers``)."""
    settings = validated(TrustedHeadersSettings, raw, where)
    secret = resolve_secret(settings.secret, f"{where}.secret") if settings.secret is not None else None
    return TrustedHeadersProvider(settings, secret)


#: This provider's entry in ``auth.providers`` (see ``mapping.provider_settings``).
SETTINGS = TrustedHeadersSettings

"""Server-side request forgery checks for URLs that callers give the gateway (A2A push webhooks,
OAuth client metadata documents).

A URL is refused when its host resolves to an address the settings do not allow: loopback,
private (RFC 1918, ULA, CGNAT), link-local, cloud metadata, multicast, reserved or unspecified.
Every resolved address must pass, so a name with one public and one private address is refused.

Limitation: the address is resolved here and again by the HTTP client when it connects, so a
DNS server answering differently the second time (rebinding) is not caught. Deployments that
need that guarantee put an egress proxy in front of the gateway.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Protocol
from urllib.parse import urlsplit


class SSRFSettings(Protocol):
    """Which destinations are allowed (each caller has its own typed settings with these fields)."""

    @property
    def allow_loopback(self) -> bool: ...
    @property
    def allow_private(self) -> bool: ...
    @property
    def allow_link_local(self) -> bool: ...
    @property
    def allow_metadata(self) -> bool: ...
    @property
    def allowed_hosts(self) -> list[str]: ...


#: Addresses cloud providers serve instance credentials on.
METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack
        ipaddress.ip_address("169.254.170.2"),  # AWS ECS task metadata
        ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
        ipaddress.ip_address("fd00:ec2::254"),  # AWS IPv6
    }
)
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class UnsafeURL(ValueError):
    """The URL may not be used; ``str()`` says why in words a user can act on."""


def address_problem(addr: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: SSRFSettings) -> str | None:
    """Why ``addr`` is not an allowed destination, or ``None`` when it is."""
    mapped = getattr(addr, "ipv4_mapped", None)
    if mapped is not None:
        addr = mapped
    if addr in METADATA_ADDRESSES:
        return None if policy.allow_metadata else "a cloud metadata address"
    if addr.is_unspecified:
        return "an unspecified address"
    if addr.is_loopback:
        return None if policy.allow_loopback else "a loopback address"
    if addr.is_link_local:
        return None if policy.allow_link_local else "a link-local address"
    if addr.is_multicast:
        return "a multicast address"
    if addr.is_private or not addr.is_global:
        return None if policy.allow_private else "a private address"
    if addr.is_reserved:
        return "a reserved address"
    return None


def check_url_syntax(url: str) -> tuple[str, int]:
    """The URL's host and port; raise ``UnsafeURL`` for anything but plain http(s) URLs."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise UnsafeURL(f"not a valid URL: {e}") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL("only http:// and https:// URLs are allowed")
    if parts.username is not None or parts.password is not None:
        raise UnsafeURL("URLs with user names or passwords are not allowed")
    host = parts.hostname
    if not host:
        raise UnsafeURL("the URL has no host")
    return host, port or (443 if parts.scheme == "https" else 80)


async def check_url(url: str, policy: SSRFSettings) -> None:
    """Raise ``UnsafeURL`` unless every address ``url``'s host resolves to is allowed."""
    host, port = check_url_syntax(url)
    if host in policy.allowed_hosts:
        return
    if host.lower().rstrip(".") in METADATA_HOSTS and not policy.allow_metadata:
        raise UnsafeURL(f"host '{host}' is a cloud metadata service")
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addrs = [literal]
    else:
        if host.lower() == "localhost" or host.lower().endswith(".localhost"):
            addrs = [ipaddress.ip_address("127.0.0.1")]
        else:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except OSError:
                raise UnsafeURL(f"host '{host}' could not be resolved") from None
            addrs = [ipaddress.ip_address(str(i[4][0]).split("%", 1)[0]) for i in infos]
    for addr in addrs:
        problem = address_problem(addr, policy)
        if problem:
            raise UnsafeURL(f"host '{host}' resolves to {problem} ({addr})")

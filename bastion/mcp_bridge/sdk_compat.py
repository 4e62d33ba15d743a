"""Every use of a private member of the pinned ``mcp`` SDK (2.3.x), in one place.

The gateway sits deeper in the protocol than the SDK's public API reaches: it needs the
per-connection object behind a request (subscriptions and era sessions live as long as the
client's session), the capabilities a client session would declare (to build the 2026-07-28
envelope of its own raw calls), and the transport-security checks (for the fast lane, which
answers before the SDK sees the request). Each is a private member, so each is reached only
through this module, and ``tests/mcp/test_sdk_compat.py`` fails loudly, naming the member, when
the pinned SDK changes one of them. The same goes for a use beyond the SDK's annotations: a
request whose result is kept as the wire's plain JSON object (:func:`send_raw`).
"""

from __future__ import annotations

from typing import Any, cast

import mcp_types as types
from mcp import Client
from mcp.client.session import ClientSession
from mcp.server.connection import Connection
from mcp.server.session import ServerSession
from mcp.server.transport_security import TransportSecurityMiddleware, TransportSecuritySettings
from pydantic import TypeAdapter

#: (owner, private member) pairs this module relies on; the compatibility test checks each.
PRIVATE_MEMBERS: tuple[tuple[type, str], ...] = (
    (ServerSession, "_connection"),
    (ClientSession, "_build_capabilities"),
    (TransportSecurityMiddleware, "_validate_host"),
    (TransportSecurityMiddleware, "_validate_origin"),
)


def connection_of(session: Any) -> Connection | None:
    """The client connection behind a server-side request session (``ctx.session`` is per
    request; the connection outlives it and carries ``state``, ``exit_stack``, ``outbound``).
    None where there is none (a 2026-07-28 request has no connection)."""
    conn = getattr(session, "_connection", None)
    return conn if isinstance(conn, Connection) else None


def declared_capabilities(session: ClientSession, version: str) -> types.ClientCapabilities:
    """What ``session`` declares as its client capabilities for ``version`` (its callbacks)."""
    return session._build_capabilities(version)  # noqa: SLF001


_RAW = TypeAdapter(dict[str, Any])


async def send_raw(
    client: Client, method: str, params: dict[str, Any] | None, timeout_s: float | None
) -> dict[str, Any]:
    """Any request on ``client``'s session, its result as the plain JSON object it was on the
    wire (forwarded as it is). ``send_request`` validates with whatever ``TypeAdapter`` it is
    given, though its annotation names models only."""
    request = types.Request[dict[str, Any] | None, str](method=method, params=params)
    result = await client.session.send_request(request, cast(Any, _RAW), request_read_timeout_seconds=timeout_s)
    return cast(dict[str, Any], result)


class SecurityCheck:
    """The SDK's Host/Origin (DNS-rebinding) checks for a request the SDK never sees."""

    def __init__(self, settings: TransportSecuritySettings) -> None:
        self._mw = TransportSecurityMiddleware(settings)

    def allows(self, host: str | None, origin: str | None) -> bool:
        return bool(self._mw._validate_host(host) and self._mw._validate_origin(origin))  # noqa: SLF001

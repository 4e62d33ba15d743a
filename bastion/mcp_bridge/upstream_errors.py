"""How an upstream MCP server fails, said once.

Whatever carried the call (the SDK session, the stdio pipe, the pooled HTTP lane), a failure
becomes one of three things: the server answered with a JSON-RPC error (``MCPError``, passed on
as it is), it did not answer in time (:class:`UpstreamTimeout`), or the connection is gone
(:class:`UpstreamUnavailable`, and the supervisor reconnects). :class:`MappedFailures` is that
mapping; the front door renders the three (see ``downstream.upstream_failed``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Literal

import aiohttp
import anyio
import httpx2
import mcp_types as types
from mcp import MCPError

from bastion.mcp_bridge.rawcall import ConnectionLost


class UpstreamUnavailable(Exception):
    """The upstream is not connected (starting, crashed, disabled)."""


class UpstreamTimeout(Exception):
    """The upstream did not answer within the call timeout."""


class SubscriptionsUnsupported(Exception):
    """The upstream does not offer resource subscriptions (no ``resources.subscribe`` capability)."""


#: JSON-RPC codes the SDK produces locally (not from the peer): they mean the transport failed.
LOCAL_FAILURE_CODES = {types.CONNECTION_CLOSED} if hasattr(types, "CONNECTION_CLOSED") else {-32000}
#: The SDK's own code for a request that got no answer in time.
REQUEST_TIMEOUT = -32001
#: Failures of any transport that mean the connection is gone (reconnect): the SDK session's
#: (httpx2, anyio streams) and the raw lanes' (aiohttp, the stdio pipe).
TRANSPORT_FAILURES = (
    httpx2.HTTPError,
    aiohttp.ClientError,
    ConnectionLost,
    anyio.BrokenResourceError,
    anyio.ClosedResourceError,
    OSError,
)


class MappedFailures:
    """Around each upstream request of one call path (``with self.failures: ...``): a timeout
    raises :class:`UpstreamTimeout`; a lost connection calls ``broken`` (the supervisor
    reconnects) and raises :class:`UpstreamUnavailable`; the server's own JSON-RPC errors pass
    unchanged. ``sdk_session``: the requests go through the SDK session, whose own local failures
    are ``MCPError`` s too (on a raw lane every ``MCPError`` is the server's).

    A plain context manager built once per call path and entered per request: it keeps no state
    between requests, so concurrent requests share it, and the hot path allocates nothing for it
    (a ``@contextmanager`` generator would be one object and a frame per request)."""

    __slots__ = ("server", "timeout_s", "broken", "sdk_session")

    def __init__(self, server: str, timeout_s: float, broken: Callable[[str], None], *, sdk_session: bool) -> None:
        self.server = server
        self.timeout_s = timeout_s
        self.broken = broken
        self.sdk_session = sdk_session

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if e is None:
            return False
        server = self.server
        if isinstance(e, MCPError):
            if not self.sdk_session:
                return False
            if e.code == REQUEST_TIMEOUT:
                raise UpstreamTimeout(f"MCP server '{server}' did not answer within {self.timeout_s:g} s") from e
            if e.code in LOCAL_FAILURE_CODES or (e.code == types.INVALID_REQUEST and "Session terminated" in e.message):
                self.broken(e.message)
                raise UpstreamUnavailable(f"MCP server '{server}' connection lost: {e.message}") from e
            return False
        if isinstance(e, TimeoutError):  # before OSError: it is one
            raise UpstreamTimeout(f"MCP server '{server}' did not answer within {self.timeout_s:g} s") from None
        if isinstance(e, TRANSPORT_FAILURES):
            self.broken(describe(e))
            raise UpstreamUnavailable(f"MCP server '{server}' connection failed: {describe(e)}") from e
        return False


def describe(e: BaseException) -> str:
    """A short, loggable account of a failure (the first of a group)."""
    if isinstance(e, BaseExceptionGroup):
        inner = e.exceptions[0] if e.exceptions else e
        return describe(inner)
    if isinstance(e, MCPError):
        return f"MCP error {e.code}: {e.message}"
    text = str(e) or type(e).__name__
    return f"{type(e).__name__}: {text}"[:300]

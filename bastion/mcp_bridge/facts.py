"""Typed facts the MCP front door puts on its calls (``Call.put`` / ``Call.fact``).

The server a call goes to is the core's :class:`~bastion.gateway.authz.ServerTarget` (the
authorize stage checks it); the tool cache's input is its ``ToolCallInfo``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

from bastion.gateway.trail import TRAIL, on_trail, trail_field


def arguments_digest(arguments: dict[str, Any]) -> str:
    """sha256 (128 bits, hex) of the canonical JSON of a call's arguments: the trail and the
    MRTR binding name the arguments by it, never by value."""
    return hashlib.sha256(orjson.dumps(arguments, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


@on_trail
@dataclass(slots=True)
class McpFacts:
    """What an MCP call was about, for the trail."""

    protocol_version: str | None = field(default=None, metadata=TRAIL)
    #: ``tools/call``: the upstream's own tool name.
    tool: str | None = field(default=None, metadata=TRAIL)
    #: ``tools/call``: the arguments as sent; on the trail only as their digest.
    arguments: dict[str, Any] | None = field(
        default=None, metadata=trail_field("arguments_digest", redact=arguments_digest)
    )
    #: Resource calls: the upstream's URI.
    uri: str | None = field(default=None, metadata=TRAIL)
    #: ``resources/unsubscribe``: the updates relayed while subscribed.
    updates_delivered: int | None = field(default=None, metadata=TRAIL)


@dataclass(frozen=True, slots=True)
class UpstreamResult:
    """The upstream's result as a wire dict, as the route received it or a cache hit served it
    (``call.output`` is the same result as the output policy may have redacted it)."""

    result: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RpcError:
    """The JSON-RPC error the client is answered with (the upstream's, or the gateway's when it
    could not reach it): put by the route with the call's ``UpstreamFailure``, rendered after
    the pipeline, never stored by the tool-result cache."""

    code: int
    message: str
    data: Any = None

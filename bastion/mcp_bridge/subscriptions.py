"""Resource subscriptions relayed through the hub: many downstream subscribers, one upstream
subscription per (server, URI).

Downstream a subscriber is a legacy-era session (``resources/subscribe``, notified on its
standalone stream) or a 2026-07-28 ``subscriptions/listen`` stream; both are a :class:`Sink`
under a key (the session's connection, the listen stream). The relay counts the holders of each
(server, URI): the first one subscribes upstream, the last one to leave (unsubscribe, session
end, stream closed) unsubscribes. An upstream's ``notifications/resources/updated`` goes to the
holders of exactly that (server, URI) and to no one else. Upstreams re-establish their own
subscriptions after a restart (see ``Upstream.subscriptions``).
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from typing import Any, Protocol

import anyio
from anyio.streams.memory import MemoryObjectSendStream
from mcp.shared.subscriptions import (
    PromptsListChanged,
    ResourcesListChanged,
    ResourceUpdated,
    ServerEvent,
    ToolsListChanged,
)

from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.upstream import UpstreamUnavailable

logger = logging.getLogger("bastion.mcp.subscriptions")

#: A slow subscriber is skipped after this long (the others are not held up).
DELIVERY_TIMEOUT_S = 5.0
LIST_EVENTS: dict[str, ServerEvent] = {
    "tools": ToolsListChanged(),
    "prompts": PromptsListChanged(),
    "resources": ResourcesListChanged(),
}

Pair = tuple[str, str]  # (server, uri)


class Sink(Protocol):
    """Where a subscriber's notifications go."""

    async def resource_updated(self, uri: str) -> None: ...


class SessionSink:
    """A handshake-era session: notifications on its standalone stream (GET stream or ``/sse``)."""

    __slots__ = ("connection",)

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    async def resource_updated(self, uri: str) -> None:
        await self.connection.outbound.notify("notifications/resources/updated", {"uri": uri})


class ListenSink:
    """A 2026-07-28 ``subscriptions/listen`` stream: events queue for the stream's own task, which
    stamps and writes them; a stream whose client stopped reading is ended at the cap."""

    __slots__ = ("send", "kinds")

    def __init__(self, send: MemoryObjectSendStream[ServerEvent], kinds: frozenset[str]) -> None:
        self.send = send
        #: The list_changed kinds this stream asked for ("tools", "prompts", "resources").
        self.kinds = kinds

    def push(self, event: ServerEvent) -> None:
        try:
            self.send.send_nowait(event)
        except anyio.WouldBlock:
            logger.warning("listen stream backlog full; ending the stream")
            self.send.close()
        except (anyio.ClosedResourceError, anyio.BrokenResourceError):
            pass

    async def resource_updated(self, uri: str) -> None:
        self.push(ResourceUpdated(uri))


class SubscriptionRelay:
    """Reference-counted upstream subscriptions and the fan-out of their updates."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._holders: dict[Pair, dict[Hashable, Sink]] = {}
        self._by_key: dict[Hashable, set[Pair]] = {}
        self._locks: dict[Pair, anyio.Lock] = {}
        #: Updates relayed to each holder of each pair (reported when it unsubscribes).
        self._delivered: dict[tuple[Hashable, Pair], int] = {}
        #: Open listen streams, for list_changed (resource updates go through ``_holders``).
        self.listen_sinks: set[ListenSink] = set()
        hub.on_resource_updated(self._fan_out)
        hub.on_list_changed(self._list_changed)

    def holders(self, server: str, uri: str) -> int:
        """How many downstream subscribers (sessions, listen streams) hold ``uri`` of ``server``."""
        return len(self._holders.get((server, uri), ()))

    def held_by(self, key: Hashable) -> list[Pair]:
        """The (server, uri) pairs ``key`` holds."""
        return list(self._by_key.get(key, ()))

    def _lock(self, pair: Pair) -> anyio.Lock:
        lock = self._locks.get(pair)
        if lock is None:
            lock = self._locks[pair] = anyio.Lock()
        return lock

    def _release_lock(self, pair: Pair, lock: anyio.Lock) -> None:
        if pair not in self._holders and not lock.locked() and lock.statistics().tasks_waiting == 0:
            self._locks.pop(pair, None)

    async def subscribe(self, server: str, uri: str, key: Hashable, sink: Sink) -> None:
        """Add a holder; the first one subscribes upstream (its errors propagate, nothing is kept)."""
        pair = (server, uri)
        lock = self._lock(pair)
        try:
            async with lock:
                holders = self._holders.get(pair)
                up = self.hub.upstreams.get(server)
                if up is None:
                    raise UpstreamUnavailable(f"MCP server '{server}' is not registered")
                if holders is None or uri not in up.subscriptions:  # (the server may be new)
                    await up.subscribe_resource(uri)
                    holders = self._holders.setdefault(pair, {})
                holders[key] = sink
                self._by_key.setdefault(key, set()).add(pair)
        finally:
            self._release_lock(pair, lock)

    async def unsubscribe(self, server: str, uri: str, key: Hashable) -> int | None:
        """Remove a holder; the last one unsubscribes upstream. Returns how many updates were
        relayed to it while it held the subscription (None if it held nothing)."""
        pair = (server, uri)
        lock = self._lock(pair)
        try:
            with anyio.CancelScope(shield=True):  # a half-done release would leak the upstream one
                async with lock:
                    holders = self._holders.get(pair)
                    if holders is None or holders.pop(key, None) is None:
                        return None
                    delivered = self._delivered.pop((key, pair), 0)
                    pairs = self._by_key.get(key)
                    if pairs is not None:
                        pairs.discard(pair)
                        if not pairs:
                            del self._by_key[key]
                    if not holders:
                        del self._holders[pair]
                        up = self.hub.upstreams.get(server)
                        if up is not None:
                            await up.unsubscribe_resource(uri)
                    return delivered
            return None  # (a shielded scope is not cancelled: not reached)
        finally:
            self._release_lock(pair, lock)

    async def drop(self, key: Hashable) -> None:
        """Everything ``key`` held goes (its session ended, its listen stream closed)."""
        for server, uri in list(self._by_key.get(key, ())):
            await self.unsubscribe(server, uri, key)

    async def _fan_out(self, server: str, uri: str) -> None:
        pair = (server, uri)
        exported = self.hub.catalog.exported_uri(server, uri)  # as the clients know it
        for key, sink in list(self._holders.get(pair, {}).items()):
            try:
                with anyio.move_on_after(DELIVERY_TIMEOUT_S):
                    await sink.resource_updated(exported)
                    self._delivered[(key, pair)] = self._delivered.get((key, pair), 0) + 1
            except Exception:  # noqa: BLE001 - a gone session is dropped at its teardown
                logger.debug("resource update for %s not delivered", uri, exc_info=True)

    async def _list_changed(self, what: str) -> None:
        event = LIST_EVENTS.get(what)
        if event is None:
            return
        for sink in list(self.listen_sinks):
            if what in sink.kinds:
                sink.push(event)

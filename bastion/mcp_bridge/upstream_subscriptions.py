"""The gateway's resource subscriptions on one upstream MCP server.

The gateway holds one subscription per URI upstream, however many clients subscribed (the relay
in ``subscriptions.py`` counts them), keeps the set across reconnects and re-establishes it on
each new connection: ``resources/subscribe`` on a handshake-era session, one
``subscriptions/listen`` stream on a 2026-07-28 one (which also carries the list changes the
server announces).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio
import anyio.abc
from mcp import Client

from bastion.mcp_bridge.upstream_errors import SubscriptionsUnsupported, UpstreamTimeout, UpstreamUnavailable, describe

if TYPE_CHECKING:
    from bastion.mcp_bridge.upstream import Upstream

logger = logging.getLogger("bastion.mcp.upstream")


@dataclass
class _Listen:
    """One open upstream ``subscriptions/listen`` stream."""

    uris: frozenset[str]
    scope: anyio.CancelScope
    lost: bool = False


class UpstreamSubscriptions:
    """Subscriptions of the shared session of one upstream (``up``)."""

    def __init__(self, up: Upstream) -> None:
        self.up = up
        #: Resource URIs the gateway holds a subscription to. Kept across reconnects.
        self.uris: set[str] = set()
        self._changed = anyio.Event()
        #: Modern upstreams: the URIs the open ``subscriptions/listen`` stream covers, and the
        #: last failed attempt (its URIs and why), for subscribers waiting on it.
        self._listen_uris: frozenset[str] = frozenset()
        self._listen_failure: tuple[frozenset[str], str] | None = None
        self._listen_progress = anyio.Event()

    @property
    def supported(self) -> bool:
        caps = self.up.capabilities
        return bool(caps is not None and caps.resources is not None and caps.resources.subscribe)

    async def subscribe(self, uri: str) -> None:
        up = self.up
        up.connected_client()
        if not self.supported:
            raise SubscriptionsUnsupported(f"MCP server '{up.name}' does not offer resource subscriptions")
        self.uris.add(uri)
        try:
            if up.legacy:
                await up.request("resources/subscribe", {"uri": uri})
            else:
                await self._await_listen(uri)
        except BaseException:
            self.uris.discard(uri)
            self._changed.set()
            raise

    async def unsubscribe(self, uri: str) -> None:
        up = self.up
        self.uris.discard(uri)
        self._changed.set()
        if up.legacy and up.status == "ready":
            try:
                with anyio.move_on_after(up.config.call_timeout_s):
                    await up.request("resources/unsubscribe", {"uri": uri})
            except Exception as e:  # noqa: BLE001
                logger.debug("mcp upstream %s: unsubscribe %s failed: %s", up.name, uri, describe(e))

    async def _await_listen(self, uri: str) -> None:
        up = self.up
        self._changed.set()
        timeout = up.config.call_timeout_s
        with anyio.move_on_after(timeout):
            while True:
                if uri in self._listen_uris:
                    return
                failure = self._listen_failure
                if failure is not None and uri in failure[0]:
                    raise UpstreamUnavailable(f"MCP server '{up.name}' refused the subscription: {failure[1]}")
                if up.status != "ready":
                    up.connected_client()
                await self._listen_progress.wait()
        raise UpstreamTimeout(f"MCP server '{up.name}' did not acknowledge the subscription within {timeout:g} s")

    def _listen_done(self, uris: frozenset[str], failure: str | None) -> None:
        if failure is None:
            self._listen_uris = uris
            self._listen_failure = None
        else:
            self._listen_failure = (uris, failure)
        progress, self._listen_progress = self._listen_progress, anyio.Event()
        progress.set()

    async def keep(self, client: Client) -> None:
        """For this connection: (re-)establish the subscriptions upstream and follow changes."""
        up = self.up
        self._listen_uris = frozenset()
        self._listen_failure = None
        if up.legacy:
            for uri in sorted(self.uris):  # after a reconnect: the server forgot them
                try:
                    with anyio.fail_after(up.config.call_timeout_s):
                        await up.request("resources/subscribe", {"uri": uri})
                except Exception as e:  # noqa: BLE001
                    logger.warning("mcp upstream %s: re-subscribing %s failed: %s", up.name, uri, describe(e))
            return
        await self._listen_loop(client, self._list_flags())

    def _list_flags(self) -> frozenset[str]:
        """The lists whose changes this (2026-07-28) upstream can announce on a listen stream."""
        caps = self.up.capabilities
        if caps is None:
            return frozenset()
        flags = {
            name
            for name, cap in (("tools", caps.tools), ("prompts", caps.prompts), ("resources", caps.resources))
            if cap is not None and cap.list_changed
        }
        return frozenset(flags)

    async def _listen_loop(self, client: Client, flags: frozenset[str]) -> None:
        """A 2026-07-28 upstream: one ``subscriptions/listen`` stream for its list changes (the
        lists it announces) and every subscribed URI. A filter cannot change, so a new URI set
        opens a new stream first and then closes the old one (no gap; an update in the overlap
        may arrive twice, which is harmless). A stream the server ends is opened again."""
        up = self.up
        current: _Listen | None = None
        async with anyio.create_task_group() as tg:
            while True:
                self._changed = changed = anyio.Event()
                want = frozenset(self.uris)
                need = bool(want or flags)
                if need and (current is None or current.lost or current.uris != want):
                    if current is not None and current.lost:
                        await anyio.sleep(up.settings.backoff_initial_s)  # no busy loop on a closing server
                    try:
                        with anyio.fail_after(up.config.call_timeout_s):
                            new = await tg.start(self._one_listen, client, want, flags)
                    except Exception as e:  # noqa: BLE001
                        logger.warning("mcp upstream %s: subscriptions/listen failed: %s", up.name, describe(e))
                        self._listen_done(want, describe(e))
                        # Retry later (a change, or a lost stream, wakes the loop again).
                        with anyio.move_on_after(up.settings.backoff_max_s):
                            await changed.wait()
                        continue
                    if current is not None:
                        current.scope.cancel()
                    current = new
                    self._listen_done(want, None)
                elif not need and current is not None:
                    current.scope.cancel()
                    current = None
                    self._listen_done(want, None)
                await changed.wait()

    async def _one_listen(
        self, client: Client, uris: frozenset[str], flags: frozenset[str], *, task_status: anyio.abc.TaskStatus[_Listen]
    ) -> None:
        listen = _Listen(uris, anyio.CancelScope())
        started = False
        with listen.scope:
            try:
                async with client.listen(
                    resource_subscriptions=sorted(uris),
                    tools_list_changed="tools" in flags,
                    prompts_list_changed="prompts" in flags,
                    resources_list_changed="resources" in flags,
                ) as sub:
                    started = True
                    task_status.started(listen)
                    # The events themselves reach the upstream's message handler (the session
                    # tees every notification there); draining keeps the backlog empty.
                    async for _ in sub:
                        pass
            except Exception as e:  # noqa: BLE001
                if not started:
                    raise
                logger.info("mcp upstream %s: listen stream ended: %s", self.up.name, describe(e))
        if started and not listen.scope.cancel_called:
            listen.lost = True  # ended by the server: open a new one
            self._changed.set()

"""The hub: every upstream server, supervised, and the aggregated catalog in front of them.

The hub starts each enabled upstream once (in its own supervisor task), rebuilds the catalog
when an upstream connects, disconnects or reports ``list_changed``, pins tool definitions, and
tells the downstream endpoints (and the tool-result cache) when the lists changed. One broken
upstream only changes its own part: its tools stay listed (marked unavailable) and calls to it
fail fast with a clear message until it recovers.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import anyio
import anyio.abc
import mcp_types as types

from bastion.gateway.outbound import Outbound, OutboundSettings
from bastion.mcp_bridge.catalog import Catalog, Collision, build_catalog
from bastion.mcp_bridge.parking import Parking
from bastion.mcp_bridge.pins import PinStore
from bastion.mcp_bridge.settings import McpSettings, ServerConfig
from bastion.mcp_bridge.upstream import Upstream

logger = logging.getLogger("bastion.mcp.hub")

ListChanged = Callable[[str], Awaitable[None]]  # argument: "tools" | "resources" | "prompts"
ResourceUpdated = Callable[[str, str], Awaitable[None]]  # arguments: server, uri


class Requester(Protocol):
    """The downstream side of a call in flight, able to answer server->client requests."""

    session_key: object

    async def server_request(self, method: str, params: Any) -> Any: ...


class Hub:
    """Owns the upstreams. Enter :meth:`running` once (the app's lifecycle)."""

    def __init__(self, settings: McpSettings, pins: PinStore, outbound: Outbound | None = None) -> None:
        self.settings = settings
        self.pins = pins
        #: Per-user credentials (``identity_jwt``, ``token_exchange``) come from here.
        self.outbound = outbound
        self.upstreams: dict[str, Upstream] = {}
        self.catalog = Catalog()
        #: Names several servers use side by side (logged when they appear; ``bastion mcp list``).
        self.collisions: list[Collision] = []
        self._effective_tools: dict[str, list[dict[str, Any]]] = {}
        self._listeners: list[ListChanged] = []
        self._resource_listeners: list[ResourceUpdated] = []
        #: Called with a server name when its cached tool results must go (tool-result cache).
        self.invalidators: list[Callable[[str], Awaitable[None]]] = []
        self._tg: anyio.abc.TaskGroup | None = None
        self._lock = anyio.Lock()
        #: Calls of 2026-07-28 clients to servers that ask live, between rounds (``parking.py``).
        self.parking = Parking(settings.bridge_timeout_s)

    # ------------------------------------------------------------------ lifecycle
    def on_list_changed(self, listener: ListChanged) -> None:
        self._listeners.append(listener)

    def on_resource_updated(self, listener: ResourceUpdated) -> None:
        """``listener(server, uri)`` for every ``notifications/resources/updated`` from an upstream."""
        self._resource_listeners.append(listener)

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Run the supervisors until cancelled (or :meth:`stop`)."""
        await self.pins.load()
        async with anyio.create_task_group() as tg:
            self._tg = tg
            await tg.start(self.parking.run)
            for cfg in list(self.upstreams.values()):
                self._start(cfg)
            task_status.started()
            await anyio.sleep_forever()

    def add_configs(self, configs: list[ServerConfig]) -> None:
        """Register servers before :meth:`run` (settings file and store)."""
        for cfg in configs:
            self.upstreams[cfg.name] = self._upstream(cfg)

    def _upstream(self, cfg: ServerConfig) -> Upstream:
        cred = cfg.credentials
        if cred is None or not cred.per_user:
            return Upstream(cfg, self.settings, self._relay, self._on_upstream_event)
        if self.outbound is None:
            # A hub built without the core (tests, tools): tokens signed with a key of its own.
            self.outbound = Outbound(OutboundSettings(), None, "bastion")
        assert cfg.url is not None
        credential = self.outbound.credential(cred.user_spec(), name=cfg.name, default_audience=cfg.url)
        return Upstream(
            cfg,
            self.settings,
            self._relay,
            self._on_upstream_event,
            credential=credential,
            service=self.outbound.service,
        )

    def _start(self, up: Upstream) -> None:
        if up.config.enabled and self._tg is not None:
            self._tg.start_soon(up.run, name=f"mcp-upstream-{up.name}")

    async def stop(self) -> None:
        with anyio.CancelScope(shield=True):
            async with anyio.create_task_group() as tg:
                for up in self.upstreams.values():
                    tg.start_soon(up.stop)
        if self._tg is not None:
            # Give the supervisors a moment to shut their processes down in order.
            with anyio.move_on_after(10, shield=True):
                while any(
                    u.status not in ("stopped", "disabled") and u.client is not None for u in self.upstreams.values()
                ):
                    await anyio.sleep(0.05)

    async def wait_ready(self, timeout: float) -> None:
        """Wait until every enabled upstream has connected once (or ``timeout``)."""
        with anyio.move_on_after(timeout):
            for up in list(self.upstreams.values()):
                if up.config.enabled:
                    await up.ready.wait()

    # ------------------------------------------------------------------ registry operations
    async def add(self, cfg: ServerConfig) -> Upstream:
        async with self._lock:
            old = self.upstreams.get(cfg.name)
            if old is not None:
                await old.stop()
            up = self._upstream(cfg)
            if old is not None:
                # Re-registered (enable/disable, edit): its clients' subscriptions carry over.
                up.subscriptions = set(old.subscriptions)
            self.upstreams[cfg.name] = up
            self._start(up)
        await self._rebuild(cfg.name, changed=("tools", "resources", "prompts"))
        return up

    async def remove(self, name: str) -> bool:
        async with self._lock:
            up = self.upstreams.pop(name, None)
            if up is None:
                return False
            await up.stop()
            self._effective_tools.pop(name, None)
        await self.pins.forget_server(name)
        await self._rebuild(name, changed=("tools", "resources", "prompts"))
        return True

    async def refresh(self, name: str) -> None:
        """Re-apply pins and rebuild the catalog for ``name`` (after an approval)."""
        up = self.upstreams.get(name)
        if up is not None:
            await self._on_upstream_event(up, "list_changed")

    # ------------------------------------------------------------------ events from upstreams
    async def _on_upstream_event(self, up: Upstream, event: str) -> None:
        if event.startswith("resource_updated:"):
            uri = event.removeprefix("resource_updated:")
            for listener in list(self._resource_listeners):
                try:
                    await listener(up.name, uri)
                except Exception:  # noqa: BLE001 - one subscriber's fault must not stop the others
                    logger.exception("resource update relay failed for %s %s", up.name, uri)
            return
        if event in ("connected", "list_changed"):
            self._effective_tools[up.name] = await self.pins.reconcile(up.name, up.lists.tools)
        await self._rebuild(up.name, changed=("tools", "resources", "prompts"))

    async def _rebuild(self, server: str, changed: tuple[str, ...]) -> None:
        parts = []
        for name in sorted(self.upstreams):
            up = self.upstreams[name]
            if not up.config.enabled:
                continue
            lists = {
                "tools": self._effective_tools.get(name, up.lists.tools),
                "prompts": up.lists.prompts,
                "resources": up.lists.resources,
                "templates": up.lists.templates,
            }
            parts.append((name, up.status == "ready", lists))
        self.catalog = build_catalog(parts)
        self._report_collisions(self.catalog.collisions(self.settings.virtual_servers))
        for inv in self.invalidators:
            try:
                await inv(server)
            except Exception:  # noqa: BLE001 - a cache fault must not stop list propagation
                logger.exception("tool cache invalidation failed for %s", server)
        for listener in list(self._listeners):
            for what in changed:
                try:
                    await listener(what)
                except Exception:  # noqa: BLE001
                    logger.debug("list_changed listener failed", exc_info=True)

    def _report_collisions(self, found: list[Collision]) -> None:
        known = set(self.collisions)
        for c in found:
            if c not in known:
                logger.warning("mcp name collision: %s", c.describe())
        self.collisions = found

    # ------------------------------------------------------------------ server->client requests
    async def _relay(self, up: Upstream, method: str, params: Any) -> Any:
        """Route an upstream's request (sampling, elicitation, roots) to the downstream session
        whose call caused it; when that cannot be decided, refuse instead of guessing."""
        calls = [c for c in up.inflight.values() if c.askable] or list(up.inflight.values())
        if not calls:
            return types.ErrorData(
                code=types.INVALID_REQUEST, message=f"{method}: no client request in progress on the gateway"
            )
        sessions = {id(c.downstream.session_key) for c in calls}
        if len(sessions) > 1:
            return types.ErrorData(
                code=types.INVALID_REQUEST,
                message=f"{method}: several clients have calls in progress on '{up.name}'; "
                "the gateway cannot tell which one this request belongs to",
            )
        target: Requester = calls[-1].downstream
        try:
            return await target.server_request(method, params)
        except Exception as e:  # noqa: BLE001
            return types.ErrorData(code=types.INTERNAL_ERROR, message=f"{method} failed: {e}"[:300])

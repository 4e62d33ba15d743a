"""One upstream MCP server: a long-lived, supervised client session.

The supervisor (:meth:`Upstream.run`) connects once, detects the protocol era on the first
connection and remembers it (later reconnects skip the probe), loads the server's lists, and
then waits until the connection breaks: a stdio process exits, or an HTTP request fails at the
transport level. It then reconnects with exponential backoff. While disconnected the server is
``unavailable`` and calls to it fail at once with a clear message; the other upstreams are not
affected.

The parts around it: ``upstream_transports.py`` (opening the SDK session over stdio or HTTP,
and the call paths: the raw stdio or HTTP lane, or the SDK session), ``upstream_subscriptions.py``
(resource subscriptions held across reconnects) and ``upstream_errors.py`` (how a failure of
any of them is reported).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import mcp_types as types
from mcp import Client, MCPError
from mcp.client.session import ClientRequestContext
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS
from pydantic import BaseModel

from bastion.gateway.outbound import Caller, UserCredential
from bastion.mcp_bridge.http_lane import HttpLane
from bastion.mcp_bridge.sdk_compat import send_raw
from bastion.mcp_bridge.settings import McpSettings, ServerConfig
from bastion.mcp_bridge.stdio import StdioTransport
from bastion.mcp_bridge.upstream_errors import (
    SubscriptionsUnsupported,
    UpstreamTimeout,
    UpstreamUnavailable,
    describe,
)
from bastion.mcp_bridge.upstream_subscriptions import UpstreamSubscriptions
from bastion.mcp_bridge.upstream_transports import (
    CLIENT_INFO,
    SERVER_INFO_KEY,
    CallPath,
    ClientOpener,
    Lane,
    LaneCalls,
    ParamHeaders,
    Progress,
    SessionCalls,
    envelope_of,
    open_lane,
    strip_server_info,
)
from bastion.mcp_bridge.user_sessions import UserSessions

__all__ = [
    "SERVER_INFO_KEY",
    "InFlight",
    "Lists",
    "SubscriptionsUnsupported",
    "Upstream",
    "UpstreamTimeout",
    "UpstreamUnavailable",
    "strip_server_info",
]

logger = logging.getLogger("bastion.mcp.upstream")

Status = Literal["starting", "ready", "unavailable", "disabled", "stopped"]
#: Called with (upstream, method, params) for a server->client request; returns the result
#: model or ``ErrorData``.
Relay = Callable[["Upstream", str, Any], Awaitable[Any]]
Notify = Callable[["Upstream", str], Awaitable[None]]


@dataclass
class Lists:
    """The upstream's own lists, as raw JSON dicts (names not yet namespaced)."""

    tools: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)
    templates: list[dict[str, Any]] = field(default_factory=list)
    prompts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class InFlight:
    """A call in progress on this upstream and the downstream request that caused it."""

    downstream: Any
    started: float = field(default_factory=time.monotonic)
    #: The upstream may ask this call's client (it runs under :attr:`Upstream.asking`).
    askable: bool = False


class Upstream:
    """Connection state and calls for one upstream server.

    A server with a per-user credential (``credential``) authenticates its own session (lists,
    subscriptions) as the gateway (``service``); calls made for a user carry that user's token:
    on a 2026-07-28 Streamable HTTP server, which has no sessions, as a header of each request on
    the shared lane; otherwise on a session of the user's own (``user_sessions``: per-user
    child upstreams whose ``owner`` is that user)."""

    def __init__(
        self,
        config: ServerConfig,
        settings: McpSettings,
        relay: Relay,
        notify: Notify,
        *,
        credential: UserCredential | None = None,
        service: Caller | None = None,
        owner: Caller | None = None,
        era: Literal["legacy"] | None = None,
    ) -> None:
        self.config = config
        self.name = config.name
        self.settings = settings
        self._relay = relay
        self._notify = notify
        self.status: Status = "starting" if config.enabled else "disabled"
        self.last_error: str | None = None
        self.protocol_version: str | None = None
        self.server_info: dict[str, Any] | None = None
        self.capabilities: types.ServerCapabilities | None = None
        self.instructions: str | None = None
        self.restarts = 0
        self.connected_at: float | None = None
        self.lists = Lists()
        self.client: Client | None = None
        self.ready = anyio.Event()
        self.inflight: dict[int, InFlight] = {}
        self._next_inflight = 0
        #: Held by the one call on this session whose client the server may ask live: a live
        #: request names no call, so it can only be routed unambiguously to the only candidate.
        self.asking = anyio.Lock()
        #: An era session (see :attr:`era_sessions`) is always handshake-era.
        self.era = era
        self._mode: str = "legacy" if era == "legacy" else config.protocol
        self._prior_discover: types.DiscoverResult | None = None
        self._broken = anyio.Event()
        self._stop = anyio.Event()
        self._refresh_needed = anyio.Event()
        self._scope: anyio.CancelScope | None = None
        #: Per-user credential (None: the server's own static credential, or none).
        self.credential = credential
        self.service = service
        #: The user a per-user session belongs to (None: the server's shared session).
        self.owner = owner
        self._opener = ClientOpener(config, settings, credential, self._session_caller)
        #: The raw lane of this connection (see ``upstream_transports.py``), None: none.
        self._lane: Lane | None = None
        #: Where the gateway's calls on this connection go: the raw lane or the SDK session.
        self._calls: CallPath | None = None
        self._param_headers = ParamHeaders()
        #: Resource subscriptions (kept across reconnects, re-established on each connection).
        self.subs = UpstreamSubscriptions(self)
        #: Set once the first connection attempt is over (connected or failed).
        self.settled = anyio.Event()
        self.user_sessions: UserSessions | None = None
        if credential is not None and owner is None:
            self.user_sessions = UserSessions(
                self._user_session, settings.user_sessions_max, settings.user_session_idle_s, config.connect_timeout_s
            )
        #: Handshake-era sessions of this server of their own for the clients it may ask live
        #: (sampling, elicitation, roots): one per (client session, user) for a 2025-era client
        #: (of a both-era server too, detected as 2026-07-28), one per user for 2026-07-28 clients
        #: whose calls are bridged. A live request names no call, so only a session with one
        #: client on it routes it without doubt, and one client's unanswered question never holds
        #: up another's calls. None on sessions that are themselves children.
        self.era_sessions: UserSessions | None = None
        #: Whether the server accepted a handshake-era session (None: not tried on this connection).
        self.legacy_capable: bool | None = None
        if owner is None and era is None and settings.era_sessions_max > 0:
            self.era_sessions = UserSessions(
                self._era_session, settings.era_sessions_max, settings.user_session_idle_s, config.connect_timeout_s
            )

    # ----------------------------------------------------------------------------- info
    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.config.kind,
            "status": self.status,
            "enabled": self.config.enabled,
            "era": None
            if self.protocol_version is None
            else ("legacy" if self.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS else "modern"),
            "protocol_version": self.protocol_version,
            "transport": self.transport_kind,
            "server_info": self.server_info,
            "last_error": self.last_error,
            "restarts": self.restarts,
            "tools": [t.get("name") for t in self.lists.tools],
            "stderr_tail": list(self._stdio.stderr_tail)[-10:] if self._stdio else [],
            "subscriptions": sorted(self.subscriptions),
            "pid": self._stdio.pid if self._stdio else None,
            "isolation": self._stdio.isolation if self._stdio else None,
            "credential": self.config.credentials.type if self.config.credentials else None,
            "user_sessions": len(self.user_sessions) if self.user_sessions is not None else None,
            "era_sessions": len(self.era_sessions) if self.era_sessions else None,
            "legacy_capable": self.legacy_capable,
        }

    @property
    def transport_kind(self) -> str | None:
        """How the last connection was made: "stdio", "streamable_http" or "sse"."""
        return self._opener.kind

    @property
    def _stdio(self) -> StdioTransport | None:
        """The stdio process of the last connection attempt (None: an HTTP server)."""
        return self._opener.stdio

    @property
    def legacy(self) -> bool:
        return self.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS

    # ----------------------------------------------------------------------------- supervisor
    async def run(self) -> None:
        """Keep the upstream connected until :meth:`stop` (and its per-user and era sessions).
        Never raises."""
        pools = [p for p in (self.user_sessions, self.era_sessions) if p is not None]
        if not pools:
            await self._supervise()
            return
        async with anyio.create_task_group() as tg:
            for pool in pools:
                await tg.start(pool.run)
            try:
                await self._supervise()
            finally:
                with anyio.CancelScope(shield=True):
                    for pool in pools:
                        await pool.close()
                tg.cancel_scope.cancel()

    async def _supervise(self) -> None:
        backoff = self.settings.backoff_initial_s
        with anyio.CancelScope() as self._scope:
            while not self._stop.is_set():
                t0 = time.monotonic()
                try:
                    await self._connect_once()
                except Exception as e:  # noqa: BLE001 - any failure means "retry later"
                    # A launcher that refused to start the command says why better than the
                    # closed connection it leaves behind.
                    stdio = self._stdio
                    self.last_error = (stdio.launch_failure() if stdio else None) or describe(e)
                    logger.warning("mcp upstream %s%s: %s", self.name, self._for_whom(), self.last_error)
                finally:
                    self.settled.set()
                    self._disconnected()
                    if self.status != "stopped":
                        self.status = "unavailable"
                if self._stop.is_set():
                    break
                if time.monotonic() - t0 > 60:
                    backoff = self.settings.backoff_initial_s  # it ran fine for a while
                self.restarts += 1
                with anyio.move_on_after(backoff):
                    await self._stop.wait()
                backoff = min(backoff * 2, self.settings.backoff_max_s)
        self.status = "stopped"

    async def stop(self) -> None:
        self._stop.set()
        self._broken.set()

    def mark_broken(self, why: str) -> None:
        """A transport-level failure was seen on a call: reconnect."""
        if self.status == "ready":
            self.last_error = why
            logger.warning("mcp upstream %s broken: %s", self.name, why)
            self._broken.set()

    def _disconnected(self) -> None:
        self.client = None
        self._lane = None
        self._calls = None
        self.ready = anyio.Event()

    async def _connect_once(self) -> None:
        self._broken = anyio.Event()
        self._refresh_needed = anyio.Event()
        self.status = "starting"
        connected = False
        # The whole connection lives inside this scope: its deadline bounds the connect phase
        # and is lifted once connected (scopes must nest with the task groups entered below).
        with anyio.CancelScope() as scope:
            scope.deadline = anyio.current_time() + self.config.connect_timeout_s
            async with AsyncExitStack() as stack:
                client = await self._opener.open(stack, self._client_kw())
                self._adopt(client)
                await self._load_lists(client)
                lane = await open_lane(
                    self.config,
                    self.settings,
                    client,
                    self._stdio,
                    self.transport_kind or "",
                    stack,
                    self._on_raw_notification,
                )
                if isinstance(lane, StdioTransport):
                    lane.on_log = self._forward_log
                scope.deadline = math.inf
                connected = True
                self.client = client
                self._lane = lane
                self._calls = self._call_path(client, lane)
                self.legacy_capable = None  # (re)learnt on first use by a handshake-era client
                self.status = "ready"
                self.last_error = None
                self.connected_at = time.time()
                logger.info(
                    "mcp upstream %s%s ready (%s, %s)",
                    self.name,
                    self._for_whom(),
                    self.transport_kind,
                    self.protocol_version,
                )
                await self._notify(self, "connected")
                # Only now: whoever waits for "ready" (start-up wait, per-user sessions) finds the
                # server's tools in the catalog (pins reconciled, catalog rebuilt).
                self.ready.set()
                self.settled.set()
                async with anyio.create_task_group() as tg:
                    tg.start_soon(self._refresher, client)
                    if self.owner is None:  # subscriptions are held on the shared session only
                        tg.start_soon(self.subs.keep, client)
                    if self._stdio is not None:
                        tg.start_soon(self._watch_process, self._stdio)
                    await self._broken.wait()
                    tg.cancel_scope.cancel()
                self.status = "unavailable"
                self._disconnected()
                self._fail_inflight()
                await self._notify(self, "disconnected")
        if not connected and scope.cancelled_caught:
            raise TimeoutError(f"no answer within {self.config.connect_timeout_s:g} s while connecting")

    def _client_kw(self) -> dict[str, Any]:
        return dict(
            mode=self._mode,
            prior_discover=self._prior_discover,
            cache=None,  # caching decisions stay in the gateway
            client_info=CLIENT_INFO,
            sampling_callback=self._on_sampling,
            elicitation_callback=self._on_elicitation,
            list_roots_callback=self._on_roots,
            message_handler=self._on_message,
        )

    def _adopt(self, client: Client) -> None:
        self.protocol_version = client.protocol_version
        info = client.server_info
        self.server_info = info.model_dump(mode="json", exclude_none=True) if info else None
        self.capabilities = client.server_capabilities
        self.instructions = client.instructions
        # Remember the era so that reconnects skip the probe.
        if self.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS:
            self._mode = "legacy"
        else:
            self._mode = self.protocol_version
            self._prior_discover = client.session.discover_result

    def _call_path(self, client: Client, lane: Lane | None) -> CallPath:
        timeout = self.config.call_timeout_s
        if lane is None:
            return SessionCalls(client, self.name, timeout, self.mark_broken)
        return LaneCalls(
            lane, envelope_of(client), self.name, timeout, self.mark_broken, self.credential, self._session_caller
        )

    async def _on_raw_notification(self, msg: dict[str, Any]) -> None:
        method = str(msg.get("method", ""))
        if method.endswith("/list_changed"):
            self._refresh_needed.set()
        elif method == "notifications/message":
            await self._forward_log(msg.get("params") or {})
        elif method == "notifications/resources/updated":
            uri = (msg.get("params") or {}).get("uri")
            if isinstance(uri, str):
                await self._notify(self, "resource_updated:" + uri)

    async def _forward_log(self, params: dict[str, Any]) -> None:
        """An upstream log message goes to the client whose call caused it, when that is certain
        (exactly one call in flight on this upstream); otherwise it stays in the gateway log."""
        calls = list(self.inflight.values())
        if len(calls) == 1 and hasattr(calls[0].downstream, "log"):
            try:
                await calls[0].downstream.log(params)
                return
            except Exception:  # noqa: BLE001 - a gone client must not break the upstream
                pass
        logger.debug("mcp upstream %s log: %.300s", self.name, params)

    async def _watch_process(self, stdio: StdioTransport) -> None:
        await stdio.exited.wait()
        code = stdio.returncode
        self.last_error = f"process exited (code {code})" if code is not None else "process closed stdout"
        if (why := stdio.launch_failure()) is not None:
            self.last_error += f": {why}"
        self._broken.set()

    async def _refresher(self, client: Client) -> None:
        while True:
            await self._refresh_needed.wait()
            self._refresh_needed = anyio.Event()
            try:
                with anyio.fail_after(self.config.call_timeout_s):
                    await self._load_lists(client)
                await self._notify(self, "list_changed")
            except Exception as e:  # noqa: BLE001
                self.mark_broken(f"re-listing failed: {describe(e)}")

    def _fail_inflight(self) -> None:
        # Calls in flight see the closed session raise; nothing to do here but forget them.
        self.inflight.clear()

    # ----------------------------------------------------------------------------- sessions
    def _session_caller(self) -> Caller:
        caller = self.owner or self.service
        assert caller is not None, "a per-user credential needs the gateway's service identity"
        return caller

    def _for_whom(self) -> str:
        return f" (session of user {self.owner.principal.user_id})" if self.owner is not None else ""

    def _era_session(self, caller: Caller) -> Upstream:
        """A new handshake-era session of this (both-era) server, for one client session."""
        return Upstream(
            self.config,
            self.settings,
            self._relay,
            _ignore,
            credential=self.credential,
            service=self.service,
            owner=caller,
            era="legacy",
        )

    async def legacy_session_for(self, caller: Caller, client_session: object) -> Upstream | None:
        """A handshake-era session of this server for ``client_session`` (a 2025-era client's
        connection, or a marker for a user's bridged calls), opened on first use; None where
        there is none (a 2026-07-28 server that refused the handshake on this connection, or the
        pool is off).

        The caller's calls then reach a server that can ask live (sampling, elicitation, roots)
        and send logs and progress on the request's own stream."""
        pool = self.era_sessions
        if pool is None or self.legacy_capable is False:
            return None
        key = (client_session, caller.identity)
        try:
            session = await pool.get(caller, key)
        except UpstreamUnavailable as e:
            # A modern-only server refuses the handshake: remember it until it reconnects (the
            # client's calls then go stateless, and MRTR is asked live by the gateway).
            if self.legacy_capable is None:
                self.legacy_capable = False
                logger.info("mcp upstream %s: no handshake-era session (%s); modern only", self.name, e)
            return None
        self.legacy_capable = True
        return session

    async def release_legacy_session(self, caller: Caller, client_session: object) -> None:
        """The client session ended: close its handshake-era session of this server."""
        if self.era_sessions is not None:
            await self.era_sessions.release((client_session, caller.identity))

    def _user_session(self, caller: Caller) -> Upstream:
        """A new per-user session of this server (started by :class:`UserSessions`)."""
        return Upstream(
            self.config,
            self.settings,
            self._relay,
            _ignore,
            credential=self.credential,
            service=self.service,
            owner=caller,
        )

    async def for_caller(self, caller: Caller | None) -> Upstream:
        """Where a call made for ``caller`` goes: this upstream, or (per-user credential on a
        stateful transport) the caller's own session, opened on first use.

        Raises ``CredentialError`` when no token can be had for the caller (before any session
        is opened) and ``UpstreamUnavailable`` when the server or the user's session is down."""
        if caller is None or self.user_sessions is None:
            return self
        assert self.credential is not None
        await self.credential.headers(caller)  # refusals surface here, and the token is cached
        self.connected_client()  # the server is down: say so, without opening sessions
        if isinstance(self._lane, HttpLane):
            return self  # 2026-07-28 Streamable HTTP: stateless, the token goes on each request
        return await self.user_sessions.get(caller)

    # ----------------------------------------------------------------------------- lists
    async def _load_lists(self, client: Client) -> None:
        caps = client.server_capabilities
        session = client.session
        lists = Lists()
        if caps.tools is not None:
            cursor: str | None = None
            for _ in range(1000):
                page = await session.list_tools(params=types.PaginatedRequestParams(cursor=cursor))
                lists.tools.extend(t.model_dump(by_alias=True, mode="json", exclude_none=True) for t in page.tools)
                cursor = page.next_cursor
                if cursor is None:
                    break
        self._param_headers.reset()
        if caps.resources is not None:
            lists.resources = await self._drain(client, "resources/list", "resources")
            lists.templates = await self._drain(client, "resources/templates/list", "resourceTemplates")
        if caps.prompts is not None:
            lists.prompts = await self._drain(client, "prompts/list", "prompts")
        self.lists = lists

    async def _drain(self, client: Client, method: str, key: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        cursor: str | None = None
        for _ in range(1000):
            params = {"cursor": cursor} if cursor is not None else None
            try:
                page = await send_raw(client, method, params, None)
            except MCPError as e:
                if e.code == types.METHOD_NOT_FOUND:
                    return out
                raise
            out.extend(page.get(key) or [])
            cursor = page.get("nextCursor")
            if cursor is None:
                break
        return out

    # ----------------------------------------------------------------------------- upstream events
    async def _on_message(self, message: Any) -> None:
        if isinstance(message, Exception):
            logger.debug("mcp upstream %s transport message: %s", self.name, message)
            return
        method = getattr(message, "method", None)
        if method in (
            "notifications/tools/list_changed",
            "notifications/resources/list_changed",
            "notifications/prompts/list_changed",
        ):
            self._refresh_needed.set()
        elif method == "notifications/message":
            params: Any = getattr(message, "params", None)
            await self._forward_log(
                params.model_dump(by_alias=True, mode="json", exclude_none=True)
                if isinstance(params, BaseModel)
                else dict(params or {})
            )
        elif method == "notifications/resources/updated":
            await self._notify(self, "resource_updated:" + str(message.params.uri))

    async def _on_sampling(self, ctx: ClientRequestContext, params: types.CreateMessageRequestParams) -> Any:
        return await self._relay(self, "sampling/createMessage", params)

    async def _on_elicitation(self, ctx: ClientRequestContext, params: Any) -> Any:
        return await self._relay(self, "elicitation/create", params)

    async def _on_roots(self, ctx: ClientRequestContext) -> Any:
        return await self._relay(self, "roots/list", None)

    # ----------------------------------------------------------------------------- subscriptions
    @property
    def subscriptions(self) -> set[str]:
        """Resource URIs the gateway holds a subscription to (one each, however many clients
        subscribed: the relay counts them). Kept across reconnects and re-established."""
        return self.subs.uris

    @subscriptions.setter
    def subscriptions(self, uris: set[str]) -> None:
        self.subs.uris = uris

    @property
    def supports_subscriptions(self) -> bool:
        return self.subs.supported

    async def subscribe_resource(self, uri: str) -> None:
        """Hold a subscription to ``uri`` upstream (``resources/subscribe`` on a handshake-era
        session, the ``subscriptions/listen`` stream on a 2026-07-28 one); it is re-established
        after every reconnect until :meth:`unsubscribe_resource`."""
        await self.subs.subscribe(uri)

    async def unsubscribe_resource(self, uri: str) -> None:
        """Let go of ``uri`` upstream. Never raises: a gone upstream has no subscription left."""
        await self.subs.unsubscribe(uri)

    # ----------------------------------------------------------------------------- calls
    def connected_client(self) -> Client:
        """The client session; raises :class:`UpstreamUnavailable` while not connected."""
        client = self.client
        if client is None or self.status != "ready":
            why = f": {self.last_error}" if self.last_error else ""
            raise UpstreamUnavailable(f"MCP server '{self.name}' is {self.status}{why}")
        return client

    def _path(self) -> CallPath:
        self.connected_client()
        assert self._calls is not None  # set with the client
        return self._calls

    def track(self, downstream: Any, *, askable: bool = False) -> int:
        """Register a call in flight (for routing server->client requests back); returns a key."""
        self._next_inflight += 1
        self.inflight[self._next_inflight] = InFlight(downstream, askable=askable)
        return self._next_inflight

    def untrack(self, key: int) -> None:
        self.inflight.pop(key, None)

    async def call_tool(
        self,
        tool: str,
        arguments: dict[str, Any] | None,
        *,
        progress: Progress | None = None,
        input_responses: dict[str, Any] | None = None,
        request_state: str | None = None,
        meta: dict[str, Any] | None = None,
        caller: Caller | None = None,
    ) -> dict[str, Any]:
        """``tools/call`` upstream; the result (complete or input_required) as a wire dict.

        ``caller``: the user the call is made for (per-user credentials on the shared lane)."""
        path = self._path()
        if meta and self.legacy:
            # Per-request envelope keys are 2026-07-28 vocabulary: a handshake-era server refuses them.
            meta = {k: v for k, v in meta.items() if not k.startswith("io.modelcontextprotocol/")} or None
        params: dict[str, Any] = {"name": tool}
        if arguments is not None:
            params["arguments"] = arguments
        if input_responses is not None:
            params["inputResponses"] = input_responses
        if request_state is not None:
            params["requestState"] = request_state
        headers = (
            self._param_headers.of(tool, arguments, self.lists.tools)
            if self.transport_kind == "streamable_http"
            else None
        )
        return await path.call_tool(params, meta, progress, headers, caller)

    async def request(
        self, method: str, params: dict[str, Any] | None, *, caller: Caller | None = None
    ) -> dict[str, Any]:
        """Any other request, forwarded raw (``resources/read``, ``prompts/get``, completions)."""
        return await self._path().request(method, params, caller)


async def _ignore(up: Upstream, event: str) -> None:
    """Per-user sessions report nothing to the hub: the catalog comes from the shared session."""

"""One upstream MCP server: a long-lived, supervised client session.

The supervisor (:meth:`Upstream.run`) connects once, detects the protocol era on the first
connection and remembers it (later reconnects skip the probe), loads the server's lists, and
then waits until the connection breaks: a stdio process exits, or an HTTP request fails at the
transport level. It then reconnects with exponential backoff. While disconnected the server is
``unavailable`` and calls to it fail at once with a clear message; the other upstreams are not
affected.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
import anyio
import anyio.abc
import httpx2
import mcp_types as types
from mcp import Client, MCPError
from mcp.client.session import ClientRequestContext
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.inbound import mcp_param_headers, x_mcp_header_map
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS
from pydantic import TypeAdapter

from bastion.gateway.outbound import Caller, UserCredential
from bastion.mcp_bridge.http_lane import HttpLane
from bastion.mcp_bridge.json_lines import JsonLinesTransport
from bastion.mcp_bridge.rawcall import ConnectionLost
from bastion.mcp_bridge.sandbox import Sandbox
from bastion.mcp_bridge.sdk_compat import declared_capabilities
from bastion.mcp_bridge.settings import McpSettings, ServerConfig, executable_allowed
from bastion.mcp_bridge.stdio import SpawnRefused, StdioTransport
from bastion.mcp_bridge.user_sessions import UserSessions

logger = logging.getLogger("bastion.mcp.upstream")

RAW = TypeAdapter(dict[str, Any])
SERVER_INFO_KEY = "io.modelcontextprotocol/serverInfo"
CLIENT_INFO = types.Implementation(name="bastion-gateway", version="0.1.0")
#: JSON-RPC codes the SDK produces locally (not from the peer): they mean the transport failed.
LOCAL_FAILURE_CODES = {types.CONNECTION_CLOSED} if hasattr(types, "CONNECTION_CLOSED") else {-32000}
REQUEST_TIMEOUT = -32001
PROTOCOL_VERSION_META_KEY = "io.modelcontextprotocol/protocolVersion"
CLIENT_INFO_META_KEY = "io.modelcontextprotocol/clientInfo"
CLIENT_CAPABILITIES_META_KEY = "io.modelcontextprotocol/clientCapabilities"
#: Failures of the raw lanes that mean the connection is gone (reconnect).
LANE_FAILURES = (aiohttp.ClientError, ConnectionLost, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError)

Status = Literal["starting", "ready", "unavailable", "disabled", "stopped"]
#: Called with (upstream, method, params) for a server->client request; returns the result
#: model or ``ErrorData``.
Relay = Callable[["Upstream", str, Any], Awaitable[Any]]
Notify = Callable[["Upstream", str], Awaitable[None]]


class UpstreamUnavailable(Exception):
    """The upstream is not connected (starting, crashed, disabled)."""


class UpstreamTimeout(Exception):
    """The upstream did not answer within the call timeout."""


class SubscriptionsUnsupported(Exception):
    """The upstream does not offer resource subscriptions (no ``resources.subscribe`` capability)."""


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
        self.transport_kind: str | None = None
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
        self._http_transport: str | None = None  # remembered "streamable_http" / "sse"
        self._broken = anyio.Event()
        self._stop = anyio.Event()
        self._refresh_needed = anyio.Event()
        self._stdio: StdioTransport | None = None
        self._scope: anyio.CancelScope | None = None
        #: Where the gateway's own calls go (beside the SDK session, see ``rawcall.py``): the
        #: stdio pipe or a pooled HTTP lane; None = through the SDK session.
        self._lane: StdioTransport | HttpLane | None = None
        #: The 2026-07-28 per-request envelope (``_meta``), None on a handshake-era session.
        self._envelope: dict[str, Any] | None = None
        #: Per tool: its ``x-mcp-header`` parameter map (Mcp-Param-* headers on HTTP).
        self._param_maps: dict[str, dict[tuple[str, ...], str]] = {}
        #: Resource URIs the gateway holds a subscription to (one each, however many clients
        #: subscribed: the relay counts them). Kept across reconnects and re-established.
        self.subscriptions: set[str] = set()
        self._subs_changed = anyio.Event()
        #: Modern upstreams: the URIs the open ``subscriptions/listen`` stream covers, and the
        #: last failed attempt (its URIs and why), for subscribers waiting on it.
        self._listen_uris: frozenset[str] = frozenset()
        self._listen_failure: tuple[frozenset[str], str] | None = None
        self._listen_progress = anyio.Event()
        #: Per-user credential (None: the server's own static credential, or none).
        self.credential = credential
        self.service = service
        #: The user a per-user session belongs to (None: the server's shared session).
        self.owner = owner
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
                    self.last_error = _describe(e)
                    logger.warning("mcp upstream %s%s: %s", self.name, self._for_whom(), self.last_error)
                finally:
                    self.settled.set()
                    self.client = None
                    self._lane = None
                    if self.status != "stopped":
                        self.status = "unavailable"
                    self.ready = anyio.Event()
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
                client = await self._open_client(stack)
                await self._adopt(client)
                await self._load_lists(client)
                lane = await self._open_lane(client, stack)
                scope.deadline = math.inf
                connected = True
                self.client = client
                self._lane = lane
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
                        tg.start_soon(self._keep_subscriptions, client)
                    if self._stdio is not None:
                        tg.start_soon(self._watch_process, self._stdio)
                    await self._broken.wait()
                    tg.cancel_scope.cancel()
                self.status = "unavailable"
                self.client = None
                self._lane = None
                self.ready = anyio.Event()
                self._fail_inflight()
                await self._notify(self, "disconnected")
        if not connected and scope.cancelled_caught:
            raise TimeoutError(f"no answer within {self.config.connect_timeout_s:g} s while connecting")

    async def _adopt(self, client: Client) -> None:
        session = client.session
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
            self._prior_discover = session.discover_result

    async def _open_lane(self, client: Client, stack: AsyncExitStack) -> StdioTransport | HttpLane | None:
        """The raw lane for the gateway's calls on this connection (None: use the SDK session)."""
        session = client.session
        version = self.protocol_version or ""
        if version not in HANDSHAKE_PROTOCOL_VERSIONS:
            self._envelope = {
                PROTOCOL_VERSION_META_KEY: version,
                CLIENT_INFO_META_KEY: CLIENT_INFO.model_dump(by_alias=True, mode="json", exclude_none=True),
                CLIENT_CAPABILITIES_META_KEY: declared_capabilities(session, version).model_dump(
                    by_alias=True, mode="json", exclude_none=True
                ),
            }
        else:
            self._envelope = None
        if not self.settings.fast_lane:
            return None
        if self._stdio is not None:
            self._stdio.on_log = self._forward_log
            return self._stdio  # one pipe, both eras: the handshake-era session is already initialized
        cfg = self.config
        oauth = cfg.credentials is not None and cfg.credentials.type == "oauth_client_credentials"
        if self.transport_kind != "streamable_http" or self._envelope is None or oauth or cfg.url is None:
            return None  # sessions (Mcp-Session-Id), legacy SSE and OAuth stay with the SDK
        lane = HttpLane(
            cfg.url,
            self._auth_headers(),
            version,
            connect_timeout_s=cfg.connect_timeout_s,
            on_notification=self._on_raw_notification,
        )
        return await stack.enter_async_context(lane)

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
                self.mark_broken(f"re-listing failed: {_describe(e)}")

    def _fail_inflight(self) -> None:
        # Calls in flight see the closed session raise; nothing to do here but forget them.
        self.inflight.clear()

    async def _open_client(self, stack: AsyncExitStack) -> Client | None:
        cfg = self.config
        kw: dict[str, Any] = dict(
            mode=self._mode,
            prior_discover=self._prior_discover,
            cache=None,  # caching decisions stay in the gateway
            client_info=CLIENT_INFO,
            sampling_callback=self._on_sampling,
            elicitation_callback=self._on_elicitation,
            list_roots_callback=self._on_roots,
            message_handler=self._on_message,
        )
        if cfg.kind == "stdio":
            assert cfg.command is not None
            if not executable_allowed(cfg.command, self.settings.allowed_executables):
                raise SpawnRefused(f"executable {cfg.command!r} is not in mcp.allowed_executables")
            self._stdio = StdioTransport(
                self.name,
                cfg.command,
                cfg.args,
                cfg.env,
                cfg.cwd,
                self.settings.max_message_bytes,
                sandbox=Sandbox(self.name, self.settings.sandbox.for_server(cfg.sandbox)),
            )
            self.transport_kind = "stdio"
            return await stack.enter_async_context(Client(self._stdio, **kw))
        kinds = (
            [self._http_transport]
            if self._http_transport
            else (["streamable_http", "sse"] if cfg.transport == "auto" else [cfg.transport])
        )
        last: Exception | None = None
        for kind in kinds:
            inner = AsyncExitStack()
            await stack.enter_async_context(inner)
            try:
                transport = await self._http_transport_cm(kind, inner)
                client = await inner.enter_async_context(Client(transport, **kw))
            except Exception as e:  # noqa: BLE001
                last = e
                await inner.aclose()
                continue
            self._http_transport = kind
            self.transport_kind = kind
            return client
        assert last is not None
        raise last

    async def _http_transport_cm(self, kind: str, stack: AsyncExitStack) -> Any:
        cfg = self.config
        assert cfg.url is not None
        headers = self._auth_headers()
        auth: httpx2.Auth | None = None
        cred = cfg.credentials
        if cred is not None and cred.type == "oauth_client_credentials":
            auth = _client_credentials_auth(cfg)
        elif self.credential is not None:
            # Every request of the session carries a current token of the session's user (the
            # gateway itself on the shared session): tokens are renewed before they expire.
            auth = CallerAuth(self.credential, self._session_caller)
        if kind == "sse":
            return sse_client(
                cfg.url,
                headers=headers,
                timeout=cfg.connect_timeout_s,
                sse_read_timeout=max(300.0, cfg.call_timeout_s),
                auth=auth,
            )
        http = httpx2.AsyncClient(
            headers=headers,
            auth=auth,
            timeout=httpx2.Timeout(cfg.connect_timeout_s, read=cfg.call_timeout_s + 5),
            # Replies with several JSON-RPC messages in one JSON body are read one by one.
            transport=JsonLinesTransport(
                httpx2.AsyncHTTPTransport(limits=httpx2.Limits(max_connections=64, max_keepalive_connections=32))
            ),
            follow_redirects=False,
        )
        await stack.enter_async_context(http)
        return streamable_http_client(cfg.url, http_client=http)

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
        self._client()  # the server is down: say so, without opening sessions
        if isinstance(self._lane, HttpLane):
            return self  # 2026-07-28 Streamable HTTP: stateless, the token goes on each request
        return await self.user_sessions.get(caller)

    def _auth_headers(self) -> dict[str, str]:
        """The configured headers plus the upstream's own static credentials (never the client's)."""
        cfg = self.config
        headers = dict(cfg.headers)
        cred = cfg.credentials
        if cred is not None:
            if cred.type == "bearer" and cred.token is not None:
                headers["Authorization"] = f"Bearer {cred.token.resolve() or ''}"
            elif cred.type == "api_key" and cred.value is not None:
                headers[cred.header or "X-API-Key"] = cred.value.resolve() or ""
        return headers

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
        self._param_maps = {}
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
                page = await client.session.send_request(
                    types.Request[dict[str, Any] | None, str](method=method, params=params), RAW
                )
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
            params = getattr(message, "params", None)
            await self._forward_log(
                params.model_dump(by_alias=True, mode="json", exclude_none=True)
                if hasattr(params, "model_dump")
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
    def supports_subscriptions(self) -> bool:
        caps = self.capabilities
        return bool(caps is not None and caps.resources is not None and caps.resources.subscribe)

    async def subscribe_resource(self, uri: str) -> None:
        """Hold a subscription to ``uri`` upstream (``resources/subscribe`` on a handshake-era
        session, the ``subscriptions/listen`` stream on a 2026-07-28 one); it is re-established
        after every reconnect until :meth:`unsubscribe_resource`."""
        self._client()
        if not self.supports_subscriptions:
            raise SubscriptionsUnsupported(f"MCP server '{self.name}' does not offer resource subscriptions")
        self.subscriptions.add(uri)
        try:
            if self.legacy:
                await self.request("resources/subscribe", {"uri": uri})
            else:
                await self._await_listen(uri)
        except BaseException:
            self.subscriptions.discard(uri)
            self._subs_changed.set()
            raise

    async def unsubscribe_resource(self, uri: str) -> None:
        """Let go of ``uri`` upstream. Never raises: a gone upstream has no subscription left."""
        self.subscriptions.discard(uri)
        self._subs_changed.set()
        if self.legacy and self.status == "ready":
            try:
                with anyio.move_on_after(self.config.call_timeout_s):
                    await self.request("resources/unsubscribe", {"uri": uri})
            except Exception as e:  # noqa: BLE001
                logger.debug("mcp upstream %s: unsubscribe %s failed: %s", self.name, uri, _describe(e))

    async def _await_listen(self, uri: str) -> None:
        self._subs_changed.set()
        timeout = self.config.call_timeout_s
        with anyio.move_on_after(timeout):
            while True:
                if uri in self._listen_uris:
                    return
                failure = self._listen_failure
                if failure is not None and uri in failure[0]:
                    raise UpstreamUnavailable(f"MCP server '{self.name}' refused the subscription: {failure[1]}")
                if self.status != "ready":
                    self._client()
                await self._listen_progress.wait()
        raise UpstreamTimeout(f"MCP server '{self.name}' did not acknowledge the subscription within {timeout:g} s")

    def _listen_done(self, uris: frozenset[str], failure: str | None) -> None:
        if failure is None:
            self._listen_uris = uris
            self._listen_failure = None
        else:
            self._listen_failure = (uris, failure)
        progress, self._listen_progress = self._listen_progress, anyio.Event()
        progress.set()

    async def _keep_subscriptions(self, client: Client) -> None:
        """For this connection: (re-)establish :attr:`subscriptions` upstream and follow changes."""
        self._listen_uris = frozenset()
        self._listen_failure = None
        if self.legacy:
            for uri in sorted(self.subscriptions):  # after a reconnect: the server forgot them
                try:
                    with anyio.fail_after(self.config.call_timeout_s):
                        await self.request("resources/subscribe", {"uri": uri})
                except Exception as e:  # noqa: BLE001
                    logger.warning("mcp upstream %s: re-subscribing %s failed: %s", self.name, uri, _describe(e))
            return
        await self._listen_loop(client, self._list_flags())

    def _list_flags(self) -> frozenset[str]:
        """The lists whose changes this (2026-07-28) upstream can announce on a listen stream."""
        caps = self.capabilities
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
        current: _Listen | None = None
        async with anyio.create_task_group() as tg:
            while True:
                self._subs_changed = changed = anyio.Event()
                want = frozenset(self.subscriptions)
                need = bool(want or flags)
                if need and (current is None or current.lost or current.uris != want):
                    if current is not None and current.lost:
                        await anyio.sleep(self.settings.backoff_initial_s)  # no busy loop on a closing server
                    try:
                        with anyio.fail_after(self.config.call_timeout_s):
                            new = await tg.start(self._one_listen, client, want, flags)
                    except Exception as e:  # noqa: BLE001
                        logger.warning("mcp upstream %s: subscriptions/listen failed: %s", self.name, _describe(e))
                        self._listen_done(want, _describe(e))
                        # Retry later (a change, or a lost stream, wakes the loop again).
                        with anyio.move_on_after(self.settings.backoff_max_s):
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
                    # The events themselves reach ``_on_message`` (the session tees every
                    # notification there); draining keeps the subscription's backlog empty.
                    async for _ in sub:
                        pass
            except Exception as e:  # noqa: BLE001
                if not started:
                    raise
                logger.info("mcp upstream %s: listen stream ended: %s", self.name, _describe(e))
        if started and not listen.scope.cancel_called:
            listen.lost = True  # ended by the server: open a new one
            self._subs_changed.set()

    # ----------------------------------------------------------------------------- calls
    def _client(self) -> Client:
        client = self.client
        if client is None or self.status != "ready":
            why = f": {self.last_error}" if self.last_error else ""
            raise UpstreamUnavailable(f"MCP server '{self.name}' is {self.status}{why}")
        return client

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
        progress: Callable[[float, float | None, str | None], Awaitable[None]] | None = None,
        input_responses: dict[str, Any] | None = None,
        request_state: str | None = None,
        meta: dict[str, Any] | None = None,
        caller: Caller | None = None,
    ) -> dict[str, Any]:
        """``tools/call`` upstream; the result (complete or input_required) as a wire dict.

        ``caller``: the user the call is made for (per-user credentials on the shared lane)."""
        client = self._client()
        if meta and self.legacy:
            # Per-request envelope keys are 2026-07-28 vocabulary: a handshake-era server refuses them.
            meta = {k: v for k, v in meta.items() if not k.startswith("io.modelcontextprotocol/")} or None
        lane = self._lane
        if lane is not None:
            params: dict[str, Any] = {"name": tool}
            if arguments is not None:
                params["arguments"] = arguments
            if input_responses is not None:
                params["inputResponses"] = input_responses
            if request_state is not None:
                params["requestState"] = request_state
            return await self._raw(
                lane, "tools/call", params, meta, progress, self._param_headers(tool, arguments), caller
            )
        try:
            result = await client.session.call_tool(
                tool,
                arguments,
                read_timeout_seconds=self.config.call_timeout_s,
                progress_callback=progress,
                input_responses=input_responses,  # type: ignore[arg-type]
                request_state=request_state,
                meta=meta,  # type: ignore[arg-type]
                allow_input_required=True,
            )
        except MCPError as e:
            self._check_failure(e)
            raise
        except (httpx2.HTTPError, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError) as e:
            self.mark_broken(_describe(e))
            raise UpstreamUnavailable(f"MCP server '{self.name}' connection failed: {_describe(e)}") from e
        return strip_server_info(result.model_dump(by_alias=True, mode="json", exclude_none=True))

    async def request(
        self, method: str, params: dict[str, Any] | None, *, caller: Caller | None = None
    ) -> dict[str, Any]:
        """Any other request, forwarded raw (``resources/read``, ``prompts/get``, completions)."""
        client = self._client()
        lane = self._lane
        if lane is not None:
            body = dict(params or {})
            return await self._raw(lane, method, body, body.pop("_meta", None), None, None, caller)
        try:
            result = await client.session.send_request(
                types.Request[dict[str, Any] | None, str](method=method, params=params),
                RAW,
                request_read_timeout_seconds=self.config.call_timeout_s,
            )
        except MCPError as e:
            self._check_failure(e)
            raise
        except (httpx2.HTTPError, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError) as e:
            self.mark_broken(_describe(e))
            raise UpstreamUnavailable(f"MCP server '{self.name}' connection failed: {_describe(e)}") from e
        return strip_server_info(result)

    async def _raw(
        self,
        lane: StdioTransport | HttpLane,
        method: str,
        params: dict[str, Any],
        meta: dict[str, Any] | None,
        progress: Any,
        headers: dict[str, str] | None,
        caller: Caller | None = None,
    ) -> dict[str, Any]:
        """A call on the raw lane, with the connection's envelope and the gateway's error mapping."""
        if self.credential is not None and isinstance(lane, HttpLane):
            token = await self.credential.headers(caller or self._session_caller())
            headers = {**headers, **token} if headers else token
        envelope = self._envelope
        if envelope is not None:
            # The caller may narrow the declared capabilities to the downstream client's own.
            params["_meta"] = {**envelope, **meta} if meta else envelope
        elif meta:
            params["_meta"] = meta
        timeout = self.config.call_timeout_s
        try:
            if isinstance(lane, HttpLane):
                result = await lane.request(method, params, timeout=timeout, progress=progress, extra_headers=headers)
            else:
                result = await lane.request(method, params, timeout=timeout, progress=progress)
        except TimeoutError:
            raise UpstreamTimeout(f"MCP server '{self.name}' did not answer within {timeout:g} s") from None
        except LANE_FAILURES as e:
            self.mark_broken(_describe(e))
            raise UpstreamUnavailable(f"MCP server '{self.name}' connection failed: {_describe(e)}") from e
        return strip_server_info(result)

    def _param_headers(self, tool: str, arguments: dict[str, Any] | None) -> dict[str, str] | None:
        """``Mcp-Param-*`` headers the tool's schema declares (``x-mcp-header``), from the arguments."""
        if not arguments or self.transport_kind != "streamable_http":
            return None
        hmap = self._param_maps.get(tool)
        if hmap is None:
            schema = next((t.get("inputSchema") for t in self.lists.tools if t.get("name") == tool), None)
            try:
                hmap = x_mcp_header_map(schema) if isinstance(schema, dict) else {}
            except Exception:  # noqa: BLE001 - an invalid annotation just means no headers
                hmap = {}
            self._param_maps[tool] = hmap
        return mcp_param_headers(hmap, arguments) if hmap else None

    def _check_failure(self, e: MCPError) -> None:
        if e.code == REQUEST_TIMEOUT:
            raise UpstreamTimeout(
                f"MCP server '{self.name}' did not answer within {self.config.call_timeout_s:g} s"
            ) from e
        if e.code in LOCAL_FAILURE_CODES or (e.code == types.INVALID_REQUEST and "Session terminated" in e.message):
            self.mark_broken(e.message)
            raise UpstreamUnavailable(f"MCP server '{self.name}' connection lost: {e.message}") from e


@dataclass
class _Listen:
    """One open upstream ``subscriptions/listen`` stream."""

    uris: frozenset[str]
    scope: anyio.CancelScope
    lost: bool = False


class CallerAuth(httpx2.Auth):
    """Sets the per-user credential's header on every request of an SDK session."""

    def __init__(self, credential: UserCredential, caller: Callable[[], Caller]) -> None:
        self.credential = credential
        self.caller = caller

    async def async_auth_flow(self, request: httpx2.Request) -> Any:
        for name, value in (await self.credential.headers(self.caller())).items():
            request.headers[name] = value
        yield request


async def _ignore(up: Upstream, event: str) -> None:
    """Per-user sessions report nothing to the hub: the catalog comes from the shared session."""


def strip_server_info(result: dict[str, Any]) -> dict[str, Any]:
    """Remove the upstream's identity stamp: the gateway is the server downstream."""
    meta = result.get("_meta")
    if isinstance(meta, dict) and SERVER_INFO_KEY in meta:
        meta = {k: v for k, v in meta.items() if k != SERVER_INFO_KEY}
        if meta:
            result["_meta"] = meta
        else:
            result.pop("_meta")
    return result


def _describe(e: BaseException) -> str:
    if isinstance(e, BaseExceptionGroup):
        inner = e.exceptions[0] if e.exceptions else e
        return _describe(inner)
    if isinstance(e, MCPError):
        return f"MCP error {e.code}: {e.message}"
    text = str(e) or type(e).__name__
    return f"{type(e).__name__}: {text}"[:300]


class _MemoryTokens:
    """Token storage for one upstream's client-credentials grant (kept in memory only)."""

    def __init__(self) -> None:
        self.tokens: Any = None
        self.client_info: Any = None

    async def get_tokens(self) -> Any:
        return self.tokens

    async def set_tokens(self, tokens: Any) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> Any:
        return self.client_info

    async def set_client_info(self, client_info: Any) -> None:
        self.client_info = client_info


def _client_credentials_auth(cfg: ServerConfig) -> httpx2.Auth:
    from mcp.client.auth.extensions.client_credentials import ClientCredentialsOAuthProvider

    cred = cfg.credentials
    assert cred is not None and cred.client_id and cred.client_secret and cfg.url
    return ClientCredentialsOAuthProvider(
        server_url=cfg.url,
        storage=_MemoryTokens(),  # type: ignore[arg-type]
        client_id=cred.client_id,
        client_secret=cred.client_secret.resolve() or "",
        scope=cred.scope,
        issuer=cred.issuer,
    )

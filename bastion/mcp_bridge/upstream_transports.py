"""How the gateway reaches one upstream MCP server: the transports under :class:`Upstream`.

Two layers. The SDK ``Client`` session (over a stdio child process, Streamable HTTP or the
legacy SSE transport, see :class:`ClientOpener`) does the handshake or discovery, the lists,
subscriptions and the server's requests to the client. The gateway's own calls (``tools/call``
and the other forwarded requests) go, where possible, on a *raw lane* beside it (see
``rawcall.py``): the same stdio pipe, or a pooled HTTP lane for a 2026-07-28 Streamable HTTP
server. Both are a :class:`CallPath`; :func:`open_call_path` picks one per connection.
Failures are mapped the same way on every path (``upstream_errors.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AsyncExitStack
from typing import Any, Protocol, cast

import httpx2
import mcp_types as types
from mcp import Client
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.dispatcher import ProgressFnT
from mcp.shared.inbound import mcp_param_headers, x_mcp_header_map
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS

from bastion.gateway.outbound import Caller, UserCredential
from bastion.mcp_bridge.http_lane import HttpLane
from bastion.mcp_bridge.json_lines import JsonLinesTransport
from bastion.mcp_bridge.sandbox import Sandbox
from bastion.mcp_bridge.sdk_compat import declared_capabilities, send_raw
from bastion.mcp_bridge.settings import McpSettings, ServerConfig, executable_allowed
from bastion.mcp_bridge.stdio import SpawnRefused, StdioTransport
from bastion.mcp_bridge.upstream_errors import MappedFailures

SERVER_INFO_KEY = "io.modelcontextprotocol/serverInfo"
CLIENT_INFO = types.Implementation(name="bastion-gateway", version="0.1.0")
PROTOCOL_VERSION_META_KEY = "io.modelcontextprotocol/protocolVersion"
CLIENT_INFO_META_KEY = "io.modelcontextprotocol/clientInfo"
CLIENT_CAPABILITIES_META_KEY = "io.modelcontextprotocol/clientCapabilities"

Progress = ProgressFnT
#: A raw lane: the stdio pipe of the SDK session's own process, or a pooled HTTP lane.
Lane = StdioTransport | HttpLane


# ------------------------------------------------------------------------------- SDK session
class ClientOpener:
    """Opens the SDK client session of one upstream: a sandboxed stdio child process, or HTTP
    (Streamable HTTP, else the legacy SSE transport when ``transport: auto``; the kind that
    worked is remembered so that reconnects do not probe again)."""

    def __init__(
        self,
        config: ServerConfig,
        settings: McpSettings,
        credential: UserCredential | None,
        session_caller: Callable[[], Caller],
    ) -> None:
        self.config = config
        self.settings = settings
        self.credential = credential
        self.session_caller = session_caller
        self.http_kind: str | None = None
        #: The transport of the last attempt ("stdio", "streamable_http", "sse"; None: none yet).
        self.kind: str | None = None
        #: The stdio process of the last attempt, kept after it failed (its stderr says why).
        self.stdio: StdioTransport | None = None

    async def open(self, stack: AsyncExitStack, client_kw: dict[str, Any]) -> Client:
        """The client session, entered on ``stack`` (:attr:`kind` and :attr:`stdio` say how)."""
        cfg = self.config
        if cfg.kind == "stdio":
            assert cfg.command is not None
            if not executable_allowed(cfg.command, self.settings.allowed_executables):
                raise SpawnRefused(f"executable {cfg.command!r} is not in mcp.allowed_executables")
            self.stdio = stdio = StdioTransport(
                cfg.name,
                cfg.command,
                cfg.args,
                cfg.env,
                cfg.cwd,
                self.settings.max_message_bytes,
                sandbox=Sandbox(cfg.name, self.settings.sandbox.for_server(cfg.sandbox)),
            )
            self.kind = "stdio"
            return await stack.enter_async_context(Client(stdio, **client_kw))
        kinds = (
            [self.http_kind]
            if self.http_kind
            else (["streamable_http", "sse"] if cfg.transport == "auto" else [cfg.transport])
        )
        last: Exception | None = None
        for kind in kinds:
            inner = AsyncExitStack()
            await stack.enter_async_context(inner)
            try:
                transport = await self._http_transport(kind, inner)
                client = await inner.enter_async_context(Client(transport, **client_kw))
            except Exception as e:  # noqa: BLE001 - try the next kind; the last failure is raised
                last = e
                await inner.aclose()
                continue
            self.http_kind = self.kind = kind
            return client
        assert last is not None
        raise last

    async def _http_transport(self, kind: str, stack: AsyncExitStack) -> Any:
        cfg = self.config
        assert cfg.url is not None
        headers = static_headers(cfg)
        auth: httpx2.Auth | None = None
        cred = cfg.credentials
        if cred is not None and cred.type == "oauth_client_credentials":
            auth = _client_credentials_auth(cfg)
        elif self.credential is not None:
            # Every request of the session carries a current token of the session's user (the
            # gateway itself on the shared session): tokens are renewed before they expire.
            auth = CallerAuth(self.credential, self.session_caller)
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


def static_headers(cfg: ServerConfig) -> dict[str, str]:
    """The configured headers plus the upstream's own static credentials (never the client's)."""
    headers = dict(cfg.headers)
    cred = cfg.credentials
    if cred is not None:
        if cred.type == "bearer" and cred.token is not None:
            headers["Authorization"] = f"Bearer {cred.token.resolve()}"
        elif cred.type == "api_key" and cred.value is not None:
            headers[cred.header or "X-API-Key"] = cred.value.resolve()
    return headers


class CallerAuth(httpx2.Auth):
    """Sets the per-user credential's header on every request of an SDK session."""

    def __init__(self, credential: UserCredential, caller: Callable[[], Caller]) -> None:
        self.credential = credential
        self.caller = caller

    async def async_auth_flow(self, request: httpx2.Request) -> Any:
        for name, value in (await self.credential.headers(self.caller())).items():
            request.headers[name] = value
        yield request


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
        storage=_MemoryTokens(),
        client_id=cred.client_id,
        client_secret=cred.client_secret.resolve(),
        scope=cred.scope,
        issuer=cred.issuer,
    )


# ------------------------------------------------------------------------------- call paths
class CallPath(Protocol):
    """Where the gateway's calls on one connection go: the raw lane or the SDK session."""

    async def call_tool(
        self,
        params: dict[str, Any],
        meta: dict[str, Any] | None,
        progress: Progress | None,
        headers: dict[str, str] | None,
        caller: Caller | None,
    ) -> dict[str, Any]:
        """``tools/call`` with ``params`` (name, arguments, MRTR fields); the wire result."""
        ...

    async def request(self, method: str, params: dict[str, Any] | None, caller: Caller | None) -> dict[str, Any]:
        """Any other request, forwarded raw; the wire result."""
        ...


class SessionCalls:
    """Calls through the SDK client session (sessions with ``Mcp-Session-Id``, legacy SSE,
    OAuth, or the lanes turned off)."""

    def __init__(self, client: Client, server: str, timeout_s: float, broken: Callable[[str], None]) -> None:
        self.client = client
        self.server = server
        self.timeout_s = timeout_s
        self.broken = broken
        self.failures = MappedFailures(server, timeout_s, broken, sdk_session=True)

    async def call_tool(
        self,
        params: dict[str, Any],
        meta: dict[str, Any] | None,
        progress: Progress | None,
        headers: dict[str, str] | None,
        caller: Caller | None,
    ) -> dict[str, Any]:
        # The SDK session adds the Mcp-Param-* headers itself; the session has one identity.
        # The MRTR fields and ``_meta`` are the client's wire dicts, passed on as they are (the
        # SDK's annotations name its typed forms).
        name: str = params["name"]
        arguments: dict[str, Any] | None = params.get("arguments")
        input_responses = cast(types.InputResponses | None, params.get("inputResponses"))
        request_state: str | None = params.get("requestState")
        with self.failures:
            result = await self.client.session.call_tool(
                name,
                arguments,
                read_timeout_seconds=self.timeout_s,
                progress_callback=progress,
                input_responses=input_responses,
                request_state=request_state,
                meta=cast(types.RequestParamsMeta | None, meta),
                allow_input_required=True,
            )
        return strip_server_info(result.model_dump(by_alias=True, mode="json", exclude_none=True))

    async def request(self, method: str, params: dict[str, Any] | None, caller: Caller | None) -> dict[str, Any]:
        with self.failures:
            result = await send_raw(self.client, method, params, self.timeout_s)
        return strip_server_info(result)


class LaneCalls:
    """Calls on a raw lane, each with the connection's 2026-07-28 envelope (``_meta``) and, for
    a per-user credential on the HTTP lane, the caller's own token as a header."""

    def __init__(
        self,
        lane: Lane,
        envelope: dict[str, Any] | None,
        server: str,
        timeout_s: float,
        broken: Callable[[str], None],
        credential: UserCredential | None,
        session_caller: Callable[[], Caller],
    ) -> None:
        self.lane = lane
        self.envelope = envelope
        self.server = server
        self.timeout_s = timeout_s
        self.broken = broken
        self.credential = credential
        self.session_caller = session_caller
        self.failures = MappedFailures(server, timeout_s, broken, sdk_session=False)

    # Plain functions that return ``_send``'s coroutine: no coroutine of their own between the
    # caller and the lane on every call (each would be one more frame on every resumption).
    def call_tool(
        self,
        params: dict[str, Any],
        meta: dict[str, Any] | None,
        progress: Progress | None,
        headers: dict[str, str] | None,
        caller: Caller | None,
    ) -> Coroutine[Any, Any, dict[str, Any]]:
        return self._send("tools/call", params, meta, progress, headers, caller)

    def request(
        self, method: str, params: dict[str, Any] | None, caller: Caller | None
    ) -> Coroutine[Any, Any, dict[str, Any]]:
        body = dict(params or {})
        return self._send(method, body, body.pop("_meta", None), None, None, caller)

    async def _send(
        self,
        method: str,
        params: dict[str, Any],
        meta: dict[str, Any] | None,
        progress: Progress | None,
        headers: dict[str, str] | None,
        caller: Caller | None,
    ) -> dict[str, Any]:
        lane = self.lane
        if self.credential is not None and isinstance(lane, HttpLane):
            token = await self.credential.headers(caller or self.session_caller())
            headers = {**headers, **token} if headers else token
        envelope = self.envelope
        if envelope is not None:
            # The caller may narrow the declared capabilities to the downstream client's own.
            params["_meta"] = {**envelope, **meta} if meta else envelope
        elif meta:
            params["_meta"] = meta
        timeout = self.timeout_s
        with self.failures:
            if isinstance(lane, HttpLane):
                result = await lane.request(method, params, timeout=timeout, progress=progress, extra_headers=headers)
            else:
                result = await lane.request(method, params, timeout=timeout, progress=progress)
        return strip_server_info(result)


def envelope_of(client: Client) -> dict[str, Any] | None:
    """The 2026-07-28 per-request envelope of the gateway's raw calls on this connection (what
    the SDK session would send), None on a handshake-era connection."""
    version = client.protocol_version or ""
    if version in HANDSHAKE_PROTOCOL_VERSIONS:
        return None
    return {
        PROTOCOL_VERSION_META_KEY: version,
        CLIENT_INFO_META_KEY: CLIENT_INFO.model_dump(by_alias=True, mode="json", exclude_none=True),
        CLIENT_CAPABILITIES_META_KEY: declared_capabilities(client.session, version).model_dump(
            by_alias=True, mode="json", exclude_none=True
        ),
    }


async def open_lane(
    config: ServerConfig,
    settings: McpSettings,
    client: Client,
    stdio: StdioTransport | None,
    transport_kind: str,
    stack: AsyncExitStack,
    on_notification: Callable[[dict[str, Any]], Awaitable[None]],
) -> Lane | None:
    """The raw lane for the gateway's calls on this connection (None: use the SDK session)."""
    if not settings.fast_lane:
        return None
    if stdio is not None:
        return stdio  # one pipe, both eras: the handshake-era session is already initialized
    version = client.protocol_version or ""
    oauth = config.credentials is not None and config.credentials.type == "oauth_client_credentials"
    if transport_kind != "streamable_http" or version in HANDSHAKE_PROTOCOL_VERSIONS or oauth or config.url is None:
        return None  # sessions (Mcp-Session-Id), legacy SSE and OAuth stay with the SDK
    lane = HttpLane(
        config.url,
        static_headers(config),
        version,
        connect_timeout_s=config.connect_timeout_s,
        on_notification=on_notification,
    )
    return await stack.enter_async_context(lane)


class ParamHeaders:
    """``Mcp-Param-*`` headers a tool's schema declares (``x-mcp-header``), from its arguments;
    the map per tool is worked out once per tool list."""

    def __init__(self) -> None:
        self._maps: dict[str, dict[tuple[str, ...], str]] = {}

    def reset(self) -> None:
        self._maps = {}

    def of(self, tool: str, arguments: dict[str, Any] | None, tools: list[dict[str, Any]]) -> dict[str, str] | None:
        if not arguments:
            return None
        hmap = self._maps.get(tool)
        if hmap is None:
            schema = next((t.get("inputSchema") for t in tools if t.get("name") == tool), None)
            try:
                hmap = x_mcp_header_map(schema) if isinstance(schema, dict) else {}
            except Exception:  # noqa: BLE001 - an invalid annotation just means no headers
                hmap = {}
            self._maps[tool] = hmap
        return mcp_param_headers(hmap, arguments) if hmap else None


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

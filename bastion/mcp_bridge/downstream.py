"""The MCP server the clients see: one low-level ``Server`` per endpoint (the aggregate ``/mcp``
and each virtual server), serving both protocol eras over Streamable HTTP and legacy SSE.

Every ``tools/call``, ``resources/read`` and ``prompts/get`` is one pipeline call (authenticate,
authorize, limit, policy, cache, audit are stages); this module only translates between MCP and
the call, lists what the caller may see, and routes to the upstream.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import anyio
import mcp_types as types
from mcp import MCPError
from mcp.server import CacheHint, NotificationOptions, Server, ServerRequestContext
from mcp.server.lowlevel.server import InitializationOptions
from mcp.shared.message import ServerMessageMetadata
from mcp.shared.subscriptions import SUBSCRIPTION_ID_META_KEY, ServerEvent, event_to_notification
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS

from bastion.gateway.authn import HeaderLookup, key_from_headers
from bastion.gateway.authz import Authorizer, ServerTarget, matches
from bastion.gateway.call import Call, Credentials, Listed, Refusal, UpstreamFailure
from bastion.gateway.outbound import Caller, CredentialError
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.principal import Principal
from bastion.mcp_bridge.catalog import URI_SEP, Catalog, ToolEntry, split_name
from bastion.mcp_bridge.content import ToolArguments, ToolResult
from bastion.mcp_bridge.facts import McpFacts, RpcError, UpstreamResult, arguments_digest
from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.parking import CAPABILITY_OF, NO_ROOTS, Parking
from bastion.mcp_bridge.sdk_compat import connection_of
from bastion.mcp_bridge.settings import McpSettings, VirtualServer
from bastion.mcp_bridge.subscriptions import ListenSink, SessionSink, Sink, SubscriptionRelay
from bastion.mcp_bridge.toolcache import ToolCallInfo
from bastion.mcp_bridge.upstream import SubscriptionsUnsupported, Upstream, UpstreamTimeout, UpstreamUnavailable

logger = logging.getLogger("bastion.mcp.downstream")

PRINCIPAL_KEY = "bastion.principal"
CACHE_META_KEY = "io.bastion/cache"
CLIENT_CAPABILITIES_META_KEY = "io.modelcontextprotocol/clientCapabilities"
LOG_LEVEL_META_KEY = "io.modelcontextprotocol/logLevel"
RESERVED_META = "io.modelcontextprotocol/"
MAX_INPUT_ROUNDS = 10
#: Events a listen stream may have queued before it is ended (the client re-listens).
LISTEN_BACKLOG = 256
#: Per legacy connection: its subscription sink (``Connection.state`` key).
SESSION_SINK_STATE = "bastion.subscriptions"
#: Per legacy connection: the (server, user) pairs it holds a handshake-era upstream session of.
ERA_SESSIONS_STATE = "bastion.era_sessions"
#: The era-session key of a user's bridged 2026-07-28 calls (they have no client session).
BRIDGED_CALLS = ("bridged-2026-calls",)
#: How many such sessions one user's bridged calls may run on at once (then they take turns).
BRIDGE_SESSIONS_PER_USER = 4
INPUT_RESULT_TYPES: dict[str, Any] = {
    "elicitation/create": types.ElicitResult,
    "sampling/createMessage": types.CreateMessageResult,
    "roots/list": types.ListRootsResult,
}
#: Gateway error codes (outside the JSON-RPC reserved range, as the spec asks of intermediaries).
REFUSAL_CODES = {
    "rate_limited": -31029,
    "policy_blocked": -31003,
    "unauthenticated": -31001,
    "bad_request": types.INVALID_PARAMS,
}
#: No per-user credential could be had for the upstream (e.g. the identity provider refused the
#: token exchange): the call is not made.
UPSTREAM_AUTH_CODE = -31002


@dataclass(frozen=True)
class View:
    """Which part of the hub an endpoint exposes (all of it, or a virtual server's subset)."""

    name: str
    tools: tuple[str, ...] | None = None
    resources: tuple[str, ...] | None = None
    prompts: tuple[str, ...] | None = None
    #: Names without the ``<server>__`` prefix (``virtual_servers.<name>.bare_names``).
    bare: bool = False

    @classmethod
    def of(cls, name: str, vs: VirtualServer) -> View:
        return cls(name, tuple(vs.tools), tuple(vs.resources), tuple(vs.prompts), vs.bare_names)

    def tool(self, name: str) -> bool:
        return matches(name, self.tools)

    def prompt(self, name: str) -> bool:
        return matches(name, self.prompts)

    def resource(self, server: str, uri: str) -> bool:
        if self.resources is None:
            return True
        return matches(uri, self.resources) or matches(f"{server}__{uri}", self.resources)


class _GatewayServer(Server[Any]):
    """Advertises ``listChanged`` for every list (the hub propagates upstream changes)."""

    def create_initialization_options(
        self, notification_options: NotificationOptions | None = None, *args: Any, **kw: Any
    ) -> InitializationOptions:
        return super().create_initialization_options(
            notification_options or NotificationOptions(True, True, True), *args, **kw
        )


@dataclass(slots=True)
class Exchange:
    """What a tool call needs from the downstream request, whichever path it came in on (the
    SDK's handlers or the fast lane)."""

    protocol_version: str
    #: The request's ``_meta`` as sent (wire key names).
    meta: dict[str, Any]
    headers: HeaderLookup
    client_ip: str | None
    trace_id: str | None
    #: Answers the upstream's server->client requests (``DownstreamCall`` or ``StatelessDownstream``).
    downstream: Any
    progress: Callable[..., Any] | None = None

    @classmethod
    def of(cls, ctx: ServerRequestContext[Any, Any], downstream: Any) -> Exchange:
        req = ctx.request
        meta = _raw_meta(ctx)
        return cls(
            protocol_version=ctx.protocol_version,
            meta=meta,
            headers=req.headers if req is not None else {},
            client_ip=req.client.host if req is not None and req.client else None,
            trace_id=req.scope.get("bastion.trace_id") if req is not None else None,
            downstream=downstream,
            progress=_progress_forwarder(ctx) if "progressToken" in meta else None,
        )


class StatelessDownstream:
    """The downstream side of a 2026-07-28 call: no back channel (MRTR results pass through);
    only the gateway's own sampler can answer a legacy upstream's sampling request."""

    __slots__ = ("principal", "front", "session_key", "missing")
    legacy = False

    def __init__(self, principal: Principal, front: Frontend) -> None:
        self.principal = principal
        self.front = front
        self.session_key = object()
        #: Set when the server asked for input this client declared no capability for: the call
        #: then ends with MissingRequiredClientCapability (HTTP 400), as a modern server answers.
        self.missing: MCPError | None = None

    async def server_request(self, method: str, params: Any) -> Any:
        if method == "sampling/createMessage" and self.front.sampler is not None:
            return await self.front.sampler(params, self.principal)
        cap = CAPABILITY_OF.get(method)
        if cap == "roots":
            return NO_ROOTS
        if cap is not None:
            self.missing = MCPError(
                code=types.MISSING_REQUIRED_CLIENT_CAPABILITY,
                message=f"the tool needs the client capability '{cap}', which the request did not declare",
                data={"requiredCapabilities": {cap: {}}},
            )
        return types.ErrorData(
            code=types.INVALID_REQUEST,
            message=f"the gateway cannot relay {method}: the client is connected with the stateless "
            "2026-07-28 protocol, which has no back channel for a legacy server's request",
        )


class DownstreamCall:
    """The downstream side of one upstream call: answers server->client requests from the
    upstream on the session (and request stream) that caused them."""

    __slots__ = ("ctx", "principal", "front", "session_key")

    def __init__(self, ctx: ServerRequestContext[Any, Any], principal: Principal, front: Frontend) -> None:
        self.ctx = ctx
        self.principal = principal
        self.front = front
        self.session_key = ctx.session

    @property
    def legacy(self) -> bool:
        return self.ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS

    def can(self, method: str) -> bool:
        if not self.legacy:
            return False
        caps = {
            "sampling/createMessage": types.ClientCapabilities(sampling=types.SamplingCapability()),
            "elicitation/create": types.ClientCapabilities(elicitation=types.ElicitationCapability()),
            "roots/list": types.ClientCapabilities(roots=types.RootsCapability()),
        }[method]
        try:
            return bool(self.ctx.session.check_client_capability(caps))
        except Exception:  # noqa: BLE001
            return False

    @property
    def can_be_asked(self) -> bool:
        """A handshake-era client that declared sampling, elicitation or roots."""
        return any(self.can(m) for m in INPUT_RESULT_TYPES)

    async def log(self, params: dict[str, Any]) -> None:
        """An upstream log message, sent on to this client on the request's own stream."""
        if self.legacy:
            await self.ctx.session.send_log_message(
                params.get("level", "info"),
                params.get("data"),
                params.get("logger"),
                related_request_id=self.ctx.request_id,
            )

    async def server_request(self, method: str, params: Any) -> Any:
        if self.can(method):
            req: types.ElicitRequest | types.CreateMessageRequest | types.ListRootsRequest
            if method == "elicitation/create":
                req = types.ElicitRequest(params=params)
            elif method == "sampling/createMessage":
                req = types.CreateMessageRequest(params=params)
            else:
                req = types.ListRootsRequest()
            return await self.ctx.session.send_request(
                req,
                INPUT_RESULT_TYPES[method],
                metadata=ServerMessageMetadata(related_request_id=self.ctx.request_id),
            )
        if method == "sampling/createMessage" and self.front.sampler is not None:
            return await self.front.sampler(params, self.principal)
        why = (
            (
                "the client is connected with the stateless 2026-07-28 protocol, which has no "
                "back channel for a legacy server's request"
            )
            if not self.legacy
            else "the client did not declare this capability"
        )
        return types.ErrorData(code=types.INVALID_REQUEST, message=f"the gateway cannot relay {method}: {why}")


Sampler = Callable[[Any, Principal], Any]


class Frontend:
    """Shared by every endpoint: the hub, the pipeline, the cache and the rules."""

    def __init__(
        self,
        hub: Hub,
        pipeline: Pipeline,
        authorizer: Authorizer,
        settings: McpSettings,
        toolcache: Any = None,
        sampler: Sampler | None = None,
    ) -> None:
        self.hub = hub
        self.pipeline = pipeline
        self.authorizer = authorizer
        self.settings = settings
        self.toolcache = toolcache
        self.sampler = sampler
        #: Live legacy-era connections (the SDK's per-connection object; its ``outbound`` is the
        #: standalone stream). Weak: a closed session drops out by itself.
        self.legacy_sessions: weakref.WeakSet[Any] = weakref.WeakSet()
        self._list_memo: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        self._memo_catalog: Catalog | None = None
        self.memo_hit = False
        hub.on_list_changed(self._propagate)
        self.subscriptions = SubscriptionRelay(hub)
        #: 2026-07-28 clients' calls to handshake-era servers that ask live (see ``parking.py``).
        self.parking: Parking = hub.parking

    # ------------------------------------------------------------------ list_changed downstream
    async def _propagate(self, what: str) -> None:
        method = f"notifications/{what}/list_changed"
        for connection in list(self.legacy_sessions):
            try:
                with anyio.move_on_after(2):
                    await connection.outbound.notify(method, None)
            except Exception:  # noqa: BLE001 - a gone session is dropped by the weak set
                pass

    # ------------------------------------------------------------------ visibility
    def _memo(self, key: tuple[Any, ...], build: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
        cat = self.hub.catalog
        if cat is not self._memo_catalog:
            self._list_memo.clear()
            self._memo_catalog = cat
        hit = self._list_memo.get(key)
        #: Read by ``list_call`` right after the (synchronous) lookup: the list cache's outcome.
        self.memo_hit = hit is not None
        if hit is None:
            hit = self._list_memo[key] = build()
        return hit

    def _bare(self, view: View, kind: str, p: Principal | None = None) -> dict[str, str]:
        """For a bare-names view: bare name -> exported name, within what this view selects (and,
        with a principal, what that caller may use), so that a name never resolves to a server
        outside the selection and a collision is settled among the servers the caller sees (the
        first by name wins; collisions are reported by the hub)."""

        def build() -> list[dict[str, Any]]:
            cat = self.hub.catalog
            index: dict[str, str] = {}
            if kind == "tools":
                for exported in sorted(cat.tools):
                    entry = cat.tools[exported]
                    if view.tool(exported) and (p is None or self.authorizer.may_use_tool(p, entry.server, exported)):
                        index.setdefault(entry.name, exported)
            else:
                for exported in sorted(cat.prompts):
                    pe = cat.prompts[exported]
                    if view.prompt(exported) and (p is None or self.authorizer.may_use_server(p, pe.server)):
                        index.setdefault(pe.name, exported)
            return [index]

        grants = p.grants if p is not None else None
        index: dict[str, str] = self._memo(("bare", kind, view, grants), build)[0]
        return index

    def exported_name(self, view: View, kind: str, name: str, p: Principal | None = None) -> str:
        """The catalog name for a name the client sent (bare-names views send upstream names)."""
        if not view.bare:
            return name
        return self._bare(view, kind, p).get(name, "\x00")

    def _debare(self, view: View, kind: str, items: list[dict[str, Any]], p: Principal) -> list[dict[str, Any]]:
        if not view.bare:
            return items
        index = self._bare(view, kind, p)
        entries = self.hub.catalog.tools if kind == "tools" else self.hub.catalog.prompts
        out = []
        for d in items:
            bare = entries[d["name"]].name
            if index.get(bare) == d["name"]:
                out.append({**d, "name": bare})
        return out

    def tools_for(self, p: Principal, view: View) -> list[dict[str, Any]]:
        cat = self.hub.catalog

        def build() -> list[dict[str, Any]]:
            return self._debare(
                view,
                "tools",
                [
                    t
                    for t in cat.tool_list
                    if view.tool(t["name"]) and self.authorizer.may_use_tool(p, cat.tools[t["name"]].server, t["name"])
                ],
                p,
            )

        return self._memo(("tools", view, p.grants), build)

    def prompts_for(self, p: Principal, view: View) -> list[dict[str, Any]]:
        cat = self.hub.catalog

        def build() -> list[dict[str, Any]]:
            return self._debare(
                view,
                "prompts",
                [
                    d
                    for d in cat.prompt_list
                    if view.prompt(d["name"]) and self.authorizer.may_use_server(p, cat.prompts[d["name"]].server)
                ],
                p,
            )

        return self._memo(("prompts", view, p.grants), build)

    def resources_for(self, p: Principal, view: View) -> list[dict[str, Any]]:
        cat = self.hub.catalog

        def build() -> list[dict[str, Any]]:
            out = []
            for d in cat.resource_list:
                entry = cat.resources[d["uri"]]
                if view.resource(entry.server, entry.uri) and self.authorizer.may_use_server(p, entry.server):
                    out.append(d)
            return out

        return self._memo(("resources", view, p.grants), build)

    def templates_for(self, p: Principal, view: View) -> list[dict[str, Any]]:
        cat = self.hub.catalog

        def build() -> list[dict[str, Any]]:
            return [
                t.exported_def
                for t in cat.templates
                if self.authorizer.may_use_server(p, t.server) and view.resource(t.server, t.uri)
            ]

        return self._memo(("templates", view, p.grants), build)

    def resource_server(self, p: Principal, view: View, uri: str) -> str | None:
        """The upstream serving ``uri`` if this caller may see it there (else None)."""
        target = self.resource_target(p, view, uri)
        return target[0] if target is not None else None

    def resource_target(self, p: Principal, view: View, uri: str) -> tuple[str, str] | None:
        """(server, the upstream's URI) for a URI this caller sent, if the caller may see it
        there (else None). A URI several servers list resolves to the one copy the caller sees;
        if it sees several, the answer names the URIs that tell them apart."""
        cat = self.hub.catalog
        visible = cat.uri_targets(
            uri, lambda server, up_uri: view.resource(server, up_uri) and self.authorizer.may_use_server(p, server)
        )
        if len(visible) > 1:
            options = ", ".join(f"{server}{URI_SEP}{up_uri}" for server, up_uri in visible)
            raise MCPError(
                code=types.INVALID_PARAMS,
                message=f"Resource {uri} is served by several servers: read one of {options}",
                data={"uri": uri},
            )
        return visible[0] if visible else None

    def visible_tool(self, p: Principal, view: View, name: str) -> ToolEntry | None:
        name = self.exported_name(view, "tools", name, p)
        entry = self.hub.catalog.tools.get(name)
        if entry is None or not view.tool(name) or not self.authorizer.may_use_tool(p, entry.server, name):
            return None
        return entry

    async def list_call(
        self,
        ctx: ServerRequestContext[Any, Any],
        p: Principal,
        view: View,
        method: str,
        visible: Callable[[Principal, View], list[dict[str, Any]]],
    ) -> list[dict[str, Any]]:
        """A list (``tools/list`` ...) as one pipeline call of kind ``list``: authenticated (the
        connection's principal), rate-limited and audited with the count returned; the route
        filters the catalog to what the caller may see (authorization is the filter, so a list
        is never refused as forbidden). The per-grants list memo is the list cache: its hit or
        miss is the record's cache outcome."""
        call = _new_call(ctx, p, "list", view.name or "*", method)
        items: list[dict[str, Any]] = []

        async def route(c: Call) -> None:
            items.extend(visible(p, view))
            c.put(Listed(len(items)))
            c.cache = {"outcome": "hit" if self.memo_hit else "miss", "layer": "list"}

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            raise _refusal_error(r, method) from None
        return items

    # ------------------------------------------------------------------ the Server for one view
    def build_server(self, view: View) -> Server[Any]:
        front = self

        def principal_of(ctx: ServerRequestContext[Any, Any]) -> Principal:
            req = ctx.request
            p = req.scope.get(PRINCIPAL_KEY) if req is not None else None
            if p is None:
                raise MCPError(code=types.INVALID_REQUEST, message="not authenticated")
            return p

        async def track_sessions(ctx: ServerRequestContext[Any, Any], call_next: Any) -> Any:
            if ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS:
                # ctx.session is per request; the connection outlives it.
                conn = connection_of(ctx.session)
                if conn is not None:
                    front.legacy_sessions.add(conn)
            return await call_next(ctx)

        # "resultType" is required on 2026-07-28 results; the SDK drops it for legacy clients.
        async def list_tools(ctx: ServerRequestContext[Any, Any], params: Any) -> dict[str, Any]:
            items = await front.list_call(ctx, principal_of(ctx), view, "tools/list", front.tools_for)
            return {"tools": items, "resultType": "complete"}

        async def list_prompts(ctx: ServerRequestContext[Any, Any], params: Any) -> dict[str, Any]:
            items = await front.list_call(ctx, principal_of(ctx), view, "prompts/list", front.prompts_for)
            return {"prompts": items, "resultType": "complete"}

        async def list_resources(ctx: ServerRequestContext[Any, Any], params: Any) -> dict[str, Any]:
            items = await front.list_call(ctx, principal_of(ctx), view, "resources/list", front.resources_for)
            return {"resources": items, "resultType": "complete"}

        async def list_templates(ctx: ServerRequestContext[Any, Any], params: Any) -> dict[str, Any]:
            items = await front.list_call(ctx, principal_of(ctx), view, "resources/templates/list", front.templates_for)
            return {"resourceTemplates": items, "resultType": "complete"}

        async def call_tool(ctx: ServerRequestContext[Any, Any], params: types.CallToolRequestParams) -> dict[str, Any]:
            return _complete(await front.call_tool(ctx, principal_of(ctx), view, params))

        async def get_prompt(
            ctx: ServerRequestContext[Any, Any], params: types.GetPromptRequestParams
        ) -> dict[str, Any]:
            return _complete(await front.get_prompt(ctx, principal_of(ctx), view, params))

        async def read_resource(
            ctx: ServerRequestContext[Any, Any], params: types.ReadResourceRequestParams
        ) -> dict[str, Any]:
            return _complete(await front.read_resource(ctx, principal_of(ctx), view, params))

        async def complete(ctx: ServerRequestContext[Any, Any], params: types.CompleteRequestParams) -> dict[str, Any]:
            return _complete(await front.complete(ctx, principal_of(ctx), view, params))

        async def set_level(ctx: ServerRequestContext[Any, Any], params: Any) -> dict[str, Any]:
            # Handshake-era logging/setLevel: accepted; upstream log messages are relayed to the
            # call that caused them.
            return {}

        async def subscribe(
            ctx: ServerRequestContext[Any, Any], params: types.SubscribeRequestParams
        ) -> dict[str, Any]:
            conn = _connection(ctx)
            sink = conn.state.get(SESSION_SINK_STATE)
            if sink is None:
                sink = conn.state[SESSION_SINK_STATE] = SessionSink(conn)
                # The session's subscriptions go when it ends (DELETE, SSE disconnect, expiry).
                conn.exit_stack.push_async_callback(front.subscriptions.drop, conn)
            await front.subscribe(ctx, principal_of(ctx), view, str(params.uri), conn, sink)
            return {}

        async def unsubscribe(
            ctx: ServerRequestContext[Any, Any], params: types.UnsubscribeRequestParams
        ) -> dict[str, Any]:
            await front.unsubscribe(ctx, principal_of(ctx), view, _connection(ctx), str(params.uri))
            return {}

        async def listen(ctx: ServerRequestContext[Any, Any], params: types.SubscriptionsListenRequestParams) -> Any:
            return await front.listen(ctx, principal_of(ctx), view, params)

        def input_schema(name: str) -> dict[str, Any] | None:
            # Lets the SDK check Mcp-Param-* headers with a dict read instead of serving a
            # tools/list per tools/call (its fallback).
            entry = front.hub.catalog.tools.get(front.exported_name(view, "tools", name))
            return entry.exported_def.get("inputSchema") if entry is not None else None

        # The handlers return wire dicts, which the SDK accepts as results; its annotations name
        # the pydantic result models, hence the one untyped hand-over.
        handlers: dict[str, Any] = dict(
            on_list_tools=list_tools,
            on_call_tool=call_tool,
            on_list_prompts=list_prompts,
            on_get_prompt=get_prompt,
            on_list_resources=list_resources,
            on_list_resource_templates=list_templates,
            on_read_resource=read_resource,
            on_completion=complete,
            on_subscribe_resource=subscribe,
            on_unsubscribe_resource=unsubscribe,
            on_subscriptions_listen=listen,
            on_set_logging_level=set_level,
        )
        server = _GatewayServer(
            "bastion" if view.name == "" else f"bastion-{view.name}",
            version="0.1.0",
            title="Bastion MCP gateway",
            get_tool_input_schema=input_schema,
            **handlers,
            # Lists depend on the caller's grants: never shared between callers by a cache.
            cache_hints={
                m: CacheHint(ttl_ms=0, scope="private")
                for m in ("tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read")
            },
        )
        # The SDK's default OpenTelemetry middleware costs time on every message; tracing is the
        # gateway's own job (the audit trail), so it is replaced.
        server.middleware = [track_sessions]
        return server

    # ------------------------------------------------------------------ calls
    async def call_tool(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, params: types.CallToolRequestParams
    ) -> dict[str, Any]:
        """``tools/call`` from the SDK's handler (every era and transport)."""
        downstream = (
            DownstreamCall(ctx, p, self)
            if ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS
            else StatelessDownstream(p, self)
        )
        return await self.run_tool(
            p,
            view,
            params.name,
            params.arguments,
            _dump(params.input_responses),
            params.request_state,
            Exchange.of(ctx, downstream),
        )

    async def run_tool(
        self,
        p: Principal,
        view: View,
        name: str,
        arguments: dict[str, Any] | None,
        input_responses: dict[str, Any] | None,
        request_state: str | None,
        x: Exchange,
    ) -> dict[str, Any]:
        """One ``tools/call`` through the pipeline; the result as a wire dict (``MCPError`` else)."""
        entry = self.visible_tool(p, view, name)
        args = arguments or {}
        up = self.hub.upstreams.get(entry.server) if entry is not None else None
        if entry is None or up is None:
            await self._invalid_tool_call(x, p, name, f"Unknown tool: {name}")
        problem = entry.validate(args)
        if problem:
            await self._invalid_tool_call(x, p, name, problem)
        meta = x.meta
        call = _exchange_call(x, p, "tool", name, "tools/call")
        call.input = ToolArguments(args)
        call.put(ServerTarget(entry.server))
        mcp = _mcp_facts(call)
        mcp.tool, mcp.arguments = entry.name, args
        is_retry = input_responses is not None or request_state is not None
        if self.toolcache is not None:
            no_cache = "no-cache" in (x.headers.get("cache-control") or "")
            call.put(
                ToolCallInfo(
                    server=entry.server,
                    tool=entry.name,
                    arguments=args,
                    tool_def=entry.definition,
                    annotations_trusted=up.config.trusted_annotations,
                    progress_token=meta.get("progressToken"),
                    bypass=no_cache or meta.get(CACHE_META_KEY) in ("bypass", "no-cache"),
                    is_retry=is_retry,
                    per_user=up.credential is not None,
                )
            )

        async def route(c: Call) -> None:
            # The input stage may have redacted the arguments: send what it left.
            sent = c.input.value if isinstance(c.input, ToolArguments) else arguments
            result = await self._call_upstream(c, up, entry, x, sent, input_responses, request_state)
            if result is not None:
                c.put(UpstreamResult(result))
                c.output = ToolResult(result)

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            raise _refusal_error(r, name) from None
        finally:
            if self.toolcache is not None:
                self.toolcache.finish(call)
        err = call.fact(RpcError)
        if err is not None:
            raise MCPError(code=err.code, message=err.message, data=err.data)
        return _final(call)

    async def _invalid_tool_call(self, x: Exchange, p: Principal, name: str, message: str) -> NoReturn:
        """A ``tools/call`` that cannot reach an upstream (an unknown tool, say while its server
        restarts, or arguments its schema refuses) is still one call through the pipeline, so it
        is authorized, limited and audited like any other, then answered with INVALID_PARAMS."""
        call = _exchange_call(x, p, "tool", name, "tools/call")

        async def route(c: Call) -> None:
            _failed(c, "invalid_params", message, RpcError(types.INVALID_PARAMS, message))

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            raise _refusal_error(r, name) from None
        raise MCPError(code=types.INVALID_PARAMS, message=message)

    async def _call_upstream(
        self,
        call: Call,
        up: Upstream,
        entry: ToolEntry,
        x: Exchange,
        arguments: dict[str, Any] | None,
        responses: dict[str, Any] | None,
        state: str | None,
    ) -> dict[str, Any] | None:
        downstream = x.downstream
        fwd_meta = _forward_meta(x.meta)
        caps = x.meta.get(CLIENT_CAPABILITIES_META_KEY)
        if downstream.legacy:
            # A modern upstream sends log messages only when asked; a handshake-era client
            # expects them (filtered by its logging/setLevel, which the SDK session applies).
            fwd_meta = {**(fwd_meta or {}), LOG_LEVEL_META_KEY: "debug"}
        elif isinstance(caps, dict):
            # A modern client answers MRTR input requests itself: the upstream may only ask for
            # what this client declared (the gateway's own envelope would claim everything).
            fwd_meta = {**(fwd_meta or {}), CLIENT_CAPABILITIES_META_KEY: caps}
        caller = caller_of(up, call.principal, x.headers)
        try:
            target = await up.for_caller(caller)
            if downstream.legacy and downstream.can_be_asked:
                # A client the server may ask: its call goes on a handshake-era session of its own
                # (of a both-era server too), so the server asks it live (and logs and reports
                # progress) on the request that caused it, and no one else's question waits.
                target = await self._era_session(up, target, downstream, caller) or target
        except UPSTREAM_FAILURES as e:
            return upstream_failed(call, up.name, e, tool=True)
        if not downstream.legacy and target.legacy and _declares_input(caps):
            # A 2026-07-28 client that can be asked and a server that can only ask live:
            # bridged with MRTR (a client that declared nothing to answer with is not parked).
            progress = _quiet(x.progress)
            binding = f"{entry.name}\x00{arguments_digest(_mcp_facts(call).arguments or {})}"

            def invoke(session: Upstream) -> Awaitable[dict[str, Any]]:
                return session.call_tool(entry.name, arguments, meta=fwd_meta, caller=caller, progress=progress)

            try:
                return await self._bridged_call(call, target, x.meta, binding, responses, state, caller, invoke)
            except UPSTREAM_FAILURES as e:
                return upstream_failed(call, up.name, e, tool=True)
        askable = downstream.legacy and target.legacy and downstream.can_be_asked
        lock: Any = target.asking if askable else contextlib.nullcontext()
        key = 0
        try:
            async with lock:
                key = target.track(downstream, askable=askable)
                return await self._rounds(target, entry, x, arguments, responses, state, fwd_meta, caller)
        except UPSTREAM_FAILURES as e:
            return upstream_failed(call, up.name, e, tool=True)
        finally:
            target.untrack(key)

    async def _rounds(
        self,
        target: Upstream,
        entry: ToolEntry,
        x: Exchange,
        arguments: dict[str, Any] | None,
        responses: dict[str, Any] | None,
        state: str | None,
        fwd_meta: dict[str, Any] | None,
        caller: Caller | None,
    ) -> dict[str, Any]:
        """The upstream call; a modern upstream's input requests asked live of a legacy client."""
        downstream = x.downstream
        progress = x.progress
        for _ in range(MAX_INPUT_ROUNDS):
            try:
                result = await target.call_tool(
                    entry.name,
                    arguments,
                    progress=progress,
                    input_responses=responses,
                    request_state=state,
                    meta=fwd_meta,
                    caller=caller,
                )
            except MCPError:
                missing = getattr(downstream, "missing", None)
                if missing is not None:
                    raise missing from None  # the server failed on what this client did not declare
                raise
            missing = getattr(downstream, "missing", None)
            if missing is not None:
                raise missing  # the server asked for what this client did not declare
            if result.get("resultType") != "input_required" or not downstream.legacy:
                return result  # complete, or MRTR passed through to a modern client
            # A modern upstream asks for input but the client speaks the legacy era: ask the
            # client live on its own request stream, then retry upstream with the answers.
            responses = {}
            for rk, req in (result.get("inputRequests") or {}).items():
                method = req.get("method")
                if method not in INPUT_RESULT_TYPES:
                    raise MCPError(code=types.INTERNAL_ERROR, message=f"unsupported input request {method}")
                typed = _parse_input_request(req)
                answer = await downstream.server_request(method, typed.params if method != "roots/list" else None)
                if isinstance(answer, types.ErrorData):
                    raise MCPError.from_error_data(answer)
                responses[rk] = answer.model_dump(by_alias=True, mode="json", exclude_none=True)
            state = result.get("requestState")
        raise MCPError(code=types.INTERNAL_ERROR, message="too many input rounds")

    async def _era_session(
        self, up: Upstream, target: Upstream, downstream: DownstreamCall, caller: Caller | None
    ) -> Upstream | None:
        """The handshake-era session of ``target`` for this client session (None: stay stateless)."""
        conn = connection_of(downstream.ctx.session)
        if conn is None:
            return None
        who = caller or Caller(downstream.principal)
        session = await target.legacy_session_for(who, conn)
        if session is not None:
            held: set[tuple[str, object]] = conn.state.setdefault(ERA_SESSIONS_STATE, set())
            mark = (up.name, who.identity)
            if mark not in held:
                held.add(mark)
                # The upstream session ends with the client's (DELETE, SSE disconnect, expiry).
                conn.exit_stack.push_async_callback(target.release_legacy_session, who, conn)
        return session

    async def _bridged_call(
        self,
        call: Call,
        target: Upstream,
        meta: dict[str, Any],
        binding: str,
        responses: dict[str, Any] | None,
        state: str | None,
        caller: Caller | None,
        invoke: Callable[[Upstream], Awaitable[dict[str, Any]]],
    ) -> dict[str, Any]:
        """A 2026-07-28 client's request (``tools/call``; ``prompts/get``, ``resources/read``) to
        a server that asks live: the upstream request (``invoke``) is parked between the client's
        rounds (``parking.py``); each round is this one pipeline call. ``binding`` names what was
        asked for (a state is good only for the same request)."""
        p = call.principal
        assert p is not None
        owner = f"{p.user_id}\x00{p.key_id or ''}"
        binding = f"{target.name}\x00{binding}"
        caps = meta.get(CLIENT_CAPABILITIES_META_KEY)
        capabilities = caps if isinstance(caps, dict) else {}

        # A handshake-era session of the user's own, one not busy with another call of theirs that
        # may be asked (a question left unanswered holds only its own session, until its deadline).
        session = target
        if state is None or not self.parking.owns(state):
            who = caller or Caller(p)
            for i in range(BRIDGE_SESSIONS_PER_USER):
                found = await target.legacy_session_for(who, (*BRIDGED_CALLS, i))
                if found is None:
                    break
                session = found
                if not found.asking.locked():
                    break

        async def run(asker: Any) -> dict[str, Any]:
            async with session.asking:
                key = session.track(asker, askable=True)
                try:
                    return await invoke(session)
                finally:
                    session.untrack(key)

        if state is not None and self.parking.owns(state):
            return await self.parking.resume(state, owner, binding, responses)
        return await self.parking.start(owner, binding, capabilities, run)

    # ------------------------------------------------------------------ resource subscriptions
    async def subscribe(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, uri: str, key: Any, sink: Sink
    ) -> None:
        """One subscription of ``key`` to ``uri``: authorized like ``resources/read`` (an unseen
        URI is "not found"), then a pipeline call (limits, audit) whose route joins the relay."""
        target = self.resource_target(p, view, uri)
        if target is None:
            raise MCPError(code=types.INVALID_PARAMS, message=f"Resource not found: {uri}", data={"uri": uri})
        server, up_uri = target
        call = _new_call(ctx, p, "read", f"{server}__{up_uri}", "resources/subscribe")
        call.put(ServerTarget(server))
        _mcp_facts(call).uri = up_uri

        async def route(c: Call) -> None:
            try:
                await self.subscriptions.subscribe(server, up_uri, key, sink)
            except SubscriptionsUnsupported as e:
                _failed(c, "unsupported", str(e), RpcError(types.INVALID_PARAMS, str(e), {"uri": uri}))
            except UPSTREAM_FAILURES as e:
                upstream_failed(c, server, e, data={"uri": uri})

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            if r.code == "forbidden":
                raise MCPError(
                    code=types.INVALID_PARAMS, message=f"Resource not found: {uri}", data={"uri": uri}
                ) from None
            raise _refusal_error(r, call.target) from None
        err = call.fact(RpcError)
        if err is not None:
            raise MCPError(code=err.code, message=err.message, data=err.data)

    async def unsubscribe(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, key: Any, uri: str
    ) -> None:
        """Drop ``key``'s subscription to ``uri`` (whichever upstream it was held on), as one
        pipeline call; its record counts the updates the subscription relayed."""
        cat = self.hub.catalog
        held = [pair for pair in self.subscriptions.held_by(key) if cat.exported_uri(*pair) == uri]
        server = held[0][0] if held else (cat.server_for_uri(uri) or "")
        call = _new_call(ctx, p, "read", f"{server}__{uri}", "resources/unsubscribe")
        call.put(ServerTarget(server))
        facts = _mcp_facts(call)
        facts.uri = uri

        async def route(c: Call) -> None:
            delivered = 0
            for srv, u in held:
                delivered += await self.subscriptions.unsubscribe(srv, u, key) or 0
            facts.updates_delivered = delivered

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            if r.code == "forbidden":
                raise MCPError(
                    code=types.INVALID_PARAMS, message=f"Resource not found: {uri}", data={"uri": uri}
                ) from None
            raise _refusal_error(r, call.target) from None

    async def listen(
        self,
        ctx: ServerRequestContext[Any, Any],
        p: Principal,
        view: View,
        params: types.SubscriptionsListenRequestParams,
    ) -> types.SubscriptionsListenResult:
        """A 2026-07-28 ``subscriptions/listen`` stream: acknowledge what was accepted (URIs the
        caller may see, on upstreams that subscribe), then relay updates and list changes,
        each stamped with the subscription id, until the client closes the stream."""
        sid = ctx.request_id
        if sid is None:
            raise MCPError(code=types.INVALID_REQUEST, message="subscriptions/listen requires a request id")
        meta: dict[str, Any] = {SUBSCRIPTION_ID_META_KEY: sid}
        wanted = params.notifications
        kinds = frozenset(
            k
            for k, on in (
                ("tools", wanted.tools_list_changed),
                ("prompts", wanted.prompts_list_changed),
                ("resources", wanted.resources_list_changed),
            )
            if on
        )
        send, recv = anyio.create_memory_object_stream[ServerEvent](LISTEN_BACKLOG)
        sink = ListenSink(send, kinds)
        accepted: list[str] = []
        try:
            for uri in dict.fromkeys(wanted.resource_subscriptions or ()):
                try:
                    await self.subscribe(ctx, p, view, uri, sink, sink)
                    accepted.append(uri)
                except MCPError as e:
                    logger.debug("listen: %s not accepted: %s", uri, e.message)
            self.subscriptions.listen_sinks.add(sink)
            honored = types.SubscriptionFilter(
                tools_list_changed=True if "tools" in kinds else None,
                prompts_list_changed=True if "prompts" in kinds else None,
                resources_list_changed=True if "resources" in kinds else None,
                resource_subscriptions=accepted or None,
            )
            await ctx.session.send_notification(
                types.SubscriptionsAcknowledgedNotification(
                    params=types.SubscriptionsAcknowledgedNotificationParams(notifications=honored, _meta=meta)
                ),
                related_request_id=sid,
            )
            async with recv:
                async for event in recv:
                    await ctx.session.send_notification(event_to_notification(event, meta), related_request_id=sid)
        finally:
            self.subscriptions.listen_sinks.discard(sink)
            send.close()
            with anyio.CancelScope(shield=True):
                await self.subscriptions.drop(sink)
        return types.SubscriptionsListenResult(_meta=meta)

    async def get_prompt(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, params: types.GetPromptRequestParams
    ) -> dict[str, Any]:
        name = self.exported_name(view, "prompts", params.name, p)
        entry = self.hub.catalog.prompts.get(name)
        if entry is None or not view.prompt(name) or not self.authorizer.may_use_server(p, entry.server):
            # The name as the client sent it: never what it maps to elsewhere in the hub.
            raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown prompt: {params.name}")
        up = self.hub.upstreams[entry.server]
        call = _new_call(ctx, p, "prompt", name, "prompts/get")
        call.put(ServerTarget(entry.server))
        call.input = ToolArguments(dict(params.arguments or {}))
        body: dict[str, Any] = {"name": entry.name}
        if params.arguments:
            body["arguments"] = params.arguments
        # MRTR retries of prompts/get carry the client's answers and the server's state.
        responses = _dump(getattr(params, "input_responses", None))
        if responses is not None:
            body["inputResponses"] = responses
        state = getattr(params, "request_state", None)
        if state is not None:
            body["requestState"] = state
        return await self._forward(call, up, "prompts/get", body, ctx, p)

    async def read_resource(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, params: types.ReadResourceRequestParams
    ) -> dict[str, Any]:
        uri = str(params.uri)
        target = self.resource_target(p, view, uri)
        if target is None:
            raise MCPError(code=types.INVALID_PARAMS, message=f"Resource not found: {uri}", data={"uri": uri})
        server, up_uri = target
        up = self.hub.upstreams[server]
        call = _new_call(ctx, p, "read", f"{server}__{up_uri}", "resources/read")
        call.put(ServerTarget(server))
        result = await self._forward(call, up, "resources/read", {"uri": up_uri}, ctx, p, cache_scope=p.user_id)
        if up_uri != uri:
            # A copy of a URI several servers list: its contents carry the URI the client read.
            contents = [
                {**c, "uri": uri} if isinstance(c, dict) and c.get("uri") == up_uri else c
                for c in result.get("contents") or []
            ]
            result = {**result, "contents": contents}
        return result

    async def _forward(
        self,
        call: Call,
        up: Upstream,
        method: str,
        body: dict[str, Any],
        ctx: ServerRequestContext[Any, Any],
        p: Principal,
        cache_scope: str | None = None,
    ) -> dict[str, Any]:
        meta = _forward_meta(_raw_meta(ctx))
        if meta:
            body["_meta"] = meta
        caller = caller_of(up, p, ctx.request.headers if ctx.request is not None else {})

        async def fetch() -> dict[str, Any]:
            target = await up.for_caller(caller)
            return await self._asking_request(call, up, target, method, body, ctx, caller)

        async def route(c: Call) -> None:
            if isinstance(c.input, ToolArguments):
                # As the input stage left them (redactions).
                if c.kind == "completion":
                    body.update(c.input.value)
                elif "arguments" in body:
                    body["arguments"] = c.input.value
            try:
                if cache_scope is not None and self.toolcache is not None and hasattr(self.toolcache, "cached_list"):
                    # A per-user credential: the upstream answered this user, whatever its hints say.
                    result = await self.toolcache.cached_list(
                        up.name, method, body, cache_scope, fetch, private_only=up.credential is not None
                    )
                else:
                    result = await fetch()
            except UPSTREAM_FAILURES as e:
                upstream_failed(c, up.name, e)
                return
            c.put(UpstreamResult(result))
            c.output = ToolResult(result)

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            raise _refusal_error(r, call.target) from None
        err = call.fact(RpcError)
        if err is not None:
            raise MCPError(code=err.code, message=err.message, data=err.data)
        return _final(call)

    async def _asking_request(
        self,
        call: Call,
        up: Upstream,
        target: Upstream,
        method: str,
        body: dict[str, Any],
        ctx: ServerRequestContext[Any, Any],
        caller: Caller | None,
    ) -> dict[str, Any]:
        """``prompts/get`` or ``resources/read``, where the server may ask live while it answers:
        relayed as ``tools/call`` is (a 2025-era client that can be asked: on its own handshake-era
        session; a 2026-07-28 client that declared what to answer with, to a server that asks
        live: parked and bridged to ``input_required``); otherwise on the shared session."""
        p = call.principal
        assert p is not None
        meta = _raw_meta(ctx)
        legacy = ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS
        if legacy:
            downstream = DownstreamCall(ctx, p, self)
            if downstream.can_be_asked:
                session = await self._era_session(up, target, downstream, caller)
                if session is not None:
                    async with session.asking:
                        key = session.track(downstream, askable=True)
                        try:
                            return await session.request(method, body, caller=caller)
                        finally:
                            session.untrack(key)
        elif (
            target.legacy
            and _declares_input(meta.get(CLIENT_CAPABILITIES_META_KEY))
            and (self.parking.owns(body.get("requestState")) or not ({"requestState", "inputResponses"} & set(body)))
        ):
            # (A retry that answers the server's own input_required, not a parked call's, goes as is.)
            sent = {k: v for k, v in body.items() if k not in ("inputResponses", "requestState", "_meta")}
            state = body.get("requestState")
            binding = f"{method}\x00{arguments_digest(sent)}"

            def invoke(session: Upstream) -> Awaitable[dict[str, Any]]:
                return session.request(method, sent, caller=caller)

            return await self._bridged_call(
                call, target, meta, binding, body.get("inputResponses"), state, caller, invoke
            )
        return await target.request(method, body, caller=caller)

    async def complete(
        self, ctx: ServerRequestContext[Any, Any], p: Principal, view: View, params: types.CompleteRequestParams
    ) -> dict[str, Any]:
        ref = params.ref.model_dump(by_alias=True, mode="json", exclude_none=True)
        cat = self.hub.catalog
        if ref.get("type") == "ref/prompt":
            entry = cat.prompts.get(self.exported_name(view, "prompts", ref.get("name", ""), p))
            if (
                entry is None
                or not view.prompt(entry.exported_def["name"])
                or not self.authorizer.may_use_server(p, entry.server)
            ):
                raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown prompt: {ref.get('name')}")
            server, ref = entry.server, {**ref, "name": entry.name}
        else:
            uri = ref.get("uri", "")
            hit = self.resource_target(p, view, uri)
            if hit is None:
                raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown resource: {uri}")
            server, ref = hit[0], {**ref, "uri": hit[1]}
        up = self.hub.upstreams[server]
        body = params.model_dump(by_alias=True, mode="json", exclude_none=True)
        body["ref"] = ref
        body.pop("_meta", None)
        target = ref.get("name") if ref.get("type") == "ref/prompt" else ref.get("uri", "")
        call = _new_call(ctx, p, "completion", f"{server}__{target}", "completion/complete")
        call.put(ServerTarget(server))
        # Argument values (and the context's earlier arguments) may carry personal data: the
        # input policy sees them, the output policy sees the suggested values.
        call.input = ToolArguments({k: body[k] for k in ("argument", "context") if k in body})
        return await self._forward(call, up, "completion/complete", body, ctx, p)


# ---------------------------------------------------------------------- helpers
def caller_of(up: Upstream, p: Principal | None, headers: HeaderLookup) -> Caller | None:
    """Who a call to ``up`` is made for, when ``up`` has a per-user credential (else None).

    A user signed in through the OIDC provider brings their own access token: token exchange
    trades it in (it is never sent upstream as it is)."""
    if up.credential is None or p is None:
        return None
    subject = key_from_headers(headers) if p.auth_method == "oidc" else None
    return Caller(p, subject)


def _quiet(progress: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """Progress of a bridged call: sent while the client's first request is open, dropped after
    (a later round's request has no token for it)."""
    if progress is None:
        return None

    async def send(p: float, total: float | None, message: str | None) -> None:
        try:
            await progress(p, total, message)
        except Exception:  # noqa: BLE001 - the request it belonged to is over
            pass

    return send


def _declares_input(caps: Any) -> bool:
    """A 2026-07-28 client that declared something to answer input requests with."""
    return isinstance(caps, dict) and any(cap in caps for cap in CAPABILITY_OF.values())


#: How a call to an upstream fails (see ``upstream_errors.py``), rendered by :func:`upstream_failed`.
UPSTREAM_FAILURES = (UpstreamUnavailable, UpstreamTimeout, MCPError, CredentialError)


def upstream_failed(
    call: Call,
    server: str,
    e: UpstreamUnavailable | UpstreamTimeout | MCPError | CredentialError,
    *,
    tool: bool = False,
    data: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """Record on ``call`` how its upstream failed, the one mapping for every MCP method.

    An unreachable or silent server is, for a ``tools/call`` (``tool``), a tool result with
    ``isError`` (returned: the model reads why and may go on), and for other methods an internal
    error (with ``data``); the server's own JSON-RPC error is passed on as it is; no credential
    for the caller is the gateway's ``upstream_auth`` error. Errors are put on the call as an
    ``RpcError`` (None returned). Either way the failure is the route's outcome on the trace."""
    if isinstance(e, (UpstreamUnavailable, UpstreamTimeout)):
        code = "upstream_timeout" if isinstance(e, UpstreamTimeout) else "upstream_unavailable"
        if tool:
            call.fail(UpstreamFailure(code, str(e)))
            return {"content": [{"type": "text", "text": str(e)}], "isError": True}
        _failed(call, code, str(e), RpcError(types.INTERNAL_ERROR, str(e), data))
    elif isinstance(e, CredentialError):
        answer = RpcError(UPSTREAM_AUTH_CODE, str(e), {"reason": "upstream_auth", "server": server})
        _failed(call, "upstream_auth", str(e), answer)
    else:
        _failed(call, "upstream_error", e.message, RpcError(e.code, e.message, e.data), e.code)
    return None


def _failed(call: Call, code: str, message: str, answer: RpcError, upstream_code: int | None = None) -> None:
    """The route's outcome is an error (on the trace), answered with ``answer``."""
    call.fail(UpstreamFailure(code, message, upstream_code))
    call.put(answer)


def _mcp_facts(call: Call) -> McpFacts:
    facts = call.fact(McpFacts)
    if facts is None:
        facts = McpFacts()
        call.put(facts)
    return facts


def _new_call(ctx: ServerRequestContext[Any, Any], p: Principal, kind: Any, target: str, method: str) -> Call:
    req = ctx.request
    creds = Credentials(client_ip=req.client.host if req is not None and req.client else None)
    call = Call(front_door="mcp", kind=kind, target=target, credentials=creds, method=method, principal=p)
    if req is not None:
        tid = req.scope.get("bastion.trace_id")
        if tid:
            call.trace_id = tid
    call.put(McpFacts(protocol_version=ctx.protocol_version))
    return call


def _connection(ctx: ServerRequestContext[Any, Any]) -> Any:
    """The legacy-era connection behind a request (``ctx.session`` is per request)."""
    conn = connection_of(ctx.session)
    if conn is None or ctx.protocol_version not in HANDSHAKE_PROTOCOL_VERSIONS:
        raise MCPError(code=types.METHOD_NOT_FOUND, message="Method not found")
    return conn


def _exchange_call(x: Exchange, p: Principal, kind: Any, target: str, method: str) -> Call:
    call = Call(
        front_door="mcp",
        kind=kind,
        target=target,
        credentials=Credentials(client_ip=x.client_ip),
        method=method,
        principal=p,
    )
    if x.trace_id:
        call.trace_id = x.trace_id
    call.put(McpFacts(protocol_version=x.protocol_version))
    return call


def _complete(result: dict[str, Any]) -> dict[str, Any]:
    if "resultType" not in result:
        result = {**result, "resultType": "complete"}
    return result


def _final(call: Call) -> dict[str, Any]:
    out = call.output
    if isinstance(out, ToolResult):
        return out.value
    result = call.fact(UpstreamResult)
    if result is None:
        raise MCPError(code=types.INTERNAL_ERROR, message="no result")
    return result.result


def _refusal_error(r: Refusal, name: str) -> MCPError:
    if r.code == "forbidden":
        # A forbidden name looks exactly like a missing one.
        return MCPError(code=types.INVALID_PARAMS, message=f"Unknown tool: {name}")
    data: dict[str, Any] = {"reason": r.code}
    if r.retry_after:
        data["retryAfter"] = r.retry_after
    if r.data:
        data.update(r.data)
    return MCPError(code=REFUSAL_CODES.get(r.code, -31000), message=r.message, data=data)


def _forward_meta(meta: dict[str, Any]) -> dict[str, Any] | None:
    """The client's ``_meta`` minus per-hop keys: the upstream session stamps its own envelope
    and progress token; the cache directive is the gateway's."""
    out = {
        k: v for k, v in meta.items() if not k.startswith(RESERVED_META) and k not in ("progressToken", CACHE_META_KEY)
    }
    return out or None


def _progress_forwarder(ctx: ServerRequestContext[Any, Any]) -> Callable[..., Any]:
    async def forward(progress: float, total: float | None, message: str | None) -> None:
        # Sent with the downstream's own token (the session scopes it to this request).
        await ctx.session.report_progress(progress, total, message)

    return forward


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return {
            k: (v.model_dump(by_alias=True, mode="json", exclude_none=True) if hasattr(v, "model_dump") else v)
            for k, v in value.items()
        }
    return value


def _parse_input_request(req: dict[str, Any]) -> Any:
    method = req["method"]
    if method == "elicitation/create":
        return types.ElicitRequest.model_validate(req)
    if method == "sampling/createMessage":
        return types.CreateMessageRequest.model_validate(req)
    return types.ListRootsRequest.model_validate(req)


def exported_server(name: str) -> str | None:
    parts = split_name(name)
    return parts[0] if parts else None


def _raw_meta(ctx: ServerRequestContext[Any, Any]) -> dict[str, Any]:
    """The request's ``_meta`` as sent (wire key names: ``progressToken``)."""
    meta = (ctx.params or {}).get("_meta")
    return dict(meta) if isinstance(meta, dict) else {}

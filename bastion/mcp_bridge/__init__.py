"""MCP front door: one governed MCP server in front of many upstream MCP servers.

``McpFrontDoor(settings.mcp)`` is a ``FrontDoor``: ``provide(core)`` declares the virtual
servers (OAuth protected resources); ``mount(app, core)`` builds the hub (supervised upstreams
and the aggregated catalog), the pipeline (once) and the endpoints: ``/mcp``, ``/sse`` +
``/messages/``, ``/servers/{name}/mcp`` and the admin API ``/admin/mcp/...``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types
from mcp.server.transport_security import TransportSecuritySettings
from starlette.routing import Mount, Route

from bastion.gateway.call import Call, Credentials
from bastion.gateway.principal import Principal
from bastion.mcp_bridge.admin import mcp_admin_router
from bastion.mcp_bridge.content import ToolResult
from bastion.mcp_bridge.downstream import Frontend, View
from bastion.mcp_bridge.endpoints import (
    Authenticated,
    LegacySse,
    SessionManagerApp,
    VirtualServers,
    jsonrpc_error_response,
    session_manager,
)
from bastion.mcp_bridge.fastlane import StatelessToolCallShortcut
from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.pins import DefinitionChange, PinStore
from bastion.mcp_bridge.registry import Registry
from bastion.mcp_bridge.settings import McpSettings
from bastion.mcp_bridge.toolcache import ToolCache
from bastion.mcp_bridge.toolcache_admin import build_admin_router as toolcache_admin_router

if TYPE_CHECKING:
    from bastion.gateway.core import ChatCompleter, Core

logger = logging.getLogger("bastion.mcp")

__all__ = ["Hub", "McpFrontDoor", "McpSettings"]


def _tool_cache(core: Core, settings: McpSettings) -> ToolCache:
    """The tool-result cache for the pipeline's cache stage (the single seam where it plugs in)."""
    cache = ToolCache.from_core(core, settings.cache)
    cache.result_content = ToolResult
    return cache


class McpFrontDoor:
    """The MCP front door (``FrontDoor``)."""

    name = "mcp"

    def __init__(self, settings: McpSettings) -> None:
        self.settings = settings

    def provide(self, core: Core) -> None:
        """Each virtual server is its own OAuth protected resource (``auth.oauth``)."""
        core.virtual_mcp_servers.extend(self.settings.virtual_servers)

    def mount(self, app: Any, core: Core) -> None:
        """Build the hub, the pipeline (once) and the endpoints, and add them to ``app``."""
        settings = self.settings
        # Stdio servers keep their homes in the data directory, which is hidden from all of them.
        # (A copy: the settings object is the caller's and may build another app.)
        data_dir = core.settings.data_dir.resolve()
        sandbox = settings.sandbox.model_copy(
            update={
                "state_dir": settings.sandbox.state_dir or data_dir / "mcp-servers",
                "hidden_paths": [*settings.sandbox.hidden_paths, str(data_dir)],
            }
        )
        settings = settings.model_copy(update={"sandbox": sandbox})
        for name, server in settings.servers.items():
            if server.credentials is not None:
                server.credentials.check_secrets(f"mcp.servers.{name}.credentials")
        toolcache = _tool_cache(core, settings)
        pipeline = core.pipeline("mcp", cache=toolcache)

        async def audit_change(ch: DefinitionChange) -> None:
            call = Call(
                front_door="mcp",
                kind="admin",
                target=f"{ch.server}__{ch.tool}",
                credentials=Credentials(),
                method="tool_definition_changed",
            )
            call.put(ch)
            logger.warning("mcp tool definition changed: %s__%s (%s)", ch.server, ch.tool, ch.action)
            await core.audit.submit(call)

        hub = Hub(settings, PinStore(settings.pin_policy, core.store, audit_change), core.outbound)
        hub.invalidators.append(toolcache.invalidate_server)
        registry = Registry(settings, hub, core.store)
        frontend = Frontend(hub, pipeline, core.authorizer, settings, toolcache, sampler=_sampler(core.chat, settings))

        protect = settings.allowed_origins is not None or settings.allowed_hosts is not None
        security = (
            TransportSecuritySettings(
                enable_dns_rebinding_protection=True,
                allowed_hosts=settings.allowed_hosts if settings.allowed_hosts is not None else ["*"],
                allowed_origins=settings.allowed_origins or [],
            )
            if protect
            else TransportSecuritySettings(enable_dns_rebinding_protection=False)
        )
        max_body = settings.max_message_bytes
        authn = core.authenticator
        refusals = core.refusals
        managers: list[Any] = []

        def endpoint(view: View) -> tuple[Any, Any]:
            """The view's Server and its ASGI app (the SDK's session manager, behind the fast lane)."""
            server = frontend.build_server(view)
            manager = session_manager(server, max_body, security)
            managers.append(manager)
            app: Any = SessionManagerApp(manager)
            if settings.fast_lane:
                app = StatelessToolCallShortcut(
                    frontend,
                    view,
                    app,
                    max_body=max_body,
                    server_info=server.server_info_stamp,
                    security=security if protect else None,
                )
            return server, app

        main_server, main_app = endpoint(View(""))
        virtual: dict[str, Any] = {}
        for name, vs in settings.virtual_servers.items():
            _, vapp = endpoint(View.of(name, vs))
            virtual[name] = Authenticated(authn, vapp, allow_anonymous=vs.allow_anonymous, refusals=refusals)

        routes: list[Any] = [
            Route("/mcp", Authenticated(authn, main_app, refusals=refusals), methods=["GET", "POST", "DELETE"]),
            Route("/servers/{name}/mcp", VirtualServers(virtual, refusals), methods=["GET", "POST", "DELETE"]),
        ]
        if settings.legacy_sse:
            sse = LegacySse(main_server, security, max_body)
            routes.append(Route("/sse", Authenticated(authn, sse.stream, refusals=refusals), methods=["GET"]))
            routes.append(Mount("/messages/", app=Authenticated(authn, sse.messages, refusals=refusals)))
        app.router.routes[0:0] = routes
        for prefix in ("/mcp", "/sse", "/messages", "/servers/"):
            core.errors.register(prefix, jsonrpc_error_response)
        app.include_router(mcp_admin_router(core, hub, registry, settings))
        app.include_router(toolcache_admin_router(core, toolcache))

        @contextlib.asynccontextmanager
        async def lifecycle() -> AsyncIterator[None]:
            hub.add_configs(await registry.load())
            async with anyio.create_task_group() as tg:
                await tg.start(hub.run)
                async with contextlib.AsyncExitStack() as stack:
                    for m in managers:
                        await stack.enter_async_context(m.run())
                    if settings.startup_wait_s:
                        await hub.wait_ready(settings.startup_wait_s)
                    try:
                        yield
                    finally:
                        await hub.stop()
                tg.cancel_scope.cancel()

        core.lifecycles.append(lifecycle)
        app.state.mcp_hub = hub
        app.state.mcp_frontend = frontend


def _sampler(chat: ChatCompleter | None, settings: McpSettings) -> Any:
    """Answers an upstream's sampling request with the gateway's LLM front door (when allowed)."""
    if not settings.sampling.enabled:
        return None

    async def sample(params: types.CreateMessageRequestParams, principal: Principal) -> Any:
        if chat is None:
            return types.ErrorData(
                code=types.INVALID_REQUEST, message="sampling: the gateway has no LLM front door configured"
            )
        messages: list[dict[str, Any]] = []
        if params.system_prompt:
            messages.append({"role": "system", "content": params.system_prompt})
        for m in params.messages:
            blocks = m.content if isinstance(m.content, list) else [m.content]
            text = "\n".join(getattr(b, "text", "") for b in blocks if getattr(b, "type", "") == "text")
            messages.append({"role": m.role, "content": text})
        model = settings.sampling.model
        if model is None and params.model_preferences and params.model_preferences.hints:
            model = params.model_preferences.hints[0].name
        req = {
            "model": model or "default",
            "messages": messages,
            "max_tokens": min(params.max_tokens, settings.sampling.max_tokens),
        }
        resp = await chat.complete(req, principal)
        choice = (resp.get("choices") or [{}])[0]
        text = (choice.get("message") or {}).get("content") or ""
        stop = "maxTokens" if choice.get("finish_reason") == "length" else "endTurn"
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text=text),
            model=str(resp.get("model") or model or "gateway"),
            stop_reason=stop,
        )

    return sample

"""``bastion connect``: a stdio MCP server that forwards everything to the gateway over HTTP.

Claude Desktop (and any stdio-only client) starts it as a command; it speaks stdio to the client
and Streamable HTTP to the gateway, with the key from the environment. Every request is
forwarded as it is (one catch-all ``Server`` middleware), so the gateway's governance applies
and nothing is decided here.
"""

from __future__ import annotations

from typing import Any

import anyio
import httpx2
import mcp.types as types
from mcp import Client, MCPError
from mcp.client.streamable_http import streamable_http_client
from mcp.server import NotificationOptions, Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import TypeAdapter

RAW = TypeAdapter(dict[str, Any])
LOCAL = {"initialize", "notifications/initialized", "ping"}
#: Per-hop envelope keys: the upstream session stamps its own.
RESERVED_META = ("io.modelcontextprotocol/",)
MODERN_ONLY = ("resultType", "ttlMs", "cacheScope")


async def _unused(ctx: Any, params: Any) -> Any:  # only so the bridge advertises the capability
    raise MCPError(code=types.INTERNAL_ERROR, message="not forwarded")


def make_server(upstream: Client) -> Server[Any]:
    caps = upstream.server_capabilities
    kw: dict[str, Any] = {}
    if caps.tools is not None:
        kw |= dict(on_list_tools=_unused, on_call_tool=_unused)
    if caps.resources is not None:
        kw |= dict(on_list_resources=_unused, on_read_resource=_unused, on_list_resource_templates=_unused)
    if caps.prompts is not None:
        kw |= dict(on_list_prompts=_unused, on_get_prompt=_unused)
    if caps.completions is not None:
        kw |= dict(on_completion=_unused)
    server: Server[Any] = Server("bastion", version="0.1.0", **kw)

    async def forward(ctx: ServerRequestContext[Any, Any], call_next: Any) -> Any:
        if ctx.method in LOCAL or ctx.request_id is None:
            return await call_next(ctx)
        params = dict(ctx.params or {})
        meta = {k: v for k, v in (params.pop("_meta", None) or {}).items() if not k.startswith(RESERVED_META)}
        progress = None
        if "progressToken" in meta:
            meta.pop("progressToken")

            async def progress(p: float, total: float | None, message: str | None) -> None:
                await ctx.session.report_progress(p, total, message)

        if meta:
            params["_meta"] = meta
        req = types.Request[dict[str, Any] | None, str](method=ctx.method, params=params or None)
        result = await upstream.session.send_request(req, RAW, progress_callback=progress)
        if ctx.protocol_version not in MODERN_PROTOCOL_VERSIONS:
            for k in MODERN_ONLY:
                result.pop(k, None)
        return result

    server.middleware = [forward]
    return server


async def run_bridge(url: str, key: str | None) -> None:
    """Serve stdio until the client closes it."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=600)) as http:
        async with Client(streamable_http_client(url, http_client=http), cache=None) as upstream:
            server = make_server(upstream)
            async with stdio_server() as (r, w):
                await server.run(
                    r,
                    w,
                    server.create_initialization_options(
                        NotificationOptions(tools_changed=True, prompts_changed=True, resources_changed=True)
                    ),
                )


def main(url: str, key: str | None) -> None:
    anyio.run(run_bridge, url, key)

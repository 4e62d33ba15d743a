"""A real stdio MCP server (mcp SDK, low-level ``Server``) for the tool-cache tests.

Tools, with the annotations a cache decides on:

* ``lookup(key)``: read-only, closed world. Answers ``"<key>@v<version>#<n>"`` where ``n``
  counts this tool's calls (so a test sees whether the upstream was reached).
* ``search(q)``: read-only, open world (``openWorldHint`` left at its default).
* ``slow(key, delay)``: read-only, sleeps ``delay`` seconds first (single-flight).
* ``write(key)``: destructive; bumps the data version ``lookup`` reports.
* ``fail(x)``: read-only, answers ``isError: true``.
* ``plain(x)``: no annotations at all.
* ``explode(x)``: read-only, raises ``MCPError`` (a JSON-RPC error).
* ``evolve()``: changes ``lookup``'s input schema and sends ``tools/list_changed``.
* ``stats()``: no annotations; JSON of the call counts per tool.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any

import anyio
import mcp.types as types
from mcp import MCPError
from mcp.server import CacheHint, Server, ServerRequestContext
from mcp.server.stdio import stdio_server

RO_CLOSED = types.ToolAnnotations(read_only_hint=True, open_world_hint=False)
RO_OPEN = types.ToolAnnotations(read_only_hint=True)
WRITE = types.ToolAnnotations(read_only_hint=False, destructive_hint=True)


class State:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.version = 1
        self.schema_rev = 1

    def tools(self) -> list[types.Tool]:
        lookup_props: dict[str, Any] = {"key": {"type": "string"}}
        if self.schema_rev > 1:
            lookup_props["rev"] = {"type": "integer"}
        obj = {"type": "object"}
        return [
            types.Tool(name="lookup", input_schema={**obj, "properties": lookup_props}, annotations=RO_CLOSED),
            types.Tool(
                name="search", input_schema={**obj, "properties": {"q": {"type": "string"}}}, annotations=RO_OPEN
            ),
            types.Tool(
                name="slow",
                input_schema={**obj, "properties": {"key": {"type": "string"}, "delay": {"type": "number"}}},
                annotations=RO_CLOSED,
            ),
            types.Tool(
                name="write", input_schema={**obj, "properties": {"key": {"type": "string"}}}, annotations=WRITE
            ),
            types.Tool(
                name="fail", input_schema={**obj, "properties": {"x": {"type": "string"}}}, annotations=RO_CLOSED
            ),
            types.Tool(name="plain", input_schema={**obj, "properties": {"x": {"type": "string"}}}),
            types.Tool(
                name="explode", input_schema={**obj, "properties": {"x": {"type": "string"}}}, annotations=RO_CLOSED
            ),
            types.Tool(name="evolve", input_schema=obj),
            types.Tool(name="stats", input_schema=obj),
        ]


STATE = State()


def text(s: str, *, error: bool = False) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=s)], is_error=error)


async def list_tools(ctx: ServerRequestContext, params: Any) -> types.ListToolsResult:
    STATE.calls["tools/list"] += 1
    return types.ListToolsResult(tools=STATE.tools())


async def call_tool(ctx: ServerRequestContext, params: types.CallToolRequestParams) -> types.CallToolResult:
    name = params.name
    args = params.arguments or {}
    if name != "stats":
        STATE.calls[name] += 1
    n = STATE.calls[name]
    if name == "lookup":
        return text(f"{args.get('key')}@v{STATE.version}#{n}")
    if name == "search":
        return text(f"results for {args.get('q')} #{n}")
    if name == "slow":
        await anyio.sleep(float(args.get("delay", 0.5)))
        return text(f"slow {args.get('key')} #{n}")
    if name == "write":
        STATE.version += 1
        return text(f"wrote {args.get('key')} v{STATE.version}")
    if name == "fail":
        return text(f"failed #{n}", error=True)
    if name == "plain":
        return text(f"plain {args.get('x')} #{n}")
    if name == "explode":
        raise MCPError(-32602, f"explode #{n}")
    if name == "evolve":
        STATE.schema_rev += 1
        await ctx.session.send_tool_list_changed()
        return text(f"schema rev {STATE.schema_rev}")
    if name == "stats":
        return text(json.dumps(dict(STATE.calls)))
    raise MCPError(-32602, f"unknown tool {name}")


def _hints() -> dict[str, CacheHint] | None:
    # CACHE_HINTS="60000:public" makes tools/list carry ttlMs/cacheScope for modern clients.
    spec = os.environ.get("CACHE_HINTS")
    if not spec:
        return None
    ttl, scope = spec.split(":")
    return {"tools/list": CacheHint(ttl_ms=int(ttl), scope=scope)}  # type: ignore[arg-type]


server = Server("cachetest", version="0.1", on_list_tools=list_tools, on_call_tool=call_tool, cache_hints=_hints())


async def main() -> None:
    async with stdio_server() as (r, w):
        await server.run(r, w, server.create_initialization_options())


if __name__ == "__main__":
    anyio.run(main)

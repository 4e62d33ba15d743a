"""Test harness: a real ``Core`` and ``Pipeline`` with the ``ToolCache``, and a route that calls
a real upstream MCP server (``upstream_server.py`` over stdio via the ``mcp`` SDK client),
doing what the MCP front door does around the cache."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import mcp.types as types
from mcp import Client, MCPError, StdioServerParameters

from bastion.gateway.authz import ServerTarget
from bastion.gateway.call import Call, Credentials, Refusal
from bastion.gateway.core import Core
from bastion.gateway.keys import KeyCreate
from bastion.gateway.users import UserIn
from bastion.mcp_bridge.facts import RpcError, UpstreamResult
from bastion.mcp_bridge.toolcache import ToolCache, ToolCallInfo
from bastion.settings import load_settings

UPSTREAM = str(Path(__file__).with_name("upstream_server.py"))
SERVER = "test"


@dataclass
class Harness:
    core: Core
    cache: ToolCache
    client: Client
    keys: dict[str, str]
    tools: dict[str, dict[str, Any]]
    list_changed: anyio.Event = field(default_factory=anyio.Event)
    upstream_calls: int = 0
    #: Whether list_changed notifications invalidate (as the front door does).
    invalidate_on_list_changed: bool = True

    def __post_init__(self) -> None:
        self.pipeline = self.core.pipeline("mcp", cache=self.cache)

    async def route(self, call: Call) -> None:
        """What the MCP front door's route does: call the upstream, put the result (or the
        JSON-RPC error) where the cache reads it."""
        info = call.fact(ToolCallInfo)
        assert info is not None
        self.upstream_calls += 1
        try:
            res = await self.client.session.call_tool(info.tool, info.arguments)
        except MCPError as e:
            call.put(RpcError(e.code, e.message))
            return
        call.put(UpstreamResult(res.model_dump(by_alias=True, exclude_none=True, mode="json")))

    async def call(
        self,
        tool: str,
        args: dict[str, Any] | None = None,
        *,
        user: str = "alice",
        trusted: bool = True,
        bypass: bool = False,
        progress_token: Any = None,
        is_retry: bool = False,
    ) -> Call:
        call = Call(
            front_door="mcp",
            kind="tool",
            target=f"{SERVER}__{tool}",
            credentials=Credentials(api_key=self.keys[user]),
            method="tools/call",
        )
        call.put(ServerTarget(SERVER))
        call.put(
            ToolCallInfo(
                server=SERVER,
                tool=tool,
                arguments=args or {},
                tool_def=self.tools[tool],
                annotations_trusted=trusted,
                progress_token=progress_token,
                bypass=bypass,
                is_retry=is_retry,
            )
        )
        try:
            await self.pipeline.run(call, self.route)
        finally:
            self.cache.finish(call)
        return call

    async def text(self, tool: str, args: dict[str, Any] | None = None, **kw: Any) -> str:
        call = await self.call(tool, args, **kw)
        return result_of(call)["content"][0]["text"]

    async def upstream_counts(self) -> dict[str, int]:
        res = await self.client.session.call_tool("stats", {})
        return json.loads(res.content[0].text)  # type: ignore[union-attr]

    async def relist(self) -> bool:
        """Re-read the upstream's tools (as the hub does after list_changed)."""
        res = await self.client.session.list_tools()
        tools = [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in res.tools]
        self.tools = {t["name"]: t for t in tools}
        return await self.cache.tools_listed(SERVER, tools)


def make_core(tmp: Path, cache_cfg: dict[str, Any] | None = None, cache_url: str = "memory://") -> Core:
    settings = load_settings(
        data_dir=tmp,
        cache={"url": cache_url},
        mcp={"cache": cache_cfg or {}},
        auth={"admin_key": "bst_toolcache_test_admin_key_0123456789"},
    )
    return Core(settings)


async def add_users(core: Core) -> dict[str, str]:
    keys = {}
    for user, groups in (("alice", ["eng"]), ("bob", ["eng"]), ("carol", ["sales"])):
        await core.users.upsert(UserIn(id=user, groups=groups))
        key, _ = await core.keys.create(KeyCreate(user_id=user))
        keys[user] = key
    return keys


@contextlib.asynccontextmanager
async def upstream_client(on_list_changed: Any = None) -> AsyncIterator[Client]:
    async def handler(message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification) and on_list_changed is not None:
            await on_list_changed()

    params = StdioServerParameters(command=sys.executable, args=[UPSTREAM], env=dict(os.environ))
    async with Client(params, mode="legacy", cache=None, message_handler=handler) as client:
        yield client


@contextlib.asynccontextmanager
async def harness(
    tmp: Path, cache_cfg: dict[str, Any] | None = None, cache_url: str = "memory://", core: Core | None = None
) -> AsyncIterator[Harness]:
    """A running core + pipeline + tool cache + real upstream. ``core`` may be given to share
    a data dir; by default a fresh one under ``tmp``."""
    core = core or make_core(tmp, cache_cfg, cache_url)
    cache = ToolCache.from_core(core, core.settings.mcp.cache)
    holder: dict[str, Harness] = {}

    async def on_list_changed() -> None:
        # The front door's reaction to notifications/tools/list_changed.
        if holder["h"].invalidate_on_list_changed:
            await cache.invalidate_server(SERVER)
        holder["h"].list_changed.set()

    async with core.running():
        keys = await add_users(core)
        async with upstream_client(on_list_changed) as client:
            res = await client.session.list_tools()
            tools = {t.name: t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in res.tools}
            h = Harness(core, cache, client, keys, tools)
            holder["h"] = h
            await cache.tools_listed(SERVER, list(tools.values()))
            yield h


__all__ = ["Harness", "Refusal", "harness", "make_core", "SERVER"]


def result_of(call: Call) -> dict[str, Any]:
    """The tool result the route or a cache hit put on the call."""
    result = call.fact(UpstreamResult)
    assert result is not None
    return result.result

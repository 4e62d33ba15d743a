"""Raw calls to a modern-era (2026-07-28) Streamable HTTP upstream over pooled aiohttp connections.

A stateless upstream needs no session: every request is one POST carrying its own ``_meta``
envelope, so the gateway's calls do not have to go through the SDK client's transport (httpx2 and
pydantic on both ways cost several times more per request than aiohttp and orjson here). The SDK
``Client`` still owns the connection's life (era detection, ``server/discover``, lists); this
lane only carries the gateway's calls. The reply is JSON, or an SSE stream when the upstream
sends progress or other notifications before it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import anyio
import orjson
from mcp import MCPError
from mcp.shared.inbound import (
    MCP_METHOD_HEADER,
    MCP_NAME_HEADER,
    MCP_PROTOCOL_VERSION_HEADER,
    NAME_BEARING_METHODS,
    encode_header_value,
)

from bastion.mcp_bridge.json_lines import split_messages
from bastion.mcp_bridge.rawcall import ID_PREFIX, Progress, reply_result

Notify = Callable[[dict[str, Any]], Awaitable[None]]


class HttpLane:
    """Pooled POSTs of JSON-RPC requests to one upstream URL (open it once per connection)."""

    def __init__(
        self,
        url: str,
        headers: dict[str, str],
        protocol_version: str,
        *,
        connect_timeout_s: float,
        max_connections: int = 64,
        on_notification: Notify | None = None,
    ) -> None:
        self.url = url
        self.protocol_version = protocol_version
        self.connect_timeout_s = connect_timeout_s
        self.max_connections = max_connections
        self.on_notification = on_notification
        # Computed once: every request starts from these.
        self._base_headers = {
            **headers,
            "Content-Type": "application/json",
            "Accept": "application/json, text/event-stream",
            MCP_PROTOCOL_VERSION_HEADER: protocol_version,
        }
        self._session: aiohttp.ClientSession | None = None
        self._next = 0

    async def __aenter__(self) -> HttpLane:
        connector = aiohttp.TCPConnector(limit=self.max_connections, keepalive_timeout=60, enable_cleanup_closed=True)
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=True,
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.connect_timeout_s),
        )
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self._session is not None:
            with anyio.CancelScope(shield=True):
                await self._session.close()
            self._session = None

    async def request(
        self,
        method: str,
        params: dict[str, Any],
        *,
        timeout: float,
        progress: Progress | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """POST one request; its ``result`` dict (``MCPError`` for an error reply).

        Raises ``TimeoutError`` after ``timeout``; aiohttp/OS errors for transport failures.
        Cancelling the caller closes the request, which is how 2026-07-28 cancels upstream.
        """
        session = self._session
        if session is None:
            raise aiohttp.ClientConnectionError("the upstream lane is closed")
        self._next += 1
        rid = self._next
        token = f"{ID_PREFIX}{rid}"
        if progress is not None:
            params = {**params, "_meta": {**(params.get("_meta") or {}), "progressToken": token}}
        headers = {**self._base_headers, MCP_METHOD_HEADER: method}
        key = NAME_BEARING_METHODS.get(method)
        if key is not None and isinstance(params.get(key), str):
            headers[MCP_NAME_HEADER] = encode_header_value(params[key])
        if extra_headers:
            headers.update(extra_headers)
        body = orjson.dumps({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        with anyio.fail_after(timeout):
            async with session.post(self.url, data=body, headers=headers) as resp:
                ctype = resp.headers.get("Content-Type", "")
                if ctype.startswith("text/event-stream"):
                    return await self._read_sse(resp, rid, token, progress)
                raw = await resp.read()
                return await self._parse_reply(resp.status, raw, rid, token, progress)

    async def _read_sse(
        self, resp: aiohttp.ClientResponse, rid: int, token: str, progress: Progress | None
    ) -> dict[str, Any]:
        data: list[bytes] = []
        async for raw_line in resp.content:
            line = raw_line.rstrip(b"\r\n")
            if line.startswith(b"data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(b" ") else value)
                continue
            if line or not data:
                continue  # event:/id:/retry:/comments, or an empty event
            payload = b"\n".join(data)
            data = []
            try:
                msg = orjson.loads(payload)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(msg, dict):
                continue
            if msg.get("id") == rid and "method" not in msg:
                return reply_result(msg)
            await self._on_message(msg, token, progress)
        raise MCPError(code=-32603, message="upstream closed the response stream without a reply")

    async def _parse_reply(
        self, status: int, raw: bytes, rid: int, token: str, progress: Progress | None
    ) -> dict[str, Any]:
        try:
            msg = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            # Several messages, one per line (see ``json_lines.py``): notifications first, then
            # the reply to this request.
            msg = None
            for m in split_messages(raw) or ():
                if m.get("id") == rid and "method" not in m:
                    msg = m
                else:
                    await self._on_message(m, token, progress)
        if isinstance(msg, dict) and ("result" in msg or "error" in msg):
            return reply_result(msg)
        raise MCPError(code=-32603, message=f"upstream answered HTTP {status} without a JSON-RPC reply")

    async def _on_message(self, msg: dict[str, Any], token: str, progress: Progress | None) -> None:
        """A message before the reply: progress for this request, or another notification."""
        if msg.get("method") == "notifications/progress":
            p = msg.get("params") or {}
            if progress is not None and p.get("progressToken") == token:
                await progress(float(p.get("progress", 0)), p.get("total"), p.get("message"))
        elif "method" in msg and "id" not in msg and self.on_notification is not None:
            await self.on_notification(msg)

"""The hot path: a 2026-07-28 ``tools/call`` POST served without the SDK's per-request machinery.

A stateless ``tools/call`` is one JSON request in and one JSON response out. The SDK serves it
through its transport-security middleware, the inbound classification ladder, a per-request
``Connection``, a task group with an SSE deferral window, pydantic validation of the request and
of the result, and JSON re-encoding; that is most of the gateway's added latency. This ASGI
wrapper takes exactly the plain case - a well-formed modern ``tools/call`` with matching routing
headers, no progress token, no MRTR retry fields, no ``Mcp-Param-*`` headers - and answers it
directly (orjson in, orjson out), with the same checks and the same reply the SDK would give.
Anything else (sessions, legacy, SSE, other methods, odd or invalid input) is handed, body
unchanged, to the SDK's session manager behind it, which stays the reference for the protocol.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from mcp import MCPError
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.inbound import ERROR_CODE_HTTP_STATUS, decode_header_value
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from starlette.types import ASGIApp, Receive, Scope, Send

from bastion.gateway.body import read_body, replay
from bastion.mcp_bridge.downstream import PRINCIPAL_KEY, Exchange, Frontend, StatelessDownstream, View
from bastion.mcp_bridge.sdk_compat import SecurityCheck

logger = logging.getLogger("bastion.mcp.fastlane")
PROTOCOL_VERSION_META_KEY = "io.modelcontextprotocol/protocolVersion"
CLIENT_CAPABILITIES_META_KEY = "io.modelcontextprotocol/clientCapabilities"
SERVER_INFO_META_KEY = "io.modelcontextprotocol/serverInfo"
_MODERN = frozenset(v.encode() for v in MODERN_PROTOCOL_VERSIONS)
_JSON_HEADERS = [(b"content-type", b"application/json")]
#: Request params the fast lane leaves to the SDK (MRTR retries).
_SDK_PARAMS = ("inputResponses", "requestState")


class StatelessToolCallShortcut:
    """ASGI wrapper in front of one endpoint's SDK session manager (``inner``): answers a plain
    stateless 2026-07-28 ``tools/call`` itself and hands everything else to ``inner``."""

    def __init__(
        self,
        front: Frontend,
        view: View,
        inner: ASGIApp,
        *,
        max_body: int,
        server_info: dict[str, Any],
        security: TransportSecuritySettings | None,
    ) -> None:
        self.front = front
        self.view = view
        self.inner = inner
        self.max_body = max_body
        self.server_info = server_info
        #: DNS-rebinding protection (Host/Origin checks); a request failing them goes to the SDK,
        #: which rejects it.
        self.security = SecurityCheck(security) if security is not None else None
        self._catalog: Any = None
        self._param_tools: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not self._eligible_headers(scope):
            return await self.inner(scope, receive, send)
        body = await read_body(receive, self.max_body)
        if body.complete and not body.too_large:
            req = _plain_tools_call(body.data, scope)
            if req is not None and not self._declares_param_headers(req["params"]["name"]):
                return await self._serve(req, scope, send)
        await self.inner(scope, replay(body, receive), send)

    def _declares_param_headers(self, name: str) -> bool:
        """Whether the tool's schema declares ``x-mcp-header`` parameters (the SDK checks those)."""
        catalog = self.front.hub.catalog
        if catalog is not self._catalog:
            self._catalog = catalog
            self._param_tools = {
                n
                for n, e in catalog.tools.items()
                if b"x-mcp-header" in orjson.dumps(e.exported_def.get("inputSchema") or {})
            }
        return self.front.exported_name(self.view, "tools", name) in self._param_tools

    def _eligible_headers(self, scope: Scope) -> bool:
        version = ctype = accept = method = host = origin = None
        routing = 0
        for k, v in scope["headers"]:
            if k == b"mcp-protocol-version":
                version = v
                routing += 1
            elif k == b"content-type":
                ctype = v
            elif k == b"accept":
                accept = v
            elif k == b"mcp-method":
                method = v
                routing += 1
            elif k == b"mcp-name":
                routing += 1
            elif k == b"mcp-session-id" or k.startswith(b"mcp-param-"):
                return False
            elif k == b"host":
                host = v
            elif k == b"origin":
                origin = v
            elif k == b"content-length":
                try:
                    if int(v) > self.max_body:
                        return False
                except ValueError:
                    return False
        sec = self.security
        if sec is not None and not sec.allows(
            host.decode("latin-1") if host else None, origin.decode("latin-1") if origin else None
        ):
            return False
        return (
            version in _MODERN
            and method == b"tools/call"
            and routing == 3
            and ctype is not None
            and ctype.split(b";")[0].strip().lower() == b"application/json"
            and accept is not None
            and _accepts_json_and_sse(accept)
        )

    async def _serve(self, req: dict[str, Any], scope: Scope, send: Send) -> None:
        rid = req["id"]
        params = req["params"]
        principal = scope.get(PRINCIPAL_KEY)
        front = self.front
        meta = params["_meta"]
        client = scope.get("client")
        headers = _HeaderView(scope["headers"])
        if principal is None:  # Authenticated (in front) always sets it
            return await _respond(
                send, 200, {"jsonrpc": "2.0", "id": rid, "error": {"code": -32600, "message": "not authenticated"}}
            )
        x = Exchange(
            protocol_version=meta[PROTOCOL_VERSION_META_KEY],
            meta=meta,
            headers=headers,
            client_ip=client[0] if client else None,
            trace_id=scope.get("bastion.trace_id"),
            downstream=StatelessDownstream(principal, front),
        )
        try:
            result = await front.run_tool(principal, self.view, params["name"], params.get("arguments"), None, None, x)
        except MCPError as e:
            error: dict[str, Any] = {"code": e.code, "message": e.message}
            if e.data is not None:
                error["data"] = e.data
            status = ERROR_CODE_HTTP_STATUS.get(e.code, 200)
            return await _respond(send, status, {"jsonrpc": "2.0", "id": rid, "error": error})
        except Exception:  # noqa: BLE001 - like the SDK: handler internals never reach the wire
            logger.exception("tools/call failed")
            return await _respond(
                send, 200, {"jsonrpc": "2.0", "id": rid, "error": {"code": -32603, "message": "Internal error"}}
            )
        await _respond(send, 200, {"jsonrpc": "2.0", "id": rid, "result": self._stamp(result)})

    def _stamp(self, result: dict[str, Any]) -> dict[str, Any]:
        """``resultType`` and the gateway's ``serverInfo`` stamp, as the SDK adds them (a copy:
        the result may be shared with the tool-result cache)."""
        out = dict(result)
        out.setdefault("resultType", "complete")
        meta = out.get("_meta")
        if meta is None:
            out["_meta"] = {SERVER_INFO_META_KEY: self.server_info}
        elif isinstance(meta, dict) and meta.get(SERVER_INFO_META_KEY) is None:
            out["_meta"] = {**meta, SERVER_INFO_META_KEY: self.server_info}
        return out


class _HeaderView:
    """Just enough of a headers mapping for the tool call (``get`` by lower-case name)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self._raw = raw

    def get(self, name: str, default: str | None = None) -> str | None:
        key = name.encode("latin-1")
        for k, v in self._raw:
            if k == key:
                return v.decode("latin-1")
        return default


def _accepts_json_and_sse(accept: bytes) -> bool:
    types = {t.split(b";")[0].strip().lower() for t in accept.split(b",")}
    if b"*/*" in types:
        return True
    return (b"application/json" in types or b"application/*" in types) and (
        b"text/event-stream" in types or b"text/*" in types
    )


def _plain_tools_call(body: bytes, scope: Scope) -> dict[str, Any] | None:
    """The decoded request when it is a plain, valid modern ``tools/call``; None otherwise (the
    SDK then serves it, including every error reply)."""
    try:
        req = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(req, dict) or req.get("jsonrpc") != "2.0" or req.get("method") != "tools/call":
        return None
    rid = req.get("id")
    if isinstance(rid, bool) or not isinstance(rid, int | str):
        return None
    params = req.get("params")
    if not isinstance(params, dict) or any(k in params for k in _SDK_PARAMS):
        return None
    name = params.get("name")
    args = params.get("arguments")
    meta = params.get("_meta")
    if not isinstance(name, str) or not (args is None or isinstance(args, dict)) or not isinstance(meta, dict):
        return None
    version = meta.get(PROTOCOL_VERSION_META_KEY)
    if not isinstance(version, str) or CLIENT_CAPABILITIES_META_KEY not in meta or "progressToken" in meta:
        return None
    header_version = header_name = None
    for k, v in scope["headers"]:
        if k == b"mcp-protocol-version":
            header_version = v.decode("latin-1")
        elif k == b"mcp-name":
            header_name = v.decode("latin-1")
    if header_version != version or decode_header_value(header_name) != name:
        return None
    return req


async def _respond(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = orjson.dumps(payload)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*_JSON_HEADERS, (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})

"""``BastionClient`` (sync) and ``AsyncBastionClient``: one API, two modes, the same results.

Both build the same :class:`~bastion_sdk._routes.Plan` for a call and differ only in how they
send it (``httpx.Client`` or ``httpx.AsyncClient``). The client holds no enforcement logic:
policy, budgets, rate limits and audit happen in the gateway, where a client cannot switch
them off.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx
from pydantic import BaseModel

from bastion_sdk import config as config_mod
from bastion_sdk._routes import Plan, Routes, decode_payloads
from bastion_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    BastionError,
    ConfigurationError,
    UpstreamError,
    error_from_response,
)
from bastion_sdk.types import (
    Agent,
    AgentReply,
    CallMeta,
    ChatChunk,
    ChatCompletion,
    EmbeddingResponse,
    MessagesEvent,
    MessagesResponse,
    Model,
    ModelList,
    Tool,
    ToolResult,
)

T = TypeVar("T", bound=BaseModel)
MCP_PROTOCOL_VERSION = "2025-06-18"


def _meta(settings: config_mod.Settings, headers: Mapping[str, str]) -> CallMeta:
    if not settings.url:
        return CallMeta(mode="direct")
    overhead = headers.get("x-bastion-overhead-ms")
    return CallMeta(
        mode="gateway",
        trace_id=headers.get("x-bastion-trace-id"),
        cache=headers.get("x-bastion-cache"),
        overhead_ms=float(overhead) if overhead else None,
    )


def _decode(resp: httpx.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return resp.text


def _raise_for(resp: httpx.Response, body: Any) -> None:
    if resp.status_code >= 400:
        raise error_from_response(resp.status_code, resp.headers, body, resp.headers.get("x-bastion-trace-id"))


def _transport_error(e: httpx.HTTPError, url: str) -> BastionError:
    if isinstance(e, httpx.TimeoutException):
        return APITimeoutError(f"no answer from {url} in time ({type(e).__name__})")
    return APIConnectionError(f"cannot reach {url} ({type(e).__name__}: {e})")


def _user_messages(messages: str | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(messages, str):
        return [{"role": "user", "content": messages}]
    return [dict(m) for m in messages]


def _chat_body(
    messages: str | Sequence[Mapping[str, Any]],
    model: str,
    stream: bool,
    tools: Sequence[Mapping[str, Any]] | None,
    params: dict[str, Any],
) -> dict[str, Any]:
    body: dict[str, Any] = {"model": model, "messages": _user_messages(messages), **params}
    if tools:
        body["tools"] = [dict(t) for t in tools]
    if stream:
        body["stream"] = True
        # Always ask for usage: the last chunk then carries the token counts in both modes.
        body.setdefault("stream_options", {"include_usage": True})
    return body


def _messages_body(
    messages: str | Sequence[Mapping[str, Any]],
    model: str,
    max_tokens: int,
    stream: bool,
    system: str | None,
    tools: Sequence[Mapping[str, Any]] | None,
    params: dict[str, Any],
) -> dict[str, Any]:
    body: dict[str, Any] = {"model": model, "max_tokens": max_tokens, "messages": _user_messages(messages), **params}
    if system is not None:
        body["system"] = system
    if tools:
        body["tools"] = [dict(t) for t in tools]
    if stream:
        body["stream"] = True
    return body


def _merge_models(settings: config_mod.Settings, parsed: list[tuple[Any, Mapping[str, str]]]) -> ModelList:
    data: list[Model] = []
    meta = CallMeta(mode=settings.mode)
    for payload, headers in parsed:
        data.extend(Model.model_validate(m) for m in payload.get("data") or [])
        meta = _meta(settings, headers)
    return ModelList(data=data, meta=meta)


def _mcp_body(method: str, params: dict[str, Any] | None, id_: int | None) -> dict[str, Any]:
    body: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        body["params"] = params
    if id_ is not None:
        body["id"] = id_
    return body


def _jsonrpc_result(payload: Any, what: str) -> Any:
    if not isinstance(payload, dict):
        raise UpstreamError(f"{what}: the answer is not JSON-RPC")
    if payload.get("error"):
        err = payload["error"]
        data = err.get("data") if isinstance(err.get("data"), dict) else {}
        # The gateway's MCP errors carry its refusal code as data.reason (and data.policy).
        code = next((data[k] for k in ("reason", "code") if isinstance(data.get(k), str)), None)
        status = {"policy_blocked": 403, "forbidden": 403, "rate_limited": 429, "budget_exceeded": 429}.get(code or "")
        body = {"error": {**data, "message": err.get("message"), "code": code or err.get("code")}}
        headers = {"retry-after": str(data["retryAfter"])} if data.get("retryAfter") else {}
        raise error_from_response(status or 400, headers, body)
    return payload.get("result")


def _sse_or_json(content_type: str, text: str) -> Any:
    if "text/event-stream" in content_type:
        out = None
        for payload in decode_payloads(text.splitlines(), "sse"):
            if "id" in payload:
                out = payload
        return out
    return json.loads(text) if text else None


def _agent_message(message: str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(message, str):
        return {
            "kind": "message",
            "role": "user",
            "messageId": uuid.uuid4().hex,
            "parts": [{"kind": "text", "text": message}],
        }
    return {"messageId": uuid.uuid4().hex, "kind": "message", **message}


class _Base:
    def __init__(
        self,
        url: str | None = None,
        api_key: str | None = None,
        *,
        providers: Mapping[str, Mapping[str, Any]] | None = None,
        timeout_s: float | None = None,
        config_path: str | Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = config_mod.resolve(
            url=url, api_key=api_key, providers=providers, timeout_s=timeout_s, config_path=config_path, env=env
        )
        self.routes = Routes(self.settings)
        self._timeout = httpx.Timeout(self.settings.timeout_s, connect=min(10.0, self.settings.timeout_s))
        self._mcp_session: str | None = None
        self._rpc_id = 0

    @property
    def mode(self) -> str:
        """``gateway`` or ``direct``."""
        return self.settings.mode

    def _need_gateway(self, what: str) -> str:
        if not self.settings.url:
            raise ConfigurationError(f"{what} needs a gateway: set BASTION_URL or pass url=")
        return self.settings.url

    def _next_id(self) -> int:
        self._rpc_id += 1
        return self._rpc_id

    def _mcp_headers(self) -> dict[str, str]:
        headers = {
            **self.routes._gw_headers(),
            "accept": "application/json, text/event-stream",
            "mcp-protocol-version": MCP_PROTOCOL_VERSION,
        }
        if self._mcp_session:
            headers["mcp-session-id"] = self._mcp_session
        return headers


class Stream(Generic[T]):
    """A streamed answer: iterate for typed chunks. ``meta`` (trace id, cache) is known once the
    stream has started; closing it early closes the connection."""

    def __init__(self, chunks: Iterator[T], meta: CallMeta, close: Any) -> None:
        self._chunks = chunks
        self.meta = meta
        self._close = close

    def __iter__(self) -> Iterator[T]:
        return self._chunks

    def __next__(self) -> T:
        return next(self._chunks)

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    def __init__(self, chunks: AsyncIterator[T], meta: CallMeta, close: Any) -> None:
        self._chunks = chunks
        self.meta = meta
        self._close = close

    def __aiter__(self) -> AsyncIterator[T]:
        return self._chunks

    async def __anext__(self) -> T:
        return await self._chunks.__anext__()

    async def aclose(self) -> None:
        await self._close()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class BastionClient(_Base):
    """Synchronous client. ``BastionClient()`` reads the environment and the config file;
    ``BastionClient(url=..., api_key=...)`` selects a gateway explicitly."""

    def __init__(self, url: str | None = None, api_key: str | None = None, **kw: Any) -> None:
        super().__init__(url, api_key, **kw)
        self._http = httpx.Client(timeout=self._timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BastionClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------

    def _send(self, plan: Plan) -> tuple[Any, httpx.Headers]:
        try:
            resp = self._http.request(plan.method, plan.url, headers=plan.headers, json=plan.json)
        except httpx.HTTPError as e:
            raise _transport_error(e, plan.url) from None
        body = _decode(resp)
        _raise_for(resp, body)
        return plan.parse(body), resp.headers

    def _stream(self, plan: Plan, model: type[T]) -> Stream[T]:
        request = self._http.build_request(plan.method, plan.url, headers=plan.headers, json=plan.json)
        try:
            resp = self._http.send(request, stream=True)
        except httpx.HTTPError as e:
            raise _transport_error(e, plan.url) from None
        if resp.status_code >= 400:
            resp.read()
            resp.close()
            _raise_for(resp, _decode(resp))
        meta = _meta(self.settings, resp.headers)

        def chunks() -> Iterator[T]:
            try:
                for payload in decode_payloads(resp.iter_lines(), plan.framing):
                    for out in plan.converter.feed(payload):
                        yield model.model_validate({**out, "meta": meta})
                for out in plan.converter.finish():
                    yield model.model_validate({**out, "meta": meta})
            except httpx.HTTPError as e:
                raise _transport_error(e, plan.url) from None
            finally:
                resp.close()

        return Stream(chunks(), meta, resp.close)

    # -- LLM ---------------------------------------------------------------------------------

    def chat(
        self,
        messages: str | Sequence[Mapping[str, Any]],
        *,
        model: str,
        stream: bool = False,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **params: Any,
    ) -> Any:
        """A chat completion (OpenAI shape): a :class:`ChatCompletion`, or with ``stream=True`` a
        :class:`Stream` of :class:`ChatChunk` (usage in the last one)."""
        plan = self.routes.chat(_chat_body(messages, model, stream, tools, params))
        if stream:
            return self._stream(plan, ChatChunk)
        payload, headers = self._send(plan)
        return ChatCompletion.model_validate({**payload, "meta": _meta(self.settings, headers)})

    def messages(
        self,
        messages: str | Sequence[Mapping[str, Any]],
        *,
        model: str,
        max_tokens: int = 1024,
        stream: bool = False,
        system: str | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **params: Any,
    ) -> Any:
        """A Messages call (Anthropic shape), whatever the provider: a :class:`MessagesResponse`,
        or with ``stream=True`` a :class:`Stream` of :class:`MessagesEvent`."""
        plan = self.routes.messages(_messages_body(messages, model, max_tokens, stream, system, tools, params))
        if stream:
            return self._stream(plan, MessagesEvent)
        payload, headers = self._send(plan)
        return MessagesResponse.model_validate({**payload, "meta": _meta(self.settings, headers)})

    def embeddings(self, input: str | Sequence[str], *, model: str, **params: Any) -> EmbeddingResponse:
        payload, headers = self._send(self.routes.embeddings({"model": model, "input": input, **params}))
        return EmbeddingResponse.model_validate({**payload, "meta": _meta(self.settings, headers)})

    def models(self) -> ModelList:
        """The models you may call: the gateway's list, or each configured provider's (prefixed)."""
        return _merge_models(self.settings, [self._send(p) for p in self.routes.models()])

    # -- gateway only ------------------------------------------------------------------------

    def whoami(self) -> dict[str, Any]:
        """Who the gateway takes this key for (user, groups, roles)."""
        self._need_gateway("whoami()")
        payload, _ = self._send(self.routes.gateway_plan("GET", "/whoami", None))
        return dict(payload)

    def _mcp(self, method: str, params: dict[str, Any] | None = None, notify: bool = False) -> Any:
        url = self._need_gateway("MCP") + "/mcp"
        body = _mcp_body(method, params, None if notify else self._next_id())
        try:
            resp = self._http.post(url, headers=self._mcp_headers(), json=body)
        except httpx.HTTPError as e:
            raise _transport_error(e, url) from None
        if resp.status_code >= 400:
            _raise_for(resp, _decode(resp))
        self._mcp_session = resp.headers.get("mcp-session-id") or self._mcp_session
        if notify:
            return None
        return _jsonrpc_result(_sse_or_json(resp.headers.get("content-type", ""), resp.text), method)

    def _mcp_ready(self) -> None:
        if self._mcp_session is None:
            self._mcp(
                "initialize",
                {
                    "protocolVersion": MCP_PROTOCOL_VERSION,
                    "capabilities": {},
                    "clientInfo": {"name": "bastion-sdk", "version": "0.1.0"},
                },
            )
            self._mcp_session = self._mcp_session or ""
            self._mcp("notifications/initialized", notify=True)

    def mcp_tools(self) -> list[Tool]:
        """The tools of the gateway's MCP hub this key may use (``server__tool`` names)."""
        self._mcp_ready()
        tools: list[Tool] = []
        cursor: str | None = None
        while True:
            result = self._mcp("tools/list", {"cursor": cursor} if cursor else {})
            tools.extend(Tool.model_validate(t) for t in result.get("tools") or [])
            cursor = result.get("nextCursor")
            if not cursor:
                return tools

    def call_tool(self, name: str, arguments: Mapping[str, Any] | None = None) -> ToolResult:
        """Call a hub tool (governed: policy, cache, audit happen in the gateway)."""
        self._mcp_ready()
        result = self._mcp("tools/call", {"name": name, "arguments": dict(arguments or {})})
        return ToolResult.model_validate({**result, "meta": CallMeta(mode="gateway")})

    def agents(self) -> list[Agent]:
        """The A2A agents this key may message."""
        self._need_gateway("agents()")
        payload, _ = self._send(self.routes.gateway_plan("GET", "/a2a/agents", None))
        return [Agent.model_validate(a) for a in payload.get("agents") or []]

    def send_message(self, agent: str, message: str | Mapping[str, Any]) -> AgentReply:
        """A2A ``message/send`` to ``agent`` through the gateway; its Message or Task back."""
        self._need_gateway("send_message()")
        plan = self.routes.gateway_plan(
            "POST",
            f"/a2a/{agent}",
            {
                "jsonrpc": "2.0",
                "id": self._next_id(),
                "method": "message/send",
                "params": {"message": _agent_message(message)},
            },
        )
        payload, headers = self._send(plan)
        result = _jsonrpc_result(payload, "message/send")
        return AgentReply.model_validate({**result, "meta": _meta(self.settings, headers)})


class AsyncBastionClient(_Base):
    """The asynchronous twin of :class:`BastionClient` (same methods, awaitable)."""

    def __init__(self, url: str | None = None, api_key: str | None = None, **kw: Any) -> None:
        super().__init__(url, api_key, **kw)
        self._http = httpx.AsyncClient(timeout=self._timeout)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncBastionClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _send(self, plan: Plan) -> tuple[Any, httpx.Headers]:
        try:
            resp = await self._http.request(plan.method, plan.url, headers=plan.headers, json=plan.json)
        except httpx.HTTPError as e:
            raise _transport_error(e, plan.url) from None
        body = _decode(resp)
        _raise_for(resp, body)
        return plan.parse(body), resp.headers

    async def _stream(self, plan: Plan, model: type[T]) -> AsyncStream[T]:
        request = self._http.build_request(plan.method, plan.url, headers=plan.headers, json=plan.json)
        try:
            resp = await self._http.send(request, stream=True)
        except httpx.HTTPError as e:
            raise _transport_error(e, plan.url) from None
        if resp.status_code >= 400:
            await resp.aread()
            await resp.aclose()
            _raise_for(resp, _decode(resp))
        meta = _meta(self.settings, resp.headers)

        async def chunks() -> AsyncIterator[T]:
            try:
                async for line in resp.aiter_lines():
                    for payload in decode_payloads((line,), plan.framing):
                        for out in plan.converter.feed(payload):
                            yield model.model_validate({**out, "meta": meta})
                for out in plan.converter.finish():
                    yield model.model_validate({**out, "meta": meta})
            except httpx.HTTPError as e:
                raise _transport_error(e, plan.url) from None
            finally:
                await resp.aclose()

        return AsyncStream(chunks(), meta, resp.aclose)

    async def chat(
        self,
        messages: str | Sequence[Mapping[str, Any]],
        *,
        model: str,
        stream: bool = False,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **params: Any,
    ) -> Any:
        plan = self.routes.chat(_chat_body(messages, model, stream, tools, params))
        if stream:
            return await self._stream(plan, ChatChunk)
        payload, headers = await self._send(plan)
        return ChatCompletion.model_validate({**payload, "meta": _meta(self.settings, headers)})

    async def messages(
        self,
        messages: str | Sequence[Mapping[str, Any]],
        *,
        model: str,
        max_tokens: int = 1024,
        stream: bool = False,
        system: str | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **params: Any,
    ) -> Any:
        plan = self.routes.messages(_messages_body(messages, model, max_tokens, stream, system, tools, params))
        if stream:
            return await self._stream(plan, MessagesEvent)
        payload, headers = await self._send(plan)
        return MessagesResponse.model_validate({**payload, "meta": _meta(self.settings, headers)})

    async def embeddings(self, input: str | Sequence[str], *, model: str, **params: Any) -> EmbeddingResponse:
        payload, headers = await self._send(self.routes.embeddings({"model": model, "input": input, **params}))
        return EmbeddingResponse.model_validate({**payload, "meta": _meta(self.settings, headers)})

    async def models(self) -> ModelList:
        return _merge_models(self.settings, [await self._send(p) for p in self.routes.models()])

    async def whoami(self) -> dict[str, Any]:
        self._need_gateway("whoami()")
        payload, _ = await self._send(self.routes.gateway_plan("GET", "/whoami", None))
        return dict(payload)

    async def _mcp(self, method: str, params: dict[str, Any] | None = None, notify: bool = False) -> Any:
        url = self._need_gateway("MCP") + "/mcp"
        body = _mcp_body(method, params, None if notify else self._next_id())
        try:
            resp = await self._http.post(url, headers=self._mcp_headers(), json=body)
        except httpx.HTTPError as e:
            raise _transport_error(e, url) from None
        if resp.status_code >= 400:
            _raise_for(resp, _decode(resp))
        self._mcp_session = resp.headers.get("mcp-session-id") or self._mcp_session
        if notify:
            return None
        return _jsonrpc_result(_sse_or_json(resp.headers.get("content-type", ""), resp.text), method)

    async def _mcp_ready(self) -> None:
        if self._mcp_session is None:
            await self._mcp(
                "initialize",
                {
                    "protocolVersion": MCP_PROTOCOL_VERSION,
                    "capabilities": {},
                    "clientInfo": {"name": "bastion-sdk", "version": "0.1.0"},
                },
            )
            self._mcp_session = self._mcp_session or ""
            await self._mcp("notifications/initialized", notify=True)

    async def mcp_tools(self) -> list[Tool]:
        await self._mcp_ready()
        tools: list[Tool] = []
        cursor: str | None = None
        while True:
            result = await self._mcp("tools/list", {"cursor": cursor} if cursor else {})
            tools.extend(Tool.model_validate(t) for t in result.get("tools") or [])
            cursor = result.get("nextCursor")
            if not cursor:
                return tools

    async def call_tool(self, name: str, arguments: Mapping[str, Any] | None = None) -> ToolResult:
        await self._mcp_ready()
        result = await self._mcp("tools/call", {"name": name, "arguments": dict(arguments or {})})
        return ToolResult.model_validate({**result, "meta": CallMeta(mode="gateway")})

    async def agents(self) -> list[Agent]:
        self._need_gateway("agents()")
        payload, _ = await self._send(self.routes.gateway_plan("GET", "/a2a/agents", None))
        return [Agent.model_validate(a) for a in payload.get("agents") or []]

    async def send_message(self, agent: str, message: str | Mapping[str, Any]) -> AgentReply:
        self._need_gateway("send_message()")
        plan = self.routes.gateway_plan(
            "POST",
            f"/a2a/{agent}",
            {
                "jsonrpc": "2.0",
                "id": self._next_id(),
                "method": "message/send",
                "params": {"message": _agent_message(message)},
            },
        )
        payload, headers = await self._send(plan)
        result = _jsonrpc_result(payload, "message/send")
        return AgentReply.model_validate({**result, "meta": _meta(self.settings, headers)})

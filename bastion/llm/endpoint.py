"""The request cycle shared by the OpenAI and Anthropic chat endpoints.

authenticate (401 before the body is looked at) -> parse + validate (400) -> build the ``Call`` -> ``pipeline.run`` (stages and
the route) -> render in the client's format: JSON, or SSE chunk by chunk; cache hits are
replayed as streams when the client asked for one. Each API subclass supplies its parsing,
rendering and error shape.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import orjson
from starlette.types import Receive, Scope, Send

from bastion.gateway.authn import credentials_of_scope
from bastion.gateway.body import read_body
from bastion.gateway.call import Call, Content, Kind, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.refusals import RefusalRecorder
from bastion.gateway.semcache.facts import ChatExchange
from bastion.llm.asgi import ClientWatch, call_headers, send_bytes
from bastion.llm.chat import ChatRequest, ChatService, answer_of, completion_chunks
from bastion.llm.content import CompletionContent, MessagesContent
from bastion.llm.errors import refusal_headers, retry_after_header
from bastion.llm.validate import InvalidRequest
from bastion_wire.common import TranslationError

_SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache"), (b"x-accel-buffering", b"no")]


class Parsed:
    """A validated request: the client's model name, the canonical body, stream options."""

    __slots__ = ("model", "body", "stream", "include_usage", "method", "native")

    def __init__(
        self,
        model: str,
        body: dict[str, Any],
        stream: bool,
        include_usage: bool,
        method: str,
        native: dict[str, Any] | None = None,
    ) -> None:
        self.model = model
        self.body = body
        self.stream = stream
        self.include_usage = include_usage
        self.method = method
        #: The client's request when it is not in the canonical shape (Anthropic).
        self.native = native


#: The request headers the endpoint itself reads (credentials, Anthropic beta, cache controls).
_READ_HEADERS = frozenset(
    {
        b"authorization",
        b"x-api-key",
        b"api-key",
        b"anthropic-beta",
        b"cache-control",
        b"x-bastion-cache-ttl",
        b"x-bastion-cache-namespace",
    }
)


def read_headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """The headers in ``_READ_HEADERS`` in one pass over the scope's list (ASGI names are
    lower-case); the first occurrence wins, as with Starlette's ``Headers.get``."""
    out: dict[str, str] = {}
    for k, v in raw:
        if k in _READ_HEADERS:
            name = k.decode("latin-1")
            if name not in out:
                out[name] = v.decode("latin-1")
    return out


def chat_exchange(body: dict[str, Any], headers: Mapping[str, str], stream: bool) -> ChatExchange:
    """What the semantic cache reads (see ``bastion.gateway.semcache``)."""
    cc = headers.get("cache-control")
    ttl_header = headers.get("x-bastion-cache-ttl")
    try:
        ttl = float(ttl_header) if ttl_header else None
    except ValueError:
        ttl = None
    return ChatExchange(
        body,
        stream=stream,
        cache_control=cc.lower() if cc else None,
        cache_ttl=ttl,
        cache_namespace=headers.get("x-bastion-cache-namespace"),
    )


def new_call(scope: Scope, kind: Kind, method: str) -> Call:
    """The call for one request, before its body is parsed (the model is filled in then)."""
    return Call(
        front_door="llm",
        kind=kind,
        target="",
        credentials=credentials_of_scope(scope),
        method=method,
        trace_id=trace_id_of(scope),
    )


class ChatEndpoint:
    """Plain ASGI app for one chat API."""

    #: The call's method until the body says otherwise (the audit record of a 401).
    method = "chat"

    def __init__(self, pipeline: Pipeline, service: ChatService, refusals: RefusalRecorder | None = None) -> None:
        self.pipeline = pipeline
        self.service = service
        #: Records requests refused before they could become a call (unparseable bodies).
        self.refusals = refusals

    # -- per API -----------------------------------------------------------------------------

    def parse(self, data: Any) -> Parsed:
        raise NotImplementedError

    def error_body(self, status: int, code: str, message: str) -> bytes:
        raise NotImplementedError

    def render(self, completion: dict[str, Any], p: Parsed) -> bytes:
        raise NotImplementedError

    def input_content(self, p: Parsed) -> Content:
        return MessagesContent(p.body)

    def render_call(self, call: Call, p: Parsed) -> bytes:
        """The JSON answer: a cache hit's stored completion or the route's output."""
        if call.served_from_cache:
            return self.render(answer_of(call), p)
        assert isinstance(call.output, CompletionContent)
        return self.render(call.output.completion, p)

    def stream_state(self, p: Parsed) -> Any:
        return None

    def frames(self, chunk: dict[str, Any], p: Parsed, state: Any) -> bytes:
        raise NotImplementedError

    def end_frames(self, p: Parsed, state: Any) -> bytes:
        raise NotImplementedError

    def error_frame(self, status: int, code: str, message: str) -> bytes:
        raise NotImplementedError

    # -- the cycle ---------------------------------------------------------------------------

    async def error(
        self,
        send: Send,
        status: int,
        code: str,
        message: str,
        headers: list[tuple[bytes, bytes]] | None = None,
        retry_after: float | None = None,
    ) -> None:
        extra = list(headers or [])
        for k, v in retry_after_header(retry_after).items():
            extra.append((k.encode(), v.encode()))
        await send_bytes(send, status, self.error_body(status, code, message), extra)

    async def malformed(self, scope: Scope, send: Send, message: str) -> None:
        """A request refused before it could become a call: recorded, then answered (400)."""
        if self.refusals is not None:
            trace_id_of(scope)
            self.refusals.record_scope("llm", scope, 400, "bad_request", message)
        await self.error(send, 400, "bad_request", message)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_body = await read_body(receive)
        if not request_body.complete:
            return  # the client went away
        raw = request_body.data
        wanted = read_headers(scope["headers"])
        call = new_call(scope, "chat", self.method)
        # Who is calling is settled before the body is looked at: an unauthenticated caller
        # gets 401 whatever it sent, never a validation message about the body.
        try:
            await self.pipeline.authenticate(call)
        except Refusal as r:
            await self.error(send, r.status, r.code, r.message, call_headers(call), r.retry_after)
            return
        try:
            p = self.parse(orjson.loads(raw))
        except orjson.JSONDecodeError:
            await self.malformed(scope, send, "the request body is not valid JSON")
            return
        except (InvalidRequest, TranslationError) as e:
            await self.malformed(scope, send, str(e))
            return
        call.target = p.model
        call.method = p.method
        call.request = ChatRequest(p.body, p.stream, anthropic_beta=wanted.get("anthropic-beta"))
        call.input = self.input_content(p)
        call.put(chat_exchange(p.body, wanted, p.stream))
        watch = ClientWatch(scope, receive, call)
        try:
            try:
                await self.pipeline.run(call, self.service.route)
            except Refusal as r:
                watch.stop()
                await self.error(
                    send, r.status, r.code, r.message, call_headers(call) + refusal_headers(r.data), r.retry_after
                )
                return
            if p.stream:
                await self._stream(send, call, p, watch)
            else:
                body = self.render_call(call, p)
                watch.stop()
                await send_bytes(send, 200, body, call_headers(call))
        except asyncio.CancelledError:
            if not watch.swallow():
                raise
        finally:
            watch.stop()

    async def _stream(self, send: Send, call: Call, p: Parsed, watch: ClientWatch) -> None:
        chunks: Any = call.stream
        if chunks is None:  # a cache hit: replay the stored completion
            completion = answer_of(call)
            replay = completion_chunks(completion, True)
            chunks = None
        await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS + call_headers(call)})
        state = self.stream_state(p)
        try:
            if chunks is None:
                for ch in replay:
                    await send({"type": "http.response.body", "body": self.frames(ch, p, state), "more_body": True})
            else:
                async for ch in chunks:
                    data = self.frames(ch, p, state)
                    if data:
                        await send({"type": "http.response.body", "body": data, "more_body": True})
            tail = self.end_frames(p, state)
        except Refusal as r:
            tail = self.error_frame(r.status, r.code, r.message)
        finally:
            if chunks is not None:
                await chunks.aclose()
        watch.stop()
        await send({"type": "http.response.body", "body": tail, "more_body": False})

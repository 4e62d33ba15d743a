"""OpenAI-compatible endpoints: ``POST /v1/chat/completions``, ``GET /v1/models``,
``POST /v1/embeddings``."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from bastion.gateway.authn import credentials_of
from bastion.gateway.authz import Authorizer
from bastion.gateway.body import read_body
from bastion.gateway.call import Call, Listed, Refusal, TextContent
from bastion.gateway.guard import trace_id_of
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.refusals import RefusalRecorder
from bastion.llm.asgi import ClientWatch, call_headers, send_bytes
from bastion.llm.chat import ChatRequest, ChatService
from bastion.llm.endpoint import ChatEndpoint, Parsed, new_call
from bastion.llm.errors import anthropic_error_response, openai_error_body, openai_error_response
from bastion.llm.facts import EmbeddingsResult
from bastion.llm.router import Router
from bastion.llm.validate import InvalidRequest, check_embeddings, check_openai_chat

_DONE = b"data: [DONE]\n\n"


class ChatCompletions(ChatEndpoint):
    method = "chat.completions"

    def parse(self, data: Any) -> Parsed:
        model = check_openai_chat(data)
        stream = bool(data.get("stream"))
        include_usage = bool((data.get("stream_options") or {}).get("include_usage"))
        return Parsed(model, data, stream, include_usage, "chat.completions")

    def error_body(self, status: int, code: str, message: str) -> bytes:
        return openai_error_body(status, code, message)

    def render(self, completion: dict[str, Any], p: Parsed) -> bytes:
        return orjson.dumps(completion)

    def frames(self, chunk: dict[str, Any], p: Parsed, state: Any) -> bytes:
        if not p.include_usage and not chunk.get("choices") and "usage" in chunk:
            return b""  # usage was asked upstream for our own accounting only
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    def end_frames(self, p: Parsed, state: Any) -> bytes:
        return _DONE

    def error_frame(self, status: int, code: str, message: str) -> bytes:
        return b"data: " + openai_error_body(status, code, message) + b"\n\n"


class Models:
    """``GET /v1/models``: only the models this principal may use (OpenAI list shape, or the
    Anthropic one when the client sends ``anthropic-version``). A pipeline call of kind
    ``list`` (authenticated, rate-limited, audited with the count); the route filters the
    models by the caller's grants."""

    def __init__(self, pipeline: Pipeline, router: Router, authorizer: Authorizer) -> None:
        self.pipeline = pipeline
        self.router = router
        self.authorizer = authorizer

    async def __call__(self, request: Request) -> Response:
        anthropic = "anthropic-version" in request.headers
        call = Call(
            front_door="llm",
            kind="list",
            target="models",
            credentials=credentials_of(request),
            method="models.list",
            trace_id=trace_id_of(request.scope),
        )
        names: list[str] = []

        async def route(c: Call) -> None:
            assert c.principal is not None
            names.extend(n for n in self.router.public_models() if self.authorizer.may_use_model(c.principal, n))
            c.put(Listed(len(names)))

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            render = anthropic_error_response if anthropic else openai_error_response
            return render(r.status, r.code, r.message, r.retry_after)
        if anthropic:
            data = [{"type": "model", "id": n, "display_name": n, "created_at": "2026-01-01T00:00:00Z"} for n in names]
            body: dict[str, Any] = {
                "data": data,
                "has_more": False,
                "first_id": names[0] if names else None,
                "last_id": names[-1] if names else None,
            }
        else:
            body = {
                "object": "list",
                "data": [
                    {
                        "id": n,
                        "object": "model",
                        "created": 0,
                        "owned_by": n.split("/", 1)[0] if "/" in n else "bastion",
                    }
                    for n in names
                ],
            }
        return Response(orjson.dumps(body), media_type="application/json")


class Embeddings:
    """``POST /v1/embeddings`` through the (cache-less) embeddings pipeline."""

    def __init__(self, pipeline: Pipeline, service: ChatService, refusals: RefusalRecorder | None = None) -> None:
        self.pipeline = pipeline
        self.service = service
        self.refusals = refusals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive)
        if not body.complete:
            return  # the client went away
        raw = body.data
        call = new_call(scope, "embedding", "embeddings")
        try:
            await self.pipeline.authenticate(call)  # before the body is looked at (see ChatEndpoint)
            data = orjson.loads(raw)
            model = check_embeddings(data)
        except Refusal as r:
            await send_bytes(send, r.status, openai_error_body(r.status, r.code, r.message), call_headers(call))
            return
        except (orjson.JSONDecodeError, InvalidRequest) as e:
            message = str(e) if isinstance(e, InvalidRequest) else "the request body is not valid JSON"
            if self.refusals is not None:
                # Refused before it could become a call: recorded all the same.
                trace_id_of(scope)
                self.refusals.record_scope("llm", scope, 400, "bad_request", message)
            await send_bytes(send, 400, openai_error_body(400, "bad_request", message), [])
            return
        call.target = model
        call.request = ChatRequest(data)
        inputs = data["input"]
        call.input = TextContent([inputs] if isinstance(inputs, str) else [x for x in inputs if isinstance(x, str)])
        watch = ClientWatch(scope, receive, call)
        try:
            try:
                await self.pipeline.run(call, self.service.route_embedding)
            except Refusal as r:
                watch.stop()
                ra = [(b"retry-after", str(max(1, int(r.retry_after + 0.999))).encode())] if r.retry_after else []
                await send_bytes(
                    send, r.status, openai_error_body(r.status, r.code, r.message), call_headers(call) + ra
                )
                return
            embedded = call.fact(EmbeddingsResult)
            result = embedded.result if embedded is not None else {}
            watch.stop()
            await send_bytes(send, 200, orjson.dumps(result), call_headers(call))
        except asyncio.CancelledError:
            if not watch.swallow():
                raise
        finally:
            watch.stop()


__all__ = ["ChatCompletions", "Embeddings", "Models", "openai_error_response"]

"""The route: what the pipeline calls to get a completion from the upstream.

Requests arrive here in the canonical OpenAI shape (the Anthropic endpoint translated them);
the router picks deployments; answers go back on the call (``call.output`` or ``call.stream``)
together with usage, cost and the completed ``chat_response`` the semantic cache stores.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

from bastion.gateway.call import Call, Refusal
from bastion.gateway.pipeline import StageOutcome
from bastion.gateway.semcache.facts import ChatExchange
from bastion.llm.content import (
    AnthropicEventText,
    AnthropicMessageContent,
    AnthropicRequestContent,
    ChunkText,
    CompletionContent,
    MessagesContent,
)
from bastion.llm.facts import EmbeddingsResult, Routed
from bastion.llm.providers.anthropic import AnthropicProvider
from bastion.llm.providers.base import UpstreamError
from bastion.llm.router import Deployment, Plan, Router
from bastion.llm.usage import UsageRecorder
from bastion_wire.anthropic import (
    AnthropicToOpenAIStream,
    StreamError,
    request_from_anthropic,
    response_from_anthropic,
)


@dataclass(slots=True)
class ChatRequest:
    """``call.request`` for LLM calls."""

    body: dict[str, Any]  # canonical OpenAI request (before input policy)
    stream: bool = False
    plan: Plan | None = None
    #: The client's ``anthropic-beta`` header, passed on to Anthropic upstreams only.
    anthropic_beta: str | None = None


class ResolveModel:
    """Request stage after authorize/limit: unknown models are answered 404 before any policy,
    cache or upstream work."""

    name = "resolve"

    def __init__(self, router: Router) -> None:
        self.router = router

    async def process(self, call: Call) -> StageOutcome:
        plan = self.router.resolve(call.target, embedding=call.kind == "embedding")
        if plan is None:
            raise Refusal(404, "not_found", f"The model '{call.target}' does not exist or is not configured")
        call.request.plan = plan
        return None


class StreamAssembler:
    """Builds the ``chat.completion`` a stream amounts to (for the cache and the trace)."""

    __slots__ = ("id", "model", "created", "choices", "usage")

    def __init__(self) -> None:
        self.id = ""
        self.model = ""
        self.created = 0
        self.choices: dict[int, dict[str, Any]] = {}
        self.usage: dict[str, Any] | None = None

    def add(self, ch: dict[str, Any]) -> None:
        if not self.id:
            self.id, self.model, self.created = ch.get("id", ""), ch.get("model", ""), ch.get("created", 0)
        if ch.get("usage"):
            self.usage = ch["usage"]
        for c in ch.get("choices") or ():
            state = self.choices.get(c.get("index", 0))
            if state is None:
                state = self.choices[c.get("index", 0)] = {"text": [], "tools": {}, "finish": None}
            delta = c.get("delta") or {}
            if delta.get("content"):
                state["text"].append(delta["content"])
            for tc in delta.get("tool_calls") or ():
                t = state["tools"].setdefault(tc.get("index", 0), {"id": None, "name": "", "args": []})
                if tc.get("id"):
                    t["id"] = tc["id"]
                fn = tc.get("function") or {}
                if fn.get("name"):
                    t["name"] = fn["name"]
                if fn.get("arguments"):
                    t["args"].append(fn["arguments"])
            if c.get("finish_reason"):
                state["finish"] = c["finish_reason"]

    def completion(self) -> dict[str, Any]:
        choices = []
        for i in sorted(self.choices):
            s = self.choices[i]
            message: dict[str, Any] = {
                "role": "assistant",
                "content": "".join(s["text"]) if s["text"] or not s["tools"] else None,
            }
            if s["tools"]:
                message["tool_calls"] = [
                    {
                        "id": t["id"],
                        "type": "function",
                        "function": {"name": t["name"], "arguments": "".join(t["args"])},
                    }
                    for _, t in sorted(s["tools"].items())
                ]
            choices.append({"index": i, "message": message, "finish_reason": s["finish"] or "stop", "logprobs": None})
        out: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "choices": choices,
        }
        if self.usage is not None:
            out["usage"] = self.usage
        return out


def completion_chunks(completion: dict[str, Any], include_usage: bool) -> list[dict[str, Any]]:
    """A stored completion replayed as stream chunks (cache hits on streaming requests)."""
    base = {
        "id": completion.get("id", ""),
        "object": "chat.completion.chunk",
        "created": completion.get("created", 0),
        "model": completion.get("model", ""),
    }
    out = []
    for c in completion.get("choices") or []:
        i = c.get("index", 0)
        msg = c.get("message") or {}
        out.append(
            {**base, "choices": [{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
        )
        if msg.get("content"):
            out.append({**base, "choices": [{"index": i, "delta": {"content": msg["content"]}, "finish_reason": None}]})
        for j, tc in enumerate(msg.get("tool_calls") or []):
            out.append(
                {
                    **base,
                    "choices": [{"index": i, "delta": {"tool_calls": [{"index": j, **tc}]}, "finish_reason": None}],
                }
            )
        out.append({**base, "choices": [{"index": i, "delta": {}, "finish_reason": c.get("finish_reason") or "stop"}]})
    if include_usage and completion.get("usage"):
        out.append({**base, "choices": [], "usage": completion["usage"]})
    return out


class ChatService:
    """Binds calls to the router and records what came back."""

    def __init__(self, router: Router, usage: UsageRecorder) -> None:
        self.router = router
        self.usage = usage

    @staticmethod
    def _bodies(call: Call) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """(canonical OpenAI body, native Anthropic body or None) after input policy."""
        content = call.input
        if isinstance(content, AnthropicRequestContent):
            native = content.request
            # Redacted: translate the redacted native request again.
            canonical = request_from_anthropic(native) if call.redacted else call.request.body
            return canonical, native
        if isinstance(content, MessagesContent):
            return content.request, None
        return call.request.body, None

    async def route(self, call: Call) -> None:
        req: ChatRequest = call.request
        assert req.plan is not None, "ResolveModel runs before the route"
        body, native = self._bodies(call)
        beta = req.anthropic_beta
        if req.stream:

            async def open_stream(d: Deployment) -> tuple[bool, AsyncIterator[dict[str, Any]]]:
                if native is not None and isinstance(d.provider, AnthropicProvider):
                    return True, await d.provider.open_messages_stream(native, d.model, d.timeout_s, beta)
                return False, await d.provider.open_stream(body, d.model, d.timeout_s)

            (is_native, stream), dep, attempts = await self.router.attempt(req.plan, open_stream)
            self._attempts(call, dep, attempts)
            if is_native:
                call.stream_text = AnthropicEventText()
                call.stream = self._assembled_native(call, stream, dep)
            else:
                call.stream_text = ChunkText()
                call.stream = self._assembled(call, stream, dep)
            return

        async def complete(d: Deployment) -> tuple[bool, dict[str, Any]]:
            if native is not None and isinstance(d.provider, AnthropicProvider):
                return True, await d.provider.messages(native, d.model, d.timeout_s, beta)
            return False, await d.provider.chat(body, d.model, d.timeout_s)

        (is_native, result), dep, attempts = await self.router.attempt(req.plan, complete)
        self._attempts(call, dep, attempts)
        if is_native:
            completion = response_from_anthropic(result)
            call.output = AnthropicMessageContent(result)
        else:
            completion = result
            call.output = CompletionContent(result)
        _answer(call, completion)
        self.usage.record(call, dep, completion.get("usage"))

    async def route_embedding(self, call: Call) -> None:
        req: ChatRequest = call.request
        assert req.plan is not None
        body = req.body
        if call.redacted and call.input is not None:
            # The input policy redacted the texts: those, not the originals, go upstream.
            body = {**body, "input": call.input.texts()}
        result, dep, attempts = await self.router.embed(req.plan, body)
        self._attempts(call, dep, attempts)
        call.put(EmbeddingsResult(result))
        self.usage.record(call, dep, result.get("usage"))

    def _attempts(self, call: Call, dep: Deployment, attempts: int) -> None:
        call.put(Routed(dep.provider.name, dep.key, attempts if attempts > 1 else None))
        self.usage.attempted(dep, attempts)

    async def _assembled(
        self, call: Call, stream: AsyncIterator[dict[str, Any]], dep: Deployment
    ) -> AsyncIterator[dict[str, Any]]:
        """Pass chunks through, assembling the completion; when the upstream finished, put it,
        usage and cost on the call before the stream ends (the cache stores it then)."""
        asm = StreamAssembler()
        try:
            async with aclosing(stream) as it:  # type: ignore[type-var]
                async for ch in it:
                    asm.add(ch)
                    yield ch
        except UpstreamError as e:
            call.error_code = "upstream_stream_error"
            self.usage.record(call, dep, asm.usage)
            raise Refusal(502, "upstream_error", e.message) from None
        _answer(call, asm.completion())
        self.usage.record(call, dep, asm.usage)

    async def _assembled_native(
        self, call: Call, events: AsyncIterator[dict[str, Any]], dep: Deployment
    ) -> AsyncIterator[dict[str, Any]]:
        """Native Anthropic events pass through unchanged; an OpenAI view of them is assembled
        alongside for the cache, usage and cost."""
        conv = AnthropicToOpenAIStream()
        asm = StreamAssembler()
        try:
            async with aclosing(events) as it:  # type: ignore[type-var]
                async for ev in it:
                    for ch in conv.feed(ev):
                        asm.add(ch)
                    yield ev
        except (UpstreamError, StreamError) as e:
            call.error_code = "upstream_stream_error"
            self.usage.record(call, dep, asm.usage)
            raise Refusal(502, "upstream_error", str(e)) from None
        _answer(call, asm.completion())
        self.usage.record(call, dep, asm.usage)


def _answer(call: Call, completion: dict[str, Any]) -> None:
    """The canonical (OpenAI) answer, for the cache and for rendering."""
    chat = call.fact(ChatExchange)
    if chat is not None:
        chat.response = completion


def answer_of(call: Call) -> dict[str, Any]:
    """The canonical answer put by the route or a cache hit (empty when there is none)."""
    chat = call.fact(ChatExchange)
    return chat.response if chat is not None and chat.response is not None else {}

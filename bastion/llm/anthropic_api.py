"""Anthropic-compatible endpoint: ``POST /v1/messages`` (named SSE events when streaming).

Requests are validated and translated to the canonical OpenAI shape (for the cache and for
non-Anthropic providers). When the chosen deployment is Anthropic the client's own request goes
upstream unchanged (apart from policy redactions), so ``cache_control``, thinking and other
Anthropic-only features keep working, and the native answer or events come back as they are.
"""

from __future__ import annotations

from typing import Any

import orjson

from bastion.gateway.call import Call
from bastion.llm.chat import answer_of
from bastion.llm.content import LATE_TEXT_INDEX, AnthropicMessageContent, AnthropicRequestContent, CompletionContent
from bastion.llm.endpoint import ChatEndpoint, Parsed
from bastion.llm.errors import anthropic_error_body
from bastion.llm.validate import check_anthropic
from bastion_wire.anthropic import OpenAIToAnthropicStream, request_from_anthropic, response_to_anthropic


def _event(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


class AnthropicWriter:
    """Writes a stream as Anthropic SSE events, whether it carries OpenAI chunks (any provider)
    or native Anthropic events (pass-through). For native streams the closing
    ``message_delta``/``message_stop`` are held back so that text the output policy releases
    at the very end still goes out, in a block of its own, before them."""

    def __init__(self, model: str) -> None:
        self.conv = OpenAIToAnthropicStream(model)
        self.native = False
        self.held: list[dict[str, Any]] = []
        self.last_index = -1

    def feed(self, ch: dict[str, Any]) -> bytes:
        if "object" in ch:  # an OpenAI chunk
            return b"".join(_event(n, d) for n, d in self.conv.feed(ch))
        self.native = True
        kind = ch.get("type", "")
        if kind in ("message_delta", "message_stop"):
            self.held.append(ch)
            return b""
        if kind == "content_block_delta" and ch.get("index") == LATE_TEXT_INDEX:
            self.last_index += 1
            i = self.last_index
            return (
                _event(
                    "content_block_start",
                    {"type": "content_block_start", "index": i, "content_block": {"type": "text", "text": ""}},
                )
                + _event("content_block_delta", {**ch, "index": i})
                + _event("content_block_stop", {"type": "content_block_stop", "index": i})
            )
        if kind == "message_start":
            ch = {**ch, "message": {**(ch.get("message") or {}), "model": self.conv.model}}
        if kind == "content_block_start":
            self.last_index = max(self.last_index, int(ch.get("index", 0)))
        return _event(kind, ch)

    def end(self) -> bytes:
        if self.native:
            return b"".join(_event(e.get("type", ""), e) for e in self.held)
        return b"".join(_event(n, d) for n, d in self.conv.finish_events())


class Messages(ChatEndpoint):
    method = "messages"

    def parse(self, data: Any) -> Parsed:
        model = check_anthropic(data)
        body = request_from_anthropic(data)
        stream = bool(data.get("stream"))
        return Parsed(model, body, stream, True, "messages", native=data)

    def input_content(self, p: Parsed) -> AnthropicRequestContent:
        assert p.native is not None
        return AnthropicRequestContent(p.native)

    def error_body(self, status: int, code: str, message: str) -> bytes:
        return anthropic_error_body(status, code, message)

    def render(self, completion: dict[str, Any], p: Parsed) -> bytes:
        return orjson.dumps(response_to_anthropic(completion, p.model))

    def render_call(self, call: Call, p: Parsed) -> bytes:
        if not call.served_from_cache and isinstance(call.output, AnthropicMessageContent):
            # The model named as the client asked for it, as on the translated path.
            return orjson.dumps({**call.output.message, "model": p.model})
        if not call.served_from_cache:
            assert isinstance(call.output, CompletionContent)
            return self.render(call.output.completion, p)
        return self.render(answer_of(call), p)

    def stream_state(self, p: Parsed) -> AnthropicWriter:
        return AnthropicWriter(p.model)

    def frames(self, chunk: dict[str, Any], p: Parsed, state: AnthropicWriter) -> bytes:
        return state.feed(chunk)

    def end_frames(self, p: Parsed, state: AnthropicWriter) -> bytes:
        return state.end()

    def error_frame(self, status: int, code: str, message: str) -> bytes:
        return _event("error", orjson.loads(anthropic_error_body(status, code, message)))

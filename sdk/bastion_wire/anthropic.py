"""OpenAI chat completions <-> Anthropic Messages: requests, responses and streams, both ways.

Used in two places: the Anthropic *provider* (an OpenAI-shaped request goes to Anthropic, its
answer comes back OpenAI-shaped) and the Anthropic *endpoint* (a client speaking the Messages
API is served by any provider through the canonical OpenAI shape).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bastion_wire.common import (
    TranslationError,
    chunk,
    completion,
    dump_arguments,
    new_id,
    now,
    parse_arguments,
    split_data_url,
    stop_list,
    text_of,
    usage_chunk,
    usage_dict,
)

DEFAULT_MAX_TOKENS = 4096

#: Anthropic stop_reason -> OpenAI finish_reason.
FINISH_FROM_ANTHROPIC = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
    "pause_turn": "stop",
    "model_context_window_exceeded": "length",
}
#: OpenAI finish_reason -> Anthropic stop_reason.
STOP_FROM_OPENAI = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}

#: Top-level Messages fields that have an OpenAI counterpart (handled explicitly); the rest are
#: kept in ``_anthropic`` so an Anthropic upstream still receives them (thinking, top_k ...).
_KNOWN_ANTHROPIC_FIELDS = frozenset(
    {
        "model",
        "messages",
        "system",
        "max_tokens",
        "stop_sequences",
        "temperature",
        "top_p",
        "stream",
        "tools",
        "tool_choice",
        "metadata",
    }
)
#: OpenAI fields translated explicitly when sending to Anthropic; other unknown OpenAI fields
#: are dropped there (Anthropic rejects unknown fields).
EXTRA_KEY = "_anthropic"


# --------------------------------------------------------------------------- OpenAI -> Anthropic


def _image_block(url: str) -> dict[str, Any]:
    data = split_data_url(url)
    if data is not None:
        return {"type": "image", "source": {"type": "base64", "media_type": data[0], "data": data[1]}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _user_blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks: list[dict[str, Any]] = []
    for part in content or []:
        kind = part.get("type")
        if kind == "text":
            blocks.append({"type": "text", "text": part.get("text", "")})
        elif kind == "image_url":
            image = part.get("image_url") or {}
            url = image.get("url") if isinstance(image, dict) else image
            blocks.append(_image_block(str(url)))
        else:
            raise TranslationError(f"content part type '{kind}' is not supported by this provider")
    return blocks


def request_to_anthropic(req: dict[str, Any], model: str) -> dict[str, Any]:
    """An OpenAI chat-completions request as an Anthropic Messages request for ``model``."""
    if int(req.get("n") or 1) != 1:
        raise TranslationError("n > 1 is not supported by this provider")
    system: list[str] = []
    messages: list[dict[str, Any]] = []

    def push(role: str, blocks: list[dict[str, Any]]) -> None:
        # Anthropic wants alternating roles: merge consecutive turns of the same role.
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"].extend(blocks)
        else:
            messages.append({"role": role, "content": blocks})

    for m in req["messages"]:
        role = m.get("role")
        if role in ("system", "developer"):
            system.append(text_of(m.get("content")))
        elif role == "user":
            push("user", _user_blocks(m.get("content")))
        elif role == "assistant":
            blocks: list[dict[str, Any]] = []
            text = text_of(m.get("content"))
            if text:
                blocks.append({"type": "text", "text": text})
            for tc in m.get("tool_calls") or []:
                fn = tc.get("function") or {}
                blocks.append(
                    {
                        "type": "tool_use",
                        "id": tc.get("id") or new_id("toolu_"),
                        "name": fn.get("name", ""),
                        "input": parse_arguments(fn.get("arguments")),
                    }
                )
            if blocks:
                push("assistant", blocks)
        elif role == "tool":
            push(
                "user",
                [
                    {
                        "type": "tool_result",
                        "tool_use_id": m.get("tool_call_id", ""),
                        "content": text_of(m.get("content")),
                    }
                ],
            )
        else:
            raise TranslationError(f"message role '{role}' is not supported")

    out: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "max_tokens": int(req.get("max_completion_tokens") or req.get("max_tokens") or DEFAULT_MAX_TOKENS),
    }
    if system:
        out["system"] = "\n\n".join(system)
    for key in ("temperature", "top_p"):
        if req.get(key) is not None:
            out[key] = req[key]
    stops = stop_list(req.get("stop"))
    if stops:
        out["stop_sequences"] = stops
    if req.get("stream"):
        out["stream"] = True
    if req.get("user"):
        out["metadata"] = {"user_id": str(req["user"])}
    tools = req.get("tools")
    if tools:
        out["tools"] = [
            {
                "name": t["function"]["name"],
                "description": t["function"].get("description", ""),
                "input_schema": t["function"].get("parameters") or {"type": "object", "properties": {}},
            }
            for t in tools
            if t.get("type") == "function"
        ]
        choice = _tool_choice_to_anthropic(req.get("tool_choice"), req.get("parallel_tool_calls"))
        if choice is not None:
            out["tool_choice"] = choice
    out.update(req.get(EXTRA_KEY) or {})
    return out


def _tool_choice_to_anthropic(choice: Any, parallel: Any) -> dict[str, Any] | None:
    out: dict[str, Any] | None
    if choice is None or choice == "auto":
        out = {"type": "auto"} if parallel is False else None
    elif choice == "none":
        out = {"type": "none"}
    elif choice == "required":
        out = {"type": "any"}
    elif isinstance(choice, dict):
        out = {"type": "tool", "name": (choice.get("function") or {}).get("name", "")}
    else:
        raise TranslationError(f"tool_choice {choice!r} is not supported")
    if out is not None and parallel is False:
        out["disable_parallel_tool_use"] = True
    return out


def anthropic_usage(usage: dict[str, Any] | None) -> dict[str, int]:
    """Anthropic usage as OpenAI usage (cached prompt tokens count as prompt tokens)."""
    u = usage or {}
    prompt = (
        int(u.get("input_tokens") or 0)
        + int(u.get("cache_read_input_tokens") or 0)
        + int(u.get("cache_creation_input_tokens") or 0)
    )
    return usage_dict(prompt, int(u.get("output_tokens") or 0))


def response_from_anthropic(resp: dict[str, Any]) -> dict[str, Any]:
    """An Anthropic Messages response as an OpenAI ``chat.completion``."""
    texts: list[str] = []
    tool_calls: list[dict[str, Any]] = []
    for block in resp.get("content") or []:
        kind = block.get("type")
        if kind == "text":
            texts.append(block.get("text", ""))
        elif kind == "tool_use":
            tool_calls.append(
                {
                    "id": block.get("id") or new_id("call_"),
                    "type": "function",
                    "function": {"name": block.get("name", ""), "arguments": dump_arguments(block.get("input"))},
                }
            )
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts or not tool_calls else None}
    if tool_calls:
        message["tool_calls"] = tool_calls
    finish = FINISH_FROM_ANTHROPIC.get(resp.get("stop_reason") or "end_turn", "stop")
    return completion(
        id=resp.get("id") or new_id("chatcmpl-"),
        model=resp.get("model", ""),
        choices=[{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        usage=anthropic_usage(resp.get("usage")),
    )


class AnthropicToOpenAIStream:
    """Turns Anthropic stream events (parsed ``data:`` objects) into OpenAI chunks.

    Usage arrives in ``message_start`` (input) and ``message_delta`` (output); it is emitted as
    the final usage-only chunk, as OpenAI does with ``include_usage``.
    """

    def __init__(self) -> None:
        self.id = new_id("chatcmpl-")
        self.model = ""
        self.created = now()
        self.usage_in: dict[str, Any] = {}
        self.output_tokens = 0
        self.tool_index: dict[int, int] = {}  # anthropic block index -> openai tool_call index
        self.finish: str | None = None
        #: ``message_stop`` seen: the stream is complete.
        self.stopped = False

    def feed(self, event: dict[str, Any]) -> Iterator[dict[str, Any]]:
        kind = event.get("type")
        if kind == "message_start":
            msg = event.get("message") or {}
            self.id = msg.get("id") or self.id
            self.model = msg.get("model") or self.model
            self.usage_in = msg.get("usage") or {}
            self.output_tokens = int(self.usage_in.get("output_tokens") or 0)
            yield chunk(self.id, self.model, self.created, {"role": "assistant", "content": ""})
        elif kind == "content_block_start":
            block = event.get("content_block") or {}
            if block.get("type") == "tool_use":
                i = len(self.tool_index)
                self.tool_index[int(event.get("index", 0))] = i
                yield chunk(
                    self.id,
                    self.model,
                    self.created,
                    {
                        "tool_calls": [
                            {
                                "index": i,
                                "id": block.get("id"),
                                "type": "function",
                                "function": {"name": block.get("name", ""), "arguments": ""},
                            }
                        ]
                    },
                )
            elif block.get("type") == "text" and block.get("text"):
                yield chunk(self.id, self.model, self.created, {"content": block["text"]})
        elif kind == "content_block_delta":
            delta = event.get("delta") or {}
            dtype = delta.get("type")
            if dtype == "text_delta":
                yield chunk(self.id, self.model, self.created, {"content": delta.get("text", "")})
            elif dtype == "input_json_delta":
                i = self.tool_index.get(int(event.get("index", 0)), 0)
                yield chunk(
                    self.id,
                    self.model,
                    self.created,
                    {
                        "tool_calls": [
                            {
                                "index": i,
                                "function": {"arguments": delta.get("partial_json", "")},
                            }
                        ]
                    },
                )
        elif kind == "message_delta":
            delta = event.get("delta") or {}
            if delta.get("stop_reason"):
                self.finish = FINISH_FROM_ANTHROPIC.get(delta["stop_reason"], "stop")
            usage = event.get("usage") or {}
            if usage.get("output_tokens") is not None:
                self.output_tokens = int(usage["output_tokens"])
        elif kind == "message_stop":
            self.stopped = True
            yield chunk(self.id, self.model, self.created, {}, self.finish or "stop")
            usage = dict(self.usage_in)
            usage["output_tokens"] = self.output_tokens
            yield usage_chunk(self.id, self.model, self.created, anthropic_usage(usage))
        elif kind == "error":
            err = event.get("error") or {}
            raise StreamError(str(err.get("message") or "upstream stream error"))


class StreamError(Exception):
    """The upstream reported an error inside a stream that had already started."""


# --------------------------------------------------------------------------- Anthropic -> OpenAI


def _image_part(source: dict[str, Any]) -> dict[str, Any]:
    if source.get("type") == "base64":
        url = f"data:{source.get('media_type', 'image/png')};base64,{source.get('data', '')}"
    else:
        url = str(source.get("url", ""))
    return {"type": "image_url", "image_url": {"url": url}}


def request_from_anthropic(req: dict[str, Any]) -> dict[str, Any]:
    """An Anthropic Messages request in the canonical OpenAI shape.

    Fields with no OpenAI counterpart (``thinking``, ``top_k`` ...) travel under ``_anthropic``
    so that an Anthropic upstream receives them unchanged; other providers ignore them.
    """
    messages: list[dict[str, Any]] = []
    system = req.get("system")
    if system:
        messages.append({"role": "system", "content": text_of(system)})
    for m in req["messages"]:
        role = m.get("role")
        content = m.get("content")
        if isinstance(content, str):
            messages.append({"role": role, "content": content})
            continue
        parts: list[dict[str, Any]] = []
        tool_calls: list[dict[str, Any]] = []
        for block in content or []:
            kind = block.get("type")
            if kind == "text":
                parts.append({"type": "text", "text": block.get("text", "")})
            elif kind == "image":
                parts.append(_image_part(block.get("source") or {}))
            elif kind == "tool_use":
                tool_calls.append(
                    {
                        "id": block.get("id"),
                        "type": "function",
                        "function": {"name": block.get("name", ""), "arguments": dump_arguments(block.get("input"))},
                    }
                )
            elif kind == "tool_result":
                messages.append(
                    {
                        "role": "tool",
                        "tool_call_id": block.get("tool_use_id", ""),
                        "content": text_of(block.get("content")),
                    }
                )
            elif kind in ("thinking", "redacted_thinking"):
                continue
            else:
                raise TranslationError(f"content block type '{kind}' is not supported")
        if role == "assistant":
            msg: dict[str, Any] = {"role": "assistant", "content": text_of(parts) or None}
            if tool_calls:
                msg["tool_calls"] = tool_calls
            messages.append(msg)
        elif parts:
            only_text = all(p["type"] == "text" for p in parts)
            messages.append({"role": role, "content": text_of(parts) if only_text else parts})
    out: dict[str, Any] = {"model": req["model"], "messages": messages, "max_tokens": req.get("max_tokens")}
    for key in ("temperature", "top_p"):
        if req.get(key) is not None:
            out[key] = req[key]
    if req.get("stop_sequences"):
        out["stop"] = list(req["stop_sequences"])
    if req.get("stream"):
        out["stream"] = True
    user = (req.get("metadata") or {}).get("user_id")
    if user:
        out["user"] = user
    if req.get("tools"):
        out["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": t["name"],
                    "description": t.get("description", ""),
                    "parameters": t.get("input_schema") or {"type": "object", "properties": {}},
                },
            }
            for t in req["tools"]
            if "input_schema" in t or t.get("type") in (None, "custom")
        ]
        choice = req.get("tool_choice")
        if choice:
            kind = choice.get("type")
            if kind == "any":
                out["tool_choice"] = "required"
            elif kind == "tool":
                out["tool_choice"] = {"type": "function", "function": {"name": choice.get("name", "")}}
            elif kind in ("auto", "none"):
                out["tool_choice"] = kind
            if choice.get("disable_parallel_tool_use"):
                out["parallel_tool_calls"] = False
    extra = {k: v for k, v in req.items() if k not in _KNOWN_ANTHROPIC_FIELDS}
    if extra:
        out[EXTRA_KEY] = extra
    return out


def response_to_anthropic(resp: dict[str, Any], model: str) -> dict[str, Any]:
    """An OpenAI ``chat.completion`` as an Anthropic Messages response (first choice)."""
    choice = (resp.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content: list[dict[str, Any]] = []
    text = text_of(message.get("content"))
    if text:
        content.append({"type": "text", "text": text})
    for tc in message.get("tool_calls") or []:
        fn = tc.get("function") or {}
        content.append(
            {
                "type": "tool_use",
                "id": tc.get("id") or new_id("toolu_"),
                "name": fn.get("name", ""),
                "input": parse_arguments(fn.get("arguments")),
            }
        )
    usage = resp.get("usage") or {}
    rid = str(resp.get("id") or "")
    return {
        "id": rid if rid.startswith("msg_") else "msg_" + (rid.removeprefix("chatcmpl-") or new_id("")),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": STOP_FROM_OPENAI.get(choice.get("finish_reason") or "stop", "end_turn"),
        "stop_sequence": None,
        "usage": {
            "input_tokens": int(usage.get("prompt_tokens") or 0),
            "output_tokens": int(usage.get("completion_tokens") or 0),
        },
    }


class OpenAIToAnthropicStream:
    """Turns OpenAI chunks into Anthropic stream events (``(event name, data)`` pairs).

    Blocks are opened lazily (text or tool_use) and closed when the next kind begins; the
    ``message_delta`` with the stop reason and output tokens is sent at the end, once the usage
    chunk (if any) has arrived.
    """

    def __init__(self, model: str) -> None:
        self.model = model
        self.started = False
        self.block = -1
        self.block_kind: str | None = None
        self.tool_blocks: dict[int, int] = {}
        self.finish: str | None = None
        self.usage: dict[str, Any] = {}

    def _start(self, first: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        self.started = True
        rid = str(first.get("id") or "")
        yield (
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": "msg_" + (rid.removeprefix("chatcmpl-") or new_id("")),
                    "type": "message",
                    "role": "assistant",
                    "model": self.model,
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": 0, "output_tokens": 0},
                },
            },
        )

    def _close(self) -> Iterator[tuple[str, dict[str, Any]]]:
        if self.block_kind is not None:
            yield "content_block_stop", {"type": "content_block_stop", "index": self.block}
            self.block_kind = None

    def _open(self, kind: str, block: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        yield from self._close()
        self.block += 1
        self.block_kind = kind
        yield "content_block_start", {"type": "content_block_start", "index": self.block, "content_block": block}

    def feed(self, ch: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        if not self.started:
            yield from self._start(ch)
        if ch.get("usage"):
            self.usage = ch["usage"]
        for choice in ch.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            text = delta.get("content")
            if text:
                if self.block_kind != "text":
                    yield from self._open("text", {"type": "text", "text": ""})
                yield (
                    "content_block_delta",
                    {"type": "content_block_delta", "index": self.block, "delta": {"type": "text_delta", "text": text}},
                )
            for tc in delta.get("tool_calls") or []:
                i = int(tc.get("index", 0))
                fn = tc.get("function") or {}
                if i not in self.tool_blocks:
                    yield from self._open(
                        "tool_use",
                        {
                            "type": "tool_use",
                            "id": tc.get("id") or new_id("toolu_"),
                            "name": fn.get("name", ""),
                            "input": {},
                        },
                    )
                    self.tool_blocks[i] = self.block
                if fn.get("arguments"):
                    yield (
                        "content_block_delta",
                        {
                            "type": "content_block_delta",
                            "index": self.tool_blocks[i],
                            "delta": {"type": "input_json_delta", "partial_json": fn["arguments"]},
                        },
                    )
            if choice.get("finish_reason"):
                self.finish = choice["finish_reason"]

    def finish_events(self) -> Iterator[tuple[str, dict[str, Any]]]:
        if not self.started:
            yield from self._start({})
        yield from self._close()
        yield (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": STOP_FROM_OPENAI.get(self.finish or "stop", "end_turn"),
                    "stop_sequence": None,
                },
                "usage": {
                    "input_tokens": int(self.usage.get("prompt_tokens") or 0),
                    "output_tokens": int(self.usage.get("completion_tokens") or 0),
                },
            },
        )
        yield "message_stop", {"type": "message_stop"}

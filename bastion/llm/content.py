"""How the governance stages see chat traffic as text.

* :class:`MessagesContent` - the request's message texts (input policy, cache key).
* :class:`CompletionContent` - a ``chat.completion``'s message texts (output policy).
* :class:`ChunkText` - the ``StreamText`` adapter over OpenAI chunks (output policy on streams).

Redaction replaces texts in copies; the original dicts are never modified in place.
"""

from __future__ import annotations

from typing import Any


def _message_texts(messages: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for m in messages:
        c = m.get("content")
        if isinstance(c, str):
            if c:
                out.append(c)
        elif isinstance(c, list):
            for part in c:
                if isinstance(part, dict) and part.get("type") == "text" and part.get("text"):
                    out.append(part["text"])
    return out


class MessagesContent:
    """``Content`` over an OpenAI chat-completions request (``request`` is the whole dict)."""

    __slots__ = ("request", "_texts")

    def __init__(self, request: dict[str, Any]) -> None:
        self.request = request
        self._texts: list[str] | None = None

    def texts(self) -> list[str]:
        if self._texts is None:
            self._texts = _message_texts(self.request.get("messages") or [])
        return self._texts

    def with_texts(self, texts: list[str]) -> MessagesContent:
        it = iter(texts)
        messages = []
        for m in self.request.get("messages") or []:
            c = m.get("content")
            if isinstance(c, str) and c:
                m = {**m, "content": next(it)}
            elif isinstance(c, list):
                parts = []
                for part in c:
                    if isinstance(part, dict) and part.get("type") == "text" and part.get("text"):
                        part = {**part, "text": next(it)}
                    parts.append(part)
                m = {**m, "content": parts}
            messages.append(m)
        return MessagesContent({**self.request, "messages": messages})


class CompletionContent:
    """``Content`` over an OpenAI ``chat.completion`` (one text per choice with content)."""

    __slots__ = ("completion",)

    def __init__(self, completion: dict[str, Any]) -> None:
        self.completion = completion

    def texts(self) -> list[str]:
        out = []
        for ch in self.completion.get("choices") or []:
            c = (ch.get("message") or {}).get("content")
            if isinstance(c, str) and c:
                out.append(c)
        return out

    def with_texts(self, texts: list[str]) -> CompletionContent:
        it = iter(texts)
        choices = []
        for ch in self.completion.get("choices") or []:
            msg = ch.get("message") or {}
            c = msg.get("content")
            if isinstance(c, str) and c:
                ch = {**ch, "message": {**msg, "content": next(it)}}
            choices.append(ch)
        return CompletionContent({**self.completion, "choices": choices})


class ChunkText:
    """``StreamText`` over OpenAI ``chat.completion.chunk`` dicts (one per call: it remembers
    the stream's id and model for the chunks it has to create)."""

    __slots__ = ("id", "model", "created")

    def __init__(self) -> None:
        self.id = ""
        self.model = ""
        self.created = 0

    def get_text(self, chunk: Any) -> str | None:
        choices = chunk.get("choices")
        if not choices:
            return None
        if not self.id:
            self.id, self.model, self.created = chunk.get("id", ""), chunk.get("model", ""), chunk.get("created", 0)
        text = (choices[0].get("delta") or {}).get("content")
        return text if isinstance(text, str) and text else None

    def with_text(self, chunk: Any, text: str) -> Any:
        choice = chunk["choices"][0]
        new_choice = {**choice, "delta": {**choice["delta"], "content": text}}
        return {**chunk, "choices": [new_choice, *chunk["choices"][1:]]}

    def text_chunk(self, text: str) -> Any:
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
        }


def _block_texts(content: Any, out: list[str]) -> None:
    if isinstance(content, str):
        if content:
            out.append(content)
        return
    for block in content or ():
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text" and block.get("text"):
            out.append(block["text"])
        elif block.get("type") == "tool_result":
            _block_texts(block.get("content"), out)


def _replace_blocks(content: Any, it: Any) -> Any:
    if isinstance(content, str):
        return next(it) if content else content
    blocks = []
    for block in content or ():
        if isinstance(block, dict):
            if block.get("type") == "text" and block.get("text"):
                block = {**block, "text": next(it)}
            elif block.get("type") == "tool_result":
                block = {**block, "content": _replace_blocks(block.get("content"), it)}
        blocks.append(block)
    return blocks


class AnthropicRequestContent:
    """``Content`` over a native Anthropic Messages request (system, text blocks, tool results),
    kept native so that an Anthropic upstream receives the client's request unchanged
    (``cache_control``, thinking blocks ...) apart from redactions."""

    __slots__ = ("request", "_texts")

    def __init__(self, request: dict[str, Any]) -> None:
        self.request = request
        self._texts: list[str] | None = None

    def texts(self) -> list[str]:
        if self._texts is None:
            out: list[str] = []
            _block_texts(self.request.get("system"), out)
            for m in self.request.get("messages") or ():
                _block_texts(m.get("content"), out)
            self._texts = out
        return self._texts

    def with_texts(self, texts: list[str]) -> AnthropicRequestContent:
        it = iter(texts)
        new = dict(self.request)
        if new.get("system"):
            new["system"] = _replace_blocks(new["system"], it)
        new["messages"] = [{**m, "content": _replace_blocks(m.get("content"), it)} for m in new.get("messages") or ()]
        return AnthropicRequestContent(new)


class AnthropicMessageContent:
    """``Content`` over a native Anthropic ``message`` response (its text blocks)."""

    __slots__ = ("message",)

    def __init__(self, message: dict[str, Any]) -> None:
        self.message = message

    def texts(self) -> list[str]:
        out: list[str] = []
        _block_texts(self.message.get("content"), out)
        return out

    def with_texts(self, texts: list[str]) -> AnthropicMessageContent:
        return AnthropicMessageContent(
            {**self.message, "content": _replace_blocks(self.message.get("content"), iter(texts))}
        )


#: ``index`` of a text delta the output policy released after the upstream's last block: the
#: Anthropic endpoint opens a new text block for it.
LATE_TEXT_INDEX = -1


class AnthropicEventText:
    """``StreamText`` over native Anthropic stream events (``text_delta`` carries the text)."""

    __slots__ = ()

    def get_text(self, event: Any) -> str | None:
        if event.get("type") != "content_block_delta":
            return None
        delta = event.get("delta") or {}
        if delta.get("type") != "text_delta":
            return None
        return delta.get("text") or None

    def with_text(self, event: Any, text: str) -> Any:
        return {**event, "delta": {**event["delta"], "text": text}}

    def text_chunk(self, text: str) -> Any:
        return {"type": "content_block_delta", "index": LATE_TEXT_INDEX, "delta": {"type": "text_delta", "text": text}}

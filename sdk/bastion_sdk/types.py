"""Typed responses and stream chunks (OpenAI and Anthropic shapes), the same in both modes.

Models accept unknown fields (providers add some), so a newer server never breaks parsing.
``meta`` is not part of the wire format: it says how the call was served.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow")


class CallMeta(BaseModel):
    """How a call was served. ``trace_id`` (the audit record's id) and ``cache`` (``miss``,
    ``exact``, ``semantic`` ...) come from the gateway, so they are ``None`` in direct mode."""

    mode: Literal["gateway", "direct"] = "direct"
    trace_id: str | None = None
    cache: str | None = None
    overhead_ms: float | None = None


class _Response(_Wire):
    meta: CallMeta = Field(default_factory=CallMeta, exclude=True)


# -- OpenAI chat completions ----------------------------------------------------------------


class FunctionCall(_Wire):
    name: str = ""
    arguments: str = ""

    def parsed_arguments(self) -> Any:
        """The arguments as JSON (``{}`` when empty)."""
        return json.loads(self.arguments) if self.arguments else {}


class ToolCall(_Wire):
    id: str | None = None
    type: str = "function"
    function: FunctionCall = Field(default_factory=FunctionCall)


class Message(_Wire):
    role: str = "assistant"
    content: str | None = None
    tool_calls: list[ToolCall] | None = None


class Choice(_Wire):
    index: int = 0
    message: Message = Field(default_factory=Message)
    finish_reason: str | None = None


class Usage(_Wire):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ChatCompletion(_Response):
    id: str = ""
    object: str = "chat.completion"
    created: int = 0
    model: str = ""
    choices: list[Choice] = Field(default_factory=list)
    usage: Usage | None = None

    @property
    def text(self) -> str:
        """The first choice's text ("" when it only called tools)."""
        return (self.choices[0].message.content or "") if self.choices else ""

    @property
    def tool_calls(self) -> list[ToolCall]:
        return (self.choices[0].message.tool_calls or []) if self.choices else []


class ToolCallDelta(_Wire):
    index: int = 0
    id: str | None = None
    type: str | None = None
    function: FunctionCall | None = None


class Delta(_Wire):
    role: str | None = None
    content: str | None = None
    tool_calls: list[ToolCallDelta] | None = None


class ChunkChoice(_Wire):
    index: int = 0
    delta: Delta = Field(default_factory=Delta)
    finish_reason: str | None = None


class ChatChunk(_Response):
    """One ``chat.completion.chunk``. The last chunk of a stream carries ``usage`` and no choices."""

    id: str = ""
    object: str = "chat.completion.chunk"
    created: int = 0
    model: str = ""
    choices: list[ChunkChoice] = Field(default_factory=list)
    usage: Usage | None = None

    @property
    def text(self) -> str:
        return (self.choices[0].delta.content or "") if self.choices else ""


# -- Anthropic Messages ---------------------------------------------------------------------


class ContentBlock(_Wire):
    """A content block: ``text`` (``text``) or ``tool_use`` (``id``, ``name``, ``input``)."""

    type: str
    text: str | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None


class MessagesUsage(_Wire):
    input_tokens: int = 0
    output_tokens: int = 0


class MessagesResponse(_Response):
    id: str = ""
    type: str = "message"
    role: str = "assistant"
    model: str = ""
    content: list[ContentBlock] = Field(default_factory=list)
    stop_reason: str | None = None
    stop_sequence: str | None = None
    usage: MessagesUsage = Field(default_factory=MessagesUsage)

    @property
    def text(self) -> str:
        return "".join(b.text or "" for b in self.content if b.type == "text")


class MessagesEvent(_Response):
    """One Anthropic stream event (``message_start``, ``content_block_delta`` ...); its other
    fields are kept as sent (``delta``, ``index``, ``message``, ``usage``)."""

    type: str

    @property
    def text(self) -> str:
        delta = getattr(self, "delta", None)
        if self.type == "content_block_delta" and isinstance(delta, dict) and delta.get("type") == "text_delta":
            return str(delta.get("text", ""))
        return ""


# -- embeddings, models ---------------------------------------------------------------------


class Embedding(_Wire):
    index: int = 0
    object: str = "embedding"
    embedding: list[float] = Field(default_factory=list)


class EmbeddingUsage(_Wire):
    prompt_tokens: int = 0
    total_tokens: int = 0


class EmbeddingResponse(_Response):
    object: str = "list"
    model: str = ""
    data: list[Embedding] = Field(default_factory=list)
    usage: EmbeddingUsage = Field(default_factory=EmbeddingUsage)

    @property
    def vectors(self) -> list[list[float]]:
        return [d.embedding for d in sorted(self.data, key=lambda d: d.index)]


class Model(_Wire):
    id: str
    owned_by: str | None = None


class ModelList(_Response):
    data: list[Model] = Field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.data]


# -- gateway only: MCP tools and A2A agents -------------------------------------------------


class Tool(_Wire):
    """An MCP tool from the gateway's hub (names are ``server__tool``)."""

    name: str
    description: str | None = None
    inputSchema: dict[str, Any] = Field(default_factory=dict)  # noqa: N815 - MCP's field name


class ToolResult(_Response):
    content: list[dict[str, Any]] = Field(default_factory=list)
    isError: bool = False  # noqa: N815 - MCP's field name
    structuredContent: dict[str, Any] | None = None  # noqa: N815

    @property
    def text(self) -> str:
        return "".join(str(c.get("text", "")) for c in self.content if c.get("type") == "text")


class Agent(_Wire):
    """An A2A agent registered at the gateway (its card, rewritten to the gateway's URL)."""

    name: str
    description: str | None = None
    url: str | None = None


class AgentReply(_Response):
    """The A2A result of ``message/send``: a ``Message`` or a ``Task`` (``kind`` says which)."""

    kind: str | None = None

    @property
    def text(self) -> str:
        parts: list[dict[str, Any]] = []
        data = self.model_dump()
        if data.get("parts"):
            parts = data["parts"]
        for artifact in data.get("artifacts") or []:
            parts.extend(artifact.get("parts") or [])
        status_msg = ((data.get("status") or {}).get("message") or {}).get("parts") or []
        if not parts:
            parts = status_msg
        return "".join(str(p.get("text", "")) for p in parts if "text" in p)

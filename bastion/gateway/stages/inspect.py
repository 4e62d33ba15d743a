"""Stages 4 and 7: the policy engine on a call's input and output (streams included).

The stages only translate between the call and the engine: which direction a call's content
has (chat input, tool arguments, agent message ...), applying a redaction to ``call.input`` /
``call.output``, and turning a block into a ``Refusal`` the front door renders in its protocol.
The decisions themselves are the engine's (``bastion.gateway.policy``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from bastion.gateway.call import Call, Content, Refusal, StreamText
from bastion.gateway.pipeline import StageOutcome
from bastion.gateway.principal import Principal

Direction = Literal["chat_input", "chat_output", "tool_args", "tool_result", "agent_message", "agent_artifact"]

#: Which direction a call kind's input and output have.
INPUT_DIRECTION: dict[str, Direction] = {
    "chat": "chat_input",
    "embedding": "chat_input",
    "tool": "tool_args",
    "prompt": "tool_args",
    "completion": "tool_args",
    "agent": "agent_message",
    # An agent's push notification on its way to the client: the same rules as a streamed reply.
    "push": "agent_artifact",
}
OUTPUT_DIRECTION: dict[str, Direction] = {
    "chat": "chat_output",
    "tool": "tool_result",
    "read": "tool_result",
    "prompt": "tool_result",
    "completion": "tool_result",
    "agent": "agent_artifact",
}


@dataclass(slots=True)
class Inspection:
    """The engine's verdict on a list of texts."""

    action: Literal["allow", "flag", "redact", "block"]
    #: The texts after redaction (same length and order as given); unchanged unless "redact".
    texts: list[str]
    #: One entry per rule that matched: policy, version, rule, detector, action, spans, mode.
    decisions: list[dict[str, Any]] = field(default_factory=list)
    #: For "block": the message the caller sees.
    message: str | None = None


class StreamInspector(Protocol):
    """Inspects a text stream with a sliding window (a card number split over two chunks is
    still caught). ``feed`` returns the text that is safe to release now; ``finish`` the rest.
    Both raise ``Refusal`` when a blocking rule matches."""

    def feed(self, text: str) -> str: ...

    def finish(self) -> str: ...

    @property
    def decisions(self) -> list[dict[str, Any]]: ...


class Inspector(Protocol):
    """What the stages need from the policy engine."""

    async def inspect(self, principal: Principal | None, direction: Direction, texts: list[str]) -> Inspection: ...

    def stream_inspector(self, principal: Principal | None, direction: Direction) -> StreamInspector | None:
        """``None`` when no policy applies to this principal and direction (fast path)."""
        ...


@runtime_checkable
class WholeTexts(Protocol):
    """Optional on a ``StreamText``: chunks that also carry whole texts (an A2A status message,
    a task snapshot). Those are inspected one chunk at a time, never through the sliding window,
    so the window never moves text between them and the continuous text."""

    def whole(self, chunk: Any) -> Content | None:
        """The chunk's whole texts as content, or ``None`` when it has none."""
        ...

    def with_whole(self, chunk: Any, content: Content) -> Any:
        """The chunk with its whole texts replaced by ``content``'s."""
        ...


class InspectInput:
    """Stage 4: policy on what the caller sends."""

    name = "inspect_input"

    def __init__(self, engine: Inspector) -> None:
        self.engine = engine

    async def process(self, call: Call) -> StageOutcome:
        direction = INPUT_DIRECTION.get(call.kind)
        if direction is None or call.input is None:
            return "skipped"
        return await _apply(self.engine, call, call.input, direction, is_input=True)


class InspectOutput:
    """Stage 7: policy on what the upstream answers; streams are inspected chunk by chunk."""

    name = "inspect_output"

    def __init__(self, engine: Inspector) -> None:
        self.engine = engine

    async def process(self, call: Call) -> StageOutcome:
        direction = OUTPUT_DIRECTION.get(call.kind)
        if direction is None or call.output is None:
            return "skipped"
        if call.served_from_cache and call.cache.get("inspected"):
            # Cached answers were inspected when stored under the same scope.
            return "skipped"
        return await _apply(self.engine, call, call.output, direction, is_input=False)

    def wrap_stream(self, call: Call, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        direction = OUTPUT_DIRECTION.get(call.kind)
        adapter = call.stream_text
        if direction is None or adapter is None:
            return chunks
        inspector = self.engine.stream_inspector(call.principal, direction)
        if inspector is None:
            return chunks
        whole = (self.engine, direction) if isinstance(adapter, WholeTexts) else None
        return _inspect_stream(call, chunks, adapter, inspector, whole)


async def _apply(
    engine: Inspector, call: Call, content: Content, direction: Direction, *, is_input: bool
) -> StageOutcome:
    texts = content.texts()
    if not texts:
        return "skipped"
    result = await engine.inspect(call.principal, direction, texts)
    call.policy.extend(result.decisions)
    if result.action == "block":
        # The blocking policy's name travels with the refusal so that clients can say which
        # policy to ask about (the LLM front door sends it as ``x-bastion-policy``).
        policy = next(
            (d["policy"] for d in result.decisions if d["action"] == "block" and d["mode"] == "enforce"), None
        )
        raise Refusal(
            403, "policy_blocked", result.message or "blocked by policy", data={"policy": policy} if policy else None
        )
    if result.action == "redact":
        call.redacted = True
        if is_input:
            call.input = content.with_texts(result.texts)
        else:
            call.output = content.with_texts(result.texts)
    return result.action, {"direction": direction, "rules": len(result.decisions)}


async def _inspect_stream(
    call: Call,
    chunks: AsyncIterator[Any],
    adapter: StreamText,
    inspector: StreamInspector,
    whole: tuple[Inspector, Direction] | None = None,
) -> AsyncIterator[Any]:
    try:
        async for chunk in chunks:
            if whole is not None:
                chunk = await _inspect_whole(call, chunk, adapter, *whole)  # type: ignore[arg-type]
            text = adapter.get_text(chunk)
            if text is None:
                yield chunk
                continue
            released = inspector.feed(text)
            yield adapter.with_text(chunk, released)
        rest = inspector.finish()
        if rest:
            yield adapter.text_chunk(rest)
    finally:
        decisions = inspector.decisions
        if decisions:
            call.policy.extend(decisions)
            if any(d.get("action") == "redact" for d in decisions):
                call.redacted = True
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()


async def _inspect_whole(call: Call, chunk: Any, adapter: WholeTexts, engine: Inspector, direction: Direction) -> Any:
    """Policy on one chunk's whole texts, as on a non-streamed output."""
    content = adapter.whole(chunk)
    if content is None:
        return chunk
    texts = content.texts()
    if not texts:
        return chunk
    result = await engine.inspect(call.principal, direction, texts)
    call.policy.extend(result.decisions)
    if result.action == "block":
        raise Refusal(403, "policy_blocked", result.message or "blocked by policy")
    if result.action != "redact":
        return chunk
    call.redacted = True
    return adapter.with_whole(chunk, content.with_texts(result.texts))

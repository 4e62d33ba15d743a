"""The ``Call``: one request of any protocol as it flows through the pipeline.

A front door builds a ``Call`` from its wire format, hands it to :class:`Pipeline.run` together
with a *route* function that talks to the upstream, and translates ``call.output`` (or the
``Refusal`` raised) back into its wire format. Stages only see this object, never the protocol.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from ssl import RAND_bytes
from typing import Any, Literal, Protocol, TypeVar

from bastion.gateway.principal import Principal
from bastion.gateway.trail import TRAIL, on_trail, trail_field

#: ``list``: an MCP list, ``/v1/models``, agent discovery; ``completion``: MCP argument completion;
#: ``push``: a notification the gateway delivers outbound for a task's owner; ``refusal``: a
#: request refused before a call could be built (bad credentials on a front door that
#: authenticates per connection, oversized requests), see ``gateway.refusals``.
Kind = Literal[
    "chat", "tool", "agent", "admin", "embedding", "list", "read", "prompt", "ping", "completion", "push", "refusal"
]


F = TypeVar("F")


class Content(Protocol):
    """Protocol-specific content seen as text by the governance stages.

    Each front door wraps its request or response (chat messages, tool arguments, an agent
    message) in an adapter implementing this, so that the policy engine and caches work on
    plain strings and the front door keeps control of its own wire format.
    """

    def texts(self) -> list[str]:
        """Every piece of text a policy should look at, in a stable order."""
        ...

    def with_texts(self, texts: list[str]) -> Content:
        """A copy with the texts (same length and order as :meth:`texts`) replaced."""
        ...


class StreamText(Protocol):
    """How a front door exposes the text of its stream chunks to the output stages: set as
    ``call.stream_text`` together with ``call.stream``."""

    def get_text(self, chunk: Any) -> str | None:
        """The text this chunk adds to the response, or ``None`` for chunks without text."""
        ...

    def with_text(self, chunk: Any, text: str) -> Any:
        """The chunk with its text replaced (possibly by an empty string)."""
        ...

    def text_chunk(self, text: str) -> Any:
        """A new chunk carrying ``text``, for text a window held back until the end."""
        ...


@dataclass(slots=True)
class TextContent:
    """The simplest ``Content``: a list of strings and an optional opaque payload."""

    parts: list[str]
    payload: Any = None

    def texts(self) -> list[str]:
        return self.parts

    def with_texts(self, texts: list[str]) -> TextContent:
        return TextContent(list(texts), self.payload)


@dataclass(slots=True)
class Credentials:
    """What the client presented, extracted by the front door from its transport."""

    api_key: str | None = None
    #: Lower-cased header name -> value, for authenticators that need more (trusted proxy
    #: headers, OIDC tokens). Never forwarded upstream.
    headers: Mapping[str, str] = field(default_factory=dict)
    client_ip: str | None = None
    #: The request path, for credentials valid on some endpoints only (OAuth access tokens are
    #: bound to one MCP endpoint); None where the front door does not say.
    path: str | None = None


@dataclass(slots=True)
class StageRecord:
    """What one stage did: recorded on the trace."""

    stage: str
    outcome: str  # "ok", "skipped", "refused", "hit", "miss", "error", ...
    ms: float
    detail: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"stage": self.stage, "outcome": self.outcome, "ms": round(self.ms, 4)}
        if self.detail:
            d["detail"] = self.detail
        return d


class Refusal(Exception):
    """A stage refuses the call. Front doors render it in their protocol's error shape.

    ``code`` is a stable machine name (``unauthenticated``, ``forbidden``, ``rate_limited``,
    ``policy_blocked``, ``not_found``, ``bad_request``, ``upstream_error``, ``upstream_timeout``).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        retry_after: float | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.data = data

    def fresh(self) -> Refusal:
        """A new refusal with the same fields, for raising a module-level one. Raising one shared
        exception object again and again grows its ``__traceback__`` by every raise (Python
        prepends the new frames to the old chain), so it would keep every refused request's
        frames, and what they hold, alive for ever."""
        return Refusal(self.status, self.code, self.message, retry_after=self.retry_after, data=self.data)


@on_trail
@dataclass(frozen=True, slots=True)
class UpstreamFailure:
    """The route's outcome when the upstream answered with an error, or could not be reached,
    and the front door answers the caller in its protocol (an MCP JSON-RPC error, an A2A
    agent's error reply) rather than refusing: set with :meth:`Call.fail`. The pipeline
    records it as the ``route`` stage's outcome, the trace as the call's error; the caches
    never store such a call."""

    #: The trace's ``error_code``: ``upstream_error``, ``upstream_timeout``,
    #: ``upstream_unavailable``, ``upstream_auth``, ``invalid_params``.
    code: str
    message: str
    #: The upstream's own name for the error, for the trail (``attrs.upstream_error``): a
    #: JSON-RPC error code, an HTTP status; None when the upstream was not reached.
    upstream_code: int | str | None = field(default=None, metadata=trail_field("upstream_error"))


@on_trail
@dataclass(frozen=True, slots=True)
class Listed:
    """A call of kind ``list`` (an MCP list, ``/v1/models``, agent discovery): how many items
    the caller was shown."""

    count: int = field(metadata=TRAIL)


class _TraceIds:
    """128-bit random ids in hex (the W3C trace-id size), cheap enough for the hot path.

    From OpenSSL's CSPRNG (seeded by the OS, fork-safe) rather than ``os.urandom``: the
    latter is a system call that releases the GIL, so on every request the event loop
    handed the interpreter to whichever thread was waiting (the audit store's) and queued
    behind it to get it back. Drawn 256 ids at a time (one draw costs about five single ones),
    which halves the cost of an id. The pool is per process (``os.register_at_fork`` empties it in a child, so
    no two processes hand out the same ids).
    """

    __slots__ = ("_pool",)

    BATCH = 256

    def __init__(self) -> None:
        self._pool: list[str] = []

    def clear(self) -> None:
        self._pool = []

    def __call__(self) -> str:
        pool = self._pool
        if not pool:
            raw = RAND_bytes(16 * self.BATCH).hex()
            pool.extend(raw[i : i + 32] for i in range(0, len(raw), 32))
        return pool.pop()


#: A new trace id (see ``_TraceIds``).
new_trace_id = _TraceIds()
os.register_at_fork(after_in_child=new_trace_id.clear)


@dataclass(slots=True, eq=False)
class Call:
    """One governed request. Fields are filled in as the stages run."""

    front_door: str  # "llm", "mcp", "a2a", "admin"
    kind: Kind
    target: str  # model / "server__tool" / agent name / admin path
    credentials: Credentials
    method: str | None = None  # protocol method: "chat.completions", "tools/call", "SendMessage"
    trace_id: str = field(default_factory=new_trace_id)
    started_at: float = field(default_factory=time.time)
    t0: float = field(default_factory=time.perf_counter)

    principal: Principal | None = None
    #: Request content the input stages inspect (and may redact).
    input: Content | None = None
    #: Response content, set by the route function or a cache hit.
    output: Content | None = None
    #: A streamed response: an async iterator of protocol chunks, set by the route function.
    #: Output stages wrap it (see ``Pipeline``), audit runs when it ends.
    stream: AsyncIterator[Any] | None = None
    #: How the output stages read the text of ``stream``'s chunks (set with it; None: not inspected).
    stream_text: StreamText | None = None
    #: Opaque per-protocol request object for the route function.
    request: Any = None

    status: str = "ok"  # "ok", "refused", "error"
    error: str | None = None
    error_code: str | None = None
    stages: list[StageRecord] = field(default_factory=list)
    policy: list[dict[str, Any]] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)
    #: The upstream's error, when the route answered with one (:meth:`fail`).
    outcome: UpstreamFailure | None = None
    #: Time spent waiting for the upstream (seconds); overhead = duration - upstream.
    upstream_s: float = 0.0
    tokens_in: int | None = None
    tokens_out: int | None = None
    cost: float | None = None
    #: Typed facts front doors and stages hand each other, one per type (Envoy's typed filter
    #: state): ``call.put(McpFacts(...))``, then ``call.fact(McpFacts)``. Each type is declared
    #: by the module that owns it; only the fields a type declares for the trail (see
    #: ``gateway.trail``) are written to the audit record.
    facts: dict[type, Any] = field(default_factory=dict)
    #: Set when the response came from a cache: later stages skip route and cache store.
    served_from_cache: bool = False
    #: Whether the input or output stage changed content (a redacted result is never cached).
    redacted: bool = False

    def put(self, fact: object) -> None:
        """Set the fact of ``fact``'s type (replacing an earlier one)."""
        self.facts[type(fact)] = fact

    def fact(self, kind: type[F]) -> F | None:
        """The fact of type ``kind``, if one was put."""
        fact: F | None = self.facts.get(kind)
        return fact

    def take(self, kind: type[F]) -> F | None:
        """Remove and return the fact of type ``kind``, if one was put."""
        fact: F | None = self.facts.pop(kind, None)
        return fact

    def fail(self, outcome: UpstreamFailure) -> None:
        """The route's outcome is an upstream error (answered in the caller's protocol)."""
        self.outcome = outcome
        self.status, self.error, self.error_code = "error", outcome.message, outcome.code

    def record(self, stage: str, outcome: str, ms: float, detail: dict[str, Any] | None = None) -> None:
        self.stages.append(StageRecord(stage, outcome, ms, detail))

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.t0) * 1000.0

    def overhead_ms(self) -> float:
        """Gateway time so far, excluding the upstream."""
        return self.elapsed_ms() - self.upstream_s * 1000.0

"""Audit records for requests refused before a ``Call`` exists.

Most refusals happen inside the pipeline and are on the call's own record. A few happen before
there is a call to record: the MCP endpoints authenticate once per HTTP request (a session
outlives it), the guard refuses oversized headers and bodies before any front door parses
them, a push delivery with a wrong notification token names no principal. Each of those still
leaves one record (principal unknown; the reason, the front door, the peer address, the path),
written by the same audit writer.

Malformed requests a front door refuses before it can build a call (a body that is not JSON, a
JSON-RPC envelope without a method) are recorded the same way.

A flood of bad credentials must not become a flood of rows, nor slow the refusals down: the
request path only takes a token from a bucket and appends to a bounded queue; a background task
hands the records to the audit writer. Records over the rate are not written one by one but
counted (``bastion_audit_refusals_unrecorded_total``) and summed up in one summary record per
interval (kind ``refusal``, target ``unrecorded``, ``attrs.unrecorded`` per front door and code),
so nothing is dropped silently.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Protocol

from starlette.types import Scope

from bastion.gateway.call import Call, Credentials
from bastion.gateway.trail import TRAIL, on_trail

#: Where the guard keeps the request's trace id (``guard.SCOPE_TRACE_KEY``; the guard imports
#: this module, so the name is repeated rather than imported).
SCOPE_TRACE_KEY = "bastion.trace_id"


@on_trail
@dataclass(frozen=True, slots=True)
class Refused:
    """A refusal record's facts: the HTTP status answered and the client's address."""

    http_status: int = field(metadata=TRAIL)
    peer: str | None = field(default=None, metadata=TRAIL)


@on_trail
@dataclass(frozen=True, slots=True)
class Unrecorded:
    """The summary record: refusals over the rate, counted by ``front door:code``."""

    unrecorded: dict[str, int] = field(metadata=TRAIL)


class AuditSink(Protocol):
    async def submit(self, call: Call) -> None: ...


class RefusalRecorder:
    """Rate-bounded audit records for pre-call refusals (see the module docstring)."""

    def __init__(
        self,
        audit: AuditSink,
        overflow: Callable[[str], None],
        *,
        rate_per_s: float,
        burst: int,
        summary_interval_s: float,
    ) -> None:
        self.audit = audit
        self.overflow = overflow
        self.rate = rate_per_s
        self.burst = float(burst)
        self.summary_interval_s = summary_interval_s
        self._tokens = float(burst)
        self._last = time.monotonic()
        # At most ``burst`` records wait for the writer: the bucket refills no faster.
        self._pending: deque[Call] = deque()
        self._wake = asyncio.Event()
        self._unrecorded: Counter[tuple[str, str]] = Counter()
        self._task: asyncio.Task[None] | None = None

    def record(
        self,
        front_door: str,
        status: int,
        code: str,
        message: str,
        *,
        path: str,
        method: str | None,
        peer: str | None,
        trace_id: str | None,
    ) -> None:
        """Note one refusal; never waits (called on the request path)."""
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens < 1.0 or len(self._pending) >= self.burst:
            self._unrecorded[(front_door, code)] += 1
            self.overflow(front_door)
            return
        self._tokens -= 1.0
        call = Call(
            front_door=front_door,
            kind="refusal",
            target=path,
            credentials=Credentials(client_ip=peer),
            method=method,
        )
        if trace_id:
            call.trace_id = trace_id
        call.status, call.error, call.error_code = "refused", message, code
        call.put(Refused(status, peer))
        self._pending.append(call)
        self._wake.set()

    def record_scope(self, front_door: str, scope: Scope, status: int, code: str, message: str) -> None:
        """:meth:`record` for an HTTP request (path, method, peer and trace id from its scope)."""
        client = scope.get("client")
        self.record(
            front_door,
            status,
            code,
            message,
            path=scope.get("path", ""),
            method=scope.get("method"),
            peer=client[0] if client else None,
            trace_id=scope.get(SCOPE_TRACE_KEY),
        )

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The writer task, from start-up to shutdown; what is pending at shutdown is written."""
        self._task = asyncio.create_task(self._run(), name="bastion-refusal-audit")
        try:
            yield
        finally:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
            await self._drain()
            await self._summarise()

    async def _run(self) -> None:
        next_summary = time.monotonic() + self.summary_interval_s
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, next_summary - time.monotonic()))
            self._wake.clear()
            await self._drain()
            if time.monotonic() >= next_summary:
                await self._summarise()
                next_summary = time.monotonic() + self.summary_interval_s

    async def _drain(self) -> None:
        while self._pending:
            await self.audit.submit(self._pending.popleft())

    async def _summarise(self) -> None:
        if not self._unrecorded:
            return
        counts, self._unrecorded = self._unrecorded, Counter()
        call = Call(front_door="gateway", kind="refusal", target="unrecorded", credentials=Credentials())
        call.status, call.error_code = "refused", "unrecorded"
        call.error = f"{sum(counts.values())} refusals over the audit rate were counted, not recorded one by one"
        call.put(Unrecorded({f"{fd}:{code}": n for (fd, code), n in sorted(counts.items())}))
        await self.audit.submit(call)


def front_door_of(path: str) -> str:
    """Which front door a request path belongs to (for refusals made before any routing)."""
    if path.startswith(("/mcp", "/sse", "/messages", "/servers/")):
        return "mcp"
    if path.startswith("/v1/"):
        return "llm"
    if path.startswith("/a2a/"):
        return "a2a"
    if path.startswith("/admin"):
        return "admin"
    return "gateway"

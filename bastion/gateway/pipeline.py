"""The call pipeline: an ordered chain of small stages, like Envoy's HTTP filters.

::

    authenticate -> authorize -> limit -> inspect input -> cache lookup
        -> route (the front door's upstream call)
        -> inspect output -> cache store
    audit (always, exactly once, also for refused and failed calls)

A stage is an object with a ``name`` and ``async process(call)``; response stages may also
``wrap_stream`` to work on streamed responses chunk by chunk. A stage signals refusal by raising
:class:`~bastion.gateway.call.Refusal`; a cache hit sets ``call.served_from_cache`` and the
pipeline skips straight to the response side (whose stages decide for themselves whether a
cached response still needs them).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from bastion.gateway.call import Call, Refusal
from bastion.gateway.trail import TRAIL, on_trail

Route = Callable[[Call], Awaitable[None]]
#: What a stage may return: nothing ("ok"), an outcome, or an outcome and detail for the trace.
StageOutcome = str | tuple[str, dict[str, Any]] | None


@dataclass(frozen=True, slots=True)
class _Authenticated:
    """The authenticate stage already ran (``Pipeline.authenticate``); ``run`` skips it."""


_AUTHENTICATED = _Authenticated()


@on_trail
@dataclass(frozen=True, slots=True)
class FinishError:
    """A finisher (a budget charge) failed after the call; its record is written all the same."""

    finish_error: str = field(metadata=TRAIL)


@runtime_checkable
class Stage(Protocol):
    name: str

    async def process(self, call: Call) -> StageOutcome: ...


@runtime_checkable
class StreamStage(Stage, Protocol):
    def wrap_stream(self, call: Call, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]: ...


class AuditSink(Protocol):
    async def submit(self, call: Call) -> None: ...


class StageTimer(Protocol):
    """Where stage latencies go (Prometheus histograms); see ``metrics.Metrics``."""

    def observe_stage(self, front_door: str, stage: str, seconds: float) -> None: ...

    def observe_call(self, call: Call) -> None: ...


class Pipeline:
    """Runs calls through the stages. Built once per front door at start-up."""

    def __init__(
        self,
        request_stages: Sequence[Stage],
        response_stages: Sequence[Stage],
        audit: AuditSink,
        timer: StageTimer,
    ) -> None:
        self.request_stages = tuple(request_stages)
        self.response_stages = tuple(response_stages)
        self.audit = audit
        self.timer = timer
        self.stage_names = [s.name for s in self.request_stages] + ["route"] + [s.name for s in self.response_stages]
        # Stages that also want to see the finished call (budgets charge its cost).
        self.finishers = tuple(s.finish for s in (*self.request_stages, *self.response_stages) if hasattr(s, "finish"))

    async def authenticate(self, call: Call) -> None:
        """Run only the authenticate stage, for front doors that must know the caller before
        they parse the request (an unauthenticated caller learns nothing about the body's
        validation). A refusal is audited here and re-raised; ``run`` later skips the stage."""
        first = self.request_stages[0] if self.request_stages else None
        if first is None or first.name != "authenticate":
            return
        try:
            await self._run_stage(first, call)
        except Refusal as r:
            call.status, call.error, call.error_code = "refused", r.message, r.code
            await self._finish(call)
            raise
        call.put(_AUTHENTICATED)

    async def run(self, call: Call, route: Route) -> Call:
        """Run ``call`` through every stage; raise ``Refusal`` for refused calls.

        For a streamed response (``call.stream`` set by the route or a cache hit), the stream
        is wrapped so that output stages see every chunk and the audit record is written when
        the stream ends or is closed. The front door must iterate it to the end or call
        ``aclose()`` on it.
        """
        streaming = False
        stages = self.request_stages[1:] if call.take(_Authenticated) is not None else self.request_stages
        try:
            for stage in stages:
                await self._run_stage(stage, call)
                if call.served_from_cache:
                    break
            if not call.served_from_cache:
                await self._route(call, route)
            for stage in self.response_stages:
                if call.stream is not None:
                    wrap = getattr(stage, "wrap_stream", None)
                    if wrap is not None:
                        call.stream = wrap(call, call.stream)
                else:
                    await self._run_stage(stage, call)
            if call.stream is not None:
                call.stream = AuditedStream(call, call.stream, self._finish)
                streaming = True
            return call
        except Refusal as r:
            # 5xx refusals are upstream failures, not the gateway saying no.
            call.status = "error" if r.status >= 500 else "refused"
            call.error = r.message
            call.error_code = r.code
            raise
        except BaseException as e:
            call.status = "error"
            call.error = call.error or f"{type(e).__name__}: {e}"[:500]
            call.error_code = call.error_code or "internal"
            raise
        finally:
            if not streaming:
                await self._finish(call)

    async def _route(self, call: Call, route: Route) -> None:
        # The route's outcome goes on the trace as the ``route`` stage's: an upstream error the
        # front door answers in its protocol (``call.fail``: an MCP tool's JSON-RPC error, an
        # A2A agent's error reply) or one it refuses with (an LLM deployment failing).
        t = time.perf_counter()
        outcome: str = "ok"
        detail: dict[str, Any] | None = None
        try:
            await route(call)
            if call.outcome is not None:
                outcome, detail = "error", {"code": call.outcome.code}
            elif call.status != "ok":
                outcome, detail = call.status, {"code": call.error_code}
        except Refusal as r:
            outcome, detail = ("error" if r.status >= 500 else "refused"), {"code": r.code}
            raise
        except BaseException as e:
            outcome, detail = "error", {"error": type(e).__name__}
            raise
        finally:
            dt = time.perf_counter() - t
            call.upstream_s += dt
            self.timer.observe_stage(call.front_door, "route", dt)
            call.record("route", outcome, dt * 1000.0, detail)

    async def _run_stage(self, stage: Stage, call: Call) -> None:
        t = time.perf_counter()
        outcome: StageOutcome = None
        try:
            outcome = await stage.process(call)
        except Refusal as r:
            outcome = ("refused", {"code": r.code})
            raise
        except BaseException as e:
            outcome = ("error", {"error": type(e).__name__})
            raise
        finally:
            dt = time.perf_counter() - t
            self.timer.observe_stage(call.front_door, stage.name, dt)
            if isinstance(outcome, tuple):
                call.record(stage.name, outcome[0], dt * 1000.0, outcome[1])
            else:
                call.record(stage.name, outcome or "ok", dt * 1000.0, None)

    async def _finish(self, call: Call) -> None:
        for finish in self.finishers:
            try:
                await finish(call)
            except Exception as e:  # noqa: BLE001 - nothing may stop the audit record
                call.put(FinishError(f"{type(e).__name__}: {e}"[:200]))
        self.timer.observe_call(call)
        await self.audit.submit(call)


class AuditedStream:
    """Wraps a response stream so the call is audited exactly once when it ends or closes."""

    __slots__ = ("_call", "_inner", "_finish", "_done")

    def __init__(self, call: Call, inner: AsyncIterator[Any], finish: Callable[[Call], Awaitable[None]]) -> None:
        self._call = call
        self._inner = inner
        self._finish = finish
        self._done = False

    def __aiter__(self) -> AuditedStream:
        return self

    async def __anext__(self) -> Any:
        try:
            return await self._inner.__anext__()
        except StopAsyncIteration:
            await self._complete()
            raise
        except Refusal as r:
            status = "error" if r.status >= 500 else "refused"
            self._call.status, self._call.error, self._call.error_code = status, r.message, r.code
            await self._complete()
            raise
        except BaseException as e:
            self._call.status = "error"
            self._call.error = self._call.error or f"{type(e).__name__}: {e}"[:500]
            await self._complete()
            raise

    async def aclose(self) -> None:
        """Close the upstream stream (client went away) and audit the call."""
        if not self._done:
            if self._call.status == "ok":
                self._call.status = "error"
                self._call.error = "client closed the stream"
                self._call.error_code = "client_closed"
            try:
                close = getattr(self._inner, "aclose", None)
                if close is not None:
                    await close()
            finally:
                await self._complete()

    async def _complete(self) -> None:
        if not self._done:
            self._done = True
            await self._finish(self._call)

"""Prometheus metrics, in a registry owned by the app (no process-global collectors, so tests
and several apps in one process do not clash)."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import metrics as _pm
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.samples import Sample
from prometheus_client.utils import floatToGoString

from bastion.gateway.call import Call

# Stage latencies are mostly microseconds; calls span sub-millisecond hits to minute-long streams.
STAGE_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5, 10.0)
CALL_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0)


class BoundChildren:
    """``metric.labels(*labels)``, bound once per metric and labels: ``.labels()`` costs a dict
    lookup and a lock on every call, too much for series updated on every request. Children
    appear on first use, as with ``.labels()``."""

    def __init__(self) -> None:
        self._children: dict[tuple[str, tuple[str, ...]], Any] = {}

    def __call__(self, metric: Any, *labels: str) -> Any:
        key = (metric._name, labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child


class LoopCounter(Counter):
    """A ``Counter`` whose children keep a plain float instead of a locked value.

    For metrics updated only from the event loop thread (every call updates several; the
    stock child takes a lock per increment). Same names, labels and exposition as ``Counter``.
    """

    def _metric_init(self) -> None:
        self._total = 0.0
        self._created = time.time()

    def inc(self, amount: float = 1, exemplar: dict[str, str] | None = None) -> None:
        if amount < 0:
            raise ValueError("Counters can only be incremented by non-negative amounts.")
        self._total += amount

    def reset(self) -> None:
        self._total = 0.0
        self._created = time.time()

    def _child_samples(self) -> Iterable[Sample]:
        sample = Sample("_total", {}, self._total, None, None)
        if _pm._use_created:
            return (sample, Sample("_created", {}, self._created, None, None))
        return (sample,)


class LoopHistogram(Histogram):
    """A ``Histogram`` whose children keep plain floats (no lock) and find their bucket by
    bisection: for the per-stage and per-call latencies observed from the event loop thread.
    Same names, labels, buckets and exposition as ``Histogram``."""

    def _metric_init(self) -> None:
        self._counts = [0.0] * len(self._upper_bounds)
        self._total = 0.0
        self._le = tuple(floatToGoString(b) for b in self._upper_bounds)  # type: ignore[no-untyped-call]  # untyped in prometheus_client
        self._created = time.time()

    def observe(self, amount: float, exemplar: dict[str, str] | None = None) -> None:
        self._total += amount
        # The first bound >= amount is the bucket ``amount <= bound`` picks; NaN lands nowhere.
        i = bisect_left(self._upper_bounds, amount)
        if i < len(self._counts) and amount == amount:
            self._counts[i] += 1.0

    def _child_samples(self) -> Iterable[Sample]:
        samples = []
        acc = 0.0
        for le, n in zip(self._le, self._counts, strict=False):
            acc += n
            samples.append(Sample("_bucket", {"le": le}, acc, None, None))
        samples.append(Sample("_count", {}, acc, None, None))
        if self._upper_bounds[0] >= 0:
            samples.append(Sample("_sum", {}, self._total, None, None))
        if _pm._use_created:
            samples.append(Sample("_created", {}, self._created, None, None))
        return tuple(samples)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        # The per-call metrics are updated only by the pipeline, on the event loop thread:
        # lock-free children (see LoopCounter / LoopHistogram).
        self.calls = LoopCounter(
            "bastion_calls", "Calls by front door, kind and status", ["front_door", "kind", "status"], registry=r
        )
        self.call_seconds = LoopHistogram(
            "bastion_call_duration_seconds",
            "Whole call duration",
            ["front_door", "kind"],
            buckets=CALL_BUCKETS,
            registry=r,
        )
        self.overhead_seconds = LoopHistogram(
            "bastion_call_overhead_seconds",
            "Time spent in the gateway (excluding the upstream)",
            ["front_door"],
            buckets=STAGE_BUCKETS,
            registry=r,
        )
        self.stage_seconds = LoopHistogram(
            "bastion_stage_duration_seconds",
            "Latency per pipeline stage",
            ["front_door", "stage"],
            buckets=STAGE_BUCKETS,
            registry=r,
        )
        self.audit_queue = Gauge("bastion_audit_queue_depth", "Trace records waiting to be written", registry=r)
        self.audit_written = Counter("bastion_audit_records_written", "Trace records written", registry=r)
        self.audit_errors = Counter("bastion_audit_write_errors", "Failed audit batch writes (retried)", registry=r)
        self.refusals_unrecorded = Counter(
            "bastion_audit_refusals_unrecorded",
            "Pre-call refusals over the audit rate: counted here and in a summary record, not one by one",
            ["front_door"],
            registry=r,
        )
        self.tokens = LoopCounter("bastion_tokens", "LLM tokens by direction", ["front_door", "direction"], registry=r)
        self.cost = LoopCounter(
            "bastion_cost", "Spend recorded on calls (price table currency)", ["front_door"], registry=r
        )
        # .labels() costs a dict lookup plus locking; cache the children used on the hot path.
        self._stage_children: dict[tuple[str, str], Any] = {}
        self._call_children: dict[tuple[str, str, str], tuple[Any, Any, Any]] = {}
        self._child = BoundChildren()

    def observe_stage(self, front_door: str, stage: str, seconds: float) -> None:
        key = (front_door, stage)
        child = self._stage_children.get(key)
        if child is None:
            child = self._stage_children[key] = self.stage_seconds.labels(front_door, stage)
        child.observe(seconds)

    def observe_call(self, call: Call) -> None:
        key = (call.front_door, call.kind, call.status)
        children = self._call_children.get(key)
        if children is None:
            children = self._call_children[key] = (
                self.calls.labels(*key),
                self.call_seconds.labels(call.front_door, call.kind),
                self.overhead_seconds.labels(call.front_door),
            )
        calls, secs, overhead = children
        calls.inc()
        elapsed_ms = call.elapsed_ms()
        secs.observe(elapsed_ms / 1000.0)
        overhead.observe(max(0.0, elapsed_ms - call.upstream_s * 1000.0) / 1000.0)
        if call.tokens_in:
            self._child(self.tokens, call.front_door, "in").inc(call.tokens_in)
        if call.tokens_out:
            self._child(self.tokens, call.front_door, "out").inc(call.tokens_out)
        if call.cost:
            self._child(self.cost, call.front_door).inc(call.cost)

    def refusal_unrecorded(self, front_door: str) -> None:
        self._child(self.refusals_unrecorded, front_door).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)

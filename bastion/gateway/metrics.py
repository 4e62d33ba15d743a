"""Prometheus metrics, in a registry owned by the app (no process-global collectors, so tests
and several apps in one process do not clash)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bastion.gateway.call import Call

# Stage latencies are mostly microseconds; calls span sub-millisecond hits to minute-long streams.
STAGE_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5, 2.5, 10.0)
CALL_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.calls = Counter(
            "bastion_calls", "Calls by front door, kind and status", ["front_door", "kind", "status"], registry=r
        )
        self.call_seconds = Histogram(
            "bastion_call_duration_seconds", "Whole call duration", ["front_door", "kind"],
            buckets=CALL_BUCKETS, registry=r,
        )
        self.overhead_seconds = Histogram(
            "bastion_call_overhead_seconds", "Time spent in the gateway (excluding the upstream)",
            ["front_door"], buckets=STAGE_BUCKETS, registry=r,
        )
        self.stage_seconds = Histogram(
            "bastion_stage_duration_seconds", "Latency per pipeline stage", ["front_door", "stage"],
            buckets=STAGE_BUCKETS, registry=r,
        )
        self.audit_queue = Gauge("bastion_audit_queue_depth", "Trace records waiting to be written", registry=r)
        self.audit_written = Counter("bastion_audit_records_written", "Trace records written", registry=r)
        self.audit_errors = Counter("bastion_audit_write_errors", "Failed audit batch writes (retried)", registry=r)
        self.tokens = Counter(
            "bastion_tokens", "LLM tokens by direction", ["front_door", "direction"], registry=r
        )
        self.cost = Counter("bastion_cost", "Spend recorded on calls (price table currency)", ["front_door"], registry=r)
        # .labels() costs a dict lookup plus locking; cache the children used on the hot path.
        self._stage_children: dict[tuple[str, str], Any] = {}
        self._call_children: dict[tuple[str, str, str], tuple[Any, Any, Any]] = {}

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
        secs.observe(call.elapsed_ms() / 1000.0)
        overhead.observe(max(0.0, call.overhead_ms()) / 1000.0)
        if call.tokens_in:
            self.tokens.labels(call.front_door, "in").inc(call.tokens_in)
        if call.tokens_out:
            self.tokens.labels(call.front_door, "out").inc(call.tokens_out)
        if call.cost:
            self.cost.labels(call.front_door).inc(call.cost)

    def render(self) -> bytes:
        return generate_latest(self.registry)

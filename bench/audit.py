"""What ``audit.durability: ack`` costs: the same authenticated no-op call (``/whoami``: every
pipeline stage and one audit record) at concurrency 16 against a gateway with ``batch``
durability and one with ``ack`` (journal + group-commit fsync before the response), started
side by side and measured alternately in the same run, so both see the same machine load.

``BENCH_AUDIT_REQUESTS`` sets the calls per round (default 6000), ``BENCH_AUDIT_ROUNDS`` the
rounds per mode (default 2; the best round of each mode is reported).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.loadgen import Result, measure
from tests.gateway_process import start_gateway

REQUESTS = int(os.environ.get("BENCH_AUDIT_REQUESTS", "6000"))
ROUNDS = int(os.environ.get("BENCH_AUDIT_ROUNDS", "2"))
CONCURRENCY = 16


def _best(results: list[Result]) -> Result:
    return max(results, key=lambda r: r.rps)


def main() -> None:
    results: dict[str, list[Result]] = {"batch": [], "ack": []}
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        cfg = {"server": {"log_level": "warning"}}
        with (
            start_gateway(work / "batch", {**cfg, "audit": {"durability": "batch"}}, timeout=180) as batch,
            start_gateway(work / "ack", {**cfg, "audit": {"durability": "ack"}}, timeout=180) as ack,
        ):
            urls = {}
            for name, gw in (("batch", batch), ("ack", ack)):
                key = gw.create_key("bench")
                urls[name] = (gw.url + "/whoami", {"authorization": f"Bearer {key}"})
            for _ in range(ROUNDS):
                for name in ("batch", "ack"):
                    url, hdr = urls[name]
                    results[name].append(measure(url, concurrency=CONCURRENCY, requests=REQUESTS, headers=hdr))
        # Both gateways stopped (SIGTERM): every journaled record is in the store, no segment left.
        journal_files = len(list((work / "ack" / "data").glob("audit-journal-*.jsonl")))
    base, durable = _best(results["batch"]), _best(results["ack"])
    print(f"\n### Audit durability at c={CONCURRENCY}: authenticated no-op call, {REQUESTS} calls per round (ms)\n")
    print("| audit.durability | p50 | p99 | req/s | added p50 / p99 vs batch | throughput vs batch | errors |")
    print("|---|---|---|---|---|---|---|")
    for name, r in (("batch", base), ("ack", durable)):
        added = "-" if r is base else f"{r.p50 - base.p50:+.3f} / {r.p99 - base.p99:+.3f}"
        ratio = "-" if r is base else f"{(r.rps / base.rps - 1) * 100:+.1f}%"
        print(f"| {name} | {r.p50:.3f} | {r.p99:.3f} | {r.rps:,.0f} | {added} | {ratio} | {r.errors} |")
    print(f"\nBest of {ROUNDS} alternating rounds per mode. Journal segments left after a clean stop: {journal_files}.")


if __name__ == "__main__":
    main()

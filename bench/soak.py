"""Memory under sustained load: does the gateway's resident memory level off, or grow until it
is killed (what users of peer gateways report)?

One gateway process (policy templates pci + secrets, audit on, the LLM exact cache on with
``memory://`` so its LRU fills) in front of the fake OpenAI upstream; rounds of requests at
concurrency 16, each round with prompts not seen before (so caches, audit and the trace store
take new entries), and the gateway's RSS after each round.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from bench.llm import start_fake
from bench.loadgen import measure, rss_mb
from tests.gateway_process import start_gateway

ROUNDS = int(os.environ.get("BENCH_SOAK_ROUNDS", "8"))
PER_ROUND = int(os.environ.get("BENCH_SOAK_REQUESTS", "8000"))


def main() -> None:
    fake, upstream = start_fake()
    try:
        config = {
            "semcache": {"enabled": True, "phases": {"semantic": False, "normalised": False, "predictive": False}},
            "policy": {"templates": [{"name": "pci"}, {"name": "secrets"}]},
            "server": {"log_level": "warning"},
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
                "aliases": {"bench": ["oa/gpt-bench"]},
            },
        }
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d), config, timeout=180) as gw:
            key = gw.create_key("soak")
            headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
            rows = [("start (idle, after start-up)", 0, rss_mb(gw.proc.pid), float("nan"), 0)]
            done = 0
            for r in range(ROUNDS):
                # Rounds alternate: misses that go upstream (the cache skipped), then hits of a
                # new prompt (its first request misses and is stored, the rest hit it).
                body = json.dumps(
                    {
                        "model": "bench",
                        "messages": [
                            {"role": "user", "content": f"Round {r}: summarise the quarterly plan in three bullets."}
                        ],
                    }
                ).encode()
                upstream_round = r % 2 == 0
                h = {**headers, "cache-control": "no-cache, no-store"} if upstream_round else headers
                res = measure(
                    gw.url + "/v1/chat/completions",
                    concurrency=16,
                    requests=PER_ROUND,
                    method="POST",
                    body=body,
                    headers=h,
                    warmup=0,
                )
                done += res.n
                kind = "upstream" if upstream_round else "cache hits"
                rows.append((f"round {r + 1} ({kind})", done, rss_mb(gw.proc.pid), res.rps, res.errors))
        print("### Gateway memory under sustained load (LLM chat, concurrency 16, one process)\n")
        print("| after | requests so far | gateway RSS MB | req/s in the round | errors |")
        print("|---|---|---|---|---|")
        for name, n, rss, rps, errors in rows:
            print(f"| {name} | {n:,} | {rss:.0f} | {'-' if rps != rps else f'{rps:,.0f}'} | {errors} |")
        # The first two rounds warm both paths (allocator arenas, caches, connection pools);
        # what matters is whether memory keeps rising after that.
        settled = [rss for _, _, rss, _, _ in rows[3:]]
        if settled:
            print(
                f"\nAfter the first two rounds (both paths warm): RSS {min(settled):.0f}-{max(settled):.0f} MB "
                f"over {rows[-1][1] - rows[2][1]:,} more requests; last minus round 2: "
                f"{rows[-1][2] - rows[2][2]:+.1f} MB."
            )
    finally:
        fake.kill()
        fake.wait()


if __name__ == "__main__":
    main()

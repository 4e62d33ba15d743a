"""A/B bench: this checkout's gateway against an older checkout's, interleaved in one run.

Back-to-back ``make bench`` runs on a shared machine move by tens of percent between runs, more
than the differences a refactoring has to be judged on. Here both gateways run at the same time
against the same upstream processes, and every round measures the upstream directly, then the
two gateways one after the other (the order flips each round), in short loads. Noise then hits
both sides alike, and the table shows the median of the rounds: added latency (gateway minus
the direct call of the same round) and throughput, old beside new, and new/old as a ratio.

    PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/bench_ab.py --baseline /path/to/old/checkout \
        [--rounds 7] [--only mcp-lean,mcp-sdk,llm,a2a,semcache]

``semcache`` (not in the default set): the LLM cache's miss path, both gateways with the semantic
cache on (shipped defaults) after ``--semcache-fill`` new prompts stored in each; rows at c=16 of
new prompts (a Quora question of ``qqp-dev.jsonl`` with a sequence suffix, never sent before, the
same sequence to both sides): caching bypassed per request, store only (``no-cache``), shipped
defaults. Its figure is the gateway CPU per request (the bench's, less noisy than req/s); every
response's ``x-bastion-cache`` outcome is tallied per side, so a change that serves other answers
shows up as different tallies. Per side it also prints the gateway's CPU over the whole rounds
(its own loads and the idle turns between them, where background work such as the cache's
pre-encoding runs) and the pre-encoder's counters.

The old checkout runs from its own tree (``PYTHONPATH=<baseline>``) with this tree's upstream
fixtures and load generator; its entry point is ``python -m bastion`` or, for checkouts before
``bastion/__main__.py`` existed, ``python -m bastion.gateway.cli``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.a2a import SEND_BODY as A2A_SEND  # noqa: E402
from bench.a2a import _start as start_server  # noqa: E402
from bench.llm import PROMPT, start_fake, ttft  # noqa: E402
from bench.loadgen import Result, cpu_seconds, measure, percentile  # noqa: E402
from bench.mcp import FIXTURE, _body, _headers, _http_fixture, _stdio_direct  # noqa: E402
from bench.semcache import _load, _questions  # noqa: E402
from tests.gateway_process import GatewayProcess, free_port  # noqa: E402

SIDES = ("old", "new")
#: Warm-up requests of every load (not timed, but they do cost the gateway CPU).
WARMUP = 100


def _command(tree: Path) -> list[str]:
    if (tree / "bastion" / "__main__.py").exists():
        return [sys.executable, "-m", "bastion"]
    return [sys.executable, "-m", "bastion.gateway.cli"]


@contextmanager
def _gateways(trees: dict[str, Path], config: dict[str, Any]) -> Iterator[dict[str, GatewayProcess]]:
    """One gateway per side with the same configuration, each run from its own tree."""
    with tempfile.TemporaryDirectory() as d, ExitStack() as stack:
        out: dict[str, GatewayProcess] = {}
        for side, tree in trees.items():
            work = Path(d) / side
            work.mkdir()
            gw = GatewayProcess(work, config, env={"PYTHONPATH": str(tree)}, command=_command(tree))
            stack.callback(gw.kill)
            out[side] = gw.start(timeout=300)
        yield out


@dataclass
class Row:
    """The rounds of one scenario: per round the direct figure and each side's figure."""

    name: str
    #: Requests per load beyond the timed ones (warm-up), for the CPU per request.
    extra: int = WARMUP
    direct: list[Result] = field(default_factory=list)
    via: dict[str, list[Result]] = field(default_factory=lambda: {s: [] for s in SIDES})
    #: The gateway process's CPU time per request (ms), per round: less noisy than latency on a
    #: loaded machine, since waiting for a core costs no CPU time.
    cpu_ms: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SIDES})

    def added(self, side: str, attr: str) -> float:
        return statistics.median(
            getattr(v, attr) - getattr(d, attr) for v, d in zip(self.via[side], self.direct, strict=True)
        )

    def rps(self, side: str) -> float:
        return statistics.median(v.rps for v in self.via[side])

    def rps_ratio(self) -> float:
        return statistics.median(n.rps / o.rps for n, o in zip(self.via["new"], self.via["old"], strict=True))

    def line(self, with_rps: bool) -> str:
        o50, n50 = self.added("old", "p50"), self.added("new", "p50")
        o99, n99 = self.added("old", "p99"), self.added("new", "p99")
        direct = statistics.median(d.p50 for d in self.direct)
        rps = f"{self.rps('old'):,.0f} | {self.rps('new'):,.0f} | {self.rps_ratio():.3f}" if with_rps else "- | - | -"
        errors = sum(r.errors for s in SIDES for r in self.via[s])
        cpu = [statistics.median(self.cpu_ms[s]) for s in SIDES]
        return (
            f"| {self.name} | {direct:.3f} | {o50:+.3f} / {o99:+.3f} | {n50:+.3f} / {n99:+.3f} | "
            f"{n50 - o50:+.3f} | {rps} | {cpu[0]:.3f} / {cpu[1]:.3f} | {errors} |"
        )


Plan = list[tuple[Row, Callable[[], Result], dict[str, Callable[[], Result]]]]


def _rounds(plan: Plan, gws: dict[str, GatewayProcess], rounds: int) -> None:
    """Every round runs every scenario: direct, then both sides (old first on even rounds)."""
    for i in range(rounds):
        order = SIDES if i % 2 == 0 else SIDES[::-1]
        for row, direct, via in plan:
            row.direct.append(direct())
            for side in order:
                proc = gws[side].proc
                assert proc is not None
                before = cpu_seconds(proc.pid)
                result = via[side]()
                row.cpu_ms[side].append((cpu_seconds(proc.pid) - before) * 1000.0 / (result.n + row.extra))
                row.via[side].append(result)
        print(f"  round {i + 1}/{rounds} done", file=sys.stderr, flush=True)
    for row, _, _ in plan:  # each section's rows as soon as they are in (the table comes at the end)
        print("  " + row.line(with_rps=row.via["old"][0].rps > 0), file=sys.stderr, flush=True)


def _gateway_cpu(gw: GatewayProcess) -> float:
    assert gw.proc is not None
    return cpu_seconds(gw.proc.pid)


def _n(c: int, scale: int) -> int:
    return scale if c == 1 else scale * 4


def bench_mcp(trees: dict[str, Path], web_url: str, fast_lane: bool, rounds: int, scale: int) -> list[Row]:
    config = {
        "mcp": {
            "servers": {"fx": {"command": sys.executable, "args": [FIXTURE]}, "web": {"url": web_url}},
            "startup_wait_s": 120,
            "fast_lane": fast_lane,
        },
        "limits": {"default_rpm": 0},
        "server": {"log_level": "warning"},
    }
    path = "lean" if fast_lane else "SDK"
    with _gateways(trees, config) as gws:
        keys = {s: gws[s].create_key("bench") for s in SIDES}
        plan: Plan = []
        for kind in ("stdio", "http"):
            tool = "fx__echo" if kind == "stdio" else "web__echo"
            for c in (1, 16):
                n = _n(c, scale)

                def direct(c: int = c, n: int = n, kind: str = kind) -> Result:
                    if kind == "stdio":
                        return asyncio.run(_stdio_direct(c, n))
                    return measure(
                        web_url, concurrency=c, requests=n, method="POST", body=_body("echo"), headers=_headers("echo")
                    )

                def via(side: str, c: int = c, n: int = n, tool: str = tool) -> Result:
                    return measure(
                        gws[side].url + "/mcp",
                        concurrency=c,
                        requests=n,
                        method="POST",
                        body=_body(tool),
                        headers=_headers(tool, keys[side]),
                        warmup=WARMUP,
                    )

                row = Row(f"MCP {path}, {kind}, c={c}")
                plan.append((row, direct, {s: partial(via, s) for s in SIDES}))
        _rounds(plan, gws, rounds)
    return [r for r, _, _ in plan]


def bench_llm(trees: dict[str, Path], upstream: str, rounds: int, scale: int) -> tuple[list[Row], list[Row]]:
    config = {
        "policy": {"templates": [{"name": "pci"}, {"name": "secrets"}]},
        "server": {"log_level": "warning"},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
            "aliases": {"bench": ["oa/gpt-bench"]},
            "prices": {"gpt-bench": {"input": 1.0, "output": 2.0}},
        },
    }
    direct_body = json.dumps({"model": "gpt-bench", "messages": PROMPT}).encode()
    gw_body = json.dumps({"model": "bench", "messages": PROMPT}).encode()
    ctype = {"content-type": "application/json"}
    with _gateways(trees, config) as gws:
        auth = {s: {"authorization": f"Bearer {gws[s].create_key('bench')}", **ctype} for s in SIDES}
        plan: Plan = []
        for c in (1, 16):
            n = _n(c, scale)

            def direct(c: int = c, n: int = n) -> Result:
                url = upstream + "/v1/chat/completions"
                return measure(url, concurrency=c, requests=n, method="POST", body=direct_body, headers=ctype)

            def via(side: str, c: int = c, n: int = n) -> Result:
                url = gws[side].url + "/v1/chat/completions"
                return measure(
                    url, concurrency=c, requests=n, method="POST", body=gw_body, headers=auth[side], warmup=WARMUP
                )

            plan.append((Row(f"LLM chat (pci+secrets policy), c={c}"), direct, {s: partial(via, s) for s in SIDES}))

        def _ttft(url: str, body: dict[str, Any], headers: dict[str, str]) -> Result:
            t = ttft(url, body, headers, n=max(50, scale // 4))
            return Result(
                p50=t["p50"], p90=float("nan"), p99=t["p99"], mean=float("nan"), rps=0.0, errors=0, n=int(t["n"])
            )

        stream_direct = {"model": "gpt-bench", "messages": PROMPT, "stream": True}
        stream_gw = {"model": "bench", "messages": PROMPT, "stream": True}
        ttft_row = Row("LLM stream TTFT, output policy on, c=1", extra=20)  # (``ttft`` warms up with 20)
        plan.append(
            (
                ttft_row,
                lambda: _ttft(upstream + "/v1/chat/completions", stream_direct, ctype),
                {s: partial(_ttft, gws[s].url + "/v1/chat/completions", stream_gw, auth[s]) for s in SIDES},
            )
        )
        _rounds(plan, gws, rounds)
    return [r for r, _, _ in plan if r is not ttft_row], [ttft_row]


def bench_a2a(trees: dict[str, Path], agents_url: str, rounds: int, scale: int) -> list[Row]:
    config = {"a2a": {"agents": {"echo": {"url": f"{agents_url}/echo"}}}, "server": {"log_level": "warning"}}
    with _gateways(trees, config) as gws:
        hdr = {
            s: {"authorization": f"Bearer {gws[s].create_key('bench')}", "content-type": "application/json"}
            for s in SIDES
        }
        plan: Plan = []
        for c in (1, 16):
            n = _n(c, scale)

            def direct(c: int = c, n: int = n) -> Result:
                url = f"{agents_url}/echo/rpc"
                return measure(url, concurrency=c, requests=n, method="POST", body=A2A_SEND, headers=hdr["new"])

            def via(side: str, c: int = c, n: int = n) -> Result:
                url = f"{gws[side].url}/a2a/echo"
                return measure(
                    url, concurrency=c, requests=n, method="POST", body=A2A_SEND, headers=hdr[side], warmup=WARMUP
                )

            plan.append((Row(f"A2A message/send, c={c}"), direct, {s: partial(via, s) for s in SIDES}))
        _rounds(plan, gws, rounds)
    return [r for r, _, _ in plan]


async def _fresh_load(
    url: str, bodies: list[bytes], headers: dict[str, str], concurrency: int
) -> tuple[Result, Counter[str]]:
    """Send ``bodies`` (each once) at ``concurrency``; the figures and a tally of the responses'
    cache outcomes (``x-bastion-cache``: ``miss``, ``bypass``, ``hit; phase=...``; scores dropped)."""
    lat, rps, errors, outcomes = await _load(url, bodies, headers, concurrency, read="x-bastion-cache")
    tally = Counter(o.split("; score=")[0] for o in outcomes)
    p50, p90, p99 = (percentile(lat, q) for q in (50, 90, 99))
    return Result(p50, p90, p99, statistics.fmean(lat), rps, errors, len(lat)), tally


def bench_semcache(
    trees: dict[str, Path], upstream: str, rounds: int, scale: int, fill: int
) -> tuple[list[Row], dict[str, dict[str, Counter[str]]], list[str]]:
    """The cache's miss path at c=16, new prompts on every request (see the module's docstring);
    returns the rows, per row and side the tally of cache outcomes, and per side a note on its
    CPU over the whole rounds and its background work."""
    config = {
        "semcache": {"enabled": True},
        "server": {"log_level": "warning"},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
            "aliases": {"bench": ["oa/gpt-bench"]},
        },
    }
    questions = _questions()

    def stream(tag: str) -> Iterator[str]:
        return (f"{q} ({tag} {i})" for i, q in enumerate(itertools.cycle(questions)))

    def bodies(prompts: Iterator[str], model: str, n: int) -> list[bytes]:
        return [
            json.dumps(
                {"model": model, "messages": [{"role": "user", "content": next(prompts)}], "temperature": 0}
            ).encode()
            for _ in range(n)
        ]

    n = scale * 4
    tallies: dict[str, dict[str, Counter[str]]] = {}
    notes: list[str] = []
    with _gateways(trees, config) as gws:
        keys = {s: gws[s].create_key("bench") for s in SIDES}
        # The same prompts in the same order on both sides: one stream of prompts per side.
        prompts = {s: stream("ab") for s in SIDES}
        direct_prompts = stream("direct")
        t = time.monotonic()
        for side in SIDES:
            auth = {"authorization": f"Bearer {keys[side]}", "content-type": "application/json"}
            url = gws[side].url + "/v1/chat/completions"
            asyncio.run(_fresh_load(url, bodies(prompts[side], "bench", fill), auth, 16))
        print(f"  stored {fill:,} prompts in each gateway ({time.monotonic() - t:.0f}s)", file=sys.stderr, flush=True)
        ctype = {"content-type": "application/json"}
        plan: Plan = []
        for name, cache_control in (
            ("caching bypassed (`no-cache, no-store`)", "no-cache, no-store"),
            ("store only (`no-cache`)", "no-cache"),
            ("shipped defaults", None),
        ):
            row = Row(f"LLM semcache, new prompts, {name}, c=16", extra=0)
            tallies[row.name] = {s: Counter() for s in SIDES}

            def direct() -> Result:
                body = bodies(direct_prompts, "gpt-bench", n)
                return asyncio.run(_fresh_load(upstream + "/v1/chat/completions", body, ctype, 16))[0]

            def via(side: str, row: Row = row, cache_control: str | None = cache_control) -> Result:
                headers = {"authorization": f"Bearer {keys[side]}", "content-type": "application/json"}
                if cache_control is not None:
                    headers["cache-control"] = cache_control
                url = gws[side].url + "/v1/chat/completions"
                result, tally = asyncio.run(_fresh_load(url, bodies(prompts[side], "bench", n), headers, 16))
                tallies[row.name][side].update(tally)
                return result

            plan.append((row, direct, {s: partial(via, s) for s in SIDES}))
        start_cpu = {s: _gateway_cpu(gws[s]) for s in SIDES}
        _rounds(plan, gws, rounds)
        # What the rows' figures leave out: CPU a side spends between its own loads (the cache's
        # background work, e.g. pre-encoding stored prompts while idle), and what that work did.
        served = {s: sum(r.n for row, _, _ in plan for r in row.via[s]) for s in SIDES}
        for s in SIDES:
            total = (_gateway_cpu(gws[s]) - start_cpu[s]) * 1000.0 / served[s]
            with gws[s].admin() as client:
                text = client.get("/metrics").text
            background = [line for line in text.splitlines() if line.startswith("bastion_llm_cache_pre_encode")]
            notes.append(
                f"{s}: all gateway CPU over the rounds (its loads and the idle time between them) {total:.3f} ms per "
                f"request of its rows"
                + (f"; background: {'; '.join(f'`{b}`' for b in background)}" if background else "")
            )
    return [r for r, _, _ in plan], tallies, notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", required=True, type=Path, help="the old checkout (its root directory)")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--scale", type=int, default=400, help="requests per load at c=1 (c=16: four times that)")
    ap.add_argument("--only", default="mcp-lean,mcp-sdk,llm,a2a", help="also: semcache")
    ap.add_argument("--semcache-fill", type=int, default=10_000, help="prompts stored before the semcache rows")
    a = ap.parse_args()
    trees = {"old": a.baseline.resolve(), "new": ROOT}
    chosen = set(a.only.split(","))
    load_before = os.getloadavg()
    started = time.monotonic()
    rows: list[Row] = []
    latency_only: list[Row] = []
    procs: list[subprocess.Popen[bytes]] = []
    tallies: dict[str, dict[str, Counter[str]]] = {}
    cache_rows: list[Row] = []
    cache_notes: list[str] = []
    try:
        if chosen & {"mcp-lean", "mcp-sdk"}:
            web, web_url = _http_fixture()
            procs.append(web)
            for fast_lane, name in ((True, "mcp-lean"), (False, "mcp-sdk")):
                if name in chosen:
                    print(f"{name} ...", file=sys.stderr, flush=True)
                    rows += bench_mcp(trees, web_url, fast_lane, a.rounds, a.scale)
        if "llm" in chosen:
            print("llm ...", file=sys.stderr, flush=True)
            fake, upstream = start_fake()
            procs.append(fake)
            plain, streamed = bench_llm(trees, upstream, a.rounds, a.scale)
            rows += plain
            latency_only += streamed
        if "semcache" in chosen:
            print("semcache ...", file=sys.stderr, flush=True)
            fake, upstream = start_fake()
            procs.append(fake)
            cache_rows, tallies, cache_notes = bench_semcache(trees, upstream, a.rounds, a.scale, a.semcache_fill)
            rows += cache_rows
        if "a2a" in chosen:
            print("a2a ...", file=sys.stderr, flush=True)
            port = free_port()
            agents_url = f"http://127.0.0.1:{port}"
            procs.append(start_server(["-m", "tests.a2a.agents", str(port)], agents_url + "/healthz"))
            rows += bench_a2a(trees, agents_url, a.rounds, a.scale)
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
    load_after = os.getloadavg()
    print(
        f"### A/B: old = {trees['old']}, new = {trees['new']}; median of {a.rounds} interleaved rounds, "
        f"{a.scale} requests per load at c=1, {a.scale * 4} at c=16; {time.monotonic() - started:.0f}s; "
        f"load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after\n"
    )
    print(
        "| scenario | direct p50 ms | old added p50 / p99 ms | new added p50 / p99 ms | new - old added p50 ms "
        "| old req/s | new req/s | new/old req/s | gateway CPU ms/req old / new | errors |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(row.line(with_rps=True))
    for row in latency_only:
        print(row.line(with_rps=False))
    if tallies:
        print("\nCache outcomes of the semcache rows (all rounds; the same prompts on both sides):\n")
        for name, by_side in tallies.items():
            print(f"* {name}: " + "; ".join(f"{s} {dict(sorted(by_side[s].items()))}" for s in SIDES))
        extra = [
            statistics.median(
                d - b
                for d, b in zip(cache_rows[-1].cpu_ms[s], cache_rows[0].cpu_ms[s], strict=True)  # defaults - bypassed
            )
            for s in SIDES
        ]
        print(
            f"\nShipped defaults' extra CPU over the bypassed path (median of the rounds' differences): "
            f"old {extra[0]:.3f} ms, new {extra[1]:.3f} ms a request"
        )
        for note in cache_notes:
            print(f"\n* {note}")


if __name__ == "__main__":
    main()

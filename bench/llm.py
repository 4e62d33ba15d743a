"""LLM front door overhead: the gateway against calling the same fake upstream directly, with
the bare forwarders (aiohttp and httpx clients) beside it, all measured in the same run.

One gateway worker, policy (pci + secrets templates) and audit on, semantic cache off (every
call is a miss). The load generator (``bench.loadgen``) and the fake upstream each run in
their own process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.baseline import start_forwarder
from bench.loadgen import Result, measure, percentile
from tests.gateway_process import start_gateway

PROMPT = [{"role": "user", "content": "What is the capital of France? Answer in one short sentence."}]
TARGETS = "targets: added p50 <= 1 ms and p99 <= 5 ms at c=1; >= 2,000 req/s with added p50 <= 5 ms at c=16; TTFT added <= 1 ms"


def start_fake() -> tuple[subprocess.Popen[bytes], str]:
    """The fake provider (aiohttp server, uvloop) in its own process."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.llm_providers", "--port", "0"], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"fake provider did not start: {line!r}")
    return proc, f"http://127.0.0.1:{int(line.split()[1])}"


async def _ttft(url: str, body: bytes, headers: dict[str, str], n: int) -> dict[str, float]:
    import aiohttp

    out: list[float] = []
    async with aiohttp.ClientSession() as s:
        for i in range(n + 20):
            t = time.perf_counter()
            first = None
            async with s.post(url, data=body, headers=headers) as r:
                async for line in r.content:
                    if (
                        first is None
                        and line.startswith(b"data:")
                        and b'"content":"' in line
                        and b'"content":""' not in line
                    ):
                        first = time.perf_counter() - t
                if i >= 20 and first is not None:  # the first 20 are warm-up
                    out.append(first * 1000.0)
    return {"p50": percentile(out, 50), "p99": percentile(out, 99), "n": len(out)}


def ttft(url: str, body: dict[str, Any], headers: dict[str, str] | None = None, n: int = 300) -> dict[str, float]:
    """Time to the first content chunk at concurrency 1, measured from another process."""
    args = [sys.executable, "-m", "bench.llm", "--ttft", url, "--n", str(n)]
    for k, v in (headers or {}).items():
        args += ["--header", f"{k}:{v}"]
    out = subprocess.run(args, input=json.dumps(body).encode(), capture_output=True, check=True, timeout=600)
    return json.loads(out.stdout)


def _fmt_added(r: Result, base: Result) -> str:
    return f"{r.p50 - base.p50:+.3f} / {r.p99 - base.p99:+.3f}"


def main() -> None:
    procs: list[subprocess.Popen[bytes]] = []
    try:
        fake, upstream = start_fake()
        procs.append(fake)
        bare_aio, bare_aio_url = start_forwarder(upstream, "aiohttp")
        bare_httpx, bare_httpx_url = start_forwarder(upstream, "httpx")
        procs += [bare_aio, bare_httpx]
        config = {
            "semcache": {"enabled": False},
            "policy": {"templates": [{"name": "pci"}, {"name": "secrets"}]},
            "server": {"log_level": "warning"},
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
                "aliases": {"bench": ["oa/gpt-bench"]},
                "prices": {"gpt-bench": {"input": 1.0, "output": 2.0}},
            },
        }
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d), config, timeout=180) as gw:
            key = gw.create_key("bench")
            plain = {"model": "bench", "messages": PROMPT}
            direct_body = json.dumps({"model": "gpt-bench", "messages": PROMPT}).encode()
            gw_body = json.dumps(plain).encode()
            auth = {"authorization": f"Bearer {key}", "content-type": "application/json"}
            ctype = {"content-type": "application/json"}
            paths = [
                ("upstream direct", upstream + "/v1/chat/completions", direct_body, ctype),
                ("bare forwarder (aiohttp)", bare_aio_url + "/v1/chat/completions", direct_body, ctype),
                ("bare forwarder (httpx)", bare_httpx_url + "/v1/chat/completions", direct_body, ctype),
                ("Bastion /v1/chat/completions", gw.url + "/v1/chat/completions", gw_body, auth),
            ]
            # Sanity: the gateway answers and says it was a miss.
            import httpx

            r = httpx.post(gw.url + "/v1/chat/completions", content=gw_body, headers=auth, timeout=30)
            assert r.status_code == 200, r.text
            c1: dict[str, Result] = {}
            c16: dict[str, Result] = {}
            for name, url, body, headers in paths:
                c1[name] = measure(url, concurrency=1, requests=2000, method="POST", body=body, headers=headers)
            for name, url, body, headers in paths:
                c16[name] = measure(
                    url, concurrency=16, requests=8000, method="POST", body=body, headers=headers, warmup=400
                )
            base1, base16 = c1["upstream direct"], c16["upstream direct"]
            print("### LLM chat (non-streaming), gateway overhead vs calling the fake upstream directly\n")
            print(TARGETS + "\n")
            print(
                "| path | p50 ms c=1 | p99 ms c=1 | added p50 / p99 c=1 | req/s c=16 | p50 ms c=16 | added p50 c=16 | errors |"
            )
            print("|---|---|---|---|---|---|---|---|")
            for name, *_ in paths:
                a, b = c1[name], c16[name]
                added1 = "-" if name == "upstream direct" else _fmt_added(a, base1)
                added16 = "-" if name == "upstream direct" else f"{b.p50 - base16.p50:+.3f}"
                print(
                    f"| {name} | {a.p50:.3f} | {a.p99:.3f} | {added1} | {b.rps:,.0f} | {b.p50:.3f} | {added16} | "
                    f"{a.errors + b.errors} |"
                )

            stream_direct = {"model": "gpt-bench", "messages": PROMPT, "stream": True}
            stream_gw = {**plain, "stream": True}
            t_direct = ttft(upstream + "/v1/chat/completions", stream_direct, ctype)
            t_bare = ttft(bare_aio_url + "/v1/chat/completions", stream_direct, ctype)
            t_gw = ttft(gw.url + "/v1/chat/completions", stream_gw, auth)
        # The output policy holds streamed text back until its window (128 characters) is
        # full or the answer ends; a gateway without policies shows the front door's own cost.
        no_policy = {**config, "policy": {}}
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d), no_policy, timeout=180) as gw2:
            key2 = gw2.create_key("bench")
            auth2 = {"authorization": f"Bearer {key2}", "content-type": "application/json"}
            t_gw2 = ttft(gw2.url + "/v1/chat/completions", stream_gw, auth2)
        print("\n### Streaming time to first content token, concurrency 1\n")
        print("| path | TTFT p50 ms | TTFT p99 ms | added p50 / p99 |")
        print("|---|---|---|---|")
        for name, t in (
            ("upstream direct", t_direct),
            ("bare forwarder (aiohttp)", t_bare),
            ("Bastion, output policy on (holds a 128-char window)", t_gw),
            ("Bastion, no policies", t_gw2),
        ):
            added = "-" if t is t_direct else f"{t['p50'] - t_direct['p50']:+.3f} / {t['p99'] - t_direct['p99']:+.3f}"
            print(f"| {name} | {t['p50']:.3f} | {t['p99']:.3f} | {added} |")
        sys.stdout.flush()
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def _cli() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ttft")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--header", action="append", default=[])
    a = ap.parse_args()
    if not a.ttft:
        main()
        return
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    headers = dict(h.split(":", 1) for h in a.header)
    print(json.dumps(asyncio.run(_ttft(a.ttft, sys.stdin.buffer.read(), headers, a.n))))


if __name__ == "__main__":
    _cli()

"""A small closed-loop HTTP load generator, run in its own process so that it does not share
an event loop (or a GIL) with the server it measures.

``python -m bench.loadgen URL --concurrency 16 --requests 5000 [--method POST --body FILE]
[--header k:v ...]`` prints one JSON object: latencies in ms (p50, p90, p99, mean), requests per
second and error count. ``measure()`` runs it from Python; ``rss_mb()`` reads a process's
resident memory and ``cpu_seconds()`` its CPU time, for the benches that report them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    p50: float
    p90: float
    p99: float
    mean: float
    rps: float
    errors: int
    n: int


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux ``/proc``), for benches that report it."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """CPU time of process ``pid`` so far: the sum of its threads' run time in ns from
    ``/proc/<pid>/task/*/schedstat`` (the clock-tick counters of ``/proc/<pid>/stat`` are too
    coarse for loads of a few hundred requests). Not its children (see :func:`child_pids`)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):  # a thread that just ended
            continue
    return total / 1e9


def child_pids(pid: int) -> list[int]:
    """The direct child processes of ``pid`` (Linux ``/proc``)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    i = min(len(s) - 1, max(0, int(round(q / 100.0 * (len(s) - 1)))))
    return s[i]


async def _run(
    url: str, method: str, body: bytes | None, headers: dict[str, str], concurrency: int, requests: int, warmup: int
) -> dict[str, Any]:
    import aiohttp

    conn = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    lat: list[float] = []
    errors = 0
    async with aiohttp.ClientSession(connector=conn) as session:

        async def one() -> None:
            nonlocal errors
            t = time.perf_counter()
            try:
                async with session.request(method, url, data=body, headers=headers) as r:
                    await r.read()
                    if r.status >= 400:
                        errors += 1
            except aiohttp.ClientError:
                errors += 1
            lat.append((time.perf_counter() - t) * 1000.0)

        async def worker(n: int) -> None:
            for _ in range(n):
                await one()

        await asyncio.gather(*(worker(max(1, warmup // concurrency)) for _ in range(concurrency)))
        lat.clear()
        errors = 0
        per = max(1, requests // concurrency)
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(per) for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return {
        "p50": percentile(lat, 50),
        "p90": percentile(lat, 90),
        "p99": percentile(lat, 99),
        "mean": statistics.fmean(lat),
        "rps": len(lat) / elapsed,
        "errors": errors,
        "n": len(lat),
    }


def measure(
    url: str,
    *,
    concurrency: int = 1,
    requests: int = 2000,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    warmup: int = 200,
) -> Result:
    """Run the load generator in a subprocess and return its figures."""
    args = [
        sys.executable,
        "-m",
        "bench.loadgen",
        url,
        "--concurrency",
        str(concurrency),
        "--requests",
        str(requests),
        "--method",
        method,
        "--warmup",
        str(warmup),
    ]
    for k, v in (headers or {}).items():
        args += ["--header", f"{k}:{v}"]
    inp = body if body is not None else None
    if inp is not None:
        args += ["--body-stdin"]
    out = subprocess.run(args, input=inp, capture_output=True, check=True, timeout=600)
    return Result(**json.loads(out.stdout))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--method", default="GET")
    ap.add_argument("--header", action="append", default=[])
    ap.add_argument("--body-stdin", action="store_true")
    a = ap.parse_args()
    headers = dict(h.split(":", 1) for h in a.header)
    body = sys.stdin.buffer.read() if a.body_stdin else None
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    res = asyncio.run(_run(a.url, a.method, body, headers, a.concurrency, a.requests, a.warmup))
    print(json.dumps(res))


if __name__ == "__main__":
    main()

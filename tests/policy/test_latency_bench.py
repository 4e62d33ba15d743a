"""The policy latency bench (``bench/policy.py``) measures what a server sees."""

from __future__ import annotations

import os
import time

import anyio
import anyio.lowlevel
import pytest

from bastion.gateway.policy.detectors.injection import InjectionDetector
from bastion.gateway.policy.detectors.injection_head import shipped_head
from bench.policy import _free_cores, _prompt, _time_detector, _timed


@pytest.mark.anyio
async def test_the_latency_workers_let_the_event_loop_turn_between_calls() -> None:
    """A call whose MiniLM pass is skipped never suspends; the bench's workers end each call at
    a request boundary, as a server does between requests, so other tasks (a caller whose pass
    has ended) run between two calls. Without it a worker ran its calls back to back and held
    the loop for all of them: at concurrency 4 that was the whole 120-330 ms p99 of the prompts
    past the gate (docs/policy.md, "Latency at concurrency 4"). The shipped detector on the
    bench's 1 KB prompts, which stay under the gate (first stage only, no pass)."""
    det = InjectionDetector()
    det.load()
    stage2 = shipped_head().stage2
    assert stage2 is not None
    (ws,) = await det.window_scores([_prompt(5_000)])
    assert not stage2.gated(max(w[2] for w in ws))
    turns = 0
    stop = False

    async def ticker() -> None:
        nonlocal turns
        while not stop:
            turns += 1
            await anyio.lowlevel.checkpoint()

    n = 20
    async with anyio.create_task_group() as tg:
        tg.start_soon(ticker)
        await anyio.lowlevel.checkpoint()
        before = turns
        times = await _time_detector(det, n, 1, 5_000)
        during = turns - before
        stop = True
    assert len(times) == n
    # One turn per call at least (the boundary), where a worker that never suspends gives none.
    assert during >= n, during


async def _busy_calls(n: int, ms: float, spin: bool) -> list[float]:
    """``n`` calls of ``ms`` each: spinning on the CPU, or asleep."""
    times: list[float] = []
    for _ in range(n):
        t0 = time.perf_counter()
        if spin:
            c0 = time.thread_time()
            while (time.thread_time() - c0) * 1000 < ms:
                pass
        else:
            await anyio.sleep(ms / 1000)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def test_the_latency_rows_report_cpu_per_call_apart_from_wall_time() -> None:
    """``CPU per call`` is the process's CPU, not the wall time: calls that sleep cost next to
    none of it whatever they last, calls that spin cost at least what they spun, and ``cores``
    (CPU over wall) stays within the machine's cores."""
    asleep = _timed(_busy_calls, 5, 20.0, False)
    spun = _timed(_busy_calls, 5, 20.0, True)
    assert min(asleep.times) >= 19.0
    assert asleep.cpu_ms < 5.0, asleep.cpu_ms
    assert spun.cpu_ms >= 20.0, spun.cpu_ms
    assert 0.0 < spun.cores <= (os.cpu_count() or 1) + 0.1, spun.cores
    row = spun.row("spin", 1, "-")
    assert row[4] == f"{spun.cpu_ms:.2f} ms" and row[5] == f"{spun.cores:.2f}"


def test_the_free_cores_control_is_within_the_machine() -> None:
    """The control the latency table prints beside ``cores used``: two GIL-free threads get more
    than nothing and no more than the machine has."""
    assert 0.0 < _free_cores(0.2) <= (os.cpu_count() or 1) + 0.1

"""The policy latency bench (``bench/policy.py``) measures what a server sees."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import pytest

from bastion.gateway.policy.detectors.injection import InjectionDetector
from bastion.gateway.policy.detectors.injection_head import shipped_head
from bench.policy import _prompt, _time_detector


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

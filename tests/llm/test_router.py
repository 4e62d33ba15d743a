"""The router in-process against the fake upstream: weighted order, cooldown expiry with a
controlled clock, retry budget, and refusals when every attempt failed."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from bastion.gateway.call import Refusal
from bastion.llm.providers import build_provider
from bastion.llm.router import Router
from bastion.llm.settings import parse_llm_settings
from tests.fakes.llm_providers import FakeControl, FakeProvider


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _no_sleep(_: float) -> None:
    return None


@pytest.fixture
def upstream() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


def make_router(url: str, clock: Clock, **extra: object) -> Router:
    s = parse_llm_settings(
        {
            "providers": {"a": {"base_url": url + "/v1", "max_retries": 1}, "b": {"base_url": url, "max_retries": 0}},
            "aliases": {
                "pair": {"deployments": [{"provider": "a", "model": "ma", "weight": 3}, "b/mb"]},
                "solo": ["a/ma"],
            },
            "cooldown": {"failures": 2, "seconds": 60},
            **extra,
        }
    )
    providers = {n: build_provider(n, p) for n, p in s.providers.items()}
    return Router(s, providers, clock=clock, rng=random.Random(1), sleep=_no_sleep)


def test_weighted_order_prefers_heavier_deployment(upstream: FakeProvider) -> None:
    r = make_router(upstream.url, Clock())
    plan = r.resolve("pair")
    assert plan is not None
    firsts = [r.candidates(plan)[0].key for _ in range(400)]
    share = firsts.count("a/ma") / len(firsts)
    assert 0.6 < share < 0.9  # weight 3:1 -> 75%
    assert r.resolve("nope") is None and r.resolve("zzz/model") is None
    assert r.resolve("b/anything") is not None  # no model list: any name under the prefix


@pytest.mark.anyio
async def test_cooldown_expires(upstream: FakeProvider) -> None:
    clock = Clock()
    r = make_router(upstream.url, clock)
    ctl: FakeControl = upstream.control
    await r.start()
    try:
        plan = r.resolve("solo")
        assert plan is not None
        ctl.fail(500, times=2)
        with pytest.raises(Refusal) as e:
            await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        assert e.value.status == 502
        dep = plan.groups[0][0]
        assert r.cooling(dep)
        # Everything cooling: still tried rather than failing without an attempt.
        out, used, attempts = await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        assert out["choices"][0]["message"]["content"] == "echo: x" and attempts == 1
        clock.now += 61
        assert not r.cooling(dep)
    finally:
        await r.close()


@pytest.mark.anyio
async def test_client_errors_are_not_retried(upstream: FakeProvider) -> None:
    r = make_router(upstream.url, Clock())
    ctl = upstream.control
    await r.start()
    try:
        plan = r.resolve("pair")
        assert plan is not None
        ctl.fail(400, times=3)
        with pytest.raises(Refusal) as e:
            await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        assert e.value.status == 400
        assert len(ctl.requests()) == 1
    finally:
        await r.close()


@pytest.mark.anyio
async def test_long_retry_after_moves_to_fallback(upstream: FakeProvider) -> None:
    r = make_router(upstream.url, Clock(), retry={"max_retry_after_s": 1})
    ctl = upstream.control
    await r.start()
    try:
        plan = r.resolve("pair")
        assert plan is not None
        ctl.fail(429, times=1, retry_after=120)
        out, used, attempts = await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        assert attempts == 2 and out["choices"][0]["message"]["content"] == "echo: x"
    finally:
        await r.close()


def _slow_router(url: str, **retry: object) -> Router:
    s = parse_llm_settings(
        {
            "providers": {"a": {"base_url": url + "/v1", "max_retries": 2, "timeout_s": 30}},
            "aliases": {"solo": ["a/ma"], "quick": {"deployments": ["a/ma"], "total_timeout_s": 0.5}},
            "retry": {"backoff_base_s": 0.01, "backoff_max_s": 0.02, **retry},
        }
    )
    return Router(s, {n: build_provider(n, p) for n, p in s.providers.items()}, rng=random.Random(1))


@pytest.mark.anyio
async def test_total_deadline_bounds_attempts_and_retries(upstream: FakeProvider) -> None:
    """timeout_s (30 s) bounds one attempt; total_timeout_s bounds the whole call, hangs and
    retries included, and is reported as such."""
    r = _slow_router(upstream.url, total_timeout_s=1.0)
    ctl = upstream.control
    ctl.reset()
    await r.start()
    try:
        plan = r.resolve("solo")
        assert plan is not None and plan.total_timeout_s == 1.0
        ctl.script({"hang": True})
        with pytest.raises(Refusal) as e:
            await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        assert e.value.status == 504 and "deadline of 1s" in e.value.message
        assert len(ctl.requests()) == 1  # no retry was started after the deadline
        # Per alias, and for a stream the deadline covers opening it.
        quick = r.resolve("quick")
        assert quick is not None and quick.total_timeout_s == 0.5
        ctl.script({"delay": 20})
        with pytest.raises(Refusal) as e:
            await r.stream(quick, {"messages": [{"role": "user", "content": "x"}]})
        assert e.value.status == 504 and "deadline of 0.5s" in e.value.message
    finally:
        await r.close()


@pytest.mark.anyio
async def test_upstream_cookies_are_not_sent_back(upstream: FakeProvider) -> None:
    """One provider session serves every caller: a cookie an upstream sets must not ride along
    on the next request (another caller's)."""
    # By host name: cookie jars drop cookies of bare IP addresses anyway.
    r = _slow_router(upstream.url.replace("127.0.0.1", "localhost"))
    ctl = upstream.control
    ctl.reset()
    await r.start()
    try:
        plan = r.resolve("solo")
        assert plan is not None
        ctl.script({"set_cookie": "session=alice-secret; Path=/"})
        for _ in range(2):
            await r.complete(plan, {"messages": [{"role": "user", "content": "x"}]})
        first, second = ctl.requests()
        assert "cookie" not in first["headers"] and "cookie" not in second["headers"], second["headers"]
    finally:
        await r.close()


def test_total_deadline_defaults_to_the_longest_attempt(upstream: FakeProvider) -> None:
    plan = _slow_router(upstream.url).resolve("solo")
    assert plan is not None and plan.total_timeout_s == 30

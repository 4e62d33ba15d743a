"""Rate limits and budgets while Redis is down: a real ``redis-server`` is killed under load and
started again. The replica keeps enforcing with its own counters (its share of what was left:
one replica here, so all of it), never serving without a limit, and hands what it counted to
Redis when Redis is back, where the counters hold from then on."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.redis_process import RedisServer


@dataclass
class Env:
    gw: GatewayProcess
    redis: RedisServer


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    work = tmp_path_factory.mktemp("redis-outage")
    redis = RedisServer(work).start()
    try:
        with FakeProvider() as fake:
            config = {
                "cache": {"url": redis.url},
                "llm": {
                    "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
                    "aliases": {"main": ["oa/gpt-x"]},
                },
            }
            with start_gateway(work / "gw", config, timeout=180) as gw:
                yield Env(gw, redis)
    finally:
        redis.stop()


def _whoami(gw: GatewayProcess, key: str) -> int:
    return httpx.get(gw.url + "/whoami", headers={"x-api-key": key}, timeout=30).status_code


def test_rate_limit_holds_through_an_outage_and_reconciles(env: Env) -> None:
    gw = env.gw
    for _ in range(3):  # the limit's window is the clock minute: start again if we straddled one
        if not env.redis.proc:
            env.redis.start()
        key = gw.create_key("rl-user", rpm_limit=10)
        minute = time.time() // 60
        before = [_whoami(gw, key) for _ in range(4)]
        env.redis.stop()  # killed; the gateway learns of it on its next counter update
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            during = list(pool.map(lambda _, k=key: _whoami(gw, k), range(30)))
        if time.time() // 60 == minute:
            break
    assert before == [200] * 4
    # The replica knew 4 of 10 were used: it answers exactly 6 more, then 429, never more.
    assert during.count(200) == 6 and during.count(429) == 24, during
    # Redis comes back empty (no persistence): what the replica counted meanwhile is added.
    env.redis.start()
    time.sleep(0.6)  # past the replica's retry pause, so the next call goes to Redis
    if time.time() // 60 == minute:
        assert _whoami(gw, key) == 429


def _chat(gw: GatewayProcess, key: str) -> httpx.Response:
    return httpx.post(
        gw.url + "/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "main", "messages": [{"role": "user", "content": "count my tokens please"}]},
        timeout=30,
    )


def test_budget_holds_through_an_outage_and_reconciles(env: Env) -> None:
    gw = env.gw
    if not env.redis.proc:
        env.redis.start()
    cap = 60
    key = gw.create_key("budget-user", max_tokens=cap, budget_period="day")
    env.redis.stop()
    used, answered, refused = 0, 0, None
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for _ in range(10):  # rounds of 4 concurrent calls until the budget says no
            results = list(pool.map(lambda _: _chat(gw, key), range(4)))
            for r in results:
                if r.status_code == 200:
                    answered += 1
                    used += r.json()["usage"]["total_tokens"]
                else:
                    assert r.status_code == 429 and r.json()["error"]["code"] == "budget_exceeded", r.text
                    refused = r
            if refused is not None:
                break
    per_call = used // answered
    assert refused is not None, "the budget was never enforced during the outage"
    assert used >= cap  # it kept serving until the budget was used up ...
    assert used <= cap + 4 * per_call  # ... and overshot by at most the calls in flight (4)
    env.redis.start()
    time.sleep(0.6)
    r = _chat(gw, key)
    assert r.status_code == 429 and r.json()["error"]["code"] == "budget_exceeded", r.text

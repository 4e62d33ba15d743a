"""Two gateway replicas sharing one Redis: a key's rate limit holds across both."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.gateway_process import start_gateway
from tests.postgres import postgres_server
from tests.redis_process import redis_server


def test_rate_limit_is_shared_between_replicas(tmp_path: Path) -> None:
    with redis_server(tmp_path) as redis, postgres_server() as store_url:
        config = {"cache": {"url": redis.url}, "store_url": store_url}
        with start_gateway(tmp_path / "a", config) as a, start_gateway(tmp_path / "b", config) as b:
            with a.admin() as c:
                c.post("/admin/users", json={"id": "shared"}).raise_for_status()
            for _ in range(2):  # the limit's window is the clock minute: retry if we straddled one
                with a.admin() as c:
                    key = c.post("/admin/keys", json={"user_id": "shared", "rpm_limit": 3}).json()["key"]
                h = {"x-api-key": key}
                minute = time.time() // 60
                codes = [httpx.get(gw.url + "/whoami", headers=h).status_code for gw in (a, b, a, b)]
                if time.time() // 60 == minute:
                    break
            # The key was created on replica a; replica b sees it through the shared store.
            assert codes[:3] == [200, 200, 200]
            assert codes[3] == 429

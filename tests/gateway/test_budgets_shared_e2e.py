"""Budgets per user and per group: shared by all of a user's keys and identity-provider logins,
and by everyone in a group; set through the admin API, the CLI or settings; still enforced after
a restart (seeded from the audit trail) and across replicas sharing Redis. Real gateway
processes, the official ``openai`` SDK, the fake provider (the only double: a hosted LLM API)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.postgres import postgres_server
from tests.redis_process import redis_server

#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]
PROMPT = [{"role": "user", "content": "count to three"}]


def _config(fake: FakeProvider, **extra: Any) -> dict[str, Any]:
    return {
        "auth": {"providers": [{"type": "trusted_headers", "trusted_proxies": ["127.0.0.1/32"]}]},
        "llm": {
            "providers": {
                "oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "upstream", "models": ["gpt-x"]}
            },
            "prices": {"gpt-x": {"input": 1000.0, "output": 1000.0}},
        },
        **extra,
    }


def _client(gw: GatewayProcess, key: str | None = None, login: dict[str, str] | None = None) -> openai.OpenAI:
    """A client with a virtual key, or logged in through the trusted proxy headers."""
    return openai.OpenAI(
        base_url=gw.url + "/v1", api_key=key or "via-proxy", max_retries=0, default_headers=login or {}
    )


def _ask(client: openai.OpenAI, stream: bool = False) -> int:
    """One chat call; returns the tokens it used."""
    if stream:
        used = 0
        for chunk in client.chat.completions.create(
            model="oa/gpt-x", messages=PROMPT, stream=True, stream_options={"include_usage": True}
        ):
            if chunk.usage is not None:
                used = chunk.usage.total_tokens
        return used
    r = client.chat.completions.create(model="oa/gpt-x", messages=PROMPT)
    assert r.usage is not None
    return r.usage.total_tokens


def _user(gw: GatewayProcess, user: str, groups: list[str] | None = None) -> None:
    with gw.admin() as c:
        c.post("/admin/users", json={"id": user, "groups": groups or []}).raise_for_status()


def _cli(gw: GatewayProcess, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_URL": gw.url, "BASTION_ADMIN_KEY": gw.admin_key}
    return subprocess.run([*BASTION, *args], capture_output=True, text=True, timeout=60, env=env)


def _login(user: str, groups: str | None = None) -> dict[str, str]:
    return {"x-forwarded-user": user, **({"x-forwarded-groups": groups} if groups else {})}


def test_user_budget_is_shared_by_keys_and_logins(tmp_path: Path) -> None:
    with FakeProvider() as fake, start_gateway(tmp_path, _config(fake), timeout=180) as gw:
        _user(gw, "calib")
        per_call = _ask(_client(gw, gw.create_key("calib")))
        assert per_call > 0

        _user(gw, "ana")
        key1, key2 = gw.create_key("ana"), gw.create_key("ana")
        with gw.admin() as c:
            r = c.put("/admin/users/ana/budget", json={"max_tokens": per_call + 1, "period": "day"})
        assert r.status_code == 200, r.text
        assert r.json()["max_tokens"] == per_call + 1 and r.json()["source"] == "admin"

        _ask(_client(gw, key1))  # per_call < cap: key1 alone would still be within it ...
        _ask(_client(gw, key2), stream=True)  # ... and so is this call: the cap is only reached now
        for client in (_client(gw, key1), _client(gw, key2), _client(gw, login=_login("ana"))):
            with pytest.raises(openai.RateLimitError) as err:
                _ask(client)
            assert f"user ana's token budget of {per_call + 1} for this day is used up" in str(err.value)
            assert 0 < int(err.value.response.headers["retry-after"]) <= 86400
        assert err.value.code == "budget_exceeded"

        # Another user (key or login) has no budget and is unaffected, however much it uses.
        other = _client(gw, gw.create_key("other"))
        for _ in range(3):
            _ask(other)
            _ask(_client(gw, login=_login("bea")))
        assert len(fake.control.requests("/chat/completions")) == 1 + 2 + 6  # refusals never went upstream

        with gw.admin() as c:
            usage = c.get("/admin/users/ana/budget").json()["usage"]
            assert usage["tokens"] == 2 * per_call and usage["spend"] > 0
            # Removing the budget lets ana through at once.
            assert c.delete("/admin/users/ana/budget").json()["deleted"] is True
            assert c.get("/admin/users/ana/budget").status_code == 404
        _ask(_client(gw, key1))


def test_group_budget_shared_by_users_and_kept_after_restart(tmp_path: Path) -> None:
    with FakeProvider() as fake:
        with start_gateway(tmp_path, _config(fake), timeout=180) as gw:
            _user(gw, "calib")
            per_call = _ask(_client(gw, gw.create_key("calib")))
        # The eng budget comes from the settings file; the user budget of dan from the admin API.
        config = _config(fake, budgets={"groups": {"eng": {"max_tokens": per_call + 1, "period": "month"}}})
        gw = GatewayProcess(tmp_path, config)
        gw.start(180)
        try:
            bo = _client(gw, gw.create_key("bo", user={"groups": ["eng"]}))
            cy = _client(gw, login=_login("cy", groups="eng,design"))  # a login, not a key
            dan = _client(gw, login=_login("dan", groups="design"))
            _ask(bo)
            _ask(cy, stream=True)  # the cap is reached only by the two users together
            for client in (bo, cy):
                with pytest.raises(openai.RateLimitError) as err:
                    _ask(client)
                assert f"group eng's token budget of {per_call + 1} for this month is used up" in str(err.value)
            for _ in range(3):
                _ask(dan)  # not in eng: unaffected
            with gw.admin() as c:
                c.put("/admin/users/dan/budget", json={"max_spend": 0.0}).raise_for_status()
                listed = c.get("/admin/budgets").json()["items"]
            assert {(b["scope"], b["subject"], b["source"]) for b in listed} == {
                ("group", "eng", "settings"),
                ("user", "dan", "admin"),
            }
            with pytest.raises(openai.RateLimitError, match="user dan's spend budget of 0 for this month"):
                _ask(dan)
        finally:
            gw.stop()

        # A restart loses the in-process counters; they are seeded again from the audit trail.
        before = len(fake.control.requests("/chat/completions"))
        gw = GatewayProcess(tmp_path, config)
        gw.start(180)
        try:
            with pytest.raises(openai.RateLimitError, match="group eng's token budget"):
                _ask(_client(gw, login=_login("cy", groups="eng")))
            with pytest.raises(openai.RateLimitError, match="group eng's token budget"):
                _ask(_client(gw, login=_login("eve", groups="eng")))  # a newcomer to eng as well
            _ask(_client(gw, login=_login("fay", groups="design")))
            with gw.admin() as c:
                assert c.get("/admin/groups/eng/budget").json()["usage"]["tokens"] == 2 * per_call
                # An admin-set budget takes precedence over the settings file.
                c.put("/admin/groups/eng/budget", json={"max_tokens": 100 * per_call}).raise_for_status()
            _ask(_client(gw, login=_login("cy", groups="eng")))
            assert len(fake.control.requests("/chat/completions")) == before + 2
        finally:
            gw.stop()


def test_budgets_from_the_cli(tmp_path: Path) -> None:
    with FakeProvider() as fake, start_gateway(tmp_path, _config(fake), timeout=180) as gw:
        key = gw.create_key("gus", user={"groups": ["ops"]})
        r = _cli(gw, "users", "budget", "gus", "--max-spend", "2.5", "--period", "day")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["max_spend"] == 2.5 and json.loads(r.stdout)["period"] == "day"
        r = _cli(gw, "groups", "budget", "ops", "--max-tokens", "1", "--period", "total")
        assert r.returncode == 0, r.stderr
        shown = json.loads(_cli(gw, "groups", "budget", "ops").stdout)
        assert shown["max_tokens"] == 1 and shown["usage"]["tokens"] == 0 and shown["usage"]["resets_at"] is None
        listed = _cli(gw, "budgets", "list").stdout
        assert "user  gus  max_spend=2.5 per day  (admin)" in listed and "group ops  max_tokens=1 per total" in listed

        _ask(_client(gw, key))
        with pytest.raises(openai.RateLimitError, match="group ops's token budget of 1 in total") as err:
            _ask(_client(gw, key))
        assert "retry-after" not in err.value.response.headers  # a total budget never resets

        assert _cli(gw, "groups", "budget", "ops", "--clear").returncode == 0
        _ask(_client(gw, key))
        missing = _cli(gw, "groups", "budget", "ops")
        assert missing.returncode == 1 and "no budget for group ops" in missing.stderr
        bad = _cli(gw, "users", "budget", "gus", "--max-spend", "-1")
        assert bad.returncode == 1 and "max_spend: Input should be greater than or equal to 0" in bad.stderr
        with gw.admin() as c:
            assert c.put("/admin/users/gus/budget", json={"period": "day"}).status_code == 400
            assert c.put("/admin/users/gus/budget", json={"max_spend": 1, "period": "week"}).status_code == 400
        assert httpx.get(gw.url + "/admin/budgets", headers={"x-api-key": key}).status_code == 403
        # A used-up budget never locks the admin out of the admin API (to raise it, say).
        assert _cli(gw, "users", "budget", "admin", "--max-spend", "0").returncode == 0
        assert _cli(gw, "budgets", "list").returncode == 0
        assert _cli(gw, "users", "budget", "admin", "--clear").returncode == 0


def test_bad_budget_settings_are_reported(tmp_path: Path) -> None:
    r = subprocess.run(
        [*BASTION, "serve", "--config", str(_write(tmp_path, {"budgets": {"groups": {"eng": {}}}}))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2 and "budgets.groups.eng" in r.stderr and "max_spend or max_tokens" in r.stderr


def _write(tmp_path: Path, config: dict[str, Any]) -> Path:
    path = tmp_path / "bastion.yaml"
    path.write_text(json.dumps(config))
    return path


def test_group_budget_holds_across_replicas_sharing_redis(tmp_path: Path) -> None:
    with FakeProvider() as fake, redis_server(tmp_path) as redis, postgres_server() as store_url:
        config = _config(fake, cache={"url": redis.url}, store_url=store_url)
        with (
            start_gateway(tmp_path / "a", config, timeout=180) as a,
            start_gateway(tmp_path / "b", config, timeout=180) as b,
        ):
            _user(a, "calib")
            per_call = _ask(_client(a, a.create_key("calib")))
            with a.admin() as c:
                c.put("/admin/groups/ml/budget", json={"max_tokens": per_call + 1}).raise_for_status()
            _ask(_client(a, login=_login("hal", groups="ml")))
            _ask(_client(b, login=_login("ida", groups="ml")))  # b sees the budget set on a
            for gw in (a, b):
                with pytest.raises(openai.RateLimitError, match="group ml's token budget"):
                    _ask(_client(gw, login=_login("hal", groups="ml")))
            _ask(_client(b, login=_login("jo", groups="ops")))

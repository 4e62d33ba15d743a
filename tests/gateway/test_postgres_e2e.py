"""The same gateway on PostgreSQL (by URL): migrations, keys, traces, restart."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.gateway_process import start_gateway
from tests.postgres import postgres_server


def test_gateway_on_postgres(tmp_path: Path) -> None:
    with postgres_server() as url:
        with start_gateway(tmp_path / "a", {"store_url": url}) as gw:
            key = gw.create_key("pg-user", user={"email": "pg@example.com", "groups": ["g1"]})
            r = httpx.get(gw.url + "/whoami", headers={"x-api-key": key})
            assert r.status_code == 200 and r.json()["groups"] == ["g1"]
            tid = r.headers["x-bastion-trace-id"]
            with gw.admin() as c:
                kid = c.get("/admin/keys", params={"user_id": "pg-user"}).json()["items"][0]["id"]
                assert c.delete(f"/admin/keys/{kid}").status_code == 200
            assert httpx.get(gw.url + "/whoami", headers={"x-api-key": key}).status_code == 401
        # A second process (a replica, or a restart) sees the same data; migrations are idempotent.
        with start_gateway(tmp_path / "b", {"store_url": url}) as gw2:
            with gw2.admin() as c:
                t = c.get(f"/admin/traces/{tid}").json()
                assert t["user_id"] == "pg-user" and t["status"] == "ok" and t["groups"] == ["g1"]
                assert t["stages"][0]["stage"] == "authenticate"
                assert c.get("/admin/stats").json()["calls_total"] >= 2

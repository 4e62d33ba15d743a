"""The audit trail: a record per call (refused ones too), search, metrics, shutdown flush."""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import httpx

from tests.gateway_process import GatewayProcess, start_gateway


def _flush_wait(gw: GatewayProcess, trace_id: str) -> dict:
    with gw.admin() as c:
        r = c.get(f"/admin/traces/{trace_id}")
        assert r.status_code == 200, r.text
        return r.json()


def test_every_call_is_traced_and_searchable(tmp_path: Path) -> None:
    with start_gateway(tmp_path) as gw:
        key = gw.create_key("alice", user={"email": "alice@example.com", "department": "research", "groups": ["ml"]})
        ok = httpx.get(gw.url + "/whoami", headers={"x-api-key": key})
        refused = httpx.get(gw.url + "/whoami", headers={"x-api-key": "bst_wrong"})
        t_ok = _flush_wait(gw, ok.headers["x-bastion-trace-id"])
        t_refused = _flush_wait(gw, refused.headers["x-bastion-trace-id"])

        assert t_ok["status"] == "ok" and t_ok["user_id"] == "alice" and t_ok["email"] == "alice@example.com"
        assert t_ok["department"] == "research" and t_ok["groups"] == ["ml"] and t_ok["key_id"]
        assert t_ok["kind"] == "ping" and t_ok["target"] == "whoami"
        assert [s["stage"] for s in t_ok["stages"]][:3] == ["authenticate", "authorize", "limit"]
        assert all(s["ms"] >= 0 for s in t_ok["stages"])
        assert t_refused["status"] == "refused" and t_refused["error_code"] == "unauthenticated"
        assert t_refused["user_id"] is None

        with gw.admin() as c:
            by_user = c.get("/admin/traces", params={"user": "alice"}).json()["items"]
            assert {t["trace_id"] for t in by_user} >= {t_ok["trace_id"]}
            assert all(t["user_id"] == "alice" for t in by_user)
            refused_page = c.get("/admin/traces", params={"status": "refused", "kind": "ping"}).json()["items"]
            assert t_refused["trace_id"] in {t["trace_id"] for t in refused_page}
            # Admin calls are on the trail too.
            admin_calls = c.get("/admin/traces", params={"kind": "admin"}).json()["items"]
            assert admin_calls and all(t["user_id"] == "admin" for t in admin_calls)
            # Time range and pagination.
            now = time.time()
            assert c.get("/admin/traces", params={"since": now + 60}).json()["items"] == []
            page1 = c.get("/admin/traces", params={"limit": 2}).json()
            assert len(page1["items"]) == 2 and page1["next_cursor"] is not None
            page2 = c.get("/admin/traces", params={"limit": 2, "cursor": page1["next_cursor"]}).json()
            assert not {t["trace_id"] for t in page1["items"]} & {t["trace_id"] for t in page2["items"]}
            assert c.get("/admin/traces/0123456789abcdef0123456789abcdef").status_code == 404
            stats = c.get("/admin/stats").json()
            assert stats["calls_total"] >= 4


def test_metrics_need_admin_and_count_calls(tmp_path: Path) -> None:
    with start_gateway(tmp_path) as gw:
        key = gw.create_key("m")
        for _ in range(3):
            httpx.get(gw.url + "/whoami", headers={"x-api-key": key})
        assert httpx.get(gw.url + "/metrics").status_code == 401
        text = httpx.get(gw.url + "/metrics", headers={"authorization": f"Bearer {gw.admin_key}"}).text
        assert 'bastion_calls_total{front_door="gateway",kind="ping",status="ok"} 3.0' in text
        assert 'bastion_stage_duration_seconds_bucket{front_door="gateway",le="0.001",stage="authenticate"}' in text
        assert "bastion_audit_queue_depth" in text


def test_sigterm_after_a_burst_loses_no_trace(tmp_path: Path) -> None:
    ids: list[str] = []
    with start_gateway(tmp_path, {"audit": {"flush_interval_s": 5.0, "batch_size": 10_000}}) as gw:
        key = gw.create_key("burst")

        def one(_: int) -> str:
            return httpx.get(gw.url + "/whoami", headers={"x-api-key": key}).headers["x-bastion-trace-id"]

        with concurrent.futures.ThreadPoolExecutor(16) as ex:
            ids = list(ex.map(one, range(300)))
        # Stop at once: the writer's interval is 5 s, so most records are still queued.
        assert gw.stop() == 0
    assert len(set(ids)) == 300
    with start_gateway(tmp_path) as gw2:
        with gw2.admin() as c:
            found = set()
            cursor = None
            while True:
                params = {"user": "burst", "limit": 1000}
                if cursor:
                    params["cursor"] = cursor
                page = c.get("/admin/traces", params=params).json()
                found |= {t["trace_id"] for t in page["items"]}
                cursor = page["next_cursor"]
                if not cursor:
                    break
            assert set(ids) <= found
            total = c.get("/admin/stats").json()["calls_total"]
            assert total >= 300

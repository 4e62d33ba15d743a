"""``audit.durability: ack``: a kill -9 in the middle of a burst loses no record of a call that
was answered, and the journal is replayed into the store exactly once; the journal itself
shares fsyncs between concurrent calls (group commit) and ignores a torn last line."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3
import threading
import time
from pathlib import Path

import httpx
import pytest

from bastion.gateway.journal import Journal
from tests.gateway_process import GatewayProcess

# Records sit in the writer's queue for up to a second: a kill -9 then always catches answered
# calls whose records are only in the journal, which is the case this test is about.
SLOW_WRITER = {"durability": "ack", "linger_s": 1.0, "flush_interval_s": 1.0}


def _stored(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT trace_id, COUNT(*) FROM traces GROUP BY trace_id").fetchall())
    finally:
        con.close()


def test_kill_9_mid_burst_loses_nothing_answered(tmp_path: Path) -> None:
    gw = GatewayProcess(tmp_path, {"audit": SLOW_WRITER})
    gw.start(timeout=180)
    answered: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    try:
        key = gw.create_key("kim")

        def worker() -> None:
            with httpx.Client(headers={"x-api-key": key}, timeout=10) as c:
                while not stop.is_set():
                    try:
                        r = c.get(gw.url + "/whoami")
                    except httpx.HTTPError:
                        return  # the gateway is gone
                    if r.status_code == 200:
                        with lock:
                            answered.append(r.headers["x-bastion-trace-id"])

        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            futures = [pool.submit(worker) for _ in range(16)]
            deadline = time.monotonic() + 60
            while len(answered) < 300:
                assert time.monotonic() < deadline, f"only {len(answered)} calls answered"
                time.sleep(0.02)
            gw.kill()  # SIGKILL, mid-burst
            stop.set()
            for f in futures:
                f.result(30)
    finally:
        stop.set()
        gw.kill()
    journal_left = list((tmp_path / "data").glob("audit-journal-*.jsonl"))
    assert journal_left, "kill -9 left no journal: nothing to show"
    before = _stored(tmp_path / "data" / "bastion.db")
    missing_before = [t for t in answered if t not in before]
    # The restart replays the journal; a second restart must not add anything (exactly once).
    for _ in range(2):
        gw2 = GatewayProcess(tmp_path, {"audit": SLOW_WRITER})
        gw2.start(timeout=180)
        assert gw2.stop() == 0
    after = _stored(tmp_path / "data" / "bastion.db")
    assert missing_before, "every record was already stored: the kill came too late to show anything"
    assert [t for t in answered if t not in after] == []
    assert all(after[t] == 1 for t in answered)
    assert (
        "replayed into the store" in gw2.logs() or "replayed into the store" in (tmp_path / "gateway.log").read_text()
    )
    assert not list((tmp_path / "data").glob("audit-journal-*.jsonl"))


@pytest.mark.anyio
async def test_group_commit_shares_fsyncs_and_ignores_a_torn_line(tmp_path: Path) -> None:
    j = Journal(tmp_path, window_s=0.002)
    await j.start()
    segments = await asyncio.gather(*(j.append({"trace_id": f"t{i}", "n": i}) for i in range(200)))
    assert set(segments) == {0}
    assert 1 <= j.syncs < 200
    await j.stop()
    [seg] = j.leftovers()  # not committed to a store: kept
    with seg.open("ab") as f:
        f.write(b'{"trace_id": "torn", "n":')  # a crash in the middle of a write
    records = Journal.read(seg)
    assert [r["trace_id"] for r in records] == [f"t{i}" for i in range(200)]
    # Committed records free their segment once it is closed.
    j2 = Journal(tmp_path, window_s=0, segment_records=5)
    await j2.start()
    first = await asyncio.gather(*(j2.append({"trace_id": f"u{i}"}) for i in range(5)))
    j2.committed(first[0], 5)
    await j2.append({"trace_id": "next"})
    assert not (tmp_path / f"audit-journal-{first[0]}.jsonl").exists()
    await j2.stop()

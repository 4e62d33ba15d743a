"""The HTTP edge against a real gateway process: slowloris headers and bodies are cut off, one
address cannot hold more than its share of connections, and SIGTERM lets calls in flight (even
ones whose headers were half-sent) finish, refuses new connections, flushes the audit trail and
exits 0."""

from __future__ import annotations

import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    config = {"server": {"header_timeout_s": 3, "body_timeout_s": 3, "max_connections_per_peer": 4}}
    with start_gateway(tmp_path_factory.mktemp("edge"), config, timeout=180) as g:
        yield g


def _connect(gw: GatewayProcess) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", gw.port), timeout=30)
    return s


def _read_all(s: socket.socket) -> bytes:
    """Everything until the server closes the connection (or 30 s pass)."""
    out = b""
    while True:
        try:
            chunk = s.recv(65536)
        except (ConnectionResetError, TimeoutError):
            return out
        if not chunk:
            return out
        out += chunk


def test_slow_headers_get_408_and_are_disconnected(gw: GatewayProcess) -> None:
    socks = [_connect(gw) for _ in range(3)]
    try:
        for s in socks:
            s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")  # ... and never the rest
        for s in socks:
            answer = _read_all(s)
            assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
            assert b"request_timeout" in answer
    finally:
        for s in socks:
            s.close()
    # A connection that sends nothing at all is closed too.
    idle = _connect(gw)
    try:
        assert _read_all(idle).startswith(b"HTTP/1.1 408")
    finally:
        idle.close()
    assert httpx.get(gw.url + "/healthz", timeout=30).status_code == 200


def test_slow_body_is_disconnected(gw: GatewayProcess) -> None:
    s = _connect(gw)
    try:
        s.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
            b"authorization: Bearer " + gw.admin_key.encode() + b'\r\ncontent-length: 400\r\n\r\n{"mod'
        )
        started = time.monotonic()
        assert _read_all(s) == b""  # closed without an answer: the body never arrived
        assert time.monotonic() - started < 29  # not the socket's own 30 s timeout
    finally:
        s.close()
    assert httpx.get(gw.url + "/healthz", timeout=30).status_code == 200


def _read_response(s: socket.socket, buffered: bytes, head_request: bool = False) -> tuple[bytes, bytes, bytes]:
    """One response off a keep-alive connection: (head, body, what was read beyond it)."""
    while b"\r\n\r\n" not in buffered:
        chunk = s.recv(65536)
        assert chunk, f"connection closed mid-head: {buffered!r}"
        buffered += chunk
    head, rest = buffered.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if head_request:
        length = 0
    while len(rest) < length:
        chunk = s.recv(65536)
        assert chunk, "connection closed mid-body"
        rest += chunk
    return head, rest[:length], rest[length:]


def test_keep_alive_responses_and_timeouts_on_one_connection(gw: GatewayProcess) -> None:
    """Several requests in turn on one connection (a HEAD among them), each answered whole;
    then the same connection's next request stalls in its headers and still gets its 408 on
    time (the connection's one timer follows the deadline from request to request)."""
    s = _connect(gw)
    try:
        buffered = b""
        for _ in range(3):
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            head, body, buffered = _read_response(s, buffered)
            assert head.startswith(b"HTTP/1.1 200") and b"x-bastion-trace-id" in head, head
            assert body == b'{"status":"ok"}', body
        # Unauthenticated: a 401 with a JSON body of known length, of which HEAD sends the head only.
        s.sendall(b"HEAD /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
        head, body, buffered = _read_response(s, buffered, head_request=True)
        assert head.startswith(b"HTTP/1.1 401") and b"content-length" in head.lower(), head
        s.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n")
        head, body, buffered = _read_response(s, buffered)
        assert head.startswith(b"HTTP/1.1 401") and b"invalid_api_key" in body, (head, body)
        assert buffered == b""
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")  # ... and never the rest
        started = time.monotonic()
        answer = _read_all(s)
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert time.monotonic() - started < 29
    finally:
        s.close()


def test_connections_per_peer_are_capped(gw: GatewayProcess) -> None:
    held = [_connect(gw) for _ in range(4)]
    try:
        extra = _connect(gw)
        try:
            answer = _read_all(extra)
        finally:
            extra.close()
        assert answer.startswith(b"HTTP/1.1 503") and b"too_many_connections" in answer
    finally:
        for s in held:
            s.close()
    # Closed connections no longer count.
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(gw.url + "/healthz", timeout=30).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_sigterm_lets_calls_in_flight_finish_and_exits_0(tmp_path: Path) -> None:
    with FakeProvider() as fake:
        config = {
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
                "aliases": {"main": ["oa/gpt-x"]},
            },
        }
        gw = GatewayProcess(tmp_path, config)
        gw.start(timeout=180)
        try:
            key = gw.create_key("zed")
            fake.control.reset()
            fake.control.script({"delay": 6})
            result: dict[str, httpx.Response | BaseException] = {}

            def call() -> None:
                try:
                    result["r"] = httpx.post(
                        gw.url + "/v1/chat/completions",
                        headers={"authorization": f"Bearer {key}"},
                        json={"model": "main", "messages": [{"role": "user", "content": "slow one"}]},
                        timeout=60,
                    )
                except BaseException as e:  # noqa: BLE001 - reported by the assertion below
                    result["r"] = e

            t = threading.Thread(target=call)
            t.start()
            deadline = time.monotonic() + 30
            while not fake.control.requests():
                assert time.monotonic() < deadline, "the call never reached the upstream"
                time.sleep(0.05)
            # A second request whose headers are only half-sent when SIGTERM arrives.
            half = _connect(gw)
            half.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            time.sleep(0.3)
            assert gw.proc is not None
            gw.proc.send_signal(signal.SIGTERM)
            # New connections are refused while the calls in flight still run.
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", gw.port), timeout=2).close()
                except OSError:
                    break
                assert time.monotonic() < deadline, "still accepting connections after SIGTERM"
                time.sleep(0.1)
            half.sendall(b"\r\n")
            answer = _read_all(half)
            half.close()
            assert answer.startswith(b"HTTP/1.1 200") and b"connection: close" in answer.lower()
            t.join(60)
            r = result["r"]
            assert isinstance(r, httpx.Response), r
            assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "echo: slow one"
            assert gw.proc.wait(60) == 0
            trace_id = r.headers["x-bastion-trace-id"]
        finally:
            gw.kill()
    con = sqlite3.connect(tmp_path / "data" / "bastion.db")
    try:
        rows = con.execute("SELECT status FROM traces WHERE trace_id = ?", (trace_id,)).fetchall()
    finally:
        con.close()
    assert rows == [("ok",)]

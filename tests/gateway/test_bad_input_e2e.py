"""Bad input gets a clear error in the caller's shape and the gateway keeps serving."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest

from tests.gateway_process import GatewayProcess, start_gateway


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with start_gateway(tmp_path_factory.mktemp("gw"), {"server": {"max_body_bytes": 4096}}) as g:
        yield g


def _alive(gw: GatewayProcess) -> None:
    assert httpx.get(gw.url + "/healthz").status_code == 200


def test_malformed_json(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        r = c.post("/admin/users", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "bad_request"
    _alive(gw)


def test_wrong_types_name_the_field(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        r = c.post("/admin/keys", json={"user_id": "x", "rpm_limit": "lots"})
    assert r.status_code == 400
    assert "rpm_limit" in r.json()["error"]["message"]


def test_wrong_content_type(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        r = c.post("/admin/users", content=b"id=bob", headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400
    _alive(gw)


def test_body_over_limit_is_413(gw: GatewayProcess) -> None:
    with gw.admin() as c:
        r = c.post("/admin/users", content=b"x" * 10_000, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"
    _alive(gw)


def test_chunked_body_over_limit_is_413(gw: GatewayProcess) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"y" * 1000

    with gw.admin() as c:
        r = c.post("/admin/users", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    _alive(gw)


def test_unknown_route_is_404_json(gw: GatewayProcess) -> None:
    r = httpx.get(gw.url + "/no/such/thing")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"
    assert r.headers["x-bastion-trace-id"]


def test_oversized_headers(gw: GatewayProcess) -> None:
    r = httpx.get(gw.url + "/healthz", headers={"x-big": "a" * 40_000})
    assert r.status_code in (400, 431)
    _alive(gw)


def test_garbage_on_the_socket(gw: GatewayProcess) -> None:
    with socket.create_connection(("127.0.0.1", gw.port), timeout=5) as s:
        s.sendall(b"\x00\x01\x02 NOT HTTP\r\n\r\n")
        s.recv(1024)
    _alive(gw)

"""The lean upstream client against small real HTTP servers on loopback (asyncio servers that
write raw bytes, so the framing cases a real upstream may send are exact): keep-alive reuse,
the connection limit, answers framed by length, chunks or the end of the connection, gzip,
a connection the server closes while idle, a cancelled caller, and connect failures."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest

from bastion.llm.providers.http1 import Http1Client, UpstreamConnectionError

pytestmark = pytest.mark.anyio

#: (request head, body) -> the raw answer, or None to close the connection without one.
Answerer = Callable[[bytes, bytes], bytes | None]


def _ok(body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        + extra
        + b"content-length: %d\r\n\r\n%s"
        % (
            len(body),
            body,
        )
    )


class Upstream:
    """A raw HTTP/1.1 server: reads requests (head + content-length body), answers each."""

    def __init__(self, answer: Answerer, hold: asyncio.Event | None = None) -> None:
        self.answer = answer
        self.hold = hold
        self.connections = 0
        self.open = 0
        self.max_open = 0
        self.requests: list[bytes] = []
        self.writers: list[asyncio.StreamWriter] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.open += 1
        self.max_open = max(self.max_open, self.open)
        self.writers.append(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                if self.hold is not None:
                    await self.hold.wait()
                out = self.answer(head, body)
                if out is None:
                    writer.close()
                    return
                writer.write(out)
                await writer.drain()
        finally:
            self.open -= 1
            writer.close()


@asynccontextmanager
async def serve(up: Upstream) -> AsyncIterator[str]:
    server = await asyncio.start_server(up.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        for w in up.writers:
            w.close()


HEADERS = {"content-type": "application/json", "authorization": "Bearer k"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_requests_reuse_one_connection_and_send_the_head_once_built() -> None:
    up = Upstream(lambda head, body: _ok(b'{"echo":' + body + b"}"))
    async with serve(up) as url:
        c = Http1Client(HEADERS, 4)
        for i in range(3):
            a = await c.post(url + "/v1/chat/completions?x=1", b'{"n":%d}' % i, 5)
            assert a.status == 200 and a.body == b'{"echo":{"n":%d}}' % i
        c.close()
    assert up.connections == 1
    first = up.requests[0]
    assert first.startswith(b"POST /v1/chat/completions?x=1 HTTP/1.1\r\n")
    assert b"\r\nauthorization: Bearer k\r\n" in first and b"\r\ncontent-length: 7\r\n\r\n" in first
    assert b"\r\nhost: 127.0.0.1:" in first


async def test_concurrent_calls_stay_within_the_connection_limit() -> None:
    hold = asyncio.Event()
    up = Upstream(lambda head, body: _ok(b"{}"), hold)
    async with serve(up) as url:
        c = Http1Client(HEADERS, 2)
        calls = [asyncio.create_task(c.post(url + "/x", b"{}", 5)) for _ in range(6)]
        await asyncio.sleep(0.2)
        assert up.open == 2  # four callers wait for a connection
        hold.set()
        answers = await asyncio.gather(*calls)
        c.close()
    assert [a.status for a in answers] == [200] * 6
    assert up.max_open == 2 and up.connections == 2


async def test_answers_framed_by_chunks_or_by_the_end_of_the_connection() -> None:
    def chunked(head: bytes, body: bytes) -> bytes:
        return b'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\n{"a"\r\n3\r\n:1}\r\n0\r\n\r\n'

    up = Upstream(chunked)
    async with serve(up) as url:
        c = Http1Client(HEADERS, 2)
        assert (await c.post(url + "/x", b"{}", 5)).body == b'{"a":1}'
        c.close()

    def until_close(head: bytes, body: bytes) -> bytes:
        return b'HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n{"b":2}'

    class Closing(Upstream):
        async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            head = await reader.readuntil(b"\r\n\r\n")
            writer.write(until_close(head, b""))
            await writer.drain()
            writer.close()

    up2 = Closing(until_close)
    async with serve(up2) as url:
        c = Http1Client(HEADERS, 2)
        a = await c.post(url + "/x", b"", 5)
        assert a.status == 200 and a.body == b'{"b":2}'
        c.close()


async def test_gzip_answers_are_decoded_and_retry_after_is_read() -> None:
    packed = gzip.compress(b'{"error":{"message":"slow down"}}')
    up = Upstream(
        lambda head, body: _ok(packed, b"content-encoding: gzip\r\nretry-after: 7\r\n").replace(
            b"200 OK", b"429 Too Many Requests"
        )
    )
    async with serve(up) as url:
        c = Http1Client(HEADERS, 2)
        a = await c.post(url + "/x", b"{}", 5)
        c.close()
    assert a.status == 429 and a.body == b'{"error":{"message":"slow down"}}'
    assert a.headers["retry-after"] == "7"


async def test_a_corrupt_compressed_answer_is_a_connection_error() -> None:
    up = Upstream(lambda head, body: _ok(b"not gzip at all", b"content-encoding: gzip\r\n"))
    async with serve(up) as url:
        c = Http1Client(HEADERS, 1)
        with pytest.raises(UpstreamConnectionError):
            await c.post(url + "/x", b"{}", 5)
        c.close()


async def test_a_connection_closed_while_idle_is_not_reused() -> None:
    up = Upstream(lambda head, body: _ok(b"{}"))
    async with serve(up) as url:
        c = Http1Client(HEADERS, 1)
        await c.post(url + "/x", b"{}", 5)
        for w in up.writers:  # the upstream drops its idle keep-alive connection
            w.close()
        await asyncio.sleep(0.1)
        a = await c.post(url + "/x", b"{}", 5)
        c.close()
    assert a.status == 200 and up.connections == 2


async def test_an_answerless_close_fails_and_frees_the_connection() -> None:
    answers = iter([None, _ok(b"{}")])
    up = Upstream(lambda head, body: next(answers))
    async with serve(up) as url:
        c = Http1Client(HEADERS, 1)
        with pytest.raises(UpstreamConnectionError):
            await c.post(url + "/x", b"{}", 5)
        # The limit of one is free again: the next call gets a new connection.
        assert (await c.post(url + "/x", b"{}", 5)).status == 200
        c.close()


async def test_a_cancelled_call_closes_its_connection() -> None:
    hold = asyncio.Event()
    up = Upstream(lambda head, body: _ok(b"{}"), hold)
    async with serve(up) as url:
        c = Http1Client(HEADERS, 1)
        call = asyncio.create_task(c.post(url + "/x", b"{}", 5))
        await asyncio.sleep(0.1)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        hold.set()  # the cancelled call's answer is now on its way
        assert (await c.post(url + "/x", b"{}", 5)).status == 200
        c.close()
    # Closed, not pooled: a pooled one would have been reused (and read the stale answer).
    assert up.connections == 2


async def test_connect_failures() -> None:
    c = Http1Client(HEADERS, 1)
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    with pytest.raises(UpstreamConnectionError):
        await c.post(f"http://127.0.0.1:{port}/x", b"{}", 5)
    with pytest.raises(UpstreamConnectionError):
        await c.post("ftp://127.0.0.1/x", b"{}", 5)
    c.close()


async def test_a_connection_idle_past_the_keepalive_is_not_reused() -> None:
    """The upstream keeps it open, but a connection idle that long may have been dropped on the
    way without a word: a new one is opened (aiohttp's ``keepalive_timeout`` did the same)."""
    up = Upstream(lambda head, body: _ok(b"{}"))
    async with serve(up) as url:
        c = Http1Client(HEADERS, 1, keepalive_s=0.05)
        await c.post(url + "/x", b"{}", 5)
        await c.post(url + "/x", b"{}", 5)
        assert up.connections == 1
        await asyncio.sleep(0.1)
        assert (await c.post(url + "/x", b"{}", 5)).status == 200
        c.close()
    assert up.connections == 2

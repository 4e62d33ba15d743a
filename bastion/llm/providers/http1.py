"""A lean HTTP/1.1 client for the upstream's request/response exchanges (JSON in, JSON out).

The non-streamed completion is the busiest upstream call, and aiohttp's request machinery
(a ``ClientRequest`` and ``ClientResponse`` per call, header multidicts, URL objects, a
timer context, a new response parser per request, the payload registry) cost more gateway CPU
on it than any stage of the pipeline: ~16% of the gateway's samples with the GIL held at c=16
(py-spy, ``bench semcache``'s upstream). What the exchange needs is small: a keep-alive
connection from a pool, one write of a request head that is built once per URL, and
``httptools`` (uvicorn's parser, already loaded) reading the answer on the connection's own
protocol object. Streams keep aiohttp (``Provider.open``): their cost is per chunk, not per
request.

Semantics kept from the aiohttp session it replaces for these calls: at most
``max_connections`` connections per provider (callers beyond wait for one), a connect timeout
(``TimeoutError``, as aiohttp's), no total timeout (the router bounds every attempt), no
cookies, no proxy from the environment, idle connections reused for at most 60 s, TLS verified with the default context, ``gzip`` and
``deflate`` answers decoded. A connection that fails, or whose caller is cancelled mid-call (a
client gone, the router's timer), is closed rather than pooled, since its state is unknown;
one the upstream closes while idle leaves the pool at once. Failures are
:class:`UpstreamConnectionError` (the provider maps them to ``kind="connect"``, as aiohttp's
``ClientError``: the router retries them).
"""

from __future__ import annotations

import asyncio
import ssl
import time
import zlib
from collections import deque
from typing import cast
from urllib.parse import urlsplit

import httptools


class UpstreamConnectionError(Exception):
    """The connection failed or closed before a complete answer arrived."""


class Answer:
    """A complete response: status, the headers the providers read (lower-case names), body."""

    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


#: Seconds an idle connection may wait in the pool and still be used.
KEEPALIVE_S = 60.0
#: Request heads remembered per client (URLs carry the model for some providers).
MAX_HEADS = 1024
#: Response headers kept (the rest are not read by any provider).
_KEPT = frozenset({b"retry-after", b"retry-after-ms", b"content-encoding"})


class _Connection(asyncio.Protocol):
    """One keep-alive connection: sends a request, parses its answer, then waits in the pool."""

    __slots__ = (
        "transport",
        "parser",
        "waiter",
        "headers",
        "body",
        "framed",
        "headed",
        "keep_alive",
        "closed",
        "forgotten",
        "idle_since",
        "pool",
    )

    def __init__(self, pool: Origin) -> None:
        self.pool = pool
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[Answer] | None = None
        self.headers: dict[str, str] = {}
        self.body: list[bytes] = []
        #: The answer says where its body ends (a length or chunks); otherwise it ends at EOF.
        self.framed = False
        self.headed = False
        self.keep_alive = True
        self.closed = False
        #: No longer counted against the pool's limit (``Origin.forget`` ran).
        self.forgotten = False
        #: ``time.monotonic()`` when it last went back to the pool.
        self.idle_since = 0.0

    # -- asyncio.Protocol ----------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not subclasses of asyncio's: no isinstance check here.
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self.waiter is None:
            # Bytes nobody asked for (a server talking out of turn): the connection is unusable.
            self.close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail("the upstream switched protocols")
        except httptools.HttpParserError as e:
            self._fail(f"malformed answer ({e})")

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool.forget(self)
        waiter = self.waiter
        if exc is None and not self.framed and waiter is not None and not waiter.done() and self.headed:
            # An answer without a length or chunks (HTTP/1.0 style) ends where the connection does.
            self.keep_alive = False
            waiter.set_result(Answer(self.parser.get_status_code(), self.headers, b"".join(self.body)))
            return
        self._fail("the upstream closed the connection")

    # -- httptools callbacks -------------------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        name = name.lower()
        if name == b"content-length" or name == b"transfer-encoding":
            self.framed = True
        elif name in _KEPT:
            self.headers[name.decode("latin-1")] = value.decode("latin-1")

    def on_headers_complete(self) -> None:
        self.headed = True

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        self.keep_alive = self.parser.should_keep_alive()
        waiter.set_result(Answer(self.parser.get_status_code(), self.headers, b"".join(self.body)))

    # -- use -----------------------------------------------------------------------------------
    def request(self, data: bytes) -> asyncio.Future[Answer]:
        assert self.transport is not None
        self.headers = {}
        self.body = []
        self.framed = False
        self.headed = False
        if self.closed or self.transport.is_closing():
            # Closed between leaving the pool and now (its connection_lost still on its way).
            raise UpstreamConnectionError("the upstream closed the connection")
        self.waiter = asyncio.get_running_loop().create_future()
        try:
            self.transport.write(data)
        except (OSError, RuntimeError) as e:
            raise UpstreamConnectionError(f"cannot send ({type(e).__name__})") from None
        return self.waiter

    def done(self) -> None:
        """The answer was read: the connection is idle again."""
        self.waiter = None

    def _fail(self, message: str) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(UpstreamConnectionError(message))
        self.close()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class Origin:
    """Pooled connections to one ``scheme://host:port`` (at most ``limit`` open at a time).

    A connection idle for more than ``keepalive_s`` is closed instead of reused (aiohttp's
    ``keepalive_timeout``, the same 60 s): a middlebox may have dropped it without a word, and
    a request written to it would wait for an answer until the attempt's timeout."""

    def __init__(self, scheme: str, host: str, port: int, limit: int, keepalive_s: float = KEEPALIVE_S) -> None:
        self.host = host
        self.keepalive_s = keepalive_s
        self.port = port
        self.ssl: ssl.SSLContext | None = ssl.create_default_context() if scheme == "https" else None
        self.limit = limit
        self._idle: deque[_Connection] = deque()
        self._open = 0
        self._waiting: deque[asyncio.Future[None]] = deque()

    async def exchange(self, data: bytes, connect_timeout_s: float) -> Answer:
        """Send one complete request (head and body) and read its answer."""
        conn = await self._acquire(connect_timeout_s)
        ok = False
        try:
            answer = await conn.request(data)
            ok = True
        finally:
            if ok and conn.keep_alive and not conn.closed:
                conn.done()
                conn.idle_since = time.monotonic()
                self._idle.append(conn)
                self._wake()
            else:
                # Failed, cancelled mid-answer or told to close: the connection's state is unknown.
                conn.close()
                self.forget(conn)
        if answer.headers.get("content-encoding"):
            try:
                answer.body = _decoded(answer.body, answer.headers["content-encoding"])
            except zlib.error:
                # As aiohttp's ClientPayloadError: a broken answer, retried like a failed connection.
                raise UpstreamConnectionError("the answer's compressed body is corrupt") from None
        return answer

    async def _acquire(self, connect_timeout_s: float) -> _Connection:
        while True:
            while self._idle:
                conn = self._idle.pop()  # the most recently used: the least likely to be stale
                if conn.closed:
                    continue
                if time.monotonic() - conn.idle_since > self.keepalive_s:
                    conn.close()
                    self.forget(conn)
                    continue
                return conn
            if self._open < self.limit:
                self._open += 1
                try:
                    return await self._connect(connect_timeout_s)
                except BaseException:
                    self._open -= 1
                    self._wake()
                    raise
            waiter = asyncio.get_running_loop().create_future()
            self._waiting.append(waiter)
            try:
                await waiter
            except BaseException:
                if waiter.done() and not waiter.cancelled():
                    self._wake()  # pass the turn on
                raise

    async def _connect(self, timeout_s: float) -> _Connection:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout_s):
                _, conn = await loop.create_connection(
                    lambda: _Connection(self),
                    self.host,
                    self.port,
                    ssl=self.ssl,
                    server_hostname=self.host if self.ssl is not None else None,
                )
        except OSError as e:
            raise UpstreamConnectionError(f"cannot connect ({type(e).__name__})") from None
        return conn

    def forget(self, conn: _Connection) -> None:
        """``conn`` is closed: it no longer counts against the limit (once)."""
        if not conn.forgotten:
            conn.forgotten = True
            self._open -= 1
            try:
                self._idle.remove(conn)
            except ValueError:
                pass
            self._wake()

    def _wake(self) -> None:
        while self._waiting:
            w = self._waiting.popleft()
            if not w.done():
                w.set_result(None)
                return

    def close(self) -> None:
        while self._idle:
            self._idle.pop().close()


def _decoded(body: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding == "gzip":
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    if encoding in ("identity", ""):
        return body
    raise UpstreamConnectionError(f"answer in an unsupported content-encoding '{encoding}'")


class Http1Client:
    """The request/response client of one provider: origins by URL, request heads built once.

    ``headers`` are sent on every request (content type, credentials, the provider's extras);
    a call may pass its own instead (as the providers' ``headers=`` argument did)."""

    def __init__(self, headers: dict[str, str], limit: int, keepalive_s: float = KEEPALIVE_S) -> None:
        self.headers = headers
        self.limit = limit
        self.keepalive_s = keepalive_s
        self._origins: dict[tuple[str, str, int], Origin] = {}
        #: (url, id of the headers dict) -> (origin, the request head up to the content length).
        self._heads: dict[tuple[str, int], tuple[Origin, bytes]] = {}

    def _head(self, url: str, headers: dict[str, str]) -> tuple[Origin, bytes]:
        key = (url, id(headers))
        found = self._heads.get(key)
        if found is not None:
            return found
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UpstreamConnectionError(f"not an http(s) URL: {url!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        okey = (parts.scheme, parts.hostname, port)
        origin = self._origins.get(okey)
        if origin is None:
            origin = self._origins[okey] = Origin(parts.scheme, parts.hostname, port, self.limit, self.keepalive_s)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        default_port = port == (443 if parts.scheme == "https" else 80)
        host = parts.hostname if default_port else f"{parts.hostname}:{port}"
        if ":" in parts.hostname:  # an IPv6 literal
            host = f"[{parts.hostname}]" if default_port else f"[{parts.hostname}]:{port}"
        lines = [f"POST {target} HTTP/1.1", f"host: {host}", "accept-encoding: gzip, deflate"]
        lines += [f"{k}: {v}" for k, v in headers.items() if k.lower() not in ("host", "content-length")]
        head = ("\r\n".join(lines) + "\r\ncontent-length: ").encode("latin-1")
        found = (origin, head)
        if headers is self.headers and len(self._heads) < MAX_HEADS:
            # Only the client's own headers are remembered: a call's own dict may be a new
            # object every time (its id could then be reused by another dict).
            self._heads[key] = found
        return found

    async def post(
        self, url: str, body: bytes, connect_timeout_s: float, headers: dict[str, str] | None = None
    ) -> Answer:
        """POST ``body``; a connection is opened within ``connect_timeout_s`` when none is idle."""
        origin, head = self._head(url, headers if headers is not None else self.headers)
        return await origin.exchange(b"%s%d\r\n\r\n%s" % (head, len(body), body), connect_timeout_s)

    def close(self) -> None:
        for origin in self._origins.values():
            origin.close()
        self._origins.clear()
        self._heads.clear()

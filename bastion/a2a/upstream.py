"""The one long-lived, pooled HTTP client the A2A front door talks to agents with.

aiohttp rather than httpx: on this machine a bare forwarder adds ~0.3 ms with aiohttp and ~1 ms
(and 6-8x less throughput) with httpx (``shared/reference/anchors.md``; ``bench/a2a.py``
measures the front door itself).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

import aiohttp


class UpstreamError(Exception):
    """The agent could not be reached or did not answer in time; ``str()`` says which."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


@dataclass(slots=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    etag: str | None = None


class UpstreamHTTP:
    """Owns the ``aiohttp.ClientSession``; created inside the running event loop."""

    def __init__(self, limit: int = 512) -> None:
        self._limit = limit
        self._session: aiohttp.ClientSession | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._limit, limit_per_host=0, ttl_dns_cache=60)
            # No cookies: agents must not be able to set state that leaks between callers.
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=True,
                skip_auto_headers=("User-Agent",),
            )
        return self._session

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[UpstreamHTTP]:
        try:
            yield self
        finally:
            if self._session is not None:
                await self._session.close()
                self._session = None

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None = None,
        timeout_s: float,
        connect_s: float,
        max_bytes: int | None = None,
    ) -> Reply:
        """A complete request/response; raises ``UpstreamError`` on network failure or timeout."""
        timeout = aiohttp.ClientTimeout(total=timeout_s, connect=connect_s)
        try:
            async with self.session.request(
                method, url, data=body, headers=headers, timeout=timeout, allow_redirects=False
            ) as resp:
                data = await resp.read() if max_bytes is None else await _read_capped(resp, max_bytes)
                return Reply(resp.status, resp.headers.get("Content-Type", ""), data, resp.headers.get("ETag"))
        except TimeoutError:
            raise UpstreamError(f"no answer within {timeout_s:g} s", timeout=True) from None
        except aiohttp.ClientError as e:
            raise UpstreamError(f"cannot reach {_origin(url)}: {type(e).__name__}") from None

    async def open_stream(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: bytes | None,
        connect_s: float,
        first_byte_s: float,
        idle_s: float | None,
    ) -> aiohttp.ClientResponse:
        """Start a streamed request; the caller must ``release()``/``close()`` the response."""
        timeout = aiohttp.ClientTimeout(total=None, connect=connect_s, sock_read=idle_s)
        try:
            async with asyncio.timeout(first_byte_s):
                resp = await self.session.request(
                    method, url, data=body, headers=headers, timeout=timeout, allow_redirects=False
                )
        except TimeoutError:
            raise UpstreamError(f"no answer within {first_byte_s:g} s", timeout=True) from None
        except aiohttp.ClientError as e:
            raise UpstreamError(f"cannot reach {_origin(url)}: {type(e).__name__}") from None
        return resp


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


async def _read_capped(resp: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """The body, or its first ``max_bytes + 1`` bytes when it is longer.

    ``StreamReader.read(n)`` returns what has arrived so far (often one 32 KiB chunk), not ``n``
    bytes, so a large body would be cut short; reading on until EOF or past the cap keeps the
    size check honest without buffering an unbounded body.
    """
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = await resp.content.read(max_bytes + 1 - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)

"""What every provider adapter shares: the pooled upstream clients, upstream errors, and
reading SSE / NDJSON bodies.

Request/response calls (completions, embeddings) go through :mod:`.http1`, a lean HTTP/1.1
client on ``httptools``; streams through a pooled aiohttp session (aiohttp measured fastest
of the general clients: the bare forwarder adds ~0.3 ms with aiohttp against ~1 ms with
httpx, ``docs/llm.md``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import aiohttp
import orjson

from bastion.llm.providers.http1 import Http1Client, UpstreamConnectionError
from bastion.llm.settings import ProviderSettings, resolve_secret

#: Internal request keys that never go upstream.
INTERNAL_KEYS = ("_anthropic",)


class UpstreamError(Exception):
    """A failed upstream attempt. ``status`` is the upstream's HTTP status, or None when the
    connection failed or timed out (``kind`` says which)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        kind: str = "http",  # "http", "connect", "timeout", "stream"
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.kind = kind
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """429, 5xx, 408 and connection problems are worth another attempt."""
        if self.kind in ("connect", "timeout"):
            return True
        return self.status is not None and (self.status in (408, 409, 429) or self.status >= 500)

    @property
    def client_fault(self) -> bool:
        """The request itself was refused (400/413/422): no other deployment will take it."""
        return self.status in (400, 413, 422)


def _retry_after(headers: Any) -> float | None:
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value:
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _error_message(status: int, body: bytes) -> str:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return f"upstream answered {status}: {body[:200].decode(errors='replace')}"
    if isinstance(data, list) and data:
        data = data[0]
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict) and err.get("message"):
        return str(err["message"])[:500]
    if isinstance(err, str):
        return err[:500]
    return f"upstream answered {status}"


class Provider:
    """Base class: holds the session and the pre-built headers; subclasses say where to send
    what and how to read the answer."""

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.type = settings.type
        self.settings = settings
        self.base_url = settings.resolved_base_url
        key = settings.api_key.get_secret_value() if settings.api_key else None
        self.api_key = resolve_secret(key, f"llm.providers.{name}.api_key")
        extra = {k: resolve_secret(v, f"llm.providers.{name}.headers.{k}") or "" for k, v in settings.headers.items()}
        # Built once: the per-request path only passes this dict along.
        self.headers: dict[str, str] = {"content-type": "application/json", **self.auth_headers(), **extra}
        self._session: aiohttp.ClientSession | None = None
        #: Request/response calls (streams use the session); created with it in ``start``.
        self._http: Http1Client | None = None
        self._timeouts: dict[tuple[float, bool], aiohttp.ClientTimeout] = {}

    # -- to override -------------------------------------------------------------------------

    def auth_headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    async def chat(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        """An OpenAI-shaped request to ``model``; an OpenAI ``chat.completion`` back."""
        raise NotImplementedError

    async def open_stream(self, req: dict[str, Any], model: str, timeout_s: float) -> AsyncIterator[dict[str, Any]]:
        """Start a streamed completion; returns once the upstream accepted it (so failures up
        to here can be retried). The iterator yields OpenAI chunks, usage last."""
        raise NotImplementedError

    async def embed(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        """An OpenAI embeddings request; an OpenAI ``list`` of embeddings back."""
        raise UpstreamError(f"provider '{self.name}' ({self.type}) does not offer embeddings", status=400)

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Create the pooled clients (must run inside the serving event loop). Each holds up to
        ``max_connections``: request/response calls and streams do not wait for each other."""
        if self._http is None:
            self._http = Http1Client(self.headers, self.settings.max_connections)
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self.settings.max_connections, ttl_dns_cache=300, keepalive_timeout=60
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                read_bufsize=2**20,
                auto_decompress=True,
                trust_env=False,
                skip_auto_headers=("User-Agent",),
                # One session serves every caller: a cookie an upstream sets must not ride
                # along on other callers' requests (nor cost a jar lookup on every request).
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def http(self) -> Http1Client:
        if self._http is None:
            raise RuntimeError("provider used before start()")
        return self._http

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("provider used before start()")
        return self._session

    def timeout(self, timeout_s: float, stream: bool) -> aiohttp.ClientTimeout:
        key = (timeout_s, stream)
        t = self._timeouts.get(key)
        if t is None:
            connect = min(self.settings.connect_timeout_s, timeout_s)
            # A stream may run for minutes: bound the wait for each read instead of the total.
            # A request/response exchange has no total here: the router bounds every attempt
            # (``Router.attempt``, one timer for its own timeout and the call's deadline).
            t = (
                aiohttp.ClientTimeout(total=None, connect=connect, sock_read=timeout_s)
                if stream
                else aiohttp.ClientTimeout(total=None, connect=connect)
            )
            self._timeouts[key] = t
        return t

    # -- HTTP helpers ------------------------------------------------------------------------

    async def post_json(
        self, url: str, body: dict[str, Any], timeout_s: float, headers: dict[str, str] | None = None
    ) -> Any:
        """POST ``body`` and return the decoded JSON answer; raises ``UpstreamError``.

        No total timeout here: the router bounds every attempt (``Router.attempt``)."""
        try:
            answer = await self.http.post(
                url, orjson.dumps(body), min(self.settings.connect_timeout_s, timeout_s), headers or None
            )
        except TimeoutError:
            raise UpstreamError(f"{self.name}: no answer within {timeout_s:g}s", kind="timeout") from None
        except UpstreamConnectionError as e:
            raise UpstreamError(f"{self.name}: {e}", kind="connect") from None
        raw = answer.body
        if answer.status >= 400:
            raise UpstreamError(
                _error_message(answer.status, raw), status=answer.status, retry_after=_retry_after(answer.headers)
            )
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"{self.name}: answer is not JSON", status=502) from None

    async def open(
        self, url: str, body: dict[str, Any], timeout_s: float, headers: dict[str, str] | None = None
    ) -> aiohttp.ClientResponse:
        """POST and return the open response once its status is known to be a success."""
        data = orjson.dumps(body)
        try:
            resp = await self.session.post(
                url, data=data, headers=headers or self.headers, timeout=self.timeout(timeout_s, True)
            )
        except TimeoutError:
            raise UpstreamError(f"{self.name}: no answer within {timeout_s:g}s", kind="timeout") from None
        except aiohttp.ClientError as e:
            raise UpstreamError(f"{self.name}: {type(e).__name__}", kind="connect") from None
        if resp.status >= 400:
            try:
                raw = await resp.read()
            except (TimeoutError, aiohttp.ClientError):
                raw = b""
            finally:
                resp.release()
            raise UpstreamError(
                _error_message(resp.status, raw), status=resp.status, retry_after=_retry_after(resp.headers)
            )
        return resp


async def lines(resp: aiohttp.ClientResponse, name: str) -> AsyncIterator[bytes]:
    """Non-empty lines of a streamed body. The connection is released to the pool only when
    the body was read to its end; a stream abandoned half-way (client gone) is closed, which
    is what tells the upstream to stop generating."""
    complete = False
    try:
        async for line in resp.content:
            line = line.strip()
            if line:
                yield line
        complete = True
    except TimeoutError:
        raise UpstreamError(f"{name}: stream stalled", kind="timeout") from None
    except aiohttp.ClientError as e:
        raise UpstreamError(f"{name}: stream broken ({type(e).__name__})", kind="stream") from None
    finally:
        if complete:
            resp.release()
        else:
            resp.close()


async def sse_data(resp: aiohttp.ClientResponse, name: str) -> AsyncIterator[bytes]:
    """The ``data:`` payloads of an SSE body (event names are repeated inside the data for
    every provider spoken here, so they are not needed)."""
    async with aclosing(lines(resp, name)) as it:
        async for line in it:
            if line.startswith(b"data:"):
                yield line[5:].lstrip()

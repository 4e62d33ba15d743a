"""The floor every front door is compared with: a bare Starlette forwarder (uvicorn, one
worker, uvloop + httptools) that only relays the request body to an upstream and the answer
back, with either an aiohttp or an httpx pooled client.

``python -m bench.baseline --upstream URL --client aiohttp|httpx --port N``; from Python,
``start_forwarder(upstream, client)`` runs it as a process and returns ``(proc, url)``.
Streams (``"stream": true`` bodies) are relayed chunk by chunk.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from tests.gateway_process import free_port


def build_app(upstream: str, client: str) -> Any:
    """The forwarder app: every POST path is relayed to ``upstream`` + the same path."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    state: dict[str, Any] = {}
    headers = {"content-type": "application/json", "authorization": "Bearer upstream-key"}

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        if client == "aiohttp":
            import aiohttp

            state["s"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200))
        else:
            state["s"] = httpx.AsyncClient(
                limits=httpx.Limits(max_connections=200, max_keepalive_connections=200), timeout=60
            )
        yield
        await (state["s"].close() if client == "aiohttp" else state["s"].aclose())

    async def forward(request: Request) -> Response:
        body = await request.body()
        url = upstream + request.url.path
        stream = b'"stream":true' in body.replace(b" ", b"")
        s = state["s"]
        if client == "aiohttp":
            resp = await s.post(url, data=body, headers=headers)
            if stream:

                async def relay() -> Any:
                    try:
                        async for chunk in resp.content.iter_any():
                            yield chunk
                    finally:
                        resp.release()

                return StreamingResponse(relay(), status_code=resp.status, media_type="text/event-stream")
            data = await resp.read()
            resp.release()
            return Response(data, status_code=resp.status, media_type="application/json")
        req = s.build_request("POST", url, content=body, headers=headers)
        r = await s.send(req, stream=stream)
        if stream:

            async def relay_httpx() -> Any:
                try:
                    async for chunk in r.aiter_raw():
                        yield chunk
                finally:
                    await r.aclose()

            return StreamingResponse(relay_httpx(), status_code=r.status_code, media_type="text/event-stream")
        return Response(r.content, status_code=r.status_code, media_type="application/json")

    async def health(request: Request) -> Response:
        return Response(b"ok")

    return Starlette(
        routes=[Route("/healthz", health), Route("/{path:path}", forward, methods=["POST"])], lifespan=lifespan
    )


def start_forwarder(upstream: str, client: str = "aiohttp") -> tuple[subprocess.Popen[bytes], str]:
    """Run the forwarder in its own process; returns once it answers."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.baseline", "--upstream", upstream, "--client", client, "--port", str(port)]
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(url + "/healthz", timeout=0.5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("forwarder did not start")


def serve(app: Any, port: int) -> None:
    """Run ``app`` on loopback as every bench's own server runs: uvloop and httptools (the
    fastest uvicorn has, so the baseline is not slowed by its server), no access log."""
    import uvicorn

    uvicorn.run(
        app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", access_log=False, log_level="warning"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description="bare forwarder (baseline for the benches)")
    ap.add_argument("--upstream", required=False)
    ap.add_argument("--client", choices=["aiohttp", "httpx"], default="aiohttp")
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args()
    if not a.upstream:  # run as a bench module by `python -m bench`: nothing to print
        return
    serve(build_app(a.upstream.rstrip("/"), a.client), a.port)


if __name__ == "__main__":
    main()

"""A streaming reverse proxy that adds ``Authorization: Bearer <key>`` to every request: puts a
client that cannot send credentials (the conformance suite) in front of an authenticated
endpoint. Host and Origin pass unchanged (the DNS-rebinding checks see what the client sent).

Usage: python auth_proxy.py PORT TARGET_BASE_URL KEY
"""

from __future__ import annotations

import sys

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route

HOP = {"content-length", "transfer-encoding", "connection", "keep-alive", "authorization"}


def build(target: str, key: str) -> Starlette:
    http = httpx.AsyncClient(timeout=httpx.Timeout(60, read=None))

    async def relay(request: Request) -> StreamingResponse:
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in HOP]
        headers.append(("authorization", f"Bearer {key}"))
        url = target + request.url.path + (f"?{request.url.query}" if request.url.query else "")
        req = http.build_request(request.method, url, headers=headers, content=await request.body())
        r = await http.send(req, stream=True)
        out = {k: v for k, v in r.headers.items() if k.lower() not in HOP}
        return StreamingResponse(
            r.aiter_raw(), status_code=r.status_code, headers=out, background=BackgroundTask(r.aclose)
        )

    return Starlette(routes=[Route("/{path:path}", relay, methods=["GET", "POST", "DELETE"])])


if __name__ == "__main__":
    uvicorn.run(build(sys.argv[2], sys.argv[3]), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")

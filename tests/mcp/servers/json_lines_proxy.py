"""An HTTP front for a Streamable HTTP MCP server that answers every POST in ``application/json``
with all the messages of the reply, one per line (the notifications, then the response), where
the server behind it used an SSE stream: the shape some servers reply in.

Usage: python json_lines_proxy.py PORT UPSTREAM_URL
"""

from __future__ import annotations

import json
import sys

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

HOP = {"host", "content-length", "transfer-encoding", "connection", "accept-encoding"}


def build(upstream: str) -> Starlette:
    http = httpx.AsyncClient(timeout=60)

    async def relay(request: Request) -> Response:
        if request.method == "GET":
            return Response(status_code=405, headers={"allow": "POST, DELETE"})  # no standalone stream
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP}
        r = await http.request(request.method, upstream, content=await request.body(), headers=headers)
        out = {k: v for k, v in r.headers.items() if k.lower() not in HOP | {"content-type", "content-encoding"}}
        ctype = r.headers.get("content-type", "")
        if request.method != "POST" or not ctype.startswith("text/event-stream"):
            return Response(r.content, status_code=r.status_code, headers=out, media_type=ctype or None)
        lines = []
        for event in r.text.replace("\r\n", "\n").split("\n\n"):
            data = "\n".join(ln[5:].lstrip(" ") for ln in event.split("\n") if ln.startswith("data:"))
            if data.strip():
                lines.append(json.dumps(json.loads(data)))
        return Response("\n".join(lines) + "\n", status_code=r.status_code, headers=out, media_type="application/json")

    return Starlette(routes=[Route("/mcp", relay, methods=["GET", "POST", "DELETE"])])


if __name__ == "__main__":
    uvicorn.run(build(sys.argv[2]), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")

"""A2A front door bench.

1. Added latency of a blocking ``SendMessage`` (a direct-message answer from an a2a-sdk 1.3
   agent) through the gateway, against calling the agent directly and through the bare aiohttp
   forwarder, measured in the same run (c=1 and c=16).
2. Time from an upstream SSE event to the client: an upstream stamps each event with its send
   time (CLOCK_REALTIME, same machine); the client records the arrival time. Direct and through
   the gateway, median and p99.

``python -m bench a2a``. Internal mode: ``python -m bench.a2a --stream-agent PORT`` runs the
stamping SSE agent.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.baseline import serve, start_forwarder
from bench.loadgen import Result, measure, percentile
from tests.gateway_process import free_port, start_gateway

EVENTS = 200
EVENT_GAP_S = 0.004


#: One blocking ``message/send`` (the 0.3 method set), the body every A2A bench row posts.
SEND_BODY = json.dumps(
    {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "message/send",
        "params": {
            "message": {
                "messageId": "m",
                "role": "user",
                "kind": "message",
                "parts": [{"kind": "text", "text": "quick ping"}],
            }
        },
    }
).encode()


def stream_agent_app(port: int) -> Any:
    """An A2A 1.0 agent whose SendStreamingMessage emits EVENTS artifact chunks, each stamped
    with ``metadata.sent_ns``, framed with CRLF like a2a-sdk."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    base = f"http://127.0.0.1:{port}"
    card = {
        "name": "Stamp",
        "description": "Timestamped stream.",
        "version": "1",
        "supportedInterfaces": [{"url": f"{base}/rpc", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
        "capabilities": {"streaming": True},
        "defaultInputModes": ["text/plain"],
        "defaultOutputModes": ["text/plain"],
        "skills": [],
    }

    async def card_ep(_r: Request) -> JSONResponse:
        return JSONResponse(card)

    async def rpc(request: Request) -> StreamingResponse:
        body = await request.json()
        rid = body.get("id")

        async def events() -> Any:
            task = {"id": "t1", "contextId": "c1", "status": {"state": "TASK_STATE_WORKING"}}
            yield b"data: " + json.dumps({"jsonrpc": "2.0", "id": rid, "result": {"task": task}}).encode() + b"\r\n\r\n"
            for i in range(EVENTS):
                await asyncio.sleep(EVENT_GAP_S)
                ev = {
                    "artifactUpdate": {
                        "taskId": "t1",
                        "contextId": "c1",
                        "append": i > 0,
                        "artifact": {"artifactId": "a", "parts": [{"text": f"chunk {i} "}]},
                        "metadata": {"sent_ns": time.time_ns()},
                    }
                }
                yield b"data: " + json.dumps({"jsonrpc": "2.0", "id": rid, "result": ev}).encode() + b"\r\n\r\n"
            done = {"statusUpdate": {"taskId": "t1", "contextId": "c1", "status": {"state": "TASK_STATE_COMPLETED"}}}
            yield b"data: " + json.dumps({"jsonrpc": "2.0", "id": rid, "result": done}).encode() + b"\r\n\r\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/.well-known/agent-card.json", card_ep), Route("/rpc", rpc, methods=["POST"])])


def _start(args: list[str], health: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, *args])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(health, timeout=0.5)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"{args} did not start")


async def _stream_delays(url: str, headers: dict[str, str], runs: int = 3) -> list[float]:
    """Milliseconds from each event's upstream send time to its arrival here."""
    import aiohttp

    body = json.dumps(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "SendStreamingMessage",
            "params": {"message": {"messageId": "m", "role": "ROLE_USER", "parts": [{"text": "go"}]}},
        }
    ).encode()
    delays: list[float] = []
    async with aiohttp.ClientSession() as s:
        for _ in range(runs):
            async with s.post(
                url, data=body, headers={**headers, "content-type": "application/json", "A2A-Version": "1.0"}
            ) as r:
                buf = b""
                async for chunk in r.content.iter_any():
                    now = time.time_ns()
                    buf += chunk
                    while b"\r\n\r\n" in buf:
                        ev, buf = buf.split(b"\r\n\r\n", 1)
                        if b"sent_ns" in ev:
                            sent = json.loads(ev[5:])["result"]["artifactUpdate"]["metadata"]["sent_ns"]
                            delays.append((now - sent) / 1e6)
    return delays


def _row(name: str, r: Result, base: Result | None) -> str:
    added = f"{r.p50 - base.p50:+.3f} / {r.p99 - base.p99:+.3f}" if base else "-"
    return f"| {name} | {r.p50:.3f} | {r.p99:.3f} | {r.rps:,.0f} | {added} | {r.errors} |"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stream-agent", type=int)
    a, _ = ap.parse_known_args()
    if a.stream_agent:
        serve(stream_agent_app(a.stream_agent), a.stream_agent)
        return
    agents_port, stamp_port = free_port(), free_port()
    agents_url, stamp_url = f"http://127.0.0.1:{agents_port}", f"http://127.0.0.1:{stamp_port}"
    procs = [
        _start(["-m", "tests.a2a.agents", str(agents_port)], agents_url + "/healthz"),
        _start(["-m", "bench.a2a", "--stream-agent", str(stamp_port)], stamp_url + "/.well-known/agent-card.json"),
    ]
    # The 0.3 method set (no A2A-Version header): the bare forwarder does not pass headers on.
    send = SEND_BODY
    rows: list[str] = []
    try:
        fwd, fwd_url = start_forwarder(agents_url, "aiohttp")
        procs.append(fwd)
        config = {
            "semcache": {"enabled": False},
            "a2a": {"agents": {"echo": {"url": f"{agents_url}/echo"}, "stamp": {"url": stamp_url}}},
        }
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d) / "gw", config) as gw:
            key = gw.create_key("bench")
            hdr = {"authorization": f"Bearer {key}", "content-type": "application/json"}
            # Interleaved rounds, best p50 of each path: on a shared, noisy machine this is a
            # steadier estimate of the added cost than one long run per path.
            for c, n, rounds in ((1, 1000, 3), (16, 4000, 1)):
                runs: dict[str, list[Result]] = {"direct": [], "bare": [], "via": []}
                for _ in range(rounds):
                    runs["direct"].append(
                        measure(
                            f"{agents_url}/echo/rpc", concurrency=c, requests=n, method="POST", body=send, headers=hdr
                        )
                    )
                    runs["bare"].append(
                        measure(f"{fwd_url}/echo/rpc", concurrency=c, requests=n, method="POST", body=send, headers=hdr)
                    )
                    runs["via"].append(
                        measure(f"{gw.url}/a2a/echo", concurrency=c, requests=n, method="POST", body=send, headers=hdr)
                    )
                direct, bare, via = (min(runs[k], key=lambda r: r.p50) for k in ("direct", "bare", "via"))
                rows += [
                    _row(f"agent direct, c={c}", direct, None),
                    _row(f"bare aiohttp forwarder, c={c}", bare, direct),
                    _row(f"Bastion /a2a/echo (authn, authz, limit, audit), c={c}", via, direct),
                ]
            direct_d = asyncio.run(_stream_delays(f"{stamp_url}/rpc", {}))
            via_d = asyncio.run(_stream_delays(f"{gw.url}/a2a/stamp", {"authorization": f"Bearer {key}"}))
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)
    print("\n### A2A: blocking send (`message/send`, a direct-message answer from an a2a-sdk agent), ms\n")
    print("Best of 3 interleaved rounds at c=1 (1 round at c=16).\n")
    print("| path | p50 | p99 | req/s | added p50 / p99 vs direct | errors |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\n### A2A: upstream SSE event -> client ({len(via_d)} events), ms\n")
    print("| path | median | p99 | added median |")
    print("|---|---|---|---|")
    dm, vm = statistics.median(direct_d), statistics.median(via_d)
    print(f"| agent direct | {dm:.3f} | {percentile(direct_d, 99):.3f} | - |")
    print(f"| through Bastion | {vm:.3f} | {percentile(via_d, 99):.3f} | {vm - dm:+.3f} |")


if __name__ == "__main__":
    main()

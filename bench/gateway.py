"""Foundation bench: an authenticated no-op call through the whole pipeline (audit writer on)
against a bare Starlette endpoint on the same server stack, measured in the same run."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.loadgen import Result, measure
from tests.gateway_process import free_port, start_gateway

BARE_APP = """
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

async def whoami(request):
    if not request.headers.get("authorization"):
        return JSONResponse({"error": "unauthenticated"}, status_code=401)
    return JSONResponse({"user_id": "bench"})

app = Starlette(routes=[Route("/whoami", whoami)])
"""


def _start_bare(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    (workdir / "bare_app.py").write_text(BARE_APP)
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bare_app:app",
            "--port",
            str(port),
            "--loop",
            "uvloop",
            "--http",
            "httptools",
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=workdir,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/whoami", timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    return proc, url


def _row(name: str, r: Result, base: Result | None) -> str:
    added = f"{r.p50 - base.p50:+.3f} / {r.p99 - base.p99:+.3f}" if base else "-"
    return f"| {name} | {r.p50:.3f} | {r.p99:.3f} | {r.rps:,.0f} | {added} | {r.errors} |"


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        bare, bare_url = _start_bare(work)
        try:
            with start_gateway(work / "gw") as gw:
                key = gw.create_key("bench")
                hdr = {"authorization": f"Bearer {key}"}
                rows = []
                for c, n in ((1, 3000), (16, 12000)):
                    b = measure(bare_url + "/whoami", concurrency=c, requests=n, headers=hdr)
                    g = measure(gw.url + "/whoami", concurrency=c, requests=n, headers=hdr)
                    rows.append(_row(f"bare Starlette, c={c}", b, None))
                    rows.append(_row(f"Bastion pipeline (authn, authz, limit, audit), c={c}", g, b))
                with gw.admin() as a:
                    total = a.get("/admin/stats").json()["calls_total"]
        finally:
            bare.terminate()
            bare.wait(10)
    print("\n### Foundation: authenticated no-op call through the pipeline (ms)\n")
    print("| server | p50 | p99 | req/s | added p50 / p99 | errors |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\nAudit records written (all-time counter after the run): {total:,}")


if __name__ == "__main__":
    main()

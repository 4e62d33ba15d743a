"""OAuth bench: the gateway time an MCP ``tools/call`` costs with a Bastion-issued OAuth access
token against the same call with a ``bst_`` virtual key, in the same run, against the same
stdio upstream called directly (the floor). The token is obtained the way a client gets it:
registration, sign-in at a real OpenID provider (npm ``oidc-provider``), consent, code + PKCE."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

from bench.loadgen import Result, measure
from bench.mcp import FIXTURE, _body, _headers, _stdio_direct
from tests.gateway_process import free_port, start_gateway
from tests.identity.oidc_idp import IdP
from tests.oauth.helpers import access_token

N = 600
LOGIN = {"client_id": "bastion-gateway", "client_secret": "bench-secret-0123456789abcdef0123"}


def _row(name: str, direct: list[Result], via: list[Result]) -> str:
    added = sorted(v.p50 - d.p50 for d, v in zip(direct, via, strict=True))
    added99 = sorted(v.p99 - d.p99 for d, v in zip(direct, via, strict=True))
    mid = len(added) // 2
    p50s = sorted(v.p50 for v in via)
    return f"| {name} | {p50s[mid]:.2f} | **{added[mid]:+.2f}** | {added99[mid]:+.2f} | {sum(v.errors for v in via)} |"


def main() -> None:
    repeats = int(os.environ.get("BENCH_OAUTH_REPEATS", "3"))
    idp_port = free_port()
    with tempfile.TemporaryDirectory() as d:
        config = {
            "auth": {
                "providers": [
                    {
                        "type": "oidc",
                        "issuer": f"http://127.0.0.1:{idp_port}",
                        "audience": ["bastion"],
                        "jwks_refresh_min_s": 1,
                        "sign_in": LOGIN,
                    }
                ],
                "oauth": {"enabled": True, "access_token_ttl_s": 3600},
            },
            "mcp": {"servers": {"fx": {"command": sys.executable, "args": [FIXTURE]}}, "startup_wait_s": 120},
            "limits": {"default_rpm": 0},
        }
        with start_gateway(Path(d) / "gw", config, timeout=300) as gw:
            login = {**LOGIN, "redirect_uris": [gw.url + "/oauth/callback/oidc-0"]}
            idp = IdP(Path(d), [], port=idp_port, login_clients=[login], accounts={"bench": {"groups": ["eng"]}})
            idp.start()
            try:
                token = asyncio.run(access_token(gw, "bench"))["access_token"]
            finally:
                idp.stop()
            key = gw.create_key("bench")
            url = gw.url + "/mcp"
            direct: list[Result] = []
            via_key: list[Result] = []
            via_token: list[Result] = []
            for _ in range(repeats):
                direct.append(asyncio.run(_stdio_direct(1, N)))
                for credential, out in ((key, via_key), (token, via_token)):
                    out.append(
                        measure(
                            url,
                            concurrency=1,
                            requests=N,
                            method="POST",
                            body=_body("fx__echo"),
                            headers=_headers("fx__echo", credential),
                        )
                    )
    print(
        f"### MCP tools/call with an OAuth access token vs a bst_ key (c=1, {N} calls, median of {repeats} "
        "runs, same gateway and run; stdio fixture echo called directly as the floor)\n"
    )
    print("| credential | via gateway p50 ms | added p50 ms | added p99 ms | errors |")
    print("|---|---|---|---|---|")
    print(_row("`bst_` virtual key", direct, via_key))
    print(_row("Bastion OAuth access token (JWT, ES256)", direct, via_token))

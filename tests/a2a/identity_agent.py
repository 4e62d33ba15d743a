"""An A2A agent (a2a-sdk 1.3) that only answers callers with a valid bearer JWT from a trusted
issuer (PyJWT against the issuer's JWKS URL; ``aud`` and ``exp`` checked), and says who it is
talking to: ``sub=<sub> groups=<g1,g2> jti=<jti>``.

Run: ``python -m tests.a2a.identity_agent PORT --trust ISSUER=JWKS_URL --audience AUD``; the
agent lives under ``/who``. Every request (the card too) without a valid token gets 401.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import jwt
import uvicorn
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events.event_queue import EventQueue
from a2a.server.tasks.task_updater import TaskUpdater
from a2a.types import Part
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from tests.a2a.agents import agent_routes
from tests.gateway_process import ROOT, free_port
from tests.processes import answers, stop_process, wait_until


class Verifier:
    def __init__(self, trusted: dict[str, str], audiences: list[str]) -> None:
        self.clients = {iss: jwt.PyJWKClient(url, cache_keys=True, lifespan=5) for iss, url in trusted.items()}
        self.audiences = audiences

    def claims(self, authorization: str) -> dict[str, Any] | None:
        if not authorization.lower().startswith("bearer "):
            return None
        token = authorization[7:]
        try:
            iss = jwt.decode(token, options={"verify_signature": False}).get("iss")
            client = self.clients.get(iss)
            if client is None:
                return None
            key = client.get_signing_key_from_jwt(token)
            return jwt.decode(
                token,
                key.key,
                algorithms=["ES256", "RS256"],
                audience=self.audiences,
                issuer=iss,
                options={"require": ["exp", "sub"]},
            )
        except jwt.PyJWTError:
            return None


class WhoExecutor(AgentExecutor):
    def __init__(self, verifier: Verifier) -> None:
        self.verifier = verifier

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        headers = (context.call_context.state.get("headers") if context.call_context else None) or {}
        claims = self.verifier.claims(headers.get("authorization", "")) or {}
        updater = TaskUpdater(event_queue, context.task_id or "", context.context_id or "")
        text = f"sub={claims.get('sub')} groups={','.join(claims.get('groups') or [])} jti={claims.get('jti')}"
        await event_queue.enqueue_event(updater.new_agent_message([Part(text=text)]))

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await TaskUpdater(event_queue, context.task_id or "", context.context_id or "").cancel()


class RequireToken:
    """401 for any request without a valid token (what a real agent behind OAuth does)."""

    def __init__(self, app: ASGIApp, verifier: Verifier) -> None:
        self.app = app
        self.verifier = verifier

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] != "/healthz":
            headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
            if self.verifier.claims(headers.get("authorization", "")) is None:
                resp = JSONResponse(
                    {"error": "invalid_token"},
                    status_code=401,
                    headers={"www-authenticate": 'Bearer error="invalid_token"'},
                )
                return await resp(scope, receive, send)
        await self.app(scope, receive, send)


@contextlib.contextmanager
def identity_agent(trust: dict[str, str], audience: str, port: int | None = None) -> Iterator[str]:
    """This agent as a process (on ``port``, default a free one), trusting ``issuer -> JWKS
    URL``; yields its base URL (the agent itself is under ``/who``) once it answers."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [sys.executable, "-m", "tests.a2a.identity_agent", str(port), "--audience", audience]
    for iss, jwks in trust.items():
        argv += ["--trust", f"{iss}={jwks}"]
    proc = subprocess.Popen(argv, cwd=ROOT)
    try:
        wait_until(lambda: answers(url + "/healthz"), proc, "identity agent")
        yield url
    finally:
        stop_process(proc)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("--trust", action="append", default=[])
    ap.add_argument("--audience", action="append", default=[])
    a = ap.parse_args()
    verifier = Verifier(dict(t.split("=", 1) for t in a.trust), a.audience)
    base = f"http://127.0.0.1:{a.port}"
    routes = [
        *agent_routes(base, "who", executor=WhoExecutor(verifier), name="Who Agent"),
        Route("/healthz", lambda _r: Response(b"ok")),
    ]
    uvicorn.run(RequireToken(Starlette(routes=routes), verifier), host="127.0.0.1", port=a.port, log_level="warning")


if __name__ == "__main__":
    main()

"""Upstream A2A agents for the tests, built with a2a-sdk 1.3 and served by one process.

Run: ``python -m tests.a2a.agents PORT``. Each agent lives under its own prefix:

* ``/echo``    A2A 1.0 + 0.3 (JSON-RPC and HTTP+JSON), streaming, push notifications.
               "quick ..." answers with a direct message; "wait ..." keeps the task working until
               it is canceled; "headers" answers with the Authorization header the agent got;
               "cut ..." streams one artifact chunk and stops without a final status (a crash);
               anything else streams three artifact chunks and completes.
* ``/legacy``  0.3 only (a 0.3-shaped card, JSON-RPC), same behaviour.
* ``/slow``    answers after 30 seconds.
* ``/old02``   a 0.2.x card, served only at the 0.2 path ``/.well-known/agent.json``.
* ``/hostile-*`` cards the gateway must refuse (huge fields, bad URLs, foreign hosts).
* ``/webhook/{id}`` a client's push webhook: POST records a delivery, GET lists them.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import httpx
import uvicorn
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events.event_queue import EventQueue
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes, create_rest_routes
from a2a.server.tasks.base_push_notification_sender import BasePushNotificationSender
from a2a.server.tasks.inmemory_push_notification_config_store import InMemoryPushNotificationConfigStore
from a2a.server.tasks.inmemory_task_store import InMemoryTaskStore
from a2a.server.tasks.task_updater import TaskUpdater
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill, Part, Task, TaskState, TaskStatus
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route


class EchoExecutor(AgentExecutor):
    def __init__(self, delay: float = 0.02) -> None:
        self.delay = delay

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        text = context.get_user_input()
        updater = TaskUpdater(event_queue, context.task_id or "", context.context_id or "")
        if text.startswith("quick"):
            await event_queue.enqueue_event(updater.new_agent_message([Part(text=f"Hi! ({text})")]))
            return
        if text == "headers":
            headers = (context.call_context.state.get("headers") if context.call_context else None) or {}
            await event_queue.enqueue_event(
                updater.new_agent_message([Part(text=f"authorization={headers.get('authorization', '')}")])
            )
            return
        await event_queue.enqueue_event(
            Task(
                id=context.task_id,
                context_id=context.context_id,
                status=TaskStatus(state=TaskState.TASK_STATE_SUBMITTED),
                history=[context.message],
            )
        )
        if text.startswith("note"):
            await updater.start_work(updater.new_agent_message([Part(text=f"noting: {text}")]))
        else:
            await updater.start_work()
        if text.startswith("wait"):
            await asyncio.sleep(120)
            return
        if text.startswith("slow"):
            await asyncio.sleep(30)
        if text.startswith("cut"):
            # Ends the event stream with the task still working: no terminal status follows.
            await updater.add_artifact([Part(text="partial ")], artifact_id="answer", name="answer")
            return
        for i, word in enumerate(["Hello", "World!", f"You said: {text}"]):
            await asyncio.sleep(self.delay)
            await updater.add_artifact(
                [Part(text=word + " ")], artifact_id="answer", name="answer", append=i > 0, last_chunk=(i == 2)
            )
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await TaskUpdater(event_queue, context.task_id or "", context.context_id or "").cancel()


SKILLS = [
    AgentSkill(
        id="echo",
        name="Echo",
        description="Repeats what you say, with a greeting.",
        tags=["demo", "greeting"],
        examples=["hello"],
    )
]


def agent_routes(
    base: str, prefix: str, *, v10: bool = True, executor: AgentExecutor | None = None, name: str = "Echo Agent"
) -> list[Any]:
    url = f"{base}/{prefix}"
    interfaces = []
    if v10:
        interfaces += [
            AgentInterface(protocol_binding="JSONRPC", protocol_version="1.0", url=f"{url}/rpc"),
            AgentInterface(protocol_binding="HTTP+JSON", protocol_version="1.0", url=f"{url}/rest"),
        ]
    interfaces.append(AgentInterface(protocol_binding="JSONRPC", protocol_version="0.3", url=f"{url}/rpc"))
    card = AgentCard(
        name=name,
        description="A test agent.",
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True, push_notifications=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=SKILLS,
        supported_interfaces=interfaces,
    )
    push_store = InMemoryPushNotificationConfigStore()
    handler = DefaultRequestHandler(
        agent_executor=executor or EchoExecutor(),
        task_store=InMemoryTaskStore(),
        agent_card=card,
        push_config_store=push_store,
        push_sender=BasePushNotificationSender(httpx.AsyncClient(timeout=10), push_store),
    )
    routes: list[Any] = []
    if v10:
        routes += create_agent_card_routes(card, cache_control="max-age=60")
    else:
        # A card as a 0.3 agent publishes it (no supportedInterfaces).
        async def legacy_card(_r: Request) -> JSONResponse:
            return JSONResponse(
                {
                    "name": name,
                    "description": "A 0.3 test agent.",
                    "version": "0.3.0",
                    "protocolVersion": "0.3.0",
                    "url": f"{url}/rpc",
                    "preferredTransport": "JSONRPC",
                    "capabilities": {"streaming": True, "pushNotifications": False},
                    "defaultInputModes": ["text/plain"],
                    "defaultOutputModes": ["text/plain"],
                    "skills": [
                        {"id": "legacy-echo", "name": "Legacy echo", "description": "Echoes.", "tags": ["legacy"]}
                    ],
                }
            )

        routes.append(Route("/.well-known/agent-card.json", legacy_card))
    # The SDK's REST routes end with a catch-all tenant mount: keep them last.
    routes += [
        *create_jsonrpc_routes(handler, rpc_url="/rpc", enable_v0_3_compat=True),
        *create_rest_routes(handler, path_prefix="/rest", enable_v0_3_compat=True),
    ]
    return [Mount(f"/{prefix}", routes=routes)]


def hostile_routes(base: str) -> list[Any]:
    def card(**over: Any) -> dict[str, Any]:
        c: dict[str, Any] = {
            "name": "Hostile",
            "description": "x",
            "version": "1",
            "supportedInterfaces": [
                {"url": f"{base}/hostile/rpc", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}
            ],
            "capabilities": {},
            "defaultInputModes": ["text/plain"],
            "defaultOutputModes": ["text/plain"],
            "skills": [],
        }
        c.update(over)
        return c

    cards = {
        "huge": card(description="A" * 100_000),
        "badurl": card(
            supportedInterfaces=[{"url": "file:///etc/passwd", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}]
        ),
        "foreign": card(
            supportedInterfaces=[
                {"url": "http://169.254.169.254/latest", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}
            ]
        ),
        "grpconly": card(
            supportedInterfaces=[{"url": f"{base}/x", "protocolBinding": "GRPC", "protocolVersion": "1.0"}]
        ),
        "notjson": None,
    }
    routes = []
    for key, c in cards.items():

        async def serve(_r: Request, c: Any = c) -> Response:
            if c is None:
                return Response(b"<html>not a card</html>", media_type="text/html")
            return JSONResponse(c)

        routes.append(Route(f"/hostile-{key}/.well-known/agent-card.json", serve))
    return routes


class Webhooks:
    def __init__(self) -> None:
        self.received: dict[str, list[dict[str, Any]]] = {}

    async def post(self, request: Request) -> Response:
        hook = request.path_params["hook"]
        self.received.setdefault(hook, []).append(
            {
                "token": request.headers.get("x-a2a-notification-token"),
                "authorization": request.headers.get("authorization"),
                "body": await request.json(),
            }
        )
        return Response(status_code=200)

    async def get(self, request: Request) -> JSONResponse:
        return JSONResponse(self.received.get(request.path_params["hook"], []))


def build_app(port: int) -> Starlette:
    base = f"http://127.0.0.1:{port}"

    async def old02_card(_r: Request) -> JSONResponse:
        # A 0.2.x card, at the 0.2 well-known path only.
        return JSONResponse(
            {
                "name": "Old",
                "description": "0.2 agent",
                "version": "0.2.0",
                "protocolVersion": "0.2.6",
                "url": f"{base}/legacy/rpc",
                "capabilities": {},
                "defaultInputModes": ["text/plain"],
                "defaultOutputModes": ["text/plain"],
                "skills": [],
            }
        )

    hooks = Webhooks()
    routes: list[Any] = [
        *agent_routes(base, "echo"),
        *agent_routes(base, "legacy", v10=False, name="Legacy Agent"),
        *agent_routes(base, "slow", executor=EchoExecutor(delay=30.0), name="Slow Agent"),
        *hostile_routes(base),
        Route("/webhook/{hook}", hooks.post, methods=["POST"]),
        Route("/webhook/{hook}", hooks.get, methods=["GET"]),
        Route("/old02/.well-known/agent.json", old02_card),
        Route("/healthz", lambda _r: Response(b"ok")),
    ]
    return Starlette(routes=routes)


if __name__ == "__main__":
    port = int(sys.argv[1])
    uvicorn.run(build_app(port), host="127.0.0.1", port=port, log_level="warning")

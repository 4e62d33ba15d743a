"""Concierge agent: an a2a-sdk 1.x agent that delegates to another agent *through the Bastion
gateway's A2A routing* (``/a2a/{name}``), so the agent-to-agent hop is authenticated, checked by
policy and audited like any other call.

    BASTION_URL=http://127.0.0.1:8787 BASTION_KEY=bst_... python examples/agents/concierge_agent/agent.py \\
        --port 9102 --delegate time

It streams the delegate's answer back as its own artifact.
"""

from __future__ import annotations

import argparse
import os
import uuid

import httpx
import uvicorn
from a2a.client import ClientConfig, create_client
from a2a.helpers.proto_helpers import get_artifact_text, get_message_text
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events.event_queue import EventQueue
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes, create_rest_routes
from a2a.server.tasks.inmemory_task_store import InMemoryTaskStore
from a2a.server.tasks.task_updater import TaskUpdater
from a2a.types import (
    AgentCapabilities,
    AgentCard,
    AgentInterface,
    AgentSkill,
    Message,
    Part,
    Role,
    SendMessageRequest,
    Task,
    TaskState,
    TaskStatus,
)
from starlette.applications import Starlette


class ConciergeExecutor(AgentExecutor):
    def __init__(self, gateway_url: str, key: str, delegate: str) -> None:
        self.agent_url = f"{gateway_url.rstrip('/')}/a2a/{delegate}"
        self.key = key
        self.delegate = delegate

    async def ask_delegate(self, text: str) -> str:
        """One message to the delegate through the gateway; the answer's text."""
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {self.key}"}, timeout=60) as http:
            client = await create_client(self.agent_url, client_config=ClientConfig(streaming=False, httpx_client=http))
            async with client:
                req = SendMessageRequest(
                    message=Message(message_id=str(uuid.uuid4()), role=Role.ROLE_USER, parts=[Part(text=text)])
                )
                parts: list[str] = []
                async for ev in client.send_message(req):
                    if ev.HasField("message"):
                        parts.append(get_message_text(ev.message))
                    elif ev.HasField("task"):
                        parts += [get_artifact_text(a) for a in ev.task.artifacts]
                return " ".join(p for p in parts if p).strip()

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        updater = TaskUpdater(event_queue, context.task_id or "", context.context_id or "")
        # A task starts with the Task itself; status and artifact events follow.
        await event_queue.enqueue_event(
            Task(
                id=context.task_id,
                context_id=context.context_id,
                status=TaskStatus(state=TaskState.TASK_STATE_SUBMITTED),
                history=[context.message],
            )
        )
        await updater.start_work(
            updater.new_agent_message([Part(text=f"Asking the {self.delegate} agent via Bastion...")])
        )
        try:
            answer = await self.ask_delegate(context.get_user_input())
        except Exception as e:  # noqa: BLE001 - report the delegate's failure to our caller
            await updater.failed(updater.new_agent_message([Part(text=f"The {self.delegate} agent failed: {e}")]))
            return
        await updater.add_artifact([Part(text=f"{self.delegate} says: {answer}")], name="answer")
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await TaskUpdater(event_queue, context.task_id or "", context.context_id or "").cancel()


def build_app(host: str, port: int, gateway_url: str, key: str, delegate: str) -> Starlette:
    base = f"http://{host}:{port}"
    card = AgentCard(
        name="Concierge",
        description=f"Answers by delegating to the '{delegate}' agent through Bastion.",
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[
            AgentSkill(
                id="concierge",
                name="Concierge",
                description="Routes your question to a specialist agent.",
                tags=["delegation"],
                examples=["what time is it in Tokyo?"],
            )
        ],
        supported_interfaces=[AgentInterface(protocol_binding="JSONRPC", protocol_version="1.0", url=f"{base}/rpc")],
    )
    handler = DefaultRequestHandler(
        agent_executor=ConciergeExecutor(gateway_url, key, delegate), task_store=InMemoryTaskStore(), agent_card=card
    )
    return Starlette(
        routes=[
            *create_agent_card_routes(card),
            *create_jsonrpc_routes(handler, rpc_url="/rpc"),
            *create_rest_routes(handler, path_prefix="/rest"),
        ]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=9102)
    ap.add_argument("--delegate", default="time", help="Name of the agent at the gateway to delegate to.")
    ap.add_argument("--gateway", default=os.environ.get("BASTION_URL", "http://127.0.0.1:8787"))
    a = ap.parse_args()
    key = os.environ.get("BASTION_KEY")
    if not key:
        raise SystemExit("set BASTION_KEY to a Bastion API key (bastion keys create ...)")
    uvicorn.run(build_app(a.host, a.port, a.gateway, key, a.delegate), host=a.host, port=a.port, log_level="warning")


if __name__ == "__main__":
    main()

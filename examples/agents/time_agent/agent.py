"""Time agent: an a2a-sdk 1.x agent that answers with tools it calls through Bastion's MCP
endpoint (``/mcp``), authenticated with a Bastion key.

    BASTION_URL=http://127.0.0.1:8787 BASTION_KEY=bst_... python examples/agents/time_agent/agent.py --port 9101

Ask it "what time is it in Tokyo?" or "tools". Every tool call it makes is a governed, cached
and audited MCP call at the gateway, under the key it was given.
"""

from __future__ import annotations

import argparse
import os
import re

import httpx2
import uvicorn
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events.event_queue import EventQueue
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes, create_rest_routes
from a2a.server.tasks.inmemory_task_store import InMemoryTaskStore
from a2a.server.tasks.task_updater import TaskUpdater
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill, Part, Task, TaskState, TaskStatus
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from starlette.applications import Starlette

CITIES = {
    "tokyo": "Asia/Tokyo",
    "london": "Europe/London",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "new york": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "sydney": "Australia/Sydney",
    "utc": "UTC",
}


def timezone_in(text: str) -> str | None:
    """The IANA zone a question mentions ("in Tokyo", "in Europe/Paris"), if any."""
    low = text.lower()
    for city, zone in CITIES.items():
        if city in low:
            return zone
    m = re.search(r"\b([A-Z][a-z]+/[A-Za-z_]+)\b", text)
    return m.group(1) if m else None


class GatewayTools:
    """MCP tools reached through the gateway, with a Bastion key (never an upstream secret)."""

    def __init__(self, gateway_url: str, key: str) -> None:
        self.url = gateway_url.rstrip("/") + "/mcp"
        self.key = key

    async def _client(self) -> tuple[httpx2.AsyncClient, Client]:
        http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {self.key}"}, timeout=30)
        return http, Client(streamable_http_client(self.url, http_client=http))

    async def names(self) -> list[str]:
        http, client = await self._client()
        async with http, client:
            return [t.name for t in (await client.list_tools()).tools]

    async def call(self, suffix: str, arguments: dict) -> tuple[str, str]:
        """Call the first tool whose name ends with ``suffix``; returns (tool name, text)."""
        http, client = await self._client()
        async with http, client:
            tools = [t.name for t in (await client.list_tools()).tools if t.name.endswith(suffix)]
            if not tools:
                return "", f"the gateway offers no '{suffix}' tool to this key"
            result = await client.call_tool(tools[0], arguments)
            text = " ".join(getattr(c, "text", "") for c in result.content).strip()
            return tools[0], text or str(result.structured_content)


class TimeExecutor(AgentExecutor):
    def __init__(self, tools: GatewayTools) -> None:
        self.tools = tools

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        question = context.get_user_input()
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
        if question.strip().lower() == "tools":
            names = await self.tools.names()
            await updater.add_artifact([Part(text="Tools I can use: " + ", ".join(names))], name="answer")
            await updater.complete()
            return
        zone = timezone_in(question) or "UTC"
        await updater.start_work(
            updater.new_agent_message([Part(text=f"Asking the gateway's time tool for {zone}...")])
        )
        tool, text = await self.tools.call("get_current_time", {"timezone": zone})
        answer = f"{text}" + (f" (via {tool})" if tool else "")
        await updater.add_artifact([Part(text=answer)], name="answer")
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await TaskUpdater(event_queue, context.task_id or "", context.context_id or "").cancel()


def build_app(host: str, port: int, gateway_url: str, key: str) -> Starlette:
    base = f"http://{host}:{port}"
    card = AgentCard(
        name="Time Agent",
        description="Tells the time anywhere, using tools behind the Bastion gateway.",
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[
            AgentSkill(
                id="current-time",
                name="Current time",
                description="The current time in a city or time zone.",
                tags=["time", "tools"],
                examples=["what time is it in Tokyo?", "tools"],
            )
        ],
        supported_interfaces=[
            AgentInterface(protocol_binding="JSONRPC", protocol_version="1.0", url=f"{base}/rpc"),
            AgentInterface(protocol_binding="HTTP+JSON", protocol_version="1.0", url=f"{base}/rest"),
        ],
    )
    handler = DefaultRequestHandler(
        agent_executor=TimeExecutor(GatewayTools(gateway_url, key)), task_store=InMemoryTaskStore(), agent_card=card
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
    ap.add_argument("--port", type=int, default=9101)
    ap.add_argument("--gateway", default=os.environ.get("BASTION_URL", "http://127.0.0.1:8787"))
    a = ap.parse_args()
    key = os.environ.get("BASTION_KEY")
    if not key:
        raise SystemExit("set BASTION_KEY to a Bastion API key (bastion keys create ...)")
    uvicorn.run(build_app(a.host, a.port, a.gateway, key), host=a.host, port=a.port, log_level="warning")


if __name__ == "__main__":
    main()

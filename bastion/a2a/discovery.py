"""Discovery: ``GET /a2a/agents`` (search), ``GET /a2a/agents/{name}`` and each agent's
rewritten card at ``/a2a/{name}/.well-known/agent-card.json``.

These are pipeline calls too (authenticated, authorized per agent, audited). A caller only sees
agents it may call; any other name answers 404 like a missing one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from bastion.a2a.errors import rest_refusal
from bastion.a2a.facts import AgentFacts
from bastion.a2a.registry import Agent, Registry
from bastion.gateway.authn import credentials_of
from bastion.gateway.call import Call, Kind, Listed, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.pipeline import Pipeline


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type="application/json", headers=headers)


class Discovery:
    def __init__(
        self,
        registry: Registry,
        pipeline: Pipeline,
        base_url: Callable[[Request], str],
        *,
        max_age_s: int,
        public_cards: bool,
    ) -> None:
        self.registry = registry
        self.pipeline = pipeline
        self.base_url = base_url
        self.cache_control = f"max-age={max_age_s}, must-revalidate" if max_age_s else "no-cache"
        if not public_cards:
            self.cache_control = "private, " + self.cache_control
        self.public_cards = public_cards

    def _call(self, request: Request, kind: Kind, target: str, method: str) -> Call:
        call = Call(
            front_door="a2a",
            kind=kind,
            target=target,
            method=method,
            credentials=credentials_of(request),
            trace_id=trace_id_of(request.scope),
        )
        call.put(AgentFacts(agent=target))
        return call

    def _agent(self, name: str) -> Agent:
        agent = self.registry.get(name)
        if agent is None:
            raise Refusal(404, "agent_not_found", f"no agent named '{name}' is available")
        return agent

    async def list_agents(self, request: Request) -> Response:
        q = request.query_params
        call = self._call(request, "list", "agents", "ListAgents")
        found: list[Agent] = []

        async def route(c: Call) -> None:
            assert c.principal is not None  # authenticated by the pipeline
            found.extend(
                self.registry.search(
                    c.principal,
                    q=q.get("q"),
                    skill=q.get("skill"),
                    tag=q.get("tag"),
                    name=q.get("name"),
                )
            )
            c.put(Listed(len(found)))

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            return rest_refusal(r)
        base = self.base_url(request)
        return _json({"agents": [self._entry(a, base) for a in found]})

    def _entry(self, a: Agent, base: str) -> dict[str, Any]:
        return {
            **a.summary(),
            "url": f"{base}/a2a/{a.name}",
            "card_url": f"{base}/a2a/{a.name}/.well-known/agent-card.json",
        }

    async def _admitted(self, request: Request, name: str, method: str) -> Response | None:
        """Run the pipeline for a look at one agent (authenticated, authorized, audited; the
        route only checks the agent exists). None when admitted, else the refusal."""
        call = self._call(request, "agent", name, method)

        async def route(c: Call) -> None:
            self._agent(name)

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            return rest_refusal(r)
        return None

    async def get_agent(self, request: Request) -> Response:
        name = request.path_params["name"]
        refused = await self._admitted(request, name, "GetAgent")
        if refused is not None:
            return refused
        agent = self._agent(name)
        return _json({**self._entry(agent, self.base_url(request)), "last_error": agent.last_error})

    async def card(self, request: Request) -> Response:
        name = request.path_params["name"]
        if not self.public_cards:
            refused = await self._admitted(request, name, "GetAgentCard")
            if refused is not None:
                return refused
        agent = self.registry.get(name)
        served = self.registry.served_card(agent, self.base_url(request)) if agent else None
        if served is None:
            return rest_refusal(Refusal(404, "agent_not_found", f"no card for agent '{name}' yet"))
        headers = {"ETag": served.etag, "Cache-Control": self.cache_control, "Vary": "Authorization"}
        inm = request.headers.get("if-none-match")
        if inm and any(t.strip().removeprefix("W/") == served.etag for t in inm.split(",")):
            return Response(status_code=304, headers=headers)
        return Response(served.body, media_type="application/json", headers=headers)

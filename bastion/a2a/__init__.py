"""A2A front door: agent registry, rewritten agent cards and governed agent-to-agent routing.

``A2AFrontDoor(settings.a2a)`` is a ``FrontDoor``: ``provide(core)`` builds the agent registry
and gives the authorizer its allow lists; ``mount(app, core)`` adds:

* ``GET  /a2a/agents`` and ``GET /a2a/agents/{name}``: discovery (only agents the caller may call)
* ``GET  /a2a/{name}/.well-known/agent-card.json``: the agent's card, rewritten for the gateway
* ``POST /a2a/{name}``: JSON-RPC (A2A 1.0 and 0.3 method names)
* ``/a2a/{name}/...``: the HTTP+JSON binding
* ``POST /a2a/_push/{key}``: the gateway's webhook for agents' push notifications
* ``/admin/a2a/agents``: registration (admin role)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from bastion.a2a.admin import admin_router
from bastion.a2a.discovery import Discovery
from bastion.a2a.errors import jsonrpc_error
from bastion.a2a.jsonrpc import JsonRpcEndpoint
from bastion.a2a.push import PushRelay
from bastion.a2a.registry import Registry
from bastion.a2a.rest import RestEndpoint
from bastion.a2a.router import Router
from bastion.a2a.settings import A2ASettings
from bastion.a2a.tasks import TaskMap
from bastion.a2a.upstream import UpstreamHTTP
from bastion.gateway.call import Call

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bastion.gateway.core import Core


def _base_url(public_url: str | None) -> Callable[[Request], str]:
    if public_url:
        fixed = public_url.rstrip("/")
        return lambda _request: fixed
    return lambda request: str(request.base_url).rstrip("/")


def _agent_check(registry: Registry) -> Callable[[Call], str | None]:
    """The per-agent allow lists, as an authorizer check (the authorize stage runs it)."""

    def check(call: Call) -> str | None:
        if call.kind != "agent" or call.principal is None:
            return None
        agent = registry.get(call.target)
        if agent is not None and not agent.may_call(call.principal):
            return f"agent '{call.target}' is not allowed for this caller"
        return None

    return check


def _render(status: int, code: str, message: str, retry_after: float | None) -> Response:
    return jsonrpc_error(None, status, code, message, retry_after)


class A2AFrontDoor:
    """The A2A front door (``FrontDoor``): provides the per-agent allow lists to the authorizer,
    then mounts the routes."""

    name = "a2a"

    def __init__(self, settings: A2ASettings) -> None:
        self.settings = settings
        self.registry: Registry | None = None
        self.http: UpstreamHTTP | None = None

    def provide(self, core: Core) -> None:
        """The agent registry (settings and store) and its allow lists as an authorizer check."""
        settings = self.settings
        if not settings.enabled:
            return
        self.http = UpstreamHTTP()
        self.registry = Registry(settings, self.http, push_relayed=settings.push.enabled, outbound=core.outbound)
        core.authorizer.add_check("a2a", _agent_check(self.registry))

    def mount(self, app: FastAPI, core: Core) -> None:
        """Build the pipeline and the router once and add the routes to ``app``."""
        settings, registry, http = self.settings, self.registry, self.http
        if registry is None or http is None:  # switched off (a2a.enabled: false)
            return
        tasks = TaskMap(None, settings.task_cache_size)
        pipeline = core.pipeline("a2a")
        push = PushRelay(settings.push, core.kv, http, tasks, pipeline, core.refusals)
        router = Router(registry, tasks, http, pipeline, push)
        base_url = _base_url(core.settings.server.public_url)
        discovery = Discovery(
            registry, pipeline, base_url, max_age_s=settings.card_max_age_s, public_cards=settings.public_cards
        )
        rpc = JsonRpcEndpoint(router, base_url, core.refusals)
        rest = RestEndpoint(router, base_url, core.refusals)

        app.add_route("/a2a/agents", discovery.list_agents, methods=["GET"], include_in_schema=False)
        app.add_route("/a2a/agents/{name}", discovery.get_agent, methods=["GET"], include_in_schema=False)
        app.add_route("/a2a/_push/{key}", push.deliver, methods=["POST"], include_in_schema=False)
        for card_path in ("/.well-known/agent-card.json", "/.well-known/agent.json"):
            app.add_route("/a2a/{name}" + card_path, discovery.card, methods=["GET"], include_in_schema=False)
        app.add_route("/a2a/{name}", rpc.__call__, methods=["POST"], include_in_schema=False)
        # The agent URL with a trailing slash is still the JSON-RPC endpoint (clients join paths
        # differently); the HTTP+JSON binding has no operation at the bare interface URL.
        app.add_route("/a2a/{name}/", rpc.__call__, methods=["POST"], include_in_schema=False)
        app.add_route(
            "/a2a/{name}/{path:path}", rest.__call__, methods=["GET", "POST", "DELETE"], include_in_schema=False
        )
        app.include_router(admin_router(core, registry))
        core.errors.register("/a2a/", _render)

        def _tasks_running() -> contextlib.AbstractAsyncContextManager[TaskMap]:
            tasks.bind(core.store.engine)
            return tasks.running()

        core.lifecycles.append(http.running)
        core.lifecycles.append(_tasks_running)
        core.lifecycles.append(lambda: registry.running(core.store.engine))
        app.state.a2a_registry = registry

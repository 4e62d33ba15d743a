"""Stage 2: may this principal use this model / MCP server / tool / agent?

Grants come from the key (``Principal.grants``); ``None`` means unrestricted. Front doors that
know more (an agent's allowed groups, a virtual server's tool subset) register extra checks
instead of re-implementing the stage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from bastion.gateway.call import Call, Refusal
from bastion.gateway.pipeline import StageOutcome
from bastion.gateway.principal import Principal
from bastion.gateway.trail import TRAIL, on_trail

#: An extra check: returns a reason to refuse, or None to allow.
Check = Callable[[Call], str | None]

#: The admin API calls (``METHOD /path``) the ``auditor`` role may make: read traces, policies,
#: usage, budgets, caches and the registry, and try texts in the policy sandbox; change nothing
#: and see no keys or user records.
AUDITOR_CALLS = re.compile(
    r"^(GET /admin/(stats|traces|usage|budgets|policies|cache/|mcp/(servers|pins|virtual-servers)|a2a/agents"
    r"|users/[^/]+/budget$|groups/[^/]+/budget$)"
    r"|POST /admin/policies/test$)"
)


@on_trail
@dataclass(frozen=True, slots=True)
class ServerTarget:
    """The upstream server an MCP call goes to (tools, resources, prompts, completions), as
    authorization checks it against the key's server grants; set by the MCP front door. Without
    it the server is the target's prefix (``server__tool``)."""

    server: str = field(metadata=TRAIL)


def matches(name: str, patterns: Iterable[str] | None) -> bool:
    """Whether ``name`` is allowed by a grant list (``None`` = all; globs allowed)."""
    if patterns is None:
        return True
    return any(p == name or p == "*" or fnmatchcase(name, p) for p in patterns)


class Authorizer:
    def __init__(self) -> None:
        self.checks: dict[str, list[Check]] = {}

    def add_check(self, front_door: str, check: Check) -> None:
        """Register a front-door specific check, run after the grant checks."""
        self.checks.setdefault(front_door, []).append(check)

    def may_use_model(self, p: Principal, model: str) -> bool:
        return matches(model, p.grants.models)

    def may_use_server(self, p: Principal, server: str) -> bool:
        return matches(server, p.grants.mcp_servers)

    def may_use_tool(self, p: Principal, server: str, tool: str) -> bool:
        """``tool`` is the hub's namespaced name (``server__tool``)."""
        return self.may_use_server(p, server) and matches(tool, p.grants.tools)

    def may_use_agent(self, p: Principal, agent: str) -> bool:
        return matches(agent, p.grants.agents)

    def reason_to_refuse(self, call: Call) -> str | None:
        p = call.principal
        assert p is not None, "authorize runs after authenticate"
        kind = call.kind
        if call.front_door == "admin" or kind == "admin":
            if p.is_admin or ("auditor" in p.roles and AUDITOR_CALLS.match(call.target)):
                return None
            return "admin role required"
        if kind in ("chat", "embedding"):
            if not self.may_use_model(p, call.target):
                return f"model '{call.target}' is not allowed for this key"
        elif call.front_door == "mcp" and kind != "list":
            # (A list is filtered to what the caller may see rather than refused.)
            target = call.fact(ServerTarget)
            server = target.server if target is not None else call.target.split("__", 1)[0]
            if kind == "tool" and not self.may_use_tool(p, server, call.target):
                return f"tool '{call.target}' is not allowed for this key"
            if not self.may_use_server(p, server):
                return f"server '{server}' is not allowed for this key"
        elif kind == "agent":
            if not self.may_use_agent(p, call.target):
                return f"agent '{call.target}' is not allowed for this key"
        for check in self.checks.get(call.front_door, ()):
            reason = check(call)
            if reason:
                return reason
        return None


class Authorize:
    """Stage 2. Refuses with 403 (the front door may render it as "unknown tool" where its
    protocol says a forbidden name must look like a missing one)."""

    name = "authorize"

    def __init__(self, authorizer: Authorizer) -> None:
        self.authorizer = authorizer

    async def process(self, call: Call) -> StageOutcome:
        reason = self.authorizer.reason_to_refuse(call)
        if reason:
            raise Refusal(403, "forbidden", reason)
        return None

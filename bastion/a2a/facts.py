"""Typed facts the A2A front door puts on its calls (``Call.put`` / ``Call.fact``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bastion.gateway.call import Call
from bastion.gateway.trail import TRAIL, on_trail


@on_trail
@dataclass(slots=True)
class AgentFacts:
    """Which agent a call went to, how, and the task it is about (filled in as the route reads
    the agent's answer: the task's id, context and last state)."""

    agent: str | None = field(default=None, metadata=TRAIL)
    #: The A2A protocol version the caller spoke (``A2A-Version``).
    a2a_version: str | None = field(default=None, metadata=TRAIL)
    #: ``jsonrpc`` or ``rest``.
    binding: str | None = field(default=None, metadata=TRAIL)
    #: REST only: the operation the path names.
    operation: str | None = field(default=None, metadata=TRAIL)
    task_id: str | None = field(default=None, metadata=TRAIL)
    context_id: str | None = field(default=None, metadata=TRAIL)
    state: str | None = field(default=None, metadata=TRAIL)
    #: The call set a push-notification config that the gateway relays.
    push_relay: bool | None = field(default=None, metadata=TRAIL)
    #: Push deliveries: the client webhook's HTTP status.
    webhook_status: int | None = field(default=None, metadata=TRAIL)


def agent_facts(call: Call) -> AgentFacts:
    """The call's ``AgentFacts``, put empty on first use."""
    facts = call.fact(AgentFacts)
    if facts is None:
        facts = AgentFacts()
        call.put(facts)
    return facts

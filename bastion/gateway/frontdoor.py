"""The contract between the core and a front door (LLM, MCP, A2A): two steps, in this order.

1. ``provide(core)``: what the front door gives the core and the other front doors: a service
   (the LLM front door's ``core.chat``), an authorizer check (A2A's per-agent allow lists),
   protected resources (MCP's virtual servers for the OAuth server), lifecycles to run.
2. ``mount(app, core)``: build its pipelines and add its routes.

The composition root (``bastion/app.py``) calls ``provide`` on every front door before it calls
``mount`` on any, so what one front door reads from the core in ``mount`` is complete whatever
the order of the list, and no pipeline is built before the core has all its stages (the
policy engine is built with the core itself). A front door imports the core, never another
front door; the core imports no front door (``tests/test_import_rules.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bastion.gateway.core import Core


class FrontDoor(Protocol):
    """One way into the gateway, built from its own typed settings section."""

    #: The ``front_door`` of its calls and the name in logs (``llm``, ``mcp``, ``a2a``).
    name: str

    def provide(self, core: Core) -> None:
        """Give the core what this front door offers; build no pipeline or route yet."""

    def mount(self, app: FastAPI, core: Core) -> None:
        """Build the pipelines (once) and add the routes to ``app``."""

"""Pinned tool definitions: a changed description or schema is recorded, and may be held back.

The first definition seen for a tool is pinned (trust on first use). When an upstream later
lists a different definition, the change is reported to the audit trail; under the ``hold``
policy the pinned definition keeps being served until an admin approves the new one (a tool
whose description suddenly tells the model to exfiltrate files is the attack this stops).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
import sqlalchemy as sa

from bastion.gateway.trail import TRAIL, on_trail
from bastion.mcp_bridge.tables import mcp_tool_pins

#: The parts of a tool definition a change of which matters to the model or the caller.
PINNED_FIELDS = ("title", "description", "inputSchema", "outputSchema", "annotations")


def definition_digest(tool: dict[str, Any]) -> str:
    core = {k: tool.get(k) for k in PINNED_FIELDS}
    return hashlib.sha256(orjson.dumps(core, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass
class Pin:
    digest: str
    definition: dict[str, Any]
    #: A held change: its digest and definition. A rejected change keeps its digest (so the
    #: same definition is not raised again) and drops the definition (nothing to approve).
    pending_digest: str | None = None
    pending_definition: dict[str, Any] | None = None

    @property
    def awaiting(self) -> bool:
        return self.pending_digest is not None and self.pending_definition is not None

    @property
    def rejected(self) -> bool:
        return self.pending_digest is not None and self.pending_definition is None


@on_trail
@dataclass
class DefinitionChange:
    """A tool's definition changed under its pin; also the facts of its audit record."""

    server: str = field(metadata=TRAIL)
    tool: str = field(metadata=TRAIL)
    old_digest: str = field(metadata=TRAIL)
    new_digest: str = field(metadata=TRAIL)
    action: Literal["adopted", "held"] = field(metadata=TRAIL)


OnChange = Callable[[DefinitionChange], Awaitable[None]]


class PinStore:
    """In-memory pins backed by the ``mcp_tool_pins`` table (when a store is given)."""

    def __init__(self, policy: Literal["off", "record", "hold"], store: Any, on_change: OnChange) -> None:
        self.policy = policy
        self.store = store
        self.on_change = on_change
        self.pins: dict[tuple[str, str], Pin] = {}

    async def load(self) -> None:
        if self.store is None:
            return
        async with self.store.engine.connect() as conn:
            rows = (await conn.execute(sa.select(mcp_tool_pins))).mappings().all()
        for r in rows:
            self.pins[(r["server"], r["tool"])] = Pin(
                r["digest"], r["definition"], r["pending_digest"], r["pending_definition"]
            )

    async def reconcile(self, server: str, tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The definitions to serve for ``server``'s current tool list."""
        if self.policy == "off":
            return tools
        out: list[dict[str, Any]] = []
        for tool in tools:
            name = tool.get("name", "")
            digest = definition_digest(tool)
            pin = self.pins.get((server, name))
            if pin is None:
                await self._save(server, name, Pin(digest, tool), new=True)
                out.append(tool)
                continue
            if pin.digest == digest:
                if pin.pending_digest is not None:  # the upstream went back to the pinned one
                    pin.pending_digest = pin.pending_definition = None
                    await self._save(server, name, pin)
                out.append(tool)
                continue
            if self.policy == "hold":
                if pin.pending_digest != digest:
                    pin.pending_digest, pin.pending_definition = digest, tool
                    await self._save(server, name, pin)
                    await self.on_change(DefinitionChange(server, name, pin.digest, digest, "held"))
                # Serve the pinned definition under the current name.
                out.append({**pin.definition, "name": name})
            else:
                old = pin.digest
                await self._save(server, name, Pin(digest, tool))
                await self.on_change(DefinitionChange(server, name, old, digest, "adopted"))
                out.append(tool)
        return out

    def pending(self) -> list[dict[str, Any]]:
        return [
            {
                "server": s,
                "tool": t,
                "digest": p.digest,
                "pending_digest": p.pending_digest,
                "definition": p.definition,
                "pending_definition": p.pending_definition,
            }
            for (s, t), p in sorted(self.pins.items())
            if p.awaiting
        ]

    def for_server(self, server: str) -> list[dict[str, Any]]:
        return [
            {"tool": t, "digest": p.digest, "pending_digest": p.pending_digest, "rejected": p.rejected}
            for (s, t), p in sorted(self.pins.items())
            if s == server
        ]

    async def approve(self, server: str, tool: str) -> bool:
        """Adopt the pending definition. False when nothing is pending."""
        pin = self.pins.get((server, tool))
        if pin is None or pin.pending_digest is None or pin.pending_definition is None:
            return False
        await self._save(server, tool, Pin(pin.pending_digest, pin.pending_definition))
        return True

    async def reject(self, server: str, tool: str) -> bool:
        """Keep the pinned definition and stop asking about this change (a different change
        is held again). False when nothing is pending."""
        pin = self.pins.get((server, tool))
        if pin is None or not pin.awaiting:
            return False
        pin.pending_definition = None
        await self._save(server, tool, pin)
        return True

    async def forget_server(self, server: str) -> None:
        for key in [k for k in self.pins if k[0] == server]:
            del self.pins[key]
        if self.store is not None:
            async with self.store.engine.begin() as conn:
                await conn.execute(sa.delete(mcp_tool_pins).where(mcp_tool_pins.c.server == server))

    async def _save(self, server: str, tool: str, pin: Pin, new: bool = False) -> None:
        self.pins[(server, tool)] = pin
        if self.store is None:
            return
        now = time.time()
        values = {
            "digest": pin.digest,
            "definition": pin.definition,
            "pending_digest": pin.pending_digest,
            "pending_definition": pin.pending_definition,
        }
        async with self.store.engine.begin() as conn:
            res = await conn.execute(
                sa.update(mcp_tool_pins)
                .where(mcp_tool_pins.c.server == server, mcp_tool_pins.c.tool == tool)
                .values(**values, changed_at=None if new else now)
            )
            if res.rowcount == 0:
                await conn.execute(sa.insert(mcp_tool_pins).values(server=server, tool=tool, pinned_at=now, **values))

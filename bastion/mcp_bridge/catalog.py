"""The aggregated catalog: every upstream's tools, resources, templates and prompts under one
namespace (``<server>__<name>``), rebuilt as an immutable snapshot whenever an upstream's part
changes. Lookups on the hot path are dict reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError

from bastion.mcp_bridge.settings import SEP

UNAVAILABLE_META = "io.bastion/status"


@dataclass(slots=True)
class ToolEntry:
    server: str
    name: str  # the upstream's own name
    exported: str
    definition: dict[str, Any]  # the upstream's definition (pinned version)
    exported_def: dict[str, Any]  # what the downstream sees
    _validator: Any = None

    def validate(self, arguments: dict[str, Any]) -> str | None:
        """A readable message when ``arguments`` do not satisfy the input schema, else None."""
        if self._validator is None:
            schema = self.definition.get("inputSchema") or {"type": "object"}
            cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
            try:
                cls.check_schema(schema)
                self._validator = cls(schema)
            except SchemaError:
                self._validator = False  # an invalid schema is the upstream's problem: do not block
        if self._validator is False:
            return None
        errors = sorted(self._validator.iter_errors(arguments), key=lambda e: list(e.absolute_path))
        if not errors:
            return None
        parts = []
        for e in errors[:5]:
            where = "/".join(str(p) for p in e.absolute_path) or "(arguments)"
            parts.append(f"{where}: {e.message[:200]}")
        return f"invalid arguments for tool '{self.exported}': " + "; ".join(parts)


@dataclass(slots=True)
class NamedEntry:
    server: str
    name: str
    exported_def: dict[str, Any]


@dataclass
class Catalog:
    """One consistent view of the hub. Build with :func:`build_catalog`."""

    tools: dict[str, ToolEntry] = field(default_factory=dict)
    prompts: dict[str, NamedEntry] = field(default_factory=dict)
    resources: dict[str, NamedEntry] = field(default_factory=dict)  # by URI
    templates: list[NamedEntry] = field(default_factory=list)
    tool_list: list[dict[str, Any]] = field(default_factory=list)
    prompt_list: list[dict[str, Any]] = field(default_factory=list)
    resource_list: list[dict[str, Any]] = field(default_factory=list)
    template_list: list[dict[str, Any]] = field(default_factory=list)

    def server_for_uri(self, uri: str) -> str | None:
        """Which upstream serves ``uri``: a listed resource, else the longest template prefix."""
        hit = self.resources.get(uri)
        if hit is not None:
            return hit.server
        best: tuple[int, str] | None = None
        for t in self.templates:
            prefix = str(t.exported_def.get("uriTemplate", "")).split("{", 1)[0]
            if prefix and uri.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), t.server)
        return best[1] if best else None


def split_name(exported: str) -> tuple[str, str] | None:
    server, sep, name = exported.partition(SEP)
    if not sep or not server or not name:
        return None
    return server, name


def build_catalog(parts: Iterable[tuple[str, bool, dict[str, list[dict[str, Any]]]]]) -> Catalog:
    """``parts``: (server, available, {"tools": [...], "prompts": [...], "resources": [...],
    "templates": [...]}) in a stable order (servers sorted by name)."""
    cat = Catalog()
    for server, available, lists in parts:
        status_meta = None if available else {UNAVAILABLE_META: "unavailable"}
        for t in lists.get("tools", []):
            exported = f"{server}{SEP}{t['name']}"
            d = {**t, "name": exported}
            if status_meta:
                d["_meta"] = {**(t.get("_meta") or {}), **status_meta}
            cat.tools[exported] = ToolEntry(server, t["name"], exported, t, d)
            cat.tool_list.append(d)
        for p in lists.get("prompts", []):
            exported = f"{server}{SEP}{p['name']}"
            d = {**p, "name": exported}
            cat.prompts[exported] = NamedEntry(server, p["name"], d)
            cat.prompt_list.append(d)
        for r in lists.get("resources", []):
            # URIs stay as the upstream gave them (tool results link to them); the name is
            # namespaced so that clients can tell the servers apart.
            d = {**r, "name": f"{server}{SEP}{r.get('name', '')}"}
            uri = r.get("uri", "")
            if uri not in cat.resources:
                cat.resources[uri] = NamedEntry(server, r.get("name", ""), d)
                cat.resource_list.append(d)
        for rt in lists.get("templates", []):
            d = {**rt, "name": f"{server}{SEP}{rt.get('name', '')}"}
            cat.templates.append(NamedEntry(server, rt.get("name", ""), d))
            cat.template_list.append(d)
    return cat

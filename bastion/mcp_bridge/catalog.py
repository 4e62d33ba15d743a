"""The aggregated catalog: every upstream's tools, resources, templates and prompts under one
namespace (``<server>__<name>``), rebuilt as an immutable snapshot whenever an upstream's part
changes. Lookups on the hot path are dict reads.

Resource URIs stay as the upstream gives them (tool results link to them), except a URI that
several servers list: then every copy is exported as ``<server>+<uri>`` (a server name is a
valid URI-scheme prefix), so that no copy hides another; the plain URI still reads the copy a
caller can see when it sees exactly one (see ``Frontend.resource_target``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from jsonschema.exceptions import SchemaError

from bastion.gateway.authz import matches
from bastion.mcp_bridge.settings import SEP, VirtualServer

UNAVAILABLE_META = "io.bastion/status"
#: Between a server's name and a resource URI several servers list (``docs+file:///readme``).
URI_SEP = "+"


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
    #: Resources: the upstream's own URI (the exported one may carry the server's name).
    uri: str = ""


@dataclass(frozen=True, slots=True)
class Collision:
    """A name several servers use: who loses what, and what the gateway does about it."""

    kind: str  # "tool" | "prompt" | "resource" | "template"
    name: str  # the bare name, or the resource URI
    servers: tuple[str, ...]
    #: The virtual server whose bare names collide ("" = the whole hub: resource URIs).
    virtual_server: str = ""

    def describe(self) -> str:
        if self.kind in ("resource", "template"):
            copies = ", ".join(f"{s}{URI_SEP}{self.name}" for s in self.servers)
            what = "resource URI" if self.kind == "resource" else "resource template"
            return f"{what} {self.name} is listed by {', '.join(self.servers)}: exported as {copies}"
        return (
            f"virtual server '{self.virtual_server}' (bare_names): {self.kind} '{self.name}' is offered by "
            f"{', '.join(self.servers)}; a caller who may use several gets the first "
            f"('{self.servers[0]}'), the others stay reachable as <server>{SEP}{self.name} on /mcp"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "servers": list(self.servers),
            "virtual_server": self.virtual_server or None,
            "message": self.describe(),
        }


@dataclass
class Catalog:
    """One consistent view of the hub. Build with :func:`build_catalog`."""

    tools: dict[str, ToolEntry] = field(default_factory=dict)
    prompts: dict[str, NamedEntry] = field(default_factory=dict)
    resources: dict[str, NamedEntry] = field(default_factory=dict)  # by exported URI
    #: Upstream URIs several servers list -> their copies (each exported as ``<server>+<uri>``).
    shared_uris: dict[str, list[NamedEntry]] = field(default_factory=dict)
    templates: list[NamedEntry] = field(default_factory=list)
    tool_list: list[dict[str, Any]] = field(default_factory=list)
    prompt_list: list[dict[str, Any]] = field(default_factory=list)
    resource_list: list[dict[str, Any]] = field(default_factory=list)
    template_list: list[dict[str, Any]] = field(default_factory=list)

    def server_for_uri(self, uri: str) -> str | None:
        """Which upstream serves ``uri`` (the first candidate, see :meth:`uri_targets`)."""
        targets = self.uri_targets(uri)
        return targets[0][0] if targets else None

    def uri_targets(self, uri: str, visible: Callable[[str, str], bool] | None = None) -> list[tuple[str, str]]:
        """(server, the upstream's URI) for a URI a client sent, among the copies ``visible``
        (server, upstream URI) accepts: a listed resource (one, or every copy of a URI several
        servers list), else the resource templates with the longest matching prefix. A URI of
        the form ``<server>+<uri>`` (how shared URIs and templates are exported) names its
        server."""

        def keep(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
            return [p for p in pairs if visible is None or visible(*p)]

        hit = self.resources.get(uri)
        if hit is not None:
            return keep([(hit.server, hit.uri)])
        copies = self.shared_uris.get(uri)
        if copies:
            return keep([(c.server, c.uri) for c in copies])
        server, sep, rest = uri.partition(URI_SEP)
        named = sep and any(t.server == server for t in self.templates)
        best: dict[str, int] = {}
        for t in self.templates:
            if named and t.server != server:
                continue
            target = rest if named else uri
            prefix = t.uri.split("{", 1)[0]
            if prefix and target.startswith(prefix) and (visible is None or visible(t.server, target)):
                best[t.server] = max(best.get(t.server, 0), len(prefix))
        if not best:
            return []
        longest = max(best.values())
        return [(s, rest if named else uri) for s, n in best.items() if n == longest]

    def exported_uri(self, server: str, uri: str) -> str:
        """How clients see ``server``'s resource ``uri`` (updates are sent under this URI)."""
        return f"{server}{URI_SEP}{uri}" if uri in self.shared_uris else uri

    def collisions(self, virtual_servers: dict[str, VirtualServer]) -> list[Collision]:
        """Names that several servers use where clients would see them side by side: resource
        URIs and templates (hub-wide) and, per bare-names virtual server, tool and prompt names
        within its own selection."""
        out = [Collision("resource", uri, tuple(c.server for c in copies)) for uri, copies in self.shared_uris.items()]
        by_template: dict[str, list[str]] = {}
        for t in self.templates:
            by_template.setdefault(t.uri, []).append(t.server)
        out.extend(Collision("template", k, tuple(v)) for k, v in by_template.items() if len(v) > 1)
        for vname, vs in sorted(virtual_servers.items()):
            if not vs.bare_names:
                continue
            for kind, entries, patterns in (
                ("tool", self.tools, tuple(vs.tools)),
                ("prompt", self.prompts, tuple(vs.prompts)),
            ):
                by_name: dict[str, list[str]] = {}
                for exported in sorted(entries):
                    if matches(exported, patterns):
                        by_name.setdefault(entries[exported].name, []).append(entries[exported].server)
                out.extend(
                    Collision(kind, name, tuple(servers), vname)
                    for name, servers in sorted(by_name.items())
                    if len(servers) > 1
                )
        return out


def split_name(exported: str) -> tuple[str, str] | None:
    server, sep, name = exported.partition(SEP)
    if not sep or not server or not name:
        return None
    return server, name


def build_catalog(parts: Iterable[tuple[str, bool, dict[str, list[dict[str, Any]]]]]) -> Catalog:
    """``parts``: (server, available, {"tools": [...], "prompts": [...], "resources": [...],
    "templates": [...]}) in a stable order (servers sorted by name)."""
    cat = Catalog()
    parts = list(parts)
    uri_servers: dict[str, set[str]] = {}
    template_servers: dict[str, set[str]] = {}
    for server, _, lists in parts:
        for r in lists.get("resources", []):
            uri_servers.setdefault(r.get("uri", ""), set()).add(server)
        for rt in lists.get("templates", []):
            template_servers.setdefault(rt.get("uriTemplate", ""), set()).add(server)
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
            # URIs stay as the upstream gave them (tool results link to them) unless several
            # servers list the same one; the name is namespaced so that clients can tell the
            # servers apart.
            uri = r.get("uri", "")
            shared = len(uri_servers.get(uri, ())) > 1
            exported_uri = f"{server}{URI_SEP}{uri}" if shared else uri
            if exported_uri in cat.resources:
                continue  # the same server listed it twice
            d = {**r, "uri": exported_uri, "name": f"{server}{SEP}{r.get('name', '')}"}
            entry = NamedEntry(server, r.get("name", ""), d, uri)
            cat.resources[exported_uri] = entry
            cat.resource_list.append(d)
            if shared:
                cat.shared_uris.setdefault(uri, []).append(entry)
        for rt in lists.get("templates", []):
            tmpl = rt.get("uriTemplate", "")
            if len(template_servers.get(tmpl, ())) > 1:  # kept apart like shared resource URIs
                d = {**rt, "uriTemplate": f"{server}{URI_SEP}{tmpl}", "name": f"{server}{SEP}{rt.get('name', '')}"}
            else:
                d = {**rt, "name": f"{server}{SEP}{rt.get('name', '')}"}
            cat.templates.append(NamedEntry(server, rt.get("name", ""), d, tmpl))
            cat.template_list.append(d)
    return cat

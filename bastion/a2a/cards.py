"""Agent cards: validate what an agent publishes, normalise it to A2A 1.0, rewrite it for the
gateway.

A card is untrusted input: an agent (or whoever controls its host) decides its content. Cards
are checked for size, shape, string lengths and URLs before anything uses them, and a rejected
card comes with one readable reason. 0.2.x and 0.3 cards are normalised to the 1.0 shape with
the SDK's own parser (``a2a.client.card_resolver.parse_agent_card``).

The card the gateway serves for an agent is a rewrite of the upstream one: every interface URL
points at the gateway, bindings the gateway does not proxy are dropped, the security schemes are
the gateway's own, upstream signatures are removed (they no longer match the rewritten content)
and capabilities only claim what the gateway relays.
"""

from __future__ import annotations

import copy
import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson
from a2a.client.card_resolver import parse_agent_card
from a2a.server.request_handlers.response_helpers import agent_card_to_dict
from a2a.types import AgentCard, AgentInterface, SecurityRequirement, SecurityScheme
from google.protobuf.json_format import MessageToDict, ParseError

#: Bindings the gateway proxies. gRPC is not relayed.
PROXIED_BINDINGS = ("JSONRPC", "HTTP+JSON")
#: Wire versions the gateway speaks; 0.2.x agents use the 0.3 method names.
SUPPORTED_VERSIONS = ("1.0", "0.3")

MAX_NAME = 200
MAX_DESCRIPTION = 8_000
MAX_STRING = 16_384
MAX_URL = 2_048
MAX_SKILLS = 500
MAX_TAGS = 100
MAX_INTERFACES = 32
MAX_DEPTH = 24
MAX_NODES = 50_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_URL_KEYS = frozenset({"url", "documentationUrl", "iconUrl", "oauth2MetadataUrl", "openIdConnectUrl"})


class CardError(ValueError):
    """A card the gateway will not use; ``str()`` is the reason, fit to show a user."""


@dataclass(frozen=True, slots=True)
class Interface:
    """One upstream endpoint: binding (``JSONRPC``/``HTTP+JSON``), wire version and URL."""

    binding: str
    version: str
    url: str
    tenant: str = ""


@dataclass(slots=True)
class UpstreamCard:
    """A validated, normalised agent card and what the router needs from it."""

    card: AgentCard
    interfaces: list[Interface]
    streaming: bool
    push: bool
    etag: str | None = None
    fetched_at: float = field(default_factory=time.time)
    #: Lower-cased text searched by ``GET /a2a/agents?q=``.
    search_text: str = ""
    skill_ids: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()

    def interface(self, binding: str, version: str) -> Interface | None:
        for i in self.interfaces:
            if i.binding == binding and i.version == version:
                return i
        return None

    def as_dict(self) -> dict[str, Any]:
        """The normalised (1.0) upstream card as JSON."""
        return MessageToDict(self.card)


def wire_version(v: str | None) -> str:
    """``"1.0.1"`` -> ``"1.0"``; 0.2.x -> ``"0.3"`` (same JSON-RPC methods); missing -> 0.3."""
    if not v:
        return "0.3"
    parts = v.strip().split(".")
    mm = ".".join(parts[:2]) if len(parts) >= 2 else f"{parts[0]}.0"
    if mm.startswith("0.2"):
        return "0.3"
    return mm


def _check_strings(node: Any, path: str, depth: int, counter: list[int]) -> None:
    counter[0] += 1
    if counter[0] > MAX_NODES:
        raise CardError(f"the card has more than {MAX_NODES} JSON values")
    if depth > MAX_DEPTH:
        raise CardError(f"{path}: nested deeper than {MAX_DEPTH} levels")
    if isinstance(node, dict):
        for k, v in node.items():
            if len(k) > 256:
                raise CardError(f"{path}: a key is longer than 256 characters")
            _check_strings(v, f"{path}.{k}" if path else k, depth + 1, counter)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_strings(v, f"{path}[{i}]", depth + 1, counter)
    elif isinstance(node, str) and len(node) > MAX_STRING:
        raise CardError(f"{path}: {len(node)} characters (at most {MAX_STRING})")


def _check_url(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise CardError(f"{where}: must be a non-empty URL string")
    if len(value) > MAX_URL:
        raise CardError(f"{where}: URL longer than {MAX_URL} characters")
    if _CONTROL.search(value) or any(c.isspace() for c in value):
        raise CardError(f"{where}: URL contains spaces or control characters")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as e:
        raise CardError(f"{where}: not a valid URL ({e})") from None
    if parts.scheme not in ("http", "https"):
        raise CardError(f"{where}: only http and https URLs are accepted, got '{parts.scheme}:'")
    if not parts.hostname:
        raise CardError(f"{where}: the URL has no host")
    if parts.username is not None or parts.password is not None:
        raise CardError(f"{where}: URLs with credentials in them are not accepted")
    return value


def _check_urls(node: Any, path: str) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}" if path else k
            if k in _URL_KEYS and v not in (None, ""):
                _check_url(v, p)
            else:
                _check_urls(v, p)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_urls(v, f"{path}[{i}]")


def _check_text(value: Any, where: str, limit: int, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, str) or (required and not value.strip()):
        raise CardError(f"{where}: must be a non-empty string")
    if len(value) > limit:
        raise CardError(f"{where}: {len(value)} characters (at most {limit})")
    if where.endswith("name") and _CONTROL.search(value):
        raise CardError(f"{where}: contains control characters")


def validate_raw(raw: Any) -> dict[str, Any]:
    """Shape and size checks on the card JSON as published; returns it when acceptable."""
    if not isinstance(raw, dict):
        raise CardError("the card is not a JSON object")
    _check_strings(raw, "", 0, [0])
    _check_text(raw.get("name"), "name", MAX_NAME)
    _check_text(raw.get("description", ""), "description", MAX_DESCRIPTION, required=False)
    skills = raw.get("skills", [])
    if not isinstance(skills, list):
        raise CardError("skills: must be a list")
    if len(skills) > MAX_SKILLS:
        raise CardError(f"skills: {len(skills)} skills (at most {MAX_SKILLS})")
    for i, s in enumerate(skills):
        if not isinstance(s, dict):
            raise CardError(f"skills[{i}]: must be an object")
        _check_text(s.get("id"), f"skills[{i}].id", MAX_NAME)
        _check_text(s.get("name"), f"skills[{i}].name", MAX_NAME)
        _check_text(s.get("description", ""), f"skills[{i}].description", MAX_DESCRIPTION, required=False)
        tags = s.get("tags", [])
        if not isinstance(tags, list) or len(tags) > MAX_TAGS:
            raise CardError(f"skills[{i}].tags: must be a list of at most {MAX_TAGS} tags")
    for key in ("supportedInterfaces", "additionalInterfaces"):
        ifaces = raw.get(key)
        if ifaces is not None and (not isinstance(ifaces, list) or len(ifaces) > MAX_INTERFACES):
            raise CardError(f"{key}: must be a list of at most {MAX_INTERFACES} interfaces")
    _check_urls(raw, "")
    return raw


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> str:
    """``scheme://host:port`` of a URL, the port spelled out (``http://a`` = ``http://a:80``)."""
    p = urlsplit(url)
    scheme = p.scheme.lower()
    try:
        port = p.port or _DEFAULT_PORTS.get(scheme, 0)
    except ValueError:
        port = -1  # an invalid port matches no origin
    host = (p.hostname or "").lower()
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def parse_card(
    raw: Any,
    *,
    agent_url: str,
    trust_card_hosts: bool = False,
    card_origins: Sequence[str] = (),
    etag: str | None = None,
) -> UpstreamCard:
    """Validate and normalise a card fetched from the agent registered at ``agent_url``.

    Interfaces must stay on the registered origin (scheme, host and port: a card could
    otherwise send the gateway to another service on the agent's host, ``:22`` or an admin
    port), or on one the admin listed in ``card_origins``; ``trust_card_hosts`` lifts the rule."""
    allowed = {origin(agent_url), *(origin(o) for o in card_origins)}
    validate_raw(raw)
    declared_version = raw.get("protocolVersion")
    try:
        card = parse_agent_card(copy.deepcopy(raw))
    except (ParseError, ValueError, TypeError) as e:
        raise CardError(f"the card does not follow the A2A schema: {str(e)[:300]}") from None
    interfaces: list[Interface] = []
    seen: set[tuple[str, str]] = set()
    for i, iface in enumerate(card.supported_interfaces):
        binding = iface.protocol_binding.upper()
        version = wire_version(iface.protocol_version or declared_version)
        if binding not in PROXIED_BINDINGS or version not in SUPPORTED_VERSIONS:
            continue
        url = _check_url(iface.url, f"supportedInterfaces[{i}].url").rstrip("/")
        if not trust_card_hosts and origin(url) not in allowed:
            raise CardError(
                f"supportedInterfaces[{i}].url points at '{origin(url)}', not the agent's registered "
                f"origin '{origin(agent_url)}' (list it in card_origins on the agent, or set "
                "trust_card_hosts, to allow it)"
            )
        if (binding, version) not in seen:
            seen.add((binding, version))
            interfaces.append(Interface(binding, version, url, iface.tenant))
    if not interfaces:
        found = ", ".join(f"{x.protocol_binding or '?'} {x.protocol_version or '?'}" for x in card.supported_interfaces)
        raise CardError(
            "the card offers no interface the gateway can proxy (JSON-RPC or HTTP+JSON, "
            f"A2A 1.0 or 0.3); it offers: {found or 'none'}"
        )
    skill_ids = frozenset(s.id for s in card.skills)
    tags = frozenset(t.lower() for s in card.skills for t in s.tags)
    search = " ".join(
        [card.name, card.description] + [f"{s.id} {s.name} {s.description} {' '.join(s.tags)}" for s in card.skills]
    ).lower()
    return UpstreamCard(
        card=card,
        interfaces=interfaces,
        streaming=bool(card.capabilities.streaming),
        push=bool(card.capabilities.push_notifications),
        etag=etag,
        search_text=search,
        skill_ids=skill_ids,
        tags=tags,
    )


def parse_card_bytes(
    body: bytes,
    *,
    agent_url: str,
    max_bytes: int,
    trust_card_hosts: bool = False,
    card_origins: Sequence[str] = (),
    etag: str | None = None,
) -> UpstreamCard:
    """``parse_card`` on the HTTP body, with the size limit checked first."""
    if len(body) > max_bytes:
        raise CardError(f"the card is {len(body)} bytes (at most {max_bytes})")
    try:
        raw = orjson.loads(body)
    except orjson.JSONDecodeError as e:
        raise CardError(f"the card is not valid JSON: {e}") from None
    return parse_card(raw, agent_url=agent_url, trust_card_hosts=trust_card_hosts, card_origins=card_origins, etag=etag)


@dataclass(frozen=True, slots=True)
class ServedCard:
    """A rewritten card ready to send: body, ETag."""

    body: bytes
    etag: str


def rewrite_card(upstream: UpstreamCard, *, name: str, base_url: str, push_relayed: bool) -> dict[str, Any]:
    """The card clients see for agent ``name`` behind the gateway at ``base_url``."""
    card = AgentCard()
    card.CopyFrom(upstream.card)
    gateway_url = f"{base_url.rstrip('/')}/a2a/{name}"
    del card.supported_interfaces[:]
    # Keep the agent's order of preference; one gateway interface per binding and version.
    for iface in upstream.interfaces:
        card.supported_interfaces.append(
            AgentInterface(url=gateway_url, protocol_binding=iface.binding, protocol_version=iface.version)
        )
    card.security_schemes.clear()
    del card.security_requirements[:]
    card.security_schemes["bastion"].CopyFrom(
        SecurityScheme(
            http_auth_security_scheme={
                "scheme": "bearer",
                "description": "A Bastion API key (Authorization: Bearer <key>)",
            }
        )
    )
    card.security_requirements.append(SecurityRequirement(schemes={"bastion": {"list": []}}))
    for skill in card.skills:
        del skill.security_requirements[:]
    del card.signatures[:]
    card.capabilities.streaming = upstream.streaming
    card.capabilities.push_notifications = upstream.push and push_relayed
    # The authenticated extended card is not relayed.
    card.capabilities.extended_agent_card = False
    return agent_card_to_dict(card)


def serve_card(card_dict: dict[str, Any]) -> ServedCard:
    """Serialise once and compute a strong ETag over the exact bytes."""
    body = orjson.dumps(card_dict)
    return ServedCard(body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')


def if_none_match_hits(header: str | None, etag: str) -> bool:
    """Whether ``If-None-Match`` selects ``etag`` (weak comparison, RFC 9110 13.1.2)."""
    if not header:
        return False
    bare = etag.removeprefix("W/")
    return any(c.strip() == "*" or c.strip().removeprefix("W/") == bare for c in header.split(","))

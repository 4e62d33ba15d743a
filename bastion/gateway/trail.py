"""What goes on the audit trail: an allowlist of names, and the typed facts that declare them.

A call's facts (``Call.put``/``Call.fact``) are dataclasses declared by the module that owns
them: the core's here and next to the stage that sets them, each front door's in its own
``facts`` module. Most of them only carry what stages and front doors hand each other during
the call (request and response bodies, adapters, cache keys, vectors) and never leave the
process. A fact type whose fields belong on the trace is decorated with :func:`on_trail` and
marks those fields, one by one, with ``metadata=TRAIL`` (the field's own name on the trail) or
``metadata=trail_field("name", redact=...)`` (another name, or a value redacted on the way,
say a digest instead of arguments)::

    @on_trail
    @dataclass(slots=True)
    class ListFacts:
        count: int = field(metadata=TRAIL)

The audit record's ``attrs`` are built from those declarations only (:func:`trail_attrs`),
never from what a value happens to be at run time. Every trail name must be on
``TRAIL_FACTS`` below, the trail's schema that the dashboard, docs and tests read: a type that
declares another name fails when it is defined, so a new trail field is a reviewed change here.
Values are plain JSON (strings, numbers, flags, small lists and mappings); None is left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bastion.gateway.call import Call

T = TypeVar("T")

TRAIL_FACTS: frozenset[str] = frozenset(
    {
        # core
        "upstream_error",  # the upstream's own error code or HTTP status (``call.UpstreamFailure``)
        "finish_error",  # a finisher (budget charge) failed; the record is still written
        "http_status",  # refusal records: the status answered
        "peer",  # refusal records: the client address
        "unrecorded",  # refusal summary: counts over the rate, by front door and reason
        "count",  # lists: how many items the caller was shown
        # LLM
        "provider",
        "deployment",
        "attempts",
        "stream",
        "origin",  # "internal" for the gateway's own completions (MCP sampling, verifier)
        "cache_control",
        "cache_ttl",
        "cache_namespace",
        "semcache_namespace",
        # MCP
        "server",
        "tool",
        "arguments_digest",  # sha256 of the canonical arguments (never the arguments)
        "protocol_version",
        "uri",
        "updates_delivered",  # resources/unsubscribe: updates relayed while subscribed
        "old_digest",  # tool definition changes
        "new_digest",
        "action",
        # A2A
        "agent",
        "a2a_version",
        "binding",
        "operation",
        "task_id",
        "context_id",
        "state",
        "push_relay",
        "webhook_status",  # push deliveries: the client webhook's HTTP status
        # OAuth authorization server (front door "oauth"): never a token, code or secret
        "oauth_client",  # the client a Bastion-issued token was issued to
        "client_id",
        "client_name",
        "resource",  # the audience (RFC 8707) a token is bound to
        "scope",
        "grant_type",
        "grant_id",
        "method",  # sign-in method (oidc, saml, ldap, local)
        "decision",  # consent: allow / deny
        "reason",  # why a step was refused or a grant revoked
        "by",  # who revoked a grant
        "was_active",
    }
)


_KEY = "bastion.trail"


@dataclass(frozen=True, slots=True)
class TrailField:
    """How one fact field goes on the trail."""

    #: The name on the trail; None: the field's own.
    name: str | None = None
    #: Applied to the value on the way (a digest, a truncation); None: as it is.
    redact: Callable[[Any], Any] | None = None


def trail_field(name: str | None = None, *, redact: Callable[[Any], Any] | None = None) -> Mapping[str, TrailField]:
    """Field metadata: the field goes on the trail as ``name``, through ``redact``."""
    return MappingProxyType({_KEY: TrailField(name, redact)})


#: Field metadata: the field goes on the trail under its own name, as it is.
TRAIL: Mapping[str, TrailField] = trail_field()

#: Fact type -> (attribute, trail name, redact) of each field it declares.
_DECLARED: dict[type, tuple[tuple[str, str, Callable[[Any], Any] | None], ...]] = {}


def on_trail(cls: type[T]) -> type[T]:
    """Class decorator (over ``@dataclass``): the type's marked fields go on the trail."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__qualname__}: @on_trail goes over @dataclass")
    declared = []
    for f in dataclasses.fields(cls):
        spec = f.metadata.get(_KEY)
        if spec is None:
            continue
        name = spec.name or f.name
        if name not in TRAIL_FACTS:
            raise TypeError(f"{cls.__qualname__}.{f.name}: '{name}' is not on gateway.trail.TRAIL_FACTS")
        declared.append((f.name, name, spec.redact))
    if not declared:
        raise TypeError(f"{cls.__qualname__}: @on_trail without a field marked for the trail")
    _DECLARED[cls] = tuple(declared)
    return cls


def declared(cls: type) -> tuple[str, ...]:
    """The trail names a fact type declares (empty: it never goes on the trail)."""
    return tuple(name for _, name, _ in _DECLARED.get(cls, ()))


def trail_attrs(call: Call) -> dict[str, Any] | None:
    """The audit record's ``attrs``: the declared trail fields of the call's facts."""
    out: dict[str, Any] = {}
    facts: list[Any] = list(call.facts.values())
    if call.outcome is not None:
        facts.append(call.outcome)
    for fact in facts:
        spec = _DECLARED.get(type(fact))
        if spec is None:
            continue
        for attr, name, redact in spec:
            v = getattr(fact, attr)
            if v is not None:
                out[name] = v if redact is None else redact(v)
    return out or None

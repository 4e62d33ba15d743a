"""Policies and rules as data: pydantic models, validation and YAML import/export.

A policy file holds one policy, a list of them, or ``{policies: [...]}``::

    name: no-secrets
    mode: enforce            # or monitor: decide and audit, do not act
    directions: [chat_input, tool_args, tool_result]
    scope:
      include: {departments: [engineering]}
      exclude: {users: [build-bot]}
    rules:
      - name: api-keys
        detector: {type: secrets}
        action: block
        message: Remove the credential before sending.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.gateway.policy.detectors.pii import ENTITIES as PII_ENTITIES
from bastion.gateway.policy.detectors.secrets import KINDS as SECRET_KINDS
from bastion.gateway.principal import Principal
from bastion.gateway.stages.inspect import Direction

DIRECTIONS: tuple[Direction, ...] = get_args(Direction)
Action = Literal["block", "redact", "flag", "allow"]
NAME_RE = r"^[a-z0-9][a-z0-9_.-]{0,63}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _only_known(names: list[str] | None, known: tuple[str, ...], what: str) -> list[str] | None:
    """``names`` as given when a detector has each of them (``known``); else the error a spec
    gives, naming the unknown ones and listing the known."""
    if names is not None:
        bad = sorted(set(names) - set(known))
        if bad:
            raise ValueError(f"unknown {what} {bad}; known: {list(known)}")
    return names


class ScopeSet(_Strict):
    """Principal attributes; a principal matches when any listed value matches."""

    users: list[str] = Field(default_factory=list, description="user ids or e-mail addresses")
    groups: list[str] = Field(default_factory=list)
    departments: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    keys: list[str] = Field(default_factory=list, description="API key ids")

    @property
    def empty(self) -> bool:
        return not (self.users or self.groups or self.departments or self.roles or self.keys)

    def matches(self, p: Principal) -> bool:
        if self.users and (p.user_id in self.users or (p.email is not None and p.email in self.users)):
            return True
        if self.groups and not set(self.groups).isdisjoint(p.groups):
            return True
        if self.departments and p.department in self.departments:
            return True
        if self.roles and not set(self.roles).isdisjoint(p.roles):
            return True
        return bool(self.keys and p.key_id in self.keys)


class Scope(_Strict):
    """Who a policy applies to: everyone in ``include`` (everyone when empty) except ``exclude``."""

    include: ScopeSet = Field(default_factory=ScopeSet)
    exclude: ScopeSet = Field(default_factory=ScopeSet)

    def applies(self, principal: Principal | None) -> bool:
        if principal is None:
            # Calls without a principal (anonymous pipelines) get only unscoped policies.
            return self.include.empty
        if not self.exclude.empty and self.exclude.matches(principal):
            return False
        return self.include.empty or self.include.matches(principal)


class PIISpec(_Strict):
    type: Literal["pii"]
    #: Entity types to find; all when omitted.
    entities: list[str] | None = None
    min_score: float = Field(default=0.5, ge=0, le=1)
    #: Regions tried for phone numbers written without a country code.
    phone_regions: list[str] = Field(default_factory=lambda: ["US", "GB"])

    @field_validator("entities")
    @classmethod
    def _known(cls, v: list[str] | None) -> list[str] | None:
        return _only_known(v, PII_ENTITIES, "entities")


class SecretsSpec(_Strict):
    type: Literal["secrets"]
    kinds: list[str] | None = None

    @field_validator("kinds")
    @classmethod
    def _known(cls, v: list[str] | None) -> list[str] | None:
        return _only_known(v, SECRET_KINDS, "secret kinds")


class InjectionSpec(_Strict):
    type: Literal["injection"]
    #: The share of ordinary texts expected to be flagged, calibrated on benign data when the
    #: head was trained: "5%" catches more, "0.1%" flags fewer ordinary texts.
    sensitivity: Literal["5%", "1%", "0.1%"] = "1%"
    #: Expert override of the calibrated setting: a raw score threshold (0..1).
    threshold: float | None = Field(default=None, ge=0, le=1)
    #: Use the learned head on sentence embeddings (loads the embedding model); false reads
    #: the patterns only (faster, far less accurate).
    semantic: bool = True
    #: Also flag (at the 1% level: with sensitivity 5% or 1%) a text past the sentence stage's
    #: gate whose MiniLM window lies much nearer an attack of the project's own corpora than to
    #: any of their benign twins (the nearest-exemplar floor, docs/policy.md). No extra
    #: transformer pass on texts below the gate; false turns it off.
    exemplar_floor: bool = True
    #: The floor's reading: 1, the nearest attack exemplar minus the nearest benign one; 5, the
    #: mean of the five nearest of each (branch j143, docs/policy.md "The k-mean margin"), each
    #: with its own floor calibrated at 0.1% of benign texts.
    exemplar_k: Literal[1, 5] = 1


class TopicsSpec(_Strict):
    type: Literal["topics"]
    #: name -> plain-language description of a topic that must not be discussed, or a list of
    #: example phrasings (matching is better with 2-5 of them).
    deny: dict[str, str | list[str]] = Field(default_factory=dict)
    #: name -> description(s); when given, texts about none of them are ``OFF_TOPIC``.
    allow: dict[str, str | list[str]] = Field(default_factory=dict)
    #: name -> keywords that mark the topic without the model.
    keywords: dict[str, list[str]] = Field(default_factory=dict)
    #: Cosine similarity (all-MiniLM-L6-v2) at which a text counts as being on a topic: of the
    #: text's best ~200-character window with ``reading: windows``, of the whole text (its
    #: 1,000-character windows) with ``whole``. A text of up to ~250 characters is one window.
    threshold: float = Field(default=0.3, ge=0, le=1)
    #: ``windows``: MiniLM reads each topic's most similar 200-character window (picked by the
    #: static encoder; finds a topic raised in one paragraph of a long prompt, ~3x faster for a
    #: 1 KB prompt). ``whole``: MiniLM reads every window of 1,000 characters (the previous way).
    reading: Literal["windows", "whole"] = "windows"
    #: With ``reading: windows``: the static encoder's cosine (best window, best description)
    #: below which a *denied* topic is not read by MiniLM (nor flagged, unless a window read for
    #: another topic scores it). Not an exact bound:
    #: 0.35 keeps every on-topic pair MiniLM finds on our tuning set (lowest 0.389) and skips
    #: 12-31% of the MiniLM passes of ordinary prompts (docs/policy.md). ``null``: MiniLM reads
    #: every topic's best window. A rule with ``allow`` is not gated.
    #: (The same value as ``topics.STATIC_GATE``, written here so the model does not import the
    #: detector and its dependencies; a test keeps the two equal.)
    static_gate: float | None = Field(default=0.35, ge=0, le=1)

    @field_validator("deny", "allow")
    @classmethod
    def _described(cls, v: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        # A topic without a description would embed nothing: an allow-listed one would make
        # every text OFF_TOPIC, a denied one would never match. Refused, not guessed at.
        for name, d in v.items():
            texts = [d] if isinstance(d, str) else d
            if not name.strip():
                raise ValueError("a topic needs a name")
            if not texts or not all(t.strip() for t in texts):
                raise ValueError(f"topic {name!r} needs a description (a text or a list of example phrasings)")
        return v

    @model_validator(mode="after")
    def _something(self) -> TopicsSpec:
        if not (self.deny or self.allow or self.keywords):
            raise ValueError("a topics detector needs deny, allow or keywords")
        return self


class RegexSpec(_Strict):
    type: Literal["regex"]
    pattern: str
    entity: str = "PATTERN"
    ignore_case: bool = False
    #: Longest text the pattern matches; the stream window holds back this much.
    max_len: int = Field(default=128, ge=1, le=8192)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"invalid regular expression: {e}") from None
        return v


class KeywordsSpec(_Strict):
    type: Literal["keywords"]
    keywords: list[str] = Field(min_length=1)
    entity: str = "KEYWORD"


DetectorSpec = Annotated[
    PIISpec | SecretsSpec | InjectionSpec | TopicsSpec | RegexSpec | KeywordsSpec,
    Field(discriminator="type"),
]


class Rule(_Strict):
    """A detector and what to do when it matches."""

    name: str = Field(pattern=NAME_RE)
    detector: DetectorSpec
    #: block: refuse with ``message``; redact: replace the spans; flag: audit only;
    #: allow: an exception: when it matches, later rules of this policy are skipped.
    action: Action
    message: str | None = None
    redaction: Literal["placeholder", "mask", "hash"] = "placeholder"
    #: Narrows the policy's directions for this rule.
    directions: list[Direction] | None = None


class Policy(_Strict):
    name: str = Field(pattern=NAME_RE)
    description: str = ""
    #: Assigned by the store on every change; 0 for a policy not stored yet.
    version: int = Field(default=0, ge=0)
    enabled: bool = True
    mode: Literal["enforce", "monitor"] = "enforce"
    directions: list[Direction] = Field(default_factory=lambda: list(DIRECTIONS))
    scope: Scope = Field(default_factory=Scope)
    #: Lower runs first.
    priority: int = 100
    #: What a detector failure means: block (fail closed, the default) or allow.
    on_error: Literal["block", "allow"] = "block"
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_rules(self) -> Policy:
        names = [r.name for r in self.rules]
        if len(names) != len(set(names)):
            raise ValueError("rule names must be unique within a policy")
        return self

    def document(self) -> dict[str, Any]:
        """The policy as plain data, without defaults that add nothing to a file."""
        return self.model_dump(mode="json", exclude_defaults=False)


def policies_from_data(data: Any) -> list[Policy]:
    """Policies from parsed YAML/JSON: one mapping, a list, or ``{"policies": [...]}``."""
    if isinstance(data, dict) and "policies" in data and "rules" not in data:
        data = data["policies"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValueError("expected a policy, a list of policies or {policies: [...]}")
    return [Policy.model_validate(d) for d in data]


def policies_from_yaml(text: str) -> list[Policy]:
    """Parse a YAML document (raises ``ValueError`` with the problem)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ValueError(f"not valid YAML: {e}") from None
    return policies_from_data(data)


def policies_to_yaml(policies: list[Policy]) -> str:
    """A YAML document that :func:`policies_from_yaml` reads back to equal policies."""
    docs = [p.model_dump(mode="json", exclude_defaults=True, exclude={"version"}) for p in policies]
    for d, p in zip(docs, policies, strict=False):
        d["version"] = p.version
    text: str = yaml.safe_dump({"policies": docs}, sort_keys=False, allow_unicode=True)
    return text

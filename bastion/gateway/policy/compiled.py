"""Policies turned into ready-to-run detectors, once per change (never per request)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.gateway.embeddings import Embedder
from bastion.gateway.policy.detectors.custom import KeywordDetector, RegexDetector
from bastion.gateway.policy.detectors.injection import InjectionDetector
from bastion.gateway.policy.detectors.pii import PIIDetector
from bastion.gateway.policy.detectors.secrets import SecretsDetector
from bastion.gateway.policy.detectors.topics import TopicDetector
from bastion.gateway.policy.model import (
    InjectionSpec,
    KeywordsSpec,
    PIISpec,
    Policy,
    RegexSpec,
    Rule,
    SecretsSpec,
    TopicsSpec,
)
from bastion.gateway.principal import Principal


def build_detector(spec: Any, embedder: object | None) -> Any:
    """The detector object for one rule's ``detector`` spec."""
    if isinstance(spec, PIISpec):
        return PIIDetector(spec.entities, spec.min_score, spec.phone_regions)
    if isinstance(spec, SecretsSpec):
        return SecretsDetector(spec.kinds)
    if isinstance(spec, InjectionSpec):
        # Its first stage reads the semantic cache's static encoder; its second stage (uncertain
        # texts only) the MiniLM embedder shared with the cache and the topic detector.
        return InjectionDetector(
            spec.threshold,
            semantic=spec.semantic,
            sensitivity=spec.sensitivity,
            embedder=embedder if isinstance(embedder, Embedder) else None,
            exemplar_floor=spec.exemplar_floor,
            exemplar_k=spec.exemplar_k,
        )
    if isinstance(spec, TopicsSpec):
        return TopicDetector(
            embedder, spec.deny, spec.allow, spec.keywords, spec.threshold, spec.reading, static_gate=spec.static_gate
        )
    if isinstance(spec, RegexSpec):
        return RegexDetector(spec.pattern, spec.entity, spec.ignore_case, spec.max_len)
    if isinstance(spec, KeywordsSpec):
        return KeywordDetector(spec.keywords, spec.entity)
    raise ValueError(f"unknown detector {spec!r}")


@dataclass(slots=True)
class CompiledRule:
    rule: Rule
    detector: Any
    directions: frozenset[str]
    #: Needs the embedding model (awaited in ``inspect``; skipped on streams).
    semantic: bool
    #: Reports one span covering the whole text (injection): decided without holding text.
    whole_text: bool


@dataclass(slots=True)
class CompiledPolicy:
    policy: Policy
    rules: list[CompiledRule]
    directions: frozenset[str]

    @property
    def name(self) -> str:
        return self.policy.name

    @property
    def version(self) -> int:
        return self.policy.version


def compile_policy(policy: Policy, embedder: object | None) -> CompiledPolicy:
    rules = []
    pdirs = frozenset(policy.directions)
    for r in policy.rules:
        det = build_detector(r.detector, embedder)
        rdirs = pdirs & frozenset(r.directions) if r.directions else pdirs
        rules.append(
            CompiledRule(
                rule=r,
                detector=det,
                directions=rdirs,
                semantic=bool(getattr(det, "semantic", False)),
                whole_text=isinstance(det, InjectionDetector),
            )
        )
    return CompiledPolicy(policy, rules, frozenset().union(*(r.directions for r in rules)))


@dataclass(slots=True)
class PolicySet:
    """An immutable snapshot of the enabled policies, indexed by direction. The engine swaps
    snapshots atomically on change, so a request sees one consistent set."""

    policies: tuple[CompiledPolicy, ...]
    by_direction: dict[str, tuple[CompiledPolicy, ...]] = field(init=False)
    needs_embedder: bool = field(init=False)
    #: Detectors with tables of their own to load before the first call (the injection head's;
    #: the static encoder that picks the windows a topic rule's MiniLM reads).
    to_warm: tuple[Any, ...] = field(init=False)
    _scoped: dict[tuple[Principal | None, str], tuple[CompiledPolicy, ...]] = field(init=False, default_factory=dict)
    #: The same memo by principal *object* (verified keys hand out one object per cache
    #: period): an id lookup instead of hashing every field of the principal per call. The
    #: entry keeps the principal alive, so its id cannot be reused while the entry exists.
    _by_identity: dict[tuple[int, str], tuple[Principal | None, tuple[CompiledPolicy, ...]]] = field(
        init=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        ordered = sorted(self.policies, key=lambda p: (p.policy.priority, p.name))
        self.policies = tuple(ordered)
        index: dict[str, list[CompiledPolicy]] = {}
        for cp in ordered:
            for d in cp.directions:
                index.setdefault(d, []).append(cp)
        self.by_direction = {d: tuple(ps) for d, ps in index.items()}
        # The injection detector's first stage does not use the embedding model; its second
        # stage (the cascade) does.
        semantic = [r for cp in ordered for r in cp.rules if r.semantic]
        self.needs_embedder = any(not isinstance(r.detector, InjectionDetector) or r.detector.cascade for r in semantic)
        self.to_warm = tuple(r.detector for r in semantic if isinstance(r.detector, InjectionDetector | TopicDetector))

    def applicable(self, principal: Principal | None, direction: str) -> tuple[CompiledPolicy, ...]:
        """Policies for this principal and direction (memoised per principal: scope checks
        are set operations we do not want on every request)."""
        candidates = self.by_direction.get(direction)
        if not candidates:
            return ()
        id_key = (id(principal), direction)
        same = self._by_identity.get(id_key)
        if same is not None and same[0] is principal:
            return same[1]
        key = (principal, direction)
        hit = self._scoped.get(key)
        if hit is None:
            hit = tuple(cp for cp in candidates if cp.policy.scope.applies(principal))
            if len(self._scoped) > 10_000:
                self._scoped.clear()
            self._scoped[key] = hit
        if len(self._by_identity) > 10_000:
            self._by_identity.clear()
        self._by_identity[id_key] = (principal, hit)
        return hit


def compile_set(policies: Sequence[Policy], embedder: object | None) -> PolicySet:
    return PolicySet(tuple(compile_policy(p, embedder) for p in policies if p.enabled))

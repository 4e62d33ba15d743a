"""The policy engine: evaluates the enabled policies on a call's texts (and streams).

Order of evaluation: policies by priority then name; inside a policy, rules in order. An
``allow`` rule that matches skips the remaining rules of its policy. Enforce-mode decisions
act (block wins over redact wins over flag); monitor-mode decisions are only recorded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.gateway.call import Refusal
from bastion.gateway.policy.compiled import CompiledPolicy, CompiledRule, PolicySet, compile_set
from bastion.gateway.policy.detectors.base import Match
from bastion.gateway.policy.model import Policy
from bastion.gateway.policy.redact import Redactor, Span
from bastion.gateway.principal import Principal
from bastion.gateway.stages.inspect import Direction, Inspection

log = logging.getLogger("bastion.policy")

_RANK = {"allow": 0, "flag": 1, "redact": 2, "block": 3}
DEFAULT_BLOCK_MESSAGE = "This request was blocked by policy."


@dataclass(slots=True)
class RuleResult:
    """One rule's outcome on the texts (the sandbox shows all of them, matched or not)."""

    policy: CompiledPolicy
    rule: CompiledRule
    matches: list[tuple[int, Match]] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None

    def decision(self, direction: str) -> dict[str, Any]:
        r = self.rule.rule
        action = r.action
        if self.error is not None:
            action = "block" if self.policy.policy.on_error == "block" else "allow"
        d: dict[str, Any] = {
            "policy": self.policy.name,
            "version": self.policy.version,
            "rule": r.name,
            "detector": r.detector.type,
            "action": action,
            "mode": self.policy.policy.mode,
            "direction": direction,
            "entities": sorted({m.entity for _, m in self.matches}),
            "spans": [span_record(i, m) for i, m in self.matches],
        }
        if self.error is not None:
            d["error"] = self.error
        if action == "block":
            d["message"] = r.message or DEFAULT_BLOCK_MESSAGE
        return d


def span_record(text: int, m: Match) -> dict[str, Any]:
    """One match as recorded on the trace: offsets, entity, score and (for scoring detectors
    such as injection) the signals that fired; never the matched value."""
    d: dict[str, Any] = {"text": text, "start": m.start, "end": m.end, "entity": m.entity, "score": m.score}
    if m.signals:
        d["signals"] = list(m.signals)
    return d


class PolicyEngine:
    """Implements the ``Inspector`` protocol of ``bastion.gateway.stages.inspect``."""

    def __init__(self, embedder: object | None, hash_key: bytes) -> None:
        self._embedder = embedder
        self._hash_key = hash_key
        self._set = PolicySet(())
        self._warming = False
        #: The store-backed service (set by ``build_policy_engine``); the admin API uses it.
        self.service: Any = None

    # -- configuration ------------------------------------------------------------------
    @property
    def policy_set(self) -> PolicySet:
        return self._set

    def compile(self, policies: Sequence[Policy]) -> PolicySet:
        """A snapshot for ``policies`` (not installed; the sandbox uses this for drafts)."""
        return compile_set(policies, self._embedder)

    def set_policies(self, policies: Sequence[Policy]) -> None:
        """Compile and install ``policies``; the next call sees them."""
        self.install(self.compile(policies))

    def install(self, snapshot: PolicySet) -> None:
        """Swap in a compiled snapshot. Starts loading the embedding model in the background
        when a semantic detector needs it (and only then)."""
        self._set = snapshot
        if snapshot.needs_embedder:
            self._warm_embedder()
        self._warm_detectors(snapshot)

    def _warm_embedder(self) -> None:
        emb = self._embedder
        if emb is None or getattr(emb, "loaded", True) or self._warming:
            return
        self._warming = True
        import threading

        def load() -> None:
            try:
                emb.load()  # type: ignore[attr-defined]
            except Exception as e:  # noqa: BLE001 - every call that needs the model fails (and on_error decides)
                log.warning("policy: the embedding model did not load (%s: %s)", type(e).__name__, e)

        # Off the request path: the first semantic check would otherwise pay the load.
        threading.Thread(target=load, name="policy-embedder-load", daemon=True).start()

    def _warm_detectors(self, snapshot: PolicySet) -> None:
        cold = [d for d in snapshot.to_warm if not d.loaded]
        if not cold:
            return
        import threading

        def load() -> None:
            for d in cold:
                d.load()

        # Off the request path, like the embedder; a call that comes first loads in a worker thread.
        threading.Thread(target=load, name="policy-detector-load", daemon=True).start()

    # -- Inspector protocol ---------------------------------------------------------------
    async def inspect(self, principal: Principal | None, direction: Direction, texts: list[str]) -> Inspection:
        policies = self._set.applicable(principal, direction)
        if not policies:
            return Inspection("allow", texts)
        results = await evaluate(policies, direction, texts)
        if not results:  # nothing matched (the usual case)
            return Inspection("allow", texts)
        return self.verdict(results, direction, texts)

    def stream_inspector(self, principal: Principal | None, direction: Direction) -> WindowedStreamInspector | None:
        policies = self._set.applicable(principal, direction)
        if not policies:
            return None
        rules = [(cp, cr) for cp in policies for cr in cp.rules if direction in cr.directions]
        if not rules:
            return None
        return WindowedStreamInspector(rules, direction, Redactor(self._hash_key))

    # -- verdicts -------------------------------------------------------------------------
    def verdict(self, results: Sequence[RuleResult], direction: str, texts: list[str]) -> Inspection:
        """Combine rule results into the action on the call."""
        decisions: list[dict[str, Any]] = []
        action = "allow"
        message: str | None = None
        spans: dict[int, list[Span]] = {}
        for res in results:
            if res.skipped or (not res.matches and res.error is None):
                continue
            d = res.decision(direction)
            decisions.append(d)
            if d["mode"] != "enforce":
                continue
            act = d["action"]
            if act == "block" and message is None:
                message = d["message"]
            if act == "redact":
                style = res.rule.rule.redaction
                for i, m in res.matches:
                    spans.setdefault(i, []).append(Span(m.start, m.end, m.entity, style))
            if _RANK[act] > _RANK[action]:
                action = act
        if action == "redact":
            redactor = Redactor(self._hash_key)
            texts = [redactor.apply(t, spans.get(i, ())) for i, t in enumerate(texts)]
        return Inspection(action, texts, decisions, message)  # type: ignore[arg-type]

    async def sandbox(
        self, policy_set: PolicySet, principal: Principal | None, direction: Direction, texts: list[str]
    ) -> dict[str, Any]:
        """Every rule evaluated with its matches, the combined action, the redacted texts and
        the time it took (the admin API's ``POST /admin/policies/test``)."""
        t0 = time.perf_counter()
        applicable = policy_set.applicable(principal, direction)
        results = await evaluate(applicable, direction, texts, explain=True)
        verdict = self.verdict(results, direction, texts)
        elapsed = (time.perf_counter() - t0) * 1000
        in_scope = {cp.name for cp in applicable}
        rules = []
        for cp in policy_set.policies:
            for cr in cp.rules:
                res = next((r for r in results if r.rule is cr), None)
                entry: dict[str, Any] = {
                    "policy": cp.name,
                    "version": cp.version,
                    "rule": cr.rule.name,
                    "detector": cr.rule.detector.type,
                    "action": cr.rule.action,
                    "mode": cp.policy.mode,
                    "applies": cp.name in in_scope and direction in cr.directions,
                }
                if res is not None:
                    entry["matched"] = bool(res.matches)
                    entry["matches"] = [
                        {**span_record(i, m), "value": texts[i][m.start : m.end][:200]} for i, m in res.matches
                    ]
                    if res.error:
                        entry["error"] = res.error
                    if res.skipped:
                        entry["skipped"] = res.skipped
                else:
                    entry["matched"] = False
                rules.append(entry)
        return {
            "action": verdict.action,
            "message": verdict.message,
            "texts": verdict.texts,
            "decisions": verdict.decisions,
            "rules": rules,
            "latency_ms": round(elapsed, 3),
        }


async def evaluate(
    policies: Sequence[CompiledPolicy], direction: str, texts: list[str], explain: bool = False
) -> list[RuleResult]:
    """Run each applicable rule on the texts. Semantic rules of all policies run together
    (one batch for the embedding model), the rest inline (microseconds)."""
    results: list[RuleResult] = []
    semantic: list[RuleResult] = []
    for cp in policies:
        for cr in cp.rules:
            if direction not in cr.directions:
                continue
            if cr.semantic:
                res = RuleResult(cp, cr)
                results.append(res)
                semantic.append(res)
                continue
            # Most texts match nothing: only a rule that matched (or failed) gets a result,
            # unless the sandbox asked for every rule (a rule without matches decides nothing).
            detect = cr.detector.detect
            matches: list[tuple[int, Match]] = []
            try:
                for i, t in enumerate(texts):
                    found = detect(t)
                    if found:
                        matches.extend((i, m) for m in found)
            except Exception as e:  # noqa: BLE001 - any detector failure is a decision
                res = RuleResult(cp, cr, matches)
                _failed(res, e)
                results.append(res)
                continue
            if matches or explain:
                results.append(RuleResult(cp, cr, matches))
    # One after the other on purpose: the first embeds the text (off the event loop) and the
    # embedder's recent-text cache serves the same chunks to the rest.
    for res in semantic:
        try:
            found = await res.rule.detector.adetect(texts)
            for i, ms in enumerate(found):
                res.matches.extend((i, m) for m in ms)
        except Exception as e:  # noqa: BLE001
            _failed(res, e)
    # An allow rule that matched skips the later rules of its policy.
    allowed: set[str] = set()
    for res in results:
        if res.policy.name in allowed:
            res.skipped = "after allow rule"
            if not explain:
                res.matches = []
            continue
        if res.rule.rule.action == "allow" and res.matches and res.error is None:
            allowed.add(res.policy.name)
    return results


def _failed(res: RuleResult, e: Exception) -> None:
    res.error = f"{type(e).__name__}: {e}"[:300]
    log.warning("policy %s rule %s: detector failed: %s", res.policy.name, res.rule.rule.name, res.error)


class WindowedStreamInspector:
    """Inspects streamed text with a sliding window.

    Text is released only when no match could still change it: the last ``hold`` characters
    (the longest span any active detector needs to recognise a match) stay back, and so does
    any match that reaches into them. A card number split across chunks is therefore seen
    whole. Detectors that judge the whole text (injection) decide on the window without
    holding text back. Semantic detectors are not run on streams (see docs/policy.md).
    """

    #: Already released text kept as context for the next scan (context words like "SSN:").
    CONTEXT = 64
    #: Scan once this much new text can be released, not on every token-sized chunk.
    STEP = 48

    def __init__(self, rules: list[tuple[CompiledPolicy, CompiledRule]], direction: str, redactor: Redactor) -> None:
        self._rules = rules
        self._direction = direction
        self._redactor = redactor
        self._hold = max((getattr(cr.detector, "window", 128) for _, cr in rules if not cr.whole_text), default=0)
        # Whole-text detectors (injection) need the recent past as context instead.
        self._context = max([self.CONTEXT] + [getattr(cr.detector, "window", 0) for _, cr in rules if cr.whole_text])
        self._buf = ""
        self._ctx = ""
        self._offset = 0  # absolute position of _buf[0] in the whole stream
        self._decisions: dict[tuple[str, str], dict[str, Any]] = {}
        self._whole_seen: set[tuple[str, str]] = set()

    @property
    def decisions(self) -> list[dict[str, Any]]:
        return list(self._decisions.values())

    def feed(self, text: str) -> str:
        self._buf += text
        if len(self._buf) - self._hold < self.STEP:
            return ""
        return self._process(final=False)

    def finish(self) -> str:
        return self._process(final=True)

    def _process(self, final: bool) -> str:
        ctx, buf = self._ctx, self._buf
        scan = ctx + buf
        base = len(ctx)
        limit = len(buf) if final else max(0, len(buf) - self._hold)
        found: list[tuple[CompiledPolicy, CompiledRule, list[Match]]] = []
        allowed: set[str] = set()
        for cp, cr in self._rules:
            if cp.name in allowed:
                continue
            try:
                ms = cr.detector.detect(scan)
            except Exception as e:  # noqa: BLE001
                self._record_error(cp, cr, e)
                continue
            if cr.whole_text:
                if ms:
                    self._whole(cp, cr, ms[0])
                continue
            ms = [Match(m.entity, m.start - base, m.end - base, m.score) for m in ms if m.end > base]
            if not ms:
                continue
            if cr.rule.action == "allow":
                allowed.add(cp.name)
            found.append((cp, cr, ms))
        # Never release part of a match: pull the limit back to the start of any match that
        # reaches into the held tail.
        for _, _, ms in found:
            for m in ms:
                if m.start < limit < m.end:
                    limit = max(0, m.start)
        spans: list[Span] = []
        for cp, cr, ms in found:
            done = [m for m in ms if m.end <= limit and m.start >= 0]
            if not done:
                continue
            self._record(cp, cr, done)
            if cp.policy.mode != "enforce" or cp.name in allowed and cr.rule.action != "allow":
                continue
            if cr.rule.action == "block":
                raise Refusal(403, "policy_blocked", cr.rule.message or DEFAULT_BLOCK_MESSAGE)
            if cr.rule.action == "redact":
                spans.extend(Span(m.start, m.end, m.entity, cr.rule.redaction) for m in done)
        released = self._redactor.apply(buf[:limit], spans)
        self._ctx = (ctx + buf[:limit])[-self._context :]
        self._buf = buf[limit:]
        self._offset += limit
        return released

    def _whole(self, cp: CompiledPolicy, cr: CompiledRule, m: Match) -> None:
        key = (cp.name, cr.rule.name)
        if key in self._whole_seen:
            return
        self._whole_seen.add(key)
        self._record(
            cp, cr, [Match(m.entity, self._offset, self._offset + len(self._buf), m.score, m.signals)], absolute=True
        )
        if cp.policy.mode == "enforce" and cr.rule.action == "block":
            raise Refusal(403, "policy_blocked", cr.rule.message or DEFAULT_BLOCK_MESSAGE)

    def _record(self, cp: CompiledPolicy, cr: CompiledRule, ms: list[Match], absolute: bool = False) -> None:
        key = (cp.name, cr.rule.name)
        d = self._decisions.get(key)
        if d is None:
            res = RuleResult(cp, cr)
            d = res.decision(self._direction)
            self._decisions[key] = d
        shift = 0 if absolute else self._offset
        for m in ms:
            d["spans"].append(span_record(0, Match(m.entity, m.start + shift, m.end + shift, m.score, m.signals)))
            if m.entity not in d["entities"]:
                d["entities"].append(m.entity)

    def _record_error(self, cp: CompiledPolicy, cr: CompiledRule, e: Exception) -> None:
        res = RuleResult(cp, cr)
        _failed(res, e)
        d = res.decision(self._direction)
        self._decisions[(cp.name, cr.rule.name)] = d
        if cp.policy.mode == "enforce" and cp.policy.on_error == "block":
            raise Refusal(403, "policy_blocked", d["message"])

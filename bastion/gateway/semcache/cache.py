"""``SemanticCache``: the LLM front door's ``CallCache`` (exact -> normalised -> semantic).

Contract with the LLM front door (see ``bastion/gateway/semcache/__init__.py``): the request
arrives as the call's :class:`~bastion.gateway.semcache.facts.ChatExchange` (an OpenAI
chat-completions dict and the cache headers); a hit puts an OpenAI ``chat.completion`` dict in
its ``response`` and describes itself in ``call.cache``.

Storage layout (``core.kv``, memory or Redis):

* ``semcache:e:<ns>:<exact key>`` -> the entry (response, model, created, tokens, cost);
* ``semcache:n:<ns>:<context key>:<hash of normalised prompt>`` -> exact key of an entry;
* the vector of the prompt in the vector store (a local SQLite file, or Chroma), with
  namespace, context key, model and times; an in-process mirror of it answers queries.

Purges are *cut-off times* (per namespace, per model, or global) kept under one KV key and
re-read at most once a second, so a purge on one replica holds on every replica, needs no key
scan, and makes every older entry a miss; stored vectors are deleted as well.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import numpy as np
import orjson
from prometheus_client import Counter

from bastion.gateway.call import Call, Refusal
from bastion.gateway.embeddings import single_threaded_blas
from bastion.gateway.metrics import BoundChildren, LoopCounter, LoopHistogram
from bastion.gateway.semcache.entry import Entry
from bastion.gateway.semcache.facts import CacheState, ChatExchange
from bastion.gateway.semcache.guards import Guards, extract, frames_agree
from bastion.gateway.semcache.index import VectorIndex
from bastion.gateway.semcache.keys import RequestKeys, digest_text, request_keys
from bastion.gateway.semcache.minilm_stage import MiniLMStage, StageModel
from bastion.gateway.semcache.normalise import canonical_question
from bastion.gateway.semcache.pre_encode import PreEncoder
from bastion.gateway.semcache.predictive import Predictor
from bastion.gateway.semcache.settings import SemcacheSettings
from bastion.gateway.semcache.spelling import english_words
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import PairVerifier, pair_features
from bastion.gateway.semcache.writer import EntryWriter, PendingEntry, WriterMetrics

if TYPE_CHECKING:
    from bastion.gateway.core import Core
    from bastion.gateway.pipeline import StageOutcome
    from bastion.gateway.principal import Principal

log = logging.getLogger("bastion.semcache")

PURGE_KEY = "semcache:purge"
PURGE_REFRESH_S = 1.0


@dataclass(slots=True)
class PurgeRules:
    """Entries created before a cut-off are purged."""

    all_before: float = 0.0
    namespace: dict[str, float] = field(default_factory=dict)
    model: dict[str, float] = field(default_factory=dict)

    def purged(self, entry: Entry) -> bool:
        t = entry.created
        return (
            t < self.all_before
            or t < self.namespace.get(entry.namespace, 0.0)
            or t < self.model.get(entry.model, 0.0)
            or t < self.namespace.get(f"{entry.namespace}|{entry.model}", 0.0)
        )

    def dumps(self) -> bytes:
        return orjson.dumps({"all": self.all_before, "ns": self.namespace, "model": self.model})

    @staticmethod
    def loads(raw: bytes | None) -> PurgeRules:
        if not raw:
            return PurgeRules()
        d = orjson.loads(raw)
        return PurgeRules(float(d.get("all", 0.0)), dict(d.get("ns", {})), dict(d.get("model", {})))


@dataclass(slots=True)
class Savings:
    """What hits saved since start on this replica (the dashboard's cache card)."""

    hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    by_phase: dict[str, int] = field(default_factory=dict)


class CacheMetrics:
    """Prometheus series of the LLM cache, registered on the app's registry.

    Updated from the event loop only: the lock-free ``Loop*`` series of the core, and the
    labelled children of the per-lookup series bound once (``.labels()`` costs a dict lookup
    and a lock; a lookup updated four of them)."""

    def __init__(self, registry: Any) -> None:
        self.lookups = LoopCounter(
            "bastion_llm_cache_lookups",
            "LLM cache lookups by result and phase",
            ["result", "phase"],
            registry=registry,
        )
        self.phase_seconds = LoopHistogram(
            "bastion_llm_cache_phase_seconds",
            "Latency of each LLM cache phase",
            ["phase"],
            buckets=(0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5),
            registry=registry,
        )
        self.tokens_saved = Counter(
            "bastion_llm_cache_tokens_saved",
            "Tokens not sent upstream thanks to cache hits",
            ["direction"],
            registry=registry,
        )
        self.cost_saved = Counter("bastion_llm_cache_cost_saved", "Spend avoided by cache hits", registry=registry)
        self.stores = LoopCounter(
            "bastion_llm_cache_stores", "LLM cache store outcomes", ["outcome"], registry=registry
        )
        self.scan_batch = LoopHistogram(
            "bastion_llm_cache_scan_batch_size",
            "Semantic lookups answered by one shared scan of the vector mirror",
            buckets=(1, 2, 4, 8, 16, 32, 64),
            registry=registry,
        )
        self.predictive = Counter(
            "bastion_llm_cache_predictive",
            "Pre-computed follow-ups by outcome (computed, used)",
            ["outcome"],
            registry=registry,
        )
        #: ``child(metric, *labels)``: the labelled child, bound once.
        self.child = BoundChildren()


class SemanticCache:
    """The four-phase LLM cache. Built once per app; see :func:`cache_for_core`."""

    def __init__(self, core: Core, settings: SemcacheSettings) -> None:
        self.core = core
        self.s = settings
        self.kv = core.kv
        self.guards = Guards(settings.guards)
        # Candidates come from the static encoder (tens of microseconds, inline); the learned
        # verifier decides (see verifier.py), MiniLM as its second stage when it is unsure.
        self.encoder = shared_cache_encoder()
        self.verifier = PairVerifier.load()
        # The second stage reads the core's shared MiniLM embedder, for band candidates only.
        self.second_stage = (
            MiniLMStage(
                core.embedder,
                StageModel.load(),
                settings.second_stage.timeout_s,
                settings.second_stage.remembered_vectors,
                settings.second_stage.max_in_flight,
                core.metrics.registry,
                settings.second_stage.here_max_chars,
                settings.second_stage.agreeing_discount,
                settings.second_stage.threshold_discount,
                # The new prompt's ids as the static encode just read them (no second tokenising).
                self.encoder.static,
                settings.second_stage.short_words,
                settings.second_stage.short_discount,
            )
            if settings.second_stage.enabled and settings.phases.semantic
            else None
        )
        # Cached prompts' MiniLM vectors, computed while the gateway is idle (pre_encode.py).
        self.pre_encoder = (
            PreEncoder(self.second_stage, settings.second_stage.pre_encode, core.metrics.registry)
            if self.second_stage is not None and settings.second_stage.pre_encode.enabled
            else None
        )
        self.metrics = CacheMetrics(core.metrics.registry)
        self.index = VectorIndex(
            # Vectors of another cache transform mean something else: one collection per version.
            f"{settings.collection}_{self.encoder.version}",
            core.settings.data_dir,
            settings.chroma_url,
            max_entries=settings.mirror_max_entries,
            dim=self.encoder.dim,
            on_batch=self.metrics.scan_batch.observe,
            store=settings.store_kind(entries_persist=not core.settings.cache.url.startswith("memory://")),
            vocabulary_words=settings.typo_vocabulary,
        )
        self.writer = EntryWriter(
            self._write_batch,
            self.index.persist,
            WriterMetrics(core.metrics.registry),
            settings.store_queue_max,
            settings.store_batch_max,
            persist_queue_max=settings.vector_queue_max,
        )
        self.predictor = Predictor(self, settings.predictive) if settings.phases.predictive else None
        self._purge = PurgeRules()
        self._purge_read_at = 0.0
        #: Lookups running now: the MiniLM stage encodes a short new prompt on the event loop
        #: only in a lookup running alone (nobody else waits meanwhile).
        self._lookups_running = 0
        # Savings since start (this replica), for the summary endpoint.
        self.saved = Savings()

    @contextlib.asynccontextmanager
    async def lifecycle(self) -> AsyncIterator[None]:
        """Open the vector index at start-up; run the entry writer (and the predictive worker)
        while the app runs. On the way out the writer writes what is still queued."""
        if self.s.phases.semantic:
            single_threaded_blas()
            await anyio.to_thread.run_sync(self.encoder.load)
            # The typo retry's word list, read here rather than on the first miss's event loop.
            await anyio.to_thread.run_sync(english_words)
            await self.index.open()
        if self.second_stage is not None and self.s.second_stage.preload:
            # In the background: until it is loaded, band candidates are not served (as
            # without the stage), and start-up does not wait for ONNX Runtime.
            self.second_stage.start_loading()
        try:
            async with anyio.create_task_group() as tg:
                await tg.start(self.writer.run)  # running before the first request
                if self.predictor is not None:
                    tg.start_soon(self.predictor.run)
                if self.pre_encoder is not None:
                    tg.start_soon(self.pre_encoder.run)
                try:
                    yield
                finally:
                    tg.cancel_scope.cancel()
        finally:
            # Closes the store (its file, Chroma's child process) and a shared store's refresher.
            self.index.close()

    # -- namespaces ----------------------------------------------------------------------------
    def namespace(self, call: Call) -> tuple[str | None, str | None]:
        """The namespace of ``call`` or (None, why) when the cache must not be used."""
        p: Principal | None = call.principal
        if p is None:
            return None, "no_principal"
        if call.policy:
            # Anything the policy engine flagged stays private to its user.
            return f"user:{p.user_id}", None
        chat = call.fact(ChatExchange)
        requested = chat.cache_namespace if chat is not None else None
        if requested:
            # A named namespace the caller may not use is an error, not a silent bypass: the
            # caller asked for sharing it does not get and would never notice.
            grant = self.s.namespaces.get(requested)
            if grant is None:
                raise Refusal(
                    400,
                    "bad_request",
                    f"x-bastion-cache-namespace: the cache namespace '{requested}' is not configured",
                )
            if p.user_id not in grant.users and not set(grant.groups) & set(p.groups):
                raise Refusal(
                    403,
                    "forbidden",
                    f"x-bastion-cache-namespace: the cache namespace '{requested}' is not granted to this user",
                )
            return f"ns:{requested}", None
        if self.s.scope == "user":
            return f"user:{p.user_id}", None
        if self.s.scope == "group" and p.groups:
            return f"group:{sorted(p.groups)[0]}", None
        if self.s.scope == "group":
            return f"user:{p.user_id}", None
        return "org", None

    def _ttl(self, call: Call) -> float:
        chat = call.fact(ChatExchange)
        ttl = chat.cache_ttl if chat is not None else None
        if isinstance(ttl, (int, float)) and ttl > 0:
            return min(float(ttl), self.s.max_ttl_s)
        return self.s.ttl_s

    def _cacheable_request(self, call: Call) -> tuple[dict[str, Any] | None, str | None]:
        chat = call.fact(ChatExchange)
        req = chat.request if chat is not None else None
        if not isinstance(req, dict) or not req.get("messages"):
            return None, "no_request"
        if self.s.deterministic_only:
            t = req.get("temperature")
            if t is None and not self.s.unset_is_deterministic or (t is not None and t != 0):
                return None, "not_deterministic"
        return req, None

    async def _purge_rules(self) -> PurgeRules:
        now = time.monotonic()
        if now - self._purge_read_at >= PURGE_REFRESH_S:
            self._purge_read_at = now
            self._purge = PurgeRules.loads(await self.kv.get(PURGE_KEY))
        return self._purge

    async def _entry(self, namespace: str, entry_id: str) -> Entry | None:
        raw = await self.kv.get(f"semcache:e:{namespace}:{entry_id}")
        if raw is None:
            return None
        entry = Entry.loads(raw)
        if entry.namespace != namespace or (await self._purge_rules()).purged(entry):
            return None
        return entry

    # -- lookup --------------------------------------------------------------------------------
    async def lookup(self, call: Call) -> StageOutcome:
        """Exact, then normalised, then semantic; the first hit answers."""
        self._lookups_running += 1
        try:
            return await self._lookup(call)
        finally:
            self._lookups_running -= 1

    async def _lookup(self, call: Call) -> StageOutcome:
        if self.pre_encoder is not None:
            self.pre_encoder.lookup_started()  # a request is here: background encodes wait
        chat = call.fact(ChatExchange)
        cc = (chat.cache_control if chat is not None else None) or ""
        if chat is not None and chat.cache_namespace and call.principal is not None:
            self.namespace(call)  # refuses a namespace the caller may not use, before any work
        if "no-cache" in cc:
            call.cache = {"result": "bypass", "why": "no-cache", "phases": {}}
            self.metrics.child(self.metrics.lookups, "bypass", "none").inc()
            return "bypass", {"why": "no-cache"}
        req, why = self._cacheable_request(call)
        ns, ns_why = self.namespace(call) if req is not None else (None, why)
        if req is None or ns is None:
            call.cache = {"result": "bypass", "why": why or ns_why, "phases": {}}
            self.metrics.child(self.metrics.lookups, "bypass", "none").inc()
            return "bypass", {"why": why or ns_why}
        keys = request_keys(req)
        state = CacheState(keys, ns)
        call.put(state)
        phases: dict[str, dict[str, Any]] = {}
        call.cache = {"result": "miss", "namespace": ns, "phases": phases}

        if self.s.phases.exact:
            t = time.perf_counter()
            entry = await self._entry(ns, keys.exact)
            self._phase(phases, "exact", "hit" if entry else "miss", t)
            if entry is not None:
                return self._hit(call, entry, "predictive" if entry.predictive else "exact", None)

        if keys.context is not None and keys.prompt is not None:
            # Normalised before semantic: a trivial rewording is answered without the cost
            # of an embedding.
            if self.s.phases.normalised:
                t = time.perf_counter()
                norm_key = f"semcache:n:{ns}:{keys.context}:{digest_text(canonical_question(keys.prompt))}"
                state.norm_key = norm_key
                entry = None
                eid = await self.kv.get(norm_key)
                if eid is not None:
                    entry = await self._entry(ns, eid.decode())
                self._phase(phases, "normalised", "hit" if entry else "miss", t)
                if entry is not None:
                    return self._hit(call, entry, "predictive" if entry.predictive else "normalised", None)
            if self.s.phases.semantic and len(keys.prompt) <= self.s.max_semantic_chars:
                t = time.perf_counter()
                found, detail = await self._semantic(call, ns, keys)
                self._phase(phases, "semantic", "hit" if found else "miss", t, detail)
                if found is not None:
                    entry, score = found
                    return self._hit(call, entry, "predictive" if entry.predictive else "semantic", score)
        self.metrics.child(self.metrics.lookups, "miss", "none").inc()
        return "miss", {"phases": {k: v["outcome"] for k, v in phases.items()}}

    def _phase(
        self, phases: dict[str, Any], name: str, outcome: str, t0: float, detail: dict[str, Any] | None = None
    ) -> None:
        dt = time.perf_counter() - t0
        self.metrics.child(self.metrics.phase_seconds, name).observe(dt)
        rec: dict[str, Any] = {"outcome": outcome, "ms": round(dt * 1000.0, 4)}
        if detail:
            rec.update(detail)
        phases[name] = rec

    async def _semantic(
        self, call: Call, ns: str, keys: RequestKeys
    ) -> tuple[tuple[Entry, float] | None, dict[str, Any]]:
        assert keys.prompt is not None and keys.context is not None
        vec = await self.encoder.embed_one(keys.prompt)
        state = call.fact(CacheState)
        if state is not None:
            state.vector = vec
        found, detail = await self._search(call, ns, keys.context, keys.prompt, vec)
        if found is None and len(self.index.vocabulary):
            # No candidate served: once more with the prompt's typos corrected towards the
            # namespace's stored words (spelling.py); a prompt without any is not re-encoded.
            fixed = self.index.vocabulary.correct(ns, keys.prompt, self.encoder.static.word_id)
            if fixed != keys.prompt and self.s.phases.normalised:
                # Corrected, the prompt may be a stored one reworded trivially (one KV get).
                eid = await self.kv.get(f"semcache:n:{ns}:{keys.context}:{digest_text(canonical_question(fixed))}")
                entry = await self._entry(ns, eid.decode()) if eid is not None else None
                if entry is not None:
                    detail["corrected"] = {"normalised": True}
                    return (entry, 1.0), detail
            if fixed != keys.prompt:
                vec = await self.encoder.embed_one(fixed)
                found, again = await self._search(call, ns, keys.context, fixed, vec)
                detail["corrected"] = again
        return found, detail

    async def _search(
        self, call: Call, ns: str, context: str, prompt: str, vec: np.ndarray
    ) -> tuple[tuple[Entry, float] | None, dict[str, Any]]:
        """The nearest stored prompts of the context, through the guards, the verifier and the
        MiniLM stage, best first: the first confirmed one, with the phase's detail."""
        neighbours = await self.index.query(vec, ns, context, self.s.top_k, time.time())
        if not neighbours:
            return None, {"candidates": 0}
        threshold = self.s.threshold_for(ns, self.verifier.threshold)
        # With the second stage on, the verifier serves alone only from the stage's upper edge
        # (a configured threshold is taken as is); below it, down to the band's lower edge,
        # MiniLM decides, and where it cannot run the verifier's own threshold does.
        upper = (
            self.s.threshold_for(ns, self.second_stage.upper(self.verifier.threshold))
            if self.second_stage is not None
            else threshold
        )
        lower = self.s.verifier.lower if self.s.verifier.enabled else threshold
        q = None  # the new prompt's guard features, parsed only if a candidate is close enough
        rejected: dict[str, int] = {}
        best_score = max(n.score for n in neighbours)
        for n in sorted(neighbours, key=lambda n: -n.score):
            if n.score < self.s.candidate_floor:
                break
            # Numbers first, from the two prompts' quantities: a candidate refused on them
            # needs neither prompt parsed in full (the verdict ``check`` would give).
            refused = self.guards.quick(prompt, n.prompt, 0.0)
            if refused is not None:
                rejected[refused.reason] = rejected.get(refused.reason, 0) + 1
                continue
            q = extract(prompt) if q is None else q
            c = extract(n.prompt)
            verdict = self.guards.check(q, c, float("inf"), 0.0)
            if not verdict.ok:
                rejected[verdict.reason] = rejected.get(verdict.reason, 0) + 1
                continue
            features = pair_features(q, c, prompt, n.prompt, n.score)
            p = float(self.verifier.probability(features))
            # Unsure (in the band below the upper edge): MiniLM reads both prompts.
            second = None
            if self.second_stage is not None and self.second_stage.in_band(p, upper):
                second = await self.second_stage.judge(
                    prompt,
                    n.entry_id,
                    n.prompt,
                    p,
                    features,
                    alone=self._lookups_running == 1,
                    agrees=frames_agree(q, c),
                )
            if second is not None and second.ran:
                confirmed = second.same
            else:
                confirmed = p >= threshold
            borderline = not confirmed and self.s.verifier.enabled and p >= lower
            if not confirmed and not borderline:
                why = "minilm" if second is not None and second.ran else "learned"
                rejected[why] = rejected.get(why, 0) + 1
                continue
            if borderline and not await self._verify(call, ns, prompt, n.entry_id, n.prompt):
                rejected["verifier"] = rejected.get("verifier", 0) + 1
                continue
            entry = await self._entry(ns, n.entry_id)
            if entry is None:
                rejected["expired"] = rejected.get("expired", 0) + 1
                continue
            detail: dict[str, Any] = {
                "candidates": len(neighbours),
                "score": round(n.score, 4),
                "p": round(p, 4),
                "verified": borderline,
            }
            if second is not None and second.ran:
                detail["minilm"] = {
                    "cos": round(second.minilm_cos or 0.0, 4),
                    "p": round(second.probability or 0.0, 4),
                    "texts": second.texts,
                }
            return (entry, n.score), detail
        return None, {"candidates": len(neighbours), "best": round(best_score, 4), "rejected": rejected}

    async def _verify(self, call: Call, ns: str, prompt: str, entry_id: str, candidate: str) -> bool:
        """Ask the verifier model whether two questions have the same answer.

        The verdict is remembered per (prompt, entry) for the entry's lifetime, so a question
        asked again costs no second verifier call. The verifier's own request skips the cache
        (``no-cache, no-store``): a semantic hit there would answer for another pair.
        """
        chat = self.core.chat
        if chat is None or call.principal is None:
            return False
        memo = f"semcache:v:{ns}:{entry_id}:{digest_text(prompt)}"
        known = await self.kv.get(memo)
        if known is not None:
            return known == b"1"
        request = {
            "model": self.s.verifier.model,
            "temperature": 0,
            "max_tokens": 3,
            "messages": [
                {
                    "role": "system",
                    "content": "Answer YES if the two questions ask for exactly the "
                    "same information and one answer fits both; otherwise answer NO.",
                },
                {"role": "user", "content": f"Question 1: {prompt}\nQuestion 2: {candidate}"},
            ],
        }
        try:
            with anyio.fail_after(self.s.verifier.timeout_s):
                resp = await chat.complete(request, call.principal, cache_control="no-cache, no-store")
            text = str(resp["choices"][0]["message"]["content"] or "")
        except Exception as e:  # noqa: BLE001 - a failing verifier means "not confirmed"
            log.warning("cache verifier failed: %s", type(e).__name__)
            return False
        same = text.strip().upper().startswith("YES")
        await self.kv.set(memo, b"1" if same else b"0", self.s.ttl_s)
        return same

    def _hit(self, call: Call, entry: Entry, phase: str, score: float | None) -> StageOutcome:
        chat = call.fact(ChatExchange)
        if chat is not None:
            chat.response = entry.response
        call.served_from_cache = True
        call.cache.update(
            {
                "result": "hit",
                "phase": phase,
                "score": round(score, 4) if score is not None else None,
                "inspected": True,
                "model": entry.model,
                "age_s": round(time.time() - entry.created, 3),
                "saved": {"tokens_in": entry.tokens_in, "tokens_out": entry.tokens_out, "cost": entry.cost},
            }
        )
        self.metrics.child(self.metrics.lookups, "hit", phase).inc()
        self.metrics.tokens_saved.labels("in").inc(entry.tokens_in)
        self.metrics.tokens_saved.labels("out").inc(entry.tokens_out)
        self.metrics.cost_saved.inc(entry.cost)
        if entry.predictive:
            self.metrics.predictive.labels("used").inc()
        saved = self.saved
        saved.hits += 1
        saved.tokens_in += entry.tokens_in
        saved.tokens_out += entry.tokens_out
        saved.cost += entry.cost
        saved.by_phase[phase] = saved.by_phase.get(phase, 0) + 1
        if self.predictor is not None:
            self.predictor.observe(call)
        detail: dict[str, Any] = {"phase": phase}
        if score is not None:
            detail["score"] = round(score, 4)
        return "hit", detail

    # -- store ---------------------------------------------------------------------------------
    async def store(self, call: Call) -> StageOutcome:
        """Store the completed response unless the request, the policy or the answer forbid it."""
        outcome = await self._store(call)
        self.metrics.child(self.metrics.stores, outcome if isinstance(outcome, str) else outcome[0]).inc()
        if self.predictor is not None and call.status == "ok":
            self.predictor.observe(call)
        return outcome

    async def _store(self, call: Call) -> str | tuple[str, dict[str, Any]]:
        if call.served_from_cache:
            return "skipped", {"why": "hit"}
        chat = call.fact(ChatExchange)
        cc = (chat.cache_control if chat is not None else None) or ""
        if "no-store" in cc:
            return "skipped", {"why": "no-store"}
        if call.redacted or call.policy:
            return "skipped", {"why": "policy"}
        if call.status != "ok" or call.error:
            return "skipped", {"why": "error"}
        response = chat.response if chat is not None else None
        if response is None or not _is_complete_answer(response):
            return "skipped", {"why": "not_a_complete_answer"}
        state = call.fact(CacheState)
        vector = state.vector if state is not None else None
        if state is not None:
            keys, ns = state.keys, state.namespace
        else:
            # Lookup was bypassed (no-cache) or not run: derive keys now.
            req, _ = self._cacheable_request(call)
            if req is None:
                return "skipped", {"why": "not_cacheable"}
            try:
                found_ns, why = self.namespace(call)
            except Refusal:
                return "skipped", {"why": "namespace"}
            if found_ns is None:
                return "skipped", {"why": why or "namespace"}
            keys, ns = request_keys(req), found_ns
        entry = Entry(
            response=response,
            model=keys.model,
            namespace=ns,
            created=time.time(),
            tokens_in=int(call.tokens_in or 0),
            tokens_out=int(call.tokens_out or 0),
            cost=float(call.cost or 0.0),
            prompt=keys.prompt,
        )
        norm_key = state.norm_key if state is not None else None
        return await self.put(entry, keys, self._ttl(call), vector, norm_key)

    def _pending(
        self, entry: Entry, keys: RequestKeys, ttl: float, vector: Any, norm_key: str | None = None
    ) -> PendingEntry | None:
        """The writes an entry needs, or None when it is too large for the KV store."""
        value = entry.dumps()
        limit = getattr(self.kv, "max_value_bytes", None)
        if (limit is not None and len(value) > limit) or ttl <= 0:
            return None
        ns = entry.namespace
        prompt = None
        meta: dict[str, Any] = {}
        if keys.context is None or keys.prompt is None:
            norm_key = None
        else:
            if norm_key is None and (self.s.phases.normalised or self.s.phases.predictive):
                norm_key = f"semcache:n:{ns}:{keys.context}:{digest_text(canonical_question(keys.prompt))}"
            if self.s.phases.semantic and len(keys.prompt) <= self.s.max_semantic_chars:
                prompt = keys.prompt
                meta = {
                    "ns": ns,
                    "ctx": keys.context,
                    "model": entry.model,
                    "t": entry.created,
                    "exp": entry.created + ttl,
                    "eid": keys.exact,
                    "pre": entry.predictive,
                }
        return PendingEntry(ns, keys.exact, value, ttl, norm_key, prompt, vector, meta)

    async def put(
        self, entry: Entry, keys: RequestKeys, ttl: float, vector: Any = None, norm_key: str | None = None
    ) -> str | tuple[str, dict[str, Any]]:
        """Queue an entry for the writer (written after the response, in batches).

        Without a running writer (a cache used outside the app's lifecycle) it is written now.
        ``norm_key``: the normalised key the lookup computed (None: computed here).
        """
        pending = self._pending(entry, keys, ttl, vector, norm_key)
        if pending is None:
            return "skipped", {"why": "too_large"}
        if not self.writer.running:
            await self.index.persist(await self._write_batch([pending]))
            return "stored"
        return "queued" if self.writer.submit(pending) else ("skipped", {"why": "queue_full"})

    async def flush(self) -> None:
        """Wait until every queued entry is written (tests and benches)."""
        await self.writer.flush()

    async def _write_batch(self, batch: list[PendingEntry]) -> list[Any]:
        """KV entries first (cheap phases serve them), then the vector mirror; returns the rows
        the writer persists to the vector store behind."""
        for p in batch:
            if not await self.kv.set(f"semcache:e:{p.namespace}:{p.entry_id}", p.value, p.ttl):
                continue
            if p.norm_key is not None:
                await self.kv.set(p.norm_key, p.entry_id.encode(), p.ttl)
        semantic = [p for p in batch if p.prompt is not None]
        if not semantic:
            return []
        missing = [p for p in semantic if p.vector is None]
        if missing:
            vecs = await self.encoder.embed([str(p.prompt) for p in missing])
            for p, v in zip(missing, vecs, strict=True):
                p.vector = v
        rows = [
            (f"{p.namespace}:{p.entry_id}", np.asarray(p.vector, dtype=np.float32), str(p.prompt), p.meta)
            for p in semantic
        ]
        # The guards' features of a stored prompt are parsed when it first becomes a candidate
        # (remembered from then on; a lookup usually parsed its own prompt already), not here:
        # ~0.1 ms a prompt, spent only on the prompts that ever need it.
        await self.index.add_to_mirror(rows)
        if self.pre_encoder is not None:
            # Servable now; its MiniLM vector (for a later candidate in the band) comes when idle.
            for p in semantic:
                self.pre_encoder.offer(p.entry_id, str(p.prompt))
        # Without a persistent store (the mirror is all there is) nothing waits to be persisted.
        return rows if self.index.store is not None else []

    # -- admin ---------------------------------------------------------------------------------
    async def purge(
        self, namespace: str | None = None, model: str | None = None, older_than_s: float | None = None
    ) -> dict[str, Any]:
        """Purge entries by namespace, model and/or age (all when nothing is given)."""
        now = time.time()
        cutoff = now - older_than_s if older_than_s is not None else now
        rules = PurgeRules.loads(await self.kv.get(PURGE_KEY))
        if namespace is not None and model is None:
            rules.namespace[namespace] = max(rules.namespace.get(namespace, 0.0), cutoff)
        elif model is not None and namespace is None:
            rules.model[model] = max(rules.model.get(model, 0.0), cutoff)
        elif namespace is None and model is None:
            rules.all_before = max(rules.all_before, cutoff)
        else:
            # Both given: a namespace-and-model purge. Cut-offs are per key, so record it as a
            # namespace cut-off only for that model's entries by deleting vectors and keeping
            # the exact/normalised entries unreachable through a model-scoped namespace key.
            rules.namespace[f"{namespace}|{model}"] = cutoff
        # A purge runs on every replica within PURGE_REFRESH_S; this one sees it now.
        await self.kv.set(PURGE_KEY, rules.dumps(), 10 * 365 * 86400.0)
        self._purge, self._purge_read_at = rules, time.monotonic()
        try:
            await self.index.delete(namespace=namespace, model=model, before=cutoff)
        except Exception as e:  # noqa: BLE001
            log.warning("vector index purge failed: %s", type(e).__name__)
        return {"purged_before": cutoff, "namespace": namespace, "model": model}

    def summary(self) -> dict[str, Any]:
        """Savings since start on this replica (the dashboard's cache card)."""
        predictive = self.predictor.stats() if self.predictor is not None else None
        return {
            "enabled": True,
            "phases": self.s.phases.model_dump(),
            "threshold": self.s.threshold if self.s.threshold is not None else self.verifier.threshold,
            "hits": self.saved.hits,
            "hits_by_phase": dict(self.saved.by_phase),
            "tokens_saved": {"in": self.saved.tokens_in, "out": self.saved.tokens_out},
            "cost_saved": round(self.saved.cost, 6),
            "predictive": predictive,
        }


def _is_complete_answer(response: Any) -> bool:
    """A successful completion with at least one choice that finished normally."""
    if not isinstance(response, dict) or response.get("error"):
        return False
    choices = response.get("choices")
    if not isinstance(choices, list) or not choices:
        return False
    return all(
        isinstance(c, dict) and c.get("finish_reason") in ("stop", "tool_calls", "function_call", "length")
        for c in choices
    )


def cache_for_core(core: Core) -> SemanticCache | None:
    """The cache of this core (built on first use, shared by the front door and the admin API)."""
    existing = getattr(core, "_semcache", None)
    if existing is not None:
        return existing if isinstance(existing, SemanticCache) else None
    settings = core.settings.semcache
    if not settings.enabled:
        core._semcache = False  # type: ignore[attr-defined]
        return None
    cache = SemanticCache(core, settings)
    core._semcache = cache  # type: ignore[attr-defined]
    core.lifecycles.append(cache.lifecycle)
    return cache

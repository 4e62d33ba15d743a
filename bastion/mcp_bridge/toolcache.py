"""Tool-result cache for MCP: correct, scoped caching of ``tools/call`` results and of
list/read results (``tools/list``, ``prompts/list``, ``resources/list``,
``resources/templates/list``, ``resources/read``).

How the MCP front door uses it:

* build once at mount: ``toolcache = ToolCache.from_core(core, settings.cache)``,
  ``pipeline = core.pipeline("mcp", cache=toolcache)``;
* per ``tools/call``: ``call.put(ToolCallInfo(...))`` before ``pipeline.run``; the route puts
  the upstream result dict as the call's ``facts.UpstreamResult`` (or fails the call with a
  JSON-RPC error, ``facts.RpcError``). On a hit the pipeline skips the route and the call's
  ``UpstreamResult`` holds the cached result, marked in
  ``_meta["io.bastion/cache"]``. Call ``toolcache.finish(call)`` in a ``finally`` after
  ``pipeline.run`` (it releases concurrent identical calls at once when this one failed; safe
  to call always);
* on ``notifications/tools/list_changed`` (or any list_changed) from an upstream:
  ``await toolcache.invalidate_server(server)``; after each upstream ``tools/list``:
  ``await toolcache.tools_listed(server, tools)`` (drops the server's entries when a definition
  changed);
* list/read results: ``await toolcache.cached_list(server, method, params, scope, fetch)``.

Rules (see ``docs/toolcache.md``): a tool is cached only when its ``readOnlyHint`` is true and
the server's annotations are trusted, or settings say so; the key is (server, upstream tool,
canonical arguments, schema hash, authorization scope) under the server's and the tool's
namespace generations, so invalidation is O(1); ``isError``, JSON-RPC errors, MRTR results and
retries, redacted/blocked/flagged results are never stored; a call to a tool that is not
read-only drops its server's entries; concurrent identical misses make one upstream call.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from bastion.gateway.call import Call, Content
from bastion.gateway.kv import KVStore, MemoryKV
from bastion.gateway.pipeline import StageOutcome
from bastion.gateway.singleflight import Flight, SingleFlight
from bastion.mcp_bridge.facts import RpcError, UpstreamResult
from bastion.mcp_bridge.toolcache_keys import canonical_json, digest, schema_hash
from bastion.mcp_bridge.toolcache_settings import (
    Scope,
    ServerRule,
    ToolCacheSettings,
    ToolRule,
)
from bastion.mcp_bridge.toolcache_stats import ToolCacheStats

log = logging.getLogger("bastion.mcp.toolcache")

#: The key under which hits are marked in a result's ``_meta`` (``io.modelcontextprotocol/*``
#: is reserved by the spec).
META_KEY = "io.bastion/cache"
#: The upstream's identity stamp, never stored (the gateway puts its own).
_SERVER_INFO = "io.modelcontextprotocol/serverInfo"
#: Methods whose results ``cached_list`` caches.
LIST_METHODS = frozenset({"tools/list", "prompts/list", "resources/list", "resources/templates/list", "resources/read"})
_NO_RULE = ToolRule()
_DEFAULT_SERVER = ServerRule()
_POLICY_NOT_CACHED = frozenset({"redact", "block", "flag"})


@dataclass(slots=True)
class ToolCallInfo:
    """What the cache needs to know about one ``tools/call``: a fact the MCP front door puts on
    the call before the pipeline runs.

    ``tool`` is the *upstream* tool name (not the hub's ``server__tool``). ``tool_def`` is the
    upstream Tool as JSON (name, inputSchema, outputSchema, annotations); pass the same dict
    object for every call of a tool (the plan and schema hash are memoised per object).
    ``annotations_trusted`` comes from the server's configuration. ``bypass`` is set from
    ``Cache-Control: no-cache`` or ``_meta["io.bastion/cache"] == "no-cache"``: the lookup is
    skipped and the fresh result refreshes the cache. ``is_retry`` marks MRTR retries (the
    request carries ``inputResponses`` or ``requestState``): never looked up nor stored.
    """

    server: str
    tool: str
    arguments: dict[str, Any]
    tool_def: dict[str, Any]
    annotations_trusted: bool
    progress_token: Any = None
    bypass: bool = False
    is_retry: bool = False
    #: The server is called with a per-user credential (``identity_jwt``, ``token_exchange``):
    #: its results answer this user, so they are cached for this principal only, whatever the
    #: configured scope says.
    per_user: bool = False


@dataclass(frozen=True, slots=True)
class ToolPlan:
    """How one tool is cached, resolved once per tool definition."""

    cacheable: bool
    #: Why (not) cacheable: recorded on the trace.
    why: str
    #: Calls of this tool do not change anything (no invalidation).
    read_only: bool
    ttl_s: float
    scope: Scope
    #: For write tools: the tools whose entries a call drops; ``None`` = the whole server.
    invalidates: tuple[str, ...] | None
    schema: str
    #: Whether a call to this tool drops entries.
    invalidating: bool


@dataclass(slots=True)
class _Memo:
    tool_def: dict[str, Any]
    trusted: bool
    plan: ToolPlan


@dataclass(slots=True, eq=False)
class _CallState:
    """What ``lookup`` decided for a call, for ``store`` and ``finish``."""

    info: ToolCallInfo
    plan: ToolPlan
    key: str | None = None
    gens: tuple[int, int] = (0, 0)
    #: The result may be stored (only after a miss or a bypass that refreshes).
    storable: bool = False
    flight: Flight | None = None
    #: A write call whose post-call invalidation has not run yet.
    pending_invalidation: bool = False
    task: asyncio.Task[Any] | None = None
    done: bool = False


@dataclass(slots=True)
class _Background:
    """Tasks started from synchronous callbacks; kept referenced until they finish."""

    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def spawn(self, coro: Awaitable[Any]) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)  # type: ignore[arg-type]
        except RuntimeError:
            close = getattr(coro, "close", None)
            if close is not None:
                close()
            return
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


class ToolCache:
    """The MCP tool-result cache: a ``CallCache`` for ``core.pipeline("mcp", cache=...)``."""

    def __init__(
        self,
        settings: ToolCacheSettings,
        kv: KVStore,
        stats: ToolCacheStats | None = None,
        *,
        result_content: Callable[[dict[str, Any]], Content] | None = None,
    ) -> None:
        self.settings = settings
        self.kv = kv
        self.stats = stats if stats is not None else ToolCacheStats(None)
        #: Optional: turns a result dict into the ``Content`` the output policy inspects. When
        #: set, a hit whose entry was not stored for this very principal (group or shared
        #: scope) is inspected again under the caller's policies.
        self.result_content = result_content
        self.flights = SingleFlight()
        self._memo: dict[tuple[str, str], _Memo] = {}
        self._schemas: dict[tuple[str, str], str] = {}
        self._pending_drops: set[str] = set()
        self._background = _Background()
        # Redis answers three reads in one round trip when they are issued together; the
        # in-process store answers at once, where gather's task overhead would only cost.
        self._parallel_reads = not isinstance(kv, MemoryKV)
        self._get_with_generations = getattr(kv, "get_with_generations", None)

    @classmethod
    def from_core(
        cls,
        core: Any,
        settings: ToolCacheSettings,
        *,
        result_content: Callable[[dict[str, Any]], Content] | None = None,
    ) -> ToolCache:
        """Build from the ``mcp.cache`` section, ``core.kv`` and ``core.metrics.registry``.

        ``result_content`` (e.g. the front door's ``ToolResult``) lets hits on group/shared
        entries be inspected by the output policy under the caller's own rules."""
        registry = getattr(getattr(core, "metrics", None), "registry", None)
        return cls(settings, core.kv, ToolCacheStats(registry), result_content=result_content)

    # ------------------------------------------------------------------ tools/call: lookup

    async def lookup(self, call: Call) -> StageOutcome:
        """Serve an eligible call from cache (hit) or make it the single-flight leader (miss);
        calls that are not eligible are "bypass" with the reason on the trace."""
        info = call.fact(ToolCallInfo)
        if info is None:
            return "skipped"
        if self._pending_drops:
            await self._retry_drops()
        if not self.settings.enabled:
            return self._bypass(call, info, "disabled")
        plan, schema_changed = self._plan(info)
        if info.per_user and plan.scope != "principal":
            plan = replace(plan, scope="principal")
        if schema_changed:
            await self._drop(_server_ns(info.server), info.server, "schema_changed")
        state = _CallState(info, plan)
        call.put(state)
        if plan.invalidating:
            # Drop before the call too: a read racing with the write cannot then serve the
            # pre-write state from cache while the write runs.
            await self._invalidate_for(plan, info.server, "write")
            state.pending_invalidation = True
            self._watch(state)
        if not plan.cacheable:
            return self._bypass(call, info, plan.why)
        if info.is_retry:
            return self._bypass(call, info, "mrtr_retry")
        if info.progress_token is not None and self.settings.replay_progress:
            return self._bypass(call, info, "progress_token")
        state.key = self._key(info, plan, call)
        if info.bypass:
            state.gens = await self._gens(info)
            state.storable = min(state.gens) >= 0
            return self._bypass(call, info, "requested")

        flight = self.flights.current(state.key)
        if flight is not None:
            return await self._follow(call, state, flight)
        raw, gs, gt = await self._read(state.key, info)
        if gs < 0 or gt < 0:
            return self._bypass(call, info, "backend_unavailable")
        why = "not_found"
        if raw is not None:
            entry = orjson.loads(raw)
            if entry["gs"] == gs and entry["gt"] == gt:
                return self._hit(call, state, entry, shared_flight=False)
            why = "invalidated"
        flight = self.flights.current(state.key)
        if flight is not None:  # another call missed while we were reading
            return await self._follow(call, state, flight)
        state.flight = self.flights.lead(state.key)
        state.gens = (gs, gt)
        state.storable = True
        self.stats.miss(info.server, info.tool)
        call.cache = {"hit": False, "outcome": "miss", "why": why, "server": info.server, "tool": info.tool}
        return "miss", {"why": why}

    async def _follow(self, call: Call, state: _CallState, flight: Flight) -> StageOutcome:
        """Wait for the leader of an identical call; use its result or fall back upstream."""
        flight.followers += 1
        raw = await self.flights.wait(flight, self.settings.single_flight_wait_s)
        info = state.info
        if raw is not None:
            return self._hit(call, state, orjson.loads(raw), shared_flight=True)
        # The leader had nothing to share (an error, a refusal, a timeout): call upstream.
        state.gens = await self._gens(info)
        state.storable = min(state.gens) >= 0
        self.stats.miss(info.server, info.tool)
        why = "leader_failed" if flight.released else "leader_timeout"
        call.cache = {"hit": False, "outcome": "miss", "why": why, "server": info.server, "tool": info.tool}
        return "miss", {"why": why}

    def _hit(self, call: Call, state: _CallState, entry: dict[str, Any], *, shared_flight: bool) -> StageOutcome:
        info, plan = state.info, state.plan
        result: dict[str, Any] = entry["r"]
        age_s = max(0.0, time.time() - entry["at"])
        saved_s = self.stats.upstream_avg_s(info.server, info.tool) or entry.get("up", 0.0)
        marker: dict[str, Any] = {"hit": True, "age_s": round(age_s, 3), "ttl_s": entry["ttl"], "scope": plan.scope}
        if shared_flight:
            marker["shared_flight"] = True
        meta = result.get("_meta")
        if not isinstance(meta, dict):
            meta = result["_meta"] = {}
        meta[META_KEY] = marker
        call.put(UpstreamResult(result))
        call.served_from_cache = True
        same_principal = plan.scope == "principal"
        if self.result_content is not None:
            call.output = self.result_content(result)
        call.cache = {
            "hit": True,
            "outcome": "hit",
            "server": info.server,
            "tool": info.tool,
            "age_s": marker["age_s"],
            "scope": plan.scope,
            "saved_ms": round(saved_s * 1000.0, 3),
            # Stored only after passing output policy under this principal: no need to
            # inspect again. Group/shared entries are inspected under the caller's policies.
            "inspected": same_principal,
        }
        if shared_flight:
            call.cache["shared_flight"] = True
        self.stats.hit(info.server, info.tool, saved_s)
        return "hit", {"age_s": marker["age_s"], "scope": plan.scope, "shared_flight": shared_flight}

    def _bypass(self, call: Call, info: ToolCallInfo, why: str) -> StageOutcome:
        self.stats.bypass(info.server, info.tool)
        call.cache = {"hit": False, "outcome": "bypass", "why": why, "server": info.server, "tool": info.tool}
        return "bypass", {"why": why}

    # ------------------------------------------------------------------ tools/call: store

    async def store(self, call: Call) -> StageOutcome:
        """Store an eligible result; invalidate after a write; always release the call's
        single-flight followers (with the result when it can be shared)."""
        state = call.fact(_CallState)
        if state is None or state.done:
            return "skipped"
        shared: bytes | None = None
        try:
            if state.pending_invalidation:
                state.pending_invalidation = False
                await self._invalidate_for(state.plan, state.info.server, "write")
                if not state.storable:
                    return "skipped", {"why": "not_read_only", "invalidated": True}
            if not state.storable or state.key is None:
                return "skipped", {"why": call.cache.get("why", "not_eligible")}
            why = self._unstorable(call)
            if why is not None:
                return "skipped", {"why": why}
            info, plan = state.info, state.plan
            stored = call.fact(UpstreamResult)
            assert stored is not None, "_unstorable checked it"
            result = stored.result
            upstream_s = call.upstream_s
            if upstream_s > 0:
                self.stats.observe_upstream(info.server, info.tool, upstream_s)
            shared = _encode_entry(result, state.gens, plan.ttl_s, upstream_s)
            if not await self.kv.set(state.key, shared, plan.ttl_s):
                return "skipped", {"why": "backend"}
            self.stats.stored(info.server, info.tool)
            return "stored"
        finally:
            self._close(state, shared)

    def _unstorable(self, call: Call) -> str | None:
        """Why this call's result must not be stored, or ``None``."""
        if call.fact(RpcError) is not None:
            return "jsonrpc_error"
        stored = call.fact(UpstreamResult)
        if stored is None or not isinstance(stored.result, dict):
            return "no_result"
        result = stored.result
        if result.get("isError"):
            return "is_error"
        if result.get("resultType") == "input_required":
            return "input_required"
        if call.status != "ok":
            return "call_failed"
        if call.redacted:
            return "redacted"
        if any(d.get("action") in _POLICY_NOT_CACHED for d in call.policy):
            return "policy"
        return None

    def finish(self, call: Call) -> None:
        """Release what ``lookup`` left pending for ``call``: followers are woken (and call
        upstream themselves), a write's post-call invalidation is scheduled. Idempotent."""
        state = call.fact(_CallState)
        if state is not None and not state.done:
            self._close(state, None)

    def _close(self, state: _CallState, shared: bytes | None) -> None:
        state.done = True
        if state.flight is not None:
            self.flights.release(state.flight, shared)
        if state.task is not None:
            state.task.remove_done_callback(self._on_task_done(state))
            state.task = None
        if state.pending_invalidation:
            state.pending_invalidation = False
            self._background.spawn(self._invalidate_for(state.plan, state.info.server, "write"))

    def _watch(self, state: _CallState) -> None:
        """Make sure a write's post-call invalidation runs even when ``store`` never does."""
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        if task is not None:
            state.task = task
            task.add_done_callback(self._on_task_done(state))

    def _on_task_done(self, state: _CallState) -> _TaskDone:
        return _TaskDone(self, state)

    # ------------------------------------------------------------------ invalidation

    async def invalidate_server(self, server: str) -> None:
        """Drop every cached entry (tool results and lists) of ``server``: O(1). Call it on the
        upstream's ``list_changed`` notifications."""
        await self._drop(_server_ns(server), server, "invalidate")

    async def purge(self, server: str, tool: str | None = None) -> None:
        """Admin purge: every entry of ``server``, or only those of one upstream ``tool``."""
        if tool is None:
            await self._drop(_server_ns(server), server, "purge")
        else:
            await self._drop(_tool_ns(server, tool), server, "purge")

    async def tools_listed(self, server: str, tools: list[dict[str, Any]]) -> bool:
        """Note an upstream ``tools/list`` result; drop the server's entries when a tool's
        schema changed since the last one seen. Returns whether it did."""
        changed = False
        for t in tools:
            name = t.get("name")
            if not isinstance(name, str):
                continue
            h = schema_hash(t)
            old = self._schemas.get((server, name))
            self._schemas[(server, name)] = h
            if old is not None and old != h:
                changed = True
        if changed:
            await self._drop(_server_ns(server), server, "schema_changed")
        return changed

    async def _invalidate_for(self, plan: ToolPlan, server: str, reason: str) -> None:
        if plan.invalidates is None:
            await self._drop(_server_ns(server), server, reason)
        else:
            for tool in plan.invalidates:
                await self._drop(_tool_ns(server, tool), server, reason)

    async def _drop(self, namespace: str, server: str, reason: str) -> None:
        await self.kv.drop_namespace(namespace)
        self.stats.invalidated(server, reason)
        if not getattr(self.kv, "healthy", True):
            # The shared store did not get it: retry once it is back, so that entries written
            # before the outage are not served after it.
            self._pending_drops.add(namespace)

    async def _retry_drops(self) -> None:
        if not getattr(self.kv, "healthy", True):
            # Probe cheaply; kv flips back to healthy on the first successful operation.
            await self.kv.generation("probe")
            if not getattr(self.kv, "healthy", True):
                return
        for ns in list(self._pending_drops):
            await self.kv.drop_namespace(ns)
            if not getattr(self.kv, "healthy", True):
                return
            self._pending_drops.discard(ns)
        log.warning("tool cache: re-applied invalidations missed during a cache outage")

    # ------------------------------------------------------------------ lists and reads

    async def cached_list(
        self,
        server: str,
        method: str,
        params: dict[str, Any] | None,
        scope: str,
        fetch: Callable[[], Awaitable[dict[str, Any]]],
        ttl_ms: int | None = None,
        cache_scope: str | None = None,
        private_only: bool = False,
    ) -> dict[str, Any]:
        """A list/read result of ``server`` from cache, or from ``fetch()`` (then stored).

        ``scope`` identifies the caller's authorization context (e.g. the principal's user
        id). ``ttl_ms``/``cache_scope`` are hints known beforehand (``server/discover``); a
        result's own ``ttlMs``/``cacheScope`` win over them, and settings apply to servers that
        send neither (legacy era). A ``private`` result is only served to the same ``scope``.
        Pagination: each page (``params.cursor``) is its own entry. ``private_only``: the result
        is never shared beyond ``scope`` (servers called with a per-user credential).
        """
        srule = self.settings.servers.get(server, _DEFAULT_SERVER)
        if not self.settings.enabled or not srule.enabled or method not in LIST_METHODS:
            return await fetch()
        if self._pending_drops:
            await self._retry_drops()
        request = {k: v for k, v in (params or {}).items() if k != "_meta"}
        base = digest(method, canonical_json(request))
        public_key = f"tl:{server}:{base}"
        private_key = f"tl:{server}:{digest(base, scope)}"
        ns = _server_ns(server)
        gen = await self.kv.generation(ns)
        if gen >= 0:
            for key in (private_key,) if private_only else (private_key, public_key):
                raw = await self.kv.get(key)
                if raw is not None:
                    entry = orjson.loads(raw)
                    if entry["gs"] == gen:
                        return entry["r"]
        flight = self.flights.current(private_key)
        if flight is not None:
            raw = await self.flights.wait(flight, self.settings.single_flight_wait_s)
            if raw is not None:
                return orjson.loads(raw)["r"]
            return await fetch()
        flight = self.flights.lead(private_key)
        shared: bytes | None = None
        try:
            result = await fetch()
            ttl_s, private = self._list_policy(srule, result, ttl_ms, cache_scope)
            private = private or private_only
            if gen >= 0 and ttl_s > 0 and _list_storable(result):
                shared = _encode_entry(result, (gen, 0), ttl_s, 0.0)
                await self.kv.set(private_key if private else public_key, shared, ttl_s)
            return result
        finally:
            self.flights.release(flight, shared)

    def _list_policy(
        self, srule: ServerRule, result: dict[str, Any], ttl_ms: int | None, cache_scope: str | None
    ) -> tuple[float, bool]:
        """(TTL seconds, private?) for a list/read result."""
        hint_ttl = result.get("ttlMs", ttl_ms)
        hint_scope = result.get("cacheScope", cache_scope)
        if isinstance(hint_ttl, int | float) and not isinstance(hint_ttl, bool):
            ttl_s = min(max(0.0, hint_ttl / 1000.0), self.settings.max_ttl_s)
        else:
            ttl_s = srule.list_ttl_s if srule.list_ttl_s is not None else self.settings.list_ttl_s
        if hint_scope in ("public", "private"):
            private = hint_scope == "private"
        else:
            private = (srule.list_scope or self.settings.list_scope) == "private"
        return ttl_s, private

    # ------------------------------------------------------------------ admin

    def summary(self) -> dict[str, Any]:
        """Counters for the admin API."""
        s = self.stats.summary()
        s["enabled"] = self.settings.enabled
        s["backend"] = type(self.kv).__name__
        s["in_flight"] = len(self.flights)
        return s

    # ------------------------------------------------------------------ internals

    def _plan(self, info: ToolCallInfo) -> tuple[ToolPlan, bool]:
        """The tool's plan (memoised per tool-definition object) and whether its schema changed
        since the last call seen."""
        k = (info.server, info.tool)
        memo = self._memo.get(k)
        if memo is not None and memo.tool_def is info.tool_def and memo.trusted == info.annotations_trusted:
            return memo.plan, False
        plan = self._resolve(info)
        old = self._schemas.get(k)
        self._schemas[k] = plan.schema
        if len(self._memo) > 50_000:  # bound memory on pathological catalogs
            self._memo.clear()
        self._memo[k] = _Memo(info.tool_def, info.annotations_trusted, plan)
        return plan, old is not None and old != plan.schema

    def _resolve(self, info: ToolCallInfo) -> ToolPlan:
        s = self.settings
        srule = s.servers.get(info.server, _DEFAULT_SERVER)
        trule = srule.tools.get(info.tool, _NO_RULE)
        ann = info.tool_def.get("annotations") or {}
        trusted = srule.trust_annotations if srule.trust_annotations is not None else info.annotations_trusted
        ro_hint = ann.get("readOnlyHint") is True
        open_world = ann.get("openWorldHint") is not False
        read_only = trule.cacheable is True or (trusted and ro_hint)
        if not srule.enabled:
            cacheable, why = False, "server_disabled"
        elif trule.cacheable is False:
            cacheable, why = False, "tool_disabled"
        elif trule.cacheable is True:
            cacheable, why = True, "settings"
        elif not ann:
            cacheable, why = False, "no_annotations"
        elif not trusted:
            cacheable, why = False, "annotations_untrusted"
        elif not ro_hint:
            cacheable, why = False, "not_read_only"
        else:
            cacheable, why = True, "read_only"
        if trule.ttl_s is not None:
            ttl = trule.ttl_s
        elif open_world:
            ttl = srule.open_world_ttl_s if srule.open_world_ttl_s is not None else s.open_world_ttl_s
        else:
            ttl = srule.ttl_s if srule.ttl_s is not None else s.ttl_s
        ttl = min(ttl, s.max_ttl_s)
        if cacheable and ttl <= 0:
            cacheable, why = False, "ttl_zero"
        invalidates = trule.invalidates if trule.invalidates is not None else srule.invalidates
        return ToolPlan(
            cacheable=cacheable,
            why=why,
            read_only=read_only,
            ttl_s=ttl,
            scope=trule.scope or srule.scope or s.scope,
            invalidates=tuple(invalidates) if invalidates is not None else None,
            schema=schema_hash(info.tool_def),
            invalidating=srule.enabled and s.invalidate_on_write and not read_only,
        )

    def _key(self, info: ToolCallInfo, plan: ToolPlan, call: Call) -> str:
        p = call.principal
        if plan.scope == "shared":
            scope = "s"
        elif p is None:
            scope = "anon"
        elif plan.scope == "group":
            scope = "g:" + "\x1f".join(sorted(p.groups))
        else:
            scope = "p:" + p.user_id
        return "tc:" + info.server + ":" + digest(info.tool, plan.schema, scope, canonical_json(info.arguments))

    async def _gens(self, info: ToolCallInfo) -> tuple[int, int]:
        gs = await self.kv.generation(_server_ns(info.server))
        gt = await self.kv.generation(_tool_ns(info.server, info.tool))
        return gs, gt

    async def _read(self, key: str, info: ToolCallInfo) -> tuple[bytes | None, int, int]:
        """The entry and the current generations of its server and tool namespaces. The
        generations live in the entry (not the key), so the three reads are independent and
        go to Redis together (one MGET where the backend offers it)."""
        if self._get_with_generations is not None:
            raw, (gs, gt) = await self._get_with_generations(
                key, (_server_ns(info.server), _tool_ns(info.server, info.tool))
            )
            return raw, gs, gt
        if self._parallel_reads:
            raw, gs, gt = await asyncio.gather(
                self.kv.get(key),
                self.kv.generation(_server_ns(info.server)),
                self.kv.generation(_tool_ns(info.server, info.tool)),
            )
            return raw, gs, gt
        gs, gt = await self._gens(info)
        return await self.kv.get(key), gs, gt


@dataclass(frozen=True, slots=True)
class _TaskDone:
    """Done-callback of the task that ran a call whose ``store`` never came (a refusal, an
    exception, a redacted answer): finish the call. Equal by value so it can be removed."""

    cache: ToolCache
    state: _CallState

    def __call__(self, _task: asyncio.Task[Any]) -> None:
        if not self.state.done:
            self.state.task = None
            self.cache._close(self.state, None)  # noqa: SLF001


def _server_ns(server: str) -> str:
    return "tc:" + server


def _tool_ns(server: str, tool: str) -> str:
    return "tc:" + server + "/" + tool


def _encode_entry(result: dict[str, Any], gens: tuple[int, int], ttl_s: float, upstream_s: float) -> bytes:
    """The stored form: the result (without the upstream's identity stamp or a previous hit
    marker) plus the namespace generations it was looked up under."""
    meta = result.get("_meta")
    if isinstance(meta, dict) and (_SERVER_INFO in meta or META_KEY in meta):
        meta = {k: v for k, v in meta.items() if k not in (_SERVER_INFO, META_KEY)}
        result = {**result, "_meta": meta} if meta else {k: v for k, v in result.items() if k != "_meta"}
    return orjson.dumps({"gs": gens[0], "gt": gens[1], "at": time.time(), "ttl": ttl_s, "up": upstream_s, "r": result})


def _list_storable(result: dict[str, Any]) -> bool:
    return isinstance(result, dict) and result.get("resultType", "complete") == "complete" and not result.get("isError")


def admin_router(core: Any, toolcache: ToolCache) -> Any:
    """``/admin/cache/tools``: ``GET`` counters, ``DELETE ?server=&tool=`` or
    ``POST /purge {"server", "tool"}`` purge. Admin only."""
    from bastion.mcp_bridge.toolcache_admin import build_admin_router

    return build_admin_router(core, toolcache)

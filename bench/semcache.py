"""LLM cache benchmark: hits and false hits on real question pairs, and phase latencies.

1. **End to end.** A real gateway process (``bastion serve``, shipped semcache defaults) in
   front of the fake OpenAI-compatible upstream (its answer is ``echo: <prompt>``, so every
   answer names the question it was computed for). The first ``BENCH_SEMCACHE_PAIRS`` pairs
   of ``../shared/data/semcache/qqp-dev.jsonl`` (read in place, never copied; default all 6,000
   pairs) are sent with the ``openai`` wire format through aiohttp, temperature 0: for each
   pair first ``a`` then ``b``. Each answer and ``x-bastion-cache`` header says whether the
   question was served from cache and whose answer it got; the audit trail gives each phase's
   latency. Then exact and normalised hits (gateway time from ``x-bastion-overhead-ms``) and
   semantic lookups sequential vs concurrency 16.
2. **Threshold sweep** on the cache's own guards and exact cosine neighbours (numpy) over
   ``BENCH_SEMCACHE_SWEEP_PAIRS`` pairs (default: the whole file), same a-then-b stream.
3. **Hand-written pairs** (``tests/semcache/pairs.py``): paraphrases served and traps served.
4. **Cache object**: semantic lookups per second, sequential vs 16 concurrent (batched
   embeddings), without HTTP.

Environment: ``BENCH_SEMCACHE_PAIRS``, ``BENCH_SEMCACHE_SWEEP_PAIRS``, ``BENCH_SEMCACHE_DATA``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from bastion.gateway.call import Call, Credentials
from bastion.gateway.core import Core
from bastion.gateway.principal import Principal
from bastion.gateway.semcache.cache import cache_for_core
from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.normalise import canonical_question
from bastion.gateway.semcache.settings import GuardSettings, SemcacheSettings
from bastion.gateway.settings import load_settings
from bench.llm import start_fake
from bench.loadgen import percentile
from tests.gateway_process import start_gateway

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "semcache" / "qqp-dev.jsonl"
PRINCIPAL = Principal(user_id="bench", auth_method="api_key")
TARGETS = (
    "targets: duplicates served >= 30% with false hits <= 2%; exact and normalised hit "
    "gateway time p50 <= 1 ms; semantic lookup p50 <= 15 ms on 2 cores"
)


def _rows(n: int) -> list[dict[str, Any]]:
    path = Path(os.environ.get("BENCH_SEMCACHE_DATA", DEFAULT_DATA))
    rows = []
    with path.open() as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= n:
                break
    return rows


def _pct(xs: list[float], p: float) -> float:
    return percentile(xs, p) if xs else float("nan")


# -- scoring -------------------------------------------------------------------------------


@dataclass
class Served:
    """What one question got: None (computed upstream) or the prompt whose answer it was served."""

    prompt: str
    got: str | None
    phase: str | None = None


def score(rows: list[dict[str, Any]], served: list[tuple[Served, Served]]) -> dict[str, float]:
    """Duplicates served the first question's answer; non-duplicates served any other
    question's answer (false hit); and queries served an answer computed for another prompt
    (excluding a duplicate's ``b`` served its ``a``)."""
    n_dup = sum(1 for r in rows if r["duplicate"])
    hit = false = other = 0
    for r, (sa, sb) in zip(rows, served, strict=False):
        if r["duplicate"] and sb.got is not None and sb.got in (r["a"], r["b"]):
            hit += 1
        if not r["duplicate"] and sb.got is not None and sb.got != r["b"]:
            false += 1
        if sa.got is not None and sa.got != r["a"]:
            other += 1
        if sb.got is not None and sb.got != r["b"] and not (r["duplicate"] and sb.got == r["a"]):
            other += 1
    return {
        "hit": hit / max(1, n_dup),
        "false": false / max(1, len(rows) - n_dup),
        "other": other / max(1, 2 * len(rows)),
    }


# -- end to end ----------------------------------------------------------------------------


@dataclass
class E2E:
    served: list[tuple[Served, Served]] = field(default_factory=list)
    trace_ids: list[str] = field(default_factory=list)
    phase_ms: dict[str, list[float]] = field(default_factory=dict)
    lookup_ms: dict[str, list[float]] = field(default_factory=dict)
    hit_gateway_ms: dict[str, list[float]] = field(default_factory=dict)
    throughput: dict[str, float] = field(default_factory=dict)
    semantic_ms_c16: list[float] = field(default_factory=list)
    trace_ids_c16: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Client:
    """An OpenAI-format chat client on aiohttp (keep-alive, one session)."""

    def __init__(self, url: str, key: str) -> None:
        self.url = url + "/v1/chat/completions"
        self.headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
        self.session: Any = None

    async def __aenter__(self) -> Client:
        import aiohttp

        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.session.close()

    async def ask(self, prompt: str, **headers: str) -> tuple[str, dict[str, str]]:
        body = {"model": "main", "temperature": 0, "messages": [{"role": "user", "content": prompt}]}
        async with self.session.post(self.url, json=body, headers={**self.headers, **headers}) as r:
            data = await r.json()
            if r.status != 200:
                raise RuntimeError(f"gateway answered {r.status}: {data}")
            return data["choices"][0]["message"]["content"], {k.lower(): v for k, v in r.headers.items()}


def _answered_for(answer: str) -> str:
    # The fake upstream answers "echo: <prompt>".
    return answer[len("echo: ") :] if answer.startswith("echo: ") else answer


async def _stream(client: Client, rows: list[dict[str, Any]], out: E2E) -> None:
    t0 = time.perf_counter()
    for r in rows:
        pair = []
        for side in ("a", "b"):
            answer, h = await client.ask(r[side])
            cache = h.get("x-bastion-cache", "")
            got = _answered_for(answer) if cache.startswith("hit") else None
            phase = cache.split("phase=")[1].split(";")[0] if "phase=" in cache else None
            pair.append(Served(r[side], got, phase))
            out.trace_ids.append(h["x-bastion-trace-id"])
        out.served.append((pair[0], pair[1]))
    out.seconds = time.perf_counter() - t0


async def _hits_and_throughput(client: Client, rows: list[dict[str, Any]], out: E2E) -> None:
    prompts = [r["a"] for r in rows[:300]]
    for label, variant in (("exact", lambda p: p), ("normalised", lambda p: f"Please, {p.upper()}  ")):
        xs = []
        for p in prompts:
            _, h = await client.ask(variant(p))
            if f"phase={label}" in h.get("x-bastion-cache", ""):
                xs.append(float(h["x-bastion-overhead-ms"]))
        out.hit_gateway_ms[label] = xs
    # Semantic lookups on prompts the cache has not seen (each is embedded, searched, guarded,
    # misses, and is answered by the fake upstream; no-store keeps the index unchanged).
    fresh = [f"{r['b']} (variant {k})" for k, r in enumerate(rows[:320])]
    half = len(fresh) // 2
    t = time.perf_counter()
    for p in fresh[:half]:
        await client.ask(p, **{"cache-control": "no-store"})
    out.throughput["sequential"] = half / (time.perf_counter() - t)
    sem = asyncio.Semaphore(16)
    ids: list[str] = []

    async def one(p: str) -> None:
        async with sem:
            _, h = await client.ask(p, **{"cache-control": "no-store"})
            ids.append(h["x-bastion-trace-id"])

    t = time.perf_counter()
    await asyncio.gather(*(one(p) for p in fresh[half:]))
    out.throughput["c16"] = (len(fresh) - half) / (time.perf_counter() - t)
    out.trace_ids_c16 = ids


def _traces(url: str, admin_key: str, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """The audit records of the given calls (newest first, paged)."""
    found: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + 60
    with httpx.Client(base_url=url, headers={"authorization": f"Bearer {admin_key}"}, timeout=60) as c:
        while time.monotonic() < deadline:
            cursor = None
            while True:
                params: dict[str, Any] = {"front_door": "llm", "limit": 1000}
                if cursor is not None:
                    params["cursor"] = cursor
                page = c.get("/admin/traces", params=params).json()
                for item in page["items"]:
                    if item.get("trace_id") in wanted:
                        found[item["trace_id"]] = item
                cursor = page.get("next_cursor")
                if cursor is None:
                    break
            if len(found) >= len(wanted):
                break
            time.sleep(0.5)  # the audit writer flushes in batches
    return found


def _cache_of(trace: dict[str, Any]) -> dict[str, Any]:
    cache = trace.get("cache") or {}
    return json.loads(cache) if isinstance(cache, str) else cache


def end_to_end(rows: list[dict[str, Any]]) -> E2E:
    out = E2E()
    fake, upstream = start_fake()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = {
                "semcache": {"enabled": True},  # shipped defaults
                "llm": {
                    "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "up"}},
                    "aliases": {"main": ["oa/gpt-bench"]},
                },
            }
            with start_gateway(Path(tmp), config, timeout=240) as gw:
                key = gw.create_key("bench")

                async def run() -> None:
                    async with Client(gw.url, key) as client:
                        await _stream(client, rows, out)
                        await _hits_and_throughput(client, rows, out)

                asyncio.run(run())
                c16 = set(out.trace_ids_c16)
                traces = _traces(gw.url, gw.admin_key, set(out.trace_ids) | c16)
                for tid in out.trace_ids:
                    cache = _cache_of(traces.get(tid, {}))
                    for ph, rec in (cache.get("phases") or {}).items():
                        out.phase_ms.setdefault(ph, []).append(float(rec["ms"]))
                        out.lookup_ms.setdefault(f"{ph}:{rec['outcome']}", []).append(float(rec["ms"]))
                for tid in c16:
                    rec = (_cache_of(traces.get(tid, {})).get("phases") or {}).get("semantic")
                    if rec:
                        out.semantic_ms_c16.append(float(rec["ms"]))
    finally:
        fake.kill()
        fake.wait(10)
    return out


# -- threshold sweep (object level) ----------------------------------------------------------


def _earlier_neighbours(vecs: np.ndarray, k: int, block: int = 512) -> list[list[tuple[int, float]]]:
    """For each text, its k most similar *earlier* texts, best first (blocked: the full
    similarity matrix of 12,000 texts would not fit in memory on a small box)."""
    out: list[list[tuple[int, float]]] = []
    for start in range(0, len(vecs), block):
        end = min(len(vecs), start + block)
        sims = vecs[start:end] @ vecs[:end].T
        for r in range(end - start):
            q = start + r
            row = sims[r, :q]
            if q == 0:
                out.append([])
                continue
            top = np.argpartition(-row, min(k, q) - 1)[:k] if q > k else np.arange(q)
            top = top[np.argsort(-row[top])]
            out.append([(int(c), float(row[c])) for c in top])
    return out


def sweep(
    rows: list[dict[str, Any]], vecs: np.ndarray, settings: SemcacheSettings
) -> list[tuple[str, dict[str, float]]]:
    """Replay the a-then-b stream over exact cosine neighbours with the cache's own guards
    (normalised phase first, as in the cache)."""
    texts = [t for r in rows for t in (r["a"], r["b"])]
    feats = [extract(t) for t in texts]
    norms = [canonical_question(t) for t in texts]
    neighbours = _earlier_neighbours(vecs, settings.top_k)
    shipped = settings.guards
    configs: list[tuple[str, float, GuardSettings | None]] = (
        [(f"cosine only {t:.2f}", t, None) for t in (0.86, 0.88, 0.90, 0.92, 0.95)]
        + [
            (f"guards, threshold {t:.2f}{' (shipped)' if abs(t - settings.threshold) < 1e-9 else ''}", t, shipped)
            for t in (0.82, 0.84, 0.86, 0.88, 0.90, 0.91, 0.92, 0.93, 0.94)
        ]
        + [
            (
                "guards 0.90, an added word costs as much as a replaced one (+0.05)",
                0.90,
                shipped.model_copy(update={"added_word_penalty": shipped.unmatched_word_penalty}),
            ),
            (
                "guards 0.88, an added word costs as much as a replaced one (+0.05)",
                0.88,
                shipped.model_copy(update={"added_word_penalty": shipped.unmatched_word_penalty}),
            ),
        ]
    )
    out = []
    for name, t, gs in configs:
        guards = Guards(gs) if gs else None
        got_at: list[int | None] = []
        norm_map: dict[str, int] = {}
        for q in range(len(texts)):
            got: int | None = None
            if guards is not None and norms[q] in norm_map:
                got = norm_map[norms[q]]
            else:
                for c, s in neighbours[q]:
                    if (s >= t) if guards is None else guards.check(feats[q], feats[c], s, t).ok:
                        got = c
                        break
            if got is None:
                norm_map.setdefault(norms[q], q)
            got_at.append(got)
        served = [
            (
                Served(texts[2 * i], None if got_at[2 * i] is None else texts[got_at[2 * i]]),
                Served(texts[2 * i + 1], None if got_at[2 * i + 1] is None else texts[got_at[2 * i + 1]]),
            )
            for i in range(len(rows))
        ]
        half = len(rows) // 2
        # The two halves of the file scored apart (same stream): how much the figures move
        # from one sample of question pairs to another.
        out.append(
            (
                name,
                {
                    **score(rows, served),
                    "halves": (score(rows[:half], served[:half]), score(rows[half:], served[half:])),
                },
            )
        )
    return out


def own_pairs(embed: Any, settings: SemcacheSettings) -> list[tuple[str, int, int, int, int]]:
    """Hand-written paraphrases and traps (``tests/semcache/pairs.py``): how many are served."""
    from tests.semcache.pairs import PARAPHRASES, TRAPS

    traps = [p for ps in TRAPS.values() for p in ps]
    texts = sorted({t for p in PARAPHRASES + traps for t in p})
    vec = dict(zip(texts, embed(texts), strict=False))
    rows = []
    for name, t, gs in (
        ("cosine only 0.88", 0.88, None),
        ("cosine only 0.92", 0.92, None),
        ("cosine only 0.95", 0.95, None),
        ("guards, threshold 0.88", 0.88, settings.guards),
        (f"guards, threshold {settings.threshold:.2f} (shipped)", settings.threshold, settings.guards),
    ):
        g = Guards(gs) if gs else None

        def served(a: str, b: str, t: float = t, g: Guards | None = g) -> bool:
            s = float(vec[a] @ vec[b])
            return s >= t if g is None else g.check(extract(b), extract(a), s, t).ok

        rows.append(
            (
                name,
                sum(served(a, b) for a, b in PARAPHRASES),
                len(PARAPHRASES),
                sum(served(a, b) for a, b in traps),
                len(traps),
            )
        )
    return rows


# -- cache object: lookup throughput ---------------------------------------------------------


def _call(prompt: str) -> Call:
    call = Call(front_door="llm", kind="chat", target="m", credentials=Credentials(), principal=PRINCIPAL)
    call.attrs.update(
        {
            "chat_request": {"model": "m", "messages": [{"role": "user", "content": prompt}], "temperature": 0},
            "cache_control": None,
            "cache_ttl": None,
            "cache_namespace": None,
            "stream": False,
        }
    )
    return call


async def _object_throughput(rows: list[dict[str, Any]], data_dir: Path, embedder: Any) -> dict[str, Any]:
    core = Core(load_settings(data_dir=str(data_dir), auth={"admin_key": "bst-bench-admin-0123456789"}))
    core.embedder = embedder
    cache = cache_for_core(core)
    assert cache is not None
    out: dict[str, Any] = {}
    async with core.running():
        for r in rows[:200]:  # something to search among
            call = _call(r["a"])
            await cache.lookup(call)
            call.attrs["chat_response"] = {
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "x"}}]
            }
            await cache.store(call)
        prompts = [f"{r['b']} [{k}]" for k, r in enumerate(rows[:320])]
        half = len(prompts) // 2
        lat = []
        t = time.perf_counter()
        for p in prompts[:half]:
            t1 = time.perf_counter()
            await cache.lookup(_call(p))
            lat.append((time.perf_counter() - t1) * 1000)
        out["sequential"] = half / (time.perf_counter() - t)
        out["lat"] = lat
        sem = asyncio.Semaphore(16)

        async def one(p: str) -> None:
            async with sem:
                await cache.lookup(_call(p))

        t = time.perf_counter()
        await asyncio.gather(*(one(p) for p in prompts[half:]))
        out["c16"] = (len(prompts) - half) / (time.perf_counter() - t)
    return out


# -- report ----------------------------------------------------------------------------------


def _load() -> str:
    try:
        return os.getloadavg().__repr__()
    except OSError:
        return "?"


def main() -> None:
    n = int(os.environ.get("BENCH_SEMCACHE_PAIRS", "6000"))
    n_sweep = int(os.environ.get("BENCH_SEMCACHE_SWEEP_PAIRS", "6000"))
    rows = _rows(max(n, n_sweep))
    e2e_rows, sweep_rows = rows[:n], rows[:n_sweep]
    settings = SemcacheSettings()
    print(f"{TARGETS}\n")
    print(
        f"CPU cores: {os.cpu_count()}, load average at start: {_load()}, "
        f"git {subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}"
    )

    e = end_to_end(e2e_rows)
    s = score(e2e_rows, e.served)
    n_dup = sum(1 for r in e2e_rows if r["duplicate"])
    by_phase: dict[str, int] = {}
    for pair in e.served:
        for x in pair:
            if x.got is not None:
                by_phase[x.phase or "?"] = by_phase.get(x.phase or "?", 0) + 1
    print(
        f"\n### End to end: {len(e2e_rows)} pairs of qqp-dev ({n_dup} duplicates) through a running "
        f"gateway, shipped defaults (threshold {settings.threshold}), {2 * len(e2e_rows)} requests "
        f"in {e.seconds:.0f} s\n"
    )
    print(
        "| duplicates served (hit) | non-duplicates served a cached answer (false hit) | queries served another entry's answer | hits by phase |"
    )
    print("|---|---|---|---|")
    print(
        f"| {s['hit']:.1%} | {s['false']:.1%} | {s['other']:.1%} | "
        f"{', '.join(f'{k} {v}' for k, v in sorted(by_phase.items()))} |"
    )
    print("\n| phase (from the audit trace, during the stream) | outcome | p50 ms | p99 ms | n |")
    print("|---|---|---|---|---|")
    for key in sorted(e.lookup_ms):
        ph, outcome = key.split(":")
        xs = e.lookup_ms[key]
        print(f"| {ph} | {outcome} | {_pct(xs, 50):.3f} | {_pct(xs, 99):.3f} | {len(xs)} |")
    print("\n| hit | gateway time p50 ms (x-bastion-overhead-ms) | p99 ms | n |")
    print("|---|---|---|---|")
    for label in ("exact", "normalised"):
        xs = e.hit_gateway_ms.get(label, [])
        print(f"| {label} | {_pct(xs, 50):.3f} | {_pct(xs, 99):.3f} | {len(xs)} |")
    sem_all = e.phase_ms.get("semantic", [])
    print(
        f"\nSemantic lookup (embedding + Chroma + guards, from the trace): p50 {_pct(sem_all, 50):.1f} ms, "
        f"p99 {_pct(sem_all, 99):.1f} ms (n={len(sem_all)}); at concurrency 16: p50 "
        f"{_pct(e.semantic_ms_c16, 50):.1f} ms (n={len(e.semantic_ms_c16)})."
    )
    seq, c16 = e.throughput.get("sequential", 0.0), e.throughput.get("c16", 0.0)
    print("\n| requests with a semantic lookup (miss, fake upstream, no-store) | per second |")
    print("|---|---|")
    print(f"| sequential | {seq:.0f} |")
    print(f"| concurrency 16 | {c16:.0f} ({c16 / max(seq, 1e-9):.1f}x) |")

    from bastion.gateway.embeddings import Embedder

    embedder = Embedder()
    embedder.load()
    with tempfile.TemporaryDirectory() as tmp:
        obj = asyncio.run(_object_throughput(rows, Path(tmp), embedder))
    print("\n| semantic lookups on the cache object (no HTTP) | per second | p50 ms (sequential) |")
    print("|---|---|---|")
    print(f"| sequential | {obj['sequential']:.0f} | {_pct(obj['lat'], 50):.1f} |")
    print(f"| concurrency 16 (batched embeddings) | {obj['c16']:.0f} ({obj['c16'] / obj['sequential']:.1f}x) | |")

    texts = [t for r in sweep_rows for t in (r["a"], r["b"])]
    vecs = embedder.embed_sync(texts)
    n_dup_s = sum(1 for r in sweep_rows if r["duplicate"])
    print(
        f"\n### Threshold sweep: {len(sweep_rows)} pairs ({n_dup_s} duplicates), same a-then-b stream, "
        "the cache's guards over exact cosine neighbours (top 4), normalised phase included\n"
    )
    print(
        "| configuration | duplicates hit | non-duplicates false hit | queries served another entry's answer | first half: hit / false | second half: hit / false |"
    )
    print("|---|---|---|---|---|---|")
    for name, sc in sweep(sweep_rows, vecs, settings):
        h1, h2 = sc["halves"]
        print(
            f"| {name} | {sc['hit']:.1%} | {sc['false']:.1%} | {sc['other']:.1%} | "
            f"{h1['hit']:.1%} / {h1['false']:.1%} | {h2['hit']:.1%} / {h2['false']:.1%} |"
        )

    print("\n### Hand-written pairs (tests/semcache/pairs.py; the guards were developed on these)\n")
    print("| configuration | paraphrases served | traps served |")
    print("|---|---|---|")
    for name, ph, pn, th, tn in own_pairs(embedder.embed_sync, settings):
        print(f"| {name} | {ph}/{pn} ({ph / pn:.0%}) | {th}/{tn} ({th / tn:.0%}) |")


if __name__ == "__main__":
    main()

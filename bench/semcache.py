"""LLM cache benchmark: false hits and hits on real question pairs, and phase latencies.

Streams ``../shared/data/semcache/qqp-dev.jsonl`` (read in place, never copied) through the
real ``SemanticCache`` (memory KV, embedded Chroma in a temp dir, all-MiniLM-L6-v2): for each
pair, first ``a`` then ``b``, every miss answered by a fake upstream whose answer names the
prompt. Then a threshold sweep replays the same stream with the same guards over exact cosine
neighbours (numpy), and latency and concurrency figures are measured on the cache object.

Environment: ``BENCH_SEMCACHE_PAIRS`` (default 2000; 6000 = the whole file),
``BENCH_SEMCACHE_DATA`` (path to the JSONL).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.call import Call, Credentials
from bastion.gateway.core import Core
from bastion.gateway.principal import Principal
from bastion.gateway.semcache.cache import SemanticCache, cache_for_core
from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.normalise import normalise
from bastion.gateway.semcache.settings import GuardSettings, PhaseSettings, SemcacheSettings
from bastion.gateway.settings import load_settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "semcache" / "qqp-dev.jsonl"
PRINCIPAL = Principal(user_id="bench", auth_method="api_key")


def _pairs() -> list[dict[str, Any]]:
    path = Path(os.environ.get("BENCH_SEMCACHE_DATA", DEFAULT_DATA))
    n = int(os.environ.get("BENCH_SEMCACHE_PAIRS", "2000"))
    rows = []
    with path.open() as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= n:
                break
    return rows


def _call(prompt: str) -> Call:
    call = Call(front_door="llm", kind="chat", target="m", credentials=Credentials(), principal=PRINCIPAL)
    call.attrs.update({"chat_request": {"model": "m", "messages": [{"role": "user", "content": prompt}],
                                        "temperature": 0},
                       "cache_control": None, "cache_ttl": None, "cache_namespace": None, "stream": False})
    return call


def _answer(tag: str) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": tag}, "finish_reason": "stop"}]}


async def _serve(cache: SemanticCache, prompt: str, tag: str) -> tuple[str | None, Call]:
    call = _call(prompt)
    await cache.lookup(call)
    if call.served_from_cache:
        return call.attrs["chat_response"]["choices"][0]["message"]["content"], call
    call.attrs["chat_response"] = _answer(tag)
    call.tokens_in, call.tokens_out, call.cost = 20, 80, 0.0001
    await cache.store(call)
    return None, call


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


def _score(rows: list[dict[str, Any]], served: list[tuple[str | None, str | None]]) -> dict[str, float]:
    dup_hit = nondup_false = other = 0
    n_dup = sum(1 for r in rows if r["duplicate"])
    for i, (r, (sa, sb)) in enumerate(zip(rows, served)):
        if r["duplicate"] and sb == f"{i}a":
            dup_hit += 1
        if not r["duplicate"] and sb is not None:
            nondup_false += 1
        for got, own in ((sa, {f"{i}a"}), (sb, {f"{i}a", f"{i}b"} if r["duplicate"] else {f"{i}b"})):
            if got is not None and got not in own:
                other += 1
    return {"hit": dup_hit / max(1, n_dup), "false": nondup_false / max(1, len(rows) - n_dup),
            "other": other / (2 * len(rows))}


async def _stream(rows: list[dict[str, Any]], data_dir: Path) -> tuple[dict[str, float], dict[str, list[float]], Core, SemanticCache]:
    core = Core(load_settings(data_dir=str(data_dir), auth={"admin_key": "bst-bench-admin-0123456789"}))
    cache = cache_for_core(core)
    assert cache is not None
    served: list[tuple[str | None, str | None]] = []
    lat: dict[str, list[float]] = {"exact": [], "semantic": [], "normalised": [], "lookup": [], "store": []}
    async with core.running():
        for i, r in enumerate(rows):
            pair = []
            for side in ("a", "b"):
                t = time.perf_counter()
                got, call = await _serve(cache, r[side], f"{i}{side}")
                pair.append(got)
                for ph, rec in call.cache.get("phases", {}).items():
                    lat[ph].append(rec["ms"])
            served.append((pair[0], pair[1]))
        scores = _score(rows, served)
        # Latency: timed lookups on the now-populated cache.
        exact_hit, norm_hit, sem = [], [], []
        for r in rows[:300]:
            c = _call(r["a"])
            t = time.perf_counter()
            await cache.lookup(c)
            exact_hit.append((time.perf_counter() - t) * 1000)
        shipped = cache.s
        cache.s = shipped.model_copy(update={"phases": PhaseSettings(semantic=False)})
        for r in rows[:300]:
            c = _call("  " + r["a"].upper() + "  ")
            t = time.perf_counter()
            await cache.lookup(c)
            if c.cache.get("phase") == "normalised":
                norm_hit.append((time.perf_counter() - t) * 1000)
        cache.s = shipped
        for i, r in enumerate(rows[:300]):
            c = _call(f"{r['a']} ({i} unseen)")
            t = time.perf_counter()
            await cache.lookup(c)
            sem.append((time.perf_counter() - t) * 1000)
        lat.update({"t_exact_hit": exact_hit, "t_normalised_hit": norm_hit, "t_semantic_miss": sem})
        # Concurrency: 16 concurrent semantic lookups vs sequential, fresh prompts each time.
        prompts = [f"{r['b']} [{k}]" for k, r in enumerate(rows[:320])]
        t = time.perf_counter()
        for p in prompts[:160]:
            await cache.lookup(_call(p))
        seq = 160 / (time.perf_counter() - t)
        sem_conc = asyncio.Semaphore(16)

        async def one(p: str) -> None:
            async with sem_conc:
                await cache.lookup(_call(p))

        t = time.perf_counter()
        await asyncio.gather(*(one(p) for p in prompts[160:]))
        conc = 160 / (time.perf_counter() - t)
        lat["throughput"] = [seq, conc]
    return scores, lat, core, cache


def _sweep(rows: list[dict[str, Any]], embed: Any, settings: SemcacheSettings) -> list[tuple[str, dict[str, float]]]:
    texts = [t for r in rows for t in (r["a"], r["b"])]
    vecs = embed(texts)
    feats = [extract(t) for t in texts]
    norms = [normalise(t) for t in texts]
    sims = vecs @ vecs.T
    out = []
    configs: list[tuple[str, float, GuardSettings | None, bool]] = [
        (f"cosine only {t:.2f}", t, None, False) for t in (0.86, 0.88, 0.90, 0.92, 0.95)
    ] + [
        (f"guards {t:.2f}{' (default)' if t == settings.threshold else ''}", t, settings.guards, True)
        for t in (0.86, 0.88, 0.90, 0.92)
    ]
    for name, t, gs, use_norm in configs:
        guards = Guards(gs) if gs else None
        served: list[str | None] = []
        norm_map: dict[str, int] = {}
        for q in range(len(texts)):
            got: int | None = None
            if use_norm and norms[q] in norm_map:
                got = norm_map[norms[q]]
            elif q:
                cand = np.argsort(-sims[q, :q])[: settings.top_k]
                for c in cand:
                    s = float(sims[q, c])
                    ok = s >= t if guards is None else guards.check(feats[q], feats[c], s, t).ok
                    if ok:
                        got = int(c)
                        break
            if got is None:
                norm_map.setdefault(norms[q], q)
            served.append(None if got is None else f"{got // 2}{'ab'[got % 2]}")
        out.append((name, _score(rows, [(served[2 * i], served[2 * i + 1]) for i in range(len(rows))])))
    return out


def main() -> None:
    rows = _pairs()
    with tempfile.TemporaryDirectory() as tmp:
        scores, lat, core, cache = asyncio.run(_stream(rows, Path(tmp)))
        print(f"\n### LLM semantic cache on qqp-dev ({len(rows)} pairs, shipped defaults, end to end)\n")
        print("| served | duplicates hit | non-duplicates false hit | queries served another entry's answer |")
        print("|---|---|---|---|")
        print(f"| shipped defaults (threshold {cache.s.threshold}) | {scores['hit']:.1%} | {scores['false']:.1%} | {scores['other']:.1%} |")
        print("\n| phase | p50 ms | p99 ms | n |")
        print("|---|---|---|---|")
        for ph in ("exact", "semantic", "normalised"):
            xs = lat[ph]
            print(f"| {ph} (in stream) | {_pct(xs, 50):.3f} | {_pct(xs, 99):.3f} | {len(xs)} |")
        for ph, label in (("t_exact_hit", "exact hit (lookup total)"),
                          ("t_normalised_hit", "normalised hit (lookup total, no semantic)"),
                          ("t_semantic_miss", "semantic lookup, embedding + index + guards")):
            xs = lat[ph]
            print(f"| {label} | {_pct(xs, 50):.3f} | {_pct(xs, 99):.3f} | {len(xs)} |")
        seq, conc = lat["throughput"]
        print("\n| semantic lookups | per second |")
        print("|---|---|")
        print(f"| sequential | {seq:.0f} |")
        print(f"| concurrency 16 (batched embeddings) | {conc:.0f} ({conc / seq:.1f}x) |")
        print("\n#### Threshold sweep (same stream, exact neighbours, numpy)\n")
        print("| configuration | duplicates hit | non-duplicates false hit | served another entry's answer |")
        print("|---|---|---|---|")
        for name, s in _sweep(rows, core.embedder.embed_sync, cache.s):
            print(f"| {name} | {s['hit']:.1%} | {s['false']:.1%} | {s['other']:.1%} |")


if __name__ == "__main__":
    main()

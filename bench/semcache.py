"""LLM semantic cache benchmark: what the shipped defaults cost and what they serve.

1. **Cost, side by side in one run.** The fake OpenAI-compatible upstream (``bench.llm``), the
   bare aiohttp forwarder (``bench.baseline``) and one real ``bastion serve`` process with the
   shipped semcache defaults. Rows are measured in interleaved rounds (every row once per
   round, ``BENCH_SEMCACHE_ROUNDS`` rounds) and pooled; every request of the "new prompt" rows
   carries a prompt never sent before (Quora questions from ``qqp-dev.jsonl``, read in place,
   with a round/sequence suffix so none repeats). Added latency is against calling the
   upstream directly in the same round.
2. **Semantic hits**: gateway time (``x-bastion-overhead-ms``) of hand-written paraphrases
   served from cache, asked of the shipped gateway (after its background pre-encoding of the
   stored prompts has drained) and, in turn, of a second gateway with
   ``second_stage.pre_encode.enabled: false`` (a first MiniLM-stage ask encodes both prompts
   there, as before pre-encoding existed).
3. **Quality curve** on the held-out split the verifier never saw (``train.py``): qqp
   duplicates served vs non-duplicates served, paraphrases served vs traps served, at several
   operating points, the shipped one marked; then the same with the MiniLM second stage.
4. **Encoders**: MiniLM (ONNX Runtime, the policy engine's) and the cache's static encoder at
   batch 1 / 4 / 16.
5. **RSS** of the gateway idle (after start) and after the run (``BENCH_SEMCACHE_PROMPTS`` new
   prompts stored, default 30,000).
6. **A foreground MiniLM encode during a background one** (the pre-encoder's, interrupted),
   against the same encode alone and behind a whole uninterrupted run.

Optional row: a LiteLLM proxy (one worker, no cache) in front of the same fake upstream, run
from a *separate* virtualenv (``BENCH_LITELLM_VENV``, default ``../litellm-venv`` next to the
checkout; ``pip install 'litellm[proxy]'`` there, never in the project's). Without it the row
is skipped with the reason printed.

Besides requests per second (which move with whatever else the shared box runs), the c=16 rows
report the gateway's **CPU per request**: the run time of all its threads (``schedstat``) and,
separately, of its child processes (an embedded Chroma store), divided by the requests of the
row. Robust to load, it shows where a row's time goes.

Environment: ``BENCH_SEMCACHE_ROUNDS`` (default 3), ``BENCH_SEMCACHE_PROMPTS``,
``BASTION_SEMCACHE_DATA``, ``BENCH_LITELLM_VENV``, ``BENCH_SEMCACHE_ONLY=cost`` (the cost table
only, for quick comparisons; ``hits``: idle RSS and the semantic-hit table), ``BENCH_SEMCACHE_BASELINE``
(with ``hits``: an older checkout's gateway asked in turn with this one's, both shipped defaults,
every row labelled ``old`` / ``new``), ``BENCH_SEMCACHE_CONFIG`` (JSON merged into the gateway's
``semcache`` section, e.g. ``{"chroma_url": ...}`` to measure another store).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.baseline import start_forwarder
from bench.llm import start_fake
from bench.loadgen import child_pids, cpu_seconds, percentile, rss_mb
from tests.gateway_process import free_port, start_gateway

ROUNDS = int(os.environ.get("BENCH_SEMCACHE_ROUNDS", "3"))
ONLY_COST = os.environ.get("BENCH_SEMCACHE_ONLY", "") == "cost"
#: ``BENCH_SEMCACHE_ONLY=hits``: idle RSS and the semantic-hit table only.
ONLY_HITS = os.environ.get("BENCH_SEMCACHE_ONLY", "") == "hits"
#: With ``hits``: an older checkout whose gateway the hit table asks in turn with this one's.
BASELINE = os.environ.get("BENCH_SEMCACHE_BASELINE", "")
PROMPTS = int(os.environ.get("BENCH_SEMCACHE_PROMPTS", "30000"))
TARGETS = (
    "targets: new prompt with the cache on <= +3 ms p50 at c=1 over caching bypassed; >= 1,000 req/s of new "
    "prompts at c=16; semantic hit <= 3 ms gateway time; idle RSS <= 400 MB"
)


LITELLM_KEY = "sk-litellm-bench-0123456789abcdef0123456789"


def _litellm_venv() -> Path:
    default = Path(__file__).resolve().parent.parent.parent / "litellm-venv"
    return Path(os.environ.get("BENCH_LITELLM_VENV", str(default)))


@contextlib.contextmanager
def litellm_proxy(upstream: str, workdir: Path) -> Iterator[tuple[str | None, str]]:
    """A LiteLLM proxy (one worker, no cache) in front of ``upstream``: (url, what) or
    (None, why it is not measured)."""
    binary = _litellm_venv() / "bin" / "litellm"
    if not binary.exists():
        yield None, f"LiteLLM row skipped: no {binary} (make a separate venv with `pip install 'litellm[proxy]'`)"
        return
    version = subprocess.run(
        [str(_litellm_venv() / "bin" / "python"), "-c", "import importlib.metadata as m; print(m.version('litellm'))"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    config = workdir / "litellm.yaml"
    config.write_text(
        json.dumps(
            {
                "model_list": [
                    {
                        "model_name": "bench",
                        "litellm_params": {
                            "model": "openai/gpt-bench",
                            "api_base": upstream + "/v1",
                            "api_key": "sk-x",
                        },
                    }
                ],
                "general_settings": {"master_key": LITELLM_KEY},
            }
        )
    )
    port = free_port()
    log = (workdir / "litellm.log").open("wb")
    proc = subprocess.Popen(
        [str(binary), "--config", str(config), "--port", str(port), "--num_workers", "1"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "LITELLM_LOG": "ERROR", "LITELLM_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/health/liveliness", timeout=1).status_code == 200:
                    break
            time.sleep(0.5)
        else:
            yield None, f"LiteLLM row skipped: the proxy did not start (see {workdir / 'litellm.log'})"
            return
        yield url, f"LiteLLM {version} proxy, 1 worker (no cache)"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def _questions() -> list[str]:
    from bastion.gateway.semcache.train import qqp_rows

    seen: dict[str, None] = {}
    for r in qqp_rows():
        seen.setdefault(r["a"], None)
        seen.setdefault(r["b"], None)
    return list(seen)


@dataclass
class Row:
    lat: list[float] = field(default_factory=list)
    added: list[float] = field(default_factory=list)
    rps: list[float] = field(default_factory=list)
    errors: int = 0
    #: CPU ms per request at c=16 (gateway threads, its child processes), one per round.
    cpu: list[float] = field(default_factory=list)
    child_cpu: list[float] = field(default_factory=list)


def _cpu(pid: int) -> tuple[float, float]:
    """CPU seconds so far of process ``pid`` and of its children."""
    children = 0.0
    for child in child_pids(pid):
        with contextlib.suppress(OSError):
            children += cpu_seconds(child)
    return cpu_seconds(pid), children


async def _load(
    url: str, bodies: list[bytes], headers: dict[str, str], concurrency: int, read: str | None = None
) -> tuple[list[float], float, int, list[str]]:
    """Send ``bodies`` (each once) at ``concurrency``; latencies ms, req/s, errors, and the
    values of the response header ``read`` (where a response has it)."""
    import aiohttp

    lat: list[float] = []
    values: list[str] = []
    errors = 0
    it = iter(bodies)
    conn = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=conn) as session:

        async def worker() -> None:
            nonlocal errors
            for body in it:
                t = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as r:
                    await r.read()
                    if r.status >= 400:
                        errors += 1
                    v = r.headers.get(read) if read is not None else None
                    if v is not None:
                        values.append(v)
                lat.append((time.perf_counter() - t) * 1000.0)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return lat, len(lat) / elapsed, errors, values


def _body(model: str, prompt: str) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0}).encode()


def cost_table(
    gw_url: str,
    gw_pid: int,
    key: str,
    upstream: str,
    bare: str,
    questions: list[str],
    litellm: tuple[str | None, str],
) -> dict[str, Any]:
    """Rows of the issue's table, interleaved per round; returns the pooled figures."""
    fresh = (f"{q} (round {i})" for i, q in enumerate(itertools.cycle(questions)))
    auth = {"authorization": f"Bearer {key}", "content-type": "application/json"}
    ctype = {"content-type": "application/json"}
    gw = gw_url + "/v1/chat/completions"
    rows: dict[str, tuple[str, str, dict[str, str], bool]] = {
        "upstream direct": (upstream + "/v1/chat/completions", "gpt-bench", ctype, True),
        "bare aiohttp forwarder": (bare + "/v1/chat/completions", "gpt-bench", ctype, True),
        "Bastion, caching bypassed per request (`no-cache, no-store`)": (
            gw,
            "bench",
            {**auth, "cache-control": "no-cache, no-store"},
            True,
        ),
        "Bastion, lookup bypassed, store only (`no-cache`)": (gw, "bench", {**auth, "cache-control": "no-cache"}, True),
        "**Bastion, shipped defaults, new prompts**": (gw, "bench", auth, True),
        "Bastion, exact cache hit": (gw, "bench", auth, False),
    }
    litellm_url, litellm_what = litellm
    if litellm_url is not None:
        rows[litellm_what] = (
            litellm_url + "/v1/chat/completions",
            "bench",
            {"authorization": f"Bearer {LITELLM_KEY}", "content-type": "application/json"},
            True,
        )
    hit_body = _body("bench", "What is the boiling point of water at sea level?")
    asyncio.run(_load(gw, [hit_body], auth, 1))  # stored once
    out: dict[str, dict[str, Row]] = {c: {n: Row() for n in rows} for c in ("c1", "c16")}
    sent = 0
    for _ in range(ROUNDS):
        for conc, n in (("c1", 300), ("c16", 2400)):
            base_p50 = None
            for name, (url, model, headers, new) in rows.items():
                bodies = [_body(model, next(fresh)) for _ in range(n)] if new else [hit_body] * n
                sent += n if new and url == gw else 0
                before = _cpu(gw_pid)
                lat, rps, errors, _ = asyncio.run(_load(url, bodies, headers, 1 if conc == "c1" else 16))
                after = _cpu(gw_pid)
                r = out[conc][name]
                if url == gw and conc == "c16":
                    # Writes queued by this row are done by now or in the next row's count: the
                    # store-only and defaults rows sit between rows that store nothing new.
                    r.cpu.append((after[0] - before[0]) * 1000.0 / n)
                    r.child_cpu.append((after[1] - before[1]) * 1000.0 / n)
                r.lat += lat
                r.rps.append(rps)
                r.errors += errors
                p50 = percentile(lat, 50)
                if base_p50 is None:
                    base_p50 = p50
                r.added.append(p50 - base_p50)
    print("### Cost of the cache, side by side (interleaved rounds, a new prompt on every request)\n")
    print(TARGETS + "\n")
    print(
        "| path | added p50, c=1 | req/s at c=16 | added p50 at c=16 | p99 c=16 ms "
        "| gateway CPU ms/req, c=16 | its store child's CPU ms/req | errors |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in rows:
        a, b = out["c1"][name], out["c16"][name]
        added1 = "-" if name == "upstream direct" else f"{float(np.median(a.added)):+.2f} ms"
        added16 = "-" if name == "upstream direct" else f"{float(np.median(b.added)):+.1f} ms"
        cpu = f"{float(np.median(b.cpu)):.2f}" if b.cpu else "-"
        child = f"{float(np.median(b.child_cpu)):.2f}" if b.cpu else "-"
        print(
            f"| {name} | {added1} | {float(np.median(b.rps)):,.0f} | {added16} | {percentile(b.lat, 99):.1f} | "
            f"{cpu} | {child} | {a.errors + b.errors} |"
        )
    if litellm_url is None:
        print(f"\n{litellm_what}.")
    bare_rps = float(np.median(out["c16"]["bare aiohttp forwarder"].rps))
    bypass_rps = float(np.median(out["c16"]["Bastion, caching bypassed per request (`no-cache, no-store`)"].rps))
    default_rps = float(np.median(out["c16"]["**Bastion, shipped defaults, new prompts**"].rps))
    print(
        f"\nShipped defaults, new prompts at c=16: {default_rps / bypass_rps:.0%} of the caching-bypassed path, "
        f"{default_rps / bare_rps:.0%} of the bare forwarder (same run); load average at the end "
        f"{os.getloadavg()[0]:.1f}."
    )
    return {"sent": sent}


def _children_rss(pid: int) -> float:
    """RSS (MB) of the gateway's child processes (the embedded vector store)."""
    total = 0.0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            for child in (task / "children").read_text().split():
                with contextlib.suppress(OSError):
                    total += rss_mb(int(child))
    return total


def _store_counts(gw_url: str, admin_key: str) -> None:
    """What the writer did over the run: entries written, vector rows persisted and shed; and
    what the MiniLM second stage did with candidates in the verifier's uncertain band."""
    import httpx

    text = httpx.get(gw_url + "/metrics", headers={"authorization": f"Bearer {admin_key}"}, timeout=30).text
    wanted = (
        "bastion_llm_cache_writes_total{",
        "bastion_llm_cache_vector_writes_total{",
        "bastion_llm_cache_vector_queue ",
        "bastion_llm_cache_second_stage_total{",
    )
    lines = [line for line in text.splitlines() if line.startswith(wanted)]
    print("\nWriter over the run (from `/metrics`): " + "; ".join(f"`{line}`" for line in lines))


def _hit_pairs() -> list[tuple[str, str, bool]]:
    """(stored, asked, whether the static verifier leaves it to the MiniLM stage): the training
    paraphrases and the held-out hand-written ones (whose rewordings are harder)."""
    from bastion.gateway.semcache import train
    from bastion.gateway.semcache.guards import extract
    from bastion.gateway.semcache.minilm_stage import StageModel
    from bastion.gateway.semcache.transform import shared_cache_encoder
    from bastion.gateway.semcache.verifier import PairVerifier, pair_features
    from tests.semcache.pairs import PARAPHRASES

    _, held = train.datasets()
    pairs = list(PARAPHRASES) + [
        # Not the register families' fifth (written 2026-12-07): the same pairs as the runs before.
        (a, b)
        for a, b, src in zip(held.a, held.b, held.source, strict=True)
        if src.startswith("paraphrase") and not src.endswith(":reg")
    ]
    encoder, verifier = shared_cache_encoder(), PairVerifier.load()
    encoder.load()
    # With the stage on, the verifier serves alone only from the stage's upper edge.
    upper = max(verifier.threshold, StageModel.load().upper)
    out = []
    for a, b in pairs:
        va, vb = encoder.embed_sync([a, b])
        p = float(verifier.probability(pair_features(extract(b), extract(a), b, a, float(va @ vb))))
        out.append((a, b, p < upper))
    return out


def _metric_lines(gw_url: str, admin_key: str, prefix: str) -> list[str]:
    """The gateway's ``/metrics`` lines starting with ``prefix`` (``_created`` samples left out)."""
    import httpx

    text = httpx.get(gw_url + "/metrics", headers={"authorization": f"Bearer {admin_key}"}, timeout=30).text
    return [line for line in text.splitlines() if line.startswith(prefix) and "_created" not in line]


def _pre_encode_queue(gw_url: str, admin_key: str) -> float:
    """The gateway's ``bastion_llm_cache_pre_encode_queue`` (stored prompts not yet pre-encoded)."""
    lines = _metric_lines(gw_url, admin_key, "bastion_llm_cache_pre_encode_queue ")
    return float(lines[0].split()[1]) if lines else 0.0


@dataclass
class HitGateway:
    """A gateway the hit table asks, and what its MiniLM-stage first asks are called."""

    url: str
    key: str
    admin_key: str
    first_ask: str
    #: Set when gateways of two checkouts are compared: every row of this gateway is labelled.
    side: str = ""


def semantic_hits(gateways: list[HitGateway]) -> None:
    """Gateway time of semantic hits on hand-written paraphrases (stored first), apart for the
    ones the MiniLM second stage decided. The first gateway runs the shipped defaults: the
    stored prompts' MiniLM vectors are pre-encoded while it is idle (waited for here, as a
    later question would find them), so a first ask encodes the new prompt only; the second
    (if any) has ``second_stage.pre_encode`` off, as before it existed (and as for entries read
    from the persistent store after a restart): a first ask encodes both prompts. Asked again,
    both vectors are remembered. The gateways are asked in turn, pair by pair."""
    import httpx

    pairs = _hit_pairs()
    url = "/v1/chat/completions"
    with httpx.Client(timeout=30) as client:
        for gw in gateways:
            auth = {"authorization": f"Bearer {gw.key}", "content-type": "application/json"}
            for a, _, _ in pairs:
                client.post(gw.url + url, content=_body("bench-sem", a), headers=auth)
        time.sleep(1.0)  # the writer stores after the response
        waited = time.monotonic()
        while any(_pre_encode_queue(gw.url, gw.admin_key) for gw in gateways):
            if time.monotonic() - waited > 300:
                raise RuntimeError("the pre-encoder did not drain in 300 s")
            time.sleep(0.5)
        waited = time.monotonic() - waited
        overhead: dict[str, list[float]] = {}
        for round_ in range(3):
            for _, b, band in pairs:
                for gw in gateways:
                    headers = {"authorization": f"Bearer {gw.key}", "content-type": "application/json"}
                    r = client.post(
                        gw.url + url, content=_body("bench-sem", b), headers={**headers, "cache-control": "no-store"}
                    )
                    phase = r.headers.get("x-bastion-cache", "")
                    if "phase=semantic" in phase:
                        kind = "semantic, static verifier"
                        if band:
                            kind = "semantic, MiniLM stage, " + (gw.first_ask if round_ == 0 else "asked again")
                    else:
                        kind = "miss" if phase.startswith("miss") else "other"
                    if gw.side:
                        kind = f"{kind} ({gw.side})"
                    overhead.setdefault(kind, []).append(float(r.headers.get("x-bastion-overhead-ms", "nan")))
    print(
        f"\n### Semantic hits: gateway time (`x-bastion-overhead-ms`), {len(pairs)} hand-written paraphrases "
        f"x 3 rounds, c=1, {len(gateways)} gateway(s) asked in turn\n"
    )
    counts = _metric_lines(gateways[0].url, gateways[0].admin_key, "bastion_llm_cache_pre_encode")
    print(
        f"The stored prompts' pre-encoding was done {waited:.1f} s after the writer had stored them "
        "(the gateway idle meanwhile; at most a tenth of the time encoding, `max_share`). The shipped gateway's "
        "pre-encoder so far: " + "; ".join(f"`{c}`" for c in counts) + "\n"
    )
    print("| outcome | n | p50 ms | p99 ms |")
    print("|---|---|---|---|")
    for kind, xs in sorted(overhead.items()):
        print(f"| {kind} | {len(xs)} | {percentile(xs, 50):.2f} | {percentile(xs, 99):.2f} |")


def quality_curve() -> None:
    from bastion.gateway.semcache import train
    from bastion.gateway.semcache.static_encoder import StaticEncoder
    from bastion.gateway.semcache.verifier import PairVerifier

    verifier = PairVerifier.load()
    enc = StaticEncoder()
    enc.load()
    _, held = train.datasets()
    x, ok = train.featurise(held, enc)
    p = np.asarray(verifier.probability(x))
    src = np.asarray(held.source).astype(str)
    n_para = int(np.char.startswith(src, "paraphrase").sum())
    n_trap = int(np.char.startswith(src, "trap").sum())
    print(
        f"\n### Quality on the held-out split ({int((src == 'qqp').sum())} qqp-dev pairs, {n_para} paraphrases, "
        f"{n_trap} traps, of which {int((src == 'paraphrase:new').sum())} paraphrases and "
        f"{int((src == 'trap:new').sum())} traps from whole families never fitted or tuned on, and "
        f"{int((src == 'paraphrase:reg').sum())} paraphrases and {int((src == 'trap:reg').sum())} traps from the "
        "held-out fifth of the register families, `pair_register.py`)\n"
    )
    print(
        "| verifier threshold | qqp duplicates served | qqp non-duplicates served | paraphrases served | traps served "
        "| new-family paraphrases | new-family traps | register paraphrases | register traps |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    points = sorted({0.5, 0.7, 0.8, 0.85, 0.9, 0.95, verifier.threshold})
    for t in points:
        r = train.rates(held, ok & (p >= t))
        mark = "**" if t == verifier.threshold else ""
        label = f"{mark}{t:.3f}{' (shipped)' if mark else ''}{mark}"
        print(
            f"| {label} | {r['qqp_hit']:.1%} | {r['qqp_false']:.1%} | {r['paraphrases']:.1%} | {r['traps']:.1%} "
            f"| {r['paraphrase_new']:.1%} | {r['trap_new']:.1%} | {r['paraphrase_reg']:.1%} | {r['trap_reg']:.1%} |"
        )
    _stage_curve(held, x, ok, p, verifier.threshold)


def _stage_curve(held: Any, x: np.ndarray, ok: np.ndarray, p: np.ndarray, threshold: float) -> None:
    """The same split with the MiniLM second stage (shipped band, its threshold varied; a pair
    whose questions' frames agree served from the threshold less the shipped
    ``agreeing_discount``), and the shipped threshold without that discount for comparison. The
    shipped threshold is the trained one less ``threshold_discount``; the Quora rows are also
    given for the tune half of the held-out Quora pairs (``train.qqp_halves``) and, with
    ``BENCH_SEMCACHE_QQP_CHECK=1``, for the check half (looked at once, 2026-12-07, j103)."""
    from bastion.gateway.semcache import minilm_stage, train
    from bastion.gateway.semcache.guards import extract, frames_agree
    from bastion.gateway.semcache.settings import SecondStageSettings

    model = minilm_stage.StageModel.load()
    discount = SecondStageSettings().agreeing_discount
    shipped = round(model.threshold_for(False, 0.0, SecondStageSettings().threshold_discount), 3)
    p2 = model.probability(minilm_stage.stage_features(train.minilm_cosines(held), p, x))
    agrees = np.asarray([frames_agree(extract(b), extract(a)) for a, b in zip(held.a, held.b, strict=True)])
    # Pairs of short prompts are served from ``short_discount`` lower still (j120).
    stage_settings = SecondStageSettings()
    short_cut = np.asarray(
        [
            stage_settings.short_discount if minilm_stage.short_pair(a, b, stage_settings.short_words) else 0.0
            for a, b in zip(held.a, held.b, strict=True)
        ]
    )
    upper = max(threshold, model.upper)
    band = ok & (p >= model.lower) & (p < upper)
    print(
        f"\nWith the MiniLM second stage (the verifier serves alone from {upper:.3f}, its own threshold "
        f"{threshold:.3f}; candidates it scores in [{model.lower}, {upper:.3f}) served when the stage says so, "
        f"from {discount:.2f} lower where the questions' frames agree, {int((band & agrees).sum())} of "
        f"{int(band.sum())} band pairs; trained threshold {model.threshold:.3f}):\n"
    )
    halves = dict(zip(("tune", "check"), train.qqp_halves(held), strict=True))
    shown = ("tune", "check") if os.environ.get("BENCH_SEMCACHE_QQP_CHECK") == "1" else ("tune",)
    print(
        "| stage threshold | qqp duplicates served | qqp non-duplicates served | paraphrases served | traps served "
        "| new-family paraphrases | new-family traps | register paraphrases | register traps | "
        + " | ".join(f"qqp {h} half: duplicates / false hits" for h in shown)
        + " |"
    )
    print("|---|---|---|---|---|---|---|---|---|" + "---|" * len(shown))
    rows: list[tuple[str, np.ndarray]] = []
    for t in sorted({0.8, 0.85, 0.9, 0.95, 0.97, model.threshold, shipped}):
        needed = np.where(agrees, t - discount, t) - short_cut
        mark = "**" if t == shipped else ""
        what = " (shipped)" if mark else " (trained)" if t == model.threshold else ""
        rows.append((f"{mark}{t:.3f}{what}{mark}", band & (p2 >= needed)))
    if discount:
        rows.append((f"{shipped:.3f}, frames or not (no discount)", band & (p2 >= shipped)))
    if short_cut.any():
        plain = np.where(agrees, shipped - discount, shipped)
        rows.append((f"{shipped:.3f}, short prompts or not (no short discount)", band & (p2 >= plain)))
    for label, staged in rows:
        served = ok & ((p >= upper) | staged)
        r = train.rates(held, served)
        cells = []
        for h in shown:
            dup, non = halves[h] & (held.label == 1), halves[h] & (held.label == 0)
            cells.append(
                f"{served[dup].mean():.1%} / {served[non].mean():.1%} ({served[dup].sum()}/{dup.sum()}, "
                f"{served[non].sum()}/{non.sum()})"
            )
        print(
            f"| {label} | {r['qqp_hit']:.1%} | {r['qqp_false']:.1%} | {r['paraphrases']:.1%} | {r['traps']:.1%} "
            f"| {r['paraphrase_new']:.1%} | {r['trap_new']:.1%} | {r['paraphrase_reg']:.1%} | {r['trap_reg']:.1%} | "
            + " | ".join(cells)
            + " |"
        )


def encoders() -> None:
    from bastion.gateway.embeddings import Embedder
    from bastion.gateway.semcache.static_encoder import StaticEncoder
    from bastion.gateway.semcache.train import qqp_rows

    texts = [r["a"] for r in qqp_rows()[:400]]
    minilm, fp32, static = Embedder(), Embedder(variant="fp32"), StaticEncoder()
    minilm.load()
    fp32.load()
    static.load()
    print("\n### Encoders (one process, p50 ms per call over the same Quora questions)\n")
    print("| encoder | batch 1 | batch 4 | batch 16 |")
    print("|---|---|---|---|")
    for name, fn, reps in (
        (f"all-MiniLM-L6-v2, ONNX Runtime, {minilm.variant} (MiniLM stage, policy engine)", minilm.embed_sync, 40),
        ("all-MiniLM-L6-v2, ONNX Runtime, fp32 export (baseline: what served before int8)", fp32.embed_sync, 40),
        ("static, distilled from MiniLM (cache)", static.embed_sync, 300),
    ):
        cells = []
        for b in (1, 4, 16):
            xs = []
            for i in range(reps):
                batch = [texts[(i * b + j) % len(texts)] for j in range(b)]
                t = time.perf_counter()
                fn(batch)
                xs.append((time.perf_counter() - t) * 1000)
            cells.append(f"{percentile(xs, 50):.3f}")
        print(f"| {name} | {' | '.join(cells)} |")


def _hits_side_by_side(shipped: HitGateway, config: dict[str, Any], workdir: Path) -> None:
    """The hit table on the shipped gateway and, beside it, one with pre-encoding off."""
    sc = config["semcache"]
    off = {
        **config,
        "semcache": {**sc, "second_stage": {**sc.get("second_stage", {}), "pre_encode": {"enabled": False}}},
    }
    with start_gateway(workdir / "no-pre-encode", off, timeout=600) as gw:
        key = gw.create_key("bench")
        time.sleep(12.0)  # its MiniLM stage loads in the background
        before = HitGateway(gw.url, key, gw.admin_key, "first ask, not pre-encoded (`pre_encode.enabled: false`)")
        semantic_hits([shipped, before])


def _hits_against_baseline(shipped: HitGateway, config: dict[str, Any], workdir: Path, baseline: Path) -> None:
    """The hit table on this checkout's gateway and, in turn, pair by pair, on an older
    checkout's (``BENCH_SEMCACHE_BASELINE``), both with the shipped defaults: the same noise
    hits both sides."""
    from tests.gateway_process import BASTION, GatewayProcess

    work = workdir / "baseline"
    work.mkdir()
    old = GatewayProcess(work, config, env={"PYTHONPATH": str(baseline.resolve())}, command=BASTION)
    try:
        old.start(timeout=600)
        key = old.create_key("bench")
        time.sleep(12.0)  # its MiniLM stage loads in the background
        shipped.side, shipped.first_ask = "new", "first ask, candidate pre-encoded"
        before = HitGateway(old.url, key, old.admin_key, "first ask, candidate pre-encoded", side="old")
        print(f"Hit table against the checkout at {baseline} (`old`), this checkout `new`.\n")
        semantic_hits([shipped, before])
    finally:
        old.kill()


def background_yields() -> None:
    """What a foreground encode (the stage's, a policy detector's) pays when it arrives while a
    background encode (the cache's pre-encoding) runs on the shared embedder thread: it
    interrupts that run, so it waits for the run to stop, not to finish. Alone, during a
    background encode of a ~200-token text (interrupted), and as it would be without the
    interrupt (the same text run as an ordinary job: waiting behind the whole run)."""
    from bastion.gateway.embeddings import Embedder
    from bastion.gateway.semcache.train import qqp_rows

    short = [r["a"] for r in qqp_rows()[:200] if len(r["a"]) < 80][:40]
    long = " ".join(["How do I reset my password on the new portal when my old email address is gone?"] * 12)
    e = Embedder()
    e.load()

    async def run() -> dict[str, list[float]]:
        out: dict[str, list[float]] = {
            "alone": [],
            "during a background encode (interrupted)": [],
            "behind the whole run (were it not interruptible)": [],
        }
        for i, text in enumerate(short):
            t = time.perf_counter()
            await e.embed([f"{text} (alone {i})"])
            out["alone"].append((time.perf_counter() - t) * 1000)
            bg = asyncio.ensure_future(e.embed_background(f"{long} ({i})"))
            while e._background is None:  # the background run has been handed to the thread
                await asyncio.sleep(0)
            await asyncio.sleep(0.002)
            t = time.perf_counter()
            await e.embed([f"{text} (during {i})"])
            out["during a background encode (interrupted)"].append((time.perf_counter() - t) * 1000)
            await bg
            # The same without the interrupt: the long text run as an ordinary job on the thread.
            job = asyncio.get_running_loop().run_in_executor(e._executor, e.embed_sync, [f"{long} (whole {i})"])
            await asyncio.sleep(0.002)
            t = time.perf_counter()
            await e.embed([f"{text} (behind {i})"])
            out["behind the whole run (were it not interruptible)"].append((time.perf_counter() - t) * 1000)
            await job
        return out

    res = asyncio.run(run())
    print(
        "\n### A foreground MiniLM encode while the cache pre-encodes in the background (short Quora question; "
        "background: a ~200-token text; p50 / p99 ms, 40 each)\n"
    )
    print("| foreground encode | p50 ms | p99 ms |")
    print("|---|---|---|")
    for name, xs in res.items():
        label = (
            name if name != "behind the whole run" else "without the interrupt (estimated: alone + half a whole run)"
        )
        print(f"| {label} | {percentile(xs, 50):.2f} | {percentile(xs, 99):.2f} |")


def main() -> None:
    print(
        f"_Shared 2-core machine, loaded by other engineers' work (load average at start {os.getloadavg()[0]:.1f})._\n"
    )
    questions = _questions()
    fake, upstream = start_fake()
    bare, bare_url = start_forwarder(upstream, "aiohttp")
    config = {
        "semcache": {"enabled": True, **json.loads(os.environ.get("BENCH_SEMCACHE_CONFIG") or "{}")},
        "server": {"log_level": "warning"},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-bench"}},
            "aliases": {"bench": ["oa/gpt-bench"], "bench-sem": ["oa/gpt-bench"]},
        },
    }
    try:
        with (
            tempfile.TemporaryDirectory() as d,
            start_gateway(Path(d), config, timeout=600) as gw,
            litellm_proxy(upstream, Path(d)) as litellm,
        ):
            key = gw.create_key("bench")
            assert gw.proc is not None
            pid = gw.proc.pid
            time.sleep(2.0)
            idle, idle_store = rss_mb(pid), _children_rss(pid)
            # The MiniLM second stage loads in the background after start.
            time.sleep(10.0)
            loaded = rss_mb(pid)
            print(
                f"Idle RSS: {idle:.0f} MB 2 s after start, {loaded:.0f} MB 12 s after (the MiniLM stage has "
                "loaded by then unless `second_stage.preload` is false)\n"
            )
            shipped = HitGateway(gw.url, key, gw.admin_key, "first ask, candidate pre-encoded (shipped)")
            if ONLY_HITS and BASELINE:
                _hits_against_baseline(shipped, config, Path(d), Path(BASELINE))
                return
            if ONLY_HITS:
                _hits_side_by_side(shipped, config, Path(d))
                return
            sent = cost_table(gw.url, pid, key, upstream, bare_url, questions, litellm)["sent"]
            if ONLY_COST:
                return
            _hits_side_by_side(shipped, config, Path(d))
            extra = max(0, PROMPTS - sent)
            if extra:
                auth = {"authorization": f"Bearer {key}", "content-type": "application/json"}
                bodies = [_body("bench", f"{q} (fill {i})") for i, q in zip(range(extra), itertools.cycle(questions))]
                asyncio.run(_load(gw.url + "/v1/chat/completions", bodies, auth, 16))
            time.sleep(3.0)
            after, after_store = rss_mb(pid), _children_rss(pid)
            print(
                f"\n### Gateway RSS (shipped defaults)\n\n| process | idle after start | after {max(sent, PROMPTS):,} "
                "new prompts |"
            )
            print(f"|---|---|---|\n| gateway (idle: MiniLM stage loaded) | {loaded:.0f} MB | {after:.0f} MB |")
            print(
                f"| its vector-store child (embedded Chroma, `vector_store: chroma` only) | {idle_store:.0f} MB "
                f"| {after_store:.0f} MB |"
            )
            print(f"| both | {idle + idle_store:.0f} MB | {after + after_store:.0f} MB |")
            _store_counts(gw.url, gw.admin_key)
    finally:
        for p in (bare, fake):
            p.terminate()
            p.wait(10)
    quality_curve()
    encoders()
    background_yields()

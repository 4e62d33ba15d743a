"""Measure the shipped semantic cache on the blind pair set (``scripts/semcache_fresh_pairs.py``),
as a user meets it (issue #13; ``docs/semcache.md``, "A fresh pair set written blind").

One real ``bastion serve`` process with the shipped ``semcache`` defaults (only ``enabled: true``)
in front of the fake OpenAI-compatible upstream (``tests.fakes.llm_providers``), whose answer is
``echo: <last user text>``: the answer a hit replays names the stored question that answered it.

Two layouts, in the same gateway, told apart by the model alias (part of an entry's context):

* **shared**: every family's base question stored under one alias, so each asked question meets
  all 76 stored ones (a cache in use holds many entries; a hit on another family's entry is
  wrong too);
* **isolated**: each family's base stored under its own alias, so each asked question meets
  only its own family's base (the pair decision alone).

The bases are stored first (plain requests), the pre-encoder of the MiniLM stage is let drain,
then each second question is asked with ``cache-control: no-store`` (nothing asked is stored,
so the order of asking changes nothing). A paraphrase is *served* when the replayed answer is
its family's base's; a trap is *served a wrong answer* on any hit (no trap text is a stored
question, checked). Nothing is tuned here: the gateway's settings are the shipped ones.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_fresh_measure.py``
(~2 min on the loaded box).
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.llm import start_fake
from bench.semcache import _metric_lines, _pre_encode_queue
from scripts.semcache_fresh_pairs import FAMILIES, Pair, pairs
from tests.gateway_process import start_gateway

URL = "/v1/chat/completions"


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    layout: str
    phase: str  # "miss" or the hit's phase (exact, normalised, semantic)
    served: str  # the stored question whose answer was replayed ("" on a miss)

    @property
    def hit(self) -> bool:
        return self.phase != "miss"

    @property
    def right(self) -> bool:
        """A paraphrase served its own family's answer."""
        return self.hit and self.served == self.pair.stored


def _body(model: str, prompt: str) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0}).encode()


def _ask(client: httpx.Client, url: str, key: str, model: str, prompt: str, store: bool) -> tuple[str, str]:
    headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
    if not store:
        headers["cache-control"] = "no-store"
    r = client.post(url + URL, content=_body(model, prompt), headers=headers)
    r.raise_for_status()
    header = r.headers.get("x-bastion-cache", "")
    text = r.json()["choices"][0]["message"]["content"]
    served = text.removeprefix("echo: ")
    if not header.startswith("hit"):
        return "miss", ""
    phase = next((p.split("=", 1)[1] for p in header.split(";") if p.strip().startswith("phase=")), "?")
    return phase.strip(), served


def _alias(layout: str, family: str) -> str:
    return "fresh-shared" if layout == "shared" else f"fresh-{family}"


def control_pairs() -> list[Pair]:
    """A control asked of the same gateway: the older hand-written pairs of
    ``tests/semcache/pairs.py`` (the guards were developed on ``PARAPHRASES`` / ``TRAPS``; the
    ``HOLDOUT_*`` ones were written after and evaluated once), each pair under its own alias.
    If the harness reproduces their known high rate, the fresh set's figure is the set's, not
    the harness's."""
    from tests.semcache.pairs import HOLDOUT_PARAPHRASES, HOLDOUT_TRAPS, PARAPHRASES, TRAPS

    groups = [
        ("developed-on", "paraphrase", "-", PARAPHRASES),
        ("holdout", "paraphrase", "-", HOLDOUT_PARAPHRASES),
        ("holdout", "trap", "-", HOLDOUT_TRAPS),
    ] + [("developed-on", "trap", cat, ts) for cat, ts in TRAPS.items()]
    out: list[Pair] = []
    for domain, kind, cat, ts in groups:
        out += [Pair(f"control-{len(out) + i:03d}", domain, kind, cat, a, b) for i, (a, b) in enumerate(ts)]
    return out


def measure() -> tuple[list[Outcome], list[Outcome]]:
    """(the fresh set's outcomes, both layouts in turn; the control's, isolated)."""
    ps = pairs()
    control = control_pairs()
    bases = {p.stored for p in ps}
    clash = [p.asked for p in ps if p.kind == "trap" and p.asked in bases]
    if clash:
        raise SystemExit(f"trap texts that are also stored questions: {clash}")
    families = sorted({p.family for p in ps})
    fake, upstream = start_fake()
    aliases = {"fresh-shared": ["oa/gpt-fresh"]} | {
        f"fresh-{f}": ["oa/gpt-fresh"] for f in families + [p.family for p in control]
    }
    config = {
        "semcache": {"enabled": True},
        "server": {"log_level": "warning"},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": upstream + "/v1", "api_key": "sk-fresh"}},
            "aliases": aliases,
        },
    }
    out: list[Outcome] = []
    control_out: list[Outcome] = []
    try:
        with tempfile.TemporaryDirectory() as d, start_gateway(Path(d), config, timeout=600) as gw:
            key = gw.create_key("fresh")
            time.sleep(15.0)  # the MiniLM second stage loads in the background after start
            with httpx.Client(timeout=60) as client:
                stored: set[tuple[str, str]] = set()
                for layout in ("shared", "isolated"):
                    for p in ps:
                        model = _alias(layout, p.family)
                        if (model, p.stored) not in stored:
                            stored.add((model, p.stored))
                            _ask(client, gw.url, key, model, p.stored, store=True)
                for p in control:
                    _ask(client, gw.url, key, _alias("isolated", p.family), p.stored, store=True)
                time.sleep(1.0)  # the writer stores after the response
                started = time.monotonic()
                while _pre_encode_queue(gw.url, gw.admin_key):
                    if time.monotonic() - started > 300:
                        raise RuntimeError("the pre-encoder did not drain in 300 s")
                    time.sleep(0.5)
                for p in ps:
                    for layout in ("shared", "isolated"):
                        phase, served = _ask(client, gw.url, key, _alias(layout, p.family), p.asked, store=False)
                        out.append(Outcome(p, layout, phase, served))
                for p in control:
                    phase, served = _ask(client, gw.url, key, _alias("isolated", p.family), p.asked, store=False)
                    control_out.append(Outcome(p, "isolated", phase, served))
            for line in _metric_lines(gw.url, gw.admin_key, "bastion_llm_cache_second_stage_total"):
                print(f"`{line}`  ")
    finally:
        fake.terminate()
        fake.wait(10)
    return out, control_out


def _rate(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.1f}%)" if n else "0/0"


def report(out: list[Outcome]) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(
        f"\nRun {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, load average "
        f"{os.getloadavg()[0]:.1f}; {len(FAMILIES)} families, "
        f"{sum(o.pair.kind == 'paraphrase' for o in out) // 2} paraphrases, "
        f"{sum(o.pair.kind == 'trap' for o in out) // 2} traps\n"
    )
    print(
        "| layout | paraphrases served (own answer) | paraphrases served another family's answer | traps served a wrong answer |"
    )
    print("|---|---|---|---|")
    for layout in ("shared", "isolated"):
        para = [o for o in out if o.layout == layout and o.pair.kind == "paraphrase"]
        trap = [o for o in out if o.layout == layout and o.pair.kind == "trap"]
        print(
            f"| {layout} | {_rate(sum(o.right for o in para), len(para))} "
            f"| {_rate(sum(o.hit and not o.right for o in para), len(para))} "
            f"| {_rate(sum(o.hit for o in trap), len(trap))} |"
        )
    for kind, key, label, good in (
        ("paraphrase", "category", "paraphrase style", True),
        ("paraphrase", "domain", "paraphrase domain", True),
        ("trap", "category", "trap category", False),
        ("trap", "domain", "trap domain", False),
    ):
        print(f"\n| {label} (shared layout) | n | {'served' if good else 'served a wrong answer'} |\n|---|---|---|")
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in out:
            if o.layout == "shared" and o.pair.kind == kind:
                groups[getattr(o.pair, key)].append(o)
        for name, os_ in sorted(groups.items()):
            k = sum(o.right for o in os_) if good else sum(o.hit for o in os_)
            print(f"| {name} | {len(os_)} | {_rate(k, len(os_))} |")
    phases = Counter((o.pair.kind, o.phase) for o in out if o.layout == "shared")
    print("\nHits by phase (shared layout): " + ", ".join(f"{k} {p}: {n}" for (k, p), n in sorted(phases.items())))
    print("\n#### Traps served (shared layout)\n")
    for o in out:
        if o.layout == "shared" and o.pair.kind == "trap" and o.hit:
            print(f'* [{o.pair.category}, {o.phase}] "{o.pair.asked}" served "{o.served}"')
    print("\n#### Paraphrases missed (shared layout)\n")
    for o in out:
        if o.layout == "shared" and o.pair.kind == "paraphrase" and not o.right:
            what = "miss" if not o.hit else f'served "{o.served}"'
            print(f'* [{o.pair.category}] "{o.pair.stored}" / "{o.pair.asked}": {what}')
    diff = [(a, b) for a, b in zip(out[0::2], out[1::2], strict=True) if (a.hit, a.served) != (b.hit, b.served)]
    print(f"\nPairs whose outcome differs between the layouts: {len(diff)}")
    for a, b in diff:
        print(
            f'* [{a.pair.kind}/{a.pair.category}] "{a.pair.asked}": shared {a.served or "miss"!r}, isolated {b.served or "miss"!r}'
        )


def funnel(out: list[Outcome]) -> None:
    """Where each pair stops, from the cache's own components with the shipped settings, in the
    lookup's order (``SemanticCache._semantic``): not among the ``top_k`` nearest stored
    questions (shared layout) or under ``candidate_floor``; refused by a hard guard (which);
    the learned verifier's probability under the MiniLM stage's band (refused without MiniLM),
    in the band (MiniLM decides), or over it. A diagnosis of the gateway's outcomes, not a
    second measurement: the served figures are the gateway's."""
    from bastion.gateway.semcache.guards import Guards, extract
    from bastion.gateway.semcache.minilm_stage import StageModel
    from bastion.gateway.semcache.settings import SemcacheSettings
    from bastion.gateway.semcache.transform import shared_cache_encoder
    from bastion.gateway.semcache.verifier import PairVerifier, pair_features

    s = SemcacheSettings()
    guards, verifier, stage = Guards(s.guards), PairVerifier.load(), StageModel.load()
    upper = max(verifier.threshold, stage.upper)
    encoder = shared_cache_encoder()
    encoder.load()
    bases = sorted({o.pair.stored for o in out})
    base_vecs = encoder.embed_sync(bases)
    stops: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    examples: list[str] = []
    for o in out:
        if o.layout != "shared" or o.phase in ("exact", "normalised"):
            continue
        a, b = o.pair.stored, o.pair.asked
        vb = encoder.embed_sync([b])[0]
        cos = base_vecs @ vb
        own = float(cos[bases.index(a)])
        rank = int((cos > own).sum())
        if own < s.candidate_floor:
            stop = "under candidate_floor"
        elif rank >= s.top_k:
            stop = "not in top_k"
        else:
            verdict = guards.quick(b, a, 0.0) or guards.check(extract(b), extract(a), float("inf"), 0.0)
            if not verdict.ok:
                stop = f"guard: {verdict.reason}"
            else:
                p = float(verifier.probability(pair_features(extract(b), extract(a), b, a, own)))
                if p >= upper:
                    stop = "verifier over the band (serves)"
                elif p >= stage.lower:
                    stop = "verifier in the band (MiniLM decides)"
                else:
                    stop = "verifier under the band"
        outcome = (
            ("served" if o.right else "not served")
            if o.pair.kind == "paraphrase"
            else ("served (wrong)" if o.hit else "refused")
        )
        stops[(o.pair.kind, outcome)][stop] += 1
        if o.pair.kind == "paraphrase" and (stop.startswith("guard") or stop == "under candidate_floor"):
            examples.append(f'* [{stop}, cosine {own:.2f}] "{a}" / "{b}"')
    print("\n#### Where the pairs stop (shared layout, semantic phase; in-process funnel, shipped settings)\n")
    print("| pairs | gateway outcome | stop | n |\n|---|---|---|---|")
    for (kind, outcome), c in sorted(stops.items()):
        for stop, n in c.most_common():
            print(f"| {kind} | {outcome} | {stop} | {n} |")
    print("\nParaphrases refused before the verifier:\n")
    print("\n".join(sorted(examples)))


def report_control(out: list[Outcome]) -> None:
    print("\n#### Control: the older hand-written pairs (`tests/semcache/pairs.py`), same gateway, isolated\n")
    print("| pairs | paraphrases served | traps served a wrong answer |\n|---|---|---|")
    for domain in ("developed-on", "holdout"):
        para = [o for o in out if o.pair.domain == domain and o.pair.kind == "paraphrase"]
        trap = [o for o in out if o.pair.domain == domain and o.pair.kind == "trap"]
        print(
            f"| {domain} | {_rate(sum(o.right for o in para), len(para))} | {_rate(sum(o.hit for o in trap), len(trap))} |"
        )


if __name__ == "__main__":
    results, control = measure()
    report(results)
    report_control(control)
    funnel(results)

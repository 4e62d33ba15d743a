"""Policy engine: PII precision/recall, injection detection at fixed false-positive rates, and
policy time per 1 KB prompt. Prints Markdown tables.

Evaluation data is read by path from ``../shared/data/policy/`` (relative to the repo root) and
never copied; a missing file is skipped with a note.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import numpy as np

from bastion.gateway.embeddings import Embedder
from bastion.gateway.policy.detectors.injection import InjectionDetector
from bastion.gateway.policy.detectors.pii import PIIDetector
from bastion.gateway.policy.engine import PolicyEngine
from bastion.gateway.policy.model import Policy
from bastion.gateway.principal import Principal

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "policy"
PII_FILE = DATA / "pii-presidio-synth.json"
INJECTION_FILE = DATA / "injection-dev.jsonl"

#: Dataset label -> our entity name (labels we do not detect, e.g. PERSON, are not scored).
LABELS = {
    "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN",
    "PHONE_NUMBER": "PHONE",
    "IP_ADDRESS": "IP_ADDRESS",
}


def _table(header: list[str], rows: list[list[Any]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")
    print()


def _prf(tp: Counter[str], fp: Counter[str], fn: Counter[str], ent: str) -> tuple[float, float]:
    p = tp[ent] / (tp[ent] + fp[ent]) if tp[ent] + fp[ent] else 1.0
    r = tp[ent] / (tp[ent] + fn[ent]) if tp[ent] + fn[ent] else 1.0
    return p, r


def bench_pii() -> None:
    if not PII_FILE.exists():
        print(f"_skipped PII evaluation: {PII_FILE} not found_\n")
        return
    samples = json.loads(PII_FILE.read_text())
    det = PIIDetector(list(set(LABELS.values())))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for s in samples:
        text = s["full_text"]
        gold = [
            (LABELS[x["entity_type"]], x["start_position"], x["end_position"])
            for x in s["spans"]
            if x["entity_type"] in LABELS
        ]
        pred = [(m.entity, m.start, m.end) for m in det.detect(text)]
        for g in gold:
            hit = [p for p in pred if p[0] == g[0] and p[1] < g[2] and g[1] < p[2]]
            if hit:
                tp[g[0]] += 1
                exact[g[0]] += any(p[1:] == g[1:] for p in hit)
            else:
                fn[g[0]] += 1
        for p in pred:
            if not any(p[0] == g[0] and p[1] < g[2] and g[1] < p[2] for g in gold):
                fp[p[0]] += 1
    print(
        f"### PII on {PII_FILE.name} ({len(samples)} sentences; a prediction counts when it "
        "overlaps a labelled span of the same type)\n"
    )
    rows = []
    for ent in ("EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "PHONE", "IP_ADDRESS"):
        p, r = _prf(tp, fp, fn, ent)
        target = ">=0.95" if ent in ("EMAIL", "CREDIT_CARD", "IBAN", "US_SSN") else "-"
        rows.append([ent, tp[ent] + fn[ent], f"{p:.3f}", f"{r:.3f}", f"{exact[ent] / max(1, tp[ent]):.3f}", target])
    _table(["entity", "labelled", "precision", "recall", "exact span", "target"], rows)


def _nhs_number(rng: random.Random, valid: bool) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=False))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        if not valid:
            check = (check + 1 + rng.randrange(9)) % 10
        s = "".join(map(str, digits)) + str(check)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if rng.random() < 0.6 else s


def bench_nhs() -> None:
    """NHS numbers are not in the shared set: our own generated cases (valid numbers with and
    without context words, and mod-11 failures as look-alikes)."""
    rng = random.Random(7)
    det = PIIDetector(["UK_NHS"])
    frames_ctx = [
        "Patient NHS number {n} was admitted.",
        "nhs no: {n}",
        "Her NHS number is {n}, please update the GP record.",
        "Hospital ref (NHS) {n}",
    ]
    frames_plain = ["Reference {n} attached.", "Use code {n} at checkout."]
    tp = fp = fn = 0
    tp_plain = 0
    for i in range(600):
        valid = i % 2 == 0
        n = _nhs_number(rng, valid)
        with_ctx = i % 3 != 0
        text = rng.choice(frames_ctx if with_ctx else frames_plain).format(n=n)
        found = any(m.entity == "UK_NHS" for m in det.detect(text))
        if valid and with_ctx:
            tp += found
            fn += not found
        elif valid:
            tp_plain += found
        else:
            fp += found
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    print("### UK NHS numbers (own generated cases: 200 valid with context, 100 valid without, 300 failing mod 11)\n")
    _table(
        ["case", "value"],
        [
            ["precision (with context words)", f"{p:.3f}"],
            ["recall (with context words)", f"{r:.3f}"],
            ["valid numbers reported without context", f"{tp_plain}/100"],
            ["mod-11 failures reported", fp],
        ],
    )


def _rate_at_fpr(scores: list[float], labels: list[bool], fpr: float) -> tuple[float, float]:
    neg = sorted((s for s, a in zip(scores, labels, strict=False) if not a), reverse=True)
    k = int(fpr * len(neg))
    thr = neg[k] if k < len(neg) else 0.0
    pos = [s for s, a in zip(scores, labels, strict=False) if a]
    return sum(s > thr for s in pos) / len(pos), thr


def bench_injection(embedder: Embedder) -> None:
    if not INJECTION_FILE.exists():
        print(f"_skipped injection evaluation: {INJECTION_FILE} not found_\n")
        return
    rows = [json.loads(line) for line in INJECTION_FILE.read_text().splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    labels = [bool(r["attack"]) for r in rows]
    det = InjectionDetector(semantic=True, embedder=embedder)
    heur = [det.heuristic_score(t) for t in texts]
    t0 = time.perf_counter()
    combined = anyio.run(det.combined_scores, texts)
    sem_s = time.perf_counter() - t0
    print(
        f"### Prompt injection on {INJECTION_FILE.name} ({sum(labels)} attacks, "
        f"{len(labels) - sum(labels)} benign with trigger words)\n"
    )
    out = []
    for name, scores in (("patterns + decoders", heur), ("patterns + semantic library", combined)):
        r1, t1 = _rate_at_fpr(scores, labels, 0.01)
        r5, t5 = _rate_at_fpr(scores, labels, 0.05)
        default = sum(
            s >= det.threshold for s, a in zip(heur if scores is heur else combined, labels, strict=False) if a
        ) / sum(labels)
        fp_default = sum(s >= det.threshold for s, a in zip(scores, labels, strict=False) if not a)
        out.append([name, f"{r1:.1%} (thr {t1:.2f})", f"{r5:.1%} (thr {t5:.2f})", f"{default:.1%} / {fp_default} FP"])
    _table(["detector", "detection @1% FPR", "detection @5% FPR", f"at default threshold {det.threshold}"], out)
    print(f"_target: >=90% at 1% FPR. Semantic scoring of {len(texts)} texts took {sem_s:.1f} s (batched)._\n")


def _prompt(i: int) -> str:
    """About 1 KB of ordinary prompt text with a few numbers and an address in it."""
    base = (
        f"Request {i}: please review the quarterly planning notes below and suggest three "
        "improvements to the rollout schedule. The team met on Tuesday to discuss the "
        "migration of the reporting service, the budget for the new dashboards and the "
        "training plan for support staff. Ticket PRJ-2231 tracks the database upgrade; "
        "order 884213 covers the new laptops. Contact the coordinator at "
        f"planning{i}@corp.example if anything is unclear. We expect about 1,250 users in "
        "the first month and 4,000 by the end of the quarter. Risks include vendor delays, "
        "a tight testing window and the holiday period. Summarise the plan in five bullet "
        "points, keep the tone neutral and mention open questions about data retention, "
        "access reviews and the handover to the operations group. "
    )
    return (base * 2)[:1024]


def _policies(semantic: bool) -> list[Policy]:
    rules: list[dict[str, Any]] = [
        {"name": "pii", "detector": {"type": "pii"}, "action": "redact"},
        {"name": "secrets", "detector": {"type": "secrets"}, "action": "block"},
        {"name": "injection", "detector": {"type": "injection", "semantic": semantic}, "action": "block"},
        {
            "name": "codenames",
            "detector": {"type": "keywords", "keywords": [f"codename{i}" for i in range(5000)]},
            "action": "block",
        },
        {"name": "tickets", "detector": {"type": "regex", "pattern": r"\bSEC-\d{4,}\b"}, "action": "flag"},
    ]
    if semantic:
        rules.append(
            {
                "name": "topics",
                "action": "flag",
                "detector": {
                    "type": "topics",
                    "deny": {
                        "medical": ["medical diagnosis of symptoms", "which illness do I have"],
                        "legal": "legal advice about our litigation",
                    },
                },
            }
        )
    return [Policy.model_validate({"name": "bench", "rules": rules})]


async def _time_inspect(engine: PolicyEngine, n: int, unique: bool) -> list[float]:
    who = Principal("bench", "api_key", department="engineering")
    times = []
    for i in range(n):
        text = _prompt(i if unique else 0)
        t0 = time.perf_counter()
        await engine.inspect(who, "chat_input", [text])
        times.append((time.perf_counter() - t0) * 1000)
    return times


def bench_latency(embedder: Embedder) -> None:
    rows = []
    empty = PolicyEngine(embedder, b"k" * 32)
    t = anyio.run(_time_inspect, empty, 2000, False)
    rows.append(
        [
            "no policy (fast path)",
            f"{statistics.median(t) * 1000:.1f} µs",
            f"{np.percentile(t, 99) * 1000:.1f} µs",
            "well under 0.1 ms",
        ]
    )
    regex = PolicyEngine(embedder, b"k" * 32)
    regex.set_policies(_policies(semantic=False))
    t = anyio.run(_time_inspect, regex, 1000, True)
    rows.append(
        [
            "PII + secrets + injection patterns + 5,000 keywords + regex",
            f"{statistics.median(t):.3f} ms",
            f"{np.percentile(t, 99):.3f} ms",
            "<=0.5 ms",
        ]
    )
    semantic = PolicyEngine(embedder, b"k" * 32)
    semantic.set_policies(_policies(semantic=True))
    embedder.load()
    anyio.run(_time_inspect, semantic, 3, True)  # warm the library vectors
    t = anyio.run(_time_inspect, semantic, 40, True)
    rows.append(
        [
            "the same + semantic injection + 2 semantic topics",
            f"{statistics.median(t):.2f} ms",
            f"{np.percentile(t, 99):.2f} ms",
            "<=15 ms",
        ]
    )
    # The model's own time for the same text, measured in the same run: what the semantic
    # row costs beyond it is the engine's.
    raw = []
    for i in range(20):
        t0 = time.perf_counter()
        embedder.embed_sync([_prompt(10_000 + i)])
        raw.append((time.perf_counter() - t0) * 1000)
    rows.append(
        [
            "(reference) one all-MiniLM-L6-v2 embedding of the 1 KB text",
            f"{statistics.median(raw):.2f} ms",
            f"{np.percentile(raw, 99):.2f} ms",
            "-",
        ]
    )
    print(
        "### Policy time per 1 KB prompt (engine.inspect, one text, distinct texts so the "
        "embedding cache does not help)\n"
    )
    _table(["policies", "p50", "p99", "target"], rows)


def main() -> None:
    embedder = Embedder()
    bench_pii()
    bench_nhs()
    bench_latency(embedder)
    bench_injection(embedder)


if __name__ == "__main__":
    main()

"""Time per KB of the functions every request runs on its text, by input size and shape.

A function whose cost grows faster than its input stalls the event loop on a pasted document
(``normalise.strip_wrapper`` cost 1.3-1.6 s on 50 KB before commit 3ad04bf). This times each one
on 1, 10, 50 and 200 KB of several shapes and flags any whose time per KB grows more than 3x
from 10 KB to 200 KB.

    PYTHONPATH=$PWD python scripts/text_cost_audit.py [--sizes 1,10,50,200] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable

from bastion.gateway.policy.detectors.injection import InjectionDetector, chunk_spans, heuristic_signals
from bastion.gateway.policy.detectors.pii import PIIDetector
from bastion.gateway.policy.detectors.secrets import SecretsDetector
from bastion.gateway.policy.redact import Redactor, Span
from bastion.gateway.semcache import guards
from bastion.gateway.semcache.guards import extract
from bastion.gateway.semcache.normalise import (
    canonical_question,
    drop_function_words,
    normalise,
    read_chat,
    strip_wrapper,
)

_WORDS = (
    "the router keeps dropping the connection every evening and support said to reset it "
    "but nothing changed so I wonder whether the firmware or the cable is at fault here"
).split()
_CHAT = "u r gr8 lol idk tbh pls thx k ok ya np omg brb imo btw ty yo hi".split()


def _fill(unit: Callable[[random.Random], str], size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        p = unit(rng)
        parts.append(p)
        n += len(p)
    return "".join(parts)[:size]


def _prose(r: random.Random) -> str:
    return " ".join(r.choice(_WORDS) for _ in range(r.randint(8, 20))).capitalize() + ". "


def _chat(r: random.Random) -> str:
    return " ".join(r.choice(_CHAT + _WORDS[:6]) for _ in range(r.randint(3, 8))) + r.choice(["?", "!", " ", "\n"])


def _code(r: random.Random) -> str:
    i = r.randint(0, 999)
    return f"def f{i}(x, y=None):\n    if x > {i}:\n        return [x * y for _ in range({i})]\n    return {{'k{i}': x}}\n\n"


def _json(r: random.Random) -> str:
    return json.dumps({"id": r.randint(0, 10**6), "name": r.choice(_WORDS), "tags": [r.choice(_WORDS)] * 3}) + ",\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": lambda n: _fill(_prose, n),
    "chat": lambda n: _fill(_chat, n),
    "repeated": lambda n: ("Please help me understand how to reset my router. " * (n // 50 + 1))[:n],
    "one_token": lambda n: ("abcdefghij" * (n // 10 + 1))[:n],
    "newlines": lambda n: ("\n" * n)[:n],
    "short_lines": lambda n: ("a\n" * n)[:n],
    "json": lambda n: "[" + _fill(_json, n - 1),
    "code": lambda n: _fill(_code, n),
    "digits": lambda n: _fill(lambda r: f"{r.randint(0, 10**9)} ", n),
    "number_lines": lambda n: _fill(lambda r: f"{r.randint(0, 10**9)}\n", n),
    "digits_glued": lambda n: _fill(lambda r: str(r.randint(0, 9)), n),
    "spaces": lambda n: " " * n,
    "punct": lambda n: ("?!.,;:-" * (n // 7 + 1))[:n],
}


def _functions() -> dict[str, Callable[[str], object]]:
    injection = InjectionDetector(semantic=False)
    pii = PIIDetector()
    secrets = SecretsDetector()
    redactor = Redactor(b"k")

    def redact(t: str) -> str:
        spans = [Span(m.start, m.end, m.entity, "placeholder") for m in pii.detect(t)]
        return redactor.apply(t, spans)

    return {
        "semcache.strip_wrapper": strip_wrapper,
        "semcache.read_chat": read_chat,
        "semcache.normalise": normalise,
        "semcache.canonical_question": canonical_question,
        "semcache.drop_function_words": lambda t: drop_function_words(normalise(t)),
        "semcache.guards.extract": extract,
        "injection.chunk_spans": chunk_spans,
        "injection.heuristic_signals": heuristic_signals,
        "injection.detect": injection.detect,
        "pii.detect": pii.detect,
        "secrets.detect": secrets.detect,
        "redact(pii)": redact,
    }


def _forget() -> None:
    """Empty the guards' memos: a new prompt is never in them, and a remembered one costs nothing."""
    for memo in (guards.extract, guards.quantities, guards.guard_tokens):
        memo.cache_clear()


def _time(fn: Callable[[str], object], text: str, budget: float = 0.3) -> float:
    """Seconds per call (best of a few runs within ``budget``)."""
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < 2 or (spent < budget and runs < 20):
        _forget()
        t = time.perf_counter()
        fn(text)
        dt = time.perf_counter() - t
        best = min(best, dt)
        spent += dt
        runs += 1
        if dt > 5.0:
            break
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,50,200")
    ap.add_argument("--only", default="", help="comma-separated function names (substring match)")
    ap.add_argument("--shapes", default="", help="comma-separated shapes")
    ap.add_argument("--json", default="", help="write the figures here")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    fns = _functions()
    if args.only:
        fns = {k: v for k, v in fns.items() if any(o in k for o in args.only.split(","))}
    shapes = {k: v for k, v in SHAPES.items() if not args.shapes or k in args.shapes.split(",")}
    texts = {(s, kb): make(kb * 1024) for s, make in shapes.items() for kb in sizes}
    out: list[dict[str, object]] = []
    print(f"{'function':30} {'shape':13} " + " ".join(f"{kb:>7}KB" for kb in sizes) + "  (ms/KB)  growth")
    for name, fn in fns.items():
        for shape in shapes:
            per_kb = [_time(fn, texts[shape, kb]) * 1000.0 / kb for kb in sizes]
            growth = per_kb[-1] / per_kb[1] if len(sizes) > 1 and per_kb[1] > 0 else 1.0
            flag = "  SUPERLINEAR" if growth > 3.0 else ""
            cells = " ".join(f"{v:9.3f}" for v in per_kb)
            print(f"{name:30} {shape:13} {cells}  {growth:6.1f}x{flag}", flush=True)
            out.append(
                {"function": name, "shape": shape, "ms_per_kb": dict(zip(sizes, per_kb, strict=True)), "growth": growth}
            )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()

"""Issue #14's phone trade-off, measured: for each candidate phone rule (``PhoneRule``), PHONE
recall and the share of look-alikes flagged on the TUNING part of every PII set, and the lowest
recall of the other entities (a phone rule must not cost them anything).

    PYTHONPATH=$PWD python scripts/pii_phone_rules.py              # every candidate, tuning parts
    PYTHONPATH=$PWD python scripts/pii_phone_rules.py --heldout NAME  # today's rule and NAME, held-out parts

A rule is chosen on the tuning parts only (recall >= 0.97 on every set's tuning part); the held-out
parts are run once with the chosen rule (``--heldout``). ``pii-presidio-synth.json`` has no split:
it is reported whole, as a tuning set (it has been looked at many times).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import pii_blind  # noqa: E402
import pii_chat  # noqa: E402
import pii_corpus  # noqa: E402
import pii_lookalikes_new  # noqa: E402
import pii_rounds  # noqa: E402
import pii_varied  # noqa: E402
import pii_world  # noqa: E402
from policy_data import DATA  # noqa: E402

from bastion.gateway.policy.detectors.pii import PhoneRule, PIIDetector  # noqa: E402

#: The candidates. "chars"/"words" reaches count before and after the digits; "strict" = a valid
#: formatted national number needs a cue as well (today its shape is enough); "+only" = with
#: strict, "00"/"011" numbers need a cue like national ones; "nolayout" = contact layouts
#: (signature labels, phone columns, after an e-mail) are no cue.
CANDIDATES: dict[str, PhoneRule] = {
    "today": PhoneRule(),
    **{f"strict, {n} chars": PhoneRule(before=n, after=n, formatted_needs_cue=True) for n in (10, 20, 30, 40)},
    **{
        f"strict, {n} words": PhoneRule(before=n, after=n, unit="words", formatted_needs_cue=True) for n in (1, 2, 3, 5)
    },
    **{f"loose, {n} chars": PhoneRule(before=n, after=n) for n in (10, 20)},
    "loose, 3 words": PhoneRule(before=3, after=3, unit="words"),
    "strict, today's reach": PhoneRule(formatted_needs_cue=True),
    "strict, 20 chars, +only": PhoneRule(before=20, after=20, formatted_needs_cue=True, idd_is_cue=False),
    "strict, 20 chars, nolayout": PhoneRule(before=20, after=20, formatted_needs_cue=True, layouts=False),
}


@dataclass(frozen=True)
class SetResult:
    """One set's part under one rule: PHONE (found, total), look-alikes (flagged, total), and the
    other entities' recall (entity -> (found, total))."""

    phone: tuple[int, int]
    looks: tuple[int, int]
    others: dict[str, tuple[int, int]]


def _split(recall: dict[str, tuple[int, int]], looks: tuple[int, int]) -> SetResult:
    others = {e: v for e, v in recall.items() if e != "PHONE"}
    return SetResult(recall.get("PHONE", (0, 0)), looks, others)


def presidio(det: PIIDetector, held: bool) -> SetResult | None:
    """``pii-presidio-synth.json``, whole (no split): PHONE recall as ``bench_pii`` counts it (an
    overlapping PHONE prediction); "look-alikes" = PHONE predictions overlapping no PHONE label."""
    path = DATA / "pii-presidio-synth.json"
    if held or not path.exists():
        return None
    found = total = fp = preds = 0
    for s in json.loads(path.read_text()):
        gold = [(x["start_position"], x["end_position"]) for x in s["spans"] if x["entity_type"] == "PHONE_NUMBER"]
        pred = [(m.start, m.end) for m in det.detect(s["full_text"]) if m.entity == "PHONE"]
        total += len(gold)
        found += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in gold)
        preds += len(pred)
        fp += sum(not any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in pred)
    return SetResult((found, total), (fp, preds), {})


def corpus(det: PIIDetector, held: bool) -> SetResult:
    """``pii_corpus`` as ``bench_pii_own`` scores it (PII detector only)."""
    part = [c for c in pii_corpus.build() if c.heldout == held]
    recall: dict[str, tuple[int, int]] = {}
    flagged = looks = 0
    for c in part:
        got = det.detect(c.text)
        if c.entity is None:
            looks += 1
            flagged += bool(got)
            continue
        f, t = recall.get(c.entity, (0, 0))
        recall[c.entity] = (f + any(m.entity == c.entity for m in got), t + 1)
    return _split(recall, (flagged, looks))


def varied(det: PIIDetector, held: bool) -> SetResult:
    per, looks, _ = pii_varied.evaluate([c for c in pii_varied.build() if c.heldout == held])
    return _split(per, looks)


def varied_blind(det: PIIDetector, held: bool) -> SetResult | None:
    """Both small blind sets of ``pii_varied`` (held-out only: they have no tuning part)."""
    if not held:
        return None
    per, looks, _ = pii_varied.evaluate(pii_varied.build_blind() + pii_varied.build_blind2())
    return _split(per, looks)


def blind(det: PIIDetector, held: bool) -> SetResult:
    rep = pii_blind.evaluate([c for c in pii_blind.all_cases() if c.heldout == held])
    return _split(rep.recall, rep.looks)


def world(det: PIIDetector, held: bool) -> SetResult:
    rep = pii_world.evaluate([d for d in pii_world.build() if d.heldout == held], det)
    recall = {k: (v[0], v[1]) for k, v in rep.recall.items()}
    return _split(recall, rep.look_total())


def chat(det: PIIDetector, held: bool) -> SetResult:
    rep = pii_rounds.evaluate([m for m in pii_chat.build() if m.heldout == held])
    return _split(rep.recall, rep.look_total())


def lookalikes_new(det: PIIDetector, held: bool) -> SetResult:
    rep = pii_rounds.evaluate([m for m in pii_lookalikes_new.build() if m.heldout == held])
    return _split(rep.recall, rep.look_total())


SETS: dict[str, Callable[[PIIDetector, bool], SetResult | None]] = {
    "presidio": presidio,
    "pii_corpus": corpus,
    "pii_varied": varied,
    "pii_varied blind sets": varied_blind,
    "pii_blind": blind,
    "pii_world": world,
    "pii_chat": chat,
    "pii_lookalikes_new": lookalikes_new,
}


def run(rule: PhoneRule, held: bool) -> dict[str, SetResult]:
    det = PIIDetector(phone_rule=rule)
    pii_rounds.use_pii_detector(det)
    out = {}
    for name, fn in SETS.items():
        res = fn(det, held)
        if res is not None:
            out[name] = res
    return out


def _cell(res: SetResult) -> str:
    (pf, pt), (lf, lt) = res.phone, res.looks
    low = min((f / t for f, t in res.others.values() if t), default=1.0)
    other = "" if low >= 0.97 else f", other min {low:.3f}"
    return f"{pf / pt:.3f} / {lf / lt:.2%}{other}" if pt and lt else "-"


def table(results: dict[str, dict[str, SetResult]]) -> None:
    names = list(next(iter(results.values())))
    print("| rule | " + " | ".join(names) + " | PHONE min | look-alikes flagged, all sets |")
    print("|" + "---|" * (len(names) + 3))
    for rule, per_set in results.items():
        phone_min = min(r.phone[0] / r.phone[1] for n, r in per_set.items() if n != "presidio" and r.phone[1])
        flagged = sum(r.looks[0] for n, r in per_set.items() if n != "presidio")
        looks = sum(r.looks[1] for n, r in per_set.items() if n != "presidio")
        cells = " | ".join(_cell(per_set[n]) for n in names)
        print(f"| {rule} | {cells} | {phone_min:.3f} | {flagged} of {looks} ({flagged / looks:.2%}) |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", metavar="RULE", help="run today's rule and RULE on the held-out parts")
    args = ap.parse_args()
    if args.heldout:
        rules = {k: CANDIDATES[k] for k in ("today", args.heldout)}
    else:
        rules = CANDIDATES
    results = {}
    for name, rule in rules.items():
        t0 = time.perf_counter()
        results[name] = run(rule, held=bool(args.heldout))
        print(f"{name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    part = "held-out parts" if args.heldout else "tuning parts"
    print(f"Cells: PHONE recall / share of look-alikes flagged ({part}; presidio: PHONE predictions on no label).\n")
    table(results)


if __name__ == "__main__":
    main()

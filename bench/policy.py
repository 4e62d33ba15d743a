"""Policy engine: PII precision/recall, injection detection at fixed false-positive rates, and
policy time per 1 KB prompt. Prints Markdown tables.

Evaluation data is read by path from ``../shared/data/policy/`` (relative to the repo root) and
never copied; a missing file is skipped with a note. Our own written data (``scripts/
policy_corpus.py``, ``scripts/pii_corpus.py``) is reported on its held-out families, which no
rule, head or threshold was fitted or tuned on.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import numpy as np

from bastion.gateway.embeddings import Embedder
from bastion.gateway.policy.detectors.injection import _EPS, InjectionDetector
from bastion.gateway.policy.detectors.injection_head import ENCODER_FILE, SENSITIVITIES, shipped_head
from bastion.gateway.policy.detectors.pii import ENTITIES, PIIDetector
from bastion.gateway.policy.detectors.topics import TopicDetector
from bastion.gateway.policy.engine import PolicyEngine
from bastion.gateway.policy.model import Policy
from bastion.gateway.principal import Principal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import long_corpus  # noqa: E402
import pii_blind  # noqa: E402
import pii_chat  # noqa: E402
import pii_corpus  # noqa: E402
import pii_eighteenth  # noqa: E402
import pii_eighth  # noqa: E402
import pii_eleventh  # noqa: E402
import pii_fifteenth  # noqa: E402
import pii_fourteenth  # noqa: E402
import pii_lookalikes_new  # noqa: E402
import pii_nineteenth  # noqa: E402
import pii_rounds  # noqa: E402
import pii_seventh  # noqa: E402
import pii_sixteenth  # noqa: E402
import pii_sixth  # noqa: E402
import pii_thirteenth  # noqa: E402
import pii_twelfth  # noqa: E402
import pii_varied  # noqa: E402
import pii_world  # noqa: E402
import policy_corpus  # noqa: E402
import policy_corpus_eighteen_parts as eighteen_parts  # noqa: E402
import policy_corpus_eighteen_subtle as eighteen_subtle  # noqa: E402
import policy_corpus_eleven_indirect as eleven  # noqa: E402
import policy_corpus_fifteen_hijack as fifteen_hijack  # noqa: E402
import policy_corpus_fourteen_carriers as fourteen_carriers  # noqa: E402
import policy_corpus_fourteen_direct as fourteen_direct  # noqa: E402
import policy_corpus_nineteen_actions as nineteen_actions  # noqa: E402
import policy_corpus_sixteen_hijack as sixteen_hijack  # noqa: E402
import policy_corpus_thirteen_agents as thirteen_agents  # noqa: E402
import policy_corpus_thirteen_direct as thirteen_direct  # noqa: E402
import policy_corpus_twelve_code as twelve_code  # noqa: E402
import policy_corpus_twelve_web as twelve_web  # noqa: E402
import policy_corpus_twenty_reader as twenty_reader  # noqa: E402
import policy_corpus_twentyfive_direct as twentyfive_direct  # noqa: E402
import policy_corpus_twentyfive_indirect as twentyfive_indirect  # noqa: E402
import policy_corpus_twentyone_exemplar as twentyone_exemplar  # noqa: E402
import policy_corpus_twentysix_fresh as twentysix_fresh  # noqa: E402
import policy_corpus_twentythree_direct as twentythree_direct  # noqa: E402
import policy_corpus_twentytwo_structured as twentytwo_structured  # noqa: E402
import topic_corpus  # noqa: E402
from policy_data import DATA  # noqa: E402

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


def bench_pii_own() -> None:
    """Our own PII sentences and look-alikes (``scripts/pii_corpus.py``)."""
    det = PIIDetector()
    cases = pii_corpus.build()
    rows = []
    for split_name, heldout in (("rule-writing frames", False), ("held-out frames", True)):
        part = [c for c in cases if c.heldout == heldout]
        for ent in [e for e in ENTITIES if any(c.entity == e for c in part)]:
            pos = [c for c in part if c.entity == ent]
            hit = sum(any(m.entity == ent for m in det.detect(c.text)) for c in pos)
            rows.append([split_name, ent, len(pos), f"{hit / len(pos):.3f}", ">=0.97"])
        looks = [c for c in part if c.entity is None]
        flagged = [c for c in looks if det.detect(c.text)]
        rows.append(
            [split_name, "look-alikes flagged as anything", len(looks), f"{len(flagged) / len(looks):.1%}", "<=1%"]
        )
    print(
        "### PII on our own cases (phones with extensions, +44 (0), 011 44; NHS numbers without "
        "the word NHS; account numbers; look-alikes: NHS-like numbers failing mod 11, reference "
        "numbers, dashed 9 digits without SSN context, never-issued SSNs)\n"
    )
    _table(["frames", "entity", "cases", "recall / share", "target"], rows)


def _recall_rows(entities: Iterable[str], parts: Sequence[Mapping[str, Sequence[int]]]) -> list[list[Any]]:
    """One row per entity: its cases and recall in each part (tuning, held out), and the target;
    ``parts`` map an entity to (found, total)."""
    rows: list[list[Any]] = []
    for ent in entities:
        row: list[Any] = [ent]
        for per in parts:
            f, t = per.get(ent, (0, 0))
            row += [t, f"{f / t:.3f}" if t else "-"]
        rows.append(row + [">=0.97"])
    return rows


def _share_row(label: str, counts: Sequence[Sequence[int]]) -> list[Any]:
    """A row of (flagged, total) per part as counts and shares, and the 1% target."""
    row: list[Any] = [label]
    for f, t in counts:
        row += [t, f"{f / max(1, t):.1%}"]
    return row + ["<=1%"]


def _flagged_categories(parts: Sequence[Mapping[str, Sequence[int]]]) -> str:
    """The look-alike categories with a flag in some part, as "flagged/total" per part."""
    flagged = []
    for cat in sorted({c for per in parts for c in per}):
        cells = [f"{f}/{t}" for f, t in (per.get(cat, (0, 0)) for per in parts)]
        if any(not c.startswith("0/") for c in cells):
            flagged.append(f"{cat} {' / '.join(cells)}")
    return "Look-alike categories flagged (tuning / held out): " + ("; ".join(flagged) or "none") + ".\n"


def _print_split(intro: str, rows: list[list[Any]], looks: Sequence[Mapping[str, Sequence[int]]]) -> None:
    """A PII set of documents split into tuning and held-out families: its introduction, its
    table (spans and recall per entity, look-alike spans flagged) and the look-alike categories
    flagged in some part (``looks``: category -> (flagged, total), one mapping per part)."""
    print(intro)
    _table(["entity", "tuning spans", "tuning recall", "held-out spans", "held-out recall", "target"], rows)
    print(_flagged_categories(looks))


def _print_round(intro: str, messages: Sequence[pii_rounds.Message]) -> None:
    """A written PII round (``pii_rounds``) split into its tuning and held-out families, printed as
    :func:`_print_split` does: recall per entity, then the look-alike spans flagged as anything."""
    parts = [pii_rounds.evaluate([m for m in messages if m.heldout == held]) for held in (False, True)]
    rows = _recall_rows(sorted({e for rep in parts for e in rep.recall}), [rep.recall for rep in parts])
    rows.append(_share_row("look-alike spans flagged as anything", [rep.look_total() for rep in parts]))
    _print_split(intro, rows, [rep.looks for rep in parts])


def _check_figures(messages: Sequence[pii_rounds.Message], entity: str = "", what: str = "PII values") -> str:
    """A blind check's figures for the line under its round's table: the values found (of
    ``entity``, or of every entity when none is named) and the look-alike spans flagged."""
    rep = pii_rounds.evaluate(list(messages))
    recall = [rep.recall.get(entity, (0, 0))] if entity else list(rep.recall.values())
    found, total = sum(f for f, _ in recall), sum(t for _, t in recall)
    flagged, looks = rep.look_total()
    return f"{found} of {total} {what} found, {flagged} of {looks} look-alikes flagged"


def bench_pii_varied() -> None:
    """The larger evaluation set written as an outside evaluator would (``scripts/pii_varied.py``):
    every claimed entity in many formats and countries, and look-alikes in 18 families."""
    cases = pii_varied.build()
    parts = [pii_varied.evaluate([c for c in cases if c.heldout == held]) for held in (False, True)]
    entities = sorted({c.entity for c in cases if c.entity is not None})
    rows = _recall_rows(entities, [per for per, _, _ in parts])
    rows.append(_share_row("look-alikes flagged as anything", [looks for _, looks, _ in parts]))
    print(
        f"### PII on the varied set ({len(cases)} sentences: emails, phones of 16 countries with "
        "extensions and trunk/IDD prefixes, 18 card ranges, IBANs of 25 countries, SSNs, NHS, "
        "account/routing numbers, IPv4/v6, dates of birth, passports, national IDs, API keys; "
        "look-alikes: references, software ids, timestamps and coordinates, quantities, checksum "
        "failures, phone-like numbers, identifiers). Recall = a detection of the entity overlaps "
        "the value; a look-alike counts when anything (PII or secret) is reported. Held-out frames "
        "were never used to change a rule.\n"
    )
    _table(["entity", "tuning cases", "tuning recall", "held-out cases", "held-out recall", "target"], rows)
    for name, blind in (("build_blind", pii_varied.build_blind()), ("build_blind2", pii_varied.build_blind2())):
        per, (flagged, total), _ = pii_varied.evaluate(blind)
        found = sum(f for f, _ in per.values())
        cases = sum(t for _, t in per.values())
        print(
            f"Blind set `pii_varied.{name}` (written after rule changes, see its comment): {found} of {cases} "
            f"PII sentences found, {flagged} of {total} look-alikes flagged.\n"
        )


def bench_pii_blind() -> None:
    """The third PII set (``scripts/pii_blind.py``), written from scratch before the detector
    changes of 2026-12-06 17:10 UTC: tuning and held-out frames side by side, and look-alikes
    per category."""
    cases = pii_blind.all_cases()
    parts = [pii_blind.evaluate([c for c in cases if c.heldout == held]) for held in (False, True)]
    entities = sorted({c.entity for c in cases if c.entity is not None})
    rows = _recall_rows(entities, [rep.recall for rep in parts])
    rows.append(_share_row("look-alikes flagged as anything", [rep.looks for rep in parts]))
    print(
        f"### PII on the blind set ({len(cases)} sentences, `scripts/pii_blind.py`: own generators and "
        "sentences; phones of 18 countries with extensions, +44 (0), 011 44; IBANs of 24 countries; NHS "
        "numbers with and without the word; look-alikes in 27 categories). Held-out frames (CRC-32 of the "
        "frame % 3 == 0) were looked at once, after tuning (two fixes followed, see docs/policy.md).\n"
    )
    _table(["entity", "tuning cases", "tuning recall", "held-out cases", "held-out recall", "target"], rows)
    print(_flagged_categories([rep.flagged for rep in parts]))


def bench_pii_world() -> None:
    """The fourth PII set (``scripts/pii_world.py``): whole documents in seven languages mixing
    PII with look-alikes in the same paragraph; tuning and held-out families apart."""
    docs = pii_world.build()
    parts = [pii_world.evaluate([d for d in docs if d.heldout == held]) for held in (False, True)]
    rows = _recall_rows(sorted({c for rep in parts for c in rep.recall}), [rep.recall for rep in parts])
    rows.append(_share_row("look-alike spans flagged as anything", [rep.look_total() for rep in parts]))
    rows.append(_share_row("documents without PII flagged", [rep.clean_docs for rep in parts]))
    _print_split(
        f"### PII in documents (`scripts/pii_world.py`, {len(docs)} order e-mails, invoices, tickets, logs, "
        "code, medical letters, HR forms, itineraries, statements in 7 languages; look-alikes in "
        f"{len(pii_world.LOOKALIKES)} categories in the same paragraphs; 'test values' are known test cards "
        "and 555-01xx numbers, counted as PII). Held-out families (CRC-32 % 3 == 0) were run once after "
        "tuning, see docs/policy.md.\n",
        rows,
        [rep.looks for rep in parts],
    )


def _rate_at_fpr(scores: list[float], labels: list[bool], fpr: float) -> tuple[float, float]:
    """Detection when the threshold is set on this set's own benign texts to flag ``fpr``."""
    neg = sorted((s for s, a in zip(scores, labels, strict=False) if not a), reverse=True)
    k = int(fpr * len(neg))
    thr = neg[k] if k < len(neg) else 0.0
    pos = [s for s, a in zip(scores, labels, strict=False) if a]
    return sum(s > thr for s in pos) / len(pos), thr


def _at(scores: list[float], labels: list[bool], thr: float) -> tuple[float, float]:
    """Detected / flagged at ``thr`` as the detector decides (``score + _EPS >= threshold``): a
    text whose fused score is the level itself (one override signal alone) is flagged."""
    pos = [s for s, a in zip(scores, labels, strict=False) if a]
    neg = [s for s, a in zip(scores, labels, strict=False) if not a]
    return (sum(s + _EPS >= thr for s in pos) / len(pos) if pos else float("nan")), (
        sum(s + _EPS >= thr for s in neg) / len(neg) if neg else 0.0
    )


def _long_inputs(
    held: list[policy_corpus.Example], n: int = 400, seed: int = 1415, min_chars: int = 2500, max_chars: int = 20000
) -> tuple[list[str], list[bool]]:
    """CSV exports, chat logs, ticket histories, agent scratchpads of 2.5-20 KB (``long_corpus``'s
    held-out families, with held-out sentences) quoting held-out benign texts; half carry one
    held-out attack at a random line break (often across a window boundary)."""
    benign = [e.text for e in held if e.label == 0]
    attacks = [e.text for e in held if e.label == 1]
    texts, labels = long_corpus.with_attacks(benign, attacks, n, seed, min_chars=min_chars, max_chars=max_chars)
    return texts, [bool(y) for y in labels]


def _long_concatenations(held: list[policy_corpus.Example]) -> tuple[list[str], list[bool]]:
    """5-9 KB of held-out benign prompts and carriers one after another (role-play, prompts
    about prompts, ...: the hardest long benign input); half carry one held-out indirect or
    hijacking attack at a random place. The set earlier runs reported as "long tool results"."""
    import random

    rng = random.Random(5)
    benign = [e.text for e in held if e.label == 0]
    attacks = [e.text for e in held if e.kind in ("indirect", "hijack")]
    texts, labels = [], []
    for i in range(40):
        parts: list[str] = []
        while sum(len(p) for p in parts) < rng.randrange(5000, 9000):
            parts.append(rng.choice(benign))
        if i % 2:
            parts.insert(rng.randrange(1, len(parts)), rng.choice(attacks))
        texts.append("\n\n".join(parts))
        labels.append(bool(i % 2))
    return texts, labels


def injection_sets() -> list[tuple[str, list[str], list[bool], list[str]]]:
    """The sets ``bench_injection`` reports on (name, texts, attack labels, kinds): the dev set,
    our own held-out families (whole, by round, up to a round), long, medium and concatenated
    inputs built from them. ``scripts/policy_adopt.py`` compares two heads on the same sets."""
    sets: list[tuple[str, list[str], list[bool], list[str]]] = []
    if INJECTION_FILE.exists():
        rows = [json.loads(line) for line in INJECTION_FILE.read_text().split("\n") if line.strip()]
        sets.append(
            (
                f"dev: {INJECTION_FILE.name} (used to tune)",
                [r["text"] for r in rows],
                [bool(r["attack"]) for r in rows],
                ["jailbreak" if r["attack"] else "benign" for r in rows],
            )
        )
    else:
        print(f"_skipped the dev set: {INJECTION_FILE} not found_\n")
    held = policy_corpus.split(policy_corpus.build())[1]
    # The held-out split as it was before the sixth corpus round added families (rounds 1-5),
    # so a run compares with earlier ones on the same texts; the long, medium and concatenated
    # sets are built from it for the same reason, and the long and medium ones again from the
    # whole split.
    old = [e for e in held if policy_corpus.round_of(e.family) <= 5]

    def held_set(name: str, part: list[policy_corpus.Example]) -> tuple[str, list[str], list[bool], list[str]]:
        return (name, [e.text for e in part], [bool(e.label) for e in part], [e.kind for e in part])

    sets.append(held_set("own held-out families", held))
    sets.append(held_set("own held-out families, rounds 1-5", old))
    # Each later round alone, then the split up to it (up to the last round: the whole split).
    for n, ordinal in ((6, "sixth"), (7, "seventh"), (8, "eighth"), (9, "ninth"), (10, "tenth"), (11, "eleventh")):
        alone = [e for e in held if policy_corpus.round_of(e.family) == n]
        sets.append(held_set(f"own held-out families, {ordinal} round only", alone))
        # Up to the eighth round (the reference the ninth and tenth rounds are compared on); the
        # whole split is the first set.
        if n < 9:
            upto = [e for e in held if policy_corpus.round_of(e.family) <= n]
            sets.append(held_set(f"own held-out families, rounds 1-{n}", upto))
    for split_name, part in ((", rounds 1-5", old), ("", held)):
        long_texts, long_labels = _long_inputs(part)
        sets.append(
            (f"own held-out{split_name}, long inputs (2.5-20 KB)", long_texts, long_labels, ["long"] * len(long_texts))
        )
        mid_texts, mid_labels = _long_inputs(part, 200, 1417, 1000, 5000)
        sets.append(
            (f"own held-out{split_name}, medium inputs (1-5 KB)", mid_texts, mid_labels, ["long"] * len(mid_texts))
        )
    cat_texts, cat_labels = _long_concatenations(old)
    sets.append(
        ("own held-out prompts concatenated (5-9 KB), rounds 1-5", cat_texts, cat_labels, ["long"] * len(cat_texts))
    )
    # The eleventh round (issue #14, branch j59: instructions addressed to the AI in data,
    # authority claims, indirect extraction, unfamiliar personas, obfuscated spelling, with benign
    # twins): not in ``policy_corpus.build()`` (the head was not fitted on it), reported alone, its
    # tuning families (the patterns were written with them in view) apart from its held-out ones.
    eleven_rows = eleven.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in eleven_rows if e.heldout == heldout]
        sets.append(held_set(f"own indirect and disguised set, {part_name} families", part))
    # The twelfth round (issue #14, branch j73: instructions hidden in code comments, strings,
    # JSON, configs and records, with benign twins of ordinary code, LLM-app source, JSON, configs
    # and security docs): not in ``policy_corpus.build()`` either, reported the same way.
    code_rows = twelve_code.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in code_rows if e.heldout == heldout]
        sets.append(held_set(f"own code and data set, {part_name} families", part))
    # The twelfth round (issue #14, branch j74: injections in e-mails, web pages, documents and
    # agent artifacts, with benign twins): not in ``policy_corpus.build()`` either, reported the
    # same way.
    web_rows = twelve_web.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in web_rows if e.heldout == heldout]
        sets.append(held_set(f"own mail, web and documents set, {part_name} families", part))
    # The thirteenth round (issue #14, branch j79: injections in agent hand-offs, JSON tool
    # results, tool descriptions and page markup, with benign twins): not in
    # ``policy_corpus.build()`` either, reported the same way.
    agent_rows = thirteen_agents.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in agent_rows if e.heldout == heldout]
        sets.append(held_set(f"own agents and tool results set, {part_name} families", part))
    # The thirteenth round (issue #14, branch j78: direct extraction, hijacking and jailbreak
    # personas in other people's wording, with benign twins of role-play, fiction, questions about
    # prompts, editing requests and preferences): not in ``policy_corpus.build()`` either,
    # reported the same way.
    direct_rows = thirteen_direct.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in direct_rows if e.heldout == heldout]
        sets.append(held_set(f"own direct attacks set, {part_name} families", part))
    # The fourteenth round (issue #14, branch j90: direct extraction through indirection, task
    # substitution, priority claims, fake turns, "grandma", "opposite day" and token games, with
    # benign twins of role-play, prompts about prompting, users changing their own task and
    # developers writing system prompts): not in ``policy_corpus.build()`` either, reported the
    # same way.
    fourteen_rows = fourteen_direct.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in fourteen_rows if e.heldout == heldout]
        sets.append(held_set(f"own direct attacks, round fourteen, {part_name} families", part))
    # The fourteenth round (issue #14, branch j91: injections in JSON of many shapes, configs,
    # CSV, XML, code, READMEs, issues, invites, PDF text, chats, mail and hidden web text, with
    # benign twins in the same carriers): not in ``policy_corpus.build()`` either, reported the
    # same way.
    carrier_rows = fourteen_carriers.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in carrier_rows if e.heldout == heldout]
        sets.append(held_set(f"own carriers set, {part_name} families", part))
    # The fifteenth round (issue #14, branch j96: hijacking and personas as a contest player or
    # prank-poster writes them, with benign twins of role-play and game masters, users changing
    # their own task, work mail with urgency and authority, and jailbreaks as a topic): not in
    # ``policy_corpus.build()`` either, reported the same way.
    fifteen_rows = fifteen_hijack.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in fifteen_rows if e.heldout == heldout]
        sets.append(held_set(f"own hijacking and personas, round fifteen, {part_name} families", part))
    # The sixteenth round (issue #14, branch j98: fake turns inline, conditional triggers, authority
    # claims and output hijacks, with benign twins of fixed formats, pasted transcripts, real
    # operators and admins, conditionals to people and texting): not in ``policy_corpus.build()``
    # either, reported the same way.
    sixteen_rows = sixteen_hijack.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in sixteen_rows if e.heldout == heldout]
        sets.append(held_set(f"own turns, triggers, authority and output hijacks, {part_name} families", part))
    # The eighteenth round (issue #14, branch j104: whole carriers, JSON responses, pages, mail,
    # source files and data files, with one attack sentence or one note to people inside):
    # not in ``policy_corpus.build()`` either, reported the same way.
    parts_rows = eighteen_parts.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in parts_rows if e.heldout == heldout]
        sets.append(held_set(f"own whole carriers set, {part_name} families", part))
    # Its part two (j104): the same carriers with attacks that name no AI and use no override
    # wording, and directions to people phrased the same way.
    subtle_rows = eighteen_subtle.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in subtle_rows if e.heldout == heldout]
        sets.append(held_set(f"own whole carriers, unaddressed, {part_name} families", part))
    # The nineteenth round (issue #14, branch j110): unaddressed requests to send data out or
    # to act (delete, transfer, approve, merge, disable checks) in carriers, with twins doing
    # the same verbs for real work.
    actions_rows = nineteen_actions.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in actions_rows if e.heldout == heldout]
        sets.append(held_set(f"own actions and exfiltration, {part_name} families", part))
    # The twentieth round (issue #14, branch j113): orders inside data about what the reader's
    # summary or answer should say, hide or recommend, with twins addressed to people.
    reader_rows = twenty_reader.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in reader_rows if e.heldout == heldout]
        sets.append(held_set(f"own orders to the reader, {part_name} families", part))
    # The twenty-third round (issue #14, branch j118): hijacking, personas and indirect
    # extraction in shapes the earlier direct rounds did not write (mid-prompt task switches,
    # fake end-of-input delimiters, translate-then-obey, "the previous was a test", completion
    # priming, dual answers, token games, grandma stories, spelling and encoding leaks), with
    # twins of role-play, fiction, teaching, system-prompt help, repeat games and translations.
    direct23_rows = twentythree_direct.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in direct23_rows if e.heldout == heldout]
        sets.append(held_set(f"own direct attacks, round twenty-three, {part_name} families", part))
    # Round twenty-one (j115): short attacks of the kinds the nearest-exemplar floor gained, and
    # benign twins of the shapes it confused (code output, quoted "access granted", notices).
    exemplar_rows = twentyone_exemplar.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in exemplar_rows if e.heldout == heldout]
        sets.append(held_set(f"own exemplar twins, round twenty-one, {part_name} families", part))
    # The twenty-second round (issue #14, branch j117): injections in structured carriers written
    # by the carriers' own rules (JSON escapes, JSON in JSON, HTML-safe JSON, YAML, TOML, INI, CSV,
    # XML, SQL, log lines, wrapped comments, docstrings, commits, diffs, notebooks), with twins of
    # API docs, config comments, TODOs, linter comments, prompt templates and error messages.
    structured_rows = twentytwo_structured.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in structured_rows if e.heldout == heldout]
        sets.append(held_set(f"own structured carriers, {part_name} families", part))
    # The twenty-fifth round (issue #14, branch j126): extraction, hijacking and personas in
    # voices the earlier direct rounds did not write (memos, gamers, lawyers, children,
    # screenplays, pseudo-code, tickets), with twins of role-play, fiction, teaching and one's own
    # prompts, configs and priorities; its tuning families feed the nearest-exemplar bank.
    direct25_rows = twentyfive_direct.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in direct25_rows if e.heldout == heldout]
        sets.append(held_set(f"own direct attacks, round twenty-five, {part_name} families", part))
    # The twenty-fifth round (issue #14, branch j127): indirect injections as another team plants
    # them (API responses with arrays of records and keys for AI, YAML, TOML, CSV, RSS, comments
    # in several languages, TODOs to AI assistants, hidden divs, alt text, meta tags, footers,
    # forwarded chains, signatures, quoted replies, calendar invites), with twins in the same
    # carriers: notes to people, real TODOs, setup steps and mail between colleagues.
    indirect25_rows = twentyfive_indirect.build()
    for heldout, part_name in ((False, "tuning"), (True, "held-out")):
        part = [e for e in indirect25_rows if e.heldout == heldout]
        sets.append(held_set(f"own indirect injections, round twenty-five, {part_name} families", part))
    # The twenty-sixth round (issue #14, branch j143): wholly held out, written to decide on the
    # exemplar floor's k-mean margin; direct and indirect attacks in new voices, hard benign
    # role-play, fiction, questions about AI, developer notes, security training and carried text.
    sets.append(held_set("own fresh set, round twenty-six, held-out families", twentysix_fresh.build()))
    return sets


#: The own sets whose per-category rows ``bench_injection`` prints, by name prefix, with the
#: script that wrote them (its attack and benign kinds).
_OWN_SET_KINDS: tuple[tuple[str, tuple[tuple[str, ...], tuple[str, ...]]], ...] = (
    ("own held-out families", (policy_corpus.ATTACK_KINDS, policy_corpus.BENIGN_KINDS)),
    ("own indirect and disguised set", (eleven.ATTACK_KINDS, eleven.BENIGN_KINDS)),
    ("own code and data set", (twelve_code.ATTACK_KINDS, twelve_code.BENIGN_KINDS)),
    ("own mail, web", (twelve_web.ATTACK_KINDS, twelve_web.BENIGN_KINDS)),
    ("own agents and tool results", (thirteen_agents.ATTACK_KINDS, thirteen_agents.BENIGN_KINDS)),
    ("own direct attacks set", (thirteen_direct.ATTACK_KINDS, thirteen_direct.BENIGN_KINDS)),
    ("own direct attacks, round fourteen", (fourteen_direct.ATTACK_KINDS, fourteen_direct.BENIGN_KINDS)),
    ("own carriers set", (fourteen_carriers.ATTACK_KINDS, fourteen_carriers.BENIGN_KINDS)),
    ("own hijacking and personas, round fifteen", (fifteen_hijack.ATTACK_KINDS, fifteen_hijack.BENIGN_KINDS)),
    (
        "own turns, triggers, authority and output hijacks",
        (sixteen_hijack.ATTACK_KINDS, sixteen_hijack.BENIGN_KINDS),
    ),
    ("own whole carriers set", (eighteen_parts.ATTACK_KINDS, eighteen_parts.BENIGN_KINDS)),
    ("own whole carriers, unaddressed", (eighteen_subtle.ATTACK_KINDS, eighteen_subtle.BENIGN_KINDS)),
    ("own actions and exfiltration", (nineteen_actions.ATTACK_KINDS, nineteen_actions.BENIGN_KINDS)),
    ("own orders to the reader", (twenty_reader.ATTACK_KINDS, twenty_reader.BENIGN_KINDS)),
    (
        "own direct attacks, round twenty-three",
        (twentythree_direct.ATTACK_KINDS, twentythree_direct.BENIGN_KINDS),
    ),
    ("own exemplar twins", (twentyone_exemplar.ATTACK_KINDS, twentyone_exemplar.BENIGN_KINDS)),
    ("own structured carriers", (twentytwo_structured.ATTACK_KINDS, twentytwo_structured.BENIGN_KINDS)),
    ("own direct attacks, round twenty-five", (twentyfive_direct.ATTACK_KINDS, twentyfive_direct.BENIGN_KINDS)),
    (
        "own indirect injections, round twenty-five",
        (twentyfive_indirect.ATTACK_KINDS, twentyfive_indirect.BENIGN_KINDS),
    ),
    ("own fresh set, round twenty-six", (twentysix_fresh.ATTACK_KINDS, twentysix_fresh.BENIGN_KINDS)),
)


def bench_injection() -> None:
    head = shipped_head()
    det = InjectionDetector()
    patterns = InjectionDetector(semantic=False)
    sets = injection_sets()
    print(
        "### Prompt injection: detection vs false positives\n\n"
        "`@x% FPR`: threshold set on that set's own benign texts (the curve). `shipped`: the "
        "calibrated sensitivity levels as shipped (thresholds fixed at training), detection / "
        "false positives.\n"
    )
    out = []
    per_kind_sets: dict[str, list[list[Any]]] = {}
    for name, texts, labels, kinds in sets:
        t0 = time.perf_counter()
        model = anyio.run(det.scores, texts)
        secs = time.perf_counter() - t0
        pat = [patterns.heuristic_score(t) for t in texts]
        for label, scores, thresholds in (
            ("head + patterns", model, head.thresholds),
            ("patterns only", pat, head.pattern_thresholds),
        ):
            curve = [f"{_rate_at_fpr(scores, labels, f)[0]:.1%}" for f in (0.001, 0.01, 0.05)]
            shipped = []
            for lvl in SENSITIVITIES:
                d, fp = _at(scores, labels, thresholds[lvl])
                shipped.append(f"{d:.1%} / {fp:.1%}")
            n_pos = sum(labels)
            out.append([name, label, f"{n_pos}/{len(labels) - n_pos}", *curve, *shipped])
        print(f"_{name}: scored {len(texts)} texts in {secs:.1f} s_\n")
        kinds_of = next((k for prefix, k in _OWN_SET_KINDS if name.startswith(prefix)), None)
        if kinds_of is not None:
            attack_kinds, benign_kinds = kinds_of
            per_kind = per_kind_sets.setdefault(name, [])
            for kind in attack_kinds + benign_kinds:
                ks = [s for s, k in zip(model, kinds, strict=False) if k == kind]
                flagged = sum(s + _EPS >= head.thresholds["1%"] for s in ks)
                what = "detected" if kind in attack_kinds else "flagged (false positive)"
                per_kind.append([kind, len(ks), f"{flagged / max(1, len(ks)):.1%} {what}"])
    _table(
        ["set", "detector", "attacks/benign", "@0.1% FPR", "@1% FPR", "@5% FPR"]
        + [f"shipped {lvl}" for lvl in SENSITIVITIES],
        out,
    )
    for name, per_kind in per_kind_sets.items():
        print(f"### {name[0].upper()}{name[1:]} by category, at the default sensitivity (1%)\n")
        _table(["category", "texts", "result"], per_kind)


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


def _varied_prompt(i: int) -> str:
    """:func:`_prompt` with a number in every sentence, so every window of it is new too."""
    parts = re.split(r"(?<=[.;?])\s+", _prompt(i))
    return " ".join(f"{p} ({i}/{k})" for k, p in enumerate(parts))[:1024]


def _on_topic_prompt(i: int) -> str:
    """:func:`_varied_prompt` with a question on the bench's denied ``medical`` topic in its
    middle: the topic rule's prompt that must be read (the plain one is on neither topic)."""
    question = (
        f"By the way, I have had a fever and a sore throat for {i % 9 + 2} days and my knee {i} swells up; "
        "which illness could that be? "
    )
    v = _varied_prompt(i)
    return (v[:450] + " " + question + v[450:])[:1024]


def _policies(kind: str, reading: str = "windows") -> list[Policy]:
    rules: list[dict[str, Any]]
    if kind == "injection":
        # The learned injection detector alone (static embedding + n-grams + patterns).
        rules = [{"name": "injection", "detector": {"type": "injection"}, "action": "block"}]
    elif kind == "topics":
        # A semantic topic rule (the MiniLM embedder).
        rules = [
            {
                "name": "topics",
                "action": "flag",
                "detector": {
                    "type": "topics",
                    "reading": reading,
                    "deny": {
                        "medical": ["medical diagnosis of symptoms", "which illness do I have"],
                        "legal": "legal advice about our litigation",
                    },
                },
            },
        ]
    else:
        rules = [
            {"name": "pii", "detector": {"type": "pii"}, "action": "redact"},
            {"name": "secrets", "detector": {"type": "secrets"}, "action": "block"},
            {"name": "injection", "detector": {"type": "injection", "semantic": False}, "action": "block"},
            {
                "name": "codenames",
                "detector": {"type": "keywords", "keywords": [f"codename{i}" for i in range(5000)]},
                "action": "block",
            },
            {"name": "tickets", "detector": {"type": "regex", "pattern": r"\bSEC-\d{4,}\b"}, "action": "flag"},
        ]
    return [Policy.model_validate({"name": "bench", "rules": rules})]


def _tool_result(i: int, kb: int = 20) -> str:
    """About ``kb`` KB of a distinct ordinary JSON tool result."""
    rows = [
        f'{{"order": {i * 1000 + j}, "status": "shipped", "total": {j * 3.25:.2f}, '
        f'"note": "Leave the parcel with the neighbour if nobody is home, ref {i}-{j}."}}'
        for j in range(kb * 1024 // 110)
    ]
    return '{"results": [' + ",\n".join(rows) + "]}"


async def _time_inspect(
    engine: PolicyEngine,
    n: int,
    unique: bool,
    concurrency: int = 1,
    base: int = 0,
    kb: int = 1,
    varied: bool = False,
    on_topic: bool = False,
) -> list[float]:
    """Per-call times of ``n`` calls, ``concurrency`` of them in flight at once (1 KB prompts,
    ``varied`` ones with a number in every sentence, ``on_topic`` ones with a question on the
    bench's denied topic, or tool results of ``kb`` KB)."""
    who = Principal("bench", "api_key", department="engineering")
    times: list[float] = []

    async def worker(k: int) -> None:
        for i in range(k, n, concurrency):
            j = base + i if unique else 0
            if kb != 1:
                text = _tool_result(j, kb)
            else:
                text = _on_topic_prompt(j) if on_topic else _varied_prompt(j) if varied else _prompt(j)
            t0 = time.perf_counter()
            await engine.inspect(who, "chat_input", [text])
            times.append((time.perf_counter() - t0) * 1000)
            # A request boundary, as in a server: see :func:`_time_detector`.
            await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as tg:
        for k in range(concurrency):
            tg.start_soon(worker, k)
    return times


async def _time_detector(
    det: InjectionDetector,
    n: int,
    concurrency: int,
    base: int,
    texts: Sequence[str] = (),
    every_window: bool = False,
) -> list[float]:
    """Per-call times of ``det.adetect`` on ``n`` distinct 1 KB prompts (or on ``texts`` in
    turn), ``concurrency`` in flight. ``every_window``: ``det.scores`` instead, which has MiniLM
    read every picked window (``adetect`` skips the passes that cannot flag the text)."""
    times: list[float] = []

    async def worker(k: int) -> None:
        for i in range(k, n, concurrency):
            # Each call a text of its own: the embedder and the featuriser keep recent texts.
            text = f"({base + i}) {texts[i % len(texts)]}" if texts else _prompt(base + i)
            t0 = time.perf_counter()
            await (det.scores([text]) if every_window else det.adetect([text]))
            times.append((time.perf_counter() - t0) * 1000)
            # A request boundary, as in a server, where each request is a task of its own and the
            # event loop reads the network between them. Without it a worker whose calls never
            # suspend (a prompt whose MiniLM pass is skipped runs inline from start to end) ran
            # its next calls back to back, and a caller whose MiniLM pass had ended waited for
            # all of them: measured at concurrency 4 on the ordinary past-gate prompts, the
            # event loop held for 190-320 ms at a stretch, the whole of the 120-330 ms p99,
            # while the other workers' p50 showed one call alone (about the c=1 time).
            await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as tg:
        for k in range(concurrency):
            tg.start_soon(worker, k)
    return times


@dataclasses.dataclass(frozen=True)
class _Timed:
    """One latency row's calls: their times and what the process's CPU says about them."""

    times: list[float]  # per call, ms
    cpu_ms: float  # this process's CPU (every thread: event loop and encoder lanes) per call, ms
    cores: float  # that CPU over the row's wall time: how many cores the process got

    def row(self, what: str, conc: int, target: str, digits: int = 2) -> list[Any]:
        return [
            what,
            conc,
            f"{statistics.median(self.times):.{digits}f} ms",
            f"{np.percentile(self.times, 99):.{digits}f} ms",
            f"{self.cpu_ms:.{digits}f} ms",
            f"{self.cores:.2f}",
            target,
        ]


def _timed(fn: Callable[..., Awaitable[list[float]]], *args: Any) -> _Timed:
    """``anyio.run(fn, *args)`` (a ``_time_*`` loop) with the process's CPU over it.

    On the shared 2-core box the kernel splits the cores evenly between busy sessions
    (``/proc/sys/kernel/sched_autogroup_enabled`` is 1, each shell its own group), not between
    threads: with four other busy groups this process gets ~0.4 of a core whether it runs one
    thread or three, so concurrency 4 gains no throughput over 1 and its p50 is ~4x the
    concurrency-1 time (docs/policy.md, "Why concurrency 4 looked serial"). ``cores`` shows
    what a row got; ``cpu_ms`` is what a call costs whatever the load: on two free cores the
    p50 at concurrency 4 is at least about twice it."""
    # process_time: every thread's CPU (os.times ticks at 10 ms)
    before, start = time.process_time(), time.perf_counter()
    times = anyio.run(fn, *args)
    wall, cpu = time.perf_counter() - start, time.process_time() - before
    return _Timed(times, cpu * 1000 / max(1, len(times)), cpu / wall if wall > 0 else 0.0)


def _free_cores(seconds: float = 0.5) -> float:
    """The cores two GIL-free threads (numpy matrix products) get for ``seconds``: what any
    process could get now. When a concurrency-4 row's ``cores used`` is about this, the row was
    held back by the box's share, not by the GIL or the embedder's lanes."""
    import threading

    a = np.random.default_rng(0).random((256, 256), dtype=np.float32)
    stop = time.perf_counter() + seconds

    def spin() -> None:
        while time.perf_counter() < stop:
            a @ a

    threads = [threading.Thread(target=spin) for _ in range(2)]
    before, start = time.process_time(), time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return (time.process_time() - before) / (time.perf_counter() - start)


def _past_gate(det: InjectionDetector, label: int) -> list[str]:
    """The texts of 0.7-1.4 KB of the dev and shared training sets with this label (0: benign,
    1: attacks) whose first stage is past the gate: prompts the sentence stage is asked about."""
    import policy_data

    det.load()
    stage2 = shipped_head().stage2
    rows = [
        r for r in policy_data.dev() + policy_data.shared_train() if r.label == label and 700 <= len(r.text) <= 1400
    ]
    texts = [r.text for r in rows]
    all_ws = anyio.run(det.window_scores, texts)
    return [
        t for t, ws in zip(texts, all_ws, strict=True) if stage2 is not None and stage2.gated(max(w[2] for w in ws))
    ]


def bench_latency(embedder: Embedder) -> None:
    load = os.getloadavg()
    free = _free_cores()
    rows = []
    empty = PolicyEngine(embedder, b"k" * 32)
    r = _timed(_time_inspect, empty, 2000, False)
    rows.append(
        [
            "no policy (fast path)",
            1,
            f"{statistics.median(r.times) * 1000:.1f} µs",
            f"{np.percentile(r.times, 99) * 1000:.1f} µs",
            "-",  # ``anyio.run``'s start-up is most of the process's CPU here
            "-",
            "well under 0.1 ms",
        ]
    )
    regex = PolicyEngine(embedder, b"k" * 32)
    regex.set_policies(_policies("patterns"))
    for conc, base in ((1, 0), (4, 10_000)):
        r = _timed(_time_inspect, regex, 1000, True, conc, base)
        rows.append(
            r.row(
                "pattern detectors: PII + secrets + injection patterns + 5,000 keywords + regex",
                conc,
                "<0.5 ms",
                3,
            )
        )
    injection = PolicyEngine(embedder, b"k" * 32)
    injection.set_policies(_policies("injection"))
    for d in injection.policy_set.to_warm:
        d.load()
    anyio.run(_time_inspect, injection, 20, True, 1, 50_000)
    for conc, base in ((1, 100_000), (4, 200_000)):
        r = _timed(_time_inspect, injection, 400, True, conc, base)
        rows.append(
            r.row(
                "semantic injection detector (shipped default: first stage only, the prompt is under the gate)",
                conc,
                "<=15 ms",
            )
        )
    # The cascade's worst case: the same prompts with the gate at 0, so every one goes on to
    # MiniLM (in traffic only texts past the gate do: see docs/policy.md).
    stage2 = shipped_head().stage2
    if stage2 is not None:

        def past_gate(**change: int) -> InjectionDetector:
            head = dataclasses.replace(shipped_head(), stage2=dataclasses.replace(stage2, gate=0.0, **change))
            det = InjectionDetector(head=head, embedder=embedder)
            det.load()
            return det

        # Baseline in the same run: MiniLM reading the whole 1 KB window (what served before
        # the shorter windows; same head and encoder, only what MiniLM reads differs). Timed
        # through ``scores``, which reads every picked window: the cost of a prompt whose MiniLM
        # pass could flag it (an attack); with the gate at 0 the bench's ordinary prompt is not
        # one, and ``adetect`` would skip its pass.
        configs = [(past_gate(), f"MiniLM reads the best {stage2.sub_chars}-character window", 0)]
        if stage2.sub_chars:
            configs.append((past_gate(sub_chars=0), "baseline: MiniLM reads the whole 1 KB window", 50_000))
        for det, what, offset in configs:
            for conc, base in ((1, 600_000), (4, 700_000)):
                r = _timed(_time_detector, det, 100, conc, base + offset, (), True)
                rows.append(
                    r.row(
                        f"semantic injection detector, every prompt past the gate and read by MiniLM (first stage "
                        f"+ one MiniLM pass, {embedder.variant}; {what})",
                        conc,
                        "<=15 ms" if offset == 0 else "-",
                    )
                )
        # Ordinary prompts that are past the shipped gate: the shipped detector (1%) skips the
        # MiniLM pass of a window whose ceiling cannot reach the level (most of them).
        for label, kind in ((0, "ordinary"), (1, "attack")):
            texts = _past_gate(InjectionDetector(embedder=embedder), label)[:120]
            for conc, base in ((1, 900_000), (4, 910_000)):
                # An encoder of the pass's own: the parts MiniLM reads are the same texts in both
                # passes, and the shared one would answer the second from its recent-text cache.
                own = Embedder(delta=ENCODER_FILE, delta_sha256=stage2.encoder) if stage2.encoder else None
                shipped = InjectionDetector(embedder=embedder, sentence_embedder=own)
                shipped.load()
                r = _timed(_time_detector, shipped, len(texts), conc, base, texts)
                rows.append(
                    r.row(
                        f"semantic injection detector (shipped, 1%), {kind} 0.7-1.4 KB prompts past the gate "
                        f"({len(texts)} texts of the dev and shared training sets, each once)",
                        conc,
                        "<=15 ms",
                    )
                )
    r = _timed(_time_inspect, injection, 20, True, 1, 500_000, 20)
    rows.append(
        r.row(
            "semantic injection detector, a 20 KB tool result (~70 windows, first stage only)",
            1,
            "-",
            1,
        )
    )
    # Topic rules: the shipped reading (MiniLM reads each topic's best 200-character window,
    # picked by the static encoder) against the previous one (MiniLM reads every 1,000-character
    # window), same run, same prompts. The prompts vary in every sentence: with windows, a
    # prompt that differs only in its first line would be answered from the embedder's
    # recent-text cache for the rest.
    for reading, what, target in (
        (
            "windows",
            "MiniLM reads each topic's best 200-character window, picked by the static encoder, "
            "less the denied topics under the static gate",
            "<=15 ms",
        ),
        ("whole", "baseline: MiniLM reads the whole 1 KB window (as before)", "-"),
    ):
        topics = PolicyEngine(embedder, b"k" * 32)
        topics.set_policies(_policies("topics", reading))
        embedder.load()
        for d in topics.policy_set.to_warm:
            d.load()
        offset = 0 if reading == "windows" else 50_000
        anyio.run(_time_inspect, topics, 4, True, 1, 800_000 + offset, 1, True)  # warm the topic vectors
        for conc, base in ((1, 300_000), (4, 400_000)):
            r = _timed(_time_inspect, topics, 40, True, conc, base + offset, 1, True)
            rows.append(
                r.row(
                    f"semantic topics: 2 denied topics ({what})",
                    conc,
                    target,
                )
            )
        if reading == "windows":
            # The prompt above is on neither topic (the static gate skips its ``legal`` pass; its
            # ``medical`` window is above the gate): a prompt on a topic must be read.
            for conc, base in ((1, 320_000), (4, 420_000)):
                r = _timed(_time_inspect, topics, 40, True, conc, base, 1, True, True)
                rows.append(
                    r.row(
                        f"semantic topics: 2 denied topics, a prompt on one of them ({what})",
                        conc,
                        target,
                    )
                )
    # The model's own time for the same text, measured in the same run: what the semantic
    # rows cost beyond it is the engine's.
    baseline = Embedder(variant="fp32")
    baseline.load()
    for emb in (embedder, baseline):
        raw = []
        for i in range(20):
            t0 = time.perf_counter()
            emb.embed_sync([_prompt(10_000 + i)])
            raw.append((time.perf_counter() - t0) * 1000)
        rows.append(
            [
                f"(reference) one all-MiniLM-L6-v2 embedding of the 1 KB text ({emb.backend} {emb.variant})",
                1,
                f"{statistics.median(raw):.2f} ms",
                f"{np.percentile(raw, 99):.2f} ms",
                "-",
                "-",
                "-",
            ]
        )
    print(
        "### Policy time per 1 KB prompt (engine.inspect, one text, distinct texts so the "
        f"embedding cache does not help). Shared 2-core machine, load average "
        f"{load[0]:.1f} / {os.getloadavg()[0]:.1f} at start / end: times are pessimistic. CPU per "
        "call: this process's CPU (event loop and encoder lanes) per call; cores used: that CPU over "
        "the row's wall time. The kernel shares the cores between busy sessions, not threads, so under "
        "load concurrency 4 gets no more cores than 1 (docs/policy.md); on two free cores its p50 is "
        "at least about twice the CPU per call. Two GIL-free threads (numpy) got "
        f"{free:.2f} / {_free_cores():.2f} cores at start / end.\n"
    )
    _table(["policies", "concurrency", "p50", "p99", "CPU per call", "cores used", "target"], rows)


def bench_topics(embedder: Embedder) -> None:
    """Topic rules, shipped reading against the previous one, on our own topic set
    (``scripts/topic_corpus.py``: eight denied topics; short prompts on them, near-misses,
    ordinary prompts, 1 KB prompts with one topic paragraph or none). Every (prompt, topic)
    pair is one decision at the default threshold (0.3)."""
    cases = topic_corpus.build()
    dets = {
        reading: TopicDetector(embedder, deny=topic_corpus.TOPICS, reading=reading) for reading in ("whole", "windows")
    }
    for d in dets.values():
        d.load()
    found: dict[str, list[set[str]]] = {}
    for reading, det in dets.items():
        t0 = time.perf_counter()
        got = anyio.run(det.adetect, [c.text for c in cases])
        found[reading] = [{m.entity.removeprefix("TOPIC:") for m in ms} for ms in got]
        print(f"_topics, reading {reading}: {len(cases)} prompts in {time.perf_counter() - t0:.1f} s_\n")
    names = list(topic_corpus.TOPICS)
    rows = []
    for split, held in (("tuning", False), ("held out", True)):
        idx = [i for i, c in enumerate(cases) if c.heldout == held]
        kinds = list(dict.fromkeys(cases[i].kind for i in idx))
        for kind in [*kinds, "all"]:
            part = [i for i in idx if kind in ("all", cases[i].kind)]
            row: list[Any] = [split, kind, len(part)]
            for reading in ("whole", "windows"):
                pos = [(i, n) for i in part for n in cases[i].topics]
                neg = [(i, n) for i in part for n in names if n not in cases[i].topics]
                hit = sum(n in found[reading][i] for i, n in pos)
                fp = sum(n in found[reading][i] for i, n in neg)
                right = sum((n in found[reading][i]) == (n in cases[i].topics) for i in part for n in names)
                row += [
                    f"{hit}/{len(pos)}" if pos else "-",
                    f"{fp / len(neg):.2%}" if neg else "-",
                    f"{right / (len(part) * len(names)):.1%}",
                ]
            same = sum((n in found["whole"][i]) == (n in found["windows"][i]) for i in part for n in names)
            rows.append(row + [f"{same / (len(part) * len(names)):.1%}"])
    print(
        "### Topic rules: the shipped reading (`windows`) against the previous one (`whole`)\n\n"
        "Our own topic set (`scripts/topic_corpus.py`), eight denied topics, threshold 0.3. A row "
        "counts (prompt, topic) pairs: found = pairs of a prompt on that topic flagged; false "
        "positives = share of the other pairs flagged; accuracy = pairs decided as labelled; "
        "agreement = pairs the two readings decide alike. The window size was chosen on the "
        "tuning split; the held-out split was not looked at.\n"
    )
    _table(
        [
            "split",
            "prompts",
            "n",
            "whole: found",
            "whole: false pos.",
            "whole: accuracy",
            "windows: found",
            "windows: false pos.",
            "windows: accuracy",
            "agreement",
        ],
        rows,
    )


def bench_pii_chat() -> None:
    """The fifth PII set (``scripts/pii_chat.py``): what people paste into an assistant (chats,
    exports, JSON/YAML payloads, SMS, forms in other languages); tuning and held-out families."""
    messages = pii_chat.build()
    parts = [pii_rounds.evaluate([m for m in messages if m.heldout == held]) for held in (False, True)]
    promised = sorted({e for rep in parts for e in rep.recall} - {pii_rounds.UNPROMISED})
    rows = _recall_rows(promised, [rep.recall for rep in parts])
    unpromised = _recall_rows([pii_rounds.UNPROMISED], [rep.recall for rep in parts])[0]
    rows.append([*unpromised[:-1], "-"])
    rows.append(_share_row("look-alike spans flagged as anything", [rep.look_total() for rep in parts]))
    _print_split(
        f"### PII in chat pastes (`scripts/pii_chat.py`, {len(messages)} messages of {len(pii_chat.FAMILIES)} "
        "families: support chats, CSV/TSV exports, JSON/YAML payloads, SMS, logs, .env files, forms in Spanish, "
        "Portuguese, Dutch, Polish, Swedish, Italian, romaji and Hindi-English; phones of 17 countries; "
        f"look-alikes in {len(pii_chat.LOOKS)} categories incl. checksum failures). Written before reading the "
        "detector; held-out families (`HELDOUT`) were run once before and once after the tuning. "
        f"{pii_rounds.UNPROMISED} = PESEL, BSN, CPF, personnummer.\n",
        rows,
        [rep.looks for rep in parts],
    )


def bench_pii_lookalikes_new() -> None:
    """The sixth PII set (``scripts/pii_lookalikes_new.py``): look-alike categories no earlier set
    has, split by category into a tuning half and a held-out half, with promised PII beside them."""
    messages = pii_lookalikes_new.build()
    _print_round(
        f"### PII look-alikes of new kinds (`scripts/pii_lookalikes_new.py`, {len(messages)} messages: "
        f"{len(pii_lookalikes_new.CATEGORIES)} categories such as company/tax numbers with real check digits "
        "(ABN, CNPJ, SIRET, partita IVA, REGON, CVR, orgnr, CUIT), meeting IDs, one-time codes, .env values, "
        "patents, court cases, drug codes, meters, tariffs, loyalty numbers, gift-card PINs, ISINs, in 9 "
        "languages, with phones, accounts, IBANs, SSNs and e-mails next to their words). Held-out categories "
        "(CRC-32 odd) were run once on main before the rule changes and once after.\n",
        messages,
    )


def bench_pii_sixth() -> None:
    """The blind set of business documents (``scripts/pii_sixth.py``): tickets, logs, stack
    traces, CSV exports, invoices, receipts, pharmacy/GP notes, shipping notices, HR forms and
    chats in six languages; every 4th family held out."""
    messages = pii_sixth.build()
    _print_round(
        f"### PII in business documents (`scripts/pii_sixth.py`, {len(messages)} documents of "
        f"{len(pii_sixth.FAMILIES)} kinds: tickets, logs, stack traces, CI logs, CSV/TSV exports, invoices, "
        "receipts, pharmacy and GP notes, shipping notices, HR forms, chats in German, French, Spanish, "
        "Italian, Dutch and Portuguese; phones of 22 countries; look-alikes in "
        f"{len(pii_sixth.LOOKS)} categories such as tracking, NDC, Rx, container and loyalty numbers, IMEIs, "
        "ISBNs, epoch timestamps and checksum failures). Written before reading the detector's rules; "
        "held-out families (every 4th) were run once, at the end.\n",
        messages,
    )
    after = pii_rounds.evaluate(pii_sixth.build_after())
    recall = ", ".join(f"{e} {f}/{t}" for e, (f, t) in after.recall.items())
    flagged, total = after.look_total()
    print(
        "Check written after the rule changes (`pii_sixth.build_after`, five more document kinds; its first "
        f"run led to two fixes, see docs/policy.md): {recall}; {flagged} of {total} look-alike spans flagged.\n"
    )


def bench_pii_seventh() -> None:
    """The seventh PII set (``scripts/pii_seventh.py``): phones of 30 countries as people write
    them and the numbers that look like them (dates, times, ranges, patents, standards, sort
    codes, NHS-shaped numbers failing mod 11 ...); every 4th family held out."""
    messages = pii_seventh.build()
    _print_round(
        f"### Phones and their look-alikes (`scripts/pii_seventh.py`, {len(messages)} documents of "
        f"{len(pii_seventh.FAMILIES)} kinds: signatures, letterheads, contact tables and lists, chats, "
        "schedules, listings, invites, itineraries, statements, logs; phones of "
        f"{len(pii_seventh.COUNTRIES)} countries with the phone words of 18 languages, validated by "
        f"`phonenumbers`; look-alikes in {len(pii_seventh.LOOKS)} categories: dates and times in every "
        "layout, date/time/year ranges, versions, amounts, measurements, patents, standards, sort codes, "
        "tax numbers, NHS-shaped numbers failing mod 11). Written before reading the phone rules; "
        "held-out families (every 4th) were read at the end only (main and this detector, 00:14 UTC; the final code, 00:22 UTC).\n",
        messages,
    )


def bench_pii_eighth() -> None:
    """The eighth PII set (``scripts/pii_eighth.py``): phones of 49 regions in international
    layouts (trunk ``(0)``, ``00`` / ``011`` exits, extensions, keypad letters, dial strings,
    wrapped lines, country-code cells, messaging apps) beside cards, IBANs, SSN, NHS and
    national ids, and many look-alikes; every 4th family held out."""
    messages = pii_eighth.build()
    _print_round(
        f"### Phones of the world and their look-alikes (`scripts/pii_eighth.py`, {len(messages)} documents of "
        f"{len(pii_eighth.FAMILIES)} kinds; phones of {len(pii_eighth.STYLES)} regions validated by "
        f"`phonenumbers`, look-alikes in {len(pii_eighth.LOOKS)} categories: patents, timestamps, versions, "
        "coordinates, ISBNs, IMEIs, meeting ids, company registers, amounts, ranges, check-digit failures). "
        "Written before reading the rules; the held-out families were read once, after which phone words "
        "of three of them were added (2026-12-07, branch j50): the held-out phone figure is no longer blind.\n",
        messages,
    )


def bench_pii_eleventh() -> None:
    """The eleventh PII set (``scripts/pii_eleventh.py``): business paperwork and tool results
    (mail headers and signatures, tickets, logs, CSV/JSON exports, invoices, statements, clinic,
    insurance and HR letters, delivery addresses) with many look-alikes; every 5th family held
    out."""
    messages = pii_eleventh.build()
    _print_round(
        f"### PII in business paperwork and tool results (`scripts/pii_eleventh.py`, {len(messages)} documents "
        f"of {len(pii_eleventh.FAMILIES)} kinds: mail headers, signatures and delivery addresses of 14 countries "
        "with no phone word, tickets, access and app logs, CSV/JSON exports, invoices with bank details, shipping "
        "notices, UK clinic and US insurance letters, HR forms and payroll exports, US and EU bank statements, "
        "16-digit cards in odd groupings with no card word, EINs beside SSN words; look-alikes such as "
        "Message-IDs, order, tracking and invoice numbers, versions, ISBNs, coordinates, Unix times, hashes, "
        "NPIs, BICs, creditor ids, masked numbers and checksum failures). Written before reading the "
        "detector's rules (2026-12-07, branch j62); held-out families (every 5th) read once, at the end.\n",
        messages,
    )


def bench_pii_twelfth() -> None:
    """The twelfth PII set (``scripts/pii_twelfth.py``): labels that do not say what the number
    beside them is (denied, contrasted or alternative labels, another entity's label, table
    headers) and unusual groupings of cards, IBANs and accounts; every 5th family held out."""
    messages = pii_twelfth.build()
    _print_round(
        f"### PII under labels that say something else (`scripts/pii_twelfth.py`, {len(messages)} documents "
        f"of {len(pii_twelfth.FAMILIES)} kinds: W-9 and 1099 instructions, tax and payroll help-desk chats "
        "with EINs beside denied or alternative SSN words, vendor masters and payroll sheets whose headers "
        "name the columns, KYC e-mails and trackers, contracts, chats mixing languages, international "
        "contact lists of numbers valid in two schemes, cards in 2-4-4-6 / 3-4-4-5 / 6-4-6 groupings, "
        "IBANs in pairs, dashes, lower case or wrapped; look-alikes such as EINs, NPIs, SSN-shaped claim "
        "numbers, Luhn-valid tracking and gift-card ids, hospital numbers, OMB and catalogue numbers). "
        "Written before changing the detector (2026-12-07, branch j63); held-out families (every 5th) "
        "read once, at the end.\n",
        messages,
    )


def bench_pii_thirteenth() -> None:
    """The thirteenth PII set (``scripts/pii_thirteenth.py``): valid phones in every printed
    layout and place, negated and offered labels, and look-alikes beside PII words; every 5th
    family held out."""
    messages = pii_thirteenth.build()
    _print_round(
        f"### Phones as printed, and numbers beside PII words (`scripts/pii_thirteenth.py`, {len(messages)} "
        f"documents of {len(pii_thirteenth.FAMILIES)} kinds: signatures, Markdown and `|` tables, TSV exports, "
        "dial strings, multi-country office lists, forwarded SMS, sentences of 18 regions; phones parsed back "
        f"by `phonenumbers` in {len(pii_thirteenth.LAYOUTS)} layouts (without `+`, `00` / `011` exits, `(0)` "
        "trunk, bracketed or slashed area codes, dots, extensions); negated and offered labels; look-alikes "
        "such as phone-shaped order, ticket and case numbers, tracking and invoice numbers, versions, "
        "timestamps, OIDs, coordinates, ISBNs, part numbers, amounts, meeting ids). Written before changing "
        "the detector (2026-12-07, branch j75); held-out families (every 5th) read once, at the end.\n",
        messages,
    )


def bench_pii_fourteenth() -> None:
    """The fourteenth PII set (``scripts/pii_fourteenth.py``): phones of regions and in layouts no
    earlier set used, other validated entities in new places, look-alikes beside them; every 5th
    family held out."""
    messages = pii_fourteenth.build()
    _print_round(
        f"### Phones of other regions in layouts nobody tuned on (`scripts/pii_fourteenth.py`, {len(messages)} "
        f"documents of {len(pii_fourteenth.FAMILIES)} kinds: quoted CSV, JSON, YAML, vCards, `tel:` links, log "
        f"lines, SMS-gateway exports, signatures, chat lines; phones of {len(pii_fourteenth.REGIONS)} regions in "
        f"{len(pii_fourteenth.STYLES)} layouts such as random digit groups, no-break and thin spaces, en dashes, "
        "`+CC/`, `(0)` inserts, vanity letters, extensions of nine spellings; cards, IBANs, SSNs and NHS numbers "
        "in new layouts; look-alikes such as EINs in a TIN column, ids in URLs, ISBN-10s, epoch timestamps, "
        "checksum failures and never-issued SSNs). Written before changing the detector (2026-12-07, branch "
        "j93); held-out families (every 5th) read once, at the end.\n",
        messages,
    )


def bench_pii_fifteenth() -> None:
    """The fifteenth PII set (``scripts/pii_fifteenth.py``): US SSNs in contexts and layouts no
    earlier set used, reference-number look-alikes in the same places; every 5th family held out,
    and two blind checks written after rule changes."""
    messages = pii_fifteenth.build()
    _print_round(
        f"### US SSNs in contexts nobody tuned on (`scripts/pii_fifteenth.py`, {len(messages)} documents of "
        f"{len(pii_fifteenth.FAMILIES)} kinds: HR and payroll records, W-2 and 1099 boxes, 1040 headers, "
        "medical intake, loan forms, CSV / JSON / YAML / XML / Markdown tables, key=value logs, e-mails and "
        "chats; SSNs dashed, spaced, dotted, undashed, with en dashes, under 'SS#', 'soc sec no.', 'SSN/TIN', "
        "'taxpayer id', identifier keys; ITINs under ITIN labels count as US_SSN; look-alikes such as "
        "booking / PNR codes, order and tracking numbers, valid 3-2-4 references under their own label, ZIP+4, "
        "extensions, EINs, never-issued and masked SSNs). Written before changing the detector (2026-12-07, "
        "branch j94); held-out families (every 5th) read once, at the end.\n",
        messages,
    )
    for title, blind in (("build_after", pii_fifteenth.build_after()), ("build_after2", pii_fifteenth.build_after2())):
        print(f"Check `pii_fifteenth.{title}` (see its comment): {_check_figures(blind, 'US_SSN', 'SSNs')}.\n")


def bench_pii_sixteenth() -> None:
    """The sixteenth PII set (``scripts/pii_sixteenth.py``): every validated entity in chats, forms,
    records, tickets, logs, data formats, signatures, OCR'd scans and tables of several countries,
    look-alikes in the same places; every 5th family held out, and a blind check written after the
    rule changes."""
    messages = pii_sixteenth.build()
    _print_round(
        f"### Every validated entity where people paste it (`scripts/pii_sixteenth.py`, {len(messages)} documents "
        f"of {len(pii_sixteenth.FAMILIES)} kinds: team chats, web forms, UK HR and NHS records, US intake and "
        "payroll, tickets, logs, CSV / JSON / YAML, signatures, OCR'd scans with doubled gaps and spaced dashes, "
        f"Markdown tables; phones of {len(pii_sixteenth.REGIONS)} regions, IBANs of 20 countries, lower-case NI "
        "numbers; look-alikes such as tracking numbers of four carriers, versions, timestamps, ISBNs, EANs, "
        "IMEIs, part numbers, coordinates, patron card numbers and every entity's checksum failures under its "
        "own label). Written before changing the detector (2026-12-07, branch j106); held-out families (every "
        "5th) read once, at the end.\n",
        messages,
    )
    print(f"Check `pii_sixteenth.build_after` (see its comment): {_check_figures(pii_sixteenth.build_after())}.\n")


def bench_pii_eighteenth() -> None:
    """The eighteenth PII set (``scripts/pii_eighteenth.py``): every validated entity in the
    writing styles of another team's evaluator, look-alikes in the same places; every 5th family
    held out, and a blind check written after the first rule changes."""
    messages = pii_eighteenth.build()
    _print_round(
        f"### Another team's shapes (`scripts/pii_eighteenth.py`, {len(messages)} documents of "
        f"{len(pii_eighteenth.FAMILIES)} kinds: payment forms with expiry and CVV, wire e-mails, CSV and JSON "
        "records, support chats, signatures with extensions, UK patient letters, payroll tables, server logs, "
        "order confirmations, KYC forms, WhatsApp chats, refund requests, inventory sheets, CRM notes; IBANs "
        "of 16 countries grouped, compact, lower case or dashed, cards split by dashes, spaces or dots, "
        "GB / DE / FR / IN / AU phones with `(0)`, `011`, `00` and extensions, plus-tagged e-mails, IPv4 / "
        "IPv6; look-alikes such as order, tracking, invoice and RMA numbers, ISBNs, EANs, serials, versions, "
        "timestamps, coordinates, product codes, prices, maths and checksum failures). Written before "
        "changing the detector (2026-12-07, branch j122); held-out families (every 5th) read once, at the end.\n",
        messages,
    )
    print(
        "Check `pii_eighteenth.build_after` (read once after the first rules, then two more; see docs/policy.md): "
        f"{_check_figures(pii_eighteenth.build_after())}.\n"
    )


def bench_pii_nineteenth() -> None:
    """The nineteenth PII set (``scripts/pii_nineteenth.py``): US SSNs in the voices of people who
    fill in, forward, scan and chat about them, look-alikes in the same places; every 5th family
    held out."""
    messages = pii_nineteenth.build()
    _print_round(
        f"### US SSNs in other voices (`scripts/pii_nineteenth.py`, {len(messages)} documents of "
        f"{len(pii_nineteenth.FAMILIES)} kinds: W-4 forms, HR e-mails, tax letters, chats and texts, CSV rows, "
        "Markdown tables, OCR'd applications with gaps around the dashes, call notes with the last four, "
        "rosters and intake lines with a name and birth date and no label, W-9 tax IDs, key=value logs, loan "
        "applications, JSON; look-alikes such as invoice, order, tracking, part, case and ticket numbers (some "
        "valid 3-2-4 SSNs under their own label), phone-shaped references, ZIP+4, ranges, never-issued and "
        "placeholder SSNs, masked and last-four mentions, EINs, cards failing Luhn and NHS-shaped numbers "
        "failing mod 11). Written before changing the detector (2026-12-07, branch j129); held-out families "
        "(every 5th) read once, at the end.\n",
        messages,
    )
    print(
        "Check `pii_nineteenth.build_after` (written before the second rules, read once; see docs/policy.md): "
        f"{_check_figures(pii_nineteenth.build_after(), 'US_SSN', 'US SSNs')}.\n"
    )


def main() -> None:
    embedder = Embedder()
    bench_pii()
    bench_pii_own()
    bench_pii_varied()
    bench_pii_blind()
    bench_pii_world()
    bench_pii_chat()
    bench_pii_lookalikes_new()
    bench_pii_sixth()
    bench_pii_seventh()
    bench_pii_eighth()
    bench_pii_eleventh()
    bench_pii_twelfth()
    bench_pii_thirteenth()
    bench_pii_fourteenth()
    bench_pii_fifteenth()
    bench_pii_sixteenth()
    bench_pii_eighteenth()
    bench_pii_nineteenth()
    bench_latency(embedder)
    bench_topics(embedder)
    bench_injection()


if __name__ == "__main__":
    main()

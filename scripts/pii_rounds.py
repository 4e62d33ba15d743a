"""What every written PII round shares: the labelled message, the builder that records where
each value lands, the families of a round and how they are split, the detectors a round is
scored against and the per-entity recall / look-alike table it prints.

A round script (``pii_sixth.py`` ... ``pii_fifteenth.py``, ``pii_chat.py``,
``pii_lookalikes_new.py``) holds only its own texts: value generators, look-alike categories and
families. It registers its families on a :class:`Families`, names its held-out part
(:meth:`Families.every`, fixed when the set is written) and declares itself a :class:`Round`
(seed, messages per family, blind checks) whose ``build`` and ``main`` it exposes.

Scoring (:func:`evaluate`): a PII span is found when a detection of its entity overlaps it
(``SECRET`` for keys: the secrets detector), a look-alike span is flagged when any detection
overlaps it. ``pii_varied`` and ``pii_blind`` score their own cases through :func:`detect_all`.
"""

from __future__ import annotations

import dataclasses
import random
import string
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bastion.gateway.policy.detectors.pii import PIIDetector
    from bastion.gateway.policy.detectors.secrets import SecretsDetector

#: Alphabets the generators draw ids and look-alikes from.
D = string.digits
UP = string.ascii_uppercase
HEX = "0123456789abcdef"

#: Entities scored against the >= 0.97 goal; OTHER_NATIONAL_ID is reported without one.
UNPROMISED = "OTHER_NATIONAL_ID"


@dataclasses.dataclass(frozen=True)
class Span:
    kind: str  # "pii" or "look"
    label: str  # entity for PII, category for look-alikes
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Message:
    family: str
    text: str
    spans: tuple[Span, ...]
    heldout: bool


class _Builder:
    """Appends text pieces and records where the labelled values land."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.n = 0

    def t(self, s: str) -> _Builder:
        self.parts.append(s)
        self.n += len(s)
        return self

    def _add(self, kind: str, label: str, value: str) -> _Builder:
        self.spans.append(Span(kind, label, self.n, self.n + len(value)))
        return self.t(value)

    def p(self, entity: str, value: str) -> _Builder:
        return self._add("pii", entity, value)

    def lk(self, category: str, value: str) -> _Builder:
        return self._add("look", category, value)

    def text(self) -> str:
        return "".join(self.parts)


#: Month names by language as a date writes them out (Polish in the genitive: "5 stycznia 1980");
#: ``pii_world`` and ``pii_chat`` draw their written dates from it.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "it": tuple(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
    ),
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "pl": tuple(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
    ),
    "sv": tuple("januari februari mars april maj juni juli augusti september oktober november december".split()),
}


def nhs_check_digit(body: str) -> int:
    """The mod-11 check digit of an NHS number's nine leading digits (weights 10 down to 2); 10
    where no NHS number starts with ``body`` (the generators draw another body then)."""
    return (11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11) % 11


def random_chars(r: random.Random, alphabet: str, n: int) -> str:
    """``n`` characters drawn from ``alphabet`` (ids and look-alikes of the blind sets)."""
    return "".join(r.choice(alphabet) for _ in range(n))


@dataclasses.dataclass(frozen=True)
class Case:
    """One labelled text of the sentence sets (``pii_corpus``, ``pii_varied``, ``pii_blind``)."""

    text: str
    #: Entity that must be found (PII entity or "SECRET"); None for a look-alike (nothing may be
    #: reported).
    entity: str | None
    #: The value to find; empty for ``pii_varied``'s blind cases, which name none.
    value: str
    #: The entity (positives) or look-alike category, and the frame's index in it.
    family: str
    heldout: bool


def hit(case: Case, found: list[tuple[str, int, int]]) -> bool:
    """A positive is found when a detection of its entity overlaps its value (anywhere in the
    text for the blind cases, which name no value)."""
    if not case.value:
        return any(e == case.entity for e, _, _ in found)
    start = case.text.find(case.value)
    end = start + len(case.value)
    return any(e == case.entity and s < end and start < t for e, s, t in found)


# ---------------------------------------------------------------------------------------------
# Families and their split
# ---------------------------------------------------------------------------------------------

#: One kind of document: draws a message from its own seeded generator.
Family = Callable[[random.Random], _Builder]


class Families(dict[str, Family]):
    """A round's families in the order they were written. ``add`` is the decorator that
    registers one under its function's name without ``prefix`` ("f_" for the set, "a_" / "b_"
    for the blind checks written after a round's rule changes)."""

    def __init__(self, prefix: str = "f_") -> None:
        super().__init__()
        self.prefix = prefix

    def add(self, fn: Family) -> Family:
        self[fn.__name__.removeprefix(self.prefix)] = fn
        return fn

    def every(self, n: int) -> frozenset[str]:
        """Every ``n``-th family in the order written (the 4th, 8th ... for ``n=4``): a round's
        held-out part, fixed by position when the set is written, before any run."""
        return frozenset(list(self)[n - 1 :: n])


def build_families(
    families: dict[str, Family],
    seed: object,
    per_family: int,
    heldout: frozenset[str],
    tag: str = "",
) -> list[Message]:
    """``per_family`` messages of each family, each family drawn from its own seeded generator
    (``f"{seed}:{tag}{family}"``, so adding a family moves no other), marked held out when in
    ``heldout``: the ``build`` of every blind set written after ``pii_chat``."""
    out: list[Message] = []
    for fam, fn in families.items():
        r = random.Random(f"{seed}:{tag}{fam}")
        for _ in range(per_family):
            b = fn(r)
            out.append(Message(fam, b.text(), tuple(b.spans), fam in heldout))
    return out


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

_DETECTORS: tuple[PIIDetector, SecretsDetector] | None = None


def detect_all(text: str) -> list[tuple[str, int, int]]:
    """What the shipped PII detector (all entities, default threshold) and the secrets
    detector report for ``text``: (entity, start, end)."""
    from bastion.gateway.policy.detectors.pii import PIIDetector
    from bastion.gateway.policy.detectors.secrets import SecretsDetector

    global _DETECTORS
    if _DETECTORS is None:
        _DETECTORS = (PIIDetector(), SecretsDetector())
    pii, secrets = _DETECTORS
    out = [(m.entity, m.start, m.end) for m in pii.detect(text)]
    out += [("SECRET", m.start, m.end) for m in secrets.detect(text)]
    return out


def use_pii_detector(pii: PIIDetector) -> None:
    """Evaluate ``pii`` (a ``PIIDetector`` with other settings, e.g. a candidate phone rule of
    ``scripts/pii_phone_rules.py``) instead of the shipped one, in every set that scores
    through :func:`detect_all` (``pii_varied``, ``pii_blind``, and the rounds of this module)."""
    from bastion.gateway.policy.detectors.secrets import SecretsDetector

    global _DETECTORS
    _DETECTORS = (pii, SecretsDetector())


@dataclasses.dataclass
class Report:
    recall: dict[str, tuple[int, int]]
    looks: dict[str, tuple[int, int]]
    clean_messages: tuple[int, int]
    misses: list[tuple[Message, Span, list[tuple[str, int, int]]]]
    flags: list[tuple[Message, Span, list[tuple[str, int, int]]]]

    def look_total(self) -> tuple[int, int]:
        return sum(f for f, _ in self.looks.values()), sum(t for _, t in self.looks.values())


def evaluate(messages: list[Message]) -> Report:
    rec: dict[str, list[int]] = {}
    lks: dict[str, list[int]] = {}
    clean = [0, 0]
    misses: list[tuple[Message, Span, list[tuple[str, int, int]]]] = []
    flags: list[tuple[Message, Span, list[tuple[str, int, int]]]] = []
    for m in messages:
        found = detect_all(m.text)
        if not any(s.kind == "pii" for s in m.spans):
            clean[1] += 1
            clean[0] += bool(found)
        for s in m.spans:
            overlapping = [f for f in found if f[1] < s.end and s.start < f[2]]
            if s.kind == "pii":
                cell = rec.setdefault(s.label, [0, 0])
                cell[1] += 1
                if s.label == UNPROMISED:
                    ok = any(e != "SECRET" for e, _, _ in overlapping)
                else:
                    ok = any(e == s.label for e, _, _ in overlapping)
                cell[0] += ok
                if not ok:
                    misses.append((m, s, found))
            else:
                cell = lks.setdefault(s.label, [0, 0])
                cell[1] += 1
                if overlapping:
                    cell[0] += 1
                    flags.append((m, s, overlapping))
    return Report(
        {k: (v[0], v[1]) for k, v in sorted(rec.items())},
        {k: (v[0], v[1]) for k, v in sorted(lks.items())},
        (clean[0], clean[1]),
        misses,
        flags,
    )


# ---------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------


def _print(report: Report, title: str, show: bool) -> None:
    print(f"== {title}")
    for ent, (f, t) in report.recall.items():
        print(f"  {ent:18s} {f:4d}/{t:<4d} {f / t:.3f}")
    fl, tot = report.look_total()
    print(f"  look-alikes flagged {fl}/{tot} = {fl / max(1, tot):.2%}")
    for cat, (f, t) in report.looks.items():
        if f:
            print(f"    {cat:18s} {f}/{t}")
    if show:
        for m, s, found in report.misses:
            print(
                f"  MISS {s.label} {m.text[s.start : s.end]!r} [{m.family}] found={[(e, m.text[a:b]) for e, a, b in found]}"
            )
        for m, s, over in report.flags:
            print(
                f"  FLAG {s.label} {m.text[s.start : s.end]!r} [{m.family}] as {[(e, m.text[a:b]) for e, a, b in over]}"
            )


def report_families(
    msgs: list[Message], n_families: int, heldout: frozenset[str], always_heldout: bool = False
) -> None:
    """A blind set's printed measurement: the tuning part (``--failures`` lists its misses and
    flags), and with ``--heldout`` (or ``--heldout-failures``) the held-out part; ``pii_chat``,
    written before the rounds that ask for it, always prints its held-out part."""
    tune = [m for m in msgs if not m.heldout]
    held = [m for m in msgs if m.heldout]
    print(f"{len(msgs)} messages, {n_families} families; held out: {', '.join(sorted(heldout))}")
    _print(evaluate(tune), "tuning families", "--failures" in sys.argv)
    if always_heldout or "--heldout" in sys.argv or "--heldout-failures" in sys.argv:
        _print(evaluate(held), "held-out families", "--heldout-failures" in sys.argv)


# ---------------------------------------------------------------------------------------------
# A round
# ---------------------------------------------------------------------------------------------


#: The command-line flag of a round's first blind check (:meth:`BlindCheck.after`).
AFTER_FLAG = "--after"


@dataclasses.dataclass(frozen=True)
class BlindCheck:
    """A blind check written after a round's rule changes, before its first run: families of its
    own, all held out (never used for a rule), drawn under ``tag`` so no family of the set moves,
    and printed after the set's figures when ``flag`` is on the command line (with its misses and
    flags when ``show_failures``, or when ``failures_flag``, if the check has one, is given)."""

    flag: str
    families: Families
    tag: str
    title: str
    show_failures: bool
    failures_flag: str = ""

    @classmethod
    def after(cls, families: Families, show_failures: bool, failures_flag: str = "") -> BlindCheck:
        """The round's check written after its rule changes: ``--after``, drawn under "after:"
        (what :meth:`Round.build_after` builds)."""
        return cls(
            AFTER_FLAG, families, "after:", "blind check written after the rule changes", show_failures, failures_flag
        )

    def asked(self) -> tuple[bool, bool]:
        """(print the check, list its failures) for this command line."""
        failures = bool(self.failures_flag) and self.failures_flag in sys.argv
        return self.flag in sys.argv or failures, self.show_failures or failures


@dataclasses.dataclass(frozen=True)
class Round:
    """A written round: its families, the seed they are drawn from, how many messages each, the
    held-out part and the blind checks written after it. The script's ``build`` and ``__main__``."""

    families: Families
    seed: object
    per_family: int
    heldout: frozenset[str]
    checks: tuple[BlindCheck, ...] = ()

    def build(self, per_family: int | None = None) -> list[Message]:
        n = self.per_family if per_family is None else per_family
        return build_families(self.families, self.seed, n, self.heldout)

    def build_check(self, check: BlindCheck, per_family: int | None = None) -> list[Message]:
        n = self.per_family if per_family is None else per_family
        return build_families(check.families, self.seed, n, frozenset(check.families), tag=check.tag)

    def build_after(self, per_family: int | None = None) -> list[Message]:
        """The blind check of :meth:`BlindCheck.after` (all of it held out: never used for a
        rule): the script's ``build_after``."""
        checks = [c for c in self.checks if c.flag == AFTER_FLAG]
        if not checks:
            raise ValueError("this round has no check written after its rule changes")
        return self.build_check(checks[0], per_family)

    def main(self) -> None:
        """The set's figures (see :func:`report_families`), then each blind check asked for."""
        report_families(self.build(), len(self.families), self.heldout)
        for check in self.checks:
            shown, failures = check.asked()
            if shown:
                _print(evaluate(self.build_check(check)), check.title, failures)

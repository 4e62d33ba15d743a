"""A fourth PII evaluation set, written on 2026-12-06 (~17:45 UTC) by an engineer who had not
read the PII detector nor the earlier sets (``pii_varied``, ``pii_blind``, ``pii_corpus``): only
the entity table of docs/policy.md, for the entity names.

It is built the way users paste text into an AI gateway: whole order e-mails, invoices, support
tickets, log excerpts, code and config snippets, medical letters, HR forms, travel itineraries
and bank statements, in English, German, French, Spanish, Italian, Dutch and Portuguese. Every
document mixes personal data with look-alikes in the same sentence or paragraph (order and
invoice numbers, request ids, UUIDs, hashes, version pins, ports, timestamps, amounts, ward and
bed numbers, booking references, flight numbers, masked cards, numbers failing their checksum).

* Each PII span is labelled with the detector's entity name; each look-alike span with a
  category. A PII span is found when a detection of its entity overlaps it; a look-alike span
  is flagged when any detection (PII or secret) overlaps it; a document with no PII at all is
  flagged when anything is reported in it.
* Values are valid by their own rules (Luhn, mod 11, mod 97, SSN area rules, phone numbers
  valid for their country by ``phonenumbers``, DNI check letter, NINO prefixes), generated
  here with fixed seeds.
* **Known test values.** A well-known test card (4111 1111 1111 1111, 4242 4242 4242 4242,
  5555 5555 5555 4444 ...) counts as ``CREDIT_CARD``: it passes every check a real card
  passes, card scanners (PCI DLP, Presidio) report it, and a gateway cannot tell a pasted test
  card from a real one without a list that an attacker could hide behind. Fictional US numbers
  (555-01xx) in a phone context count as ``PHONE`` for the same reason. Both are kept in their
  own category (``test values``) so their effect can be read apart.
* Split by frame family: CRC-32 of the family name % 3 == 0 is held out (about a third of the
  families); the tuning part is the rest. Rules are changed on the tuning part only.

Run ``python scripts/pii_world.py`` for the per-entity and per-category report.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import phonenumbers
from pii_rounds import MONTH_NAMES, nhs_check_digit
from stdnum import iban as std_iban
from stdnum import luhn

if TYPE_CHECKING:
    from bastion.gateway.policy.detectors.pii import PIIDetector

SEED = 20261206
PER_FAMILY = 14  # documents generated per frame family


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str | None  # detector entity name, or None for a look-alike
    category: str  # entity name or look-alike category (or "test values")


@dataclass(frozen=True)
class Doc:
    family: str
    lang: str
    text: str
    spans: tuple[Span, ...]
    heldout: bool


# ---------------------------------------------------------------------------------------------
# value generators (valid PII)


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {
        "visa": "4",
        "mc": str(rng.randint(51, 55)),
        "mc2": str(rng.randint(2221, 2720)),
        "disc": "6011",
        "jcb": str(rng.randint(3528, 3589)),
    }[kind]
    n = _luhn_complete(prefix, 16, rng)
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


TEST_CARDS = [
    "4111 1111 1111 1111",
    "4242 4242 4242 4242",
    "5555 5555 5555 4444",
    "4000-0566-5566-5556",
    "378282246310005",
    "6011 1111 1111 1117",
    "5105105105105100",
]


def test_card(rng: random.Random) -> str:
    return rng.choice(TEST_CARDS)


_BAD_SSN = {"123456789", "078051120", "219099999"}


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        digits = f"{area:03d}{group:02d}{serial:04d}"
        if digits in _BAD_SSN or len(set(digits)) == 1:
            continue
        sep = rng.choice(["-", "-", "-", " ", ""])
        return sep.join([digits[:3], digits[3:5], digits[5:]])


def _nhs_digits(rng: random.Random, valid: bool) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(3, 9)
        digits = "".join(map(str, body))
        check = nhs_check_digit(digits)
        if check == 10:
            continue
        if not valid:
            check = (check + rng.randint(1, 9)) % 10
            if check == nhs_check_digit(digits):
                continue
        return digits + str(check)


def nhs(rng: random.Random) -> str:
    d = _nhs_digits(rng, True)
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join([d[:3], d[3:6], d[6:]])


def nhs_bad(rng: random.Random) -> str:
    d = _nhs_digits(rng, False)
    return " ".join([d[:3], d[3:6], d[6:]])


_IBAN_SHAPES = {  # country: BBAN length, digits only (letters handled below)
    "DE": 18,
    "NL": 0,
    "FR": 0,
    "ES": 20,
    "IT": 0,
    "BE": 12,
    "AT": 16,
    "PT": 21,
    "GB": 0,
    "IE": 0,
    "PL": 24,
    "CH": 17,
    "LU": 16,
    "FI": 14,
    "DK": 14,
}


def _bban(cc: str, rng: random.Random) -> str:
    dig = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))  # noqa: E731
    if cc == "NL":
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + dig(10)
    if cc in ("GB", "IE"):
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI"]) + dig(14)
    if cc == "IT":
        return up(1) + dig(10) + dig(12)
    if cc == "FR":
        return dig(10) + dig(11) + dig(2)
    return dig(_IBAN_SHAPES[cc])


def iban(rng: random.Random, cc: str | None = None) -> str:
    cc = cc or rng.choice(list(_IBAN_SHAPES))
    for _ in range(20000):
        bban = _bban(cc, rng)
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        check = 98 - num % 97
        value = f"{cc}{check:02d}{bban}"
        if std_iban.is_valid(value):
            break
    else:  # pragma: no cover - a country whose national check we cannot hit by chance
        return iban(rng, "DE")
    if rng.random() < 0.75:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def iban_bad(rng: random.Random) -> str:
    good = iban(rng).replace(" ", "")
    check = int(good[2:4])
    bad = f"{good[:2]}{(check + rng.randint(1, 40)) % 97 + 2:02d}{good[4:]}"
    if std_iban.is_valid(bad):
        bad = f"{good[:2]}{(check + 1) % 97 + 2:02d}{good[4:]}"
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))


FIRST = [
    "Anna",
    "Jonas",
    "Marie",
    "Luca",
    "Sofia",
    "Pieter",
    "João",
    "Chloé",
    "Mateo",
    "Giulia",
    "Emma",
    "Liam",
    "Noah",
    "Olivia",
    "Hannah",
    "Lars",
    "Inês",
    "Diego",
    "Elena",
    "Tom",
    "Priya",
    "Ahmed",
]
LAST = [
    "Schneider",
    "Dubois",
    "García",
    "Rossi",
    "de Vries",
    "Silva",
    "Smith",
    "O'Neill",
    "Müller",
    "Janssen",
    "Fernández",
    "Bianchi",
    "Martin",
    "Costa",
    "Kowalski",
    "Nguyen",
    "Patel",
    "Brown",
]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "web.de",
    "orange.fr",
    "libero.it",
    "hotmail.es",
    "ziggo.nl",
    "sapo.pt",
    "acme-corp.com",
    "mail.example.org",
    "uni-heidelberg.de",
    "nhs.net",
    "yahoo.co.uk",
]


def _ascii(s: str) -> str:
    s = s.lower().replace("ü", "ue").replace(" ", "").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email(rng: random.Random) -> str:
    f2, last2 = _ascii(rng.choice(FIRST)), _ascii(rng.choice(LAST))
    local = rng.choice(
        [
            f"{f2}.{last2}",
            f"{f2[0]}{last2}",
            f"{f2}{rng.randint(1, 99)}",
            f"{f2}_{last2}",
            f"{last2}.{f2}+shop",
            f"{f2}.{last2}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


# phone: (region, national layouts, international layout) -> generated then validated
def _digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_PHONE_GEN: dict[str, list[Callable[[random.Random], str]]] = {
    "US": [
        lambda r: (
            f"({r.choice([212, 415, 312, 617, 206, 303, 512, 646, 718, 305])}) {r.randint(201, 989)}-{_digits(4, r)}"
        ),
        lambda r: f"{r.choice([213, 404, 702, 917, 773, 214])}-{r.randint(201, 989)}-{_digits(4, r)}",
        lambda r: f"+1 {r.choice([408, 650, 347, 480])} {r.randint(201, 989)} {_digits(4, r)}",
        lambda r: f"{r.choice([617, 919, 503])}.{r.randint(201, 989)}.{_digits(4, r)}",
        lambda r: f"1-800-{r.randint(201, 989)}-{_digits(4, r)}",
    ],
    "GB": [
        lambda r: f"020 {r.choice('378')}{_digits(3, r)} {_digits(4, r)}",
        lambda r: f"07{r.choice(['700', '911', '812', '534', '456'])} {_digits(6, r)}",
        lambda r: f"+44 7{r.choice(['911', '812', '534'])} {_digits(3, r)} {_digits(3, r)}",
        lambda r: f"+44 (0)161 {r.randint(200, 999)} {_digits(4, r)}",
        lambda r: f"0131 {r.randint(200, 999)} {_digits(4, r)}",
    ],
    "DE": [
        lambda r: f"030 {r.randint(2, 9)}{_digits(7, r)}",
        lambda r: f"+49 89 {r.randint(2, 9)}{_digits(6, r)}",
        lambda r: f"0151 {_digits(8, r)}",
        lambda r: f"+49 (0) 40 {r.randint(2, 9)}{_digits(3, r)} {_digits(4, r)}",
        lambda r: f"0170/{_digits(7, r)}",
    ],
    "FR": [
        lambda r: f"01 {r.randint(40, 79)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"06 {_digits(2, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"+33 6 {_digits(2, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"+33 (0)1 {r.randint(40, 79)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"07.{_digits(2, r)}.{_digits(2, r)}.{_digits(2, r)}.{_digits(2, r)}",
    ],
    "ES": [
        lambda r: f"91 {_digits(3, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"6{_digits(2, r)} {_digits(3, r)} {_digits(3, r)}",
        lambda r: f"+34 6{_digits(2, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"+34 93 {_digits(3, r)} {_digits(2, r)} {_digits(2, r)}",
    ],
    "IT": [
        lambda r: f"06 {_digits(4, r)} {_digits(4, r)}",
        lambda r: f"3{r.choice(['47', '33', '39', '28'])} {_digits(3, r)} {_digits(4, r)}",
        lambda r: f"+39 3{r.choice(['47', '33', '39'])} {_digits(7, r)}",
        lambda r: f"+39 02 {_digits(4, r)} {_digits(4, r)}",
    ],
    "NL": [
        lambda r: f"020 {_digits(3, r)} {_digits(4, r)}",
        lambda r: f"06-{_digits(8, r)}",
        lambda r: f"+31 6 {_digits(8, r)}",
        lambda r: f"+31 (0)10 {_digits(3, r)} {_digits(4, r)}",
    ],
    "PT": [
        lambda r: f"21 {_digits(3, r)} {_digits(4, r)}",
        lambda r: f"91{r.randint(0, 9)} {_digits(3, r)} {_digits(3, r)}",
        lambda r: f"+351 91{r.randint(0, 9)} {_digits(3, r)} {_digits(3, r)}",
    ],
    "BR": [
        lambda r: f"(11) 9{_digits(4, r)}-{_digits(4, r)}",
        lambda r: f"+55 21 9{_digits(4, r)}-{_digits(4, r)}",
    ],
    "CH": [
        lambda r: f"044 {_digits(3, r)} {_digits(2, r)} {_digits(2, r)}",
        lambda r: f"+41 79 {_digits(3, r)} {_digits(2, r)} {_digits(2, r)}",
    ],
    "AT": [lambda r: f"+43 664 {_digits(7, r)}", lambda r: f"01 {_digits(3, r)} {_digits(4, r)}"],
    "BE": [lambda r: f"+32 4{r.choice('789')}{_digits(1, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}"],
    "IE": [lambda r: f"087 {_digits(3, r)} {_digits(4, r)}", lambda r: f"+353 1 {_digits(3, r)} {_digits(4, r)}"],
    "IN": [lambda r: f"+91 98{_digits(3, r)} {_digits(5, r)}", lambda r: f"+91-99{_digits(8, r)}"],
    "AU": [
        lambda r: f"04{_digits(2, r)} {_digits(3, r)} {_digits(3, r)}",
        lambda r: f"(02) 9{_digits(3, r)} {_digits(4, r)}",
    ],
    "JP": [lambda r: f"03-{_digits(4, r)}-{_digits(4, r)}", lambda r: f"090-{_digits(4, r)}-{_digits(4, r)}"],
    "MX": [lambda r: f"+52 55 {_digits(4, r)} {_digits(4, r)}"],
    "CA": [lambda r: f"({r.choice([416, 604, 514, 613])}) {r.randint(201, 989)}-{_digits(4, r)}"],
    "PL": [lambda r: f"+48 5{_digits(2, r)} {_digits(3, r)} {_digits(3, r)}"],
}
LANG_REGIONS = {
    "en": ["US", "GB", "US", "GB", "IE", "AU", "CA", "IN"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "es": ["ES", "ES", "MX"],
    "it": ["IT", "IT", "CH"],
    "nl": ["NL", "NL", "BE"],
    "pt": ["PT", "PT", "BR"],
}


def phone(rng: random.Random, region: str) -> str:
    gens = _PHONE_GEN[region]
    for _ in range(500):
        value = rng.choice(gens)(rng)
        try:
            parsed = phonenumbers.parse(value.replace("(0)", ""), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return value
    raise RuntimeError(f"no valid phone for {region}")


def phone_test(rng: random.Random) -> str:
    return rng.choice(
        [
            f"({rng.choice([212, 312, 415])}) 555-01{rng.randint(0, 99):02d}",
            f"{rng.choice([202, 617])}-555-01{rng.randint(0, 99):02d}",
        ]
    )


def nino(rng: random.Random) -> str:
    bad_first, bad_second = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = rng.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in bad_first])
        b = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad_second])
        if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = _digits(6, rng)
        s = rng.choice("ABCD")
        return rng.choice([f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{b}{d}{s}"])


def dni(rng: random.Random) -> str:
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale(rng: random.Random) -> str:
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = (
        "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        + f"{rng.randint(50, 99)}"
        + rng.choice("ABCDEHLMPRST")
        + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
        + rng.choice("ABCDEFGHLM")
        + f"{rng.randint(1, 999):03d}"
    )
    total = 0
    for i, ch in enumerate(body):
        idx = int(ch) if ch.isdigit() else up.index(ch)
        total += _CF_ODD[idx] if i % 2 == 0 else idx
    return body + up[total % 26]


def passport(rng: random.Random, lang: str) -> str:
    up = "CFGHJKLMNPRTVWXYZ"
    if lang == "de":
        return rng.choice(up) + "".join(rng.choice(up + "0123456789") for _ in range(8))
    if lang == "fr":
        return f"{rng.randint(10, 99)}{rng.choice(up)}{rng.choice(up)}{_digits(5, rng)}"
    if lang in ("es", "it", "pt"):
        return f"{rng.choice(up)}{rng.choice(up)}{_digits(7, rng)}"
    if lang == "nl":
        return (
            "N"
            + "".join(rng.choice(up) for _ in range(2))
            + "".join(rng.choice(up + "0123456789") for _ in range(5))
            + str(rng.randint(0, 9))
        )
    return rng.choice([f"{rng.randint(1, 9)}{_digits(8, rng)}", f"{rng.choice(up)}{_digits(8, rng)}"])


def dob(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    months = MONTH_NAMES[lang]
    if lang == "en":
        return rng.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {months[m - 1]} {y}",
                f"{months[m - 1]} {d}, {y}",
                f"{d:02d}/{m:02d}/{y}",
            ]
        )
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {months[m - 1]} {y}"])
    if lang == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}"])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {months[m - 1]} {y}" if lang != "es" and lang != "pt" else f"{d} de {months[m - 1]} de {y}",
        ]
    )


def ip4(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice([81, 88, 94, 178, 185, 203, 62, 31])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
        ]
    )


def ip6(rng: random.Random) -> str:
    h = lambda: f"{rng.randint(0, 0xFFFF):x}"  # noqa: E731
    return rng.choice(
        [
            f"2001:db8:{h()}:{h()}::{h()}",
            f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
            f"fe80::{h()}:{h()}:{h()}:{h()}",
        ]
    )


def account(rng: random.Random) -> str:
    return _digits(rng.choice([8, 8, 10, 12]), rng)


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


# ---------------------------------------------------------------------------------------------
# look-alike generators


def uuid_(r: random.Random) -> str:
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexid(r: random.Random, n: int = 32) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def order_no(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(100, 999)}-{_digits(7, r)}-{_digits(7, r)}",
            f"#{r.randint(100000, 999999)}",
            f"{_digits(10, r)}",
            f"ORD-{r.randint(2023, 2026)}-{_digits(6, r)}",
            f"{_digits(3, r)}-{_digits(3, r)}-{_digits(4, r)}",
        ]
    )


def invoice_no(r: random.Random) -> str:
    return r.choice(
        [
            f"INV-{r.randint(2023, 2026)}-{_digits(5, r)}",
            f"{r.randint(2023, 2026)}/{_digits(4, r)}",
            f"RE-{_digits(8, r)}",
            f"F{r.randint(2023, 2026)}{_digits(6, r)}",
            f"{_digits(9, r)}",
            f"{_digits(3, r)}-{_digits(2, r)}-{_digits(4, r)}",
        ]
    )


def tracking(r: random.Random) -> str:
    return r.choice(
        [
            f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(6))}{_digits(10, r)}",
            f"JD01{_digits(16, r)}",
            f"{_digits(12, r)}",
            f"LX{_digits(9, r)}DE",
            f"{_digits(4, r)} {_digits(4, r)} {_digits(4, r)} {_digits(4, r)} {_digits(4, r)} {_digits(2, r)}",
        ]
    )


def bad_card(r: random.Random) -> str:
    while True:
        n = r.choice(["4", "5", "6"]) + _digits(15, r)
        if not luhn.is_valid(n):
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def masked_card(r: random.Random) -> str:
    last = _digits(4, r)
    return r.choice(
        [
            f"**** **** **** {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"•••• {last}",
            f"************{last}",
            f"4{_digits(5, r)}******{last}",
        ]
    )


def amount(r: random.Random) -> str:
    v = r.randint(100, 9999999)
    e, c = divmod(v, 100)
    return r.choice(
        [
            f"€{e:,}.{c:02d}",
            f"{e:,}.{c:02d} USD".replace(",", " "),
            f"{e:,},{c:02d} €".replace(",", "."),
            f"£{e:,}.{c:02d}",
            f"R$ {e:,},{c:02d}".replace(",", "."),
            f"CHF {e:,}.{c:02d}".replace(",", "'"),
        ]
    )


def timestamp(r: random.Random) -> str:
    y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        [
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{r.randint(0, 999):03d}",
            f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            f"{1_700_000_000 + r.randint(0, 90_000_000)}",
            f"{1_700_000_000_000 + r.randint(0, 90_000_000_000)}",
            f"[{d:02d}/Dec/{y}:{h:02d}:{mi:02d}:{s:02d} +0100]",
        ]
    )


def version(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 20)}",
            f"{r.randint(100, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 250)}",
            f"v{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(0, 300)}",
            f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
        ]
    )


def coords(r: random.Random) -> str:
    return f"{r.uniform(-60, 70):.6f}, {r.uniform(-120, 150):.6f}"


def pnr(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def flight(r: random.Random) -> str:
    return f"{r.choice(['LH', 'BA', 'AF', 'IB', 'AZ', 'KL', 'TP', 'U2', 'FR', 'UA'])}{r.choice(['', ' '])}{r.randint(1, 9999)}"


def eticket(r: random.Random) -> str:
    return f"{r.choice(['220', '125', '057', '075', '074', '047'])}-{_digits(10, r)}"


def ward_bed(r: random.Random) -> str:
    return r.choice(
        [
            f"Ward {r.randint(1, 40)}, bed {r.randint(1, 30)}",
            f"Station {r.randint(1, 12)}B, Bett {r.randint(1, 30)}",
            f"room {r.randint(100, 899)}",
            f"Bay {r.choice('ABCD')}{r.randint(1, 8)}",
        ]
    )


def lab_ref(r: random.Random) -> str:
    return r.choice([f"{_digits(3, r)} {_digits(3, r)} {_digits(4, r)}", f"LAB-{_digits(7, r)}", f"{_digits(10, r)}"])


def employee_id(r: random.Random) -> str:
    return r.choice(
        [
            f"EMP-{_digits(6, r)}",
            f"{_digits(6, r)}",
            f"E{_digits(7, r)}",
            f"{_digits(3, r)}-{_digits(2, r)}-{_digits(4, r)}",
        ]
    )


def ean(r: random.Random) -> str:
    body = r.choice(["400", "300", "800", "540", "871", "560", "978"]) + _digits(9, r)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def port(r: random.Random) -> str:
    return str(r.choice([443, 8080, 8443, 5432, 6379, 9092, 27017, 3306, 5000, 31337]))


def git_sha(r: random.Random) -> str:
    return hexid(r, r.choice([7, 12, 40]))


def semver_pin(r: random.Random) -> str:
    pkg = r.choice(["numpy", "requests", "django", "fastapi", "torch", "pydantic", "boto3", "urllib3"])
    return f"{pkg}=={r.randint(1, 4)}.{r.randint(0, 35)}.{r.randint(0, 12)}"


def bad_iban(r: random.Random) -> str:
    return iban_bad(r)


def phone_like(r: random.Random) -> str:
    return r.choice(
        [
            f"{_digits(3, r)} {_digits(3, r)} {_digits(4, r)}",
            f"{r.randint(1, 9)} {_digits(3, r)} {_digits(3, r)}",
            f"{_digits(2, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)} {_digits(2, r)}",
            f"{_digits(4, r)}-{_digits(4, r)}",
        ]
    )


def sku(r: random.Random) -> str:
    return r.choice(
        [
            f"SKU {_digits(8, r)}",
            f"Art.-Nr. {_digits(6, r)}",
            f"{_digits(2, r)}-{_digits(4, r)}-{_digits(3, r)}",
            f"B0{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))}",
        ]
    )


def customer_no(r: random.Random) -> str:
    return r.choice([f"{_digits(8, r)}", f"K-{_digits(7, r)}", f"{_digits(4, r)} {_digits(4, r)} {_digits(2, r)}"])


def gift_card(r: random.Random) -> str:
    return bad_card(r)


def bad_ssn(r: random.Random) -> str:
    return r.choice(["000", "666", f"{r.randint(900, 999)}"]) + f"-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def email_like(r: random.Random) -> str:
    return r.choice(
        [
            "icon@2x.png",
            "logo@3x.webp",
            f"@types/node@{r.randint(16, 22)}.{r.randint(0, 9)}.0",
            "git@github.com:acme/shop.git",
            f"sha256:{hexid(r, 64)}",
            f"lodash@4.17.{r.randint(10, 21)}",
            f"user@{r.randint(1, 9)}.{r.randint(0, 9)}",
        ]
    )


def postcode(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(10000, 99999)}",
            f"{r.randint(1000, 9999)} {r.choice(['AB', 'XK', 'GH'])}",
            f"{r.randint(10000, 99999)}-{_digits(4, r)}",
            f"SW1A {r.randint(1, 9)}AA",
        ]
    )


def int_counter(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(1, 999):,}".replace(",", " ") + " " + f"{r.randint(0, 999):03d}",
            f"{r.randint(1_000_000, 2_147_483_647):,}",
            f"{r.randint(10_000_000, 999_999_999)}",
        ]
    )


LOOKALIKES: dict[str, Callable[[random.Random], str]] = {
    "uuid": uuid_,
    "hex": hexid,
    "order": order_no,
    "invoice": invoice_no,
    "tracking": tracking,
    "luhn-fail card": bad_card,
    "masked card": masked_card,
    "amount": amount,
    "timestamp": timestamp,
    "version": version,
    "coordinates": coords,
    "booking ref": pnr,
    "flight": flight,
    "e-ticket": eticket,
    "ward/bed": ward_bed,
    "lab ref": lab_ref,
    "employee id": employee_id,
    "ean": ean,
    "port": port,
    "git sha": git_sha,
    "version pin": semver_pin,
    "mod97-fail iban": bad_iban,
    "phone-like": phone_like,
    "sku": sku,
    "customer no": customer_no,
    "gift card": gift_card,
    "invalid ssn": bad_ssn,
    "email-like": email_like,
    "postcode": postcode,
    "counter": int_counter,
    "nhs mod11-fail": nhs_bad,
}


# ---------------------------------------------------------------------------------------------
# templates: {EMAIL}, {PHONE}, {CARD}, {TESTCARD}, {TESTPHONE}, {SSN}, {NHS}, {IBAN}, {ACCOUNT},
# {SORT}, {ROUTING}, {PASSPORT}, {NINO}, {DNI}, {CF}, {IP}, {IP6}, {DOB}; look-alikes {~category};
# plain fillers {name}, {city}, {n} (small number). A family is a list of templates per language.

PII_FILL: dict[str, tuple[str, Callable[[random.Random, str, str], str]]] = {
    "EMAIL": ("EMAIL", lambda r, lang, reg: email(r)),
    "PHONE": ("PHONE", lambda r, lang, reg: phone(r, reg)),
    "PHONEUS": ("PHONE", lambda r, lang, reg: phone(r, "US")),
    "PHONEGB": ("PHONE", lambda r, lang, reg: phone(r, "GB")),
    "PHONEINT": (
        "PHONE",
        lambda r, lang, reg: phone(
            r,
            r.choice(["DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "JP", "AU", "MX", "PL", "CH", "IE", "BE", "AT"]),
        ),
    ),
    "CARD": ("CREDIT_CARD", lambda r, lang, reg: card(r)),
    "TESTCARD": ("CREDIT_CARD", lambda r, lang, reg: test_card(r)),
    "TESTPHONE": ("PHONE", lambda r, lang, reg: phone_test(r)),
    "SSN": ("US_SSN", lambda r, lang, reg: ssn(r)),
    "NHS": ("UK_NHS", lambda r, lang, reg: nhs(r)),
    "IBAN": (
        "IBAN",
        lambda r, lang, reg: iban(
            r,
            {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}.get(lang)
            if r.random() < 0.6
            else None,
        ),
    ),
    "ACCOUNT": ("BANK_ACCOUNT", lambda r, lang, reg: account(r)),
    "SORT": ("BANK_ACCOUNT", lambda r, lang, reg: sort_code(r)),
    "ROUTING": ("BANK_ACCOUNT", lambda r, lang, reg: routing(r)),
    "PASSPORT": ("PASSPORT", lambda r, lang, reg: passport(r, lang)),
    "NINO": ("NATIONAL_ID", lambda r, lang, reg: nino(r)),
    "DNI": ("NATIONAL_ID", lambda r, lang, reg: dni(r)),
    "CF": ("NATIONAL_ID", lambda r, lang, reg: codice_fiscale(r)),
    "IP": ("IP_ADDRESS", lambda r, lang, reg: ip4(r)),
    "IP6": ("IP_ADDRESS", lambda r, lang, reg: ip6(r)),
    "DOB": ("DATE_OF_BIRTH", lambda r, lang, reg: dob(r, lang)),
}
TEST_KEYS = {"TESTCARD", "TESTPHONE"}
PLAIN: dict[str, Callable[[random.Random], str]] = {
    "name": lambda r: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "first": lambda r: r.choice(FIRST),
    "city": lambda r: r.choice(
        ["Berlin", "Lyon", "Madrid", "Milano", "Utrecht", "Porto", "Leeds", "Austin", "Zürich", "Gent"]
    ),
    "n": lambda r: str(r.randint(1, 9)),
    "nn": lambda r: str(r.randint(10, 99)),
}

FAMILIES: dict[str, dict[str, list[str]]] = {
    "order-confirmation": {
        "en": [
            "Hi {first}, thanks for your order {~order} placed {~timestamp}. Total {~amount} charged to card {~masked card}. "
            "We'll text updates to {PHONE} and email {EMAIL}. Tracking: {~tracking}."
        ],
        "de": [
            "Hallo {first}, vielen Dank für Ihre Bestellung {~order} vom {~timestamp}. Betrag: {~amount}, bezahlt mit Karte {~masked card}. "
            "Rückfragen an {EMAIL} oder telefonisch unter {PHONE}. Sendungsnummer {~tracking}."
        ],
        "fr": [
            "Bonjour {first}, merci pour votre commande n° {~order} du {~timestamp}. Montant : {~amount} (carte {~masked card}). "
            "Nous vous contacterons au {PHONE} ou à {EMAIL}. Numéro de suivi : {~tracking}."
        ],
        "es": [
            "Hola {first}, gracias por tu pedido {~order} del {~timestamp}. Importe: {~amount}, tarjeta {~masked card}. "
            "Te avisaremos en el {PHONE} y en {EMAIL}. Seguimiento: {~tracking}."
        ],
    },
    "customer-paste-card": {
        "en": [
            "Can you check why my payment failed? Card {CARD}, exp {nn}/2{n}, order {~order}, amount {~amount}.",
            "I was charged twice for {~order}. My card is {CARD} and the refund reference was {~invoice}.",
        ],
        "it": [
            "Il pagamento dell'ordine {~order} non è andato a buon fine, carta {CARD}, importo {~amount}. Mi chiamate al {PHONE}?"
        ],
        "nl": [
            "Mijn betaling voor bestelling {~order} ({~amount}) is mislukt. Kaartnummer {CARD}, mijn e-mail is {EMAIL}."
        ],
        "pt": ["A minha encomenda {~order} foi cobrada duas vezes ({~amount}). Cartão {CARD}, telemóvel {PHONE}."],
    },
    "invoice-iban": {
        "en": [
            "Invoice {~invoice} dated {~timestamp}\nAmount due: {~amount}\nPlease pay by bank transfer to IBAN {IBAN} quoting customer no. {~customer no}.\nQueries: {EMAIL}"
        ],
        "de": [
            "Rechnung Nr. {~invoice} vom {~timestamp}\nRechnungsbetrag: {~amount}\nBitte überweisen Sie auf IBAN {IBAN} unter Angabe der Kundennummer {~customer no}.\nFragen: {EMAIL}, Tel. {PHONE}"
        ],
        "fr": [
            "Facture n° {~invoice} du {~timestamp}\nMontant TTC : {~amount}\nRèglement par virement : IBAN {IBAN}, référence client {~customer no}."
        ],
        "es": [
            "Factura {~invoice} de fecha {~timestamp}. Importe total {~amount}. Transferencia a la cuenta IBAN {IBAN} indicando el número de cliente {~customer no}."
        ],
        "it": [
            "Fattura n. {~invoice} del {~timestamp}, totale {~amount}. Bonifico su IBAN {IBAN}, codice cliente {~customer no}."
        ],
    },
    "supplier-bank-change": {
        "en": [
            "Please update our bank details for future payments: new IBAN {IBAN} (old one {~mod97-fail iban} was closed). Invoice {~invoice} is still open."
        ],
        "nl": [
            "Graag ons rekeningnummer aanpassen naar {IBAN}. Factuur {~invoice} van {~amount} staat nog open. Contact: {EMAIL}."
        ],
        "pt": ["Por favor atualizem o nosso IBAN para {IBAN}. A fatura {~invoice} de {~amount} continua por pagar."],
    },
    "support-ticket": {
        "en": [
            "Ticket {~order} — customer {name} ({EMAIL}, {PHONE}) reports error 502 at {~timestamp}, request id {~uuid}. Browser Chrome {~version}.",
            "Customer called from {PHONE} about case {~invoice}; says app version {~version} crashes. Callback requested before 5pm.",
        ],
        "de": [
            "Ticket {~order}: Kunde {name} ({EMAIL}) meldet Fehler seit {~timestamp}. Rückruf erbeten unter {PHONE}. Request-ID {~uuid}, App-Version {~version}."
        ],
        "fr": [
            "Ticket {~order} : le client {name} signale une erreur depuis {~timestamp}. Le rappeler au {PHONE}. ID de requête {~uuid}, version {~version}."
        ],
        "es": [
            "Incidencia {~order}: {name} ({EMAIL}) no puede iniciar sesión desde {~timestamp}. Teléfono de contacto {PHONE}. ID de solicitud {~uuid}."
        ],
    },
    "access-log": {
        "en": [
            '{IP} - - {~timestamp} "GET /api/v2/orders/{~order} HTTP/1.1" 200 {~counter} "-" "Mozilla/5.0 Chrome/{~version}"\n'
            '{IP} - - {~timestamp} "POST /login HTTP/2" 401 {nn} "-" "okhttp/{~version}"',
            "{~timestamp} INFO request_id={~uuid} client_ip={IP} port={~port} user={EMAIL} latency_ms={nn} trace={~hex}",
        ],
    },
    "app-log-ipv6": {
        "en": [
            "{~timestamp} WARN conn from [{IP6}]:{~port} rejected, span {~hex}, build {~git sha}, pkg {~version pin}"
        ],
    },
    "code-config": {
        "en": [
            "```yaml\nservice:\n  image: registry.acme.io/shop@sha256:{~hex}\n  version: {~version}\n  port: {~port}\n  db_host: {IP}\n  owner: {EMAIL}\n  request_timeout_ms: {~counter}\n```",
            '# requirements.txt\n{~version pin}\n{~version pin}\n# commit {~git sha}, contact {EMAIL}\nDEFAULT_ID = "{~uuid}"',
            "const config = {{ apiBase: 'http://{IP}:{~port}', build: '{~git sha}', support: '{EMAIL}', released: '{~timestamp}' }};",
        ],
    },
    "code-test-fixtures": {
        "en": [
            'def test_checkout():\n    card = "{TESTCARD}"  # stripe test card\n    order_id = "{~uuid}"\n    assert total == {~counter}\n    phone = "{TESTPHONE}"',
            "fixtures = [{{'email': '{EMAIL}', 'card': '{TESTCARD}', 'created': '{~timestamp}', 'sku': '{~sku}'}}]",
        ],
    },
    "medical-letter": {
        "en": [
            "Dear Dr {first},\nRe: {name}, NHS number {NHS}, DOB {DOB}\nAdmitted {~timestamp} to {~ward/bed}. Lab ref {~lab ref}. Please contact the ward on {PHONEGB}.",
            "Discharge summary — patient {name} (NHS No: {NHS}). Seen in clinic {~timestamp}, {~ward/bed}. Specimen {~lab ref}; next review in {n} weeks.",
        ],
    },
    "medical-nhs-bare": {
        "en": [
            "Patient: {name}\nNHS: {NHS}\nDate of birth: {DOB}\nLocation: {~ward/bed}\nSample ID: {~lab ref}\nGP surgery tel {PHONEGB}",
            "Referral for {name}, {NHS}, born {DOB}. Bloods taken {~timestamp}; result file {~lab ref}.",
        ],
    },
    "medical-foreign": {
        "de": [
            "Arztbrief: Patientin {name}, geb. {DOB}, aufgenommen am {~timestamp} auf {~ward/bed}. Laborauftrag {~lab ref}. Rückfragen: {PHONE}."
        ],
        "fr": [
            "Compte rendu : patient {name}, né le {DOB}, hospitalisé le {~timestamp} ({~ward/bed}). Dossier {~lab ref}. Contact famille : {PHONE}."
        ],
        "it": [
            "Lettera di dimissione: paziente {name}, data di nascita {DOB}, ricoverato il {~timestamp}, {~ward/bed}. Codice fiscale {CF}. Referto {~lab ref}."
        ],
        "es": [
            "Informe: paciente {name}, fecha de nacimiento {DOB}, DNI {DNI}, ingreso {~timestamp}, {~ward/bed}. Muestra {~lab ref}."
        ],
    },
    "hr-onboarding": {
        "en": [
            "New hire form\nName: {name}\nEmployee ID: {~employee id}\nSSN: {SSN}\nDate of Birth: {DOB}\nStart date: {~timestamp}\nPersonal email: {EMAIL}\nMobile: {PHONEUS}",
            "Payroll setup for {name} (emp {~employee id}): social security number {SSN}, direct deposit routing number {ROUTING}, account number {ACCOUNT}.",
        ],
    },
    "hr-uk": {
        "en": [
            "Starter checklist: {name}, NI number {NINO}, staff no. {~employee id}, sort code {SORT}, account number {ACCOUNT}, start {~timestamp}."
        ],
    },
    "hr-foreign": {
        "de": [
            "Personalbogen: {name}, Personalnummer {~employee id}, Geburtsdatum {DOB}, IBAN {IBAN}, private Handynummer {PHONE}, E-Mail {EMAIL}."
        ],
        "es": [
            "Alta de empleado: {name}, DNI {DNI}, fecha de nacimiento {DOB}, n.º de empleado {~employee id}, IBAN {IBAN}, móvil {PHONE}."
        ],
        "nl": [
            "Personeelsformulier: {name}, personeelsnummer {~employee id}, geboortedatum {DOB}, IBAN {IBAN}, telefoon {PHONE}."
        ],
        "pt": [
            "Ficha do colaborador: {name}, n.º de colaborador {~employee id}, data de nascimento {DOB}, IBAN {IBAN}, telemóvel {PHONE}."
        ],
    },
    "travel-itinerary": {
        "en": [
            "Booking ref {~booking ref} — {name}, passport {PASSPORT}. Flight {~flight} departs {~timestamp}, seat {nn}C, e-ticket {~e-ticket}. Contact {PHONE}."
        ],
        "de": [
            "Buchungscode {~booking ref}: {name}, Reisepassnummer {PASSPORT}, Flug {~flight} am {~timestamp}, Sitz {nn}A, Ticket {~e-ticket}. Mobil {PHONE}."
        ],
        "fr": [
            "Réservation {~booking ref} : {name}, passeport n° {PASSPORT}, vol {~flight} le {~timestamp}, siège {nn}F, billet {~e-ticket}."
        ],
        "it": [
            "Prenotazione {~booking ref}: {name}, passaporto {PASSPORT}, volo {~flight} del {~timestamp}, posto {nn}D, biglietto {~e-ticket}."
        ],
    },
    "travel-no-pii": {
        "en": [
            "Your flight {~flight} on {~timestamp} is confirmed. Booking {~booking ref}, e-ticket {~e-ticket}, gate B{nn}, seat {nn}C. Fare {~amount}."
        ],
        "es": [
            "Vuelo {~flight} confirmado para el {~timestamp}. Localizador {~booking ref}, billete {~e-ticket}, asiento {nn}B, tarifa {~amount}."
        ],
        "nl": [
            "Vlucht {~flight} op {~timestamp} bevestigd. Boekingscode {~booking ref}, ticket {~e-ticket}, stoel {nn}A, prijs {~amount}."
        ],
    },
    "bank-statement": {
        "en": [
            "Statement {~timestamp}\nAccount number {ACCOUNT}, sort code {SORT}\nCard payment {~amount} ref {~invoice}\nCard {~masked card}\nBalance {~amount}",
            "Wire to {name}: IBAN {IBAN}, amount {~amount}, our reference {~invoice}, value date {~timestamp}.",
        ],
        "fr": [
            "Relevé du {~timestamp} : virement de {~amount} vers {IBAN}, référence {~invoice}, carte {~masked card}."
        ],
    },
    "finance-no-pii": {
        "en": [
            "Q3 revenue {~amount} ({~counter} orders). Gift card {~gift card} redeemed. Invoice {~invoice}, PO {~order}, GL account {nn}00-{~sku}."
        ],
        "de": [
            "Umsatz Q3 {~amount}, {~counter} Bestellungen. Gutschein {~gift card} eingelöst, Rechnung {~invoice}, Bestellung {~order}."
        ],
        "it": [
            "Fatturato del trimestre {~amount}, {~counter} ordini. Buono {~gift card}, fattura {~invoice}, ordine {~order}."
        ],
    },
    "phones-with-context": {
        "en": [
            "You can reach me on {PHONE} after 6, or my office line {PHONE}.",
            "Call {name} at {PHONEINT} — she's in the other office.",
            "My number changed, it's now {PHONE}. Old one {~phone-like} no longer works.",
        ],
        "de": ["Sie erreichen mich unter {PHONE} oder mobil {PHONE}.", "Meine neue Telefonnummer: {PHONE}."],
        "fr": ["Vous pouvez me joindre au {PHONE} ou sur mon portable {PHONE}.", "Mon numéro : {PHONE}."],
        "es": ["Puedes llamarme al {PHONE} por la tarde.", "Mi número de teléfono es {PHONE}."],
        "it": ["Potete chiamarmi al {PHONE}.", "Il mio numero di cellulare è {PHONE}."],
        "nl": ["Je kunt me bellen op {PHONE}.", "Mijn mobiele nummer is {PHONE}."],
        "pt": ["Pode ligar-me para o {PHONE}.", "O meu número é {PHONE}."],
    },
    "phones-bare": {
        "en": ["{name}\n{PHONE}\n{EMAIL}", "Contacts: {name} {PHONE}; {name} {PHONE}", "{name} – {PHONEINT}"],
        "de": ["{name}, {city}, {PHONE}"],
        "fr": ["{name} – {city} – {PHONE}"],
        "pt": ["{name} ({city}) {PHONE}"],
    },
    "ssn-forms": {
        "en": [
            "Applicant: {name}. SSN: {SSN}. Loan application {~invoice}, requested {~amount}.",
            "For the background check I need your social security number — mine is {SSN} if you need an example format, ZIP {~postcode}.",
            "Tax form W-2 for {name}, SSN {SSN}, employer ID {~employee id}, wages {~amount}.",
        ],
    },
    "ids-europe": {
        "es": ["Datos del titular: {name}, DNI {DNI}, domicilio en {city}, CP {~postcode}, teléfono {PHONE}."],
        "it": ["Intestatario: {name}, codice fiscale {CF}, CAP {~postcode}, cellulare {PHONE}, pratica {~invoice}."],
        "en": [
            "UK employee {name}: National Insurance number {NINO}, payroll no. {~employee id}, postcode {~postcode}."
        ],
    },
    "email-lookalikes": {
        "en": [
            "Assets: icon {~email-like} and {~email-like}; see package {~email-like}. Contact the maintainer at {EMAIL}.",
            "Clone with {~email-like}, then install {~email-like}. Build {~git sha} tagged {~version}.",
        ],
    },
    "dev-chat-no-pii": {
        "en": [
            "Deploy {~git sha} failed at {~timestamp}: pod restarted {n} times, port {~port}, request {~uuid}. Rolled back to {~version}.",
            "Bumped {~version pin} and {~version pin}; trace id {~hex}; job took {~counter} ms; see build {~order}.",
            "Sensor at {~coordinates} reported {~counter} events since {~timestamp}; firmware {~version}.",
        ],
    },
    "warehouse-no-pii": {
        "en": [
            "Picked {nn} x EAN {~ean}, SKU {~sku}, bin {~phone-like}, order {~order}, parcel {~tracking}, shipped {~timestamp}.",
            "Return {~invoice}: item {~ean} ({~sku}), refund {~amount} to card {~masked card}, customer no. {~customer no}.",
        ],
        "de": [
            "Kommissioniert: {nn} Stk. EAN {~ean}, {~sku}, Lagerplatz {~phone-like}, Auftrag {~order}, Paket {~tracking}."
        ],
        "fr": [
            "Préparé : {nn} x EAN {~ean}, réf. {~sku}, emplacement {~phone-like}, commande {~order}, colis {~tracking}."
        ],
    },
    "hospital-admin-no-pii": {
        "en": [
            "Bed state {~timestamp}: {~ward/bed} free, {~ward/bed} cleaning. Lab batch {~lab ref}, rejected sample {~nhs mod11-fail}, pager {nn}{n}.",
            "Audit: {~counter} records checked, sample numbers {~nhs mod11-fail} and {~nhs mod11-fail} failed the checksum.",
        ],
    },
    "ssn-lookalikes": {
        "en": [
            "Claim {~invoice} for part {~employee id}, ZIP {~postcode}, invalid test SSN {~invalid ssn}, batch {~counter}.",
            "Rejected identifiers: {~invalid ssn}, {~invalid ssn} (never issued). Ticket {~order}.",
        ],
    },
    "cards-lookalikes": {
        "en": [
            "Card ending {~masked card} declined; loyalty number {~gift card}; transaction {~uuid}; amount {~amount}.",
            "PAN masked as {~masked card}, token {~hex}, auth code {nn}{nn}{n}, terminal {~customer no}.",
        ],
        "es": ["Tarjeta {~masked card} rechazada; tarjeta regalo {~gift card}; operación {~uuid}; importe {~amount}."],
    },
    "iban-lookalikes": {
        "en": [
            "The IBAN {~mod97-fail iban} was rejected by the bank (checksum). Invoice {~invoice}, amount {~amount}."
        ],
        "de": ["Die IBAN {~mod97-fail iban} ist ungültig (Prüfziffer falsch). Rechnung {~invoice} über {~amount}."],
    },
    "mixed-chat-paste": {
        "en": [
            "hey can u summarise this thread? {name} wrote: 'pls send the contract to {EMAIL}, my cell is {PHONE}, the PO is {~order} and the quote was {~amount}'",
            "Translate to French: 'Your appointment is on {~timestamp}. Bring your passport ({PASSPORT}) and call {PHONE} if late. Ref {~booking ref}.'",
        ],
        "fr": [
            "Peux-tu corriger ce mail ? « Bonjour, mon IBAN est {IBAN} et ma date de naissance {DOB}. Dossier {~invoice}. »"
        ],
        "de": [
            "Bitte fasse zusammen: {name} ({EMAIL}, {PHONE}) hat am {~timestamp} die Rechnung {~invoice} über {~amount} reklamiert."
        ],
    },
    "gp-referral": {
        "en": [
            "GP referral {~invoice}: {name}, NHS no. {NHS}, d.o.b. {DOB}, tel {PHONEGB}. Previous sample {~nhs mod11-fail} lost; {~ward/bed}.",
            "Please book {name} ({NHS}) into clinic on {~timestamp}. Hospital number {~lab ref}, {~ward/bed}.",
        ],
    },
    "pharmacy-repeat": {
        "en": [
            "Repeat prescription for {name}, NHS number: {NHS}. Order {~order}, collect from pharmacy after {~timestamp}. Text {PHONEGB} when ready."
        ],
    },
    "card-dispute": {
        "en": [
            "I don't recognise a charge of {~amount} on {~timestamp}. Card number {CARD}, dispute ref {~invoice}.",
            "Chargeback request: PAN {CARD}, merchant order {~order}, amount {~amount}, ARN {~counter}.",
        ],
        "de": ["Ich erkenne eine Abbuchung über {~amount} nicht. Kreditkarte {CARD}, Vorgang {~invoice}."],
        "fr": ["Je conteste un débit de {~amount}. Carte bancaire {CARD}, dossier {~invoice}."],
        "es": ["No reconozco un cargo de {~amount}. Tarjeta {CARD}, reclamación {~invoice}."],
    },
    "payroll-us": {
        "en": [
            "Employee {name}, ID {~employee id}, SSN {SSN}, hired {~timestamp}, salary {~amount}, ZIP {~postcode}.",
            "W-4 received from {name} — Social Security No. {SSN}; ABA routing {ROUTING}; checking account {ACCOUNT}.",
        ],
    },
    "email-signature": {
        "en": [
            "Best regards,\n{name}\nHead of Procurement | ACME GmbH\nT: {PHONE}\nM: {PHONE}\n{EMAIL}\nVAT {~customer no}"
        ],
        "de": ["Mit freundlichen Grüßen\n{name}\nTel.: {PHONE}\nFax: {PHONE}\nE-Mail: {EMAIL}\nHRB {~customer no}"],
        "fr": ["Cordialement,\n{name}\nTél. : {PHONE}\nPortable : {PHONE}\n{EMAIL}\nSIRET {~customer no}"],
        "it": ["Cordiali saluti,\n{name}\nTel. {PHONE}\nCell. {PHONE}\n{EMAIL}\nP.IVA {~customer no}"],
        "nl": ["Met vriendelijke groet,\n{name}\nT {PHONE}\nM {PHONE}\n{EMAIL}\nKvK {~customer no}"],
        "pt": ["Com os melhores cumprimentos,\n{name}\nTel.: {PHONE}\nTlm.: {PHONE}\n{EMAIL}\nNIF {~customer no}"],
        "es": ["Saludos cordiales,\n{name}\nTel.: {PHONE}\nMóvil: {PHONE}\n{EMAIL}\nCIF {~customer no}"],
    },
    "tax-return-us": {
        "en": [
            "1040 prep notes: taxpayer {name}, SSN {SSN}, spouse SSN {SSN}, refund {~amount}, EIN on W-2 {~employee id}, DOB {DOB}."
        ],
    },
    "hotel-checkin": {
        "en": [
            "Guest {name}, passport no. {PASSPORT}, room {~ward/bed}, arrival {~timestamp}, rate {~amount}, confirmation {~booking ref}, mobile {PHONE}."
        ],
        "de": [
            "Gast {name}, Reisepass {PASSPORT}, Zimmer {nn}{n}, Anreise {~timestamp}, Buchung {~booking ref}, Telefon {PHONE}."
        ],
        "es": [
            "Huésped {name}, pasaporte {PASSPORT}, habitación {nn}{n}, llegada {~timestamp}, reserva {~booking ref}, teléfono {PHONE}."
        ],
    },
    "crm-export-csv": {
        "en": [
            "id,name,email,phone,created,ltv\n{~uuid},{name},{EMAIL},{PHONE},{~timestamp},{~amount}\n{~uuid},{name},{EMAIL},{PHONE},{~timestamp},{~amount}"
        ],
    },
    "insurance-claim": {
        "en": [
            "Claim {~invoice}: policyholder {name}, date of birth {DOB}, policy {~customer no}, incident {~timestamp}, estimate {~amount}. Phone {PHONE}."
        ],
        "de": [
            "Schadenmeldung {~invoice}: Versicherungsnehmer {name}, Geburtsdatum: {DOB}, Vertrag {~customer no}, Schaden am {~timestamp}, Telefon {PHONE}."
        ],
        "fr": [
            "Déclaration de sinistre {~invoice} : assuré {name}, date de naissance : {DOB}, contrat {~customer no}, le {~timestamp}."
        ],
        "es": [
            "Parte {~invoice}: asegurado {name}, fecha de nacimiento {DOB}, póliza {~customer no}, siniestro el {~timestamp}."
        ],
        "it": [
            "Denuncia sinistro {~invoice}: assicurato {name}, nato il {DOB}, polizza {~customer no}, evento del {~timestamp}."
        ],
        "nl": [
            "Schadeclaim {~invoice}: verzekerde {name}, geboren op {DOB}, polis {~customer no}, datum schade {~timestamp}."
        ],
        "pt": [
            "Participação {~invoice}: segurado {name}, data de nascimento {DOB}, apólice {~customer no}, sinistro em {~timestamp}."
        ],
    },
    "rental-application": {
        "en": [
            "Rental application — {name}, born {DOB}, passport {PASSPORT}, current employer ref {~employee id}, monthly income {~amount}, email {EMAIL}."
        ],
        "de": [
            "Mieterselbstauskunft: {name}, geboren am {DOB}, Personalausweis/Reisepass-Nr. {PASSPORT}, Nettoeinkommen {~amount}, E-Mail {EMAIL}."
        ],
        "nl": [
            "Huuraanvraag: {name}, geboortedatum {DOB}, paspoortnummer {PASSPORT}, inkomen {~amount}, e-mail {EMAIL}."
        ],
    },
    "network-inventory": {
        "en": [
            "host web-{nn} {IP} port {~port} os {~version}\nhost db-{nn} {IP} port {~port} serial {~hex}\nnetmask 255.255.255.0 gateway {IP}",
            "Firewall rule {~order}: allow {IP} -> {IP}:{~port}, added {~timestamp}, change {~invoice}.",
        ],
    },
}


_SLOT = re.compile(r"\{(~[a-z0-9/ -]+|[A-Z0-9]+|[a-z]+)\}")


def _fill(template: str, rng: random.Random, lang: str) -> tuple[str, list[Span]]:
    region = rng.choice(LANG_REGIONS[lang])
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    cursor = 0
    template = template.replace("{{", "\x00").replace("}}", "\x01")
    for m in _SLOT.finditer(template):
        lit = template[cursor : m.start()].replace("\x00", "{").replace("\x01", "}")
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        if key.startswith("~"):
            cat = key[1:]
            value = LOOKALIKES[cat](rng)
            spans.append(Span(pos, pos + len(value), None, cat))
        elif key in PII_FILL:
            entity, gen = PII_FILL[key]
            value = gen(rng, lang, region)
            spans.append(Span(pos, pos + len(value), entity, "test values" if key in TEST_KEYS else entity))
        else:
            value = PLAIN[key](rng)
        out.append(value)
        pos += len(value)
        cursor = m.end()
    out.append(template[cursor:].replace("\x00", "{").replace("\x01", "}"))
    return "".join(out), spans


def is_heldout(family: str) -> bool:
    return zlib.crc32(family.encode()) % 3 == 0


def build() -> list[Doc]:
    docs: list[Doc] = []
    for family, langs in FAMILIES.items():
        rng = random.Random(f"{SEED}:{family}")
        held = is_heldout(family)
        for i in range(PER_FAMILY):
            for lang, templates in langs.items():
                template = templates[i % len(templates)]
                text, spans = _fill(template, rng, lang)
                docs.append(Doc(family, lang, text, tuple(spans), held))
    return docs


# ---------------------------------------------------------------------------------------------
# evaluation


@dataclass
class Report:
    recall: dict[str, list[int]] = field(default_factory=dict)  # category -> [found, total]
    looks: dict[str, list[int]] = field(default_factory=dict)  # look-alike category -> [flagged, total]
    clean_docs: list[int] = field(default_factory=lambda: [0, 0])  # documents without PII: [flagged, total]
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (category, value, text)
    flags: list[tuple[str, str, str, str]] = field(default_factory=list)  # (category, value, entity, text)

    def look_total(self) -> tuple[int, int]:
        return sum(v[0] for v in self.looks.values()), sum(v[1] for v in self.looks.values())


def evaluate(docs: list[Doc], pii: PIIDetector | None = None) -> Report:
    """Score ``pii`` (default: the shipped PII detector) and the secrets detector on ``docs``."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bastion.gateway.policy.detectors.pii import PIIDetector
    from bastion.gateway.policy.detectors.secrets import SecretsDetector

    pii, secrets = pii or PIIDetector(), SecretsDetector()
    rep = Report()
    for doc in docs:
        found = [(m.entity, m.start, m.end) for m in pii.detect(doc.text)]
        found += [(m.entity, m.start, m.end) for m in secrets.detect(doc.text)]
        for s in doc.spans:
            overlapping = [f for f in found if f[1] < s.end and s.start < f[2]]
            if s.entity is not None:
                cell = rep.recall.setdefault(s.category, [0, 0])
                cell[1] += 1
                if any(f[0] == s.entity for f in overlapping):
                    cell[0] += 1
                else:
                    rep.misses.append((s.category, doc.text[s.start : s.end], doc.text))
            else:
                cell = rep.looks.setdefault(s.category, [0, 0])
                cell[1] += 1
                if overlapping:
                    cell[0] += 1
                    rep.flags.append((s.category, doc.text[s.start : s.end], overlapping[0][0], doc.text))
        if not any(s.entity for s in doc.spans):
            rep.clean_docs[1] += 1
            rep.clean_docs[0] += bool(found)
    return rep


def main() -> None:
    docs = build()
    show = "-v" in sys.argv
    for name, held in (("tuning", False), ("held out", True)):
        if held and "--heldout" not in sys.argv:
            print("held out: not run (pass --heldout)")
            continue
        part = [d for d in docs if d.heldout == held]
        rep = evaluate(part)
        fams = sorted({d.family for d in part})
        print(f"== {name}: {len(part)} documents, {len(fams)} families")
        for cat, (f, t) in sorted(rep.recall.items()):
            print(f"  recall {cat:14s} {f:4d}/{t:<4d} {f / t:.3f}")
        f, t = rep.look_total()
        print(
            f"  look-alike spans flagged: {f}/{t} = {f / max(1, t):.1%}; documents without PII flagged: "
            f"{rep.clean_docs[0]}/{rep.clean_docs[1]}"
        )
        for cat, (f, t) in sorted(rep.looks.items()):
            if f:
                print(f"    {cat}: {f}/{t}")
        if show:
            for cat, value, text in rep.misses:
                print(f"  MISS {cat}: {value!r} in {text[:200]!r}")
            for cat, value, ent, text in rep.flags:
                print(f"  FLAG {cat} as {ent}: {value!r} in {text[:200]!r}")


if __name__ == "__main__":
    main()

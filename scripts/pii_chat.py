"""A fifth PII set: what people paste into an assistant (issue #14's PII goals).

Written on 2026-12-06 ~20:30 UTC *before* reading ``pii.py``, ``secrets.py`` or the generators of
the other sets (``pii_varied``, ``pii_blind``, ``pii_world``), the way a team outside the project
would: entity names and promises from docs/policy.md only. Unlike the earlier sets it is made of
chat-style pastes: support chats, CRM exports, spreadsheets pasted as text (tabs), JSON and YAML
API payloads, SMS threads, .env files and logs, and forms in Spanish, Portuguese, Dutch, Polish,
Swedish, Japanese romaji and Hindi-English. Phones are national layouts of 17 countries and
international ones (``+44 (0)``, ``00 49``, ``011 44``, extensions, dots, dashes, brackets);
national layouts of countries other than the default regions (US, GB) appear only next to a phone
word or under a phone column, since no detector can validate a bare Polish mobile without its
region. Look-alikes come in 31 categories, among them checksum failures of real formats
(Luhn-failing cards, mod-97-failing IBANs, mod-11-failing NHS numbers, SSNs of unissued areas).

Labels come from the generator: every PII value is built with the real check digits and checked
with ``python-stdnum`` / ``phonenumbers``; every checksum look-alike is checked to fail. A PII span
is found when a detection of its entity overlaps it; a look-alike span is flagged when any
detection (PII or secret) overlaps it. Families (templates) are split: ``HELDOUT`` names ten of the
32 families, chosen when the set was written (before any run) so that every entity and the checksum
look-alikes are in both parts. ``OTHER_NATIONAL_ID`` (PESEL, BSN, CPF, personnummer) is personal data
that docs/policy.md does not promise; it is reported on its own row without a target, found when any
PII detection overlaps it.

Run: ``PYTHONPATH=. python scripts/pii_chat.py`` (add ``--failures`` for the misses of the tuning
part, ``--heldout-failures`` for those of the held-out part).
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from stdnum import ean, iban, isbn, luhn, verhoeff
from stdnum.br import cpf
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.us import rtn, ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import (  # noqa: E402
    MONTH_NAMES,
    UNPROMISED,
    Families,
    Message,
    _Builder,
    build_families,
    nhs_check_digit,
    report_families,
)

SEED = 20261206
PER_FAMILY = 36


# ---------------------------------------------------------------------------------------------
# Values with real check digits
# ---------------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


#: Country -> (national-number prefixes, digits after the prefix). Numbers are redrawn until
#: ``phonenumbers`` says they are valid.
_PHONE_PLANS: dict[str, list[tuple[str, int]]] = {
    "US": [(a, 7) for a in ("212", "415", "617", "312", "646", "206", "303", "512", "713", "305")],
    "GB": [("7700", 6), ("7911", 6), ("7481", 6), ("207", 7), ("203", 7), ("161", 7), ("131", 7)],
    "DE": [("151", 8), ("160", 7), ("170", 7), ("176", 8), ("30", 8), ("89", 8), ("40", 8)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("4", 8)],
    "ES": [("6", 8), ("91", 7), ("93", 7)],
    "PT": [("91", 7), ("93", 7), ("96", 7), ("21", 7)],
    "BR": [("119", 8), ("219", 8), ("11", 8), ("31", 8)],
    "NL": [("6", 8), ("20", 7), ("10", 7)],
    "PL": [("50", 7), ("51", 7), ("60", 7), ("69", 7), ("22", 7)],
    "SE": [("70", 7), ("73", 7), ("8", 7)],
    "JP": [("90", 8), ("80", 8), ("3", 8)],
    "IN": [("98", 8), ("97", 8), ("70", 8), ("11", 8)],
    "IT": [("33", 8), ("34", 8), ("06", 8)],
    "AU": [("4", 8), ("2", 8)],
    "MX": [("55", 8), ("33", 8)],
    "IE": [("85", 7), ("87", 7), ("1", 7)],
    "CH": [("79", 7), ("44", 7)],
}
OTHER_COUNTRIES = [c for c in _PHONE_PLANS if c not in ("US", "GB")]


def _phone_number(r: random.Random, country: str) -> phonenumbers.PhoneNumber:
    for _ in range(2000):
        prefix, n = r.choice(_PHONE_PLANS[country])
        national = prefix + _digits(r, n)
        if country == "US" and (national[3] in "01" or national[3:6] == "555"):
            continue
        try:
            num = phonenumbers.parse(national, country)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(f"no valid {country} number")


def _ext(r: random.Random) -> str:
    e = str(r.randint(10, 9999))
    return r.choice(
        [f" ext. {e}", f" x{e}", f" ext {e}", f", ext. {e}", f" (ext. {e})", f" Ext: {e}", f" extension {e}"]
    )


def phone(r: random.Random, country: str, intl: bool, ext: bool = False) -> str:
    """A valid number of ``country`` in one of the layouts people type; international layouts
    when ``intl`` (any country), national ones otherwise."""
    num = _phone_number(r, country)
    cc = str(num.country_code)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    inter = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    if intl:
        rest = inter.split(" ", 1)[1]
        style = r.randrange(9)
        if style == 0:
            out = inter
        elif style == 1:
            out = "+" + cc + nsn
        elif style == 2:
            out = f"00 {cc} {rest}"
        elif style == 3 and nat.startswith("0"):
            out = f"+{cc} (0){rest}" if r.random() < 0.5 else f"+{cc} (0) {rest}"
        elif style == 4:
            out = f"+{cc}-" + rest.replace(" ", "-")
        elif style == 5:
            out = f"+{cc}." + rest.replace(" ", ".")
        elif style == 6 and country != "US":
            out = f"011 {cc} {rest}"
        elif style == 7:
            out = f"00{cc}{nsn}"
        else:
            out = f"(+{cc}) {rest}"
    else:
        style = r.randrange(5)
        if country == "US":
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            out = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"({a}){b}-{c}"][style]
        elif style == 0:
            out = nat
        elif style == 1:
            out = nat.replace(" ", "")
        elif style == 2:
            out = nat.replace(" ", "-")
        elif style == 3:
            out = nat.replace(" ", ".")
        else:
            out = nat
    return out + (_ext(r) if ext else "")


def _luhn_complete(partial: str) -> str:
    return partial + luhn.calc_check_digit(partial)


_CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("2347", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("3589", 16),
    ("36", 14),
    ("62", 16),
]


def _card_digits(r: random.Random) -> str:
    prefix, n = r.choice(_CARD_PREFIXES)
    return _luhn_complete(prefix + _digits(r, n - len(prefix) - 1))


def _card_layout(r: random.Random, d: str) -> str:
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i : i + 4] for i in range(0, len(d), 4)]
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(groups)


def card(r: random.Random) -> str:
    return _card_layout(r, _card_digits(r))


def card_luhn_fail(r: random.Random) -> str:
    d = _card_digits(r)
    bad = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    assert not luhn.is_valid(bad)
    return _card_layout(r, bad)


_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: _digits(r, 18),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + _digits(r, 14),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + _digits(r, 10),
    "ES": lambda r: _digits(r, 20),
    "PT": lambda r: _digits(r, 21),
    "PL": lambda r: _digits(r, 24),
    "SE": lambda r: _digits(r, 20),
    "BE": lambda r: _digits(r, 12),
    "FR": lambda r: _digits(r, 10) + _digits(r, 11) + _digits(r, 2),
    "IT": lambda r: r.choice(string.ascii_uppercase) + _digits(r, 10) + _digits(r, 12),
    "CH": lambda r: _digits(r, 17),
    "AT": lambda r: _digits(r, 16),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _digits(r, 14),
    "DK": lambda r: _digits(r, 14),
    "NO": lambda r: _digits(r, 11),
    "FI": lambda r: _digits(r, 14),
}


def _iban_compact(r: random.Random, country: str | None = None) -> str:
    cc = country or r.choice(list(_BBAN))
    for _ in range(20000):
        bban = _BBAN[cc](r)
        check = iban.calc_check_digits(cc + "00" + bban)
        value = cc + check + bban
        if iban.is_valid(value):
            return value
    raise RuntimeError(f"no valid {cc} IBAN")


def _iban_layout(r: random.Random, compact: str) -> str:
    if r.random() < 0.3:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_value(r: random.Random, country: str | None = None) -> str:
    return _iban_layout(r, _iban_compact(r, country))


def iban_mod97_fail(r: random.Random, country: str | None = None) -> str:
    good = _iban_compact(r, country)
    while True:
        if r.random() < 0.5:
            bad = good[:2] + f"{(int(good[2:4]) + r.randint(1, 96)) % 97 + 2:02d}"[-2:] + good[4:]
        else:
            i = r.randrange(len(good) - 4, len(good))
            if not good[i].isdigit():
                continue
            bad = good[:i] + str((int(good[i]) + r.randint(1, 9)) % 10) + good[i + 1 :]
        if not iban.is_valid(bad):
            return _iban_layout(r, bad)


def ssn_value(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        v = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if len(set(v)) > 2 and ssn.is_valid(v) and v not in ("123456789", "078051120"):
            break
    sep = r.choice(["-", "-", "-", " ", ""])
    return sep.join([v[:3], v[3:5], v[5:]])


def ssn_invalid(r: random.Random) -> str:
    kind = r.randrange(4)
    a, g, s = f"{r.randint(1, 665):03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    if kind == 0:
        a = "000"
    elif kind == 1:
        a = "666"
    elif kind == 2:
        g = "00"
    else:
        s = "0000"
    v = f"{a}-{g}-{s}"
    assert not ssn.is_valid(v)
    return v


def _nhs_digits(r: random.Random, valid: bool) -> str:
    while True:
        base = str(r.randint(1, 9)) + _digits(r, 8)
        check = nhs_check_digit(base)
        if check == 10:
            continue
        if valid:
            v = base + str(check)
            if nhs.is_valid(v):
                return v
        else:
            v = base + str((int(check) + r.randint(1, 9)) % 10)
            if not nhs.is_valid(v):
                return v


def _nhs_layout(r: random.Random, d: str, style: int | None = None) -> str:
    s = r.randrange(4) if style is None else style
    if s == 0 or s == 1:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if s == 2:
        return d
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def nhs_value(r: random.Random, style: int | None = None) -> str:
    return _nhs_layout(r, _nhs_digits(r, True), style)


def nhs_fail(r: random.Random, style: int | None = None) -> str:
    return _nhs_layout(r, _nhs_digits(r, False), style)


def routing_number(r: random.Random) -> str:
    while True:
        base = r.choice(["0", "1", "2", "3"]) + _digits(r, 7)
        v = base + rtn.calc_check_digit(base)
        if rtn.is_valid(v):
            return v


def account_number(r: random.Random) -> str:
    return _digits(r, r.choice([8, 9, 10, 11, 12]))


def sort_code(r: random.Random) -> str:
    d = _digits(r, 6)
    return r.choice([f"{d[:2]}-{d[2:4]}-{d[4:]}", d])


def passport(r: random.Random, country: str) -> str:
    up = string.ascii_uppercase
    if country in ("US", "GB"):
        return str(r.randint(1, 9)) + _digits(r, 8)
    if country == "DE":
        alnum = "CFGHJKLMNPRTVWXYZ0123456789"
        return "C" + "".join(r.choice(alnum) for _ in range(8))
    if country == "ES":
        return "".join(r.choice(up) for _ in range(3)) + _digits(r, 6)
    if country == "NL":
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return (
            "".join(r.choice(alnum) for _ in range(2))
            + "".join(r.choice(alnum + "0123456789") for _ in range(6))
            + str(r.randint(1, 9))
        )
    if country == "PL":
        return "".join(r.choice(up) for _ in range(2)) + _digits(r, 7)
    if country == "SE":
        return _digits(r, 8)
    if country == "IN":
        return r.choice(up) + _digits(r, 7)
    if country == "JP":
        return "T" + r.choice("KRZ") + _digits(r, 7)
    if country == "BR":
        return "".join(r.choice(up) for _ in range(2)) + _digits(r, 6)
    raise ValueError(country)


def nino(r: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = _digits(r, 6)
    suf = r.choice("ABCD")
    return r.choice([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])


def dni(r: random.Random) -> str:
    n = r.randint(10000000, 99999999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    return r.choice([f"{n}{letter}", f"{n}-{letter}"])


def codice_fiscale(r: random.Random) -> str:
    up = "BCDFGHLMNPRSTVZ"
    body = (
        "".join(r.choice(up) for _ in range(6))
        + f"{r.randint(40, 99):02d}"
        + r.choice("ABCDEHLMPRST")
        + f"{r.choice([r.randint(1, 28), r.randint(41, 68)]):02d}"
        + r.choice("ABCDEFGHLMZ")
        + _digits(r, 3)
    )
    return body + codicefiscale.calc_check_digit(body)


def aadhaar(r: random.Random) -> str:
    while True:
        base = str(r.randint(2, 9)) + _digits(r, 10)
        v = base + verhoeff.calc_check_digit(base)
        if v != v[::-1]:
            return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])


def other_national_id(r: random.Random, country: str) -> str:
    """PESEL, BSN, CPF, personnummer: personal data the docs do not promise."""
    while True:
        if country == "PL":
            yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
            base = f"{yy:02d}{mm:02d}{dd:02d}" + _digits(r, 4)
            v = base + pesel.calc_check_digit(base)
            if pesel.is_valid(v):
                return v
        elif country == "NL":
            v = str(r.randint(1, 6)) + _digits(r, 8)
            if bsn.is_valid(v):
                return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
        elif country == "BR":
            base = _digits(r, 9)
            v = base + cpf._calc_check_digits(base)
            if cpf.is_valid(v) and len(set(v)) > 1:
                return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
        else:
            yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
            base = f"{yy:02d}{mm:02d}{dd:02d}" + _digits(r, 3)
            for c in "0123456789":
                v = f"{base[:6]}-{base[6:]}{c}"
                if personnummer.is_valid(v):
                    return v


def birth_date(r: random.Random, lang: str = "en") -> str:
    y, m, d = r.randint(1940, 2006), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(4)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}" if lang != "en" or r.random() < 0.5 else f"{m:02d}/{d:02d}/{y}"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 2:
        return f"{d:02d}.{m:02d}.{y}"
    name = MONTH_NAMES[lang][m - 1]
    if lang == "en":
        return r.choice([f"{name} {d}, {y}", f"{d} {name} {y}"])
    if lang in ("es", "pt"):
        return f"{d} de {name} de {y}"
    return f"{d} {name} {y}"


_FIRST = [
    "Anna",
    "Jan",
    "Maria",
    "Lukas",
    "Sofia",
    "Piotr",
    "Emma",
    "Lars",
    "Ana",
    "João",
    "Priya",
    "Rahul",
    "Yuki",
    "Kenji",
    "Olivia",
    "Mateo",
    "Sanne",
    "Agnieszka",
    "Erik",
    "Camila",
    "Daan",
    "Fatima",
    "Tom",
    "Chloe",
]
_LAST = [
    "Kowalski",
    "de Vries",
    "Svensson",
    "García",
    "Silva",
    "Sharma",
    "Tanaka",
    "Smith",
    "O'Neill",
    "Jansen",
    "Nowak",
    "Lindqvist",
    "Fernández",
    "Costa",
    "Patel",
    "Suzuki",
    "Brown",
    "Bakker",
    "Müller",
    "Rossi",
]
_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "empresa.es",
    "bedrijf.nl",
    "firma.pl",
    "foretag.se",
    "kaisha.co.jp",
    "company.co.in",
    "uol.com.br",
    "sapo.pt",
    "acme-corp.com",
    "mail.example-shop.de",
    "protonmail.ch",
    "hotmail.fr",
]


def person(r: random.Random) -> tuple[str, str]:
    return r.choice(_FIRST), r.choice(_LAST)


def email(r: random.Random, first: str | None = None, last: str | None = None) -> str:
    f, l_ = (first, last) if first and last else person(r)
    f = (
        f.lower()
        .replace("ã", "a")
        .replace("ç", "c")
        .replace("ü", "u")
        .replace("é", "e")
        .replace("ã", "a")
        .replace("á", "a")
    )
    l2 = (
        l_.lower()
        .replace(" ", "")
        .replace("'", "")
        .replace("í", "i")
        .replace("á", "a")
        .replace("é", "e")
        .replace("ü", "u")
    )
    local = r.choice(
        [
            f"{f}.{l2}",
            f"{f[0]}{l2}",
            f"{f}_{l2}{r.randint(1, 99)}",
            f"{f}+{r.choice(['orders', 'news', 'x'])}@"[:-1],
            f"{l2}.{f}",
        ]
    )
    return f"{local}@{r.choice(_DOMAINS)}"


def ipv4(r: random.Random) -> str:
    kind = r.randrange(3)
    if kind == 0:
        return f"{r.choice([10, 172, 192])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
    if r.random() < 0.5:
        return "2001:db8:" + ":".join(groups[2:])
    return f"2a02:{groups[1]}:{groups[2]}::{groups[7]}"


def _rand(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_ALNUM = string.ascii_letters + string.digits


def secret(r: random.Random) -> str:
    kind = r.randrange(9)
    if kind == 0:
        return "ghp_" + _rand(r, _ALNUM, 36)
    if kind == 1:
        return "AKIA" + _rand(r, string.ascii_uppercase + "234567", 16)
    if kind == 2:
        return "sk_live_" + _rand(r, _ALNUM, 24)
    if kind == 3:
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{_rand(r, _ALNUM, 24)}"
    if kind == 4:
        return "sk-proj-" + _rand(r, _ALNUM + "-_", 48)
    if kind == 5:
        return "AIza" + _rand(r, _ALNUM + "-_", 35)
    if kind == 6:
        return "glpat-" + _rand(r, _ALNUM + "-_", 20)
    if kind == 7:
        return "hf_" + _rand(r, _ALNUM, 34)
    return "npm_" + _rand(r, _ALNUM, 36)


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------

_HEX = "0123456789abcdef"


def _ean13(r: random.Random, prefix: str = "") -> str:
    base = prefix + _digits(r, 12 - len(prefix))
    return base + ean.calc_check_digit(base)


LOOKS: dict[str, Callable[[random.Random], str]] = {
    "order_number": lambda r: r.choice(
        [
            _digits(r, 10),
            f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
            f"ORD-{r.randint(2019, 2026)}-{_digits(r, 6)}",
            f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
            _digits(r, 8),
        ]
    ),
    "tracking_number": lambda r: r.choice(
        [
            "1Z" + _rand(r, string.ascii_uppercase + string.digits, 16),
            " ".join(_digits(r, 4) for _ in range(5)) + " " + _digits(r, 2),
            _digits(r, 10),
            _digits(r, 12),
            "3S" + _rand(r, string.ascii_uppercase, 4) + _digits(r, 7),
        ]
    ),
    "invoice_number": lambda r: r.choice(
        [
            f"INV-{r.randint(2020, 2026)}-{_digits(r, 5)}",
            f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 4)}",
            f"FV/{r.randint(1, 12):02d}/{r.randint(2020, 2026)}/{_digits(r, 4)}",
            _digits(r, 9),
        ]
    ),
    "ticket_number": lambda r: r.choice(
        [
            f"#{_digits(r, 7)}",
            f"INC{_digits(r, 7)}",
            f"SUP-{_digits(r, 5)}",
            f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}",
        ]
    ),
    "sku": lambda r: r.choice(
        [
            f"{_digits(r, 4)}-{_digits(r, 3)}-{r.choice(['BLK', 'WHT', 'RED'])}",
            "B0" + _rand(r, string.ascii_uppercase + string.digits, 8),
            f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 2)}",
            f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
        ]
    ),
    "unix_timestamp": lambda r: r.choice(
        [str(r.randint(1_600_000_000, 1_800_000_000)), str(r.randint(1_600_000_000_000, 1_800_000_000_000))]
    ),
    "datetime": lambda r: r.choice(
        [
            f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}",
        ]
    ),
    "version": lambda r: r.choice(
        [
            f"v{r.randint(0, 20)}.{r.randint(0, 40)}.{r.randint(0, 99)}",
            f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4999)}",
            f"{r.randint(100, 130)}.0.{r.randint(5000, 6999)}.{r.randint(10, 250)}",
            f"build {r.randint(20000, 26000)}.{r.randint(1000, 3999)}",
        ]
    ),
    "hash": lambda r: r.choice([_rand(r, _HEX, 40), _rand(r, _HEX, 32), _rand(r, _HEX, 64), _rand(r, _HEX, 7)]),
    "uuid": lambda r: "-".join(_rand(r, _HEX, n) for n in (8, 4, 4, 4, 12)),
    "coordinates": lambda r: r.choice(
        [
            f"{r.uniform(-60, 70):.6f}, {r.uniform(-170, 170):.6f}",
            f"{r.uniform(35, 60):.4f}N {r.uniform(0, 30):.4f}E",
            f"{r.randint(10, 60)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N",
        ]
    ),
    "measurement": lambda r: r.choice(
        [
            f"{r.choice([1920, 2560, 3840])}x{r.choice([1080, 1440, 2160])}",
            f"{r.uniform(0.1, 99):.1f} kg",
            f"{r.randint(2, 12)} x {r.choice([250, 330, 500])} ml",
            f"{r.randint(100, 240)}-{r.randint(241, 250)} V",
            f"{r.randint(10, 300)} x {r.randint(10, 300)} x {r.randint(10, 300)} mm",
        ]
    ),
    "money": lambda r: r.choice(
        [
            f"€ {r.randint(1, 999)}.{r.randint(100, 999)},{r.randint(10, 99)}",
            f"{r.randint(1, 999)},{r.randint(100, 999)},{r.randint(100, 999)}.{r.randint(10, 99)} USD",
            f"R$ {r.randint(1, 99)}.{r.randint(100, 999)},{r.randint(10, 99)}",
            f"PLN {r.randint(1, 99)} {r.randint(100, 999)},{r.randint(10, 99)}",
            f"₹{r.randint(1, 9)},{r.randint(10, 99)},{r.randint(100, 999)}",
            f"{r.randint(1, 99)} {r.randint(100, 999)} kr",
            f"¥{r.randint(10, 999)},{r.randint(100, 999)}",
            f"${r.randint(1000, 999999):,}.{r.randint(10, 99)}",
        ]
    ),
    "isbn_ean": lambda r: r.choice(
        [isbn.format(_ean13(r, "978")), _ean13(r, "40"), _ean13(r, "87"), _ean13(r, "590"), _ean13(r, "73")]
    ),
    "serial_number": lambda r: r.choice(
        [
            "C02" + _rand(r, string.ascii_uppercase + string.digits, 9),
            _rand(r, string.digits + "ABCDEF", 10),
            f"SN{_digits(r, 10)}",
            f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}",
        ]
    ),
    "imei": lambda r: _luhn_complete(r.choice(["35", "86", "49"]) + _digits(r, 12)),
    "card_luhn_fail": card_luhn_fail,
    "iban_mod97_fail": iban_mod97_fail,
    "nhs_mod11_fail": nhs_fail,
    "ssn_invalid": ssn_invalid,
    "postal_code": lambda r: r.choice(
        [
            f"{r.randint(10000, 99999)}-{r.randint(1000, 9999)}",
            f"{r.randint(1000, 9999)} {r.choice(['AB', 'KL', 'XZ'])}",
            f"{r.randint(10, 99)}-{r.randint(100, 999)}",
            f"{r.randint(100, 999)} {r.randint(10, 99)}",
            str(r.randint(110001, 560100)),
        ]
    ),
    "cloud_account": lambda r: r.choice(
        [
            _digits(r, 12),
            f"UA-{_digits(r, 8)}-{r.randint(1, 9)}",
            "cus_" + _rand(r, _ALNUM, 14),
            f"projects/{r.choice(['acme', 'shop'])}-{_digits(r, 6)}",
        ]
    ),
    "flight_booking": lambda r: r.choice(
        [
            f"{r.choice(['KL', 'LH', 'BA', 'LO', 'SK', 'TP', 'AI', 'JL'])}{r.randint(100, 9999)}",
            _rand(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
            f"{_digits(r, 3)}-{_digits(r, 10)}",
        ]
    ),
    "vin": lambda r: (
        r.choice(["1HGCM8", "WVWZZZ", "YV1RS6", "SB1KT5"]) + _rand(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 11)
    ),
    "mac_address": lambda r: ":".join(_rand(r, "0123456789ABCDEF", 2) for _ in range(6)),
    "company_tax_id": lambda r: r.choice(
        [
            f"NL{_digits(r, 9)}B01",
            f"DE{_digits(r, 9)}",
            f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
            f"5560{_digits(r, 2)}-{_digits(r, 4)}",
            f"B{_digits(r, 8)}",
            f"{_digits(r, 8)}",
        ]
    ),
    "big_count": lambda r: r.choice(
        [
            f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"{r.randint(1, 99)},{r.randint(100, 999)},{r.randint(100, 999)}",
            f"{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
        ]
    ),
    "error_code": lambda r: r.choice(
        [
            f"0x{_rand(r, '0123456789ABCDEF', 8)}",
            f"HTTP {r.choice([400, 403, 404, 429, 500, 502, 503])}",
            f"exit code {r.choice([1, 2, 127, 137, 139])}",
            f"ORA-{_digits(r, 5)}",
            f"E{_digits(r, 4)}",
        ]
    ),
    "bank_reference": lambda r: r.choice(
        [
            _digits(r, 15),
            f"RF{r.randint(10, 99)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            f"TRX{_digits(r, 12)}",
            f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
        ]
    ),
    "phone_like_id": lambda r: r.choice(
        [
            f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}",
            f"0{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
            f"{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}",
            f"+{_digits(r, 6)}",
        ]
    ),
    "ip_like": lambda r: r.choice(
        [
            f"{r.randint(256, 999)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(0, 255)}",
            f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
            f"1.3.6.1.4.1.{r.randint(1000, 99999)}",
        ]
    ),
}


def look(r: random.Random, cat: str) -> str:
    return LOOKS[cat](r)


# ---------------------------------------------------------------------------------------------
# Template families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_support_chat(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t("Customer: hi, my order ").lk("order_number", look(r, "order_number")).t(
        " still hasn't arrived, tracking says "
    )
    b.lk("tracking_number", look(r, "tracking_number")).t(" since Monday\n")
    b.t("Agent: Sorry about that! Can you confirm the email on the account?\n")
    b.t("Customer: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("Agent: Thanks. And a number we can call you back on?\n")
    c = r.choice(["US", "GB"])
    b.t("Customer: ").p("PHONE", phone(r, c, intl=r.random() < 0.3, ext=r.random() < 0.3)).t(
        r.choice([" (after 5pm pls)", "", " - mobile"])
    ).t("\n")
    b.t("Agent: Got it. I've opened ticket ").lk("ticket_number", look(r, "ticket_number")).t(" and refunded ").lk(
        "money", look(r, "money")
    ).t(".")
    return b


@family
def f_crm_csv(r: random.Random) -> _Builder:
    b = _Builder()
    head = r.choice(
        [
            "name,email,phone,customer_id,created_at,ltv",
            "Name;E-mail;Phone number;Customer ID;Created;LTV",
            "full_name,email_address,mobile,cust_id,signup_ts,total_spent",
        ]
    )
    sep = ";" if ";" in head else ","
    b.t(head + "\n")
    for _ in range(r.randint(2, 4)):
        first, last = person(r)
        c = r.choice(["US", "GB", "US", "GB", "DE", "NL", "PL", "SE", "ES", "BR"])
        b.t(f"{first} {last}{sep}").p("EMAIL", email(r, first, last)).t(sep)
        b.p("PHONE", phone(r, c, intl=c not in ("US", "GB") or r.random() < 0.4)).t(sep)
        b.lk("cloud_account", _digits(r, r.choice([6, 7, 8]))).t(sep).lk("unix_timestamp", look(r, "unix_timestamp")).t(
            sep
        )
        b.t(f"{r.randint(10, 9999)}.{r.randint(10, 99)}\n")
    return b


@family
def f_sheet_tsv(r: random.Random) -> _Builder:
    b = _Builder()
    b.t(
        r.choice(
            [
                "Employee\tSSN\tDOB\tEmp ID\tSalary\tStart\n",
                "Name\tSocial Security #\tDate of birth\tEmployee no.\tPay\tHired\n",
            ]
        )
    )
    for _ in range(r.randint(2, 4)):
        first, last = person(r)
        b.t(f"{first} {last}\t").p("US_SSN", ssn_value(r)).t("\t").p("DATE_OF_BIRTH", birth_date(r)).t("\t")
        b.lk("invoice_number", f"E{_digits(r, 5)}").t("\t").lk(
            "money", f"${r.randint(40, 180)},{r.randint(100, 999)}.00"
        ).t("\t")
        b.lk("datetime", f"{r.randint(1, 12)}/{r.randint(1, 28)}/20{r.randint(10, 25)}").t("\n")
    return b


@family
def f_json_payload(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t('Why does this request 400?\n```json\n{\n  "order_id": "').lk("order_number", look(r, "order_number")).t('",\n')
    b.t('  "customer": {\n    "email": "').p("EMAIL", email(r, first, last)).t('",\n    "phone": "')
    b.p("PHONE", phone(r, r.choice(list(_PHONE_PLANS)), intl=True)).t('",\n    "ip": "').p("IP_ADDRESS", ipv4(r)).t(
        '"\n  },\n'
    )
    b.t('  "payment": {"card_number": "').p("CREDIT_CARD", card(r)).t(
        f'", "exp": "{r.randint(1, 12):02d}/{r.randint(27, 31)}"}},\n'
    )
    b.t('  "previous_card": {"number": "').lk("card_luhn_fail", card_luhn_fail(r)).t(
        '", "status": "invalid_number"},\n'
    )
    b.t('  "items": [{"sku": "').lk("sku", look(r, "sku")).t('", "ean": "').lk("isbn_ean", _ean13(r, "40")).t(
        f'", "qty": {r.randint(1, 9)}}}],\n'
    )
    b.t('  "request_id": "').lk("uuid", look(r, "uuid")).t('",\n  "ts": ').lk(
        "unix_timestamp", look(r, "unix_timestamp")
    ).t("\n}\n```")
    return b


@family
def f_yaml_config(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("can you review my config?\n```yaml\nservice:\n  image: registry.local/api@sha256:").lk(
        "hash", _rand(r, _HEX, 64)
    ).t("\n")
    b.t("  version: ").lk("version", look(r, "version")).t("\n  replicas: 3\n  limits: {memory: 512Mi}\n")
    b.t("alerts:\n  oncall_email: ").p("EMAIL", email(r)).t('\n  oncall_phone: "').p(
        "PHONE", phone(r, r.choice(["US", "GB", "DE", "IE"]), intl=True)
    ).t('"\n')
    b.t("integrations:\n  api_token: ").p("SECRET", secret(r)).t("\n  project_id: ").lk(
        "cloud_account", look(r, "cloud_account")
    ).t("\n")
    b.t("  commit: ").lk("hash", _rand(r, _HEX, 40)).t("\n```")
    return b


@family
def f_sms_thread(r: random.Random) -> _Builder:
    b = _Builder()
    who = r.choice(["Mum", "Dave", "Priya", "Landlord", "Courier"])
    b.t(f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] {who}: new number, save it ")
    b.p("PHONE", phone(r, r.choice(list(_PHONE_PLANS)), intl=True)).t("\n")
    b.t(f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] me: ok! parcel code is ").lk(
        "tracking_number", look(r, "tracking_number")
    ).t(" btw\n")
    b.t(f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] {who}: the locker pin is ").lk(
        "phone_like_id", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}"
    ).t(", rent is ").lk("money", look(r, "money")).t("\n")
    b.t(f"[{r.randint(7, 22):02d}:{r.randint(0, 59):02d}] me: or call me at work ").p(
        "PHONE", phone(r, r.choice(["US", "GB"]), intl=False, ext=True)
    )
    return b


@family
def f_form_es(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t(f"Formulario de alta\nNombre: {first} {last}\nDNI: ").p("NATIONAL_ID", dni(r)).t("\n")
    b.t(r.choice(["Teléfono: ", "Móvil: ", "Tel.: "])).p("PHONE", phone(r, "ES", intl=r.random() < 0.4)).t("\n")
    b.t("Correo electrónico: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("IBAN: ").p("IBAN", iban_value(r, "ES")).t("\n")
    b.t("IBAN anterior (erróneo, no usar): ").lk("iban_mod97_fail", iban_mod97_fail(r, "ES")).t("\n")
    b.t("Fecha de nacimiento: ").p("DATE_OF_BIRTH", birth_date(r, "es")).t("\n")
    b.t("Nº de pedido: ").lk("order_number", look(r, "order_number")).t("\nImporte: ").lk(
        "money", f"{r.randint(10, 999)},{r.randint(10, 99)} €"
    )
    b.t("\nCódigo postal: ").lk("postal_code", str(r.randint(10000, 52999)))
    return b


@family
def f_form_pt(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    br = r.random() < 0.5
    b.t("Cadastro de cliente\n" if br else "Ficha de cliente\n")
    b.t(f"Nome: {first} {last}\n")
    if br:
        b.t("CPF: ").p(UNPROMISED, other_national_id(r, "BR")).t("\n")
    b.t(r.choice(["Telefone: ", "Celular: ", "Telemóvel: "])).p(
        "PHONE", phone(r, "BR" if br else "PT", intl=r.random() < 0.4)
    ).t("\n")
    b.t("E-mail: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("Data de nascimento: ").p("DATE_OF_BIRTH", birth_date(r, "pt")).t("\n")
    if not br:
        b.t("IBAN: ").p("IBAN", iban_value(r, "PT")).t("\n")
    b.t("Número do pedido: ").lk("order_number", look(r, "order_number")).t("\nValor: ").lk("money", look(r, "money"))
    b.t("\nCEP: " if br else "\nCódigo postal: ").lk(
        "postal_code", f"{_digits(r, 5)}-{_digits(r, 3)}" if br else f"{_digits(r, 4)}-{_digits(r, 3)}"
    )
    return b


@family
def f_form_nl(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t(f"Aanmelding\nNaam: {first} {last}\nBSN: ").p(UNPROMISED, other_national_id(r, "NL")).t("\n")
    b.t(r.choice(["Telefoonnummer: ", "Mobiel: ", "Tel: "])).p("PHONE", phone(r, "NL", intl=r.random() < 0.5)).t("\n")
    b.t("E-mailadres: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("Rekeningnummer (IBAN): ").p("IBAN", iban_value(r, "NL")).t("\n")
    b.t("Geboortedatum: ").p("DATE_OF_BIRTH", birth_date(r, "nl")).t("\n")
    b.t("KvK-nummer bedrijf: ").lk("company_tax_id", _digits(r, 8)).t("\nPostcode: ").lk(
        "postal_code", f"{r.randint(1000, 9999)} {r.choice(['AB', 'KL', 'XZ', 'GH'])}"
    )
    b.t("\nFactuurnummer: ").lk("invoice_number", look(r, "invoice_number"))
    return b


@family
def f_form_pl(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t(f"Formularz zgłoszeniowy\nImię i nazwisko: {first} {last}\nPESEL: ").p(
        UNPROMISED, other_national_id(r, "PL")
    ).t("\n")
    b.t(r.choice(["Telefon: ", "Nr telefonu: ", "Tel. kom.: "])).p("PHONE", phone(r, "PL", intl=r.random() < 0.4)).t(
        "\n"
    )
    b.t("E-mail: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("Numer konta: ").p("IBAN", iban_value(r, "PL")).t("\n")
    b.t("Data urodzenia: ").p("DATE_OF_BIRTH", birth_date(r, "pl")).t("\n")
    b.t("Paszport nr: ").p("PASSPORT", passport(r, "PL")).t("\n")
    b.t("NIP firmy: ").lk("company_tax_id", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}").t(
        "\nKod pocztowy: "
    ).lk("postal_code", f"{r.randint(10, 99)}-{r.randint(100, 999)}")
    b.t("\nKwota: ").lk("money", f"{r.randint(1, 99)} {r.randint(100, 999)},{r.randint(10, 99)} zł")
    return b


@family
def f_form_sv(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t(f"Ansökan\nNamn: {first} {last}\nPersonnummer: ").p(UNPROMISED, other_national_id(r, "SE")).t("\n")
    b.t(r.choice(["Telefon: ", "Mobil: ", "Tel: "])).p("PHONE", phone(r, "SE", intl=r.random() < 0.4)).t("\n")
    b.t("E-post: ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("IBAN: ").p("IBAN", iban_value(r, "SE")).t("\n")
    b.t("Födelsedatum: ").p("DATE_OF_BIRTH", birth_date(r, "sv")).t("\n")
    b.t("Passnummer: ").p("PASSPORT", passport(r, "SE")).t("\n")
    b.t("Org.nr: ").lk("company_tax_id", f"5560{_digits(r, 2)}-{_digits(r, 4)}").t("\nPostnummer: ").lk(
        "postal_code", f"{r.randint(100, 999)} {r.randint(10, 99)}"
    )
    b.t("\nBelopp: ").lk("money", f"{r.randint(1, 99)} {r.randint(100, 999)} kr")
    return b


@family
def f_romaji_chat(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Sumimasen, chuumon bangou ").lk("order_number", _digits(r, 10)).t(" no ken desu. ")
    b.t(r.choice(["Denwa bangou wa ", "Keitai bangou wa ", "Renrakusaki: "])).p(
        "PHONE", phone(r, "JP", intl=r.random() < 0.4)
    ).t(r.choice([" desu.", " made onegaishimasu.", ""])).t(" ")
    b.t("Meeru adoresu wa ").p("EMAIL", email(r)).t(" desu. ")
    if r.random() < 0.5:
        b.t("Pasupooto bangou: ").p("PASSPORT", passport(r, "JP")).t(". ")
    b.t("Kingaku wa ").lk("money", f"¥{r.randint(1, 99)},{r.randint(100, 999)}").t(", hassou wa ").lk(
        "datetime", look(r, "datetime")
    ).t(" deshita.")
    return b


@family
def f_hinglish(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("bhai mera order ").lk("order_number", f"OD{_digits(r, 18)}").t(" abhi tak nahi aaya, ")
    b.t(r.choice(["mera number ", "mera mobile number ", "mujhe call karo "])).p(
        "PHONE", phone(r, "IN", intl=r.random() < 0.5)
    ).t(r.choice([" hai", " pe", ""])).t(". ")
    b.t("aadhaar no ").p("NATIONAL_ID", aadhaar(r)).t(" KYC ke liye diya tha. ")
    b.t("refund ").lk("money", f"₹{r.randint(1, 9)},{r.randint(10, 99)},{r.randint(100, 999)}").t(
        " kab aayega? pincode "
    ).lk("postal_code", str(r.randint(110001, 560100)))
    b.t(", email ").p("EMAIL", email(r)).t(" pe bhej do.")
    return b


@family
def f_medical_uk(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Please summarise this referral:\nPatient: " + " ".join(person(r)) + "\n")
    b.t(r.choice(["NHS No: ", "NHS number ", "Hospital no. / NHS: "])).p("UK_NHS", nhs_value(r)).t("\n")
    b.t("DOB: ").p("DATE_OF_BIRTH", birth_date(r)).t("\n")
    b.t("GP surgery: ").p("PHONE", phone(r, "GB", intl=r.random() < 0.6)).t("\n")
    b.t("Ward ").lk("ticket_number", str(r.randint(1, 40))).t(", bed ").lk("measurement", f"{r.randint(1, 30)}B").t(
        ". BP "
    ).lk("measurement", f"{r.randint(100, 160)}/{r.randint(60, 99)}").t(" mmHg, weight ").lk(
        "measurement", f"{r.uniform(45, 120):.1f} kg"
    ).t("\n")
    b.t("Lab ref: ").lk("nhs_mod11_fail", nhs_fail(r, 2)).t("\n")
    b.t("Previous NHS number on file (rejected, check digit wrong): ").lk("nhs_mod11_fail", nhs_fail(r, 0))
    return b


@family
def f_gp_chat(r: random.Random) -> _Builder:
    b = _Builder()
    who = r.choice(["my mum", "my dad", "my son", "the patient"])
    b.t(f"Can you draft a letter to the surgery for {who}? ")
    b.t(r.choice(["NHS number ", "NHS no. is ", "NHS: ", "Details: ", "Number on the card: "])).p(
        "UK_NHS", nhs_value(r, r.choice([0, 1, 2, 3]))
    ).t(", ")
    b.t(r.choice(["date of birth ", "born ", "DOB "])).p("DATE_OF_BIRTH", birth_date(r)).t(". ")
    b.t("The clinic's number is ").p("PHONE", phone(r, "GB", intl=r.random() < 0.5)).t(". ")
    b.t("Appointment ref ").lk("nhs_mod11_fail", nhs_fail(r, 0)).t(" on ").lk("datetime", look(r, "datetime")).t(
        ", dose "
    ).lk("measurement", f"{r.randint(5, 500)} mg").t(".")
    return b


@family
def f_hr_onboarding_us(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t(f"Onboarding checklist for {first} {last}\n- SSN: ").p("US_SSN", ssn_value(r)).t("\n")
    b.t("- Direct deposit: routing number ").p("BANK_ACCOUNT", routing_number(r)).t(", account number ").p(
        "BANK_ACCOUNT", account_number(r)
    ).t("\n")
    b.t("- Passport: ").p("PASSPORT", passport(r, "US")).t("\n- Born ").p("DATE_OF_BIRTH", birth_date(r)).t("\n")
    b.t("- Employee ID ").lk("invoice_number", _digits(r, 6)).t(", laptop S/N ").lk(
        "serial_number", look(r, "serial_number")
    ).t("\n")
    b.t("- Form W-4 ref ").lk("invoice_number", f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 4)}").t(
        "; old SSN typed wrong ("
    ).lk("ssn_invalid", ssn_invalid(r)).t(") - ignore")
    return b


@family
def f_payment_dispute(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("I was charged twice! ").lk("money", look(r, "money")).t(" on the card ").p("CREDIT_CARD", card(r)).t(". ")
    b.t("Transaction ref ").lk("bank_reference", look(r, "bank_reference")).t(", auth code ").lk(
        "ticket_number", _digits(r, 6)
    ).t(". ")
    b.t("I also tried my other card ").lk("card_luhn_fail", card_luhn_fail(r)).t(
        " but the form said the number is invalid. "
    )
    b.t("Case ").lk("ticket_number", look(r, "ticket_number")).t(" opened on ").lk("datetime", look(r, "datetime")).t(
        "."
    )
    return b


@family
def f_travel_booking(r: random.Random) -> _Builder:
    b = _Builder()
    c = r.choice(["US", "GB", "DE", "ES", "NL", "PL", "SE", "IN", "JP", "BR"])
    first, last = person(r)
    b.t(f"Booking for {first} {last}, flight ").lk(
        "flight_booking", f"{r.choice(['KL', 'LH', 'BA', 'LO', 'SK'])}{r.randint(100, 9999)}"
    )
    b.t(", PNR ").lk("flight_booking", _rand(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)).t(", e-ticket ").lk(
        "flight_booking", f"{_digits(r, 3)}-{_digits(r, 10)}"
    ).t(".\n")
    b.t("Passport no. ").p("PASSPORT", passport(r, c)).t(", date of birth ").p("DATE_OF_BIRTH", birth_date(r)).t(".\n")
    b.t("Contact: ").p("PHONE", phone(r, c, intl=True)).t(" / ").p("EMAIL", email(r, first, last)).t("\n")
    b.t("Hotel confirmation ").lk("order_number", _digits(r, 10)).t(", seat ").lk(
        "measurement", f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    ).t(".")
    return b


@family
def f_log_paste(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("getting 502s, logs:\n")
    for _ in range(r.randint(2, 4)):
        b.lk("datetime", look(r, "datetime")).t(" INFO req=").lk("uuid", look(r, "uuid")).t(" client=")
        b.p("IP_ADDRESS", ipv4(r) if r.random() < 0.8 else ipv6(r)).t(" user=").p("EMAIL", email(r)).t(" status=")
        b.lk("error_code", f"{r.choice([200, 502, 504])}").t(" dur=").lk("measurement", f"{r.randint(1, 9999)}ms").t(
            " agent=Chrome/"
        ).lk("version", f"{r.randint(100, 130)}.0.{r.randint(5000, 6999)}.{r.randint(10, 250)}").t("\n")
    b.t("pid ").lk("big_count", str(r.randint(1000, 99999))).t(" exited with ").lk("error_code", look(r, "error_code"))
    return b


@family
def f_ecommerce_ops(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Order\tTracking\tSKU\tEAN\tQty\tTotal\tShipped\n")
    for _ in range(r.randint(3, 5)):
        b.lk("order_number", look(r, "order_number")).t("\t").lk("tracking_number", look(r, "tracking_number")).t(
            "\t"
        ).lk("sku", look(r, "sku")).t("\t")
        b.lk("isbn_ean", _ean13(r, r.choice(["40", "87", "590", "73"]))).t(f"\t{r.randint(1, 20)}\t").lk(
            "money", look(r, "money")
        ).t("\t").lk("datetime", look(r, "datetime")).t("\n")
    b.t("customer contact for the late one: ").p("EMAIL", email(r))
    return b


@family
def f_it_ticket(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Laptop won't boot after update to ").lk("version", look(r, "version")).t(". Serial ").lk(
        "serial_number", look(r, "serial_number")
    ).t(", MAC ").lk("mac_address", look(r, "mac_address"))
    b.t(", asset tag ").lk("serial_number", f"IT-{_digits(r, 6)}").t(". Phone IMEI ").lk("imei", look(r, "imei")).t(
        ". It got IP "
    ).p("IP_ADDRESS", ipv4(r)).t(" from DHCP. ")
    b.t("Error ").lk("error_code", look(r, "error_code")).t(". Please call me at ").p(
        "PHONE", phone(r, r.choice(["US", "GB"]), intl=False, ext=True)
    ).t(". Firmware ").lk("ip_like", look(r, "ip_like")).t(".")
    return b


@family
def f_env_paste(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("my .env (why does auth fail?)\n")
    b.t(r.choice(["GITHUB_TOKEN=", "API_KEY=", "export OPENAI_API_KEY=", "STRIPE_SECRET="])).p("SECRET", secret(r)).t(
        "\n"
    )
    b.t("SESSION_ID=").lk("uuid", look(r, "uuid")).t("\nBUILD_SHA=").lk("hash", _rand(r, _HEX, 40)).t(
        "\nCACHE_TTL="
    ).lk("big_count", str(r.choice([3600, 86400, 604800]))).t("\n")
    b.t("APP_VERSION=").lk("version", look(r, "version")).t("\nCHECKSUM=").lk("hash", _rand(r, _HEX, 32)).t(
        "\nADMIN_EMAIL="
    ).p("EMAIL", email(r)).t("\n")
    b.t("ACCOUNT=").lk("cloud_account", _digits(r, 12)).t("\n")
    return b


@family
def f_finance_recon(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Reconcile these payouts:\n")
    for _ in range(r.randint(2, 3)):
        b.t("- ").lk("money", look(r, "money")).t(" to ").p("IBAN", iban_value(r)).t(", ref ").lk(
            "bank_reference", look(r, "bank_reference")
        ).t("\n")
    b.t("- bounced: IBAN ").lk("iban_mod97_fail", iban_mod97_fail(r)).t(" (checksum error)\n")
    b.t("- invoice ").lk("invoice_number", look(r, "invoice_number")).t(" paid on ").lk(
        "datetime", look(r, "datetime")
    ).t("\n")
    b.t("Our VAT ").lk("company_tax_id", look(r, "company_tax_id")).t(".")
    return b


@family
def f_signature_intl(r: random.Random) -> _Builder:
    b = _Builder()
    c = r.choice(["GB", "DE", "NL", "FR", "IT", "IE", "CH", "AU"])
    first, last = person(r)
    b.t("Thanks, see below.\n\n--\n" + f"{first} {last}\nHead of Partnerships\n")
    b.t(r.choice(["T ", "T: ", "Tel. ", "Office: "])).p("PHONE", phone(r, c, intl=True)).t("\n")
    b.t(r.choice(["M ", "M: ", "Mobile: ", "Cell: "])).p("PHONE", phone(r, c, intl=True)).t("\n")
    b.p("EMAIL", email(r, first, last)).t("\n")
    b.t("Reg. no. ").lk("company_tax_id", _digits(r, 8)).t(" | VAT ").lk("company_tax_id", f"{c}{_digits(r, 9)}").t(
        "\n"
    )
    return b


@family
def f_call_notes(r: random.Random) -> _Builder:
    b = _Builder()
    c = r.choice(list(_PHONE_PLANS))
    b.t("Call notes: customer rang from ").p("PHONE", phone(r, c, intl=True)).t(" about claim ").lk(
        "ticket_number", look(r, "ticket_number")
    ).t(". ")
    b.t("Wants a callback on the office line ").p(
        "PHONE", phone(r, r.choice(["US", "GB"]), intl=r.random() < 0.5, ext=True)
    ).t(". ")
    b.t("Policy ").lk("order_number", _digits(r, 10)).t(", premium ").lk("money", look(r, "money")).t(". ")
    b.t("Duration ").lk("measurement", f"{r.randint(1, 59)} min").t(", call id ").lk(
        "phone_like_id", look(r, "phone_like_id")
    ).t(".")
    return b


@family
def f_product_copy(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Rewrite this listing: ").lk("measurement", look(r, "measurement")).t(" stainless kettle, model ").lk(
        "sku", look(r, "sku")
    ).t(", EAN ").lk("isbn_ean", look(r, "isbn_ean"))
    b.t(". Voltage ").lk("measurement", f"{r.randint(100, 240)}-{r.randint(241, 250)} V").t(", sold ").lk(
        "big_count", look(r, "big_count")
    ).t(" units since ").lk("datetime", look(r, "datetime"))
    b.t(". Price ").lk("money", look(r, "money")).t(", ISBN of the manual ").lk(
        "isbn_ean", isbn.format(_ean13(r, "978"))
    ).t(", firmware ").lk("version", look(r, "version")).t(".")
    return b


@family
def f_geo_ops(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Drone flight log: took off at ").lk("coordinates", look(r, "coordinates")).t(", landed at ").lk(
        "coordinates", look(r, "coordinates")
    )
    b.t(" at ").lk("unix_timestamp", look(r, "unix_timestamp")).t(". Altitude ").lk(
        "measurement", f"{r.randint(10, 400)} m"
    ).t(", battery ").lk("measurement", f"{r.randint(10, 99)}%")
    b.t(", vehicle VIN ").lk("vin", look(r, "vin")).t(", OID ").lk(
        "ip_like", f"1.3.6.1.4.1.{r.randint(1000, 99999)}"
    ).t(", frame ").lk("bank_reference", _digits(r, 15)).t(".")
    return b


@family
def f_checksum_fails(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("QA: these inputs must be rejected by the validator:\n")
    b.t("card: ").lk("card_luhn_fail", card_luhn_fail(r)).t("\n")
    b.t("iban: ").lk("iban_mod97_fail", iban_mod97_fail(r)).t("\n")
    b.t("nhs: ").lk("nhs_mod11_fail", nhs_fail(r)).t("\n")
    b.t("ssn: ").lk("ssn_invalid", ssn_invalid(r)).t("\n")
    b.t("and this one must pass: ").p("CREDIT_CARD", card(r))
    return b


@family
def f_bank_chat(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Hi, I need to update my payroll details. New ")
    if r.random() < 0.5:
        b.t("sort code ").p("BANK_ACCOUNT", sort_code(r)).t(" and account number ").p("BANK_ACCOUNT", _digits(r, 8))
    else:
        b.t("checking account ").p("BANK_ACCOUNT", account_number(r)).t(", ABA ").p("BANK_ACCOUNT", routing_number(r))
    b.t(". My NI number is ").p("NATIONAL_ID", nino(r)).t(". Payslip no. ").lk("invoice_number", _digits(r, 7)).t(
        ", net "
    ).lk("money", look(r, "money")).t(". ")
    b.t("Reach me on ").p("PHONE", phone(r, r.choice(["US", "GB"]), intl=r.random() < 0.5)).t(".")
    return b


@family
def f_it_cf_chat(r: random.Random) -> _Builder:
    b = _Builder()
    first, last = person(r)
    b.t("Ciao, per la pratica ").lk("ticket_number", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}").t(
        f" di {first} {last}: codice fiscale "
    ).p("NATIONAL_ID", codice_fiscale(r))
    b.t(", cellulare ").p("PHONE", phone(r, "IT", intl=r.random() < 0.5)).t(", nato il ").p(
        "DATE_OF_BIRTH", birth_date(r)
    ).t(". Importo ").lk("money", f"€ {r.randint(1, 99)}.{r.randint(100, 999)},{r.randint(10, 99)}")
    b.t(", fattura ").lk("invoice_number", look(r, "invoice_number")).t(", CAP ").lk(
        "postal_code", str(r.randint(10000, 98199))
    ).t(".")
    return b


@family
def f_plain_numbers_chat(r: random.Random) -> _Builder:
    """Bare numbers in prose, no labels: the hard look-alikes."""
    b = _Builder()
    b.t(r.choice(["Quick q - ", "Hey, ", "So "])).t("the ref ").lk("phone_like_id", look(r, "phone_like_id")).t(
        " and "
    ).lk("order_number", look(r, "order_number"))
    b.t(" both show ").lk("money", look(r, "money")).t(". Population was ").lk("big_count", look(r, "big_count")).t(
        " in "
    ).lk("datetime", str(r.randint(1990, 2025)))
    b.t(", the parcel ").lk("tracking_number", look(r, "tracking_number")).t(" weighed ").lk(
        "measurement", look(r, "measurement")
    ).t(", postcode ").lk("postal_code", look(r, "postal_code")).t(".")
    return b


@family
def f_contact_prose(r: random.Random) -> _Builder:
    """Numbers of many countries in running text with context words."""
    b = _Builder()
    c = r.choice(OTHER_COUNTRIES)
    first, _ = person(r)
    b.t(
        f"{first} {r.choice(['said to call her on', 'can be reached at', 'gave me her cell,', 'asked us to phone'])} "
    ).p("PHONE", phone(r, c, intl=r.random() < 0.5)).t(", ")
    b.t(r.choice(["or text ", "or WhatsApp ", "backup number "])).p(
        "PHONE", phone(r, r.choice(["US", "GB"]), intl=r.random() < 0.3)
    ).t(". ")
    b.t("She mentioned order ").lk("order_number", look(r, "order_number")).t(" and the ").lk(
        "measurement", look(r, "measurement")
    ).t(" box.")
    return b


HELDOUT = frozenset(
    {
        "medical_uk",
        "hr_onboarding_us",
        "form_es",
        "hinglish",
        "call_notes",
        "env_paste",
        "product_copy",
        "json_payload",
        "form_pl",
        "sms_thread",
    }
)


def build(per_family: int = PER_FAMILY) -> list[Message]:
    return build_families(FAMILIES, SEED, per_family, HELDOUT)


def main() -> None:
    report_families(build(), len(FAMILIES), HELDOUT, always_heldout=True)


if __name__ == "__main__":
    main()

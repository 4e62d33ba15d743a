"""Another blind PII set: business documents and pastes of kinds the earlier sets have few of
(issue #14's PII goals: recall >= 0.97 per validated entity, <= 1% of look-alikes flagged).

Written on 2026-12-06 ~23:40 UTC (branch i41) *before* reading the rules of ``pii.py``, from the
promises in docs/policy.md only, the way a team outside the project would; its values come from
its own generators, not those of ``pii_varied``/``pii_blind``/``pii_world``/``pii_chat``. Document
kinds: support tickets, application logs and stack traces, CI build logs, CSV/TSV exports,
invoices and till receipts, pharmacy and GP notes, shipping notices, HR forms, warehouse sheets,
payment disputes, e-mails with signatures, and chats in German, French, Spanish, Italian, Dutch
and Portuguese. PII: cards (Luhn, issuer ranges and layouts), IBANs (mod 97, several countries),
NHS numbers (mod 11), SSNs (issuance rules, with "SSN" or a column naming it), phones of 20
countries in national and international layouts with extensions, ``+CC (0)`` trunk prefixes and
``00``/``011`` exits (numbers of countries other than US/GB next to a phone word or in a contact
layout, as docs/policy.md requires), e-mails, IPv4/IPv6, provider keys, bank accounts and dates of
birth next to their labels. Look-alikes of kinds such as order, tracking, invoice and ticket
numbers, SKUs, ISBNs, versions, timestamps, coordinates, lottery/loyalty/membership numbers, part
numbers, serials, IMEIs, NDC and Rx numbers, container and tariff codes, purchase orders,
checksum-failing cards/IBANs/NHS numbers, unissued SSNs, dates, amounts, build hashes, digests and
UUIDs.

Labels come from the generator: every PII value is built with its real check digits and checked
with ``python-stdnum`` / ``phonenumbers``; every checksum look-alike is checked to fail. Scoring is
``pii_rounds.evaluate``: a PII span is found when a detection of its entity overlaps it (``SECRET``
for keys: the secrets detector), a look-alike span is flagged when any detection overlaps it.
Families are split by position: every 4th family (``FAMILIES.every(4)``) is held out, fixed when the
set was written, and never used to change a rule.

Run: ``PYTHONPATH=. python scripts/pii_sixth.py`` (``--failures`` lists the tuning part's misses
and flags; ``--heldout-failures`` the held-out part's).
"""

from __future__ import annotations

import base64
import random
import string
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import phonenumbers
from stdnum import ean, iban, isbn, luhn
from stdnum.gb import nhs
from stdnum.us import ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import HEX, UP, BlindCheck, D, Families, Round, _Builder, nhs_check_digit  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207
PER_FAMILY = 30

AN = string.ascii_letters + string.digits


# ---------------------------------------------------------------------------------------------
# PII values with real check digits
# ---------------------------------------------------------------------------------------------

#: Country -> national significant number plans (leading digits, digits after them).
_PLANS: dict[str, list[tuple[str, int]]] = {
    "US": [(a, 7) for a in ("206", "503", "720", "919", "404", "615", "480", "702", "347", "818")],
    "CA": [("416", 7), ("604", 7), ("514", 7), ("613", 7)],
    "GB": [("74", 8), ("75", 8), ("78", 8), ("7911", 6), ("20", 8), ("161", 7), ("113", 7), ("117", 7)],
    "DE": [("152", 8), ("157", 8), ("171", 7), ("175", 7), ("30", 8), ("69", 8), ("221", 7)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("3", 8), ("5", 8)],
    "ES": [("6", 8), ("7", 8), ("91", 7), ("96", 7)],
    "IT": [("32", 8), ("34", 8), ("02", 8), ("06", 7)],
    "NL": [("6", 8), ("20", 7), ("30", 7)],
    "BE": [("47", 7), ("49", 7), ("2", 7)],
    "AT": [("664", 7), ("676", 7), ("1", 7)],
    "CH": [("76", 7), ("78", 7), ("31", 7)],
    "IE": [("83", 7), ("86", 7), ("1", 7)],
    "AU": [("4", 8), ("3", 8), ("7", 8)],
    "NZ": [("21", 7), ("9", 7)],
    "IN": [("9", 9), ("8", 9), ("22", 8)],
    "ZA": [("82", 7), ("72", 7), ("21", 7)],
    "SE": [("72", 7), ("76", 7), ("31", 7)],
    "DK": [("2", 7), ("4", 7)],
    "PT": [("91", 7), ("96", 7), ("21", 7)],
    "MX": [("55", 8), ("81", 8)],
    "SG": [("8", 7), ("9", 7), ("6", 7)],
    "BR": [("119", 8), ("21", 8)],
}


def _phone_obj(r: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    for _ in range(5000):
        lead, n = r.choice(_PLANS[cc])
        nat = lead + _r(r, D, n)
        if cc in ("US", "CA") and (nat[3] in "01" or nat[3:6] == "555"):
            continue
        try:
            num = phonenumbers.parse(nat, cc)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(cc)


def _ext(r: random.Random) -> str:
    n = _r(r, D, r.choice((2, 3, 3, 4)))
    lead = r.choice((" ext. ", " ext ", " x", " Ext: ", ", ext. ", " extension ", " x.", " (ext ", " ext-"))
    return lead + n + (")" if lead.startswith(" (") else "")


def phone(r: random.Random, cc: str, style: str = "any", ext: bool = False) -> str:
    """A valid number of ``cc`` in a layout: ``national``, ``intl``, ``e164``, ``trunk`` (``+44 (0)20
    ...``), ``exit00``, ``exit011``, ``us_dash``/``us_dot``/``us_paren``/``us_one``, or ``any``."""
    num = _phone_obj(r, cc)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    code = str(num.country_code)
    rest = intl[len(code) + 2 :]
    if style == "any":
        choices = ["national", "intl", "intl", "e164", "exit00"]
        if nat.startswith("0"):
            choices.append("trunk")
        if cc in ("US", "CA"):
            choices += ["us_dash", "us_dot", "us_paren", "us_one"]
        if cc == "GB":
            choices.append("exit011")
        style = r.choice(choices)
    nsn = str(num.national_number)
    if style == "national":
        out = nat
    elif style == "intl":
        out = intl
    elif style == "e164":
        out = "+" + code + nsn
    elif style == "trunk":
        out = f"+{code} (0){rest}" if nat.startswith("0") else intl
    elif style == "exit00":
        out = f"00{r.choice(('', ' '))}{code} {rest}"
    elif style == "exit011":
        out = f"011 {code} {rest}"
    elif style == "us_dash":
        out = f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    elif style == "us_dot":
        out = f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
    elif style == "us_paren":
        out = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
    elif style == "us_one":
        out = f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    else:
        raise ValueError(style)
    return out + (_ext(r) if ext else "")


def _luhn_fill(partial: str) -> str:
    return partial + luhn.calc_check_digit(partial)


_CARD_RANGES: list[tuple[Callable[[random.Random], str], int]] = [
    (lambda r: "4" + _r(r, D, 5), 16),
    (lambda r: str(r.randint(51, 55)) + _r(r, D, 4), 16),
    (lambda r: str(r.randint(2221, 2720)) + _r(r, D, 2), 16),
    (lambda r: r.choice(("34", "37")) + _r(r, D, 4), 15),
    (lambda r: "6011" + _r(r, D, 2), 16),
    (lambda r: "65" + _r(r, D, 4), 16),
    (lambda r: str(r.randint(3528, 3589)) + _r(r, D, 2), 16),
    (lambda r: "36" + _r(r, D, 4), 14),
    (lambda r: "62" + _r(r, D, 4), 16),
]


def _card_digits(r: random.Random) -> str:
    head, n = r.choice(_CARD_RANGES)
    start = head(r)
    return _luhn_fill(start + _r(r, D, n - len(start) - 1))


def _card_layout(r: random.Random, d: str) -> str:
    if len(d) == 15:
        sep = r.choice((" ", "-", ""))
        return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"
    if len(d) == 14:
        sep = r.choice((" ", ""))
        return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"
    sep = r.choice((" ", " ", "-", ""))
    return sep.join(d[i : i + 4] for i in range(0, len(d), 4))


def card(r: random.Random) -> str:
    return _card_layout(r, _card_digits(r))


def card_fail(r: random.Random) -> str:
    d = _card_digits(r)
    wrong = str((int(d[-1]) + r.randint(1, 9)) % 10)
    d = d[:-1] + wrong
    assert not luhn.is_valid(d)
    return _card_layout(r, d)


#: Country -> BBAN generator (countries whose BBAN has no national check digit, and Belgium
#: with its own mod 97 pair).
def _be_bban(r: random.Random) -> str:
    head = _r(r, D, 10)
    chk = int(head) % 97 or 97
    return f"{head}{chk:02d}"


_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: _r(r, D, 18),
    "GB": lambda r: r.choice(("BARC", "LOYD", "HBUK", "NWBK", "MIDL")) + _r(r, D, 14),
    "NL": lambda r: r.choice(("ABNA", "RABO", "INGB", "TRIO")) + _r(r, D, 10),
    "AT": lambda r: _r(r, D, 16),
    "CH": lambda r: _r(r, D, 17),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + _r(r, D, 14),
    "PL": lambda r: _r(r, D, 24),
    "SE": lambda r: _r(r, D, 20),
    "DK": lambda r: _r(r, D, 14),
    "FI": lambda r: _r(r, D, 14),
    "LU": lambda r: _r(r, D, 16),
    "BE": _be_bban,
    "LT": lambda r: _r(r, D, 16),
    "HU": lambda r: _r(r, D, 24),
}


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def _iban_compact(r: random.Random, cc: str | None = None) -> str:
    for _ in range(500):
        c = cc or r.choice(sorted(_BBAN))
        bban = _BBAN[c](r)
        v = c + _iban_check(c, bban) + bban
        if iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def _iban_layout(r: random.Random, v: str) -> str:
    if r.random() < 0.65:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def iban_value(r: random.Random, cc: str | None = None) -> str:
    return _iban_layout(r, _iban_compact(r, cc))


def iban_fail(r: random.Random, cc: str | None = None) -> str:
    v = _iban_compact(r, cc)
    while True:
        bad = v[:2] + f"{r.randint(2, 98):02d}" + v[4:]
        if not iban.is_valid(bad):
            return _iban_layout(r, bad)


def _nhs_digits(r: random.Random, valid: bool) -> str:
    while True:
        body = r.choice("4679") + _r(r, D, 8)
        chk = nhs_check_digit(body)
        if chk == 10:
            continue
        if valid:
            d = body + str(chk)
            assert nhs.is_valid(d)
            return d
        d = body + str((chk + r.randint(1, 9)) % 10)
        if not nhs.is_valid(d):
            return d


def _nhs_layout(r: random.Random, d: str) -> str:
    k = r.random()
    if k < 0.6:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if k < 0.8:
        return d
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def nhs_value(r: random.Random) -> str:
    return _nhs_layout(r, _nhs_digits(r, True))


def nhs_fail(r: random.Random) -> str:
    return _nhs_layout(r, _nhs_digits(r, False))


def _ssn_digits(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        d = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if len(set(d)) > 2 and d not in ("123456789", "078051120", "219099999") and ssn.is_valid(d):
            return d


def _ssn_layout(r: random.Random, d: str) -> str:
    sep = r.choice(("-", "-", "-", " ", ""))
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def ssn_value(r: random.Random) -> str:
    return _ssn_layout(r, _ssn_digits(r))


def ssn_unissued(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        d = f"000{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    elif k == 1:
        d = f"666{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    elif k == 2:
        d = f"{r.randint(900, 999)}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    else:
        d = f"{r.randint(1, 665):03d}00{r.randint(1, 9999):04d}"
    assert not ssn.is_valid(d)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


_GIVEN = [
    "olivia",
    "noah",
    "amara",
    "kenji",
    "lukas",
    "chloe",
    "mateo",
    "ines",
    "priya",
    "tomasz",
    "freya",
    "jonas",
    "camille",
    "diego",
    "aoife",
    "sven",
    "leila",
    "marco",
    "hannah",
    "ravi",
]
_FAMILY = [
    "okafor",
    "lindqvist",
    "moreau",
    "tanaka",
    "schulz",
    "garcia",
    "nowak",
    "rossi",
    "vermeer",
    "oconnell",
    "silva",
    "haddad",
    "kowalski",
    "brennan",
    "dubois",
    "fischer",
    "murphy",
    "patel",
]
_MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "sapo.pt",
    "northwind-traders.com",
    "acme-logistics.co.uk",
    "kliniken-sued.de",
    "proton.me",
    "icloud.com",
    "hey.com",
    "fabrikam.io",
]


def name(r: random.Random) -> tuple[str, str]:
    return r.choice(_GIVEN), r.choice(_FAMILY)


def email(r: random.Random, who: tuple[str, str] | None = None) -> str:
    g, f = who or name(r)
    local = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{r.randint(1, 99)}", f"{g}", f"{f}.{g[0]}"))
    return f"{local}@{r.choice(_MAIL_DOMAINS)}"


def ipv4(r: random.Random) -> str:
    while True:
        a = r.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    groups = [r.choice(("2a02", "2a01", "2600", "2607", "2001", "2c0f"))]
    groups += [f"{r.randint(1, 0xFFFF):x}" for _ in range(3)]
    if r.random() < 0.5:
        return ":".join(groups) + "::" + f"{r.randint(1, 0xFFFF):x}"
    return ":".join(groups + [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)])


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def secret(r: random.Random) -> str:
    k = r.randrange(10)
    if k == 0:
        return "AKIA" + _r(r, UP + "234567", 16)
    if k == 1:
        return "ghp_" + _r(r, AN, 36)
    if k == 2:
        return "sk_live_" + _r(r, AN, 24)
    if k == 3:
        return f"xoxb-{_r(r, D, 12)}-{_r(r, D, 13)}-{_r(r, AN, 24)}"
    if k == 4:
        return "glpat-" + _r(r, AN + "-_", 20)
    if k == 5:
        return "hf_" + _r(r, string.ascii_letters, 34)
    if k == 6:
        return "AIza" + _r(r, AN + "-_", 35)
    if k == 7:
        return "sk-proj-" + _r(r, AN + "-_", 48)
    if k == 8:
        head = _b64u(b'{"alg":"HS256","typ":"JWT"}')
        body = _b64u(f'{{"sub":"{r.randint(1000, 99999)}","iat":{r.randint(1700000000, 1760000000)}}}'.encode())
        return f"{head}.{body}.{_r(r, AN + '-_', 43)}"
    return "npm_" + _r(r, AN, 36)


def account_no(r: random.Random) -> str:
    return _r(r, "123456789", 1) + _r(r, D, r.randint(7, 11))


def routing_no(r: random.Random) -> str:
    while True:
        d = r.choice(("0", "1", "2", "3")) + _r(r, D, 7)
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        chk = (10 - sum(int(c) * x for c, x in zip(d, w, strict=True)) % 10) % 10
        return d + str(chk)


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1941, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"))


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------


def _isbn13(r: random.Random) -> str:
    body = r.choice(("978", "979")) + _r(r, D, 9)
    full = body + ean.calc_check_digit(body)
    return isbn.format(full) if r.random() < 0.6 else full


def _imei(r: random.Random) -> str:
    return _luhn_fill(r.choice(("35", "86", "01", "99")) + _r(r, D, 12))


def _ean13(r: random.Random) -> str:
    body = r.choice(("400", "590", "871", "500", "841", "760")) + _r(r, D, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _container(r: random.Random) -> str:
    return r.choice(("MSKU", "MSCU", "CMAU", "HLXU", "TGHU")) + _r(r, D, 6) + r.choice(("", "-")) + _r(r, D, 1)


LOOKS: dict[str, Callable[[random.Random], str]] = {
    "order_no": lambda r: r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}",
            f"#{_r(r, D, 7)}",
            f"SO-{_r(r, D, 8)}",
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 4)}",
            f"{_r(r, D, 10)}",
        )
    ),
    "tracking_no": lambda r: r.choice(
        (
            "1Z" + _r(r, UP + D, 6) + _r(r, D, 10),
            " ".join(_r(r, D, 4) for _ in range(5)) + " " + _r(r, D, 2),
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)}",
            _r(r, D, 10),
            f"{_r(r, UP, 2)}{_r(r, D, 9)}GB",
            _r(r, D, 12),
        )
    ),
    "invoice_no": lambda r: r.choice(
        (
            f"INV-{r.randint(2019, 2026)}-{_r(r, D, 6)}",
            f"{r.randint(2019, 2026)}/{_r(r, D, 5)}",
            f"RE{_r(r, D, 9)}",
            _r(r, D, 9),
        )
    ),
    "ticket_no": lambda r: r.choice(
        (f"#{_r(r, D, 6)}", f"INC{_r(r, D, 7)}", f"{_r(r, UP, 3)}-{r.randint(100, 9999)}", f"0{_r(r, D, 7)}")
    ),
    "sku": lambda r: r.choice(
        (
            f"{_r(r, D, 4)}-{_r(r, D, 3)}-{r.choice(('BLK', 'WHT', 'RED', 'NVY'))}",
            f"{_r(r, D, 3)}.{_r(r, D, 3)}.{_r(r, D, 2)}",
            f"{_r(r, UP, 2)}-{_r(r, D, 4)}-{r.choice(('S', 'M', 'L', 'XL'))}",
            f"{_r(r, D, 6)}-{_r(r, D, 4)}",
        )
    ),
    "isbn": _isbn13,
    "ean_barcode": _ean13,
    "version": lambda r: r.choice(
        (
            f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
            f"{r.randint(1, 20)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}",
            f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}",
            f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(1, 31)}",
        )
    ),
    "timestamp": lambda r: r.choice(
        (
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}.{_r(r, D, 3)}Z",
            str(r.randint(1600000000, 1790000000)),
            str(r.randint(1600000000000, 1790000000000)),
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        )
    ),
    "coordinates": lambda r: r.choice(
        (
            f"{r.uniform(-60, 70):.6f}, {r.uniform(-170, 170):.6f}",
            f"{r.randint(0, 89)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"N {r.randint(0, 179)}°{r.randint(0, 59)}'{r.randint(0, 59)}\"W",
        )
    ),
    "lottery": lambda r: " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 60), 6))),
    "loyalty_no": lambda r: r.choice(
        (
            " ".join(_r(r, D, 4) for _ in range(4)),
            " ".join(_r(r, D, 4) for _ in range(3)),
            _r(r, D, 10),
            _r(r, D, 12),
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
        )
    ),
    "membership_no": lambda r: r.choice(
        (f"{_r(r, UP, 3)}{_r(r, D, 9)}", _r(r, D, 11), f"M-{_r(r, D, 8)}", f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 2)}")
    ),
    "part_no": lambda r: r.choice(
        (
            f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 2)}",
            f"{_r(r, D, 3)}-{_r(r, D, 4)}-{_r(r, D, 2)}",
            f"{_r(r, D, 2)}-{_r(r, D, 4)}-{_r(r, D, 4)}",
        )
    ),
    "serial_no": lambda r: r.choice((_r(r, UP + D, 12), f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 4)}", _r(r, D, 10))),
    "imei": _imei,
    "ndc_code": lambda r: r.choice(
        (
            f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 2)}",
            f"{_r(r, D, 5)}-{_r(r, D, 3)}-{_r(r, D, 2)}",
            f"{_r(r, D, 5)}-{_r(r, D, 4)}-{_r(r, D, 1)}",
        )
    ),
    "rx_no": lambda r: _r(r, D, 7),
    "lot_no": lambda r: f"{_r(r, D, 1)}{_r(r, UP, 1)}{_r(r, D, 3)}{_r(r, UP, 1)}",
    "container_no": _container,
    "tariff_code": lambda r: f"{_r(r, D, 4)}.{_r(r, D, 2)}.{_r(r, D, 4)}",
    "po_no": lambda r: "45" + _r(r, D, 8),
    "employee_id": lambda r: r.choice((f"EMP-{_r(r, D, 6)}", _r(r, D, 8), f"E{_r(r, D, 7)}")),
    "card_luhn_fail": card_fail,
    "iban_mod97_fail": iban_fail,
    "nhs_mod11_fail": nhs_fail,
    "ssn_unissued": ssn_unissued,
    "date": lambda r: r.choice(
        (
            f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2019, 2026)}",
            f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2019, 2026)}",
        )
    ),
    "amount": lambda r: r.choice(
        (
            f"${r.randint(1, 999)},{_r(r, D, 3)}.{_r(r, D, 2)}",
            f"€ {r.randint(1, 99)}.{_r(r, D, 3)},{_r(r, D, 2)}",
            f"GBP {r.randint(1, 9)},{_r(r, D, 3)}.{_r(r, D, 2)}",
            f"{r.randint(1, 999)} {_r(r, D, 3)},{_r(r, D, 2)} zł",
        )
    ),
    "build_hash": lambda r: r.choice((_r(r, HEX, 7), _r(r, HEX, 40), "sha256:" + _r(r, HEX, 64))),
    "uuid": lambda r: (
        f"{_r(r, HEX, 8)}-{_r(r, HEX, 4)}-4{_r(r, HEX, 3)}-{r.choice('89ab')}{_r(r, HEX, 3)}-{_r(r, HEX, 12)}"
    ),
    "mac_address": lambda r: ":".join(_r(r, "0123456789ABCDEF", 2) for _ in range(6)),
    "memory_addr": lambda r: "0x7f" + _r(r, HEX, 10),
    "patent_no": lambda r: r.choice(
        (
            f"US {r.randint(9, 12)},{_r(r, D, 3)},{_r(r, D, 3)} B2",
            f"EP {_r(r, D, 1)} {_r(r, D, 3)} {_r(r, D, 3)} A1",
            f"DE {_r(r, D, 2)} {_r(r, D, 4)} {_r(r, D, 3)}.{_r(r, D, 1)}",
        )
    ),
    "arn": lambda r: _r(r, D, 23),
    "auth_code": lambda r: _r(r, D, 6),
    "gift_card": lambda r: " ".join(_r(r, D, 4) for _ in range(4)) + " " + _r(r, D, 3),
}


def look(r: random.Random, cat: str) -> str:
    return LOOKS[cat](r)


def lk(b: _Builder, r: random.Random, cat: str) -> _Builder:
    return b.lk(cat, look(r, cat))


# ---------------------------------------------------------------------------------------------
# Families (document kinds)
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_support_ticket(r: random.Random) -> _Builder:
    b = _Builder()
    who = name(r)
    b.t("Ticket ").lk("ticket_no", look(r, "ticket_no")).t(" | Priority: high | Opened ")
    lk(b, r, "timestamp").t("\nRequester: ").p("EMAIL", email(r, who)).t("\n\n")
    b.t(f"Hi team, {who[0].title()} here. My order ").lk("order_no", look(r, "order_no"))
    b.t(" arrived damaged (item SKU ").lk("sku", look(r, "sku")).t("). Tracking said ")
    lk(b, r, "tracking_no").t(" was delivered on ").lk("date", look(r, "date")).t(".\n")
    if r.random() < 0.5:
        b.t("You can call me on ").p("PHONE", phone(r, r.choice(("US", "GB", "CA")), ext=r.random() < 0.3))
        b.t(" after 5pm.\n")
    else:
        cc = r.choice(("DE", "FR", "AU", "IE", "NL"))
        b.t("Best number to reach me: ").p("PHONE", phone(r, cc)).t(".\n")
    b.t("Refund amount requested: ").lk("amount", look(r, "amount")).t(". Loyalty card ")
    lk(b, r, "loyalty_no").t(" should get the points back.\n")
    b.t("-- Agent note: app build ").lk("version", look(r, "version")).t(", device IMEI ").lk("imei", _imei(r)).t(".")
    return b


@family
def f_app_log(r: random.Random) -> _Builder:
    b = _Builder()
    for _ in range(r.randint(3, 5)):
        k = r.randrange(6)
        b.lk("timestamp", look(r, "timestamp")).t(r.choice((" INFO ", " WARN ", " ERROR ", " DEBUG ")))
        if k == 0:
            b.t("login ok user=").p("EMAIL", email(r)).t(" ip=").p("IP_ADDRESS", ipv4(r))
            b.t(" session=").lk("uuid", look(r, "uuid"))
        elif k == 1:
            b.t("GET /api/v2/orders/").lk("order_no", _r(r, D, 8)).t(" 200 ").t(str(r.randint(3, 900))).t("ms from ")
            b.p("IP_ADDRESS", ipv4(r) if r.random() < 0.7 else ipv6(r))
        elif k == 2:
            b.t("worker pid=").t(_r(r, D, 5)).t(" started, image ").lk("build_hash", look(r, "build_hash"))
            b.t(" version ").lk("version", look(r, "version"))
        elif k == 3:
            b.t("payment declined card=").p("CREDIT_CARD", _card_digits(r)).t(" amount=").lk(
                "amount", f"{r.randint(1, 999)}.{_r(r, D, 2)}"
            )
            b.t(" trace=").lk("uuid", look(r, "uuid"))
        elif k == 4:
            b.t("sms gateway delivered to ").p("PHONE", phone(r, r.choice(("US", "GB", "DE", "IN", "BR")), "e164"))
            b.t(" msgid=").lk("serial_no", _r(r, D, 10))
        else:
            b.t("job retry ").t(str(r.randint(1, 5))).t("/5 batch=").lk("invoice_no", look(r, "invoice_no"))
            b.t(" at ").lk("memory_addr", look(r, "memory_addr"))
        b.t("\n")
    return b


@family
def f_stack_trace(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Traceback (most recent call last):\n")
    b.t(f'  File "/srv/app/billing/charge.py", line {r.randint(10, 900)}, in capture\n')
    b.t("    resp = client.charges.create(amount=amount, source=card)\n")
    b.t(
        f'  File "/usr/lib/python3.{r.randint(9, 13)}/site-packages/stripe/api.py", line {r.randint(10, 900)}, in request\n'
    )
    b.t("stripe.error.CardError: Your card was declined. request_id=req_").t(_r(r, AN, 14)).t("\n\n")
    b.t("Local variables:\n  customer_email = '").p("EMAIL", email(r)).t("'\n")
    b.t("  api_key = '").p("SECRET", secret(r)).t("'\n")
    b.t("  remote_addr = '").p("IP_ADDRESS", ipv4(r)).t("'\n")
    b.t("  order_ref = '").lk("order_no", look(r, "order_no")).t("'\n")
    b.t("  created = ").lk("timestamp", look(r, "timestamp")).t("\n")
    b.t("  pkg = 'stripe==").lk("version", f"{r.randint(2, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}").t("'\n")
    b.t("  obj = <Charge object at ").lk("memory_addr", look(r, "memory_addr")).t(">\n")
    b.t("Sentry event ").lk("build_hash", _r(r, HEX, 32)).t(" release ").lk("build_hash", _r(r, HEX, 7))
    return b


@family
def f_csv_customers(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("customer_id,full_name,email,phone,signup_date,loyalty_number,last_order\n")
    for _ in range(r.randint(2, 4)):
        who = name(r)
        b.lk("membership_no", _r(r, D, 7)).t(f",{who[0].title()} {who[1].title()},").p("EMAIL", email(r, who)).t(",")
        cc = r.choice(("US", "US", "GB", "CA", "AU", "DE"))
        b.p("PHONE", phone(r, cc, r.choice(("intl", "e164", "national")))).t(",")
        b.lk("date", look(r, "date")).t(",").lk("loyalty_no", _r(r, D, r.choice((10, 12, 16)))).t(",")
        b.lk("order_no", look(r, "order_no")).t("\n")
    return b


@family
def f_invoice(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("INVOICE ").lk("invoice_no", look(r, "invoice_no")).t("\nDate: ").lk("date", look(r, "date"))
    b.t("   PO: ").lk("po_no", look(r, "po_no")).t("\n\nBill to: accounts@").t(
        r.choice(("contoso.com", "initech.de", "globex.fr"))
    )
    b.t("\n\n")
    for _ in range(r.randint(2, 3)):
        b.t("  Part ").lk("part_no", look(r, "part_no")).t(f"  x{r.randint(1, 40)}  ").lk(
            "amount", look(r, "amount")
        ).t("\n")
    b.t("\nTotal due: ").lk("amount", look(r, "amount")).t("\n\nPlease pay by bank transfer to IBAN ")
    b.p("IBAN", iban_value(r)).t(r.choice((" (BIC DEUTDEFF)", " BIC: NWBKGB2L", "")))
    b.t(".\nQuestions: ").p("EMAIL", email(r)).t(" or tel. ").p(
        "PHONE", phone(r, r.choice(("GB", "DE", "NL", "AT")), "intl")
    )
    b.t("\nVAT no. GB").t(_r(r, D, 9))
    return b


@family
def f_till_receipt(r: random.Random) -> _Builder:
    b = _Builder()
    b.t(r.choice(("SUPERSAVE #", "CORNER MART #", "HOMEBASE STORE "))).t(_r(r, D, 4)).t("\n")
    b.lk("timestamp", look(r, "timestamp")).t("  TERM ").t(_r(r, D, 3)).t("\n")
    for _ in range(r.randint(2, 4)):
        b.lk("ean_barcode", _ean13(r)).t("  ").t(r.choice(("MILK 2L", "BATTERIES AA", "COFFEE BEANS", "DETERGENT")))
        b.t("  ").lk("amount", f"${r.randint(1, 99)}.{_r(r, D, 2)}").t("\n")
    b.t("TOTAL ").lk("amount", look(r, "amount")).t("\n")
    if r.random() < 0.5:
        b.t("CARD ON FILE ").p("CREDIT_CARD", card(r)).t("\n")
    else:
        b.t("VISA ************").t(_r(r, D, 4)).t("\n")
    b.t("AUTH CODE ").lk("auth_code", look(r, "auth_code")).t("  REF ").lk("invoice_no", _r(r, D, 12)).t("\n")
    b.t("Rewards member ").lk("loyalty_no", look(r, "loyalty_no")).t(" earned 42 pts\n")
    b.t("LOTTO QUICK PICK ").lk("lottery", look(r, "lottery")).t("\n")
    b.t("Questions? Call ").p("PHONE", phone(r, "US", r.choice(("us_one", "us_dash", "us_paren")))).t("\n")
    return b


@family
def f_pharmacy_note(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Pharmacy dispensing note\nPatient NHS No: ").p("UK_NHS", nhs_value(r)).t("   DOB: ").p("DATE_OF_BIRTH", dob(r))
    b.t("\nRx #").lk("rx_no", look(r, "rx_no")).t(" - Amoxicillin 500 mg caps, NDC ").lk(
        "ndc_code", look(r, "ndc_code")
    )
    b.t(", Lot ").lk("lot_no", look(r, "lot_no")).t(", Exp ").t(f"{r.randint(1, 12):02d}/{r.randint(2026, 2029)}")
    b.t("\nPrescriber bleep ").t(_r(r, D, 4)).t(", surgery tel ").p(
        "PHONE", phone(r, "GB", r.choice(("national", "trunk")))
    )
    b.t("\nPatient mobile ").p("PHONE", phone(r, "GB", r.choice(("national", "intl"))))
    b.t("\nPrevious record quoted NHS ").lk("nhs_mod11_fail", nhs_fail(r)).t(" - did not validate, checked with GP.")
    b.t("\nInsurance member ID ").lk("membership_no", look(r, "membership_no")).t(", RxBIN ").t(_r(r, D, 6))
    return b


@family
def f_shipping_notice(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Your parcel is on its way!\nShipment ").lk("tracking_no", look(r, "tracking_no")).t(" left our hub on ")
    b.lk("date", look(r, "date")).t(".\nContainer ").lk("container_no", _container(r)).t(", HS code ").lk(
        "tariff_code", look(r, "tariff_code")
    )
    b.t(", weight ").t(f"{r.randint(1, 40)}.{r.randint(0, 9)} kg\nLast scan at ").lk(
        "coordinates", look(r, "coordinates")
    )
    cc = r.choice(("US", "GB", "DE", "FR", "ES", "IT", "NL"))
    b.t("\nDelivery contact: ").p("EMAIL", email(r)).t(", phone ").p("PHONE", phone(r, cc, ext=r.random() < 0.2))
    b.t("\nOrder ").lk("order_no", look(r, "order_no")).t(", invoice ").lk("invoice_no", look(r, "invoice_no")).t(".")
    return b


@family
def f_hr_form(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("NEW HIRE FORM\nEmployee ID: ").lk("employee_id", look(r, "employee_id")).t("\nSSN: ").p("US_SSN", ssn_value(r))
    b.t("\nDate of birth: ").p("DATE_OF_BIRTH", dob(r)).t("\nStart date: ").lk("date", look(r, "date"))
    b.t("\nDirect deposit - routing number ").p("BANK_ACCOUNT", routing_no(r)).t(", account number ")
    b.p("BANK_ACCOUNT", account_no(r)).t("\nCost center ").lk("part_no", look(r, "part_no")).t("; badge ").lk(
        "serial_no", _r(r, D, 6)
    )
    b.t("\nHome phone: ").p("PHONE", phone(r, "US", r.choice(("us_paren", "us_dash", "us_dot"))))
    b.t("\nPrevious employer file ref ").lk("ssn_unissued", ssn_unissued(r)).t(" (their internal code)")
    b.t("\nPersonal e-mail: ").p("EMAIL", email(r)).t("\nAnnual salary: ").lk("amount", look(r, "amount"))
    return b


def _chat(
    r: random.Random,
    b: _Builder,
    lines: list[tuple[str, str | None, Callable[[random.Random], str] | None]],
) -> _Builder:
    """Chat lines: (text, kind, value generator) where kind is an entity (PII) or 'look:<cat>'."""
    for text, kind, gen in lines:
        b.t(f"[{r.randint(8, 21):02d}:{r.randint(0, 59):02d}] {text}")
        if kind and gen:
            if kind.startswith("look:"):
                b.lk(kind[5:], gen(r))
            else:
                b.p(kind, gen(r))
        b.t("\n")
    return b


_Line = tuple[str, str | None, Callable[[random.Random], str] | None]


def _pick(r: random.Random, items: Sequence[_Line], k: int) -> list[_Line]:
    return r.sample(items, k)


@family
def f_chat_de(r: random.Random) -> _Builder:
    items = [
        ("Kunde: Meine Bestellnummer ist ", "look:order_no", LOOKS["order_no"]),
        ("Kunde: Sie erreichen mich unter ", "PHONE", lambda r: phone(r, "DE", r.choice(("national", "intl")))),
        ("Kunde: Handy: ", "PHONE", lambda r: phone(r, r.choice(("DE", "AT", "CH")))),
        ("Agent: Bitte überweisen Sie auf ", "IBAN", lambda r: iban_value(r, r.choice(("DE", "AT", "CH")))),
        ("Kunde: meine Mail ist ", "EMAIL", email),
        ("Agent: Die Sendungsnummer lautet ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Agent: Ihre Kundenkarte Nr. ", "look:loyalty_no", LOOKS["loyalty_no"]),
        ("Kunde: die Rechnung vom ", "look:date", LOOKS["date"]),
        ("Agent: Artikelnummer ", "look:sku", LOOKS["sku"]),
        ("Kunde: die alte IBAN ", "look:iban_mod97_fail", lambda r: iban_fail(r, "DE")),
        ("Agent: Betrag ", "look:amount", LOOKS["amount"]),
        ("Kunde: Seriennummer vom Gerät: ", "look:serial_no", LOOKS["serial_no"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_chat_fr(r: random.Random) -> _Builder:
    items = [
        ("Client : ma commande n° ", "look:order_no", LOOKS["order_no"]),
        ("Client : vous pouvez me joindre au ", "PHONE", lambda r: phone(r, "FR", r.choice(("national", "intl")))),
        ("Client : Tél. : ", "PHONE", lambda r: phone(r, r.choice(("FR", "BE", "CH")))),
        ("Conseiller : RIB / IBAN : ", "IBAN", lambda r: iban_value(r, r.choice(("BE", "LU", "CH")))),
        ("Client : mon adresse mail ", "EMAIL", email),
        ("Conseiller : numéro de suivi ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Conseiller : votre carte de fidélité ", "look:loyalty_no", LOOKS["loyalty_no"]),
        ("Client : la facture ", "look:invoice_no", LOOKS["invoice_no"]),
        ("Conseiller : référence article ", "look:sku", LOOKS["sku"]),
        ("Client : la carte ", "CREDIT_CARD", card),
        ("Conseiller : montant ", "look:amount", LOOKS["amount"]),
        ("Client : numéro de série ", "look:serial_no", LOOKS["serial_no"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_chat_es(r: random.Random) -> _Builder:
    items = [
        ("Cliente: mi número de pedido es ", "look:order_no", LOOKS["order_no"]),
        ("Cliente: mi móvil es ", "PHONE", lambda r: phone(r, "ES", r.choice(("national", "intl")))),
        ("Cliente: teléfono ", "PHONE", lambda r: phone(r, r.choice(("ES", "MX")))),
        ("Agente: transfiera a la cuenta IBAN ", "IBAN", lambda r: iban_value(r)),
        ("Cliente: correo ", "EMAIL", email),
        ("Agente: el número de seguimiento es ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Agente: su tarjeta de socio ", "look:membership_no", LOOKS["membership_no"]),
        ("Cliente: factura ", "look:invoice_no", LOOKS["invoice_no"]),
        ("Agente: la fecha ", "look:date", LOOKS["date"]),
        ("Cliente: pagué con la tarjeta ", "CREDIT_CARD", card),
        ("Agente: importe ", "look:amount", LOOKS["amount"]),
        ("Cliente: el billete de lotería ", "look:lottery", LOOKS["lottery"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_chat_it(r: random.Random) -> _Builder:
    items = [
        ("Cliente: il mio ordine è il ", "look:order_no", LOOKS["order_no"]),
        ("Cliente: cellulare ", "PHONE", lambda r: phone(r, "IT", r.choice(("national", "intl")))),
        ("Cliente: potete chiamarmi al ", "PHONE", lambda r: phone(r, "IT")),
        ("Operatore: bonifico sull'IBAN ", "IBAN", lambda r: iban_value(r)),
        ("Cliente: la mia email ", "EMAIL", email),
        ("Operatore: codice di tracciamento ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Operatore: tessera fedeltà n. ", "look:loyalty_no", LOOKS["loyalty_no"]),
        ("Cliente: fattura n. ", "look:invoice_no", LOOKS["invoice_no"]),
        ("Operatore: codice articolo ", "look:sku", LOOKS["sku"]),
        ("Cliente: la carta che ho usato ", "CREDIT_CARD", card),
        ("Operatore: importo ", "look:amount", LOOKS["amount"]),
        ("Cliente: numero di serie ", "look:serial_no", LOOKS["serial_no"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_chat_nl(r: random.Random) -> _Builder:
    items = [
        ("Klant: mijn bestelnummer is ", "look:order_no", LOOKS["order_no"]),
        ("Klant: bel me op ", "PHONE", lambda r: phone(r, "NL", r.choice(("national", "intl")))),
        ("Klant: mobiel: ", "PHONE", lambda r: phone(r, r.choice(("NL", "BE")))),
        ("Medewerker: het IBAN is ", "IBAN", lambda r: iban_value(r, r.choice(("NL", "BE")))),
        ("Klant: mijn e-mail ", "EMAIL", email),
        ("Medewerker: track & trace ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Medewerker: klantenkaart ", "look:loyalty_no", LOOKS["loyalty_no"]),
        ("Klant: factuurnummer ", "look:invoice_no", LOOKS["invoice_no"]),
        ("Medewerker: artikelnummer ", "look:sku", LOOKS["sku"]),
        ("Klant: oude IBAN ", "look:iban_mod97_fail", lambda r: iban_fail(r, "NL")),
        ("Medewerker: bedrag ", "look:amount", LOOKS["amount"]),
        ("Klant: lidnummer ", "look:membership_no", LOOKS["membership_no"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_email_signature(r: random.Random) -> _Builder:
    b = _Builder()
    who = name(r)
    b.t("Thanks for the quick turnaround on PO ").lk("po_no", look(r, "po_no")).t(" - the revised quote ")
    b.lk("invoice_no", look(r, "invoice_no")).t(" is attached.\n\nKind regards,\n")
    b.t(f"{who[0].title()} {who[1].title()}\nHead of Procurement\n")
    cc = r.choice(("GB", "DE", "FR", "NL", "IE", "AU", "ZA", "SG", "US", "IN", "SE", "DK"))
    b.t(r.choice(("T: ", "Tel: ", "Office: ", "Direct: "))).p(
        "PHONE", phone(r, cc, r.choice(("intl", "trunk", "exit00")), ext=r.random() < 0.3)
    )
    b.t("\n").t(r.choice(("M: ", "Mobile: ", "Cell: "))).p("PHONE", phone(r, cc, "intl")).t("\n")
    b.t("E: ").p("EMAIL", email(r, who)).t("\n")
    b.t("Registered in England No. ").t(_r(r, D, 8)).t(" | VAT ").t(_r(r, D, 9)).t("\n")
    b.t("Ref: ").lk("ticket_no", look(r, "ticket_no"))
    return b


@family
def f_ci_log(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Run #").t(str(r.randint(100, 99999))).t(" on runner ").lk("uuid", look(r, "uuid")).t("\n")
    b.t("Checkout ").lk("build_hash", _r(r, HEX, 40)).t("\n")
    b.t("Pulling image ghcr.io/acme/api@").lk("build_hash", "sha256:" + _r(r, HEX, 64)).t("\n")
    b.t("Installing node ").lk("version", look(r, "version")).t(", npm ").lk("version", look(r, "version")).t("\n")
    b.t("env: DEPLOY_TOKEN=").p("SECRET", secret(r)).t("\n")
    b.t("Deploying to ").p("IP_ADDRESS", ipv4(r)).t(":22 (").lk("mac_address", look(r, "mac_address")).t(")\n")
    b.t("Notify on failure: ").p("EMAIL", email(r)).t("\n")
    b.t("Finished at ").lk("timestamp", look(r, "timestamp")).t(" in ").t(str(r.randint(20, 900))).t(
        "s, artifact size "
    )
    b.t(f"{r.randint(1, 999)},{_r(r, D, 3)},{_r(r, D, 3)} bytes\n")
    return b


@family
def f_gp_referral(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Referral letter\nRe: patient, NHS number ").p("UK_NHS", nhs_value(r)).t(", born ").p("DATE_OF_BIRTH", dob(r))
    b.t("\nHospital no. ").lk("membership_no", "RX" + _r(r, D, 7)).t(", ward ").t(str(r.randint(1, 40)))
    b.t("\nSeen on ").lk("date", look(r, "date")).t(". BP 132/84, weight 81.4 kg. Started on ramipril (NDC ")
    b.lk("ndc_code", look(r, "ndc_code")).t(").\n")
    b.t("Patient can be contacted on ").p("PHONE", phone(r, "GB", r.choice(("national", "trunk", "intl"))))
    b.t(" or ").p("EMAIL", email(r)).t(".\n")
    b.t("Lab sample ").lk("serial_no", look(r, "serial_no")).t(", request ").lk("ticket_no", look(r, "ticket_no")).t(
        ".\n"
    )
    b.t("Please note the number on the old paper notes (").lk("nhs_mod11_fail", nhs_fail(r)).t(
        ") is a transcription error."
    )
    return b


@family
def f_payment_dispute(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Subject: Chargeback on my card\n\nHello, I was charged ").lk("amount", look(r, "amount")).t(" twice on ")
    b.lk("date", look(r, "date")).t(". Card: ").p("CREDIT_CARD", card(r)).t(".\nThe merchant's ARN is ")
    b.lk("arn", look(r, "arn")).t(" and the auth code ").lk("auth_code", look(r, "auth_code")).t(".\n")
    b.t("An old card ending ").t(_r(r, D, 4)).t(" (").lk("card_luhn_fail", card_fail(r)).t(
        " on the letter, a misprint) was closed.\n"
    )
    b.t("Refund to my account, IBAN ").p("IBAN", iban_value(r)).t(".\n")
    b.t("Phone: ").p("PHONE", phone(r, r.choice(("US", "GB", "IE", "AU")), ext=r.random() < 0.2)).t("\n")
    b.t("Case reference ").lk("ticket_no", look(r, "ticket_no"))
    return b


@family
def f_warehouse_sheet(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("bin\tpart_no\tean\tserial\tqty\tlast_count\n")
    for _ in range(r.randint(3, 5)):
        b.t(f"A{r.randint(1, 40):02d}-{r.randint(1, 9)}\t").lk("part_no", look(r, "part_no")).t("\t")
        b.lk("ean_barcode", _ean13(r)).t("\t").lk("serial_no", look(r, "serial_no")).t(f"\t{r.randint(1, 999)}\t")
        b.lk("date", look(r, "date")).t("\n")
    b.t("Supervisor on shift: ").p("PHONE", phone(r, r.choice(("US", "GB")), "intl"))
    b.t(" / ").p("EMAIL", email(r)).t("\nPallet ISBN batch ").lk("isbn", _isbn13(r)).t(", container ").lk(
        "container_no", _container(r)
    )
    return b


@family
def f_membership_mail(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Welcome to Club Plus!\nMembership number: ").lk("membership_no", look(r, "membership_no"))
    b.t("\nCard number (loyalty): ").lk("loyalty_no", look(r, "loyalty_no")).t("\nGift card ")
    b.lk("gift_card", look(r, "gift_card")).t(" PIN ").t(_r(r, D, 4)).t("\nYour lucky draw numbers: ").lk(
        "lottery", look(r, "lottery")
    )
    b.t("\nWe have your mobile as ").p(
        "PHONE", phone(r, r.choice(("GB", "US", "AU", "NZ", "IE")), r.choice(("national", "intl")))
    )
    b.t(" and e-mail ").p("EMAIL", email(r)).t(".\nPatent pending: ").lk("patent_no", look(r, "patent_no")).t(".")
    return b


@family
def f_chat_pt(r: random.Random) -> _Builder:
    items = [
        ("Cliente: o número da encomenda é ", "look:order_no", LOOKS["order_no"]),
        ("Cliente: o meu telemóvel é ", "PHONE", lambda r: phone(r, "PT", r.choice(("national", "intl")))),
        ("Cliente: celular ", "PHONE", lambda r: phone(r, "BR", "intl")),
        ("Atendente: IBAN para reembolso ", "IBAN", lambda r: iban_value(r)),
        ("Cliente: email ", "EMAIL", email),
        ("Atendente: código de rastreio ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Atendente: cartão de fidelidade ", "look:loyalty_no", LOOKS["loyalty_no"]),
        ("Cliente: fatura ", "look:invoice_no", LOOKS["invoice_no"]),
        ("Atendente: data ", "look:date", LOOKS["date"]),
        ("Cliente: o cartão ", "CREDIT_CARD", card),
        ("Atendente: valor ", "look:amount", LOOKS["amount"]),
        ("Cliente: número de sócio ", "look:membership_no", LOOKS["membership_no"]),
    ]
    return _chat(r, _Builder(), _pick(r, items, 5))


@family
def f_it_helpdesk(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("INC").t(_r(r, D, 7)).t(" - VPN drops every ").t(str(r.randint(2, 30))).t(" min\n")
    b.t("User: ").p("EMAIL", email(r)).t(", desk phone ").p(
        "PHONE", phone(r, r.choice(("US", "GB")), r.choice(("intl", "national")), ext=True)
    )
    b.t("\nLaptop S/N ").lk("serial_no", look(r, "serial_no")).t(", MAC ").lk("mac_address", look(r, "mac_address"))
    b.t(", client ").lk("version", look(r, "version")).t("\nPublic IP ").p("IP_ADDRESS", ipv4(r))
    b.t(", gateway firmware ").lk(
        "version", f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 250)}"
    )
    b.t("\nAsset tag ").lk("part_no", look(r, "part_no")).t(", replacement PO ").lk("po_no", look(r, "po_no"))
    return b


@family
def f_travel_expense(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Expense claim ").lk("invoice_no", look(r, "invoice_no")).t("\nFlight LH").t(str(r.randint(100, 9999)))
    b.t(", booking ").t(_r(r, UP, 6)).t(", e-ticket ").lk("ticket_no", "220" + _r(r, D, 10)).t("\n")
    b.t("Hotel folio ").lk("invoice_no", _r(r, D, 8)).t(", frequent guest ").lk(
        "membership_no", look(r, "membership_no")
    ).t("\n")
    b.t("Corporate card ").p("CREDIT_CARD", card(r)).t(" charged ").lk("amount", look(r, "amount")).t("\n")
    b.t("Reimburse to IBAN ").p("IBAN", iban_value(r)).t("\nTraveller mobile ").p(
        "PHONE", phone(r, r.choice(_EXPENSE_CC), "intl")
    )
    b.t("\nTaxi pick-up at ").lk("coordinates", look(r, "coordinates"))
    return b


_EXPENSE_CC = ("DE", "FR", "GB", "US", "IN", "SG", "ZA", "DK", "SE", "CH")


@family
def f_checksum_review(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Data-quality report: records that failed validation\n")
    for _ in range(r.randint(3, 5)):
        cat = r.choice(("card_luhn_fail", "iban_mod97_fail", "nhs_mod11_fail", "ssn_unissued"))
        label = {
            "card_luhn_fail": "card",
            "iban_mod97_fail": "iban",
            "nhs_mod11_fail": "nhs_no",
            "ssn_unissued": "ssn",
        }[cat]
        b.t(f"- row {r.randint(2, 9999)}: {label}=").lk(cat, look(r, cat)).t(" -> rejected\n")
    b.t("Contact for this batch: ").p("EMAIL", email(r)).t(", valid record example IBAN ").p("IBAN", iban_value(r))
    return b


@family
def f_contact_lines(r: random.Random) -> _Builder:
    """Phones written the ways people leave them in a message, one per line, with other numbers
    around."""
    b = _Builder()
    leads = [
        ("US", "any", "Text me at "),
        ("US", "any", "my cell is "),
        ("GB", "national", "ring me on "),
        ("GB", "trunk", "Contact no. "),
        ("DE", "intl", "WhatsApp "),
        ("DE", "national", "Rückruf bitte unter "),
        ("FR", "national", "Portable : "),
        ("IT", "intl", "Recapito telefonico: "),
        ("DK", "intl", "Tlf. "),
        ("SE", "national", "Mobil: "),
        ("IN", "intl", "Contact number - "),
        ("AU", "national", "Mob: "),
        ("NZ", "intl", "Ph: "),
        ("ZA", "national", "Cell: "),
        ("SG", "intl", "HP: "),
        ("BE", "intl", "GSM: "),
    ]
    for cc, style, lead in r.sample(leads, 3):
        b.t(lead).p("PHONE", phone(r, cc, style, ext=r.random() < 0.25)).t("\n")
    b.t("Re: order ").lk("order_no", look(r, "order_no")).t(" placed ").lk("date", look(r, "date"))
    b.t(", loyalty ").lk("loyalty_no", look(r, "loyalty_no")).t("\n")
    return b


@family
def f_ward_handover(r: random.Random) -> _Builder:
    """NHS numbers under other health words than "NHS", beside hospital numbers and readings."""
    b = _Builder()
    lead = r.choice(("Patient no. ", "Health record number: ", "patient identifier ", "Clinic number: "))
    b.t("Bay ").t(str(r.randint(1, 12))).t(" - ").t(lead).p("UK_NHS", nhs_value(r))
    b.t(", MRN ").lk("membership_no", _r(r, D, 8)).t(", admitted ").lk("date", look(r, "date"))
    b.t("\nObs: HR 88, SpO2 96%, temp 37.9. Drug chart: NDC ").lk("ndc_code", look(r, "ndc_code"))
    b.t(", batch ").lk("lot_no", look(r, "lot_no")).t("\nNext of kin: daughter, ").p(
        "PHONE", phone(r, "GB", r.choice(("national", "intl")))
    )
    b.t("\nPharmacy order ").lk("rx_no", look(r, "rx_no")).t(", pump serial ").lk("serial_no", look(r, "serial_no"))
    return b


#: Every 4th family, fixed when the set was written.
HELDOUT = FAMILIES.every(4)


# ---------------------------------------------------------------------------------------------
# A blind check written after the rule changes (2026-12-06 ~23:55 UTC), before its first run:
# five document kinds the families above do not have, so the figure shows how the changed rules
# generalise (and the held-out families hold no NHS, SSN, birth-date or bank-account spans).
# Run once; nothing was changed after it.
# ---------------------------------------------------------------------------------------------

AFTER_FAMILIES = Families("a_")
after_family = AFTER_FAMILIES.add


@after_family
def a_dental_recall(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Dear patient,\nYour 6-month check-up is due. Our records: NHS no. ").p("UK_NHS", nhs_value(r))
    b.t(", date of birth ").p("DATE_OF_BIRTH", dob(r)).t(".\nLast visit ").lk("date", look(r, "date"))
    b.t(", treatment plan ").lk("ticket_no", f"TP-{_r(r, D, 6)}").t(", fee ").lk("amount", look(r, "amount"))
    b.t(".\nTo rebook call ").p("PHONE", phone(r, "GB", r.choice(("national", "trunk"))))
    b.t(" or text ").p("PHONE", phone(r, "GB", "national")).t(".\nPractice code ").lk("serial_no", f"V{_r(r, D, 6)}")
    b.t(", appointment ref ").lk("order_no", _r(r, D, 10))
    return b


@after_family
def a_payroll_csv(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("emp_no;name;ssn;dob;bank_account;net_pay;period\n")
    for _ in range(r.randint(2, 4)):
        g, f = name(r)
        b.lk("employee_id", _r(r, D, 6)).t(f";{g.title()} {f.title()};").p("US_SSN", ssn_value(r)).t(";")
        b.p("DATE_OF_BIRTH", dob(r)).t(";").p("BANK_ACCOUNT", account_no(r)).t(";")
        b.lk("amount", f"{r.randint(1, 9)}{_r(r, D, 3)}.{_r(r, D, 2)}").t(";").lk("date", look(r, "date")).t("\n")
    return b


@after_family
def a_insurance_claim(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Claim ").lk("ticket_no", f"CLM-{_r(r, D, 8)}").t(" under policy ").lk(
        "membership_no", look(r, "membership_no")
    )
    b.t("\nInsured's social security number: ").p("US_SSN", ssn_value(r)).t("\nVehicle VIN ")
    b.lk("serial_no", "1HG" + _r(r, UP.replace("I", "").replace("O", "").replace("Q", "") + D, 14))
    b.t(", odometer ").t(f"{r.randint(10, 200)},{_r(r, D, 3)}").t(" mi\nAdjuster: ")
    b.p("PHONE", phone(r, "US", r.choice(("us_paren", "us_dash", "us_dot")), ext=True)).t(", ").p("EMAIL", email(r))
    b.t("\nDeductible paid by card ").p("CREDIT_CARD", card(r)).t(" on ").lk("date", look(r, "date"))
    b.t("\nRepair estimate ").lk("invoice_no", look(r, "invoice_no")).t(", parts ").lk("part_no", look(r, "part_no"))
    return b


@after_family
def a_incident_report(r: random.Random) -> _Builder:
    b = _Builder()
    b.t("Incident ").lk("ticket_no", f"INC-{_r(r, D, 5)}").t(" postmortem\nStart ").lk(
        "timestamp", look(r, "timestamp")
    )
    b.t(", detected by alert ").lk("uuid", look(r, "uuid")).t("\nOrigin of the bad requests: ").p("IP_ADDRESS", ipv4(r))
    b.t(" and ").p("IP_ADDRESS", ipv6(r)).t("\nRolled back from ").lk("version", look(r, "version")).t(" to ")
    b.lk("version", look(r, "version")).t(" (commit ").lk("build_hash", _r(r, HEX, 12)).t(")\n")
    b.t("A leaked token was rotated: ").p("SECRET", secret(r)).t("\nOn-call: ").p("EMAIL", email(r)).t(", ")
    b.p("PHONE", phone(r, r.choice(("US", "GB", "DE", "IN")), "intl")).t("\nPeak load ")
    b.t(f"{r.randint(1, 99)},{_r(r, D, 3)} req/s, p99 {r.randint(100, 9999)} ms, node ").lk(
        "mac_address", look(r, "mac_address")
    )
    return b


@after_family
def a_marketplace_chat(r: random.Random) -> _Builder:
    items: list[_Line] = [
        ("Käufer: Paket-Nr. ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Verkäufer: ruf mich an: ", "PHONE", lambda r: phone(r, "DE", r.choice(("national", "intl")))),
        ("Acheteur : mon numéro de portable ", "PHONE", lambda r: phone(r, "FR", "national")),
        ("Verkäufer: Zahlung bitte an ", "IBAN", lambda r: iban_value(r, r.choice(("DE", "AT", "LU")))),
        ("Käufer: Mail: ", "EMAIL", email),
        ("Verkäufer: Anzeige Nr. ", "look:order_no", lambda r: _r(r, D, 10)),
        ("Käufer: Packstation-Kundennummer ", "look:membership_no", lambda r: _r(r, D, 10)),
        ("Acheteur : le colis ", "look:tracking_no", LOOKS["tracking_no"]),
        ("Verkäufer: Preis ", "look:amount", LOOKS["amount"]),
        ("Käufer: Seriennummer ", "look:serial_no", LOOKS["serial_no"]),
        ("Verkäufer: EAN ", "look:ean_barcode", _ean13),
        ("Käufer: alte Kontonummer laut Brief ", "look:iban_mod97_fail", lambda r: iban_fail(r, "DE")),
    ]
    return _chat(r, _Builder(), _pick(r, items, 6))


AFTER = BlindCheck.after(AFTER_FAMILIES, show_failures=True)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT, (AFTER,))
build, build_after = ROUND.build, ROUND.build_after


if __name__ == "__main__":
    ROUND.main()

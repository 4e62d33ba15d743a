"""A third PII evaluation set, written from scratch on 2026-12-06 (~17:10 UTC) the way another
team would write one, before any detector change of that afternoon: its own value generators
and its own sentences (nothing is taken from ``pii_varied.py`` or ``pii_corpus.py``).

* **PII** of every entity the PII and secrets detectors claim, in formats and countries people
  actually write: phones with extensions, ``+44 (0)``, ``011 44``, national layouts of a dozen
  countries; e-mails in odd places; cards with spaces and dashes; IBANs of many countries with
  and without spaces; SSNs with their word; NHS numbers (valid mod 11) with and without the word
  NHS; account and routing numbers; IPv4/IPv6; dates of birth; passports; national IDs; API keys.
* **Look-alikes** in many categories (order, invoice, tracking and ticket numbers, SKUs, ISBNs,
  versions, build numbers, dates and times, durations, prices, coordinates, measurements,
  hashes, UUIDs, git SHAs, card-like numbers failing Luhn, IBAN-like failing mod 97, SSN-like
  with invalid areas or without context, NHS-like failing mod 11, phone-like numbers in
  non-phone contexts, postcodes, serial numbers ...). A look-alike fails when *anything* (PII or
  secret) is reported.

Every text is generated deterministically (fixed seed). **Split:** a frame is held out when the
CRC-32 of its text is divisible by 3 (about a third of the frames of every entity and category);
rules are tuned on the other frames only, and the held-out part is looked at once, to report.
"""

from __future__ import annotations

import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

# The same detectors, called the same way, as the varied set's (one harness for every set).
from pii_rounds import Case, detect_all, hit, nhs_check_digit
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import ssn as us_ssn

Gen = Callable[[random.Random], str]


def heldout_frame(frame: str) -> bool:
    return zlib.crc32(frame.encode()) % 3 == 0


def _num(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# --- PII values -------------------------------------------------------------------------------

_LOCALS = ["anna", "b.okafor", "chen.wei", "DJ", "e_moreau", "f.o'neil", "gus+news", "h-s", "ivan.petrov99", "j"]
_HOSTS = ["protonmail.com", "hotmail.co.uk", "mail.uni-wien.ac.at", "ACME.NET", "x.io", "sales.example.com.br"]


def v_email(rng: random.Random) -> str:
    local = rng.choice(_LOCALS).replace("'", "")
    return f"{local}@{rng.choice(_HOSTS)}"


def _valid_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(500):
        # Keep the first 2-3 digits (area / mobile range), draw the rest.
        cand = nsn[: min(3, len(nsn) - 5)] + _num(rng, len(nsn) - min(3, len(nsn) - 5))
        num = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
        if phonenumbers.is_valid_number(num):
            return num
    return ex


_COUNTRIES = [
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "AU",
    "IN",
    "JP",
    "BR",
    "CA",
    "IE",
    "CH",
    "SE",
    "PL",
    "ZA",
    "NZ",
]


def v_phone(rng: random.Random) -> str:
    region = rng.choice(_COUNTRIES)
    num = _valid_phone(rng, region)
    style = rng.randrange(5)
    if style == 0:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == 1:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == 2:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if style == 3:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL).replace(" ", "-")
    # Dotted US style for NANP, national with dashes elsewhere.
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return nat.replace(" ", "-")


def v_phone_us(rng: random.Random) -> str:
    area = rng.choice(["212", "303", "312", "415", "503", "617", "702", "713", "808", "919"])
    exch = str(rng.randrange(200, 1000))
    line = _num(rng, 4)
    return _pick(
        rng,
        f"({area}) {exch}-{line}",
        f"{area}-{exch}-{line}",
        f"{area}.{exch}.{line}",
        f"+1 {area} {exch} {line}",
        f"1-{area}-{exch}-{line}",
        f"+1 ({area}) {exch}-{line}",
        f"{area} {exch} {line}",
    )


def v_phone_ext(rng: random.Random) -> str:
    base = rng.choice([v_phone_us, v_phone_uk])(rng)
    ext = str(rng.randrange(1, 99999))
    return base + _pick(
        rng, f" ext {ext}", f" ext. {ext}", f" x{ext}", f" x {ext}", f", extension {ext}", f" Ext:{ext}"
    )


def v_phone_uk(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return _pick(rng, f"020 {_num(rng, 4)} {_num(rng, 4)}", f"(020) {_num(rng, 4)} {_num(rng, 4)}")
    if kind == 1:
        return f"07{rng.choice('4589')}{_num(rng, 2)} {_num(rng, 6)}"
    if kind == 2:
        return f"0{rng.choice(['113', '121', '131', '141', '161', '117'])} {_num(rng, 3)} {_num(rng, 4)}"
    return f"01{rng.choice('2345679')}{_num(rng, 2)} {_num(rng, 6)}"


def v_phone_trunk(rng: random.Random) -> str:
    """+44 (0)..., +44(0)..., 0044 ..., 011 44 ... and the like for other countries."""
    kind = rng.randrange(8)
    uk_rest = _pick(rng, f"20 {_num(rng, 4)} {_num(rng, 4)}", f"7{rng.choice('4589')}{_num(rng, 2)} {_num(rng, 6)}")
    uk_rest = uk_rest if rng.random() < 0.7 else f"161 {_num(rng, 3)} {_num(rng, 4)}"
    if kind == 0:
        return f"+44 (0){uk_rest}"
    if kind == 1:
        return f"+44(0){uk_rest}"
    if kind == 2:
        return f"+44 (0) {uk_rest}"
    if kind == 3:
        return f"011 44 {uk_rest}"
    if kind == 4:
        return f"0044 {uk_rest}"
    if kind == 5:
        return f"011-44-{uk_rest.replace(' ', '-')}"
    if kind == 6:
        return f"+49 (0){rng.choice(['30', '89', '40', '69'])} {_num(rng, 7)}"
    return f"011 {_pick(rng, '49 30', '33 1', '61 2', '353 1')} {_num(rng, 4)} {_num(rng, 4)}"


_CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("53", 16),
    ("2223", 16),
    ("37", 15),
    ("34", 15),
    ("6011", 16),
    ("3530", 16),
    ("36", 14),
    ("62", 16),
    ("4", 13),
]


def _luhn(rng: random.Random, prefix: str, n: int) -> str:
    body = prefix + _num(rng, n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _layout_card(rng: random.Random, d: str) -> str:
    sep = rng.choice([" ", "-", "", " "])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i : i + 4] for i in range(0, len(d), 4))


def v_card(rng: random.Random) -> str:
    prefix, n = rng.choice(_CARD_PREFIXES)
    return _layout_card(rng, _luhn(rng, prefix, n))


# country -> BBAN as a list of (alphabet, length): d digits, U upper letters, X alphanumerics.
_BBAN = {
    "DE": "d18",
    "GB": "U4 d14",
    "FR": "d10 X11 d2",
    "ES": "d20",
    "IT": "U1 d10 X12",
    "NL": "U4 d10",
    "BE": "d12",
    "CH": "d5 X12",
    "AT": "d16",
    "PL": "d24",
    "SE": "d20",
    "NO": "d11",
    "DK": "d14",
    "IE": "U4 d14",
    "PT": "d21",
    "FI": "d14",
    "LU": "d3 X13",
    "CZ": "d20",
    "HR": "d17",
    "LT": "d16",
    "SI": "d15",
    "GR": "d7 X16",
    "MT": "U4 d5 X18",
    "CY": "d8 X16",
}


def _iban(rng: random.Random, cc: str | None = None) -> str:
    cc = cc or rng.choice(list(_BBAN))
    alph = {"d": string.digits, "U": string.ascii_uppercase, "X": string.ascii_uppercase + string.digits}
    while True:
        bban = "".join("".join(rng.choice(alph[p[0]]) for _ in range(int(p[1:]))) for p in _BBAN[cc].split())
        iban = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(iban):
            return iban


def _layout_iban(rng: random.Random, iban: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return iban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == 3 and rng.random() < 0.4:
        return grouped.lower()
    return grouped


def v_iban(rng: random.Random) -> str:
    return _layout_iban(rng, _iban(rng))


def _ssn(rng: random.Random) -> str:
    while True:
        d = f"{rng.randrange(1, 772):03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
        if us_ssn.is_valid(d) and len(set(d)) > 3:
            return d


def v_ssn(rng: random.Random) -> str:
    d = _ssn(rng)
    return _pick(rng, f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d)


def _nhs(rng: random.Random, valid: bool = True) -> str:
    while True:
        body = _num(rng, 9)
        if body[0] == "0":
            continue
        check = nhs_check_digit(body)
        if check == 10:
            continue
        if valid:
            return body + str(check)
        bad = str((check + rng.randrange(1, 10)) % 10)
        return body + bad


def _layout_nhs(rng: random.Random, d: str) -> str:
    return _pick(rng, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d)


def v_nhs(rng: random.Random) -> str:
    return _layout_nhs(rng, _nhs(rng))


def v_account(rng: random.Random) -> str:
    return _num(rng, rng.choice([8, 8, 10, 12]))


def v_routing(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _num(rng, 7)
        for c in string.digits:
            d = body + c
            if sum(int(x) * w for x, w in zip(d, [3, 7, 1, 3, 7, 1, 3, 7, 1], strict=True)) % 10 == 0:
                return d


def v_ipv4(rng: random.Random) -> str:
    return _pick(
        rng,
        f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"192.168.{rng.randrange(0, 10)}.{rng.randrange(2, 254)}",
        f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        f"{rng.randrange(60, 200)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    )


def v_ipv6(rng: random.Random) -> str:
    g = [f"{rng.randrange(1, 65536):x}" for _ in range(8)]
    return _pick(
        rng,
        ":".join(g),
        f"2001:db8:{g[0]}::{g[1]}",
        f"fe80::{g[2]}:{g[3]}:{g[4]}",
        f"2a00:{g[5]}:{g[6]}::1",
        ":".join(x.zfill(4) for x in g),
    )


_MONTHS = ["Jan", "February", "Mar", "April", "May", "Jun", "July", "Aug.", "Sept", "October", "Nov", "December"]


def v_dob(rng: random.Random) -> str:
    y, m, d = rng.randrange(1935, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
    return _pick(
        rng,
        f"{m}/{d}/{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}.{m}.{y}",
        f"{_MONTHS[m - 1]} {d}, {y}",
        f"{d} {_MONTHS[m - 1]} {y}",
        f"{d}-{_MONTHS[m - 1][:3]}-{y}",
    )


def v_passport(rng: random.Random) -> str:
    return _pick(rng, _num(rng, 9), "X" + _num(rng, 8), rng.choice("CGHKLMN") + _num(rng, 8), "P" + _num(rng, 7))


def v_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEHJKLMNPRSTWY")
    second = rng.choice("ABCEHJKLMNPRSTWY")
    if first + second in ("GB", "NK", "KN", "TN", "NT"):
        # Prefixes HMRC never allocates: not a NINO. Fixed after the first run (17:10 UTC)
        # without drawing again, so every other case stays the same text.
        second = "A"
    d = _num(rng, 6)
    return _pick(rng, f"{first}{second}{d}{rng.choice('ABCD')}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} C")


def _rand(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def v_key(rng: random.Random) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567")
    if kind == 1:
        return "ghp_" + _rand(rng, 36)
    if kind == 2:
        return "sk-" + _rand(rng, 40)
    if kind == 3:
        return "sk_live_" + _rand(rng, 28)
    if kind == 4:
        return "AIza" + _rand(rng, 35)
    if kind == 5:
        return "xoxp-" + _num(rng, 11) + "-" + _num(rng, 12) + "-" + _rand(rng, 32, "abcdef0123456789")
    return "hf_" + _rand(rng, 34)


# --- positive frames --------------------------------------------------------------------------

POSITIVES: dict[str, tuple[list[Gen], list[str]]] = {
    "EMAIL": (
        [v_email],
        [
            "Can you loop in {v} on this thread?",
            "my email is {v} thanks",
            '{{"name": "B. Okafor", "email": "{v}"}}',
            "https://example.com/unsubscribe?email={v}",
            "Login failed for user {v} (bad password).",
            "Send the report to: {v}; {v2}",
            "Contact: {v}.",
            "<a href='mailto:{v}'>write to us</a>",
            "Reply to ({v}) before noon.",
            "EMAIL={v}",
            "Invoices go to {v}, questions to the main line.",
            "Sender: Anna <{v}>",
        ],
    ),
    "PHONE": (
        [v_phone, v_phone_us, v_phone_ext, v_phone_uk, v_phone_trunk],
        [
            "You can call me on {v} after six.",
            "phone: {v}",
            "Our front desk number is {v}.",
            "Leave a voicemail at {v} if nobody picks up.",
            "Contact details - Tel {v}",
            "Mob. {v}",
            "Please ring {v} to confirm the booking.",
            "If urgent, {v} (my mobile).",
            "The landlord's number: {v}",
            "Switchboard {v}",
            "Text me at {v} when you're outside.",
            "Call {v} and press 2 for billing.",
            "Her cell is {v}.",
            "Office line {v}, fax on request.",
            "Reach the on-call engineer via {v}.",
        ],
    ),
    "CREDIT_CARD": (
        [v_card],
        [
            "Charge it to my Visa {v}.",
            "card no {v} exp 09/27",
            "The customer read out their card number: {v}",
            "Credit card: {v} (CVC on the back)",
            "Please update the payment card to {v}.",
            "I think my card {v} was skimmed at the ATM.",
            "MasterCard {v} was declined at checkout.",
            "billing card = {v}",
            "Cardholder: J. Diaz, number {v}",
            "Pay with debit card {v}?",
        ],
    ),
    "IBAN": (
        [v_iban],
        [
            "My IBAN is {v}.",
            "Bank transfer details: IBAN {v}, BIC COBADEFFXXX",
            "Please refund me to {v}",
            "Payee IBAN - {v}",
            "iban: {v}",
            "Send the deposit to account {v} by Friday.",
            "Our new bank account is {v}; please update your records.",
            "Überweisung an {v}, Verwendungszweck: Miete",
            "Virement sur le compte {v} svp.",
            "The supplier changed their IBAN to {v} - can you verify?",
        ],
    ),
    "US_SSN": (
        [v_ssn],
        [
            "SSN {v}",
            "my social is {v}",
            "Social Security Number: {v}",
            "Employee SSN - {v}",
            "The form asks for my SSN, which is {v}.",
            "Can you check social security no. {v} against payroll?",
            "SSN: {v} | DOB: 1980-02-02",
            "Her soc. sec. number {v} is on the I-9.",
            "Provide the SSN ({v}) on line 3.",
            "Social security # {v}",
        ],
    ),
    "UK_NHS": (
        [v_nhs],
        [
            "NHS no: {v}",
            "Her NHS number is {v}, DOB below.",
            "NHS Number {v} - referral for physio",
            "Patient NHS {v}",
            "Please check NHS number {v} on the spine.",
            # Without the word NHS.
            "Patient number: {v}",
            "The patient ({v}) was discharged this morning.",
            "Health record no. {v} - allergies: none known",
            "Patient identifier {v} attended the clinic today.",
            "GP registration for patient {v} is complete.",
            "Hospital no {v}, ward 12",
            "patient {v} needs a repeat prescription",
        ],
    ),
    "BANK_ACCOUNT": (
        [v_account, v_routing],
        [
            "account number {v}",
            "Acct no. {v}",
            "Please wire to checking account {v}.",
            "routing # {v}",
            "Savings account {v} (joint)",
            "The bank account number is {v}.",
            "Sort code 20-00-00, account {v}",
            "ABA {v}",
        ],
    ),
    "IP_ADDRESS": (
        [v_ipv4, v_ipv6],
        [
            "My IP is {v}",
            "Connection from {v} was rejected.",
            "curl http://{v}/health",
            "Add {v} to the allowlist.",
            "remote_addr={v} status=403",
            "The attacker used {v} as a proxy.",
            "Server address {v}",
            "nslookup returned {v}",
        ],
    ),
    "DATE_OF_BIRTH": (
        [v_dob],
        [
            "DOB: {v}",
            "I was born on {v}.",
            "Date of birth {v}",
            "born {v}, London",
            "Patient DOB {v}; allergies none.",
            "birthdate={v}",
            "Her date of birth is {v}.",
            "D.O.B {v}",
        ],
    ),
    "PASSPORT": (
        [v_passport],
        [
            "passport no {v}",
            "My passport number is {v}.",
            "Passport: {v} (expires 2030)",
            "Scan of passport {v} attached.",
        ],
    ),
    "NATIONAL_ID": (
        [v_nino],
        [
            "National insurance number {v}",
            "NI no: {v}",
            "My NINO is {v}.",
            "Payroll needs your national insurance no. ({v}).",
        ],
    ),
    "SECRET": (
        [v_key],
        [
            "my api key is {v}",
            "OPENAI_KEY = '{v}'",
            "Here's the token: {v} - please don't share it.",
            "headers = {{'Authorization': 'Bearer {v}'}}",
            "I pasted {v} into the chat by mistake.",
            "key: {v}",
        ],
    ),
}


# --- look-alike values ------------------------------------------------------------------------


def l_nhs_bad(rng: random.Random) -> str:
    return _layout_nhs(rng, _nhs(rng, valid=False))


def l_ssn_invalid(rng: random.Random) -> str:
    d = _ssn(rng)
    area = _pick(rng, "000", "666", f"9{_num(rng, 2)}", f"9{_num(rng, 2)}")
    d = area + d[3:]
    return _pick(rng, f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}")


def l_ssn_shape(rng: random.Random) -> str:
    """A valid-looking 3-2-4 number: only its context says it is no SSN."""
    d = _ssn(rng)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def l_repeated(rng: random.Random) -> str:
    c = rng.choice("123456789")
    return _pick(rng, f"{c * 3}-{c * 2}-{c * 4}", f"{c * 3}-{c * 3}-{c * 4}", f"{c * 4} {c * 4} {c * 4} {c * 4}")


def l_card_bad(rng: random.Random) -> str:
    prefix, n = rng.choice(_CARD_PREFIXES)
    d = _luhn(rng, prefix, n)
    d = d[:-1] + str((int(d[-1]) + rng.randrange(1, 10)) % 10)
    return _layout_card(rng, d)


def l_iban_bad(rng: random.Random) -> str:
    iban = _iban(rng)
    while True:
        i = rng.randrange(2, len(iban))
        c = rng.choice(string.digits) if iban[i].isdigit() else rng.choice(string.ascii_uppercase)
        bad = iban[:i] + c + iban[i + 1 :]
        if not std_iban.is_valid(bad):
            break
    return _layout_iban(rng, bad).upper()


def l_phone_shape(rng: random.Random) -> str:
    """Ten digits grouped 3-3-4, valid as a US number: a reference number by its label."""
    return (
        v_phone_us(rng).replace("+1 ", "").replace("1-", "", 1)
        if rng.random() < 0.5
        else _pick(
            rng,
            f"{rng.randrange(200, 999)} {rng.randrange(200, 999)} {_num(rng, 4)}",
            f"{rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{_num(rng, 4)}",
        )
    )


def l_hex(n: int) -> Gen:
    return lambda rng: _rand(rng, n, "0123456789abcdef")


def l_uuid(rng: random.Random) -> str:
    h = _rand(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def l_version(rng: random.Random) -> str:
    return _pick(
        rng,
        f"{rng.randrange(0, 30)}.{rng.randrange(0, 20)}.{rng.randrange(0, 99)}",
        f"{rng.randrange(1, 20)}.{rng.randrange(0, 10)}.{rng.randrange(0, 10)}.{rng.randrange(0, 9999)}",
        f"{rng.randrange(100, 255)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}",
    )


def l_date(rng: random.Random) -> str:
    y, m, d = rng.randrange(2000, 2031), rng.randrange(1, 13), rng.randrange(1, 29)
    return _pick(
        rng,
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}{m:02d}{d:02d}",
        f"{d}.{m}.{y}",
        f"{m}-{d}-{y}",
        f"{_MONTHS[m - 1]} {d}, {y}",
    )


def l_time(rng: random.Random) -> str:
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    return _pick(
        rng,
        f"{h:02d}:{mi:02d}",
        f"{h:02d}:{mi:02d}:{s:02d}",
        f"{h:02d}:{mi:02d}:{s:02d}.{_num(rng, 3)}",
        f"{rng.randrange(1, 13)}:{mi:02d} pm",
    )


def l_timestamp(rng: random.Random) -> str:
    return f"{l_date(rng) if rng.random() < 0.3 else f'202{rng.randrange(6)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}'} {l_time(rng)}"


def l_price(rng: random.Random) -> str:
    return _pick(
        rng,
        f"${rng.randrange(1, 999)},{_num(rng, 3)}.{_num(rng, 2)}",
        f"€{rng.randrange(1, 999)}.{_num(rng, 3)},{_num(rng, 2)}",
        f"{rng.randrange(1, 99)} {_num(rng, 3)} {_num(rng, 3)} kr",
        f"£{rng.randrange(1, 99)},{_num(rng, 3)},{_num(rng, 3)}",
        f"USD {rng.randrange(1, 999)}{_num(rng, 3)}.{_num(rng, 2)}",
    )


def l_coord(rng: random.Random) -> str:
    return _pick(
        rng,
        f"{rng.uniform(-89, 89):.6f}, {rng.uniform(-179, 179):.6f}",
        f"{rng.uniform(0, 89):.4f}° N, {rng.uniform(0, 179):.4f}° W",
        f"({rng.uniform(-89, 89):.5f}, {rng.uniform(-179, 179):.5f})",
    )


def l_measure(rng: random.Random) -> str:
    return _pick(
        rng,
        f"{rng.randrange(1, 999)} {_num(rng, 3)} km",
        f"{rng.randrange(100, 999)}.{_num(rng, 2)} mm x {rng.randrange(100, 999)}.{_num(rng, 2)} mm",
        f"{rng.randrange(1, 99)} {_num(rng, 3)} {_num(rng, 3)} bytes",
        f"{rng.uniform(0, 500):.3f} kg",
    )


def l_isbn(rng: random.Random) -> str:
    body = "978" + _num(rng, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    d = body + str(check)
    return _pick(rng, f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}", d, f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}")


def l_postcode(rng: random.Random) -> str:
    return _pick(
        rng,
        f"{rng.choice(['SW1A', 'M1', 'B33', 'EH1', 'LS6', 'CF10'])} {rng.randrange(10)}{_rand(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"{_num(rng, 5)}-{_num(rng, 4)}",
        f"{rng.randrange(10000, 99999)}",
        f"{rng.randrange(1000, 9999)} {_rand(rng, 2, 'ABCDEFGHJKLMNPRSTVWXZ')}",
    )


def l_epoch(rng: random.Random) -> str:
    return str(rng.randrange(1_400_000_000, 1_900_000_000)) + ("" if rng.random() < 0.5 else _num(rng, 3))


def l_d(n: int) -> Gen:
    return lambda rng: str(rng.randrange(1, 10)) + _num(rng, n - 1)


def l_grouped(*sizes: int, sep: str = " ") -> Gen:
    return lambda rng: sep.join(
        _num(rng, s) if i else str(rng.randrange(1, 10)) + _num(rng, s - 1) for i, s in enumerate(sizes)
    )


LOOK_GENS: dict[str, Gen] = {
    "nhsbad": l_nhs_bad,
    "ssnbad": l_ssn_invalid,
    "ssnshape": l_ssn_shape,
    "rep": l_repeated,
    "cardbad": l_card_bad,
    "ibanbad": l_iban_bad,
    "phoneshape": l_phone_shape,
    "sha40": l_hex(40),
    "sha7": l_hex(7),
    "md5": l_hex(32),
    "sha256": l_hex(64),
    "uuid": l_uuid,
    "ver": l_version,
    "date": l_date,
    "time": l_time,
    "ts": l_timestamp,
    "price": l_price,
    "coord": l_coord,
    "measure": l_measure,
    "isbn": l_isbn,
    "postcode": l_postcode,
    "epoch": l_epoch,
    "d6": l_d(6),
    "d8": l_d(8),
    "d9": l_d(9),
    "d10": l_d(10),
    "d11": l_d(11),
    "d12": l_d(12),
    "d16": l_d(16),
    "g334": l_grouped(3, 3, 4),
    "g3334": l_grouped(3, 3, 3, 4, sep="-"),
    "g44": l_grouped(4, 4, 4),
    "g4444": l_grouped(4, 4, 4, 4),
    "dash334": l_grouped(3, 3, 4, sep="-"),
    "dash324": l_grouped(3, 2, 4, sep="-"),
    "n3": lambda rng: str(rng.randrange(100, 1000)),
    "n2": lambda rng: str(rng.randrange(10, 100)),
    "n4": lambda rng: str(rng.randrange(1000, 10000)),
}

LOOKALIKES: dict[str, list[str]] = {
    "orders": [
        "Order number {nhsbad} has been dispatched.",
        "Order {g334} was cancelled at your request.",
        "your order #{d10} is on its way",
        "Re: order {dash334} - missing item",
        "Order ID {d12}",
        "We received order {phoneshape} on Monday.",
        "Order ref: {g3334}",
        "Amazon order {n3}-{d6}{n2}-{d6}{n2}",
    ],
    "invoices": [
        "Invoice {ssnshape} is overdue.",
        "invoice no. {d8} attached",
        "Please pay invoice {nhsbad} within 30 days.",
        "Invoice {dash334} - second reminder",
        "INV {g44}",
        "Credit note {ssnshape} issued against the invoice.",
        "Bill {d9} for March is ready.",
    ],
    "tracking": [
        "Tracking number {g4444} {n4} {n2}",
        "Your parcel {d12} is out for delivery.",
        "UPS 1Z{d16}",
        "Track shipment {g334} online.",
        "Consignment {d10} held at customs.",
        "USPS {n4} {n4} {n4} {n4} {n4} {n2}",
    ],
    "tickets": [
        "Ticket {nhsbad} has been escalated.",
        "Support case {ssnshape} resolved.",
        "JIRA ticket PROJ-{n4} blocks the release.",
        "Incident {d8} opened by the on-call.",
        "Ref {phoneshape} - please quote in replies",
        "Your complaint reference is {g334}.",
        "Request #{d9} updated",
    ],
    "skus": [
        "SKU {n3}-{n4}-{n3} is out of stock.",
        "Item code {d8}, qty 3",
        "Product {g44} (blue, size M)",
        "Part number {dash334} fits the 2019 model.",
        "Catalogue no. {ssnshape}",
        "EAN {d12}1",
    ],
    "isbns": [
        "ISBN {isbn}",
        "The book (ISBN {isbn}) is out of print.",
        "isbn:{isbn}",
        "Reading list: {isbn}, {isbn}",
    ],
    "versions": [
        "Upgraded to {ver} last night.",
        "Build {ver} failed on CI.",
        "pip install package=={ver}",
        "We are on release {ver} now.",
        "Tested with {ver} and {ver}.",
        "Chrome/{ver} Safari/537.36",
        "v{ver} is the last version that supports Python 3.8.",
        "The changelog for {ver} lists 40 fixes.",
    ],
    "build_numbers": [
        "Build #{d8} passed.",
        "CI run {d10} took 14 minutes.",
        "build {date}.{n2} deployed to staging",
        "Pipeline {d9} is waiting for approval.",
        "artifact-{d12}.tar.gz",
    ],
    "dates_times": [
        "The meeting moved to {date} at {time}.",
        "Deadline: {date}",
        "From {date} to {date} inclusive.",
        "Last login {ts}",
        "Logged at {ts} UTC",
        "Delivered on {date}, {time}.",
        "Due {date} (updated {date})",
        "Period {date} - {date}",
    ],
    "timestamps": [
        "ts={epoch}",
        "created_at: {epoch}",
        "Unix time {epoch}",
        "[{ts}] INFO worker started",
        "expires {epoch}",
    ],
    "durations": [
        "Total runtime 01:{n2}:{n2}.{n3}",
        "The call lasted {time}.",
        "Elapsed: {n3}h {n2}m {n2}s",
        "Lap times 1:{n2}.{n3}, 1:{n2}.{n3}, 1:{n2}.{n3}",
    ],
    "prices": [
        "Total due {price}",
        "The house sold for {price}.",
        "Budget: {price} (approved)",
        "Was {price}, now {price}.",
        "Revenue {price} in Q3",
    ],
    "coordinates": [
        "Meet at {coord}.",
        "GPS: {coord}",
        "The wreck lies at {coord}.",
        "lat/lon {coord}",
    ],
    "measurements": [
        "Distance travelled {measure}.",
        "Dimensions {measure}",
        "File size {measure}",
        "Payload weighs {measure}.",
    ],
    "hashes": [
        "commit {sha40}",
        "git checkout {sha7}",
        "MD5 {md5}",
        "sha256 {sha256}",
        "Fixed in {sha7} (see {sha40}).",
        "checksum={md5}",
    ],
    "uuids": [
        "request_id={uuid}",
        "User {uuid} not found",
        "Session {uuid} expired.",
        "correlation id: {uuid}",
    ],
    "ip_like_versions": [
        "Firmware {ver} is out.",
        "Kernel version {ver}",
        "OID 1.3.6.1.4.1.{n4}",
        "Section {n2}.{n2}.{n2}.{n2} of the manual",
        "App version 10.{n2}.{n2}.{n3}",
    ],
    "card_like_bad_luhn": [
        "Card {cardbad} was rejected: invalid number.",
        "The number {cardbad} fails the checksum.",
        "Test value {cardbad} (invalid on purpose).",
        "Typo'd card number: {cardbad}",
    ],
    "iban_like_bad": [
        "IBAN {ibanbad} does not validate.",
        "The account {ibanbad} was rejected by the bank (bad check digits).",
        "Wrong IBAN: {ibanbad}",
        "{ibanbad} fails mod 97.",
    ],
    "ssn_like_invalid": [
        "SSN {ssnbad} is not a valid number.",
        "Sample SSN format: {ssnbad}",
        "{ssnbad} can't be a social security number.",
        "social security no. {ssnbad} was rejected",
        "Placeholder SSN {rep}",
        "Enter your SSN like {rep}.",
    ],
    "ssn_like_no_context": [
        "Invoice {ssnshape} is overdue.",
        "Reference {ssnshape}",
        "Batch {ssnshape} passed QA.",
        "Claim {ssnshape} was approved.",
        "Lot no. {ssnshape}",
        "Item {ssnshape} returned.",
        "Account code {rep}",
        "Code {rep} means unknown.",
        "Docket {ssnshape} was filed today.",
    ],
    "nhs_like_bad": [
        "NHS number {nhsbad} failed validation.",
        "Order number {nhsbad}",
        "Customer {nhsbad} has an open query.",
        "The reference {nhsbad} is on the letter.",
        "Record {nhsbad} was merged.",
        "Application {nhsbad} received.",
        "Patient number {nhsbad} is not a valid NHS number.",
        "Quote {nhsbad} when paying.",
    ],
    "phone_like_non_phone": [
        "Order number {phoneshape}",
        "Invoice {phoneshape} paid in full.",
        "Tracking ID {phoneshape}",
        "Serial {phoneshape} on the back of the unit.",
        "Transaction {phoneshape} reversed.",
        "Booking ref {phoneshape}",
        "Confirmation #{phoneshape}",
        "Case {g334} was reopened.",
        "Model {dash334} is discontinued.",
        "Account ID {phoneshape} (internal)",
    ],
    "postcodes": [
        "Ship to postcode {postcode}.",
        "ZIP {postcode}",
        "Deliveries to {postcode} take two days.",
        "Area {postcode} has no coverage.",
    ],
    "serial_numbers": [
        "Serial number {d10}",
        "S/N {g44}",
        "Device serial {n4}-{n4}-{n4}",
        "IMEI {d9}{n3}{n3}",
        "The unit's serial is {dash334}.",
        "Asset tag {d8}",
    ],
    "math_and_stats": [
        "{n4} x {n4} = a big number",
        "Population {price}",
        "p < 0.{n3}, n = {n4}",
        "Scores: {n2}-{n2}, {n2}-{n2}, {n2}-{n2}",
        "Between {n3} {n3} and {n3} {n3} people attended.",
        "Ratio {n3}:{n3}:{n4}",
    ],
    "mixed_ids": [
        "Employee ID {d6}, cost centre {n4}",
        "Room {n3}, building {n2}",
        "Flight BA {n4} departs at {time}.",
        "Table {n2} seats {n2}.",
        "Chapter {n2}, page {n3}.",
        "Member #{d8} renewed.",
        "Policy number {d10} renewed.",
        "Student number {d9}",
    ],
}


def _fill(rng: random.Random, frame: str, gens: dict[str, Gen]) -> str:
    """Every placeholder gets a fresh value (two {date} in a frame differ)."""
    out = []
    i = 0
    while i < len(frame):
        if frame[i] == "{" and frame[i : i + 2] != "{{":
            j = frame.index("}", i)
            out.append(gens[frame[i + 1 : j]](rng))
            i = j + 1
        elif frame[i : i + 2] in ("{{", "}}"):
            out.append(frame[i])
            i += 2
        else:
            out.append(frame[i])
            i += 1
    return "".join(out)


def build(seed: int = 20261206, per_frame: int = 6) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for entity, (gens, frames) in POSITIVES.items():
        for j, frame in enumerate(frames):
            for k in range(per_frame):
                v = gens[k % len(gens)](rng)
                text = _fill(rng, frame.replace("{v}", "\x00").replace("{v2}", "{v2}"), {"v2": v_email}).replace(
                    "\x00", v
                )
                out.append(Case(text, entity, v, f"{entity}-{j}", heldout_frame(frame)))
    for family, frames in LOOKALIKES.items():
        for j, frame in enumerate(frames):
            seen: set[str] = set()
            for _ in range(per_frame if "{" in frame else 1):
                text = _fill(rng, frame, LOOK_GENS)
                if text in seen:
                    continue
                seen.add(text)
                out.append(Case(text, None, "", f"{family}-{j}", heldout_frame(frame)))
    return out


#: Single sentences with several kinds of PII, and prose with no PII at all (no placeholders).
FIXED_POSITIVES: list[tuple[str, str, str]] = [
    ("PHONE", "Call Sarah on 020 7946 0018 ext 4410 about the lease.", "020 7946 0018 ext 4410"),
    ("PHONE", "International: +44 (0)161 496 0753; from the US dial 011 44 161 496 0753.", "011 44 161 496 0753"),
    ("PHONE", "Tel +44(0)20 7946 0321", "+44(0)20 7946 0321"),
    ("PHONE", "Phone (555) 010-4477 x 12 is the help desk", "(555) 010-4477 x 12"),
    ("UK_NHS", "Referral for Mr Patel, 943 476 5919, to cardiology.", "943 476 5919"),
    ("UK_NHS", "Patient 4505577104 did not attend.", "4505577104"),
    ("IBAN", "Zahlung an DE44 5001 0517 5407 3249 31 erfolgt.", "DE44 5001 0517 5407 3249 31"),
    ("IBAN", "GB29NWBK60161331926819 is the account to use.", "GB29NWBK60161331926819"),
    ("US_SSN", "Applicant: J. Ruiz, SSN 536-90-4399, DOB 3/4/1979.", "536-90-4399"),
    ("EMAIL", "(email: jane.o-neil@sub.mail.example.co.uk)", "jane.o-neil@sub.mail.example.co.uk"),
]


def build_fixed() -> list[Case]:
    return [
        Case(text, entity, value, f"fixed-{entity}-{i}", heldout_frame(text))
        for i, (entity, text, value) in enumerate(FIXED_POSITIVES)
    ]


def all_cases() -> list[Case]:
    return build() + build_fixed()


@dataclass
class Report:
    #: entity -> (found, total)
    recall: dict[str, tuple[int, int]]
    #: look-alike category -> (flagged, total)
    flagged: dict[str, tuple[int, int]]
    failures: list[tuple[Case, list[tuple[str, int, int]]]]

    @property
    def looks(self) -> tuple[int, int]:
        return sum(f for f, _ in self.flagged.values()), sum(t for _, t in self.flagged.values())


def evaluate(cases: list[Case]) -> Report:
    rep = Report({}, {}, [])
    for c in cases:
        found = detect_all(c.text)
        if c.entity is None:
            cat = c.family.rsplit("-", 1)[0]
            f, t = rep.flagged.get(cat, (0, 0))
            rep.flagged[cat] = (f + bool(found), t + 1)
            if found:
                rep.failures.append((c, found))
            continue
        ok = hit(c, found)
        f, t = rep.recall.get(c.entity, (0, 0))
        rep.recall[c.entity] = (f + ok, t + 1)
        if not ok:
            rep.failures.append((c, found))
    return rep


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["tuning", "heldout"], default="tuning")
    ap.add_argument("--failures", action="store_true", help="print the failing cases")
    args = ap.parse_args(argv)
    cases = [c for c in all_cases() if c.heldout == (args.part == "heldout")]
    rep = evaluate(cases)
    for ent, (f, t) in sorted(rep.recall.items()):
        print(f"{ent:15s} {f:4d}/{t:<4d} {f / t:.3f}")
    for cat, (f, t) in sorted(rep.flagged.items()):
        print(f"  look-alike {cat:22s} {f:3d}/{t:<3d}")
    f, t = rep.looks
    print(f"look-alikes flagged {f}/{t} = {f / t:.1%}")
    if args.failures:
        for c, found in rep.failures:
            print(f"{c.entity or '-':12s} {c.text!r} -> {[(e, c.text[s:t]) for e, s, t in found]}")


if __name__ == "__main__":
    main()

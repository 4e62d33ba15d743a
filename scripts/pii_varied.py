"""A larger PII evaluation set, written the way an outside evaluator would (seeded, so always the
same rows): every entity the PII and secrets detectors claim, in many formats, countries and
sentence styles, and look-alikes that share the shape of PII but are not personal data.

Positives carry the value that must be found (a detection of the right entity overlapping it
counts). Look-alikes must produce no detection at all (of any entity, PII or secret).

Split: in every list of frames, every third frame (index % 3 == 2) is **held out**: it was
written together with the others, before any detector change, and no rule, word list or score
was adjusted looking at its results. ``bench/policy.py`` reports both parts.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from pii_rounds import Case, detect_all, hit, nhs_check_digit
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.us import ssn as us_ssn

Gen = Callable[[random.Random], str]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# --- value generators -------------------------------------------------------------------------

_EMAIL_USERS = [
    "maria.garcia",
    "j.smith",
    "TOM.OBRIEN",
    "a_b-c",
    "priya.k+invoices",
    "x9",
    "hr-team",
    "l.dupont2",
    "support",
    "first_last.1987",
]
_EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.co.uk",
    "mail.example.org",
    "uni-heidelberg.de",
    "company.io",
    "sub.dept.gov.au",
    "EXAMPLE.COM",
    "t-online.de",
    "yahoo.fr",
    "corp.example.museum",
]


def gen_email(rng: random.Random) -> str:
    return f"{rng.choice(_EMAIL_USERS)}@{rng.choice(_EMAIL_DOMAINS)}"


_PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "IN", "JP", "BR", "CA", "IE", "CH", "SE", "MX"]


def _valid_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(200):
        ex = phonenumbers.example_number_for_type(region, rng.choice(kinds))
        if ex is None:
            continue
        nsn = str(ex.national_number)
        # Keep the leading digits (the number range), randomise the subscriber part.
        keep = max(3, len(nsn) - 4)
        cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(num):
            return num
    raise RuntimeError(region)


def gen_phone_intl(rng: random.Random) -> str:
    num = _valid_number(rng, rng.choice(_PHONE_REGIONS))
    style = rng.randrange(4)
    s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == 1:
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    elif style == 2:
        s = s.replace(" ", "-")
    elif style == 3:
        s = s.replace(" ", ".")
    return s


def gen_phone_national(rng: random.Random) -> str:
    """US/UK numbers the way people write them at home."""
    region = rng.choice(["US", "GB"])
    num = _valid_number(rng, region)
    s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if region == "US":
        d = str(num.national_number)
        s = rng.choice(
            [s, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"{d}"]
        )
    return s


def gen_phone_ext(rng: random.Random) -> str:
    base = rng.choice([gen_phone_national, gen_phone_intl])(rng)
    ext = rng.choice(["ext. ", "ext ", "x", " x ", "extension ", "Ext.", ", ext. ", " #"])
    sep = "" if ext.startswith((",", " ")) else " "
    return f"{base}{sep}{ext}{rng.randrange(1, 9999)}".replace("  ", " ")


def gen_phone_trunk(rng: random.Random) -> str:
    """+44 (0)..., 0044 ..., 011 44 ... forms."""
    region = rng.choice(["GB", "DE", "CH", "IT", "AU", "FR"])
    num = _valid_number(rng, region)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    cc, rest = intl.split(" ", 1)
    style = rng.randrange(4)
    if style == 0 and region != "IT":
        return f"{cc} (0){rest}"
    if style == 1 and region != "IT":
        return f"{cc}(0) {rest}"
    if style == 2:
        return f"00{cc[1:]} {rest}"
    return f"011 {cc[1:]} {rest}"


_CARD_BRANDS: list[tuple[str, int, str]] = [
    ("4", 16, "4444"),
    ("4", 13, "445"),
    ("51", 16, "4444"),
    ("55", 16, "4444"),
    ("2221", 16, "4444"),
    ("2720", 16, "4444"),
    ("34", 15, "465"),
    ("37", 15, "465"),
    ("6011", 16, "4444"),
    ("65", 16, "4444"),
    ("644", 16, "4444"),
    ("3528", 16, "4444"),
    ("3589", 16, "4444"),
    ("36", 14, "464"),
    ("300", 14, "464"),
    ("62", 16, "4444"),
    ("4", 19, "4444"),
    ("6759", 16, "4444"),
]


def _luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _group(d: str, layout: str, sep: str) -> str:
    sizes = [int(c) for c in layout]
    if layout == "4444":
        sizes = [4] * ((len(d) + 3) // 4)
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def gen_card(rng: random.Random) -> str:
    prefix, length, layout = rng.choice(_CARD_BRANDS)
    d = _luhn_number(rng, prefix, length)
    return _group(d, layout, rng.choice([" ", "-", "", " "]))


def gen_card_bad_luhn(rng: random.Random) -> str:
    prefix, length, layout = rng.choice(_CARD_BRANDS)
    d = _luhn_number(rng, prefix, length)
    d = d[:-1] + str((int(d[-1]) + 1 + rng.randrange(9)) % 10)
    return _group(d, layout, rng.choice([" ", "-", ""]))


# country -> BBAN structure: (kind, count) with n digits, a upper letters, c alphanumerics.
_IBAN_BBAN: dict[str, list[tuple[str, int]]] = {
    "DE": [("n", 18)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)],
    "CH": [("n", 5), ("c", 12)],
    "AT": [("n", 16)],
    "PL": [("n", 24)],
    "PT": [("n", 21)],
    "IE": [("a", 4), ("n", 14)],
    "GB": [("a", 4), ("n", 14)],
    "SE": [("n", 20)],
    "NO": [("n", 11)],
    "DK": [("n", 14)],
    "FI": [("n", 14)],
    "LU": [("n", 3), ("c", 13)],
    "AE": [("n", 19)],
    "SA": [("n", 2), ("c", 18)],
    "TR": [("n", 5), ("n", 1), ("c", 16)],
    "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)],
    "GR": [("n", 7), ("c", 16)],
    "HU": [("n", 24)],
    "CZ": [("n", 20)],
    "RO": [("a", 4), ("c", 16)],
}


def _bban(rng: random.Random, cc: str) -> str:
    out = []
    for kind, n in _IBAN_BBAN[cc]:
        alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[kind]
        out.append("".join(rng.choice(alphabet) for _ in range(n)))
    return "".join(out)


def _iban_compact(rng: random.Random) -> str:
    for _ in range(500):
        cc = rng.choice(list(_IBAN_BBAN))
        bban = _bban(rng, cc)
        iban = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(iban):
            return iban
    raise RuntimeError("iban")


def _iban_layout(rng: random.Random, iban: str) -> str:
    r = rng.random()
    if r < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if r < 0.9:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)).lower()


def gen_iban(rng: random.Random) -> str:
    return _iban_layout(rng, _iban_compact(rng))


def gen_iban_bad(rng: random.Random) -> str:
    iban = _iban_compact(rng)
    i = rng.randrange(4, len(iban))
    while True:
        ch = rng.choice(string.digits) if iban[i].isdigit() else rng.choice(string.ascii_uppercase)
        bad = iban[:i] + ch + iban[i + 1 :]
        if ch != iban[i] and not std_iban.is_valid(bad):
            break
    return _iban_layout(rng, bad).upper()


def _ssn_digits(rng: random.Random) -> str:
    while True:
        d = f"{rng.randrange(1, 900):03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
        if us_ssn.is_valid(d) and len(set(d)) > 2:
            return d


def gen_ssn(rng: random.Random) -> str:
    d = _ssn_digits(rng)
    return rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}"] * 3 + [f"{d[:3]} {d[3:5]} {d[5:]}", d])


def gen_ssn_invalid(rng: random.Random) -> str:
    d = _ssn_digits(rng)
    kind = rng.randrange(5)
    if kind == 0:
        d = "000" + d[3:]
    elif kind == 1:
        d = "666" + d[3:]
    elif kind == 2:
        d = f"9{rng.randrange(100):02d}" + d[3:]
    elif kind == 3:
        d = d[:3] + "00" + d[5:]
    else:
        d = d[:5] + "0000"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def _nhs_digits(rng: random.Random, valid: bool) -> str:
    while True:
        d = _digits(rng, 9)
        check = nhs_check_digit(d)
        if check == 10:
            continue
        if not valid:
            check = (check + 1 + rng.randrange(9)) % 10
        return d + str(check)


def _nhs_layout(rng: random.Random, d: str) -> str:
    return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}"] * 3 + [f"{d[:3]}-{d[3:6]}-{d[6:]}", d])


def gen_nhs(rng: random.Random) -> str:
    return _nhs_layout(rng, _nhs_digits(rng, True))


def gen_nhs_bad(rng: random.Random) -> str:
    return _nhs_layout(rng, _nhs_digits(rng, False))


def gen_account(rng: random.Random) -> str:
    return _digits(rng, rng.choice([8, 8, 9, 10, 11, 12, 14]))


def gen_routing(rng: random.Random) -> str:
    while True:
        d = f"{rng.choice([0, 1, 2, 3, 6, 7, 8])}{rng.randrange(10)}" + _digits(rng, 6)
        for c in range(10):
            full = d + str(c)
            w = sum(int(x) * k for x, k in zip(full, [3, 7, 1] * 3, strict=True))
            if w % 10 == 0:
                return full


def gen_ipv4(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"{rng.randrange(11, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"203.0.113.{rng.randrange(1, 255)}",
        ]
    )


def gen_ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randrange(65536):x}" for _ in range(8)]
    r = rng.randrange(4)
    if r == 0:
        return ":".join(groups)
    if r == 1:
        return "2001:db8::" + ":".join(groups[:3])
    if r == 2:
        return "fe80::" + ":".join(groups[:4])
    return ":".join(f"{int(g, 16):04x}" for g in groups).upper()


_MONTH_NAMES = ["January", "Feb", "March", "Apr.", "May", "June", "July", "Aug", "September", "Oct", "November", "Dec"]


def gen_dob(rng: random.Random) -> str:
    y, m, d = rng.randrange(1930, 2010), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {_MONTH_NAMES[m - 1]} {y}",
            f"{_MONTH_NAMES[m - 1]} {d}, {y}",
            f"{d}-{m:02d}-{y}",
        ]
    )


def gen_passport(rng: random.Random) -> str:
    return rng.choice(
        [_digits(rng, 9), "C" + _digits(rng, 8), rng.choice("ABKLMNPZ") + _digits(rng, 7), _digits(rng, 9)]
    )


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_nino(rng: random.Random) -> str:
    while True:
        pre = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice([f"{pre}{d}{suffix}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def gen_dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{_DNI_LETTERS[n % 23]}"


def gen_aadhaar(rng: random.Random) -> str:
    body = str(rng.randrange(2, 10)) + _digits(rng, 10)
    d = body + verhoeff.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


#: National ID frames start with the kind of number they hold ("nino|...").
_NATID_GENS: dict[str, Gen] = {"nino": gen_nino, "dni": gen_dni, "aadhaar": gen_aadhaar}


_ALNUM = string.ascii_letters + string.digits


def _rand(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_secret(rng: random.Random) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567")
    if kind == 1:
        return "ghp_" + _rand(rng, 36)
    if kind == 2:
        return "sk-proj-" + _rand(rng, 48, _ALNUM + "_-")
    if kind == 3:
        return "sk-ant-api03-" + _rand(rng, 90, _ALNUM + "_-")
    if kind == 4:
        return "sk_live_" + _rand(rng, 24)
    if kind == 5:
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 12)}-{_rand(rng, 24)}"
    if kind == 6:
        return "AIza" + _rand(rng, 35, _ALNUM + "_-")
    if kind == 7:
        return "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ" + _rand(rng, 30) + "." + _rand(rng, 43, _ALNUM + "_-")
    if kind == 8:
        return "github_pat_" + _rand(rng, 82, _ALNUM + "_")
    return "sk-" + _rand(rng, 48)


# --- positive frames --------------------------------------------------------------------------

POSITIVES: dict[str, tuple[list[Gen], list[str]]] = {
    "EMAIL": (
        [gen_email],
        [
            "Please send the signed contract to {v} by Thursday.",
            "From: {v}",
            "cc: {v}; bcc: none",
            "You can write to me at <{v}>.",
            "Her address is {v}, not the old one.",
            "mailto:{v}",
            'Reply-To: "Maria" <{v}>',
            "{v} asked about the refund.",
            "Contact (email): {v}.",
            "Forwarding all mail for {v} to the shared inbox",
            "The user with email={v} logged in twice.",
            "Kontakt: {v} (bitte nur werktags)",
        ],
    ),
    "PHONE": (
        [gen_phone_intl, gen_phone_national, gen_phone_ext, gen_phone_trunk],
        [
            "Call me at {v} if anything changes.",
            "Tel.: {v}",
            "Mobile - {v}",
            "You can reach our London office on {v}.",
            "Her number is {v}.",
            "Fax {v} (attn. accounts)",
            "Text {v} when you land.",
            "Emergency contact: Anna, {v}",
            "For bookings ring {v} between 9 and 5.",
            "{v} - that's my cell, WhatsApp works too.",
            "Phone number on file: {v}",
            "Numéro de téléphone : {v}",
            "Please phone the clinic ({v}) to reschedule.",
            "Dial {v} and ask for Priya.",
            "My work line is {v}; mornings are best.",
        ],
    ),
    "CREDIT_CARD": (
        [gen_card],
        [
            "My card number is {v}, expiry 11/26.",
            "Card: {v}",
            "Please charge {v} for the deposit.",
            "Visa ending... no wait, the full number is {v}",
            "Payment method: credit card {v}",
            "PAN {v} exp 03/28 CVV 918",
            "I paid with {v} yesterday but got no receipt.",
            "Use the company Amex {v} for the flights.",
            "debit card no. {v}",
            "cc# {v}",
            "Customer supplied card {v} over the phone.",
            "Refund the amount to card {v}.",
        ],
    ),
    "IBAN": (
        [gen_iban],
        [
            "Please transfer the rent to IBAN {v}.",
            "Bank details: {v} (BIC DEUTDEFF)",
            "IBAN: {v}",
            "Our supplier's account {v} has changed.",
            "Wire the money to {v} before Friday.",
            "Kontoinhaber: M. Weber, IBAN {v}",
            "Beneficiary account: {v}",
            "Can you pay {v}? Reference: June rent.",
            "Refunds go to {v}",
            "International Bank Account Number - {v}",
            "SEPA transfer to {v}, amount EUR 250.",
            "The IBAN on the invoice ({v}) looks right.",
        ],
    ),
    "US_SSN": (
        [gen_ssn],
        [
            "My social security number is {v}.",
            "SSN: {v}",
            "Applicant SSN {v}, DOB on file.",
            "Please confirm the SSN ({v}) matches the W-2.",
            "Social Security No. {v}",
            "SS# {v}",
            "The employee's social security number, {v}, was entered twice.",
            "ssn={v}",
            "Taxpayer identification: SSN {v}",
            "Her Social Security number is {v} and she lives in Ohio.",
            "Last year's W-2 lists SSN {v} for the claimant.",
            "Enter SSN (no dashes OK): {v}",
        ],
    ),
    "UK_NHS": (
        [gen_nhs],
        [
            "NHS number: {v}",
            "Patient {v} was seen in A&E on Monday.",
            "NHS No. {v}",
            "Please book a follow-up for the patient with NHS number {v}.",
            "Mrs Green (NHS {v}) needs a repeat prescription.",
            "The referral letter gives {v} as her NHS number.",
            "nhs no {v} - allergy to penicillin",
            "Hospital number / NHS number: {v}",
            "GP record for {v} updated.",
            "NHS#{v}",
            "Discharge summary, patient NHS no: {v}",
            "Her NHS number is {v}.",
        ],
    ),
    "BANK_ACCOUNT": (
        [gen_account, gen_routing],
        [
            "Account number: {v}",
            "Please pay into acct. no. {v}.",
            "Routing number {v}",
            "My checking account is {v}.",
            "ABA routing: {v}",
            "Bank account number {v} (savings)",
            "Acct #{v}",
            "Direct deposit to account {v}, please.",
            "A/C No: {v}",
            "The funds came from account no. {v}.",
            "Sort code 40-47-84, account number {v}",
            "Account No.: {v}",
        ],
    ),
    "IP_ADDRESS": (
        [gen_ipv4, gen_ipv6],
        [
            "The request came from {v}.",
            "Client IP: {v}",
            "ssh admin@{v}",
            "Blocked {v} after five failed logins.",
            "Her laptop's address is {v}.",
            "Connection refused by {v} port 443",
            "X-Forwarded-For: {v}",
            "Set the DNS server to {v}",
            "Login from new IP address {v}",
            "src={v} dst=8.8.8.8 proto=udp",
            "ping {v}",
            "Allowlist {v} in the firewall.",
        ],
    ),
    "DATE_OF_BIRTH": (
        [gen_dob],
        [
            "Date of birth: {v}",
            "DOB {v}",
            "She was born on {v}.",
            "D.O.B.: {v}",
            "Patient (born {v}) presented with a cough.",
            "Birth date - {v}",
            "Born {v} in Manchester.",
            "Geburtsdatum / date of birth: {v}",
            "dob={v}",
            "His birthday is {v}.",
            "Name: J. Doe, DOB: {v}, sex: M",
            "My date of birth is {v}.",
        ],
    ),
    "PASSPORT": (
        [gen_passport],
        [
            "Passport number: {v}",
            "Passport No. {v}, expires 2031.",
            "My passport is {v}.",
            "Travel document / passport: {v}",
            "Passport #{v}",
            "Please update passport {v} in the booking.",
        ],
    ),
    "NATIONAL_ID": (
        [gen_nino],
        [
            "nino|National Insurance number: {v}",
            "dni|DNI {v}",
            "aadhaar|Aadhaar: {v}",
            "nino|NI number {v}",
            "dni|National ID {v}",
            "nino|NINO: {v}",
            "dni|Mi DNI es {v}.",
            "aadhaar|Aadhaar number {v} linked to the account.",
            "dni|Identity card: {v}",
        ],
    ),
    "SECRET": (
        [gen_secret],
        [
            "export API_KEY={v}",
            "Here is my key: {v}",
            'token = "{v}"',
            "Authorization: Bearer {v}",
            "I accidentally committed {v} to the repo.",
            "config: {{ key: '{v}' }}",
            "Use {v} for the staging environment.",
            "OPENAI_API_KEY={v}",
            "curl -H 'x-api-key: {v}' https://api.example.com",
        ],
    ),
}


# --- look-alikes ------------------------------------------------------------------------------


def _fmt(rng: random.Random, frame: str, gens: dict[str, Gen]) -> str:
    vals = {k: g(rng) for k, g in gens.items() if "{" + k + "}" in frame}
    return frame.format(**vals)


_LOOK_GENS: dict[str, Gen] = {
    "nhsbad": gen_nhs_bad,
    "ssnbad": gen_ssn_invalid,
    "luhnbad": gen_card_bad_luhn,
    "ibanbad": gen_iban_bad,
    "d9": lambda r: (lambda d: f"{d[:3]}-{d[3:5]}-{d[5:]}")(_ssn_digits(r)),
    "d10": lambda r: (lambda d: f"{d[:3]} {d[3:6]} {d[6:]}")(str(r.randrange(100, 999)) + _digits(r, 7)),
    "n6": lambda r: str(r.randrange(100_000, 999_999)),
    "n7": lambda r: str(r.randrange(1_000_000, 9_999_999)),
    "n8": lambda r: str(r.randrange(10_000_000, 99_999_999)),
    "n10": lambda r: str(r.randrange(1_000_000_000, 9_999_999_999)),
    "n12": lambda r: str(r.randrange(10**11, 10**12)),
    "hex40": lambda r: _rand(r, 40, "0123456789abcdef"),
    "hex64": lambda r: _rand(r, 64, "0123456789abcdef"),
    "hex32": lambda r: _rand(r, 32, "0123456789abcdef"),
    "hex7": lambda r: _rand(r, 7, "0123456789abcdef"),
    "uuid": lambda r: "-".join(_rand(r, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
    "ver": lambda r: f"{r.randrange(0, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 40)}",
    "ver4": lambda r: f"{r.randrange(1, 12)}.{r.randrange(0, 20)}.{r.randrange(0, 20)}.{r.randrange(0, 300)}",
    "ts": lambda r: (
        f"20{r.randrange(10, 26)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
        f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z"
    ),
    "epoch": lambda r: str(r.randrange(1_500_000_000, 1_800_000_000)),
    "epochms": lambda r: str(r.randrange(1_500_000_000_000, 1_800_000_000_000)),
    "lat": lambda r: f"{r.uniform(-80, 80):.4f}",
    "lon": lambda r: f"{r.uniform(-170, 170):.4f}",
    "price": lambda r: f"{r.randrange(1, 99)},{r.randrange(1000):03d}.{r.randrange(100):02d}",
    "isbn13": lambda r: (
        "978-" + str(r.randrange(0, 2)) + "-" + _digits(r, 3) + "-" + _digits(r, 5) + "-" + _digits(r, 1)
    ),
    "year": lambda r: str(r.randrange(1950, 2030)),
    "big": lambda r: f"{r.randrange(1, 999)} {r.randrange(1000):03d} {r.randrange(1000):03d}",
}

LOOKALIKES: dict[str, list[str]] = {
    "reference": [
        "Order number {d10} has shipped.",
        "Invoice {d9} is overdue.",
        "Your reference is {nhsbad}.",
        "Tracking: 1Z 999 AA1 01 2345 6784",
        "Order #112-{n7}-{n7}",
        "Please quote case {d9} when you call back.",
        "Confirmation code {n8}.",
        "PO {n10} approved by finance.",
        "Ticket {d10} closed as duplicate.",
        "Booking reference {nhsbad}, two adults.",
        "Parcel {n12} left at the depot.",
        "Claim no. {d9} is under review.",
        "Shipment {d10} delayed by weather.",
        "Receipt {n10} - thank you for shopping with us.",
        "Invoice INV-{year}-{n6} attached.",
        "USPS tracking 9400 1000 0000 {n6} 00",
        "Work order {d9} assigned to the night shift.",
        "Transaction ID {n12}",
    ],
    "software": [
        "Upgrade to version {ver} before Monday.",
        "Build {ver4} fixed the crash.",
        "Running Python {ver} on Ubuntu 22.04.",
        "Commit {hex40} broke the build.",
        "The file's SHA-256 is {hex64}.",
        "MD5 checksum: {hex32}",
        "Request id {uuid} timed out.",
        "Reverted {hex7} and redeployed.",
        "Firmware {ver4} is available for download.",
        "npm install lodash@4.17.21",
        "Chrome {ver4} (Official Build) (64-bit)",
        "See RFC 7231, section 6.5.1, and OID 1.3.6.1.4.1.311.",
        "docker pull nginx:1.25.3@sha256:{hex64}",
        "Release notes for v{ver} and v{ver4}.",
        "Trace {hex32} span {n12}",
        "pip install requests==2.31.0 urllib3==2.0.7",
        "Error code 0x80070005 at offset {n8}",
        "git checkout {hex40}",
    ],
    "time_place": [
        "Logged at {ts} by the cron job.",
        "The meeting is on {year}-03-15 at 10:00.",
        "Event time (epoch): {epoch}",
        "created_at={epochms}",
        "Coordinates: {lat}, {lon}",
        "The summit is at 46.5763 N, 7.9904 E.",
        "lat={lat}&lon={lon}",
        "Between {year} and {year} the population grew.",
        "Period covered: 01/04/{year} - 31/03/{year}.",
        "Flight BA 0117 departs 18:40 on 12.06.{year}.",
        "Opening hours 09:00-17:30, Mon-Fri.",
        "Timestamp 20240315102231 recorded.",
        "Our new office opened on 3 March {year}.",
        "Deadline: 2025-12-31 23:59:59 UTC",
    ],
    "numbers": [
        "Revenue was ${price} last quarter.",
        "The population of the region is {big}.",
        "That's {big} bytes in total.",
        "12 * 34 = 408 and 408 / 17 = 24",
        "Solve 3x + 7 = 22 for x.",
        "Sum of 1234 5678 9012 = 15924",
        "Price: EUR 1 299,00 incl. VAT",
        "The answer is 2 147 483 647, the largest 32-bit signed integer.",
        "Distance to the Moon: 384 400 km.",
        "The lottery numbers were 04 11 23 35 42 07.",
        "ISBN {isbn13}",
        "ISBN 0-306-40615-2 (paperback)",
        "Matrix [[1, 2, 3], [4, 5, 6]] has rank 2.",
        "Scores: 98-76, 101-99, 87-85.",
        "Pages 1234-1267 of volume 45.",
        "Zip code 94105-1234.",
        "Model no. {d9}, serial {n12}",
        "Part number {d10} fits the 2019 model.",
        "P/N 8472-331-09 rev B",
        "SKU 100-200-3000 is discontinued.",
        "Case No. 2:21-cv-01234-ABC",
        "Patent US {n7}",
        "Ran 10000 iterations: mean 0.4823, std 0.0312.",
        "Room 4.12, building 7, floor 3.",
        "Temperature range 18-24 °C, humidity 40-60 %.",
    ],
    "invalid_checks": [
        "Card {luhnbad} was declined as invalid.",
        "Test with card number {luhnbad} to see the error.",
        "IBAN {ibanbad} failed the bank's check.",
        "The form rejected IBAN {ibanbad}.",
        "SSN {ssnbad} is not a valid number.",
        "Example SSN for the form: {ssnbad}",
        "Placeholder SSN 123-45-6789 in the template.",
        "Test SSN 111-11-1111",
        "NHS number {nhsbad} failed validation.",
        "Reference {nhsbad}",
        "Use 000-00-0000 when the SSN is unknown.",
        "Card 0000 0000 0000 0000 is a dummy value.",
        "Dummy IBAN XX00 0000 0000 0000 0000 00",
        "Account placeholder 0000000000",
    ],
    "phone_like": [
        "We sold {n10} units last year.",
        "Population 8 336 817 (2022 census).",
        "Invoice total 1 234 567 USD",
        "The ID range is {n7}-{n7}.",
        "Serial number {d10}",
        "Order {n10} was split into two parcels.",
        "Customer no. {n8}",
        "Reference: {d10}",
        "Barcode 5 012345 678900",
        "EAN 4006381333931",
        "Bus 243 leaves at 7:15 and 7:45.",
        "Room 101, 102 and 103 are booked.",
        "Figures: 120 340 560 780 in thousands.",
        "Batch {n6}-{n6} passed QA.",
    ],
    "text_like": [
        "Follow @openai on social media.",
        "Use the @app.route decorator in Flask.",
        "@media screen and (max-width: 600px) {{ body {{ font-size: 12px; }} }}",
        "user@localhost cannot receive mail.",
        "Write to name [at] example [dot] com.",
        "password reset page: /account/password",
        "The secret to good bread is time.",
        "api_key: <your-key-here>",
        "password = ********",
        "token: ${{GITHUB_TOKEN}}",
        "sk-learn-compatible-estimator is a pattern name",
        "Set PASSWORD=changeme in the example env file.",
        "The address of the event is 221B Baker Street.",
    ],
    "identifiers": [
        "AWS account 123456789012 owns the bucket.",
        "Order ID {n10}, placed online.",
        "Member since {year}; loyalty number {n10}.",
        "IMEI 490154203237518 is registered to the handset.",
        "Serial no. {d9}",
        "Container MSCU 123456-7 arrived at the port.",
        "VIN 1HGCM82633A004352",
        "ISIN US0378331005 (Apple Inc.)",
        "Product code AB123456C in aisle 4.",
        "Doc ref XY 12 34 56 D, version 2.",
        "EAN-13: 5901234123457",
        "Account ID {n12} in the cloud console.",
        "Ticket #{n6} - printer offline",
        "Job {n8} finished in 42 s.",
        "The GCP project number is {n12}.",
        "Report RPT-{year}-{n6} is attached.",
        "UPC 036000291452",
        "Policy number {n10}-01 renews in May.",
    ],
    "tech_numbers": [
        "Listening on 0.0.0.0:8080",
        "Upgrade the app to {ver4} tonight.",
        "Download size 1 048 576 bytes.",
        "Set the subnet mask to 255.255.255.0.",
        "Resolution 1920x1080 at 144 Hz.",
        "Port range 49152-65535 is dynamic.",
        "Heap 2 147 483 648 bytes, GC pauses 12 ms.",
        "The hash prefix is 3f2a 9b1c 77de 0a41.",
        "Running kernel {ver}-generic on x86_64.",
        "Latency p50 12.5 ms, p99 143.2 ms over 1 000 000 requests.",
        "Rows 1000-2000 of table users were migrated.",
        "MAC address 00:1A:2B:3C:4D:5E",
        "HTTP/1.1 503 Service Unavailable",
        "Timestamp 1718000000123 ms since epoch.",
        "Dimensions: 210 x 297 mm (A4).",
        "Cron: 0 30 6 * * 1-5",
    ],
    "everyday": [
        "I need 2 x 500 g of flour and 250 ml of milk.",
        "We met at 7:30 on 14/02/{year} for dinner.",
        "The birthday party for the team is on {year}-06-01 at the office.",
        "Score after 90 minutes: 2-1, attendance 61 274.",
        "Route 66 runs 2 448 miles.",
        "Chapter 12, verses 4-9.",
        "The recipe serves 4 and takes 45 minutes.",
        "Our phone bill was $84.50 this month.",
        "The call lasted 1 h 12 min.",
        "Call me maybe - song from {year}.",
        "Mobile data used: 12.4 GB of 20 GB.",
        "She ran 5 000 m in 14:32.10.",
        "Book 3 of 7, first printed in {year}.",
        "The fax machine model 2210-A is discontinued.",
        "Text size 12 pt, line spacing 1.15.",
    ],
    "logs_data": [
        '{{"id": {n10}, "status": "ok", "elapsed_ms": 231}}',
        "2024-05-06 12:01:44,120 INFO worker-3 processed batch {n8} in 1.2s",
        "id,qty,price\n{n8},3,19.99\n{n8},1,5.00",
        "GET /api/v2/items/{n10}?page=2 200 1532",
        "pid={n6} uid=1000 gid=1000",
        "Retry 3/5 after 2000 ms (request {uuid})",
        "row {n6}: value=3.14159, weight=2.71828",
        "checksum crc32=0x{hex7}, size={n8}",
        "[{ts}] job {n7} exited with code 137",
        "user_id: {n10}, session: {hex32}",
        "Bytes in: 1 073 741 824, bytes out: 536 870 912",
        "Build #{n6} - commit {hex7} - 12 tests failed",
    ],
    "finance_science": [
        "Q3 revenue: $4,512,889.10; costs: $3,901,002.55",
        "CAS number 7732-18-5 (water)",
        "Avogadro's constant is 6.02214076 x 10^23.",
        "The stock closed at 182.52, up 1.24 %.",
        "Interest of 3.875 % on 250 000 EUR over 25 years.",
        "Coordinates +40.712776, -74.005974 (New York).",
        "GPS: -33.8688, 151.2093",
        "Sample 12-345-6789 tested negative.",
        "Sequence 1, 1, 2, 3, 5, 8, 13, 21, 34, 55",
        "pi = 3.14159 26535 89793 23846",
        "Wavelength 532 nm, power 1 500 mW.",
        "Exchange rate 1 USD = 0.9184 EUR on {year}-02-01.",
    ],
    "dates_more": [
        "The invoice is dated 03/04/{year} and due 03/05/{year}.",
        "Birth rate fell to 1.49 in {year}.",
        "Project start 2024-01-08, end 2024-06-28.",
        "Version released on Mar 3, {year}.",
        "Happy birthday! The party was on 12 June {year}.",
        "Warranty valid until 31.12.{year}.",
        "Season 2019/20 ended on 26/07/2020.",
        "Copyright 2001-{year} Example Corp.",
        "Sent: Tuesday, 14 May {year} 09:12",
    ],
    "labels_more": [
        "Customer number {d10}",
        "Membership no. {n10}",
        "Policy {d9}-A renewed.",
        "Student ID {n8} enrolled in CS101.",
        "Employee number {n6}",
        "Voucher code {n12}",
        "Gift card balance: 25.00 (code 6006 4911 2233)",
        "Form W-9 revision 10-2018",
        "Room booking {nhsbad} for 3 nights",
        "Reg. no. {n8} at Companies House",
        "Lot {d10}, expiry 2026-01",
        "Licence key {hex32}",
    ],
    "handwritten_refs": [
        "Your order 302-8841923-7765410 has been dispatched.",
        "Invoice no: 2024/0457 - amount due 1,250.00",
        "Royal Mail tracking JD014600006281234567",
        "FedEx tracking number 7946 2839 1056",
        "DHL waybill 1234567890 is in transit.",
        "Order #A-77129-30 was refunded.",
        "PNR code K7QX2M, e-ticket 125-2198345671",
        "Case reference 2023-CV-004417",
        "Please use reference 88213 4471 09 when paying.",
        "Your confirmation number is 4419 2287.",
        "The parcel with tracking ID 9405 5112 9876 5432 1098 76 is delayed.",
        "Reservation 617-204-8831 for Friday at 8pm.",
        "Invoice 2024-00917 from Acme GmbH",
        "Order ref 113-4467782-0098812",
        "Support ticket 555-0199 has been updated.",
    ],
    "handwritten_tech": [
        "Kubernetes v1.29.2 and etcd 3.5.12 are required.",
        "Installed OpenSSL 3.0.13 30 Jan 2024.",
        "Windows 10.0.22631.3155 build",
        "The device runs firmware 2.1.0.15.",
        "UUID 550e8400-e29b-41d4-a716-446655440000",
        "sha1: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
        'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
        "See section 3.2.1.4 of the specification.",
        "Apply patch 4.19.0.88 to all nodes.",
        "Unix time 1700000000 is 14 Nov 2023 22:13:20 UTC.",
        "Object ID 507f1f77bcf86cd799439011",
        "Memory: 16 777 216 KiB total",
        "IPv6 is written in hexadecimal groups like abcd:ef01.",
        "Port 5432 on the database host.",
        "Snowflake id 1541815603606036480",
    ],
    "handwritten_numbers": [
        "ISBN 978-3-16-148410-0",
        "ISBN-13: 9780262033848",
        "Part no. 6205-2RS bearing",
        "Catalogue item 4011-200-19 (blue)",
        "Coordinates 51°30'26\"N 0°7'39\"W",
        "Located at 37.7749, -122.4194",
        "2 + 2 = 4, 17 x 23 = 391, 1000 - 1 = 999",
        "The formula gives 3.14 * 12^2 = 452.16",
        "Price: $1,299.00 (was $1,499.00)",
        "Salary range 55 000 - 70 000 EUR",
        "Distance: 1 234 567 m",
        "Call center metrics: 4 512 calls, 312 missed.",
        "Phone model Pixel 8, 128 GB, 4 575 mAh battery.",
        "The cell contained 3 400 000 cells per ml.",
        "Fax cover sheet template v3.2",
    ],
    "handwritten_checks": [
        "Card 4111 1111 1111 1112 is declined (bad check digit).",
        "Test card 5500 0000 0000 0005 fails Luhn.",
        "Amex 3782 822463 10006 is mistyped.",
        "IBAN GB82 WEST 1234 5698 7654 33 does not validate.",
        "DE89 3704 0044 0532 0130 01 fails the mod-97 check.",
        "FR76 3000 6000 0112 3456 7890 188 is invalid.",
        "SSN 000-45-6789 is never issued.",
        "SSN 666-23-4567 cannot exist.",
        "Social security number 912-34-5678 is an ITIN range, not an SSN.",
        "SSN 123-00-4567 has a zero group.",
        "SSN 321-54-0000 has a zero serial.",
        "NHS number 943 476 5918 fails the check digit.",
        "NHS no. 123 456 7890 is not valid.",
    ],
    "phone_words_not_phones": [
        "Call of Duty: Modern Warfare 3 sold 14 500 000 copies.",
        "Dial 911 in an emergency, or 999 / 112 in Europe.",
        "Text STOP to 80082 to unsubscribe.",
        "Phone: N/A (customer declined)",
        "Call option strike 4,150.00 expiring 2024-06-21",
        "Mobile app version 4.12.0 (build 20240315)",
        "iPhone 15 Pro 256 GB, IMEI 356938035643809",
        "Select cell A1:B20 in the spreadsheet.",
        "Call stack depth exceeded 1024 frames at 0x7ffe4a2b.",
        "Contact lens prescription -2.25 / -1.75, axis 180.",
        "Fax machines sold in 2023: 1,234,567",
        "The phone plan costs 29.99 per month for 24 months.",
        "Ring size 7, width 2.5 mm, weight 3.1 g.",
        "Contact form submission #884213 received.",
        "Reach 10 000 steps a day for 30 days.",
        "Message 3 of 12 in thread 4471-2290.",
        "Cell viability was 87.5 % at 48 h (n = 3).",
        "Call volume: 12 450 inbound, 3 210 outbound, 98.2 % answered.",
    ],
    "ids_in_prose": [
        "The committee met 14 times between 2019 and 2023.",
        "Figures 3.1.2.4 and 3.1.2.5 show the results.",
        "Our office hours are 08:30-17:00 (GMT+1).",
        "The device ID is 3C:22:FB:91:0A:7E.",
        "Build 2024.03.15.1842 passed all 1 204 tests.",
        "Account balance: 4 512,30 EUR",
        "The survey had 1 024 respondents aged 18-65.",
        "Population density 412.7 per km2 in 2021.",
        "Process 4417 used 2.1 GB; process 4418 used 512 MB.",
        "Sprint 42 closed 37 of 41 stories.",
        "GTIN 00012345600012 on the carton.",
        "The HS tariff code is 8471.30.01.00.",
        "NAICS code 541511, SIC 7371.",
        "DUNS number 150483782",
        "EIN-like reference 12-3456789 in the sample form.",
        "Lat/long 48.858370, 2.294481",
    ],
}


def build(seed: int = 1914, per_frame: int = 8) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for entity, (gens, frames) in POSITIVES.items():
        for j, spec in enumerate(frames):
            kind, _, frame = spec.rpartition("|")
            for k in range(per_frame):
                gen = _NATID_GENS[kind] if kind else gens[k % len(gens)]
                v = gen(rng)
                out.append(Case(frame.format(v=v), entity, v, f"{entity}-{j}", j % 3 == 2))
    for family, frames in LOOKALIKES.items():
        for j, frame in enumerate(frames):
            n = per_frame if "{" in frame.replace("{{", "") else 1
            texts = {_fmt(rng, frame, _LOOK_GENS) for _ in range(n)}
            for t in sorted(texts):
                out.append(Case(t, None, "", f"lookalike-{family}-{j}", j % 3 == 2))
    return out


#: Written after the last rule change (2026-12-05 ~22:10 UTC) and evaluated once, untouched:
#: a check that the held-out figure is not an artefact of frames written in one sitting.
BLIND_POSITIVES: dict[str, list[str]] = {
    "EMAIL": [
        "Forward the CV to recruiting.team@example-corp.net please.",
        "Signed up as ANNA_K1990@Web.DE last week.",
        "Questions? Email o.nakamura@tokyo-lab.ac.jp.",
        "The ticket was opened by ops+alerts@status.example.io.",
    ],
    "PHONE": [
        "Office: +1 (202) 555-0143, ext. 9",
        "Ring us on 0161 496 0123 (Mon-Fri).",
        "My Dutch number is +31 6 12345678.",
        "Handy: +49 151 23456789",
        "Call the hotline 0800 028 0199 free of charge.",
        "WhatsApp +91 98765 43210 for updates.",
        "Tel. +33 (0)1 44 55 66 77",
        "Reach Maria at 617.555.0182.",
    ],
    "CREDIT_CARD": [
        "Card on file: 4000-0566-5566-5556",
        "I used my Mastercard 5200 8282 8282 8210.",
        "Discover 6011 0009 9013 9424 was charged twice.",
        "Amex number 3714 496353 98431, expiry 08/26.",
        "UnionPay 6200000000000005 is the backup card.",
        "JCB card 3566 0020 2036 0505 on the booking.",
    ],
    "IBAN": [
        "IBAN: NL91 ABNA 0417 1643 00",
        "Pay into ES91 2100 0418 4502 0005 1332.",
        "Bankverbindung: AT61 1904 3002 3457 3201",
        "Wire to CH9300762011623852957 (Zurich).",
        "BE71 0961 2345 6769 is our Belgian account.",
        "Refund to IT60 X054 2811 1010 0000 0123 456 please.",
    ],
    "US_SSN": [
        "The applicant's SSN: 219-09-9998? No, it's 512-44-3921.",
        "Social Security #: 401 78 2230",
        "SSN 287654321 was entered without dashes.",
        "Please redact her social security number (650-31-8842).",
    ],
    "UK_NHS": [
        "NHS Number: 485 777 3457",
        "Patient NHS no 401-023-2137, ward 7.",
        "NHS number 9434765870 on the prescription.",
    ],
    "IP_ADDRESS": [
        "Failed SSH login from 185.220.101.45.",
        "The printer is at 192.168.1.254.",
        "Allow traffic from 2a02:c7f:7e0a:1600::1a4.",
        "Her public IP was 81.2.69.142 yesterday.",
    ],
    "DATE_OF_BIRTH": [
        "DOB: 1972-11-30",
        "Born 7 Feb 1991 in Cork.",
        "Date of birth 30.11.1972",
    ],
    "SECRET": [
        "aws_access_key_id = AKIA" + "J4K5L6M7N2P3Q4R5",
        "export GITHUB_TOKEN=ghp_" + "Zx8Qw2Er5Ty7Ui9Op1As3Df6Gh4Jk0LmNb",
        'client_secret: "Vq7#pL2!xR9zT4wM"',
    ],
}

BLIND_LOOKALIKES: list[str] = [
    "Order 7741-2210-9983 is ready for pickup.",
    "Your Amazon order 114-3941689-8772232 has shipped.",
    "Invoice #INV-88213 (due 30 days)",
    "Tracking number 1Z 12A 345 67 8901 2345",
    "Node v20.11.1, npm 10.2.4",
    "Release 3.4.10.2 is the LTS build.",
    "Timestamp: 2025-01-17 14:03:22.512",
    "Unix epoch 1736950000",
    "Coordinates 52.5200 N, 13.4050 E",
    "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Trace ID 4bf92f3577b34da6a3ce929d0e0e4736",
    "ISBN 978-1-4028-9462-6",
    "Part # 300-215-7781 (gasket)",
    "Card 4000 0566 5566 5557 fails the check digit.",
    "IBAN NL91 ABNA 0417 1643 01 is rejected.",
    "SSN 900-12-3456 is in the ITIN range.",
    "SSN 555-00-1234 has a zero group.",
    "12 x 12 = 144 and 144 / 3 = 48",
    "Total: $12,499.00 for 3 licences",
    "We shipped 2 500 000 units in 2024.",
    "Employee count: 1 250 (up from 980)",
    "Ref. 416 60 039 in the ledger",
    "Booking code 020 7946 0958",
    "Serial number 555-0100-22",
    "Case 2024-0381-77 closed.",
    "Batch 12-345-6789 released",
    "Model number 943-476-5919",
    "Version 192.168.0.1 of the spec? No, it is 1.9.2.",
    "Call duration 00:12:45",
    "Phone stand model PS-2210, 12.5 cm tall",
    "Read chapter 4.1.3.2 first.",
    "Report 20240117-0042 generated",
    "PO number 4500019876",
    "Meter reading 048213 kWh",
    "Patent EP 1 234 567 B1",
    "Customer since 2011, customer no. 77312908",
    "ZIP 10001-0001",
    "Spreadsheet range C2:F200",
    "Score 3-1 after extra time; 81 044 attended.",
    "Seat 14C, gate B22, flight LH 2231",
]


#: A second blind set, written after the "label of another identifier is not a phone" rule
#: (the one change informed by held-out results, ~22:20 UTC) and run once.
BLIND2_POSITIVES: dict[str, list[str]] = {
    "PHONE": [
        "NHS number 943 476 5919, contact phone 07700 900 123",
        "Account holder's mobile: +44 7700 900 456",
        "SSN 536-22-1234; daytime phone (312) 555-0188",
        "Passport holder can be reached at +61 2 9374 4000.",
        "Patient phone 0113 496 0000, NHS no. 401 023 2137",
        "Call the card services team on 0345 300 0000.",
    ],
    "UK_NHS": ["Card holder's NHS number is 943 476 5919."],
    "US_SSN": ["Cardholder SSN: 078-12-3456 on the application."],
    "BANK_ACCOUNT": ["Account number 31926819, sort code 60-16-13"],
    "CREDIT_CARD": ["Account card number 4539 1488 0343 6467 was replaced."],
    "IBAN": ["Account IBAN: GB33 BUKB 2020 1555 5555 55"],
    "EMAIL": ["Passport office replies come from passports@gov.example.uk."],
    "IP_ADDRESS": ["Account login from 198.51.100.23 flagged."],
}

BLIND2_LOOKALIKES: list[str] = [
    "NHS number 123 456 7891 is a made-up example.",
    "Passport number format: 9 digits, e.g. 000 000 000.",
    "Account no. 0000 0000 in the sample statement.",
    "Flight AA 2271 lands at 14:35.",
    "Coordinates -33.865143, 151.209900",
    "Serial 4471 2290 9981 3310 stamped on the frame.",
    "Quote Q-2025-00441 valid until March.",
    "Docket 21-1234 argued on 3 Oct 2022.",
    "Hotel reservation 617-204-8832 confirmed.",
    "The combination is 12-34-56.",
    "Ticket price 1 250 kr, seat 22A.",
    "Version 6.2.1.4 is deprecated.",
    "Signal at 433.92 MHz, bandwidth 2.4 kHz.",
    "Block height 840 000 reached on 20 April 2024.",
    "Area code 212 covers Manhattan.",
    "In 1969, 600 000 000 people watched the landing.",
    "The bill number is HR 3684.",
    "Sensor reading 3.3 V, 120 mA, 25.4 °C",
    "Exhibit 12-B, page 3 of 45",
]


def build_blind2() -> list[Case]:
    out = [
        Case(text, entity, "", f"blind2-{entity}", True) for entity, texts in BLIND2_POSITIVES.items() for text in texts
    ]
    out += [Case(text, None, "", "blind2-lookalike", True) for text in BLIND2_LOOKALIKES]
    return out


def build_blind() -> list[Case]:
    out = [
        Case(text, entity, "", f"blind-{entity}", True) for entity, texts in BLIND_POSITIVES.items() for text in texts
    ]
    out += [Case(text, None, "", "blind-lookalike", True) for text in BLIND_LOOKALIKES]
    return out


def evaluate(cases: list[Case]) -> tuple[dict[str, tuple[int, int]], tuple[int, int], list[Case]]:
    """Per entity (found, total); look-alikes (flagged, total); the failing cases."""
    per: dict[str, tuple[int, int]] = {}
    flagged = looks = 0
    failures: list[Case] = []
    for c in cases:
        found = detect_all(c.text)
        if c.entity is None:
            looks += 1
            if found:
                flagged += 1
                failures.append(c)
            continue
        ok = hit(c, found)
        f, t = per.get(c.entity, (0, 0))
        per[c.entity] = (f + ok, t + 1)
        if not ok:
            failures.append(c)
    return per, (flagged, looks), failures

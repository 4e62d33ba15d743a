"""An eighteenth blind PII set: the shapes another team's evaluator would write that our rounds
have not covered (issue #14). Every validated entity in many writing styles, and look-alikes in
the very same places:

* IBANs of 16 countries grouped, compact, lower case, grouped in lower case, or split by dashes;
  card numbers of five schemes split by dashes, spaces, dots or nothing, with the expiry and CVV
  next to them; UK sort codes with account numbers, US routing with account numbers;
* US SSNs, UK NHS numbers (with and without the word NHS), UK NI numbers and Spanish DNIs in
  forms, Markdown tables, CSV rows, JSON, chat messages, letters and CRM notes;
* phones of GB, DE, FR, IN and AU (and US for the exit code) written with "(0)", "011 44 ...",
  "00 49 ...", E.164, dots and national groupings, with extensions ("ext. 204", "x204", "ext 12");
* e-mails with plus-tags, sub-domains, mixed case, in angle brackets and after ``mailto:``;
  IPv4 and IPv6 addresses in logs;
* look-alikes: order, tracking, invoice (dashed 9-digit), RMA and reference numbers, ISBNs, EANs,
  serial numbers, version and build strings, timestamps (ISO and epoch), dates, GPS coordinates,
  product codes, numbers failing their checksum under their own label (Luhn, NHS mod 11, IBAN
  mod 97), placeholder SSNs (111-11-1111, 000-, 666-), and phone-shaped numbers in sums,
  prices, populations and maths.

Written on 2026-12-07 ~19:30 UTC (branch j122) *before* changing the detector, with its own value
generators (IBANs validated by python-stdnum, phones by libphonenumber). Every 5th family
(``FAMILIES.every(5)``) is held out, fixed when the set was written, and looked at once at the end.

A blind check (``AFTER_FAMILIES``, ``--after``) was written after the rule changes and before its
first run: patient lines, bank sheets, changed numbers in chats, invoice footers, travel bookings.

Run: ``PYTHONPATH=. python scripts/pii_eighteenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses;
``--after`` the blind check with its misses and flags).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import HEX, UP, BlindCheck, D, Families, Round, _Builder, nhs_check_digit, random_chars  # noqa: E402

SEED = 20261207_18
PER_FAMILY = 24

# ---------------------------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------------------------


#: (scheme, prefixes, length, grouping)
_SCHEMES = (
    ("visa", ("4",), 16, (4, 4, 4, 4)),
    ("mastercard", ("51", "52", "53", "54", "55", "2221", "2300", "2720"), 16, (4, 4, 4, 4)),
    ("amex", ("34", "37"), 15, (4, 6, 5)),
    ("discover", ("6011", "65"), 16, (4, 4, 4, 4)),
    ("jcb", ("3528", "3589"), 16, (4, 4, 4, 4)),
)


def card_digits(r: random.Random, valid: bool = True) -> tuple[str, tuple[int, ...]]:
    _, prefixes, length, groups = r.choice(_SCHEMES)
    pre = r.choice(prefixes)
    body = pre + random_chars(r, D, length - len(pre) - 1)
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + r.randint(1, 9)) % 10)
    return body + check, groups


def group(digits: str, groups: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def card(r: random.Random, valid: bool = True) -> str:
    digits, groups = card_digits(r, valid)
    sep = r.choice(("-", " ", ".", "", " ", "-"))
    return group(digits, groups, sep) if sep else digits


def expiry(r: random.Random) -> str:
    m, y = r.randint(1, 12), r.randint(26, 31)
    return r.choice((f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}"))


def cvv(r: random.Random, n: int = 3) -> str:
    return random_chars(r, D, n)


#: country: BBAN layout ("n" digit, "a" upper-case letter).
_IBAN_LAYOUTS = {
    "DE": "n" * 18, "FR": "n" * 23, "ES": "n" * 20, "IT": "a" + "n" * 22, "NL": "aaaa" + "n" * 10,
    "GB": "aaaa" + "n" * 14, "BE": "n" * 12, "CH": "n" * 17, "PL": "n" * 24, "AT": "n" * 16,
    "IE": "aaaa" + "n" * 14, "SE": "n" * 20, "PT": "n" * 21, "DK": "n" * 14, "FI": "n" * 14,
    "NO": "n" * 11,
}  # fmt: skip


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - num % 97:02d}"


def iban_compact(r: random.Random, valid: bool = True, country: str | None = None) -> str:
    country = country or r.choice(sorted(_IBAN_LAYOUTS))
    for _ in range(500):
        bban = "".join(r.choice(D if k == "n" else UP) for k in _IBAN_LAYOUTS[country])
        value = country + _iban_check(country, bban) + bban
        if valid and std_iban.is_valid(value):
            return value
        if not valid:
            bad = value[:2] + f"{(int(value[2:4]) + r.randint(1, 9)) % 97 + 2:02d}" + value[4:]
            if not std_iban.is_valid(bad):
                return bad
    raise AssertionError(country)


def iban(r: random.Random, valid: bool = True) -> str:
    v = iban_compact(r, valid)
    style = r.choice(("grouped", "grouped", "compact", "lower", "lower_grouped", "dashed"))
    grouped = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return {
        "grouped": grouped,
        "compact": v,
        "lower": v.lower(),
        "lower_grouped": grouped.lower(),
        "dashed": grouped.replace(" ", "-"),
    }[style]


def ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(("-", "-", " ", "", "-"))
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def nhs_number(r: random.Random, valid: bool = True) -> str:
    while True:
        body = str(r.randint(4, 9)) + random_chars(r, D, 8)
        check = nhs_check_digit(body)
        if check == 10:
            continue
        if not valid:
            check = (check + r.randint(1, 9)) % 10
            if check == nhs_check_digit(body):
                continue
        digits = body + str(check)
        break
    sep = r.choice((" ", " ", "-", ""))
    return f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}" if sep else digits


_NI_PREFIXES = ("AB", "CE", "JG", "KL", "MP", "PR", "SW", "TY", "WL", "HE", "OA", "ZE")


def ni_number(r: random.Random) -> str:
    digits = random_chars(r, D, 6)
    suffix = r.choice("ABCD")
    pre = r.choice(_NI_PREFIXES)
    style = r.random()
    if style < 0.5:
        return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{pre}{digits}{suffix}"


def dni(r: random.Random) -> str:
    n = r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def aba_routing(r: random.Random) -> str:
    while True:
        body = r.choice(("0", "1", "2")) + random_chars(r, D, 7)
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        s = sum(int(c) * k for c, k in zip(body, w, strict=True))
        check = (10 - s % 10) % 10
        return body + str(check)


def sort_code(r: random.Random) -> str:
    return f"{r.randint(1, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 99):02d}"


def account_number(r: random.Random, n: int = 8) -> str:
    return str(r.randint(1, 9)) + random_chars(r, D, n - 1)


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return r.choice(
        (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}", f"{m:02d}/{d:02d}/{y}")
    )


#: Phone regions of this set and how a "(0)" trunk is written after the country code.
PHONE_REGIONS = ("GB", "DE", "FR", "IN", "AU")
_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


def _phone_number(r: random.Random, region: str) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, r.choice(_TYPES))
    assert example is not None
    e164 = phonenumbers.format_number(example, PhoneNumberFormat.E164)
    keep = max(len(e164) - 6, len(str(example.country_code)) + 3)
    for _ in range(300):
        tail = random_chars(r, D, len(e164) - keep)
        num = phonenumbers.parse(e164[:keep] + tail, None)
        if phonenumbers.is_valid_number(num) and len(set(tail)) > 2:
            return num
    raise AssertionError(region)


def phone(r: random.Random, region: str | None = None) -> str:
    """A valid number of ``region`` in one of the ways people write it."""
    region = region or r.choice(PHONE_REGIONS)
    num = _phone_number(r, region)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    cc = str(num.country_code)
    rest = intl.split(" ", 1)[1]
    styles = ["intl", "e164", "national", "exit011", "exit00"]
    if region in ("GB", "DE", "AU", "FR"):
        styles += ["trunk0", "trunk0"]
    if region == "FR":
        styles.append("dots")
    style = r.choice(styles)
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "national":
        return national
    if style == "exit011":
        return f"011 {cc} {rest}"
    if style == "exit00":
        return f"00{cc} {rest}" if r.random() < 0.5 else f"00 {cc} {rest}"
    if style == "trunk0":
        return f"+{cc} (0){rest}" if r.random() < 0.5 else f"+{cc} (0) {rest}"
    return national.replace(" ", ".")


def extension(r: random.Random) -> str:
    n = r.randint(10, 9999)
    return r.choice((f" ext. {n}", f" x{n}", f" ext {n}", f", ext. {n}", f" Ext. {n}", f" (ext. {n})"))


_FIRST = ("jane", "omar", "li", "priya", "tom", "sofia", "kwame", "ana", "lukas", "chloe", "raj", "mia")
_LAST = ("doe", "haddad", "wei", "sharma", "baker", "rossi", "mensah", "silva", "becker", "martin", "patel", "nguyen")
_DOMAINS = (
    "mail.example.com", "corp.example.co.uk", "eu-west.mx.example.net", "students.uni-example.de",
    "example.org", "billing.example.io", "sub.dept.example.gov.au", "example.fr", "in.example-group.com",
)  # fmt: skip
_TAGS = ("invoices", "alerts", "newsletter", "2024", "amazon", "work", "spam-filter", "q3.reports")


def email(r: random.Random) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    local = r.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}-{last}{r.randint(1, 99)}"))
    if r.random() < 0.7:
        local += "+" + r.choice(_TAGS)
    dom = r.choice(_DOMAINS)
    value = f"{local}@{dom}"
    if r.random() < 0.2:
        value = value[0].upper() + value[1:]
        value = value.replace(dom, dom.title())
    return value


def ipv4(r: random.Random) -> str:
    first = r.choice((23, 31, 45, 62, 81, 91, 103, 145, 178, 185, 203, 212))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    groups = [random_chars(r, HEX, r.randint(1, 4)).lstrip("0") or "0" for _ in range(8)]
    groups[0] = r.choice(("2001", "2a02", "2600", "2c0f", "2a00"))
    if r.random() < 0.5:
        return ":".join(groups)
    return ":".join(groups[:3]) + "::" + ":".join(groups[6:])


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------


def _isbn13(r: random.Random) -> str:
    body = "978" + random_chars(r, D, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    digits = body + str((10 - s % 10) % 10)
    return f"{digits[:3]}-{digits[3]}-{digits[4:7]}-{digits[7:12]}-{digits[12]}"


def _ean13(r: random.Random) -> str:
    body = r.choice(("400", "500", "871", "300", "761")) + random_chars(r, D, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def lookalike(r: random.Random, cat: str | None = None) -> tuple[str, str, str]:
    """(text before, category, value): a value that is no PII written where PII is written."""
    y, mo, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    three = f"{r.randint(100, 899):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"
    cats: dict[str, tuple[tuple[str, ...], str]] = {
        "order_amazon": (("Order #", "Order number: ", "order "), f"{r.randint(100, 999)}-{random_chars(r, D, 7)}-{random_chars(r, D, 7)}"),
        "order_plain": (("Order no. ", "Order ID: ", "PO "), str(r.randint(10_000_000, 999_999_999))),
        "tracking_ups": (("Tracking: ", "UPS tracking # "), "1Z" + random_chars(r, UP + D, 6) + random_chars(r, D, 10)),
        "tracking_usps": (("USPS tracking ", "Tracking number: "), "9400 " + " ".join(random_chars(r, D, 4) for _ in range(4)) + " " + random_chars(r, D, 2)),
        "tracking_fedex": (("FedEx ", "Tracking: "), " ".join(random_chars(r, D, 4) for _ in range(3))),
        "tracking_dhl": (("DHL waybill ", "Waybill: "), random_chars(r, D, 10)),
        "invoice_dashed": (("Invoice ", "Invoice no. ", "INV# ", "Ref: "), three),
        "reference": (("Ref: ", "Reference ", "Your ref. ", "Case "), f"{random_chars(r, UP, 3)}-{random_chars(r, D, 6)}"),
        "rma": (("RMA ", "Return authorisation "), f"RMA{random_chars(r, D, 8)}"),
        "isbn": (("ISBN ", "ISBN-13: "), _isbn13(r)),
        "ean": (("EAN ", "Barcode: ", "GTIN "), _ean13(r)),
        "serial": (("S/N: ", "Serial: ", "Serial number "), r.choice((random_chars(r, UP + D, 10), "SN" + random_chars(r, D, 12)))),
        "version": (("version ", "v", "Build ", "release "), r.choice((f"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(10, 26)}.{r.randint(0, 9)}.{r.randint(1000, 30000)}.{r.randint(100, 5000)}"))),
        "timestamp": (("at ", "ts=", "Timestamp: "), r.choice((f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(100, 999)}"))),
        "epoch": (("ts=", "created_at: ", "epoch "), r.choice((str(r.randint(1_600_000_000, 1_800_000_000)), str(r.randint(1_600_000_000_000, 1_800_000_000_000))))),
        "date": (("Invoice date: ", "Delivered ", "Due ", "Date: "), r.choice((f"{d:02d}.{mo:02d}.{y}", f"{mo:02d}/{d:02d}/{y}", f"{y}/{mo:02d}/{d:02d}"))),
        "gps": (("GPS: ", "Location ", "coords "), r.choice((f"{r.uniform(-60, 60):.6f}, {r.uniform(-170, 170):.6f}", f"{r.uniform(0, 60):.4f}° N, {r.uniform(0, 10):.4f}° W"))),
        "product_code": (("SKU ", "Part no. ", "Item "), r.choice((f"{random_chars(r, UP, 3)}-{random_chars(r, D, 4)}-{random_chars(r, D, 2)}", f"{random_chars(r, D, 4)}-{random_chars(r, D, 4)}-{random_chars(r, D, 2)}"))),
        "card_bad_luhn": (("Card: ", "Card number ", "card no. "), card(r, valid=False)),
        "nhs_bad_mod11": (("NHS No: ", "NHS number ", "Patient no. "), nhs_number(r, valid=False)),
        "iban_bad_mod97": (("IBAN: ", "IBAN "), iban_compact(r, valid=False)),
        "placeholder_ssn": (("SSN: ", "e.g. SSN ", "SSN "), r.choice(("111-11-1111", "000-12-3456", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{r.randint(100, 599)}-00-{r.randint(1000, 9999)}", "999-99-9999"))),
        "price": (("Total: ", "Price ", "Amount due: "), r.choice((f"${r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)}.{r.randint(10, 99)}", f"€ {r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)},00", f"INR {r.randint(1, 99)},{r.randint(10, 99)},{r.randint(100, 999)}"))),
        "maths": (("= ", "result: ", "2^31 - 1 = "), r.choice((str(2**31 - 1), f"{r.randint(1000, 9999)} * {r.randint(100000, 999999)}", f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"))),
        "population": (("population ", "about ", "units shipped: "), f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"),
        "otp": (("Your code is ", "OTP: "), random_chars(r, D, 6)),
    }  # fmt: skip
    cat = cat or r.choice(sorted(cats))
    before, value = cats[cat]
    return r.choice(before), cat, value


def _look(b: _Builder, r: random.Random, after: str = "", cat: str | None = None) -> _Builder:
    before, c, value = lookalike(r, cat)
    return b.t(before).lk(c, value).t(after)


def _looks(b: _Builder, r: random.Random, n: int, sep: str, cats: tuple[str, ...] | None = None) -> None:
    for _ in range(n):
        _look(b, r, sep, r.choice(cats) if cats else None)


_NAMES = ("Jane Doe", "Omar Haddad", "Li Wei", "Priya Sharma", "Tom Baker", "Sofia Rossi", "Kwame Mensah",
          "Ana Silva", "Lukas Becker", "Chloe Martin", "Raj Patel", "Mia Nguyen")  # fmt: skip

FAMILIES = Families()


@FAMILIES.add
def f_payment_form(r: random.Random) -> _Builder:
    b = _Builder().t("Checkout - payment details\n\nCardholder: ").t(r.choice(_NAMES)).t("\n")
    b.t(r.choice(("Card number: ", "Card no. ", "Credit card: ", "Card: "))).p("CREDIT_CARD", card(r)).t("\n")
    b.t(r.choice(("Expiry: ", "Exp ", "Valid thru ", "MM/YY: "))).t(expiry(r)).t("\n")
    b.t(r.choice(("CVV: ", "CVC ", "Security code: ", "CVV2 "))).t(cvv(r, r.choice((3, 3, 4)))).t("\n")
    b.t("Billing e-mail: ").p("EMAIL", email(r)).t("\n")
    _looks(b, r, 2, "\n", ("order_amazon", "order_plain", "price", "invoice_dashed", "otp", "card_bad_luhn"))
    return b


@FAMILIES.add
def f_bank_transfer_email(r: random.Random) -> _Builder:
    b = _Builder().t(f"Hi {r.choice(_NAMES).split()[0]},\n\nplease wire the deposit to ")
    b.t(r.choice(("IBAN ", "IBAN: ", "the account ", "iban "))).p("IBAN", iban(r)).t(
        f" (BIC {random_chars(r, UP, 6)}2L).\n"
    )
    _look(b, r, "\n", r.choice(("invoice_dashed", "reference", "price", "date")))
    if r.random() < 0.5:
        b.t("Or to my other account: ").p("IBAN", iban(r)).t("\n")
    _look(b, r, "\n", r.choice(("iban_bad_mod97", "reference", "order_plain")))
    return b.t("Thanks!\n")


@FAMILIES.add
def f_customer_csv(r: random.Random) -> _Builder:
    b = _Builder().t("customer_id,name,email,phone,ssn,dob,last_order\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"C{random_chars(r, D, 6)},{r.choice(_NAMES)},").p("EMAIL", email(r)).t(",")
        b.p("PHONE", phone(r)).t(",").p("US_SSN", ssn(r)).t(",").p("DATE_OF_BIRTH", dob(r)).t(",")
        _, c, v = lookalike(r, r.choice(("order_amazon", "order_plain", "timestamp")))
        b.lk(c, v).t("\n")
    return b


@FAMILIES.add
def f_json_api(r: random.Random) -> _Builder:
    b = _Builder().t('{"request_id": "').t(random_chars(r, HEX, 8)).t('", "user": {"email": "').p("EMAIL", email(r))
    b.t('", "phone": "').p("PHONE", phone(r)).t('", "iban": "').p("IBAN", iban(r)).t('"}, ')
    b.t('"meta": {"created_at": "')
    _, c, v = lookalike(r, "timestamp")
    b.lk(c, v).t('", "client_version": "')
    _, c, v = lookalike(r, "version")
    b.lk(c, v).t('", "geo": "')
    _, c, v = lookalike(r, "gps")
    return b.lk(c, v).t('"}}\n')


@FAMILIES.add
def f_support_chat(r: random.Random) -> _Builder:
    who = r.choice(_NAMES).split()[0]
    b = _Builder().t(f"{who}: hi, the payment keeps failing, my card is ").p("CREDIT_CARD", card(r))
    b.t(f" exp {expiry(r)} cvv {cvv(r)}\n")
    b.t("Agent: thanks, I've opened ")
    _look(b, r, " for you.\n", r.choice(("reference", "rma")))
    b.t(f"{who}: also the parcel ")
    _look(b, r, " never arrived\n", r.choice(("tracking_ups", "tracking_usps", "tracking_fedex", "tracking_dhl")))
    b.t(f"{who}: you can reach me at ").p("PHONE", phone(r)).t(r.choice(("", extension(r)))).t(" or ").p(
        "EMAIL", email(r)
    ).t("\n")
    return b


@FAMILIES.add
def f_email_signature(r: random.Random) -> _Builder:
    b = _Builder().t(f"Best regards,\n\n{r.choice(_NAMES)}\nSenior Buyer, Example Trading Ltd\n")
    b.t(r.choice(("T: ", "Tel: ", "Office: ", "Phone: ", "Direct line: "))).p("PHONE", phone(r)).t(extension(r)).t("\n")
    if r.random() < 0.6:
        b.t(r.choice(("M: ", "Mobile: ", "Mob: ", "Cell: "))).p("PHONE", phone(r)).t("\n")
    b.t(r.choice(("E: ", "Email: ", "mailto:"))).p("EMAIL", email(r)).t("\n")
    b.t("Company reg. no. ").t(random_chars(r, D, 8)).t(" | ")
    _look(b, r, "\n", r.choice(("reference", "date", "version")))
    return b


@FAMILIES.add
def f_uk_patient_letter(r: random.Random) -> _Builder:
    b = _Builder().t(f"Dear Dr {r.choice(_LAST).title()},\n\nRe: {r.choice(_NAMES)}, DOB ").p("DATE_OF_BIRTH", dob(r))
    if r.random() < 0.5:
        b.t(", NHS No. ").p("UK_NHS", nhs_number(r))
    else:
        b.t(r.choice((", patient number ", "\nHospital/NHS no: ", ", ID ", "\nNHS: "))).p("UK_NHS", nhs_number(r))
    b.t("\nNI number: ").p("NATIONAL_ID", ni_number(r)).t("\n")
    b.t("Contact: ").p("PHONE", phone(r, "GB")).t("\n\n")
    _, c, v = lookalike(r, "date")
    b.t("I saw this patient in clinic on ").lk(c, v).t(". ")
    b.t("The earlier referral quoted ")
    _look(b, r, ", which the spine rejected.\n", "nhs_bad_mod11")
    _look(b, r, "\n", r.choice(("reference", "date")))
    return b


@FAMILIES.add
def f_payroll_table(r: random.Random) -> _Builder:
    b = _Builder().t("| Employee | SSN | Routing | Account | Cost centre |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"| {r.choice(_NAMES)} | ").p("US_SSN", ssn(r)).t(" | ").p("BANK_ACCOUNT", aba_routing(r)).t(" | ")
        b.p("BANK_ACCOUNT", account_number(r, r.choice((8, 10, 12)))).t(" | ")
        b.lk("cost_centre", f"CC-{random_chars(r, D, 4)}").t(" |\n")
    b.t("\nNote: ")
    return _look(b, r, " was paid twice.\n", "invoice_dashed")


@FAMILIES.add
def f_server_log(r: random.Random) -> _Builder:
    b = _Builder()
    for _ in range(r.randint(2, 3)):
        _, c, v = lookalike(r, "timestamp")
        b.lk(c, v).t(" INFO login ok user=").p("EMAIL", email(r)).t(" ip=")
        b.p("IP_ADDRESS", ipv4(r) if r.random() < 0.6 else ipv6(r)).t(" agent=app/")
        _, c, v = lookalike(r, "version")
        b.lk(c, v).t(" req=").t(random_chars(r, HEX, 12)).t("\n")
    _, c, v = lookalike(r, "epoch")
    return b.t("WARN cache rebuilt ts=").lk(c, v).t(f" took {r.randint(10, 999)}ms\n")


@FAMILIES.add
def f_order_confirmation(r: random.Random) -> _Builder:
    b = _Builder().t("Thank you for your order!\n\n")
    _look(b, r, "\n", r.choice(("order_amazon", "order_plain")))
    _look(b, r, "\n", r.choice(("isbn", "ean", "product_code")))
    _look(b, r, "\n", "price")
    b.t("Ship to: ").t(r.choice(_NAMES)).t(", ").p("PHONE", phone(r)).t("\n")
    b.t("Questions? Write to ").p("EMAIL", email(r)).t("\n")
    return _look(b, r, "\n", r.choice(("tracking_ups", "tracking_usps", "tracking_fedex", "tracking_dhl")))


@FAMILIES.add
def f_kyc_form(r: random.Random) -> _Builder:
    b = (
        _Builder()
        .t("KYC onboarding form\nFull name: ")
        .t(r.choice(_NAMES))
        .t("\nDate of birth: ")
        .p("DATE_OF_BIRTH", dob(r))
        .t("\n")
    )
    if r.random() < 0.5:
        b.t("National Insurance number: ").p("NATIONAL_ID", ni_number(r)).t("\n")
    else:
        b.t("DNI: ").p("NATIONAL_ID", dni(r)).t("\n")
    b.t("Payout IBAN: ").p("IBAN", iban(r)).t("\n")
    b.t("Application no.: ").lk("application_number", "APP-" + random_chars(r, D, 9)).t("\n")
    _look(b, r, "\n", r.choice(("iban_bad_mod97", "serial", "date")))
    return b


@FAMILIES.add
def f_whatsapp_intl(r: random.Random) -> _Builder:
    region = r.choice(PHONE_REGIONS)
    a, c = r.choice(_NAMES).split()[0], r.choice(_NAMES).split()[0]
    b = _Builder().t(f"[{r.randint(1, 28)}/{r.randint(1, 12)}/25, {r.randint(8, 22)}:{r.randint(0, 59):02d}] {a}: ")
    b.t(r.choice(("call me on ", "my number is ", "new number: ", "ring me at "))).p("PHONE", phone(r, region)).t("\n")
    b.t(f"[{r.randint(1, 28)}/{r.randint(1, 12)}/25, {r.randint(8, 22)}:{r.randint(0, 59):02d}] {c}: ok! ")
    _look(b, r, "\n", r.choice(("otp", "price", "maths", "population")))
    b.t(f"{a}: or the office ").p("PHONE", phone(r, region)).t(extension(r)).t("\n")
    return b


@FAMILIES.add
def f_refund_request(r: random.Random) -> _Builder:
    b = _Builder().t("Refund request\n")
    _look(b, r, "\n", "rma")
    b.t("Please refund to sort code ").p("BANK_ACCOUNT", sort_code(r)).t(", account number ").p(
        "BANK_ACCOUNT", account_number(r)
    ).t("\n")
    b.t("Original card: ").p("CREDIT_CARD", card(r)).t(f" ({expiry(r)})\n")
    b.t("Note: I first typed ")
    _look(b, r, " by mistake.\n", "card_bad_luhn")
    return b


@FAMILIES.add
def f_inventory_sheet(r: random.Random) -> _Builder:
    b = _Builder().t("sku\tserial\tean\tlocation\tfirmware\n")
    for _ in range(r.randint(2, 3)):
        for cat, sep in (("product_code", "\t"), ("serial", "\t"), ("ean", "\t"), ("gps", "\t"), ("version", "\n")):
            _, c, v = lookalike(r, cat)
            b.lk(c, v).t(sep)
    b.t("Supplier contact: ").p("EMAIL", email(r)).t(", ").p("PHONE", phone(r)).t("\n")
    return b


@FAMILIES.add
def f_crm_notes(r: random.Random) -> _Builder:
    name = r.choice(_NAMES)
    b = (
        _Builder()
        .t(f"{name} called. Verified with SSN ")
        .p("US_SSN", ssn(r))
        .t(" and DOB ")
        .p("DATE_OF_BIRTH", dob(r))
        .t(". ")
    )
    b.t("Callback ").p("PHONE", phone(r)).t(r.choice(("", extension(r)))).t(". ")
    _look(b, r, " was the test value in the old form. ", "placeholder_ssn")
    _look(b, r, ". ", r.choice(("invoice_dashed", "reference", "date")))
    b.t("Email ").p("EMAIL", email(r)).t("\n")
    return b


HELDOUT = FAMILIES.every(5)

# ---------------------------------------------------------------------------------------------
# Blind check written after the rule changes (2026-12-07 ~19:45 UTC, before its first run): the
# rules' own ground (patient lines without the word NHS, bank columns, changed numbers in chats)
# in layouts the set does not use, and other documents; all of it held out, read once.
# ---------------------------------------------------------------------------------------------

AFTER_FAMILIES = Families("a_")


@AFTER_FAMILIES.add
def a_clinic_list(r: random.Random) -> _Builder:
    b = _Builder().t("Clinic list - Thursday\n")
    for _ in range(r.randint(2, 3)):
        name, born, number = r.choice(_NAMES), dob(r), nhs_number(r)
        style = r.randint(0, 2)
        if style == 0:
            b.t(f"{name} (DOB ").p("DATE_OF_BIRTH", born).t(") - ").p("UK_NHS", number).t("\n")
        elif style == 1:
            b.t(f"Patient: {name}; born ").p("DATE_OF_BIRTH", born).t("; ID: ").p("UK_NHS", number).t("\n")
        else:
            b.t(f"{name}, d.o.b. ").p("DATE_OF_BIRTH", born).t(", ").p("UK_NHS", number).t("\n")
    b.t("Appointment ref: ").lk("appointment", f"APT-{random_chars(r, D, 6)}").t("\n")
    return _look(b, r, " rejected by the spine\n", "nhs_bad_mod11")


@AFTER_FAMILIES.add
def a_bank_sheet(r: random.Random) -> _Builder:
    sep = r.choice((",", "\t", " | "))
    uk = r.random() < 0.5
    head = ["Payee", "Sort" if uk else "Routing no", r.choice(("Account", "Acct", "Account No")), "Amount", "Invoice"]
    b = _Builder().t(sep.join(head) + "\n")
    for _ in range(r.randint(2, 3)):
        b.t(r.choice(_NAMES) + sep).p("BANK_ACCOUNT", sort_code(r) if uk else aba_routing(r)).t(sep)
        b.p("BANK_ACCOUNT", account_number(r, r.choice((8, 9, 10)))).t(sep)
        b.lk("amount", f"{r.randint(100, 9999)}.{r.randint(10, 99)}").t(sep)
        b.lk("invoice", f"INV-{random_chars(r, D, 7)}").t("\n")
    b.t("\nCustomer accounts for reference:\nCustomer" + sep + "Account" + sep + "Plan\n")
    b.t(r.choice(_NAMES) + sep).lk("customer_account", random_chars(r, D, 8)).t(sep + "Pro\n")
    return b


@AFTER_FAMILIES.add
def a_number_change_chat(r: random.Random) -> _Builder:
    a = r.choice(_NAMES).split()[0]
    lead = r.choice(("new number: ", "my new number is ", "new mob: ", "changed my number to ", "new no. "))
    b = _Builder().t(f"{a}: hey all, {lead}").p("PHONE", phone(r)).t(" - old one is gone\n")
    b.t(f"{r.choice(_NAMES).split()[0]}: noted! ")
    _look(b, r, "\n", r.choice(("price", "otp", "population", "maths")))
    b.t(f"{a}: new number of guests is {r.randint(20, 80)}, table ").lk("table", f"T{r.randint(1, 40)}").t("\n")
    return b


@AFTER_FAMILIES.add
def a_invoice_footer(r: random.Random) -> _Builder:
    b = _Builder().t("Example Trading GmbH - Hauptstr. 1 - 10115 Berlin\n")
    b.t("VAT ID ").lk("vat", f"DE{random_chars(r, D, 9)}").t(" - Commercial register ").lk(
        "register", f"HRB {r.randint(10000, 299999)}"
    ).t("\n")
    b.t("Bank: Example Bank - IBAN ").p("IBAN", iban(r)).t(" - BIC ").lk("bic", f"{random_chars(r, UP, 6)}XX").t("\n")
    b.t("Tel. ").p("PHONE", phone(r, "DE")).t(" - ").p("EMAIL", email(r)).t("\n")
    _look(b, r, "\n", r.choice(("invoice_dashed", "order_plain", "iban_bad_mod97", "date")))
    return b


@AFTER_FAMILIES.add
def a_travel_booking(r: random.Random) -> _Builder:
    b = _Builder().t("Booking confirmed\nBooking reference: ").lk("pnr", random_chars(r, UP + D, 6)).t("\n")
    b.t("E-ticket: ").lk("eticket", f"{r.randint(100, 999)}-{random_chars(r, D, 10)}").t("\n")
    b.t(f"Flight {random_chars(r, UP, 2)}{r.randint(100, 9999)} seat {r.randint(1, 40)}{r.choice('ABCDEF')}\n")
    b.t("Lead passenger contact: ").p("PHONE", phone(r)).t(", ").p("EMAIL", email(r)).t("\n")
    b.t("Paid with card ").p("CREDIT_CARD", card(r)).t(f", expires {expiry(r)}\n")
    return _look(b, r, "\n", r.choice(("price", "timestamp", "gps")))


AFTER = BlindCheck.after(AFTER_FAMILIES, show_failures=True)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT, (AFTER,))
build, build_after = ROUND.build, ROUND.build_after


if __name__ == "__main__":
    ROUND.main()

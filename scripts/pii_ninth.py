"""A ninth blind PII set: US tax and payroll paperwork, NHS and clinic letters, card numbers in
every grouping people use, and Latin American trunk / mobile-prefix quirks, each beside numbers
that only look like them (issue #14's PII goals: recall >= 0.97 per validated entity, <= 1% of
look-alikes flagged as anything).

Written on 2026-12-07 ~04:00 UTC (branch j53) *before* reading the rules of ``pii.py``; what is
PII comes from docs/policy.md's entity list, the layouts from how the documents are printed.
Every value is checked before it is printed:

* SSNs: ``stdnum.us.ssn.is_valid`` and none of the numbers never issued (``pii_eighth``'s
  generator); ITINs: ``stdnum.us.itin.is_valid`` (labelled ``OTHER_NATIONAL_ID``: docs/policy.md
  promises no ITIN entity, so any non-secret entity counts); routing numbers after their label:
  ``stdnum.us.rtn`` (labelled ``BANK_ACCOUNT``, docs/policy.md's "routing number" label);
* EINs are look-alikes (a company's number, not a person's): ``stdnum.us.ein.is_valid``, printed
  ``12-3456789`` or undashed after "EIN", "FEIN", "Employer identification number", "Payer's TIN";
* NHS numbers: mod 11 (``stdnum.gb.nhs``); the letters' other 10-digit numbers (Unix timestamps
  of 2023-2026, appointment ids, lab accession numbers, hospital numbers) are whatever they are:
  about one in eleven passes mod 11, as in real letters;
* cards: issuer prefix and length, Luhn; printed with spaces, dashes, dots, no separator, two
  spaces, Amex / Diners 4-6-5 / 4-6-4, 19-digit 4-4-4-4-3, split over a hard-wrapped line;
  look-alikes: 16-digit order / gift-voucher ids that fail Luhn in card layouts, dotted ids,
  IMEIs (Luhn-valid, 15 digits, no issuer prefix), parcel numbers, ISBN-13s;
* phones: ``phonenumbers.is_valid_number`` after parsing the printed text back; Mexico's old
  mobile ``+52 1 55 ...`` (libphonenumber no longer accepts the ``1``: it is checked as the number
  without it, as the 2019 dial plan reads it), Argentina's ``+54 9 11 ...`` and national
  ``011 15-...``, Russia's trunk ``8 (495) ...``, Hungary's ``06 30 ...``, Italy's kept ``0``,
  Brazil's carrier code ``0 21 11 ...``, each next to a phone word or in a contact block;
  national numbers of regions outside the default ``phone_regions`` stand beside a phone word.

Scoring is ``pii_rounds.evaluate``. Every 4th family (``FAMILIES.every(4)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_ninth.py`` (``--failures`` lists the tuning part's misses
and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import phonenumbers
from stdnum import ean, isbn, luhn
from stdnum.gb import nhs
from stdnum.us import ein, itin, rtn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import _NAMES, nhs_value, phone, ssn_never, ssn_value  # noqa: E402
from pii_rounds import UNPROMISED, UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207_9
PER_FAMILY = 25


# ---------------------------------------------------------------------------------------------
# US tax values
# ---------------------------------------------------------------------------------------------


def ein_value(r: random.Random, dashed: bool = True) -> str:
    while True:
        d = r.choice(("12", "20", "26", "27", "30", "36", "45", "46", "47", "52", "61", "81", "84", "94", "95"))
        d += _r(r, D, 7)
        if ein.is_valid(d):
            return f"{d[:2]}-{d[2:]}" if dashed else d


def itin_value(r: random.Random) -> str:
    while True:
        mid = r.choice((*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)))
        d = f"9{_r(r, D, 2)}{mid:02d}{_r(r, D, 4)}"
        if itin.is_valid(d):
            sep = r.choice(("-", "-", " "))
            return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def routing_value(r: random.Random) -> str:
    while True:
        body = r.choice(("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26"))
        body += _r(r, D, 6)
        d = body + rtn.calc_check_digit(body)
        if rtn.is_valid(d):
            return d


def account_value(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _r(r, D, r.choice((7, 8, 9, 11)))


def money(r: random.Random) -> str:
    return f"{r.randint(1, 180_000):,}.{r.randint(0, 99):02d}"


# ---------------------------------------------------------------------------------------------
# NHS letters' numbers
# ---------------------------------------------------------------------------------------------


def unix_ts(r: random.Random, ms: bool = False) -> str:
    t = r.randint(int(datetime(2023, 1, 1, tzinfo=UTC).timestamp()), int(datetime(2026, 12, 1, tzinfo=UTC).timestamp()))
    return f"{t}{_r(r, D, 3)}" if ms else str(t)


def ten_digits(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _r(r, D, 9)


def nhs_plain(r: random.Random) -> str:
    while True:
        d = ten_digits(r)
        if nhs.is_valid(d):
            return d


# ---------------------------------------------------------------------------------------------
# Cards
# ---------------------------------------------------------------------------------------------

_CARD_PLANS = (
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("54", 16),
    ("2223", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("644", 16),
    ("3528", 16),
    ("36", 14),
    ("62", 19),
)


def card_digits(r: random.Random) -> str:
    pre, n = r.choice(_CARD_PLANS)
    body = pre + _r(r, D, n - len(pre) - 1)
    d = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(d)
    return d


def card_layout(r: random.Random, d: str) -> str:
    n = len(d)
    if n == 15:
        return r.choice(("-", " ", "")).join((d[:4], d[4:10], d[10:]))
    if n == 14:
        return r.choice((" ", "-")).join((d[:4], d[4:10], d[10:]))
    groups = [d[i : i + 4] for i in range(0, n, 4)]
    style = r.choice(("space", "dash", "dot", "none", "two", "wrap", "space"))
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "none":
        return d
    if style == "two":
        return "  ".join(groups)
    cut = r.choice((2, 3))
    return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])


def card(r: random.Random) -> str:
    return card_layout(r, card_digits(r))


def luhn_fail16(r: random.Random, pre: str = "") -> str:
    while True:
        d = (pre or str(r.randint(1, 9))) + _r(r, D, 16 - len(pre or "1"))
        if not luhn.is_valid(d):
            return d


def imei(r: random.Random) -> str:
    body = r.choice(("35", "86", "01", "35", "99")) + _r(r, D, 12)
    d = body + luhn.calc_check_digit(body)
    return r.choice((d, f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}", f"{d[:8]} {d[8:14]} {d[14]}"))


def isbn13(r: random.Random) -> str:
    body = "978" + _r(r, D, 9)
    out = body + ean.calc_check_digit(body)
    assert isbn.is_valid(out)
    return f"{out[:3]}-{out[3]}-{out[4:8]}-{out[8:12]}-{out[12]}"


def parcel(r: random.Random) -> str:
    return r.choice(
        (
            f"9400 {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}",
            f"1Z{_r(r, UP + D, 6)}{_r(r, D, 10)}",
            _r(r, D, 12),
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)}",
        )
    )


# ---------------------------------------------------------------------------------------------
# Latin American and trunk-prefix phones
# ---------------------------------------------------------------------------------------------


def _valid(text: str, region: str | None) -> phonenumbers.PhoneNumber:
    num = phonenumbers.parse(text, region)
    assert phonenumbers.is_valid_number(num), text
    return num


def mx_old_mobile(r: random.Random) -> str:
    """``+52 1 55 1234 5678``: the ``1`` Mexico's mobiles carried before 2019; checked as the
    number without it."""
    while True:
        area = r.choice(("55", "33", "81"))
        local = _r(r, "123456789", 1) + _r(r, D, 7)
        try:
            _valid(f"+52 {area} {local}", None)
        except AssertionError:
            continue
        return r.choice(
            (
                f"+52 1 {area} {local[:4]} {local[4:]}",
                f"+52 1 {area} {local}",
                f"+521{area}{local}",
                f"+52 1 ({area}) {local[:4]}-{local[4:]}",
            )
        )


def mx_new(r: random.Random) -> str:
    while True:
        area = r.choice(("55", "33", "81"))
        local = _r(r, "123456789", 1) + _r(r, D, 7)
        try:
            _valid(f"+52 {area} {local}", None)
        except AssertionError:
            continue
        return r.choice(
            (
                f"+52 {area} {local[:4]} {local[4:]}",
                f"{area} {local[:4]} {local[4:]}",
                f"({area}) {local[:4]}-{local[4:]}",
            )
        )


def ar_phone(r: random.Random) -> str:
    while True:
        local = r.choice(("4", "5", "6")) + _r(r, D, 7)
        out = r.choice(
            (
                f"+54 9 11 {local[:4]}-{local[4:]}",
                f"+54 9 11 {local[:4]} {local[4:]}",
                f"+5491{1}{local}",
                f"011 15-{local[:4]}-{local[4:]}",
                f"(011) 15 {local[:4]}-{local[4:]}",
                f"+54 11 {local[:4]}-{local[4:]}",
            )
        )
        try:
            _valid(out, "AR")
        except AssertionError:
            continue
        return out


def trunk_quirk(r: random.Random) -> tuple[str, str]:
    """(region, printed) of a trunk or carrier quirk, valid once parsed in its region."""
    while True:
        kind = r.randrange(6)
        if kind == 0:
            out, reg = f"8 ({r.choice(('495', '499', '812'))}) {_r(r, D, 3)}-{_r(r, D, 2)}-{_r(r, D, 2)}", "RU"
        elif kind == 1:
            out, reg = f"8 9{_r(r, D, 2)} {_r(r, D, 3)}-{_r(r, D, 2)}-{_r(r, D, 2)}", "RU"
        elif kind == 2:
            out, reg = f"06 {r.choice(('20', '30', '70'))} {_r(r, D, 3)} {_r(r, D, 4)}", "HU"
        elif kind == 3:
            out, reg = f"+39 0{r.choice(('2', '6', '11', '55'))} {_r(r, D, 4)} {_r(r, D, 4)}", "IT"
        elif kind == 4:
            out, reg = (
                f"0 {r.choice(('21', '15', '41'))} {r.choice(('11', '21', '31'))} 9{_r(r, D, 4)}-{_r(r, D, 4)}",
                "BR",
            )
        else:
            out, reg = f"+57 3{_r(r, D, 2)} {_r(r, D, 3)} {_r(r, D, 4)}", "CO"
        try:
            _valid(out, reg)
        except (AssertionError, phonenumbers.NumberParseException):
            continue
        return reg, out


_WORDS_ES = ("Cel.: ", "Celular: ", "Móvil: ", "WhatsApp: ", "Tel.: ", "Teléfono: ", "cel ")
_WORDS_BY = {
    "RU": ("тел.: ", "Тел. ", "моб. "),
    "HU": ("Tel.: ", "mobil: "),
    "IT": ("Tel. ", "Cell. "),
    "BR": ("Tel.: ", "Celular: ", "cel. "),
    "CO": ("Cel.: ", "Celular: "),
}


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_w2_form(r: random.Random) -> _Builder:
    """A W-2 pasted as text: the employee's SSN box next to the employer's EIN, control number,
    wage boxes, state employer id and the form's OMB number."""
    b = _Builder().t(f"Form W-2 Wage and Tax Statement {r.randint(2022, 2025)}  OMB No. ")
    b.lk("form_no", "1545-0008").t("\na Employee's social security number\n").p("US_SSN", ssn_value(r))
    b.t("\nb Employer identification number (EIN)\n").lk("ein", ein_value(r, r.random() < 0.8))
    b.t("\nc Employer's name, address, and ZIP code\nAcme Widgets LLC, 400 Main St, Dayton OH ")
    b.lk("zip", f"{r.randint(43001, 45999)}-{_r(r, D, 4)}")
    b.t("\nd Control number ").lk("control", f"{_r(r, D, 5)}-{_r(r, D, 5)}")
    b.t("\n1 Wages, tips, other compensation ").lk("amount", money(r))
    b.t("  2 Federal income tax withheld ").lk("amount", money(r))
    b.t("\n15 State OH  Employer's state ID number ").lk("state_id", f"{_r(r, D, 8)}")
    return b


@family
def f_form_1099(r: random.Random) -> _Builder:
    """1099-NEC / 1099-INT recipient copies: payer's TIN (an EIN), recipient's TIN (an SSN or
    an ITIN), account number on the form (the payer's reference), amounts."""
    b = _Builder().t(r.choice(("1099-NEC Nonemployee Compensation", "1099-INT Interest Income", "1099-MISC")))
    b.t(f" ({r.randint(2022, 2025)})\nPAYER'S TIN ").lk("ein", ein_value(r))
    b.t("\nRECIPIENT'S TIN ")
    if r.random() < 0.7:
        b.p("US_SSN", ssn_value(r))
    else:
        b.p(UNPROMISED, itin_value(r))
    b.t(f"\nRECIPIENT'S name {r.choice(_NAMES)}\nAccount number (see instructions) ")
    b.lk("payer_ref", f"{_r(r, UP, 3)}-{_r(r, D, 6)}")
    b.t("\n1 Nonemployee compensation $").lk("amount", money(r))
    b.t("\nFATCA filing requirement [ ]   Form ").lk("form_no", "1099-NEC").t(" Cat. No. ").lk("form_no", "72590N")
    return b


@family
def f_payroll_export(r: random.Random) -> _Builder:
    """A payroll system's CSV export with SSN, routing and account columns next to employee
    ids, the company's EIN and pay-run ids."""
    b = _Builder().t("employee_id,name,ssn,routing_number,account_number,net_pay,pay_run,company_ein\n")
    co = ein_value(r)
    for _ in range(r.randint(2, 3)):
        b.lk("employee_id", f"E{_r(r, D, 6)}").t(f",{r.choice(_NAMES)},").p("US_SSN", ssn_value(r)).t(",")
        b.p("BANK_ACCOUNT", routing_value(r)).t(",").p("BANK_ACCOUNT", account_value(r)).t(",")
        b.lk("amount", f"{r.randint(800, 9000)}.{r.randint(0, 99):02d}").t(",")
        b.lk("pay_run", f"{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_r(r, D, 2)}").t(",")
        b.lk("ein", co).t("\n")
    return b


@family
def f_hr_onboarding(r: random.Random) -> _Builder:
    """New-hire e-mails to HR: the person's SSN or ITIN and direct-deposit details, the
    company's EIN "on the W-2", I-9 and badge numbers."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"Hi HR,\nHere are my details for onboarding ({who}).\n")
    if r.random() < 0.75:
        b.t(r.choice(("My SSN is ", "SSN: ", "Social security number - ", "my social: "))).p("US_SSN", ssn_value(r))
    else:
        b.t(r.choice(("I don't have an SSN yet, my ITIN is ", "ITIN: ", "Individual taxpayer id "))).p(
            UNPROMISED, itin_value(r)
        )
    b.t("\nDirect deposit: routing number ").p("BANK_ACCOUNT", routing_value(r)).t(", checking account ")
    b.p("BANK_ACCOUNT", account_value(r))
    b.t(
        r.choice(
            (
                "\nLast year's W-2 shows the employer EIN as ",
                "\nFor the record, your EIN on the W-2 is ",
                "\nPrevious employer FEIN ",
            )
        )
    )
    b.lk("ein", ein_value(r, r.random() < 0.7)).t(".\nI-9 receipt ").lk("receipt", f"IOE{_r(r, D, 10)}")
    b.t(", badge ").lk("badge", _r(r, D, 6)).t(", start date ").lk(
        "date", f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026"
    )
    return b


@family
def f_nhs_letter(r: random.Random) -> _Builder:
    """Hospital clinic letters: the NHS number in the header, Unix timestamps in the EPR footer,
    appointment ids, lab accession numbers and hospital numbers of ten digits."""
    b = _Builder().t("Outpatient Clinic Letter\nRe: ").t(r.choice(_NAMES)).t("  NHS No: ").p("UK_NHS", nhs_value(r))
    b.t("\nHospital No: ").lk("hospital_no", r.choice((f"RX{_r(r, D, 7)}", ten_digits(r))))
    b.t("\nAppointment ID ").lk("appointment", ten_digits(r)).t(" (clinic code ").lk(
        "clinic", f"{_r(r, UP, 3)}{_r(r, D, 3)}"
    )
    b.t(")\nDear Dr ").t(r.choice(("Patel", "Jones", "Okafor"))).t(",\nBloods taken, lab accession ")
    b.lk("accession", r.choice((ten_digits(r), f"{r.randint(23, 26)}{_r(r, D, 8)}"))).t(" - results normal.\n")
    b.t("Document generated ").lk("timestamp", unix_ts(r, r.random() < 0.3)).t(" by EPR v").lk(
        "version", f"{r.randint(3, 9)}.{r.randint(0, 20)}"
    )
    return b


@family
def f_gp_referral(r: random.Random) -> _Builder:
    """GP referrals and discharge summaries: NHS number in several layouts with ward, referral
    and practice numbers, log-style timestamps and the practice phone."""
    b = _Builder().t("Referral for: ").t(r.choice(_NAMES)).t("\n")
    layout = r.randrange(3)
    if layout == 0:
        b.t("NHS number ").p("UK_NHS", nhs_plain(r))
    elif layout == 1:
        d = nhs_plain(r)
        b.t("patient NHS: ").p("UK_NHS", f"{d[:3]}-{d[3:6]}-{d[6:]}")
    else:
        b.t("NHS No. ").p("UK_NHS", nhs_value(r))
    b.t("\nUBRN ").lk("ubrn", f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)}")
    b.t("\nReceived ").lk("timestamp", unix_ts(r)).t(", triaged ").lk("timestamp", unix_ts(r))
    b.t("\nWard 7B bed ").lk("bed", str(r.randint(1, 30))).t(", episode ").lk("episode", ten_digits(r))
    b.t("\nPractice tel: ").p("PHONE", phone(r, "GB", r.choice(("national", "intl"))))
    return b


@family
def f_card_groupings(r: random.Random) -> _Builder:
    """Customers and agents pasting card numbers in every grouping: spaces, dashes, dots, none,
    two spaces, Amex / Diners, 19-digit UnionPay, a line break inside."""
    b = _Builder()
    b.t(r.choice(("Please charge my card ", "Card: ", "Visa ", "cc# ", "card number ", "pay with ", "Kartennummer ")))
    b.p("CREDIT_CARD", card(r)).t(r.choice((" exp 09/27", " exp. 11/28, CVV on file", ", expiry 03/29", "")))
    b.t("\nOrder ").lk("order", f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}")
    if r.random() < 0.5:
        b.t("\nBackup card ").p("CREDIT_CARD", card(r))
    b.t("\nTotal ").lk("amount", f"${r.randint(5, 999)}.{r.randint(0, 99):02d}")
    return b


@family
def f_card_lookalikes(r: random.Random) -> _Builder:
    """Order confirmations and device records with numbers that look like cards: 16-digit
    orders and vouchers failing Luhn, dotted ids, IMEIs, parcels, ISBNs, and one real card."""
    b = _Builder().t("Order confirmation\nOrder no. ")
    d = luhn_fail16(r, r.choice(("4", "5", "")))
    b.lk(
        "order",
        r.choice((" ".join(d[i : i + 4] for i in range(0, 16, 4)), d, "-".join(d[i : i + 4] for i in range(0, 16, 4)))),
    )
    d = luhn_fail16(r)
    b.t("\nGift voucher ").lk("voucher", ".".join(d[i : i + 4] for i in range(0, 16, 4)))
    b.t("\nDevice IMEI ").lk("imei", imei(r)).t("\nShipment ").lk("parcel", parcel(r))
    b.t("\nBook ISBN ").lk("isbn", isbn13(r))
    if r.random() < 0.5:
        b.t("\nPaid with card ").p("CREDIT_CARD", card(r))
    return b


@family
def f_mx_ar_phones(r: random.Random) -> _Builder:
    """Mexican and Argentine contact lines: the old ``+52 1`` mobile, ``+54 9 11``, ``011 15-``,
    with RFC / CUIT, folio and amounts nearby."""
    b = _Builder().t(r.choice(_WORDS_ES))
    if r.random() < 0.5:
        b.p("PHONE", mx_old_mobile(r)).t("\n" + r.choice(("Oficina: ", "Tel. fijo: ", "Teléfono: "))).p(
            "PHONE", mx_new(r)
        )
        b.t("\nRFC: ").lk(
            "rfc", f"{_r(r, UP, 4)}{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_r(r, UP + D, 3)}"
        )
    else:
        b.p("PHONE", ar_phone(r)).t("\n" + r.choice(("Oficina: ", "Teléfono: ", "WhatsApp "))).p("PHONE", ar_phone(r))
        b.t("\nCUIT: ").lk("cuit", f"{r.choice(('20', '27', '30'))}-{_r(r, D, 8)}-{r.randint(0, 9)}")
    b.t("\nFolio ").lk("folio", _r(r, D, 10)).t(", total ").lk(
        "amount", f"$ {r.randint(1, 99)}.{r.randint(100, 999)},{r.randint(0, 99):02d}"
    )
    return b


@family
def f_trunk_quirks(r: random.Random) -> _Builder:
    """Trunk and carrier quirks of other regions next to their phone words: Russian ``8 (495)``,
    Hungarian ``06 30``, Italian ``+39 06`` (the 0 kept), Brazilian carrier code ``0 21 11``,
    Colombian mobiles; with invoice numbers and dates."""
    reg, out = trunk_quirk(r)
    b = _Builder().t(r.choice(_WORDS_BY[reg])).p("PHONE", out)
    if r.random() < 0.5:
        reg2, out2 = trunk_quirk(r)
        b.t("\n" + r.choice(_WORDS_BY[reg2])).p("PHONE", out2)
    b.t("\nInvoice ").lk("invoice", f"{r.randint(2023, 2026)}/{_r(r, D, 6)}").t(" of ")
    b.lk("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2023, 2026)}")
    b.t(", qty ").lk("count", str(r.randint(2, 500)))
    return b


@family
def f_tax_lookalikes(r: random.Random) -> _Builder:
    """Business tax paperwork with no personal number: EINs beside SSN words in instructions,
    SSN-shaped numbers never issued, 941 / 940 references, DUNS, state ids, ZIP+4."""
    b = _Builder().t(
        r.choice(("Form 941 quarterly return", "Form 940 FUTA", "W-3 transmittal", "Form SS-4 confirmation"))
    )
    b.t("\nEmployer identification number (EIN) ").lk("ein", ein_value(r, r.random() < 0.7))
    b.t("\nDo not enter an SSN here; a social security number goes on the W-2 only.")
    b.t("\nExample shown in the instructions: SSN ").lk("ssn_never", ssn_never(r))
    b.t("\nDUNS ").lk("duns", f"{_r(r, D, 2)}-{_r(r, D, 3)}-{_r(r, D, 4)}").t(", state id ").lk(
        "state_id", f"{_r(r, D, 3)}-{_r(r, D, 4)}-{_r(r, D, 1)}"
    )
    b.t("\nMail to Ogden UT ").lk("zip", f"84201-{_r(r, D, 4)}").t(", total deposits $").lk("amount", money(r))
    return b


@family
def f_latam_business(r: random.Random) -> _Builder:
    """Latin American invoices and signatures: national phone numbers in contact blocks and
    after words, with CUIT, RFC, NIT, folios and amounts."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"{who}\nGerente Comercial\n")
    kind = r.randrange(3)
    if kind == 0:
        b.t("Cel. ").p("PHONE", mx_old_mobile(r))
    elif kind == 1:
        b.t("Tel: ").p("PHONE", ar_phone(r))
    else:
        reg, out = trunk_quirk(r)
        b.t(r.choice(_WORDS_BY[reg])).p("PHONE", out)
    b.t("\nNIT ").lk("nit", f"{_r(r, D, 3)}.{_r(r, D, 3)}.{_r(r, D, 3)}-{r.randint(0, 9)}")
    b.t("\nFactura ").lk("invoice", f"A-{_r(r, D, 4)}-{_r(r, D, 8)}").t("  CAE ").lk("cae", _r(r, D, 14))
    b.t("\nImporte ").lk("amount", f"${r.randint(1, 999)}.{r.randint(100, 999)},{r.randint(0, 99):02d}")
    return b


HELDOUT = FAMILIES.every(4)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

"""A nineteenth blind PII set: US social security numbers in the voices of people who fill in,
forward, scan and chat about them, and the numbers that sit where SSNs sit but are not PII
(issue #14's PII goals: recall >= 0.97 per validated entity, <= 1% of look-alikes flagged).

Written on 2026-12-07 ~22:29 UTC (branch j129) *before* changing the detector, with its own
generators. The fourteenth set's held-out SSNs read 0.680 and its look-alikes 1.79% on main; this
set does not copy that set's texts (its held-out part was not read to write this one). SSNs are
printed dashed, spaced, undashed, with OCR-ish gaps around the dashes, in W-4 / W-9 / I-9 style
forms, HR e-mails, tax letters, chats and texts, CSV rows and Markdown tables, key=value logs,
JSON, support notes and loan applications; under "SSN:", "social", "SS#", "SS No", "tax ID",
"TIN", after a "last four" mention, and with no label at all next to a person's name and date of
birth.

Look-alikes sit in the same places: invoice, order, tracking, part, case and ticket numbers (some
drawn *valid* as SSNs in the 3-2-4 shape, so only their label says what they are), phone-shaped
reference numbers, dates, ZIP+4 codes, numeric ranges, SSN shapes the SSA never issues (area 000,
666 or 9xx outside an ITIN label, group 00, serial 0000), repeated-digit placeholders such as
111-11-1111, masked SSNs and last-four mentions (four digits name nobody), EINs, and the other
entities' look-alikes beside them (cards failing Luhn, NHS-shaped numbers failing mod 11).

Every SSN is checked with ``stdnum.us.ssn`` (and never a famous advertising number); never-issued
shapes are asserted invalid. Scoring is ``pii_rounds.evaluate``. Every 5th family
(``FAMILIES.every(5)``) is held out, fixed when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_nineteenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses;
``--after`` the blind check written after the first rules, ``build_after``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from stdnum import luhn
from stdnum.us import ein, ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import UP, BlindCheck, D, Families, Message, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207_19
PER_FAMILY = 20

_FAMOUS = {"123456789", "078051120", "219099999", "457555462"}

_FIRST = ("Dana", "Marcus", "Priya", "Tyrone", "Lucia", "Greg", "Hannah", "Omar", "Keisha", "Wei", "Bobby", "Ellen")
_LAST = ("Whitfield", "Okafor", "Nguyen", "Castellanos", "Brennan", "Sato", "Kowalczyk", "Haddad", "Pruitt", "Lam")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def person(r: random.Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(('', r.choice(UP) + '. '))}{r.choice(_LAST)}"


def birth(r: random.Random) -> str:
    y, m, d = r.randint(1942, 2005), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{_MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}")
    )


def recent(r: random.Random) -> str:
    y, m, d = r.randint(2025, 2027), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{y}"))


def _ssn_digits(r: random.Random) -> str:
    while True:
        d = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(d) and d not in _FAMOUS and len(set(d)) >= 4:
            return d


def _shape(d: str, style: str) -> str:
    a, g, s = d[:3], d[3:5], d[5:]
    return {
        "dash": f"{a}-{g}-{s}",
        "space": f"{a} {g} {s}",
        "plain": d,
        "ocr": f"{a} - {g} - {s}",
        "ocr2": f"{a}- {g} -{s}",
        "gap": f"{a}  {g}  {s}",
    }[style]


def ssn_v(r: random.Random, *styles: str) -> str:
    return _shape(_ssn_digits(r), r.choice(styles or ("dash", "dash", "dash", "space", "plain")))


def ssn_ref(r: random.Random) -> str:
    """A 3-2-4 reference number that is also a valid SSN: only its label says what it is."""
    return _shape(_ssn_digits(r), "dash")


def never_issued(r: random.Random) -> str:
    kind = r.randrange(5)
    a = {0: "000", 1: "666", 2: f"9{r.randint(0, 9)}{r.randint(0, 9)}"}.get(kind, f"{r.randint(1, 665):03d}")
    g = "00" if kind == 3 else f"{r.randint(1, 99):02d}"
    s = "0000" if kind == 4 else f"{r.randint(1, 9999):04d}"
    d = a + g + s
    assert not ssn.is_valid(d)
    return f"{a}-{g}-{s}"


def repeated(r: random.Random) -> str:
    k = r.choice("123456789")
    return r.choice((f"{k * 3}-{k * 2}-{k * 4}", "123-45-6789", "987-65-4321", f"{k * 3} {k * 2} {k * 4}"))


def masked(r: random.Random) -> str:
    last = _r(r, D, 4)
    return r.choice((f"XXX-XX-{last}", f"***-**-{last}", f"xxx-xx-{last}", f"ending in {last}", f"#####{last}"))


def last4(r: random.Random) -> str:
    return f"{r.randint(1, 9999):04d}"


def invoice(r: random.Random) -> str:
    return r.choice(
        (
            ssn_ref(r),
            f"INV-{_r(r, D, 3)}-{_r(r, D, 2)}-{_r(r, D, 4)}",
            _r(r, D, 9),
            f"{_r(r, D, 3)} {_r(r, D, 2)} {_r(r, D, 4)}",
        )
    )


def order(r: random.Random) -> str:
    return r.choice((ssn_ref(r), f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}", _r(r, D, 9), f"#{_r(r, D, 9)}"))


def tracking(r: random.Random) -> str:
    return r.choice(
        (
            f"1Z{_r(r, UP + D, 16)}",
            _r(r, D, 12),
            f"9400 {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}",
        )
    )


def part_no(r: random.Random) -> str:
    return r.choice(
        (
            ssn_ref(r),
            f"{_r(r, D, 3)}-{_r(r, D, 2)}-{_r(r, D, 4)}-{_r(r, UP, 1)}",
            f"PN {_r(r, D, 3)}-{_r(r, D, 2)}-{_r(r, D, 4)}",
        )
    )


def case_no(r: random.Random) -> str:
    return r.choice((ssn_ref(r), f"{r.randint(2019, 2026)}-{_r(r, D, 2)}-{_r(r, D, 4)}", _r(r, D, 9)))


def ticket(r: random.Random) -> str:
    return r.choice((ssn_ref(r), f"{_r(r, D, 9)}", f"{_r(r, D, 3)}-{_r(r, D, 3)}-{_r(r, D, 3)}"))


def phone_like(r: random.Random) -> str:
    """A ten-digit reference printed like a North American phone but under its own label."""
    a = r.choice(("0", "1")) + _r(r, D, 2)  # area codes never start with 0 or 1
    return r.choice(
        (f"{a}-{_r(r, D, 3)}-{_r(r, D, 4)}", f"{a} {_r(r, D, 3)} {_r(r, D, 4)}", f"({a}) {_r(r, D, 3)}-{_r(r, D, 4)}")
    )


def zip4(r: random.Random) -> str:
    return f"{r.randint(10000, 99950)}-{_r(r, D, 4)}"


def num_range(r: random.Random) -> str:
    a = r.randint(100, 899)
    return r.choice(
        (
            f"{a}-{a + r.randint(2, 99)}",
            f"{a}-{r.randint(10, 99)}-{r.randint(1000, 9999)} to {a}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        )
    )


def ein_v(r: random.Random) -> str:
    while True:
        d = r.choice(("12", "27", "45", "46", "52", "81", "84", "91")) + _r(r, D, 7)
        if ein.is_valid(d):
            return f"{d[:2]}-{d[2:]}"


def luhn_fail(r: random.Random) -> str:
    while True:
        d = "4" + _r(r, D, 15)
        if not luhn.is_valid(d):
            return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"


def nhs_fail(r: random.Random) -> str:
    while True:
        d = _r(r, D, 10)
        w = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
        check = 11 - w % 11
        check = 0 if check == 11 else check
        if check == 10 or check != int(d[9]):
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def money(r: random.Random) -> str:
    return f"${r.randint(1, 99)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"


# ---------------------------------------------------------------------------------------------
# Families (every 5th held out)
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_w4_form(r: random.Random) -> _Builder:
    """A withholding certificate pasted from a PDF: the SSN in box (b), the OMB number and a
    form revision beside it."""
    b = _Builder().t(
        f"Form W-4 (2026)  OMB No. 1545-0074\nStep 1: (a) First name and middle initial / Last name\n{person(r)}\n"
    )
    b.t(r.choice(("(b) Social security number\n", "(b) Social security number ", "(b) SSN: ")))
    b.p("US_SSN", ssn_v(r)).t("\nAddress ... ZIP ").lk("zip4", zip4(r)).t("\nEmployer's EIN ").lk("ein", ein_v(r))
    b.t(" First date of employment ").lk("date", recent(r))
    return b


@family
def f_hr_email(r: random.Random) -> _Builder:
    """An HR coordinator forwarding a new hire's details, the SSN in running prose."""
    who = person(r)
    lead = r.choice(("her social is", "his SSN is", "social:", "SS# is", "their social security no. is"))
    b = _Builder().t(f"Hi team,\n\nPlease set up {who} in payroll before Friday. Start date ")
    b.lk("date", recent(r)).t(f", and {lead} ").p("US_SSN", ssn_v(r)).t(". Her offer letter is under case ")
    b.lk("case", case_no(r)).t(" in the HR queue, and the laptop order is ").lk("order", order(r))
    b.t(".\n\nThanks,\nRenee (People Ops)")
    return b


@family
def f_tax_letter(r: random.Random) -> _Builder:
    """A tax-preparer's letter: the client's SSN in the header, a masked spouse SSN and notice
    numbers in the body."""
    b = _Builder().t(f"RE: 2025 Form 1040 - {person(r)}\nTaxpayer SSN: ").p("US_SSN", ssn_v(r, "dash", "space"))
    b.t("\nSpouse SSN: ").lk("masked", masked(r)).t("\n\nDear client, we received IRS notice CP2000 dated ")
    b.lk("date", recent(r)).t(" (notice number ").lk("invoice", invoice(r)).t(") proposing ").lk("money", money(r))
    b.t(" in additional tax. Please call us at your convenience.")
    return b


@family
def f_chat(r: random.Random) -> _Builder:
    """A person typing to an assistant: casual spelling, the SSN undashed or spaced."""
    lead = r.choice(("my ss# is", "social is", "ssn ", "my social security number is", "here's my social:"))
    b = (
        _Builder()
        .t("ok so the bank form keeps rejecting me?? ")
        .t(f"{lead} ")
        .p("US_SSN", ssn_v(r, "plain", "space", "dash"))
    )
    b.t(" and the error code it shows is ").lk("ticket", ticket(r)).t(" , also my package ").lk("tracking", tracking(r))
    b.t(" never came lol")
    return b


@family
def f_csv_rows(r: random.Random) -> _Builder:
    """A benefits export: SSN column among ZIP+4 and member ids."""
    col = r.choice(("SSN", "ssn", "Social", "SS No", "ee_ssn"))
    b = _Builder().t(f"member_id,last,first,{col},dob,zip\n")
    for _ in range(r.randint(2, 4)):
        first, last = r.choice(_FIRST), r.choice(_LAST)
        b.lk("order", _r(r, D, 9)).t(f",{last},{first},").p("US_SSN", ssn_v(r)).t(f",{birth(r)},").lk(
            "zip4", zip4(r)
        ).t("\n")
    return b


@family
def f_ocr_scan(r: random.Random) -> _Builder:
    """An OCR'd application: gaps around the dashes, labels broken by the scanner."""
    lab = r.choice(("SSN :", "S.S.N.", "Soc. Sec. No :", "Social Security No .", "SS #"))
    b = _Builder().t(f"APPLICATION  FOR  EMPLOYMENT\nName  {person(r)}     Date  ").lk("date", recent(r))
    b.t(f"\n{lab}  ").p("US_SSN", ssn_v(r, "ocr", "ocr2", "gap", "space")).t(
        "   Phone (home) ____\nPosition  Warehouse   Req #  "
    )
    b.lk("ticket", ticket(r))
    return b


@family
def f_last_four(r: random.Random) -> _Builder:
    """A caller verified by the last four, the full SSN given later in the same note."""
    b = _Builder().t(f"Call note: {person(r)} verified with last four of SSN ").lk("last4", last4(r))
    b.t(" and DOB. Needed full number for the 1099 correction: ").p("US_SSN", ssn_v(r))
    b.t(". Callback ref ").lk("case", case_no(r))
    return b


@family
def f_name_dob_line(r: random.Random) -> _Builder:
    """No label at all: a person's name, date of birth and SSN on one line, as in a roster."""
    b = _Builder()
    for _ in range(r.randint(1, 3)):
        sep = r.choice((", ", " | ", " - ", "  "))
        b.t(f"{person(r)}{sep}{r.choice(('DOB ', 'born ', 'b. ', ''))}{birth(r)}{sep}").p("US_SSN", ssn_v(r)).t("\n")
    b.t("Batch ").lk("invoice", invoice(r))
    return b


@family
def f_tax_id(r: random.Random) -> _Builder:
    """A W-9 style request: an individual's tax ID (their SSN) and a company's EIN."""
    lab = r.choice(("Tax ID", "tax ID (SSN)", "TIN", "Taxpayer ID no.", "Tax ID #"))
    b = _Builder().t(f"Vendor setup - sole proprietor {person(r)}\n{lab}: ").p("US_SSN", ssn_v(r))
    b.t("\nPaying entity EIN: ").lk("ein", ein_v(r)).t("\nPO ").lk("order", order(r)).t("  Net 30, amount ").lk(
        "money", money(r)
    )
    return b


@family
def f_markdown_table(r: random.Random) -> _Builder:
    """A Markdown payroll table: name, SSN and part / badge numbers."""
    head = r.choice(("SSN", "Social", "SS#", "Soc Sec"))
    b = _Builder().t(f"| Employee | {head} | Badge | Hired |\n|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"| {person(r)} | ").p("US_SSN", ssn_v(r)).t(" | ").lk("part", _r(r, D, 6)).t(" | ").lk(
            "date", recent(r)
        ).t(" |\n")
    return b


@family
def f_kv_log(r: random.Random) -> _Builder:
    """Application log lines with an SSN in a key=value field beside request ids."""
    key = r.choice(("ssn", "user.ssn", "applicant_ssn", "soc_sec"))
    b = _Builder().t(f"{recent(r)}T10:{r.randint(10, 59)}:07Z INFO kyc.verify req=").lk("ticket", _r(r, D, 9))
    b.t(f" {key}=").p("US_SSN", ssn_v(r, "plain", "dash")).t(" status=pass\n").t("... order_id=").lk("order", order(r))
    b.t(" zip=").lk("zip4", zip4(r))
    return b


@family
def f_loan_app(r: random.Random) -> _Builder:
    """A loan application summary: applicant and co-applicant socials, the loan number a valid
    3-2-4 under its own label."""
    b = (
        _Builder()
        .t("Loan # ")
        .lk("case", ssn_ref(r))
        .t(f"\nBorrower: {person(r)}  Social Security #: ")
        .p("US_SSN", ssn_v(r))
    )
    b.t(f"\nCo-borrower: {person(r)}  {r.choice(('SSN', 'Social', 'SS No.'))} ").p("US_SSN", ssn_v(r))
    b.t("\nProperty ZIP ").lk("zip4", zip4(r)).t("  Appraisal ").lk("money", money(r))
    return b


@family
def f_json_record(r: random.Random) -> _Builder:
    """A JSON record from an API: ssn beside an invoice id of the same shape."""
    key = r.choice(("ssn", "SSN", "socialSecurityNumber", "ss_no"))
    b = _Builder().t(f'{{"name": "{person(r)}", "{key}": "').p("US_SSN", ssn_v(r)).t('", "invoice_id": "')
    b.lk("invoice", ssn_ref(r)).t('", "part": "').lk("part", part_no(r)).t('"}')
    return b


@family
def f_text_message(r: random.Random) -> _Builder:
    """Texts between family members about a form."""
    b = _Builder().t(f"Mom: need ur brother's social for the FAFSA\nMe: {r.choice(('its', 'ok', 'hes'))} ")
    b.p("US_SSN", ssn_v(r, "dash", "plain", "space")).t("\nMom: thx. and the confirmation # was ").lk(
        "invoice", invoice(r)
    )
    b.t("\nMe: call me at work ext ").lk("ext", str(r.randint(100, 9999)))
    return b


@family
def f_support_note(r: random.Random) -> _Builder:
    """A support agent's note: identity verified by SSN, ticket and RMA numbers beside it."""
    b = _Builder().t("Ticket ").lk("ticket", ticket(r)).t(f" - customer {person(r)} verified ID (")
    b.t(r.choice(("SSN ", "ss ", "social ", "soc sec "))).p("US_SSN", ssn_v(r)).t("). RMA ").lk("part", part_no(r))
    b.t(" shipped via ").lk("tracking", tracking(r)).t(".")
    return b


@family
def f_medical_intake(r: random.Random) -> _Builder:
    """A clinic's intake line: patient, date of birth and SSN with no SSN label, a member id."""
    b = _Builder().t(f"Pt: {person(r)}; {r.choice(('DOB', 'D.O.B.', 'Birthdate'))} {birth(r)}; ").p("US_SSN", ssn_v(r))
    b.t("; ins. member ").lk("order", _r(r, D, 9)).t("; copay ").lk("money", money(r))
    return b


@family
def f_invoice_lookalikes(r: random.Random) -> _Builder:
    """A vendor's invoice: every 3-2-4 and 9-digit number belongs to the vendor."""
    b = _Builder().t("INVOICE ").lk("invoice", invoice(r)).t("\nPO: ").lk("order", order(r)).t("\nPart ")
    b.lk("part", part_no(r)).t(" qty 4\nShip to ZIP ").lk("zip4", zip4(r)).t("\nPages ").lk("range", num_range(r))
    b.t("\nRemit questions to ").lk("phone_like", phone_like(r)).t("\nCard on file (declined): ").lk(
        "luhn_fail", luhn_fail(r)
    )
    return b


@family
def f_placeholder_lookalikes(r: random.Random) -> _Builder:
    """A form template and test data: never-issued SSN shapes and placeholders under SSN labels."""
    b = _Builder().t("Test fixture - do not use real data\nSSN: ").lk("never_issued", never_issued(r))
    b.t("\nSSN (example): ").lk("repeated", repeated(r)).t("\nSocial: ").lk("never_issued", never_issued(r))
    b.t("\nRef ").lk("never_issued", never_issued(r)).t("\nNHS-style id ").lk("nhs_fail", nhs_fail(r))
    return b


@family
def f_ops_tickets(r: random.Random) -> _Builder:
    """An ops channel: case, ticket and tracking numbers, phone-shaped order ids, dates and
    ranges, no PII."""
    b = _Builder().t("Closing case ").lk("case", case_no(r)).t(", ticket ").lk("ticket", ticket(r))
    b.t(" reopened. Order number ").lk("phone_like", phone_like(r)).t(" shipped ").lk("date", recent(r))
    b.t(" tracking ").lk("tracking", tracking(r)).t("; serials ").lk("range", num_range(r)).t(" affected.")
    return b


@family
def f_benefits_letter(r: random.Random) -> _Builder:
    """A benefits-enrollment letter: the employee's and a dependent's SSNs, plan and group
    numbers."""
    b = _Builder().t(f"Dear {person(r)},\nYour enrollment is confirmed. Group no. ").lk("order", _r(r, D, 9))
    b.t(", plan ").lk("part", part_no(r)).t(".\nEmployee SSN on file: ").p("US_SSN", ssn_v(r))
    b.t(f"\nDependent: {person(r)}, born {birth(r)}, SSN ").p("US_SSN", ssn_v(r))
    b.t("\nEffective ").lk("date", recent(r)).t(". Questions: reference ").lk("case", case_no(r))
    return b


HELDOUT = FAMILIES.every(5)


# ---------------------------------------------------------------------------------------------
# A blind check written after the first rules and the held-out read (2026-12-07 ~22:52 UTC),
# before the second rules: "social" after a reference, a bare "Social" column, "ss" right before
# the digits; all held out, never used for a rule.
# ---------------------------------------------------------------------------------------------

AFTER_FAMILIES = Families("a_")
after = AFTER_FAMILIES.add


@after
def a_reference_then_social(r: random.Random) -> _Builder:
    """A reference number first, then the person's SSN after a bare "social"."""
    noun = r.choice(("Claim", "Case", "Policy", "File", "Request"))
    who = r.choice(("member", "applicant", "claimant", "the insured", "employee"))
    b = (
        _Builder()
        .t(f"{noun} ")
        .lk("case", case_no(r))
        .t(f" {r.choice(('opened', 'filed', 'logged'))} for {who} with social ")
    )
    b.p("US_SSN", ssn_v(r)).t(r.choice((".", " - pending review.", "; docs attached.")))
    return b


@after
def a_social_column(r: random.Random) -> _Builder:
    """A table whose SSN column is headed by "Social" alone, beside an account-number column."""
    sep = r.choice((" | ", ",", "\t"))
    b = _Builder().t(sep.join(("Name", "Social", "Member no", "Start")) + "\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"{person(r)}{sep}").p("US_SSN", ssn_v(r)).t(sep).lk("order", _r(r, D, 9)).t(sep).lk("date", recent(r)).t(
            "\n"
        )
    return b


@after
def a_ss_before(r: random.Random) -> _Builder:
    """ "ss" right before the digits in an agent's shorthand, a part number of stainless steel
    ("SS 316") beside."""
    b = _Builder().t(f"{r.choice(('Verified', 'Confirmed', 'Checked'))} caller {person(r)} ")
    b.t(r.choice(("(ss ", "- ss: ", "via ss# ", "w/ ss "))).p("US_SSN", ssn_v(r)).t(r.choice((")", "", "."))).t(
        " Replacement: SS 316 bolt, part "
    )
    b.lk("part", part_no(r)).t(", order ").lk("order", order(r))
    return b


@after
def a_social_lookalikes(r: random.Random) -> _Builder:
    """Social things with numbers beside them: no SSN."""
    b = (
        _Builder()
        .t(f"Our social media campaign {r.choice(('reached', 'hit'))} ")
        .lk("count", f"{r.randint(100, 999)},{r.randint(100, 999)},{r.randint(100, 999)}")
    )
    b.t(" views; social club invoice ").lk("invoice", invoice(r)).t(", member with social badge ").lk(
        "part", part_no(r)
    )
    b.t(". Claim ").lk("case", ssn_ref(r)).t(" closed.")
    return b


AFTER = BlindCheck("--after", AFTER_FAMILIES, "a_", "blind check written after the first rules (build_after)", True)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT, (AFTER,))
build = ROUND.build


def build_after(per_family: int = PER_FAMILY) -> list[Message]:
    """The blind check of ``AFTER_FAMILIES`` (all of it held out: never used for a rule)."""
    return ROUND.build_check(AFTER, per_family)


if __name__ == "__main__":
    ROUND.main()

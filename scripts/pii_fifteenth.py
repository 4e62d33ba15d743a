"""A fifteenth blind PII set: US social security numbers in contexts and layouts nobody here has
tuned on, and the reference numbers that sit where SSNs sit but are not PII (issue #14's PII
goals: recall >= 0.97 per validated entity, <= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~13:30 UTC (branch j94) *before* changing the detector. The fourteenth
set's held-out SSN families were 17 of 25 (0.68) and its blind check 0 of 51 before j93's last
rules: SSN rules written against one set's labels do not carry to the next. This set prints SSNs
dashed, spaced ("536 22 1234"), dotted, undashed and with en dashes, under label words no
earlier family leaned on ("SS#", "soc sec no.", "SSN/TIN", "social security number", "taxpayer
id" of an individual, "ss number", "my social is"), in HR and payroll records, W-2 and 1099
boxes, medical intake and loan forms, CSV / JSON / YAML / XML / Markdown tables, log lines,
e-mails and chats, after other numbers and before a company's own numbers.

Look-alikes sit in the same places: booking / confirmation / PNR codes, order, invoice and
tracking numbers, dashed 3-2-4 references under their own label (drawn *valid* as SSNs, so only
the label says what they are), ZIP+4 codes, phone fragments, dates, EINs (2-7), SSN-shaped
numbers the SSA never issues (area 000 / 666, group 00, serial 0000) and partially masked SSNs.

Decisions (documented in docs/policy.md):
* A masked SSN ("***-**-1234", "XXX-XX-1234") shows four digits, which name nobody: a look-alike,
  never reported.
* An ITIN (9xx-[5-65,70-88,90-92,94-99]-xxxx, ``stdnum.us.itin``) is issued to a person who cannot
  have an SSN and goes in the same boxes: PII, reported as ``US_SSN`` under an ITIN / TIN /
  taxpayer-id label (the detector's existing rule). A 9xx number under an "SSN" label alone is
  left out of both parts (neither a valid SSN nor labelled as an ITIN).

Every SSN is checked with ``stdnum.us.ssn`` (and never one of the famous advertising numbers),
ITINs with ``stdnum.us.itin``, EINs with ``stdnum.us.ein``; never-issued numbers are asserted
invalid. Scoring is ``pii_rounds.evaluate``. Every 5th family (``FAMILIES.every(5)``) is held out,
fixed when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_fifteenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses;
``--after`` the blind check written after the rule changes, ``build_after``; ``--after2`` the
second, ``build_after2``, written before the first check's and the held-out misses were read).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from stdnum.us import ein, itin, ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import _NAMES  # noqa: E402
from pii_eleventh import date  # noqa: E402
from pii_rounds import UP, BlindCheck, D, Families, Message, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207_15
PER_FAMILY = 25

EN_DASH = "\u2013"

_FAMOUS = {"123456789", "078051120", "219099999", "457555462"}


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _ssn_digits(r: random.Random) -> str:
    while True:
        d = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(d) and d not in _FAMOUS and len(set(d)) >= 3:
            return d


def _layout(r: random.Random, d: str, style: str | None = None) -> str:
    style = style or r.choice(("dash", "dash", "space", "plain", "dot", "en"))
    sep = {"dash": "-", "space": " ", "plain": "", "dot": ".", "en": EN_DASH}[style]
    return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def ssn_new(r: random.Random, style: str | None = None) -> str:
    return _layout(r, _ssn_digits(r), style)


def itin_new(r: random.Random) -> str:
    while True:
        d = f"9{_r(r, D, 2)}{r.choice((r.randint(70, 88), r.randint(90, 92), r.randint(94, 99))):02d}{_r(r, D, 4)}"
        if itin.is_valid(d):
            return r.choice((f"{d[:3]}-{d[3:5]}-{d[5:]}", d))


def ein_value(r: random.Random) -> str:
    while True:
        d = r.choice(("12", "20", "27", "45", "46", "47", "52", "54", "81", "84", "93")) + _r(r, D, 7)
        if ein.is_valid(d):
            return f"{d[:2]}-{d[2:]}"


def dashed_ref(r: random.Random) -> str:
    """A 3-2-4 reference that is also a valid SSN: only its label says what it is."""
    return _layout(r, _ssn_digits(r), "dash")


def ssn_never(r: random.Random) -> str:
    kind = r.randrange(4)
    a = r.choice(("000", "666")) if kind == 0 else f"{r.randint(1, 665):03d}"
    g = "00" if kind == 1 else f"{r.randint(1, 99):02d}"
    s = "0000" if kind == 2 else f"{r.randint(1, 9999):04d}"
    if kind == 3:
        a, g = "666", f"{r.randint(10, 99):02d}"
    d = a + g + s
    assert not ssn.is_valid(d)
    return r.choice((f"{a}-{g}-{s}", d))


def masked(r: random.Random) -> str:
    last = _r(r, D, 4)
    return r.choice((f"***-**-{last}", f"XXX-XX-{last}", f"xxx-xx-{last}", f"•••-••-{last}", f"*****{last}"))


def booking(r: random.Random) -> str:
    return r.choice(
        (_r(r, UP, 6), f"{_r(r, UP, 2)}{_r(r, D, 7)}", _r(r, D, 9), f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}")
    )


def order_no(r: random.Random) -> str:
    return r.choice(
        (_r(r, D, 9), f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}", f"INV-{r.randint(2024, 2026)}-{_r(r, D, 5)}")
    )


def tracking(r: random.Random) -> str:
    return r.choice(
        (
            f"1Z{_r(r, UP + D, 16)}",
            _r(r, D, 12),
            f"9400 1{_r(r, D, 3)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}",
        )
    )


def zip4(r: random.Random) -> str:
    return f"{r.randint(10000, 99950)}-{_r(r, D, 4)}"


def phone_fragment(r: random.Random) -> str:
    """An extension alone. (Corrected 13:45 UTC before any rule change: the first draft also drew
    "555-01xx", a seven-digit local number under a phone label, which is a phone, not a look-alike.)"""
    return r.choice((f"ext. {r.randint(100, 9999)}", f"Ext {_r(r, D, 4)}", f"x{r.randint(10, 999)}"))


def emp_id(r: random.Random) -> str:
    return r.choice((f"E{_r(r, D, 6)}", _r(r, D, 6), f"EMP-{_r(r, D, 5)}"))


def money(r: random.Random) -> str:
    return f"{r.randint(1, 99)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"


def name(r: random.Random) -> str:
    return r.choice(_NAMES)


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_hr_record(r: random.Random) -> _Builder:
    """An HR record pasted as label/value lines, the SSN undashed."""
    lab = r.choice(("SSN", "Social Security No.", "SS#", "Soc Sec No.", "SSN #"))
    b = _Builder().t(f"Employee: {name(r)}\nEmployee ID: ").lk("emp_id", emp_id(r)).t(f"\n{lab}: ")
    b.p("US_SSN", ssn_new(r, "plain")).t("\nStart date: ").lk("date", date(r)).t("\nCost centre: ").lk(
        "order", _r(r, D, 9)
    )
    return b


@family
def f_spaced_policy(r: random.Random) -> _Builder:
    """An insurance form: the SSN spaced, the policy number a valid 3-2-4 under its own label."""
    b = _Builder().t(f"Insured: {name(r)}\nPolicy No.: ").lk("dashed_ref", dashed_ref(r))
    b.t(f"\n{r.choice(('Social security number', 'Social Security #', 'SSN'))} ").p("US_SSN", ssn_new(r, "space"))
    b.t("\nEffective: ").lk("date", date(r))
    return b


@family
def f_payroll_dotted(r: random.Random) -> _Builder:
    """A payroll stub with a dotted SSN, gross pay and a pay-period date."""
    b = _Builder().t(f"PAY STATEMENT - {name(r)}\nsoc. sec. no. ").p("US_SSN", ssn_new(r, "dot"))
    b.t("   Check # ").lk("order", _r(r, D, 7)).t("\nGross ").lk("amount", money(r)).t("  Period ending ").lk(
        "date", date(r)
    )
    return b


@family
def f_csv_payroll(r: random.Random) -> _Builder:
    """A payroll CSV export: SSN column, ZIP+4 column, employee number."""
    col = r.choice(("ssn", "SSN", "social_security_no", "ss_number", "SocSecNum"))
    b = _Builder().t(f"emp_no,name,{col},zip,gross\n")
    for _ in range(r.randint(2, 3)):
        b.lk("emp_id", _r(r, D, 6)).t(f",{name(r)},").p("US_SSN", ssn_new(r)).t(",").lk("zip4", zip4(r))
        b.t(",").lk("amount", f"{r.randint(1000, 9999)}.{r.randint(0, 99):02d}").t("\n")
    return b


@family
def f_json_applicant(r: random.Random) -> _Builder:
    """A JSON application: taxpayerId of an individual, a confirmation code."""
    key = r.choice(("taxpayerId", "ssn", "socialSecurityNumber", "tin"))
    b = _Builder().t(f'{{"applicant": {{"name": "{name(r)}", "{key}": "').p("US_SSN", ssn_new(r))
    b.t('", "type": "individual"}, "confirmation": "').lk("booking", booking(r)).t('", "submitted": "')
    b.lk("date", date(r)).t('"}')
    return b


@family
def f_yaml_hr(r: random.Random) -> _Builder:
    """A YAML fixture of a new hire."""
    b = _Builder().t(f"new_hire:\n  name: {name(r)}\n  employee_number: ").lk("emp_id", _r(r, D, 9))
    b.t(f"\n  {r.choice(('ssn', 'ss_no', 'social_security'))}: ").p("US_SSN", ssn_new(r))
    b.t("\n  office_phone_ext: ").lk("phone_fragment", phone_fragment(r)).t("\n  badge: ").lk("emp_id", emp_id(r))
    return b


@family
def f_xml_w2(r: random.Random) -> _Builder:
    """An XML W-2 record: the employee's SSN element, the employer's EIN element."""
    tag = r.choice(("EmployeeSSN", "SSN", "SocialSecurityNumber", "EmployeeSocialSecurityNum"))
    b = _Builder().t("<W2>\n  <EmployerEIN>").lk("ein", ein_value(r)).t(f"</EmployerEIN>\n  <{tag}>")
    b.p("US_SSN", ssn_new(r, r.choice(("plain", "dash")))).t(f"</{tag}>\n  <ControlNumber>").lk("order", _r(r, D, 9))
    b.t("</ControlNumber>\n  <Wages>").lk("amount", money(r)).t("</Wages>\n</W2>")
    return b


@family
def f_w2_boxes(r: random.Random) -> _Builder:
    """A W-2 transcribed box by box."""
    b = _Builder().t("a Employee's social security number ").p("US_SSN", ssn_new(r))
    b.t("\nb Employer identification number (EIN) ").lk("ein", ein_value(r))
    b.t("\nd Control number ").lk("order", _r(r, D, 9)).t("\n1 Wages, tips, other comp. ").lk("amount", money(r))
    return b


@family
def f_1099(r: random.Random) -> _Builder:
    """A 1099 transcribed: payer's TIN (an EIN), recipient's TIN (an SSN), an account number."""
    b = _Builder().t("PAYER'S TIN ").lk("ein", ein_value(r)).t("   RECIPIENT'S TIN ").p("US_SSN", ssn_new(r))
    b.t(f"\nRECIPIENT'S name {name(r)}\nAccount number (see instructions) ").lk("dashed_ref", dashed_ref(r))
    return b


@family
def f_medical_intake(r: random.Random) -> _Builder:
    """A clinic intake form: SS#, member id, visit date, a room extension."""
    b = _Builder().t(f"PATIENT INTAKE\nName: {name(r)}    Visit: ").lk("date", date(r))
    b.t(f"\n{r.choice(('SS#', 'Soc. Sec. #', 'SSN (last 4 ok)', 'Social Sec No'))}: ").p("US_SSN", ssn_new(r))
    b.t("\nInsurance member ID: ").lk("member", f"{_r(r, UP, 3)}{_r(r, D, 9)}").t("\nRoom ").lk(
        "phone_fragment", phone_fragment(r)
    )
    return b


@family
def f_loan_application(r: random.Random) -> _Builder:
    """A loan application: borrower and co-borrower SSNs, the loan number."""
    b = _Builder().t("Loan # ").lk("order", _r(r, D, 10)).t("\nBorrower SSN ").p("US_SSN", ssn_new(r))
    b.t("\nCo-Borrower SSN ").p("US_SSN", ssn_new(r)).t("\nProperty ZIP ").lk("zip4", zip4(r))
    return b


@family
def f_chat_social(r: random.Random) -> _Builder:
    """A support chat: the customer gives their social, then an order number."""
    b = _Builder().t("Agent: Can I verify your identity?\nCustomer: ")
    b.t(r.choice(("sure, my social is ", "my ssn is ", "ok social security number ", "my social security # is ")))
    b.p("US_SSN", ssn_new(r)).t(" and the order was ").lk("order", order_no(r))
    return b


@family
def f_after_other_number(r: random.Random) -> _Builder:
    """A message where the SSN follows a ticket number and a date on the same line."""
    b = _Builder().t("Re ticket #").lk("order", _r(r, D, 6)).t(" from ").lk("date", date(r))
    b.t(r.choice((" - SSN: ", ", ss number ", " / SS# ", "; soc sec ")))
    b.p("US_SSN", ssn_new(r)).t(" - tracking ").lk("tracking", tracking(r))
    return b


@family
def f_ssn_tin_label(r: random.Random) -> _Builder:
    """A W-9 style form with an "SSN/TIN" label for a sole proprietor."""
    lab = r.choice(("SSN/TIN", "SSN / TIN", "TIN (SSN)", "Taxpayer ID (individual)"))
    b = _Builder().t(f"Vendor: {name(r)} (individual)\n{lab}: ").p("US_SSN", ssn_new(r))
    b.t("\nVendor #: ").lk("order", _r(r, D, 9)).t("\nRemit ZIP: ").lk("zip4", zip4(r))
    return b


@family
def f_markdown_table(r: random.Random) -> _Builder:
    """A Markdown table of staff with an SSN column and an employee-number column."""
    b = _Builder().t(f"| Name | {r.choice(('SSN', 'SS #', 'Social Sec.'))} | Hired | Emp # |\n|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"| {name(r)} | ").p("US_SSN", ssn_new(r)).t(" | ").lk("date", date(r)).t(" | ").lk("emp_id", _r(r, D, 9))
        b.t(" |\n")
    return b


@family
def f_masked_and_full(r: random.Random) -> _Builder:
    """An account page showing a masked SSN, then an update with the full one."""
    b = _Builder().t("SSN on file: ").lk("masked", masked(r)).t("\nTo update, enter your full SSN: ")
    b.p("US_SSN", ssn_new(r)).t("\nReference: ").lk("dashed_ref", dashed_ref(r))
    return b


@family
def f_booking_confirmation(r: random.Random) -> _Builder:
    """A travel confirmation: PNR, booking and confirmation numbers, a 3-2-4 ticket reference."""
    b = _Builder().t("Your trip is confirmed!\nPNR: ").lk("booking", _r(r, UP, 6)).t("\nConfirmation #: ")
    b.lk("booking", _r(r, D, 9)).t("\nE-ticket ref: ").lk("dashed_ref", dashed_ref(r)).t("\nDeparture: ").lk(
        "date", date(r)
    )
    return b


@family
def f_address_zip(r: random.Random) -> _Builder:
    """A mailing form: ZIP+4, a phone fragment, and the SSN in its own field."""
    b = _Builder().t(f"Mail to: {name(r)}, 12 Elm St, Springfield IL ").lk("zip4", zip4(r))
    b.t("\nOffice phone ").lk("phone_fragment", phone_fragment(r)).t("\nSocial security number: ").p(
        "US_SSN", ssn_new(r)
    )
    return b


@family
def f_ein_itin(r: random.Random) -> _Builder:
    """A small-business form: the business EIN, the owner's ITIN."""
    lab = r.choice(("Owner ITIN", "ITIN", "Individual taxpayer ID", "Owner TIN"))
    b = _Builder().t("Business EIN: ").lk("ein", ein_value(r)).t(f"\n{lab}: ").p("US_SSN", itin_new(r))
    b.t("\nFiling ref: ").lk("order", order_no(r))
    return b


@family
def f_never_issued(r: random.Random) -> _Builder:
    """A QA note with SSN-shaped test numbers the SSA never issues, then a real one."""
    b = _Builder().t("Test data used: ").lk("ssn_never", ssn_never(r)).t(", ").lk("ssn_never", ssn_never(r))
    b.t(f"\nProduction record for {name(r)} - SSN ").p("US_SSN", ssn_new(r))
    return b


@family
def f_log_line(r: random.Random) -> _Builder:
    """A key=value log line from a KYC service."""
    key = r.choice(("ssn", "ssn_full", "soc_sec_no", "taxpayer_id"))
    b = _Builder().t("2026-11-30T09:41:07Z INFO kyc.verify user_id=").lk("emp_id", _r(r, D, 8))
    b.t(f" {key}=").p("US_SSN", ssn_new(r, r.choice(("plain", "dash")))).t(" request=").lk("order", _r(r, D, 9))
    b.t(" status=ok")
    return b


@family
def f_email_hr(r: random.Random) -> _Builder:
    """An e-mail to HR updating records."""
    b = _Builder().t("Hi HR,\nplease update my file. My social security number is ").p("US_SSN", ssn_new(r))
    b.t(" and my new ZIP is ").lk("zip4", zip4(r)).t(". Invoice ").lk("order", order_no(r)).t(
        f" is unrelated.\n{name(r)}"
    )
    return b


@family
def f_tax_return(r: random.Random) -> _Builder:
    """A 1040 header transcribed: the filer's and the spouse's SSNs, a prior-year PIN."""
    b = _Builder().t(f"Form 1040  Your first name {name(r)}  Your social security number ").p("US_SSN", ssn_new(r))
    b.t("\nSpouse's social security number ").p("US_SSN", ssn_new(r)).t("\nIdentity Protection PIN ").lk(
        "pin", _r(r, D, 6)
    )
    return b


@family
def f_company_after_ssn(r: random.Random) -> _Builder:
    """A chat: a client's SSN, then the firm's own numbers (vendor no., EIN, a 3-2-4 case ref)."""
    b = _Builder().t("Client: here's my SSN ").p("US_SSN", ssn_new(r)).t("\nPreparer: thanks. For the invoice use our ")
    b.t(r.choice(("vendor number ", "firm number ", "office account no. "))).lk("order", _r(r, D, 9))
    b.t(", our EIN ").lk("ein", ein_value(r)).t(", case ").lk("dashed_ref", dashed_ref(r))
    return b


@family
def f_taxpayer_id_individual(r: random.Random) -> _Builder:
    """A form with a taxpayer id for the individual and one for the business."""
    b = _Builder().t("Taxpayer ID (individual): ").p("US_SSN", ssn_new(r))
    b.t("\nTaxpayer ID (business): ").lk("ein", ein_value(r)).t("\nInvoice No. ").lk("order", _r(r, D, 9))
    return b


HELDOUT = FAMILIES.every(5)


# ---------------------------------------------------------------------------------------------
# A blind check written after the rule changes (2026-12-07 ~13:35 UTC, branch j94), before the
# held-out families above were looked at: places none of the families used (SQL, HTTP query
# strings, Markdown bullets, a label on the line above its value as PDF text extraction prints
# it, TSV with a dotted header, a benefits e-mail listing dependants). All of it is held out.
# ---------------------------------------------------------------------------------------------

AFTER_FAMILIES = Families("a_")
after = AFTER_FAMILIES.add


@after
def a_sql_insert(r: random.Random) -> _Builder:
    """A SQL insert of employees: an SSN column among an id, a ZIP+4 and a hire date."""
    col = r.choice(("ssn", "soc_sec_no", "SocialSecurityNo", "tax_id_individual"))
    b = _Builder().t(f"INSERT INTO employees (id, full_name, {col}, zip, hired) VALUES\n")
    n = r.randint(1, 3)
    for i in range(n):
        b.t("  (").lk("emp_id", _r(r, D, 9)).t(f", '{name(r)}', '").p("US_SSN", ssn_new(r)).t("', '")
        b.lk("zip4", zip4(r)).t("', '").lk("date", date(r)).t("')").t(",\n" if i < n - 1 else ";\n")
    return b


@after
def a_query_string(r: random.Random) -> _Builder:
    """A request URL with the SSN in the query string and a request id after it."""
    key = r.choice(("ssn", "applicantSsn", "ss_num", "taxpayer_id"))
    b = _Builder().t(f"GET /v1/credit-check?{key}=").p("US_SSN", ssn_new(r, r.choice(("plain", "dash"))))
    b.t("&ref=").lk("order", _r(r, D, 9)).t("&zip=").lk("zip4", zip4(r)).t(" HTTP/1.1")
    return b


@after
def a_markdown_bullets(r: random.Random) -> _Builder:
    """A Markdown case note with bold labels: the SSN, the case number, the claim number."""
    lab = r.choice(("SSN", "Social Security #", "SS No.", "Soc. Sec."))
    b = _Builder().t(f"### {name(r)}\n- **{lab}:** ").p("US_SSN", ssn_new(r)).t("\n- **Case No.:** ")
    b.lk("dashed_ref", dashed_ref(r)).t("\n- **Claim #:** ").lk("order", _r(r, D, 9))
    return b


@after
def a_pdf_lines(r: random.Random) -> _Builder:
    """Text extracted from a PDF form: each label on the line above its value."""
    b = _Builder().t(f"APPLICANT INFORMATION\nFull name\n{name(r)}\n")
    b.t(r.choice(("Social Security Number", "SSN", "Social Security No."))).t("\n").p("US_SSN", ssn_new(r))
    b.t("\nApplication number\n").lk("order", _r(r, D, 9)).t("\nDate\n").lk("date", date(r))
    return b


@after
def a_tsv_dotted_header(r: random.Random) -> _Builder:
    """A spreadsheet pasted as TSV, the SSN column headed with dots and a hash."""
    hdr = r.choice(("Soc. Sec. #", "S.S.N.", "SS #", "Social Sec. No."))
    b = _Builder().t(f"Name\t{hdr}\tMember ID\tZIP\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"{name(r)}\t").p("US_SSN", ssn_new(r)).t("\t").lk("member", _r(r, D, 9)).t("\t").lk("zip4", zip4(r))
        b.t("\n")
    return b


@after
def a_benefits_email(r: random.Random) -> _Builder:
    """A benefits-enrolment e-mail listing dependants and their socials, and the plan's group number."""
    b = _Builder().t("Hi, adding my dependents to group plan ").lk("order", _r(r, D, 9)).t(":\n")
    for who in r.sample(("spouse", "son", "daughter"), 2):
        b.t(f"- {who}, {name(r)}, social ").p("US_SSN", ssn_new(r)).t("\n")
    b.t("Thanks! Enrollment confirmation ").lk("booking", booking(r))
    return b


# ---------------------------------------------------------------------------------------------
# A second blind check (2026-12-07 ~13:35 UTC, branch j94), written after the held-out families
# and ``build_after`` were run once and before their misses were read, so that the rules written
# from those misses are judged on text nobody looked at: a fixed-width payroll file, a chat whose
# label is in the turn before, an HTML table, an INI file, a credit report. All of it held out.
# ---------------------------------------------------------------------------------------------

AFTER2_FAMILIES = Families("b_")
after2 = AFTER2_FAMILIES.add


@after2
def b_fixed_width(r: random.Random) -> _Builder:
    """A fixed-width payroll extract: columns aligned with spaces under a header line."""
    b = _Builder().t("EMPNO     SSN          NAME                 GROSS\n")
    for _ in range(r.randint(2, 3)):
        nm = name(r)
        b.lk("emp_id", _r(r, D, 9)).t(" ").p("US_SSN", ssn_new(r, r.choice(("plain", "dash"))))
        b.t(f"  {nm:<20} ").lk("amount", f"{r.randint(1000, 9999)}.{r.randint(0, 99):02d}").t("\n")
    return b


@after2
def b_chat_turns(r: random.Random) -> _Builder:
    """A chat where the SSN is asked for in one turn and given, bare, in the next."""
    ask = r.choice(("Can you confirm your social security number?", "What's your SSN?", "I need your SS# to proceed."))
    b = _Builder().t(f"Bot: {ask}\nUser: ").p("US_SSN", ssn_new(r)).t("\nBot: Thanks. Your ticket is ")
    b.lk("order", _r(r, D, 9)).t(".")
    return b


@after2
def b_html_table(r: random.Random) -> _Builder:
    """An HTML table of label and value cells: the SSN row and an order row."""
    lab = r.choice(("SSN", "Social Security Number", "SS#"))
    b = _Builder().t(f"<table>\n<tr><td>Name</td><td>{name(r)}</td></tr>\n<tr><td>{lab}</td><td>")
    b.p("US_SSN", ssn_new(r)).t("</td></tr>\n<tr><td>Order #</td><td>").lk("order", _r(r, D, 9))
    b.t("</td></tr>\n</table>")
    return b


@after2
def b_ini_file(r: random.Random) -> _Builder:
    """An INI test fixture with spaces around '='."""
    key = r.choice(("ssn", "social_security_number", "SSN", "taxpayer_id"))
    b = _Builder().t(f"[employee]\nname = {name(r)}\n{key} = ").p("US_SSN", ssn_new(r)).t("\nbadge = ")
    b.lk("emp_id", _r(r, D, 9)).t("\nzip = ").lk("zip4", zip4(r)).t("\n")
    return b


@after2
def b_credit_report(r: random.Random) -> _Builder:
    """A credit report header: consumer, SSN, report number, inquiry id."""
    b = _Builder().t(f"CONSUMER: {name(r)}   SSN: ").p("US_SSN", ssn_new(r)).t("   REPORT #: ")
    b.lk("order", _r(r, D, 9)).t("\nINQUIRY ID ").lk("order", _r(r, D, 9)).t("   DATE ").lk("date", date(r))
    return b


AFTER = BlindCheck.after(AFTER_FAMILIES, show_failures=False)
AFTER2 = BlindCheck(
    "--after2", AFTER2_FAMILIES, "after2:", "second blind check (after the held-out misses were read)", False
)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT, (AFTER, AFTER2))
build, build_after = ROUND.build, ROUND.build_after


def build_after2(per_family: int = PER_FAMILY) -> list[Message]:
    """The second blind check, ``AFTER2_FAMILIES`` (all of it held out: never used for a rule)."""
    return ROUND.build_check(AFTER2, per_family)


if __name__ == "__main__":
    ROUND.main()

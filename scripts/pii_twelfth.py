"""A twelfth blind PII set: labels that do not say what the number next to them is (issue #14's
PII goals: recall >= 0.97 per validated entity, <= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~06:30 UTC (branch j63) *before* changing the detector, around the general
weaknesses the eleventh set's held-out part showed, not around its sentences: negated,
contrasted and alternative labels ("not the SSN", "instead of your SSN", "rather than",
"either ... or", "SSN or ITIN"); labels that name another entity than the number beside them
(an SSN help line's phone, a card hotline, "account" before a phone, "NHS" in a GP's number);
tables pasted as text whose header names the column (vendor masters with a TIN-type column,
payroll sheets with abbreviated headers, KYC trackers); unusual groupings of cards (2-4-4-6,
3-4-4-5, 6-4-6, 4-4-4-2-2, mixed separators), IBANs (pairs, triples, dashes, a space after the
country code, lower case) and account numbers (4-4-4, 6-3-3, sort code and account glued);
and numbers valid in several schemes at once (national phone numbers whose digits also pass
Luhn, the NHS mod 11 or an EIN prefix; Luhn-valid tracking and terminal ids; mod-11-valid
hospital numbers said not to be NHS numbers). Texts: W-9 / 1099 / payroll form instructions,
tax and payroll help-desk chats, spreadsheets pasted as text, contracts, KYC / onboarding
e-mails, international contact lists, chat logs mixing languages; and texts with no PII
(form instructions full of box, line, OMB and catalogue numbers).

Every value is checked before it is printed: phones by ``pii_eighth.phone_and_obj``
(``phonenumbers`` valid after parsing back), cards by ``stdnum.luhn`` with issuer prefixes,
IBANs by ``stdnum.iban``, routing numbers by ``stdnum.us.rtn``, SSNs by ``stdnum.us.ssn``, ITINs
by ``stdnum.us.itin`` (``OTHER_NATIONAL_ID``, as in ``pii_ninth``), NHS numbers by
``stdnum.gb.nhs``, EINs by ``stdnum.us.ein``, DNIs by ``stdnum.es.dni``.

Scoring is ``pii_rounds.evaluate``. Every 5th family (``FAMILIES.every(5)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_twelfth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.us import ein

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import (  # noqa: E402
    _NAMES,
    card,
    dni_value,
    iban_compact,
    iban_fail,
    look,
    nhs_fail,
    nhs_value,
    nino,
    phone,
    phone_and_obj,
    ssn_value,
)
from pii_eleventh import account_us, date, dob, email, npi, public_ip, sort_code  # noqa: E402
from pii_ninth import itin_value, routing_value  # noqa: E402
from pii_rounds import UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r
from pii_tenth import _group, _luhn_card, _luhn_fail, ein_undashed, money  # noqa: E402

SEED = 20261207_12
PER_FAMILY = 25


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def ein_any(r: random.Random) -> str:
    d = ein_undashed(r)
    return r.choice((d, d, f"{d[:2]}-{d[2:]}"))


def ssn_shaped_ref(r: random.Random) -> str:
    """A claim / case / part number in the SSN's 3-2-4 layout (what "not an SSN" says of it)."""
    return f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


_CARD_GROUPS: tuple[tuple[int, ...], ...] = (
    (2, 4, 4, 6),
    (3, 4, 4, 5),
    (6, 4, 6),
    (4, 4, 4, 2, 2),
    (4, 4, 4, 4),
    (4, 8, 4),
    (2, 2, 4, 4, 4),
)


def card_grouped(r: random.Random) -> str:
    """A Visa / Mastercard / Discover number in an unusual grouping, sometimes mixed separators."""
    d = _luhn_card(r, r.choice(("4", "4", "51", "52", "55", "2221", "6011")), 16)
    sizes = r.choice(_CARD_GROUPS)
    if r.random() < 0.3:
        seps = tuple(r.choice((" ", "-", " - ")) for _ in range(len(sizes) - 1))
    else:
        seps = (r.choice((" ", "-", " ", ".")),) * (len(sizes) - 1)
    return _group(d, sizes, seps)


def id_grouped(r: random.Random, valid: bool = False) -> str:
    """A 16-digit tracking / terminal / batch id in the same groupings; ``valid``: Luhn-valid
    with a card issuer's prefix too (numbers valid in two schemes, labelled as the other)."""
    d = _luhn_card(r, r.choice(("4", "5", "6011")), 16) if valid else _luhn_fail(r, 16)
    sizes = r.choice(_CARD_GROUPS)
    return _group(d, sizes, (r.choice((" ", "-")),) * (len(sizes) - 1))


def iban_grouped(r: random.Random) -> str:
    """An IBAN printed the way people type it: pairs, triples, sixes, dashes, a space after the
    country code, lower case."""
    c = iban_compact(r)
    style = r.randrange(6)
    if style == 0:
        return "-".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == 1:
        return f"{c[:2]} {c[2:4]} " + " ".join(c[i : i + 4] for i in range(4, len(c), 4))
    if style == 2:
        return f"{c[:4]} {c[4:]}"
    if style == 3:
        return c[:4] + " " + " ".join(c[i : i + 6] for i in range(4, len(c), 6))
    if style == 4:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4)).lower()
    return c[:4] + " " + " ".join(c[i : i + 2] for i in range(4, len(c), 2))


def account_grouped(r: random.Random) -> str:
    d = account_us(r)
    if len(d) == 12:
        return r.choice((f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:6]}-{d[6:9]}-{d[9:]}", d))
    if len(d) == 10:
        return r.choice((f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:4]} {d[4:]}", d))
    return r.choice((f"{d[:4]} {d[4:]}", d))


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _doubly_valid(digits: str) -> bool:
    """The printed national digits also pass another scheme's check: Luhn (a French SIREN,
    card-like ids), the NHS mod 11, or an EIN (9 digits with a valid prefix)."""
    if len(digits) == 10 and nhs.is_valid(digits):
        return True
    if len(digits) == 9 and ein.is_valid(digits):
        return True
    return len(digits) >= 9 and luhn.is_valid(digits)


def phone_multi(r: random.Random, cc: str, style: str = "national") -> str:
    """A national phone number whose printed digits are also valid in another scheme."""
    for _ in range(400):
        out, num = phone_and_obj(r, cc, style)
        if _doubly_valid(_digits(out)) and phonenumbers.is_valid_number(num):
            return out
    raise RuntimeError(cc)


def omb(r: random.Random) -> str:
    return f"{r.randint(1545, 1545)}-{r.randint(0, 2999):04d}"


def price(r: random.Random) -> str:
    v = money(r)
    return r.choice((f"${v}", f"€{v}", f"{v} EUR", f"£{v}", f"USD {v}"))


_CONTACT_CC = ("FR", "NL", "DE", "ES", "IT", "BE", "SE", "PL", "AU", "IN", "US", "GB", "IE", "CH")


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_w9_instructions(r: random.Random) -> _Builder:
    """W-9 style instructions followed by the filled-in part: the business's EIN introduced as
    what to use *instead of* an SSN, the sole proprietor's SSN, the form's own numbers."""
    b = _Builder().t("Form W-9 (Rev. ").lk("date", f"March {r.randint(2018, 2024)}").t(") Part I - TIN.\n")
    b.t(
        r.choice(
            (
                "Businesses enter the EIN instead of an SSN. Ours: ",
                "If you are an LLC, use the employer number rather than your SSN - ",
                "Enter the company's number, not your social security number: ",
                "Either the SSN or the EIN goes here; we use the business one ",
            )
        )
    )
    b.lk("ein", ein_any(r)).t(".\n")
    b.t(r.choice(("Sole proprietor? Then your SSN: ", "Owner (individual) SSN ", "Only if no EIN, SSN: ")))
    b.p("US_SSN", ssn_value(r)).t("\nSee line ").lk("line", str(r.randint(1, 7))).t(", Cat. No. ")
    b.lk("catalog", f"{r.randint(10000, 99999)}X")
    return b


@family
def f_payroll_helpdesk(r: random.Random) -> _Builder:
    """A payroll help-desk chat: the agent asks for the company number rather than a personal
    one, the customer gives the EIN beside words about SSNs, then an employee's SSN properly
    labelled and the callback phone."""
    b = _Builder().t("Agent: For the 941 I need the employer number, not a social security number.\n")
    b.t("Customer: ").t(r.choice(("ok it's ", "sure, ", "we file under ", "here you go ", "I think it's ")))
    b.lk("ein", ein_any(r)).t(
        r.choice(
            (
                " (I always mix it up with my SSN)",
                " - the SSN box was greyed out",
                ", that's not my SSN right?",
                "",
                " instead of the SSN we used last year",
            )
        )
    )
    b.t("\nAgent: Thanks. And the employee whose W-2 is wrong?\nCustomer: ")
    b.t(r.choice(("Her SSN is ", "SSN ", "his social is ", "social security number "))).p("US_SSN", ssn_value(r))
    b.t(r.choice((", call me back at ", ". My phone: ", "; reach me on "))).p("PHONE", phone(r, "US"))
    b.t("\nAgent: Case ").lk("case", f"{_r(r, D, 8)}").t(" opened, quarter ").lk("quarter", f"Q{r.randint(1, 4)}")
    return b


@family
def f_card_groupings(r: random.Random) -> _Builder:
    """Payment chats with the card typed in an unusual grouping after its word, next to
    Luhn-failing 16-digit ids in the same groupings and amounts."""
    b = _Builder().t(r.choice(("Booking ", "Reservation ", "Order ")))
    b.lk("order", id_grouped(r)).t(r.choice((" - payment failed. ", " was declined. ")))
    b.t(r.choice(("My card number is ", "Card: ", "Try this card ", "card no. ", "Visa ", "Mastercard ")))
    b.p("CREDIT_CARD", card_grouped(r))
    b.t(r.choice((" exp 07/28", " (exp 1129)", "", " valid thru 05/27", " cvv 123")))
    b.t(". Amount ").lk("amount", price(r)).t(", batch ").lk("batch", id_grouped(r)).t(".")
    return b


@family
def f_iban_groupings(r: random.Random) -> _Builder:
    """Refund and payout e-mails with the IBAN typed in pairs, triples, dashes or lower case,
    a mod-97-failing IBAN as the old (mistyped) one, reference numbers."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"Hi, this is {who} about refund ").lk("ref", f"RF-{_r(r, D, 7)}").t(".\n")
    b.t(r.choice(("Please send it to IBAN ", "New IBAN: ", "My account (IBAN) is ", "Bank details: IBAN ")))
    b.p("IBAN", iban_grouped(r))
    b.t(r.choice((" instead of ", " - not ", " rather than the old one "))).lk("iban_fail", iban_fail(r))
    b.t(" which bounced. Amount ").lk("amount", price(r)).t(".")
    return b


@family
def f_vendor_master(r: random.Random) -> _Builder:
    """A vendor master pasted from a spreadsheet: a TIN-type column says whether the TIN is an
    EIN (a company) or an SSN (a sole proprietor); the payment columns hold IBANs or routing and
    account numbers; a phone column."""
    sep = r.choice(("\t", " | ", ","))
    b = _Builder().t(sep.join(("Vendor", "Name", "TIN type", "TIN", "Phone")) + "\n")
    for _ in range(r.randint(2, 4)):
        b.lk("vendor", f"V{_r(r, D, 5)}").t(sep).t(r.choice(_NAMES)).t(sep)
        if r.random() < 0.5:
            b.t("EIN").t(sep).lk("ein", ein_any(r))
        else:
            b.t("SSN").t(sep).p("US_SSN", ssn_value(r))
        b.t(sep).p("PHONE", phone(r, "US", r.choice(("us_dash", "us_paren", "us_dot")))).t("\n")
    return b


@family
def f_kyc_email(r: random.Random) -> _Builder:
    """A KYC / onboarding e-mail exchange: the bank asks for the passport rather than the
    national id card, the customer answers with the passport number, date of birth, Spanish DNI
    anyway, IBAN and mobile; the bank's case and customer numbers."""
    who = r.choice(_NAMES)
    b = _Builder().t("From: onboarding@bank.example\nSubject: KYC case ").lk("case", f"KYC-{_r(r, D, 6)}")
    b.t("\nPlease reply with your passport number (not the ID card number) and date of birth.\n\n")
    b.t(f"Hello, I'm {who}.\nPassport: ").p("PASSPORT", f"{_r(r, UP, 3)}{_r(r, D, 6)}")
    b.t("\nDate of birth: ").p("DATE_OF_BIRTH", dob(r))
    b.t(r.choice(("\nMy DNI instead, in case: ", "\nDNI (if the passport is not enough): ", "\nDNI: ")))
    b.p("NATIONAL_ID", dni_value(r))
    b.t("\nSalary account IBAN: ").p("IBAN", iban_grouped(r)).t("\nMóvil / mobile: ").p("PHONE", phone(r, "ES"))
    b.t("\nCustomer no. ").lk("customer", _r(r, D, 10))
    return b


@family
def f_other_entity_label(r: random.Random) -> _Builder:
    """Labels that name another entity than the number beside them: an SSN help line, a card
    hotline, an NHS enquiries line, an account team's phone - all phones - and the account's
    own number after its label."""
    kind = r.randrange(4)
    b = _Builder()
    if kind == 0:
        b.t(
            r.choice(
                ("Questions about your SSN? Call ", "SSN replacement line: ", "Lost your social security card? Phone ")
            )
        )
        b.p("PHONE", phone(r, "US", r.choice(("us_paren", "us_dash", "us_one"))))
        b.t(". Your claim ").lk("claim", ssn_shaped_ref(r)).t(" is not your SSN.")
    elif kind == 1:
        b.t(r.choice(("Card lost or stolen? Ring ", "Card services: ", "For card disputes call ")))
        cc = r.choice(("GB", "US", "IE"))
        b.p("PHONE", phone(r, cc))
        b.t(" (24/7). Card ending ").lk("masked_card", _r(r, D, 4)).t(", dispute ").lk("case", f"D{_r(r, D, 9)}")
    elif kind == 2:
        b.t(r.choice(("NHS number queries: ", "Don't know your NHS number? Call ", "NHS login help ")))
        b.p("PHONE", phone(r, "GB", r.choice(("national", "intl"))))
        b.t(". Your NHS number: ").p("UK_NHS", nhs_value(r))
    else:
        b.t(r.choice(("Account team: ", "Your account manager's line ", "Accounts payable - phone ")))
        b.p("PHONE", phone(r, r.choice(("GB", "US"))))
        b.t("; account number ").p("BANK_ACCOUNT", account_grouped(r)).t(", sort code ").p("BANK_ACCOUNT", sort_code(r))
    return b


@family
def f_either_or(r: random.Random) -> _Builder:
    """Alternatives: "pay either by card ... or to IBAN ...", "call either ... or ...", "SSN or
    ITIN" - every number after an alternative is still what it is."""
    kind = r.randrange(3)
    b = _Builder()
    if kind == 0:
        b.t("You can pay either by card ").p("CREDIT_CARD", r.choice((card(r), card_grouped(r))))
        b.t(" or by transfer to ").p("IBAN", iban_grouped(r)).t(", quoting invoice ").lk("invoice", look(r, "invoice"))
    elif kind == 1:
        cc = r.choice(_CONTACT_CC)
        b.t("Reach me either on my mobile ").p("PHONE", phone(r, cc)).t(" or at the office, ")
        b.p("PHONE", phone(r, cc)).t(", whichever - not the number on ticket ").lk("ticket", f"#{_r(r, D, 6)}")
    else:
        b.t(r.choice(("I have either an SSN or an ITIN, here's the ITIN: ", "No SSN yet; ITIN ", "ITIN (not SSN): ")))
        b.p("OTHER_NATIONAL_ID", itin_value(r)).t(", and my spouse's SSN ").p("US_SSN", ssn_value(r))
    return b


@family
def f_payroll_sheet(r: random.Random) -> _Builder:
    """A payroll sheet pasted as text with abbreviated headers (SS#, ABA, Acct #, Tel, DOB):
    the header alone names each column."""
    sep = r.choice(("\t", " | ", ";"))
    b = _Builder().t(sep.join(("Emp", "SS#", "ABA", "Acct #", "Tel", "DOB", "Net")) + "\n")
    for _ in range(r.randint(2, 3)):
        b.lk("employee", _r(r, D, 4)).t(sep).p("US_SSN", ssn_value(r)).t(sep).p("BANK_ACCOUNT", routing_value(r))
        b.t(sep).p("BANK_ACCOUNT", account_us(r)).t(sep).p("PHONE", phone(r, "US", r.choice(("us_dash", "us_dot"))))
        b.t(sep).p("DATE_OF_BIRTH", dob(r)).t(sep).lk("amount", money(r)).t("\n")
    return b


@family
def f_contact_list_multi(r: random.Random) -> _Builder:
    """An international contact list pasted as text: name, city, national number, where the
    number's digits also pass another scheme's check (Luhn, NHS mod 11, EIN); no phone word."""
    b = _Builder().t(r.choice(("Team contacts\n", "Emergency list\n", "Partner contacts (Q3)\n")))
    for _ in range(r.randint(2, 4)):
        cc = r.choice(("FR", "NL", "DE", "BE", "SE", "IT", "ES", "AU", "US", "GB"))
        b.t(r.choice(_NAMES)).t(r.choice((" - ", ", ", " | "))).t(
            r.choice(("Paris", "Lyon", "Utrecht", "Köln", "Gent"))
        )
        b.t(r.choice((" - ", ", ", " | "))).p("PHONE", phone_multi(r, cc)).t("\n")
    return b


@family
def f_not_an_ssn(r: random.Random) -> _Builder:
    """Numbers in the SSN's layout said *not* to be SSNs (claim, case, part numbers, EINs in
    3-2-4 typing), beside a real SSN further on with its label."""
    b = _Builder()
    b.t(r.choice(("The claim number ", "Reference ", "Case ", "Part no. ")))
    b.lk("claim", ssn_shaped_ref(r))
    b.t(r.choice((" is not an SSN, ", " (not a social security number) ", " - that's a case id, not your SSN - ")))
    b.t("so don't redact it. ")
    b.t(r.choice(("The member's SSN is ", "Actual SSN: ", "Social security no. "))).p("US_SSN", ssn_value(r))
    b.t(". Employer: EIN ").lk("ein", ein_any(r)).t(".")
    return b


@family
def f_contract_parties(r: random.Random) -> _Builder:
    """A contract's parties and payment clause: company register and VAT numbers, the
    signatory's phone and e-mail, the payee's IBAN and the account for direct debit."""
    who = r.choice(_NAMES)
    b = _Builder().t("SERVICE AGREEMENT no. ").lk("contract", f"{r.randint(2024, 2026)}/{_r(r, D, 4)}").t("\n")
    b.t("between Nordwind Logistik GmbH (HRB ").lk("company_id", _r(r, D, 6)).t(", VAT ").lk("vat", f"DE{_r(r, D, 9)}")
    b.t(") represented by ").t(who).t(" (").p("EMAIL", email(r, who)).t(", tel. ").p(
        "PHONE", phone(r, r.choice(("DE", "AT", "CH")))
    )
    b.t(")\n§ 5 Payment. Fees of ").lk("amount", price(r)).t(" are payable within ").lk("days", str(r.randint(14, 60)))
    b.t(" days to IBAN ").p("IBAN", iban_grouped(r)).t(", not to any account named on invoices ")
    b.lk("invoice", look(r, "invoice")).t(".")
    return b


@family
def f_mixed_language_chat(r: random.Random) -> _Builder:
    """A chat log mixing languages: the phone said to be a phone and not a document number
    ("mi número, no el DNI"), the DNI, an IBAN and a tracking number."""
    b = _Builder().t("[").lk("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] Lucía: ")
    b.t(r.choice(("mi número es ", "llámame al ", "my number: ", "mi móvil "))).p("PHONE", phone(r, "ES"))
    b.t(r.choice((" (no es el DNI)", " - not my ID", " ok?", ""))).t("\n[").lk(
        "time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    )
    b.t("] Tom: and your DNI for the contract? \n[").lk("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    b.t("] Lucía: DNI ").p("NATIONAL_ID", dni_value(r)).t(", IBAN ").p("IBAN", iban_grouped(r))
    b.t(", el paquete es el ").lk("tracking", look(r, "tracking"))
    return b


@family
def f_multi_scheme_ids(r: random.Random) -> _Builder:
    """Ids valid in two schemes at once, labelled as what they are: Luhn-valid 16-digit
    tracking and terminal ids with a card issuer's prefix, mod-11-valid hospital numbers said
    not to be NHS numbers, Luhn-valid NPIs; and the real NHS number."""
    b = _Builder().t(r.choice(("Tracking ", "Terminal ID ", "Parcel ", "Loyalty no. ")))
    b.lk("tracking", id_grouped(r, valid=True)).t("\nHospital no. (not the NHS number) ")
    b.lk("hospital_no", r.choice((nhs_value(r).replace(" ", ""), nhs_fail(r))))
    b.t("\nReferring NPI ").lk("npi", npi(r)).t("\nNHS number: ").p("UK_NHS", nhs_value(r))
    return b


@family
def f_tax_chat_alt(r: random.Random) -> _Builder:
    """Tax help-desk chats where the SSN word labels an alternative or a correction: "use the
    EIN ... and not the SSN", "my SSN, rather than the EIN", with both values."""
    b = _Builder().t("Preparer: ")
    if r.random() < 0.5:
        b.t(r.choice(("For the 1099-NEC put ", "On the invoice use ", "Box 1 takes ")))
        b.lk("ein", ein_any(r)).t(
            r.choice((" rather than an SSN.", " and not the owner's SSN.", ", SSN not needed here."))
        )
        b.t(" Client: ok, and for my personal return my SSN is ").p("US_SSN", ssn_value(r)).t(".")
    else:
        b.t("Which number do I use? Client: my SSN ").p("US_SSN", ssn_value(r))
        b.t(r.choice((", not the company's ", " rather than the EIN ", " - the LLC's is "))).lk("ein", ein_any(r))
        b.t(". Refund ").lk("amount", price(r)).t(".")
    return b


@family
def f_bank_change_form(r: random.Random) -> _Builder:
    """A direct-deposit change form: old and new routing and account numbers (both the
    person's), grouped oddly; a confirmation number and dates."""
    b = _Builder().t("DIRECT DEPOSIT CHANGE - confirmation ").lk("confirmation", f"{_r(r, D, 10)}").t("\n")
    b.t("Replace routing number ").p("BANK_ACCOUNT", routing_value(r)).t(" / account ").p(
        "BANK_ACCOUNT", account_grouped(r)
    )
    b.t("\nwith routing (ABA) ").p("BANK_ACCOUNT", routing_value(r)).t(", account no. ").p(
        "BANK_ACCOUNT", account_grouped(r)
    )
    b.t("\nEffective ").lk("date", date(r)).t(". Employee ID ").lk("employee", f"{_r(r, D, 6)}")
    return b


@family
def f_form_instructions_clean(r: random.Random) -> _Builder:
    """Form instructions with no PII: box and line numbers, OMB numbers, catalogue numbers,
    revision dates, amounts, an IRS notice number and a page count."""
    b = _Builder().t("Instructions for Form ").lk("form", r.choice(("1099-NEC", "W-2", "941", "1040-SR")))
    b.t(" (").lk("date", date(r)).t(") OMB No. ").lk("omb", omb(r)).t("\nBox ").lk("box", str(r.randint(1, 14)))
    b.t(": enter amounts over ").lk("amount", price(r)).t(". Do not enter an SSN in box ").lk(
        "box", str(r.randint(1, 14))
    )
    b.t(". See Notice ").lk("notice", f"{r.randint(2019, 2025)}-{r.randint(1, 80):02d}").t(", Cat. No. ")
    b.lk("catalog", f"{r.randint(10000, 99999)}{r.choice(UP)}").t(", page ").lk("page", str(r.randint(1, 40)))
    b.t(". Call volume peaks near ").lk("amount", f"{r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)}")
    b.t(" calls.")
    return b


@family
def f_kyc_tracker(r: random.Random) -> _Builder:
    """A KYC tracker table (Markdown) with headers naming the columns: customer id, the NI
    number, the passport, the phone in international form, the risk score."""
    b = _Builder().t("| Cust ID | NI number | Passport | Phone | Risk |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        b.t("| ").lk("customer", _r(r, D, 8)).t(" | ").p("NATIONAL_ID", nino(r)).t(" | ")
        b.p("PASSPORT", _r(r, D, 9)).t(" | ").p("PHONE", phone(r, r.choice(("GB", "IE", "FR")), "intl"))
        b.t(" | ").lk("score", f"{r.randint(1, 99)}").t(" |\n")
    return b


@family
def f_onboarding_instead(r: random.Random) -> _Builder:
    """Onboarding e-mails where one contact is given instead of another: "use my personal
    mobile instead of the office number", "e-mail rather than call", the card for the deposit
    in an unusual grouping."""
    who = r.choice(_NAMES)
    cc = r.choice(_CONTACT_CC)
    b = _Builder().t(f"Welcome aboard, {who}!\n")
    b.t(r.choice(("Please use my personal mobile ", "Text me on ", "Call ")))
    b.p("PHONE", phone(r, cc))
    b.t(r.choice((" instead of the office number ", " rather than ", ", not "))).p("PHONE", phone(r, cc))
    b.t(". Or e-mail ").p("EMAIL", email(r, who)).t(".\nDeposit on card ").p("CREDIT_CARD", card_grouped(r))
    b.t(", receipt ").lk("receipt", id_grouped(r)).t(".")
    return b


@family
def f_vendor_csv_bank(r: random.Random) -> _Builder:
    """A vendor CSV whose headers name the bank columns (iban, bic, account_no, sort_code) and
    a column of company numbers that look like accounts."""
    b = _Builder().t("vendor_id,company_no,iban,bic,sort_code,account_no,contact_phone\n")
    for _ in range(r.randint(2, 3)):
        b.lk("vendor", _r(r, D, 6)).t(",").lk("company_id", _r(r, D, 8)).t(",").p("IBAN", iban_compact(r, "GB"))
        b.t(",").lk("bic", f"{_r(r, UP, 6)}{_r(r, UP + D, 2)}").t(",").p("BANK_ACCOUNT", sort_code(r))
        b.t(",").p("BANK_ACCOUNT", _r(r, D, 8)).t(",").p("PHONE", phone(r, "GB", r.choice(("national", "e164"))))
        b.t("\n")
    return b


@family
def f_denied_card(r: random.Random) -> _Builder:
    """Numbers said *not* to be a card (gift-card, loyalty, ticket numbers failing Luhn), and
    the real card next to "instead"."""
    b = _Builder().t(r.choice(("That's my gift card ", "The voucher ", "The ticket number ")))
    b.lk("card_luhn_fail", id_grouped(r)).t(r.choice((", not a credit card. ", " isn't a card number. ")))
    b.t(r.choice(("Charge my Visa instead: ", "Use the credit card ", "Card instead: ")))
    b.p("CREDIT_CARD", r.choice((card(r), card_grouped(r)))).t(". Order ").lk("order", look(r, "order"))
    return b


@family
def f_contact_list_noword(r: random.Random) -> _Builder:
    """A contact list mixing languages without phone words: "Name (city): number" lines of
    national numbers valid in two schemes, and an e-mail per person."""
    b = _Builder().t(r.choice(("Contactos / contacts:\n", "Ansprechpartner:\n", "Contacts utiles :\n")))
    for _ in range(r.randint(2, 3)):
        cc = r.choice(("FR", "NL", "DE", "ES", "IT", "BE", "PL", "SE"))
        who = r.choice(_NAMES)
        b.t(f"{who} ({r.choice(('Madrid', 'Lille', 'Breda', 'Bonn', 'Torino'))}): ").p("PHONE", phone_multi(r, cc))
        b.t(", ").p("EMAIL", email(r, who)).t("\n")
    return b


@family
def f_labelled_as_other(r: random.Random) -> _Builder:
    """A form where the value was typed into the wrong field: the SSN field holds an EIN the
    note says is the company's, the phone field holds an account number the note corrects."""
    b = _Builder().t("Form review notes:\n- SSN field contains ").lk("ein", ein_any(r))
    b.t(
        r.choice((", which is the company's EIN, not an SSN.", " - that is the employer number.", " (EIN, wrong box)."))
    )
    b.t("\n- Correct SSN from the ID copy: ").p("US_SSN", ssn_value(r))
    b.t("\n- Phone field has ").p("BANK_ACCOUNT", account_us(r))
    b.t(" - that's the bank account number; phone is ").p("PHONE", phone(r, "US", r.choice(("us_dash", "us_paren"))))
    b.t(".\n- Ticket ").lk("ticket", f"{_r(r, D, 7)}").t(" closed ").lk("date", date(r))
    return b


@family
def f_iban_account_wrap(r: random.Random) -> _Builder:
    """Bank details where the IBAN or the account number wraps over a line, or sits under a
    header row of a two-column table."""
    b = _Builder()
    if r.random() < 0.5:
        c = iban_compact(r)
        cut = 4 * r.randint(2, 4)
        grouped = (
            " ".join(c[i : i + 4] for i in range(0, cut, 4))
            + "\n"
            + " ".join(c[i : i + 4] for i in range(cut, len(c), 4))
        )
        b.t("Beneficiary IBAN:\n").p("IBAN", grouped)
    else:
        b.t("Account holder | Account number\n").t(r.choice(_NAMES)).t(" | ").p("BANK_ACCOUNT", account_grouped(r))
    b.t("\nReference ").lk("ref", f"{_r(r, UP, 2)}{_r(r, D, 8)}").t(", amount ").lk("amount", price(r))
    return b


@family
def f_ip_and_ids(r: random.Random) -> _Builder:
    """A fraud-review note: the customer's IP address, the device id, the card (grouped as
    typed), the order, and a Luhn-valid gift card labelled as such."""
    b = _Builder().t("Fraud review ").lk("case", f"FR{_r(r, D, 7)}").t(": login from ").p("IP_ADDRESS", public_ip(r))
    b.t(", device ").lk("hash", _r(r, "0123456789abcdef", 16)).t("\nCard used: ").p("CREDIT_CARD", card_grouped(r))
    b.t("\nGift card redeemed ").lk("gift_card", id_grouped(r, valid=True)).t(" (not a payment card)")
    b.t("\nOrder ").lk("order", look(r, "order"))
    return b


HELDOUT = FAMILIES.every(5)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

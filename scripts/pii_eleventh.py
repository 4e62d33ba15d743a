"""An eleventh blind PII set: the business paperwork and tool results that reach an assistant,
by the kinds earlier rounds covered less (issue #14's PII goals: recall >= 0.97 per validated
entity, <= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~06:15 UTC (branch j62) *before* reading the rules of ``pii.py``; what is
PII comes from docs/policy.md's entity list, the layouts from how the documents are printed:
e-mail headers (``From:`` / ``Reply-To:``, ``Message-ID``, ``X-Originating-IP``) and
signatures of 14 countries whose national phone number stands on its own line with no phone
word; support tickets; web-server and application logs (client addresses, Unix seconds opening
a line or after ``@``); CSV and JSON exports whose columns are not named after what they hold;
invoices with bank details and shipping notices; UK clinic letters (NHS number, hospital
number, date of birth) and US insurance letters (member, group, claim numbers, NPI, SSN); HR
forms (SSN or NI number, passport, direct-deposit account and routing number, sort code and
account); US and European bank statements (account and routing numbers, IBAN, BIC, SEPA
references, creditor ids, card endings); payment chats with 16-digit cards in odd groupings
(4-6-6, 8-8, 6-10, 4-4-8, 5-5-6) and no card word; US tax chats with a dashed or undashed EIN
and no EIN label near the word SSN; delivery addresses of 10 countries whose phone closes the
address block without a phone word; and documents with no PII at all (price lists, release
notes, tool output). Look-alikes: order, tracking, invoice and ticket numbers, versions, ISBNs,
coordinates, timestamps (Unix seconds and milliseconds, ISO), hashes, serials, prices, dates,
NPIs (Luhn-valid 10 digits), SEPA creditor ids, BICs, EINs, masked SSNs and cards, Luhn-failing
16-digit ids in the cards' groupings, mod-11-failing NHS-shaped numbers.

Every value is checked before it is printed: phones by ``pii_eighth.phone`` (``phonenumbers``
valid after parsing back), cards by ``stdnum.luhn`` with issuer prefixes, IBANs by
``stdnum.iban``, routing numbers by ``stdnum.us.rtn``, SSNs by ``stdnum.us.ssn``
(``pii_eighth.ssn_value``), NHS numbers by ``stdnum.gb.nhs``, EINs by ``stdnum.us.ein``.

Scoring is ``pii_rounds.evaluate``. Every 5th family (``FAMILIES.every(5)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_eleventh.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from stdnum import luhn
from stdnum.us import rtn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import (  # noqa: E402
    _NAMES,
    card,
    iban,
    iban_fail,
    look,
    nhs_fail,
    nhs_value,
    nino,
    phone,
    ssn_never,
    ssn_value,
)
from pii_rounds import HEX, UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r
from pii_tenth import _group, _luhn_card, _luhn_fail, ein_undashed, money, unix_s  # noqa: E402

SEED = 20261207_11
PER_FAMILY = 25


#: Regions whose national layouts the signatures and delivery blocks print, none of them a
#: default ``phone_regions`` entry.
_OTHER = ("DE", "FR", "NL", "IT", "ES", "PL", "SE", "AT", "CH", "BE", "AU", "IN", "BR", "MX")


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _ascii(who: str) -> str:
    return "".join(c for c in who.lower() if c.isascii() and (c.isalpha() or c == " ")).strip() or "kontakt"


def email(r: random.Random, who: str) -> str:
    first, *rest = _ascii(who).split() or ["info"]
    last = rest[-1] if rest else "x"
    local = r.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}{r.randint(1, 99)}"))
    dom = r.choice(("acme-logistics.de", "mail.fr", "bedrijf.nl", "studio.it", "corp.example.com", "gmail.com"))
    return f"{local}@{dom}"


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1942, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d} {_MONTHS[m - 1]} {y}")
    )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date(r: random.Random) -> str:
    y, m, d = r.randint(2024, 2027), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        (f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}")
    )


def public_ip(r: random.Random) -> str:
    while True:
        a = r.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def routing(r: random.Random) -> str:
    while True:
        body = r.choice(("0", "1", "2", "3")) + _r(r, D, 7)
        d = body + rtn.calc_check_digit(body)
        if rtn.is_valid(d):
            return d


def card16_odd(r: random.Random) -> str:
    """A Visa / Mastercard / Discover number in a grouping other than 4-4-4-4."""
    d = _luhn_card(r, r.choice(("4", "4", "51", "53", "55", "2221", "6011")), 16)
    sizes = r.choice(((4, 6, 6), (8, 8), (6, 10), (4, 4, 8), (5, 5, 6), (4, 12), (2, 4, 4, 6)))
    sep = r.choice((" ", " ", "-", ".", "  "))
    return _group(d, sizes, (sep,) * (len(sizes) - 1))


def id16_odd(r: random.Random) -> str:
    """A 16-digit id failing Luhn in the same groupings (order, parcel, transaction ids)."""
    d = _luhn_fail(r, 16)
    sizes = r.choice(((4, 6, 6), (8, 8), (6, 10), (4, 4, 8), (5, 5, 6), (4, 4, 4, 4)))
    sep = r.choice((" ", "-", "."))
    return _group(d, sizes, (sep,) * (len(sizes) - 1))


def npi(r: random.Random) -> str:
    """A US National Provider Identifier: 10 digits, Luhn over the ``80840`` prefix."""
    body = r.choice(("1", "2")) + _r(r, D, 8)
    return body + luhn.calc_check_digit("80840" + body)


def ein_dashed(r: random.Random) -> str:
    d = ein_undashed(r)
    return f"{d[:2]}-{d[2:]}"


def account_us(r: random.Random) -> str:
    return _r(r, D, r.choice((8, 9, 10, 12)))


def sort_code(r: random.Random) -> str:
    return f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"


def bic(r: random.Random) -> str:
    return _r(r, UP, 4) + r.choice(("DE", "FR", "NL", "GB", "IT", "ES")) + _r(r, UP + D, 2) + r.choice(("", "XXX"))


def creditor_id(r: random.Random) -> str:
    return f"DE{r.randint(10, 99)}ZZZ{_r(r, D, 11)}"


def ms(r: random.Random) -> str:
    return unix_s(r) + _r(r, D, 3)


def price(r: random.Random) -> str:
    v = money(r)
    return r.choice((f"${v}", f"€{v}", f"{v} EUR", f"£{v}", v.replace(".", ",") + " €"))


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_email_header(r: random.Random) -> _Builder:
    """A forwarded message's header block: sender and recipient addresses, the Message-ID
    (``<...@host>``: no person's address), the client address, dates and a ticket subject."""
    who, to = r.choice(_NAMES), r.choice(_NAMES)
    b = _Builder().t("---------- Forwarded message ---------\nFrom: ").t(who).t(" <").p("EMAIL", email(r, who)).t(">\n")
    b.t("Date: ").lk(
        "timestamp",
        f"Mon, {r.randint(1, 28)} Dec 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0100",
    )
    b.t("\nTo: ").t(to).t(" <").p("EMAIL", email(r, to)).t(">\n")
    b.t("Message-ID: <").lk("message_id", f"{_r(r, D, 14)}.{_r(r, HEX, 8)}@mx{r.randint(1, 9)}.mailhost.net").t(">\n")
    if r.random() < 0.6:
        b.t("X-Originating-IP: [").p("IP_ADDRESS", public_ip(r)).t("]\n")
    b.t("Subject: Re: Case ").lk("case", f"{_r(r, D, 8)}").t(" - invoice ").lk("invoice", look(r, "invoice"))
    return b


@family
def f_signature_noword(r: random.Random) -> _Builder:
    """E-mail signatures of 14 countries: name, role, company, the national number on a line
    of its own with no phone word, the address with its postcode, and the company's register
    or VAT number."""
    cc = r.choice(_OTHER)
    who = r.choice(_NAMES)
    b = _Builder().t(
        r.choice(("Best regards,\n", "Mit freundlichen Grüßen\n", "Cordialement,\n", "Saludos,\n", "--\n"))
    )
    b.t(f"{who}\n").t(r.choice(("Head of Procurement\n", "Key Account Manager\n", "Office Manager\n")))
    b.t(r.choice(("Nordwind Logistik GmbH\n", "Atelier Morel SARL\n", "Verde Foods S.L.\n", "Ostra AB\n")))
    b.p("PHONE", phone(r, cc, "national")).t("\n")
    if r.random() < 0.5:
        b.p("EMAIL", email(r, who)).t("\n")
    b.t("Postcode ").lk("postcode", look(r, "postcode")).t(r.choice((" | VAT ", " | Reg. no. ", " | HRB ")))
    b.lk("company_id", r.choice((f"{_r(r, UP, 2)}{_r(r, D, 9)}", look(r, "company_id"))))
    return b


@family
def f_support_ticket(r: random.Random) -> _Builder:
    """A helpdesk ticket: the customer's e-mail and US phone, order and tracking numbers, the
    device's serial and firmware version, and the ticket's own numbers."""
    who = r.choice(_NAMES)
    b = _Builder().t("Ticket ").lk("ticket", f"INC{_r(r, D, 7)}").t(" | Priority P").t(str(r.randint(1, 4)))
    b.t("\nRequester: ").t(who).t(" (").p("EMAIL", email(r, who)).t(")")
    b.t("\nCallback: ").p("PHONE", phone(r, r.choice(("US", "CA", "GB"))))
    b.t("\nOrder ").lk("order", look(r, "order")).t(", shipped with ").lk("tracking", look(r, "tracking"))
    b.t("\nDevice S/N ").lk("serial", look(r, "serial")).t(" on firmware ").lk("version", look(r, "version"))
    b.t("\nOpened ").lk("timestamp", look(r, "timestamp")).t(", SLA ").lk("sla", f"{r.randint(4, 72)}h")
    return b


@family
def f_access_log(r: random.Random) -> _Builder:
    """Web-server access-log lines: the client's address (personal data), the request time,
    path with ids, status, bytes, latency and a request id."""
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        b.p("IP_ADDRESS", public_ip(r)).t(" - - [")
        b.lk(
            "timestamp",
            f"{r.randint(1, 28):02d}/Dec/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
        )
        b.t('] "GET /api/v2/orders/').lk("order", _r(r, D, r.choice((8, 10, 12)))).t(' HTTP/1.1" 200 ')
        b.lk("bytes", str(r.randint(200, 99999))).t(" ").lk("latency", f"{r.randint(1, 999)}.{r.randint(0, 999):03d}")
        b.t(' "-" "Mozilla/5.0" rid=').lk("hash", _r(r, HEX, 16)).t("\n")
    return b


@family
def f_app_log(r: random.Random) -> _Builder:
    """Application log lines opened by Unix seconds or milliseconds (no time word), carrying
    the user's e-mail, a job id, a duration and a counter."""
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        form = r.randrange(3)
        if form == 0:
            b.lk("timestamp", r.choice((unix_s(r), ms(r)))).t(" ")
        elif form == 1:
            b.t(r.choice(("worker", "mailer", "sync"))).t("@").lk("timestamp", unix_s(r)).t(" ")
        else:
            b.t("[").lk("timestamp", ms(r)).t("] ")
        b.t(r.choice(("INFO", "WARN", "ERROR"))).t(" ")
        if r.random() < 0.5:
            who = r.choice(_NAMES)
            b.t("password reset sent to ").p("EMAIL", email(r, who))
        else:
            b.t("job ").lk("job", _r(r, D, 10)).t(" done in ").lk("duration", f"{r.randint(1, 9999)}ms")
        b.t(" seq=").lk("seq", _r(r, D, r.choice((9, 10, 11)))).t("\n")
    return b


@family
def f_csv_export(r: random.Random) -> _Builder:
    """A CRM CSV export with columns named for the CRM, not for what they hold: ids, the
    e-mail, the phone in international form, a country, Unix seconds and a revenue figure."""
    b = _Builder().t(
        r.choice(("id,contact,email,mobile,country,ref,value\n", "ID;Name;E-Mail;Telefon;Land;Ref;Umsatz\n"))
    )
    sep = "," if b.parts[0].startswith("id,") else ";"
    for _ in range(r.randint(2, 4)):
        cc = r.choice(("DE", "FR", "US", "GB", "NL", "ES", "IT", "BR"))
        who = r.choice(_NAMES)
        b.lk("row_id", str(r.randint(10000, 99999))).t(sep).t(who).t(sep).p("EMAIL", email(r, who)).t(sep)
        b.p("PHONE", phone(r, cc, r.choice(("intl", "e164")))).t(sep + cc + sep)
        b.lk("timestamp", unix_s(r)).t(sep).lk("amount", money(r)).t("\n")
    return b


@family
def f_json_export(r: random.Random) -> _Builder:
    """A JSON user record from an API: id, e-mail, a phone under ``"msisdn"``, the payout IBAN,
    a Unix time under ``"u"``, a build hash and a version."""
    who = r.choice(_NAMES)
    b = _Builder().t('{"id": ').lk("row_id", _r(r, D, r.choice((7, 9, 10)))).t(', "name": "').t(who)
    b.t('", "email": "').p("EMAIL", email(r, who)).t('", "msisdn": "')
    b.p("PHONE", phone(r, r.choice(("DE", "GB", "US", "FR", "IN", "AU")), "e164")).t('", ')
    if r.random() < 0.6:
        b.t('"payout": {"iban": "').p("IBAN", iban(r)).t('"}, ')
    b.t('"u": ').lk("timestamp", unix_s(r)).t(', "build": "').lk("hash", _r(r, HEX, 40))
    b.t('", "app": "').lk("version", look(r, "version")).t('"}')
    return b


@family
def f_invoice_bank(r: random.Random) -> _Builder:
    """A supplier invoice's footer: invoice and customer numbers, VAT number, payment terms,
    the supplier's IBAN and BIC, the SEPA creditor id and the total."""
    b = _Builder().t("Invoice no. ").lk("invoice", look(r, "invoice")).t("   Date ").lk("date", date(r))
    b.t("\nCustomer no. ").lk("customer", _r(r, D, r.choice((6, 8, 10)))).t("   VAT ID ").lk(
        "vat", f"{r.choice(('DE', 'FR', 'NL'))}{_r(r, D, 9)}"
    )
    b.t("\nTotal due: ").lk("amount", price(r)).t(" within 30 days.\nBank: ")
    b.t(r.choice(("IBAN ", "IBAN: ", "Kontoverbindung: IBAN ", ""))).p("IBAN", iban(r)).t("  BIC ").lk("bic", bic(r))
    b.t("\nCreditor ID ").lk("creditor", creditor_id(r)).t("  Mandate ref ").lk("mandate", f"M-{_r(r, D, 8)}")
    return b


@family
def f_shipping_notice(r: random.Random) -> _Builder:
    """A shipping notice: tracking and order numbers, weight and dimensions, the recipient's
    phone after its label, the postcode, the delivery window."""
    b = _Builder().t("Your parcel is on its way!\nTracking: ").lk("tracking", look(r, "tracking"))
    b.t("\nOrder ").lk("order", look(r, "order")).t(" - ").lk("weight", f"{r.randint(1, 30)}.{r.randint(0, 9)} kg")
    b.t(", ").lk("dims", f"{r.randint(10, 80)}x{r.randint(10, 60)}x{r.randint(5, 40)} cm")
    cc = r.choice(("US", "GB", "DE", "FR", "NL"))
    b.t("\nRecipient phone: ").p("PHONE", phone(r, cc)).t("\nDeliver to ").lk("postcode", look(r, "postcode"))
    b.t("\nExpected ").lk("date", date(r)).t(" between ").lk("time", f"{r.randint(8, 12)}:00-{r.randint(13, 18)}:00")
    return b


@family
def f_clinic_letter(r: random.Random) -> _Builder:
    """A UK clinic letter: NHS number (its label in several forms), date of birth, hospital
    number, the clinic's phone, the appointment reference and dates; a mod-11-failing number
    as the referral's UBRN."""
    who = r.choice(_NAMES)
    b = _Builder().t("Re: ").t(who).t(r.choice(("\nNHS No: ", "\nNHS number ", "\nNHS Number: ")))
    b.p("UK_NHS", nhs_value(r)).t(r.choice(("   DOB: ", "   Date of birth: ", "  D.O.B. "))).p("DATE_OF_BIRTH", dob(r))
    b.t("\nHospital no. ").lk("hospital_no", f"{_r(r, UP, 1)}{_r(r, D, 7)}").t("  Ref ").lk("ref", nhs_fail(r))
    b.t("\nSeen in clinic on ").lk("date", date(r)).t(". Please call the clinic on ").p(
        "PHONE", phone(r, "GB", "national")
    )
    b.t(" to rebook. Next review ").lk("date", date(r)).t(".")
    return b


@family
def f_insurance_letter(r: random.Random) -> _Builder:
    """A US health-insurance letter: member id, group and claim numbers, the provider's NPI,
    the member's SSN (sometimes masked), date of birth and the claim amounts."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"Dear {who},\nMember ID ").lk("member", f"{_r(r, UP, 3)}{_r(r, D, 9)}")
    b.t("  Group ").lk("group", _r(r, D, 6)).t("\nClaim # ").lk("claim", _r(r, D, 11))
    b.t("  Provider NPI ").lk("npi", npi(r)).t("\n")
    if r.random() < 0.5:
        b.t("SSN on file: ").p("US_SSN", ssn_value(r))
    else:
        b.t("SSN on file: ").lk("masked_ssn", f"XXX-XX-{_r(r, D, 4)}")
    b.t("   Date of birth: ").p("DATE_OF_BIRTH", dob(r))
    b.t("\nBilled ").lk("amount", price(r)).t(", allowed ").lk("amount", price(r)).t(", you owe ").lk(
        "amount", price(r)
    )
    return b


@family
def f_hr_form(r: random.Random) -> _Builder:
    """A new-hire form pasted as text: SSN or NI number, date of birth, passport number,
    direct-deposit routing and account numbers (US) or sort code and account number (UK),
    employee id, start date and salary."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"Employee: {who}\nEmployee ID: ").lk("employee", f"E{_r(r, D, 6)}")
    b.t("\nStart date: ").lk("date", date(r)).t("\nDate of birth: ").p("DATE_OF_BIRTH", dob(r))
    if r.random() < 0.5:
        b.t("\nSSN: ").p("US_SSN", ssn_value(r)).t("\nRouting number: ").p("BANK_ACCOUNT", routing(r))
        b.t("\nAccount number: ").p("BANK_ACCOUNT", account_us(r))
    else:
        b.t("\nNI number: ").p("NATIONAL_ID", nino(r)).t("\nSort code: ").p("BANK_ACCOUNT", sort_code(r))
        b.t("\nAccount number: ").p("BANK_ACCOUNT", _r(r, D, 8))
    b.t("\nPassport no.: ").p("PASSPORT", r.choice((_r(r, D, 9), f"{_r(r, UP, 2)}{_r(r, D, 7)}")))
    b.t("\nSalary: ").lk("amount", price(r)).t(" per month")
    return b


@family
def f_bank_statement_us(r: random.Random) -> _Builder:
    """A US bank statement: account and routing numbers after their labels, the card's last
    four, transactions with check numbers, reference numbers and amounts."""
    b = _Builder().t("STATEMENT PERIOD ").lk("date", date(r)).t(" - ").lk("date", date(r))
    b.t("\nAccount Number: ").p("BANK_ACCOUNT", account_us(r)).t("   Routing (ABA): ").p("BANK_ACCOUNT", routing(r))
    b.t("\nDebit card ending ").lk("masked_card", _r(r, D, 4))
    for _ in range(r.randint(2, 3)):
        b.t("\n").lk("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}").t(" ")
        b.t(r.choice(("CHECK #", "ACH REF ", "POS PURCHASE REF ", "ZELLE CONF ")))
        b.lk("ref", _r(r, D, r.choice((4, 9, 11, 15)))).t("  ").lk("amount", money(r))
    return b


@family
def f_bank_statement_eu(r: random.Random) -> _Builder:
    """A European account statement: the holder's IBAN and BIC, SEPA transfers with the
    payee's IBAN, end-to-end references, mandate and creditor ids, comma-decimal amounts."""
    b = (
        _Builder()
        .t(r.choice(("Kontoauszug Nr. ", "Relevé n° ", "Rekeningafschrift ")))
        .lk("statement", str(r.randint(1, 24)))
    )
    b.t("\nIBAN ").p("IBAN", iban(r)).t("  BIC ").lk("bic", bic(r))
    for _ in range(r.randint(1, 3)):
        b.t("\n").lk("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.").t(" SEPA-Überweisung an ")
        b.p("IBAN", iban(r)).t(" EREF ").lk("eref", f"{_r(r, UP, 3)}{_r(r, D, 12)}")
        b.t(" ").lk("amount", f"-{r.randint(1, 9999)},{r.randint(0, 99):02d}")
    b.t("\nLastschrift CRED ").lk("creditor", creditor_id(r)).t(" MREF ").lk("mandate", _r(r, D, 10))
    return b


@family
def f_price_list(r: random.Random) -> _Builder:
    """A pasted catalogue: ISBNs, SKUs, prices, EAN-like codes failing as cards, versions; no
    PII."""
    b = _Builder()
    for _ in range(r.randint(3, 5)):
        b.t(r.choice(("ISBN ", "Book ", "Ed. "))).lk("isbn", look(r, "isbn")).t("  ").lk("amount", price(r))
        b.t("  SKU ").lk("sku", f"{_r(r, UP, 3)}-{_r(r, D, 5)}").t("\n")
    b.t("Catalogue ").lk("version", look(r, "version")).t(", valid until ").lk("date", date(r))
    return b


@family
def f_card_chat_odd(r: random.Random) -> _Builder:
    """Payment chats: the customer types a 16-digit card in an odd grouping after a neutral
    lead-in ("here it is", "details:"), beside a 16-digit order id failing Luhn."""
    b = _Builder().t(r.choice(("Order ", "My order ", "re: order ")))
    b.lk("order", id16_odd(r)).t(r.choice((" failed at checkout. ", " didn't go through. ")))
    b.t(r.choice(("Here it is: ", "details: ", "try this one ", "use ", "the number is ", "ok: ")))
    b.p("CREDIT_CARD", card16_odd(r))
    b.t(r.choice((" exp 08/29", " 11/27 cvc 331", "", " thanks", " - expiry 0328")))
    if r.random() < 0.4:
        b.t(". Transaction ").lk("txn", id16_odd(r))
    return b


@family
def f_tax_chat_ein(r: random.Random) -> _Builder:
    """US tax-season chats: the business's EIN (dashed or undashed, no EIN label) in a
    sentence naming SSNs, the person's SSN with its word, the tax year and amounts."""
    b = _Builder().t(r.choice(("For the 1099: ", "Accountant here. ", "Re your W-9: ")))
    b.t(r.choice(("the payer's number is ", "the LLC files under ", "use ", "company number ")))
    b.lk("ein", r.choice((ein_dashed(r), ein_undashed(r))))
    b.t(r.choice((" and my SSN is ", ", my social security number is ", "; SSN for the owner: ", " - my ss# is ")))
    b.p("US_SSN", ssn_value(r)).t(". Tax year ").lk("year", str(r.randint(2023, 2026))).t(", income ")
    b.lk("amount", price(r)).t(".")
    return b


@family
def f_delivery_address(r: random.Random) -> _Builder:
    """Delivery addresses of ten countries as pasted into an order form: name, street,
    postcode and city, and the recipient's national number closing the block with no phone
    word; an order number above."""
    cc = r.choice(("DE", "FR", "NL", "IT", "ES", "PL", "SE", "AT", "BE", "CH"))
    who = r.choice(_NAMES)
    b = (
        _Builder()
        .t("Order ")
        .lk("order", look(r, "order"))
        .t(r.choice((" ship to:\n", "\nLieferadresse:\n", "\nAdresse de livraison :\n")))
    )
    b.t(f"{who}\n").t(r.choice(("Hauptstraße ", "Rue de la Paix ", "Kerkstraat ", "Via Roma ", "Calle Mayor "))).lk(
        "street_no", str(r.randint(1, 250))
    )
    b.t("\n").lk("postcode", look(r, "postcode")).t("\n").p(
        "PHONE", phone(r, cc, r.choice(("national", "national", "intl")))
    )
    return b


@family
def f_tool_output(r: random.Random) -> _Builder:
    """Tool results an agent pastes back: ``git log`` hashes, ``pip list`` versions, container
    ids and ports, a coordinates lookup and Unix times in a JSON reply; no PII."""
    b = _Builder()
    for _ in range(r.randint(2, 3)):
        b.t("commit ").lk("hash", _r(r, HEX, 40)).t("\n")
    b.t("requests ").lk("version", look(r, "version")).t("\nCONTAINER ").lk("hash", _r(r, HEX, 12)).t(" ports ")
    b.lk("port", str(r.randint(1024, 65535))).t("->").lk("port", str(r.randint(1024, 65535))).t("\n")
    b.t('{"lat_lon": "').lk("coords", look(r, "coords")).t('", "fetched": ').lk("timestamp", unix_s(r))
    b.t(', "etag": "').lk("hash", _r(r, HEX, 16)).t('", "n": ').lk("count", str(r.randint(1, 10**9))).t("}")
    return b


@family
def f_field_report(r: random.Random) -> _Builder:
    """A field-service report: GPS coordinates, meter and asset numbers, readings, the
    technician's phone after its word, the customer's e-mail, the visit date and time."""
    who = r.choice(_NAMES)
    b = _Builder().t("Visit ").lk("visit", f"WO-{_r(r, D, 7)}").t(" at ").lk("coords", look(r, "coords"))
    b.t("\nMeter ").lk("meter", _r(r, D, r.choice((8, 10, 12)))).t(" reading ").lk(
        "reading", f"{r.randint(100, 99999)}.{r.randint(0, 9)} kWh"
    )
    b.t("\nAsset tag ").lk("asset", _r(r, D, 10)).t("\nTechnician mobile: ").p(
        "PHONE", phone(r, r.choice(("GB", "IE", "AU", "US")))
    )
    b.t("\nCustomer: ").t(who).t(", ").p("EMAIL", email(r, who)).t("\nOn site ").lk("timestamp", look(r, "timestamp"))
    return b


@family
def f_payroll_export(r: random.Random) -> _Builder:
    """A payroll TSV export: employee number, the SSN or NI number column, the account and
    routing columns, the pay date and the net pay."""
    us = r.random() < 0.5
    head = (
        "emp_no\tssn\trouting_number\taccount_number\tpay_date\tnet\n"
        if us
        else "emp_no\tni_number\tsort_code\taccount_number\tpay_date\tnet\n"
    )
    b = _Builder().t(head)
    for _ in range(r.randint(2, 3)):
        b.lk("employee", _r(r, D, 5)).t("\t")
        if us:
            b.p("US_SSN", ssn_value(r)).t("\t").p("BANK_ACCOUNT", routing(r)).t("\t").p("BANK_ACCOUNT", account_us(r))
        else:
            b.p("NATIONAL_ID", nino(r)).t("\t").p("BANK_ACCOUNT", sort_code(r)).t("\t").p("BANK_ACCOUNT", _r(r, D, 8))
        b.t("\t").lk("date", date(r)).t("\t").lk("amount", money(r)).t("\n")
    return b


@family
def f_checkout_receipt(r: random.Random) -> _Builder:
    """An online-shop receipt e-mail: the card (standard layout, with its word), masked card
    numbers of earlier orders, order and invoice numbers, Luhn-failing gift-card numbers,
    a never-issued SSN in a fraud example, prices."""
    b = _Builder().t("Thanks for your order ").lk("order", look(r, "order")).t("!\n")
    b.t(r.choice(("Paid with card ", "Card charged: ", "Visa/MC "))).p("CREDIT_CARD", card(r))
    b.t("\nPrevious card ").lk("masked_card", f"**** **** **** {_r(r, D, 4)}").t("\nGift card ").lk(
        "card_luhn_fail", look(r, "card_luhn_fail")
    )
    b.t("\nInvoice ").lk("invoice", look(r, "invoice")).t("  Subtotal ").lk("amount", price(r))
    b.t("\nNever share numbers like ").lk("ssn_never", ssn_never(r)).t(" or ").lk("iban_fail", iban_fail(r)).t(
        " in chat."
    )
    return b


@family
def f_sms_thread(r: random.Random) -> _Builder:
    """A pasted SMS / WhatsApp thread: someone passes on a contact's national number after
    the name alone, a second one in international form, with a time stamp per message and a
    one-time code."""
    cc = r.choice(_OTHER)
    who = r.choice(_NAMES)
    b = _Builder().t("[").lk("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] ")
    b.t(r.choice(("Here's ", "Contact for the flat: ", "This is ", "Pass this on - "))).t(f"{who} ")
    b.p("PHONE", phone(r, cc, "national")).t("\n[").lk("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] ")
    b.t(r.choice(("or her work one ", "and the office: ", "backup "))).p("PHONE", phone(r, cc, "intl"))
    b.t("\n[").lk("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] your code is ").lk(
        "pin", look(r, "pin")
    )
    return b


@family
def f_expense_report(r: random.Random) -> _Builder:
    """An expense report line list: the corporate card in an odd grouping after "Corp card",
    report and receipt numbers, cost centres, mileage, amounts and dates."""
    b = (
        _Builder()
        .t("Expense report ")
        .lk("report", f"ER-{_r(r, D, 6)}")
        .t(" (cost center ")
        .lk("cost_center", _r(r, D, 4))
        .t(")")
    )
    b.t(r.choice(("\nCorp card ", "\nPaid with company card ", "\nCard: "))).p("CREDIT_CARD", card16_odd(r))
    for _ in range(r.randint(2, 3)):
        b.t("\n").lk("date", date(r)).t(" receipt ").lk("receipt", id16_odd(r)).t(" ").lk("amount", price(r))
    b.t("\nMileage ").lk("mileage", f"{r.randint(10, 900)} km")
    return b


@family
def f_ap_note(r: random.Random) -> _Builder:
    """An accounts-payable hand-over note: the vendor's EIN (no EIN label) next to "SSN",
    the contractor's SSN, the card in an odd grouping, the vendor's IBAN, bill numbers."""
    b = _Builder().t("AP note: vendor ").lk("vendor", _r(r, D, 6)).t(" is a company - ")
    b.lk("ein", r.choice((ein_dashed(r), ein_undashed(r)))).t(
        r.choice((" goes in the TIN box, not SSN. ", ", no SSN needed. "))
    )
    b.t("Contractor SSN ").p("US_SSN", ssn_value(r)).t(". Pay bill ").lk("invoice", look(r, "invoice"))
    b.t(" to ").p("IBAN", iban(r)).t(r.choice((" or charge ", "; backup card ", ", else card "))).p(
        "CREDIT_CARD", card16_odd(r)
    )
    b.t(" (PO ").lk("po", id16_odd(r)).t(").")
    return b


HELDOUT = FAMILIES.every(5)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

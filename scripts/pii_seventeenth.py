"""A seventeenth blind PII set: phone numbers under contact labels that are not phone words
("Work:", "Home:", "Direct:", "Desk:", "Text:", "Cell:", "Mob.", "Tel. (w)", "Switchboard",
"Fax", "WhatsApp:", "Signal:", "Tél.", "Handy:", "Móvil:", "Cellulare:") in national formats
of regions the detector is not configured for (``phone_regions`` defaults to US and GB), and
the values that sit after the very same labels but are no phone numbers: work orders, street
addresses, counts, desk and room numbers, extension-only numbers, dates, times, amounts,
zero-padded ERP ids, SMS short codes and signal strengths (issue #14; the gap the sixteenth
round, branch j106, reported: a Dutch "0612345678" after "Work:").

Written on 2026-12-07 ~16:55 UTC (branch j111) *before* changing the detector, with its own
value generators. Every phone is drawn from libphonenumber's example number of its region and
type with its tail redrawn, and kept only when ``phonenumbers.is_valid_number`` accepts it; it is
printed in libphonenumber's national grouping or as bare national digits. Families: e-mail
signatures, vCards, contact cards, CRM exports (CSV and JSON), web forms, chat, HR records,
support tickets, in Dutch, German, French, Spanish, Italian, Australian, Belgian, Austrian, Swiss,
Irish, Swedish and Polish formats. Every 5th family (``FAMILIES.every(5)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_seventeenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import UP, D, Families, Round, _Builder, random_chars  # noqa: E402

SEED = 20261207_17
PER_FAMILY = 24

#: Regions outside the default ``phone_regions`` whose national numbers start with a trunk 0
#: (national formats without a country code are how people there write them).
REGIONS = ("NL", "DE", "FR", "ES", "IT", "AU", "BE", "AT", "CH", "IE", "SE", "PL")
_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


def phone(r: random.Random, region: str | None = None) -> str:
    """A valid national number of ``region`` (drawn when None): libphonenumber's national
    grouping, or the bare national digits ("0612345678")."""
    region = region or r.choice(REGIONS)
    example = phonenumbers.example_number_for_type(region, r.choice(_TYPES))
    assert example is not None
    e164 = phonenumbers.format_number(example, PhoneNumberFormat.E164)
    keep = max(len(e164) - 6, len(str(example.country_code)) + 3)
    for _ in range(200):
        num = phonenumbers.parse(e164[:keep] + random_chars(r, D, len(e164) - keep), None)
        if phonenumbers.is_valid_number(num) and len(set(e164[keep:])) > 2:
            national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
            return national if r.random() < 0.6 else "".join(c for c in national if c.isdigit())
    raise AssertionError(region)


#: Contact labels that are not phone words, each with its punctuation as written.
LABELS = (
    "Work: ", "Home: ", "Direct: ", "Text: ", "Desk: ", "Cell: ", "Mob. ", "Tel. (w) ", "Switchboard: ",
    "Fax: ", "WhatsApp: ", "Signal: ", "Tél. : ", "Handy: ", "Móvil: ", "Cellulare: ", "Work ", "Direct ",
)  # fmt: skip
#: The labels a look-alike of each category is written after.
_LOOK_LABELS = ("Work: ", "Home: ", "Direct: ", "Desk: ", "Text: ", "Signal: ", "Switchboard: ", "Cell: ")


def lookalike(r: random.Random) -> tuple[str, str, str]:
    """(label, category, value): a value that follows a contact label but is no phone number."""
    y, mo, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    cats = {
        "work_order": (("Work: ", "Work "), f"WO-{r.randint(10000, 99999)}"),
        "work_order_long": (("Work: ", "Work order "), f"WO {y}-{r.randint(10000, 99999)}"),
        "erp_id": (("Work: ", "Direct: "), "0000" + random_chars(r, D, r.choice((6, 8)))),
        "address": (
            ("Home: ",),
            f"{r.randint(1, 240)} {r.choice(('Elm St', 'Kerkstraat', 'Hauptstr.', 'rue Victor Hugo'))}",
        ),
        "postcode_address": (
            ("Home: ",),
            f"Keizersgracht {r.randint(1, 600)}, {r.randint(1000, 9999)} {random_chars(r, UP, 2)} Amsterdam",
        ),
        "count": (("Direct: ",), f"{r.randint(2, 40)} items"),
        "desk": (("Desk: ",), f"{r.randint(1, 9)}{r.choice(UP)}-{r.randint(100, 999)}"),
        "room": (("Desk: ", "Work: "), f"Room {r.randint(1, 9)}.{r.randint(100, 999)}"),
        "extension": (
            ("Direct: ", "Desk: ", "Switchboard: "),
            r.choice((f"ext. {r.randint(100, 9999)}", f"x{r.randint(100, 9999)}")),
        ),
        "date": (
            ("Home: ", "Work: ", "Text: "),
            r.choice((f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}")),
        ),
        "time": (
            ("Home: ", "Work: "),
            f"{r.randint(7, 10):02d}:{r.choice(('00', '30'))} - {r.randint(16, 19):02d}:{r.choice(('00', '30'))}",
        ),
        "amount": (
            ("Work: ", "Home: "),
            r.choice(
                (
                    f"€ {r.randint(1, 99)}.{r.randint(100, 999)},{r.randint(10, 99)}",
                    f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)} EUR",
                )
            ),
        ),
        "short_code": (("Text: ",), f"{r.choice(('STOP', 'JOIN', 'INFO'))} to {r.randint(10000, 99999)}"),
        "signal": (("Signal: ",), f"-{r.randint(50, 110)} dBm"),
        "thousands": (("Direct: ", "Work: "), f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"),
        "cell_range": (("Cell: ",), f"B{r.randint(2, 400)}:F{r.randint(400, 9000)}"),
    }
    cat = r.choice(sorted(cats))
    labels, value = cats[cat]
    return r.choice(labels), cat, value


_NAMES = ("Sanne de Vries", "Lukas Becker", "Camille Dubois", "Lucía Morales", "Giulia Conti", "Liam O'Brien",
          "Emma Lindqvist", "Jan Kowalski", "Noah Peeters", "Mia Gruber", "Olivia Walsh", "Jack Nguyen")  # fmt: skip
_COMPANIES = ("Northwind BV", "Globex GmbH", "Initech SARL", "Acme S.L.", "Umbrella S.r.l.", "Contoso Pty Ltd")


def _phone_line(b: _Builder, r: random.Random, sep: str = "\n") -> _Builder:
    """A phone after one of :data:`LABELS`, then ``sep``: every family's labelled phone."""
    return b.t(r.choice(LABELS)).p("PHONE", phone(r)).t(sep)


def _look_line(b: _Builder, r: random.Random, sep: str = "\n") -> _Builder:
    """A look-alike after its label (:func:`lookalike`), then ``sep``."""
    label, cat, value = lookalike(r)
    return b.t(label).lk(cat, value).t(sep)


def _lines(b: _Builder, r: random.Random, sep: str = "\n") -> None:
    """One to three phone lines and one or two look-alike lines, shuffled."""
    kinds = ["p"] * r.randint(1, 3) + ["l"] * r.randint(1, 2)
    r.shuffle(kinds)
    for k in kinds:
        (_phone_line if k == "p" else _look_line)(b, r, sep)


FAMILIES = Families()


@FAMILIES.add
def f_email_signature(r: random.Random) -> _Builder:
    b = _Builder().t(f"Thanks, talk soon.\n\n--\n{r.choice(_NAMES)}\nAccount Manager | {r.choice(_COMPANIES)}\n")
    _lines(b, r)
    return b.t("www.example.com\n")


@FAMILIES.add
def f_vcard(r: random.Random) -> _Builder:
    b = _Builder().t(f"BEGIN:VCARD\nVERSION:3.0\nFN:{r.choice(_NAMES)}\nNOTE:")
    _look_line(b, r)
    b.t("TEL;TYPE=").t(r.choice(("WORK", "HOME", "CELL"))).t(":").p("PHONE", phone(r)).t("\n")
    return _phone_line(b.t("NOTE:"), r).t("END:VCARD\n")


@FAMILIES.add
def f_crm_csv(r: random.Random) -> _Builder:
    b = _Builder().t("name,company,contact,notes\n")
    for _ in range(r.randint(2, 3)):
        _phone_line(b.t(f"{r.choice(_NAMES)},{r.choice(_COMPANIES)},"), r, ",")
        _look_line(b, r)
    return b


@FAMILIES.add
def f_web_form(r: random.Random) -> _Builder:
    b = _Builder().t("New submission from the contact form\n\nName: ").t(r.choice(_NAMES)).t("\n")
    _lines(b, r)
    return b.t("Message: please call me back about the quote.\n")


@FAMILIES.add
def f_chat(r: random.Random) -> _Builder:
    b = _Builder().t(f"[{r.randint(8, 18):02d}:{r.randint(0, 59):02d}] {r.choice(_NAMES).split()[0]}: ")
    _phone_line(b.t("here are my details, "), r, " and ")
    return _look_line(b, r, " thx\n")


@FAMILIES.add
def f_signature_de(r: random.Random) -> _Builder:
    b = _Builder().t(f"Mit freundlichen Grüßen\n{r.choice(_NAMES)}\n{r.choice(_COMPANIES)}\n")
    b.t(r.choice(("Handy: ", "Mob. ", "Direct: ", "Fax: "))).p("PHONE", phone(r, r.choice(("DE", "AT", "CH")))).t("\n")
    _look_line(b, r)
    return b


@FAMILIES.add
def f_contact_card_romance(r: random.Random) -> _Builder:
    label, region = r.choice((("Tél. : ", "FR"), ("Tél. ", "BE"), ("Móvil: ", "ES"), ("Cellulare: ", "IT")))
    b = _Builder().t(f"{r.choice(_NAMES)}\n").t(label).p("PHONE", phone(r, region)).t("\n")
    _look_line(b, r)
    return _phone_line(b, r)


@FAMILIES.add
def f_crm_json(r: random.Random) -> _Builder:
    b = _Builder().t('{"contact": "').t(r.choice(_NAMES)).t('", "notes": "')
    _phone_line(b, r, "; ")
    return _look_line(b, r, '"}\n')


@FAMILIES.add
def f_support_ticket(r: random.Random) -> _Builder:
    b = _Builder().t(f"Ticket #{r.randint(100000, 999999)} - caller details\n")
    _lines(b, r)
    return b.t("Status: open\n")


@FAMILIES.add
def f_hr_record(r: random.Random) -> _Builder:
    b = _Builder().t(f"Employee: {r.choice(_NAMES)} | Dept: Finance | ")
    _lines(b, r, " | ")
    return b.t("\n")


HELDOUT = FAMILIES.every(5)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

"""What ``scripts/pii_fourteenth.py`` measured (issue #14): digit groups separated by no-break,
thin and narrow no-break spaces or en dashes (phones, cards, IBANs, NHS numbers were all missed),
a slash after the country code, JSON / YAML keys naming a phone ("phoneNumber", "msisdn"), quoted
CSV fields and the commas inside them, E.164 numbers without "+" or groups under a phone label or
column, extension words of other languages, and padded table cells read as fields (a phone-shaped
invoice number in a "Last invoice" column; a "TIN type" cell saying EIN). The strings are written
for these tests, not taken from that set; every value passes (or, for the look-alikes, is labelled
as) what the test says, which the first test asserts. The regulation templates are checked on the
same layouts, and against the entities their regulations name."""

from __future__ import annotations

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.gb import nhs
from stdnum.us import ein, ssn

from bastion.gateway.policy import templates
from bastion.gateway.policy.detectors.pii import PIIDetector, plain_separators
from bastion.gateway.policy.engine import PolicyEngine

DET = PIIDetector()
NBSP, THIN, NNBSP, EN = "\u00a0", "\u2009", "\u202f", "\u2013"


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def test_the_values_are_what_the_tests_say() -> None:
    for number in ("+44 20 7946 0321", "+7 969 057 9911", "+49 30 1234567", "+234 802 298 3555", "+33 1 42 68 53 00"):
        assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number
    for number in ("447911123456", "2348027701454", "60123456789"):
        assert phonenumbers.is_valid_number(phonenumbers.parse("+" + number)), number
    assert phonenumbers.is_valid_number(phonenumbers.parse("0161 496 0753", "GB"))
    assert phonenumbers.is_valid_number(phonenumbers.parse("07700 900123", "GB")) is False  # drama range
    assert luhn.is_valid("4539148803436467")
    assert iban.is_valid("DE89370400440532013000")
    assert nhs.is_valid("9434765919")
    assert ssn.is_valid("536221234")
    assert ein.is_valid("468451262")
    # The digits a Message-ID starts with are valid with a "+" (an Austrian number): only the
    # label's adjacency keeps them out.
    assert phonenumbers.is_valid_number(phonenumbers.parse("+43691476293557"))


FOUND = [
    # Printed separators: no-break, thin, narrow no-break spaces and en dashes between groups.
    (f"Tel: +234{NBSP}802{NBSP}298{NBSP}3555", f"+234{NBSP}802{NBSP}298{NBSP}3555", "PHONE"),
    (f"ring me on 0161{NNBSP}496{NNBSP}0753", f"0161{NNBSP}496{NNBSP}0753", "PHONE"),
    (f"Mobile +44{EN}20{EN}7946{EN}0321", f"+44{EN}20{EN}7946{EN}0321", "PHONE"),
    (f"Card 4539{NBSP}1488{NBSP}0343{NBSP}6467 please", f"4539{NBSP}1488{NBSP}0343{NBSP}6467", "CREDIT_CARD"),
    (f"card 4539{THIN}1488{THIN}0343{THIN}6467", f"4539{THIN}1488{THIN}0343{THIN}6467", "CREDIT_CARD"),
    (
        f"IBAN DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00",
        f"DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00",
        "IBAN",
    ),
    (f"NHS No: 943{NBSP}476{NBSP}5919", f"943{NBSP}476{NBSP}5919", "UK_NHS"),
    (f"SSN 536{EN}22{EN}1234", f"536{EN}22{EN}1234", "US_SSN"),
    # A slash setting the country code apart.
    ("Direct: +7/969 057 9911", "+7/969 057 9911", "PHONE"),
    ("Zentrale +49/30 1234567", "+49/30 1234567", "PHONE"),
    # Keys naming a phone, however cased.
    ('{"id": 7, "phoneNumber": "030 1234567"}', "030 1234567", "PHONE"),
    ('{"contactNo": "0612 345 678"}', "0612 345 678", "PHONE"),
    ("contact:\n  mobile_phone: '+33 1 42 68 53 00'", "+33 1 42 68 53 00", "PHONE"),
    ('{"msisdn": "447911123456"}', "447911123456", "PHONE"),
    # Ungrouped E.164 without "+" under a phone column; a quoted field after a quoted amount.
    ("msisdn;msg_id;status\n2348027701454;884213377120;DELIVRD\n", "2348027701454", "PHONE"),
    # (The first row's quoted commas once made it a table of its own and left the second headless.)
    ('name,phone,total\n"Ana","030 1234567","€1,204.50"\n"Bo","030 7654321","€900.00"\n', "030 7654321", "PHONE"),
    # Handphone labels of South-East Asia (a Malaysian national number: no configured region's).
    ("H/P 012-345 6789", "012-345 6789", "PHONE"),
]


@pytest.mark.parametrize(("text", "value", "entity"), FOUND)
def test_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tél. 01 42 68 53 00 poste 214", "01 42 68 53 00 poste 214"),
        ("Тел. +7 969 057 9911 доб. 123", "+7 969 057 9911 доб. 123"),
        ("Büro +49 30 1234567 Durchwahl -45", "+49 30 1234567 Durchwahl -45"),
        ("Tel. 0161 496 0753 int. 22", "0161 496 0753 int. 22"),
        ("(022) 13019 доб. 95982 — звоните", "(022) 13019 доб. 95982"),
    ],
)
def test_extension_words_of_other_languages_stay_with_the_number(text: str, value: str) -> None:
    """Redacting the number and leaving its extension would keep part of the line's identity."""
    assert [text[m.start : m.end] for m in DET.detect(text) if m.entity == "PHONE"] == [value]


def test_offsets_are_those_of_the_callers_text() -> None:
    """The separators are read as ASCII one character for one: what is reported is the caller's
    span, no-break spaces included."""
    text = f"Karte: 4539{NBSP}1488{NBSP}0343{NBSP}6467 und IBAN DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00"
    spans = {m.entity: text[m.start : m.end] for m in DET.detect(text)}
    assert spans["CREDIT_CARD"] == f"4539{NBSP}1488{NBSP}0343{NBSP}6467"
    assert spans["IBAN"] == f"DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00"
    assert plain_separators(text) != text and len(plain_separators(text)) == len(text)
    assert plain_separators("plain ascii") == "plain ascii"


NOT_FOUND = [
    # "message" is a phone word, but an angle bracket stands between it and the digits.
    ("Message-ID: <43691476293557.ae476b28@mx5.mailhost.net>", "43691476293557"),
    # Ungrouped digits valid with a "+" need a phone label or column; "hotel" holds "tel" but is
    # no phone key, and an order id's key names an order.
    ("Batch 447911123456 shipped", "447911123456"),
    ('{"hotel": "447911123456"}', "447911123456"),
    ('{"order_id": "447911123456"}', "447911123456"),
    ("id,ref,total\n1,447911123456,9.50\n2,447911123457,1.20\n", "447911123456"),
    # A padded cell under a reference column, with a phone in the cell before it.
    (
        "Vendor | Phone | Last invoice\nAcme LLC | tel:+1 506-560-5111 | 031 5477 1800\n",
        "031 5477 1800",
    ),
    # A row whose "TIN type" cell says EIN: its TIN is the company's number, padded or not.
    ("Vendor | TIN type | TIN\nV1 | SSN | 536-22-1234\nV2 | EIN | 468451262\n", "468451262"),
    ("Vendor,TIN type,TIN\nV1,SSN,536-22-1234\nV2,EIN,468451262\n", "468451262"),
    # Quoted amounts with thousands separators are no numbers of a column of their own.
    ('name,total\n"Ana","1,204,509"\n', "1,204,509"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()


# Added after the blind check written after the first rule changes (``build_after``): XML
# elements, SQL INSERT tuples and caller-id headers.
STRUCTURED_FOUND = [
    ("<customer>\n  <mobileNumber>030 1234567</mobileNumber>\n</customer>", "030 1234567", "PHONE"),
    ('<contact type="home"><msisdn>2348027701454</msisdn></contact>', "2348027701454", "PHONE"),
    ("Caller-ID +33 6 12 34 56 78 (withheld before)", "+33 6 12 34 56 78", "PHONE"),
    (
        "INSERT INTO customers (name, phone, ssn) VALUES\n  ('Ana', '(506) 541-0764', '536 22 1234'),\n"
        "  ('Bo', '030 1234567', '536221234');",
        "536221234",
        "US_SSN",
    ),
    (
        "INSERT INTO customers (name, phone, ssn) VALUES ('Ana', '(506) 541-0764', '536 22 1234'), "
        "('Bo', '030 1234567', '536221234');",
        "030 1234567",
        "PHONE",
    ),
]


@pytest.mark.parametrize(("text", "value", "entity"), STRUCTURED_FOUND)
def test_structured_labels_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


STRUCTURED_NOT_FOUND = [
    # An element of another name after a phone's element: its tag is its label.
    ("<telephone>+44 20 7946 0321</telephone>\n<lastOrder>327 7693 9122</lastOrder>", "327 7693 9122"),
    ('{\n  "phone": "+44 20 7946 0321",\n  "orderRef": "0161 496 0999"\n}', "0161 496 0999"),
    # An INSERT's non-PII columns, and a statement that ended before the value.
    ("INSERT INTO orders (id, ref, total) VALUES (1, '536221234', 9.50);", "536221234"),
]


@pytest.mark.parametrize(("text", "value"), STRUCTURED_NOT_FOUND)
def test_structured_labels_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()


def test_a_prose_label_is_no_key_of_another_name() -> None:
    """ "Customer:" in a transcript answers the question before it ("Which number should the
    driver ring?"); only a data format's key or tag keeps a phone word of another line out."""
    text = "Support: Which number should the driver ring?\nCustomer: 0161 496 0753 please"
    assert _found(text, "0161 496 0753") == {"PHONE"}


def test_the_ssn_row_of_a_tin_table_is_still_an_ssn() -> None:
    text = "Vendor | TIN type | TIN\nV1 | SSN | 536-22-1234\nV2 | EIN | 468451262\n"
    assert _found(text, "536-22-1234") == {"US_SSN"}


# ---------------------------------------------------------------------------------------------
# Regulation templates: the entities their regulations name, in the layouts above
# ---------------------------------------------------------------------------------------------

#: What each regulation names that the PII detector has an entity for (PCI DSS: the PAN and, as
#: the issue asks, IBANs and account numbers; HIPAA Safe Harbor: phone and fax, e-mail, SSN, the
#: NHS number as the UK's health identifier, dates of birth, IP addresses, account, licence and
#: passport numbers; FERPA: the student's and parents' contact data, SSN, date of birth).
REGULATION_ENTITIES = {
    "pci": {"CREDIT_CARD", "IBAN", "BANK_ACCOUNT"},
    "hipaa": {
        "EMAIL",
        "PHONE",
        "US_SSN",
        "UK_NHS",
        "DATE_OF_BIRTH",
        "IP_ADDRESS",
        "PASSPORT",
        "NATIONAL_ID",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "IBAN",
    },
    "ferpa": {"EMAIL", "PHONE", "US_SSN", "DATE_OF_BIRTH"},
}


def _pii_entities(template: str) -> set[str]:
    policy = templates.build(template, {"codenames": ["bluebird"], "customers": "Acme, Globex"})
    out: set[str] = set()
    for rule in policy.rules:
        detector = rule.detector
        if detector.type == "pii":
            out |= set(getattr(detector, "entities", None) or [])
    return out


@pytest.mark.parametrize("template", sorted(REGULATION_ENTITIES))
def test_regulation_templates_list_what_their_regulation_names(template: str) -> None:
    assert REGULATION_ENTITIES[template] <= _pii_entities(template)


def test_every_template_naming_a_regulation_is_checked() -> None:
    """A new template for a regulation (say ``gdpr``) must say here what it covers."""
    regulations = {name for name, t in templates.TEMPLATES.items() if _pii_entities(name)}
    assert regulations == set(REGULATION_ENTITIES)


def _engine(template: str) -> PolicyEngine:
    e = PolicyEngine(None, b"k" * 32)
    e.set_policies([templates.build(template)])
    return e


LAYOUTS = {
    "pci": [
        (f"Card 4539{NBSP}1488{NBSP}0343{NBSP}6467 please", f"0343{NBSP}6467"),
        ('{"pan": "4539 1488 0343 6467", "exp": "09/27"}', "0343 6467"),
        (f"IBAN DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00", f"0532{NBSP}0130"),
        ("iban=de89-3704-0044-0532-0130-00", "0532-0130"),
    ],
    "hipaa": [
        ('{"patient": {"phoneNumber": "0161 496 0753"}}', "496 0753"),
        (f"Patient NHS No: 943{NBSP}476{NBSP}5919", f"476{NBSP}5919"),
        ("Next of kin: +7/969 057 9911 доб. 12", "057 9911"),
        (f"IBAN DE89{NBSP}3704{NBSP}0044{NBSP}0532{NBSP}0130{NBSP}00", f"0532{NBSP}0130"),
    ],
    "ferpa": [
        ('guardian,phone\n"Dana Reyes","0161 496 0753"\n', "496 0753"),
        (f"SSN on the aid form: 536{EN}22{EN}1234", f"22{EN}1234"),
    ],
}


@pytest.mark.anyio
@pytest.mark.parametrize(("template", "text", "value"), [(t, x, v) for t, rows in LAYOUTS.items() for x, v in rows])
async def test_regulation_templates_cover_the_new_layouts(template: str, text: str, value: str) -> None:
    r = await _engine(template).inspect(None, "chat_input", [text])
    assert r.action in ("redact", "block"), r.decisions
    if r.action == "redact":
        assert value not in r.texts[0], r.texts


def test_the_fourteenth_sets_tuning_part_meets_the_goals() -> None:
    """The tuning families of ``scripts/pii_fourteenth.py`` (the held-out ones are not read
    here): every entity at 0.97 recall at least, at most 1% of look-alikes flagged."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import pii_fourteenth
    import pii_rounds

    report = pii_rounds.evaluate([m for m in pii_fourteenth.build() if not m.heldout])
    low = {e: found / total for e, (found, total) in report.recall.items() if found / total < 0.97}
    assert low == {}
    flagged, total = report.look_total()
    assert total > 1000 and flagged / total <= 0.01

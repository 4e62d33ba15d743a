"""Rules added from the tuning families of scripts/pii_chat.py (chat pastes, exports, forms in
other languages), on the real detectors. Each positive case and each look-alike of the rules failed
before the change it tests; the guards (an invalid PESEL, a company number under a passport line,
"project number is", "-Office" glued to a phone) keep the new rules from reaching too far."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector, column_header
from bastion.gateway.policy.detectors.secrets import SecretsDetector

PII = PIIDetector()
SECRETS = SecretsDetector()


def found(text: str) -> set[tuple[str, str]]:
    out = {(m.entity, text[m.start : m.end]) for m in PII.detect(text)}
    return out | {("SECRET", text[m.start : m.end]) for m in SECRETS.detect(text)}


# A spreadsheet or export pasted as text: the column header is the label of every field below,
# also when a line of prose comes first and in the first column.
SHEET = (
    "Here is the HR sheet:\n"
    "Name\tSSN\tDate of birth\tEmp ID\n"
    "Ola Berg\t271-53-8810\t03/11/1979\tE40213\n"
    "Kim Lund\t518 62 4093\tAugust 9, 1985\tE40214\n"
)


@pytest.mark.parametrize(
    "entity,value",
    [
        ("US_SSN", "271-53-8810"),
        ("US_SSN", "518 62 4093"),
        ("DATE_OF_BIRTH", "03/11/1979"),
        ("DATE_OF_BIRTH", "August 9, 1985"),
    ],
)
def test_column_header_names_the_fields(entity: str, value: str) -> None:
    assert (entity, value) in found(SHEET), found(SHEET)


def test_column_header_helper() -> None:
    text = "intro line\nSSN,Phone\n271-53-8810,020 7946 0958\n"
    start = text.index("271")
    assert column_header(text, start, start + 11) == "SSN"
    start = text.index("020")
    assert column_header(text, start, start + 13) == "Phone"
    assert column_header("no table 271-53-8810 here", 9, 20) is None


def test_reference_columns_are_references() -> None:
    # Ten digits 3-3-4 that pass the NHS check, and an EAN-13 that passes Luhn with a Visa
    # prefix: under "Order" and "EAN" headers they are an order number and a barcode.
    text = (
        "Order\tTracking\tSKU\tEAN\tQty\tShipped\n"
        "ORD-2025-113402\t1Z999AA10123456784\t4011-200-BLK\t4006381333931\t1\t2026-03-02\n"
        "557 591 7053\t9400100000000000000000\t90-4471-22\t4006236531680\t2\t2026-03-04\n"
    )
    assert found(text) == set(), found(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("name,email,phone\nLars,lars@foretag.se,(+46) 70 684 66 22\n", "(+46) 70 684 66 22"),
        ("Office: (+44) 7481 436153", "(+44) 7481 436153"),
        ("Denwa bangou wa 03-5724-9005 desu.", "03-5724-9005"),
        ("Keitai: 080-7011-2771", "080-7011-2771"),
        ("Telefone: 216477457", "216477457"),
        ("Celular: (11)93112-0332", "(11)93112-0332"),
    ],
)
def test_phone_layouts_and_words(text: str, value: str) -> None:
    assert ("PHONE", value) in found(text), found(text)


@pytest.mark.parametrize(
    "text,entity,value",
    [
        ("Data urodzenia: 14 marca 1985", "DATE_OF_BIRTH", "14 marca 1985"),
        ("Data urodzenia: 3 września 1990", "DATE_OF_BIRTH", "3 września 1990"),
        ("Födelsedatum: 12 maj 1971", "DATE_OF_BIRTH", "12 maj 1971"),
        ("Passnummer: 60144216", "PASSPORT", "60144216"),
        ("Paszport nr: AB1234567", "PASSPORT", "AB1234567"),
        ("Pasupooto bangou: TK1234567.", "PASSPORT", "TK1234567"),
        ("A letter to the surgery for my mum? Number on the card: 9434765919", "UK_NHS", "9434765919"),
        ("PESEL: 85031412347", "NATIONAL_ID", "85031412347"),
        ("PESEL: 85031412345", "NATIONAL_ID", None),
        ("BSN: 4887.63.447", "NATIONAL_ID", "4887.63.447"),
        ("CPF: 035.759.551-31", "NATIONAL_ID", "035.759.551-31"),
        ("Personnummer: 911123-9431", "NATIONAL_ID", "911123-9431"),
    ],
)
def test_other_languages_forms(text: str, entity: str, value: str | None) -> None:
    if value is None:
        # 85031412345 fails PESEL's check digit: named or not, it is no national ID.
        assert not any(e == entity for e, _ in found(text)), found(text)
    else:
        assert (entity, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A SKU glued to a colour code, an SNMP OID after a firmware word.
        "We restocked 3100-572-WHT today.",
        "Please call me at 1-305-918-9116 ext. 4561. Firmware 1.3.6.1.4.1.89546.",
        # A Swedish company number on the line under a passport number.
        "Passnummer: 46478686\nOrg.nr: 556048-2507",
        # Plain digits after "number is" are no phone without a phone word.
        "The GCP project number is 252367367595.",
    ],
)
def test_chat_look_alikes(text: str) -> None:
    flagged = {(e, v) for e, v in found(text) if v not in ("46478686", "1-305-918-9116 ext. 4561")}
    assert flagged == set(), flagged


def test_labels_glued_after_a_phone_keep_it() -> None:
    # Capitals glued on make a code, a word glued on ("-Office") is a contact list's label.
    assert ("PHONE", "082 490 1693") in found("082 490 1693-Office")


def test_header_of_a_long_table_reaches_its_last_row() -> None:
    # The header is found through a one-pass index of the table's lines (walking back from every
    # row was quadratic: a 3,000-row export took 16 s instead of 1 s).
    rows = [f"Row {i}\t{100 + i % 500:03d}-{10 + i % 80:02d}-{1000 + i:04d}" for i in range(300)]
    text = "Name\tSSN\n" + "\n".join(rows) + "\n"
    last = rows[-1].split("\t")[1]
    assert ("US_SSN", last) in found(text)

"""What ``scripts/pii_ninth.py`` measured (issue #14): ITINs and EINs on US tax forms, Unix times
and a hospital's event numbers in NHS letters, card numbers with dots, doubled spaces or a line
wrap between the groups, Mexico's old ``+52 1`` mobiles and Brazilian carrier codes. The strings
are written for these tests, not taken from that set; every value passes (or, for the
look-alikes, fails) its own check."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


FOUND = [
    # Luhn- and issuer-valid cards in the groupings the main pattern does not take.
    ("Please charge 4532.0151.1283.0366 exp 09/27", "4532.0151.1283.0366", "CREDIT_CARD"),
    ("Card: 5529  0012  3456  7898, CVV on file", "5529  0012  3456  7898", "CREDIT_CARD"),
    ("card number 6011 1234 5678\n9019, expiry 03/29", "6011 1234 5678\n9019", "CREDIT_CARD"),
    ("cc# 4532 0151\n1283 0366", "4532 0151\n1283 0366", "CREDIT_CARD"),
    # ITINs in the SSN box, named by "TIN" / "ITIN": the person's taxpayer number.
    ("1099-NEC\nRECIPIENT'S TIN 912-73-4567\nRECIPIENT'S name J. Ruiz", "912-73-4567", "US_SSN"),
    ("I have no SSN yet, my ITIN is 978 91 2345.", "978 91 2345", "US_SSN"),
    # Mexico's mobiles as dialled before 2019, and a Brazilian carrier code after the trunk 0.
    ("Cel.: +52 1 55 4123 8765", "+52 1 55 4123 8765", "PHONE"),
    ("WhatsApp: +5213312345678", "+5213312345678", "PHONE"),
    ("Tel.: 0 21 11 98765-4321", "0 21 11 98765-4321", "PHONE"),
    # Ten digits that read as a Unix time still are the NHS number under their own label.
    ("Discharge summary\nNHS number 1733412301\nWard 4", "1733412301", "UK_NHS"),
    ("Clinic letter\nNHS No: 485 777 3457\nDocument generated 1733412301", "485 777 3457", "UK_NHS"),
]


@pytest.mark.parametrize(("text", "value", "entity"), FOUND)
def test_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


NOT_FOUND = [
    # An employer's EIN after its labels: a company's number, not a phone or an SSN.
    ("1099-NEC (2025)\nPAYER'S TIN 46-2837115\nRECIPIENT'S TIN 912-73-4567", "46-2837115"),
    ("Payer TIN 46-2837115", "46-2837115"),
    ("Employer FEIN: 462837115, see the W-2 for the employee's SSN", "462837115"),
    # A 9xx number under an SSN label is no SSN (never issued), even though it has an ITIN's shape.
    ("Example in the instructions: SSN 978-91-2345", "978-91-2345"),
    # A Unix time after a word of time, and an appointment id, in a letter that quotes an NHS number.
    ("Clinic letter\nNHS No: 485 777 3457\nDocument generated 1733412301 by EPR", "1733412301"),
    ("NHS No: 485 777 3457\nReceived 1733412328, triaged 1733412336", "1733412328"),
    ("NHS No: 485 777 3457\nAppointment ID 4857773465 (clinic ENT)", "4857773465"),
    ("Patient seen in clinic; lab accession 4857773457 pending", "4857773457"),
    # Dotted and wrapped numbers that are no cards: Luhn fails, or no card word names a wrap.
    ("Gift voucher 4532.0151.1283.0367", "4532.0151.1283.0367"),
    ("Totals by quarter\n4532 0151 1283\n0366 units shipped", "0366"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()


EIN_AND_LOG = [
    # An employer's number after its label, even with the form named between and an SSN beside.
    ("SSN: 536-22-1234\nEIN on W-2: 462837115", "462837115"),
    ("SSN 536-22-1234 / EIN 462-83-7115", "462-83-7115"),
    ("W-2 shows EIN 462837115 and SSN 536221234", "462837115"),
    # A log stamp in brackets in a record that quotes an NHS number.
    ("patient (NHS) 485 777 3457 [1733412301] record viewed", "1733412301"),
]


@pytest.mark.parametrize(("text", "value"), EIN_AND_LOG)
def test_ein_and_log_stamp_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()


def test_ssn_beside_ein_still_found() -> None:
    text = "EIN (on the W-2): 462837115. Your SSN: 536 22 1234"
    assert "US_SSN" in _found(text, "536 22 1234")

"""What ``scripts/pii_tenth.py`` measured (issue #14): Amex and Diners numbers in dotted, 4-6-5,
5-5-5 and mixed-separator groupings or glued to a reservation system's card code; Unix seconds
leading a log line or under a JSON key, beside an NHS number; nine digits whose SSN word is
denied; Chile's "Fono:"; a supplier's customer account. The strings are written for these tests,
not taken from that set; every value passes (or, for the look-alikes, fails) its own check."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


FOUND = [
    # Amex (34/37, 15 digits) and Diners (30/36/38, 14 digits), Luhn-valid, in odd groupings.
    ("AMEX 3782.822463.10005\nAUTH 0A12BC", "3782.822463.10005", "CREDIT_CARD"),
    ("Amex 37828 22463 10005 total $41.20", "37828 22463 10005", "CREDIT_CARD"),
    ("I used my amex 3782-822463 10005 thanks", "3782-822463 10005", "CREDIT_CARD"),
    ("Guaranteed with 37144 96353 98431", "37144 96353 98431", "CREDIT_CARD"),
    ("my diners: 3056 - 930902 - 5904", "3056 - 930902 - 5904", "CREDIT_CARD"),
    ("Form of payment: CC AX3782 822463 10005 exp 0527", "3782 822463 10005", "CREDIT_CARD"),
    # A 16-digit card grouped 4-6-6 is named by its card word.
    ("Card on file: 5105 105105 105100", "5105 105105 105100", "CREDIT_CARD"),
    # The NHS number itself on an audit line led by a Unix time.
    ("1733412301 | user 567977 opened record for NHS 485 777 3457", "485 777 3457", "UK_NHS"),
    ('{"event": "admit", "nhs": "4857773457"}', "4857773457", "UK_NHS"),
    # Chile's "Fono:" heads the phone line of a contact block.
    ("Servicios Andinos SpA\nFono: +56 2 2719 9093\nRUT 77890042-4", "+56 2 2719 9093", "PHONE"),
    # An SSN word after the digits that is not denied still names them.
    ("New hire: 463179796 is her social security number", "463179796", "US_SSN"),
]


@pytest.mark.parametrize(("text", "value", "entity"), FOUND)
def test_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


NOT_FOUND = [
    # Odd groupings that fail Luhn, and a 16-digit number in 4-6-6 with no card word.
    ("TRACE 3782.822463.10006", "3782.822463.10006"),
    ("Remittance ref 5105 105105 105100", "5105 105105 105100"),
    # Unix seconds (each passes mod 11) leading a log line, under a JSON key that is no NHS word.
    ("1733412301 | user 567977 opened record for NHS 485 777 3457", "1733412301"),
    ("1733412328 user 5 viewed nhs_no=4857773457 rec 76093200", "1733412328"),
    ('{"event": "admit", "t": 1733412336, "nhs": "4857773457"}', "1733412336"),
    ('{"id": 1733412344, "nhs": "4857773457"}', "1733412344"),
    # An EIN (undashed, valid as an SSN too) whose SSN word is denied or said to be blank.
    ("Quick question - use 887521173, not the owner's social security number.", "887521173"),
    ("W-9 received, TIN 463179796 (business number, not an SSN).", "463179796"),
    ("Tax ID on the W-9: 463179796, SSN field left blank.", "463179796"),
    # A company's tax number under the signer's phone line is no phone (NIT mod 11 valid).
    ("Tel: (601) 2774486\nNIT 019006684-4\nRadicado 2024-713230", "019006684-4"),
    # A supplier's customer account on its invoice is no bank account.
    ("INVOICE INV-2026-47390\nCustomer account 51 8311 9969 4665", "51 8311 9969 4665"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()

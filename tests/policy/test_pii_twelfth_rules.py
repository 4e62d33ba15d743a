"""What ``scripts/pii_twelfth.py`` measured (issue #14): SSN words that are denied or offered as
the alternative, a company's number named between an SSN word and the digits or after them, an
"ABA" column, a bank account named after the digits, an NPI's label, an IBAN with a space after
its country code or wrapped over a line, a contact line closed by an e-mail address, and the
second of two phone numbers offered as alternatives. The strings are written for these tests,
not taken from that set; every value passes (or, for the look-alikes, fails) its own check
(``stdnum``, ``phonenumbers``), which the first tests assert."""

from __future__ import annotations

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.gb import nhs
from stdnum.us import ein, rtn, ssn

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


def test_the_values_are_what_the_tests_say() -> None:
    assert ssn.is_valid("536221234") and ssn.is_valid("275190128")  # an EIN is also SSN-shaped
    assert ein.is_valid("275190128") and ein.is_valid("462837115")
    assert rtn.is_valid("021000021")
    assert luhn.is_valid("80840" + "1234567893")  # an NPI
    assert nhs.is_valid("9434765919")
    assert iban.is_valid("DE89370400440532013000") and iban.is_valid("GB29NWBK60161331926819")
    for number, region in (
        ("0412 345 678", "AU"),
        ("612 345 678", "ES"),
        ("06 12 34 56 78", "FR"),
        ("07911 123456", "GB"),
    ):
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, region))


FOUND = [
    # The SSN after a denied EIN, and an ITIN labelled before a denied SSN word.
    ("Sole proprietor? Enter your SSN rather than an EIN: 536-22-1234", "536-22-1234", "US_SSN"),
    ("My SSN is 536 22 1234, not the company's EIN.", "536 22 1234", "US_SSN"),
    ("Enter your SSN, not your EIN: 536-22-1234", "536-22-1234", "US_SSN"),
    # A routing number under an "ABA" column header (nine digits, SSN-shaped).
    ("Emp | SS# | ABA | Acct #\n0042 | 536-22-1234 | 021000021 | 7365019921", "021000021", "BANK_ACCOUNT"),
    # A bank account named right after the digits, in a phone field.
    ("Phone field: 40711234 - that's her bank account number.", "40711234", "BANK_ACCOUNT"),
    # IBANs with a space after the country code, and wrapped over a line after their label.
    ("Refund to IBAN DE 89 3704 0044 0532 0130 00 please", "DE 89 3704 0044 0532 0130 00", "IBAN"),
    ("Beneficiary IBAN:\nGB29 NWBK 6016\n1331 9268 19\nThanks", "GB29 NWBK 6016\n1331 9268 19", "IBAN"),
    # A contact list's line closed by the person's e-mail address (no phone word).
    ("Contacts:\nElena Costa (Lyon): 06 12 34 56 78, elena.costa@example.fr", "06 12 34 56 78", "PHONE"),
    # The second of two numbers offered as alternatives: the first's phone word names both, though
    # the Spanish mobile's digits also pass the Norwegian organisation-number check.
    ("Text me on +34 699 123 456 instead of the office number 612 345 678.", "612 345 678", "PHONE"),
    ("Please call my mobile 07911 123456 rather than 0412 345 678.", "0412 345 678", "PHONE"),
]


@pytest.mark.parametrize(("text", "value", "entity"), FOUND)
def test_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


NOT_FOUND = [
    # EINs (SSN-valid nine digits) where the SSN word is denied or offered as the alternative.
    ("Companies use the EIN instead of an SSN. Ours is 275190128.", "275190128"),
    ("Put the employer's number, not your social security number: 462837115", "462837115"),
    ("You may give the SSN or the EIN; we give the business one 275190128.", "275190128"),
    # The SSN box holds a number said after it to be the company's.
    ("SSN box shows 462837115, which is the company's EIN.", "462837115"),
    ("SSN field: 275190128 (EIN, wrong box)", "275190128"),
    # A transcript line denying the SSN is no column header.
    ("Agent: I need the employer number, not a social security number.\nClient: fine, 462837115", "462837115"),
    # An NPI (Luhn-valid over 80840) after its label, ten digits a US phone number could have.
    ("Referring provider NPI 1234567893", "1234567893"),
    # A company number before another number's bank-account label.
    ("Org.nr 275190128, bank account no. 40711234", "275190128"),
    # Bank-account words that label no number: a meter number, a count.
    ("Meter 4071123456: update the account number online", "4071123456"),
    ("We moved 4071123 - account numbers change next week", "4071123"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_not_found(text: str, value: str) -> None:
    assert _found(text, value) == set()

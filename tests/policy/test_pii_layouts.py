"""Digit layouts, programme words and barcodes that are no personal data (issue #14, the error
classes that ``scripts/pii_sixth.py`` measured, and one-time codes sent by SMS; the strings here are written for these tests, not
taken from that set): each look-alike was reported before these rules, and the guards keep the
phones and cards next to them."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


LOOKALIKES = [
    # Ten digits that pass as a US number but are grouped as nobody writes one (4-4-2, 2-4-4).
    ("Dispense per NDC 5024-4817-30 twice daily.", "5024-4817-30"),
    ("Shelf tag 31-6628-4097 is missing from aisle 4.", "31-6628-4097"),
    # A bare "x12" after an unverifiable shape is a quantity, not an extension.
    ("Pallet 5180-2297-64  x12 received.", "5180-2297-64"),
    # Ten digits starting with 1 are no North American number (a Unix time in a log line).
    ("1718304455 WARN sms queue backlog at 300 messages", "1718304455"),
    # Loyalty programmes' cards pass Luhn; their word outranks "card".
    ("Rewards card: 5412 7534 1289 0555 (add points at checkout)", "5412 7534 1289 0555"),
    ("Loyalty card number 2221 0045 8731 2225 expires never.", "2221 0045 8731 2225"),
    ("My frequent flyer number is 4471 2290 8836, thanks.", "4471 2290 8836"),
    # An EAN-13 barcode that happens to pass Luhn in the Visa range: 13-digit cards need a card word.
    ("Scanned 4002760189557  TEA 80 BAGS  2.49", "4002760189557"),
    # A Dutch order label before ten digits that pass the NHS check.
    ("Klant: mijn ordernummer is 401 023 2137, graag snel.", "401 023 2137"),
    # A one-time code whose channel follows the code word ("kod SMS", "código SMS").
    ("Kod SMS: 58213907 (ważny 5 min)", "58213907"),
    ("Tu código SMS es 582139071", "582139071"),
    ("Wpisz kod z SMS: 582 139 071", "582 139 071"),
    # "account" alone heads customer ids in CRM exports, not bank accounts.
    ("id,account,balance\n1,77812345,1200\n", "77812345"),
]


@pytest.mark.parametrize(("text", "value"), LOOKALIKES)
def test_lookalike_is_not_pii(text: str, value: str) -> None:
    assert _found(text, value) == set()


GUARDS = [
    ("Call me at 415-867-2291 tonight.", "415-867-2291", "PHONE"),
    ("Call 1 (415) 867-2291 tonight.", "(415) 867-2291", "PHONE"),
    ("phone: 415.867.2291", "415.867.2291", "PHONE"),
    ("cell 4158672291", "4158672291", "PHONE"),
    ("Desk line 212-736-5000 x204", "212-736-5000", "PHONE"),
    # UK numbers starting 011x are not read as the North American exit code 011.
    ("Leeds office: 0113 243 1234", "0113 243 1234", "PHONE"),
    ("Next of kin: son, 0114 272 9911", "0114 272 9911", "PHONE"),
    ("From abroad dial 011 44 113 243 1234.", "44 113 243 1234", "PHONE"),
    # A 13-digit card with its word; a payment card word after a programme word; "points" alone.
    # A phone word about SMS that qualifies no code, and the number a code is sent to.
    ("Mi teléfono para el SMS: 612 345 678", "612 345 678", "PHONE"),
    ("Send the code by SMS to 0151 23456789", "0151 23456789", "PHONE"),
    # The German imperative "Ruf mich an"; a bank-account column of a pasted table.
    ("Bitte ruf mich morgen an: 0221 4471935", "0221 4471935", "PHONE"),
    ("staff_id;iban_or_account;bank_account\n88120;-;3310427785\n", "3310427785", "BANK_ACCOUNT"),
    ("Name,Account Number,Sort code\nJo Hale,55123876,40-12-07\n", "55123876", "BANK_ACCOUNT"),
    ("Name;Kontonummer;BLZ\nJo Hale;5512387601;37040044\n", "5512387601", "BANK_ACCOUNT"),
    ("Pay with Visa 4222222222222 please.", "4222222222222", "CREDIT_CARD"),
    ("Loyalty: none. Credit card 4111 1111 1111 1111.", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("How do I redeem points won on credit card 4539 1488 0343 6467?", "4539 1488 0343 6467", "CREDIT_CARD"),
]


@pytest.mark.parametrize(("text", "value", "entity"), GUARDS)
def test_pii_is_kept(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)

"""What ``scripts/pii_eleventh.py`` measured (issue #14): 16-digit cards in odd groupings with no
card word, "Routing (ABA):", mail headers' Message-IDs, EINs beside SSN words, national numbers
of other regions closing a signature or an address block or after a name, and Unix times in a
text about the NHS or a payment. The strings are written for these tests, not taken from that
set; every value passes (or, for the look-alikes, fails) its own check (``stdnum``,
``phonenumbers``)."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


FOUND = [
    # Luhn- and issuer-valid 16-digit cards in 4-6-6, 8-8 and double-spaced 4-4-8, an expiry after.
    ("Checkout failed. Here it is: 4111 111111 111111 11/27 cvc 331", "4111 111111 111111", "CREDIT_CARD"),
    ("use 51051051 05105100", "51051051 05105100", "CREDIT_CARD"),
    ("ok: 4111  1111  11111111", "4111  1111  11111111", "CREDIT_CARD"),
    # With a card word, a dotted 4-12 too.
    ("Corp card 5105.105105105100", "5105.105105105100", "CREDIT_CARD"),
    # A US statement's routing number after "Routing (ABA):".
    ("Account Number: 737611020860   Routing (ABA): 021000021", "021000021", "BANK_ACCOUNT"),
    # The sender's address in a forwarded header is still an address.
    ("From: Anna Berg <anna.berg@example.com>\nMessage-ID: <1.a@mx.example.net>", "anna.berg@example.com", "EMAIL"),
    # The person's SSN after the company's EIN.
    ("the payer's number is 27-5190128 and my SSN is 536-22-1234.", "536-22-1234", "US_SSN"),
    ("use 208283097, my social security number is 453 93 9087.", "453 93 9087", "US_SSN"),
    # National numbers of regions outside phone_regions with no phone word: closing a signature
    # or a delivery-address block, or after a person's name ending the line.
    ("Mit freundlichen Grüßen\nJürgen Schmidt\nNordwind Logistik GmbH\n030 64032217\n", "030 64032217", "PHONE"),
    (
        "Adresse de livraison :\nClaire Martin\n12 rue de la Paix\n75002 Paris\n01 42 68 53 00",
        "01 42 68 53 00",
        "PHONE",
    ),
    ("[16:10] Here's Jürgen Schmidt 0151 23456789", "0151 23456789", "PHONE"),
    # An NHS number labelled across a bracket, ten unbroken digits that are also a Unix time.
    ("NHS no. (occupational health): 1564001598", "1564001598", "UK_NHS"),
]


@pytest.mark.parametrize(("text", "value", "entity"), FOUND)
def test_found(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)


NOT_FOUND = [
    # Issuer- and Luhn-valid 16 digits after a noun naming them, or a dotted pair (a decimal).
    ("meter 4111 111111 111111 read", "4111 111111 111111"),
    ("session 51051051 05105100 expired", "51051051 05105100"),
    ("rate 4111.111111111111", "4111.111111111111"),
    # A reference and an amount on a statement line, beside "Debit card ending".
    ("Debit card ending 3150\n05/21 POS PURCHASE REF 44952519290  543.54", "44952519290  543.54"),
    # A Message-ID is no mailbox.
    ("Message-ID: <43691476293557.ae476b28@mx5.mailhost.net>", "43691476293557.ae476b28@mx5.mailhost.net"),
    ("In-Reply-To: <CAF=abc123@mail.gmail.com>", "CAF=abc123@mail.gmail.com"),
    # EINs (valid prefixes, undashed ones valid as SSNs too) in sentences naming an SSN.
    ("the payer's number is 27-5190128 and my SSN is 536-22-1234.", "27-5190128"),
    ("use 208283097, my social security number is 453 93 9087.", "208283097"),
    ("company number 828651715; SSN for the owner: 211328456.", "828651715"),
    # Quantities and years where the weak contact cues look.
    ("Best regards,\nAnna Berg\nSales\n12 345 678", "12 345 678"),
    ("Meeting notes Jane Doe 2025 2026", "2025 2026"),
    # Unix seconds passing mod 11 in a text about the NHS, no NHS word labelling them.
    ("Patient NHS no 485 777 3457, note 1733412301", "1733412301"),
    ("checked in 1733412328 by nurse (NHS trust)", "1733412328"),
    # Unix milliseconds passing Luhn beside a payment word.
    ("payment 1781917365359 ok", "1781917365359"),
]


@pytest.mark.parametrize(("text", "value"), NOT_FOUND)
def test_not_found(text: str, value: str) -> None:
    assert not _found(text, value)

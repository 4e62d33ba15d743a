"""A number's own label outranks a phone or bank reading (issue #14, scripts/pii_lookalikes_new.py):
each case below was reported by the detector before these rules; the guards keep the PII they
must not cost."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


LOOKALIKES = [
    # A config key without a phone or bank word labels the value.
    ("my .env\nADMIN_EMAIL=ops@example.com\nACCOUNT=122665797375\n", "122665797375"),
    ("# settings\nSTORE_NUMBER=+44 20 7946 0958\nDEBUG=false", "+44 20 7946 0958"),
    # Label words of other identifiers in several languages, a phone word elsewhere in the text.
    ("Telefon: 694457938\nE-mail: a@b.pl\nNIP firmy: 917-673-08-63\nKod pocztowy: 48-978", "917-673-08-63"),
    ("[08:58] me: call me at work later\n[08:20] Dave: the locker pin is 913-324-8226", "913-324-8226"),
    ("Call in to the standup: conference ID 410 671 5707#, then press 1.", "410 671 5707"),
    ("Customer rang about a claim. Duration 5 min, call id 919-719-3400.", "919-719-3400"),
    ("Webex: numéro de la réunion 126 9901 5833 — vous pouvez aussi appeler le pont audio.", "126 9901 5833"),
    ("Código arancelario 5043.99.0252, origen México.", "5043.99.0252"),
    # A compound label ("customs tariff number") and "number of <thing>".
    ("Zolltarifnummer 3548.62.5064, Ursprungsland Vietnam.", "3548.62.5064"),
    ("Numéro de carte fidélité : 34-3533-9319.", "34-3533-9319"),
    # A Polish NIP in its printed layout with valid check digits, no phone word right before.
    ("Sprzedawca: Hurtownia Zenit Sp. z o.o., 212-980-36-49, ul. Polna 3", "212-980-36-49"),
    # An SSN word after the digits that labels a number of its own.
    ("Dane firmy: Kowalski Sp. z o.o., REGON 807115721, SSN: 831-21-3244", "807115721"),
]


@pytest.mark.parametrize(("text", "value"), LOOKALIKES)
def test_labelled_lookalike_is_not_pii(text: str, value: str) -> None:
    assert _found(text, value) == set()


GUARDS = [
    ("Account number: 12345678, sort code 20-00-00", "12345678", "BANK_ACCOUNT"),
    ("# settings\nSUPPORT_PHONE=+44 20 7946 0958\nDEBUG=false", "+44 20 7946 0958", "PHONE"),
    ("Telefonnummer 0151 23456789, bitte abends.", "0151 23456789", "PHONE"),
    ("Numéro de téléphone : +33 6 12 34 56 78", "+33 6 12 34 56 78", "PHONE"),
    ("Call me on 212-980-36-49 tonight", "212-980-36-49", "PHONE"),
    ("PIN sent. Call me on (212) 555-0143 about the locker.", "(212) 555-0143", "PHONE"),
    ("Dane firmy: REGON 807115721, SSN: 831-21-3244", "831-21-3244", "US_SSN"),
    ("Her number 536-22-1234 (SSN) is on file.", "536-22-1234", "US_SSN"),
]


@pytest.mark.parametrize(("text", "value", "entity"), GUARDS)
def test_pii_next_to_its_own_word_is_kept(text: str, value: str, entity: str) -> None:
    assert entity in _found(text, value)

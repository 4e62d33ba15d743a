"""What ``scripts/pii_sixteenth.py`` measured (issue #14): OCR'd scans that double the gaps of a
label ("Social  Security  No.") and set spaces round a dash ("676 - 17 - 6790", "+1  312 - 847 -
2291"), NI numbers typed in lower case, a signature's fields joined by a bar ("P: ... | M ..."),
and, among the look-alikes, an identifier's label written as a key ("nhs_number:"), the part
number's "PN", a patron card's number after a bare "Card", and a phone word on the next line taken
for the label of a number with a label of its own. The strings are written for these tests, not
taken from that set; every value is what the test says, which the first test asserts."""

from __future__ import annotations

import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.gb import nhs
from stdnum.us import ssn

from bastion.gateway.policy.detectors.base import word_re
from bastion.gateway.policy.detectors.pii import PIIDetector, card_issuer_ok

DET = PIIDetector()
SSN = "536 - 22 - 1834"
OCR_PHONE = "+1  312 - 847 - 2291"
FR_MOBILE = "06 47 21 80 39"
NHS_FAILING = "415-720-3916"  # a valid North American number by its digits
PATRON_CARDS = ("72044188391263", "43088122755303", "09127334188028")
OLD_JCB = "213188429075530"


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


def _d(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def test_the_values_are_what_the_tests_say() -> None:
    assert ssn.is_valid(_d(SSN))
    assert nhs.is_valid("4010232137") and std_iban.is_valid("DE89370400440532013000")
    assert phonenumbers.is_valid_number(phonenumbers.parse("+13128472291"))
    assert phonenumbers.is_valid_number(phonenumbers.parse(FR_MOBILE, "FR"))
    assert not nhs.is_valid(_d(NHS_FAILING))
    for number in (*PATRON_CARDS, OLD_JCB):
        assert luhn.is_valid(number) and not card_issuer_ok(number), number


def test_a_phrase_of_context_words_takes_doubled_gaps_and_key_joins() -> None:
    words = word_re(["social security", "nhs number"])
    for text in ("Social  Security  No.", "social\tsecurity", "social_security_no", "NHS-number", "nhs_number"):
        assert words.search(text), text
    assert not words.search("socialsecurity") and not words.search("nhs.number")


@pytest.mark.parametrize(
    "text",
    [
        f"APPLICATION  FOR  EMPLOYMENT\nSocial  Security  No. :  {SSN}\n",
        f"Soc.  Sec.  No.  {SSN}",
        f"SSN: {SSN}",
        "Social  Security  Number :  536 22 1834",
    ],
)
def test_an_ocr_scans_ssn(text: str) -> None:
    value = SSN if SSN in text else "536 22 1834"
    assert "US_SSN" in _found(text, value), text


def test_an_ocr_scans_phone_and_its_lookalikes() -> None:
    assert "PHONE" in _found(f"Phone :  {OCR_PHONE}\nDate :  12/03/2025", OCR_PHONE)
    # spaced ranges and scores stay what they are
    for text in ("Pages 2019 - 2024", "Score  12 - 15 - 18", "Years 1998 - 2003 - 2011"):
        assert DET.detect(text) == [], text


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("NHS  Number :  401  023  2137", "UK_NHS"),
        ("NI  Number :  AB  12  34  56  C", "NATIONAL_ID"),
        ("IBAN :  DE89  3704  0044  0532  0130  00", "IBAN"),
    ],
)
def test_an_ocr_scans_doubled_gaps_in_other_identifiers(text: str, entity: str) -> None:
    assert [m.entity for m in DET.detect(text)] == [entity], text


def test_doubled_gaps_in_references_stay_references() -> None:
    for text in ("Invoice  No.  401  023  2137", "ref AB  12  34  56  C ok", "Years 1998  2003  2011  2024"):
        assert DET.detect(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "NI number: ze123456c",
        "National Insurance no. ab 12 34 56 c",
        "ni_number: ce 10 20 30 d",
        "NI no: jg103759a",
    ],
)
def test_a_lower_case_ni_number_after_its_name(text: str) -> None:
    assert any(m.entity == "NATIONAL_ID" for m in DET.detect(text)), text


def test_a_lower_case_code_without_the_name_is_no_ni_number() -> None:
    for text in ("user handle ab123456c", "coupon ze123456c applied", "build hj 12 34 56 a ok"):
        assert not any(m.entity == "NATIONAL_ID" for m in DET.detect(text)), text


def test_a_signatures_fields_joined_by_a_bar() -> None:
    text = f"Claire Martin\nP: +33 1 42 68 53 00 | M {FR_MOBILE}\nclaire.martin@exemple.fr"
    assert "PHONE" in _found(text, FR_MOBILE)
    text = f"T +31 10 284 7719 · M {FR_MOBILE}"
    assert "PHONE" in _found(text, FR_MOBILE)


@pytest.mark.parametrize(
    "text",
    [
        f"row 7 nhs_number: {NHS_FAILING} - check digit wrong",
        f"nhs-no={NHS_FAILING}",
        f'{{"nhs_number": "{NHS_FAILING}", "status": "rejected"}}',
    ],
)
def test_a_failing_number_under_an_identifier_key_is_no_phone(text: str) -> None:
    assert _found(text, NHS_FAILING) == set(), text


def test_a_part_numbers_abbreviation_is_a_reference_label() -> None:
    for text in ("| Acme | +82 2-238-8105 | PN 1666-9963-17 |", "Replace with P/N 312-847-2291 before shipping"):
        value = text.split("N ")[-1].split(" ")[0]
        assert _found(text, value) == set(), text


def test_a_patron_cards_number_after_card_is_no_payment_card() -> None:
    for number in PATRON_CARDS:
        text = f"Patron: Ana Silva  Card {number}\nLoans: 2"
        assert _found(text, number) == set(), text
    # ... but a payment word, or an old JCB number's prefix and length, still makes one
    assert "CREDIT_CARD" in _found(f"Debit card {PATRON_CARDS[1]}", PATRON_CARDS[1])
    assert "CREDIT_CARD" in _found(f"I lost my card {OLD_JCB} yesterday", OLD_JCB)


def test_a_label_on_the_next_line_does_not_name_a_number_with_its_own_label() -> None:
    text = (
        "AE office - tel: 050 132 7975, office code 450-883-8847\n"
        "TR office - phone: 0501 285 8219, office code 97.11.20"
    )
    assert _found(text, "450-883-8847") == set()
    # a contact block's next line still names the number above it
    text = "Mobile: 0688 843 79 56\nDesk: 5403926876\nFax: +41 62 585 12 34"
    assert "PHONE" in _found(text, "5403926876")


def test_the_sixteenth_sets_tuning_part_meets_the_goals() -> None:
    """The tuning families of ``scripts/pii_sixteenth.py`` (the held-out ones are not read here):
    every validated entity's recall 0.97 at least, at most 1% of look-alikes flagged."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import pii_rounds
    import pii_sixteenth

    report = pii_rounds.evaluate([m for m in pii_sixteenth.build() if not m.heldout])
    assert set(report.recall) >= {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "UK_NHS", "NATIONAL_ID"}
    for entity, (found, total) in report.recall.items():
        assert found / total >= 0.97, entity
    flagged, looks = report.look_total()
    assert looks > 1500 and flagged / looks <= 0.01


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Soc.Sec.No. 536-22-1834", "US_SSN"),
        ("S.S.# 536221834", "US_SSN"),
        ("N.H.S. No. 4010232137", "UK_NHS"),
        ("N.I. No. AB 12 34 56 C", "NATIONAL_ID"),
        ("Nat Ins No ab123456c", "NATIONAL_ID"),
        ("National Ins. No. ab123456c", "NATIONAL_ID"),
        ('"dateOfBirth": "1985-03-12"', "DATE_OF_BIRTH"),
    ],
)
def test_abbreviated_and_glued_labels(text: str, entity: str) -> None:
    assert entity in {m.entity for m in DET.detect(text)}, text

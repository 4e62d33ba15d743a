"""What ``scripts/pii_nineteenth.py`` measured (issue #14): an SSN scanned with a gap on one side
of a dash or doubled spaces; "social" after a possessive ("your social", "my sister's social");
an individual's "tax ID"; "the full number" after an SSN's last four; nine digits right after a
person's date of birth on their line, no label written; "social" or "ss" right before the digits
though a reference came first, and a column headed "Social". And what stays unreported: two kinds of
separator in one number, an SSN word carried past another number to a labelled one ("my SSN is
... and the error code is ..."), "social media", a date of this century or an own label before
the digits. The strings are written for these tests, not taken from that set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from stdnum.us import ssn

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()

#: Valid SSNs (``stdnum.us.ssn``), written for these tests.
VALID = ("521-47-3390", "284-16-7702", "630-58-1147", "407-93-2268")


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


def test_the_numbers_are_valid_ssns() -> None:
    assert all(ssn.is_valid(v.replace("-", "")) for v in VALID)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("S.S.N.  521- 47 -3390   Date of hire ____", "521- 47 -3390"),
        ("Soc. Sec. No :  284  16  7702", "284  16  7702"),
        ("SSN 630 -58- 1147 (scanned)", "630 -58- 1147"),
        ("can u send me your social? mine is 407-93-2268", "407-93-2268"),
        ("dad needs my sister's social for the tax return: 521473390", "521473390"),
        ("Tax ID: 284 16 7702\nPayer: Riverside Clinic", "284 16 7702"),
        ("She confirmed the last four of her SSN earlier; the full number is 630581147.", "630581147"),
        ("Ruth Adler, DOB 1958-02-11, 407-93-2268", "407-93-2268"),
        ("Ruth Adler | 11/02/1958 | 521473390", "521473390"),
        ("Lev Adler - 4/9/71 - 284 16 7702", "284 16 7702"),
        ("Pt: Ana Ruiz; born March 3, 1990; 630-58-1147", "630-58-1147"),
        ("SSNs on file: 521-47-3390 and 284-16-7702", "284-16-7702"),
        ("Ticket 2026-118 reopened for the policyholder with social 630 58 1147", "630 58 1147"),
        ("agent note: identity ok (ss 407-93-2268), refund approved", "407-93-2268"),
        ("Name,Social,Team\nRuth Adler,521-47-3390,Finance", "521-47-3390"),
    ],
)
def test_an_ssn_in_these_layouts_and_voices_is_found(text: str, value: str) -> None:
    assert "US_SSN" in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SSN 521-47 3390", "521-47 3390"),
        ("my SSN is 284-16-7702 and the reference the portal shows is 630-58-1147", "630-58-1147"),
        ("your social media post got 407-93-2268 views", "407-93-2268"),
        ("Ruth Adler, shipped 2026-03-02, 521-47-3390", "521-47-3390"),
        ("Ruth Adler, DOB 1958-02-11, order no. 284-16-7702", "284-16-7702"),
        ("Lev Adler - 4/9/21 - 630 58 1147", "630 58 1147"),
        ("the class 521-47-3390 roster", "521-47-3390"),
        ("Name,Social,Team\nRuth Adler,@ruth.adler,Finance\nInvoice 284-16-7702", "284-16-7702"),
    ],
)
def test_these_numbers_are_no_ssn(text: str, value: str) -> None:
    assert "US_SSN" not in _found(text, value)


def test_the_nineteenth_blind_check_meets_the_goals() -> None:
    """The blind check of ``scripts/pii_nineteenth.py``, written before the second rules (read
    once before them, 18 of 86): the goals on SSNs and look-alikes."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import pii_nineteenth
    import pii_rounds

    report = pii_rounds.evaluate(pii_nineteenth.build_after())
    found, total = report.recall["US_SSN"]
    assert total > 60 and found / total >= 0.97
    flagged, looks = report.look_total()
    assert looks > 200 and flagged / looks <= 0.01


def test_the_nineteenth_sets_tuning_part_meets_the_goals() -> None:
    """The tuning part of ``scripts/pii_nineteenth.py`` (its held-out families are never used for
    a rule): recall 0.97 at least on SSNs, at most 1% of look-alikes flagged."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import pii_nineteenth
    import pii_rounds

    report = pii_rounds.evaluate([m for m in pii_nineteenth.build() if not m.heldout])
    found, total = report.recall["US_SSN"]
    assert total > 250 and found / total >= 0.97
    flagged, looks = report.look_total()
    assert looks > 900 and flagged / looks <= 0.01


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SSN 521-47-3390, spouse 284-16-7702", "284-16-7702"),
        ("SSNs: John 521-47-3390, Mary 284-16-7702", "284-16-7702"),
        ("Enter SSN. Yours: 521-47-3390 and your child's: 284-16-7702", "284-16-7702"),
        ("Social security numbers - self 630-58-1147; dependent son 407-93-2268", "407-93-2268"),
    ],
)
def test_an_ssn_word_labels_each_persons_number_of_a_household_list(text: str, value: str) -> None:
    """A household form lists several people's SSNs under one word: a name, a relation or "yours"
    between two numbers is no label of its own (a reviewer's finding on the nineteenth rules)."""
    assert "US_SSN" in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my ss# is 529-49-0800 and the error code is 039-72-6592", "039-72-6592"),
        ("SSN 521-47-3390, invoice 284-16-7702", "284-16-7702"),
        ("SSN 521-47-3390; ticket id: 630-58-1147", "630-58-1147"),
    ],
)
def test_an_ssn_word_is_not_carried_past_a_label_of_its_own(text: str, value: str) -> None:
    assert "US_SSN" not in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("our social team ref 284-16-7702", "284-16-7702"),
        ("your social status 284-16-7702", "284-16-7702"),
        ("their social calendar code 521-47-3390", "521-47-3390"),
    ],
)
def test_social_before_a_noun_of_its_own_is_no_ssn_word(text: str, value: str) -> None:
    """ "Social" after a possessive names the SSN only when the number or a number word follows it,
    not when it qualifies a noun (a reviewer's finding on the nineteenth rules)."""
    assert "US_SSN" not in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("need ur brother's social for the FAFSA: 630-58-1147", "630-58-1147"),
        ("what's your social: 407-93-2268", "407-93-2268"),
        ("her social is 521 47 3390", "521 47 3390"),
        ("my mom's social number 284-16-7702", "284-16-7702"),
        ("put their social # 630581147", "630581147"),
    ],
)
def test_social_after_a_possessive_before_a_number_word_names_an_ssn(text: str, value: str) -> None:
    assert "US_SSN" in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Invoice date 03/04/1998, 284-16-7702", "284-16-7702"),
        ("Date: 2009-05-01; 284-16-7702", "284-16-7702"),
        ("Ruth Adler, Invoice Date 03/04/1998, 521-47-3390", "521-47-3390"),
        ("Order shipped 1998-03-04 | 630 58 1147", "630 58 1147"),
    ],
)
def test_a_date_with_no_birth_word_or_name_before_it_labels_no_ssn(text: str, value: str) -> None:
    """A date names the digits after it a birth date's SSN only beside a person's name or a birth
    word, not on an invoice's or an order's line (a reviewer's finding on the nineteenth rules)."""
    assert "US_SSN" not in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Maria Lopez, 04/12/1986, 521-47-3390", "521-47-3390"),
        ("Lopez, Maria | 1986-04-12 | 284167702", "284167702"),
        ("born 03/04/1967, 630-58-1147", "630-58-1147"),
    ],
)
def test_a_date_beside_a_name_or_birth_word_still_labels_the_ssn(text: str, value: str) -> None:
    assert "US_SSN" in _found(text, value)


@pytest.mark.parametrize(
    "text",
    ["Company tax ID: 284-16-7702", "Business tax id 521 47 3390", "employer's tax ID: 630581147"],
)
def test_a_companys_tax_id_is_no_ssn(text: str) -> None:
    """A tax ID names the SSN only when it is no company's (a reviewer's finding, issue #14)."""
    value = text.split(maxsplit=3)[-1].lstrip(":").strip()
    assert "US_SSN" not in _found(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my SSN 521473390 - the LLC's is 284167702", "284167702"),
        ("my SSN 521 47 3390, not the company's 630581147", "630581147"),
        ("verified ID (SSN 407-93-2268). RMA 284-16-7702 shipped", "284-16-7702"),
    ],
)
def test_an_ssn_word_is_not_carried_to_a_companys_or_an_acronyms_number(text: str, value: str) -> None:
    """What the earlier "any words between" rule also kept out, found by the twelfth and nineteenth
    sets' held-out EIN and RMA look-alikes once the household fix let people's words through."""
    assert "US_SSN" not in _found(text, value)

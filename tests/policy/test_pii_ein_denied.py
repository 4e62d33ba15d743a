"""A company's nine digits with an SSN word after them that says the number is not an SSN (issue
#14; the eleventh and twelfth sets' held-out look-alikes): the SSN word denied after another tax
word ("in the TIN box, not the SSN box") or said to be unneeded ("SSN not needed here", "no SSN
required"). The strings are written for these tests, not taken from either set; the look-alikes
are valid EINs and SSN-shaped, which the first test asserts. Real SSNs with an SSN word stay found."""

from __future__ import annotations

import pytest
from stdnum.us import ein, ssn

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _found(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {m.entity for m in DET.detect(text) if m.start < at + len(value) and at < m.end}


def test_the_values_are_what_the_tests_say() -> None:
    for value in ("266050007", "609810166", "471234567"):
        assert ein.is_valid(value) and ssn.is_valid(value)
    assert ssn.is_valid("536221234")


@pytest.mark.parametrize(
    "text",
    [
        "Put 266050007 in the TIN box, not the SSN box.",
        "Enter 471234567 as the TIN - not as a social security number.",
        "put 609810166, SSN not needed here",
        "Use 609810166; an SSN is not required for the LLC.",
        "Vendor tax number 266050007 (no SSN needed).",
        "Our number is 471234567, SSN isn't necessary.",
    ],
)
def test_a_denied_or_unneeded_ssn_word_after_the_digits_labels_nothing(text: str) -> None:
    value = next(v for v in ("266050007", "609810166", "471234567") if v in text)
    assert _found(text, value) == set()


@pytest.mark.parametrize(
    "text",
    [
        "My SSN is 536221234.",
        "Put 536-22-1234 in the SSN box.",
        "536-22-1234 is my social security number",
        "SSN: 536-22-1234 (the TIN box is not needed)",
        "Use 536221234 as the TIN, your SSN.",
    ],
)
def test_a_real_ssn_with_its_word_is_still_found(text: str) -> None:
    value = "536-22-1234" if "536-22-1234" in text else "536221234"
    assert _found(text, value) == {"US_SSN"}

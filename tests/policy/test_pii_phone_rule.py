"""The phone rule's knobs (``PhoneRule``, issue #14): what each candidate of
``scripts/pii_phone_rules.py`` changes, on the real detector, and that the default is the shipped
rule (a valid formatted number is reported on its shape; unformatted digits need a phone word)."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PhoneRule, PIIDetector

SHIPPED = PIIDetector()
STRICT = PIIDetector(phone_rule=PhoneRule(formatted_needs_cue=True))


def _phone(det: PIIDetector, text: str, value: str) -> bool:
    at = text.index(value)
    return any(m.entity == "PHONE" and m.start < at + len(value) and at < m.end for m in det.detect(text))


def test_default_rule_is_the_shipped_one() -> None:
    assert PhoneRule() == SHIPPED.phone_rule
    # A valid formatted national number with no cue at all: reported on its shape.
    assert _phone(SHIPPED, "Anna Schmidt, 646-376-3340, Berlin office.", "646-376-3340")
    # The same digits unformatted need a phone word.
    assert not _phone(SHIPPED, "Anna Schmidt, 6463763340, Berlin office.", "6463763340")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anna Schmidt, 646-376-3340, Berlin office.", "646-376-3340"),
        ("Pallet 3 of 4: (415) 313-4095 units shipped", "(415) 313-4095"),
        ("Anna Schmidt, 020 7123 4567, London", "020 7123 4567"),
    ],
)
def test_strict_rule_drops_formatted_national_numbers_without_a_cue(text: str, value: str) -> None:
    assert _phone(SHIPPED, text, value)
    assert not _phone(STRICT, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call Anna on 646-376-3340 tomorrow.", "646-376-3340"),
        ("Anna Schmidt, +44 20 7123 4567 (after 5pm)", "+44 20 7123 4567"),
        ("Anna Schmidt, 0044 20 7123 4567 (after 5pm)", "0044 20 7123 4567"),
        ("T: 020 7946 0958\nE: anna@example.com", "020 7946 0958"),
        ("name,phone,city\nAnna,646-376-3340,Leeds\n", "646-376-3340"),
    ],
)
def test_strict_rule_keeps_cued_and_international_numbers(text: str, value: str) -> None:
    assert _phone(STRICT, text, value)


def test_reach_in_characters() -> None:
    text = "Phone (open all week, mornings too): 646-376-3340"
    near_only = PIIDetector(phone_rule=PhoneRule(before=10, after=10, formatted_needs_cue=True))
    assert _phone(STRICT, text, "646-376-3340")  # the shipped reach, 40 characters
    assert not _phone(near_only, text, "646-376-3340")
    assert _phone(near_only, "Phone: 646-376-3340", "646-376-3340")


def test_reach_in_words() -> None:
    text = "Please phone our London office on 020 7946 0958."
    two = PIIDetector(phone_rule=PhoneRule(before=2, after=2, unit="words", formatted_needs_cue=True))
    five = PIIDetector(phone_rule=PhoneRule(before=5, after=5, unit="words", formatted_needs_cue=True))
    assert not _phone(two, text, "020 7946 0958")
    assert _phone(five, text, "020 7946 0958")
    # After the digits: "0161 496 0018 (mobile)".
    assert _phone(two, "Anna 0161 496 0018 (mobile) or e-mail", "0161 496 0018")


def test_dialling_prefix_as_cue() -> None:
    plus_only = PIIDetector(phone_rule=PhoneRule(formatted_needs_cue=True, idd_is_cue=False))
    for text, value in (
        ("Anna Schmidt, 0044 20 7123 4567 (after 5pm)", "0044 20 7123 4567"),
        # (Not ending its line: a name and a number alone on a line are a contact list's line,
        # a layout cue of its own since branch j50.)
        ("Anna Schmidt, 011 44 20 7123 4567 (mornings)", "011 44 20 7123 4567"),
    ):
        assert _phone(STRICT, text, value)
        assert not _phone(plus_only, text, value)
    assert _phone(plus_only, "Anna Schmidt, +44 20 7123 4567 (after 5pm)", "+44 20 7123 4567")


def test_contact_layouts_as_cue() -> None:
    text = "T: 020 7946 0958\nE: anna@example.com"
    no_layout = PIIDetector(phone_rule=PhoneRule(formatted_needs_cue=True, layouts=False))
    assert _phone(STRICT, text, "020 7946 0958")
    assert not _phone(no_layout, text, "020 7946 0958")

"""What ``scripts/pii_twentieth.py`` measured (issue #14): a phone number's span stops where
another number begins (a time, a date, a booking after a spaced dash); a phone word or a line's
phone label does not reach a second number that carries a label of its own ("#", "Res.", "No.");
a "00" run into a reference's first group ("007-555-2696") is no exit code. And what stays whole:
extensions, "+44 (0)" and "011 44" forms, valid numbers with mixed separators, lists of phones
under one word. The strings are written for these tests, not taken from that set."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def _phones(text: str) -> list[str]:
    return [text[m.start : m.end] for m in DET.detect(text) if m.entity == "PHONE"]


def _flagged(text: str, value: str) -> bool:
    at = text.index(value)
    return any(m.start < at + len(value) and at < m.end for m in DET.detect(text))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call the desk on 020 7946 0321 13.45", "020 7946 0321"),
        ("Ring +44 161 496 0755 15.00 sharp", "+44 161 496 0755"),
        ("Tel: +44 (0)20 7946 0321 - 4603974", "+44 (0)20 7946 0321"),
        ("Mob +49 1511 5952396 9.45", "+49 1511 5952396"),
    ],
)
def test_the_phone_stops_where_the_next_number_begins(text: str, phone: str) -> None:
    assert _phones(text) == [phone]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Mobil: +47 462 938 93  #133-874-238", "133-874-238"),
        ("Mobile: +44 7700 900 461 | Res. 938-891-962", "938-891-962"),
        ("Phone: 020 7946 0321 - No. 9035-1425-00", "9035-1425-00"),
        ("Remit questions to 007-555-2696", "007-555-2696"),
    ],
)
def test_a_number_with_a_label_of_its_own_is_no_phone(text: str, other: str) -> None:
    assert not _flagged(text, other)


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Tel: +44 (0)20 7946 0321 ext. 204", ["+44 (0)20 7946 0321 ext. 204"]),
        ("Tel 011 44 20 7946 0321", ["011 44 20 7946 0321"]),
        ("Tel: 0044 20 7946 0321", ["0044 20 7946 0321"]),
        ("Tel.: 0 21 11 98765-4321", ["0 21 11 98765-4321"]),
        ("Tel 030 1234567 / 030 1234568", ["030 1234567", "030 1234568"]),
        ("Tel. 0161 496 0123 (home) 0161 496 0124", ["0161 496 0123", "0161 496 0124"]),
        ('<a href="tel:+442079460321">020 7946 0958</a>', ["+442079460321", "020 7946 0958"]),
    ],
)
def test_phones_stay_whole(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones

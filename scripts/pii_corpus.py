"""PII sentences and look-alikes written for Bastion (seeded, so always the same rows).

Positives: each validated entity in several layouts and frames, with and without the entity's
name nearby where a reader would still call it personal data (an NHS number printed 3-3-4
without the word "NHS", a phone number with an extension or written ``+44 (0)...`` or
``011 44 ...``). Look-alikes: numbers that share the shape but fail the check or sit after a
reference label (order and invoice numbers, NHS-like numbers failing mod 11, dashed 9-digit
numbers without SSN context, never-issued SSNs, Luhn failures, version strings).

``frames_heldout`` marks every fourth frame of each list: the rules were written looking at
the other frames only, and the bench reports the held-out frames separately.
"""

from __future__ import annotations

import random

from pii_rounds import Case, nhs_check_digit
from stdnum import luhn


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return digits + luhn.calc_check_digit(digits)


def _nhs(rng: random.Random, valid: bool) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        check = nhs_check_digit("".join(map(str, d)))
        if check == 10:
            continue
        if not valid:
            check = (check + 1 + rng.randrange(9)) % 10
        s = "".join(map(str, d)) + str(check)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _iban_gb(rng: random.Random) -> str:
    bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    acct = "".join(str(rng.randrange(10)) for _ in range(14))
    from stdnum import iban

    body = bank + acct
    check = iban.calc_check_digits("GB00" + body)
    return f"GB{check}{body}"


def _spaced(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


PHONES = [
    "+44 (0)20 7946 0958",
    "+44(0)161 496 0753",
    "+44 (0) 7700 900 461",
    "011 44 20 7946 0321",
    "011 44 7700 900 872",
    "011 49 30 901820",
    "(415) 555-2671 ext. 204",
    "212-555-0147 x31",
    "+1 312 555 0199 extension 7",
    "020 7946 0172 ext 12",
    "+1 (646) 555-0134",
    "+33 1 42 68 53 00",
    "07700 900 318",
    "+49 30 901820",
    "(617) 555-0110",
]

POSITIVE_FRAMES = {
    "PHONE": [
        "You can reach me on {v} after six.",
        "Phone: {v}",
        "Call {v} to confirm the booking.",
        "My mobile is {v}.",
        "Contact details for the visit: {v}",
        "Ring the front desk at {v} if you're lost.",
        "{v} is my direct line.",
        "Leave a message at {v}.",
    ],
    "UK_NHS": [
        "NHS number {v}",
        "Patient: John Smith, {v}, admitted Tuesday.",
        "His number is {v} according to the referral letter.",
        "Referral for {v}: suspected fracture, left wrist.",
        "Please update the record for {v} with the new allergy.",
        "Her NHS no. is {v}.",
        "Details: Jane Doe, DOB 04/05/1961, {v}.",
        "The GP surgery confirmed {v} belongs to Mr Patel.",
    ],
    "US_SSN": [
        "My SSN is {v}.",
        "Social security number: {v}",
        "SSN {v} on file for the applicant.",
        "Please verify the social security number {v} before payroll runs.",
        "Employee SSN: {v}, start date June 3.",
        "Here is her social security no. {v}",
        "Taxpayer ID (SSN): {v}",
        "ssn# {v}",
    ],
    "CREDIT_CARD": [
        "Charge it to my card {v}.",
        "Visa {v}, exp 09/27.",
        "Card number: {v}",
        "Please refund to {v}.",
        "Use the Mastercard ending... actually the full number is {v}.",
        "Payment details {v} cvv 123",
        "{v} is the card on the account.",
        "My debit card {v} was declined.",
    ],
    "IBAN": [
        "Please wire the deposit to {v}.",
        "IBAN: {v}",
        "Our account is {v} (Barclays).",
        "Send the refund to {v} by Friday.",
        "Beneficiary IBAN {v}",
        "Bank details: {v}, BIC BARCGB22",
        "Transfer to {v} please.",
        "The supplier's IBAN is {v}.",
    ],
    "BANK_ACCOUNT": [
        "Account number: {v}",
        "Please pay into account no. {v}, sort code 20-00-00.",
        "My checking account {v} at Chase.",
        "Routing number 021000021, account number {v}.",
        "acct # {v}",
        "The refund goes to bank account {v}.",
        "Savings account {v} should receive the transfer.",
        "A/C no. {v}",
    ],
}

LOOKALIKE_FRAMES = [
    ("nhs_fail", "Order number {v}"),
    ("nhs_fail", "Your reference is {v}."),
    ("nhs_fail", "Tracking: {v}"),
    ("nhs_fail", "Parcel {v} was delivered."),
    ("nhs_fail", "Ticket {v} has been closed."),
    ("nhs_fail", "Case {v} escalated to tier 2."),
    ("nhs_fail", "Booking {v} confirmed for two nights."),
    ("nhs_fail", "Quote {v} is valid for 30 days."),
    ("dashed9", "Invoice {v} is overdue."),
    ("dashed9", "Part {v} is out of stock."),
    ("dashed9", "Please quote reference {v} in any correspondence."),
    ("dashed9", "Claim {v} was approved."),
    ("dashed9", "Batch {v} passed QA."),
    ("dashed9", "Order {v} shipped today."),
    ("dashed9", "Model {v} replaces the old unit."),
    ("dashed9", "Item {v} - blue, size M."),
    ("bad_ssn", "Test SSN 111-11-1111 for the demo form."),
    ("bad_ssn", "Use 000-12-3456 as a placeholder."),
    ("bad_ssn", "The sample shows SSN 666-45-1234."),
    ("bad_ssn", "Example: 123-45-6789."),
    ("bad_ssn", "Dummy value 999-99-9999 in the fixture."),
    ("bad_ssn", "SSN field: 078-05-1120 (the famous wallet number)."),
    ("bad_ssn", "Placeholder social security number 222-22-2222."),
    ("bad_ssn", "ssn 987-65-4321 in the example data"),
    ("luhn_fail", "Card 4111 1111 1111 1112 failed validation."),
    ("luhn_fail", "Order 4539 1488 0343 6468 shipped."),
    ("version", "Upgrade to version 10.2.3.4 before Monday."),
    ("version", "Build 2024.11.05.1 fixed the crash."),
    ("uuid", "Request id 3f2b8c1e-9a7d-4e21-b5c3-0d6f8a9e1b24 timed out."),
    ("hash", "Commit 9fceb02d0ae598e95dc970b74767f19372d61af8 broke the build."),
    ("amount", "Revenue was 1,234,567.89 last quarter."),
    ("date", "The meeting is on 2024-03-15 at 10:00."),
]


def build(seed: int = 77, per_frame: int = 5) -> list[Case]:
    rng = random.Random(seed)
    out: list[Case] = []
    for entity, frames in POSITIVE_FRAMES.items():
        for j, frame in enumerate(frames):
            for _ in range(per_frame):
                if entity == "PHONE":
                    v = rng.choice(PHONES)
                elif entity == "UK_NHS":
                    v = _nhs(rng, True)
                elif entity == "US_SSN":
                    v = _ssn(rng)
                elif entity == "CREDIT_CARD":
                    v = _luhn_complete(rng.choice(["4", "51", "55", "37", "6011"]), 16, rng)
                    if v.startswith("37"):
                        v = _luhn_complete("37", 15, rng)
                    v = _spaced(v) if rng.random() < 0.6 else v
                elif entity == "IBAN":
                    v = _iban_gb(rng)
                    v = _spaced(v) if rng.random() < 0.5 else v
                else:
                    v = "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 10, 12])))
                out.append(Case(frame.format(v=v), entity, v, f"{entity}-{j}", j % 4 == 3))
    for j, (family, frame) in enumerate(LOOKALIKE_FRAMES):
        n = per_frame if "{v}" in frame else 1
        for _ in range(n):
            if family == "nhs_fail":
                v = _nhs(rng, False)
            elif family == "dashed9":
                v = _ssn(rng)
            else:
                v = ""
            out.append(Case(frame.format(v=v), None, v, f"lookalike-{family}", j % 4 == 3))
    return out

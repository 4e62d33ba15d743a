"""Regulation templates cover what their regulation names: each identifier, written as people
write it, is redacted by the template's policy running in the engine (issue #14: no template
found IBANs)."""

from __future__ import annotations

import pytest

from bastion.gateway.policy import templates
from bastion.gateway.policy.engine import PolicyEngine

PCI = [
    ("Card 4539 1488 0343 6467 please", "4539 1488 0343 6467"),
    ("amex 3782-822463-10005", "3782-822463-10005"),
    ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("wire to FR1420041010050500013M02606 today", "FR1420041010050500013M02606"),
    ("account number 12345678, sort code 20-00-00", "12345678"),
    ("routing number 021000021", "021000021"),
    ("Exp: 09-27", "09-27"),
    ("Kontonummer 1234567890", "1234567890"),
    ("numer konta 12345678901234", "12345678901234"),
    ("número de cuenta 0123456789", "0123456789"),
    ("CVV: 918", "918"),
    ("exp 09/27", "09/27"),
    ("PIN 4821", "4821"),
    (";4539148803436467=2709", "4539148803436467"),
    # IBANs of other countries and layouts (scripts/pii_blind.py).
    ("Payee IBAN - gb45 sdtw 8229 0753 9425 93", "gb45 sdtw 8229 0753 9425 93"),
    ("Virement sur le compte PT64 8003 9898 1111 1426 1349 1 svp.", "PT64 8003 9898 1111 1426 1349 1"),
    ("Send the deposit to account CH9300762011623852957 by Friday.", "CH9300762011623852957"),
]

HIPAA = [
    ("Patient email jo.bloggs@mail.example.org", "jo.bloggs@mail.example.org"),
    ("Phone (415) 555-2671 ext. 204", "(415) 555-2671"),
    ("fax +44 (0)20 7946 0958", "7946 0958"),
    ("SSN 536-22-1234", "536-22-1234"),
    ("NHS number 943 476 5919", "943 476 5919"),
    ("DOB: 03/14/1985", "03/14/1985"),
    ("Admitted on 2024-02-03, discharged 5 March 2024", "2024-02-03"),
    ("Admitted on 2024-02-03, discharged 5 March 2024", "5 March 2024"),
    ("Date of death: 11/02/2023", "11/02/2023"),
    ("Lives in Springfield, IL 62704 with her son", "62704"),
    ("Postcode SW1A 1AA", "SW1A 1AA"),
    ("MRN: 00482913", "00482913"),
    ("Member ID XJH-4482913", "XJH-4482913"),
    ("Logged in from 203.0.113.42", "203.0.113.42"),
    ("Portal https://portal.example-clinic.org/patients/4471", "portal.example-clinic.org"),
    ("Licence number D1234-56789", "D1234-56789"),
    ("VIN 1HGCM82633A004352", "1HGCM82633A004352"),
    ("Pacemaker serial number PX-99812-A", "PX-99812-A"),
    ("account number 12345678", "12345678"),
    ("IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("passport number 533380006", "533380006"),
    # Layouts the first held-out report named: NHS numbers without the word, +44(0), 011 44.
    ("Patient 943 476 5919 attended the clinic today.", "943 476 5919"),
    ("Tel +44(0)20 7946 0321 ext 12", "7946 0321"),
    ("From the US dial 011 44 161 496 0753.", "496 0753"),
    ("Payee IBAN - gb45 sdtw 8229 0753 9425 93", "gb45 sdtw 8229 0753 9425 93"),
    # Health plan beneficiary numbers, hospital numbers, plates and device UDIs (Safe Harbor 8, 9,
    # 12, 13; issue #14, checked 2026-12-07, branch j50) and account labels of other languages.
    ("Health plan beneficiary number: 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("Medicare ID 1EG4TE5MK73", "1EG4TE5MK73"),
    ("Insurance ID: W123456789", "W123456789"),
    ("Subscriber ID 884213377", "884213377"),
    ("Policy number: HX-44821937", "HX-44821937"),
    ("Medicaid #: 12345678", "12345678"),
    ("Group number 0044821", "0044821"),
    ("Member #: ABC12345678", "ABC12345678"),
    ("Hospital no.: E0763785", "E0763785"),
    ("Plate number: KA-01-AB-1234", "KA-01-AB-1234"),
    ("Device UDI (01)00844588003288(17)141120", "00844588003288"),
    ("Kontonummer 1234567890", "1234567890"),
]


def _engine(template: str) -> PolicyEngine:
    e = PolicyEngine(None, b"k" * 32)
    e.set_policies([templates.build(template)])
    return e


PCI_ENGINE = _engine("pci")
HIPAA_ENGINE = _engine("hipaa")


@pytest.mark.anyio
@pytest.mark.parametrize("text,value", PCI)
async def test_pci_covers_cards_ibans_accounts(text: str, value: str) -> None:
    r = await PCI_ENGINE.inspect(None, "chat_input", [text])
    assert r.action in ("redact", "block"), r.decisions
    if r.action == "redact":
        assert value not in r.texts[0], r.texts


@pytest.mark.anyio
@pytest.mark.parametrize("text,value", HIPAA)
async def test_hipaa_covers_the_identifiers_it_lists(text: str, value: str) -> None:
    r = await HIPAA_ENGINE.inspect(None, "chat_input", [text])
    assert r.action == "redact", r.decisions
    assert value not in r.texts[0], r.texts


@pytest.mark.anyio
@pytest.mark.parametrize(
    "text",
    [
        "Invoice 351-74-9623 is overdue",
        "Order number 346 462 7043",
        "Upgrade to version 1.2.3.4 tonight",
        "We met in 2019 and again in March.",
        "The clinic is open 9-5, Monday to Friday.",
        "The 2024-11 policy update covers group 12 and member benefits.",
    ],
)
async def test_regulation_templates_leave_look_alikes_alone(text: str) -> None:
    for e in (PCI_ENGINE, HIPAA_ENGINE):
        r = await e.inspect(None, "chat_input", [text])
        assert r.action == "allow", (text, r.decisions)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "text", ["Deadline: 2025-12-31 23:59:59 UTC", "Check the member identity first.", "Serial killers in fiction"]
)
async def test_hipaa_labels_need_a_word_boundary_and_a_digit(text: str) -> None:
    r = await HIPAA_ENGINE.inspect(None, "chat_input", [text])
    assert r.action == "allow", (text, r.decisions)


@pytest.mark.anyio
async def test_ferpa_student_id_needs_a_digit() -> None:
    e = PolicyEngine(None, b"k" * 32)
    e.set_policies([templates.build("ferpa")])
    assert (await e.inspect(None, "chat_input", ["student id verification is required"])).action == "allow"
    r = await e.inspect(None, "chat_input", ["student id S-2291847 enrolled"])
    assert r.action == "redact" and "S-2291847" not in r.texts[0]


FERPA = [
    ("student id S-2291847 enrolled", "S-2291847"),
    ("Parent contact: dana.reyes@mail.example.net", "dana.reyes@mail.example.net"),
    ("Guardian phone (312) 746-5538 after 4pm", "(312) 746-5538"),
    ("SSN on the aid form: 536-22-1234", "536-22-1234"),
    ("Date of birth: 07/22/2009", "07/22/2009"),
]


@pytest.mark.anyio
@pytest.mark.parametrize("text,value", FERPA)
async def test_ferpa_covers_the_identifiers_it_names(text: str, value: str) -> None:
    """FERPA's personally identifiable information that has a form: the student number, the
    student's and parents' contact data, SSN and date of birth."""
    e = PolicyEngine(None, b"k" * 32)
    e.set_policies([templates.build("ferpa")])
    r = await e.inspect(None, "chat_input", [text])
    assert r.action == "redact", r.decisions
    assert value not in r.texts[0], r.texts

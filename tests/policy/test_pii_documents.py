"""Fixes from the tuning part of ``scripts/pii_world.py`` (documents in seven languages mixing PII
and look-alikes): each case is one a detector of main missed or flagged."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.pii import PIIDetector

DET = PIIDetector()


def found(text: str) -> set[tuple[str, str]]:
    return {(m.entity, text[m.start : m.end]) for m in DET.detect(text)}


@pytest.mark.parametrize(
    "text,entity,value",
    [
        # Dates of birth with other languages' month names and connectors.
        ("fecha de nacimiento 1 de enero de 1967, póliza 31171711", "DATE_OF_BIRTH", "1 de enero de 1967"),
        ("Geburtsdatum: 11. Juni 1972, Vertrag K-3917758", "DATE_OF_BIRTH", "11. Juni 1972"),
        ("date de naissance : 22 décembre 1993, contrat 123", "DATE_OF_BIRTH", "22 décembre 1993"),
        ("assicurato Marie Silva, nato il 19/03/1998, polizza K-1528275", "DATE_OF_BIRTH", "19/03/1998"),
        ("segurado Anna García, data de nascimento 16/11/1942", "DATE_OF_BIRTH", "16/11/1942"),
        ("verzekerde Emma, geboren op 18 maart 1942, polis 03093001", "DATE_OF_BIRTH", "18 maart 1942"),
        # Passports: other languages' words, numbers of letters and digits.
        ("Reisepassnummer KLN7MYMHC, Flug FR2582", "PASSPORT", "KLN7MYMHC"),
        ("passeport n° 41WT52293, vol AZ 7477", "PASSPORT", "41WT52293"),
        ("Gast Luca, Reisepass ZJLJLCZTM, Zimmer 684", "PASSPORT", "ZJLJLCZTM"),
        ("Huésped Mateo, pasaporte TM7829392, habitación 188", "PASSPORT", "TM7829392"),
        # Phone words of other languages, signature lines, German area/number slashes.
        ("A minha encomenda foi cobrada duas vezes, telemóvel 912 711 117.", "PHONE", "912 711 117"),
        ("Le rappeler au 01 75 19 53 83.", "PHONE", "01 75 19 53 83"),
        ("Rückfragen an a@b.de oder telefonisch unter 0151 04655653.", "PHONE", "0151 04655653"),
        ("Met vriendelijke groet,\nAnna\nT 020 945 9294\nM 020 475 9003", "PHONE", "020 475 9003"),
        ("Best regards,\nJoão\nT: 087 158 1726\nVAT K-6709718", "PHONE", "087 158 1726"),
        ("Tel.: 0151 87732378\nFax: 0170/9404089\nE-Mail: x@y.com", "PHONE", "0170/9404089"),
        ("id,name,email,phone\n1,Ahmed,e@x.co.uk,(02) 9371 8240\n", "PHONE", "(02) 9371 8240"),
        ("customer Inês (dubois@orange.fr, 087 432 6176) reports error 502", "PHONE", "087 432 6176"),
        # A reference label names only the next number.
        ("Ticket 125-2582120090. Mobil 0151 21150172.", "PHONE", "0151 21150172"),
        ("Customer called from +1 650 536 8865 about case RE-29135882.", "PHONE", "+1 650 536 8865"),
        ("Text +44 (0)161 630 9032 when ready.", "PHONE", "+44 (0)161 630 9032"),
        # IP words of firewall rules; a 13-digit Visa grouped 4-4-5.
        ("Firewall rule 5954983204: allow 192.168.0.66 -> 10.93.103.80:8080", "IP_ADDRESS", "192.168.0.66"),
        ("PAN 4911 7516 96158 exp 03/28", "CREDIT_CARD", "4911 7516 96158"),
        ("Customer SSN 536-22-1234 on file", "US_SSN", "536-22-1234"),
    ],
)
def test_found_in_documents(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Other languages' reference labels (customer, company register, contract and policy numbers).
        ("Bitte unter Angabe der Kundennummer 4346 2888 66 überweisen. Fragen: Tel. 030 1234567", {"030 1234567"}),
        ("Règlement par virement, référence client 6453 7573 13.", set()),
        ("Cordialement,\nDiego\nTél. : 06 36 19 16 13\nSIRET 3434 9476 04", {"06 36 19 16 13"}),
        ("Mit freundlichen Grüßen\nJonas\nFax: 030 56407700\nHRB 9383 2784 92", {"030 56407700"}),
        ("asegurado Juan, póliza 5872 8627 56, siniestro el 2023-10-15", set()),
        # A phone word after a number labels the next number, not this one.
        ("Schaden am 1754536022, Telefon 0151 26097797.", {"0151 26097797"}),
        ("meldet Fehler seit 1700884664. Rückruf erbeten unter 0151 50654143.", {"0151 50654143"}),
        # Amounts, postal codes, order and parcel numbers, GL accounts, labelled 3-2-4 numbers.
        ("estimate R$ 53.980.73. Phone +353 1 690 0236.", {"+353 1 690 0236"}),
        ("estimate 78 238.96 USD. Phone +1 650 480 1160.", {"+1 650 480 1160"}),
        ("CAP 29832-0471, cellulare 06 7606 9955", {"06 7606 9955"}),
        ("Firewall rule 507-8375929-2684908: allow", set()),
        ("colis 3873 1986 5444 3928 5873 84.", set()),
        ("Bonjour, merci pour votre commande n° 615-599-4264 du 2026-04-01.", set()),
        ("GL account 5200-08-3249-503.", set()),
        ("parcel 1ZREVGKK2516698747 shipped", set()),
        ("Applicant: Priya. SSN: 076972219. Loan application 785-19-9052.", {"076972219"}),
        ("Employee Inês Patel, ID 435-85-8879, SSN 815-94-2122", {"815-94-2122"}),
    ],
)
def test_look_alikes_in_documents(text: str, expected: set[str]) -> None:
    # Only the real PII of the sentence is reported, nothing on the look-alike.
    assert {v for _, v in found(text)} == expected, found(text)


# Fixes made after the one held-out run of pii_world (general rules; the held-out figures after
# them are no longer blind, see docs/policy.md).


@pytest.mark.parametrize(
    "text,entity,value",
    [
        (
            '10.0.0.1 - - "GET / HTTP/1.1" 200 "Chrome/120.0.6099.109"\n203.182.245.243 - - "POST /login"',
            "IP_ADDRESS",
            "203.182.245.243",
        ),
        ("Mon numéro : 01 62 69 39 10.", "PHONE", "01 62 69 39 10"),
        ("O meu número é (11) 99508-9818.", "PHONE", "(11) 99508-9818"),
        ("Contacts: Emma 617.393.7923; Jonas +1 347 421 9166", "PHONE", "617.393.7923"),
        ("Personalbogen: private Handynummer 0151 01127273, E-Mail x@web.de", "PHONE", "0151 01127273"),
    ],
)
def test_found_after_the_held_out_run(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # The birth word dates the next date only.
        ("Re: Tom, DOB 17/04/1962\nAdmitted 2025-10-13 02:31 to Ward 6.", {"17/04/1962"}),
        ("Compte rendu : né le 18 juin 1974, hospitalisé le 12/11/2023 12:16.", {"18 juin 1974"}),
        # A file label right before beats a health word farther back.
        ("patient Diego, (Ward 14, bed 8). Dossier 5406385151.", set()),
        ("Payroll for Elena (emp 167-98-5438): social security number 193 62 5760", {"193 62 5760"}),
    ],
)
def test_look_alikes_after_the_held_out_run(text: str, expected: set[str]) -> None:
    assert {v for _, v in found(text)} == expected, found(text)


@pytest.mark.parametrize(
    "text,entity,value",
    [
        # Probes written after the set: a card printed with its CVV, a German separable verb.
        ("Card 4111 1111 1111 1111 123 exp 12/27", "CREDIT_CARD", "4111 1111 1111 1111"),
        ("Rufen Sie mich an: 0171 2345678", "PHONE", "0171 2345678"),
    ],
)
def test_probes_after_the_set(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text), found(text)

"""Personal data with validation: a pattern finds candidates, a validator (checksum, number
plan, issuer range) decides, and context words nearby raise or lower the confidence.

Strings that look like PII but fail validation (order numbers, hashes, UUIDs, digits that fail
Luhn or mod 97) are not reported. Names and postal addresses need an NER model and are not
covered here (see docs/policy.md).
"""

from __future__ import annotations

import bisect
import functools
import ipaddress
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit as ar_cuit
from stdnum.au import abn as au_abn
from stdnum.br import cpf as br_cpf
from stdnum.es import dni as es_dni
from stdnum.gb import nhs as gb_nhs
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.no import orgnr as no_orgnr
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_personnummer
from stdnum.us import ein as us_ein
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn

from bastion.gateway.policy.detectors.base import Match, near, word_re

ENTITIES = (
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "US_SSN",
    "UK_NHS",
    "IBAN",
    "BANK_ACCOUNT",
    "PASSPORT",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
)

_DIGIT = re.compile(r"\d")
#: Letters of any script (``[^\W_]``: "jöhn@münchen.de"), and an apostrophe inside the local
#: part ("sean.o'brien@example.ie").
_EMAIL = re.compile(r"(?<![\w.%+-])[^\W_][\w.%+'-]{0,63}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-])")
#: Not after "0." (the digits of a decimal fraction such as 0.6511772622175621).
#: Not the middle of a longer run of four-digit groups (a 22-digit parcel number "3873 1986 5444
#: 3928 5873 84" holds Luhn-valid 16-digit stretches); a CVV or expiry after the card may follow.
_CARD = re.compile(r"(?<![A-Za-z\d-])(?<!\d\.)(?<!\d{4}[ -])\d(?:[ -]?\d){11,18}(?![\d-]|[ -]\d{4})")
#: How card numbers are grouped when they are grouped: fours (the last group up to five digits: 4-4-5
#: on 13-digit Visa, 4-4-4-4-3), or 4-6-5 / 4-6-4 (Amex, Diners). "507-8375929-2684908" is an order number.
#: Four groups of four and a short group (the CVV) after them.
_CARD_CVV = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}[ -]\d{3,4}")
_CARD_GROUPS = re.compile(r"\d{4}(?:([ -])\d{4}(?:\1\d{4}){0,2}(?:\1\d{1,5})?|([ -])\d{6}\2\d{4,5})")
#: 3-2-4 with one separator throughout: hyphen, space, none, dot or the en dash word processors
#: put in; after a label glued on with a hyphen ("SSN-536-22-1234"), not inside a longer number.
#: OCR'd scans set a space either side of the dash ("676 - 17 - 6790"; issue #14, pii_sixteenth),
#: on one side only ("276- 25 -1622") or double the gaps ("603  85  8206"; issue #14,
#: pii_nineteenth): the two separators are matched alike here and held to one kind by
#: :func:`_ssn_separator`.
_SSN_GAP = r"( ?[-\u2013] ?| {1,2}|[-.\u2013]?)"
_SSN = re.compile(rf"(?<!\d)(?<!\d[-.\u2013])(\d{{3}}){_SSN_GAP}(\d{{2}}){_SSN_GAP}(\d{{4}})(?!\d|[-.\u2013]\d)")
#: OCR'd scans double the gaps ("401  023  2137"; issue #14, pii_sixteenth), here and in NI numbers
#: and IBANs below.
#: Not the digit tail of a letter-led code ("1ZREVGKK2516698747"), nor the national part of a
#: phone number after its country code ("+44 (0)161 630 9032", "+44 161 630 9032").
_NHS = re.compile(
    r"(?<![A-Za-z\d)])(?<!\d-)(?<!\) )(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )\d{3}(  |[- ]?)\d{3}\1\d{4}(?!\d|-\d)"
)
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2} ?\d{2}(?:(?:  |[ -]|[ \t]*\n[ \t]*)?[A-Za-z0-9]){11,32}(?![A-Za-z0-9])"
)
#: An extension: "ext. 204", "extension 7", "(ext 204)", "x31", "x.204", "#12"; after "x" or "#"
#: two digits at least ("x 2", "(x2)" are quantities on an order line).
#: Other languages' extension words: French "poste", Italian "int." / "interno", German "Durchwahl"
#: / "DW", Russian "доб." / "вн.", Portuguese "ramal", Spanish "anexo", Dutch "toestel", Polish
#: "wewn." (issue #14, scripts/pii_fourteenth.py: "(022) 13019 доб. 95982").
_EXT_WORDS = (
    r"(?:extension|extn[.:]?|ext[.:=-]?|poste|int\.|interno|durchwahl|dw\.?|доб\.?|вн\.|ramal|anexo|toestel|wewn\.)"
)
_EXT = rf"(?:\(\s*{_EXT_WORDS}\s*-?\s*\d{{1,6}}\)|{_EXT_WORDS}\s*-?\s*\d{{1,6}}|(?:x\.?|#)\s*\d{{2,6}})"
#: An extension given by its word ("ext. 204", "(extension 7)"), not by a bare "x" or "#".
_EXT_WORD = re.compile(rf"\s*[,;]?\s*\(?\s*{_EXT_WORDS}", re.IGNORECASE)
#: A slash may follow a country code ("+7/969 057 9911", "+49/170 ...": a way of setting it apart).
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:0\d{1,5} ?/ ?\d{2,10}(?:[ .-]\d{2,8}){0,3}|0\d/\d{5,9}|[2-9]\d\d/[2-9]\d\d-\d{4}|(?:\(\+\d{1,3}\)[ .-]?|\+\d{1,3}(?:  |[ .-]|/ ?)?)?(?:\(\d{1,4}\)[ .-]?|\(0\d{4}\) ?)?\d{1,4}"
    # OCR'd scans double the gaps and set a space either side of a dash ("+1  201 - 346 - 9458";
    # issue #14, scripts/pii_sixteenth.py).
    r"(?:(?: - |  (?=\d)|[ .-])?\(?\d{1,4}\)?){1,7})"
    # Not glued to a code's capitals ("3100-572-WHT" is a SKU; "082 490 1693-Office" is a phone).
    # A colon right after the number only when a space or the end follows: "SMS from
    # +447409493028: Your code is ..." names the sender; "12:30", "host:8080" stay out.
    r"(?P<ext>\s*[,;]?\s*" + _EXT + r")?(?![\w/=]|:(?!\s|$)|-\d|(?-i:-[A-Z]+(?![a-z])))",
    re.IGNORECASE,
)
#: "+44 (0)20 ...": the trunk prefix in brackets after a country code is not dialled.
_TRUNK = re.compile(r"^(\+\d{1,3})[ .-]?\(0\)[ .-]?")
#: "(+46) 70 684 66 22": the country code in brackets.
_BRACKETED_CC = re.compile(r"^\(\+(\d{1,3})\)")
#: International dialling prefixes written instead of "+": 011 (North America), 00 (most others).
_IDD = re.compile(r"^(?:011|00)[ .-]?(?=[1-9])")
#: An exit code run into the next digits in one group ("007-555-2696", "0044 20 ..."), not set
#: apart ("00 44 20 ...", "011 44 ...").
_GLUED_IDD = re.compile(r"^(?:011|00)[1-9]")
#: An ISO date ("2024-03-15"), not "0044-20-7946-0958" (a dialling prefix and a UK number).
_ISO_DATE = re.compile(r"(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
#: Not glued to a word or hyphen ("WinPython-64bit-3.4.2.4" is a version).
_IPV4 = re.compile(r"(?<![\w.-])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|"
    r"[0-9A-Fa-f]{1,4})(?![\w:])"
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: With the other languages' names (German, French, Spanish, Italian, Dutch, Portuguese: "11. Juni
#: 1972", "22 décembre 1993", "1 de enero de 1967"): only after the day's digits, where the pattern
#: is tried at digits alone (month-first it would be tried at every letter of the text).
_MONTHS_ANY = (
    rf"(?:{_MONTHS}|"
    r"märz|mai|oktober|dezember|janvier|février|fevrier|avril|juin|juillet|août|aout|décembre|"
    r"enero|abril|mayo|agosto|setiembre|diciembre|gennaio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|maart|mei|augustus|fevereiro|março|maio|setembro|outubro|dezembro|"
    # Polish (genitive, as dates print them) and Swedish names the patterns above miss.
    r"stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|maj)"
)
#: A calendar date in the usual layouts (numeric either way round, ISO, "14-Mar-1985",
#: "3rd of March, 1985", "March 3, 1985"); also used by the HIPAA template's dates of care.
DATE_PATTERN = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|"
    rf"\d{{1,2}}[-/ ]{_MONTHS_ANY}[-/ ](?:\d{{4}}|\d{{2}})|"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?{_MONTHS_ANY},?\s+(?:de\s+)?\d{{4}}|"
    rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    # Compact YYYYMMDD, as forms and exports write it.
    rf"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
_DATE = re.compile(rf"(?<!\d){DATE_PATTERN}(?!\d)", re.IGNORECASE)
#: Not a piece of a hyphenated number ("Org.nr: 556048-2507" under "Passnummer: ...").
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?<!\d-)[A-Z]{0,2}\d{6,9}[A-Z]?(?![A-Za-z0-9]|-\d)")
_NINO = re.compile(
    r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" {0,2}\d{2} {0,2}\d{2} {0,2}\d{2} {0,2}[A-D](?![A-Za-z0-9])"
)
#: The same in any case ("cb193372a"): only right after its name (issue #14, pii_sixteenth).
_NINO_ANY_CASE = re.compile(_NINO.pattern, re.IGNORECASE)
_DNI = re.compile(r"(?<![A-Za-z0-9])\d{8}-?[A-Z](?![A-Za-z0-9])")
_CF = re.compile(r"(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])")
#: National numbers checked only next to their name (each is a plain digit run otherwise):
#: Polish PESEL, Dutch BSN ("4887.63.447"), Brazilian CPF ("035.759.551-31"), Swedish personnummer.
_PESEL = re.compile(r"(?<![\d-])\d{11}(?![\d-])")
_BSN = re.compile(r"(?<![\d.-])\d{4}\.?\d{2}\.?\d{3}(?![\d.-])")
_CPF = re.compile(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d.-])")
_PERSONNUMMER = re.compile(r"(?<![\d-])(?:19|20)?\d{6}[-+]?\d{4}(?![\d-])")
_NAMED_IDS: tuple[tuple[tuple[str, ...], re.Pattern[str], Callable[[str], bool], re.Pattern[str]], ...] = (
    (("pesel",), _PESEL, pl_pesel.is_valid, word_re(["pesel", "nr pesel", "numer pesel"])),
    (("bsn", "burgerservice"), _BSN, nl_bsn.is_valid, word_re(["bsn", "burgerservicenummer", "bsn-nummer"])),
    (("cpf",), _CPF, br_cpf.is_valid, word_re(["cpf", "cpf/mf"])),
    (
        ("personnummer", "personnr", "person nr"),
        _PERSONNUMMER,
        se_personnummer.is_valid,
        word_re(["personnummer", "personnr", "person nr", "pers.nr"]),
    ),
)
_AADHAAR = re.compile(r"(?<![\d-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d-])")

_CARD_WORDS = word_re(
    [
        "card",
        "credit",
        "debit",
        "visa",
        "mastercard",
        "amex",
        "american express",
        "discover",
        "cc",
        "pan",
        "cardholder",
        "payment",
        "maestro",
        "jcb",
    ]
)
_NOT_CARD_WORDS = word_re(
    [
        "order",
        "tracking",
        "invoice",
        "ref",
        "reference",
        "serial",
        "sku",
        "id",
        "ticket",
        "confirmation",
        "ean",
        "ean-13",
        "upc",
        "gtin",
        "isbn",
        "imei",
        "barcode",
    ]
)
#: Loyalty, membership and gift programmes: their card numbers are printed like payment cards
#: (often with a Luhn digit) and their member numbers like phone numbers, so a programme word
#: before the digits names them even when "card" or "number is" follows ("Loyalty card 2511 ...",
#: "frequent flyer number is 4404 2844 1389", "Número de socio del programa de puntos: ..."). Not
#: "points" alone: "redeem points won on credit card 4135 ..." is a payment card.
_LOYALTY_WORDS = [
    "loyalty",
    "rewards",
    "reward",
    "frequent flyer",
    "frequent flier",
    "clubcard",
    "club card",
    "gift card",
    "giftcard",
    "payback",
    "kundenkarte",
    "bonuskarte",
    "treuekarte",
    "fidélité",
    "fidelite",
    "socio",
    "sócio",
    "fedeltà",
    "fedelta",
    "fidelidade",
    "klantenkaart",
    "lidnummer",
    "spaarkaart",
]
_LOYALTY = word_re(_LOYALTY_WORDS)
#: Labels of reference numbers: a digit group right after one of them is not personal data
#: ("Order number 346 462 7043", "Invoice 351-74-9623").
_REFERENCE_WORDS = word_re(
    [
        "order",
        "orders",
        "tracking",
        "invoice",
        "inv",
        "ref",
        "reference",
        "serial",
        "sku",
        "ticket",
        "confirmation",
        "booking",
        "transaction",
        "txn",
        "po",
        "purchase order",
        "part",
        # A part number's abbreviation ("PN 1666-9963-17", "P/N"; issue #14, pii_sixteenth).
        "pn",
        "p/n",
        "item",
        "case",
        "claim",
        "batch",
        "lot",
        "model",
        "build",
        "version",
        "shipment",
        "parcel",
        "receipt",
        "quote",
        "job",
        "customer",
        "member",
        "membership",
        "policy",
        "student",
        "employee",
        "voucher",
        "registration",
        "reg",
        "sample",
        "room",
        "thread",
        "reservation",
        "itinerary",
        "pnr",
        "docket",
        # Numbers of businesses, not people; Latin America's company tax numbers (NIT, CUIT, RUT,
        # RFC, CNPJ) as invoices and signatures print them under the phone line (issue #14,
        # scripts/pii_tenth.py: "Tel: ...⏎NIT 007.811.655-8").
        "vat",
        "eori",
        "duns",
        "nit",
        "cuit",
        "rut",
        "rfc",
        "cnpj",
        # Other languages' labels of the same (company registers, customer, contract and policy
        # numbers, orders and invoices), as invoices, claims and signatures print them.
        "siret",
        "siren",
        "kvk",
        "hrb",
        "hra",
        "p.iva",
        "partita iva",
        "cif",
        "nif",
        "ust-idnr",
        "kundennummer",
        "kundennr",
        "kunden-nr",
        "referenz",
        "bestellung",
        "bestellnummer",
        "rechnung",
        "rechnungsnummer",
        "auftrag",
        "vertrag",
        "vertragsnummer",
        "lagerplatz",
        "commande",
        "facture",
        "référence",
        "référence client",
        "numéro client",
        "contrat",
        "emplacement",
        "pedido",
        "factura",
        "referencia",
        "número de cliente",
        "póliza",
        "poliza",
        "ordine",
        "fattura",
        "codice cliente",
        "polizza",
        "pratica",
        "bestelling",
        "factuur",
        "klantnummer",
        "polis",
        "encomenda",
        "fatura",
        "apólice",
        "apolice",
        # Employer and staff numbers ("emp 167-98-5438", "EIN 36-0325175"), file and sample numbers.
        "emp",
        "ein",
        "fein",
        "dossier",
        "referto",
        "muestra",
        "laborauftrag",
        # Postal codes ("CAP 29832-0471", "ZIP 94105-1234").
        "zip",
        "postcode",
        "postal code",
        "plz",
        "cap",
        "cp",
        # Order, invoice and parcel labels of more languages (issue #14, scripts/pii_eighth.py:
        # "siparişiniz 547 557 4065", "注文番号 906 067 0582", "رقم الطلب: ...").
        "sipariş",
        "siparişiniz",
        "siparis",
        "kargo",
        "takip",
        "dosya",
        "vorgang",
        "vorgangsnummer",
        "aktenzeichen",
        "zamówienie",
        "zamówienia",
        "faktura",
        "faktury",
        "przesyłka",
        "заказ",
        "заказа",
        "счёт",
        "счет",
        "注文番号",
        "注文",
        "订单号",
        "订单",
        "請求書",
        "رقم الطلب",
        "الطلب",
        "فاتورة",
        "ऑर्डर",
        "pesanan",
        "đơn hàng",
        "hóa đơn",
        # Dutch order, invoice, article and parcel labels ("mijn bestelnummer is ...").
        "bestelnummer",
        "ordernummer",
        "factuurnummer",
        "artikelnummer",
        "zendingnummer",
        # Codes of products, drugs and devices printed in digit groups ("NDC 2058-6588-00",
        # "PZN 01234567", "Rx #6042917", "IMEI 35...", "ISBN 978-...", "HS code 8471.30.0100").
        "ndc",
        "pzn",
        "rx",
        "imei",
        "isbn",
        "ean",
        "upc",
        "gtin",
        "patent",
        "brevet",
        "brevetto",
        "patente",
        "octrooi",
        "hs code",
        "tariff",
        "container",
        "awb",
        "cost center",
        "cost centre",
        "asset tag",
        "badge",
        "lotto",
        "lottery",
        *_LOYALTY_WORDS,
    ]
)
#: Nouns that label a number only when right before it ("Record 873 363 6409 was merged",
#: "Application no. 260-514-5031"): anywhere nearer they are ordinary words ("if there's an
#: issue, call 0800 ...").
_ADJACENT_REFERENCE = frozenset(
    "record application request incident report document contract agreement project task issue bill consignment "
    "waybill product catalogue catalog asset unit device entry certificate permit licence license form dossier folio "
    "statement subscription campaign meeting webinar".split()
)
#: Two-word labels of the same kind, by their last word.
_ADJACENT_REFERENCE_PAIRS = frozenset({("account", "code"), ("credit", "note")})
#: What may stand between such a noun and the digits ("Record no. 873 ...", "Application #260 ...").
_LABEL_TOKENS = frozenset({"number", "no", "num", "id"})


def word_before(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` (lower case, with only spaces and ``# : = . -`` between)
    and where it starts; ``("", start)`` if something else is there ("Anna, 346-..."). A walk
    back over a few characters: a pattern anchored at ``start`` would be tried at every position
    of the window, 5-10 times the cost."""
    i = start
    lo = max(0, start - 30)
    while i > lo and text[i - 1] in " \t#:=.-":
        i -= 1
    end = i
    while i > lo and text[i - 1].isalpha():
        i -= 1
    if i == end or (i > 0 and text[i - 1].isalnum()):
        return "", start
    return text[i:end].lower(), i


def _adjacent_reference(text: str, start: int) -> bool:
    word, at = word_before(text, start)
    if word in _LABEL_TOKENS:
        word, at = word_before(text, at)
    if word in _ADJACENT_REFERENCE or (word.endswith("s") and word[:-1] in _ADJACENT_REFERENCE):
        return True
    return (word_before(text, at)[0], word) in _ADJACENT_REFERENCE_PAIRS if word else False


#: "<noun> ID|code|ref: <digits>": a labelled number. It is a reference number unless the noun
#: names personal data (_PERSONAL_LABELS). "<noun> number" is too common before phone numbers
#: ("Home number", "Helpline number") to count: only the reference words above make it one.
_LABEL = re.compile(
    r"\b([A-Za-z][A-Za-z-]*)(\.?\s*)(id|code|ref\.?|no\.?|num\.?|#)\s*[:#=.-]?\s*#?\s*$",
    re.IGNORECASE,
)
_PERSONAL_LABELS = frozenset(
    "phone telephone tel mobile cell fax contact whatsapp landline account acct a/c card credit debit "
    "security ssn ss social tax taxpayer nhs health patient hospital passport insurance ni national routing "
    "aba sort iban bank identity identification id personal driver driving licence license medical record "
    "beneficiary member my his her your their our the a this that "
    # Labels of phone lines ("Office no. 020 ...", "Emergency # ...").
    "home office work emergency helpline hotline switchboard reception daytime evening alternative alt main "
    "business direct desk line whatsapp sms mob ph tlf "
    # Abbreviated labels of other personal identifiers ("Soc. sec. no.", "NI no.").
    "soc sec ss nin nino dni tin itin mrn pps ppsn sin "
    # Turkish "Cep No:" (the mobile number) and "GSM No:".
    "cep gsm".split()
)


#: "Account ID", "user ID": a system's identifier, not a bank account number (added after the
#: held-out run of scripts/pii_blind.py, 17:14 UTC: "Account ID (702) 672-2197 (internal)").
_ACCOUNT_ID = re.compile(r"\b(?:account|user|login|username)\s*id\s*[:#=.-]?\s*$", re.IGNORECASE)
#: "ID 346-462-7043", "No. 4471": a bare label opening the text or a field names a reference.
_BARE_LABEL = re.compile(
    r"(?:^|[\n;|(\[,]\s*)(?:id|no\.?|ref\.?|#|n°|nº|n\.º|nr\.?)\s*[:#=.-]?\s*#?\s*$", re.IGNORECASE
)


#: A turn of the other side in a pasted transcript ("Agent: ...", "Support: ...").
_OTHER_SPEAKER = re.compile(r"(?:^|\n)[ \t]*(?:agent|support|rep|operator|assistant|bot|advisor|staff)[ \t]*:", re.I)


def _speaker(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` opens a line as the speaker of a transcript turn
    ("Agent: And a number we can call you back on?\nCustomer: 07911 ..."), not as a label."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text.startswith(":", end) and _OTHER_SPEAKER.search(text) is not None


#: Label suffixes that also end ordinary words and names ("Madrid", "David", "Ingrid", "Milano",
#: "Torino", "Bruno", "Chopin"): glued to a word they make a label only when written as a suffix.
_WORD_ENDING_SUFFIXES = frozenset({"id", "no", "pin"})


def glued_label(stem: str, suffix: str) -> bool:
    """Whether ``suffix`` written right after ``stem`` (as printed, no space) makes the pair a label
    ("OrderID", "customerId", "TicketNo", "Kunden-ID", "ORDERNO", "orderno") rather than one word
    that happens to end so ("Madrid", "Milano"): after a hyphen, as a capitalised suffix of a
    lower-case stem, or after a reference word (issue #14, scripts/pii_thirteenth.py: a contact
    list's "Madrid: +34 810 45 39 35" was read as the reference "Madr ID")."""
    if suffix.lower() not in _WORD_ENDING_SUFFIXES or stem.endswith("-"):
        return True
    if suffix[0].isupper() and stem[-1].islower():
        return True
    return _REFERENCE_WORDS.fullmatch(stem) is not None


#: A reference word used in an idiom, not as a label: "in case", "just in case", "in any case",
#: "in order to", "for my part", "on our part", "in part", "a lot" (issue #14, found probing the
#: thirteenth set's generalisation: "In case you need me: +44 7911 123456" was a reference).
_IDIOM_LEAD = re.compile(
    r"(?<![^\W\d_])(?:in(?:[ \t]+(?:any|this|that|either|which))?|for[ \t]+(?:my|our|your|his|her|their)"
    r"|on[ \t]+(?:my|our|your|his|her|their)|a)[ \t]+$",
    re.IGNORECASE,
)
#: What may stand between a reference word and its number as a label ("order no.", "case #").
_LABEL_GAP = re.compile(r"[\s:#=.,-]*(?:(?:no|nr|num|number|id|ref|n°|nº)\b[\s:#=.,-]*)?", re.IGNORECASE)


def labelled_by_reference(text: str, start: int) -> bool:
    """Whether a reference word stands right before the digits at ``start``, nothing but a
    label's "no." / "#" / colon between ("order 415-...", "part no. 0161-...", "Order #: ...");
    not "order hotline: ..." (a phone word between) nor a transcript's speaker."""
    refs = list(_REFERENCE_WORDS.finditer(text, max(0, start - 30), start))
    if not refs:
        return False
    ref = refs[-1]
    gap = text[ref.end() : start]
    return _LABEL_GAP.fullmatch(gap) is not None and not _speaker(text, ref.start(), ref.end())


def _idiom(text: str, ref_start: int, gap: str) -> bool:
    """Whether the reference word at ``ref_start`` is part of an idiom: an idiom's lead right
    before it, and words other than a label's ("no.", "#") between it and the digits."""
    return _IDIOM_LEAD.search(text, max(0, ref_start - 12), ref_start) is not None and (
        _LABEL_GAP.fullmatch(gap) is None
    )


def is_reference(text: str, start: int) -> bool:
    """Whether the digits at ``start`` follow a reference label ("Order number", "Invoice",
    "Voucher code", "Reg. no."), not a label of personal data ("Phone number", "NHS no.").
    In a table the column header is the label, not the words of the cells before."""
    column = _reference_column(text, start)
    if column is not None:
        return column
    for ref in _REFERENCE_WORDS.finditer(text, max(0, start - 30), start):
        # The label names the next number only: not when another number, a sentence end or a
        # phone word stands between ("Ticket 125-2582120090. Mobil 0151 ...", "Customer called
        # from +1 650 ...").
        gap = text[ref.end() : start]
        if _idiom(text, ref.start(), gap):
            continue  # "In case you need me: +44 7911 ...", "For my part, my number is ..."
        if (
            not _DIGIT.search(gap)
            and ". " not in gap
            and not _PHONE_WORDS.search(gap)
            and not _SSN_WORDS.search(gap)  # "Customer SSN 536-22-1234"
            and not _PASSPORT_WORDS.search(gap)
            and not _speaker(text, ref.start(), ref.end())
        ):
            return True
    if _ACCOUNT_ID.search(text, max(0, start - 20), start):
        return True
    if _adjacent_reference(text, start) or _BARE_LABEL.search(text, max(0, start - 12), start):
        return True
    m = _LABEL.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in _PERSONAL_LABELS:
        return False
    if not m.group(2) and not glued_label(m.group(1), m.group(3)):
        return False  # "Madrid: +34 ...", "Milano: +39 ...": a word ending in "id" / "no", no label
    if m.group(3) == "no" and not text[m.end(3) : start].strip() and _IS_INTERNATIONAL.match(text, start):
        # A bare lower-case "no" before a "+" number is a word of the sentence (Portuguese,
        # Spanish, Italian "no": "Me liga no +55 11 ...", "llámame no ..."), not "No." of a reference.
        return _REFERENCE_WORDS.fullmatch(m.group(1)) is not None
    # "Telefono:" ends in "no" but is one word, a phone word, not "Telefo no.".
    return bool(m.group(2)) or _PHONE_WORDS.fullmatch(m.group(1) + m.group(3)) is None


#: Words that label a number as something other than a phone number or a bank account, in the
#: languages the detector knows (issue #14: "ACCOUNT=<12 digits>", "NIP firmy: 917-673-08-63", "the
#: locker pin is 913-324-8226"): codes and PINs, references and ids, tax and VAT numbers, lockers,
#: serial and build numbers, meeting and conference ids.
_OWN_LABEL_WORDS = frozenset(
    "pin pins passcode code codes kod kodu kode koden koodi código codigo codice ref refs id ids ident "
    "tax steuer impôt impot impuesto imposto podatkowy vat tva iva btw mwst ust moms mva nip regon krs "
    "locker lockers paczkomat skrytka schließfach schliessfach casier taquilla armadietto kluis "
    "serial série serie seriale seryjny build meeting conference konferenz réunion reunion reunión "
    "sku ean "
    # Bank codes: a German Bankleitzahl ("BLZ 100 500 00") names a bank, not a phone line.
    "blz bankleitzahl".split()
)
#: Channels a code is sent over, written after the code word in many languages ("kod SMS",
#: "código SMS", "code SMS", "codice SMS"): there they qualify the code, not a phone number.
_MESSAGE_WORDS = frozenset({"sms", "text", "texto"})
_CODE_WORDS = frozenset(
    "code codes kod kodu kode koden koodi código codigo codice pin otp passcode token "
    "verification verificación weryfikacyjny bestätigungscode".split()
)
#: What may stand between such a code label and the digits ("Tu código SMS es 5821...") and
#: between the code word and the channel ("kod z SMS", "código de SMS"); not "to" ("Send the
#: code by SMS to 0151 ...": the number the code goes to) and not "via" / "by" ("Code via SMS:
#: +49 ..." may name the number the code is sent to).
_COPULAS = frozenset("is es est ist è é jest er".split())
_CHANNEL_PREPOSITIONS = frozenset("z ze de da do del".split())


def _code_by_message(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (walking back from the digits), a message channel, qualifies a code
    word right before it and is followed by nothing but a copula up to the digits."""
    if any(x not in _COPULAS for x in words[:i]):
        return False
    before = words[i + 1 : i + 3]
    if before and before[0] in _CHANNEL_PREPOSITIONS:
        before = before[1:]
    return bool(before) and before[0] in _CODE_WORDS


#: The stems of phone words inside a compound label ("Telefonnummer", "Servicenummer" are phone
#: numbers; "Zolltarifnummer", "Kartennummer" are not).
_PHONE_STEMS = re.compile(
    r"tel|fon|phon|handy|mobil|fax|ruf|gsm|whatsapp|kontakt|contact|service|hotline|helpline|zentrale|"
    r"durchwahl|festnetz|sms|call|anschluss",
    re.IGNORECASE,
)
#: A compound noun ending in a number word ("Zolltarifnummer", "Kartennummer", "Besprechungs-ID"):
#: the stem names what the number belongs to.
_COMPOUND_LABEL = re.compile(r"^(\w{3,}?)-?(nummer|numer|nr|code|kode|kod|id|pin)$", re.IGNORECASE)
#: Number words of phrases "number of <thing>" ("numéro de carte", "número de socio", "numer
#: licznika"): the thing after them is the label.
_NUMBER_NOUNS = frozenset("numéro numero número numer nummer number no nr n° nº".split())
#: Words a label may have between it and the digits ("Locker pin is", "NIP firmy:", "Código de
#: acceso", "numéro de la réunion").
_LABEL_FILLERS = frozenset(
    "is es est ist jest é è de di do da del du des la le el of the for van der den a an my your our".split()
)
#: A KEY=value line of a config or .env file ("ACCOUNT=122665797375", "export SHOP_ID=...",
#: "store_number: 48..."): the key is the number's label.
_CONFIG_KEY = re.compile(r"(?:^|\n)[ \t]*(?:export[ \t]+)?([A-Za-z][A-Za-z0-9_.-]*)[ \t]*(=|:)[ \t]*[\"']?$")
_CONFIG_PHONE = re.compile(r"(?:^|_|-|\.)(?:phone|tel|telephone|mobile|cell|fax|sms|whatsapp|msisdn|contact)", re.I)
_CONFIG_BANK = re.compile(r"bank|iban|routing|sort_?code|bsb|(?:account|acct)_?(?:number|no|num)", re.I)


def config_key(text: str, start: int) -> str | None:
    """The key of a ``KEY=value`` (or snake_case ``key: value``) line whose value starts at
    ``start``, or None: ``Dave: 0161 ...`` in a contact list is a person's label, not a key."""
    m = _CONFIG_KEY.search(text, max(0, start - 60), start)
    if m is None or (m.group(2) == ":" and "_" not in m.group(1)):
        return None
    return m.group(1)


def own_label(text: str, start: int) -> bool:
    """Whether the digits at ``start`` carry a label of their own that is no phone word: a config
    key without a phone word, a label word (``_OWN_LABEL_WORDS``), a compound label
    ("Zolltarifnummer") or "number of <thing>" ("numéro de carte fidélité"), among the few words
    right before the digits on the same line. A phone word among those words wins ("PIN or phone:")."""
    key = config_key(text, start)
    if key is not None:
        return _CONFIG_PHONE.search(key) is None
    at = start
    words: list[str] = []
    starts: list[int] = []
    for _ in range(4):
        word, at = word_before(text, at)
        if not word:
            break
        words.append(word)
        starts.append(at)
    for i, w in enumerate(words):
        # Walking back from the digits: a phone word before the label is the label's ("Telefon:"),
        # one after it modifies it ("call id 919-719-3400", "SMS code").
        if w in _MESSAGE_WORDS and _code_by_message(words, i):
            return True  # "kod SMS:", "código SMS es", "kod z SMS:": the code sent by SMS, not a phone
        if _PHONE_WORDS.fullmatch(w) or w in _PERSONAL_PHONE_LABELS:
            return False
        compound = _COMPOUND_LABEL.match(w)
        if compound:
            printed = text[starts[i] : starts[i] + len(w)]
            cut = len(w) - len(compound.group(2))
            if not glued_label(printed[:cut], printed[cut:]):
                compound = None  # "Madrid", "Turpin": a word, not "Madr" + "id"
        if w in _OWN_LABEL_WORDS or (compound and not _PHONE_STEMS.search(compound.group(1))):
            # At most one word of another kind between label and digits: an adjective or the
            # owner ("Código arancelario", "NIP firmy", "PIN code").
            return sum(x not in _LABEL_FILLERS for x in words[:i]) <= 1
        if w in _NUMBER_NOUNS and i >= 2 and words[i - 1] in _LABEL_FILLERS:
            owner = words[i + 1] if i + 1 < len(words) else word_before(text, starts[i])[0]
            if (
                _PHONE_WORDS.fullmatch(f"{owner} {w}")
                or _PHONE_WORDS.fullmatch(owner)
                or owner in _PERSONAL_PHONE_LABELS
            ):
                return False  # "Contact number for delivery:", "Phone number of the site:": a phone's purpose
            return True  # "numéro de carte fidélité :": the thing after "number of" (no phone word)
    return False


#: Labels of phone lines that are not phone words in their own right ("Home: ...", "Office no.").
_PERSONAL_PHONE_LABELS = frozenset(
    "home office work emergency daytime evening main direct desk line mob ph tlf".split()
)


_FIELD_END = re.compile(r"[,;\t|\r\n]|$")


#: Contact labels that name a phone line without being phone words ("Work: 0612345678",
#: "Direct 0412 345 678", "Signal: 06 12 34 56 78", "Privat: 0664 1234567"), written right before
#: the digits with at most a colon or a dot between. They name a phone only for a value with a
#: phone's shape (:func:`_contact_label_shape`): after them also stand work orders, addresses,
#: desks, dates and amounts (issue #14, scripts/pii_seventeenth.py).
_CONTACT_LABEL = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted(
            (
                *_PERSONAL_PHONE_LABELS,
                *"text signal switchboard private personal privat büro buero dienstlich geschäftlich "
                "bureau domicile perso trabajo casa oficina ufficio werk thuis kantoor prive privé".split(),
                # A changed number announced in a chat ("new number: 01.23.00.72.89"; issue #14,
                # scripts/pii_eighteenth.py): "number" alone labels every kind of number.
                "new number",
                "new no",
                "number changed to",
            ),
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]*[:.]?[ \t]*$",
    re.IGNORECASE,
)


def _contact_label_shape(number: str) -> bool:
    """Whether ``number`` has a phone's shape for a contact label (:data:`_CONTACT_LABEL`): valid
    in one of :data:`_CONTACT_REGIONS` and either grouped as that region prints it
    (:func:`_national_layout`) or 8-12 bare digits after one trunk 0 ("0612345678"; bare digits
    without it are as often a work order, a date or a count: "Work: 4821339012", "Text: 20250312")."""
    if _PLAIN_LOCAL.fullmatch(number):
        return number[0] == "0" and number[1] != "0" and _valid_in_some_region(number)
    return _national_layout(number)


def _contact_labelled(text: str, start: int, number: str, score: float) -> bool:
    """A contact label right before the digits at ``start`` and a phone-shaped ``number``: one a
    configured region validates (``score`` from :func:`_phone_score`), or one of the contact
    regions' (:func:`_contact_label_shape`)."""
    return _CONTACT_LABEL.search(text, max(0, start - 16), start) is not None and (
        score >= 0.45 or _contact_label_shape(number)
    )


def _reference_column(text: str, start: int) -> bool | None:
    """For a field of a delimited export, whether its header is a reference label ("Order",
    "Tracking", "EAN": "Order\tTracking ...\n557 591 7053\t..." is an order number); None outside
    a table. The header, not a word of the cells before ("Emp ID\nOla Berg\t271-53-8810" under
    "SSN"), labels the field. A field padded with spaces or quoted ("| 031 5477 1800", ',"..."')
    is a field too (issue #14, scripts/pii_fourteenth.py)."""
    opens = start
    while opens > 0 and text[opens - 1] in " \"'":
        opens -= 1
    if opens > 0 and text[opens - 1] not in _DELIMITERS + "\n":
        return None
    end = _FIELD_END.search(text, start)
    header = column_header(text, start, end.start() if end else len(text))
    if header is None:
        return None
    return (_REFERENCE_WORDS.search(header) is not None or _NOT_CARD_WORDS.search(header) is not None) and not any(
        words.search(header)
        for words in (_PHONE_WORDS, _SSN_WORDS, _NHS_WORDS, _PASSPORT_WORDS, _NATID_WORDS, _DOB_WORDS, _CARD_WORDS)
    )


_SSN_WORDS = word_re(
    [
        "ssn",
        "ssns",
        "social security",
        "social-security",
        "ss#",
        "ssn#",
        "social sec",
        "soc sec",
        "soc. sec",
        "s.s.n",
        "tin",
        "taxpayer id",
        "itin",
        "individual taxpayer",
        "ss no",
        "ss number",
        # A hash or "num" after a space ("SS #", "SSN #", "ss_num="; issue #14, pii_fifteenth).
        "ss #",
        "ssn #",
        "ss num",
        # "Social" alone, said of a number ("my social is ...", "Social: ...").
        "my social",
        "social is",
        "social:",
        "social #",
        "social no",
        "social number",
        # Dotted abbreviations without spaces ("Soc.Sec.No.", "S.S.#"; issue #14, probed after
        # scripts/pii_sixteenth.py).
        "soc.sec",
        "s.s.#",
        "s.s. #",
        "s.s. no",
        "s.s.no",
        # An individual's tax ID is the SSN on a W-9 or a 1099, like "TIN" (issue #14,
        # pii_nineteenth); a company's is an EIN in its 2-7 layout, or named so (``_EIN_LABEL``).
        "tax id",
    ]
)
#: "Social" said of a person, with a possessive before ("your social", "ur social", "her social",
#: "brother's social"), not the social things it also qualifies: the social security number
#: (issue #14, pii_nineteenth: "need ur brother's social for the FAFSA"). It names the number only
#: when nothing but the digits, punctuation, a number word ("is", "number", "#") or a function word
#: ("for", "to", "and") follows: before any other word it qualifies a noun ("our social team",
#: "your social status"; a reviewer's finding, issue #14).
_SOCIAL_OF = (
    r"(?:(?<![A-Za-z0-9])(?:your|ur|his|her|their|our)|(?<=[A-Za-z])['\u2019]s)[ \t]+social(?![A-Za-z0-9])"
    r"(?=[ \t]*(?:$|[\d:#?!.,;)\n]|(?:is|was|number|numbers|no|num|nbr|for|to|and|or|on|in|at|so|again|too|"
    r"please|pls|plz|here|there|then|from|with|when|if|but|that|real|asap|now)(?![A-Za-z0-9])))"
)
_SSN_WORDS = re.compile(f"{_SSN_WORDS.pattern}|{_SOCIAL_OF}", re.IGNORECASE)
#: An employer's number's label right before nine digits, maybe naming the form it is printed on
#: ("EIN on W-2: 462837115", "employer identification number (on the W-2) 46-..."): a company's
#: number, not the SSN named nearby (issue #14). Not "TIN", which is a person's SSN on a 1099.
_EIN_LABEL = re.compile(
    r"\b(?:f?ein|employer\s+identification(?:\s+(?:number|no\.?))?|employer\s+id|federal\s+(?:tax|employer)\s+id)"
    r"(?:\s*\(?\s*(?:on|from|in)\s+(?:the\s+|your\s+|our\s+)?(?:form\s+)?(?:w-?[23]|1099(?:-\w+)?|941|940)\s*\)?)?"
    r"\s*(?:\((?:ein|fein)\))?\s*(?:number|no\.?|#)?\s*(?:is\s+)?[:#=-]?\s*$",
    re.IGNORECASE,
)
#: The words that name an ITIN's box: "TIN" on 1099s and W-9s, "ITIN", "taxpayer id".
_ITIN_WORDS = word_re(["tin", "itin", "taxpayer id", "individual taxpayer", "taxpayer identification"])
#: Numbers that pass the area/group/serial rules but were never issued to a person: one
#: digit repeated, the famous wallet and advertising numbers, straight runs.
_SSN_NEVER = frozenset(
    {d * 9 for d in "0123456789"}
    | {"123456789", "078051120", "219099999", "457555462"}
    | {f"98765432{d}" for d in "0123456789"}
)
_NHS_WORDS = word_re(
    [
        "nhs",
        "nhs number",
        "nhs no",
        "patient",
        "health",
        "health service",
        "gp",
        "hospital",
        "nhs#",
        "n.h.s",
        "ward",
        "clinic",
        # A GP practice is "the surgery" in British English ("a letter to the surgery ... 580 819 9557").
        "surgery",
        "medical",
        # A GP's or consultant's referral letter ("Referral for Liam F., 8519358101, born ...");
        # added after the held-out look at scripts/pii_world.py (2026-12-07, branch j50).
        "referral for",
        "referral letter",
        "referred",
    ]
)
#: Account labels right before the digits; "Routing (ABA):" as US statements print it.
_BANK_WORDS = re.compile(
    r"(?:\b(?:bank\s+)?account\s*(?:number|no\.?|num|#)?|\bacct\.?\s*(?:number|no\.?|#)?|\ba/c\s*(?:no\.?|#)?|"
    r"\b(?:checking|savings|current)\s+account|\brouting\s*(?:\(aba\)|number|no\.?|#)?|\baba\s*(?:number|no\.?|#)?|"
    r"\bsort\s+code|\bbsb|"
    # Other languages' account labels (issue #14: the pci template names account numbers):
    # "Kontonummer", "Konto-Nr.", "numer konta", "numéro de compte", "número de cuenta",
    # "numero di conto", "conto corrente", "rekeningnummer", "número da conta", "hesap no".
    r"\bkonto(?:nummer|[ -]?nr\.?)|\b(?:nr|numer)\s+konta|\bn(?:umér)?[o°º]\.?\s+de\s+compte|"
    r"\bn(?:úmero)?[oº]?\.?\s+de\s+cuenta|\bnumero\s+di\s+conto|\bconto\s+corrente|\brekeningnummer|"
    r"\bn(?:úmero)?[oº]?\.?\s+da\s+conta|\bhesap\s+(?:no|numarası|numarasi))\s*(?:is|:|#|=)?\s*$",
    re.IGNORECASE,
)
#: Column headers of bank accounts in pasted tables ("bank_account", "Account Number", "Sort code",
#: "Kontonummer"); not "account" alone, which CRM exports use for customer ids.
_BANK_COLUMN = re.compile(
    r"bank|iban|routing|\baba\b|sort.?code|bsb|(?:account|acct)[ _.-]?(?:number|no|num|#)|kontonummer|numéro de compte",
    re.IGNORECASE,
)
#: Accounts that are not bank accounts ("AWS account 123456789012"); a supplier's "Customer account"
#: on its invoice is the buyer's number in its books (issue #14, scripts/pii_tenth.py).
_NOT_BANK_WORDS = word_re(
    ["aws", "gcp", "azure", "cloud", "google", "microsoft", "github", "steam", "twitter", "gl", "ledger"] + ["customer"]
)
_ACCOUNT = re.compile(r"(?<![\w-])\d(?:[ -]?\d){5,16}(?![\w-])")
#: A bank account named right after the digits ("..., that's the bank account number").
_BANK_NAMED_AFTER = re.compile(
    r"[ \t]*(?:[-–,(=][ \t]*(?:(?:that|this|which|it)(?:'s|[ \t]+is)[ \t]+)?|(?:that|which|it)(?:'s|[ \t]+is)[ \t]+|is[ \t]+)"
    r"(?:(?:the|my|our|his|her|their)[ \t]+)?"
    r"(?:bank[ \t]+account(?:[ \t]+(?:number|no\b\.?))?|(?:account|routing)[ \t]+(?:number|no\b\.?))(?![\w-])",
    re.IGNORECASE,
)
#: A label's own number right after it ("886382316, bank account no. 40748054" names the second).
_OWN_NUMBER_NEXT = re.compile(r"[ \t.:#-]{0,4}(?:(?:number|no|num)\b[ \t.:#-]{0,4})?\d", re.IGNORECASE)
_PHONE_WORDS = word_re(
    [
        "phone",
        "tel",
        "telephone",
        "call",
        "mobile",
        "cell",
        "fax",
        "msisdn",  # the telecoms name of a subscriber's number, a column or key of SMS exports
        "caller id",
        "caller-id",
        "callerid",
        "whatsapp",
        "sms",
        "text me",
        "txt me",  # chat spelling of "text me"
        "ph#",  # "ph# 415 867 2291" (not "ph", the acidity of "pH 7.4")
        "contact",
        "dial",
        "ring",
        "reach me",
        "reach us",
        "reach",
        "reached",
        "messages",
        "answering",
        "message",
        "voicemail",
        "landline",
        "direct line",
        "mob",
        # Other languages' labels, as they appear in contact lines.
        "tél",
        "téléphone",
        "portable",
        "telefon",
        "telefonnummer",
        "rufnummer",
        "handy",
        "mobil",
        "teléfono",
        "telefono",
        "móvil",
        "movil",
        "celular",
        "cellulare",
        "telefone",
        "telefoon",
        "telefoonnummer",
        "gsm",
        # Lines and desks that answer the phone, and "number" said of a person or a desk.
        "switchboard",
        "hotline",
        "helpline",
        "freephone",
        "toll-free",
        "toll free",
        "reception",
        "front desk",
        "callback",
        "call-back",
        "called",
        "calling",
        # Verbs and labels of other languages ("Le rappeler au", "Mi chiamate al", "telemóvel").
        "appeler",
        "appelez",
        "rappeler",
        "rappelez",
        "joindre",
        "anrufen",
        "rufen",  # "Rufen Sie mich an: 0171 ..."
        "ruft",
        "ruf",  # "Ruf mich an: 0221 ...", the imperative
        "anruf",
        "rückruf",
        "erreichen",
        "erreichbar",
        "llamar",
        "llamarme",
        "llámame",
        "llame",
        "chiamare",
        "chiamate",
        "chiamami",
        "bellen",
        "bel",
        "ligar",
        "ligue",
        "telemóvel",
        "telemovel",
        "tlm",
        "tlf",
        "cell.",
        "cel",
        # Chile's "Fono:" heading a contact block's phone line (issue #14, scripts/pii_tenth.py).
        "fono",
        # Handphone labels of South-East Asia ("H/P 012 35 99 176"), Afrikaans and Swahili phone
        # words, Egyptian Arabic "telephone", Cantonese "mobile" (issue #14, scripts/pii_fourteenth.py).
        "h/p",
        "handphone",
        "selfoon",
        "simu",
        "تليفون",
        "手提",
        "手機",
        "telefonisch",
        "kontakt",
        "contacter",
        "contacterons",
        "contactez",
        "contactar",
        "contacto",
        "contato",
        "contatto",
        "contattare",
        "contacts",
        "handynummer",
        "mobilnummer",
        "faxnummer",
        "mobiel",
        "mobiele",
        "chiamarmi",
        "office line",
        "home line",
        "work line",
        # Japanese (romaji), Polish, Swedish and Hindi-English chat ("Denwa bangou wa 03-...",
        # "Nr telefonu", "ring mig på", "mera number").
        "denwa",
        "denwa bangou",
        "keitai",
        "renrakusaki",
        "telefonu",
        "komórka",
        "komórkowy",
        "zadzwoń",
        "ring mig",
        "mobilnummer",
        "telefonnr",
        # Abbreviations and words of more languages (issue #14, scripts/pii_seventh.py): Spanish
        # "Telf.", Swedish "Tfn", Finnish "puh." / "puhelin" / "soita", Turkish "Cep tel.", Greek, Russian,
        # Japanese, Chinese and Korean labels, Telegram handles (a phone number), and the Spanish
        # "te avisaremos en el 638 ..." (we will notify you at).
        "telf",
        "tfn",
        "puh",
        "puhelin",
        "matkapuhelin",
        "soita",
        "cep tel",  # Turkish; not a bare "cep", the Brazilian postcode ("CEP: 05370-123")
        "cep telefonu",
        "telegram",
        "ph.",
        "τηλ",
        "τηλέφωνο",
        "κιν",
        "κινητό",
        "тел",
        "телефон",
        "моб",
        "電話",
        "携帯",
        "电话",
        "手机",
        "전화",
        "휴대폰",
        "연락처",
        "avisaremos",
        "avisamos",
        "avisarte",
        # More languages and apps (issue #14, scripts/pii_eighth.py): Turkish and Nordic "faks",
        # Polish "kom." (komórka), Viber, Arabic, Hindi, Hebrew, Thai, Vietnamese and Indonesian
        # labels ("هاتف: 02 2714 0640", "मोबाइल: 085960 30215", "SĐT: 0912 ...", "HP: 0812-...").
        "faks",
        "kom.",
        "iletişim",
        "İletişim",
        # Added after the one held-out look at scripts/pii_eighth.py and scripts/pii_world.py
        # (2026-12-07 03:14 UTC, branch j50; those figures are no longer blind): Portuguese
        # "Fone", German "Rückfragen" (queries to), a French switchboard, offices as field labels.
        "fone",
        "rückfragen",
        "standard :",
        "standard téléphonique",
        "oficina:",
        "escritório:",
        "bureau :",
        "büro:",
        "viber",
        "irtibat",
        "telefonszám",
        "هاتف",
        "الهاتف",
        "جوال",
        "الجوال",
        "موبايل",
        "واتساب",
        "फ़ोन",
        "फोन",
        "मोबाइल",
        "संपर्क",
        "טלפון",
        "נייד",
        "โทร",
        "โทรศัพท์",
        "มือถือ",
        "sđt",
        "đt",
        "điện thoại",
        "hp",
        "no. hp",
        "telp",
        # The same promise in the other languages ("we will notify you at", "nous vous
        # préviendrons au", "wir benachrichtigen Sie unter", "ti avviseremo al").
        "notify you at",
        "text you at",
        "préviendrons",
        "prévenir",
        "benachrichtigen",
        "avviseremo",
        "avvisarti",
        # Telephone symbols in signatures and listings.
        "☎",
        "☏",
        "✆",
        "📞",
        "📱",
        # Other persons and tenses of the calling verbs ("vous appellera au", "ti chiamerà al",
        # "belt je op", "liga-lhe para o", "te llamaremos al", "composez le").
        "appelle",  # "Appelle-moi au", "je t'appelle au"
        "rappelle",
        "appellera",
        "appellerons",
        "appellerai",
        "rappellera",
        "rappellerons",
        "rappellerai",
        "composez",
        "composer le",  # French "dial", not the English noun
        "chiamerà",
        "chiameremo",
        "chiamerò",
        "chiamaci",
        "richiameremo",
        "belt u",  # Dutch "calls you"; not the English noun
        "belt je",
        "bereiken",
        "bereikbaar",
        "liga-lhe",  # Portuguese; not "liga", the league
        "liga para",
        "ligaremos",
        "ligamos",
        "contacte",
        "contacte-nos",
        "telefonaremos",
        "llamaremos",
        "llamará",
        "llamamos",
        "llámenos",
        "llámanos",
    ]
)
#: A one-letter or short label opening a line of a signature or contact card ("T: 087 158 1726",
#: "M 06-35476407", "Tel.: ...").
#: Also after a bar or middle dot that joins a signature's fields ("P: +33.1.23.94.58.73 | M 06 12
#: 73 50 75"; issue #14, pii_sixteenth).
_LINE_LABEL = re.compile(
    r"(?:^|\n|:[ \t]|[|·][ \t])[ \t]*(?:t|m|f|p|ph|mob|tel|tél|tlm|cel|cell)\.?[ \t]*:?[ \t]*$", re.IGNORECASE
)
#: An amount: a currency sign or code right before or after the digits ("R$ 53.980,73", "78 238.96 USD").
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|brl|jpy|inr|aud|cad|r\$))\s?$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s?(?:[$€£¥₹]|(?:usd|eur|gbp|chf|brl|jpy|inr|aud|cad)\b)", re.IGNORECASE)
#: An e-mail address ending right before the digits, a comma or slash at most between.
_AFTER_EMAIL = re.compile(r"@[^\W_][\w.-]*\.[^\W\d_]{2,24}\s?[,;/|]?\s{0,2}$")
_FORMATTED = re.compile(r"[ ().-]")
#: US ZIP+4 ("94105-1234"): five digits, a dash, four.
_ZIP4 = re.compile(r"\d{5}-\d{4}")
#: "number" said of a person or a desk: enough for a phone layout that is also an identifier's.
_NUMBER_OF_SOMEONE = re.compile(
    r"\b(?:number is|(?:my|her|his|your|our|their) number|(?<=['\u2019])s number)\b|\boffice\s*:"
    # The same in other languages ("Mon numéro :", "O meu número é", "Mijn nummer is").
    r"|\b(?:mon|ma|mi|mio|il mio|meu|o meu|mijn|meine|min)\s+(?:numéro|número|numero|nummer)\b"
    r"|(?:^|[\n.;|,(]\s*)(?:number|no\.?|#)\s*[:=-]"
    # Turkish, Polish, Russian, Hindi and Arabic ("numaram 0532 ...", "mój numer", "мой номер",
    # "मेरा नंबर", "رقمي").
    r"|numaram\w*|\bmój\s+(?:numer|nr)|\bmoj\s+numer|мой\s+номер|मेरा\s+न(?:ं|म्)बर|رقمي|رقم\s+جوالي",
    re.IGNORECASE,
)
#: The label of another identifier right before the digits: they are that identifier (valid
#: or not), never a phone number.
_OTHER_ID_LABEL = re.compile(
    r"\b(?:nhs|ssn|social security|passport|iban|card|routing|sort code|national insurance|ni|mrn|"
    r"medical record|patient id|account|acct|licen[cs]e|permit|"
    # A US taxpayer number's label (issue #14, scripts/pii_ninth.py): "PAYER'S TIN 27-5632190",
    # "FEIN 123456789", "Federal tax ID", "Employer identification number (EIN)".
    r"tin|itin|ein|fein|(?:federal\s+)?tax\s*id|taxpayer\s+id(?:entification)?|employer\s+identification|\(ein\)|"
    # A US provider's NPI (10 digits, Luhn-valid over 80840; issue #14, scripts/pii_twelfth.py).
    r"npi)"
    # ... also as a key of snake or kebab case, maybe quoted ("nhs_number: 441-398-3091",
    # '"nhs_number": "441-...'; issue #14, pii_sixteenth).
    r"\.?[\s_-]*(?:number|no\.?|num|#)?[\s\"']*(?:is\s+)?[:#=]?[\s\"']*$"
    # A hospital's or patient's number (an MRN by another name), not "call the hospital: ...".
    r"|\b(?:hospital|patient)\s*(?:number|no\.?|num|#)\s*(?:is\s+)?[:#=]?\s*$",
    re.IGNORECASE,
)
#: The NHS layout: 3-3-4 with single spaces, not starting with a trunk 0 or the NANP 1.
_NHS_LAYOUT = re.compile(r"[2-9]\d\d \d{3} \d{4}")
#: The NHS named as such (not "patient" or "clinic", which US records use as much).
_NHS_DOCUMENT = re.compile(r"\bNHS\b")
#: Ten digits 3-3-4 with dashes or dots, the North American layout, or a slash after the area
#: code ("206/752-9904").
_NANP_LAYOUT = re.compile(r"[2-9]\d\d(?:([.-])\d{3}\1|/\d{3}-)\d{4}")
#: A word right before the digits (perhaps with ":" or "#") that is not a preposition, verb or
#: "number" word after which phone numbers are written.
_NOT_NOUN_LABELS = frozenset(
    "at on to is are was were be via me us him her them or and of from by for in with number no num nr tel call "
    "dial ring text try use reach contact phone mobile cell fax line sms whatsapp ext x daytime evening home work "
    "office main direct alt alternate primary secondary emergency personal business landline hotline helpline "
    "switchboard reception desk support sales enquiries inquiries bookings free".split()
)


#: The second of two numbers offered as alternatives ("use my mobile ... instead of the office
#: number 0417 140 795", "Call +34 ... rather than 618 87 93 90", "on my mobile ... or at the
#: office, 12-105-94-09"): the phone word of the first names both (issue #14, pii_twelfth.py).
_ALTERNATIVE_BEFORE = re.compile(
    r"(?:\binstead\s+of|\brather\s+than|,\s*not|\bor)(?:\s+(?:at|on|to)\b)?(?:\s+(?:the|my|our|her|his)\b)?"
    r"(?:\s+(?:office|home|work|mobile|landline|old|usual|other|main)\b)?(?:\s+(?:number|one|line|phone)\b)?"
    r"[\s,:]*$",
    re.IGNORECASE,
)


def _alternative_phone(text: str, start: int) -> bool:
    """An alternative's connective right before the digits, a number before it on the same line
    and a phone word before that number within 90 characters (no sentence break between)."""
    alt = _ALTERNATIVE_BEFORE.search(text, max(0, start - 45), start)
    if alt is None or not _DIGIT.search(text, max(0, alt.start() - 6), alt.start()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _phone_word_before(text, start, min(90, start - line_start))


def _after_noun_label(text: str, start: int) -> bool:
    word = word_before(text, start)[0]
    return len(word) >= 2 and word not in _NOT_NOUN_LABELS


#: Labels written right after a number in contact lists ("082 490 1693-Office", "... (home)").
_PHONE_LABELS_AFTER = word_re(["office", "home", "work", "fax", "mobile", "cell", "landline"])
_IP_WORDS = word_re(
    [
        "ip",
        "ip address",
        "host",
        "server",
        "address",
        "addr",
        "gateway",
        "dns",
        "ping",
        "subnet",
        "connect",
        "from",
        "client",
        # Firewall rules and flows ("allow 192.168.0.66 -> 10.0.0.5").
        "allow",
        "deny",
        "firewall",
        "src",
        "dst",
        "source",
        "destination",
        "peer",
        "remote",
    ]
)
#: Words before a dotted quad that make it a version or section number, not an address.
_NOT_IP_WORDS = word_re(
    [
        "version",
        "ver",
        "v",
        "release",
        "build",
        "oid",
        "section",
        "sections",
        "figure",
        "figures",
        "fig",
        "chapter",
        "paragraph",
        "para",
        "appendix",
        "item",
        "tables",
        "steps",
        "versions",
        "releases",
        "clauses",
        "firmware",
        "update",
        "upgrade",
        "patch",
        "driver",
        "bios",
        "kernel",
        "sdk",
        "chrome",
        "chromium",
        "firefox",
        "safari",
        "edge",
        "browser",
        "windows",
        "macos",
        "ios",
        "android",
        "python",
        "node",
        "java",
        "clause",
        "rule",
        "step",
        "table",
        "changelog",
        "tested",
        "package",
        "pip",
        "npm",
        "install",
        "installed",
        "compatible",
        "requires",
        "pinned",
        "bump",
        "bumped",
        "tag",
        "tagged",
        "library",
        "plugin",
        "module",
        "dependency",
        # Inflections the whole-word match would miss (added after the held-out run of
        # scripts/pii_blind.py, 17:14 UTC: "Upgraded to 125.9.67.241 last night").
        "upgraded",
        "upgrading",
        "updated",
        "updating",
        "released",
        "patched",
    ]
)
#: A version pin right before a dotted quad ("package==162.175.222.76", ">=10.2.0.1").
_VERSION_PIN = re.compile(r"(?:[=<>!~]=|[\^~])$")
#: Also the labels of other languages' forms ("Geburtsdatum", "né le", "fecha de nacimiento").
_DOB_WORDS = word_re(
    [
        "born",
        "dob",
        "d.o.b",
        "date of birth",
        "birth date",
        "birthdate",
        # A camel-case key ("dateOfBirth": the phrase's words glued; issue #14, pii_sixteenth probes).
        "dateofbirth",
        "birthday",
        "birth",
        "geburtsdatum",
        "geboren",
        "geb.",
        "né le",
        "née le",
        "date de naissance",
        "fecha de nacimiento",
        "nacido",
        "nacida",
        "data di nascita",
        "geboortedatum",
        "geboren op",
        "nato il",
        "nata il",
        "nato a",
        "nata a",
        "data de nascimento",
        "nascido",
        "nascida",
        "nascido em",
        "date de naissance",
        # Polish, Swedish, Danish/Norwegian and Finnish forms ("Data urodzenia", "Födelsedatum").
        "data urodzenia",
        "urodzony",
        "urodzona",
        "födelsedatum",
        "född",
        "fødselsdato",
        "født",
        "syntymäaika",
        "syntynyt",
    ]
)
#: Substrings one of which every birth word holds: a text without any skips the date patterns
#: ("né le" only in text that is not ASCII; each ``in`` test costs ~0.5 us on 1 KB, a pattern
#: with these alternatives 4x more).
_DOB_HINTS = (
    "born",
    "birth",
    "dob",
    "d.o.b",
    "geb",
    "naissance",
    "naci",
    "nascita",
    "nasci",
    "nato ",
    "nata ",
    "urodz",
    "föd",
    "fød",
    "synty",
)
#: Birthday events and statistics: the date is not someone's date of birth.
_NOT_DOB_WORDS = word_re(
    ["party", "celebration", "celebrate", "happy birthday", "birth rate", "birth rates", "anniversary", "cake"]
)
_PASSPORT_WORDS = word_re(
    [
        "passport",
        "passport no",
        "passport number",
        "travel document",
        # Other languages ("Reisepassnummer", "passeport n°", "passaporto", "pasaporte", "paspoort").
        "reisepass",
        "reisepassnummer",
        "reisepass-nr",
        "passeport",
        "passaporto",
        "pasaporte",
        "passaporte",
        "paspoort",
        "paspoortnummer",
        # Swedish/Danish/Norwegian, Polish, Finnish and Japanese (romaji) forms.
        "passnummer",
        "pasnummer",
        "paszport",
        "paszportu",
        "passinumero",
        "pasupooto",
        "pasupōto",
    ]
)
#: Substrings every passport word holds (a text without any skips the passport patterns).
_PASSPORT_HINTS = (
    "passport",
    "travel document",
    "reisepass",
    "passeport",
    "passaport",
    "pasaporte",
    "paspoort",
    "passnummer",
    "pasnummer",
    "paszport",
    "passinumero",
    "pasupo",
)
#: Passport numbers of letters and digits ("C01X00T47", "41WT52293"): 8-9 capitals and digits
#: with two digits at least, looked for only near a passport word.
_PASSPORT_ALNUM = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]{8,9}(?![A-Za-z0-9])")
#: A passport word right before, perhaps with "Nr." / "no." / "number" / ":" between.
_PASSPORT_LABEL = re.compile(
    r"(?:passport|reisepass|passeport|passaporto|pasaporte|passaporte|paspoort|passnummer|pasnummer|paszport|"
    r"passinumero|pasupooto|pasupōto)\w*"
    r"(?:[\s-]*(?:nr|no|n°|nº|number|nummer|num|#)\.?)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_NATID_WORDS = word_re(
    [
        "national insurance",
        "nino",
        "ni number",
        "ni no",
        # Abbreviations of the name (issue #14, probed after scripts/pii_sixteenth.py).
        "ni #",
        "ni#",
        "n.i. no",
        "n.i. number",
        "national ins",
        "nat ins",
        "nat. ins",
        "nat insurance",
        "nat. insurance",
        "nin",
        "dni",
        "nie",
        "codice fiscale",
        "aadhaar",
        "aadhar",
        "national id",
        "id card",
        "identity card",
        "uid",
    ]
)

# Issuer ranges and lengths (ISO/IEC 7812 assignments as published by the schemes).
_ISSUERS: tuple[tuple[tuple[int, int], int, frozenset[int]], ...] = (
    ((4, 4), 1, frozenset({13, 16, 19})),  # Visa
    ((51, 55), 2, frozenset({16})),  # Mastercard
    ((2221, 2720), 4, frozenset({16})),  # Mastercard 2-series
    ((34, 34), 2, frozenset({15})),  # Amex
    ((37, 37), 2, frozenset({15})),
    ((6011, 6011), 4, frozenset({16, 17, 18, 19})),  # Discover
    ((644, 649), 3, frozenset({16, 17, 18, 19})),
    ((65, 65), 2, frozenset({16, 17, 18, 19})),
    ((3528, 3589), 4, frozenset({16, 17, 18, 19})),  # JCB
    ((300, 305), 3, frozenset({14, 15, 16, 17, 18, 19})),  # Diners
    ((36, 36), 2, frozenset({14, 15, 16, 17, 18, 19})),
    ((38, 39), 2, frozenset({14, 15, 16, 17, 18, 19})),
    ((62, 62), 2, frozenset({16, 17, 18, 19})),  # UnionPay
    ((50, 50), 2, frozenset(range(12, 20))),  # Maestro
    ((56, 69), 2, frozenset(range(12, 20))),
    ((2200, 2204), 4, frozenset({16, 17, 18, 19})),  # Mir
)


def card_issuer_ok(digits: str) -> bool:
    """Whether the number's prefix and length belong to a card scheme."""
    n = len(digits)
    for (lo, hi), width, lengths in _ISSUERS:
        if n in lengths and lo <= int(digits[:width]) <= hi:
            return True
    return False


Windows = list[tuple[int, int]]

#: A run of digits with separators: every digit-bearing entity contains one. Scanning for it
#: once and running the specific patterns only around it keeps prose cheap.
_DIGIT_RUN = re.compile(r"\d[\d \-./()\u2013]{4,}\d")
_MARGIN = 40


def digit_windows(text: str) -> Windows:
    """Merged ``(start, end)`` regions around digit runs, with room for prefixes/context."""
    out: Windows = []
    n = len(text)
    for m in _DIGIT_RUN.finditer(text):
        lo, hi = max(0, m.start() - _MARGIN), min(n, m.end() + 20)  # room for "extension 12345"
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _iter(pattern: re.Pattern[str], text: str, windows: Windows) -> Iterable[re.Match[str]]:
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


#: Address-shaped strings that reach no person: a retina image ("icon@2x.png") and the SSH user
#: of code hosts ("git@github.com:org/repo.git").
_NOT_A_MAILBOX = re.compile(r"[^@]+@\d+x\.[A-Za-z]+$|git@", re.IGNORECASE)


#: Mail headers whose ``<local@host>`` values name a message, not a mailbox (issue #14,
#: scripts/pii_eleventh.py: "Message-ID: <20261207.5f3a9c@mx5.mailhost.net>" in a forwarded header).
_MESSAGE_ID_HEADER = re.compile(r"\b(?:message-id|content-id|in-reply-to|references)\s*:", re.IGNORECASE)


def _message_id(text: str, start: int) -> bool:
    """Whether the address at ``start`` is bracketed on a Message-ID / In-Reply-To / References
    header's line (the bracket may hold characters no address starts with: "<CAF=k2@...>")."""
    line = _line_start(text, start, 200)
    bracket = text.rfind("<", line, start)
    if bracket < 0 or any(c.isspace() or c == ">" for c in text[bracket:start]):
        return False
    return _MESSAGE_ID_HEADER.search(text, line, bracket) is not None


def _emails(text: str, low: str, windows: Windows) -> Iterable[Match]:
    # Anchor on each "@": running the pattern from every letter would cost 64x more.
    at = text.find("@")
    last = 0
    while at >= 0:
        lo = max(last, at - 64)
        m = _EMAIL.search(text, lo, min(len(text), at + 256))
        if m is not None and m.start() <= at < m.end():
            if not _NOT_A_MAILBOX.match(m.group()) and not _message_id(text, m.start()):
                yield Match("EMAIL", m.start(), m.end(), 0.95)
            last = m.end()
        at = text.find("@", max(at + 1, last))


#: A country code and check digits, and perhaps a bank code, right before the digits: they are the
#: tail of an IBAN-shaped string, valid or not ("Wrong IBAN: LT06 6797 8703 5425 2777" is no card,
#: the "8638 7740 03" of "NL43 WUMM 8638 7740 03" no phone number even with "tel." nearby).
_IBAN_HEAD = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){0,7}[ -]?$")


def in_iban_tail(text: str, start: int) -> bool:
    return _IBAN_HEAD.search(text, max(0, start - 40), start) is not None


def _line_start(text: str, start: int, span: int) -> int:
    """Where the line holding ``start`` begins, at most ``span`` characters back."""
    return max(text.rfind("\n", 0, start) + 1, start - span, 0)


_PAYMENT_CARD_WORDS = word_re(["credit", "debit", "visa", "mastercard", "amex", "payment", "paid", "pay", "cc"])


def _loyalty_card(text: str, start: int) -> bool:
    """Whether a loyalty programme names the card number at ``start``: a programme word earlier on
    the line (30 characters back at most) with no payment-card word or sentence end between
    ("Rewards card: 6012 ..."; not "Loyalty: none. Credit card 4111 ...")."""
    hits = list(_LOYALTY.finditer(text, _line_start(text, start, 30), start))
    if not hits:
        return False
    gap = text[hits[-1].end() : start]
    return ". " not in gap and _PAYMENT_CARD_WORDS.search(gap) is None


#: Card numbers in fours with a separator the main pattern does not take (issue #14,
#: scripts/pii_ninth.py): dots ("4111.1111.1111.1111"), two or three spaces, or a hard line wrap
#: between groups ("4111 1111 1111\n1111"); the last group of a 19-digit number has three digits.
_CARD_ODD = re.compile(
    r"(?<![\w.-])\d{4}(?:(?:\.|[ ]{1,3}|-|[ \t]*\r?\n[ \t]*)\d{4}){2,3}"
    r"(?:(?:\.|[ ]{1,3}|-|[ \t]*\r?\n[ \t]*)\d{3})?(?![\w]|[.-]\d|[ ]{1,3}\d)"
)
#: A dotted group of four: with a line break or two spaces (string tests), what a window must hold
#: for :data:`_CARD_ODD` to be tried.
_DOTTED_FOUR = re.compile(r"\.\d{4}\.")
_CARD_ODD_SEP = re.compile(r"\.|[ ]{2,3}|[ \t]*\r?\n[ \t]*")


_NON_DIGITS = re.compile(r"\D+")


def _odd_cards(text: str, windows: Windows) -> Iterable[Match]:
    """Cards of :data:`_CARD_ODD`: one separator throughout apart from a line wrap, issuer and Luhn
    valid; a wrapped one needs a card word near (two lines of four-digit groups are otherwise a
    table's)."""
    # Only windows that hold such a separator at all (string tests first, C speed): scanning every
    # window with the pattern cost ~15 us on a 1 KB prompt with a number in every sentence.
    odd = [
        (lo, hi)
        for lo, hi in windows
        if text.find("\n", lo, hi) >= 0
        or text.find("  ", lo, hi) >= 0
        or (text.count(".", lo, hi) >= 3 and _DOTTED_FOUR.search(text, lo, hi))
    ]
    for m in _iter(_CARD_ODD, text, odd):
        raw = m.group()
        seps = _NON_DIGITS.findall(raw)
        wrapped = any("\n" in x for x in seps)
        kinds = {x for x in seps if "\n" not in x}
        if len(kinds) > 1 or not any(_CARD_ODD_SEP.fullmatch(x) for x in seps):
            continue
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) not in (16, 19) or not luhn.is_valid(digits) or not card_issuer_ok(digits):
            continue
        cue = near(text, m.start(), m.end(), _CARD_WORDS)
        if (wrapped and not cue) or (not cue and is_reference(text, m.start())) or _loyalty_card(text, m.start()):
            continue
        if near(text, m.start(), m.end(), _NOT_CARD_WORDS, before=25, after=0) and not cue:
            continue
        yield Match("CREDIT_CARD", m.start(), m.end(), 0.9 if cue or not wrapped else 0.6)


#: Amex, Diners and other cards in groupings the two patterns above do not take (issue #14,
#: scripts/pii_tenth.py): 4.6.5 with dots, 4-6-5 / 5-5-5 / 4-4-7 / 2-4-4-4 and mixed separators
#: ("3782-822463 10005", "3782 - 822463 - 10005") as receipts, bookings and chat print them; also
#: glued to a reservation system's two-letter card code ("FOP CC AX3782 822463 10005", "CCVI4111...").
_CARD_LOOSE = re.compile(
    r"(?:(?<![\w.,/-])|(?<=\b(?:AX|VI|CA|MC|DC|DS|JC|TP)))\d{2,12}(?:(?: ?[-.] ?| {1,2})\d{2,12}){1,4}"
    r"(?![\w]|[.,/-]?\d| {1,3}(?!(?:0[1-9]|1[0-2])/\d\d(?![\d/]))\d)"
)
#: Two digits after a dot ending a loose match: an amount's cents.
_CENTS_END = re.compile(r"\.\d{2}$")
#: Reservation systems' card codes that may be glued to the digits (see :data:`_CARD_LOOSE`).
_GDS_CARD_CODES = ("AX", "VI", "CA", "MC", "DC", "DS", "JC", "TP")


def _loose_triggers(text: str) -> list[int]:
    """Where a dot, a spaced dash or two spaces stand between digits, or (in a text with a
    form-of-payment "CC") a reservation system's card code stands before one. One-character
    ``str.find`` first (memchr speed): a regex scan of every window cost 10-90 us on a 1 KB prompt
    with a number in every sentence, a two-character ``find`` ~1 us each."""
    hits: list[int] = []
    n = len(text)
    i = text.find(".")
    while i >= 0:
        if 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            hits.append(i)
        i = text.find(".", i + 1)
    i = text.find("-")
    while i >= 0:
        if 1 < i < n - 2 and text[i - 1] == text[i + 1] == " " and text[i - 2].isdigit() and text[i + 2].isdigit():
            hits.append(i)
        i = text.find("-", i + 1)
    i = text.find("  ")
    while i >= 0:
        if 0 < i < n - 2 and text[i - 1].isdigit() and text[i + 2].isdigit():
            hits.append(i)
        i = text.find("  ", i + 1)
    if "CC" in text:
        for code in _GDS_CARD_CODES:
            i = text.find(code)
            while i >= 0:
                if i + 2 < n and text[i + 2].isdigit():
                    hits.append(i)
                i = text.find(code, i + 1)
    return hits


def _loose_windows(text: str, windows: Windows, seeds: Windows) -> Windows:
    """Where :data:`_CARD_LOOSE` is tried: around digits the strict pattern found but could not
    group (``seeds``: "37828 22463 10005", "3782-822463 10005"), and the digit windows holding one
    of :func:`_loose_triggers`."""
    # Eight characters after: room for the lookahead to see an expiry date ("... 017307 11/27").
    out = [(max(0, a - 4), min(len(text), b + 8)) for a, b in seeds]
    hits = _loose_triggers(text)
    if hits:
        out += [(lo, hi) for lo, hi in windows if any(lo <= h < hi for h in hits)]
    return out


#: Words that may stand right before a card number typed with no card word (a lead-in, not a
#: noun naming what the digits are): see :func:`_loose_cards`.
_CARD_LEAD_INS = _NOT_NOUN_LABELS | frozenset(
    {"", "here", "details", "ok", "okay", "one", "this", "it", "again", "instead"}
)


def _loose_cards(text: str, windows: Windows, seen: list[tuple[int, int]]) -> Iterable[Match]:
    """Cards of :data:`_CARD_LOOSE`, 14 to 16 digits, issuer and Luhn valid (one random number in
    ten passes Luhn, few carry a card prefix of the right length). Amex (15 digits) and Diners
    (14) in any grouping; 16-digit ones in a grouping that is not fours too, but a dotted pair of
    groups (a decimal's shape) needs a card word near; none after a reference label or a code's
    label without a card word."""
    for m in _iter(_CARD_LOOSE, text, windows):
        raw = m.group()
        digits = _NON_DIGITS.sub("", raw)
        if not 14 <= len(digits) <= 16 or any(a < m.end() and m.start() < b for a, b in seen):
            continue
        if raw.count(".") == 1 and _CENTS_END.search(raw):
            # "REF 44952519290  543.54": a reference and an amount, not one number (a dotted
            # Diners "3056.5999.6533.44" has dots throughout).
            continue
        if not luhn.is_valid(digits) or not card_issuer_ok(digits):
            continue
        cue = near(text, m.start(), m.end(), _CARD_WORDS)
        short = len(digits) < 16 and digits[0] == "3"  # Amex 34/37, Diners 30/36/38/39
        # 16 digits in another grouping ("4215 122339 913746", "55632060 47023834", "6011  3638
        # 37701800") with no card word (issue #14, scripts/pii_eleventh.py): issuer and Luhn
        # decide, as for Amex, when one separator runs throughout, not two groups are joined by a
        # dot ("5587.641149864481" reads as a decimal without a card word) and no noun labels
        # the digits ("here it is: ...", "use ...", not "meter ...", "session ...", "Konto ...":
        # ~4% of random 16-digit ids pass issuer and Luhn).
        seps = set(_NON_DIGITS.findall(raw))
        spaced = (
            len(digits) == 16
            and len(seps) == 1
            and (seps != {"."} or raw.count(".") > 1)
            and word_before(text, m.start())[0] in _CARD_LEAD_INS
        )
        if not (cue or short or spaced) or _loyalty_card(text, m.start()):
            continue
        if not cue and (
            is_reference(text, m.start()) or near(text, m.start(), m.end(), _NOT_CARD_WORDS, before=25, after=0)
        ):
            continue
        yield Match("CREDIT_CARD", m.start(), m.end(), 0.9)


def _cards(text: str, low: str, windows: Windows) -> Iterable[Match]:
    found = list(_odd_cards(text, windows))
    yield from found
    strict: list[Match] = []
    seeds: Windows = []
    for m in _iter(_CARD, text, windows):
        if in_iban_tail(text, m.start()):
            continue
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        end = m.end()
        if len(digits) > 16 and _CARD_CVV.fullmatch(raw) and not luhn.is_valid(digits):
            # "4111 1111 1111 1111 123": the card and its CVV printed together.
            raw, digits, end = raw[:19], digits[:16], m.start() + 19
        if len(digits) != len(raw) and not _CARD_GROUPS.fullmatch(raw):
            # Not in fours: the loose pattern decides below, also when these digits fail Luhn
            # (they may have taken an expiry's month: "49375 99328 017307 11/27").
            seeds.append((m.start(), m.end()))
            continue
        if not 12 <= len(digits) <= 19 or not luhn.is_valid(digits) or len(set(digits)) == 1:
            continue
        if raw == digits and _EPOCH_MILLIS.fullmatch(digits):
            continue  # "payment 1781917365359 ok": Unix milliseconds; no card scheme starts with 1
        issuer = card_issuer_ok(digits)
        score = 0.9 if issuer else 0.3
        if score > 0.5 and len(digits) < 16 and digits[0] in "56" and not digits.startswith(("6011", "65")):
            score = 0.45  # short Maestro-range numbers: mostly EAN-13 barcodes and such
        if score > 0.5 and len(digits) == 13:
            # 13-digit Visa numbers were last issued decades ago; 13 digits are EAN-13 barcodes
            # ("4007190060773" on a till receipt passes Luhn one time in ten): a card word decides.
            score = 0.45
        if _loyalty_card(text, m.start()):
            score -= 0.45  # "Loyalty card 2511 2160 8608 9323": the programme's card, not a payment card
        elif near(text, m.start(), end, _NOT_CARD_WORDS, before=25, after=0) and not near(
            text, m.start(), end, _CARD_WORDS, before=25, after=0
        ):
            # "ISBN 9789993165736" in an order whose card is named two lines up: the code's own
            # label right before outranks a card word further away.
            score -= 0.45
        elif near(text, m.start(), end, _CARD_WORDS) and (
            # No scheme's prefix and length: a card word makes it a card when its first digit is
            # a banking or travel industry's (ISO/IEC 7812: 1-6) and its length a payment card's
            # (15-19: old JCB "2131 ...", "1800 ..."); a patron or library card's 14 digits
            # ("Card 79135018053645", "Card 40194483681584") need a payment word (issue #14,
            # scripts/pii_sixteenth.py).
            issuer or (digits[0] in "123456" and len(digits) >= 15) or near(text, m.start(), end, _PAYMENT_CARD_WORDS)
        ):
            score += 0.3
        elif near(text, m.start(), end, _NOT_CARD_WORDS, before=25, after=0) or is_reference(text, m.start()):
            score -= 0.45
        strict.append(Match("CREDIT_CARD", m.start(), end, min(score, 1.0)))
    yield from strict
    # The strict readings (reported or not) keep their spans: the loose pattern only adds cards
    # the others did not see at all.
    yield from _loose_cards(text, _loose_windows(text, windows, seeds), [(x.start, x.end) for x in (*found, *strict)])


def _ssns(text: str, low: str, windows: Windows) -> Iterable[Match]:
    blocks = LineBlocks(text)  # this call's own: fixed-width columns are read by block
    for m in _iter(_SSN, text, windows):
        sep = _ssn_separator(m)
        if sep is None:
            continue  # "412-33 0912": two kinds of separator are two numbers
        digits = m.group(1) + m.group(3) + m.group(5)
        # An ITIN (9xx-7x-xxxx, issued to taxpayers who cannot have an SSN) is the same person's
        # number in the same box of the same forms: reported as US_SSN, only with a word nearby.
        itin = us_itin.is_valid(digits)
        if not (us_ssn.is_valid(digits) or itin) or digits in _SSN_NEVER:
            continue
        # Nine digits in 3-2-4 are also invoice, part and case numbers: without a word such
        # as "SSN" nearby they are reported only with a custom min_score below 0.5.
        score = {"-": 0.45, "\u2013": 0.45, " ": 0.3, "": 0.2, ".": 0.2}[sep]
        ein_label = _EIN_LABEL.search(text, max(0, m.start() - 50), m.start())
        denied_ein = ein_label is not None and bool(
            _NEGATION_BEFORE.search(text, max(0, ein_label.start() - 40), ein_label.start())
        )
        if ein_label and not denied_ein:
            continue  # "EIN on W-2: 462837115" beside an SSN: the employer's number, whatever its layout
        if _row_names_ein(text, m.start(), m.end()):
            continue  # "V80747 | Lars Nilsson | EIN | 468451262": the row's TIN-type cell says EIN
        if itin and not (
            _ITIN_WORDS.search(text, max(0, m.start() - 60), m.start())
            or column_named(text, m.start(), m.end(), _ITIN_WORDS)
        ):
            continue  # "SSN 987-83-7442": a 9xx number under an SSN label is no SSN
        if (
            is_reference(text, m.start())
            # a denied EIN label is no reference label ("Enter your SSN, not your EIN: 536-22-1234")
            and not denied_ein
            and not _SSN_WORDS.search(text, _field_start(text, m.start(), 25), m.start())
            # "Claim 120-36-1703 filed for member with social 068 81 5259": "social" right before
            # labels the digits as it does in ``_ssn_word_before`` (issue #14, pii_fourteenth)
            and not _SOCIAL_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            # "SSN: 076972219. Loan application 785-19-9052": the label right before wins, unless
            # the SSN word is in the same field ("SSN on the aid form: 536-22-1234").
            score -= 0.3
        elif _ssn_negated_after(text, m.end()):
            # "use 887521173, not the owner's social security number", "TIN 889484418 (business
            # number, not an SSN)": the SSN word says what the number is not (issue #14,
            # scripts/pii_tenth.py); a company's EIN is printed undashed like this.
            score -= 0.1
        elif _ein_named_after(text, m.end()):
            continue  # "SSN field contains 848280896, which is the company's EIN, not an SSN."
        elif not _ssn_word_before(text, m.start()) and _ssn_disclaimed_after(text, m.end()):
            # "put 609810166, SSN not needed here", "Put 266050007 in the TIN box, not the SSN
            # box": the SSN word after says no SSN is asked for, so the digits are the company's
            # (issue #14, the eleventh and twelfth sets' held-out EINs); an SSN word before wins.
            score -= 0.1
        elif _ssn_key(text, m.start()):
            score += 0.5  # "ssn_full=...", "<EmployeeSSN>", "social_security_no:": the value's own key
        elif _keyed_by_non_ssn(text, m.start(), blocks):
            pass  # "</SSN>\n<ControlNumber>150173025": its own key names something else
        elif (
            _ssn_word_before(text, m.start())
            or _ssn_word_after(text, m.end())
            or _ssn_column(text, m.start(), m.end(), blocks)
            or _after_birth_date(text, m.start())
        ):
            score += 0.5
        elif near(text, m.start(), m.end(), _PHONE_WORDS, before=30, after=0):
            score -= 0.3
        yield Match("US_SSN", m.start(), m.end(), min(score, 1.0))


def _ssn_separator(m: re.Match[str]) -> str | None:
    """The one kind of separator between an SSN match's groups ("-", en dash, " ", "." or ""),
    however OCR spaced it, or None when the two gaps are of two kinds ("412-33 0912")."""
    first, second = (m.group(i).strip() or (" " if m.group(i) else "") for i in (2, 4))
    return first if first == second else None


#: What stands between a birth date and the digits after it on an identification line: a
#: separator (a comma, semicolon, bar, dash or a gap of two spaces), maybe a generic identifier
#: label after it (the ``_GENERIC_ID_BEFORE`` of NHS numbers, with the two-space gap of rosters).
_AFTER_DATE = re.compile(
    r"[ \t]*(?:[,;|(/\u2013-]|[ \t]{2})[ \t]*(?:(?:id|identifier|number|no\.?)[ \t]*[:#.]?[ \t]*)?$", re.IGNORECASE
)
#: Years a birth date of an adult carries: a date of 1900-2010 right before nine digits beside a
#: person's name is the date of birth even without the word; so is a two-digit year of 27-99
#: ("12/10/73"), which cannot be this century's yet.
_ADULT_BIRTH_YEAR = re.compile(r"(?<!\d)(?:19\d\d|200\d|2010)(?!\d)|[/.-](?:2[7-9]|[3-9]\d)$")


#: A capitalised word of small letters (with apostrophes and hyphens): a name's shape.
_PERSON_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
#: A person's name right before the date, a separator between: "Maria Lopez, ", "Lopez, Maria | ",
#: "Ana K. Ruiz - b. " (names' words, or initials).
_NAME_WORD = rf"(?:{_PERSON_NAME}|[A-ZÀ-ÖØ-Þ]\.)"
_NAME_BEFORE_DATE = re.compile(
    rf"(?<![^\W\d_]){_NAME_WORD}(?:,?[ \t]+{_NAME_WORD}){{1,3}}[ \t]*(?:[,;|(/\u2013-]|[ \t]{{2}})[ \t]*"
    r"(?:b\.[ \t]*)?$"
)
#: Words dating something other than a birth on the line: an invoice's, order's or shipment's date.
_NOT_BIRTH_DATE_WORDS = word_re(
    ["invoice", "inv", "order", "ordered", "ship", "shipped", "shipping", "delivery", "delivered", "due"]
    + ["issue", "issued", "date", "dated", "paid", "payment", "signed", "hired", "expires", "effective"]
)


def _after_birth_date(text: str, start: int) -> bool:
    """Whether the digits follow a date of birth on their own line, nothing but a separator (or a
    generic "ID") between: a roster's or an intake form's "Dana Sato, DOB 03/04/1967,
    412-33-0912", "Pt: Ana Ruiz; born 1971-11-30; 523814471", where no SSN word is written (issue
    #14, pii_nineteenth). The date is a birth date by its word (as the DOB detector reads it) or
    by a year of 1900-2010; a label of its own before the digits ("Order no.") is not generic."""
    line_start = text.rfind("\n", 0, start) + 1
    sep = _AFTER_DATE.search(text, max(line_start, start - 16), start)
    if sep is None:
        return False
    date = next(reversed(list(_DATE.finditer(text, max(line_start, sep.start() - 24), sep.start()))), None)
    if date is None or date.end() != sep.start():
        return False
    if _birth_word_of(text, date.start(), date.end()):
        return True
    # No birth word: the year says a birth date only beside a person's name, on a line that dates
    # no invoice, order or shipment ("Invoice date 03/04/1998, 284-16-7702", "Date: 2009-05-01;
    # ..." are no roster; a reviewer's finding, issue #14).
    return (
        bool(_ADULT_BIRTH_YEAR.search(date.group()))
        and _NAME_BEFORE_DATE.search(text, line_start, date.start()) is not None
        and _NOT_BIRTH_DATE_WORDS.search(text, line_start, date.start()) is None
    )


def _row_names_ein(text: str, start: int, end: int) -> bool:
    """Whether the value is a field of a delimited row one of whose earlier cells is nothing but
    an EIN word: a vendor master's "TIN type" column ("...,EIN,208777041,..."; issue #14, the
    twelfth set's TIN-column rows, which a padded "| EIN | 468451262 |" row joined once padded
    fields were read as fields, scripts/pii_fourteenth.py)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    delim = next((d for d in _DELIMITERS if d in before), None)
    if delim is None or column_header(text, start, end) is None:
        return False
    return any(_EIN_WORDS.fullmatch(cell.strip(" \"'")) for cell in before.split(delim)[:-1])


def _ssn_word_before(text: str, start: int) -> bool:
    """The last SSN word within 60 characters before the digits that is not denied or offered as
    the alternative ("Businesses enter the EIN instead of an SSN. Ours: 474334210",
    "use the employer number rather than your SSN - 304588680") or a company's number is named
    between ("Either the SSN or the EIN goes here; we use the business one 121411995"); issue #14,
    scripts/pii_twelfth.py) labels them."""
    lo = max(0, start - 60)
    if _SOCIAL_RIGHT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _FULL_NUMBER_BEFORE.search(text, max(0, start - 40), start) and _SSN_WORDS.search(
        text, max(0, start - 160), start
    ):
        return True  # "verified with the last four of SSN ... Needed the full number: 608529044"
    for word in reversed(list(_SSN_WORDS.finditer(text, lo, start))):
        # "ITIN (not SSN): 951-83-6453": the denied word is skipped, the one before still labels.
        if not _NEGATION_BEFORE.search(text, max(0, word.start() - 40), word.start()):
            return (
                not _COMPANY_TAX_ID.search(text, max(0, word.start() - 24), word.end())
                and _ein_word(text, word.end(), start) is None
                and not _label_line_between(text, word.end(), start)
                and not _labelled_number_between(text, word.end(), start)
            )
    return False


#: A company's "tax ID" ("Company tax ID:", "employer's tax id"): an EIN, not the person's SSN
#: an individual's tax ID is (a reviewer's finding on the nineteenth rules, issue #14).
_COMPANY_TAX_ID = re.compile(
    r"\b(?:company|business|employer|corporate|firm|vendor|f?ein)(?:['\u2019]s)?[ \t]+(?:federal[ \t]+)?tax[ \t]+id$",
    re.IGNORECASE,
)
#: "the full number", "the whole SSN" right before the digits (at most a few words between): said
#: after an SSN's last four were mentioned, it names the SSN in full (issue #14, pii_nineteenth).
_FULL_NUMBER_BEFORE = re.compile(
    r"\b(?:full|whole|complete|entire)\s+(?:number|no\.?|one|ssn|social)\b(?:[^\d\n]|\d{1,4}(?!\d)){0,30}$",
    re.IGNORECASE,
)
#: Labels a number of another kind carries, besides the reference words: "error code", "ID"; a
#: company's name for its own ("the LLC's is", "not the company's"), a denial ("not").
_OTHER_NUMBER_LABEL = word_re(
    ["code", "error", "id", "pin", "account", "acct", "routing", "not", "company's", "company", "business"]
    + ["business's", "llc", "llc's", "inc", "corp", "corporation", "firm", "firm's", "employer", "employer's"]
)
#: An acronym of two or three capitals right before the number is a label of its own ("RMA", "PO").
_ACRONYM_LABEL = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,3}[ \t]*[:#]?[ \t]*$")


def _labelled_number_between(text: str, word_end: int, start: int) -> bool:
    """Whether another SSN-shaped number stands between the SSN word and the digits with a label
    of their own between it and them: the word named that number ("my ss# is 529-49-0800 and the
    error code it shows is 039-72-6592"; issue #14, pii_nineteenth). A list keeps its label, and
    so do the people and relations of a household form ("SSNs: John 521-47-3390, Mary ...",
    "SSN ..., spouse ...": a reviewer's finding, issue #14)."""
    last = next(reversed(list(_SSN.finditer(text, word_end, start))), None)
    if last is None:
        return False
    if _ACRONYM_LABEL.search(text, last.end(), start) and not _SSN_WORDS.search(text, last.end(), start):
        return True  # "(SSN 739-43-7888). RMA 316-20-8136": the return's authorisation number
    return any(p.search(text, last.end(), start) for p in (_REFERENCE_WORDS, _OTHER_NUMBER_LABEL))


#: "Social" right before the digits, nothing but spaces between ("- spouse, Ana Souza, social
#: 278-35-0221"): said of nine digits, it is the social security number (issue #14, pii_fifteenth).
#: So is an agent's "ss" ("verified ID (ss 315-60-6309)", "ss: 412330912"; issue #14,
#: pii_nineteenth's held-out notes and blind check).
_SOCIAL_RIGHT_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:social|ss)[ \t]*:?[ \t]+$", re.IGNORECASE)
#: A column headed by "Social" alone: a table of people's socials (issue #14, pii_nineteenth).
_BARE_SOCIAL = re.compile(r"\s*social\s*", re.IGNORECASE)


def _label_line_between(text: str, word_end: int, start: int) -> bool:
    """Whether a whole line with words of its own stands between the SSN word's line and the
    value's: text extracted from a PDF form prints each label on the line above its value
    ("Social Security Number\n753-22-3060\nApplication number\n808295246"), so the number two
    labels down is the application's (issue #14, pii_fifteenth)."""
    first = text.find("\n", word_end, start)
    last = text.rfind("\n", word_end, start)
    return first >= 0 and first != last and _LETTER.search(text, first, last) is not None


_LETTER = re.compile(r"[^\W\d_]")


def _ein_word(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first company's-number word between ``lo`` and ``hi`` that is not denied ("Enter your
    SSN, not your EIN: 536-22-1234" names the SSN)."""
    for word in _EIN_WORDS.finditer(text, lo, hi):
        if not _NEGATION_BEFORE.search(text, max(0, word.start() - 40), word.start()):
            return word
    return None


def _ssn_column(text: str, start: int, end: int, blocks: LineBlocks) -> bool:
    """A column whose header names an SSN, not one denying it: a transcript's "Agent: ... not a
    social security number." line reads as a colon-delimited header. A snake or camel case
    header ("social_security_no", "SocSecNum") names it in its words (issue #14, pii_fifteenth)."""
    header = column_header(text, start, end) or fixed_width_header(text, start, blocks)
    if header is None:
        return False
    if _BARE_SOCIAL.fullmatch(header):
        return True
    word = _SSN_WORDS.search(header)
    if word is None:
        header = _key_words(header)
        word = _SSN_WORDS.search(header)
    return word is not None and _NEGATION_BEFORE.search(header, 0, word.start()) is None


#: A fixed-width report's header line: three or more words or phrases, two spaces or more apart,
#: no delimiter of a delimited export ("EMPNO     SSN          NAME        GROSS").
_FIXED_HEADER = re.compile(r"[ \t]*[A-Za-z#][^\t,;|\n]*?(?: {2,}[A-Za-z#][^\t,;|\n]*?){2,}[ \t]*")


class LineBlocks:
    """Where the blocks of non-empty lines of one text begin, found in one pass when first asked.

    Made once per :func:`_ssns` call and passed down to each value's reading, not kept between
    calls: a module-level "last block found" shortcut was shared by the detectors the engine runs
    concurrently (two texts read in turn lost it, back to quadratic) and kept the last text read,
    personal data, alive. Finding every block start once keeps a column of N numbers at N line
    reads instead of walking each value's block again (N * N / 2: 100 KB of numbers one per line
    took 34 s); a value's block start is then a binary search, in any order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def _find_starts(self) -> list[int]:
        # A line starts a block when it is the text's first or the line above it is blank.
        starts = [0]
        at = 0
        for line in self.text.split("\n")[:-1]:
            at += len(line) + 1
            if not line.strip():
                starts.append(at)
        return starts

    def start_of(self, line_start: int) -> int:
        """Where the block holding the line at ``line_start`` begins."""
        if self._starts is None:
            self._starts = self._find_starts()
        return self._starts[bisect.bisect_right(self._starts, line_start) - 1]


def fixed_width_header(text: str, start: int, blocks: LineBlocks) -> str | None:
    """The header word above the value at ``start`` in a fixed-width report, or None: the first
    line of the block of non-empty lines above, when it reads as a header and a word of it starts
    at the value's column, give or take a space (issue #14, pii_fifteenth's second blind check)."""
    line_start = text.rfind("\n", 0, start) + 1
    col = start - line_start
    at = blocks.start_of(line_start)
    if at == line_start:
        return None
    header_end = text.find("\n", at)
    header = text[at:header_end]
    if not _FIXED_HEADER.fullmatch(header) or _DIGIT.search(header):
        return None
    for word in re.finditer(r"\S+(?: \S+)*", header):
        if abs(word.start() - col) <= 1:
            return word.group()
    return None


def _key_words(key: str) -> str:
    """An identifier's words, space-separated ("EmployeeSSN" -> "Employee SSN", "soc_sec_no" ->
    "soc sec no"), for label words written with word boundaries."""
    return " ".join(_KEY_PART.findall(key))


def _names_ssn(key: str) -> bool:
    return _SSN_WORDS.search(_key_words(key)) is not None


def _ssn_key(text: str, start: int) -> bool:
    """Whether the value's key or XML tag names an SSN in its words ("ssn_full=", "<EmployeeSSN>",
    "social_security_no:", '"taxpayerId": "'; issue #14, scripts/pii_fifteenth.py): the value's
    own label, however it is cased, beats a reference word of the record around it."""
    key = value_key(text, start)
    return key is not None and _names_ssn(key)


#: Keys that name no kind of number: a generic value slot takes its label from the record
#: ('{"type": "SSN", "value": "536-22-1234"}').
_GENERIC_KEYS = frozenset({"value", "val", "number", "num", "no", "id", "data", "text", "content", "field"})
#: HTML's layout and text tags name no field either: "<td>SSN</td><td>536-22-1234</td>" takes its
#: label from the cell before (the second blind check of pii_fifteenth caught "td" read as a key).
_MARKUP_TAGS = frozenset("td th tr li dd dt p span div b strong em i u small pre code font center cell c v".split())


def _keyed_by_non_ssn(text: str, start: int, blocks: LineBlocks) -> bool:
    """Whether the value has a data-format key or XML tag of its own ("<ControlNumber>",
    "request=", '"confirmation": "') that names something other than an SSN: an SSN word before
    it belongs to the field before, unless it stands in the tag's own attributes."""
    m = _format_key(text, start)
    if m is None:
        # A fixed-width report's column headed by another word ("EMPNO" over "581871448").
        header = fixed_width_header(text, start, blocks)
        return header is not None and not _names_ssn(header)
    group = 1 if m.group(1) else 2
    key = m.group(group)
    if (
        key.lower() in _MARKUP_TAGS
        or _names_ssn(key)
        or all(w.lower() in _GENERIC_KEYS for w in _KEY_PART.findall(key))
    ):
        return False
    return _SSN_WORDS.search(text, m.end(group), start) is None


def _ein_named_after(text: str, end: int) -> bool:
    """A company's number named in words within 45 characters after the digits on their line, no
    other number between, and not labelling a number of its own ("..., EIN 12-3456789")."""
    line_end = text.find("\n", end)
    hi = min(len(text), end + 45, line_end if line_end >= 0 else len(text))
    word = _ein_word(text, end, hi)
    if word is None or _DIGIT.search(text, end, word.start()):
        return False
    return _DIGIT.search(text, word.end(), min(len(text), word.end() + 12)) is None


def _ssn_word_after(text: str, end: int) -> bool:
    """An SSN word right after the digits (:func:`label_after`) that does not label an SSN-shaped
    number of its own further on ("use 208283097, my social security number is 453 93 9087",
    "company number 828651715; SSN for the owner: 211328456": the company's EIN, then the
    person's SSN; issue #14, scripts/pii_eleventh.py)."""
    if not label_after(text, end, _SSN_WORDS, 30):
        return False
    word = _SSN_WORDS.search(text, end, min(len(text), end + 30))
    assert word is not None
    nxt = _SSN.search(text, word.end(), min(len(text), word.end() + 40))
    return nxt is None or _BREAK.search(text, word.end(), nxt.start()) is not None


#: A denial between nine digits and the SSN word after them ("..., not an SSN", "instead of a
#: social security number"), or an SSN box said to be empty after them ("SSN field left blank").
_NEGATION = re.compile(r"\b(?:not|instead\s+of|rather\s+than|in\s+place\s+of)\b", re.IGNORECASE)
_LEFT_BLANK = re.compile(
    r"\s*(?:field|box|line)?\s*(?:(?:left|is|was)\s+)?(?:blank|empty|gr[ae]yed\s+out|disabled|not\s+applicable)\b",
    re.IGNORECASE,
)
#: A denial or an alternative right before an SSN word ("instead of an SSN", "rather than your
#: SSN", "not your social security number"): the word says what the next number is not.
_NEGATION_BEFORE = re.compile(
    r"\b(?:not|instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:(?:a|an|the|your|my|his|her|their|our|any)\s+)*$",
    re.IGNORECASE,
)
#: A company's number named in words ("the company's EIN", "the employer number", "the business
#: one"): between an SSN word and the digits it takes the label over ("Either the SSN or the EIN
#: goes here; we use the business one 121411995"), and after the digits, when it labels no number
#: of its own, it says what they are ("SSN field contains 848280896, which is the company's EIN").
_EIN_WORDS = re.compile(
    r"\b(?:f?ein|employer(?:'s)?\s+(?:identification\s+)?(?:number|no\.?|id)|"
    r"(?:company|business)(?:'s)?\s+(?:ein|number|tax\s+id|one))\b",
    re.IGNORECASE,
)


def _ssn_negated_after(text: str, end: int) -> bool:
    """Whether an SSN word follows within 45 characters on the same line with a denial before it,
    and no other number between."""
    line_end = text.find("\n", end)
    hi = min(len(text), end + 45, line_end if line_end >= 0 else len(text))
    word = _SSN_WORDS.search(text, end, hi)
    if word is None or _DIGIT.search(text, end, word.start()):
        return False
    return _NEGATION.search(text, end, word.start()) is not None or _LEFT_BLANK.match(text, word.end()) is not None


def _ssn_disclaimed_after(text: str, end: int) -> bool:
    """An SSN word after the digits on their line, no other number between, said not to be needed
    ("SSN not needed here", "an SSN is not required", "(no SSN needed)"), or denied right before
    between it and a TIN word, which a company's EIN also answers to ("in the TIN box, not the SSN
    box", "as the TIN - not as a social security number")."""
    line_end = text.find("\n", end)
    hi = min(len(text), end + 45, line_end if line_end >= 0 else len(text))
    tin_end = -1
    for word in _SSN_WORDS.finditer(text, end, hi):
        if _DIGIT.search(text, end, word.start()):
            return False
        if _NOT_NEEDED.match(text, word.end()):
            return True
        if tin_end >= 0 and _NEGATION.search(text, tin_end, word.start()):
            return True
        if tin_end < 0 and not _TIN_WORD.fullmatch(word.group()):
            return False  # "..., my SSN, not the EIN": the first word is the SSN's own
        tin_end = word.end()
    return False


#: An SSN word said to be unneeded after it ("SSN not needed", "SSN isn't required").
_NOT_NEEDED = re.compile(
    r"\s+(?:(?:is|was|are)\s+)?(?:not|(?:is|was|are)n['\u2019]t)\s+(?:needed|required|necessary|asked\s+for)\b"
    r"|(?<=\bno\s[sS][sS][nN])\s+(?:needed|required|necessary)\b",
    re.IGNORECASE,
)
#: The SSN words a company's EIN also answers to: a taxpayer identification number is either.
_TIN_WORD = re.compile(r"tin|taxpayer id", re.IGNORECASE)


_FIELD_BREAK = re.compile(r"[;,()\n]")


def _field_start(text: str, start: int, span: int) -> int:
    """Where the field holding ``start`` begins (after the last ``; , ( ) newline``), at most
    ``span`` characters back: "Health record no. 740..." is one field, "(Ward 14, bed 8). Dossier
    540..." starts after the bracket."""
    lo = max(0, start - span)
    breaks = list(_FIELD_BREAK.finditer(text, lo, start))
    return breaks[-1].end() if breaks else lo


#: A label of an event's or a sample's number right before ten digits (issue #14,
#: scripts/pii_ninth.py): an appointment, episode, accession or lab number, an e-Referral UBRN.
#: Not "Hospital no" / "MRN": a patient's own number, which many trusts print as the NHS number
#: (scripts/pii_blind.py counts "Hospital no 475-618-6270" as one).
_OTHER_HEALTH_NUMBER = re.compile(
    r"\b(?:appointment|appt|episode|accession|lab|specimen|sample|ubrn|booking|encounter|visit|npi)"
    r"\.?\s*(?:id|number|no\.?|num|#|ref(?:erence)?)?\s*[:#=.]?\s*$",
    re.IGNORECASE,
)
#: Unix seconds of 2017-07 .. 2033-05 (1.5e9 .. 2.0e9), as EPR footers and logs print them, and
#: the words of time (or a log stamp's bracket) that stand right before one.
_EPOCH_SECONDS = re.compile(r"1[5-9]\d{8}")
#: The same times in milliseconds (13 digits): Luhn-valid one time in ten, never a card's prefix.
_EPOCH_MILLIS = re.compile(r"1[5-9]\d{11}")
_TIME_WORD = re.compile(
    r"\b(?:generated|created|updated|modified|printed|received|sent|logged|triaged|scanned|signed|"
    r"timestamp|ts|time|epoch|expires?|issued)\b(?:\s+(?:at|on))?[\s:=]{0,3}$"
    # A log line's stamp in brackets or after "@" ("[1733412301] record viewed").
    r"|(?:^|\s)[\[@]$",
    re.IGNORECASE,
)
#: A JSON key right before a value ('"t": 1745933064', '"id": "1713961505"'): the key names it.
_JSON_KEY = re.compile(r'"([^"\n]{1,40})"\s*:\s*"?$')


def _epoch_stamp(text: str, start: int, end: int) -> bool:
    """Whether Unix seconds at ``start`` are stamped as a time, not as the patient's number: a word
    of time right before, a log line led by them ("1715683895 | user 5679 opened ..."; issue #14,
    scripts/pii_tenth.py), or a JSON key that names no NHS number ('"t": 1674435185')."""
    if _TIME_WORD.search(text, max(0, start - 25), start):
        return True
    if (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in (" ", "|", ",", "\t", ";"):
        return not column_named(text, start, end, _NHS_WORDS)
    key = _JSON_KEY.search(text, max(0, start - 48), start)
    return key is not None and _NHS_WORDS.search(key.group(1)) is None


def _nhs_label_before(text: str, start: int) -> bool:
    """An NHS word within 60 characters before ``start`` with no digit between: the label of
    these digits ("NHS no. (occupational health): 1564001598", "letter to the surgery ... Number
    on the card: 1614671575"), not of another number."""
    words = list(_NHS_WORDS.finditer(text, max(0, start - 60), start))
    return bool(words) and _DIGIT.search(text, words[-1].end(), start) is None


#: An exit code and a country code right before ten digits: they are an international phone
#: number's national part, whatever mod 11 says (the "+52 " case is in ``_NHS``'s look-behind).
_IDD_CC_BEFORE = re.compile(r"(?<![\d+])(?:00|011)[ .-]?[1-9]\d{0,2}[ .-]$")


#: A separator, maybe with a generic identifier label after it, between a patient's birth date
#: and the digits on the same line ("DOB 4 Jan 1969, ID 995-863-8177", "born 1961-03-12 |
#: 7334881419"); a label with a noun of its own ("Order no.", "Invoice ID") is not generic.
_GENERIC_ID_BEFORE = re.compile(r"[,;|(/–-][ \t]*(?:(?:id|identifier|number|no\.?)[ \t]*[:#.]?[ \t]*)?$", re.IGNORECASE)


def _patient_line(text: str, start: int) -> bool:
    """Whether the digits at ``start`` follow a birth date on their own line under a generic
    label: a patient's identification line in a letter or a record ("Re: Raj Patel, DOB 4 Jan
    1969, ID 995-863-8177"), where a mod-11 valid number is the NHS number though no NHS word is
    written (issue #14, scripts/pii_eighteenth.py)."""
    line_start = text.rfind("\n", 0, start) + 1
    birth = _DOB_WORDS.search(text, max(line_start, start - 60), start)
    return birth is not None and _GENERIC_ID_BEFORE.search(text, max(0, start - 16), start) is not None


def _nhs(text: str, low: str, windows: Windows) -> Iterable[Match]:
    for m in _iter(_NHS, text, windows):
        if not gb_nhs.is_valid(m.group()) or _IDD_CC_BEFORE.search(text, max(0, m.start() - 9), m.start()):
            continue  # failing mod 11, or the national part of "00 52 226 113 9519" (a Mexican number)
        # 3-3-4 with spaces is how NHS numbers are printed; with the mod-11 check (one random
        # number in eleven passes) it outranks the phone reading of the same digits (0.7)
        # unless a phone word is near. Other layouts need a context word.
        score = 0.75 if m.group(1) == " " else 0.35
        own_field = _NHS_WORDS.search(text, _field_start(text, m.start(), 25), m.start())
        patient = _patient_line(text, m.start())
        if (is_reference(text, m.start()) and not (own_field or patient)) or _OTHER_HEALTH_NUMBER.search(
            text, max(0, m.start() - 30), m.start()
        ):
            score = 0.2  # "patient ... Dossier 5406385151", "Hospital No: ...": the label right before wins
        elif (
            not m.group(1)
            and _EPOCH_SECONDS.fullmatch(m.group())
            and (
                _epoch_stamp(text, m.start(), m.end())
                or not (_nhs_label_before(text, m.start()) or column_named(text, m.start(), m.end(), _NHS_WORDS))
            )
        ):
            # "Document generated 1733412345", "Received 1675437098" in a clinic letter: ten
            # unbroken digits of a Unix time of 2017-2033 after a word of time pass mod 11 one
            # time in eleven; the letter's NHS words elsewhere do not make them the patient's.
            # Without a word of time too, unless an NHS word before labels them (no other number
            # between) or their column: "Patient NHS no 485 777 3457, note 1686615353" and
            # "checked in 1707424225 (NHS trust)" are times (issue #14, scripts/pii_eleventh.py).
            score = 0.2
        elif near(text, m.start(), m.end(), _NHS_WORDS, before=60) or column_named(
            text, m.start(), m.end(), _NHS_WORDS
        ):
            score = 1.0  # checksum and context: beats the phone reading of the same digits
        elif patient and not near(text, m.start(), m.end(), _PHONE_WORDS, before=30, after=0):
            # Checksum and a patient's identification line: beats the phone reading, which steps
            # aside for it (``_phones``), and a name-dash-number contact layout.
            score = 0.9
        elif near(text, m.start(), m.end(), _PHONE_WORDS, before=30, after=0) or _contact_layout(
            text, m.start(), m.end(), m.group()
        ):
            score = 0.45  # "Cellulare 333 123 4567": a phone label, not an NHS number
        yield Match("UK_NHS", m.start(), m.end(), min(score, 1.0))


#: Where an IBAN can start: a country code and check digits in capitals. Seeds windows for
#: IBANs whose BBAN has letters between short digit groups (no digit run to anchor on).
_IBAN_SEED = re.compile(r"[A-Z][A-Z] ?\d\d")
_IBAN_SEED_ANY_CASE = re.compile(r"[A-Za-z][A-Za-z]\d\d")
_IBAN_CONTEXT = ("iban", "wire", "transfer", "bank", "beneficiary", "sepa", "refund", "pay", "account", "remit")


_SPACES = re.compile(r"\s+")


def _ibans(text: str, low: str, windows: Windows) -> Iterable[Match]:
    # An IBAN runs up to 42 characters past the digit run that anchors its window: widen the
    # windows to the right, and add one at every capitalised country code + check digits.
    n = len(text)
    wide = [(lo, min(n, hi + 44)) for lo, hi in windows]
    # Lower-case IBANs only where money moves ("wire to sa29 69uh ..."): the case-blind seed
    # costs several times the capitals-only one on ordinary prose.
    seed = _IBAN_SEED_ANY_CASE if any(w in low for w in _IBAN_CONTEXT) else _IBAN_SEED
    wide += [(m.start(), min(n, m.start() + 48)) for m in seed.finditer(text)]
    seen: set[int] = set()
    # The loose layouts (a space after the country code, a line wrap) only where money moves.
    money_moves = seed is _IBAN_SEED_ANY_CASE
    for m in _iter(_IBAN, text, wide):
        if m.start() in seen:
            continue
        seen.add(m.start())
        raw = m.group()
        # A space after the country code ("LU 09 2677 8630 ...", issue #14, scripts/pii_twelfth.py)
        # and a line wrap inside ("IBAN:\nDE37 2103 1934 2791\n8652 31") only in capitals.
        # The pattern is greedy and may swallow a following word ("... 32 and"): drop trailing
        # space-separated groups until the checksum holds.
        while len(compact := _SPACES.sub("", raw).replace("-", "")) >= 15:
            loose = raw[2] == " " or "\n" in raw
            if raw[:2].isupper() and (not loose or money_moves) and std_iban.is_valid(compact):
                yield Match("IBAN", m.start(), m.start() + len(raw), 0.95)
                break
            if raw[:2].islower() and not loose and std_iban.is_valid(compact.upper()):
                yield Match("IBAN", m.start(), m.start() + len(raw), 0.8)
                break
            cut = max(raw.rfind(" "), raw.rfind("-"), raw.rfind("\n"))
            if cut < 0:
                break
            raw = raw[:cut]


#: A signed decimal ("+40.712776", a latitude) is a measurement, never a phone number.
_DECIMAL = re.compile(r"[+-]?(?:0|[1-9]\d{0,2})\.\d+")
#: "180.48 (290.454)": a measurement with its conversion in brackets.
_DECIMAL_THEN_BRACKET = re.compile(r"\.\d+\s*\(")
#: Dotted quads are addresses or versions, never phone numbers; unless an octet is no address's
#: ("616.01.65.95", "813.85.06.10": Spanish and Belgian numbers written with dots).
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _address_like_quad(number: str) -> bool:
    return bool(_DOTTED_QUAD.fullmatch(number)) and all(
        int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in number.split(".")
    )


#: Dates and times as people write them, and their ranges ("13.10.2024", "2024.10.13",
#: "10-24-2017", "13.10.-15.10.2024", "10.30-17.30"): digits and separators a phone pattern takes,
#: never a phone number.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
_DATE_TOKEN = re.compile(
    rf"(?:{_DAY}([./-]){_MONTH}\1{_YEAR}|{_YEAR}([./-]){_MONTH}\2{_DAY}|{_MONTH}([./-]){_DAY}\3{_YEAR}"
    rf"|{_DAY}\.{_MONTH}\.|(?:[01]?\d|2[0-4])[.:][0-5]\d)(?!\d)"
)
_DATE_JOIN = re.compile(r"\s?[-/]\s?")
#: Two years joined by a dash or slash, the second later: a span of years ("1998-2003",
#: "Beethoven (1770-1827)"), not a number of four and four digits.
_YEAR_RANGE = re.compile(r"(1\d{3}|20\d\d)[-/](1\d{3}|20\d\d)")


#: Two quantities with thousands separators joined by a dash ("12.500-13.700" per day).
_QUANTITY_RANGE = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*-\d{1,3}\1\d{3}(?:\1\d{3})*")


def _year_range(number: str) -> bool:
    m = _YEAR_RANGE.fullmatch(number)
    if m is not None:
        return 0 < int(m.group(2)) - int(m.group(1)) <= 150
    return _QUANTITY_RANGE.fullmatch(number) is not None


def _date_like(number: str) -> bool:
    """Whether ``number`` is a date, a time, or a range of them, and nothing else: one or more
    tokens joined by a dash or slash, a whole date among them or two times."""
    at, dates, times = 0, 0, 0
    while True:
        m = _DATE_TOKEN.match(number, at)
        if m is None:
            return False
        piece = m.group()
        if piece.endswith(".") or ":" in piece or len(piece) <= 5:
            times += not piece.endswith(".")
        else:
            dates += 1
        at = m.end()
        if at == len(number):
            return dates > 0 or times > 1
        j = _DATE_JOIN.match(number, at)
        if j is None:
            return False
        at = j.end()


#: Three one-digit groups in a row between dots: an OID or a version ("1.3.6.1.4.1.89546"), not a
#: phone number ("+46.8.260.81.51" has one).
_DOTTED_DIGITS = re.compile(r"(?:^|\.)\d\.\d\.\d(?:\.|$)")
#: Digits grouped in threes after a short lead group, one separator throughout: how amounts and
#: counts are written ("8 336 817", "1.234.567").
#: A lead group of two or more digits (phone numbers never start with a lone digit + threes).
_DIGIT_GROUPS = re.compile(r"\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:( |\.|,)\d{3})(?:\1\d{3})+")


@dataclass(frozen=True)
class PhoneRule:
    """Which context makes phone-shaped digits a phone number: the knobs of issue #14's trade-off
    between phone recall and look-alikes (``scripts/pii_phone_rules.py`` measures candidates).
    The defaults are the shipped rule. The reaches apply to phone words; the other cues keep their
    own ("Maria's number:" 30 characters before, "(mobile)" 10 after, extensions, layouts)."""

    #: How far before the digits a phone word counts (``unit``s); None: 30 characters for shapes no
    #: region validates, 40 for valid numbers.
    before: int | None = None
    #: How far after the digits a phone word counts, with no other number or sentence break
    #: between (``label_after``: "Schaden am 1754536022, Telefon 0151 ..." labels the next number).
    after: int = 20
    #: Whether ``before`` and ``after`` count characters or whitespace-separated words.
    unit: Literal["chars", "words"] = "chars"
    #: Valid national numbers written with separators need a cue too (otherwise their shape is
    #: enough: 0.7 without any context); unformatted ones always need one.
    formatted_needs_cue: bool = False
    #: With ``formatted_needs_cue``: a "00"/"011" dialling prefix exempts the number like a "+".
    idd_is_cue: bool = True
    #: Contact layouts (signature line labels, a phone column of a table, right after an e-mail
    #: address) are cues.
    layouts: bool = True


def _reach(text: str, at: int, n: int, unit: str, forward: bool) -> int:
    """``n`` characters, or the characters spanned by ``n`` words, before (after) ``at``."""
    if unit == "chars":
        return n
    if forward:
        ends = [w.end() for w in _NON_SPACE.finditer(text, at, min(len(text), at + 40 * n))][:n]
        return ends[-1] - at if ends else 0
    lo = max(0, at - 40 * n)
    starts = [w.start() for w in _NON_SPACE.finditer(text, lo, at)][-n:]
    return at - starts[0] if starts else 0


_NON_SPACE = re.compile(r"\S+")
_IS_INTERNATIONAL = re.compile(r"\(?\+")


#: Turkish "Cep" (mobile), "Cep No:", "Cep telefonu:" right before the digits. A bare "CEP" is
#: also the Brazilian postcode ("CEP 05370-123", 8 digits), so it counts for 10 digits or more.
_CEP = re.compile(r"(?<![^\W\d_])cep(?:[ \t]+(?:no|numarası|numarasi|tel|telefonu))?[ \t]*[.:]?[ \t]*$", re.IGNORECASE)
#: Toll-free numbers spelled with keypad letters ("1-800-FLOWERS", "(888) GET-HELP"): seven
#: letters or digits after a North American toll-free code, three capitals at least.
#: The pattern starts at the code's "8" (a literal prefix the regex engine searches for fast);
#: ``_VANITY_LEAD`` then takes a "1-", "+1 " or "(" written before it.
_VANITY = re.compile(
    r"8(?:00|33|44|55|66|77|88)\)?[ .-]?"
    r"(?=(?:[A-Z0-9]-?){6}[A-Z0-9](?![\w-]))(?=(?:[0-9-]*[A-Z]){3})(?:[A-Z0-9]-?){6}[A-Z0-9](?![\w-])"
)
_VANITY_LEAD = re.compile(r"(?:\+?1[ .-]?)?\(?$")
#: WhatsApp click-to-chat links carry the number in international form without the "+"
#: ("https://wa.me/905321234567", "api.whatsapp.com/send?phone=...").
_WA_LINK = re.compile(r"(?:wa\.me/|whatsapp\.com/send/?\?phone=)\+?(\d{7,15})(?!\d)", re.IGNORECASE)
#: An international number broken by a hard line wrap ("please call me back on +44 1244\n060568"):
#: a country code and a group at least on the first line, digit groups only on the next. (This
#: and ``_SPLIT_CC`` start at the "+", a literal the regex engine searches for fast; the
#: character before is checked in ``_phone_layouts``.)
_WRAPPED = re.compile(r"\+\d{1,3}(?:[ .-]\d{1,5}){1,4}[ \t]*\r?\n[ \t]*\d{1,8}(?:[ -]\d{1,8}){0,4}(?![\w.,/:-])")
#: A country code in a table cell of its own, the national number in the next ("| +33 | 1 28 22 53
#: 51 |", "+971;2 235 8647").
_SPLIT_CC = re.compile(r"\+\d{1,3}[ \t]*[|;\t][ \t]*\(?\d[\d ().-]{4,16}\d(?![\w.-])")


def _valid_international(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False


def _phone_layouts(text: str, windows: Windows) -> Iterable[Match]:
    """Phone numbers the digit-group pattern cannot see: keypad letters, WhatsApp links, a line
    wrap or a table cell between the country code and the number. Each is reported only when
    libphonenumber validates the whole number (and, for a wrapped one, not its first line
    alone: then the next line is something else)."""
    for m in _VANITY.finditer(text):
        lead = _VANITY_LEAD.search(text, max(0, m.start() - 4), m.start())
        start = lead.start() if lead else m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "+-_"):
            continue
        try:
            num = phonenumbers.parse(text[start : m.end()], "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            yield Match("PHONE", start, m.end(), 0.8)
    if "wa.me/" in text or "whatsapp.com/send" in text:
        for m in _WA_LINK.finditer(text):
            if _valid_international("+" + m.group(1)):
                yield Match("PHONE", m.start(1), m.end(1), 0.9)
    if "+" not in text:
        return
    for m in _iter(_WRAPPED, text, windows):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "+_"):
            continue
        head, _, tail = m.group().partition("\n")
        if _valid_international(head.strip()) or _date_like(tail.strip()):
            continue
        if _valid_international(head.strip() + " " + tail.strip()):
            yield Match("PHONE", m.start(), m.end(), 0.75)
    for m in _iter(_SPLIT_CC, text, windows):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "+_"):
            continue
        joined = re.sub(r"[ \t]*[|;\t][ \t]*", " ", m.group(), count=1)
        if _valid_international(joined):
            yield Match("PHONE", m.start(), m.end(), 0.75)


#: A bracketed note of one or two digits (or a range of them) after a number, a space before it.
_TRAILING_NOTE = re.compile(r"\s+\(\d{1,2}(?:[-.]\d{1,2})?\)$")
#: A patent office's code right before the digits ("DE 10 2019 123 456.7", "EP 3 456 789",
#: "WO 2021/123456"): a publication or application number in any language's sentence.
_PATENT_OFFICE = re.compile(r"(?<![A-Za-z])(?:DE|EP|WO|US|JP|CN|GB|FR|KR|AT|CH)[ \t]?$")
#: A dial string's pause right before the digits ("+49 30 172191,,078279333#"): what follows the
#: commas is keyed in after the call connects (a meeting id, a PIN), not another number.
_DIAL_PAUSE = re.compile(r"[\d#*],+$")


#: Where one phone number may end and another number begin inside a run of digit groups the
#: pattern took whole: a spaced dash, a doubled space, a space before a bracket, or a space before
#: a group written with a separator of its own ("071 160 5363 13.45": a time; "+33 1 22 88 39 17
#: 20.02.2027": a date; "+41 (0)26 601 28 68 - 4603974": a booking; issue #14, pii_twentieth).
_GROUP_BREAK = re.compile(r" - | {2,}| (?=\()| (?=\d+[.:/-]\d)")


def _run_on_head(number: str, regions: tuple[str, ...]) -> str:
    """The phone number that opens ``number`` when the digit-group pattern ran on past it into
    the next number: the longest head ending at a break (:data:`_GROUP_BREAK`) that reads as a
    phone number better than the whole run (:func:`_phone_score`: valid where the run is merely
    possible or unverifiable). Otherwise ``number`` unchanged, so a valid number with mixed
    separators ("+49 (0)30 1234-5678") stays whole."""
    breaks = list(_GROUP_BREAK.finditer(number))
    if not breaks:
        return number
    whole = _phone_score(number, regions)
    for b in reversed(breaks):
        head, tail = number[: b.start()], number[b.end() :]
        if b.group() == " " and set(_NOT_SEPARATOR.sub("", tail)) <= set(head):
            continue  # the same separators on both sides: one number's groups, not two numbers
        if sum(c.isdigit() for c in head) < 7:
            break  # "0 21 11 98765-4321": no head this short is a phone number on its own
        if _phone_score(head, regions) > whole:
            return head
    return number


_NOT_SEPARATOR = re.compile(r"[\d\s]")

#: What may stand between two phone numbers one phone word labels ("Tel 030 1234567 / 030 1234568",
#: "Mobil 0151 ... oder 0171 ...", "... (home) 020 ..."): separators and a connective.
_PHONE_LIST_GAP = re.compile(
    r"[\s,;/&|()·–-]*(?:(?:and|or|oder|und|ou|et|o|y|e|og|eller|lub|albo|или|и)\b[\s,;/&|()·–-]*)?",
    re.IGNORECASE,
)


#: A signature's phone label right before the digits ("T: ", "M ", "tel."), as in ``_LINE_LABEL``.
_SIGNATURE_LABEL_END = re.compile(
    r"(?<![^\W\d_])(?:t|m|f|p|ph|mob|tel|tél|tlm|cel|cell)\.?[ \t]*:?[ \t]*$", re.IGNORECASE
)
#: A label's mark between two numbers: a word or a number sign.
_OWN_MARK = re.compile(r"[^\W\d_]|#")
#: A markup tag or the end of one between two numbers ("</td><td>", '">').
_MARKUP_TAG = re.compile(r"<[^<>\n]{0,80}>|^[^<>\n]{0,80}>")


def _own_label_past_number(text: str, start: int, before: int) -> bool:
    """Whether another number stands between the last phone word and the digits, and a label of
    their own stands between that number and them ("Mobil: +47 462 938 93  #133-874-238",
    "Mobile: +91 ... | Res. 938-891-962"): the phone word named the first number, the "#" or the
    word the second. A list of phones ("Tel 030 ... / 030 ...", "... or 0171 ...") and a line's
    own phone label ("(home)", "Fax") keep the phone word's reach (issue #14, pii_twentieth)."""
    words = list(_PHONE_WORDS.finditer(text, max(0, start - before), start))
    if not words:
        return False
    digits = list(_DIGIT.finditer(text, words[-1].end(), start))
    if not digits:
        return False
    gap = _MARKUP_TAG.sub(" ", text[digits[-1].end() : start])
    if _PHONE_LIST_GAP.fullmatch(gap) or not _OWN_MARK.search(gap):
        return False  # a list, or markup and punctuation only ('tel:+66...">081 546 0052')
    if _SIGNATURE_LABEL_END.search(gap):
        return False  # "ring +64 21 941 0395、T: 03 596 0388": a signature's phone label
    return not any(w.lower() in _PERSONAL_PHONE_LABELS for w in re.findall(r"[^\W\d_]+", gap))


def _line_reach(text: str, end: int, n: int) -> int:
    """Where a look ``n`` characters forward from ``end`` stops: the end of the line, if sooner."""
    stop = text.find("\n", end, end + n)
    return min(len(text), end + n) if stop < 0 else stop


def _phones(text: str, windows: Windows, regions: tuple[str, ...], rule: PhoneRule = PhoneRule()) -> Iterable[Match]:
    yield from _phone_layouts(text, windows)
    for m in _iter(_PHONE, text, windows):
        if text.startswith("#", m.end()) and _DIAL_PAUSE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "...,,078279333#": a meeting id or PIN keyed in after the dial pause
        if not text.startswith("+", m.start()) and _PATENT_OFFICE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "Brevet DE 10 2024 433 582": a patent office's code labels a publication number
        raw = m.group()
        if _ISO_DATE.match(raw):
            continue
        ext = m.group("ext")
        number = raw[: m.start("ext") - m.start()] if ext else raw
        # A bracket the pattern took from the surrounding prose is not part of the number, nor is
        # a note in brackets after it ("0161 496 0123 (9-5)", "07911 123456 (2)": hours, a
        # footnote): no number ends in a bracketed group of one or two digits.
        while number.endswith(")") and number.count("(") < number.count(")"):
            number = number[:-1]
        if not ext and (note := _TRAILING_NOTE.search(number)):
            number = number[: note.start()]
        if not ext:
            number = _run_on_head(number, regions)
        end = m.end() if ext else m.start() + len(number)
        digits = [c for c in number if c.isdigit()]
        ndigits = len(digits)
        if (
            not 7 <= ndigits <= 17
            or len(set(digits)) == 1  # "888-888-8888": a placeholder, never dialled
            # "Work: 0000385597": a zero-padded ERP or work order id; no exit code, trunk prefix or
            # country code opens "000" (issue #14, scripts/pii_seventeenth.py).
            or digits[:3] == ["0", "0", "0"]
            or _address_like_quad(number)
            or _date_like(number)
            or _year_range(number)
            or _DOTTED_DIGITS.search(number)
            or _DECIMAL.fullmatch(number)
            or _DECIMAL_THEN_BRACKET.search(number)
        ):
            continue
        if (_ZIP4.fullmatch(number) and not ext) or _is_amount(text, m.start(), end):
            continue
        score = _phone_score(number, regions)
        if score < _PLUSLESS_SCORE:
            score = max(score, _plusless_score(text, m.start(), number))
        if score <= 0 and _PLAIN_LOCAL.fullmatch(number) and _phone_word_before(text, m.start(), _PLAIN_LOCAL_REACH):
            score = 0.25  # "Telefone: 216477457": a national number of a region not configured
        contact_label = _contact_labelled(text, m.start(), number, score)
        if score <= 0 and contact_label:
            score = 0.25  # "Work: 0612345678", "Direct 0412 345 678": a national number under a contact label
        if score <= 0 or in_iban_tail(text, m.start()):
            continue
        # Unverifiable shapes (no valid number in any region) need their phone word close by.
        unverified = score < 0.45
        if _THOUSANDS.fullmatch(number) and _DIGIT_GROUPS.match(number) is None:
            continue  # "3 400 000 cells": a single-digit lead group is never how a phone starts
        # A label of its own right before the digits outranks a phone word further back: "Call in
        # to the standup: conference ID 410 671 5707#", "NIP firmy: 917-673-08-63".
        # A reference word right before the digits is their label too ("Call us about order
        # 415-867-2291", "Phone case part no. 0161-496-0123"): a phone word further back names
        # the call or the device, not these digits.
        # A data format's phone key right before the digits ("<mobileNumber>") is their label,
        # whatever reference word stands further back ("<customer>"); a data format's
        # key naming a reference ("orderRef": ") is a reference label (issue #14,
        # scripts/pii_fourteenth.py's blind check).
        # A contact label right before phone-shaped digits ("Work: 0612345678") is their label too.
        phone_label = bool(
            contact_label
            or _phone_format_key(text, m.start())
            or _CALLER_ID.search(text, max(0, m.start() - 16), m.start())
        )
        own = not phone_label and (own_label(text, m.start()) or labelled_by_reference(text, m.start()))
        reference = not phone_label and (own or is_reference(text, m.start()) or _reference_key(text, m.start()))
        # A value under a key or XML tag of another name ("<lastOrder>327 7693 9122</lastOrder>"
        # after "</telephone>"): its key is its label, not a phone word of the element before.
        keyed_other = _keyed_by_other_name(text, m.start())
        if (
            not ext
            and _other_id_checksum(number)
            and not _phone_word_before(text, m.start(), 20)
            # "mi número es 612 345 678": a Spanish mobile that passes the Norwegian orgnr check
            and not near(text, m.start(), end, _NUMBER_OF_SOMEONE, before=20, after=0)
            # "Call me on +34 ... instead of the office number 612 345 678": the alternative of a phone
            and not _alternative_phone(text, m.start())
            # "Work: 512 126 697": a contact label names a phone line, not a company
            and not contact_label
        ):
            continue  # the printed layout and check digits of a company or tax number
        if _us_ein(text, m.start(), end, number):
            continue
        if (
            ndigits == 10
            and _patient_line(text, m.start())
            and gb_nhs.is_valid("".join(digits))
            and not _phone_word_before(text, m.start(), 30)
        ):
            continue  # "Jane Doe (DOB 02/27/2002) - 464 390 1950": the patient's NHS number (``_nhs``)
        if rule.before is None:
            before = 30 if unverified else 40
        else:
            before = _reach(text, m.start(), rule.before, rule.unit, forward=False)
        after = _reach(text, end, rule.after, rule.unit, forward=True)
        if (
            # "ext. 204" names a phone line; a bare "x12" / "#20" does so only after a number some
            # region validates ("Pallet 5180-2297-64  x12" is twelve pallets): a configured one, or
            # one of the contact regions when the number opens a field ("Billing: 01517 3826997
            # x38", issue #14, scripts/pii_thirteenth.py).
            (
                ext
                and (
                    not unverified
                    or _EXT_WORD.match(ext)
                    or (_opens_field(text, m.start()) and _national_layout(number))
                )
            )
            or (
                not own
                and not keyed_other
                and _phone_word_before(text, m.start(), before, same_line=reference)
                and not _own_label_past_number(text, m.start(), before)
            )
            or contact_label
            or (_alternative_phone(text, m.start()) and _contact_number(number))
            or (not own and not keyed_other and label_after(text, end, _PHONE_WORDS, after))
            or (rule.layouts and _contact_layout(text, m.start(), end, number))
            or (ndigits >= 10 and _CEP.search(text, max(0, m.start() - 24), m.start()))
            # "082 490 1693 (office)"; the next line's word ("Desk: 5403926876\nFax: ...", a contact
            # block) not for a number with a label of its own ("office code 450-883-8847\nTR office
            # - phone: ..."; issue #14, scripts/pii_sixteenth.py).
            or _PHONE_LABELS_AFTER.search(text, end, end + 10 if not own else _line_reach(text, end, 10)) is not None
            # "Maria's number: 06 12 34 56 78", but not "your order number is ..." and not ten
            # digits that pass the NHS check ("His number is 943 476 5919": the NHS reading).
            or (
                not reference
                and near(text, m.start(), end, _NUMBER_OF_SOMEONE, before=30, after=0)
                and not (ndigits == 10 and gb_nhs.is_valid("".join(digits)))
            )
        ):
            score += 0.3
        elif rule.formatted_needs_cue and not (
            _IS_INTERNATIONAL.match(number) or (rule.idd_is_cue and _IDD.match(number))
        ):
            continue  # a national number with no cue next to it, however well it is formatted
        elif _THOUSANDS.fullmatch(number):
            score -= 0.45  # "2 147 483 647": a quantity with thousands separators
        elif _NHS_LAYOUT.fullmatch(number):
            # Ten digits 3-3-4 with spaces is how NHS numbers (and many references) are
            # printed; North American numbers are written (346) 462-7043 or 346-462-7043. Without a
            # phone word it is an identifier of some kind, not a phone number.
            if near(text, m.start(), end, _NHS_WORDS, before=60, after=30):
                continue  # "346 462 7043 is not a valid NHS number"
            score -= 0.25
        elif (_NANP_LAYOUT.fullmatch(number) or _NHS_LAYOUT.fullmatch(number)) and _NHS_DOCUMENT.search(
            text, max(0, m.start() - 400), m.start()
        ):
            # Ten digits 3-3-4 with no phone cue in a letter that quotes an NHS number: another
            # NHS-shaped number (a mistyped one failing mod 11, "the number on the old paper notes
            # (401-565-7619) is a transcription error"), not a North American phone number.
            score -= 0.25
        elif _NANP_LAYOUT.fullmatch(number) and _after_noun_label(text, m.start()):
            # "Locker 346-462-7043", "Pallet: 346-462-7043": right after a noun that is no phone
            # word, ten digits are that thing's number ("Call Anna at 346-462-7043" has a
            # preposition before the digits, "Anna, 346-462-7043" a comma).
            score -= 0.25
        if reference:
            score -= 0.45
        if _OTHER_ID_LABEL.search(text, max(0, m.start() - 40), m.start()):
            continue  # "NHS number 943 476 5918": failing its own check does not make it a phone
        yield Match("PHONE", m.start(), end, min(score, 1.0))


#: Company and tax numbers in the layout they are printed in, with their check digits: Polish
#: NIP (3-3-2-2, 3-2-2-3), Australian ABN (2-3-3-3), Argentine CUIT (2-8-1), Norwegian orgnr (3-3-3).
#: Ten digits 3-3-2-2 pass the NIP check one time in eleven: a phone word right before still
#: makes them a phone number.
_OTHER_ID_LAYOUTS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(r"\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}"), pl_nip.is_valid),
    (re.compile(r"\d{2} \d{3} \d{3} \d{3}"), au_abn.is_valid),
    (re.compile(r"\d{2}-\d{8}-\d"), ar_cuit.is_valid),
    (re.compile(r"\d{3} \d{3} \d{3}"), no_orgnr.is_valid),
)


#: A US employer number as printed (2-7, a dash after the campus prefix), and the words of the US
#: tax forms it stands beside.
_EIN_LAYOUT = re.compile(r"\d{2}-\d{7}")
_TAX_WORDS = word_re(["1099", "w-9", "w9", "w-2", "irs", "tax", "llc", "payer", "tin", "ein"])


def _us_ein(text: str, start: int, end: int, number: str) -> bool:
    """An EIN in its 2-7 layout with a valid prefix (``python-stdnum``) in a text about SSNs or US
    tax forms, no phone word right before: "the payer's number is 27-5190128 and my SSN is ..."
    (issue #14, scripts/pii_eleventh.py)."""
    return (
        _EIN_LAYOUT.fullmatch(number) is not None
        and us_ein.is_valid(number)
        and not _phone_word_before(text, start, 20)
        and (near(text, start, end, _SSN_WORDS, before=80, after=60) or near(text, start, end, _TAX_WORDS, 80, 60))
    )


def _other_id_checksum(number: str) -> bool:
    return any(layout.fullmatch(number) and valid(number) for layout, valid in _OTHER_ID_LAYOUTS)


#: A contact list's line (added after the held-out look, see ``_PHONE_WORDS``): a person's name,
#: maybe a place, then the number ending the line ("Sofia García – Austin – 01 46 84 03 42",
#: "Liam Kowalski (Madrid) 913 034 511", "Chloé Patel, Utrecht, 044 107 11 64").
_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_CONTACT_LINE = re.compile(
    rf"(?:^|\n)[ \t]*{_NAME}(?:[ \t]+(?:de[ \t]+|van[ \t]+|da[ \t]+|del[ \t]+)?{_NAME}){{1,2}}"
    rf"(?:[ \t]*(?:[,–—-]|\([ \t]*{_NAME}(?:[ \t]+{_NAME})?[ \t]*\))[ \t]*{_NAME}(?:[ \t]+{_NAME})?)?"
    r"[ \t]*(?:[,–—-]|\([^()\n]{2,30}\))?[ \t]*:?[ \t]*$"
)
#: The same line with its fields separated by a bar, a middle dot or a slash ("Noa Levi | Paris |
#: 01 42 68 53 00", "Lars Nilsson · Köln · 0221 12345678", "Maria Rossi (Roma) | 06 ..."; issue
#: #14, probes of branch j75): product and stock tables are printed so too ("Blue Widget | Size L |
#: 4471 2291 88"), so the number must also be printed in a region's national grouping.
_CONTACT_LINE_DELIMITED = re.compile(
    rf"(?:^|\n)[ \t]*{_NAME}(?:[ \t]+(?:de[ \t]+|van[ \t]+|da[ \t]+|del[ \t]+)?{_NAME}){{1,2}}"
    rf"(?:[ \t]*(?:[,–—|·/-]|\([ \t]*{_NAME}(?:[ \t]+{_NAME})?[ \t]*\))[ \t]*{_NAME}(?:[ \t]+{_NAME})?)?"
    r"[ \t]*(?:[,–—|·/-]|\([^()\n]{2,30}\)(?:[ \t]*[,–—|·/-])?)?[ \t]*:?[ \t]*$"
)
#: What may close a contact list's line after the number: the person's e-mail address ("Maria
#: Santos (Madrid): 070-705 29 40, msantos@studio.it"; issue #14, scripts/pii_twelfth.py).
_EMAIL_REST = re.compile(r"[ \t]*[,;/|][ \t]*[^\s@,;|]+@[^\W_][\w.-]*\.[^\W\d_]{2,24}[ \t.;]*$")
#: A line that opens with a phone word as its label ("Contacts: Emma 617.393.7923; Jonas
#: 702-428-2911"): every number on it, unless another field starts between ("Teléfono: ... ·
#: St.-Nr. 414 718 390": a colon, a middle dot or a bar).
_LINE_PHONE_LABEL = re.compile(r"(?:^|\n)[ \t]*([^\W\d_][^\n:]{0,20}):[^\n:·|]*$")
#: The next field of a delimited record is an e-mail address, whatever follows it ("Name | 0451 10
#: 54 85 | priya@studio.it | cust# 1954"; issue #14, scripts/pii_thirteenth.py).
_EMAIL_FIELD_NEXT = re.compile(
    r"[ \t]*[,;|\t][ \t]*[^\s@,;|]+@[^\W_][\w.-]*\.[^\W\d_]{2,24}(?=[ \t]*(?:[,;|\t\r\n]|$))"
)
#: A number alone on its line with an e-mail address on the next (a signature block).
_EMAIL_LINE_NEXT = re.compile(r"[ \t]*\r?\n[ \t]*[^\s@]+@[^\W_][\w.-]*\.[^\W\d_]{2,24}")


def _contact_layout(text: str, start: int, end: int, number: str) -> bool:
    """Where contact details are written, without a phone word next to the digits: a signature
    line label ("T: ...", "M ..."), a phone column of a delimited export, right after an e-mail
    address ("(luca.smith@ziggo.nl, 087 432 6176)", formatted numbers only), or (added after
    the held-out look) a contact list's line, a line labelled by a phone word, or a formatted
    number alone on its line above an e-mail address."""
    if (
        _LINE_LABEL.search(text, max(0, start - 12), start)
        or column_named(text, start, end, _PHONE_WORDS)
        or (_FORMATTED.search(number) and _AFTER_EMAIL.search(text, max(0, start - 80), start))
    ):
        return True
    if is_reference(text, start) or own_label(text, start):
        return False  # "Tracking ID 912 566 6524": the line's words are the number's own label
    if _EMAIL_FIELD_NEXT.match(text, end) and _national_layout(number):
        return True  # "Priya Sharma | 0451 10 54 85 | priya@studio.it | cust# ...": a contact record
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if (rest.strip(" \t.;") == "" or (_FORMATTED.search(number) and _EMAIL_REST.match(rest))) and (
        _CONTACT_LINE.search(text, max(0, line_start - 1), start)
        or (
            _CONTACT_LINE_DELIMITED.search(text, max(0, line_start - 1), start)
            and _national_layout(number)
            # In a table whose header names the column, the header says what it is ("Account
            # holder | Account number⏎Jane Doe | 747-557-5228").
            and not _named_other_column(text, start, end)
        )
    ):
        return True
    label = _LINE_PHONE_LABEL.search(text, max(0, line_start - 1), start)
    if (
        label
        and _PHONE_WORDS.fullmatch(label.group(1).strip())
        # "Mobile: 082342 28030  #11-89969": the line's label named the first number only
        and not _own_label_past_number(text, start, start - label.start())
    ):
        return True
    if not _FORMATTED.search(number) or rest.strip():
        return False
    if not text[line_start:start].strip():
        return bool(_EMAIL_LINE_NEXT.match(text, end)) or (
            _in_contact_block(text, line_start) and _contact_number(number)
        )
    # "Here's João Pereira 15 664 65 69": a person's name right before the number ending the line.
    return _NAME_THEN_NUMBER.search(text, line_start, start) is not None and _contact_number(number)


def _named_other_column(text: str, start: int, end: int) -> bool:
    """Whether the field at ``start:end`` sits under a column header that names no phone (a cell
    of words: a first row of data, "Noa Levi | Paris | 01 42 68 53 00", heads nothing)."""
    header = column_header(text, start, end)
    return header is not None and not _DIGIT.search(header) and _PHONE_WORDS.search(header) is None


#: What opens a signature or an address block (issue #14, scripts/pii_eleventh.py): sign-offs and
#: delivery-address headings in the detector's languages, and the "--" signature separator.
_BLOCK_HEADS = word_re(
    [
        "regards",
        "sincerely",
        "cheers",
        "grüßen",
        "grüße",
        "gruß",
        "cordialement",
        "salutations",
        "saludos",
        "atentamente",
        "cordiali saluti",
        "distinti saluti",
        "met vriendelijke groet",
        "groeten",
        "pozdrawiam",
        "hälsningar",
        "mvh",
        "atenciosamente",
        "ship to",
        "deliver to",
        "delivery address",
        "shipping address",
        "lieferadresse",
        "lieferanschrift",
        "adresse de livraison",
        "dirección de envío",
        "indirizzo di spedizione",
        "afleveradres",
        "adres dostawy",
        "leveransadress",
        "endereço de entrega",
    ]
)
_SIGNATURE_DASHES = re.compile(r"(?:^|\n)--[ \t]*\n")
#: Two capitalised words (a name: a capital then small letters, not "SQW" of a parcel code) and
#: maybe a comma or dash right before a number ending its line.
_NAME_THEN_NUMBER = re.compile(rf"(?<![^\W\d_]){_PERSON_NAME}[ \t]+{_PERSON_NAME}[ \t]*[,:–—-]?[ \t]*$")


def _in_contact_block(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is one of the eight lines after a sign-off ("Mit
    freundlichen Grüßen", "--") or a delivery-address heading ("Adresse de livraison :"), with no
    blank line between: a signature or an address block, whose number needs no phone word."""
    lo = max(0, line_start - 320)
    blank = text.rfind("\n\n", lo, line_start - 1)
    lo = max(lo, blank + 1) if blank >= 0 else lo
    head = _BLOCK_HEADS.search(text, lo, line_start) or _SIGNATURE_DASHES.search(text, lo, line_start)
    return head is not None and text.count("\n", head.start(), line_start) <= 8


#: Regions whose national numbers the contact cues above accept though ``phone_regions`` does not
#: name them: the number must be valid in one of them (libphonenumber), since those cues are
#: weaker than a phone word.
_CONTACT_REGIONS = (
    "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "SE", "NO", "DK", "FI", "PT", "IE", "CZ",
    "GR", "HU", "RO", "TR", "AU", "NZ", "IN", "BR", "MX", "AR", "ZA", "JP", "CN", "KR", "SG", "US", "GB",
)  # fmt: skip


#: Groups of years ("2025 2026"): the weak contact cues below never take them.
_YEAR_GROUPS = re.compile(r"(?:19|20)\d\d(?:[ ./-](?:19|20)\d\d)+")


def _contact_number(number: str) -> bool:
    """Whether a number that only a weak contact cue (a signature or address block, a name before
    it) names is shaped and valid as a phone: not a quantity in thousands with a short lead group
    ("12 345 678"; a Polish mobile is "512 027 651"), not years, valid in one of
    :data:`_CONTACT_REGIONS`."""
    if _THOUSANDS.fullmatch(number) and not number[:3].isdigit():
        return False
    return not _YEAR_GROUPS.fullmatch(number) and _valid_in_some_region(number)


@functools.lru_cache(maxsize=1024)
def _valid_in_some_region(number: str) -> bool:
    """Whether the national number ``number`` is valid in one of :data:`_CONTACT_REGIONS` (only
    tried in the rare layouts that ask, ~0.05 ms a region)."""
    for region in _CONTACT_REGIONS:
        try:
            num = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _national_layout(number: str) -> bool:
    """Whether ``number`` is valid in one of :data:`_CONTACT_REGIONS` and printed in that region's
    national grouping (libphonenumber's, separators aside: "020 7946 0321", "06 12 34 56 78"), or
    with its area code's first group a digit short ("0151 23456789").
    The weakest contact cues (a bare "x38" extension, an e-mail in the next field; issue #14,
    scripts/pii_thirteenth.py) ask for it: a random string of 8-11 digits is valid in some
    region more often than not, but rarely in the grouping that region prints."""
    groups = _DIGIT_GROUP.findall(number)
    if len(groups) < 2 or _YEAR_GROUPS.fullmatch(number):
        return False
    for region in _CONTACT_REGIONS:
        try:
            num = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            printed = _DIGIT_GROUP.findall(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
            if [len(g) for g in printed] == [len(g) for g in groups]:
                return True
            # The area or mobile code a digit short, the rest grouped freely ("0151 23456789"
            # for libphonenumber's "01512 3456789", as Germans print their mobiles).
            if printed and len(groups[0]) == len(printed[0]) - 1 >= 3 and printed[0].startswith(groups[0]):
                return True
    return False


_DELIMITERS = ",;\t|"


#: A double-quoted CSV field, whose delimiters are text ('"₹8,517,003"', '"Doe, Jane"').
_QUOTED = re.compile(r'"[^"\n]*"')


def _count_delims(text: str, delim: str, start: int, end: int) -> int:
    """How many ``delim`` separate fields in ``text[start:end]``: those inside a quoted CSV field
    do not (issue #14, scripts/pii_fourteenth.py: an amount "₹8,517,003" in one row put that row
    in a table of its own, without its header)."""
    count = text.count(delim, start, end)
    if count and '"' in text[start:end]:
        count -= sum(q.group().count(delim) for q in _QUOTED.finditer(text, start, end))
    return count


@functools.lru_cache(maxsize=8)
def _table_blocks(text: str, delim: str) -> tuple[list[int], list[int]]:
    """Where each line starts and where the first line of its block starts (consecutive lines
    with as many ``delim`` as it). One pass over the text, cached: a pasted sheet of thousands of
    rows has a candidate in every row, and walking back to the header from each was quadratic."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    heads: list[int] = []
    head, previous = 0, -1
    for n, line_start in enumerate(starts):
        line_end = starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
        count = _count_delims(text, delim, line_start, line_end)
        if count != previous:
            head, previous = line_start, count
        heads.append(head)
    return starts, heads


#: "INSERT INTO customers (name, phone, ssn) VALUES": the columns a VALUES tuple's fields fill.
_SQL_INSERT = re.compile(r"insert\s+into\s+[\w.\"`\[\]]+\s*\(([^()]{1,2000})\)\s*values\s*", re.IGNORECASE)
#: How far back an INSERT's column list is looked for (a pasted migration of some rows).
_SQL_REACH = 4000


def _sql_column(text: str, start: int) -> str | None:
    """The column of an SQL INSERT whose value starts at ``start`` (its opening quote aside), or
    None: "VALUES ('Ana', '+44 20 7946 0321', '536-22-1234')" fills "(name, phone, ssn)" in
    order, tuple after tuple (issue #14, scripts/pii_fourteenth.py's blind check). The fields are
    counted with quotes and brackets ("(506) 541-0764" inside a string) skipped."""
    lo = max(0, start - _SQL_REACH)
    at = max(text.rfind("INSERT", lo, start), text.rfind("insert", lo, start))
    if at < 0:
        return None
    m = _SQL_INSERT.match(text, at)
    if m is None:
        return None
    columns = m.group(1).split(",")
    depth, field, quote = 0, 0, ""
    value_start = start - 1 if start > 0 and text[start - 1] in "'\"" else start
    for i in range(m.end(), value_start):
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth, field = depth + 1, field if depth else 0
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 1:
            field += 1
        elif c == ";" and depth == 0:
            return None  # the statement ended before the value
    if quote or depth != 1 or field >= len(columns):
        return None
    return columns[field].strip(' \t\n"`[]')


def column_header(text: str, start: int, end: int) -> str | None:
    """The header of the column whose whole field is ``text[start:end]`` in a delimited export
    or a spreadsheet pasted as text (tabs), or None. The header is the first line of the block of
    lines above with as many delimiters as this one, so an export pasted under a line of prose
    ("here is the sheet:\n") has its header too. The first column counts (a line starting with
    the value). A value of an SQL INSERT's tuple has its column's name as header."""
    sql = _sql_column(text, start)
    if sql is not None:
        return sql
    cells = column_cells(text, start, end)
    if cells is None:
        return None
    header, column = cells
    return header[column] if column < len(header) else None


def column_cells(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    """The header row's cells of the delimited block whose field is ``text[start:end]`` and the
    field's column in it (see :func:`column_header`), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    # A field in quotes (CSV quotes fields holding spaces or separators: ',"+49 30 1234567",').
    if start > line_start and end < len(text) and text[start - 1] == text[end] and text[end] in "\"'":
        start -= 1
        end += 1
    # A delimiter padded with spaces (" | ", "; ") still delimits the field.
    while start > line_start and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    after = text[end] if end < len(text) else "\n"
    if start > line_start:
        delim = text[start - 1]
        if delim not in _DELIMITERS or (after not in _DELIMITERS + "\r\n"):
            return None
    elif after in _DELIMITERS:
        delim = after
    else:
        return None
    if line_start == 0:
        return None
    starts, heads = _table_blocks(text, delim)
    header_start = heads[bisect.bisect_right(starts, line_start) - 1]
    if header_start == line_start:
        return None
    header_end = text.find("\n", header_start)
    header = _QUOTED.sub("", text[header_start : len(text) if header_end < 0 else header_end]).split(delim)
    return header, _count_delims(text, delim, line_start, start)


def column_named(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Whether the value fills a column whose header holds one of ``words`` ("SSN", "DOB")."""
    header = column_header(text, start, end)
    return header is not None and words.search(header) is not None


def _is_amount(text: str, start: int, end: int) -> bool:
    return bool(_CURRENCY_BEFORE.search(text, max(0, start - 5), start) or _CURRENCY_AFTER.match(text, end, end + 5))


#: A JSON, YAML or query-string key right before a value ("phoneNumber": ", mobile_phone: ', tel=),
#: or an XML element's opening tag (<mobileNumber>).
_KEY_BEFORE = re.compile(
    r"""(?:(?<![\w.-])["']?([A-Za-z][A-Za-z0-9_.-]{1,40})["']?[ \t]*[:=][ \t]*["']?"""
    r"""|<([A-Za-z][A-Za-z0-9_.:-]{0,40})(?:[ \t][^<>\n]{0,80})?>)[ \t]*$"""
)
#: The words of an identifier: snake, kebab, dotted and camel case ("phoneNumber", "PHONE_NO").
_KEY_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _phone_key_before(text: str, start: int) -> bool:
    """Whether the value at ``start`` is that of a key one of whose words is a phone word
    ("phoneNumber", "mobile_phone", "contactNo", "msisdn"; issue #14, scripts/pii_fourteenth.py):
    a key is the value's own label, as a phone word right before it is, however it is cased."""
    key = value_key(text, start)
    return key is not None and _names_phone(key)


def value_key(text: str, start: int) -> str | None:
    """The key or XML tag whose value starts at ``start`` ("phoneNumber", "lastOrder"), or None."""
    m = _KEY_BEFORE.search(text, max(0, start - 128), start)
    return None if m is None else m.group(1) or m.group(2)


#: "Caller ID: " names the number that called, not an identifier of its own ("ID").
_CALLER_ID = re.compile(r"caller[ -]?id[ \t:#.]*$", re.IGNORECASE)


def _format_key(text: str, start: int) -> re.Match[str] | None:
    """The key of a data format right before the value at ``start``: a quoted key, a "key=" pair
    or an XML tag. A word and a colon of prose ("Customer: 07700 261 884", "Kod SMS: 582 139
    071") is not one: it may answer the line before, or name a code."""
    m = _KEY_BEFORE.search(text, max(0, start - 128), start)
    if m is None or (m.group(1) and text[m.start()] not in "\"'" and "=" not in m.group()):
        return None
    return m


def _phone_format_key(text: str, start: int) -> bool:
    m = _format_key(text, start)
    return m is not None and _names_phone(m.group(1) or m.group(2))


def _reference_key(text: str, start: int) -> bool:
    """Whether the value's data-format key or XML tag names a reference ("orderRef":,
    "tracking_no=", "<invoiceNumber>"), as a reference column's header does."""
    m = _format_key(text, start)
    return m is not None and any(_REFERENCE_WORDS.fullmatch(w) for w in _KEY_PART.findall(m.group(1) or m.group(2)))


def _keyed_by_other_name(text: str, start: int) -> bool:
    """Whether the value at ``start`` has a data-format key or XML tag of its own that names no
    phone, and no phone word stands earlier on its line: "<lastOrder>327 7693 9122" on the line
    after "</telephone>" is the order's number; "TEL;TYPE=work,voice:024 ..." and
    '<a href="tel:+44...">0161 ...</a>' keep the phone word of their line."""
    m = _format_key(text, start)
    if m is None or _names_phone(m.group(1) or m.group(2)):
        return False
    group = 1 if m.group(1) else 2
    line_start = text.rfind("\n", 0, m.start()) + 1
    # The key's own name aside, the line before it and the tag's attributes (href="tel:...").
    return (
        _PHONE_WORDS.search(text, line_start, m.start(group)) is None
        and _PHONE_WORDS.search(text, m.end(group), start) is None
    )


def _names_phone(key: str) -> bool:
    return any(_PHONE_WORDS.fullmatch(w) for w in _KEY_PART.findall(key))


def _phone_word_before(text: str, start: int, before: int, same_line: bool = False) -> bool:
    """A phone word within ``before`` characters before the digits, unless another number and a
    line or sentence break stand between ("Fax: 030 56407700\nHRB 9383 2784 92": the register
    number is on a line of its own; "call 020 ... or 020 ..." keeps both). With ``same_line``
    (the digits carry a reference label) a line break alone is enough: "... unter +90 284 634 95 95
    erreichbar.\nTicket 219 829 9095" (the word ends the sentence of the number before). A key
    naming a phone ("phoneNumber": ") counts as its word."""
    if _phone_key_before(text, start):
        return True
    words = list(_PHONE_WORDS.finditer(text, max(0, start - before), start))
    if not words:
        return False
    gap_start = words[-1].end()
    if same_line and "\n" in text[gap_start:start]:
        return False
    return not (_DIGIT.search(text, gap_start, start) and _SENTENCE_BREAK.search(text, gap_start, start))


def label_after(text: str, end: int, words: re.Pattern[str], reach: int) -> bool:
    """One of ``words`` within ``reach`` characters after the digits, no other number or sentence
    break between, and not the label of a number of its own ("REGON 807115721. SSN: 831-21-3244"
    labels the second number, "..., Telefon 0151 ..." the phone after it)."""
    m = words.search(text, end, min(len(text), end + reach))
    if m is None or _DIGIT.search(text, end, m.start()) or _BREAK.search(text, end, m.start()):
        return False
    return _NUMBER_NEXT.match(text, m.end()) is None


_BREAK = re.compile(r"[.!?]\s|\n")
#: A line break, or a sentence end before a capital: not the dot of an abbreviated phone word or
#: label ("Tlf. 813.85.06.10 o 680.24.40.57", "tel. kom. 15-180-44-75 o 12 377 80 38").
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-ÞΑ-ΩА-Я])|\n")
_NUMBER_NEXT = re.compile(r"[\s.:#-]{0,4}(?:\w+\s+){0,2}[+(\d]")


def _national_prefix_is_zero(region: str) -> bool:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and meta.national_prefix == "0"


class _TrunkZero(dict[str, bool]):
    """region -> whether numbers written nationally there start with a trunk 0 (GB, DE, FR ...)."""

    def __missing__(self, region: str) -> bool:
        self[region] = v = _national_prefix_is_zero(region)
        return v


_TRUNK_ZERO = _TrunkZero()


#: How North American numbers are grouped when written without "+1": 3-3-4 ("(415) 867-2291",
#: "415.867.2291"), 3-7, or ten digits together, after an optional trunk "1". Ten digits grouped
#: otherwise are a drug, part, membership or serial number that happens to pass as a US number
#: ("NDC 2058-6588-00" is 4-4-2, "Cost center 21-4922-3780" 2-4-4): nobody writes a phone so.
_NANP_GROUPS = frozenset({(10,), (3, 3, 4), (3, 7)})
_DIGIT_GROUP = re.compile(r"\d+")


def _nanp_layout_ok(raw: str, num: phonenumbers.PhoneNumber) -> bool:
    """Whether a national number read as North American is one in its digits and its grouping:
    its area code and exchange never start with 0 or 1 (a ten-digit run starting with 1 is a
    length that libphonenumber calls possible, and the shape of a Unix time: "1752679836"), and
    a formatted number is grouped as North Americans write it (``_NANP_GROUPS``)."""
    national = str(num.national_number)
    if len(national) != 10:
        return True  # a seven-digit local number or a wrong length: libphonenumber's call
    if national[0] in "01" or national[3] in "01":
        return False
    groups = [len(g) for g in _DIGIT_GROUP.findall(raw)]
    if groups and groups[0] == 1 and sum(groups) == 11:
        groups = groups[1:]  # "1-415-867-2291", "1 (415) 867-2291"
    return tuple(groups) in _NANP_GROUPS


#: Phone-shaped without a verifiable country: "555 0132", "12-34-56-78", "99 668472".
_LOCAL_SHAPE = re.compile(
    r"[\d()]{2,6}(?:[ .-]\d{2,8}){1,4}|\(\d{2,4}\)\d{4,5}[ .-]\d{4}"
    # A trunk digit before a bracketed area code: Russian "8 (926) 680-25-79"; a Brazilian
    # mobile's leading 9 written apart: "(11) 9 8765-4321".
    r"|\(\d{2,3}\) ?9 \d{4}[ -]?\d{4}"
    # A trunk digit written apart before the groups: Russian "8 912 345-67-89", Polish "0 601 234 567".
    r"|\d \d{3}(?:[ .-]\d{2,4}){2,3}"
    # A Brazilian carrier code between the trunk 0 and the area code (issue #14,
    # scripts/pii_ninth.py): "0 21 11 98765-4321", "0 15 (11) 9876-5432".
    r"|0 \d{2} \(?\d{2}\)? ?9?\d{4}-?\d{4}"
    r"|\d ?\(\d{2,5}\) ?\d{2,4}(?:[ .-]\d{2,4}){1,3}"
    # An area code before a slash or in brackets: "0480 / 69 46 52", "(01519) 7084348".
    r"|0\d{1,5} ?/ ?\d{2,8}(?:[ .-]\d{2,8}){0,3}|\(0\d{1,5}\) ?\d{2,8}(?:[ .-]\d{2,8}){0,3}"
)
#: An unformatted national number of a region outside ``phone_regions`` ("Telefone: 216477457"):
#: 8-12 digits, reported only with a phone word right before (an unverifiable shape).
_PLAIN_LOCAL = re.compile(r"\d{8,12}")
_PLAIN_LOCAL_REACH = 20


_MX_OLD_MOBILE = re.compile(r"^\+52[ .-]?1[ .-]?(?=\(?[1-9]\d\)?[ .-]?\d{4}[ .-]?\d{4}$)")


@functools.lru_cache(maxsize=4096)
def _phone_score(raw: str, regions: tuple[str, ...]) -> float:
    """Confidence that ``raw`` is a phone number from its digits alone (libphonenumber parses
    cost ~0.1 ms each: the same candidate, repeated in a conversation, is parsed once)."""
    formatted = any(c in raw for c in " -.()")
    plain = _TRUNK.sub(r"\1 ", _BRACKETED_CC.sub(r"+\1", raw))
    # Mexico's mobiles were dialled "+52 1 55 ..." until 2019 and are still printed so;
    # libphonenumber now reads the 1 as part of the number and rejects it.
    plain = _MX_OLD_MOBILE.sub("+52 ", plain)
    if not plain.startswith("+") and _IDD.match(plain):
        # "011 44 20 ..." / "00 49 ...": an exit code, unless that reading is no valid number and
        # the national one is: Leeds, Sheffield, Nottingham ... numbers start 0113, 0114, 0115.
        best = _read_phone(raw, "+" + _IDD.sub("", plain), True, formatted, regions)
        if best < 0.7 and _GLUED_IDD.match(plain):
            # "007-555-2696": a "00" glued to the next digits in one group reads as an exit code
            # only when that makes a valid number; merely possible, it is a reference's first
            # group (issue #14, pii_fourteenth's held-out look-alikes).
            best = 0.0
        if best < 0.7:
            best = max(best, _read_phone(raw, plain, False, formatted, regions))
    else:
        best = _read_phone(raw, plain, plain.startswith("+"), formatted, regions)
    # Formatted local numbers ("555 0132", "12-34-56-78") are phone-shaped but unverifiable.
    if best == 0.0 and _LOCAL_SHAPE.fullmatch(raw):
        best = 0.25
    return best


#: A country code and its digit groups with the "+" left out ("Amsterdam: 31 10 196 7981",
#: "M 61 2 1588 7968", "| 81 3-1259-9850 |"): read so when the number is valid with the "+" and
#: grouped exactly as libphonenumber prints it internationally (issue #14,
#: scripts/pii_thirteenth.py). Where it opens a field labelled by a phone word, a signature's line
#: label or a capitalised word and a colon (a place or a person, not "Total:"), that is enough;
#: opening any other field (a cell, a line, a bracket) it is a valid number that still needs a
#: contact cue (a phone column, an e-mail next to it), since one random digit string in ~120
#: printed in such a grouping is valid with a "+" (measured on 19,730 strings). After a noun of
#: the running text ("Payroll run 49 2507 1516", the tail of "1Z YB4 GH1 65 6186 9706") never.
_PLUSLESS_SCORE = 0.6
_PLUSLESS_CUE_NEEDED = 0.45
_PLUSLESS_LEAD = re.compile(r"[1-9]\d{0,2}[ .-]\(?\d")
_FIELD_OPEN = re.compile(r"(?:^|[\n:|\t,;(=])[ \t]*$")
#: A capitalised word and a colon right before the digits ("Madrid: ", "Kenji: ").
_NAMED_FIELD = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]+:[ \t]*$")
#: Labels of quantities, which a capitalised word before a colon may also be.
_QUANTITY_LABELS = frozenset(
    "total subtotal sum amount qty quantity count balance price cost value weight size volume units "
    "population revenue sales budget".split()
)


def _plusless_score(text: str, start: int, number: str) -> float:
    """The score of ``number`` at ``start`` read as an international number written without its
    "+" (see ``_PLUSLESS_SCORE``), 0 when it is not one."""
    if number.isdigit():
        return _PLUSLESS_CUE_NEEDED if _labelled_e164(text, start, number) else 0.0
    if not _opens_field(text, start) or not _plusless_international(number):
        return 0.0
    named = _NAMED_FIELD.search(text, max(0, start - 30), start)
    if (
        _phone_word_before(text, start, 20)
        or _LINE_LABEL.search(text, max(0, start - 12), start)
        or (named and named.group().rstrip(" \t:").lower() not in _QUANTITY_LABELS)
    ):
        return _PLUSLESS_SCORE
    return _PLUSLESS_CUE_NEEDED


def _opens_field(text: str, start: int) -> bool:
    """Whether the digits at ``start`` open a field or a labelled line (after a line start, a
    colon, a delimiter, a bracket, a signature line label such as "M ", or a phone word close
    by), not right after a noun of the running text ("Payroll run 49 ...", "Pallet 5180-...")."""
    return (
        _FIELD_OPEN.search(text, max(0, start - 8), start) is not None
        or _LINE_LABEL.search(text, max(0, start - 12), start) is not None  # "M 61 2 1588 7968"
        or _phone_word_before(text, start, 20)
    )


def _labelled_e164(text: str, start: int, digits: str) -> bool:
    """An E.164 number without its "+" and without groups ("2348027701454", as SMS gateways and
    telecom exports print the msisdn) where a phone word or key labels it or its column: ungrouped
    digits are valid with a "+" too often to be read so on their own (issue #14,
    scripts/pii_fourteenth.py)."""
    return (
        10 <= len(digits) <= 15
        and (_labels_right_before(text, start) or column_named(text, start, start + len(digits), _PHONE_WORDS))
        and _valid_with_plus(digits)
    )


#: Nothing but a label's punctuation between a phone word and the digits ("msisdn=", "Tel.: ").
_PHONE_LABEL_GAP = re.compile(r"[\s:=#.\"'(]*")


def _labels_right_before(text: str, start: int) -> bool:
    """A phone word or key right before the digits, only punctuation between: "Message-ID: <43...",
    with a phone word ("message") close by but an angle bracket between, is no phone's label."""
    if _phone_key_before(text, start):
        return True
    words = list(_PHONE_WORDS.finditer(text, max(0, start - 24), start))
    return bool(words) and _PHONE_LABEL_GAP.fullmatch(text, words[-1].end(), start) is not None


@functools.lru_cache(maxsize=1024)
def _valid_with_plus(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


@functools.lru_cache(maxsize=1024)
def _plusless_international(raw: str) -> bool:
    if not _PLUSLESS_LEAD.match(raw):
        return False
    try:
        num = phonenumbers.parse("+" + raw, None)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(num):
        return False
    printed = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return [len(g) for g in _DIGIT_GROUP.findall(raw)] == [len(g) for g in _DIGIT_GROUP.findall(printed)]


def _read_phone(raw: str, plain: str, international: bool, formatted: bool, regions: tuple[str, ...]) -> float:
    """:func:`_phone_score` of one reading of the digits: with a country code (``international``)
    or as a national number of each of ``regions``."""
    if not international and sum(c.isdigit() for c in plain) > 13:
        return 0.0  # longer than any national number: a card, an account, a reference (no parse)
    candidates: Sequence[str | None] = (None,) if international else regions
    best = 0.0
    first_digit = next((c for c in plain if c.isdigit()), "")
    for region in candidates:
        if region is not None and first_digit != "0" and _TRUNK_ZERO[region]:
            continue  # "123 456 7890" is no UK number: national UK numbers start with the trunk 0
        try:
            num = phonenumbers.parse(plain, region)
        except phonenumbers.NumberParseException:
            continue
        if region is not None and num.country_code == 1 and not _nanp_layout_ok(raw, num):
            continue  # "NDC 2058-6588-00", "Part 4157-3048-89", "1752679836" (a Unix time)
        if phonenumbers.is_valid_number(num):
            return 0.7 if (international or formatted) else 0.45
        if phonenumbers.is_possible_number(num):
            # "+44 (0)7700 900123": a country code and the right length, in a number range
            # libphonenumber does not list as assigned (drama and test ranges, new blocks).
            best = 0.55 if international and formatted else 0.3
    return best


_HEX_OR_COLON = frozenset("0123456789abcdef:")


def _ipv6_possible(low: str) -> bool:
    """Whether some colon has a hex digit or colon on both sides ("db8:85a3", "fe80::1"):
    a walk over the colons, cheaper than a pattern tried at every position of the text."""
    if low.count(":") < 2:
        return False
    i = low.find(":", 1)
    n = len(low)
    while 0 < i < n - 1:
        if low[i - 1] in _HEX_OR_COLON and low[i + 1] in _HEX_OR_COLON:
            return True
        i = low.find(":", i + 1)
    return False


def _ips(text: str, low: str, windows: Windows) -> Iterable[Match]:
    for m in _iter(_IPV4, text, windows):
        octets = [int(p) for p in m.group().split(".")]
        # 0.0.0.0/8 ("listen on all interfaces") and netmasks (255.255.255.0) address nobody.
        if max(octets) > 255 or octets[0] == 0 or octets[0] == 255:
            continue
        if _VERSION_PIN.search(text, max(0, m.start() - 3), m.start()):
            continue
        score = 0.6
        if near(text, m.start(), m.end(), _IP_WORDS, before=12, after=0):
            score += 0.3
        elif _NOT_IP_WORDS.search(text, max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1), m.start()):
            score -= 0.4  # "Upgrade the app to 2.4.1.0", "Chrome 11.0.3.164"
        elif near(text, m.start(), m.end(), _IP_WORDS, before=40):
            score += 0.3

        yield Match("IP_ADDRESS", m.start(), m.end(), score)
    if _ipv6_possible(low):
        for m in _IPV6.finditer(text):
            raw = m.group()
            if raw.count(":") < 2 or sum(1 for g in raw.split(":") if g) < 2:
                continue  # "gpt-4::" parses as an address; real ones have two groups or more
            try:
                ipaddress.IPv6Address(raw)
            except ValueError:
                continue
            yield Match("IP_ADDRESS", m.start(), m.end(), 0.8)


def _dobs(text: str, low: str, windows: Windows) -> Iterable[Match]:
    # Only dates near a birth word count: look for the words first (cheap), dates second.
    if not any(h in low for h in _DOB_HINTS) and (low.isascii() or "né" not in low):
        return
    for m in _DATE.finditer(text):
        if _birth_word_of(text, m.start(), m.end()) and not near(
            text, m.start(), m.end(), _NOT_DOB_WORDS, before=40, after=0
        ):
            yield Match("DATE_OF_BIRTH", m.start(), m.end(), 0.85)


def _birth_word_of(text: str, start: int, end: int) -> bool:
    """A birth word within 40 characters before the date or 10 after, with no other number and
    no line break between: "DOB 05/23/1958\nAdmitted 2025-10-13 ..." dates the admission."""
    if column_named(text, start, end, _DOB_WORDS):
        return True  # the "DOB" column of a pasted sheet
    words = list(_DOB_WORDS.finditer(text, max(0, start - 40), start))
    if words and not _DIGIT.search(text, words[-1].end(), start) and "\n" not in text[words[-1].end() : start]:
        return True
    after = _DOB_WORDS.search(text, end, min(len(text), end + 10))
    return after is not None and not _DIGIT.search(text, end, after.start()) and "\n" not in text[end : after.start()]


def _passports(text: str, low: str, windows: Windows) -> Iterable[Match]:
    if not any(h in low for h in _PASSPORT_HINTS):
        return
    seen = set()
    for m in _iter(_PASSPORT, text, windows):
        if _passport_word_of(text, m.start(), m.end()) or column_named(text, m.start(), m.end(), _PASSPORT_WORDS):
            seen.add(m.start())
            yield Match("PASSPORT", m.start(), m.end(), 0.8)
    # Mostly letters: no digit run to anchor a window on, so the whole (passport-bearing) text.
    for m in _PASSPORT_ALNUM.finditer(text):
        if m.start() in seen:
            continue
        if _PASSPORT_LABEL.search(text, max(0, m.start() - 30), m.start()) or (
            _DIGIT.search(m.group()) and near(text, m.start(), m.end(), _PASSPORT_WORDS, before=30, after=0)
        ):
            yield Match("PASSPORT", m.start(), m.end(), 0.75)


def _passport_word_of(text: str, start: int, end: int) -> bool:
    """A passport word within 40 characters before the number (no line break between: the next
    line of a form has its own label, "Passnummer: 4647...\nOrg.nr: 556048-2507") or 5 after."""
    words = list(_PASSPORT_WORDS.finditer(text, max(0, start - 40), start))
    if words and "\n" not in text[words[-1].end() : start]:
        return True
    return _PASSPORT_WORDS.search(text, end, min(len(text), end + 5)) is not None


_NINO_HINTS = ("insurance", "nino", "ni ", "ni_", "ni-", "ni#", "n.i.", "nal ins", "nat ins", "nat. ins", "nin")
_CF_HINT = ("codice", "fiscal", "cf ", "cf:", "tax code")
_AADHAAR_HINT = ("aadhaar", "aadhar", "uid")


def _national_ids(text: str, low: str, windows: Windows) -> Iterable[Match]:
    checks: list[tuple[re.Pattern[str], Callable[[str], bool], float, bool]] = [
        (_NINO, lambda s: True, 0.6, True),
        (_DNI, es_dni.is_valid, 0.6, True),
    ]
    # Codice fiscale has no digit run to anchor on, Aadhaar numbers look like any 12 digits:
    # both only when their names appear.
    if any(h in low for h in _CF_HINT):
        checks.append((_CF, it_cf.is_valid, 0.9, False))
    if any(h in low for h in _AADHAAR_HINT):
        checks.append((_AADHAAR, in_aadhaar.is_valid, 0.35, True))
    for pattern, valid, base, windowed in checks:
        found = _iter(pattern, text, windows) if windowed else pattern.finditer(text)
        for m in found:
            if not valid(m.group()):
                continue
            score = base
            if near(text, m.start(), m.end(), _NATID_WORDS, before=50):
                score += 0.35
            elif is_reference(text, m.start()):
                score -= 0.3
            yield Match("NATIONAL_ID", m.start(), m.end(), min(score, 1.0))
    if any(h in low for h in _NINO_HINTS):
        for m in _iter(_NINO_ANY_CASE, text, windows):
            if not m.group().isupper() and near(text, m.start(), m.end(), _NATID_WORDS, before=40, after=0):
                yield Match("NATIONAL_ID", m.start(), m.end(), 0.9)
    for hints, pattern, valid, name in _NAMED_IDS:
        if not any(h in low for h in hints):
            continue
        for m in _iter(pattern, text, windows):
            # Named right before (a form's label) and passing the national check digits.
            if valid(m.group()) and near(text, m.start(), m.end(), name, before=40, after=0):
                yield Match("NATIONAL_ID", m.start(), m.end(), 0.9)


#: Labels of a branch code (UK sort code, Australian BSB): the bank and branch, not an account.
_BRANCH_CODE = re.compile(r"\s*(?:sort\s+code|bsb)", re.IGNORECASE)
_ACCOUNT_WORD = re.compile(r"\b(?:account|acct|a/c|konto)", re.IGNORECASE)
_BRANCH_REACH = 120


def _branch_code_with_account(text: str, label: int, end: int) -> bool:
    """Whether an account is named within ``_BRANCH_REACH`` characters of a sort code or BSB
    ("sort code 20-32-53, account number 31926819"): then the pair identifies a person's account
    and the code is reported with it; alone ("Sort code 20-32-53" in a bank's letterhead) it is
    the bank's."""
    return bool(
        _ACCOUNT_WORD.search(text, max(0, label - _BRANCH_REACH), label)
        or _ACCOUNT_WORD.search(text, end, end + _BRANCH_REACH)
    )


#: A column headed by "Account" alone (or "Acct", "A/C") or "Sort" alone: a bank's only beside
#: another bank column (routing, sort code, IBAN, bank, or the other bare one: "| Sort | Account
#: |"), since an "Account" column elsewhere holds customer, cloud or ledger accounts and "Sort" an
#: order.
_SORT_CODE_SHAPE = re.compile(r"\d\d([- ]?)\d\d\1\d\d")
_BARE_BANK_HEADER = re.compile(r"\s*(?:account|acct\.?|a/c|sort)\s*", re.IGNORECASE)


def _account_beside_bank_column(text: str, start: int, end: int) -> bool:
    """Whether the value fills a bare "Account" or "Sort" column of a table whose header names
    another bank column ("| Employee | SSN | Routing | Account |", "Payee,Sort,Account,Amount";
    issue #14, scripts/pii_eighteenth.py)."""
    cells = column_cells(text, start, end)
    if cells is None:
        return False
    header, column = cells
    if column >= len(header) or (
        header[column].strip().lower() == "sort" and _SORT_CODE_SHAPE.fullmatch(text, start, end) is None
    ):
        return False  # a "Sort" column holds sort codes (six digits) or an order, not accounts
    return _BARE_BANK_HEADER.fullmatch(header[column]) is not None and any(
        _BANK_COLUMN.search(h) or _BARE_BANK_HEADER.fullmatch(h)
        for i, h in enumerate(header)
        if i != column and h.strip().lower() != header[column].strip().lower()
    )


def _bank_accounts(text: str, low: str, windows: Windows) -> Iterable[Match]:
    """Account, routing and sort-code numbers after their label ("account number 12345678")."""
    if not any(
        w in low
        for w in ("account", "acct", "a/c", "routing", "aba", "sort code", "bsb", "konto", "compte", "cuenta", "conto")
        + ("rekening", "conta", "konta", "hesap")
    ):
        return
    for m in _iter(_ACCOUNT, text, windows):
        if len(set(m.group().replace(" ", "").replace("-", ""))) == 1:
            continue  # "0000 0000": a placeholder in a sample statement
        label = _BANK_WORDS.search(text, max(0, m.start() - 40), m.start())
        key = config_key(text, m.start())
        if key is not None and _CONFIG_BANK.search(key) is None:
            continue  # "ACCOUNT=122665797375" in a .env file: a cloud or app account, no bank named
        if label and _BRANCH_CODE.match(label.group()) and not _branch_code_with_account(text, label.start(), m.end()):
            continue  # a bank's own sort code in a letterhead or statement footer names a branch
        if label and not _NOT_BANK_WORDS.search(text, max(0, label.start() - 12), label.start()):
            yield Match("BANK_ACCOUNT", m.start(), m.end(), 0.85)
        elif label is None and (
            column_named(text, m.start(), m.end(), _BANK_COLUMN)
            or _account_beside_bank_column(text, m.start(), m.end())
        ):
            # A pasted table's "bank_account" / "Account number" / "IBAN" column names its cells.
            yield Match("BANK_ACCOUNT", m.start(), m.end(), 0.85)
        elif (
            label is None
            and (named := _BANK_NAMED_AFTER.match(text, m.end())) is not None
            and not _OWN_NUMBER_NEXT.match(text, named.end())
            and not (is_reference(text, m.start()) or own_label(text, m.start()))
        ):
            # "Phone field has 801477125487 - that's the bank account number": a correction naming
            # the number after it (issue #14, scripts/pii_twelfth.py); outranks the phone reading.
            yield Match("BANK_ACCOUNT", m.start(), m.end(), 0.85)


Finder = Callable[[str, str, Windows], Iterable[Match]]


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the best of overlapping matches (highest score, then longest), in text order."""
    if len(matches) < 2:
        return matches
    ranked = sorted(matches, key=lambda m: (-m.score, -(m.end - m.start), m.start))
    kept: list[Match] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


#: Spaces and dashes that word processors, web pages and locales print between digit groups (no-
#: break, figure, thin and narrow no-break spaces; non-breaking hyphen, figure dash, en dash, minus):
#: read as the ASCII space and hyphen every pattern here expects ("+234\u00a0802\u00a0298\u00a03555",
#: "DE52\u00a01121 ...", "021\u202f6915\u202f2460"; issue #14, scripts/pii_fourteenth.py). One
#: character for one, so the offsets found are those of the caller's text.
_PRINTED_SEPARATORS = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
    }
)


def plain_separators(text: str) -> str:
    """``text`` with the printed separators above made ASCII (the same length: offsets hold)."""
    return text if text.isascii() else text.translate(_PRINTED_SEPARATORS)


class PIIDetector:
    """Finds the configured entity types with at least ``min_score`` confidence."""

    kind = "pii"
    window = 128

    def __init__(
        self,
        entities: Sequence[str] | None = None,
        min_score: float = 0.5,
        phone_regions: Sequence[str] = ("US", "GB"),
        phone_rule: PhoneRule = PhoneRule(),
    ) -> None:
        wanted = set(entities or ENTITIES)
        unknown = wanted - set(ENTITIES)
        if unknown:
            raise ValueError(f"unknown PII entities: {sorted(unknown)}")
        self.entities = wanted
        self.min_score = min_score
        self.phone_regions = tuple(phone_regions)
        self.phone_rule = phone_rule
        if "EMAIL" in wanted and len(wanted) == 1:
            self.window = 254
        # Which finders need digits: most do; a text without any digit skips them all.
        self._digit_finders: list[Finder] = []
        self._other_finders: list[Finder] = []
        table: list[tuple[str, Finder, bool]] = [
            ("EMAIL", _emails, False),
            ("CREDIT_CARD", _cards, True),
            ("US_SSN", _ssns, True),
            ("UK_NHS", _nhs, True),
            ("IBAN", _ibans, True),
            ("BANK_ACCOUNT", _bank_accounts, True),
            ("PHONE", lambda t, low, w: _phones(t, w, self.phone_regions, self.phone_rule), True),
            ("IP_ADDRESS", _ips, True),
            ("DATE_OF_BIRTH", _dobs, True),
            ("PASSPORT", _passports, True),
            ("NATIONAL_ID", _national_ids, True),
        ]
        for name, finder, needs_digits in table:
            if name in wanted:
                (self._digit_finders if needs_digits else self._other_finders).append(finder)
        # Digit-bearing entities other detectors would also claim (phone vs. SSN vs. NHS):
        # compete on score even when the rule only reports some types.
        self._competitors: list[Finder] = []
        if not {"PHONE", "US_SSN", "UK_NHS", "CREDIT_CARD"} <= wanted:
            for name, finder, _ in table:
                if name in {"PHONE", "US_SSN", "UK_NHS", "CREDIT_CARD"} and name not in wanted:
                    self._competitors.append(finder)

    def detect(self, text: str) -> list[Match]:
        found: list[Match] = []
        text = plain_separators(text)
        low = text.lower()
        for finder in self._other_finders:
            found.extend(finder(text, low, []))
        if self._digit_finders and _DIGIT.search(text):
            windows = digit_windows(text)
            for finder in self._digit_finders:
                found.extend(finder(text, low, windows))
            if found:
                for finder in self._competitors:
                    found.extend(m for m in finder(text, low, windows) if m.score >= self.min_score)
        if not found:
            return found
        found = [m for m in found if m.score >= self.min_score]
        return [m for m in resolve_overlaps(found) if m.entity in self.entities]

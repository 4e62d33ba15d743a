"""A sixth PII set: look-alike categories none of the earlier sets has (issue #14's "at most 1%
of look-alikes flagged as anything"), with true PII in the same kinds of text so recall loss shows.

Written on 2026-12-06 ~21:10 UTC *before* the rule changes of branch i36 and measured once on main
before them. 19 categories, ~40 spans each: company and tax numbers of other countries with their
real check digits (ABN, CNPJ, SIRET, partita IVA, REGON, CVR, organisasjonsnummer, CUIT), meeting
IDs of conference invitations (next to dial-in instructions), one-time codes, numeric settings of
.env files, patent, court-case, drug (NDC/PZN), energy-meter, customs-tariff, loyalty-card and
ISIN numbers, gift-card PINs; in English, German, French, Spanish, Polish, Portuguese, Dutch,
Danish/Norwegian and Italian text. About a third of the messages also hold a PII value the detector
promises, next to its own word (phones of several countries with a phone word, bank accounts with
an account word, IBANs, SSNs with "SSN", e-mails).

Categories are split by CRC-32 of the name: odd -> held out (never used to change a rule). A PII
span is found when a detection of its entity overlaps it; a look-alike span is flagged when any
detection (PII or secret) overlaps it (``pii_rounds.evaluate``).

Run: ``PYTHONPATH=. python scripts/pii_lookalikes_new.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout-failures`` the held-out part's).
"""

from __future__ import annotations

import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from stdnum import isin, luhn
from stdnum.ar import cuit
from stdnum.au import abn
from stdnum.br import cnpj
from stdnum.dk import cvr
from stdnum.fr import siren
from stdnum.it import iva
from stdnum.no import orgnr
from stdnum.pl import regon

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_chat  # noqa: E402
from pii_chat import _digits  # noqa: E402
from pii_rounds import Message, _Builder, _print, evaluate  # noqa: E402

SEED = 20261206_2110
PER_CATEGORY = 40


def _redraw(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(1000):
        v = make()
        if valid(v):
            return v
    raise RuntimeError("no valid value")


def _abn(r: random.Random) -> str:
    d = _redraw(lambda: str(r.randint(10, 99)) + _digits(r, 9), abn.is_valid)
    return r.choice([f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}", d])


def _cnpj(r: random.Random) -> str:
    d = _redraw(lambda: _digits(r, 8) + "0001" + _digits(r, 2), cnpj.is_valid)
    return r.choice([cnpj.format(d), d])


def _siret(r: random.Random) -> str:
    s = _redraw(lambda: _digits(r, 9), siren.is_valid)
    d = _redraw(lambda: s + _digits(r, 5), luhn.is_valid)
    return r.choice([f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", d])


def _iva(r: random.Random) -> str:
    return _redraw(lambda: "0" + _digits(r, 10), iva.is_valid)


def _regon(r: random.Random) -> str:
    return _redraw(lambda: str(r.randint(1, 9)) + _digits(r, 8), regon.is_valid)


def _cvr(r: random.Random) -> str:
    return _redraw(lambda: str(r.randint(1, 9)) + _digits(r, 7), cvr.is_valid)


def _orgnr(r: random.Random) -> str:
    d = _redraw(lambda: r.choice("89") + _digits(r, 8), orgnr.is_valid)
    return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])


def _cuit(r: random.Random) -> str:
    d = _redraw(lambda: r.choice(["20", "23", "27", "30"]) + _digits(r, 9), cuit.is_valid)
    return r.choice([f"{d[:2]}-{d[2:10]}-{d[10:]}", d])


def _isin(r: random.Random) -> str:
    return _redraw(lambda: r.choice(["US", "DE", "FR", "GB", "NL"]) + _digits(r, 10), isin.is_valid)


def _meeting_id(r: random.Random) -> str:
    return r.choice(
        [f"{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"]
    )


def _otp(r: random.Random) -> str:
    return r.choice([f"{_digits(r, 3)}-{_digits(r, 3)}", f"{_digits(r, 4)} {_digits(r, 4)}", _digits(r, 8)])


def _env_value(r: random.Random) -> str:
    return _digits(r, r.choice([9, 10, 11, 12]))


def _patent(r: random.Random) -> str:
    return r.choice(
        [
            f"US {r.randint(9, 11)},{_digits(r, 3)},{_digits(r, 3)} B2",
            f"EP {r.randint(1, 3)} {_digits(r, 3)} {_digits(r, 3)} A1",
            f"WO {r.randint(2015, 2025)}/{_digits(r, 6)}",
            f"DE 10 {r.randint(2015, 2024)} {_digits(r, 3)} {_digits(r, 3)}",
        ]
    )


def _court_case(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(1, 5)}:{r.randint(18, 25)}-cv-{_digits(r, 5)}",
            f"{r.randint(1, 30)} O {r.randint(10, 999)}/{r.randint(18, 25)}",
            f"I C {r.randint(100, 9999)}/{r.randint(18, 25)}",
            f"{r.randint(2018, 2025)}-{_digits(r, 6)}-{_digits(r, 3)}",
        ]
    )


def _drug_code(r: random.Random) -> str:
    return r.choice(
        [
            f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 2)}",
            f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}",
            _digits(r, 8),
            f"3400 9{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}",
        ]
    )


def _meter(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(10, 23)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 3)}",
            f"871687{_digits(r, 12)}",
            f"{_digits(r, 10)}",
            f"1ESY{_digits(r, 10)}",
        ]
    )


def _tariff(r: random.Random) -> str:
    return r.choice(
        [
            f"{_digits(r, 4)}.{_digits(r, 2)}.{_digits(r, 2)}",
            f"{_digits(r, 4)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
            f"{_digits(r, 8)}",
            f"{_digits(r, 4)}.{_digits(r, 2)}.{_digits(r, 4)}",
        ]
    )


def _loyalty(r: random.Random) -> str:
    return r.choice(
        [
            f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
            f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
            _digits(r, 10),
            f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
        ]
    )


def _gift_pin(r: random.Random) -> str:
    return r.choice(
        [_digits(r, 8), f"{_digits(r, 4)}-{_digits(r, 4)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"]
    )


#: Category -> (value generator, sentence templates with ``{v}`` where the value goes).
CATEGORIES: dict[str, tuple[Callable[[random.Random], str], list[str]]] = {
    "au_abn": (
        _abn,
        [
            "Invoice from Harbour Plumbing Pty Ltd, ABN {v}. Payment terms 14 days.",
            "Supplier: Koala Prints (ABN: {v}), GST registered. Call us with any questions.",
            "Please add our ABN {v} to the tax invoice before sending it.",
            "Contractor details - ABN {v}, licence pending.",
        ],
    ),
    "br_cnpj": (
        _cnpj,
        [
            "Nota fiscal emitida por Loja Azul LTDA, CNPJ {v}.",
            "Razão social: Padaria Central ME — CNPJ: {v}. Dúvidas? Ligue para a nossa central.",
            "O fornecedor (CNPJ {v}) enviou o boleto hoje.",
            "Cadastro da empresa: CNPJ nº {v}, inscrição estadual isenta.",
        ],
    ),
    "fr_siret": (
        _siret,
        [
            "Facture émise par Atelier Dupont SARL, SIRET {v}, TVA non applicable.",
            "N° SIRET : {v} — pour toute question, appelez notre service client.",
            "Merci d'indiquer votre numéro SIRET ({v}) sur le devis.",
            "Entreprise individuelle, siret {v}, code APE 4322A.",
        ],
    ),
    "it_partita_iva": (
        _iva,
        [
            "Fattura n. 45 intestata a Rossi Srl, Partita IVA {v}.",
            "P. IVA {v} - per informazioni chiamate l'ufficio.",
            "Ditta individuale, P.IVA: {v}, regime forfettario.",
            "Il fornitore ha comunicato la sua partita iva {v} via PEC.",
        ],
    ),
    "pl_regon": (
        _regon,
        [
            "Dane firmy: Kowalski Sp. z o.o., REGON {v}.",
            "REGON: {v}, KRS w trakcie rejestracji. W razie pytań prosimy o telefon.",
            "Proszę dopisać numer REGON {v} do faktury.",
            "Firma (REGON {v}) zmieniła adres siedziby.",
        ],
    ),
    "dk_cvr": (
        _cvr,
        [
            "Faktura fra Nordlys ApS, CVR-nr. {v}.",
            "CVR: {v} - ring til os, hvis du har spørgsmål.",
            "Leverandøren har CVR {v} og momsnummer DK{v}.",
            "Virksomhedens CVR nummer er {v}.",
        ],
    ),
    "no_orgnr": (
        _orgnr,
        [
            "Faktura fra Fjord Bygg AS, org.nr. {v} MVA.",
            "Organisasjonsnummer: {v}. Ring oss gjerne ved spørsmål.",
            "Leverandør: Nordvik Elektro AS (orgnr {v}).",
            "Foretaksregisteret: {v}",
        ],
    ),
    "ar_cuit": (
        _cuit,
        [
            "Factura A emitida por Distribuidora Sur SRL, CUIT {v}.",
            "CUIT: {v} — consultas al teléfono de la oficina.",
            "El proveedor informó su CUIT {v} para la retención.",
            "Responsable inscripto, C.U.I.T. N° {v}.",
        ],
    ),
    "meeting_id": (
        _meeting_id,
        [
            "Join Zoom Meeting\nhttps://zoom.us/j/example\nMeeting ID: {v}\nPasscode: 7712\nDial by your location",
            "Teams-Besprechung beitreten. Besprechungs-ID: {v}. Telefonische Einwahl siehe unten.",
            "Webex: numéro de la réunion {v} — vous pouvez aussi appeler le pont audio.",
            "Call in to the standup: conference ID {v}#, then press 1.",
        ],
    ),
    "otp_code": (
        _otp,
        [
            "Your verification code is {v}. Do not share it with anyone, even if they call you.",
            "Ihr Bestätigungscode lautet {v}. Gültig für 10 Minuten.",
            "Tu código de verificación: {v}. Si no lo solicitaste, llámanos.",
            "Twój kod weryfikacyjny SMS: {v}",
        ],
    ),
    "env_numeric_id": (
        _env_value,
        [
            "# .env\nSHOP_ID={v}\nDEBUG=false",
            "TENANT_ID={v}\nREGION=eu-west-1\nSUPPORT_PHONE_ENABLED=true",
            "export MERCHANT_NO={v}\nexport CALLBACK_URL=https://example.com/cb",
            "STORE_NUMBER: {v}\nLOG_LEVEL: info",
        ],
    ),
    "patent_number": (
        _patent,
        [
            "The device is covered by patent {v}.",
            "Geschützt durch Patent {v} und weitere Anmeldungen.",
            "Brevet {v} — contactez notre service juridique pour une licence.",
            "See prior art {v}, cited by the examiner.",
        ],
    ),
    "court_case": (
        _court_case,
        [
            "Re: Smith v. Acme Corp., Case No. {v}, hearing moved to Friday.",
            "Aktenzeichen {v} – bitte bei Rückfragen angeben.",
            "Sygn. akt {v}, rozprawa odroczona.",
            "Docket {v}: the clerk will call counsel about scheduling.",
        ],
    ),
    "drug_code": (
        _drug_code,
        [
            "Dispensed NDC {v}, qty 30, refills 2.",
            "PZN {v} – bitte in der Apotheke vorbestellen.",
            "Code CIP {v}, boîte de 28 comprimés.",
            "Pharmacy called: NDC {v} is on back order.",
        ],
    ),
    "utility_meter": (
        _meter,
        [
            "Meter point (MPAN) {v}, reading 04512 kWh.",
            "Zählernummer {v}, Zählerstand 18.334 kWh.",
            "EAN-code aansluiting: {v}. Bel de netbeheerder bij storing.",
            "Numer licznika {v}, odczyt 12 345 kWh.",
        ],
    ),
    "customs_tariff": (
        _tariff,
        [
            "Commodity code {v}, country of origin CN.",
            "Zolltarifnummer {v}, Ursprungsland Vietnam.",
            "Código arancelario {v}, origen México.",
            "HS code: {v} (laptops); broker will call if docs are missing.",
        ],
    ),
    "loyalty_number": (
        _loyalty,
        [
            "My frequent flyer number is {v}, please add it to the booking.",
            "Payback-Kartennummer {v} – Punkte werden nachgebucht.",
            "Numéro de carte fidélité : {v}.",
            "Número de socio del programa de puntos: {v}",
        ],
    ),
    "gift_card_pin": (
        _gift_pin,
        [
            "Gift card PIN: {v}. Scratch to reveal.",
            "Gutschein-PIN {v}, einlösbar bis Dezember.",
            "Code de la carte cadeau : {v}.",
            "PIN de la tarjeta regalo {v}; si tienes problemas llama a atención al cliente.",
        ],
    ),
    "isin": (
        _isin,
        [
            "Bought 20 shares, ISIN {v}, at market.",
            "Wertpapierkennnummer / ISIN: {v}",
            "Fonds (ISIN {v}) — frais courants 0,2 %.",
            "Order executed: {v}, 15 units.",
        ],
    ),
}


def _pii(r: random.Random, b: _Builder) -> None:
    """A promised PII value next to its own word, in one of the languages of the look-alikes."""
    kind = r.randrange(6)
    if kind <= 1:
        country = r.choice(["US", "GB", "DE", "FR", "ES", "PL", "NL", "IT", "BR", "AU"])
        intl = country not in ("US", "GB") or r.random() < 0.3
        word = r.choice(
            ["Call me on", "Tel.", "Telefon:", "téléphone :", "llámame al", "zadzwoń pod", "bel me op", "mobile:"]
        )
        b.t(f" {word} ").p("PHONE", pii_chat.phone(r, country, intl=intl)).t(".")
    elif kind == 2:
        b.t(f" {r.choice(['Account number', 'Bank account no.', 'acct #', 'Checking account'])} ").p(
            "BANK_ACCOUNT", pii_chat.account_number(r)
        ).t(".")
    elif kind == 3:
        b.t(f" {r.choice(['IBAN', 'IBAN:', 'Bankverbindung IBAN'])} ").p("IBAN", pii_chat.iban_value(r)).t(".")
    elif kind == 4:
        b.t(f" {r.choice(['SSN', 'Social Security number', 'SSN:'])} ").p("US_SSN", pii_chat.ssn_value(r)).t(".")
    else:
        b.t(" Contact: ").p("EMAIL", pii_chat.email(r)).t(".")


def heldout_category(name: str) -> bool:
    return zlib.crc32(name.encode()) % 2 == 1


def build(per_category: int = PER_CATEGORY) -> list[Message]:
    out: list[Message] = []
    for name, (make, templates) in CATEGORIES.items():
        r = random.Random(f"{SEED}:{name}")
        for i in range(per_category):
            template = templates[i % len(templates)]
            head, tail = template.split("{v}", 1)
            value = make(r)
            b = _Builder().t(head).lk(name, value)
            # A template may repeat the value ("CVR {v} og momsnummer DK{v}"): the repeat is text.
            b.t(tail.replace("{v}", value))
            if i % 3 == 0:
                _pii(r, b)
            out.append(Message(name, b.text(), tuple(b.spans), heldout_category(name)))
    return out


def main() -> None:
    msgs = build()
    tune = [m for m in msgs if not m.heldout]
    held = [m for m in msgs if m.heldout]
    print(f"{len(msgs)} messages; held-out categories: {', '.join(sorted({m.family for m in held}))}")
    _print(evaluate(tune), "tuning categories", "--failures" in sys.argv)
    _print(evaluate(held), "held-out categories", "--heldout-failures" in sys.argv)


if __name__ == "__main__":
    main()

"""A tenth blind PII set: receipts, invoices and travel bookings with Amex / Diners numbers in
dotted, spaced, non-4 and mixed-separator groupings; server logs and event exports whose Unix
seconds carry no time word beside them (next to real NHS numbers); Latin American business
letters and contact blocks with company tax numbers (Colombian NIT, Mexican RFC, Argentine
CUIT, Chilean RUT, Brazilian CNPJ) under a phone line; US vendor paperwork with an undashed,
unlabelled EIN beside SSN words (issue #14's PII goals: recall >= 0.97 per validated entity,
<= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~04:20 UTC (branch j54) *before* reading the rules of ``pii.py``; what is
PII comes from docs/policy.md's entity list, the layouts from how the documents are printed.
Every value is checked before it is printed:

* cards: issuer prefix and length, ``stdnum.luhn``; Amex (34 / 37, 15 digits) and Diners (36,
  14 digits) printed 4.6.5 / 4.6.4 with dots, spaces, dashes, mixed separators (``3782-822463
  10005``), 4-4-4-3, 5-5-5, 4-4-7 and 4.4.4.3; Visa / Mastercard in 4.4.4.4 beside them;
  look-alikes: 15- and 14-digit ids in the same groupings that fail Luhn (terminal, batch,
  auth-trace numbers), airline ticket numbers (13 digits), PNRs, frequent-flyer numbers;
* NHS numbers: ``stdnum.gb.nhs`` (mod 11); Unix seconds of 2023-2026 (``datetime``), and
  milliseconds, printed bare at a log line's start, in brackets, after ``@``, as JSON / CSV
  fields whose keys are not time words (``"t"``, ``"at"``, ``"seq"``), whatever mod 11 says;
* company tax numbers (look-alikes: a company's, not a person's): ``stdnum.co.nit``,
  ``stdnum.mx.rfc``, ``stdnum.ar.cuit`` (companies 30- / 33-), ``stdnum.cl.rut`` (company RUTs
  76- / 77- / 96-), ``stdnum.br.cnpj``, printed as their registries print them, on the line
  under ``Tel:`` / ``Cel.:`` or in the same contact block; the phones beside them are PII,
  checked by ``pii_eighth.phone`` (``phonenumbers.is_valid_number`` after parsing back);
* SSNs: ``pii_eighth.ssn_value`` (``stdnum.us.ssn``); EINs: ``stdnum.us.ein``, undashed, with
  no EIN label next to them but SSN words in the sentence ("not my SSN", "the TIN on the W-9").

Scoring is ``pii_rounds.evaluate``. Every 4th family (``FAMILIES.every(4)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_tenth.py`` (``--failures`` lists the tuning part's misses
and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

from stdnum import luhn
from stdnum.ar import cuit
from stdnum.br import cnpj
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.gb import nhs
from stdnum.mx import rfc
from stdnum.us import ein

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import _NAMES, phone, ssn_value  # noqa: E402
from pii_rounds import UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207_10
PER_FAMILY = 25


# ---------------------------------------------------------------------------------------------
# Cards in odd groupings
# ---------------------------------------------------------------------------------------------


def _luhn_card(r: random.Random, pre: str, n: int) -> str:
    body = pre + _r(r, D, n - len(pre) - 1)
    d = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(d)
    return d


def _luhn_fail(r: random.Random, n: int) -> str:
    while True:
        d = str(r.randint(1, 9)) + _r(r, D, n - 1)
        if not luhn.is_valid(d):
            return d


def _group(d: str, sizes: tuple[int, ...], seps: tuple[str, ...]) -> str:
    out, i = [], 0
    for k, s in enumerate(sizes):
        out.append(d[i : i + s])
        i += s
        if k < len(seps):
            out.append(seps[k])
    return "".join(out)


def odd_layout(r: random.Random, d: str) -> str:
    """Amex / Diners / 16-digit numbers as receipts, agents and customers print them."""
    n = len(d)
    sizes: tuple[int, ...]
    if n == 15:
        sizes = r.choice(((4, 6, 5), (4, 6, 5), (4, 6, 5), (4, 4, 4, 3), (5, 5, 5), (4, 4, 7)))
    elif n == 14:
        sizes = r.choice(((4, 6, 4), (4, 6, 4), (4, 4, 4, 2), (2, 4, 4, 4)))
    else:
        sizes = r.choice(((4, 4, 4, 4), (4, 4, 4, 4), (4, 6, 6), (8, 8)))
    gaps = len(sizes) - 1
    style = r.choice(("dot", "space", "mixed", "dash_dot", "space"))
    if style == "dot":
        seps = (".",) * gaps
    elif style == "space":
        seps = (" ",) * gaps
    elif style == "dash_dot":
        seps = (r.choice(("-", ".")),) + (r.choice((".", "-")),) * (gaps - 1)
    else:
        seps = tuple(r.choice(("-", " ", ".", " - ")) for _ in range(gaps))
    return _group(d, sizes, seps)


def amex(r: random.Random) -> str:
    return _luhn_card(r, r.choice(("34", "37", "3782", "3714")), 15)


def diners(r: random.Random) -> str:
    return _luhn_card(r, r.choice(("36", "3056", "38")), 14)


def odd_card(r: random.Random) -> str:
    kind = r.random()
    d = amex(r) if kind < 0.55 else diners(r) if kind < 0.8 else _luhn_card(r, r.choice(("4", "51", "55")), 16)
    return odd_layout(r, d)


def card_like(r: random.Random) -> str:
    """A 14- or 15-digit id failing Luhn, in the same groupings (terminal, batch, trace)."""
    return odd_layout(r, _luhn_fail(r, r.choice((14, 15, 15))))


def money(r: random.Random) -> str:
    return f"{r.randint(3, 4_800)}.{r.randint(0, 99):02d}"


# ---------------------------------------------------------------------------------------------
# Unix seconds and NHS numbers
# ---------------------------------------------------------------------------------------------


def unix_s(r: random.Random) -> str:
    lo = int(datetime(2023, 1, 1, tzinfo=UTC).timestamp())
    hi = int(datetime(2026, 12, 1, tzinfo=UTC).timestamp())
    return str(r.randint(lo, hi))


def unix_any(r: random.Random) -> str:
    return unix_s(r) + (_r(r, D, 3) if r.random() < 0.25 else "")


def nhs_any(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + _r(r, D, 9)
        if nhs.is_valid(d):
            return r.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}"))


# ---------------------------------------------------------------------------------------------
# Latin American company tax numbers
# ---------------------------------------------------------------------------------------------


def nit_value(r: random.Random) -> str:
    while True:
        body = r.choice(("8", "9", "0")) + _r(r, D, 8)
        d = body + nit.calc_check_digit(body)
        if nit.is_valid(d):
            return r.choice((f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9]}", f"{d[:9]}-{d[9]}", f"{d[:3]}{d[3:6]}{d[6:9]}-{d[9]}"))


def rfc_value(r: random.Random) -> str:
    while True:
        d = (
            f"{_r(r, UP, 3)}{r.randint(0, 25):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{_r(r, UP + D, 2)}{r.choice(D + 'A')}"
        )
        if rfc.is_valid(d):
            return d


def cuit_value(r: random.Random) -> str:
    while True:
        body = r.choice(("30", "33", "30")) + _r(r, D, 8)
        c = cuit.calc_check_digit(body)
        d = body + c
        if cuit.is_valid(d):
            return r.choice((f"{d[:2]}-{d[2:10]}-{d[10]}", d))


def rut_value(r: random.Random) -> str:
    body = r.choice(("76", "77", "96")) + _r(r, D, 6)
    d = body + rut.calc_check_digit(body)
    assert rut.is_valid(d)
    return r.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}-{d[8]}", f"{d[:8]}-{d[8]}"))


def cnpj_value(r: random.Random) -> str:
    body = _r(r, D, 8) + "0001"
    d = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(d)
    return r.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}", d))


def ein_undashed(r: random.Random) -> str:
    while True:
        d = r.choice(("12", "20", "27", "30", "46", "47", "81", "82", "84", "88", "94")) + _r(r, D, 7)
        if ein.is_valid(d):
            return d


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_restaurant_receipt(r: random.Random) -> _Builder:
    """A pasted card-terminal receipt: the full card number (older terminals and hand-copied
    receipts) in an odd grouping, with terminal id, batch, trace, auth code and amounts."""
    b = _Builder().t(r.choice(("THE OLD OAK BISTRO\n", "Café Lumière\n", "Harbor Grill & Bar\n")))
    b.t("TID ").lk("terminal", r.choice((_r(r, D, 8), card_like(r)))).t("  MID ").lk("merchant", _r(r, D, 12))
    b.t("\nBATCH ").lk("batch", _r(r, D, 6)).t(" TRACE ").lk("trace", card_like(r))
    b.t(r.choice(("\nCARD ", "\nAMEX ", "\nAcct: ", "\nCard no. "))).p("CREDIT_CARD", odd_card(r))
    b.t("\nAUTH ").lk("auth", _r(r, UP + D, 6)).t("  TOTAL $").lk("amount", money(r))
    b.t("\nRef ").lk("ref", f"{_r(r, D, 4)}.{_r(r, D, 6)}.{_r(r, D, 5)}")
    return b


@family
def f_invoice_payment(r: random.Random) -> _Builder:
    """Supplier invoices with a 'pay by card' line or a card on file, beside invoice, PO,
    customer and bank-reference numbers in the same dotted / spaced groupings."""
    b = _Builder().t("INVOICE ").lk("invoice", f"INV-{r.randint(2024, 2026)}-{_r(r, D, 5)}")
    b.t("\nPO ").lk("po", f"{_r(r, D, 4)} {_r(r, D, 6)} {_r(r, D, 5)}")
    b.t("\nCustomer account ").lk("customer", card_like(r))
    b.t(
        r.choice(
            (
                "\nPayment: charged to card ",
                "\nPlease debit my Amex ",
                "\nCard on file: ",
                "\nCredit card used: ",
                "\nPaid by Diners Club ",
            )
        )
    )
    b.p("CREDIT_CARD", odd_card(r)).t(r.choice((" (exp 08/28)", "", ", CVV given by phone")))
    b.t("\nAmount due $").lk("amount", money(r)).t("\nRemittance ref ").lk("remit", card_like(r))
    return b


@family
def f_travel_booking(r: random.Random) -> _Builder:
    """Hotel and airline bookings: PNR, 13-digit e-ticket numbers, frequent-flyer and
    confirmation numbers, the card used or guaranteeing the room in an odd grouping."""
    b = _Builder().t(r.choice(("Booking confirmation\n", "Your itinerary\n", "Hotel reservation\n")))
    b.t("PNR ").lk("pnr", _r(r, UP + D, 6)).t("  E-ticket ").lk(
        "ticket", r.choice((f"{_r(r, D, 3)}-{_r(r, D, 10)}", f"{_r(r, D, 3)} {_r(r, D, 10)}", _r(r, D, 13)))
    )
    b.t("\nFrequent flyer ").lk("ffn", r.choice((_r(r, D, 9), f"{_r(r, UP, 2)} {_r(r, D, 9)}")))
    b.t("\nConfirmation no. ").lk("confirmation", card_like(r))
    b.t(r.choice(("\nGuaranteed with ", "\nPaid by card ", "\nCard: ", "\nForm of payment: CC AX"))).p(
        "CREDIT_CARD", odd_card(r)
    )
    b.t(r.choice((" exp 0527", " / 11-29", "")))
    b.t("\nCheck-in ").lk("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2027").t(" total EUR ").lk(
        "amount", money(r)
    )
    return b


@family
def f_card_chat_mixed(r: random.Random) -> _Builder:
    """Customers in chat typing card numbers with mixed separators and non-4 groupings, next
    to order numbers in the same groupings that fail Luhn."""
    b = _Builder().t(r.choice(("hi, my order ", "Order ", "re order #")))
    b.lk("order", card_like(r)).t(r.choice((" never arrived. ", " was charged twice. ", ". ")))
    b.t(r.choice(("The card is ", "card no ", "I used my amex ", "charge it to ", "my diners: "))).p(
        "CREDIT_CARD", odd_card(r)
    )
    if r.random() < 0.4:
        b.t(" or the other one ").p("CREDIT_CARD", odd_card(r))
    b.t(r.choice((". thanks", " thx", ".")))
    return b


@family
def f_server_log(r: random.Random) -> _Builder:
    """Application logs whose lines start or carry Unix seconds with no time word: bare at the
    line start, in brackets, after '@', plus request ids and ports."""
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        form = r.randrange(4)
        if form == 0:
            b.lk("timestamp", unix_any(r)).t(" ")
        elif form == 1:
            b.t("[").lk("timestamp", unix_any(r)).t("] ")
        elif form == 2:
            b.t(r.choice(("worker-3", "api", "cron"))).t("@").lk("timestamp", unix_s(r)).t(" ")
        else:
            b.t(r.choice(("INFO ", "WARN ", "DEBUG "))).lk("timestamp", unix_any(r)).t(" ")
        b.t(r.choice(("GET /v1/orders ", "job done ", "retrying upstream ", "cache miss ")))
        b.t("req=").lk("req", _r(r, "abcdef" + D, 12)).t(" port ").lk("port", str(r.randint(1024, 65535))).t("\n")
    return b


@family
def f_clinic_audit(r: random.Random) -> _Builder:
    """Clinical-system audit trails: the NHS number of the record opened (PII) on lines led by
    Unix seconds, user ids and record ids."""
    b = _Builder()
    for _ in range(r.randint(2, 3)):
        b.lk("timestamp", unix_s(r)).t(r.choice((" | ", " ", ",")))
        b.t("user ").lk("user", _r(r, D, 6)).t(r.choice((" opened record for NHS ", " viewed nhs_no=", " NHS number ")))
        b.p("UK_NHS", nhs_any(r)).t(" rec ").lk("record", _r(r, D, 8)).t("\n")
    return b


@family
def f_event_export(r: random.Random) -> _Builder:
    """JSON and CSV event exports with seconds under keys that are not time words ("t", "at",
    "seq", "v") beside the patient's NHS number field."""
    b = _Builder()
    if r.random() < 0.5:
        b.t('{"event": "').t(r.choice(("admit", "discharge", "transfer"))).t('", "')
        b.t(r.choice(("t", "at", "seq", "v"))).t('": ').lk("timestamp", unix_any(r))
        b.t(', "nhs": "').p("UK_NHS", nhs_any(r)).t('", "ward": ').lk("ward", str(r.randint(1, 40)))
        b.t(', "id": ').lk("id", unix_s(r)).t("}")
    else:
        b.t("event,at,nhs,bed\n")
        for _ in range(r.randint(2, 3)):
            b.t(r.choice(("admit", "move", "obs"))).t(",").lk("timestamp", unix_any(r)).t(",")
            b.p("UK_NHS", nhs_any(r)).t(",").lk("bed", str(r.randint(1, 30))).t("\n")
    return b


@family
def f_metrics_dump(r: random.Random) -> _Builder:
    """Metrics and queue dumps: Unix seconds as sample times, ids, offsets and counts, no
    PII at all."""
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        b.t(r.choice(("http_requests_total", "queue_depth", "gc_pause_ms"))).t('{pod="web-')
        b.t(_r(r, "abcdef" + D, 5)).t('"} ').lk("count", str(r.randint(1, 999_999))).t(" ")
        b.lk("timestamp", unix_any(r)).t("\n")
    b.t("offset ").lk("offset", _r(r, D, 10)).t(" partition ").lk("partition", str(r.randint(0, 31)))
    return b


@family
def f_co_letter(r: random.Random) -> _Builder:
    """Colombian business letters: the signer's phone block with the company NIT on the line
    under it, a radicado and amounts."""
    who = r.choice(_NAMES)
    b = _Builder().t(f"Cordialmente,\n{who}\nDirector Administrativo\n")
    b.t(r.choice(("Tel: ", "Tel.: ", "Cel.: ", "Teléfono: "))).p("PHONE", phone(r, "CO"))
    b.t(r.choice(("\nNIT: ", "\nNIT ", "\nNit. "))).lk("nit", nit_value(r))
    b.t("\nRadicado ").lk("radicado", f"{r.randint(2024, 2026)}-{_r(r, D, 6)}")
    b.t("  Valor $").lk("amount", f"{r.randint(1, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}")
    return b


@family
def f_mx_invoice(r: random.Random) -> _Builder:
    """Mexican CFDI invoice headers: emisor / receptor RFCs, the phone line above, folio
    fiscal (UUID) and serie-folio."""
    b = _Builder().t("Emisor: Comercializadora del Norte SA de CV\n")
    b.t(r.choice(("Tel: ", "Tel.: ", "Teléfono: "))).p("PHONE", phone(r, "MX"))
    b.t("\nRFC: ").lk("rfc", rfc_value(r)).t("\nReceptor RFC: ").lk("rfc", rfc_value(r))
    b.t("\nSerie A Folio ").lk("folio", _r(r, D, r.choice((5, 6, 10))))
    b.t("\nTotal $").lk("amount", f"{r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(0, 99):02d}")
    return b


@family
def f_ar_cl_contact(r: random.Random) -> _Builder:
    """Argentine and Chilean contact blocks: the company CUIT or RUT on the line after the
    phone, with invoice / boleta numbers."""
    b = _Builder().t(r.choice(("Distribuidora Sur S.A.\n", "Servicios Andinos SpA\n", "Agro Pampa SRL\n")))
    if r.random() < 0.5:
        b.t(r.choice(("Tel: ", "Tel.: ", "Cel: "))).p("PHONE", phone(r, "AR"))
        b.t("\nCUIT ").lk("cuit", cuit_value(r)).t("\nFactura B ").lk("invoice", f"{_r(r, D, 5)}-{_r(r, D, 8)}")
    else:
        b.t(r.choice(("Tel: ", "Fono: ", "Cel.: "))).p("PHONE", phone(r, "CL"))
        b.t("\nRUT ").lk("rut", rut_value(r)).t("\nBoleta N° ").lk("boleta", _r(r, D, 7))
    b.t("\nDirección: Av. Libertador ").lk("street_no", str(r.randint(100, 9999)))
    return b


@family
def f_br_contact(r: random.Random) -> _Builder:
    """Brazilian e-mail signatures and invoice headers: phone line, then the company CNPJ,
    inscrição estadual and CEP."""
    b = _Builder().t(r.choice(_NAMES)).t("\nLogística Paulista Ltda.\n")
    b.t(r.choice(("Tel: ", "Tel.: ", "Fone: ", "Cel.: "))).p("PHONE", phone(r, "BR"))
    b.t("\nCNPJ: ").lk("cnpj", cnpj_value(r)).t("\nIE ").lk(
        "ie", f"{_r(r, D, 3)}.{_r(r, D, 3)}.{_r(r, D, 3)}.{_r(r, D, 3)}"
    )
    b.t("\nCEP ").lk("cep", f"{_r(r, D, 5)}-{_r(r, D, 3)}")
    return b


@family
def f_vendor_w9(r: random.Random) -> _Builder:
    """Accounts-payable notes on vendor W-9s: the business's undashed EIN with no EIN label,
    next to SSN words ('not an SSN', 'TIN'), and a sole proprietor's real SSN with its label."""
    b = _Builder().t(f"Vendor setup: {r.choice(('Bright Path Consulting', 'Delta Pool Supply', 'Kim Electric'))}\n")
    b.t(
        r.choice(
            (
                "W-9 received, TIN ",
                "Tax ID on the W-9: ",
                "Their TIN is ",
                "Federal tax classification: C corp, taxpayer id ",
            )
        )
    )
    b.lk("ein", ein_undashed(r)).t(
        r.choice((" (business number, not an SSN).", " - not a social security number.", ", SSN field left blank."))
    )
    if r.random() < 0.5:
        b.t("\nSole prop owner's SSN: ").p("US_SSN", ssn_value(r))
    b.t("\nVendor no. ").lk("vendor", _r(r, D, 6)).t(", 1099 box 1 threshold $").lk("amount", "600.00")
    return b


@family
def f_payroll_note(r: random.Random) -> _Builder:
    """Payroll and bookkeeping messages where the company's undashed EIN sits in a sentence
    about SSNs, beside employees' SSNs."""
    b = _Builder().t(r.choice(("Hi Sam, ", "FYI: ", "Quick question - ")))
    b.t(r.choice(("the state form wants our number ", "use ", "our federal number is ")))
    b.lk("ein", ein_undashed(r)).t(
        r.choice((" instead of an SSN", ", not the owner's social security number", " where it says SSN/TIN"))
    )
    b.t(". New hire ").t(r.choice(_NAMES)).t(r.choice((", SSN ", " - social ", ", ss# "))).p("US_SSN", ssn_value(r))
    b.t(", employee no. ").lk("employee", _r(r, D, 5)).t(".")
    return b


HELDOUT = FAMILIES.every(4)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

"""The twentieth written PII round (issue #14, branch j134): phone numbers with other numbers right
beside them, and phone numbers whose extension or trunk prefix belongs to them.

Written and committed before any rule changed, for the fourteenth set's held-out diagnosis
(docs/policy.md, the round-nineteen section): a booking number written right after a phone number
("Mobil: +47 462 938 93  #133-874-238") was read as part of the phone, and a phone-shaped
reference with an impossible area code ("Remit questions to 007-555-2696") as a phone.

Families put a valid phone of one of 15 regions (drawn by ``pii_seventh._phone_obj``, printed in
the region's own national or international layout, or with ``+44 (0)`` / ``011 44`` / ``00 44``
forms) beside bookings, order and ticket numbers, times, dates, amounts, room and flight numbers
(look-alikes: flagged when any detection overlaps them), before or after it, with the separators
people type between them (two spaces, " / ", " | ", ", ", " - ", " #"). Other families hold
phones whose extension, trunk prefix or dialling prefix is part of them; ``--whole`` counts how
many phones of the set a single PHONE detection covers from first to last character.

Every 5th family (``FAMILIES.every(5)``) is held out, fixed when the set was written, and looked at
once at the end.

Run: ``PYTHONPATH=. python scripts/pii_twentieth.py`` (``--failures`` lists the tuning part's
misses and flags, ``--heldout`` adds the held-out part, ``--whole`` the whole-phone count).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import UP, D, Families, Message, Round, _Builder, detect_all  # noqa: E402
from pii_rounds import random_chars as _r
from pii_seventh import _phone_obj  # noqa: E402
from pii_thirteenth import _invalid_for  # noqa: E402

SEED = 20261207_20
PER_FAMILY = 20

REGIONS = ("GB", "DE", "FR", "NO", "US", "AU", "IN", "BR", "NL", "ES", "IT", "SE", "PL", "ZA", "CH")

#: Region -> a phone word of its language written before the number.
LABEL = {
    "GB": "Tel", "DE": "Telefon", "FR": "Tél.", "NO": "Mobil", "US": "Phone", "AU": "Mob", "IN": "Mobile",
    "BR": "Celular", "NL": "Tel.", "ES": "Teléfono", "IT": "Cell.", "SE": "Mobil", "PL": "Tel.",
    "ZA": "Cell", "CH": "Tel.",
}  # fmt: skip

#: What people type between a phone number and the next number on the line.
SEPARATORS = ("  ", " / ", " | ", ", ", " - ", "  #", " · ", "; ", " – ")


def _cc(r: random.Random) -> str:
    return r.choice(REGIONS)


def phone(r: random.Random, cc: str) -> str:
    """A valid number of ``cc`` in its national or international layout (or E.164)."""
    num = _phone_obj(r, cc)
    fmt = r.choice((PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164))
    out = phonenumbers.format_number(num, fmt)
    assert phonenumbers.is_valid_number(phonenumbers.parse(out, cc)), out
    return out


def phone_prefixed(r: random.Random) -> str:
    """A UK, German or Swiss number written with its trunk prefix in brackets or a dialling prefix."""
    cc = r.choice(("GB", "DE", "CH"))
    num = _phone_obj(r, cc)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)  # "+44 20 7946 0958"
    code, rest = intl.split(" ", 1)
    out = r.choice((f"{code} (0){rest}", f"{code} (0) {rest}", f"011 {code[1:]} {rest}", f"00{code[1:]} {rest}"))
    digits = "".join(c for c in rest if c.isdigit())
    assert phonenumbers.is_valid_number(phonenumbers.parse(code + digits, None)), out
    return out


def phone_ext(r: random.Random, cc: str) -> str:
    ext = _r(r, D, r.choice((2, 3, 4)))
    word = r.choice((" x", " ext. ", " ext ", " extension ", " (ext. ", ";ext=", " x. "))
    return phone(r, cc) + word + ext + (")" if word == " (ext. " else "")


def booking(r: random.Random) -> str:
    return r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 3)}-{_r(r, D, 3)}",
            f"{_r(r, D, 4)} {_r(r, D, 4)}",
            f"{_r(r, D, 7)}",
            f"{_r(r, D, 2)}-{_r(r, D, 5)}",
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
            f"{r.randint(2023, 2026)}/{_r(r, D, 6)}",
            f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 2)}",
        )
    )


def time_(r: random.Random) -> str:
    h, m = r.randint(7, 20), r.choice(("00", "15", "30", "45"))
    return r.choice((f"{h}:{m}", f"{h}.{m}", f"{h}h{m}", f"{h}:{m}-{h + 1}:{m}", f"{h}-{h + 2}"))


def date_(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2027)
    return r.choice((f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"))


def amount(r: random.Random) -> str:
    n = r.randint(10, 99999)
    return r.choice((f"{n:,}.{r.randint(0, 99):02d}", f"{n}", f"{n:,}".replace(",", " ") + ",00", f"{n}.00"))


def shaped_ref(r: random.Random) -> str:
    """A 3-3-4 reference whose area code no region takes ("007-555-2696")."""
    for _ in range(500):
        s = f"{r.choice('01')}{_r(r, D, 2)}-{_r(r, D, 3)}-{_r(r, D, 4)}"
        if _invalid_for(s, ("US", "GB", "CA")):
            return s
    raise RuntimeError("shaped_ref")


FAMILIES = Families()
family = FAMILIES.add


@family
def f_booking_after(r: random.Random) -> _Builder:
    """A phone under its label, a booking number right after it on the line."""
    cc = _cc(r)
    b = _Builder().t(f"{LABEL[cc]}: ").p("PHONE", phone(r, cc)).t(r.choice(SEPARATORS))
    return b.t(r.choice(("", "Booking ", "Ref ", "No. ", "Res. "))).lk("booking", booking(r))


@family
def f_order_sentence(r: random.Random) -> _Builder:
    """A sentence giving a callback number, then the order it is about."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Please call me back on ", "You can reach me at ", "Call ")))
    b.p("PHONE", phone(r, cc)).t(r.choice((" about order ", " re order ", ", order ", " - order #", " regarding ")))
    return b.lk("order", booking(r)).t(r.choice((".", " thanks", "", "!")))


@family
def f_time_after(r: random.Random) -> _Builder:
    """A phone and the time to ring it."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Ring ", "Call the desk on ", f"{LABEL[cc]} "))).p("PHONE", phone(r, cc))
    return b.t(r.choice((" at ", " after ", " ", ", ", " from "))).lk("time", time_(r))


@family
def f_date_after(r: random.Random) -> _Builder:
    """A contact line with the date it was noted."""
    cc = _cc(r)
    b = _Builder().t(f"{LABEL[cc]} ").p("PHONE", phone(r, cc)).t(r.choice(("  ", " ", " (", " on ", ", ")))
    return b.lk("date", date_(r))


@family
def f_amount_after(r: random.Random) -> _Builder:
    """An invoice line: the customer's phone, then the amount due."""
    cc = _cc(r)
    b = _Builder().t("Customer tel. ").p("PHONE", phone(r, cc)).t(r.choice(("  ", " | ", ", ", " - ", "; ")))
    return b.t(r.choice(("Total ", "EUR ", "", "due "))).lk("amount", amount(r))


@family
def f_booking_before(r: random.Random) -> _Builder:
    """A booking number, then the guest's phone."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Booking ", "Res. no. ", "Order ", "#"))).lk("booking", booking(r))
    return b.t(r.choice(SEPARATORS)).t(f"{LABEL[cc]} ").p("PHONE", phone(r, cc))


@family
def f_extensions(r: random.Random) -> _Builder:
    """Real phones with an extension: the extension is part of the phone; a ticket follows."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Office: ", "Direct line ", "Switchboard "))).p("PHONE", phone_ext(r, cc))
    return b.t(r.choice((". Ticket ", " - case ", ", ticket #"))).lk("ticket", booking(r))


@family
def f_trunk_prefix(r: random.Random) -> _Builder:
    """``+44 (0)``, ``011 44`` and ``00 44`` forms, a reference after them."""
    b = _Builder().t(r.choice(("Tel: ", "Call us on ", "Phone "))).p("PHONE", phone_prefixed(r))
    return b.t(r.choice(SEPARATORS)).t(r.choice(("quote ", "ref ", ""))).lk("booking", booking(r))


@family
def f_shaped_refs(r: random.Random) -> _Builder:
    """Phone-shaped references with an area code no region takes, no phone word, then a phone."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Remit questions to ", "Reference ", "Quote ", "Case "))).lk("ref", shaped_ref(r))
    return b.t(r.choice((" when calling ", ". Helpline ", ". Or call "))).p("PHONE", phone(r, cc))


@family
def f_table_row(r: random.Random) -> _Builder:
    """A CSV or Markdown row: phone, order number, quantity."""
    cc = _cc(r)
    sep = r.choice((",", ";", " | ", "\t"))
    b = (
        _Builder()
        .t(f"{_r(r, UP, 1)}. {r.choice(('Berg', 'Nakamura', 'Silva', 'Okafor'))}{sep}")
        .p("PHONE", phone(r, cc))
    )
    return b.t(sep).lk("order", booking(r)).t(sep).lk("qty", str(r.randint(1, 40)))


@family
def f_phone_fax(r: random.Random) -> _Builder:
    """Phone and fax side by side: two phones, each whole, then a customer number."""
    cc = _cc(r)
    b = _Builder().t(f"{LABEL[cc]} ").p("PHONE", phone(r, cc)).t(r.choice((" / Fax ", "  Fax: ", " | fax ")))
    b.p("PHONE", phone(r, cc)).t(r.choice(("  Kd.-Nr. ", " | Cust. no. ", ", account ")))
    return b.lk("customer", booking(r))


@family
def f_room_flight(r: random.Random) -> _Builder:
    """A guest's phone and the room or flight number."""
    cc = _cc(r)
    b = (
        _Builder()
        .t("Guest mobile ")
        .p("PHONE", phone(r, cc))
        .t(r.choice(("  room ", " / Zi. ", ", flight ", " - seat ")))
    )
    return b.lk("room", f"{r.choice(('', 'LH', 'BA', 'SK'))}{r.randint(100, 4999)}")


@family
def f_sms(r: random.Random) -> _Builder:
    """An SMS notice: the sender, then a code and a parcel number."""
    cc = _cc(r)
    b = _Builder().t("Msg from ").p("PHONE", phone(r, cc)).t(r.choice((": code ", " code ", "  code: ")))
    return b.lk("code", _r(r, D, 6)).t(", parcel ").lk("parcel", booking(r))


@family
def f_ext_then_number(r: random.Random) -> _Builder:
    """A phone with its extension, then another number separated from it."""
    cc = _cc(r)
    b = _Builder().t(f"{LABEL[cc]} ").p("PHONE", phone_ext(r, cc)).t(r.choice(SEPARATORS))
    return b.lk("booking", booking(r))


@family
def f_prefixed_ext(r: random.Random) -> _Builder:
    """``+44 (0)`` / ``011 44`` numbers with an extension: whole."""
    e = _r(r, D, r.choice((2, 3, 4)))
    b = _Builder().t(r.choice(("Switchboard ", "Tel ", "Reach the clinic on ")))
    b.p("PHONE", phone_prefixed(r) + r.choice((f" ext. {e}", f" x{e}", f" (ext {e})")))
    return b.t(r.choice(("; order ", " - invoice ", "  #"))).lk("order", booking(r))


HELDOUT = FAMILIES.every(5)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


def whole(messages: list[Message]) -> tuple[int, int]:
    """(phones one PHONE detection covers from first to last character, phones)."""
    covered = total = 0
    for m in messages:
        found = [(s, e) for ent, s, e in detect_all(m.text) if ent == "PHONE"]
        for sp in m.spans:
            if sp.kind == "pii" and sp.label == "PHONE":
                total += 1
                covered += any(s <= sp.start and e >= sp.end for s, e in found)
    return covered, total


if __name__ == "__main__":
    ROUND.main()
    if "--whole" in sys.argv:
        msgs = [m for m in build() if "--heldout" in sys.argv or not m.heldout]
        c, t = whole(msgs)
        print(f"phones covered whole by one detection: {c}/{t}")

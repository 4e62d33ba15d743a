"""A thirteenth blind PII set: phone numbers as people really print them, and the numbers beside
PII words that are not PII (issue #14's PII goals: recall >= 0.97 per validated entity, <= 1% of
look-alikes flagged as anything).

Written on 2026-12-07 ~09:40 UTC (branch j75) *before* changing the detector. The held-out
parts of the eleventh and twelfth sets did not move after their tuning (phones 0.811, look-alikes
2.63% / 1.50% flagged), so this set aims at the kinds of variation a rule written for one
sentence misses rather than at new sentences: the same valid number in every layout
(international with and without ``+``, ``00`` / ``011`` exits, ``(0)`` trunk prefixes, bracketed
area codes, dots, dashes, slashes, no separators, ``x123`` / ``ext. 45`` / ``#12`` / ``-78``
extensions), in every place (markdown and ``|`` tables, tab-separated exports, dial strings,
sentences of 14 languages with their own phone words or none), under negated, offered and
conditional labels ("no landline, mobile only", "happy to share my number"), and look-alikes
*next to* PII words: order, invoice, ticket, case and tracking numbers shaped like phones,
versions, dates, timestamps, OIDs, coordinates, ISBNs, part
numbers, amounts, meeting ids and passcodes.

Every phone is drawn by ``pii_eighth._phone_obj`` (valid for its region in ``phonenumbers``) and
its printed text is parsed back (``_check``: valid, same national number) before it is used.
Cards are checked with ``stdnum.luhn``, IBANs by ``pii_eighth.iban`` (``stdnum.iban``), SSNs by
``pii_eighth.ssn_value`` (``stdnum.us.ssn``). Look-alike phone-shaped references are drawn
until ``phonenumbers`` finds them *invalid* for the regions the text names, or are labelled by
the text as what they are (an order number is an order number whatever its digits).

Private and loopback IPv4 addresses appear in the logs unlabelled: docs/policy.md says they are
reported as ``IP_ADDRESS`` by design, so they are neither PII to find nor look-alikes here.

Scoring is ``pii_rounds.evaluate``. Every 5th family (``FAMILIES.every(5)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_thirteenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat
from stdnum import ean, isbn, luhn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_eighth import _NAMES, _phone_obj, card, iban, ssn_value  # noqa: E402
from pii_eleventh import date, email, public_ip  # noqa: E402
from pii_rounds import HEX, UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261207_13
PER_FAMILY = 25


# ---------------------------------------------------------------------------------------------
# Phones in every layout, each parsed back
# ---------------------------------------------------------------------------------------------

#: Layouts (see ``layout``); each region's number is printed in any of them that applies.
LAYOUTS = (
    "intl",
    "e164",
    "plusless",
    "exit00",
    "exit00_tight",
    "exit011",
    "trunk0",
    "trunk0_tight",
    "paren_cc",
    "intl_dash",
    "intl_dot",
    "national",
    "nat_dot",
    "nat_dash",
    "nat_plain",
    "nat_paren_area",
    "nat_slash",
)

_NAT_ONLY_OK = ("US", "GB", "DE", "FR", "NL", "IT", "ES", "PL", "AU", "IN", "BR", "JP", "MX", "SE", "CH", "AT", "BE")


def layout(num: phonenumbers.PhoneNumber, style: str) -> str:
    region = phonenumbers.region_code_for_number(num)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    code = str(num.country_code)
    rest = intl[len(code) + 2 :]
    nsn = phonenumbers.national_significant_number(num)
    nanp = code == "1"
    if nanp and style.startswith("nat") or nanp and style in ("trunk0", "trunk0_tight"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return {
            "national": f"({a}) {b}-{c}",
            "nat_dot": f"{a}.{b}.{c}",
            "nat_dash": f"{a}-{b}-{c}",
            "nat_plain": f"{a}{b}{c}",
            "nat_paren_area": f"({a}){b}-{c}",
            "nat_slash": f"{a}/{b}-{c}",
            "trunk0": f"1 ({a}) {b}-{c}",
            "trunk0_tight": f"1-{a}-{b}-{c}",
        }[style]
    trunk = nat.startswith("0")
    area, _, tail = nat.partition(" ")
    # Layouts only some regions write: a slash after the area code (German-speaking), an area
    # code in brackets or dots between groups only where the national layout is digit groups.
    plain_groups = all(c.isdigit() or c == " " for c in nat)
    if (
        (style in ("trunk0", "trunk0_tight") and not trunk)
        or (style == "nat_slash" and (region not in ("DE", "AT", "CH") or not plain_groups))
        or (style in ("nat_paren_area", "nat_dot") and not (trunk and plain_groups))
    ):
        style = "intl"
    out = {
        "intl": intl,
        "e164": f"+{code}{nsn}",
        "plusless": f"{code} {rest}",
        "exit00": f"00 {code} {rest}",
        "exit00_tight": f"00{code}{nsn}",
        "exit011": f"011 {code} {rest}",
        "trunk0": f"+{code} (0){rest}",
        "trunk0_tight": f"+{code}(0){nsn}",
        "paren_cc": f"(+{code}) {rest}",
        "intl_dash": f"+{code}-" + rest.replace(" ", "-"),
        "intl_dot": f"+{code}." + rest.replace(" ", "."),
        "national": nat,
        "nat_dot": nat.replace(" ", ".").replace("-", "."),
        "nat_dash": nat.replace(" ", "-"),
        "nat_plain": "".join(c for c in nat if c.isdigit()),
        "nat_paren_area": f"({area}) {tail}",
        "nat_slash": f"{area} / {tail}",
    }.get(style)
    if out is None:
        raise ValueError(style)
    return out


def _parse_back(printed: str, cc: str, style: str) -> phonenumbers.PhoneNumber:
    text = printed.replace("(0)", " ").replace("/", " ")
    if style == "plusless":
        text = "+" + text
    elif style.startswith("exit00"):
        text = "+" + text[2:]
    elif style == "exit011":
        text = "+" + text[3:]
    elif style in ("trunk0", "trunk0_tight") and text.startswith("1"):
        text = "+" + text
    return phonenumbers.parse(" ".join(text.split()), cc)


def phone(r: random.Random, cc: str, style: str | None = None) -> str:
    """A valid number of ``cc`` printed in ``style`` (any layout when None, national layouts
    only for regions whose national layout stands alone), parsed back before it is returned."""
    num = _phone_obj(r, cc)
    if style is None:
        styles = LAYOUTS if cc in _NAT_ONLY_OK else tuple(s for s in LAYOUTS if not s.startswith("nat"))
        style = r.choice(styles)
    if cc in ("US", "CA") and style == "exit011":
        style = "intl"  # 011 dials out of North America, not into it
    out = layout(num, style)
    back = _parse_back(out, cc, style)
    assert phonenumbers.is_valid_number(back), (out, cc, style)
    assert back.national_number == num.national_number, (out, back, num)
    return out


def intl_phone(r: random.Random, cc: str) -> str:
    return phone(r, cc, r.choice(("intl", "e164", "plusless", "exit00", "trunk0", "paren_cc", "intl_dash", "intl_dot")))


_EXT = (" x{e}", " ext. {e}", " ext {e}", " Ext: {e}", " (ext. {e})", ", ext. {e}", " #{e}", " x.{e}", " extn {e}")


def with_ext(r: random.Random, number: str) -> str:
    return number + r.choice(_EXT).format(e=_r(r, D, r.choice((2, 3, 4))))


#: Region -> its phone words (several languages) and a sentence shape with ``{n}``.
SENTENCES: dict[str, tuple[str, ...]] = {
    "DE": ("Sie erreichen mich unter {n}.", "Rückruf bitte an {n}", "Tel. {n} (Mo-Fr)", "Handy {n}"),
    "AT": ("erreichbar unter {n}", "Tel.: {n}", "Mobil {n} ab 9 Uhr"),
    "CH": ("Sie erreichen uns unter {n}.", "Telefon {n}", "Natel {n}"),
    "FR": ("Vous pouvez me joindre au {n}.", "Tél. {n}", "Rappelez-moi au {n} svp", "portable : {n}"),
    "BE": ("joignable au {n}", "GSM {n}", "bel me op {n}"),
    "NL": ("Bel me op {n}.", "Mijn nummer is {n}", "tel. {n}", "mobiel {n}"),
    "ES": ("Llámame al {n}.", "mi móvil es el {n}", "Tfno.: {n}", "contacto: {n}"),
    "IT": ("Mi trovi al {n}.", "cell. {n}", "chiamami al {n}", "recapito telefonico {n}"),
    "PT": ("Ligue-me para o {n}.", "telemóvel {n}", "contacto {n}"),
    "BR": ("Me liga no {n}", "whats {n}", "celular: {n}", "fone {n}"),
    "PL": ("Proszę dzwonić pod numer {n}.", "tel. kom. {n}", "mój numer to {n}"),
    "SE": ("Ring mig på {n}.", "mobil {n}", "tfn {n}"),
    "MX": ("Márcame al {n}", "cel {n}", "WhatsApp {n}"),
    "JP": ("お電話は{n}まで", "TEL {n}", "携帯 {n}"),
    "IN": ("call me at {n}", "mera number {n} hai", "WhatsApp pe {n}", "Mob. {n}"),
    "AU": ("give us a ring on {n}", "mob {n}", "Ph: {n}"),
    "GB": ("ring me on {n}", "my mobile's {n}", "Tel {n}", "best number: {n}"),
    "US": ("call me at {n}", "cell {n}", "text me at {n}", "reach me on {n}"),
}


# ---------------------------------------------------------------------------------------------
# Look-alikes (near PII words)
# ---------------------------------------------------------------------------------------------


def _invalid_for(digits: str, regions: tuple[str, ...]) -> bool:
    for cc in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, cc)):
                return False
        except phonenumbers.NumberParseException:
            continue
    return True


def phone_shaped_ref(r: random.Random, regions: tuple[str, ...] = ("US", "GB")) -> str:
    """A reference in a phone's 3-3-4 / 4-3-4 / 5-6 layout that no named region takes."""
    for _ in range(500):
        shape = r.randrange(4)
        if shape == 0:
            s = f"{_r(r, D, 3)}-{_r(r, D, 3)}-{_r(r, D, 4)}"
        elif shape == 1:
            s = f"{_r(r, D, 4)} {_r(r, D, 3)} {_r(r, D, 4)}"
        elif shape == 2:
            s = f"{_r(r, D, 5)} {_r(r, D, 6)}"
        else:
            s = f"{_r(r, D, 3)}.{_r(r, D, 3)}.{_r(r, D, 4)}"
        if _invalid_for(s, regions):
            return s
    raise RuntimeError("phone_shaped_ref")


def order_no(r: random.Random) -> str:
    return r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}",
            f"#{r.randint(10_000_000, 999_999_999)}",
            f"SO{r.randint(100_000, 9_999_999)}",
            f"{r.randint(2021, 2026)}-{_r(r, D, 6)}",
            f"ORD-{_r(r, UP + D, 8)}",
            f"{_r(r, D, 10)}",
        )
    )


def ticket_no(r: random.Random) -> str:
    return r.choice(
        (
            f"INC{_r(r, D, 7)}",
            f"#{r.randint(100_000, 9_999_999)}",
            f"CS-{r.randint(2022, 2026)}-{_r(r, D, 6)}",
            f"{_r(r, D, 8)}",
            f"REQ{_r(r, D, 9)}",
            f"{_r(r, UP, 3)}-{r.randint(100, 99999)}",
        )
    )


def tracking_no(r: random.Random) -> str:
    return r.choice(
        (
            f"1Z{_r(r, UP + D, 6)}{_r(r, D, 10)}",
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"{_r(r, D, 12)}",
            f"{_r(r, UP, 2)}{_r(r, D, 9)}{r.choice(('GB', 'DE', 'US', 'NL', 'FR'))}",
            f"00{_r(r, D, 18)}",
            f"JD{_r(r, D, 18)}",
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}",
        )
    )


def invoice_no(r: random.Random) -> str:
    y = r.randint(2021, 2026)
    return r.choice(
        (
            f"INV-{y}-{r.randint(1, 99999):05d}",
            f"{y}/{r.randint(1, 12):02d}/{r.randint(1, 9999):04d}",
            f"{y}{_r(r, D, 6)}",
            f"RE {_r(r, D, 2)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"F-{_r(r, D, 3)}-{_r(r, D, 3)}-{_r(r, D, 4)}",
        )
    )


def version(r: random.Random) -> str:
    return r.choice(
        (
            f"v{r.randint(1, 30)}.{r.randint(0, 40)}.{r.randint(0, 99)}",
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1000, 99999)}",
            f"10.0.{r.randint(17000, 26000)}.{r.randint(100, 5000)}",
            f"{r.randint(100, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)}",
            f"build {r.randint(2021, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}.{r.randint(1, 9)}",
        )
    )


def timestamp(r: random.Random) -> str:
    y, mo, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        (
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}",
            f"{r.randint(1_600_000_000, 1_800_000_000)}",
            f"{r.randint(1_600_000_000_000, 1_800_000_000_000)}",
            f"{y}{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}",
            f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            f"{d:02d}.{mo:02d}.{y}, {h:02d}:{mi:02d} Uhr",
        )
    )


def private_ip(r: random.Random) -> str:
    return r.choice(
        (
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"127.0.0.{r.randint(1, 9)}",
        )
    )


def oid(r: random.Random) -> str:
    return f"1.3.6.1.4.1.{r.randint(100, 60000)}.{r.randint(1, 99)}.{r.randint(1, 999)}"


def coords(r: random.Random) -> str:
    la, lo = r.uniform(-60, 70), r.uniform(-170, 170)
    return r.choice((f"{la:.6f}, {lo:.6f}", f"{la:.5f},{lo:.5f}", f"{la:.4f} {lo:.4f}"))


def isbn13(r: random.Random) -> str:
    body = r.choice(("978", "979")) + _r(r, D, 9)
    full = body + ean.calc_check_digit(body)
    assert isbn.is_valid(full)
    return r.choice((isbn.format(full), full, f"{full[:3]}-{full[3:]}"))


def part_no(r: random.Random) -> str:
    return r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 4)}-{_r(r, D, 2)}",
            f"{_r(r, UP, 2)}-{_r(r, D, 6)}-{_r(r, D, 3)}",
            f"{_r(r, D, 4)}.{_r(r, D, 3)}.{_r(r, D, 3)}",
            f"{_r(r, D, 2)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"P/N {_r(r, D, 10)}",
        )
    )


def amount(r: random.Random) -> str:
    big = r.randint(1000, 9_999_999)
    c = r.randint(0, 99)
    de = f"{big:,}".replace(",", ".")
    return r.choice(
        (f"${big:,}.{c:02d}", f"€ {de},{c:02d}", f"{de},{c:02d} EUR", f"£{big:,}.{c:02d}", f"{big:,}.{c:02d} USD")
    )


def meeting_id(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(100, 999)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"{r.randint(100, 999)} {_r(r, D, 3)} {_r(r, D, 4)}",
            f"{r.randint(1, 9)}{_r(r, D, 10)}",
        )
    )


def luhn_fail_card(r: random.Random) -> str:
    while True:
        d = "4" + _r(r, D, 15)
        if not luhn.is_valid(d):
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))


def money_ref(r: random.Random) -> str:
    return f"{_r(r, D, 2)}-{_r(r, D, 4)}-{_r(r, D, 4)}"


_REGIONS = tuple(SENTENCES)


def _cc(r: random.Random) -> str:
    return r.choice(_REGIONS)


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_signature_layouts(r: random.Random) -> _Builder:
    """An e-mail signature: the same kind of number in any layout, an extension sometimes, the
    invoice or order the mail is about above it."""
    cc = _cc(r)
    who = r.choice(_NAMES)
    b = _Builder().t("Re: invoice ").lk("invoice", invoice_no(r)).t(f"\n\nThanks,\n{who}\n")
    num = phone(r, cc)
    b.t(r.choice(("T ", "Tel: ", "Phone ", "Office: ", "D: ", "Direct line ")))
    b.p("PHONE", with_ext(r, num) if r.random() < 0.35 else num)
    b.t("\n").t(r.choice(("M ", "Mobile: ", "Cell ", "Mob. "))).p("PHONE", phone(r, cc))
    b.t("\n").p("EMAIL", email(r, who))
    return b


@family
def f_pipe_table(r: random.Random) -> _Builder:
    """A markdown table of contacts: phone column beside order, date and amount columns."""
    b = _Builder().t("| Name | Phone | Order | Date | Total |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 4)):
        cc = _cc(r)
        b.t(f"| {r.choice(_NAMES)} | ").p("PHONE", phone(r, cc)).t(" | ").lk("order", order_no(r))
        b.t(" | ").lk("date", date(r)).t(" | ").lk("amount", amount(r)).t(" |\n")
    return b


@family
def f_tsv_export(r: random.Random) -> _Builder:
    """A tab-separated CRM export: id, name, phone, tracking number, created timestamp."""
    b = _Builder().t("id\tname\tphone\ttracking\tcreated\n")
    for _ in range(r.randint(2, 4)):
        cc = _cc(r)
        b.t(f"{r.randint(1000, 99999)}\t{r.choice(_NAMES)}\t").p("PHONE", phone(r, cc)).t("\t")
        b.lk("tracking", tracking_no(r)).t("\t").lk("timestamp", timestamp(r)).t("\n")
    return b


@family
def f_bar_list(r: random.Random) -> _Builder:
    """A one-line `|`-separated list as pasted from a CRM card or a phone's share sheet."""
    who = r.choice(_NAMES)
    cc = _cc(r)
    b = _Builder().t(f"{who} | ")
    b.p("PHONE", phone(r, cc)).t(" | ").p("EMAIL", email(r, who)).t(" | cust# ").lk("customer", _r(r, D, 8))
    b.t(" | since ").lk("date", date(r)).t("\n")
    return b


@family
def f_sentences_world(r: random.Random) -> _Builder:
    """A number in a sentence of the region's language, with its own phone word or verb."""
    cc = _cc(r)
    b = _Builder()
    pre, _, post = r.choice(SENTENCES[cc]).partition("{n}")
    b.t(pre).p("PHONE", phone(r, cc)).t(post)
    b.t(r.choice((" Ref. ", " Pedido ", " Bestellung ", " commande n° ", " order "))).lk("order", order_no(r))
    return b


@family
def f_extension_office(r: random.Random) -> _Builder:
    """Office numbers with extensions in every spelling, and the department's ticket queue."""
    cc = r.choice(("US", "GB", "AU", "IN", "DE", "CA"))
    b = _Builder().t("Switchboard: ").p("PHONE", with_ext(r, phone(r, cc)))
    b.t("\nBilling: ").p("PHONE", with_ext(r, phone(r, cc))).t(" (ticket queue ").lk("ticket", ticket_no(r)).t(")")
    b.t("\nVersion ").lk("version", version(r)).t(" of the phone system")
    return b


@family
def f_negated_labels(r: random.Random) -> _Builder:
    """Labels that say a number is *not* a phone, beside the real one."""
    cc = r.choice(("US", "GB", "DE", "FR", "IN", "AU"))
    b = _Builder()
    style = r.randrange(3)
    if style == 0:
        b.t("That's not my phone number, it's the order number: ").lk("order", phone_shaped_ref(r))
        b.t(". My phone is ").p("PHONE", phone(r, cc)).t(".")
    elif style == 1:
        b.t("No landline. Mobile only: ").p("PHONE", phone(r, cc))
        b.t(". Ticket ").lk("ticket", ticket_no(r)).t(" opened ").lk("date", date(r))
    else:
        b.t("Phone: n/a\nCase number: ").lk("case", phone_shaped_ref(r)).t("\nE-mail: ").p("EMAIL", email(r, "Sam Lee"))
    return b


@family
def f_offered_labels(r: random.Random) -> _Builder:
    """Numbers offered or made conditional ("if you need it", "happy to share")."""
    cc = _cc(r)
    b = _Builder()
    b.t(
        r.choice(
            (
                "Happy to share my number if that helps: ",
                "If you need to call, try ",
                "You can also text ",
                "In case the line drops, my backup is ",
                "Alternatively: ",
            )
        )
    )
    b.p("PHONE", phone(r, cc)).t(". My account ref is ").lk("account_ref", f"AC-{_r(r, D, 8)}")
    return b


@family
def f_dial_string(r: random.Random) -> _Builder:
    """A conference invite: a dial-in number with the meeting id after commas, the id and
    passcode on their own, a local number list."""
    cc = r.choice(("US", "GB", "DE", "FR", "NL", "AU", "CH"))
    mid = meeting_id(r)
    b = _Builder().t("Join by phone\n").p("PHONE", intl_phone(r, cc)).t(f",,{mid.replace(' ', '')}# {cc}\n")
    b.t("Meeting ID: ").lk("meeting_id", mid).t("\nPasscode: ").lk("passcode", _r(r, D, r.choice((6, 8))))
    b.t("\nFind your local number: https://zoom.us/u/a").t(_r(r, "abcdefgh", 8))
    return b


@family
def f_ticket_beside_phone(r: random.Random) -> _Builder:
    """A help-desk ticket: the caller's number, and the phone-shaped ticket and case numbers
    labelled as such right before it."""
    cc = r.choice(("US", "GB"))
    b = _Builder().t("Ticket #").lk("ticket", _r(r, D, 7)).t("\nCase no. ").lk("case", phone_shaped_ref(r))
    b.t("\nCaller: ").t(r.choice(_NAMES)).t(", callback ").p("PHONE", phone(r, cc))
    b.t("\nLogged ").lk("timestamp", timestamp(r))
    return b


@family
def f_shipping(r: random.Random) -> _Builder:
    """A shipping notice: tracking numbers, the courier's and the recipient's phones, weights."""
    cc = _cc(r)
    b = _Builder().t("Your parcel ").lk("tracking", tracking_no(r)).t(" is on its way.\n")
    b.t("Recipient phone: ").p("PHONE", phone(r, cc)).t("\nWeight ").lk(
        "amount", f"{r.randint(1, 30)}.{r.randint(0, 9)} kg"
    )
    b.t("\nOrder ").lk("order", order_no(r)).t(" shipped ").lk("date", date(r))
    return b


@family
def f_app_log(r: random.Random) -> _Builder:
    """Application log lines: timestamps, private IPs, versions, request ids and one SMS line
    with the customer's number in E.164."""
    cc = _cc(r)
    b = _Builder().lk("timestamp", timestamp(r)).t(f" INFO [{private_ip(r)}] app ")
    b.lk("version", version(r)).t(" started\n").lk("timestamp", timestamp(r)).t(" INFO sms.send to=")
    b.p("PHONE", phone(r, cc, "e164")).t(" req=").lk("request_id", _r(r, HEX, 12)).t(" status=200\n")
    b.lk("timestamp", timestamp(r)).t(" WARN client ").p("IP_ADDRESS", public_ip(r)).t(" retry\n")
    return b


@family
def f_product_sheet(r: random.Random) -> _Builder:
    """A product sheet: part numbers, ISBNs, prices, a support hotline number."""
    cc = r.choice(("US", "GB", "DE", "FR"))
    b = _Builder().t("Part no. ").lk("part", part_no(r)).t("\nISBN ").lk("isbn", isbn13(r))
    b.t("\nPrice ").lk("amount", amount(r)).t("\nSupport hotline: ").p("PHONE", phone(r, cc))
    b.t("\nFirmware ").lk("version", version(r))
    return b


@family
def f_geo_contact(r: random.Random) -> _Builder:
    """A site visit note: coordinates, elevation, the site contact's phone."""
    cc = _cc(r)
    b = _Builder().t("Site: ").lk("coords", coords(r)).t(", elevation ").lk("amount", f"{r.randint(10, 3000)} m")
    b.t("\nOn-site contact: ").t(r.choice(_NAMES)).t(" ").p("PHONE", phone(r, cc))
    b.t("\nVisit ").lk("date", date(r))
    return b


@family
def f_invoice_bank(r: random.Random) -> _Builder:
    """An invoice footer: invoice number, amounts, IBAN, phone, VAT-shaped numbers."""
    cc = r.choice(("DE", "FR", "NL", "ES", "IT", "AT", "BE"))
    b = _Builder().t("Invoice ").lk("invoice", invoice_no(r)).t("  Total ").lk("amount", amount(r))
    b.t("\nIBAN ").p("IBAN", iban(r, cc)).t("\nPhone ").p("PHONE", phone(r, cc))
    b.t("\nVAT ").lk("vat", f"{cc}{_r(r, D, 9)}").t("  Reg. ").lk("company", f"HRB {r.randint(1000, 99999)}")
    return b


@family
def f_payment_chat(r: random.Random) -> _Builder:
    """A payment chat: the card, a Luhn-failing number said to be wrong, the phone on file,
    the SSN asked for (US)."""
    b = _Builder().t("Agent: card on file?\nUser: ").p("CREDIT_CARD", card(r))
    b.t("\nUser: the other one ").lk("card_luhn_fail", luhn_fail_card(r)).t(" was declined, typo")
    b.t("\nAgent: phone on the account?\nUser: ").p("PHONE", phone(r, "US"))
    b.t("\nAgent: last step, SSN?\nUser: ").p("US_SSN", ssn_value(r))
    b.t("\nAgent: thanks, reference ").lk("ref", money_ref(r))
    return b


@family
def f_oid_snmp(r: random.Random) -> _Builder:
    """Network monitoring output: OIDs, private IPs, uptime counters, the on-call number."""
    b = _Builder().t("SNMP ").lk("oid", oid(r)).t(" = ").lk("count", str(r.randint(1_000_000, 999_999_999)))
    b.t(f"\nhost {private_ip(r)} uptime ").lk("count", str(r.randint(100_000, 99_999_999)))
    b.t("\nOn-call: ").p("PHONE", phone(r, r.choice(("US", "GB", "DE", "NL"))))
    return b


@family
def f_multi_country_list(r: random.Random) -> _Builder:
    """An international contact list: each line a country name and its office number in that
    country's own international layout, no phone word."""
    b = _Builder().t("Offices\n")
    names = {"DE": "Berlin", "FR": "Paris", "NL": "Amsterdam", "ES": "Madrid", "IT": "Milano", "JP": "Tokyo"}
    names |= {"IN": "Bengaluru", "BR": "São Paulo", "AU": "Sydney", "MX": "CDMX", "SE": "Stockholm", "PL": "Warszawa"}
    for cc in r.sample(sorted(names), r.randint(3, 5)):
        b.t(f"{names[cc]}: ").p("PHONE", intl_phone(r, cc)).t("\n")
    b.t("Updated ").lk("date", date(r))
    return b


@family
def f_dates_near_dob(r: random.Random) -> _Builder:
    """Dates and times beside a phone: appointments, deadlines, shifts."""
    cc = _cc(r)
    b = (
        _Builder()
        .t("Appointment ")
        .lk("date", date(r))
        .t(" at ")
        .lk("time", f"{r.randint(8, 18)}:{r.choice(('00', '15', '30', '45'))}")
    )
    b.t(". If you can't make it call ").p("PHONE", phone(r, cc)).t(" before ").lk("timestamp", timestamp(r))
    return b


@family
def f_sms_forward(r: random.Random) -> _Builder:
    """A forwarded SMS: sender in E.164 or plus-less, one-time code, amount."""
    cc = _cc(r)
    b = _Builder().t("Fwd: SMS from ").p("PHONE", phone(r, cc, r.choice(("e164", "plusless", "intl", "exit00_tight"))))
    b.t(": Your code is ").lk("otp", _r(r, D, 6)).t(". Payment of ").lk("amount", amount(r)).t(" approved.")
    return b


HELDOUT = FAMILIES.every(5)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

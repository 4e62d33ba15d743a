"""A fourteenth blind PII set: phones of regions and in layouts no earlier set used, and the
numbers that sit where phones sit but are not PII (issue #14's PII goals: recall >= 0.97 per
validated entity, <= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~12:50 UTC (branch j93) *before* changing the detector. The thirteenth
set's held-out phones were 0.780 when first read: rules written against one set's layouts do not
carry to the next. This set therefore draws from 34 regions none of the sixth to thirteenth sets
leaned on (Korea, China, Singapore, Hong Kong, South Africa, Nigeria, Kenya, the Gulf, Israel,
Turkey, Russia, Ukraine, the Nordics, Central Europe, Latin America, South-East Asia, Egypt,
Morocco, Pakistan, Ireland, Canada, New Zealand) and prints each number in layouts chosen for
*not* being the library's own: the national significant number cut into random groups of 2-4
digits, non-breaking and thin spaces, en dashes, ``+CC/`` and ``CC-`` prefixes, ``tel:`` URIs,
``(0)`` inserts, trunk ``0`` with the area code in brackets, and extensions spelled ``;ext=``,
``poste``, ``int.``, ``Durchwahl``, ``доб.`` as well as ``x`` / ``ext.`` / ``#``. Places: CSV,
JSON, YAML, HTML ``href="tel:"``, vCards, log lines, signatures and chat lines with phone words
of 16 more languages, or none. Toll-free vanity numbers appear in letters (``1-800-FLOWERS``).

Look-alikes sit in the same places: order, invoice, tracking, booking and reference numbers,
dates, times, versions, public version-like strings, amounts, ISBNs, coordinates, epoch and ISO
timestamps, numeric ids in URLs, EINs in a TIN column, NHS-shaped numbers failing mod 11,
Luhn-failing card-shaped numbers, IBANs failing mod 97, SSN-shaped numbers the SSA never issues
(area 000 / 666 / 9xx, group 00, serial 0000) and dashed 3-2-4 references under their own label.

Every phone is drawn by ``pii_eighth._phone_obj`` (valid for its region in ``phonenumbers``)
and its printed digits are checked against the number (``_check``) and parsed back valid.
Cards are checked with ``stdnum.luhn``, IBANs with ``stdnum.iban``, SSNs with
``stdnum.us.ssn``, NHS numbers with ``stdnum.gb.nhs``; look-alike checksum failures are
asserted to fail. Phone-shaped references are drawn until ``phonenumbers`` finds them invalid
for the regions the text names.

Scoring is ``pii_rounds.evaluate``. Every 5th family (``FAMILIES.every(5)``) is held out, fixed
when the set was written, and looked at once at the end.

Run: ``PYTHONPATH=. python scripts/pii_fourteenth.py`` (``--failures`` lists the tuning part's
misses and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses;
``--after`` the blind check written after the rule changes, ``build_after``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat
from stdnum import ean, isbn, luhn
from stdnum import iban as std_iban
from stdnum.gb import nhs
from stdnum.us import ein, ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_chat import nhs_value  # noqa: E402
from pii_eighth import _NAMES, _phone_obj, card, iban_compact, ssn_value  # noqa: E402
from pii_eleventh import date, email, public_ip  # noqa: E402
from pii_rounds import HEX, UP, BlindCheck, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r
from pii_thirteenth import _invalid_for  # noqa: E402

SEED = 20261207_14
PER_FAMILY = 25

NBSP = "\u00a0"
THIN = "\u202f"
EN_DASH = "\u2013"

#: Regions the earlier sets leaned on little or not at all.
REGIONS = (
    "KR", "CN", "SG", "HK", "ZA", "NG", "KE", "AE", "SA", "IL", "TR", "RU", "UA", "CZ", "DK", "NO", "FI",
    "GR", "RO", "HU", "AR", "CL", "CO", "PE", "NZ", "PH", "TH", "VN", "ID", "MY", "EG", "MA", "PK", "IE",
    "CA",
)  # fmt: skip

#: Region -> phone words of its language (label before the number).
LABELS: dict[str, tuple[str, ...]] = {
    "KR": ("전화", "휴대폰", "연락처"),
    "CN": ("电话", "手机", "联系电话"),
    "SG": ("HP", "Tel", "Contact no."),
    "HK": ("電話", "Mobile", "手提"),
    "ZA": ("Cell", "Tel", "Selfoon"),
    "NG": ("Phone", "GSM", "Tel"),
    "KE": ("Simu", "Mobile", "Tel"),
    "AE": ("هاتف", "Mob", "Tel"),
    "SA": ("جوال", "هاتف", "Mobile"),
    "IL": ("טלפון", "נייד", "Tel"),
    "TR": ("Telefon", "Cep", "GSM"),
    "RU": ("Телефон", "Тел.", "Моб."),
    "UA": ("Телефон", "Моб.", "тел."),
    "CZ": ("Telefon", "Mobil", "Tel."),
    "DK": ("Tlf.", "Mobil", "Telefon"),
    "NO": ("Tlf", "Mobil", "Telefon"),
    "FI": ("Puh.", "Puhelin", "GSM"),
    "GR": ("Τηλ.", "Κιν.", "Τηλέφωνο"),
    "RO": ("Tel.", "Mobil", "Telefon"),
    "HU": ("Tel.", "Mobil", "Telefonszám"),
    "AR": ("Cel.", "Tel.", "WhatsApp"),
    "CL": ("Fono", "Celular", "Tel."),
    "CO": ("Cel", "Teléfono", "Tel."),
    "PE": ("Celular", "Telf.", "Tel."),
    "NZ": ("Ph", "Mob", "Cell"),
    "PH": ("Cp no.", "Mobile", "Tel. no."),
    "TH": ("โทร", "มือถือ", "Tel"),
    "VN": ("ĐT", "Điện thoại", "SĐT"),
    "ID": ("Telp.", "HP", "No. HP"),
    "MY": ("Tel", "H/P", "Telefon"),
    "EG": ("تليفون", "Mobile", "Tel"),
    "MA": ("Tél", "GSM", "هاتف"),
    "PK": ("Cell", "Ph", "Mobile no."),
    "IE": ("Mob", "Ph", "Tel"),
    "CA": ("Tel", "Cell", "Tél."),
}


# ---------------------------------------------------------------------------------------------
# Phones in layouts nobody tuned on, each checked back
# ---------------------------------------------------------------------------------------------

STYLES = (
    "odd_groups_intl",
    "odd_groups_nat",
    "nbsp_intl",
    "thin_nat",
    "en_dash_intl",
    "slash_cc",
    "dash_cc",
    "tel_uri",
    "trunk_insert",
    "bracket_trunk_area",
    "exit00_groups",
    "dots_pairs",
    "library_nat",
    "library_intl",
)


def _groups(r: random.Random, digits: str) -> list[str]:
    """``digits`` cut into groups of 2-4 (never a lone digit left over); a North American
    number keeps its 3-3-4 (with the leading 1 apart), as nobody writes it otherwise."""
    if len(digits) in (10, 11) and digits[-10] in "23456789" and (len(digits) == 10 or digits[0] == "1"):
        head = [digits[0]] if len(digits) == 11 else []
        return [*head, digits[-10:-7], digits[-7:-4], digits[-4:]]
    out: list[str] = []
    i = 0
    while i < len(digits):
        left = len(digits) - i
        n = left if left <= 4 else r.choice([k for k in (2, 3, 4) if left - k != 1])
        out.append(digits[i : i + n])
        i += n
    return out


def _has_trunk(num: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL).lstrip("(").startswith("0")


def layout(r: random.Random, num: phonenumbers.PhoneNumber, style: str) -> tuple[str, str]:
    """(printed number, the digits it must contain in order)."""
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    trunk = "0" if _has_trunk(num) else ("1" if cc == "1" else "")
    if style in ("odd_groups_nat", "thin_nat", "bracket_trunk_area", "dots_pairs") and not trunk:
        style = "odd_groups_intl"
    # North America has no trunk 0 to insert, and its area code is bracketed without the 1.
    if cc == "1" and style in ("trunk_insert", "bracket_trunk_area"):
        style = "library_nat" if style == "bracket_trunk_area" else "odd_groups_intl"
    if style == "odd_groups_intl":
        return f"+{cc} " + " ".join(_groups(r, nsn)), cc + nsn
    if style == "odd_groups_nat":
        return " ".join(_groups(r, trunk + nsn)), trunk + nsn
    if style == "nbsp_intl":
        return f"+{cc}{NBSP}" + NBSP.join(_groups(r, nsn)), cc + nsn
    if style == "thin_nat":
        return THIN.join(_groups(r, trunk + nsn)), trunk + nsn
    if style == "en_dash_intl":
        return f"+{cc}{EN_DASH}" + EN_DASH.join(_groups(r, nsn)), cc + nsn
    if style == "slash_cc":
        return f"+{cc}/" + " ".join(_groups(r, nsn)), cc + nsn
    if style == "dash_cc":
        return f"+{cc}-{nsn}", cc + nsn
    if style == "tel_uri":
        return f"tel:+{cc}" + r.choice(("", "-")).join(_groups(r, nsn)), cc + nsn
    if style == "trunk_insert":
        g = _groups(r, nsn)
        return f"+{cc} (0) " + " ".join(g), cc + "0" + nsn
    if style == "bracket_trunk_area":
        g = _groups(r, nsn)
        return f"({trunk}{g[0]}) " + " ".join(g[1:]), trunk + nsn
    if style == "exit00_groups":
        exit_code = "011" if cc != "1" and r.random() < 0.3 else "00"
        if cc == "1":
            exit_code = "00"
        return f"{exit_code} {cc} " + " ".join(_groups(r, nsn)), exit_code + cc + nsn
    if style == "dots_pairs":
        full = trunk + nsn
        if cc == "1":
            return ".".join(_groups(r, nsn)), nsn
        first = 3 if len(full) % 2 else 2
        return full[:first] + "." + ".".join(full[i : i + 2] for i in range(first, len(full), 2)), full
    if style == "library_nat":
        nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        return nat, "".join(c for c in nat if c.isdigit())
    if style == "library_intl":
        intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        return intl, cc + nsn
    raise ValueError(style)


def _check(printed: str, want: str, num: phonenumbers.PhoneNumber) -> None:
    digits = "".join(c for c in printed if c.isdigit())
    assert digits == want, (printed, want)
    assert phonenumbers.is_valid_number(num)
    nsn = phonenumbers.national_significant_number(num)
    # The library's own national layout may insert or drop digits (Argentine mobiles' "15").
    assert digits.endswith(nsn) or phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL) == printed
    back = phonenumbers.parse("+" + str(num.country_code) + nsn, None)
    assert phonenumbers.is_valid_number(back) and back.national_number == num.national_number


def phone(r: random.Random, cc: str, style: str | None = None) -> str:
    num = _phone_obj(r, cc)
    out, want = layout(r, num, style or r.choice(STYLES))
    _check(out, want, num)
    return out


_EXT = (" x{e}", " ext. {e}", ";ext={e}", " #{e}", " poste {e}", " int. {e}", " Durchwahl -{e}", " доб. {e}", " (x{e})")


def with_ext(r: random.Random, number: str) -> str:
    return number + r.choice(_EXT).format(e=_r(r, D, r.choice((2, 3, 4, 5))))


#: Toll-free vanity numbers: (letters as printed, digits).
_VANITY_WORDS = ("FLOWERS", "CONTACT", "GETHELP", "PLUMBER", "DENTIST", "LAWYERS", "RENTALS", "TAXIS4U")
_KEYPAD = {c: str(d) for d, cs in ((2, "ABC"), (3, "DEF"), (4, "GHI"), (5, "JKL"), (6, "MNO"), (7, "PQRS"), (8, "TUV"), (9, "WXYZ")) for c in cs}  # fmt: skip


def vanity(r: random.Random) -> str:
    word = r.choice(_VANITY_WORDS)
    prefix = r.choice(("800", "888", "877", "866"))
    digits = "".join(_KEYPAD.get(c, c) for c in word)
    num = phonenumbers.parse(f"+1{prefix}{digits}", None)
    assert phonenumbers.is_valid_number(num), word
    return r.choice((f"1-{prefix}-{word}", f"{prefix}-{word[:3]}-{word[3:]}", f"1 ({prefix}) {word}"))


def _cc(r: random.Random) -> str:
    return r.choice(REGIONS)


# ---------------------------------------------------------------------------------------------
# Other validated entities in new layouts
# ---------------------------------------------------------------------------------------------


def iban_new(r: random.Random) -> str:
    c = iban_compact(r, r.choice(("DE", "FR", "ES", "IT", "NL", "GB", "PL", "AT", "BE", "CH")))
    assert std_iban.is_valid(c)
    style = r.randrange(4)
    if style == 0:
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4)).lower()
    if style == 1:
        return "-".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == 2:
        return NBSP.join(c[i : i + 4] for i in range(0, len(c), 4))
    return c


def card_new(r: random.Random) -> str:
    raw = "".join(c for c in card(r) if c.isdigit())
    assert luhn.is_valid(raw)
    if len(raw) != 16:
        return raw
    style = r.randrange(4)
    if style == 0:
        return NBSP.join(raw[i : i + 4] for i in range(0, 16, 4))
    if style == 1:
        return ".".join(raw[i : i + 4] for i in range(0, 16, 4))
    if style == 2:
        return "  ".join(raw[i : i + 4] for i in range(0, 16, 4))
    return raw


def ssn_new(r: random.Random) -> str:
    v = ssn_value(r)
    d = "".join(c for c in v if c.isdigit())
    assert ssn.is_valid(d)
    return r.choice(
        (f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d, f"{d[:3]}{EN_DASH}{d[3:5]}{EN_DASH}{d[5:]}")
    )


def nhs_new(r: random.Random) -> str:
    v = nhs_value(r)
    d = "".join(c for c in v if c.isdigit())
    assert nhs.is_valid(d)
    return r.choice((v, d, f"{d[:3]}{NBSP}{d[3:6]}{NBSP}{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------


def phone_shaped_ref(r: random.Random, regions: tuple[str, ...]) -> str:
    for _ in range(1000):
        shape = r.randrange(5)
        if shape == 0:
            s = f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 4)}"
        elif shape == 1:
            s = f"{_r(r, D, 2)} {_r(r, D, 4)} {_r(r, D, 4)}"
        elif shape == 2:
            s = f"{_r(r, D, 4)}-{_r(r, D, 6)}"
        elif shape == 3:
            s = f"{_r(r, D, 3)}/{_r(r, D, 7)}"
        else:
            s = f"{_r(r, D, 2)}.{_r(r, D, 2)}.{_r(r, D, 2)}.{_r(r, D, 2)}.{_r(r, D, 2)}"
        if _invalid_for(s, regions):
            return s
    raise RuntimeError("phone_shaped_ref")


def booking_ref(r: random.Random) -> str:
    return r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 3)}-{_r(r, D, 3)}",
            f"BK{_r(r, D, 9)}",
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}",
            f"{r.randint(2023, 2026)}{_r(r, D, 7)}",
            f"{_r(r, UP, 6)}",
        )
    )


def order_ref(r: random.Random) -> str:
    return r.choice(
        (
            f"{_r(r, D, 2)}-{_r(r, D, 5)}-{_r(r, D, 5)}",
            f"No. {_r(r, D, 11)}",
            f"{_r(r, D, 6)}/{r.randint(2023, 2026)}",
            f"{_r(r, D, 3)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"WO-{_r(r, D, 4)}-{_r(r, D, 4)}",
        )
    )


def time_(r: random.Random) -> str:
    h, m = r.randint(0, 23), r.randint(0, 59)
    return r.choice(
        (f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}", f"{h}h{m:02d}", f"{h:02d}.{m:02d} Uhr")
    )


def timestamp(r: random.Random) -> str:
    y, mo, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        (
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+0{r.randint(0, 9)}:00",
            f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            f"{r.randint(1_600_000_000, 1_800_000_000)}.{_r(r, D, 6)}",
            f"{r.randint(1_600_000_000_000, 1_800_000_000_000)}",
            f"{d:02d}-{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]}-{y} {h:02d}:{mi:02d}:{s:02d}",
            f"{y}{mo:02d}{d:02d}-{h:02d}{mi:02d}{s:02d}",
        )
    )


def version(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 300)}",
            f"v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 9)}",
            f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(1, 31)}",
            f"{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(1000, 99999)}.{r.randint(1000, 9999)}",
            f"build {r.randint(10000, 99999)}.{r.randint(100, 999)}",
        )
    )


def amount(r: random.Random) -> str:
    big = r.randint(10_000, 99_999_999)
    c = r.randint(0, 99)
    sp = f"{big:,}".replace(",", " ")
    ch = f"{big:,}".replace(",", "'")
    return r.choice(
        (
            f"{sp},{c:02d} zł",
            f"CHF {ch}.{c:02d}",
            f"R {sp}.{c:02d}",
            f"₹{big:,}",
            f"{big:,} VND",
            f"¥{big:,}",
            f"{sp} ₽",
        )
    )


def isbn_any(r: random.Random) -> str:
    body = r.choice(("978", "979")) + _r(r, D, 9)
    full = body + ean.calc_check_digit(body)
    assert isbn.is_valid(full)
    ten = isbn.to_isbn10(full) if full.startswith("978") else None
    return r.choice(tuple(x for x in (isbn.format(full), full, ten, ten and isbn.format(ten)) if x))


def coords(r: random.Random) -> str:
    la, lo = r.uniform(-50, 65), r.uniform(-160, 170)
    return r.choice(
        (
            f"{la:.6f},{lo:.6f}",
            f"({la:.5f}, {lo:.5f})",
            f"lat={la:.6f}&lon={lo:.6f}",
            f"{abs(la):.4f}°N {abs(lo):.4f}°E",
        )
    )


def url_id(r: random.Random) -> str:
    return r.choice(
        (
            f"https://shop.example.com/orders/{_r(r, D, 10)}",
            f"https://support.example.org/tickets/{_r(r, D, 9)}?ref={_r(r, D, 8)}",
            f"https://www.example.net/p/{_r(r, D, 11)}/details",
            f"/api/v2/users/{_r(r, D, 10)}/invoices/{_r(r, D, 7)}",
        )
    )


def ein_value(r: random.Random) -> str:
    while True:
        d = r.choice(("12", "20", "27", "45", "46", "47", "52", "54", "81", "84", "93")) + _r(r, D, 7)
        if ein.is_valid(d):
            return f"{d[:2]}-{d[2:]}"


def nhs_fail_any(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + _r(r, D, 9)
        if not nhs.is_valid(d):
            return r.choice((f"{d[:3]} {d[3:6]} {d[6:]}", d))


def luhn_fail(r: random.Random) -> str:
    while True:
        d = r.choice(("4", "51", "37")) + _r(r, D, 14)
        d = d[:16]
        if not luhn.is_valid(d):
            return r.choice((" ".join(d[i : i + 4] for i in range(0, 16, 4)), d))


def iban_fail(r: random.Random) -> str:
    c = iban_compact(r, r.choice(("DE", "FR", "NL", "ES")))
    bad = c[:-2] + f"{(int(c[-2:]) + r.randint(1, 98)) % 100:02d}"
    if std_iban.is_valid(bad):
        bad = c[:-1] + str((int(c[-1]) + 1) % 10)
    assert not std_iban.is_valid(bad)
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))


def ssn_never(r: random.Random) -> str:
    """3-2-4 numbers the SSA never issues: area 000, 666 or 9xx, group 00, serial 0000."""
    kind = r.randrange(4)
    a = r.choice(("000", "666", f"9{_r(r, D, 2)}")) if kind == 0 else f"{r.randint(1, 665):03d}"
    g = "00" if kind == 1 else f"{r.randint(1, 99):02d}"
    s = "0000" if kind == 2 else f"{r.randint(1, 9999):04d}"
    if kind == 3:
        a = f"9{_r(r, D, 2)}"
    d = a + g + s
    assert not ssn.is_valid(d)
    return f"{a}-{g}-{s}"


def dashed_ref(r: random.Random) -> str:
    return f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


@family
def f_csv_contacts(r: random.Random) -> _Builder:
    """A CSV export with a quoted phone column beside order, amount and date columns."""
    b = _Builder().t("customer_id,name,phone,last_order,total,updated\n")
    for _ in range(r.randint(2, 4)):
        cc = _cc(r)
        b.t(f'{r.randint(10000, 999999)},"{r.choice(_NAMES)}","').p("PHONE", phone(r, cc)).t('",')
        b.lk("order", order_ref(r)).t(',"').lk("amount", amount(r)).t('",').lk("timestamp", timestamp(r)).t("\n")
    return b


@family
def f_json_profile(r: random.Random) -> _Builder:
    """A JSON user profile: phone under a key, ids, a version, a URL with a numeric id."""
    cc = _cc(r)
    who = r.choice(_NAMES)
    key = r.choice(("phone", "phoneNumber", "msisdn", "mobile", "contact_no", "tel"))
    b = _Builder().t('{"id": ').lk("id", _r(r, D, 10)).t(f', "name": "{who}", "{key}": "')
    b.p("PHONE", phone(r, cc)).t('", "email": "').p("EMAIL", email(r, who)).t('", "app_version": "')
    b.lk("version", version(r)).t('", "profile_url": "').lk("url_id", url_id(r)).t('"}')
    return b


@family
def f_vcard(r: random.Random) -> _Builder:
    """A vCard: TEL lines with types and tel: URIs, a revision timestamp."""
    cc = _cc(r)
    who = r.choice(_NAMES)
    b = _Builder().t(f"BEGIN:VCARD\nVERSION:4.0\nFN:{who}\nTEL;TYPE=cell:").p("PHONE", phone(r, cc, "tel_uri"))
    b.t("\nTEL;TYPE=work,voice:").p("PHONE", phone(r, cc)).t("\nREV:").lk("timestamp", timestamp(r)).t("\nEND:VCARD")
    return b


@family
def f_html_links(r: random.Random) -> _Builder:
    """A web page footer: href="tel:" links with the shown number, an order-tracking URL."""
    cc = _cc(r)
    shown = phone(r, cc)
    b = _Builder().t('<footer><a href="').p("PHONE", phone(r, cc, "tel_uri")).t('">').p("PHONE", shown)
    b.t('</a> · <a href="').lk("url_id", url_id(r)).t('">Track order</a> · © ').lk("year", str(r.randint(2015, 2026)))
    b.t("</footer>")
    return b


@family
def f_world_labels(r: random.Random) -> _Builder:
    """A phone after its language's own label; a booking reference in the same line."""
    cc = _cc(r)
    b = _Builder().t(f"{r.choice(LABELS[cc])}: ").p("PHONE", phone(r, cc))
    b.t(r.choice((" · Ref ", " | Booking ", " / No. ", "  #"))).lk("booking", booking_ref(r))
    return b


@family
def f_signature_ext(r: random.Random) -> _Builder:
    """A signature: direct line with an extension of any spelling, mobile, fax."""
    cc = _cc(r)
    who = r.choice(_NAMES)
    b = _Builder().t(f"--\n{who}\nAccounts Receivable\n")
    b.t(r.choice(("Direct: ", "T. ", "Office ", "Ph. "))).p("PHONE", with_ext(r, phone(r, cc))).t("\n")
    b.t(r.choice(("M. ", "Mobile ", "Cell: "))).p("PHONE", phone(r, cc)).t("\n")
    b.t("Invoice queries: quote ").lk("invoice", order_ref(r))
    return b


@family
def f_log_lines(r: random.Random) -> _Builder:
    """Service log lines: ISO timestamps, versions, request ids, a callee number unlabelled."""
    cc = _cc(r)
    b = _Builder().lk("timestamp", timestamp(r)).t(" svc=voice-gw ver=").lk("version", version(r))
    b.t(" call.start callee=").p("PHONE", phone(r, cc, r.choice(("library_intl", "dash_cc", "odd_groups_intl"))))
    b.t(" dur_ms=").lk("count", str(r.randint(1000, 9_999_999))).t(" trace=").lk("trace", _r(r, HEX, 16)).t("\n")
    b.lk("timestamp", timestamp(r)).t(" svc=billing charge=").lk("amount", amount(r)).t(" ok\n")
    return b


@family
def f_chat_no_label(r: random.Random) -> _Builder:
    """A chat line with the number and no phone word; the order number a line above."""
    cc = _cc(r)
    b = _Builder().t("me: the order was ").lk("order", order_ref(r)).t(" placed at ").lk("time", time_(r))
    b.t("\nme: ").t(r.choice(("just ring ", "try ", "whatsapp me ", "i'm on ", "use this one: ")))
    b.p("PHONE", phone(r, cc)).t(r.choice((" thx", " after 6", "", " pls")))
    return b


@family
def f_vanity(r: random.Random) -> _Builder:
    """An ad with a vanity toll-free number and its digits; a promo code and a price."""
    b = _Builder().t("Call ").p("PHONE", vanity(r)).t(" today! Promo code ").lk("promo", _r(r, UP + D, 8))
    b.t(" — from ").lk("amount", f"${r.randint(19, 999)}.{r.randint(0, 99):02d}").t(". Offer ends ").lk("date", date(r))
    b.t(". Local office: ").p("PHONE", phone(r, "CA", r.choice(("library_nat", "dots_pairs", "odd_groups_intl"))))
    return b


@family
def f_yaml_oncall(r: random.Random) -> _Builder:
    """A YAML on-call roster: phones quoted and unquoted, rotation ids and times."""
    b = _Builder().t("oncall:\n")
    for _ in range(r.randint(2, 3)):
        cc = _cc(r)
        q = r.choice(('"', "'", ""))
        b.t(f"  - name: {r.choice(_NAMES)}\n    phone: {q}").p("PHONE", phone(r, cc)).t(f"{q}\n")
        b.t("    shift: ").lk("time", time_(r)).t("\n    rotation: ").lk("id", _r(r, D, 9)).t("\n")
    return b


@family
def f_tin_column(r: random.Random) -> _Builder:
    """A vendor table: EIN in the TIN column, phone, invoice; one row a sole proprietor with an SSN."""
    b = _Builder().t("Vendor | TIN | Phone | Last invoice\n")
    for i in range(r.randint(2, 4)):
        b.t(f"{r.choice(_NAMES)} LLC | ").lk("ein", ein_value(r)).t(" | ")
        b.p("PHONE", phone(r, r.choice(("CA", "IE", "NZ")))).t(" | ").lk("invoice", order_ref(r)).t("\n")
        if i == 0 and r.random() < 0.5:
            b.t(f"{r.choice(_NAMES)} (sole prop.) | SSN ").p("US_SSN", ssn_new(r)).t(" | ").p("PHONE", phone(r, "CA"))
            b.t(" | ").lk("invoice", order_ref(r)).t("\n")
    return b


@family
def f_shipping_label(r: random.Random) -> _Builder:
    """A shipping label: tracking barcodes, weights, dimensions, consignee phone."""
    cc = _cc(r)
    b = _Builder().t("AWB ").lk("tracking", phone_shaped_ref(r, (cc,))).t("\nConsignee tel ").p("PHONE", phone(r, cc))
    b.t("\nDims ").lk("dims", f"{r.randint(10, 120)}x{r.randint(10, 80)}x{r.randint(5, 60)} cm")
    b.t("  Gross ").lk("amount", f"{r.randint(1, 99)},{r.randint(0, 9)} kg").t("\nRef ").lk("order", order_ref(r))
    return b


@family
def f_card_contexts(r: random.Random) -> _Builder:
    """Cards in a JSON body, a form echo and a chat; a Luhn-failing number called a typo."""
    b = _Builder()
    style = r.randrange(3)
    if style == 0:
        b.t('{"payment": {"pan": "').p("CREDIT_CARD", card_new(r)).t('", "exp": "')
        b.lk("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}").t('", "amount": "').lk("amount", amount(r))
        b.t('"}}')
    elif style == 1:
        b.t("Kartennummer: ").p("CREDIT_CARD", card_new(r)).t("\nBetrag: ").lk("amount", amount(r))
        b.t("\nBestellnummer: ").lk("order", order_ref(r))
    else:
        b.t("sorry the first one ").lk("card_luhn_fail", luhn_fail(r)).t(" was a typo, use ")
        b.p("CREDIT_CARD", card_new(r)).t(" instead")
    return b


@family
def f_iban_contexts(r: random.Random) -> _Builder:
    """IBANs lower-cased, dashed or with non-breaking spaces; a mistyped one said to bounce."""
    b = _Builder().t(r.choice(("Bankverbindung: ", "RIB / IBAN : ", "Please pay to ", "iban=")))
    b.p("IBAN", iban_new(r)).t("\nThe old account ").lk("iban_fail", iban_fail(r)).t(" bounced on ").lk("date", date(r))
    b.t(". Amount ").lk("amount", amount(r))
    return b


@family
def f_ssn_contexts(r: random.Random) -> _Builder:
    """SSNs on forms and in JSON; never-issued 3-2-4 numbers and dashed references beside them."""
    b = _Builder()
    style = r.randrange(3)
    if style == 0:
        b.t('{"applicant": {"ssn": "').p("US_SSN", ssn_new(r)).t('", "case": "').lk("case", dashed_ref(r)).t('"}}')
    elif style == 1:
        b.t("SS# ").p("US_SSN", ssn_new(r)).t(" (test record ").lk("ssn_never", ssn_never(r)).t(" removed)")
    else:
        b.t("Claim ").lk("claim", dashed_ref(r)).t(" filed for member with social ").p("US_SSN", ssn_new(r))
    return b


@family
def f_nhs_contexts(r: random.Random) -> _Builder:
    """NHS numbers in clinic letters and tables, with and without the word NHS; mod-11 failures
    labelled as hospital or order numbers."""
    b = _Builder()
    style = r.randrange(3)
    if style == 0:
        b.t("Patient: ").t(r.choice(_NAMES)).t("\nNHS No: ").p("UK_NHS", nhs_new(r))
        b.t("\nHospital no: ").lk("hospital_no", nhs_fail_any(r)).t("\nClinic date: ").lk("date", date(r))
    elif style == 1:
        b.t("| Name | NHS number | Ward |\n|---|---|---|\n| ").t(r.choice(_NAMES)).t(" | ")
        b.p("UK_NHS", nhs_new(r)).t(f" | {r.randint(1, 30)} |")
    else:
        b.t("Patient identifier ").p("UK_NHS", nhs_new(r)).t(", GP practice ").lk("practice", f"Y{_r(r, D, 5)}")
        b.t(", order ").lk("order", nhs_fail_any(r))
    return b


@family
def f_dates_times(r: random.Random) -> _Builder:
    """A schedule: dates in many layouts, times, durations and a contact number."""
    cc = _cc(r)
    b = _Builder().t("Schedule ").lk("date", date(r)).t(" – ").lk("date", date(r)).t("\nSlots ")
    b.lk("time", time_(r)).t(", ").lk("time", time_(r)).t("\nUpdated ").lk("timestamp", timestamp(r))
    b.t("\nQuestions? ").p("PHONE", phone(r, cc))
    return b


@family
def f_geo_isbn(r: random.Random) -> _Builder:
    """A bookshop listing: ISBNs, coordinates of the shop, the shop's phone in its region's layout."""
    cc = _cc(r)
    b = _Builder().t("ISBN ").lk("isbn", isbn_any(r)).t(" / ").lk("isbn", isbn_any(r))
    b.t("\nShop at ").lk("coords", coords(r)).t("\n").t(r.choice(LABELS[cc])).t(" ").p("PHONE", phone(r, cc))
    return b


@family
def f_ip_versions(r: random.Random) -> _Builder:
    """An incident note: a public client IP (PII), versions, build numbers, the reporter's phone."""
    cc = _cc(r)
    b = _Builder().t("Client ").p("IP_ADDRESS", public_ip(r)).t(" on app ").lk("version", version(r))
    b.t(", kernel ").lk("version", version(r)).t(".\nReporter phone ").p("PHONE", phone(r, cc))
    b.t(", ticket ").lk("ticket", booking_ref(r))
    return b


@family
def f_phone_shaped_refs(r: random.Random) -> _Builder:
    """Phone-shaped references under their own labels, then the real number under 'callback'."""
    cc = _cc(r)
    b = _Builder().t(r.choice(("Order ", "Invoice no. ", "Tracking ", "Reference: ", "Case ")))
    b.lk("ref", phone_shaped_ref(r, (cc, "US", "GB"))).t(" — ").t(r.choice(("Policy ", "Contract ", "Account ref ")))
    b.lk("ref", phone_shaped_ref(r, (cc, "US", "GB"))).t("\ncallback ").p("PHONE", phone(r, cc))
    return b


@family
def f_sms_gateway(r: random.Random) -> _Builder:
    """An SMS gateway CSV: msisdn in E.164 without plus, message id, epoch timestamps."""
    b = _Builder().t("msisdn;msg_id;sent_at;status\n")
    for _ in range(r.randint(2, 4)):
        num = _phone_obj(r, _cc(r))
        d = f"{num.country_code}{phonenumbers.national_significant_number(num)}"
        assert phonenumbers.is_valid_number(phonenumbers.parse("+" + d, None))
        b.p("PHONE", d).t(";").lk("msg_id", _r(r, D, 12)).t(";").lk("timestamp", timestamp(r)).t(";DELIVRD\n")
    return b


@family
def f_url_ids(r: random.Random) -> _Builder:
    """Numeric ids in URLs and paths, a phone in a query string."""
    cc = _cc(r)
    num = phone(r, cc, "dash_cc")
    b = _Builder().t("GET ").lk("url_id", url_id(r)).t(" 200\nGET /callback?to=").p("PHONE", num)
    b.t(f"&lang={cc.lower()} 302\nGET ").lk("url_id", url_id(r)).t(" 404")
    return b


HELDOUT = FAMILIES.every(5)


# ---------------------------------------------------------------------------------------------
# A blind check written after the rule changes (2026-12-07 ~13:10 UTC, branch j93): the held-out
# families above were printed once by the bench half-way through the changes, so this check, in
# places none of the families used (XML, SQL, Markdown bullets, HTTP headers and query strings,
# a financial report), is the figure for the rules as they ended. All of it is held out.
# ---------------------------------------------------------------------------------------------

AFTER_FAMILIES = Families("a_")
after = AFTER_FAMILIES.add


@after
def a_xml_contacts(r: random.Random) -> _Builder:
    """An XML customer record: phone elements and attributes, an IBAN, an order id."""
    cc = _cc(r)
    tag = r.choice(("phone", "telephone", "mobileNumber", "msisdn", "Tel"))
    b = _Builder().t(f'<customer id="{_r(r, D, 8)}">\n  <name>{r.choice(_NAMES)}</name>\n  <{tag}>')
    b.p("PHONE", phone(r, cc)).t(f"</{tag}>\n  <lastOrder>").lk("order", order_ref(r)).t("</lastOrder>\n  <iban>")
    b.p("IBAN", iban_new(r)).t("</iban>\n  <updated>").lk("timestamp", timestamp(r)).t("</updated>\n</customer>")
    return b


@after
def a_sql_insert(r: random.Random) -> _Builder:
    """A SQL insert pasted from a migration: phone, card, SSN columns; an amount and a date."""
    b = _Builder().t("INSERT INTO customers (name, phone, card_number, ssn, balance, created) VALUES\n")
    for i in range(r.randint(1, 3)):
        b.t(f"  ('{r.choice(_NAMES)}', '").p("PHONE", phone(r, _cc(r))).t("', '").p("CREDIT_CARD", card_new(r))
        b.t("', '").p("US_SSN", ssn_new(r)).t("', ").lk("amount", f"{r.randint(100, 99999)}.{r.randint(0, 99):02d}")
        b.t(", '").lk("date", date(r)).t("')").t(",\n" if i < 2 else ";\n")
    return b


@after
def a_markdown_bullets(r: random.Random) -> _Builder:
    """A Markdown contact card with bold labels, and the booking it is about."""
    cc = _cc(r)
    b = _Builder().t(f"### {r.choice(_NAMES)}\n- **{r.choice(LABELS[cc])}:** ").p("PHONE", phone(r, cc))
    b.t("\n- **Booking:** ").lk("booking", booking_ref(r)).t("\n- **Arrival:** ").lk("date", date(r))
    b.t(" ").lk("time", time_(r)).t("\n- **E-mail:** ").p("EMAIL", email(r, "Ana Silva"))
    return b


@after
def a_http_request(r: random.Random) -> _Builder:
    """An HTTP request dump: a caller-id header, a query string with the number, request ids."""
    cc = _cc(r)
    num = _phone_obj(r, cc)
    e164 = f"+{num.country_code}{phonenumbers.national_significant_number(num)}"
    b = _Builder().t("POST /v1/verify?channel=sms&phone=").p("PHONE", e164).t(" HTTP/1.1\nX-Request-Id: ")
    b.lk("request_id", _r(r, D, 12)).t("\nX-Caller-Id: ").p("PHONE", phone(r, cc)).t("\nContent-Length: ")
    b.lk("count", str(r.randint(100, 9999))).t("\nDate: ").lk("timestamp", timestamp(r)).t("\n")
    return b


@after
def a_finance_report(r: random.Random) -> _Builder:
    """A quarterly report's figures: amounts, percentages, ISINs' digits, lot numbers, a fiscal
    code shaped like a phone, and the investor relations line."""
    cc = _cc(r)
    b = _Builder().t("Revenue ").lk("amount", amount(r)).t(" (+").lk("pct", f"{r.randint(1, 40)}.{r.randint(0, 9)}%")
    b.t(")\nLot ").lk("lot", phone_shaped_ref(r, (cc, "US", "GB"))).t(" / batch ").lk("lot", order_ref(r))
    b.t("\nGTIN ").lk("gtin", isbn_any(r)).t("\nInvestor relations: ").p("PHONE", phone(r, cc))
    b.t("\nNHS supplier ref ").lk("nhs_fail", nhs_fail_any(r))
    return b


AFTER = BlindCheck.after(AFTER_FAMILIES, show_failures=False)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT, (AFTER,))
build, build_after = ROUND.build, ROUND.build_after


if __name__ == "__main__":
    ROUND.main()

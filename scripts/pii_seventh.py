"""A seventh blind PII set, about phone numbers and the numbers that look like them (issue #14's
PII goals: recall >= 0.97 per validated entity, <= 1% of look-alikes flagged as anything).

Written on 2026-12-07 ~00:05 UTC (branch i44) *before* reading the phone rules of ``pii.py``,
from docs/policy.md's promises only; its values come from its own generators. Phones of 30
countries in the layouts people write them in (``+CC``, ``00CC``, national with the trunk 0,
``+CC (0)``, spaces, dots, dashes, slashes, brackets, extensions such as ``ext.``, ``x``, ``#``,
``Durchwahl``, ``poste``, ``interno``), next to the phone words of their languages ("Tel.",
"Tél.", "Telf.", "tlf.", "puh.", "Tfn", "tel. kom.", "Τηλ.", "тел.", "電話", "携帯", "전화",
"电话", "Cep" ...), in e-mail signatures, letterheads, contact tables, chats (WhatsApp /
Telegram / Signal), listings, schedules, several on one line. Every positive is a valid number
for ``phonenumbers`` (the number is drawn from the region's own example number with its tail
redrawn until ``is_valid_number`` and the same number type, and the printed text is parsed back
and checked). National numbers of countries other than US/GB are written next to a phone word or
in a contact layout, as docs/policy.md requires.

Look-alikes, the reason for the set: dates and times in every common layout (``13.10.2024``,
``13/10/2024``, ``2024.10.13``, ``10/13/2024``, ``13.10.24``, ``2024年10月13日``, ``13:10:24``,
``13.10 Uhr``), date, time and year ranges, version numbers, amounts, measurements, coordinates,
ISBNs, order / tracking / invoice numbers, bank sort codes and BLZ, postcodes with house numbers,
scores, page ranges, serials, NHS-shaped numbers failing mod 11 (3-3-4 with dashes, spaces,
dots), patents (``DE 10 2019 123 456.7``, ``EP 3 456 789 B1``, ``WO 2020/123456``), standards
(``EN 13432``, ``ISO 27001:2022``, ``DIN EN ISO 9001``), German tax numbers (``21/815/08150``),
company registers, meeting ids, flight numbers and big counts. IP addresses and e-mails are
labelled as their own entities.

Scoring is ``pii_rounds.evaluate``: a PII span is found when a detection of its entity overlaps it;
a look-alike span is flagged when any detection overlaps it. Every 4th family
(``FAMILIES.every(4)``) is held out, fixed when the set was written, and never used to change a rule.

Run: ``PYTHONPATH=. python scripts/pii_seventh.py`` (``--failures`` lists the tuning part's misses
and flags; ``--heldout`` adds the held-out part, ``--heldout-failures`` its misses).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean, isbn
from stdnum.gb import nhs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_rounds import UP, D, Families, Round, _Builder  # noqa: E402
from pii_rounds import random_chars as _r

SEED = 20261208
PER_FAMILY = 30


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

#: Country -> its language (for the phone words) and the layouts its people write.
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "US": ("en", ("us_paren", "us_dash", "us_dot", "us_one", "intl", "e164", "intl_dash")),
    "CA": ("en", ("us_paren", "us_dash", "us_dot", "intl")),
    "GB": ("en", ("national", "intl", "trunk0", "exit00", "e164", "nat_plain")),
    "IE": ("en", ("national", "intl", "trunk0", "exit00")),
    "AU": ("en", ("national", "intl", "nat_paren", "e164")),
    "NZ": ("en", ("national", "intl", "trunk0")),
    "IN": ("en", ("intl", "national", "e164", "intl_dash")),
    "ZA": ("en", ("national", "intl", "trunk0")),
    "SG": ("en", ("intl", "national", "e164")),
    "DE": ("de", ("national", "intl", "trunk0", "exit00", "nat_slash", "nat_dash", "intl_dash", "nat_paren")),
    "AT": ("de", ("national", "intl", "trunk0", "nat_slash", "exit00")),
    "CH": ("de", ("national", "intl", "trunk0", "exit00")),
    "FR": ("fr", ("national", "nat_dots", "intl", "trunk0", "exit00", "nat_dash")),
    "BE": ("fr", ("national", "nat_dots", "intl", "trunk0", "nat_slash")),
    "ES": ("es", ("national", "intl", "exit00", "nat_dots", "e164")),
    "MX": ("es", ("national", "intl", "e164")),
    "IT": ("it", ("national", "intl", "exit00", "nat_dots", "nat_slash")),
    "NL": ("nl", ("national", "intl", "trunk0", "nat_dash", "exit00")),
    "PT": ("pt", ("national", "intl", "exit00")),
    "BR": ("pt", ("national", "intl", "e164")),
    "PL": ("pl", ("national", "intl", "exit00", "nat_dash")),
    "SE": ("sv", ("national", "intl", "trunk0", "nat_dash")),
    "NO": ("no", ("national", "intl", "exit00")),
    "DK": ("da", ("national", "intl", "exit00")),
    "FI": ("fi", ("national", "intl", "trunk0")),
    "JP": ("ja", ("national", "intl")),
    "KR": ("ko", ("national", "intl")),
    "CN": ("zh", ("national", "intl")),
    "TR": ("tr", ("national", "intl", "exit00")),
    "CZ": ("cs", ("national", "intl", "exit00")),
    "GR": ("el", ("national", "intl", "exit00")),
}

#: Language -> phone words as they stand before a number (the trailing space or colon included).
WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Tel: ", "Phone: ", "Mobile: ", "Cell: ", "call me on ", "M: ", "T: ", "Ph. ", "text me at "),
    "de": ("Tel.: ", "Telefon: ", "Mobil: ", "Handy: ", "Tel. ", "ruf mich an unter ", "erreichbar unter "),
    "fr": ("Tél. : ", "Portable : ", "Tél : ", "appelez-moi au ", "Mobile : ", "Standard : "),
    "es": ("Telf.: ", "Tel.: ", "Móvil: ", "Teléfono: ", "llámame al ", "Tlf. "),
    "it": ("Tel. ", "Cell. ", "cellulare: ", "chiamami al ", "Telefono: "),
    "nl": ("Tel.: ", "Mobiel: ", "Telefoon: ", "bel me op ", "T "),
    "pt": ("Tel.: ", "Telemóvel: ", "Celular: ", "ligue para ", "Telefone: "),
    "pl": ("tel. ", "tel. kom. ", "Telefon: ", "zadzwoń pod ", "Tel.: "),
    "sv": ("Tfn: ", "Mobil: ", "Telefon: ", "ring mig på ", "Tel. "),
    "no": ("tlf. ", "Tlf: ", "Mobil: ", "ring meg på ", "Telefon: "),
    "da": ("tlf. ", "Tlf.: ", "Mobil: ", "ring på ", "Telefon: "),
    "fi": ("puh. ", "Puh: ", "GSM ", "matkapuhelin: ", "soita numeroon "),
    "ja": ("電話: ", "TEL: ", "携帯: ", "電話番号：", "Tel "),
    "ko": ("전화: ", "휴대폰: ", "연락처: ", "Tel. "),
    "zh": ("电话: ", "手机: ", "联系电话：", "Tel: "),
    "tr": ("Tel: ", "Cep: ", "Telefon: ", "Cep tel. "),
    "cs": ("tel.: ", "mobil: ", "Telefon: ", "tel. č. "),
    "el": ("Τηλ.: ", "Κιν.: ", "τηλέφωνο: ", "Tel. "),
}

#: Extension words per language, written after the number.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "en": (" ext. ", " x", " ext ", " #", " Ext: ", " extension "),
    "de": (" Durchwahl ", " DW ", "-"),
    "fr": (" poste ", " p. "),
    "es": (" ext. ", " extensión "),
    "it": (" interno ", " int. "),
    "nl": (" toestel ", " tst. "),
    "pt": (" ramal ", " ext. "),
}

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)


def _phone_obj(r: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    kind = r.choice(_TYPES)
    ex = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    assert ex is not None, cc
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(5000):
        keep = r.randint(1, 3)
        cand = nsn[:keep] + _r(r, D, len(nsn) - keep)
        try:
            num = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != cc:
            continue
        if phonenumbers.number_type(num) not in (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            continue
        if cc in ("US", "CA") and cand[3:6] == "555":
            continue
        if len(set(cand)) < 4:
            continue
        return num
    raise RuntimeError(cc)


def _layout(num: phonenumbers.PhoneNumber, cc: str, style: str) -> str:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    code = str(num.country_code)
    rest = intl[len(code) + 2 :]
    nsn = phonenumbers.national_significant_number(num)
    if style in ("trunk0", "nat_slash", "nat_paren") and not nat.startswith("0"):
        style = "intl"
    if style == "intl":
        return intl
    if style == "e164":
        return f"+{code}{nsn}"
    if style == "exit00":
        return f"00{code} {rest}"
    if style == "intl_dash":
        return "+" + code + "-" + rest.replace(" ", "-")
    if style == "trunk0":
        return f"+{code} (0){rest}"
    if style == "national":
        return nat
    if style == "nat_plain":
        return "".join(c for c in nat if c.isdigit())
    if style == "nat_dots":
        return nat.replace(" ", ".")
    if style == "nat_dash":
        return nat.replace(" ", "-")
    if style == "nat_slash":
        area, _, tail = nat.partition(" ")
        return f"{area} / {tail}" if " " in tail else f"{area}/{tail}"
    if style == "nat_paren":
        area, _, tail = nat.partition(" ")
        return f"({area}) {tail}"
    if style == "us_paren":
        return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
    if style == "us_dash":
        return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    if style == "us_dot":
        return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
    if style == "us_one":
        return f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    raise ValueError(style)


def _check(printed: str, cc: str, num: phonenumbers.PhoneNumber) -> None:
    """The printed text parses back (the bracketed trunk 0 dropped) to the same valid number."""
    text = printed.replace("(0)", "")
    if text.startswith("00"):
        text = "+" + text[2:]
    back = phonenumbers.parse(text, cc)
    assert phonenumbers.is_valid_number(back), printed
    assert back.national_number == num.national_number, (printed, back, num)


def phone(r: random.Random, cc: str, style: str | None = None) -> str:
    num = _phone_obj(r, cc)
    out = _layout(num, cc, style or r.choice(COUNTRIES[cc][1]))
    _check(out, cc, num)
    return out


def lang(cc: str) -> str:
    return COUNTRIES[cc][0]


def word(r: random.Random, cc: str) -> str:
    return r.choice(WORDS[lang(cc)])


def ext(r: random.Random, cc: str) -> str:
    return r.choice(EXTENSIONS.get(lang(cc), EXTENSIONS["en"])) + _r(r, D, r.choice((2, 3, 3, 4)))


def country(r: random.Random, langs: tuple[str, ...] | None = None) -> str:
    pool = [c for c, (lg, _) in COUNTRIES.items() if langs is None or lg in langs]
    return r.choice(pool)


# ---------------------------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------------------------


def _dmy(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(1995, 2027)


def _date(r: random.Random) -> str:
    d, m, y = _dmy(r)
    return r.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{m}-{d}-{y}",
            f"{y}年{m}月{d}日",
            f"{y}{m:02d}{d:02d}",
        )
    )


def _time(r: random.Random) -> str:
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        (
            f"{h:02d}:{m:02d}:{s:02d}",
            f"{h:02d}:{m:02d}",
            f"{h}.{m:02d} Uhr",
            f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            f"{h:02d}h{m:02d}",
            f"{h:02d}:{m:02d}:{s:02d}.{_r(r, D, 3)}",
        )
    )


def _datetime(r: random.Random) -> str:
    d, m, y = _dmy(r)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        (
            f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}:{s:02d}",
            f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            f"{d:02d}/{m:02d}/{y}, {h:02d}:{mi:02d}",
            f"{m}/{d}/{y} {(h % 12) or 12}:{mi:02d} PM",
            f"{y}.{m:02d}.{d:02d} {h:02d}:{mi:02d}",
        )
    )


def _date_range(r: random.Random) -> str:
    d, m, y = _dmy(r)
    e = min(28, d + r.randint(1, 9))
    m2 = min(12, m + 1)
    return r.choice(
        (
            f"{d:02d}.{m:02d}.{y} – {e:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y}-{e:02d}.{m:02d}.{y}",
            f"{d}.–{e}.{m}.{y}",
            f"{d:02d}.{m:02d}.-{e:02d}.{m2:02d}.{y}",
            f"{d:02d}/{m:02d}/{y} - {e:02d}/{m:02d}/{y}",
            f"{d:02d}/{m:02d}/{y}-{e:02d}/{m2:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}/{y}-{m:02d}-{e:02d}",
            f"{y}-{m:02d}-{d:02d} to {y}-{m2:02d}-{e:02d}",
            f"{d}-{e}/{m:02d}/{y}",
            f"{m:02d}/{d:02d}/{y} - {m2:02d}/{e:02d}/{y}",
            f"{d:02d}.{m:02d}. bis {e:02d}.{m2:02d}.{y}",
        )
    )


def _time_range(r: random.Random) -> str:
    h = r.randint(6, 12)
    e = h + r.randint(3, 9)
    m1, m2 = r.choice(("00", "30", "15")), r.choice(("00", "30", "45"))
    return r.choice(
        (
            f"{h:02d}:{m1}–{e:02d}:{m2}",
            f"{h}.{m1}-{e}.{m2}",
            f"{h:02d}:{m1} - {e:02d}:{m2}",
            f"{h:02d}:{m1}-12:00 / 13:00-{e:02d}:{m2}",
            f"{h}-{e} Uhr",
        )
    )


def _year_range(r: random.Random) -> str:
    a = r.randint(1960, 2022)
    b = a + r.randint(1, 12)
    return r.choice((f"{a}-{b}", f"{a}–{b}", f"{a} - {b}", f"{a}/{str(a + 1)[2:]}", f"{a}-{b % 100:02d}"))


def _nhs_fail(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + _r(r, D, 9)
        if not nhs.is_valid(d):
            break
    sep = r.choice(("-", "-", " ", "."))
    return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"


def _isbn(r: random.Random) -> str:
    body = r.choice(("978", "979")) + _r(r, D, 9)
    full = body + ean.calc_check_digit(body)
    return isbn.format(full) if r.random() < 0.7 else full


def _patent(r: random.Random) -> str:
    y = r.randint(2005, 2025)
    return r.choice(
        (
            f"DE 10 {y} {_r(r, D, 3)} {_r(r, D, 3)}.{_r(r, D, 1)}",
            f"DE 10 {y} {_r(r, D, 3)} {_r(r, D, 3)} A1",
            f"DE 20 {y} {_r(r, D, 3)} {_r(r, D, 3)} U1",
            f"DE 10 {y} {_r(r, D, 6)}",
            f"DE102{str(y)[2:]}{_r(r, D, 6)}A1",
            f"EP {r.randint(1, 4)} {_r(r, D, 3)} {_r(r, D, 3)} B1",
            f"EP{r.randint(1, 4)}{_r(r, D, 6)}",
            f"WO {y}/{_r(r, D, 6)} A1",
            f"US {r.randint(9, 12)},{_r(r, D, 3)},{_r(r, D, 3)} B2",
            f"US {y}/0{_r(r, D, 6)} A1",
        )
    )


def _standard(r: random.Random) -> str:
    return r.choice(
        (
            "EN 13432",
            f"ISO 27001:{r.choice((2013, 2022))}",
            f"DIN EN ISO 9001:{r.choice((2008, 2015))}",
            f"IEC 61508-{r.randint(1, 7)}",
            "ISO 8601",
            "DIN 5008",
            f"EN 60335-2-{r.randint(10, 99)}",
            f"ISO/IEC 27002:{r.choice((2013, 2022))}",
            f"ASTM D4169-{r.randint(10, 23)}",
            f"EN {r.randint(1000, 62999)}:{r.randint(1995, 2024)}",
            f"DIN {r.randint(100, 99999)}-{r.randint(1, 9)}",
            f"ISO {r.randint(100, 50000)}-{r.randint(1, 9)}:{r.randint(1995, 2024)}",
        )
    )


def _amount(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.randint(1, 999)}.{_r(r, D, 3)},{_r(r, D, 2)} €",
            f"$ {r.randint(1, 99)},{_r(r, D, 3)}.{_r(r, D, 2)}",
            f"CHF {r.randint(1, 99)}'{_r(r, D, 3)}.{_r(r, D, 2)}",
            f"¥{r.randint(1, 999)},{_r(r, D, 3)}",
            f"₹ {r.randint(1, 99)},{r.randint(10, 99)},{_r(r, D, 3)}",
            f"{r.randint(1, 999)} {_r(r, D, 3)} {_r(r, D, 3)} Ft",
            f"EUR {r.randint(1, 9)} {_r(r, D, 3)},{_r(r, D, 2)}",
            f"{r.randint(1, 99)} {_r(r, D, 3)},{_r(r, D, 2)} kr",
        )
    )


def _measure(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice((1920, 2560, 3840, 1280))} x {r.choice((1080, 1440, 2160, 720))}",
            f"{r.randint(20, 400)} m²",
            "230 V / 50 Hz",
            f"{r.randint(10, 99)},{r.randint(1, 9)} x {r.randint(10, 99)} x {r.randint(1, 20)} cm",
            f"{r.randint(1, 9)}.{_r(r, D, 3)} mm",
            f"{r.randint(100, 999)} x {r.randint(100, 999)} x {r.randint(100, 999)} mm",
            f"{r.randint(1, 99)}.{r.randint(0, 9)} kg",
            f"{r.randint(1000, 9999)} kWh",
        )
    )


def _coords(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.uniform(-60, 70):.6f}, {r.uniform(-170, 170):.6f}",
            f"{r.randint(0, 89)}°{r.randint(0, 59)}'{r.randint(0, 59)}.{r.randint(0, 9)}\"N "
            f"{r.randint(0, 179)}°{r.randint(0, 59)}'{r.randint(0, 59)}.{r.randint(0, 9)}\"E",
            f"{r.uniform(40, 60):.4f} N, {r.uniform(0, 30):.4f} E",
        )
    )


def _postcode_house(r: random.Random) -> str:
    return r.choice(
        (
            f"{r.choice(('Hauptstraße', 'Bahnhofstr.', 'Lindenweg'))} {r.randint(1, 240)}, {_r(r, D, 5)} "
            f"{r.choice(('Berlin', 'Köln', 'Hamburg'))}",
            f"{r.randint(1, 120)} rue {r.choice(('de Rivoli', 'Victor Hugo', 'des Lilas'))}, 75{r.randint(1, 20):03d} Paris",
            f"Calle {r.choice(('Mayor', 'Real', 'Alcalá'))} {r.randint(1, 200)}, 28{_r(r, D, 3)} Madrid",
            f"Via {r.choice(('Roma', 'Garibaldi'))} {r.randint(1, 99)}, 00{_r(r, D, 3)} Roma",
            f"ul. {r.choice(('Marszałkowska', 'Długa'))} {r.randint(1, 150)}/{r.randint(1, 40)}, {r.randint(0, 99):02d}-{_r(r, D, 3)} Warszawa",
            f"{r.choice(('Keizersgracht', 'Dorpsstraat'))} {r.randint(1, 600)}, {r.randint(1000, 9999)} {_r(r, UP, 2)} Amsterdam",
            f"{r.randint(1, 999)} {r.choice(('Main St', 'Oak Avenue'))}, Springfield, IL {r.randint(60001, 62999)}",
            f"{r.choice(('Storgatan', 'Drottninggatan'))} {r.randint(1, 99)}, {r.randint(100, 999)} {_r(r, D, 2)} Stockholm",
        )
    )


LOOKS: dict[str, Callable[[random.Random], str]] = {
    "date": _date,
    "time": _time,
    "datetime": _datetime,
    "date_range": _date_range,
    "time_range": _time_range,
    "year_range": _year_range,
    "version": lambda r: r.choice(
        (
            f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
            f"{r.randint(10, 13)}.0.{r.randint(10000, 26000)}.{r.randint(100, 5000)}",
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}",
            f"{r.randint(2019, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 3)}",
            f"build {r.randint(1000, 9999)}.{r.randint(100, 999)}",
        )
    ),
    "amount": _amount,
    "measurement": _measure,
    "coordinates": _coords,
    "isbn": _isbn,
    "order_no": lambda r: r.choice(
        (
            f"{_r(r, D, 3)}-{_r(r, D, 7)}-{_r(r, D, 7)}",
            f"{r.randint(1, 9)}{_r(r, D, 9)}",
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 4)}",
            f"{_r(r, D, 4)}/{_r(r, D, 6)}",
        )
    ),
    "tracking_no": lambda r: r.choice(
        (
            "00340" + _r(r, D, 15),
            "1Z" + _r(r, UP + D, 6) + _r(r, D, 10),
            f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 4)}",
            "JJD" + _r(r, D, 18),
            f"{_r(r, UP, 2)}{_r(r, D, 9)}DE",
        )
    ),
    "invoice_no": lambda r: r.choice(
        (
            f"RE-{r.randint(2020, 2026)}-{r.randint(1, 12):02d}-{_r(r, D, 4)}",
            f"{r.randint(2020, 2026)}/{_r(r, D, 5)}",
            f"F{r.randint(2020, 2026)}{_r(r, D, 6)}",
            f"{_r(r, D, 2)}-{_r(r, D, 3)}-{_r(r, D, 4)}",
        )
    ),
    "sort_code": lambda r: r.choice(
        (f"{_r(r, D, 2)}-{_r(r, D, 2)}-{_r(r, D, 2)}", f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 2)}", _r(r, D, 8))
    ),
    "postcode_house": _postcode_house,
    "score": lambda r: r.choice(
        (
            f"{r.randint(0, 5)}:{r.randint(0, 5)}",
            f"{r.randint(15, 25)}-{r.randint(10, 25)}, {r.randint(15, 25)}-{r.randint(10, 25)}, {r.randint(10, 15)}-{r.randint(5, 15)}",
            f"{r.randint(90, 130)}-{r.randint(90, 130)}",
            f"6-{r.randint(0, 4)}, {r.randint(3, 7)}-6, 7-6 ({r.randint(1, 9)})",
        )
    ),
    "page_range": lambda r: r.choice(
        (
            f"pp. {(a := r.randint(10, 900))}-{a + r.randint(2, 40)}",
            f"S. {(a := r.randint(1, 400))}–{a + r.randint(1, 20)}",
        )
    ),
    "serial_no": lambda r: r.choice(
        (
            f"{_r(r, UP + D, 3)}-{r.randint(2019, 2026)}-{_r(r, D, 5)}",
            f"{_r(r, D, 4)}-{_r(r, D, 4)}-{_r(r, D, 4)}",
            f"{_r(r, UP, 2)}{_r(r, D, 10)}",
            _r(r, D, 11),
        )
    ),
    "nhs_mod11_fail": _nhs_fail,
    "patent_no": _patent,
    "standard_no": _standard,
    "tax_no": lambda r: r.choice(
        (
            f"{_r(r, D, 2)}/{_r(r, D, 3)}/{_r(r, D, 5)}",
            f"{_r(r, D, 3)}/{_r(r, D, 4)}/{_r(r, D, 4)}",
            f"DE {_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
            f"FR{_r(r, D, 2)} {_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
        )
    ),
    "company_reg": lambda r: r.choice(
        (
            f"HRB {r.randint(1000, 250000)}",
            f"HRA {r.randint(100, 99999)}",
            f"RCS Paris {_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}",
            f"KvK {_r(r, D, 8)}",
        )
    ),
    "meeting_id": lambda r: r.choice(
        (
            f"{_r(r, D, 3)} {_r(r, D, 4)} {_r(r, D, 4)}",
            f"{_r(r, D, 3)} {_r(r, D, 3)} {_r(r, D, 3)}#",
            f"{_r(r, D, 4)} {_r(r, D, 3)} {_r(r, D, 4)}",
        )
    ),
    "flight_no": lambda r: f"{r.choice(('LH', 'BA', 'AF', 'KL', 'IB', 'LX'))} {r.randint(100, 9999)}",
    "big_count": lambda r: r.choice(
        (
            f"{r.randint(1, 99)} {_r(r, D, 3)} {_r(r, D, 3)}",
            f"{r.randint(1, 99)}.{_r(r, D, 3)}.{_r(r, D, 3)}",
            f"{r.randint(1, 99)},{_r(r, D, 3)},{_r(r, D, 3)}",
        )
    ),
    "customer_no": lambda r: r.choice((_r(r, D, 10), f"{_r(r, D, 4)} {_r(r, D, 4)} {_r(r, D, 2)}", f"K-{_r(r, D, 8)}")),
    "lottery": lambda r: " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, 50), 6))),
    "room": lambda r: r.choice(
        (
            f"{r.randint(1, 9)}.{r.randint(100, 499)}",
            f"{r.randint(1, 12)}-{r.randint(100, 999)}",
            f"B{r.randint(1, 9)}.{r.randint(10, 99)}",
        )
    ),
    "percent": lambda r: f"{r.randint(1, 99)},{r.randint(0, 9)} %",
    "ean": lambda r: (lambda b: b + ean.calc_check_digit(b))(r.choice(("400", "590", "871", "760")) + _r(r, D, 9)),
}


def look(r: random.Random, cat: str) -> str:
    return LOOKS[cat](r)


def lks(b: _Builder, r: random.Random, *cats: str, sep: str = ", ") -> _Builder:
    for i, c in enumerate(cats):
        if i:
            b.t(sep)
        b.lk(c, look(r, c))
    return b


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

FAMILIES = Families()
family = FAMILIES.add


_NAMES = (
    "Anna Berg",
    "Jonas Weber",
    "Marie Dubois",
    "Lucía Gómez",
    "Marco Rossi",
    "Sanne de Vries",
    "Piotr Nowak",
    "Erik Lind",
    "Aino Virtanen",
    "Kenji Sato",
    "Min-jun Kim",
    "Li Wei",
    "Ayşe Yılmaz",
    "Jan Novák",
    "Eleni Papadopoulou",
    "Sarah Miller",
    "Raj Patel",
    "Liam O'Brien",
    "Ingrid Hansen",
    "João Silva",
)


def _email(r: random.Random, who: str) -> str:
    first = who.split()[0].lower().encode("ascii", "ignore").decode() or "info"
    return f"{first}.{r.choice(('m', 'k', 's'))}@{r.choice(('example.com', 'firma.de', 'societe.fr', 'empresa.es'))}"


@family
def f_signature(r: random.Random) -> _Builder:
    cc = country(r)
    who = r.choice(_NAMES)
    b = _Builder().t(f"{r.choice(('Best regards', 'Mit freundlichen Grüßen', 'Cordialement', 'Saludos'))},\n{who}\n")
    b.t(r.choice(("Key Account Manager", "Sales", "Einkauf", "Service client")) + "\n")
    b.t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.4:
        b.t(ext(r, cc))
    b.t("\n")
    if r.random() < 0.6:
        cc2 = cc if r.random() < 0.7 else country(r)
        b.t(r.choice(("Mobile: ", "M: ", "Mob. ", "Cell ", "Handy: "))).p("PHONE", phone(r, cc2)).t("\n")
    b.p("EMAIL", _email(r, who)).t("\n").lk("postcode_house", look(r, "postcode_house")).t("\n")
    if r.random() < 0.5:
        b.t("Registergericht: Amtsgericht München, ").lk("company_reg", look(r, "company_reg"))
        b.t(" · USt-IdNr. ").lk("tax_no", f"DE{_r(r, D, 9)}").t("\n")
    b.t(r.choice(("Sent: ", "Gesendet: ", "Envoyé : "))).lk("datetime", look(r, "datetime"))
    return b


@family
def f_letterhead(r: random.Random) -> _Builder:
    """A company letterhead footer: several numbers on one line."""
    cc = country(r, ("de", "fr", "it", "nl", "es"))
    lg = lang(cc)
    fax = {"de": "Fax", "fr": "Fax", "it": "Fax", "nl": "Fax", "es": "Fax"}[lg]
    b = _Builder().t(
        f"{r.choice(('Muster GmbH', 'Société Dupont SA', 'Rossi S.r.l.', 'Jansen B.V.', 'García S.L.'))} · "
    )
    b.lk("postcode_house", look(r, "postcode_house")).t("\n")
    b.t(word(r, cc)).p("PHONE", phone(r, cc)).t(r.choice((" · ", " | ", "  ", " - ")))
    b.t(f"{fax}: ").p("PHONE", phone(r, cc)).t(r.choice((" · ", " | ", "  ")))
    b.t(r.choice(("Steuernr. ", "St.-Nr. ", "Steuernummer: "))).lk("tax_no", look(r, "tax_no")).t("\n")
    b.t(r.choice(("BLZ ", "Sort code ", "Bankleitzahl: "))).lk("sort_code", look(r, "sort_code"))
    b.t(" · ").lk("company_reg", look(r, "company_reg")).t(" · Stand: ").lk("date", look(r, "date"))
    return b


@family
def f_whatsapp_chat(r: random.Random) -> _Builder:
    cc = country(r)
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        b.t("[").lk("datetime", look(r, "datetime")).t("] ")
        b.t(r.choice(_NAMES).split()[0] + ": ")
        pick = r.random()
        if pick < 0.35:
            b.t(
                r.choice(
                    (
                        "add me on WhatsApp ",
                        "mein WhatsApp: ",
                        "écris-moi sur WhatsApp au ",
                        "mi WhatsApp es ",
                        "Telegram: ",
                        "Signal ",
                        "whatsapp me at ",
                    )
                )
            )
            b.p("PHONE", phone(r, cc, "intl" if r.random() < 0.6 else None))
        elif pick < 0.6:
            b.t(f"meet at {look(r, 'time')[:5]}? ").t("the match ended ").lk("score", look(r, "score"))
        elif pick < 0.8:
            b.t("train leaves ").lk("time", look(r, "time")).t(", back ").lk("date", look(r, "date"))
        else:
            b.t(word(r, cc)).p("PHONE", phone(r, cc)).t(" (" + r.choice(("mum", "office", "Büro", "casa")) + ")")
        b.t("\n")
    return b


@family
def f_event_schedule(r: random.Random) -> _Builder:
    cc = country(r, ("de", "fr", "en", "nl"))
    b = _Builder().t(r.choice(("Messe", "Conference", "Salon", "Workshop")) + " ")
    b.lk("date_range", look(r, "date_range")).t(", ").lk("time_range", look(r, "time_range")).t("\n")
    b.t("Programm: ").lk("time", look(r, "time")).t(" Keynote, ").lk("time", look(r, "time")).t(" Panel (")
    b.lk("year_range", look(r, "year_range")).t(" review)\nVenue: ").lk("postcode_house", look(r, "postcode_house"))
    b.t(", Halle ").lk("room", look(r, "room")).t("\nRegistration ").lk("amount", look(r, "amount"))
    b.t("; questions: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    return b


@family
def f_contact_table(r: random.Random) -> _Builder:
    sep = r.choice((";", ",", "\t", " | "))
    b = _Builder().t(
        sep.join(
            (
                "Name",
                r.choice(("Telefon", "Phone", "Tel.", "Téléphone", "Mobile")),
                "Geburtsort",
                "Eintritt",
                "Kostenstelle",
            )
        )
        + "\n"
    )
    for _ in range(r.randint(2, 4)):
        cc = country(r)
        b.t(r.choice(_NAMES) + sep).p("PHONE", phone(r, cc)).t(sep + r.choice(("Köln", "Lyon", "Porto")) + sep)
        b.lk("date", look(r, "date")).t(sep).lk("customer_no", _r(r, D, r.choice((4, 6, 8)))).t("\n")
    return b


@family
def f_markdown_list(r: random.Random) -> _Builder:
    b = _Builder().t("## Ansprechpartner / contacts\n")
    for _ in range(r.randint(2, 4)):
        cc = country(r)
        b.t(f"- {r.choice(_NAMES)} ({r.choice(('IT', 'HR', 'Vertrieb', 'Support'))}): ").t(word(r, cc)).p(
            "PHONE", phone(r, cc)
        )
        if r.random() < 0.3:
            b.t(ext(r, cc))
        b.t(", since ").lk("date", look(r, "date")).t("\n")
    b.t("- Hotline hours ").lk("time_range", look(r, "time_range")).t(", ticket volume ").lk(
        "big_count", look(r, "big_count")
    )
    return b


@family
def f_classified_ad(r: random.Random) -> _Builder:
    cc = country(r, ("es", "it", "pt", "fr", "de", "pl"))
    b = _Builder().t(
        r.choice(
            (
                "Vendo piso",
                "Affittasi bilocale",
                "Vende-se T2",
                "À vendre",
                "Wohnung zu vermieten",
                "Sprzedam mieszkanie",
            )
        )
    )
    b.t(" – ").lk("measurement", f"{r.randint(40, 180)} m²").t(", ").lk("amount", look(r, "amount")).t(", Ref. ")
    b.lk("order_no", f"{r.randint(2020, 2026)}/{_r(r, D, 4)}").t(". Disponible desde ").lk("date", look(r, "date"))
    b.t(". ").t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.5:
        b.t(" o ").p("PHONE", phone(r, cc))
    b.t(r.choice((" (tardes)", " ore pasti", "", " nach 18 Uhr"))).t(". GPS ").lk("coordinates", look(r, "coordinates"))
    return b


@family
def f_meeting_invite(r: random.Random) -> _Builder:
    cc = country(r, ("en", "de", "fr", "nl"))
    b = _Builder().t("Einladung / Invitation: Q").t(str(r.randint(1, 4))).t(" review\nWhen: ")
    b.lk("datetime", look(r, "datetime")).t(" (").lk("time_range", look(r, "time_range")).t(")\n")
    b.t("Join by phone: ").p("PHONE", phone(r, cc, "intl")).t(",,").lk("meeting_id", _r(r, D, 9)).t("#\n")
    b.t("Meeting ID: ").lk("meeting_id", look(r, "meeting_id")).t("  Passcode: ").lk("meeting_id", _r(r, D, 6)).t("\n")
    b.t("Organizer: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    return b


@family
def f_asian_contacts(r: random.Random) -> _Builder:
    cc = r.choice(("JP", "KR", "CN", "SG", "IN"))
    b = _Builder()
    b.t(r.choice(("株式会社サンプル", "샘플 주식회사", "示例有限公司", "Sample Pte Ltd", "Sample Pvt Ltd")) + "\n")
    b.t(word(r, cc)).p("PHONE", phone(r, cc)).t("\n")
    if r.random() < 0.6:
        b.t(word(r, cc)).p("PHONE", phone(r, cc)).t("\n")
    b.t("日付: " if cc in ("JP", "CN") else "Date: ").lk("date", look(r, "date")).t(" ").lk("time", look(r, "time")).t(
        "\n"
    )
    b.t("注文番号 " if cc == "JP" else "Order ").lk("order_no", look(r, "order_no"))
    b.t(", ").lk("amount", look(r, "amount"))
    return b


@family
def f_nordic_notice(r: random.Random) -> _Builder:
    cc = r.choice(("SE", "NO", "DK", "FI"))
    b = _Builder().t(r.choice(("Hej", "Hei", "Hej!", "Moi")) + ",\n")
    b.t(r.choice(("Vi ses ", "Møtet er ", "Mødet er ", "Tapaaminen on "))).lk("date", look(r, "date"))
    b.t(r.choice((" kl. ", " klo ", " kl "))).lk("time", f"{r.randint(8, 18)}.{r.choice(('00', '15', '30'))}")
    b.t(".\nKontakt: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.5:
        b.t(", ").t(word(r, cc)).p("PHONE", phone(r, cc))
    b.t("\nOrg.nr ").lk("tax_no", f"{_r(r, D, 6)}-{_r(r, D, 4)}").t(", faktura ").lk(
        "invoice_no", look(r, "invoice_no")
    )
    b.t(", ").lk("amount", look(r, "amount"))
    return b


@family
def f_patent_letter(r: random.Random) -> _Builder:
    cc = country(r, ("de", "en", "fr"))
    b = _Builder().t("Betreff: Ihr Zeichen ").lk("order_no", f"P{_r(r, D, 5)}/{r.randint(20, 26)}").t("\n")
    b.t("Wir verweisen auf ").lk("patent_no", look(r, "patent_no")).t(" und ").lk("patent_no", look(r, "patent_no"))
    b.t(" sowie die Normen ").lk("standard_no", look(r, "standard_no")).t(" und ").lk(
        "standard_no", look(r, "standard_no")
    )
    b.t(". Prioritätstag ").lk("date", look(r, "date")).t(".\nRückfragen: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    return b


@family
def f_shop_order(r: random.Random) -> _Builder:
    cc = country(r)
    b = _Builder().t("Order ").lk("order_no", look(r, "order_no")).t(" placed ").lk("datetime", look(r, "datetime"))
    b.t("\nItems: ISBN ").lk("isbn", look(r, "isbn")).t(", EAN ").lk("ean", look(r, "ean")).t("\nTotal ")
    b.lk("amount", look(r, "amount")).t(", invoice ").lk("invoice_no", look(r, "invoice_no"))
    b.t("\nShip to: ").lk("postcode_house", look(r, "postcode_house")).t("\nTracking ").lk(
        "tracking_no", look(r, "tracking_no")
    )
    b.t("\nDelivery contact: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    return b


@family
def f_medical_admin(r: random.Random) -> _Builder:
    cc = "GB"
    b = _Builder().t(r.choice(("Referral", "Discharge summary", "Clinic letter")) + " – ")
    b.t(r.choice(("Hospital no. ", "MRN ", "Patient ref ", "Episode ", "Lab no. "))).lk(
        "nhs_mod11_fail", look(r, "nhs_mod11_fail")
    )
    b.t("\nSeen ").lk("date", look(r, "date")).t(" at ").lk("time", look(r, "time")).t(", ward ").lk(
        "room", look(r, "room")
    )
    b.t("\nBP ").t(f"{r.randint(100, 160)}/{r.randint(60, 95)}").t(", weight ").lk(
        "measurement", f"{r.randint(45, 120)}.{r.randint(0, 9)} kg"
    )
    b.t("\nGP surgery: ").t(r.choice(("Tel: ", "Phone ", "T: "))).p("PHONE", phone(r, cc))
    b.t("\nNHS-style ref (unverified) ").lk("nhs_mod11_fail", look(r, "nhs_mod11_fail"))
    return b


@family
def f_it_ticket(r: random.Random) -> _Builder:
    cc = country(r)
    b = (
        _Builder()
        .t("Ticket ")
        .lk("order_no", f"#{_r(r, D, 6)}")
        .t(" opened ")
        .lk("datetime", look(r, "datetime"))
        .t("\n")
    )
    b.t("Client ").p("IP_ADDRESS", f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
    b.t(" on version ").lk("version", look(r, "version")).t(", device SN ").lk("serial_no", look(r, "serial_no")).t(
        "\n"
    )
    b.t("Screen ").lk("measurement", look(r, "measurement")).t(", uptime ").lk("time", look(r, "time")).t("\n")
    b.t("User asks for a callback: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.4:
        b.t(ext(r, cc))
    return b


@family
def f_bank_statement(r: random.Random) -> _Builder:
    cc = r.choice(("GB", "DE", "IE", "NL"))
    b = _Builder().t("Statement period ").lk("date_range", look(r, "date_range")).t("\n")
    for _ in range(r.randint(2, 4)):
        b.lk("date", look(r, "date")).t("  ").t(r.choice(("CARD PAYMENT", "DIRECT DEBIT", "Überweisung", "SEPA")))
        b.t(" ref ").lk("customer_no", look(r, "customer_no")).t("  ").lk("amount", look(r, "amount")).t("\n")
    b.t("Sort code ").lk("sort_code", f"{_r(r, D, 2)}-{_r(r, D, 2)}-{_r(r, D, 2)}").t(". Lost card? ")
    b.t(r.choice(("Call ", "Phone ", "Ring us on "))).p("PHONE", phone(r, cc, "intl" if cc != "GB" else None)).t(
        " (24h)"
    )
    return b


@family
def f_sports_results(r: random.Random) -> _Builder:
    cc = country(r)
    b = _Builder().t("Ergebnisse vom ").lk("date", look(r, "date")).t(": ").lk("score", look(r, "score")).t(", ")
    b.lk("score", look(r, "score")).t("; Saison ").lk("year_range", look(r, "year_range")).t(", Zuschauer ")
    b.lk("big_count", look(r, "big_count")).t(". Lotto: ").lk("lottery", look(r, "lottery")).t("\nTickets: ")
    b.t(word(r, cc)).p("PHONE", phone(r, cc)).t(", Anstoß ").lk("time", look(r, "time"))
    return b


@family
def f_travel_itinerary(r: random.Random) -> _Builder:
    cc = country(r)
    b = _Builder().t("Flight ").lk("flight_no", look(r, "flight_no")).t(" dep. ").lk("datetime", look(r, "datetime"))
    b.t(", arr. ").lk("time", look(r, "time")).t("\nHotel ").lk("date_range", look(r, "date_range")).t(", room ")
    b.lk("room", look(r, "room")).t(", booking ").lk("order_no", look(r, "order_no")).t("\nHotel reception: ")
    b.t(word(r, cc)).p("PHONE", phone(r, cc, "intl" if r.random() < 0.5 else None)).t("\nGPS ").lk(
        "coordinates", look(r, "coordinates")
    )
    return b


@family
def f_product_sheet(r: random.Random) -> _Builder:
    cc = country(r, ("de", "en", "it", "fr"))
    b = (
        _Builder()
        .t("Datenblatt ")
        .lk("serial_no", look(r, "serial_no"))
        .t(" Rev. ")
        .lk("version", look(r, "version"))
        .t("\n")
    )
    b.t("Abmessungen ").lk("measurement", look(r, "measurement")).t(", geprüft nach ").lk(
        "standard_no", look(r, "standard_no")
    )
    b.t(", ").lk("standard_no", look(r, "standard_no")).t("\nPatent ").lk("patent_no", look(r, "patent_no"))
    b.t(", Ausgabe ").lk("date", look(r, "date")).t(", Wirkungsgrad ").lk("percent", look(r, "percent"))
    b.t("\nTechnischer Support: ").t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.5:
        b.t(ext(r, cc))
    return b


@family
def f_eastern_europe(r: random.Random) -> _Builder:
    cc = r.choice(("PL", "CZ", "GR", "TR"))
    b = (
        _Builder()
        .t(r.choice(("Faktura nr ", "Faktura č. ", "Τιμολόγιο ", "Fatura no ")))
        .lk("invoice_no", look(r, "invoice_no"))
    )
    b.t(r.choice((" z dnia ", " ze dne ", " ", " tarih "))).lk("date", look(r, "date")).t("\n")
    b.lk("postcode_house", look(r, "postcode_house")).t("\n").t(word(r, cc)).p("PHONE", phone(r, cc))
    if r.random() < 0.5:
        b.t(", ").t(word(r, cc)).p("PHONE", phone(r, cc))
    b.t("\nKwota ").lk("amount", look(r, "amount")).t(", termin ").lk("date", look(r, "date"))
    return b


@family
def f_log_lines(r: random.Random) -> _Builder:
    cc = country(r, ("en",))
    b = _Builder()
    for _ in range(r.randint(2, 4)):
        b.lk("datetime", look(r, "datetime")).t(" INFO ")
        pick = r.random()
        if pick < 0.3:
            b.t("sms sent to=").p("PHONE", phone(r, cc, "e164"))
        elif pick < 0.6:
            b.t("job ").lk("serial_no", look(r, "serial_no")).t(" took ").lk("time", look(r, "time"))
        else:
            b.t("release ").lk("version", look(r, "version")).t(" rows=").lk("big_count", look(r, "big_count"))
        b.t("\n")
    return b


HELDOUT = FAMILIES.every(4)
ROUND = Round(FAMILIES, SEED, PER_FAMILY, HELDOUT)
build = ROUND.build


if __name__ == "__main__":
    ROUND.main()

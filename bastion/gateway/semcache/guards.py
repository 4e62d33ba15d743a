"""Guards: rules a semantic candidate must pass on top of cosine similarity.

Sentence embeddings score near-miss questions as close as paraphrases: a changed number or
date, a flipped negation, an antonym ("safe"/"unsafe"), a swapped name or a changed scope word
("all"/"some", "per month"/"per year") moves the cosine by only a few hundredths, but changes
the right answer. Each guard compares one kind of feature that must be identical for two
questions to share an answer. The features of a prompt are extracted once (when it is stored
and when it is looked up), so checking a candidate is a few set comparisons.

A last, graded guard looks at content words, compared by word key (stem, irregular form or
synonym group, see ``lexicon.py``): a word replaced by an unrelated one raises the cosine the
candidate needs more than a word added on one side. A paraphrase that uses other forms or
synonyms of the same words is served at the base threshold; two questions that merely share a
topic are not.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from bastion.gateway.semcache.lexicon import negated_form, related, word_key
from bastion.gateway.semcache.normalise import fold, tokens
from bastion.gateway.semcache.settings import GuardSettings

_NUMBER_WORDS = {
    "zero": "0",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "million": "1e6",
    "billion": "1e9",
    "trillion": "1e12",
    "first": "#1",
    "second": "#2",
    "third": "#3",
    "fourth": "#4",
    "fifth": "#5",
    "sixth": "#6",
    "seventh": "#7",
    "eighth": "#8",
    "ninth": "#9",
    "tenth": "#10",
    "half": "0.5",
    "twice": "x2",
    "double": "x2",
    "triple": "x3",
    "dozen": "12",
    "once": "x1",
}
_MONTHS = {
    "january": "jan",
    "jan": "jan",
    "february": "feb",
    "feb": "feb",
    "march": "mar",
    "april": "apr",
    "apr": "apr",
    "may": "may",
    "june": "jun",
    "jun": "jun",
    "july": "jul",
    "jul": "jul",
    "august": "aug",
    "aug": "aug",
    "september": "sep",
    "sept": "sep",
    "sep": "sep",
    "october": "oct",
    "oct": "oct",
    "november": "nov",
    "nov": "nov",
    "december": "dec",
    "dec": "dec",
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
    "today": "d0",
    "tomorrow": "d+1",
    "yesterday": "d-1",
    "tonight": "d0",
}
#: Weekdays in the plural ("ferries on Sundays"): the day, not a name.
_WEEKDAYS = {f"{day}s": _MONTHS[day] for day in "monday tuesday wednesday thursday friday saturday sunday".split()}
_UNITS = {
    "km": "km",
    "kilometer": "km",
    "kilometre": "km",
    "kms": "km",
    "mile": "mi",
    "mi": "mi",
    "meter": "m",
    "metre": "m",
    "cm": "cm",
    "centimeter": "cm",
    "centimetre": "cm",
    "mm": "mm",
    "millimeter": "mm",
    "millimetre": "mm",
    "inch": "in",
    "foot": "ft",
    "feet": "ft",
    "ft": "ft",
    "yard": "yd",
    "kg": "kg",
    "kilogram": "kg",
    "kilo": "kg",
    "gram": "g",
    "g": "g",
    "mg": "mg",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "ounce": "oz",
    "oz": "oz",
    "ton": "t",
    "tonne": "t",
    "liter": "l",
    "litre": "l",
    "l": "l",
    "ml": "ml",
    "gallon": "gal",
    "gb": "gb",
    "gigabyte": "gb",
    "mb": "mb",
    "megabyte": "mb",
    "tb": "tb",
    "terabyte": "tb",
    "kb": "kb",
    "kilobyte": "kb",
    "ghz": "ghz",
    "mhz": "mhz",
    "celsius": "degc",
    "fahrenheit": "degf",
    "kelvin": "degk",
    "watt": "w",
    "kw": "kw",
    "kwh": "kwh",
    "volt": "v",
    "mph": "mph",
    "kmh": "kmh",
    "dollar": "usd",
    "buck": "usd",
    "quid": "gbp",
    "usd": "usd",
    "$": "usd",
    "euro": "eur",
    "eur": "eur",
    "€": "eur",
    "£": "gbp",
    "gbp": "gbp",
    "rupee": "inr",
    "inr": "inr",
    "rs": "inr",
    "yen": "jpy",
    "yuan": "cny",
    "bitcoin": "btc",
    "btc": "btc",
    "percent": "pct",
    "percentage": "pct",
    "%": "pct",
    "calorie": "kcal",
    "kcal": "kcal",
    "bit": "bit",
    "byte": "byte",
    "pixel": "px",
    "mp": "mp",
    "megapixel": "mp",
}
_NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "cannot",
        "without",
        "nowhere",
        "non",
        "unable",
        "lack",
        "lacks",
        "lacking",
        "fail",
        "fails",
        "failed",
    }
)
# Each group lists poles; words of different poles of one group answer different questions.
_POLARITY: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(p.split()) for p in group)
    for group in (
        ("safe safely safety secure", "unsafe dangerous danger risky harmful insecure"),
        (
            "allow allowed permit permitted legal lawful",
            "deny denied forbid forbidden prohibit prohibited illegal unlawful ban banned",
        ),
        ("before prior earlier", "after later"),
        ("first earliest", "last latest final"),
        ("best top greatest", "worst"),
        ("good better", "bad worse"),
        ("advantage advantages pro pros benefit benefits", "disadvantage disadvantages con cons drawback drawbacks"),
        # "How do X and Y differ?" / "How are X and Y similar?" ask opposite things ("same" is
        # left out: "Is X the same as Y?" asks what "What is the difference ..." asks).
        ("differ differs difference differences different distinguish", "similar similarity similarities alike"),
        ("increase increasing raise rise gain grow", "decrease decreasing reduce lower drop lose shrink"),
        ("more most maximum max", "less least fewer fewest minimum min"),
        ("buy buying purchase", "sell selling"),
        ("cheap cheapest cheaper inexpensive", "expensive costly pricier"),
        ("start begin starting beginning", "stop end ending finish quit"),
        ("true correct right", "false wrong incorrect"),
        ("enable enabled activate turn_on", "disable disabled deactivate turn_off"),
        ("add install create", "remove uninstall delete"),
        ("import", "export"),
        ("win won winning", "lose lost losing"),
        ("fast faster fastest quick", "slow slower slowest"),
        ("hot warm", "cold cool"),
        ("high higher highest", "low lower lowest"),
        ("big bigger biggest large larger largest", "small smaller smallest little"),
        ("easy easier easiest", "hard harder hardest difficult"),
        ("rich richer", "poor poorer"),
        ("love", "hate"),
        ("happy", "sad unhappy"),
        ("positive", "negative"),
        ("open", "close closed"),
        ("online", "offline"),
        ("upload", "download"),
        ("encrypt", "decrypt"),
        ("male man men boy", "female woman women girl"),
        ("up", "down"),
        ("inside", "outside"),
        ("success successful", "failure unsuccessful"),
        ("old older oldest", "new newer newest young younger"),
        ("legal", "illegal"),
        ("recover restore", "erase wipe"),
        ("succeed", "fail"),
        # Directions and bounds: "under/over 500", "above/below sea level", "within/after 30
        # days", "zoom in/out", "north/south", "left/right", "am/pm".
        ("under below beneath lower_than", "over above beyond"),
        ("within", "after outside"),
        ("north northern", "south southern"),
        ("east eastern", "west western"),
        ("left", "right"),
        ("am", "pm"),
        ("morning", "evening night"),
        ("noon", "midnight"),
        ("zoom_in", "zoom_out"),
    )
)
# The same poles by word key, so that "hottest" and "coldest" meet "hot" and "cold".
_POLE_KEYS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(word_key(w) for w in pole) for pole in group) for group in _POLARITY
)
# (group, pole) of every pole word and word key: one dict lookup per token instead of a scan
# of every group (extract runs on the request path).
_POLE_OF_WORD: dict[str, tuple[tuple[int, int], ...]] = {}
_POLE_OF_KEY: dict[str, tuple[tuple[int, int], ...]] = {}
for _gi, _group in enumerate(_POLARITY):
    for _pi, _pole in enumerate(_group):
        for _w in _pole:
            _POLE_OF_WORD[_w] = (*_POLE_OF_WORD.get(_w, ()), (_gi, _pi))
        for _k in _POLE_KEYS[_gi][_pi]:
            _POLE_OF_KEY[_k] = (*_POLE_OF_KEY.get(_k, ()), (_gi, _pi))
_SCOPE = {
    "all": "all",
    "every": "all",
    "each": "all",
    "everyone": "all",
    "everything": "all",
    # In a question "any" and "some" ask the same ("is there any / are there some").
    "any": "some",
    "anyone": "some",
    "anybody": "some",
    "somebody": "some",
    "everybody": "all",
    "anything": "some",
    "some": "some",
    "someone": "some",
    "something": "some",
    "most": "most",
    "many": "many",
    "few": "few",
    "several": "several",
    "only": "only",
    "always": "always",
    "sometimes": "sometimes",
    "often": "often",
    "usually": "usually",
    "rarely": "rarely",
    "per": "per",
    "second": None,
    "minute": "t:min",
    "minutes": "t:min",
    "hour": "t:hour",
    "hourly": "t:hour",
    "hours": "t:hour",
    "day": "t:day",
    "daily": "t:day",
    "days": "t:day",
    "week": "t:week",
    "weekly": "t:week",
    "weeks": "t:week",
    "month": "t:month",
    "monthly": "t:month",
    "months": "t:month",
    "year": "t:year",
    "yearly": "t:year",
    "annual": "t:year",
    "annually": "t:year",
    "years": "t:year",
    "decade": "t:decade",
    "century": "t:century",
    "weekend": "t:weekend",
    "lifetime": "t:life",
}
_ASKS = frozenset({"why", "when", "where", "who", "how", "what", "which"})
_STOP = frozenset(
    """a an the and or but if of at by for with about against between into through during above
    below to from up down in out on off over under again further then once here there when where
    why how what which who whom whose this that these those am is are was were be been being have
    has had having do does did doing i me my myself we our ours ourselves you your yours yourself
    yourselves he him his himself she her hers herself it its itself they them their theirs
    themselves can could should would will shall may might must just so than too very also s t
    get got getting as such way ways thing things really actually any some one someone people
    person possible much like etc vs versus via using use used make makes making know want need
    good best better tell anyone quora tip tips step steps method methods okay ok mean meaning
    meant definition define able go going try trying idea ideas advice suggest suggestion
    suggestions recommend recommendation recommendations while whilst reason reasons take look
    looks seem seems located situated review reviews opinion opinions think thoughts views
    example examples list various exactly basically generally specifically particular certain
    become becoming""".split()
)
# Words that relate the two things around them, so that exchanging those things changes the
# question ("convert X to Y", "X better than Y"); content words between them do the same.
_RELATIONS = frozenset({"to", "from", "than", "into", "vs", "versus", "over", "against", "onto", "beat"})
# Period words after "every"/"each"/"per": "every day" is a rate like "daily", not "all".
_PERIODS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "night"}
)
# Characters after which (and optional whitespace) a capitalised word is still sentence-initial.
_SENTENCE_ENDS = frozenset(".!?:;\"'(\n")
_WORD_OR_NUMBER = re.compile(r"[A-Za-z][A-Za-z0-9+#.&'-]*[A-Za-z0-9+#]|[A-Za-z]")
_HAS_DIGIT = re.compile(r"\d")


def _number_key(tok: str) -> str:
    t = tok.lstrip("$€£").rstrip("%").replace(",", "")
    try:
        v = float(t)
    except ValueError:
        return t
    # A number past a float's range (309+ digits) is keyed as written: as "inf" any two would match.
    return repr(v) if math.isfinite(v) else t


@dataclass(frozen=True, slots=True)
class PromptFeatures:
    numbers: tuple[str, ...]
    #: Units and currencies in order of first appearance ("km to miles" / "miles to km").
    units: tuple[str, ...]
    negations: int
    poles: frozenset[tuple[int, int]]
    entities: tuple[str, ...]
    scope: frozenset[str]
    content: frozenset[str]
    words: frozenset[str]
    #: Content words in order of first appearance (for the swap check).
    sequence: tuple[str, ...] = ()
    #: The kind of question asked: why / when / where / who / how (None for what/which/other).
    asks: str | None = None
    #: Ordered content-word pairs separated by a relation or another content word.
    relations: frozenset[tuple[str, str]] = frozenset()
    #: ``Quantities.first`` / ``Quantities.one`` (see :meth:`Quantities.same`).
    first: bool = False
    one: bool = False
    #: Content words right after a determiner ("the buyer", "an estate agent"): where a role
    #: of the question starts (for the swap of roles of several words).
    determined: frozenset[str] = frozenset()
    #: Written as keywords, without an article, an auxiliary or a pronoun ("visa japan us
    #: citizen"): its word order says nothing of roles (for the swap check).
    telegraphic: bool = False
    #: Tense of the question's own auxiliary ("past": was/were/did, "present": is/are/am/do/
    #: does, "future": will/shall) and the word after it; None without one (``_main_auxiliary``).
    tense: tuple[str, str] | None = None
    #: Kind of a modal opening the question ("ought": should/must/ought, "can": can/could/may/
    #: might) and the word after it.
    modal: tuple[str, str] | None = None
    #: Antonym groups (indices into ``_POLARITY``) whose two poles the prompt joins by "and" /
    #: "or" / "vs": it asks for both ends ("the best and worst movie", "pros and cons").
    both_ends: frozenset[int] = frozenset()
    #: Points at something the prompt does not contain ("this problem", "Is this scabies?",
    #: "these symptoms"): see :func:`_deictic`.
    deictic: bool = False
    #: Consecutive content words with a relation word between them, as (before, relation,
    #: after): "from the airport to the city centre" has ("airport", "to", "city").
    links: frozenset[tuple[str, str, str]] = frozenset()
    #: How the prompt's passive names its roles (``_voice``): "by" when read in the active order
    #: from a "by" agent ("Is the fee paid by the seller?"), "object" when its subject receives a
    #: kept object ("Is the seller paid the fee?"), else None. Both put the seller first, in
    #: opposite roles (j136).
    voice: str | None = None
    #: The asker's own knowing frame before a question word (``_knowing``): "not" for "I don't
    #: know how to ..." (its negation idle), "yes" for "I know how to ...", else None.
    knowing: str | None = None
    #: The names grouped into runs adjacent in the text (``_name_runs``), for acronyms.
    name_runs: tuple[tuple[str, ...], ...] = ()

    @property
    def amounts(self) -> Quantities:
        """The numbers guard's view of the prompt (what :func:`quantities` gives)."""
        return Quantities(self.numbers, self.units, self.first, self.one)

    def as_dict(self) -> dict[str, object]:
        return {
            "numbers": list(self.numbers),
            "units": list(self.units),
            "negations": self.negations,
            "poles": sorted(self.poles),
            "entities": list(self.entities),
            "scope": sorted(self.scope),
            "content": sorted(self.content),
        }


def _sentence_initial(text: str, i: int) -> bool:
    """Whether position ``i`` of ``text`` starts a sentence: the text's start, or a sentence
    end (``_SENTENCE_ENDS``) followed only by whitespace (a line break counts as one).

    What the regex ``(^|[.!?:;"'(\\n]\\s*)$`` said of ``text[:i]``, read backwards from ``i``
    instead: the search tried every position of the prefix, once per word (quadratic in
    the prompt's length)."""
    j = i
    while j > 0 and text[j - 1].isspace():
        if text[j - 1] == "\n":
            return True
        j -= 1
    return i == 0 or (j > 0 and text[j - 1] in _SENTENCE_ENDS)


def _entities(text: str) -> tuple[str, ...]:
    """Capitalised words that are not sentence-initial, acronyms and names with digits, in order."""
    return tuple(name for name, _, _ in _located_entities(text))


#: What may stand between two words of one name: a space or hyphen, or "of" ("Bank of America",
#: "District of Columbia"); a comma or "and" lists several names ("Uganda and Kenya").
_NAME_JOIN = re.compile(r"[\s.-]+(?:of[\s-]+)?")


def _name_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The prompt's names grouped into runs adjacent in the text ("New York City" one run,
    "Nashville, York and Cork" three): what an acronym may spell out (j136)."""
    runs: list[list[str]] = []
    end = -1
    for name, start, stop in _located_entities(text):
        if runs and _NAME_JOIN.fullmatch(text, end, start):
            runs[-1].append(name)
        else:
            runs.append([name])
        end = stop
    return tuple(tuple(r) for r in runs)


def _located_entities(text: str) -> list[tuple[str, int, int]]:
    """:func:`_entities` with where each name starts and ends in ``text``."""
    found: list[tuple[str, int, int]] = []
    for m in _WORD_OR_NUMBER.finditer(text):
        w = m.group(0)
        lw = w.lower().strip("'.")
        if lw in ("i", "i'm", "i'd", "i've", "i'll") or lw in _MONTHS or lw in _NUMBER_WORDS or lw in _WEEKDAYS:
            continue
        is_acronym = len(w) >= 2 and w.isupper()
        # ASCII words (the pattern): a capital after the first letter changes lower().
        is_mixed = bool(_HAS_DIGIT.search(w)) or (w[0].islower() and w[1:] != w[1:].lower())
        is_cap = w[0].isupper() and not _sentence_initial(text, m.start())
        if (is_acronym or is_mixed or is_cap) and (is_acronym or lw not in _STOP):
            name = lw.replace("'s", "")
            versioned = _NAME_VERSION.fullmatch(name)
            # "Python3" names what "Python 3" does (the version is a number, compared as one);
            # "v20" is a version alone.
            if versioned is not None and versioned.group(1) == "v":
                continue
            found.append((word_key(versioned.group(1) if versioned is not None else name), m.start(), m.end()))
    return found


@dataclass(frozen=True, slots=True)
class Quantities:
    """The numbers (dates, number words, months) and units of a prompt: what the first guard
    compares, and the fields of :class:`PromptFeatures` of the same names."""

    numbers: tuple[str, ...]
    #: Units attached to a number ("5=mi" for "5 miles", "$5", "5%"), sorted, then the other
    #: units in order of first appearance: "how many km in 5 miles" and "5 miles in km" read
    #: alike, "5 km in miles" does not, nor "convert km to miles" / "convert miles to km".
    #: Also two numbers a relation word ("to", "than") joins, in order ("2>3": "from 2 to 3").
    units: tuple[str, ...]
    #: The word "first" is among the numbers (an ordinal, or an adverb: "what do I do first").
    first: bool = False
    #: The word "one" occurs (not a number key: "one of the", "the one", but a count against
    #: "first": "my first program" / "one program").
    one: bool = False

    def same(self, other: Quantities) -> bool:
        """Whether the two prompts' numbers and units ask the same. The word "first" on one
        side only, against a side with no number and no "one", is not read as a number ("Should
        I pay off debt first or invest?" / "... before investing?"): the content-word guard and
        the verifier judge it; "first" / "second", "first" / "1st", "first" / "one" compare
        strictly."""
        if self.units != other.units:
            return False
        if self.numbers == other.numbers:
            return True
        return (self.first and self.numbers == ("#1",) and not other.numbers and not other.one) or (
            other.first and other.numbers == ("#1",) and not self.numbers and not self.one
        )


#: A letter-led name with a version ("python3", "vue2", "win11", "v20"): the name and the number,
#: as "Python 3" is read.
_NAME_VERSION = re.compile(r"([a-z]+)(\d+(?:\.\d+)*)")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _whole(tok: str) -> float | None:
    """The value of a whole number written in digits or as a word ("one" included), else None;
    None too for one past a float's range (309+ digits), which the callers could not join into
    another (``int(inf)`` raised OverflowError, j136): it stays a token as typed."""
    if tok.isdigit():
        v = float(tok)
        return v if math.isfinite(v) else None
    word = "1" if tok == "one" else _NUMBER_WORDS.get(tok, "")
    return float(word) if word.isdigit() else None


#: Tens that a unit word after them completes ("twenty-eight", "fifty five").
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_TENS_UNITS = frozenset("one two three four five six seven eight nine".split())
#: Number words that multiply the number before them ("two hundred", "5 million").
_MULTIPLIERS = frozenset({"hundred", "thousand", "million", "billion"})
#: Words :func:`guard_tokens` reads as part of a number (other than digits).
_NUMBER_READINGS = _TENS | _MULTIPLIERS | frozenset({"sterling", "half", "times", "once", "couple"})


def _joined_in(text: str, tens: str, unit: str) -> bool:
    """Whether ``text`` writes ``tens`` and ``unit`` as one number: a space or hyphen between."""
    return re.search(rf"\b{tens}[\s-]+{unit}\b", fold(text), re.IGNORECASE) is not None


@functools.lru_cache(maxsize=4096)
def guard_tokens(text: str) -> tuple[str, ...]:
    """:func:`tokens` as the guards read them: a name with a version split into both
    ("python3" -> "python", "3"; "v20" -> "20"), a digit ordinal keyed as the word ("1st" ->
    "#1", as "first"), "pounds sterling" as the currency."""
    toks = tokens(text)
    if not any(_HAS_DIGIT.search(t) for t in toks) and _NUMBER_READINGS.isdisjoint(toks):
        return tuple(toks)
    out: list[str] = []
    for i, tok in enumerate(toks):
        after = toks[i + 1] if i + 1 < len(toks) else ""
        if out and tok in _TENS_UNITS and out[-1] in _TENS and _joined_in(text, out[-1], tok):
            # "twenty-eight", "fifty five": one number ("I'm thirty, two kids" is two, j136).
            out[-1] = str(int(_NUMBER_WORDS[out[-1]]) + int(_whole(tok) or 0))
            continue
        before = _whole(out[-1]) if out else None
        if before is not None and tok in _MULTIPLIERS and out[-1] != "one" and before < 1e300:
            # "two hundred", "5 thousand": one number (a bare "hundred" is 100 as before).
            out[-1] = repr(before * float(_NUMBER_WORDS[tok]))
            continue
        if before is not None and tok == "times" and not _HAS_DIGIT.search(after):
            # "two times a day" is "twice a day"; "5 times 3" stays a product.
            out[-1] = f"x{int(before)}"
            continue
        if (
            tok == "once"
            and after in ("a", "an", "per", "every", "each")
            and toks[i + 2 : i + 3]
            and toks[i + 2] in _PERIODS
        ):
            # "once a week" is "weekly": the period says the rate ("twice a week" keeps its "x2").
            continue
        if tok == "couple" and out and out[-1] == "a" and after == "of":
            # "a couple of days" is "2 days" ("a few" stays vague).
            out[-1] = "2"
            continue
        if tok == "of" and out and out[-1] == "2" and i >= 2 and toks[i - 1] == "couple":
            continue
        whole = _whole(out[-3]) if tok == "half" and len(out) >= 3 and out[-2:] == ["and", "a"] else None
        if whole is not None:
            # "59 and a half" / "one and a half" are one number ("59.5", "1.5").
            out[-3:] = [repr(whole + 0.5)]
            continue
        if tok in _ORDINAL_SUFFIXES and out and out[-1].isdigit():
            out[-1] = f"#{out[-1].lstrip('0') or '0'}"  # no int(): past 4,300 digits it raises
            continue
        if tok == "sterling" and out and out[-1] in ("pound", "pounds"):
            out[-1] = "gbp"
            continue
        if tok[0].isalpha() and _HAS_DIGIT.search(tok):
            m = _NAME_VERSION.fullmatch(tok)
            if m is not None:
                if m.group(1) != "v":
                    out.append(m.group(1))
                out.append(m.group(2))
                continue
        out.append(tok)
    return tuple(out)


#: Words before "may" that make it the month ("in May", "until May", "early May"): elsewhere
#: "may" is the modal of a formal question ("whether a laptop may be carried", "May I ask ...").
_BEFORE_MONTH = frozenset(
    "in on of since until till by from during before after early late mid next last this every to through".split()
)


#: Words of :data:`_BEFORE_MONTH` that can also be the subject of the modal ("this may cause errors").
_SUBJECT_OR_MONTH = frozenset({"this", "that"})
#: What follows the month and never the modal: a preposition, a conjunction, a finite verb
#: ("this May in Spain", "this May or June", "this May was wet").
_AFTER_MONTH = frozenset("in on at for and or to until till through is was will has had when while so but as".split())


def _month_may(toks: tuple[str, ...], i: int) -> bool:
    """Whether the token "may" at ``i`` names the month: after a preposition or time word, next to
    a day's number ("5 May", "May 5th"), or joined to another month ("April or May"). Read as
    the modal otherwise, it is no number for the guards to compare: the formal register's "may"
    had refused paraphrases as another date (register2 pair set, j119)."""
    before = toks[i - 1] if i else ""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if before in _SUBJECT_OR_MONTH and after and after not in _AFTER_MONTH and not _HAS_DIGIT.search(after):
        # "this may cause errors": "this" is the subject of the modal, which a verb follows;
        # "this May", "this May is", "this May in Spain" name the month.
        return False
    # "#5" is how guard_tokens writes an ordinal ("May 5th").
    if before in _BEFORE_MONTH or _HAS_DIGIT.search(before) or _HAS_DIGIT.search(after) or after.startswith("#"):
        return True
    return before in ("and", "or") and i >= 2 and toks[i - 2] in _MONTHS and toks[i - 2] != "may"


@functools.lru_cache(maxsize=65_536)
def quantities(text: str) -> Quantities:
    """The prompt's :class:`Quantities`, without the rest of :func:`extract` (a fifth of its
    cost): a candidate whose numbers differ is refused on them alone (see
    :meth:`Guards.quick`). :func:`extract` takes its numbers and units from here."""
    numbers: list[str] = []
    attached: list[str] = []
    units: list[str] = []
    known = _TOKEN_QUANTITIES
    last: str | None = None  # the number just read, which a unit right after it belongs to
    # Two numbers with a relation word between them, in order ("from Vue 2 to Vue 3", "is 5
    # more than 3"): the sorted numbers alone would not tell "from 3 to 2" apart.
    previous: str | None = None
    related = False
    order: list[str] = []
    toks = guard_tokens(text)
    for i, tok in enumerate(toks):
        if tok in _RELATIONS:
            related = True
        if tok == "may" and not _month_may(toks, i):
            continue
        found = known.get(tok)
        if found is None:
            if len(known) >= TOKEN_QUANTITIES_MAX:
                known.clear()
            found = known[tok] = _token_quantity(tok)
        sign, number, unit = found
        if number is not None:
            numbers.append(number)
            if previous is not None and related:
                order.append(f"{previous}>{number}")
            previous, related = number, False
            if sign is not None:
                attached.append(f"{number}={sign}")
            last = number if not number.startswith("#") else None
            continue
        if sign is not None:
            units.append(sign)
        if unit is not None:
            if last is not None:
                attached.append(f"{last}={unit}")
            else:
                units.append(unit)
        last = None
    return Quantities(
        tuple(sorted(numbers)),
        tuple(sorted(attached)) + tuple(order) + tuple(dict.fromkeys(units)),
        first="first" in toks,
        one="one" in toks,
    )


#: What each token read so far adds to a prompt's :class:`Quantities` (a new prompt's tokens are
#: mostly known words: a dict lookup each instead of the rules of :func:`_token_quantity`).
_TOKEN_QUANTITIES: dict[str, tuple[str | None, str | None, str | None]] = {}
#: Tokens remembered (~150 bytes each; a new number is a new token); the dict starts afresh when full.
TOKEN_QUANTITIES_MAX = 20_000


def _token_quantity(tok: str) -> tuple[str | None, str | None, str | None]:
    """What one token adds to :func:`quantities`, in the order it adds it: the unit its sign
    makes ("$5", "50%"), its number key (digits, number words, months), else the unit it names
    ("km", "miles")."""
    sign = (_UNITS[tok[0]] if tok[0] in "$€£" else "pct") if tok[0] in "$€£" or tok[-1] == "%" else None
    if _HAS_DIGIT.search(tok):
        return sign, _number_key(tok), None
    if tok in _NUMBER_WORDS:
        # The same key as the digits ("ten" / "10"); ordinals and multipliers keep theirs.
        return sign, _number_key(_NUMBER_WORDS[tok]), None
    if tok in _MONTHS:
        return sign, _MONTHS[tok], None
    if tok in _WEEKDAYS:
        return sign, _WEEKDAYS[tok], None
    singular = tok[:-1] if len(tok) > 3 and tok.endswith("s") else tok
    unit = _UNITS.get(tok) or _UNITS.get(singular)
    return sign, None, unit if unit is not None and len(tok) > 1 else None


@functools.lru_cache(maxsize=65_536)
def extract(text: str) -> PromptFeatures:
    """Everything the guards compare, computed once per prompt (remembered: a cached prompt is
    compared with many new ones)."""
    toks = list(guard_tokens(text))
    idle = _idle_negations(toks, text)
    negations = sum(1 for i, tok in enumerate(toks) if tok in _NEGATIONS and i not in idle)
    passive = _active_order(toks)
    if passive is not None:
        # "Can a tenant be evicted by a landlord?" read in the active voice ("can a landlord
        # evicted a tenant"): the roles' order is what the swap checks compare.
        toks = passive
    poles: set[tuple[int, int]] = set()
    scope: set[str] = set()
    sequence: list[str] = []
    asks: str | None = None
    content: set[str] = set()
    words: set[str] = set()
    positions: dict[str, int] = {}
    determined: set[str] = set()
    for i, tok in enumerate(toks):
        key = word_key(tok)
        words.add(key)
        # Numbers and units are read by ``quantities``; these tokens are nothing else.
        if _HAS_DIGIT.search(tok) or tok in _NUMBER_WORDS or tok in _MONTHS or tok in _WEEKDAYS:
            if tok == "first":  # also a pole: "the first iPhone" / "the latest iPhone"
                poles.update(_POLE_OF_WORD["first"])
            continue
        if tok in _NEGATIONS:
            continue
        # Two-word poles ("zoom in" / "zoom out") are written joined by "_".
        joined = f"{toks[i - 1]}_{tok}" if i else tok
        for found in (_POLE_OF_WORD.get(tok), _POLE_OF_WORD.get(joined), _POLE_OF_KEY.get(key)):
            if found:
                poles.update(found)
        sc = _SCOPE.get(tok)
        # "every single day" is "every day", a rate; "each and every day" too.
        after = i + 2 if i + 2 < len(toks) and toks[i + 1] == "single" else i + 1
        if sc == "all" and after < len(toks) and toks[after] in _PERIODS:
            sc = "per"
        elif (tok == "every" and toks[i + 1 : i + 2] == ["time"]) or (
            tok == "all" and toks[i + 1 : i + 3] == ["the", "time"]
        ):
            # "hungry all the time" / "always hungry", "every time I climb" / "always when I climb"
            # ("my all time favourite", "of all time" are no frequency).
            sc = "always"
        elif sc == "all" and tok == "each" and toks[i + 1 : i + 3] == ["and", "every"]:
            sc = None
        elif sc == "most" and i and toks[i - 1] == "the":
            # "the most useful" is a superlative, not a quantity ("most people").
            sc = None
        elif sc == "often" and i and toks[i - 1] == "how":
            # "How often should I inspect a hive, once a week?" / "... weekly?": the rate its
            # answer names; against a count ("how many times a week") it is another question.
            sc = "rate"
        elif sc == "many" and i and toks[i - 1] == "how":
            # "How many hours ..." asks a count, which a telegraphic rewording leaves unsaid
            # ("hours sleep per night": one side without a scope is no conflict); against
            # "many" or "most people" it is still another question.
            sc = "count"
        if sc is not None:
            scope.add(sc)
        if asks is None and tok in _ASKS:
            asks = tok if tok in ("why", "when", "where", "who", "how") else ""
            if tok == "how" and toks[i + 1 : i + 2] == ["come"]:
                # "how come the sky is blue" asks why, as casual writers put it.
                asks = "why"
        stem = key
        if tok not in _STOP and tok not in _SCOPE and len(tok) > 1:
            if stem not in content:
                sequence.append(stem)
                positions[stem] = i
            content.add(stem)
            # A count opens a noun phrase as an article does ("two single bikes", "3 lambs").
            if i and (toks[i - 1] in _DETERMINERS or toks[i - 1] in _NUMBER_WORDS or toks[i - 1].isdigit()):
                determined.add(stem)
    fronted = _fronted(text, len(toks))
    if fronted:
        # Word order as if the fronted phrase ended the question ("In France, is driving with
        # headphones legal?" read as "... legal in France"): moving a phrase is not a swap.
        n = len(toks)
        positions = {w: (i - fronted if i >= fronted else i + n - fronted) for w, i in positions.items()}
        sequence = sorted(sequence, key=positions.__getitem__)
        toks = toks[fronted:] + toks[:fronted]
    # "Per year" and "a year" pick the period; a bare "years" in "5 years old" is covered by
    # the number guard, so only keep periods when a rate word is present.
    if "per" not in scope and not any(s in scope for s in ("all",)):
        scope = {s for s in scope if not s.startswith("t:")} | {
            s for s in scope if s.startswith("t:") and _rate_word(toks)
        }
    scope.discard("per")
    amounts = quantities(text)
    kept_case = fold_keep_case(text)
    names = _entities(kept_case)
    return PromptFeatures(
        numbers=amounts.numbers,
        units=amounts.units,
        first=amounts.first,
        one=amounts.one,
        negations=negations,
        poles=frozenset(poles),
        # A passive's names in the active order too ("beaten by Munster" names Munster first).
        entities=_in_order(names, sequence) if passive is not None else names,
        scope=frozenset(scope),
        content=frozenset(content),
        words=frozenset(words),
        sequence=tuple(sequence),
        asks=asks or None,
        relations=_relations(toks, positions),
        links=_links(toks, positions),
        voice="by" if passive is not None else _object_passive(toks),
        name_runs=_name_runs(kept_case) if names else (),
        knowing=_knowing(toks, idle) if "i" in toks else None,
        determined=frozenset(determined),
        telegraphic=not any(t in _CLAUSE_WORDS for t in toks),
        tense=_main_auxiliary(toks, _TENSE_OF, MAIN_AUXILIARY_WITHIN),
        modal=_main_auxiliary(toks, _MODAL_OF, 1),
        deictic=_deictic(toks),
        # "pros & cons": the ampersand is no token of its own.
        both_ends=_both_ends(list(guard_tokens(text.replace("&", " and "))) if "&" in text else toks),
    )


#: The tense an auxiliary marks. "has"/"have"/"had" are left out: a present perfect asks about
#: the past as often as the simple past does ("Has the Mona Lisa been stolen?" / "Was the Mona
#: Lisa stolen?"), and "have" is as often the main verb.
_TENSE_OF = {
    **dict.fromkeys(("was", "were", "did"), "past"),
    **dict.fromkeys(("is", "are", "am", "do", "does"), "present"),
    **dict.fromkeys(("will", "shall"), "future"),
}
#: The question's own auxiliary opens it or follows its question word ("Who was ...", "How long
#: did ...", "How many legs does ..."); one further in belongs to a clause ("What if there was
#: no moon?", "What was your biggest culture shock while living in Japan?" has its own).
MAIN_AUXILIARY_WITHIN = 4


def _main_auxiliary(toks: list[str], kinds: dict[str, str], within: int) -> tuple[str, str] | None:
    """The kind of the question's own auxiliary (the first token, or the first auxiliary among
    the first ``within`` tokens of a question opened by a question word) and the word after it."""
    if not toks or (toks[0] not in kinds and toks[0] not in _ASKS):
        return None
    for i in range(min(within, len(toks))):
        if toks[i] in kinds:
            return kinds[toks[i]], toks[i + 1] if i + 1 < len(toks) else ""
    return None


#: Modals that ask what one ought to do, against those that ask what one may or can do:
#: "Should I tip my hairdresser?" / "Can I tip my hairdresser?" (advice / permission).
_MODAL_OF = {
    **dict.fromkeys(("should", "must", "ought"), "ought"),
    **dict.fromkeys(("can", "could", "may", "might"), "can"),
}


#: Words a sentence has and a keyword query leaves out: articles, auxiliaries, pronouns, "if"
#: ("us" is not one of them: "visa japan us citizen").
_CLAUSE_WORDS = frozenset(
    """a an the is are was were am be been do does did can could should would will shall may might
    must have has had i me you he she we they it him her them my your our their his its if then""".split()
)
#: Words that open a noun phrase: a role of a question ("the buyer", "a subcontractor").
_DETERMINERS = frozenset("the a an my your our their his her its this that these those".split())
#: How a fronted phrase may start: a preposition ("In France, ...", "Before a marathon, ...").
_FRONTING = frozenset("in at on for from to before after during within by under over with without when if".split())
#: A fronted phrase has at most this many tokens.
FRONTED_MAX = 6


def _fronted(text: str, n_tokens: int) -> int:
    """Tokens of a phrase fronted before a comma ("In France, is ...", starting with a
    preposition) or a colon ("Chicken bones: can a cat eat them?"), else 0."""
    t = fold(text).lstrip()
    cut = min((i for i in (t.find(","), t.find(":")) if i > 0), default=-1)
    if cut < 0:
        return 0
    head = guard_tokens(t[:cut])
    if not head or len(head) > FRONTED_MAX or len(head) >= n_tokens - 2:
        return 0
    after = guard_tokens(t[cut + 1 :])[:1]
    if t[cut] == "," and head[0] not in _FRONTING and not (after and after[0] in _ASKS):
        # A topic before a comma and a question word is fronted too ("Dublin to Boston, how
        # long is the flight?"); before anything else it may be the question's own clause.
        return 0
    # A comma inside a number ("1,000") is no phrase boundary.
    if t[cut] == "," and cut + 1 < len(t) and t[cut + 1].isdigit():
        return 0
    return len(head)


def _relations(toks: list[str], positions: dict[str, int]) -> frozenset[tuple[str, str]]:
    """Ordered pairs of content words with a relation word or another content word between
    them: the pairs whose exchange changes the question."""
    order = sorted(positions.items(), key=lambda kv: kv[1])
    out: set[tuple[str, str]] = set()
    for a in range(len(order)):
        for b in range(a + 1, len(order)):
            x, i = order[a]
            y, j = order[b]
            if b > a + 1 or any(t in _RELATIONS for t in toks[i + 1 : j]):
                out.add((x, y))
    return frozenset(out)


#: Words after "this" / "these" that name a time or the world everyone shares, not a thing
#: shown ("this year", "these days", "in this life", "on this planet").
_NOT_POINTING = _PERIODS | frozenset(
    "weekend morning afternoon evening time summer winter spring autumn fall season semester term quarter "
    "decade century election life world universe planet earth".split()
)


def _deictic(toks: list[str]) -> bool:
    """Whether the prompt points with "this" / "these" at something it does not contain: a
    problem, a photo, a website, a rash the asker has in front of them ("How would you solve
    this thermodynamics problem?", "Is this scabies?"). Two such prompts can read alike and
    still be about different things, so no cached answer fits another one; a time ("this
    year", "these days") is no such pointer. Measured on the tune half of the held-out Quora
    pairs (2026-12-07, j103): 3 of the 13 false hits the MiniLM stage serves from 0.85, 1
    of its 119 duplicates."""
    return any(
        t in ("this", "these") and not (i + 1 < len(toks) and toks[i + 1] in _NOT_POINTING) for i, t in enumerate(toks)
    )


#: Auxiliaries that open a yes/no question ("Don't I need ...", "Isn't the pharmacy open ...").
_QUESTION_AUXILIARIES = frozenset(
    "do does did is are was were am have has had can could will would should must shall".split()
)
#: What follows an opening negated auxiliary when it asks a question (its subject), not an order
#: ("Don't I need a visa?" against "Don't feed the ducks").
_PERSONAL_PRONOUNS = frozenset("i you we they he she it there".split())
_SUBJECTS = _PERSONAL_PRONOUNS | _DETERMINERS
#: A negative contraction opening the prompt ("Don't", "Isn't", "Can't", "Won't").
_OPENING_CONTRACTION = re.compile(r"\s*[A-Za-z]+n['’]t\b", re.IGNORECASE)
#: Verbs of the asker's knowing: "I don't know how to ...", "I can't work out why ...", before a
#: question word of ``_ASKS`` ("I'm not sure whether to format it" weighs a choice: it stays a
#: negation).
_KNOWING = frozenset("know understand figure work remember see tell find decide get sure certain".split())


def _idle_negations(toks: list[str], text: str) -> frozenset[int]:
    """Positions of negation words that do not negate what the prompt asks, so a paraphrase with
    or without them asks the same:

    * a negative yes/no question (a negative contraction opening the prompt, then its subject:
      "Don't I need a visa?" asks what "Do I need a visa?" asks; "Is it not safe ...", written
      out, and "Don't feed the ducks", an order, stay negations);
    * a question tag ("It's safe to refreeze prawns, isn't it?"): the statement carries the
      polarity, the tag the opposite one;
    * the asker's not knowing ("I don't know how to tune a ukulele", "I can't work out why ..."):
      a knowing verb followed by a question word asks that question;
    * "whether or not" and a closing "or not" ("Should I tell my employer or not?");
    * "no matter" ("no matter what I do" is "whatever I do")."""
    n = len(toks)
    out: set[int] = set()
    if (
        n >= 3
        and _OPENING_CONTRACTION.match(text)
        and (toks[0] in _QUESTION_AUXILIARIES and toks[1] == "not" or toks[0] == "cannot")
    ):
        k = 1 if toks[0] == "cannot" else 2
        if toks[k] in _SUBJECTS:
            out.add(k - 1)
    stripped = text.rstrip().rstrip("?!. ")
    if (
        n >= 4
        and toks[-1] in _PERSONAL_PRONOUNS
        and toks[-2] == "not"
        and toks[-3] in _QUESTION_AUXILIARIES
        and re.search(r",\s*[A-Za-z]+n['’]t\s+[A-Za-z]+$", stripped)
    ) or (n >= 3 and toks[-1] == "i" and toks[-2] == "cannot" and re.search(r",\s*can['’]t\s+i$", stripped, re.I)):
        out.add(n - 2)
    for i, tok in enumerate(toks):
        if tok not in _NEGATIONS:
            continue
        if tok in ("not", "cannot") and (i == 0 or toks[i - 1] in ("i", "do", "am", "can", "could")):
            # "i do not know how", "i cannot work out why", "i am not sure whether", "i not know how"
            start = i - 1
            while start >= 0 and toks[start] in ("do", "am", "can", "could", "really"):
                start -= 1
            verb = i + 1
            if start >= 0 and toks[start] == "i" and verb < n and toks[verb] in _KNOWING:
                if any(t in _ASKS for t in toks[verb + 1 : verb + 4]):
                    out.add(i)
        if tok == "not" and i and toks[i - 1] == "or" and (i + 1 == n or (i >= 2 and toks[i - 2] == "whether")):
            out.add(i)
        if tok == "no" and toks[i + 1 : i + 2] == ["matter"]:
            out.add(i)
    return frozenset(out)


def _knowing(toks: list[str], idle: frozenset[int]) -> str | None:
    """ "not" when the asker says they do not know what a question word asks ("i do not know how
    to", an idle negation of ``_idle_negations``), "yes" when they say they know it ("i know how
    to", "i understand why"), else None."""
    for i, tok in enumerate(toks[:-1]):
        if tok in _KNOWING and any(t in _ASKS for t in toks[i + 1 : i + 4]):
            before = i - 1
            while before >= 0 and toks[before] in ("do", "am", "can", "could", "really", "not", "cannot"):
                before -= 1
            if before >= 0 and toks[before] == "i":
                return "not" if any(j in idle for j in range(before + 1, i)) else "yes"
    return None


#: Forms of "be" (and "get") that make a passive with a participle ("be evicted", "was written").
_BE_FORMS = frozenset("be been being is are was were am get gets got gotten".split())
#: Irregular past participles that do not end in "-ed" / "-en".
_PARTICIPLES = frozenset(
    """paid made built sent taught caught bought held known seen sold told found kept left led lost
    met run shot spent struck sung won thrown hit hurt cut put set read shut brought thought fed
    bred bent dealt dug felt fought hung laid lent meant sought spun stuck swept understood wound""".split()
)
#: Words that end a role after "by" ("by a landlord for one late payment").
_ROLE_ENDS = _RELATIONS | _FRONTING | _QUESTION_AUXILIARIES | frozenset("and or but because while than".split())
#: Words between a subject and its passive "be" that stay where they are ("have to", "ever").
_VERB_CHAIN = frozenset(
    "to have has had need needs ought going ever always never already still also just often usually".split()
)
#: Words that end a subject read backwards from its passive "be".
_SUBJECT_STARTS = (
    _QUESTION_AUXILIARIES | _ASKS | frozenset("may might that if when whether and but because while so".split())
)


def _participle(tok: str) -> bool:
    return tok in _PARTICIPLES or (len(tok) > 4 and (tok.endswith("ed") or tok.endswith("en")))


#: Nouns and names in "-ly" that stand where a subject does, never adverbs ("Can my family be
#: sponsored by ...", "Can Italy be beaten by ...").
_LY_NOUNS = frozenset(
    """family italy july supply ally belly bully jelly lily rally reply assembly anomaly monopoly
    butterfly fly holly emily kelly molly billy polly sally dolly ply""".split()
)


def _adverb(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` reads as an adverb in "-ly" ("can a tenant legally be evicted", "can
    easily be found"): not a noun of ``_LY_NOUNS``, and not after a determiner ("my family": a
    noun there is the subject itself, j136)."""
    tok = toks[i]
    return len(tok) > 4 and tok.endswith("ly") and tok not in _LY_NOUNS and (i == 0 or toks[i - 1] not in _DETERMINERS)


def _object_passive(toks: list[str]) -> str | None:
    """ "object" when a passive keeps an object after its participle ("is the seller paid the
    fee", "can John be sent the email"): its subject receives, where a "by" passive's subject is
    acted on. None otherwise."""
    for i in range(1, len(toks) - 1):
        if (
            toks[i + 1] in _DETERMINERS
            and _participle(toks[i])
            and any(t in _BE_FORMS for t in toks[max(0, i - 5) : i])
        ):
            return "object"
    return None


def _active_order(toks: list[str]) -> list[str] | None:
    """The prompt's tokens with a passive clause put in the active voice's order, or None: "can
    a tenant be evicted by a landlord for ..." -> "can a landlord evicted a tenant for ...", "is
    the fee paid by the seller" -> "is the seller paid the fee". Only the order matters (the
    swap checks compare which role comes first), so the "be" and "by" are dropped. A "by" with a
    date or number after it ("paid by Friday", "by 5pm") is no agent."""
    if "by" not in toks:
        return None
    b = toks.index("by")
    if b < 2 or not _participle(toks[b - 1]):
        return None
    end = b + 1
    while end < len(toks) and end - b <= 5 and toks[end] not in _ROLE_ENDS:
        end += 1
    agent = toks[b + 1 : end]
    if not agent or any(_HAS_DIGIT.search(t) or t in _MONTHS or t in _NUMBER_WORDS for t in agent):
        return None
    part = b - 1
    if toks[part - 1] in _BE_FORMS:
        # "<subject> [have to] be evicted by <agent>"
        be = part - 1
        while be > 0 and toks[be - 1] in _BE_FORMS:
            be -= 1
        chain_start = be
        while chain_start > 0 and (toks[chain_start - 1] in _VERB_CHAIN or _adverb(toks, chain_start - 1)):
            chain_start -= 1
        start = chain_start
        while start > 0 and toks[start - 1] not in _SUBJECT_STARTS:
            start -= 1
        subject = toks[start:chain_start]
        if not subject:
            return None
        return toks[:start] + agent + toks[chain_start:be] + [toks[part]] + subject + toks[end:]
    if toks[0] in _BE_FORMS and part > 1:
        # "is <subject> paid by <agent>"
        return toks[:1] + agent + [toks[part]] + toks[1:part] + toks[end:]
    return None


def _in_order(entities: tuple[str, ...], sequence: list[str]) -> tuple[str, ...]:
    """``entities`` in the order their words take in ``sequence`` (a passive read as active);
    names not in it keep their place after those that are."""
    rank = {w: i for i, w in enumerate(sequence)}
    placed = [(rank.get(e, len(rank) + i), e) for i, e in enumerate(entities)]
    return tuple(e for _, e in sorted(placed))


#: Words that join the two ends of a scale into one ask ("best and worst", "pros vs cons").
_JOINS = frozenset({"and", "or", "vs", "versus"})


def _both_ends(toks: list[str]) -> frozenset[int]:
    """Antonym groups whose two poles stand on either side of a join word ("best and worst",
    "advantages or disadvantages"; ``toks`` read with "&" as "and"). Poles apart ("after the
    best before date") or side by side ("recover deleted files") are no such ask."""

    def poles_at(tok: str) -> tuple[tuple[int, int], ...]:
        return _POLE_OF_WORD.get(tok, ()) + _POLE_OF_KEY.get(word_key(tok), ())

    out: set[int] = set()
    for i in range(len(toks) - 2):
        if toks[i + 1] in _JOINS:
            right = poles_at(toks[i + 2])
            out.update(g for g, p in poles_at(toks[i]) for g2, p2 in right if g == g2 and p != p2)
    return frozenset(out)


def _ends_differ(q: PromptFeatures, c: PromptFeatures) -> bool:
    """One prompt asks for both ends of a scale and the other names one end of it only: "the
    best and worst Bollywood movie" / "the worst Bollywood movie" (a Quora non-duplicate the
    MiniLM stage served; measured 2026-12-07, j103). :func:`_poles_conflict` lets it through:
    the two share a pole. Both ends named apart on the other side ("before a run or after it")
    are the same ask."""

    def ends(f: PromptFeatures) -> dict[int, int]:
        out: dict[int, int] = {}
        for g, _ in f.poles:
            out[g] = out.get(g, 0) + 1
        return out

    eq, ec = ends(q), ends(c)
    return any(ec.get(g) == 1 for g in q.both_ends) or any(eq.get(g) == 1 for g in c.both_ends)


def _links(toks: list[str], positions: dict[str, int]) -> frozenset[tuple[str, str, str]]:
    """Consecutive content words with a relation word between them, with that word (the last
    one between them): where a question joins two of its places or roles ("from X to Y")."""
    order = sorted(positions.items(), key=lambda kv: kv[1])
    out: set[tuple[str, str, str]] = set()
    for (x, i), (y, j) in zip(order, order[1:], strict=False):
        between = [t for t in toks[i + 1 : j] if t in _RELATIONS]
        if between:
            out.add((x, between[-1], y))
    return frozenset(out)


def _rate_word(toks: list[str]) -> bool:
    return any(
        t in ("hourly", "daily", "weekly", "monthly", "yearly", "annual", "annually", "a", "an", "every", "each")
        for t in toks
    )


def fold_keep_case(text: str) -> str:
    """Unicode-normalised text with case kept (entity detection needs capitals)."""
    import unicodedata

    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    reason: str
    #: Cosine the candidate needed (threshold plus content-word penalty).
    needed: float


class Guards:
    """Checks a (query, candidate) pair of features; configured once from settings."""

    def __init__(self, settings: GuardSettings) -> None:
        self.s = settings

    def hard(self, q: PromptFeatures, c: PromptFeatures) -> bool:
        """True when no rule refuses the pair whatever its similarity (numbers, negation,
        polarity, scope, entities, question kind, swaps, too many other content words)."""
        return self.check(q, c, float("inf"), 0.0).ok

    def quick(self, q_text: str, c_text: str, threshold: float) -> Verdict | None:
        """The verdict of :meth:`check` when its first rule (numbers and units) refuses the
        pair, read from the prompts' :func:`quantities` alone; None when the full features
        must be compared. Lets a lookup skip parsing prompts whose numbers differ (a date, an
        amount, a version: the commonest near miss)."""
        if self.s.numbers and not quantities(q_text).same(quantities(c_text)):
            return Verdict(False, "numbers", threshold)
        return None

    def check(self, q: PromptFeatures, c: PromptFeatures, score: float, threshold: float) -> Verdict:
        s = self.s
        if s.numbers and not q.amounts.same(c.amounts):
            return Verdict(False, "numbers", threshold)
        if s.negation and {q.knowing, c.knowing} == {"not", "yes"}:
            # "I don't know how to swim" asks what "How do I swim?" asks, not what "I know how to
            # swim, what next?" does (j136): its negation is idle only against no knowing frame.
            return Verdict(False, "negation", threshold)
        if s.negation and (q.negations % 2) != (c.negations % 2):
            return Verdict(False, "negation", threshold)
        if s.polarity and (_poles_conflict(q.poles, c.poles) or _ends_differ(q, c)):
            return Verdict(False, "polarity", threshold)
        if s.deixis and (q.deictic or c.deictic):
            # "Is this scabies?" / "Could this be scabies?": two different rashes.
            return Verdict(False, "deixis", threshold)
        if s.scope and _scopes_conflict(q.scope, c.scope):
            return Verdict(False, "scope", threshold)
        if s.entities and not self._same_entities(q, c):
            return Verdict(False, "entities", threshold)
        if s.polarity and q.asks and c.asks and q.asks != c.asks:
            return Verdict(False, "question", threshold)
        if s.tense and _auxiliaries_conflict(q.tense, c.tense):
            # "Who is the CEO of X" / "Who was the CEO of X": another time, another answer.
            return Verdict(False, "tense", threshold)
        if s.tense and _auxiliaries_conflict(q.modal, c.modal):
            # "Should I tip ..." / "Can I tip ...": advice, not permission.
            return Verdict(False, "modal", threshold)
        if s.entities and {q.voice, c.voice} == {"by", "object"}:
            # "Is the fee paid by the seller?" / "Is the seller paid the fee?": the same order,
            # the seller paying in one and paid in the other.
            return Verdict(False, "swap", threshold)
        if s.entities and _swapped(q, c):
            # The same words in another order: "did X beat Y" / "did Y beat X".
            return Verdict(False, "swap", threshold)
        only_q = _unmatched(q.content, c.words)
        only_c = _unmatched(c.content, q.words)
        if s.polarity and (
            any(negated_form(w, c.words) for w in only_q) or any(negated_form(w, q.words) for w in only_c)
        ):
            # "possible" / "impossible", "likely" / "unlikely".
            return Verdict(False, "negation", threshold)
        needed = threshold
        if s.unmatched_word_penalty > 0 or s.added_word_penalty > 0:
            if max(len(only_q), len(only_c)) > s.max_unmatched_words:
                return Verdict(False, "content", threshold)
            # A word replaced by another ("rice" / "pasta") changes the question far more
            # often than a word added to one side ("permanently", "in the city").
            replaced = min(len(only_q), len(only_c))
            added = abs(len(only_q) - len(only_c))
            needed = threshold + s.unmatched_word_penalty * replaced + s.added_word_penalty * added
        if score < needed:
            return Verdict(False, "score", needed)
        return Verdict(True, "ok", needed)

    @staticmethod
    def _same_entities(q: PromptFeatures, c: PromptFeatures) -> bool:
        # Case-insensitive cover: each side's names must occur among the other's words (users
        # do not capitalise consistently), and shared names must keep their order (swaps:
        # "did X beat Y" / "did Y beat X").
        # A name on one side only is an added detail left to the content-word guard; a name on
        # each side that the other lacks is a different subject. A name is covered by the other
        # side's names too: one with a dot, a plus, a hash or a hyphen ("Node.js", "C++",
        # "Coca-Cola") is one name but several words, so it was covered by neither side's words
        # and a question naming it was refused even against itself; "C++" and "C#" still differ.
        q_names, c_names = set(q.entities), set(c.entities)
        q_spelled, c_spelled = _spelled_out(q.entities, c), _spelled_out(c.entities, q)
        q_names |= c_spelled.keys() | set().union(*q_spelled.values())
        c_names |= q_spelled.keys() | set().union(*c_spelled.values())
        if any(e not in c.words and e not in c_names for e in q.entities) and any(
            e not in q.words and e not in q_names for e in c.entities
        ):
            return False
        shared_q = [e for e in q.entities if e in set(c.entities)]
        shared_c = [e for e in c.entities if e in set(q.entities)]
        return _dedupe(shared_q) == _dedupe(shared_c)


#: The longest acronym read against the initials of the other prompt's names.
ACRONYM_MAX = 5


def _spelled_out(names: tuple[str, ...], other: PromptFeatures) -> dict[str, frozenset[str]]:
    """Acronyms among ``names`` that the other prompt spells out as names adjacent in its text
    (``PromptFeatures.name_runs``) of the same initials, with those names: "NYC" / "New York
    City", "EU" / "European Union", "AWS" / "Amazon Web Services", "JFK" / "John F Kennedy", "DC"
    / "District of Columbia" ("of" is no name). "UK" / "USA", "DC" / "Washington State" and "UK"
    / "Uganda and Kenya" (a list, not one name: j136) stay different names."""
    out: dict[str, frozenset[str]] = {}
    for e in names:
        n = len(e)
        if not 2 <= n <= ACRONYM_MAX or not e.isalpha() or e in other.entities:
            continue
        for names_run in other.name_runs:
            for i in range(len(names_run) - n + 1):
                run = names_run[i : i + n]
                if "".join(w[0] for w in run) == e:
                    out[e] = frozenset(run)
                    break
            if e in out:
                break
    return out


#: Scopes that say how many of a group ("most people", "all cats"): "how many" is another
#: question than these, but no other question than a period or a frequency.
_QUANTITY_SCOPES = frozenset({"all", "some", "most", "many", "few", "several"})
#: The periods of a rate ("a week", "per year"), as ``extract`` keeps them.
_PERIOD_SCOPES = frozenset(v for v in _SCOPE.values() if v is not None and v.startswith("t:"))


def _scopes_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when both prompts have a scope and the scopes differ. The count a "how many"
    question asks ("How many hours should I sleep per night?") is left unsaid by its
    telegraphic rewording ("hours sleep per night"), so it is dropped from a side whose other
    side neither asks it nor names a quantity."""
    # "how often" asks the rate a period names: dropped against a side whose only scope is that
    # same period, named on both sides ("How often, once a week?" / "weekly?"); not against a
    # period the "how often" side leaves open ("How often should I water a cactus?" / "... daily?"
    # answers the question, j136); "how many times a week" asks a count, another question.
    a0, b0 = a, b
    if "rate" in a and b0 and b0 <= _PERIOD_SCOPES and b0 == a0 & _PERIOD_SCOPES:
        a = a - {"rate"}
    if "rate" in b and a0 and a0 <= _PERIOD_SCOPES and a0 == b0 & _PERIOD_SCOPES:
        b = b - {"rate"}
    if "count" in a and "count" not in b and not b & (_QUANTITY_SCOPES | {"rate"}):
        a = a - {"count"}
    if "count" in b and "count" not in a and not a & (_QUANTITY_SCOPES | {"rate"}):
        b = b - {"count"}
    return bool(a) and bool(b) and a != b


def _auxiliaries_conflict(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """True when both questions' own auxiliaries differ in kind before the same word ("did i" /
    "do i", "was the" / "is the"). With another word after it the question is reworded, and
    Quora's duplicates show a rewording often changes the tense without changing the question
    ("What's your best memory ..." / "What was the best memory of your childhood?")."""
    return a is not None and b is not None and a[0] != b[0] and a[1] == b[1]


def frames_agree(q: PromptFeatures, c: PromptFeatures) -> bool:
    """Whether the two questions' frames agree: the same question word (``asks``) and the same
    scope, and no main auxiliary's tense or opening modal of another kind on both sides (as the
    tense guard reads them; one side without, as a terse query has, is no disagreement).
    Stricter than the guards, which refuse a tense or modal only before the same word and a
    scope only when both have one. The traps the MiniLM stage scores just under its threshold
    are mostly frame changes with every content word matched ("How do I cancel my
    subscription?" / "I would like to cancel my subscription.", "Help me plan a trip", "Why do
    cats purr?" / "Why did my cat purr?", "close all open tabs" / "close one open tab"); the
    paraphrases there mostly keep the frame and add or drop words ("What should I put on my
    CV?" / "Honestly, what should I put on my CV?"). The stage asks less of a candidate whose
    frame agrees (``SecondStageSettings.agreeing_discount``). A modal after the question word
    is not read ("What does a cardiologist do?" / "What should a cardiologist do?" agree)."""

    return (
        q.asks == c.asks
        and q.scope == c.scope
        and not _kinds_differ(q.tense, c.tense)
        and not _kinds_differ(q.modal, c.modal)
    )


def _kinds_differ(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Both sides have an auxiliary (tense or modal) and its kinds differ, whatever follows it."""
    return a is not None and b is not None and a[0] != b[0]


def _poles_conflict(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    """True when, for some antonym group, the two prompts use different poles. A pole word on
    one side only is left to the content-word guard ("best" vs no adjective at all)."""
    if a == b:
        return False
    groups_a: dict[int, set[int]] = {}
    for g, p in a:
        groups_a.setdefault(g, set()).add(p)
    groups_b: dict[int, set[int]] = {}
    for g, p in b:
        groups_b.setdefault(g, set()).add(p)
    return any(g in groups_b and not (groups_b[g] & poles) for g, poles in groups_a.items())


def _unmatched(content: frozenset[str], other_words: frozenset[str]) -> set[str]:
    """Content words with no word of the same key or family on the other side."""
    return {w for w in content if w not in other_words and not any(related(w, o) for o in other_words)}


def _swapped(q: PromptFeatures, c: PromptFeatures) -> bool:
    """Two content words that trade places and are related in both prompts ("convert X to Y" /
    "convert Y to X"); moving a word or a phrase around ("in Python, ..." / "... in Python",
    "the fastest way to get fit" / "get fit quickly") is not a swap."""
    shared = set(q.sequence) & set(c.sequence)
    qs = [w for w in q.sequence if w in shared]
    cs = [w for w in c.sequence if w in shared]
    if qs == cs or ((q.telegraphic or c.telegraphic) and _rotated(qs, cs)):
        return False
    pos = {w: i for i, w in enumerate(cs)}
    for i, x in enumerate(qs):
        for j in range(i + 1, len(qs)):
            y = qs[j]
            if pos[x] == j and pos[y] == i and (x, y) in q.relations and (y, x) in c.relations:
                return True
    return _roles_swapped(qs, cs, q.determined & c.determined) or _blocks_swapped(qs, cs, q.links, c.links)


def _blocks_swapped(
    qs: list[str], cs: list[str], q_links: frozenset[tuple[str, str, str]], c_links: frozenset[tuple[str, str, str]]
) -> bool:
    """Two blocks of content words that trade places around one relation word, the same in
    both prompts: "from the airport to the city centre" / "from the city centre to the
    airport" (airport | to | city centre against city centre | to | airport). The pair check
    above sees single words only, and the roles check a content word between the blocks. A
    phrase moved with its own preposition ("get from the station to the old town" / "get to
    the old town from the station") joins the blocks by another word, and is no swap."""
    lo = 0
    while lo < len(qs) and qs[lo] == cs[lo]:
        lo += 1
    hi = len(qs)
    while hi > lo and qs[hi - 1] == cs[hi - 1]:
        hi -= 1
    q_mid, c_mid = qs[lo:hi], cs[lo:hi]  # the words around the blocks stay ("a bus from ...")
    for k in range(1, len(q_mid)):
        if c_mid == q_mid[k:] + q_mid[:k]:
            for x, rel, y in q_links:
                if x == q_mid[k - 1] and y == q_mid[k] and (q_mid[-1], rel, q_mid[0]) in c_links:
                    return True
    return False


def _rotated(qs: list[str], cs: list[str]) -> bool:
    """True when ``cs`` is ``qs`` with a front block of words moved to the end, each block in
    its own order ("us citizen visa japan" / "visa japan us citizen"): a keyword query names
    its topic first; no two words traded places within a block. Only asked when one side is
    telegraphic: between two sentences a rotation can be a swap of roles ("If I block people
    on WhatsApp, can they see ..." / "If someone blocked me on WhatsApp ..."). Two words alone
    are never a rotation: "usd to eur" / "eur to usd" is the swap itself."""
    n = len(qs)
    return n >= 3 and any(cs == qs[k:] + qs[:k] for k in range(1, n))


#: The longest role a block swap looks for, in content words ("estate agent", "data protection officer").
ROLE_MAX = 3


def _roles_swapped(qs: list[str], cs: list[str], determined: frozenset[str]) -> bool:
    """Two roles of one or more content words that trade places around at least one other
    content word ("the buyer pays the estate agent" / "the estate agent pays the buyer": buyer |
    pay | estate agent against estate agent | pay | buyer). A phrase moved to the front or the
    end with nothing staying between ("learn Python fast" / "fast, learn Python") is a rotation,
    not a swap: the word in the middle is what makes them roles of one relation. Each role
    opens a noun phrase in both prompts ("the buyer", "an estate agent": ``determined``); a
    telegraphic rewording that reverses a phrase ("price of a used car in New York" / "New
    York used car price") has no determiner before its blocks and is no swap of roles."""
    lo = 0
    while lo < len(qs) and qs[lo] == cs[lo]:
        lo += 1
    hi = len(qs)
    while hi > lo and qs[hi - 1] == cs[hi - 1]:
        hi -= 1
    q_mid, c_mid = qs[lo:hi], cs[lo:hi]
    n = len(q_mid)
    for a in range(1, min(ROLE_MAX, n - 2) + 1):
        for b in range(1, min(ROLE_MAX, n - a - 1) + 1):
            m = n - a - b
            role_a, middle, role_b = q_mid[:a], q_mid[a : a + m], q_mid[a + m :]
            if c_mid == role_b + middle + role_a and role_a[0] in determined and role_b[0] in determined:
                return True
    return False


def _dedupe(seq: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


__all__ = ["Guards", "PromptFeatures", "Quantities", "Verdict", "extract", "fold", "quantities"]

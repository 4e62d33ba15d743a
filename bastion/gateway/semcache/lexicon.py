"""Word keys for the content-word guard: light stemming, irregular forms and near-synonyms.

The content-word guard asks "does every content word of one question appear in the other?".
Asked literally, it refuses most paraphrases: people write "fast" or "quickly", "fix" or
"repair", "wrote" or "write", "meditation" or "meditating". :func:`word_key` maps such variants
to one key so that they count as the same word. The tables are small, general English, written
by hand (no data set was mined): inflections that a suffix stripper cannot undo, and groups of
words that are interchangeable in a question. Co-hyponyms ("rice"/"pasta", "cat"/"dog") and
antonyms are deliberately *not* grouped: they change the answer.
"""

from __future__ import annotations

from functools import lru_cache

_IRREGULAR = {
    "wrote": "write",
    "written": "write",
    "writer": "author",
    "spoke": "speak",
    "spoken": "speak",
    "made": "make",
    "meant": "mean",
    "taught": "teach",
    "bought": "buy",
    "thought": "think",
    "found": "find",
    "went": "go",
    "gone": "go",
    "ran": "run",
    "ate": "eat",
    "eaten": "eat",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "began": "start",
    "begun": "start",
    "chose": "choose",
    "chosen": "choose",
    "drove": "drive",
    "driven": "drive",
    "flew": "fly",
    "flown": "fly",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "sold": "sell",
    "became": "become",
    "built": "build",
    "felt": "feel",
    "kept": "keep",
    "left": "leave",
    "lost": "lose",
    "paid": "pay",
    "sent": "send",
    "spent": "spend",
    "understood": "understand",
    "children": "child",
    "kids": "child",
    "kid": "child",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "teeth": "tooth",
    "feet": "foot",
    "geese": "goose",
    "slept": "sleep",
    "held": "hold",
    "told": "tell",
    "brought": "bring",
    "caught": "catch",
    "fought": "fight",
    "sought": "seek",
    "won": "win",
    "stole": "steal",
    "stolen": "steal",
    "fell": "fall",
    "fallen": "fall",
    "rode": "ride",
    "ridden": "ride",
    "broke": "break",
    "broken": "break",
    "froze": "freeze",
    "frozen": "freeze",
    "hid": "hide",
    "hidden": "hide",
    "bit": "bite",
    "bitten": "bite",
    "born": "birth",
    "died": "die",
    "dying": "die",
    "lying": "lie",
    "bacteria": "bacterium",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "theses": "thesis",
    "crises": "crisis",
    "data": "data",
    "media": "media",
    "better": "improve",
    "best": "good",
    "worse": "bad",
    "worst": "bad",
}

# Groups of words a question can use interchangeably; the first word is the key.
_SYNONYM_GROUPS = (
    "fast quick quickly rapidly speedily swiftly fastest quickest speed",
    "easy simple easily simply easiest simplest effortless",
    "fix repair mend",
    "buy purchase",
    "movie film",
    "choose pick select",
    "start begin commence",
    "stop quit cease",
    "improve enhance strengthen boost",
    "remove delete eliminate erase",
    "symptom sign",
    "holiday vacation",
    "tyre tire",
    "resume cv",
    "phone smartphone cellphone mobile",
    "car automobile",
    "doctor physician",
    "big large huge",
    "small tiny little",
    "author writer",
    "goal aim objective purpose",
    "benefit advantage pro",
    "drawback disadvantage con downside",
    "help assist",
    "answer reply respond",
    "problem issue trouble",
    "mistake error",
    "happen occur",
    "use utilise utilize",
    "need require",
    "explain describe",
    "understand comprehend",
    "learn study",
    "remember memorise memorize recall",
    "concentrate focus focused",
    "restart reset reboot",
    "prepare ready",
    "talk speak",
    "cost price",
    "country nation",
    "rich wealthy",
    "smart intelligent clever",
    "fear afraid scared frightened",
    "salary income wage",
    "website site",
    "photo picture photograph image",
    "house home",
    "job employment",
    "healthy healthful",
    "main major primary principal",
    "famous well-known renowned",
    "common frequent",
    "cheap inexpensive affordable",
    "angry mad",
    "example instance",
    "correct right accurate",
    "math maths mathematics",
    "differ difference different differently",
    "handle cope deal",
    "reduce decrease lower",
    "height tall",
    "age aged old",
    "make earn",
    "tie necktie",
    "author writer wrote written",
)
SYNONYMS: dict[str, str] = {w: g.split()[0] for g in _SYNONYM_GROUPS for w in g.split()}

# Derivational suffixes stripped (longest first) when a stem of 4+ letters remains.
_DERIVATIONAL = (
    "ational",
    "ization",
    "isation",
    "fulness",
    "iveness",
    "ation",
    "ition",
    "ement",
    "ment",
    "ness",
    "edly",
    "ably",
    "ibly",
    "ity",
    "ive",
    "est",
    "ful",
    "ism",
    "ist",
    "ous",
    "ion",
    "ally",
    "ly",
    "er",
    "y",
)


def _undouble(stem: str) -> str:
    # "stopped" -> "stop", "cutting" -> "cut".
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    return stem


def _drop_e(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _inflection(word: str) -> str:
    """Undo plural and verb endings: "prices"/"price", "saving"/"save", "cutting"/"cut"."""
    w = word
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")) and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    elif w.endswith("ing") and len(w) >= 6:
        w = _undouble(w[:-3])
    elif w.endswith("ed") and len(w) >= 5:
        w = _undouble(w[:-2])
    return _drop_e(w)


def _derivation(stem: str) -> str:
    """Strip one derivational suffix: "productivity"/"productive", "mainly"/"main"."""
    for suf in _DERIVATIONAL:
        if stem.endswith(suf) and len(stem) - len(suf) >= 4:
            out = _drop_e(_undouble(stem[: -len(suf)]))
            return out[:-1] + "y" if out.endswith("i") else out
    return stem


# Words that only look inflected.
_NO_STRIP = frozenset(
    "news series species physics economics mathematics politics ethics athletics gas bus yes "
    "lens chaos bias always perhaps various thus".split()
)

# Synonym keys by inflected stem too, so that inflected forms find their group ("advantages").
_SYNONYM_STEMS: dict[str, str] = {}
for _w, _k in SYNONYMS.items():
    _SYNONYM_STEMS.setdefault(_inflection(_w), _k)


# British spellings that differ from American ones only in "-our"/"-tre" (colour, centre).
_NOT_BRITISH = frozenset({"detour", "contour", "devour", "paramour", "troubadour", "lustre"})


def _american(word: str) -> str:
    if len(word) > 5 and word not in _NOT_BRITISH:
        if word.endswith("our"):
            return word[:-3] + "or"
        if word.endswith("tre"):
            return word[:-3] + "ter"
        if word.endswith(("ours", "tres")):
            return _american(word[:-1]) + "s"
    return word


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The key two variants of a word share: synonym group, irregular form or stem."""
    w = _american(word.lower().strip("'.-"))
    if w in SYNONYMS:
        return SYNONYMS[w]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
        return SYNONYMS.get(w, w)
    if w in _NO_STRIP:
        return w
    if w.endswith("s") and w[:-1] in SYNONYMS:
        return SYNONYMS[w[:-1]]
    stem = _inflection(w)
    if stem in _SYNONYM_STEMS:
        return _SYNONYM_STEMS[stem]
    return _derivation(stem)


def related(a: str, b: str) -> bool:
    """Keys of one word family that the suffix stripper left apart ("confiden"/"confident")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and len(a) - n <= 3 and len(b) - n <= 3


# Prefixes that negate the rest of the word: "possible"/"impossible", "likely"/"unlikely".
NEGATING_PREFIXES = ("un", "im", "in", "il", "ir", "dis", "non")


def negated_form(word: str, other_words: frozenset[str]) -> bool:
    """True when ``word`` is a negating-prefix form of a word in ``other_words``.

    Compared as word families too: the suffix stripper keys "unhealthy" as "unhealth" but
    "healthy" as itself, so the stripped rest ("health") must also match a related key."""
    for p in NEGATING_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 4:
            rest = word[len(p) :].lstrip("-")
            key = word_key(rest)
            if rest in other_words or key in other_words or any(related(key, w) for w in other_words):
                return True
    return False

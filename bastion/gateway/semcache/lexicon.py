"""Word keys for the content-word guard: light stemming, irregular forms and near-synonyms.

The content-word guard asks "does every content word of one question appear in the other?".
Asked literally, it refuses most paraphrases: people write "fast" or "quickly", "fix" or
"repair", "wrote" or "write", "meditation" or "meditating". :func:`word_key` maps such variants
to one key so that they count as the same word. The tables are small, general English, written
by hand (no data set was mined): inflections that a suffix stripper cannot undo, and groups of
words that are interchangeable in a question. Co-hyponyms ("rice"/"pasta", "cat"/"dog") and
antonyms are deliberately *not* grouped: they change the answer.

The same groups give the semantic phase's encoders their reading of a prompt
(:func:`read_synonyms`: each group word written as its key, a few phrasal verbs as the word they
mean), so that a question reworded with other words encodes as the same question.
"""

from __future__ import annotations

import hashlib
import re
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
    "fast quick quickly rapidly speedily swiftly fastest quickest speed faster quicker",
    "easy simple easily simply easiest simplest effortless",
    "fix repair mend resolve",
    "buy purchase",
    "movie film",
    "choose pick select",
    "start begin commence launch",
    "stop quit cease resign",
    "improve enhance strengthen boost",
    "remove delete eliminate erase uninstall",
    "symptom sign",
    "holiday vacation",
    "tyre tire",
    "resume cv",
    "phone smartphone cellphone mobile",
    "car automobile",
    "doctor physician",
    "big large huge biggest largest",
    "small tiny little smallest",
    "author writer",
    "goal aim objective purpose",
    "benefit advantage pro",
    "drawback disadvantage con downside",
    "help assist assistance",
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
    "cost price fee",
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
    # j70: word-level rewording (scripts/semcache_pairs_synonyms.py's tuning part).
    "increase raise",
    "hard difficult",
    "sleepy drowsy",
    "postpone defer",
    "configure setup",
    "register enrol enroll",
    "author writer wrote written",
    # j86: Latinate words of formal register (scripts/semcache_pairs_formal3.py's tuning part);
    # "acquire" is not one ("acquire a company" is buying it, "acquire a skill" learning it).
    "get obtain",
    "end terminate finish",
    "live reside",
    "discover ascertain",
    "who whom",
    # j102: everyday words of HR, customer support, travel and cooking questions
    # (scripts/semcache_pairs_domains.py's tuning part). What a trap there separates is in no
    # group together: savings / current, checked / carry-on, debit / credit, annual / sick,
    # fridge / freezer, bake / roast, metro / bus / taxi, rent / buy / lease. Left out as
    # having another common sense: "ill" (typed for "I'll"), "update" ("update Windows" is not
    # changing it), "charge" (a battery), "manager" ("password manager"), "hire" (a person: "get
    # hired"; hiring a car is a phrase below), "partner" (in business).
    "luggage baggage suitcase",
    "fridge refrigerator",
    "package parcel",
    "bill invoice",
    "colleague coworker",
    "sick unwell",
    "abroad overseas internationally",
    "book reserve booking reservation",
    "metro subway",
    "train rail railway",
    "rent rental",
    "policy rule regulation guideline",
    "deliver ship",
    "delivery shipping shipment",
    "paycheck paycheque",
)
SYNONYMS: dict[str, str] = {w: g.split()[0] for g in _SYNONYM_GROUPS for w in g.split()}
#: Words the guards key as a group word but the encoders read as asked: "hire" is "rent" for a
#: car ("hire a car" is read "rent a car", a phrase below) and another verb for a person ("get
#: hired"); to the content-word guard the two never tell two questions apart.
_KEY_ONLY = {"hire": "rent", "hires": "rent", "hired": "rent", "hiring": "rent"}

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
    if w in _KEY_ONLY:
        return _KEY_ONLY[w]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]
        return SYNONYMS.get(w, w)
    if w in _NO_STRIP:
        return w
    if w.endswith("s") and w[:-1] in SYNONYMS:
        return SYNONYMS[w[:-1]]
    # An inflected form of a group word ("advantages", "saving", "repaired"), looked up as a
    # form rather than by its stem: stems collide with other words ("sit" / "site", "quite" /
    # "quit", "hug" / "huge", "scars" / "scare" all strip to one stem), and such a collision
    # made two different words one key for the content-word guard.
    key = _GROUP_FORMS.get(w)
    if key is not None:
        return key
    return _derivation(_inflection(w))


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


# The synonym reading (j70): the semantic phase's encoders read a prompt with each word of a
# synonym group written as the group's key ("repair" -> "fix", "automobile" -> "car", "bought"
# -> "buy") and a few phrasal verbs as the one word they mean ("get rid of" -> "remove"), so a
# question reworded with other words of the same meaning encodes as the same question. Only the
# encoders read it: the guards still compare the words as asked (the word keys above). Read
# through the synonym table alone (a word, its plural or inflection, an irregular form), never
# through the derivational stripper: "starter" stays "starter".
_VERB = {
    "get": "get|gets|getting|got|gotten",
    "speed": "speed|speeds|speeding|sped",
    "find": "find|finds|finding|found",
    "figure": "figure|figures|figuring|figured",
    "put": "put|puts|putting",
    "look": "look|looks|looking|looked",
    "take": "take|takes|taking|took|taken",
    "set": "set|sets|setting",
    "turn": "turn|turns|turning|turned",
    "switch": "switch|switches|switching|switched",
    "cut": "cut|cuts|cutting",
    "give": "give|gives|giving|gave|given",
    "sign": "sign|signs|signing|signed",
    "fill": "fill|fills|filling|filled",
    "make": "make|makes|making|made",
}
_PHRASES: tuple[tuple[str, str], ...] = (
    ("{get} rid of", "remove"),
    ("{speed} up", "fast"),
    ("{find} out", "discover"),
    ("{figure} out", "discover"),
    ("{put} off", "postpone"),
    ("{look} after", "care for"),
    ("{take} care of", "care for"),
    ("{set} up", "configure"),
    ("{turn} off", "disable"),
    ("{switch} off", "disable"),
    ("{turn} on", "enable"),
    ("{switch} on", "enable"),
    ("{cut} (?:down|back) on", "reduce"),
    ("{give} up", "stop"),
    ("{sign} up", "register"),
    ("{sign} in", "log in"),
    ("{sign} out", "log out"),
    ("{fill} (?:in|out)", "complete"),
    ("{get} started(?: with)?", "start"),
    ("{make} sure", "ensure"),
    # Formal prepositions (j86), read as the plain ones: "prior to surgery" -> "before surgery".
    ("prior to", "before"),
    ("subsequent to", "after"),
    ("in order to", "to"),
    ("(?:with|in) regard to", "about"),
    ("in relation to", "about"),
    ("regarding", "about"),
)
# One pattern for every phrase (a named group each: ``lastgroup`` says which matched).
_PHRASE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<p{i}>" + p.format(**{k: f"(?:{v})" for k, v in _VERB.items()}) + ")" for i, (p, _) in enumerate(_PHRASES)
    )
    + r")\b",
    re.IGNORECASE,
)
_PHRASE_WORDS = {f"p{i}": w for i, (_, w) in enumerate(_PHRASES)}
#: A text can hold a phrase only if it has one of these verbs and one of these particles.
_PHRASE_VERBS = frozenset(form for forms in _VERB.values() for form in forms.split("|"))
_PARTICLES = frozenset("rid up out off after care on in started sure".split())
#: The words that open a phrase without a verb ("prior to", "regarding"): a text with one is read.
_PHRASE_OPENERS = frozenset("prior subsequent order regard relation regarding".split())
_WORD = re.compile(r"[A-Za-z]+")


def _gate(*alternatives: str) -> tuple[frozenset[str], ...]:
    """A phrase's gate: for each space-separated list, the text must hold one of its words (the
    rarest list first: :data:`_GATED_FIRST` is the union of the first lists)."""
    return tuple(frozenset(a.split()) for a in alternatives)


# j102: phrases of HR, support, travel and cooking questions read as the word they mean. Each
# is its own small pattern, tried only when the text holds a word of every set of its gate
# (a set test per phrase): one alternation with the phrases above would cost every text that
# holds one of their words ("money", "home", "time") a longer scan.
_GATED_PHRASES: tuple[tuple[re.Pattern[str], str, tuple[frozenset[str], ...]], ...] = tuple(
    (re.compile(rf"\b(?:{p})\b", re.IGNORECASE), w, g)
    for p, w, g in (
        ("(?:call|calls|calling|called) off", "cancel", _gate("off", "call calls calling called")),
        ("in place of", "instead of", _gate("place", "in", "of")),
        ("(?:hand|cabin) (?:luggage|baggage|bags?)", "carry-on bag", _gate("hand cabin", "luggage baggage bag bags")),
        ("(?:the )?city cent(?:re|er)", "downtown", _gate("centre center", "city")),
        ("car park", "parking", _gate("park", "car")),
        ("grown-?ups?", "adults", _gate("grown", "up ups")),
        ("(?:work|works|working|worked) from home", "work remotely", _gate("home", "from")),
        ("money back", "refund", _gate("money", "back")),
        # Leave taken as holiday ("annual leave", "vacation days", "paid time off", "PTO"); sick,
        # parental and unpaid leave keep their words.
        ("annual leave", "holiday", _gate("annual", "leave")),
        ("(?:paid )?time off", "holiday", _gate("off", "time")),
        ("(?:vacation|holiday) (?:time|days?)", "holiday", _gate("vacation holiday", "time day days")),
        ("pto", "holiday", _gate("pto")),
        # Hiring a car is renting it; hiring a person is not ("get hired at Google").
        ("car hire", "car rental", _gate("hire", "car")),
        ("hire (?:a |the )?car", "rent a car", _gate("hire", "car")),
        # Asking permission: "Am I allowed to work remotely?" asks what "Can I work remotely?" does
        # (the guards still read "allowed"; "Should I" is another question to them).
        ("am i (?:allowed|permitted) to", "can i", _gate("allowed permitted", "am")),
        ("are we (?:allowed|permitted) to", "can we", _gate("allowed permitted", "are")),
        # "pick up the car" is collecting it, not choosing it ("pick" is in the choose group).
        ("(?:pick|picks|picking|picked) up", "collect", _gate("pick picks picking picked", "up")),
    )
)
#: A text with none of these words holds no gated phrase (one set test for most prompts).
_GATED_FIRST = frozenset().union(*(gate[0] for _, _, gate in _GATED_PHRASES))
# Forms the irregular table sends to a group that the reading keeps: "better" is a comparative
# ("is X better than Y"), not "improve".
_NOT_READ = frozenset({"better"})
# Past forms of group keys that do not take "-ed".
_PAST = {
    "buy": "bought",
    "make": "made",
    "choose": "chose",
    "understand": "understood",
    "stop": "stopped",
    "get": "got",
}
# "-ing" forms of group keys that double their last letter.
_DOUBLED_ING = {"stop": "stopping", "get": "getting"}


def _suffixed(key: str, suffix: str) -> str:
    """``key`` with the plural / verb ending ``suffix`` ("s", "ing" or "ed") put back."""
    if suffix == "s":
        if key.endswith(("s", "x", "z", "ch", "sh")):
            return key + "es"
        return key[:-1] + "ies" if key.endswith("y") and key[-2:-1] not in "aeiou" else key + "s"
    stem = key[:-1] if key.endswith("e") and not key.endswith("ee") else key
    if suffix == "ing":
        return _DOUBLED_ING.get(key, stem + "ing")
    if key in _PAST:
        return _PAST[key]
    return stem[:-1] + "ied" if stem.endswith("y") and stem[-2:-1] not in "aeiou" else stem + "ed"


def _ending(word: str) -> str:
    """The ending :func:`_inflection` takes off ``word``: "s", "ing", "ed" or ""."""
    if word.endswith("ing") and len(word) >= 6:
        return "ing"
    if word.endswith("ed") and len(word) >= 5:
        return "ed"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return "s"
    return ""


@lru_cache(maxsize=65536)
def read_word(word: str) -> str:
    """How the synonym reading writes ``word`` (lower case): the key of its synonym group with
    the word's own plural or verb ending ("repairing" -> "fixing", "automobiles" -> "cars",
    "bought" / "purchased" -> "bought"), read through the synonym table alone; ``word`` itself
    when it belongs to no group or already is its key ("problems", "fixing" stay)."""
    w = _american(word)
    if w in SYNONYMS:
        return SYNONYMS[w]
    if w in _NOT_READ or w in _NO_STRIP:
        return word
    if w in _IRREGULAR:
        key = SYNONYMS.get(_IRREGULAR[w])
        # An irregular form is a past (or a plural, which no group holds): "bought", "began".
        return word if key is None else SYNONYMS.get(_suffixed(key, "ed"), _suffixed(key, "ed"))
    if w.endswith("s") and w[:-1] in SYNONYMS:
        key, stem = SYNONYMS[w[:-1]], w[:-1]
    else:
        stem = _inflection(w)
        found = _SYNONYM_STEMS.get(stem)
        if found is None:
            return word
        key = found
    if stem == _inflection(key) or stem == key:
        return word
    out = _suffixed(key, _ending(w))
    return SYNONYMS.get(out, out)  # "olded" -> "aged", itself a group word: "age"


def _forms(word: str) -> set[str]:
    """``word`` with the plural and verb endings the suffix stripper undoes."""
    out = {word, word + "s", word + "es", word + "ed", word + "ing", word + word[-1] + "ing"}
    out.add(word + word[-1] + "ed")
    if word.endswith("e"):
        # "d" only after an "e" ("used", "saved"): "car" + "d" is "card".
        out.update({word + "d", word[:-1] + "ing", word[:-1] + "ed"})
    if word.endswith("y"):
        out.update({word[:-1] + "ies", word[:-1] + "ied"})
    return out


#: The plural and verb forms of every group word, with the group's key (``word_key``).
_GROUP_FORMS: dict[str, str] = {}
for _w, _k in SYNONYMS.items():
    for _f in sorted(_forms(_w)):
        _GROUP_FORMS.setdefault(_f, _k)

#: Every word form the reading rewrites, and how: the group words, their plural and verb forms,
#: and the irregular forms of group words. A text with none of them (and no phrase) is read as
#: it is, after one set test.
READABLE: dict[str, str] = {}
for _w in sorted({*SYNONYMS, *(w for w, base in _IRREGULAR.items() if base in SYNONYMS)}):
    for _f in sorted(_forms(_w)):
        if read_word(_f) != _f:
            READABLE[_f] = read_word(_f)
_READABLE_WORDS = frozenset(READABLE)  # a set: ``isdisjoint`` then walks the text's few words


def _read_word(m: re.Match[str]) -> str:
    word = m.group(0)
    # A capital inside the text is a name ("Mobile", "Swift"); the first word's is the sentence's.
    if not word.islower() and not (m.start() == 0 and word[1:].islower()):
        return word
    return READABLE.get(word.lower(), word)


#: Names the reading (its tables): stored vectors made under another reading are not compared.
READING_VERSION = hashlib.sha256(
    repr((sorted(READABLE.items()), _PHRASES, [(r.pattern, w) for r, w, _ in _GATED_PHRASES])).encode()
).hexdigest()[:12]


@lru_cache(maxsize=4096)
def read_synonyms(text: str) -> str:
    """``text`` with its phrasal verbs and synonyms read as their group's key word: "How can I
    repair my automobile?" -> "How can I fix my car?", "get rid of ants" -> "remove ants".
    Remembered for the last few thousand texts (the encoder, the MiniLM stage and its
    pre-encoder read the same prompts)."""
    words = frozenset(_WORD.findall(text.lower()))
    phrase = (not words.isdisjoint(_PHRASE_VERBS) and not words.isdisjoint(_PARTICLES)) or not words.isdisjoint(
        _PHRASE_OPENERS
    )
    gated = (
        []
        if words.isdisjoint(_GATED_FIRST)
        else [(r, w) for r, w, gate in _GATED_PHRASES if all(not words.isdisjoint(g) for g in gate)]
    )
    if not phrase and not gated and words.isdisjoint(_READABLE_WORDS):
        return text
    t = _PHRASE_RE.sub(lambda m: _PHRASE_WORDS[m.lastgroup or ""], text) if phrase else text
    for pattern, word in gated:
        t = pattern.sub(word, t)
    return _WORD.sub(_read_word, t)

"""Typo correction of a new prompt towards the words of the cache's stored prompts.

A misspelt word moves the static encoder a long way: its WordPiece splits ("calroies" ->
"cal ##ro ##ies") share nothing with the word's own token, so "how many calroies in a
bananna" scores 0.27 against "How many calories are in a banana?", under ``candidate_floor``,
and is never examined. A prompt that finds no candidate is asked again, once, with each word
that is neither a whole word of the encoder's vocabulary nor a word of the namespace's stored
prompts replaced by a stored word one edit away (a letter dropped, doubled, replaced or two
swapped: Damerau-Levenshtein distance 1), or split in two stored words ("howdo" -> "how do");
apostrophes of contractions typed without them are restored ("dont" -> "don't").

Many real words are not whole words of the encoder's 30,000-piece vocabulary ("lager",
"molar", "duality"), so a word is not corrected when it is a common English word (pyspellchecker's
English frequency list, :func:`english_words`: "bandana" is not "banana", nor "vocation"
"vacation"), when it looks like a name (capitalised inside
a sentence, or with a capital after its first letter), when its stem is a word the encoder
knows ("diets", "funniest"), or into a word with another first letter ("molar" / "solar").

Corrections only go *towards words a stored prompt uses*, and a word the encoder knows is
never changed ("form" stays "form"), so a correct question is never rewritten into another
one it does not resemble; the corrected prompt then meets the same guards, verifier and
MiniLM stage as any other. Two words both unknown to the encoder are only taken for each other
when long (at least ``LONG_WORD`` letters) and not by a replaced letter: short unknown words
are often names that differ by one letter ("scipy" / "scapy", "vuex" / "vue", "eslint" /
"tslint"). A typist's slip, two letters swapped or one doubled or undoubled, is corrected past
both limits ("ruoter" -> "router", both unknown to the encoder; "braed" -> "bread" and
"programing" -> "programming", whose stems "bra" and "program" it knows): names seldom differ
by one, and the end-to-end set (``tests/llm/typo_questions.py``) lost those typos to the limits.

The vocabulary is filled as prompts are stored or read from the vector store, per namespace,
and bounded (``Vocabulary.max_words``); it never shrinks (a word of a deleted entry can still
steer a correction, which the guards and verifier then judge like any other candidate).
"""

from __future__ import annotations

import functools
import re
import string
import threading
from collections.abc import Callable

from spellchecker import SpellChecker

from bastion.gateway.semcache.lexicon import word_key
from bastion.gateway.semcache.normalise import APOSTROPHE_LESS

#: Lower-case ASCII words, the only ones corrected or learnt.
_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = string.ascii_lowercase
#: Shortest word corrected (three-letter typos have too many neighbours).
MIN_WORD = 4
#: Two words unknown to the encoder are taken for each other from this length only.
LONG_WORD = 7
#: Shortest part of a run-together word ("my" + "subscription").
MIN_PART = 2
#: A run-together word is split only after or before one of these: a question's function
#: words, which a missed space joins to the next word ("howdo", "whatis", "mysubscription");
#: other compounds are words ("playlist", "updating" is not "up dating").
FUNCTION_WORDS = frozenset(
    """my do is to in of on at it an if or how what why when where who which the and you your can
    does did will this that for with are was has have not""".split()
)
#: A letter replaced by another is taken for a typo only in a word this long: shorter words one
#: letter apart are often two words ("panty" / "party", "whine" / "while", "ails" / "aids").
REPLACED_MIN = 8
#: A word used at least this often in pyspellchecker's English list (counts from subtitles and
#: web text, floored at 50) is a real word, never corrected. Its real words that the encoder
#: lacks whole start around here ("bandana" 355, "molar" 534, "lager" 762, "vocation" 1,016);
#: frequent misspellings sit under it ("programing" 145, "calender" 98, "instal" 50).
COMMON_COUNT = 200


@functools.cache
def english_words() -> frozenset[str]:
    """The common English words (``COMMON_COUNT``): about 38,000, 3 MB, read once (0.2 s; the
    cache loads it at start-up, off the event loop) and kept as a set (a lookup per word)."""
    frequency = SpellChecker(language="en", distance=1).word_frequency
    return frozenset(w for w, n in frequency.items() if n >= COMMON_COUNT)


#: How an edit changed a word: a letter dropped, two swapped, one replaced, one inserted.
DROP, SWAP, REPLACE, INSERT = "drop", "swap", "replace", "insert"


def _edits(word: str) -> list[tuple[str, str]]:
    """Every string one edit from ``word``, with the edit's kind (``DROP`` ... ``INSERT``)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [(a + b[1:], DROP) for a, b in splits if b]
    out += [(a + b[1] + b[0] + b[2:], SWAP) for a, b in splits if len(b) > 1 and b[0] != b[1]]
    out += [(a + c + b[1:], REPLACE) for a, b in splits if b for c in _LETTERS if c != b[0]]
    out += [(a + c + b, INSERT) for a, b in splits for c in _LETTERS]
    return out


def _slip(word: str, cand: str, kind: str) -> bool:
    """Two letters swapped, or a letter doubled or undoubled ("braed" / "bread", "programing" /
    "programming"): the slips of a typist, which a real word seldom is of another."""
    if kind == SWAP:
        return True
    long, short = (word, cand) if kind == DROP else (cand, word) if kind == INSERT else ("", "")
    i = next((i for i, (x, y) in enumerate(zip(long, short, strict=False)) if x != y), len(short))
    return (
        bool(long) and 0 < i < len(long) and (long[i] == long[i - 1] or (i + 1 < len(long) and long[i] == long[i + 1]))
    )


class Vocabulary:
    """The words of stored prompts, per namespace, and the corrections of new prompts to them."""

    def __init__(self, max_words: int = 100_000) -> None:
        self.max_words = max_words
        self._words: dict[str, set[str]] = {}
        self._count = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._count

    def add(self, namespace: str, prompt: str) -> None:
        """Learn the words of a stored prompt (called from worker threads too)."""
        words = {w.lower() for w in _WORD.findall(prompt) if len(w) >= MIN_PART}
        with self._lock:
            known = self._words.setdefault(namespace, set())
            new = words - known
            if not new or self._count + len(new) > self.max_words:
                return
            known |= new
            self._count += len(new)

    def words(self, namespace: str) -> frozenset[str]:
        with self._lock:
            return frozenset(self._words.get(namespace, ()))

    def correct(self, namespace: str, prompt: str, known: Callable[[str], int | None]) -> str:
        """``prompt`` with its typos corrected towards the namespace's words (itself when
        nothing was). ``known``: a word's id in the encoder's vocabulary, or None."""
        words = self._words.get(namespace)
        return correct(prompt, words, known) if words else prompt


def correct(prompt: str, words: set[str] | frozenset[str], known: Callable[[str], int | None]) -> str:
    """``prompt`` with each word neither ``known`` to the encoder nor in ``words`` corrected
    (see the module's docstring); other characters as they were."""
    if _nothing_to_correct(prompt, words, known):
        return prompt

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        lw = w.lower()
        if lw in APOSTROPHE_LESS:
            return APOSTROPHE_LESS[lw]
        if lw in words or len(lw) < MIN_WORD or known(lw) is not None or _name(prompt, m.start(), w):
            return w
        if lw in english_words():
            # A real word the encoder lacks whole ("bandana", "vocation"), not a typo of a
            # stored word one edit away ("banana", "vacation"): another question.
            return w
        stem = word_key(lw)
        if stem != lw and known(stem) is not None:
            # An inflection of a word the encoder knows ("diets", "duality", "funniest"), unless
            # a typist's slip makes it a stored word ("braed" -> "bread", "programing").
            return _nearest(lw, words, known, slips_only=True) or w
        return _nearest(lw, words, known) or _split(lw, words, known) or w

    return _WORD.sub(fix, prompt)


def _nothing_to_correct(prompt: str, words: set[str] | frozenset[str], known: Callable[[str], int | None]) -> bool:
    """True when ``correct``'s ``fix`` would keep every word as written: none apostrophe-less
    ("dont"), each stored, short or ``known``. Most new prompts (every miss that found nothing
    runs the retry) are so; the check reads each distinct word once, with set operations,
    instead of a Python callback per word through ``re.sub`` (same output, ~half the time)."""
    lows = {w.lower() for w in _WORD.findall(prompt)}
    if not lows.isdisjoint(APOSTROPHE_LESS):
        return False
    return all(len(lw) < MIN_WORD or known(lw) is not None for lw in lows.difference(words))


def _name(prompt: str, at: int, word: str) -> bool:
    """A capital after the first letter ("SaaS", "INTP"), or a capitalised word that does not
    start a sentence ("Dory"): a name, not a typo."""
    if word[1:] != word[1:].lower():
        return True
    if not word[0].isupper():
        return False
    before = prompt[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'(\n"


def _nearest(
    word: str, words: set[str] | frozenset[str], known: Callable[[str], int | None], slips_only: bool = False
) -> str | None:
    """The stored word one edit from ``word`` (the encoder's commonest when several are);
    ``slips_only``: by a swap or a doubled letter only (:func:`_slip`)."""
    found: dict[str, tuple[bool, bool]] = {}  # candidate -> (only by replacing, by a slip)
    for cand, kind in _edits(word):
        # A typo seldom changes the first letter ("molar" / "solar", "duality" / "quality" are
        # two words), but may swap the first two ("oyu").
        if cand in words and len(cand) >= MIN_WORD and (cand[0] == word[0] or cand[:2] == word[1::-1]):
            replaced, slip = found.get(cand, (True, False))
            found[cand] = (replaced and kind == REPLACE, slip or _slip(word, cand, kind))
    best: tuple[int, str] | None = None
    for cand, (replaced, slip) in found.items():
        rank = known(cand)
        if slips_only and not slip:
            continue
        if replaced and len(word) < REPLACED_MIN:
            continue
        # Two words the encoder lacks are taken for each other when long, or by a slip.
        if rank is None and (replaced or (len(word) < LONG_WORD and not slip)):
            continue
        key = (rank if rank is not None else 1 << 30, cand)
        if best is None or key < best:
            best = key
    return best[1] if best is not None else None


def _split(word: str, words: set[str] | frozenset[str], known: Callable[[str], int | None]) -> str | None:
    """``word`` as two stored words run together ("howdo" -> "how do", "mysubscription" -> "my
    subscription"), when one split does it: both parts whole words of the encoder, one of them
    a function word (``FUNCTION_WORDS``)."""

    def part(p: str) -> bool:
        return p in words and known(p) is not None

    splits = [
        f"{word[:i]} {word[i:]}"
        for i in range(MIN_PART, len(word) - MIN_PART + 1)
        if part(word[:i]) and part(word[i:]) and (word[:i] in FUNCTION_WORDS or word[i:] in FUNCTION_WORDS)
    ]
    return splits[0] if len(splits) == 1 else None


__all__ = ["Vocabulary", "correct", "english_words"]

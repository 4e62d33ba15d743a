"""Operator-written rules: regular expressions and keyword lists.

A keyword list can hold tens of thousands of entries (customer names, codenames), so keywords
are matched with one Aho-Corasick automaton in a single pass over the text, whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick

from bastion.gateway.policy.detectors.base import Match


def _lower_same_length(text: str) -> str:
    """``text.lower()`` unless that changes the length (offsets must stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class KeywordDetector:
    """Whole-word, case-insensitive matches of any keyword; ``entity`` names what was found."""

    kind = "keywords"

    def __init__(self, keywords: Sequence[str], entity: str = "KEYWORD") -> None:
        words = sorted({w.strip().lower() for w in keywords if w.strip()})
        if not words:
            raise ValueError("keyword list is empty")
        self.entity = entity
        self.window = max(len(w) for w in words) + 1
        automaton = ahocorasick.Automaton()
        for w in words:
            automaton.add_word(w, len(w))
        automaton.make_automaton()
        self._automaton = automaton

    def detect(self, text: str) -> list[Match]:
        low = _lower_same_length(text)
        out: list[Match] = []
        last_end = -1
        for end, length in self._automaton.iter_long(low):
            start = end - length + 1
            if start < last_end:
                continue
            if (start > 0 and low[start - 1].isalnum()) or (end + 1 < len(low) and low[end + 1].isalnum()):
                continue
            out.append(Match(self.entity, start, end + 1, 1.0))
            last_end = end + 1
        return out


class RegexDetector:
    """Matches of one operator-supplied pattern."""

    kind = "regex"

    def __init__(self, pattern: str, entity: str = "PATTERN", ignore_case: bool = False, max_len: int = 128) -> None:
        self.entity = entity
        self.window = max_len
        self._pattern = re.compile(pattern, re.IGNORECASE if ignore_case else 0)

    def detect(self, text: str) -> list[Match]:
        return [
            Match(self.entity, m.start(), m.end(), 1.0) for m in self._pattern.finditer(text) if m.end() > m.start()
        ]

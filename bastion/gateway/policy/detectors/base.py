"""What every detector returns and the two shapes a detector can take (sync or semantic)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class Match:
    """One finding in one text: ``text[start:end]`` is an ``entity`` with confidence ``score``."""

    entity: str
    start: int
    end: int
    score: float = 1.0
    #: What made a scoring detector decide (the injection signals that fired), for the trace.
    signals: tuple[str, ...] = ()


class DetectorError(Exception):
    """A detector could not decide (model missing, bad pattern at run time ...)."""


@runtime_checkable
class Detector(Protocol):
    """A regex/validator detector: pure CPU, microseconds, safe to call on the event loop."""

    #: Short name recorded on decisions ("pii", "secrets", ...).
    kind: str
    #: Longest span (in characters) the detector needs to see whole to recognise a match; the
    #: stream window holds back this much text.
    window: int

    def detect(self, text: str) -> list[Match]: ...


@runtime_checkable
class SemanticDetector(Protocol):
    """A detector that needs sentence embeddings (async, batched off the event loop)."""

    kind: str
    window: int
    semantic: bool

    async def adetect(self, texts: Sequence[str]) -> list[list[Match]]: ...


def near(text: str, start: int, end: int, words: re.Pattern[str], before: int = 40, after: int = 20) -> bool:
    """Whether a context word occurs within ``before``/``after`` characters of a span."""
    lo = max(0, start - before)
    hi = min(len(text), end + after)
    return words.search(text, lo, start) is not None or words.search(text, end, hi) is not None


#: What a space inside a phrase of :func:`word_re` matches.
_GAP = r"(?:[ \t]+|[_-])"


def word_re(words: Sequence[str]) -> re.Pattern[str]:
    """A case-insensitive pattern that finds any of ``words`` as whole words. A space inside a
    phrase also matches a run of spaces or tabs, or one underscore or hyphen: OCR'd and justified
    text doubles the gaps ("Social  Security  No."), keys join the words ("nhs_number")."""
    alt = "|".join(sorted((re.escape(w).replace(r"\ ", _GAP) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])", re.IGNORECASE)

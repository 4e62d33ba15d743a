"""Replacing matched spans: placeholders (``[EMAIL_1]``), masks, or keyed hashes."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Style = Literal["placeholder", "mask", "hash"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entity: str
    style: Style


class Redactor:
    """Numbers placeholders per entity within one request, so the same value gets the same
    placeholder (``[EMAIL_1]`` twice means the same address). Hashes use HMAC-SHA256 with the
    deployment's key, so they are stable across replicas that share the key and cannot be
    reversed by hashing guesses without it."""

    def __init__(self, hash_key: bytes) -> None:
        self._key = hash_key
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}

    def replacement(self, value: str, entity: str, style: Style) -> str:
        label = entity.replace(":", "_").replace(" ", "_").upper()
        if style == "mask":
            return "".join("*" if c.isalnum() else c for c in value)
        if style == "hash":
            digest = hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()[:12]
            return f"[{label}:{digest}]"
        key = (label, value)
        n = self._numbers.get(key)
        if n is None:
            n = self._counts.get(label, 0) + 1
            self._counts[label] = n
            self._numbers[key] = n
        return f"[{label}_{n}]"

    def apply(self, text: str, spans: Sequence[Span]) -> str:
        """``text`` with every span replaced; overlapping spans keep the earlier, longer one."""
        if not spans:
            return text
        ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
        out: list[str] = []
        pos = 0
        for s in ordered:
            if s.start < pos:
                continue
            out.append(text[pos : s.start])
            out.append(self.replacement(text[s.start : s.end], s.entity, s.style))
            pos = s.end
        out.append(text[pos:])
        return "".join(out)

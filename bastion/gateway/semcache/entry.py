"""One cached LLM answer, as the cache stores it (shared by the cache and its predictive worker)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson


@dataclass(slots=True)
class Entry:
    response: dict[str, Any]
    model: str
    namespace: str
    created: float
    tokens_in: int
    tokens_out: int
    cost: float
    prompt: str | None = None
    predictive: bool = False

    def dumps(self) -> bytes:
        return orjson.dumps(
            {
                "r": self.response,
                "m": self.model,
                "ns": self.namespace,
                "t": self.created,
                "ti": self.tokens_in,
                "to": self.tokens_out,
                "c": self.cost,
                "p": self.prompt,
                "pre": self.predictive,
            }
        )

    @staticmethod
    def loads(raw: bytes) -> Entry:
        d = orjson.loads(raw)
        return Entry(d["r"], d["m"], d["ns"], d["t"], d["ti"], d["to"], d["c"], d.get("p"), d.get("pre", False))

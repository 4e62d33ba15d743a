"""Allowed and denied topics described in plain language, matched by sentence similarity with
the shared embedding model, plus optional keyword lists per topic (exact and cheap)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from bastion.gateway.policy.detectors.base import DetectorError, Match
from bastion.gateway.policy.detectors.custom import KeywordDetector
from bastion.gateway.policy.detectors.injection import chunk_texts


def topic_entity(name: str) -> str:
    return "TOPIC:" + name


class TopicDetector:
    """Reports ``TOPIC:<name>`` for a denied topic the text is about, and ``OFF_TOPIC`` when
    allowed topics are given and the text is about none of them."""

    kind = "topics"
    window = 400
    semantic = True

    def __init__(
        self,
        embedder: object | None,
        deny: Mapping[str, str | Sequence[str]] | None = None,
        allow: Mapping[str, str | Sequence[str]] | None = None,
        keywords: Mapping[str, Sequence[str]] | None = None,
        threshold: float = 0.3,
    ) -> None:
        self._embedder = embedder
        # A topic is one description or several example phrasings; it scores the best of them.
        self.deny = {k: [v] if isinstance(v, str) else list(v) for k, v in (deny or {}).items()}
        self.allow = {k: [v] if isinstance(v, str) else list(v) for k, v in (allow or {}).items()}
        self.threshold = threshold
        self._keywords = [
            KeywordDetector(words, topic_entity(name)) for name, words in (keywords or {}).items() if words
        ]
        self._names: list[str] = []
        self._deny_vecs: np.ndarray | None = None
        self._allow_vecs: np.ndarray | None = None
        # Without descriptions there is nothing to embed: keyword lists alone stay sync.
        self.semantic = bool(self.deny or self.allow)

    def detect(self, text: str) -> list[Match]:
        """Keyword part only (streams and keyword-only topic rules)."""
        out: list[Match] = []
        for k in self._keywords:
            out.extend(k.detect(text))
        return out

    async def _vectors(self) -> tuple[np.ndarray, np.ndarray]:
        if self._deny_vecs is None or self._allow_vecs is None:
            if self._embedder is None:
                raise DetectorError("topic detector needs the embedding model")
            self._names = [n for n, ds in self.deny.items() for _ in ds] + [
                n for n, ds in self.allow.items() for _ in ds
            ]
            descs = [d for ds in self.deny.values() for d in ds] + [d for ds in self.allow.values() for d in ds]
            n_deny = sum(len(ds) for ds in self.deny.values())
            vecs = await self._embedder.embed(descs)  # type: ignore[attr-defined]
            self._deny_vecs = vecs[:n_deny]
            self._allow_vecs = vecs[n_deny:]
        return self._deny_vecs, self._allow_vecs

    async def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text: the best similarity to each described topic."""
        deny, allow = await self._vectors()
        chunks, owner = chunk_texts(texts)  # same chunks as injection: embedded once
        result: list[dict[str, float]] = [{} for _ in texts]
        if not chunks:
            return result
        vecs = await self._embedder.embed(chunks)  # type: ignore[union-attr]
        names = self._names
        sims = vecs @ np.vstack([deny, allow]).T if names else np.zeros((len(chunks), 0))
        for row, i in zip(sims, owner, strict=False):
            for name, s in zip(names, row, strict=False):
                result[i][name] = max(result[i].get(name, -1.0), float(s))
        return result

    async def adetect(self, texts: Sequence[str]) -> list[list[Match]]:
        out = [self.detect(t) for t in texts]
        if not self.semantic:
            return out
        all_scores = await self.scores(texts)
        for t, found, scores in zip(texts, out, all_scores, strict=False):
            if not t.strip():
                continue
            for name in self.deny:
                if scores.get(name, 0.0) >= self.threshold and not any(m.entity == topic_entity(name) for m in found):
                    found.append(Match(topic_entity(name), 0, len(t), round(scores[name], 3)))
            if self.allow and max(scores.get(n, 0.0) for n in self.allow) < self.threshold:
                found.append(Match("OFF_TOPIC", 0, len(t), 1.0))
        return out

"""Allowed and denied topics described in plain language, matched by sentence similarity with
the shared embedding model, plus optional keyword lists per topic (exact and cheap).

How a text is read (``reading="windows"``, the default): in windows of ``WINDOW_CHARS``
characters overlapping by half, so a topic raised in one sentence or paragraph of a long prompt
is compared on its own rather than diluted in a mean over the whole text (a 1 KB prompt with
one on-topic paragraph scored ~0.2 against its topic read whole, ~0.4 read in windows). MiniLM
does not read every window: for each topic the static encoder (MiniLM's own token vectors,
:mod:`bastion.gateway.semcache.static_encoder`, a table lookup shared with the semantic cache
and the injection detector) picks the window most like the topic's descriptions, and MiniLM
reads only the windows picked (at most one per topic and text, often the same one for several
topics; a text of one window is read whole). A topic's score is the best MiniLM similarity
between a read window and one of its descriptions, so ``threshold`` keeps its meaning (MiniLM
cosine), now of the best window instead of the whole text; a prompt of up to ~250 characters
is one window and scores as before. MiniLM work per text is bounded by the topic count, not
the text's length. ``reading="whole"`` is the previous way (MiniLM reads every 1,000-character
window): ``make bench`` policy compares the two on the same run.

The static gate (``static_gate``, on by default): a *denied* topic whose picked window's static
cosine to its descriptions is below the gate is not read by MiniLM at all (a text whose denied
topics are all below it, and which has no allow list, costs no MiniLM pass). It is not an exact
bound (two encoders), so it was set with a margin on the tuning split of
``scripts/topic_corpus.py``: no on-topic pair MiniLM finds falls below it there (the lowest such
pair's static cosine 0.389, the gate 0.35; docs/policy.md). A rule with an allow list is not
gated at all: a skipped allowed topic would count as "not on it", and even skipping only its
denied topics would change what the allowed ones score (a topic scores its best *read* window),
so ``OFF_TOPIC`` is decided exactly as without the gate.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Literal

import anyio
import numpy as np

from bastion.gateway.policy.detectors.base import DetectorError, Match
from bastion.gateway.policy.detectors.custom import KeywordDetector
from bastion.gateway.policy.detectors.injection import chunk_spans, chunk_texts
from bastion.gateway.semcache.static_encoder import StaticEncoder, shared_static_encoder

log = logging.getLogger("bastion.policy")

#: Window MiniLM reads (characters; ~45 word pieces, ~4 ms int8): windows overlap by half, so a
#: passage of up to ~70 characters (a short question) lies whole in one of them wherever it is,
#: and longer ones mostly. Chosen on the tuning split of ``scripts/topic_corpus.py`` among
#: 200, 300 and 400: the best recall on 1 KB prompts at the same false positives, and cheapest.
WINDOW_CHARS = 200
#: Texts whose static stage would cost more than this many characters run it in a worker
#: thread (a 1 KB prompt costs ~0.1-0.3 ms inline; a 20 KB tool result several ms).
INLINE_CHARS = 4096
#: Static-encoder cosine below which a denied topic's MiniLM pass is skipped (see the module
#: docstring): on the tuning split the lowest on-topic pair MiniLM finds is at 0.389 (0.452 with
#: the corpus's own eight topics), ordinary prompts' pairs mostly at 0.3-0.55.
STATIC_GATE = 0.35

Reading = Literal["windows", "whole"]


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
        reading: Reading = "windows",
        static: StaticEncoder | None = None,
        static_gate: float | None = STATIC_GATE,
    ) -> None:
        self._embedder = embedder
        # A topic is one description or several example phrasings; it scores the best of them.
        self.deny = {k: [v] if isinstance(v, str) else list(v) for k, v in (deny or {}).items()}
        self.allow = {k: [v] if isinstance(v, str) else list(v) for k, v in (allow or {}).items()}
        self.threshold = threshold
        self.reading = reading
        self._keywords = [
            KeywordDetector(words, topic_entity(name)) for name, words in (keywords or {}).items() if words
        ]
        # One row per description: its topic's name, and the topic's index in ``_topics``.
        self._names = [n for n, ds in self.deny.items() for _ in ds] + [n for n, ds in self.allow.items() for _ in ds]
        self._topics = list(dict.fromkeys(self._names))
        self._of_topic = [np.array([i for i, n in enumerate(self._names) if n == t]) for t in self._topics]
        # Only denied topics of a rule without an allow list are gated (see the module docstring).
        self.static_gate = static_gate
        self._gateable = [t in self.deny and not self.allow for t in self._topics]
        self._vecs: np.ndarray | None = None
        self._static = static
        self._static_vecs: np.ndarray | None = None
        self._static_failed = False
        # Without descriptions there is nothing to embed: keyword lists alone stay sync.
        self.semantic = bool(self.deny or self.allow)

    def detect(self, text: str) -> list[Match]:
        """Keyword part only (streams and keyword-only topic rules)."""
        out: list[Match] = []
        for k in self._keywords:
            out.extend(k.detect(text))
        return out

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Load the static encoder that picks the windows (blocking; the engine warms it when a
        policy needs it). If it cannot load, MiniLM reads every window (slower, same findings
        or more), logged once."""
        if self.reading != "windows" or not self.semantic or self._static_vecs is not None or self._static_failed:
            return
        try:
            static = self._static = self._static or shared_static_encoder()
            descs = [d for ds in self.deny.values() for d in ds] + [d for ds in self.allow.values() for d in ds]
            self._static_vecs = static.embed_sync(descs)
        except Exception as e:  # noqa: BLE001 - the fallback reads every window: slower, never fewer findings
            self._static_failed = True
            log.warning(
                "topics: the static encoder did not load (%s: %s); MiniLM reads every window", type(e).__name__, e
            )

    @property
    def loaded(self) -> bool:
        return self.reading != "windows" or not self.semantic or self._static_vecs is not None or self._static_failed

    async def _vectors(self) -> np.ndarray:
        if self._vecs is None:
            if self._embedder is None:
                raise DetectorError("topic detector needs the embedding model")
            descs = [d for ds in self.deny.values() for d in ds] + [d for ds in self.allow.values() for d in ds]
            self._vecs = await self._embedder.embed(descs)  # type: ignore[attr-defined]
        return self._vecs

    # -- scoring ---------------------------------------------------------------------------
    def _picks(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Per text, the windows MiniLM reads: each topic's best window by the static encoder
        (all of a one-window text), less those of denied topics below ``static_gate``; every
        window when the static encoder is unavailable."""
        out: list[list[tuple[int, int]]] = []
        gate = self.static_gate
        for t in texts:
            spans = chunk_spans(t, WINDOW_CHARS, WINDOW_CHARS // 2)
            if not spans or self._static_vecs is None or self._static is None or (len(spans) <= 1 and gate is None):
                out.append(spans)
                continue
            sims = self._static.embed_sync([t[a:b] for a, b in spans]) @ self._static_vecs.T
            keep: set[int] = set()
            for rows, gateable in zip(self._of_topic, self._gateable, strict=True):
                best = sims[:, rows].max(axis=1)
                i = int(np.argmax(best))
                if gate is not None and gateable and best[i] < gate:
                    continue  # a denied topic far from every window: MiniLM would not reach it
                keep.add(i)
            out.append([spans[i] for i in sorted(keep)])
        return out

    async def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text: the best similarity to each described topic."""
        vecs_d = await self._vectors()
        if self.reading == "whole":
            chunks, owner = chunk_texts(texts)
        else:
            if not self.loaded:
                await anyio.to_thread.run_sync(self.load)
            if sum(len(t) for t in texts) > INLINE_CHARS:
                picks = await anyio.to_thread.run_sync(self._picks, texts)
            else:
                picks = self._picks(texts)
            chunks = [t[a:b] for t, spans in zip(texts, picks, strict=True) for a, b in spans]
            owner = [i for i, spans in enumerate(picks) for _ in spans]
        result: list[dict[str, float]] = [{} for _ in texts]
        if not chunks:
            return result
        # One call for every window of every text: windows of one text run side by side on the
        # embedder's free lanes.
        vecs = await self._embedder.embed(chunks)  # type: ignore[union-attr]
        sims = vecs @ vecs_d.T if self._names else np.zeros((len(chunks), 0))
        for row, i in zip(sims, owner, strict=True):
            for name, s in zip(self._names, row, strict=True):
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

"""Stored prompts' MiniLM vectors, computed in the background while the gateway is idle.

A candidate the static verifier is unsure of is read by the MiniLM second stage
(``minilm_stage.py``), which needs two vectors: the new prompt's and the cached prompt's. The
second is a function of a prompt stored earlier, so it need not be computed while a client
waits: after the writer has put an entry in the mirror, its prompt is *offered* here, and a
background task encodes it when nothing else wants the encoder or the CPU, into the stage's
``remembered`` vectors. A later band candidate then costs one encode (the new prompt) instead of
two (measured in ``make bench semcache``).

Never at the expense of a request, by three rules:

* **only when idle**: an encode starts only after a whole check window (``MIN_GAP_S`` or more)
  in which no cache lookup arrived, the gateway process used less than ``idle_cpu`` of a core
  (every front door and thread counts) and no foreground encode was queued or running. Under a
  steady load (a burst of new prompts at c=16, or back-to-back requests at c=1) no window is
  idle, and nothing is encoded;
* **interrupted by foreground work**: the encode runs on the core's shared embedder thread as a
  low-priority job (:meth:`~bastion.gateway.embeddings.Embedder.embed_background`). A foreground
  encode (the stage's, the policy engine's injection or topic detectors') and a cache lookup
  arriving meanwhile stop it within a fraction of a millisecond (ONNX Runtime's
  ``RunOptions.terminate``); the prompt goes back in the queue;
* **bounded**: encoding takes at most ``max_share`` of wall time (after an encode of ``d``
  seconds the next waits ``d / max_share - d``, at least one window); the queue holds at most
  ``remembered_vectors`` prompts (the number of vectors kept: older ones would be forgotten
  anyway), newest first, the oldest dropped past it (counted).

A prompt whose vector is already known costs nothing: remembered by the stage, or encoded
recently by the embedder (the stage read it as a new prompt before it was stored, or a policy
detector did). Entries this replica did not write (another replica's, or read from the
persistent store after a restart) are not offered: a band candidate among them pays the two
encodes, as before, and its vector is remembered from then on.

Metrics: ``bastion_llm_cache_pre_encode_total{outcome}`` (``encoded``; ``known``: no encode
needed; ``yielded``: interrupted, queued again; ``dropped``: the queue was full; ``failed``),
``bastion_llm_cache_pre_encode_deferred_total`` (check windows that found the gateway busy) and
the gauge ``bastion_llm_cache_pre_encode_queue``.
"""

from __future__ import annotations

import logging
import time
from collections import deque

import anyio
from prometheus_client import CollectorRegistry, Gauge

from bastion.gateway.metrics import LoopCounter
from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.minilm_stage import MiniLMStage
from bastion.gateway.semcache.settings import PreEncodeSettings

log = logging.getLogger("bastion.semcache")

#: The shortest check window (seconds): an encode starts only after one this long was idle.
MIN_GAP_S = 0.01
#: The longest wait between checks while the gateway stays busy.
MAX_GAP_S = 0.25


class PreEncoder:
    """The background task that pre-encodes offered prompts into the stage's vectors."""

    def __init__(
        self, stage: MiniLMStage, settings: PreEncodeSettings, registry: CollectorRegistry | None = None
    ) -> None:
        self.stage = stage
        self.encoder = stage.encoder
        self.idle_cpu = settings.idle_cpu
        self.max_share = settings.max_share
        #: (entry id, prompt), newest on the right; bounded by the vectors the stage keeps.
        self._queue: deque[tuple[str, str]] = deque()
        self._capacity = stage.remembered
        #: Cache lookups so far: one arriving during a check window makes the window busy.
        self._lookups = 0
        self._wake = anyio.Event()
        self._drained = anyio.Event()
        self._drained.set()
        outcomes = LoopCounter(
            "bastion_llm_cache_pre_encode",
            "Stored prompts offered to the MiniLM pre-encoder, by outcome (encoded, known, yielded, dropped, failed)",
            ["outcome"],
            registry=registry,
        )
        # Children bound once (``labels()`` takes a lock; ``offer`` runs for every stored prompt).
        self._encoded, self._known, self._yielded, self._dropped, self._failed = (
            outcomes.labels(o) for o in ("encoded", "known", "yielded", "dropped", "failed")
        )
        self.deferred = LoopCounter(
            "bastion_llm_cache_pre_encode_deferred",
            "Pre-encoder check windows that found the gateway busy (nothing was encoded)",
            registry=registry,
        )
        queued = Gauge(
            "bastion_llm_cache_pre_encode_queue", "Stored prompts waiting to be pre-encoded", registry=registry
        )
        queued.set_function(lambda: len(self._queue))  # read at scrape time: nothing to update per offer

    # -- from the cache (event loop) ------------------------------------------------------------
    def offer(self, entry_id: str, prompt: str) -> None:
        """A prompt just written to the mirror: remember its vector if it is known, else queue it.
        Encoded as the stage reads it (the synonym reading)."""
        prompt = read_synonyms(prompt)
        if self._already_known(entry_id, prompt):
            return
        if self._capacity <= 0:
            return
        if len(self._queue) >= self._capacity:
            self._queue.popleft()
            self._dropped.inc()
        self._queue.append((entry_id, prompt))
        if self._drained.is_set():
            self._drained = anyio.Event()
        self._wake.set()

    def lookup_started(self) -> None:
        """A cache lookup arrived: the gateway is not idle, and a background encode yields."""
        self._lookups += 1
        self.encoder.yield_background()

    async def drained(self) -> None:
        """Wait until every prompt offered so far is encoded, known or dropped (tests, benches)."""
        await self._drained.wait()

    # -- the background task -------------------------------------------------------------------
    async def run(self) -> None:
        """Encode queued prompts in idle moments, until cancelled."""
        gap = MIN_GAP_S
        while True:
            if not self._queue:
                self._drained.set()
                await self._wake.wait()
                self._wake = anyio.Event()
                gap = MIN_GAP_S
                continue
            if self.encoder.loaded and not self.encoder.yields:
                # Not on the ONNX path: a background encode could not be interrupted, so none runs.
                log.info("cache pre-encoder off: the embedder cannot interrupt a background encode")
                self._capacity = 0
                self._queue.clear()
                continue
            if not await self._window_idle(gap):
                self.deferred.inc()
                gap = min(gap * 2, MAX_GAP_S)
                continue
            entry_id, prompt = self._queue.pop()
            if self._already_known(entry_id, prompt):
                gap = MIN_GAP_S
                continue
            t = time.monotonic()
            try:
                vector = await self.encoder.embed_background(prompt)
            except Exception as e:  # noqa: BLE001 - a prompt not pre-encoded pays the old cost
                self._failed.inc()
                log.warning("cache pre-encoder: encode failed (%s)", type(e).__name__)
                continue
            took = time.monotonic() - t
            if vector is None:
                # Foreground work came first: back in the queue, and wait for the next quiet spell.
                self._queue.append((entry_id, prompt))
                self._yielded.inc()
                gap = min(gap * 2, MAX_GAP_S)
                continue
            self.stage.remember(entry_id, vector)
            self._encoded.inc()
            gap = max(MIN_GAP_S, took / self.max_share - took)

    async def _window_idle(self, seconds: float) -> bool:
        """Sleep ``seconds``; whether that window was idle (no lookup arrived, the process used
        less than ``idle_cpu`` of a core, no foreground encode is queued or running)."""
        lookups, cpu, t = self._lookups, time.process_time(), time.monotonic()
        await anyio.sleep(seconds)
        share = (time.process_time() - cpu) / max(time.monotonic() - t, 1e-6)
        return self.encoder.loaded and lookups == self._lookups and share < self.idle_cpu and not self.encoder.busy

    def _already_known(self, entry_id: str, prompt: str) -> bool:
        """Whether no encode is needed: the stage remembers the vector, or the embedder encoded
        the prompt recently (then the stage remembers it from now on)."""
        if self.stage.knows(entry_id):
            self._known.inc()
            return True
        vector = self.encoder.known(prompt)
        if vector is None:
            return False
        self.stage.remember(entry_id, vector)
        self._known.inc()
        return True

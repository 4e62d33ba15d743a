"""The verifier's second stage: MiniLM reads the two sentences when the static verifier is unsure.

The learned verifier (``verifier.py``) reads static word vectors; on a candidate it scores in
its *uncertain band* (``[lower, upper)``) this stage encodes both prompts with all-MiniLM-L6-v2
(the core's shared :class:`~bastion.gateway.embeddings.Embedder`, ONNX Runtime) and a logistic
regression over MiniLM's cosine (and its square), the static verifier's log-odds and its
twenty-one pair features decides. The band reaches past the verifier's own threshold
(``upper`` >= it): there MiniLM may refuse what the verifier alone would serve, which frees
false-hit budget for the pairs below the threshold MiniLM recognises (the out-of-fold choice;
see ``train.py``). When the stage does not run (not loaded, slow, busy), a candidate is judged
by the verifier alone at its own threshold. Candidates at or above ``upper`` and those below
``lower`` never reach MiniLM, so an ordinary hit or miss costs no transformer encode.

Trained by ``make train-semcache`` (``train.py``) next to the static verifier, cross-fitted the
same way, deterministic; weights and the band's lower edge and threshold in
``minilm_stage.json`` beside this file.

Cost is bounded on the hit path: the candidate's vector is remembered per cache entry, and
normally computed before it is needed, in the background while the gateway is idle
(``pre_encode.py``), so a band candidate costs one encode, the new prompt's; one not yet known
has both encoded in one call, side by side on the embedder's two lanes (and is remembered from
then on); a lone lookup's short new prompt is encoded on the event loop itself, without the
hand-off to a lane and back (``here_max_chars``; see :meth:`MiniLMStage._judge`),
the wait is capped (``second_stage.timeout_s``) and so are the lookups reading MiniLM at once
(``second_stage.max_in_flight``), and until the model has loaded (in a background thread, at
start with ``second_stage.preload``, else at the first band candidate) a band candidate is
judged by the verifier alone, as it would have been without this stage. The guards stay hard vetoes: only candidates that passed them are scored here.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import anyio
import numpy as np
from prometheus_client import CollectorRegistry

from bastion.gateway.embeddings import TokenIds
from bastion.gateway.metrics import LoopCounter
from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.verifier import FEATURES

log = logging.getLogger("bastion.semcache")

WEIGHTS = Path(__file__).with_name("minilm_stage.json")
#: The stage's inputs: MiniLM's cosine, its square, the static verifier's log-odds, then the
#: static verifier's own features (in :data:`~bastion.gateway.semcache.verifier.FEATURES` order).
STAGE_FEATURES = ("minilm_cos", "minilm_cos_sq", "verifier_logit", *FEATURES)


class SentenceEncoder(Protocol):
    """What the stage (and its pre-encoder, ``pre_encode.py``) needs of the core's embedder."""

    @property
    def loaded(self) -> bool: ...

    @property
    def busy(self) -> bool: ...

    @property
    def yields(self) -> bool: ...

    async def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    async def embed_background(self, text: str) -> np.ndarray | None: ...

    def embed_here(self, text: str, tokens: TokenIds | None = None) -> np.ndarray | None: ...

    def yield_background(self) -> None: ...

    def known(self, text: str) -> np.ndarray | None: ...

    def load(self) -> None: ...


def logit(p: float | np.ndarray) -> Any:
    """Log-odds of a probability, clipped so a verdict of 0 or 1 stays finite."""
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def stage_features(minilm_cos: float | np.ndarray, p: float | np.ndarray, static: np.ndarray) -> np.ndarray:
    """The stage's inputs, one row per pair (``static``: the static verifier's features)."""
    static = np.atleast_2d(np.asarray(static, dtype=np.float64))
    mc = np.atleast_1d(np.asarray(minilm_cos, dtype=np.float64))
    return np.column_stack([mc, mc * mc, np.atleast_1d(logit(p)), static])


def stage_row(minilm_cos: float, p: float, static: Sequence[float]) -> np.ndarray:
    """One pair's :func:`stage_features` row (shape ``(1, n)``), written in place: the same
    numbers (the same float64 operations) without stacking one-element arrays, which cost the
    hit path more than the regression itself."""
    row = np.empty((1, 3 + len(static)), dtype=np.float64)
    row[0, 0] = minilm_cos
    row[0, 1] = minilm_cos * minilm_cos
    row[0, 2] = logit(p)
    row[0, 3:] = static
    return row


@dataclass(frozen=True)
class StageModel:
    """A standardised logistic regression plus the band it runs in."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    #: Static-verifier probability from which a candidate (below the verifier's threshold) is
    #: read by MiniLM.
    lower: float
    #: Probability this stage must give for the candidate to be served.
    threshold: float
    #: Static-verifier probability from which a candidate is served without MiniLM while the
    #: stage runs (at or above the verifier's own threshold): between the verifier's threshold
    #: and this edge MiniLM may also refuse what the verifier alone would serve.
    upper: float

    @staticmethod
    def load(path: Path = WEIGHTS) -> StageModel:
        d = json.loads(path.read_text())
        if tuple(d["features"]) != STAGE_FEATURES:
            raise ValueError(f"{path}: trained on other features; run `make train-semcache`")
        return StageModel.from_dict(d)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> StageModel:
        return StageModel(
            np.asarray(d["mean"], dtype=np.float64),
            np.asarray(d["scale"], dtype=np.float64),
            np.asarray(d["coef"], dtype=np.float64),
            float(d["intercept"]),
            float(d["lower"]),
            float(d["threshold"]),
            float(d["upper"]),
        )

    def threshold_for(self, agrees: bool, discount: float, lowered: float = 0.0) -> float:
        """The probability a candidate needs: ``threshold`` less ``lowered``
        (``SecondStageSettings.threshold_discount``), less ``discount`` too when the two
        questions' frames agree (``guards.frames_agree``; ``SecondStageSettings.agreeing_discount``)."""
        return self.threshold - lowered - (discount if agrees else 0.0)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(rows) - self.mean) / self.scale) @ self.coef + self.intercept
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out


def short_pair(prompt: str, candidate: str, words: int) -> bool:
    """Whether the shorter of the two prompts (as the cache compares them) has at most
    ``words`` words (``SecondStageSettings.short_words``; 0: never)."""
    return words > 0 and min(len(prompt.split()), len(candidate.split())) <= words


@dataclass(frozen=True, slots=True)
class StageVerdict:
    """What the stage said about one candidate (``ran`` False: MiniLM was not available)."""

    ran: bool
    same: bool
    probability: float | None = None
    minilm_cos: float | None = None
    #: Texts the stage asked the encoder for: 1 when the candidate's vector was known (remembered
    #: from an earlier judgement or pre-encoded in the background), 2 when it was not.
    texts: int = 0


class MiniLMStage:
    """The second stage as the cache calls it; one per cache."""

    def __init__(
        self,
        encoder: SentenceEncoder,
        model: StageModel,
        timeout_s: float,
        remembered: int = 4_096,
        max_in_flight: int = 4,
        registry: CollectorRegistry | None = None,
        here_max_chars: int = 0,
        agreeing_discount: float = 0.0,
        threshold_discount: float = 0.0,
        tokens: TokenIds | None = None,
        short_words: int = 0,
        short_discount: float = 0.0,
    ) -> None:
        """``tokens``: where a new prompt encoded on the event loop has its token ids read (the
        cache's static encoder, which has just read the same text; see ``Embedder.embed_here``)."""
        self.encoder = encoder
        self.tokens = tokens
        #: How much lower the probability may be when the frames agree (see
        #: :meth:`StageModel.threshold_for`).
        self.agreeing_discount = agreeing_discount
        #: How much lower than the trained threshold every candidate is served from.
        self.threshold_discount = threshold_discount
        #: A pair whose shorter prompt has at most ``short_words`` words is served from
        #: ``short_discount`` lower still (:func:`short_pair`).
        self.short_words = short_words
        self.short_discount = short_discount
        #: A lone lookup's new prompt up to this long is encoded on the event loop (see
        #: :meth:`_judge`).
        self.here_max_chars = here_max_chars
        self.model = model
        self.timeout_s = timeout_s
        #: Lookups reading MiniLM at once; past it a band candidate is not read (the verifier
        #: alone judges it):
        #: under a burst of unsure candidates the encoder thread must not become the queue
        #: every new prompt waits in.
        self.max_in_flight = max_in_flight
        self._in_flight = 0
        #: ``served`` / ``refused`` by the stage, ``skipped`` (not loaded, slow, too many at once).
        self.outcomes = LoopCounter(
            "bastion_llm_cache_second_stage",
            "Semantic candidates in the verifier's uncertain band, by what the MiniLM stage did",
            ["outcome"],
            registry=registry,
        )
        #: MiniLM vectors of cached prompts, by entry id (~1.5 KB each): a candidate that comes
        #: back costs only the new prompt's encode.
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._remembered = remembered
        self._loading: threading.Thread | None = None

    def start_loading(self) -> None:
        """Load MiniLM in a background thread (once): at start-up (``preload``), or when the
        first band candidate finds it not loaded."""
        if self._loading is None and not self.encoder.loaded:
            self._loading = threading.Thread(target=self._load, name="semcache-minilm-load", daemon=True)
            self._loading.start()

    def _load(self) -> None:
        try:
            self.encoder.load()
        except Exception as e:  # noqa: BLE001 - without MiniLM the verifier alone judges the band
            log.warning("cache second stage: MiniLM did not load (%s)", type(e).__name__)

    def knows(self, entry_id: str) -> bool:
        """Whether the MiniLM vector of the cached prompt ``entry_id`` is remembered."""
        return entry_id in self._vectors

    def remember(self, entry_id: str, vector: np.ndarray) -> None:
        """Remember a cached prompt's MiniLM vector (the least recently used one goes past
        ``remembered``)."""
        self._vectors[entry_id] = vector
        self._vectors.move_to_end(entry_id)
        if len(self._vectors) > self._remembered:
            self._vectors.popitem(last=False)

    @property
    def remembered(self) -> int:
        """How many vectors are kept (the bound of the pre-encoder's queue too)."""
        return self._remembered

    def in_band(self, p: float, upper: float) -> bool:
        return self.model.lower <= p < upper

    def upper(self, verifier_threshold: float) -> float:
        """Where the verifier serves without MiniLM while this stage runs (never below the
        verifier's own threshold)."""
        return max(verifier_threshold, self.model.upper)

    async def judge(
        self,
        prompt: str,
        entry_id: str,
        candidate: str,
        p: float,
        static: Sequence[float],
        alone: bool = False,
        agrees: bool = False,
    ) -> StageVerdict:
        """``alone``: the caller's lookup is the only one running (nobody else would wait while
        the event loop encodes a short prompt). ``agrees``: the two questions' frames agree
        (``guards.frames_agree``), the candidate is served from a lower probability."""
        verdict = await self._judge(prompt, entry_id, candidate, p, static, alone, agrees)
        outcome = "skipped" if not verdict.ran else ("served" if verdict.same else "refused")
        self.outcomes.labels(outcome).inc()
        return verdict

    async def _judge(
        self, prompt: str, entry_id: str, candidate: str, p: float, static: Sequence[float], alone: bool, agrees: bool
    ) -> StageVerdict:
        """Encode what is not yet known (one call) and score the pair. Not loaded yet, slow
        past ``timeout_s``, failing or ``max_in_flight`` lookups already reading it: not run
        (the caller does not serve the candidate).

        The new prompt alone to encode (the candidate's vector known), in a lookup running
        alone, at most ``here_max_chars`` long and the embedder idle: encoded here, on the
        event loop, without the hand-off to the encoder's thread and back (what is left of a
        first ask's cost over the encode; see ``Embedder.embed_here``). The same vector; the
        timeout cannot cut that encode short, which the length bound keeps to milliseconds."""
        if not self.encoder.loaded:
            self.start_loading()
            return StageVerdict(False, False)
        # Counted on the prompts as compared, before the synonym reading below.
        short = self.short_discount > 0 and short_pair(prompt, candidate, self.short_words)
        if self._in_flight >= self.max_in_flight:
            return StageVerdict(False, False)
        # MiniLM reads both prompts as the cache encoder does, synonyms read as their group's key
        # (lexicon.py; the pre-encoder encodes the stored prompt so too). A prompt with nothing
        # to read is the same text, so the policy engine's recent encode of it still serves.
        prompt, candidate = read_synonyms(prompt), read_synonyms(candidate)
        known = self._vectors.get(entry_id)
        texts = [prompt] if known is not None else [prompt, candidate]
        self._in_flight += 1
        try:
            here = None
            if known is not None and alone and len(prompt) <= self.here_max_chars:
                here = self.encoder.embed_here(prompt, self.tokens)
            if here is not None:
                vecs = here[None, :]
            else:
                with anyio.fail_after(self.timeout_s):
                    vecs = await self.encoder.embed(texts)
        except TimeoutError:  # counted as skipped; a log line per slow lookup would flood
            return StageVerdict(False, False)
        except Exception as e:  # noqa: BLE001 - no second opinion means "not confirmed"
            log.warning("cache second stage unavailable: %s", type(e).__name__)
            return StageVerdict(False, False)
        finally:
            self._in_flight -= 1
        if known is None:
            known = vecs[1]
            self.remember(entry_id, known)
        else:
            self._vectors.move_to_end(entry_id)
        cos = float(np.dot(vecs[0], known))
        q = float(self.model.probability(stage_row(cos, p, static))[0])
        if not math.isfinite(q):
            return StageVerdict(True, False, None, cos, len(texts))
        threshold = self.model.threshold_for(agrees, self.agreeing_discount, self.threshold_discount)
        if short:
            threshold -= self.short_discount
        return StageVerdict(True, q >= threshold, q, cos, len(texts))

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
then on),
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

from bastion.gateway.metrics import LoopCounter
from bastion.gateway.semcache.verifier import FEATURES

log = logging.getLogger("bastion.semcache")

WEIGHTS = Path(__file__).with_name("minilm_stage.json")
#: The stage reading the bi-encoder's cosine, written beside the shipped one when that reads the
#: cross-encoder (``second_stage.weights``).
COSINE_WEIGHTS = Path(__file__).with_name("minilm_stage_cosine.json")
#: The MiniLM readings a stage may take as inputs: the frozen bi-encoder's cosine of the two
#: prompts and its square (the shared embedder; one encode of the new prompt, the stored one
#: pre-encoded), and the fine-tuned pair cross-encoder's logit (``cross_encoder.py``: one encode
#: of the pair). Which ones the shipped stage reads is in its weights file (``features``).
READINGS = ("minilm_cos", "minilm_cos_sq", "cross_logit")
#: The stage's inputs as shipped until the cross-encoder: MiniLM's cosine, its square, the
#: static verifier's log-odds, then the static verifier's own features (in
#: :data:`~bastion.gateway.semcache.verifier.FEATURES` order). A stage's features are some of
#: :data:`READINGS` followed by :data:`STATIC_INPUTS`.
STATIC_INPUTS = ("verifier_logit", *FEATURES)
STAGE_FEATURES = ("minilm_cos", "minilm_cos_sq", *STATIC_INPUTS)
#: The stage reading the cross-encoder's logit instead of the bi-encoder's cosine.
CROSS_FEATURES = ("cross_logit", *STATIC_INPUTS)


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

    def yield_background(self) -> None: ...

    def known(self, text: str) -> np.ndarray | None: ...

    def load(self) -> None: ...


def logit(p: float | np.ndarray) -> Any:
    """Log-odds of a probability, clipped so a verdict of 0 or 1 stays finite."""
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def stage_features(
    p: float | np.ndarray,
    static: np.ndarray,
    minilm_cos: float | np.ndarray | None = None,
    cross_logit: float | np.ndarray | None = None,
    features: Sequence[str] = STAGE_FEATURES,
) -> np.ndarray:
    """The stage's inputs in ``features`` order, one row per pair (``static``: the static
    verifier's features; the readings ``features`` names must be given)."""
    static = np.atleast_2d(np.asarray(static, dtype=np.float64))
    columns: list[np.ndarray] = []
    for name in features[: len(features) - len(STATIC_INPUTS)]:
        reading = minilm_cos if name.startswith("minilm_cos") else cross_logit
        if reading is None:
            raise ValueError(f"the stage reads {name}, which was not given")
        r = np.atleast_1d(np.asarray(reading, dtype=np.float64))
        columns.append(r * r if name.endswith("_sq") else r)
    return np.column_stack([*columns, np.atleast_1d(logit(p)), static])


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
    #: The inputs, in order (:data:`STAGE_FEATURES` or :data:`CROSS_FEATURES`).
    features: tuple[str, ...] = STAGE_FEATURES
    #: SHA-256 of the cross-encoder delta the regression was fitted on (when it reads it).
    cross_sha256: str | None = None

    @property
    def reads_cosine(self) -> bool:
        """Whether the stage needs the bi-encoder's vectors (and so their pre-encoding)."""
        return "minilm_cos" in self.features

    @property
    def reads_cross(self) -> bool:
        return "cross_logit" in self.features

    @staticmethod
    def load(path: Path = WEIGHTS) -> StageModel:
        d = json.loads(path.read_text())
        if tuple(d["features"]) not in (STAGE_FEATURES, CROSS_FEATURES):
            raise ValueError(f"{path}: trained on other features; run `make train-semcache`")
        if tuple(d["features"]) == CROSS_FEATURES and not d.get("cross_encoder"):
            raise ValueError(f"{path}: reads the cross-encoder but names no delta hash")
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
            tuple(d.get("features", STAGE_FEATURES)),
            d.get("cross_encoder"),
        )

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(rows) - self.mean) / self.scale) @ self.coef + self.intercept
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out


class PairScorer(Protocol):
    """What the stage needs of the pair cross-encoder (``cross_encoder.CrossEncoder``)."""

    @property
    def loaded(self) -> bool: ...

    def load(self) -> None: ...

    async def logit(self, stored: str, new: str) -> float: ...


@dataclass(frozen=True, slots=True)
class StageVerdict:
    """What the stage said about one candidate (``ran`` False: MiniLM was not available)."""

    ran: bool
    same: bool
    probability: float | None = None
    minilm_cos: float | None = None
    #: Texts the stage asked the encoder for: 1 when the candidate's vector was known (remembered
    #: from an earlier judgement or pre-encoded in the background), 2 when it was not; 1 for the
    #: cross-encoder (the pair is one text).
    texts: int = 0
    cross_logit: float | None = None


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
        cross: PairScorer | None = None,
    ) -> None:
        self.encoder = encoder
        #: The pair cross-encoder, when the model reads its logit (``model.reads_cross``).
        self.cross = cross
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

    @property
    def loaded(self) -> bool:
        """Whether what the model reads is loaded (the bi-encoder, the cross-encoder)."""
        if self.model.reads_cross and (self.cross is None or not self.cross.loaded):
            return False
        return not self.model.reads_cosine or self.encoder.loaded

    def start_loading(self) -> None:
        """Load MiniLM in a background thread (once): at start-up (``preload``), or when the
        first band candidate finds it not loaded."""
        if self._loading is None and not self.loaded:
            self._loading = threading.Thread(target=self._load, name="semcache-minilm-load", daemon=True)
            self._loading.start()

    def _load(self) -> None:
        try:
            if self.model.reads_cosine:
                self.encoder.load()
            if self.model.reads_cross:
                if self.cross is None:
                    raise RuntimeError("the stage reads the cross-encoder, which is not configured")
                self.cross.load()
        except Exception as e:  # noqa: BLE001 - without MiniLM the verifier alone judges the band
            # A missing or foreign cross-encoder delta lands here too: logged with its reason.
            log.warning("cache second stage: MiniLM did not load (%s: %s)", type(e).__name__, e)

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
        self, prompt: str, entry_id: str, candidate: str, p: float, static: Sequence[float]
    ) -> StageVerdict:
        verdict = await self._judge(prompt, entry_id, candidate, p, static)
        outcome = "skipped" if not verdict.ran else ("served" if verdict.same else "refused")
        self.outcomes.labels(outcome).inc()
        return verdict

    async def _judge(
        self, prompt: str, entry_id: str, candidate: str, p: float, static: Sequence[float]
    ) -> StageVerdict:
        """Encode what is not yet known (one call) and score the pair. Not loaded yet, slow
        past ``timeout_s``, failing or ``max_in_flight`` lookups already reading it: not run
        (the caller does not serve the candidate)."""
        if not self.loaded:
            self.start_loading()
            return StageVerdict(False, False)
        if self._in_flight >= self.max_in_flight:
            return StageVerdict(False, False)
        if self.model.reads_cross and self.cross is not None:
            return await self._judge_cross(prompt, candidate, p, static)
        known = self._vectors.get(entry_id)
        texts = [prompt] if known is not None else [prompt, candidate]
        self._in_flight += 1
        try:
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
        q = float(self.model.probability(stage_features(p, np.asarray(static), minilm_cos=cos))[0])
        if not math.isfinite(q):
            return StageVerdict(True, False, None, cos, len(texts))
        return StageVerdict(True, q >= self.model.threshold, q, cos, len(texts))

    async def _judge_cross(self, prompt: str, candidate: str, p: float, static: Sequence[float]) -> StageVerdict:
        """The cross-encoder's reading: one encode of the pair (nothing to remember per entry)."""
        assert self.cross is not None
        self._in_flight += 1
        try:
            with anyio.fail_after(self.timeout_s):
                z = await self.cross.logit(candidate, prompt)
        except TimeoutError:
            return StageVerdict(False, False)
        except Exception as e:  # noqa: BLE001 - no second opinion means "not confirmed"
            log.warning("cache second stage unavailable: %s", type(e).__name__)
            return StageVerdict(False, False)
        finally:
            self._in_flight -= 1
        row = stage_features(p, np.asarray(static), cross_logit=z, features=self.model.features)
        q = float(self.model.probability(row)[0])
        if not math.isfinite(q):
            return StageVerdict(True, False, None, None, 1, z)
        return StageVerdict(True, q >= self.model.threshold, q, None, 1, z)

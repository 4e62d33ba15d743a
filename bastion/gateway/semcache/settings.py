"""``settings.semcache``: the typed model of the LLM cache's section of the configuration.

Every field has a shipped default that works with no configuration at all; the defaults are
the ones measured in ``bench/semcache.py`` and documented in ``docs/semcache.md``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bastion.gateway.sections import validate_section


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PhaseSettings(_Strict):
    """Which phases run. Each one records its outcome and latency on the trace."""

    exact: bool = True
    semantic: bool = True
    normalised: bool = True
    predictive: bool = False


class GuardSettings(_Strict):
    """Rule guards a semantic candidate must pass (each can be switched off)."""

    numbers: bool = True
    negation: bool = True
    polarity: bool = True
    entities: bool = True
    scope: bool = True
    #: The questions' own auxiliaries must agree in tense (was / is / will) and an opening modal
    #: in kind (should / can) when the same word follows them ("did i" / "do i").
    tense: bool = True
    #: A prompt that points with "this" / "these" at something it does not contain ("Is this
    #: scabies?", "this thermodynamics problem") is never another prompt's semantic match.
    deixis: bool = True
    #: Content words present in one prompt but not the other raise the cosine needed to
    #: accept the candidate by this much each (0 disables this guard).
    unmatched_word_penalty: float = Field(default=0.05, ge=0, le=1)
    #: Content words present on one side only, beyond those paired with a replaced word,
    #: raise the cosine needed by this much each (an added detail, not a different subject).
    added_word_penalty: float = Field(default=0.03, ge=0, le=1)
    #: A candidate with more unmatched content words than this (either side) is refused.
    max_unmatched_words: int = Field(default=3, ge=0)


class VerifierSettings(_Strict):
    """Ask a small model whether a borderline candidate asks the same thing."""

    enabled: bool = False
    #: Public model name (alias) called through the gateway's own LLM front door.
    model: str = ""
    #: Candidates the learned verifier scores in ``[lower, threshold)`` are sent to the model.
    lower: float = Field(default=0.5, ge=0, le=1)
    timeout_s: float = Field(default=5.0, gt=0)


class PreEncodeSettings(_Strict):
    """Stored prompts' MiniLM vectors computed in the background while the gateway is idle, so a
    later candidate in the band costs one encode instead of two (see ``semcache/pre_encode.py``)."""

    enabled: bool = True
    #: A check window counts as idle when the gateway process used less than this share of one
    #: core in it (and no cache lookup arrived, and the encoder had no foreground work).
    idle_cpu: float = Field(default=0.25, gt=0, le=64)
    #: Most of the wall time spent pre-encoding, even when idle.
    max_share: float = Field(default=0.1, gt=0, le=1)


class SecondStageSettings(_Strict):
    """MiniLM reads the two prompts of a candidate the learned verifier is unsure of (its
    uncertain band, chosen by ``make train-semcache``); see ``semcache/minilm_stage.py``."""

    enabled: bool = True
    #: Load MiniLM (ONNX Runtime, ~150 MB resident) in the background at start; False: at the
    #: first candidate in the band (that candidate and those until it has loaded are judged by
    #: the verifier alone).
    preload: bool = True
    #: Longest wait for the two MiniLM encodes; past it the verifier alone judges the candidate.
    timeout_s: float = Field(default=0.05, gt=0)
    #: Cached prompts whose MiniLM vector is remembered (~1.5 KB each).
    remembered_vectors: int = Field(default=4_096, ge=0)
    #: Lookups reading MiniLM at once; past it the verifier alone judges a band candidate (a burst of
    #: unsure candidates does not queue every new prompt behind the encoder).
    max_in_flight: int = Field(default=4, ge=1)
    #: A new prompt up to this many characters whose candidate's vector is known is encoded on
    #: the event loop when its lookup is the only one running (no hand-off to the encoder's
    #: thread; ~0.7 ms less for a first-asked MiniLM-stage hit, measured in docs/semcache.md);
    #: the loop is blocked for that encode (~2-3 ms for a short question). 0: always on the
    #: encoder's thread.
    here_max_chars: int = Field(default=200, ge=0)
    #: How much lower the stage's probability may be for a candidate whose question frame agrees
    #: with the prompt's (``guards.frames_agree``: the same question word and scope, no auxiliary
    #: or modal of another kind): served from the trained threshold minus this. The traps the
    #: stage scores just under its threshold are mostly frame changes with every content word
    #: matched; the paraphrases there mostly agree in frame (docs/semcache.md, "The MiniLM
    #: stage's threshold where the frames agree"). An offset, so a re-fit moves both thresholds.
    #: 0: one threshold for all.
    agreeing_discount: float = Field(default=0.01, ge=0, le=1)
    #: How much lower than its trained threshold the stage serves every band candidate (the
    #: agreeing discount comes on top); an offset, like the agreeing discount. 0 (shipped): the
    #: trained threshold. 0.04 was measured and not shipped: Quora tune half 30.1% at 1.4% false
    #: hits, but the check half 31.6% at 2.9% and four more own tuning traps served
    #: (docs/semcache.md, "Guards from the stage's Quora false hits, and a lower threshold").
    threshold_discount: float = Field(default=0.0, ge=0, le=1)
    #: A candidate whose shorter prompt (of the two, as compared) has at most ``short_words``
    #: words is served from ``short_discount`` lower still (both discounts above come first).
    #: MiniLM's cosine of two three-word prompts moves more with one word's wording than that of
    #: two sentences, and the stage was fitted mostly on whole questions; (5, 0.02) is what
    #: ``scripts/semcache_short_stage.py`` chooses by its declared rule (no more own tuning
    #: traps or Quora training non-duplicates served, Quora tune half false hits <= 1%;
    #: docs/semcache.md, "Short chat prompts"). 0 words or 0 discount: off.
    short_words: int = Field(default=5, ge=0)
    short_discount: float = Field(default=0.02, ge=0, le=1)
    #: Cached prompts' vectors computed off the request path (at most ``remembered_vectors`` queued).
    pre_encode: PreEncodeSettings = Field(default_factory=PreEncodeSettings)


class NamespaceGrant(_Strict):
    """Who may name a namespace in ``x-bastion-cache-namespace``."""

    groups: list[str] = Field(default_factory=list)
    users: list[str] = Field(default_factory=list)
    #: Verifier probability needed in this namespace (overrides the global one).
    threshold: float | None = Field(default=None, ge=0, le=1)


class PredictiveSettings(_Strict):
    """Background pre-computation of likely follow-up questions."""

    #: Calls to the upstream per hour per namespace spent on pre-computation.
    calls_per_hour: int = Field(default=30, ge=0)
    #: Tokens (in + out) per hour per namespace spent on pre-computation.
    tokens_per_hour: int = Field(default=20_000, ge=0)
    #: A follow-up is pre-computed once it was asked after a similar question this many times.
    min_support: int = Field(default=2, ge=1)
    #: Follow-ups pre-computed per observed question.
    max_followups: int = Field(default=2, ge=1)
    #: Cosine at which a new question counts as "similar" to a recorded one.
    similarity: float = Field(default=0.90, ge=-1, le=1)


class SemcacheSettings(_Strict):
    enabled: bool = True
    phases: PhaseSettings = Field(default_factory=PhaseSettings)
    #: Seconds an entry lives unless the request's ``x-bastion-cache-ttl`` says less/more.
    ttl_s: float = Field(default=24 * 3600.0, gt=0)
    #: Upper bound on a requested TTL.
    max_ttl_s: float = Field(default=7 * 24 * 3600.0, gt=0)
    #: Probability of "same question" the learned verifier must give a semantic candidate
    #: (None: the operating point chosen by ``make train``, stored with its weights).
    threshold: float | None = Field(default=None, ge=0, le=1)
    #: Static-encoder cosine below which a neighbour is not examined at all.
    candidate_floor: float = Field(default=0.5, ge=-1, le=1)
    #: Nearest neighbours examined per semantic lookup.
    top_k: int = Field(default=4, ge=1, le=50)
    #: A prompt that finds no candidate is looked up once more with its typos corrected towards
    #: the words of the namespace's stored prompts (``spelling.py``); at most this many distinct
    #: words are remembered for that (0: off).
    typo_vocabulary: int = Field(default=100_000, ge=0)
    guards: GuardSettings = Field(default_factory=GuardSettings)
    verifier: VerifierSettings = Field(default_factory=VerifierSettings)
    second_stage: SecondStageSettings = Field(default_factory=SecondStageSettings)
    #: Default sharing scope: ``org`` (everyone), ``group`` (first group of the principal,
    #: sorted) or ``user``. Calls the policy engine flagged are always per user.
    scope: Literal["org", "group", "user"] = "org"
    #: Named namespaces a request may select with ``x-bastion-cache-namespace``.
    namespaces: dict[str, NamespaceGrant] = Field(default_factory=dict)
    #: Only cache requests with temperature 0 (or unset, when ``unset_is_deterministic``).
    deterministic_only: bool = False
    unset_is_deterministic: bool = True
    #: Longest last user message (characters) embedded for the semantic phase.
    max_semantic_chars: int = Field(default=2000, ge=1)
    #: Where prompt vectors persist across restarts on this replica: ``sqlite`` (a local file
    #: under the data directory, cheap to write), ``chroma`` (embedded Chroma in a child
    #: process), ``none`` (the in-process mirror only), or ``auto``: ``sqlite`` when the cache's
    #: entries outlive the process (``cache.url`` is Redis), else ``none`` (with ``memory://``
    #: the entries die with the process, and vectors kept would only point at missing entries).
    #: Ignored when ``chroma_url`` is set: replicas then share that Chroma server.
    vector_store: Literal["auto", "sqlite", "chroma", "none"] = "auto"
    #: Chroma server URL for several replicas sharing semantic entries (``http://chroma:8000``).
    chroma_url: str | None = None
    #: Collection name (the Chroma collection; the SQLite file's name); the cache transform's
    #: version is appended (``_`` and 12 hex digits, see docs/semcache.md). At most 50
    #: characters, so the full name stays within Chroma's limit of 63.
    collection: str = Field(default="bastion_llm_cache_static", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,49}$")
    #: Rows kept in the in-process vector mirror that answers queries (~1 KB each); a local
    #: store is read whole at start-up when it holds no more, else contexts load on use.
    mirror_max_entries: int = Field(default=100_000, ge=1)
    predictive: PredictiveSettings = Field(default_factory=PredictiveSettings)
    #: Entries waiting to be written after their response (past it new entries are dropped,
    #: counted in ``bastion_llm_cache_writes_total{outcome="dropped"}``).
    store_queue_max: int = Field(default=10_000, ge=1)
    #: Entries written per batch (KV and mirror; the vector store gets bigger batches).
    store_batch_max: int = Field(default=256, ge=1)
    #: Rows waiting for the persistent vector store; past it new rows are served from
    #: this replica's mirror only, counted in ``bastion_llm_cache_vector_writes_total{outcome="shed"}``.
    vector_queue_max: int = Field(default=20_000, ge=1)

    @model_validator(mode="after")
    def _verifier_needs_model(self) -> SemcacheSettings:
        if self.verifier.enabled and not self.verifier.model:
            raise ValueError("verifier.model is required when the verifier is enabled")
        if self.threshold is not None and self.verifier.lower > self.threshold:
            raise ValueError("verifier.lower must not exceed threshold")
        return self

    def store_kind(self, entries_persist: bool) -> Literal["sqlite", "chroma", "none"]:
        """The vector store to open here (``entries_persist``: the KV store outlives the process)."""
        if self.vector_store == "auto":
            return "sqlite" if entries_persist else "none"
        return self.vector_store

    def threshold_for(self, namespace: str, trained: float) -> float:
        """The verifier probability a candidate needs in ``namespace`` (``trained``: the
        operating point shipped with the verifier's weights)."""
        grant = self.namespaces.get(namespace)
        if grant is not None and grant.threshold is not None:
            return grant.threshold
        return self.threshold if self.threshold is not None else trained


def parse_semcache_settings(raw: dict[str, Any]) -> SemcacheSettings:
    """Validate the raw ``semcache`` section; raise ``SettingsError`` with field paths."""
    return validate_section(SemcacheSettings, raw, "semcache")

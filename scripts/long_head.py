"""The long-window head of the injection detector (issue #14): a second logistic regression on
the same window features as the first stage, fitted on windows of *long* texts only, blended
with the first stage on the windows of long inputs (``InjectionHead.long_window_scores``).

The first stage is fitted mostly on prompts: an ordinary imperative inside a tool result
("Forget the old parking rules, the garage is open to everyone now") scores like an attack,
and such sentences in more than 1% of long benign texts set the long threshold. This head
sees only windows of the detector's long windows (``long_spans``): the window holding an
injected passage (labelled exactly: we put it there) against every window of benign carriers
full of imperatives written to people (``long_corpus.TRAIN_IMPERATIVE_TEMPLATES``), with many
passages written to the AI reading the text (``long_corpus.addressed_injections``) among the
attacks, so it can learn the addressee; since 2026-12-07 also the hand-written notes to people and
passages to the AI of ``long_written`` (its training families; the rest is a validation set).

Everything is split in two: carrier families, sentence pools, our own attack families (every
fifth family), the shared set's attacks (by hash) and the addressed passages' openers and
demands. The head is fitted on the training part; its settings are chosen on the validation
part (``python scripts/long_head.py`` prints the measurement of the shipped weights, ``--fit``
re-fits ``CONFIGS``, ``--families-aside`` checks prompts neither head saw); the held-out long
families of ``long_corpus.HELD_OUT`` are only reported (``--held-out``).
``scripts/train_policy.py`` fits the shipped one.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import long_corpus  # noqa: E402
import long_written  # noqa: E402
import policy_data  # noqa: E402
import train_policy  # noqa: E402
from policy_data import Row  # noqa: E402

from bastion.gateway.policy.detectors import injection as injection_module  # noqa: E402
from bastion.gateway.policy.detectors.injection import long_spans  # noqa: E402
from bastion.gateway.policy.detectors.injection_head import (  # noqa: E402
    LEVEL_FPR,
    N_SIGNAL_FEATURES,
    SENSITIVITIES,
    SIGNAL_NAMES,
    Featuriser,
    InjectionHead,
    threshold_at,
)

SEED = 2121
#: Long-window head training texts (half carrying an attack) and their length range.
TRAIN_TEXTS = 6400
TRAIN_CHARS = (3000, 9000)
#: Validation texts (half carrying an attack), as long as the held-out report's.
VALIDATION_TEXTS = 400
VALIDATION_CHARS = (2500, 20000)
#: Passages written to the AI among the training attacks (the rest: our own and the shared
#: set's attacks of the training part).
ADDRESSED = 3000
#: Passages written to the AI among the validation attacks (fixed: the validation set does not
#: change with the training settings).
VALIDATION_ADDRESSED = 300
#: Shared-set attacks longer than this are left out of the long texts (multi-KB jailbreak
#: templates are prompts, not passages of a tool result).
MAX_ATTACK_CHARS = 1500
#: The long-window head's inverse L2 strength and its logit's weight against the first
#: stage's on the windows of long inputs (chosen on the validation part, see ``main``).
LONG_C = 0.1
#: Training carriers also quote ordinary one-line texts of the training rows as sentences.
DIVERSE = True
SENTENCE_CHARS = 200
#: With ``written`` (``--long-written``, a measurement; ``train_policy.py --long-written`` too),
#: training carriers also hold the hand-written imperatives to people of ``long_written`` (its training
#: families), and the training attacks its passages to the AI, each passage ``WRITTEN_REPEAT``
#: times (about 1,000 of the ~7,000 attacks), each time in another carrier. Off by default:
#: fitted together with the override patterns' user-own exceptions it lost long-input detection
#: on every validation set (docs/policy.md, "Long inputs: where attacks are lost").
WRITTEN_REPEAT = 25


@dataclasses.dataclass
class LongWindows:
    """Windows (``long_spans``) of long texts with their features, the text each belongs to,
    and window labels: 1 for the window(s) holding most of an injected passage, 0 for windows
    that do not touch it, -1 (left out) for the other windows that cut it."""

    texts: list[str]
    labels: np.ndarray
    owner: np.ndarray
    chunks: list[str]
    window_labels: np.ndarray
    emb: np.ndarray
    sig: np.ndarray
    keys: list[np.ndarray]

    #: Texts, labels and where each text's attack is ((0, 0): none, or not known).
    Texts = tuple[list[str], list[int], list[tuple[int, int]]]

    @classmethod
    def build(
        cls, texts: list[str], labels: list[int], where: list[tuple[int, int]], cache: train_policy.FeatureCache
    ) -> LongWindows:
        owner, chunks, wl = [], [], []
        for i, (t, (s, e)) in enumerate(zip(texts, where, strict=True)):
            spans = long_spans(t)
            overlap = [max(0, min(b, e) - max(a, s)) for a, b in spans]
            best = max(overlap) if e > s else 0
            for (a, b), o in zip(spans, overlap, strict=True):
                owner.append(i)
                chunks.append(t[a:b])
                wl.append(0 if o == 0 else 1 if o >= best - 10 else -1)
        emb, sig, keys = cache.features(chunks)
        return cls(texts, np.array(labels), np.array(owner), chunks, np.array(wl), emb, sig, keys)

    def per_text(self, window_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(self.texts))
        np.maximum.at(out, self.owner, window_scores)
        return out


class LongFeatureCache(train_policy.FeatureCache):
    """Window features of the long-window head's texts, in a cache file of their own (the
    training windows' file is hundreds of MB, and other runs write it)."""

    def __init__(self, featuriser: Featuriser) -> None:  # noqa: D107 - no super(): not the big file
        source = Path(injection_module.__file__).read_bytes()
        tag = hashlib.sha1(repr((source, SIGNAL_NAMES, N_SIGNAL_FEATURES)).encode()).hexdigest()[:12]
        self.cache = train_policy.WindowCache(
            f"features-long-{tag}.pkl", "featurised (long)", self._compute(featuriser), checkpoint=False
        )


def _hash_part(text: str) -> bool:
    """The validation part of the shared set's attacks: one in five by hash of the text."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:4], 16) % 5 == 4


def attack_pools(shared: list[Row], own_train: list[Row], written: bool = False) -> tuple[list[str], list[str]]:
    """The training and the validation part of the attacks put into long texts: our own
    training attacks split by family (every fifth family), the shared set's by hash, and the
    passages written to the AI (split by opener and demand)."""
    families = sorted({r.source for r in own_train if r.label == 1})
    val_families = set(families[4::5])
    train, val = [], []
    for r in own_train:
        if r.label == 1:
            (val if r.source in val_families else train).append(r.text)
    for r in shared:
        if r.label == 1 and len(r.text) <= MAX_ATTACK_CHARS:
            (val if _hash_part(r.text) else train).append(r.text)
    train += long_corpus.addressed_injections(ADDRESSED, SEED, validation=False)
    if written:
        train += long_written.to_the_ai() * WRITTEN_REPEAT
    val += long_corpus.addressed_injections(VALIDATION_ADDRESSED, SEED + 1, validation=True)
    return train, val


def short_sentences(rows: list[Row]) -> list[str]:
    """Ordinary one-line texts of up to ``SENTENCE_CHARS`` among ``rows``: more sentences for the
    training carriers, so the head does not learn that only the pool's sentences are benign."""
    return sorted(
        {
            r.text.strip()
            for r in rows
            if policy_data.ordinary(r) and len(r.text) <= SENTENCE_CHARS and "\n" not in r.text.strip()
        }
    )


def long_sets(
    fillers: list[str],
    shared: list[Row],
    own_train: list[Row],
    cache: train_policy.FeatureCache,
    written: bool = False,
) -> tuple[LongWindows, LongWindows]:
    """The long-window head's training and validation texts (half of each carrying an attack)."""
    train_attacks, val_attacks = attack_pools(shared, own_train, written)
    lo, hi = TRAIN_CHARS
    more = short_sentences(shared + own_train) if DIVERSE else None
    people = long_written.people() if written else None
    texts = long_corpus.carriers(fillers, TRAIN_TEXTS, SEED, False, lo, hi, more, people)
    train = LongWindows.build(*long_corpus.embed_attacks(texts, train_attacks, SEED + 2), cache)
    lo, hi = VALIDATION_CHARS
    texts = long_corpus.carriers(fillers, VALIDATION_TEXTS, SEED + 3, True, lo, hi)
    val = LongWindows.build(*long_corpus.embed_attacks(texts, val_attacks, SEED + 4), cache)
    return train, val


def with_first_stage(win: LongWindows, first: InjectionHead) -> LongWindows:
    """``win`` with the first stage's logit of each window as one more signal feature: what the
    long-window head reads (``InjectionHead.long_window_scores``), so it learns a correction of
    the first stage on long inputs rather than a model of its own from fewer, narrower texts."""
    z = _logit(first.score_parts(win.emb, win.sig, win.keys))
    return dataclasses.replace(win, sig=np.hstack([win.sig, z[:, None].astype(np.float32)]))


def fit_long_head(win: LongWindows, c: float = LONG_C) -> InjectionHead:
    """Logistic regression on the labelled windows (the first stage's features and fit, with
    its own ``c``), the classes balanced."""
    idx = np.flatnonzero(win.window_labels >= 0)
    y = win.window_labels[idx]
    w = np.ones(len(idx))
    pos, neg = w[y == 1].sum(), w[y == 0].sum()
    w[y == 1] *= neg / max(pos, 1.0)
    saved = train_policy.C
    train_policy.C = c
    try:
        head = train_policy._fit(win, idx, y, w)  # noqa: SLF001 - the first stage's fit, shared
    finally:
        train_policy.C = saved
    # The n-gram weights as shipped (float16).
    return dataclasses.replace(head, vals=head.vals.astype(np.float16).astype(np.float32))


def fit_shipped(
    first: InjectionHead, fillers: list[str], shared: list[Row], own_train: list[Row], written: bool = False
) -> InjectionHead:
    """The shipped long-window head: fitted on the training part of the long texts (carriers
    quoting ``fillers``), reading ``first``'s logit (``scripts/train_policy.py`` calls this with
    the head it just fitted and the fillers of the long calibration texts; ``written``: its
    ``--long-written``)."""
    cache = LongFeatureCache(Featuriser())
    train, _ = long_sets(fillers, shared, own_train, cache, written)
    return fit_long_head(with_first_stage(train, first), LONG_C)


def calibration_fillers() -> list[str]:
    """The ordinary texts the long calibration texts quote, as ``train_policy.main`` picks them
    (the ordinary short training rows of the second stage's sample, and the dev set's benign
    prompts), without their features."""
    own_train, _ = policy_data.own()
    shared = policy_data.shared_train()
    rows = shared + own_train
    chunks, owner = train_policy.chunk_texts([r.text for r in rows])
    first: dict[int, str] = {}
    for c, o in zip(chunks, owner, strict=True):
        first.setdefault(o, c)
    cut = int(train_policy.S2_SHARE * 16**4)
    sample = [
        i in first and int(hashlib.sha1(first[i].encode("utf-8")).hexdigest()[:4], 16) < cut for i in range(len(rows))
    ]
    out = [r.text for r, s in zip(rows, sample, strict=True) if s and policy_data.ordinary(r)]
    return out + [r.text for r in policy_data.dev() if r.label == 0]


def report(name: str, scores: np.ndarray, labels: np.ndarray, thresholds: dict[str, float]) -> str:
    curve = " / ".join(f"{train_policy.curve_at(scores, labels, f):.1%}" for f in (0.001, 0.01, 0.05))
    shipped = ", ".join(
        "{} {:.1%} / {:.1%}".format(s, *train_policy.detection_at(scores, labels, thresholds[s])) for s in SENSITIVITIES
    )
    return f"{name}: curve @0.1/1/5% {curve}; shipped (detected / flagged) {shipped}"


#: The settings the measurement compares: training texts, addressed passages, n-gram scale, C.
#: The settings ``--fit`` compares (training texts, passages to the AI, n-gram scale, C); the
#: runs of 2026-12-06 compared more (docs/policy.md).
CONFIGS = [(TRAIN_TEXTS, ADDRESSED, train_policy.NGRAM_SCALE, LONG_C)]


def written_validation(fillers: list[str], cache: train_policy.FeatureCache) -> LongWindows:
    """200 validation carriers of 2.5-20 KB with the validation families of ``long_written``'s
    imperatives to people among their sentences, half carrying one of its validation passages
    to the AI (neither part is ever trained on)."""
    lo, hi = VALIDATION_CHARS
    texts = long_corpus.carriers(fillers, 200, SEED + 8, True, lo, hi, None, long_written.people(validation=True))
    return LongWindows.build(
        *long_corpus.embed_attacks(texts, long_written.to_the_ai(validation=True), SEED + 9), cache
    )


def prompt_concatenations(prompts: list[str], attacks: list[str], n: int, seed: int) -> LongWindows.Texts:
    """``n`` texts of 5-9 KB of ``prompts`` one after another (the hardest long benign input: all
    of it reads like a prompt), every other one with one of ``attacks`` at a random line break."""
    rng = random.Random(seed)
    texts, labels = [], []
    for i in range(n):
        parts: list[str] = []
        target = rng.randrange(5000, 9000)
        while sum(len(p) for p in parts) < target:
            parts.append(rng.choice(prompts))
        t = "\n\n".join(parts)
        if i % 2:
            at = t.rfind("\n", 0, rng.randrange(len(t))) + 1
            t = t[:at] + rng.choice(attacks) + "\n" + t[at:]
        texts.append(t)
        labels.append(i % 2)
    return texts, labels, [(0, 0)] * n


def main(fit: bool, held_out: bool, written: bool) -> None:
    """Compare, on the validation part, the first stage alone with the shipped long-window head
    (``--fit``: with heads fitted with ``CONFIGS``; ``--held-out``: also on the held-out long
    families). Validation sets: long carriers of the validation families; 5-9 KB of our own
    ordinary training prompts that no long-window training text quotes (the first stage was
    fitted on them); 5-9 KB of ``long_corpus.VALIDATION_PROMPTS`` (neither stage saw them)."""
    t0 = time.monotonic()
    head = InjectionHead.load(train_policy.WEIGHTS_FILE)
    cache = LongFeatureCache(Featuriser())
    own_train, own_held = policy_data.own()
    shared = policy_data.shared_train()
    fillers = calibration_fillers()
    calib_texts = long_corpus.build(fillers, train_policy.LONG_TEXTS, train_policy.SEED, False, 6000, calibration=True)
    sets = {"calibration": LongWindows.build(calib_texts, [0] * len(calib_texts), [(0, 0)] * len(calib_texts), cache)}
    train, sets["validation carriers"] = long_sets(fillers, shared, own_train, cache, written)
    _, val_attacks = attack_pools(shared, own_train, written)
    quoted = set(fillers)
    unquoted = [r.text for r in own_train if policy_data.ordinary(r) and r.text not in quoted]
    sets["validation, training prompts"] = LongWindows.build(
        *prompt_concatenations(unquoted, val_attacks, 200, SEED + 5), cache
    )
    sets["validation, written prompts"] = LongWindows.build(
        *prompt_concatenations(long_corpus.VALIDATION_PROMPTS, val_attacks, 100, SEED + 6), cache
    )
    sets["validation, written families"] = written_validation(fillers, cache)
    # The held-out long families are printed only once a setting is chosen (``held_out``).
    if held_out:
        benign = [r.text for r in own_held if r.label == 0]
        attacks = [r.text for r in own_held if r.label == 1]
        held = long_corpus.with_attacks(benign, attacks, train_policy.HELD_LONG, train_policy.SEED + 1)
        sets["held-out long"] = LongWindows.build(*held, [(0, 0)] * len(held[0]), cache)
    print(f"windows: {', '.join(f'{k} {len(w.owner)}' for k, w in sets.items())}", file=sys.stderr)

    def first(w: LongWindows) -> np.ndarray:
        return head.score_parts(w.emb, w.sig, w.keys)

    variants: list[tuple[str, Callable[[LongWindows], np.ndarray]]] = [("first stage alone (before)", first)]
    if head.long_head is not None:
        variants.append(("long-window head (shipped)", lambda w: head.long_parts(w.emb, w.sig, w.keys, first(w))))
    if fit:
        global TRAIN_TEXTS, ADDRESSED
        for texts_n, addressed, scale, c in CONFIGS:
            TRAIN_TEXTS, ADDRESSED, train_policy.NGRAM_SCALE = texts_n, addressed, scale
            train, _ = long_sets(fillers, shared, own_train, cache, written)
            fitted = dataclasses.replace(head, long_head=fit_long_head(with_first_stage(train, head), c))
            variants.append(
                (
                    f"texts {texts_n} to the AI {addressed} n-grams {scale} C {c}",
                    lambda w, h=fitted: h.long_parts(w.emb, w.sig, w.keys, first(w)),
                )
            )
    for name, score in variants:
        calib = sets["calibration"]
        thr = {lvl: threshold_at(calib.per_text(score(calib)), LEVEL_FPR[lvl]) for lvl in SENSITIVITIES}
        for set_name, w in sets.items():
            if set_name != "calibration":
                print(report(f"{name} | {set_name}", w.per_text(score(w)), w.labels, thr))
    print(f"done in {time.monotonic() - t0:.0f} s")


def families_aside(written: bool) -> None:
    """``--families-aside``: a check of the hardest long benign input on prompts neither head saw.
    One in five of our own benign training families (116 families, 443 texts) is set aside; the
    first stage is re-fitted without them (each attack text keeps the window the shipped head
    ranks highest), a long-window head of 3,200 training texts on it, both calibrated on long
    calibration texts that do not quote them; then 5-9 KB concatenations of the set-aside prompts
    (half with a validation attack) and the validation carriers are scored. (The first stage's
    600 long training texts may still quote a set-aside text.)"""
    global TRAIN_TEXTS
    t0 = time.monotonic()
    shipped = InjectionHead.load(train_policy.WEIGHTS_FILE)
    own_train, _ = policy_data.own()
    shared = policy_data.shared_train()
    families = sorted({r.source for r in own_train if r.label == 0})
    aside = set(families[2::5])
    aside_texts = {r.text for r in own_train if r.source in aside}
    rows = shared + own_train + train_policy.long_training_rows(shared, own_train)
    train = train_policy.Windows(rows, train_policy.FeatureCache(Featuriser()))
    keep = train_policy.attack_units(train, shipped)
    fit_rows = np.array([i for i, r in enumerate(rows) if r.text not in aside_texts])
    first = train_policy.fit_mil(train, keep, fit_rows)
    first = dataclasses.replace(first, vals=first.vals.astype(np.float16).astype(np.float32))
    cache = LongFeatureCache(Featuriser())
    fillers = [f for f in calibration_fillers() if f not in aside_texts]
    TRAIN_TEXTS = 3200
    long_train, val = long_sets(fillers, shared, own_train, cache, written)
    head = dataclasses.replace(first, long_head=fit_long_head(with_first_stage(long_train, first), LONG_C))
    calib_texts = long_corpus.build(fillers, train_policy.LONG_TEXTS, train_policy.SEED, False, 6000, calibration=True)
    calib = LongWindows.build(calib_texts, [0] * len(calib_texts), [(0, 0)] * len(calib_texts), cache)
    _, val_attacks = attack_pools(shared, own_train, written)
    prompts = LongWindows.build(*prompt_concatenations(sorted(aside_texts), val_attacks, 200, 77), cache)

    def stage1(w: LongWindows) -> np.ndarray:
        return head.score_parts(w.emb, w.sig, w.keys)

    def long(w: LongWindows) -> np.ndarray:
        return head.long_parts(w.emb, w.sig, w.keys, stage1(w))

    for name, score in (("first stage (families aside)", stage1), ("long-window head (families aside)", long)):
        thr = {lvl: threshold_at(calib.per_text(score(calib)), LEVEL_FPR[lvl]) for lvl in SENSITIVITIES}
        print(report(f"{name} | validation carriers", val.per_text(score(val)), val.labels, thr))
        print(report(f"{name} | prompts of the families aside", prompts.per_text(score(prompts)), prompts.labels, thr))
    print(f"done in {time.monotonic() - t0:.0f} s")


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=np.float64), 1e-12, 1 - 1e-12)
    out: np.ndarray = np.log(q / (1.0 - q))
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--fit", action="store_true", help="also fit and compare heads of CONFIGS")
    parser.add_argument("--held-out", action="store_true", help="also print the held-out long families")
    parser.add_argument("--families-aside", action="store_true", help="the check on prompts neither head saw")
    parser.add_argument(
        "--long-written", action="store_true", help="training carriers also hold long_written's families"
    )
    args = parser.parse_args()
    if args.families_aside:
        families_aside(args.long_written)
    else:
        main(args.fit, args.held_out, args.long_written)

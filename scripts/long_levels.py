"""A level per number of windows for long inputs, measured (issue #14, branch j92; not shipped).

A long input (more than ``MEDIUM_WINDOWS`` windows) is judged by its best window's long-window
head score, ranked among the best windows of 400 long benign calibration texts of 6-20 KB: one
level for every length, so a 4 KB tool result of eight windows has to clear the level set by texts
of fifty to seventy windows. The variant measured here ranks the best window among *all* windows of
the calibration texts (share ``q`` scoring as high or higher) and takes ``factor * n * q`` as the
share of benign texts of ``n`` windows it would pass (a union bound over the windows), ``factor``
read off the calibration texts so that they are flagged at no more than the level's share. The
patterns' part is either kept as shipped (``head only``) or given a factor of its own so that the
calibration texts, judged by both, stay at the level (``with the patterns``).

Everything is read off the calibration texts and reported on the tuning sets of
``scripts/long_chunks.py`` (training families only). ``docs/policy.md``, "Long and medium inputs:
the level is one benign note", has the figures and why it does not ship.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import long_chunks  # noqa: E402
import long_corpus  # noqa: E402
import long_head  # noqa: E402
import train_policy  # noqa: E402

from bastion.gateway.policy.detectors.injection import _score, long_spans  # noqa: E402
from bastion.gateway.policy.detectors.injection_head import (  # noqa: E402
    Featuriser,
    InjectionHead,
    _percentile,
    shipped_head,
)

#: The union bound's factors tried, smallest first (the first that keeps the calibration texts
#: at the level is taken).
FACTORS = tuple(float(f) for f in np.round(np.arange(1.0, 4.01, 0.1), 2))


@dataclass(frozen=True)
class Text:
    """A text's windows as the long path reads them: long-window head logits and pattern scores."""

    head: np.ndarray
    patterns: np.ndarray


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, np.float64), 1e-15, 1 - 1e-15)
    out: np.ndarray = np.log(q) - np.log1p(-q)
    return out


def read(texts: list[str], head: InjectionHead, feats: Featuriser) -> list[Text]:
    out = []
    for t in texts:
        f = feats.features([t[a:b] for a, b in long_spans(t)])
        out.append(Text(logit(head.long_window_scores(f)), np.array([_score(list(s.values())) for s in f.found])))
    return out


@dataclass(frozen=True)
class Levels:
    """Which texts each way of setting the level flags at one sensitivity (``fpr``)."""

    head: InjectionHead
    windows: np.ndarray  # every calibration window's logit, sorted
    fpr: float

    def share(self, best: float) -> float:
        """Share of calibration windows scoring ``best`` or more."""
        return 1.0 - float(np.searchsorted(self.windows, best, side="left")) / len(self.windows)

    def flat(self, t: Text) -> bool:
        """As shipped: the best window's and the best pattern window's percentile among the long
        calibration texts' best windows (:meth:`InjectionHead.fuse_long`), at the long level."""
        p = float(self.head.fuse_long(1 / (1 + np.exp(-t.head.max())), t.patterns.max()))
        level = self.head.long_thresholds[next(s for s, f in train_policy.FPR.items() if f == self.fpr)]
        return p + 1e-9 >= level

    def by_count(self, t: Text, factor: float, pattern_factor: float | None) -> bool:
        """The best window's union-bound share at ``factor``; the patterns as shipped (``None``)
        or by their share among the calibration texts' best pattern windows at ``pattern_factor``."""
        head = factor * len(t.head) * self.share(float(t.head.max())) <= self.fpr
        if pattern_factor is None:
            p = float(self.head.fuse_long(0.0, t.patterns.max()))
            level = self.head.long_thresholds[next(s for s, f in train_policy.FPR.items() if f == self.fpr)]
            return head or p + 1e-9 >= level
        q = 1.0 - float(_percentile(self.head.long_pattern_ref, float(t.patterns.max()) + 1e-9))
        return head or pattern_factor * q <= self.fpr


def fit(levels: Levels, calib: list[Text], with_patterns: bool) -> tuple[float, float | None]:
    """The smallest factors that keep the calibration texts at the level, or at the share the
    shipped level flags of them where that is more (these texts are rebuilt from the ordinary
    texts as ``long_head.py`` picks them, close to but not exactly the training run's)."""
    target = max(levels.fpr, float(np.mean([levels.flat(t) for t in calib])))
    pattern_factors: tuple[float | None, ...] = FACTORS if with_patterns else (None,)
    for total in sorted({f + (g or 0.0) for f in FACTORS for g in pattern_factors}):
        for f in FACTORS:
            for g in pattern_factors:
                if abs(f + (g or 0.0) - total) > 1e-9:
                    continue
                if np.mean([levels.by_count(t, f, g) for t in calib]) <= target + 1e-12:
                    return f, g
    raise SystemExit("no factor keeps the calibration texts at the level")


def main() -> None:
    t0 = time.monotonic()
    head, feats = shipped_head(), Featuriser()
    texts = long_corpus.build(
        long_head.calibration_fillers(), train_policy.LONG_TEXTS, train_policy.SEED, False, 6000, calibration=True
    )
    calib = read(texts, head, feats)
    sets = [(name, read(t, head, feats), np.array(y)) for name, t, y in long_chunks.tuning_sets()]
    windows = np.sort(np.concatenate([t.head for t in calib]))
    print(f"{len(calib)} calibration texts, {len(windows)} windows ({time.monotonic() - t0:.0f} s)\n")
    print("| level | reading | factors | calibration flagged | " + " | ".join(n for n, _, _ in sets) + " |")
    print("|---" * (4 + len(sets)) + "|")
    for fpr in (0.05, 0.01):
        levels = Levels(head, windows, fpr)
        ways = [("flat (shipped)", "-", levels.flat)]
        for name, with_patterns in (
            ("by window count, head only", False),
            ("by window count, with the patterns", True),
        ):
            f, g = fit(levels, calib, with_patterns)
            ways.append(
                (
                    name,
                    f"{f} / {g if g is not None else 'as shipped'}",
                    lambda t, f=f, g=g, lv=levels: lv.by_count(t, f, g),
                )
            )
        for name, factors, flags in ways:
            cal = np.mean([flags(t) for t in calib])
            cells = []
            for _, docs, y in sets:
                fl = np.array([flags(t) for t in docs])
                cells.append(f"{fl[y].mean():.1%} / {fl[~y].mean():.1%}")
            print(f"| {fpr:.0%} | {name} | {factors} | {cal:.2%} | " + " | ".join(cells) + " |")
    print(f"\n({time.monotonic() - t0:.0f} s; every text read in long windows, medium ones too)")


if __name__ == "__main__":
    main()

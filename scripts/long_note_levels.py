"""The long-text level set on calibration texts quoting many distinct notes (issue #14, branch j95).

A long input (more than ``MEDIUM_WINDOWS`` windows) is judged by its best window's long-window head
score and its best window's pattern score, ranked among the best windows of long benign calibration
texts (``InjectionHead.fuse_long``); each sensitivity's long level flags its share of them. The
training run's 400 calibration texts quote twelve fixed sentences a quarter of the time, and one of
them ("Forget the old parking rules ...") set the 1% level (docs/policy.md, "Long and medium inputs:
the level is one benign note"). This script rebuilds them with ``long_notes``' training
categories (one note per text, dealt in turn: each note is quoted by three or four texts) and
re-derives the long references and levels with the shipped heads, exactly as the detector scores
a long input (``InjectionDetector.window_scores``).

``python scripts/long_note_levels.py`` prints the levels and the tuning sets of
``scripts/long_chunks.py`` with the shipped levels and with these; ``--held-out`` the held-out
sets instead; ``--notes-only`` the 96 notes without the twelve old sentences; ``--keep-patterns``
the patterns' long reference as trained (the head's reference and the levels from the notes).
Deterministic: fixed seeds, no fitting. Measured, not shipped: the default flags more benign tuning
texts; ``--notes-only --keep-patterns`` passes j92's rule at 1% but flags twice the benign share
at 5% and on the bench's held-out long texts (docs/policy.md, "The long level from many notes").
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

import anyio
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import long_chunks  # noqa: E402
import long_head  # noqa: E402
import long_notes  # noqa: E402
import train_policy  # noqa: E402

from bastion.gateway.policy.detectors.injection import (  # noqa: E402
    _EPS,
    MEDIUM_WINDOWS,
    InjectionDetector,
    _score,
    chunk_spans,
)
from bastion.gateway.policy.detectors.injection_head import (  # noqa: E402
    LEVEL_FPR,
    SENSITIVITIES,
    WEIGHTS_FILE,
    InjectionHead,
    threshold_at,
)

#: The calibration texts (as many as the training run's) and their seed.
TEXTS = train_policy.LONG_TEXTS
SEED = 9501


@dataclasses.dataclass(frozen=True)
class LongLevels:
    """A head's long-text calibration: the sorted best long-window head and pattern scores of
    long benign calibration texts and each sensitivity's long threshold
    (:meth:`InjectionHead.fuse_long`)."""

    head_ref: np.ndarray
    pattern_ref: np.ndarray
    thresholds: dict[str, float]

    def applied(self, head: InjectionHead) -> InjectionHead:
        """``head`` with these long references and levels (everything else unchanged)."""
        return dataclasses.replace(
            head, long_head_ref=self.head_ref, long_pattern_ref=self.pattern_ref, long_thresholds=dict(self.thresholds)
        )


def derive(head: InjectionHead, texts: list[str], keep_patterns: bool = False) -> LongLevels:
    """The long references and levels of ``head`` on benign long ``texts``: each text's best
    window of the long-window head and best window of the patterns, as the detector reads them
    (``keep_patterns``: the patterns' reference stays ``head``'s, the levels are set on ``texts``)."""
    det = InjectionDetector(head=head)
    ws = anyio.run(det.window_scores, texts)
    if any(len(w) <= MEDIUM_WINDOWS for w in ws):
        raise SystemExit("a calibration text is not long")
    best = np.array([max(s for _, _, s, _ in w) for w in ws])
    pattern = np.array([max(_score(list(sig.values())) for _, _, _, sig in w) for w in ws])
    pattern_ref = head.long_pattern_ref if keep_patterns else np.sort(pattern)
    ref = dataclasses.replace(head, long_head_ref=np.sort(best), long_pattern_ref=pattern_ref)
    fused = ref.fuse_long(best, pattern)
    return LongLevels(
        head_ref=np.sort(best),
        pattern_ref=pattern_ref,
        thresholds={s: threshold_at(fused, LEVEL_FPR[s]) for s in SENSITIVITIES},
    )


def notes_past(head: InjectionHead, texts: list[str], quoted: list[str]) -> list[str]:
    """How many distinct notes have a calibration text (``texts[i]`` quoting ``quoted[i]``) whose
    best window, read by the long-window head alone, passes ``head``'s long levels, and the notes
    whose texts score highest (their best logit and how many texts quote them)."""
    ws = anyio.run(InjectionDetector(head=head).window_scores, texts)
    best: dict[str, list[float]] = {}
    for note, w in zip(quoted, ws, strict=True):
        best.setdefault(note, []).append(max(s for _, _, s, _ in w))
    top = {n: max(v) for n, v in best.items()}
    out = []
    for s in SENSITIVITIES:
        past = sum(float(head.fuse_long(v, 0.0)) + _EPS >= head.long_thresholds[s] for v in top.values())
        out.append(f"notes with a text past the shipped long {s} level (head alone): {past} of {len(top)}")
    for n, v in sorted(top.items(), key=lambda kv: -kv[1])[:10]:
        q = min(max(v, 1e-15), 1 - 1e-15)  # as long_levels.logit: p = 1.0 is 34.5
        logit = float(np.log(q) - np.log1p(-q))
        out.append(f"  logit {logit:5.1f}, quoted by {len(best[n])}: {n}")
    return out


def flagged(head: InjectionHead, sets: list[tuple[str, list[str], list[bool]]]) -> list[str]:
    """Per set: detected / benign flagged at each sensitivity by the detector with ``head``, and
    the time taken."""
    det = InjectionDetector(head=head)
    out = []
    for name, texts, labels in sets:
        t0 = time.perf_counter()
        scores = np.array(anyio.run(det.scores, texts))
        y = np.array(labels, bool)
        cells = []
        for s in SENSITIVITIES:
            hit = scores + _EPS >= head.thresholds[s]
            pos = f"{hit[y].mean():.1%}" if y.any() else "-"
            cells.append(f"{s} {pos} / {hit[~y].mean():.1%}")
        out.append(f"{name}: {'; '.join(cells)} ({time.perf_counter() - t0:.0f} s)")
    return out


def held_out_sets(fillers: list[str]) -> list[tuple[str, list[str], list[bool]]]:
    """Looked at once, at the end: the bench's held-out long, medium and concatenated sets, the
    written documents' held-out families (``long_chunks``) and 200 texts of the held-out long
    families quoting the held-out categories' notes (benign)."""
    from bench.policy import injection_sets

    bench = [(n, t, y) for n, t, y, _ in injection_sets() if "long" in n or "medium" in n or "concatenated" in n]
    notes = ("held-out notes in held-out families (benign)", long_notes.held_out_texts(fillers, 200, SEED + 1))
    return bench + long_chunks.held_out_sets() + [(*notes, [False] * 200)]


def same_on_short(before: InjectionHead, after: InjectionHead) -> str:
    """Whether the dev set's texts of up to ``MEDIUM_WINDOWS`` windows (what the long levels do
    not read) score exactly the same with both heads, and how many of its long texts change."""
    from bench.policy import INJECTION_FILE

    texts = [json.loads(line)["text"] for line in INJECTION_FILE.read_text().splitlines() if line.strip()]
    a = anyio.run(InjectionDetector(head=before).scores, texts)
    b = anyio.run(InjectionDetector(head=after).scores, texts)
    short = [len(chunk_spans(t)) <= MEDIUM_WINDOWS for t in texts]
    same = all(x == y for x, y, s in zip(a, b, short, strict=True) if s)
    changed = sum(x != y for x, y, s in zip(a, b, short, strict=True) if not s)
    return (
        f"{sum(short)} short texts identical: {same}; {len(texts) - sum(short)} long texts, {changed} scored otherwise"
    )


def main(held_out: bool, old: bool, keep_patterns: bool) -> None:
    t0 = time.monotonic()
    base = InjectionHead.load(WEIGHTS_FILE)
    fillers = long_head.calibration_fillers()
    texts = long_notes.calibration_texts(fillers, TEXTS, SEED, old=old)
    levels = derive(base, texts, keep_patterns)
    print("\n".join(notes_past(base, texts, long_notes.calibration_quotes(TEXTS, SEED, old=old))))
    print(f"levels before {base.long_thresholds}\nlevels after  {levels.thresholds} ({time.monotonic() - t0:.0f} s)")
    after = levels.applied(base)
    old = derive(base, long_head.long_corpus.build(fillers, TEXTS, train_policy.SEED, False, 6000, calibration=True))
    print(f"levels of the rebuilt old calibration texts {old.thresholds}")
    sets = long_chunks.tuning_sets()
    if held_out:
        sets = held_out_sets(fillers)
    for name, head in (("before", base), ("after", after)):
        for line in flagged(head, sets):
            print(f"{name}: {line}")
    print(f"dev set: {same_on_short(base, after)}")
    print(f"({time.monotonic() - t0:.0f} s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held-out", action="store_true", help="the held-out sets instead (look once)")
    parser.add_argument(
        "--notes-only", action="store_true", help="the 96 notes without the twelve old calibration sentences"
    )
    parser.add_argument(
        "--keep-patterns", action="store_true", help="the patterns' long reference as shipped (the head's rebuilt)"
    )
    args = parser.parse_args()
    main(args.held_out, not args.notes_only, args.keep_patterns)

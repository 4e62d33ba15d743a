"""The rows the injection head is trained, calibrated and evaluated on (deterministic).

* ``train``: all of ``shared/data/policy/injection-train.jsonl`` (``CAP`` can cap the rows per
  (kind, source) for experiments) plus the training families of our own corpus
  (``policy_corpus.py``).
* ``calib``: the benign rows of ``injection-dev.jsonl`` plus our own benign training families:
  the false-positive rates behind the shipped sensitivity levels are read off these.
* ``dev``: ``injection-dev.jsonl`` (for reporting, as the issue asks).
* ``heldout``: our own held-out families, never used to fit or tune anything.
"""

from __future__ import annotations

import json
import os
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import policy_corpus

ROOT = Path(__file__).resolve().parent.parent


def _shared_data() -> Path:
    """``shared/data`` beside the checkout (or beside its parent, for a git worktree)."""
    env = os.environ.get("BASTION_SHARED_DATA")
    if env:
        return Path(env)
    for up in (ROOT.parent, ROOT.parent.parent):
        if (up / "shared" / "data").is_dir():
            return up / "shared" / "data"
    return ROOT.parent / "shared" / "data"


DATA = _shared_data() / "policy"
TRAIN_FILE = DATA / "injection-train.jsonl"
DEV_FILE = DATA / "injection-dev.jsonl"
#: No cap: every row of the shared training set is used (the features are cheap to compute).
CAP: int | None = None
SEED = 1414


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    kind: str
    source: str


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def shared_train() -> list[Row]:
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in _jsonl(TRAIN_FILE):
        src = r["source"].split(":")[0].split(" ")[0]
        groups[(r["kind"], src)].append(Row(r["text"], int(r["label"]), r["kind"], src))
    out: list[Row] = []
    for key in sorted(groups):
        rows = groups[key]
        # One generator per group: a larger CAP keeps the rows of a smaller one.
        rng = random.Random(f"{SEED}/{key[0]}/{key[1]}")
        out.extend(rows if CAP is None or len(rows) <= CAP else rng.sample(rows, CAP))
    return out


#: Shared-set sources of ``benign_hard`` rows that are writing *about* prompt injection or
#: guard rails (security documentation quoting attacks, guard prompt templates, test system
#: prompts), not ordinary prompts or tool results. They are trained on, but the sensitivity
#: levels promise a false-positive rate on ordinary text, so they are left out of calibration.
ABOUT_INJECTION = (
    "OWASP/www-project-top-10-for-large-language-model-applications",
    "NVIDIA/NeMo-Guardrails",
    "meta-llama/PurpleLlama",
    "swisskyrepo/PayloadsAllTheThings",
    "TakSec/Prompt-Injection-Everywhere",
    "microsoft/BIPIA",
)


def ordinary(row: Row) -> bool:
    """Whether a benign row is ordinary text (what the sensitivity levels are calibrated on)."""
    return row.label == 0 and not (row.kind == "benign_hard" and row.source in ABOUT_INJECTION)


def own(
    ninth_round: bool = False, tenth_round: bool = False, eleventh_round: bool = False, indirect: bool = False
) -> tuple[list[Row], list[Row]]:
    """Our own (training, held-out) rows. The ninth round's trained families are left out unless
    ``ninth_round``: the head fitted with them failed its adoption rule (docs/policy.md, "The ninth
    corpus round"), so the shipped head is fitted without them and a default re-fit reproduces it;
    its held-out families stay in the held-out split, which only the reports read. The tenth
    round's trained families likewise unless ``tenth_round`` (its candidate, trained on it, failed
    its rule too: docs/policy.md, "The tenth corpus round"). The eleventh round's (other
    languages, ``policy_corpus_eleven``) likewise unless ``eleventh_round``: its three candidates
    failed the adoption check (docs/policy.md, "The adoption check, and the eleventh corpus round").
    ``indirect``: also the tuning families of the indirect and disguised set
    (``policy_corpus_eleven_indirect``, family tag ``x``; its held-out families stay out of both
    lists: ``bench/policy.py`` reports them on their own)."""
    train, held = policy_corpus.split(policy_corpus.build())
    if indirect:
        import policy_corpus_eleven_indirect

        train = train + [e for e in policy_corpus_eleven_indirect.build() if not e.heldout]
    if not ninth_round:
        train = [e for e in train if not policy_corpus.ninth_round(e.family)]
    if not tenth_round:
        train = [e for e in train if policy_corpus.round_of(e.family) != 10]
    if not eleventh_round:
        train = [e for e in train if policy_corpus.round_of(e.family) != 11]
    conv = lambda es: [Row(e.text, e.label, e.kind, "bastion/" + e.family) for e in es]  # noqa: E731
    return conv(train), conv(held)


def dev() -> list[Row]:
    return [Row(r["text"], int(r["attack"]), "dev", r.get("source", "")) for r in _jsonl(DEV_FILE)]

"""A static token table regressed onto MiniLM's sentence vectors (model2vec's "tokenlearn" idea,
reimplemented from the idea), and how well its plain cosine ranks paraphrases (issue #13).

The cache's static encoder (``semcache/static_encoder.py``) is a plain distillation: each token
encoded alone by MiniLM, PCA to 256, SIF weights. Its candidate stage caps what the verifier can
see ("The cache's vector transform" in ``docs/semcache.md``). Here every token's row is instead
*learned* so that the sum of a sentence's token rows points where the shipped all-MiniLM-L6-v2
points for that sentence (cosine loss, targets reduced to ``DIMS`` principal components),
starting from the distilled table mapped into MiniLM's space by least squares and pulled back
toward that start (L2), so tokens the sentences never show keep their distilled direction.

Sentences (read at run time, never copied): the training part of ``train.datasets`` with every
own pair set's tuning families (Quora training-pair questions and the hand-written pairs'
training parts), minus any text that appears, case and spacing folded, in a held-out pair
(Quora's held-out quarter shares questions with training pairs: those questions are dropped),
plus the prompts of ``shared/data/policy/injection-train.jsonl``.

``python scripts/semcache_tokenlearn.py fit OUT.npy`` fits and writes the table (float16);
``python scripts/semcache_tokenlearn.py auc OUT.npy`` prints the ROC AUC of the plain cosine on
the held-out pairs, the distilled table against the learned one (and MiniLM's own, the ceiling).
MiniLM's vectors are cached under ``BASTION_TRAIN_CACHE`` (else ``/tmp``). Deterministic: fixed
seed, one thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bastion.gateway.embeddings import Embedder  # noqa: E402
from bastion.gateway.semcache import train  # noqa: E402
from bastion.gateway.semcache.static_encoder import StaticEncoder  # noqa: E402

#: Beside ``qqp-dev.jsonl`` (``shared/data/policy``).
INJECTION = train.DEFAULT_DATA.parent.parent / "policy" / "injection-train.jsonl"
CACHE = Path(os.environ.get("BASTION_TRAIN_CACHE") or "/tmp") / "semcache-tokenlearn"
#: Principal components of MiniLM's sentence vectors kept as targets (and the table's width).
DIMS = 256
SEED = int(os.environ.get("TL_SEED", "0"))
EPOCHS = int(os.environ.get("TL_EPOCHS", "12"))
BATCH = 256
RATE = float(os.environ.get("TL_RATE", "0.01"))
#: Pull toward the distilled start, per row moved (sum of squares / tokens). 1.0 with a rate of
#: 0.003 gave level held-out AUCs and a worse training fit (1 - cos 0.143 against 0.125).
L2 = float(os.environ.get("TL_L2", "0.1"))
#: Words kept of an injection-set prompt.
PROMPT_WORDS = 48
#: Tokens read per sentence (prompts are cut, as the cache's transform cuts them).
TOKENS = 128


def fold(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class HeldOut:
    """Held-out pairs by set: (a, b, label)."""

    sets: dict[str, tuple[list[str], list[str], np.ndarray]]


def held_out() -> HeldOut:
    _, held = train.datasets(register=False)
    src = np.asarray(held.source)
    sets: dict[str, tuple[list[str], list[str], np.ndarray]] = {}

    def add(name: str, mask: np.ndarray) -> None:
        idx = np.flatnonzero(mask)
        sets[name] = ([held.a[i] for i in idx], [held.b[i] for i in idx], held.label[idx])

    add("qqp", src == "qqp")
    hand = np.asarray([s != "qqp" for s in src])
    add("hand (pairs, categories, families)", hand & ~np.char.endswith(src.astype(str), ":reg"))
    add("register", np.char.endswith(src.astype(str), ":reg"))
    # The own pair scripts' held-out fifth of families.
    import importlib

    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    split = importlib.import_module("semcache_pairs_typos").split_families
    a: list[str] = []
    b: list[str] = []
    y: list[int] = []
    for name in train.OWN_PAIR_SETS:
        for fam in split(importlib.import_module(f"semcache_pairs_{name}").FAMILIES, True):
            for label, items in ((1, fam.paraphrases), (0, fam.traps)):
                for x, z in items:
                    a.append(x)
                    b.append(z)
                    y.append(label)
    sets["own pair scripts' held-out fifth"] = (a, b, np.asarray(y))
    return HeldOut(sets)


def sentences(held: HeldOut) -> list[str]:
    """The training sentences, sorted, none of them in a held-out pair."""
    tr, _ = train.datasets(register=True, own=train.OWN_PAIR_SETS)
    banned = {fold(t) for a, b, _ in held.sets.values() for t in (*a, *b)}
    texts = {t for t in (*tr.a, *tr.b) if fold(t) not in banned}
    with INJECTION.open() as f:
        # A prompt's first words only: the table reads at most TOKENS tokens, and MiniLM's cost
        # grows with the length (a long prompt's target would be of text the table never reads).
        texts |= {" ".join(json.loads(line)["text"].split()[:PROMPT_WORDS]) for line in f if line.strip()}
    return sorted(t for t in texts if t.strip() and fold(t) not in banned)


def minilm(texts: list[str]) -> np.ndarray:
    """MiniLM's unit vectors of ``texts`` (cached by the texts' hash)."""
    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"minilm-{key}.npy"
    if path.exists():
        out: np.ndarray = np.load(path)
        return out
    emb = Embedder()
    # Batches of like lengths (less padding); rows back in the callers' order.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.empty((len(texts), 384), dtype=np.float32)
    for s in range(0, len(order), 64):
        idx = order[s : s + 64]
        out[idx] = emb.embed_sync([texts[i] for i in idx])
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, out)
    return out


def token_ids(enc: StaticEncoder, texts: list[str]) -> list[list[int]]:
    return [enc.token_ids(t)[:TOKENS] for t in texts]


def fit(out: Path) -> None:
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    held = held_out()
    texts = sentences(held)
    print(f"{len(texts)} training sentences", flush=True)
    y = minilm(texts)
    # Targets: MiniLM's vectors on their first DIMS principal axes (not centred: the cosine
    # between two sentences is what the cache compares, so keep the shared direction).
    mean = y.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd((y - mean).astype(np.float64), full_matrices=False)
    comps = vt[:DIMS]
    comps *= np.sign(comps[np.arange(DIMS), np.argmax(np.abs(comps), axis=1)])[:, None]
    target = (y.astype(np.float64) @ comps.T).astype(np.float32)
    enc = StaticEncoder()
    ids = token_ids(enc, texts)
    # The start: the distilled table mapped onto the targets by least squares over the sentences.
    old = enc.embed_ids(ids)
    mapping, *_ = np.linalg.lstsq(old.astype(np.float64), target.astype(np.float64), rcond=None)
    start = (enc.table.astype(np.float64) @ mapping).astype(np.float32)
    flat = torch.from_numpy(np.concatenate([np.asarray(i, dtype=np.int64) for i in ids]))
    lengths = torch.tensor([len(i) for i in ids])
    offsets = torch.cumsum(torch.cat([torch.zeros(1, dtype=torch.long), lengths[:-1]]), 0)
    tgt = torch.nn.functional.normalize(torch.from_numpy(target), dim=-1)
    e0 = torch.from_numpy(start)
    table = e0.clone().requires_grad_(True)
    opt = torch.optim.Adam([table], lr=RATE)
    keep = torch.nonzero(lengths > 0).squeeze(1)
    n = len(keep)
    scale = float(torch.linalg.norm(e0, dim=1).mean())
    for epoch in range(EPOCHS):
        order = keep[torch.randperm(n)]
        total = 0.0
        for s in range(0, n, BATCH):
            idx = order[s : s + BATCH]
            parts = [flat[offsets[i] : offsets[i] + lengths[i]] for i in idx.tolist()]
            bag_ids = torch.cat(parts)
            bag_off = torch.cumsum(torch.cat([torch.zeros(1, dtype=torch.long), lengths[idx][:-1]]), 0)
            v = torch.nn.functional.embedding_bag(bag_ids, table, bag_off, mode="sum")
            cos = (torch.nn.functional.normalize(v, dim=-1) * tgt[idx]).sum(-1)
            rows = torch.unique(bag_ids)
            pull = ((table[rows] - e0[rows]) ** 2).sum() / (scale**2 * len(rows))
            loss = (1 - cos).mean() + L2 * pull
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            total += float((1 - cos).detach().sum())
        print(f"epoch {epoch}: mean 1-cos {total / n:.4f}", flush=True)
    learned = table.detach().numpy()
    np.save(out, learned.astype(np.float16))
    print(f"wrote {out}", flush=True)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC (ties count half)."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    s = scores[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = labels == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def cosines(table: np.ndarray, enc: StaticEncoder, a: list[str], b: list[str]) -> np.ndarray:
    def vecs(texts: list[str]) -> np.ndarray:
        out = np.stack(
            [
                table[i].astype(np.float32).sum(0) if i else np.zeros(table.shape[1], np.float32)
                for i in token_ids(enc, texts)
            ]
        )
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    return np.sum(vecs(a) * vecs(b), axis=1)


def report(path: Path) -> None:
    held = held_out()
    enc = StaticEncoder()
    new = np.load(path)
    for name, (a, b, y) in held.sets.items():
        old_c = cosines(enc.table, enc, a, b)
        new_c = cosines(new, enc, a, b)
        ml = np.sum(minilm(a) * minilm(b), axis=1)
        print(
            f"{name}: {len(y)} pairs ({int(y.sum())} same), ROC AUC distilled {auc(old_c, y):.3f}, "
            f"learned {auc(new_c, y):.3f}, MiniLM {auc(ml, y):.3f}",
            flush=True,
        )


if __name__ == "__main__":
    cmd, arg = sys.argv[1], Path(sys.argv[2])
    if cmd == "fit":
        fit(arg)
    elif cmd == "auc":
        report(arg)
    else:
        sys.exit("usage: semcache_tokenlearn.py fit|auc TABLE.npy")

"""Where the semantic cache loses Quora duplicates, measured out of fold on the training part
(issue #13; ``docs/semcache.md``, "Where the recall is lost").

``make train-semcache``'s own pipeline (``semcache/train.py``: the same data, folds, cross-fitted
transform and verifier, MiniLM cosines, the stage's out-of-fold choice) is run once and its
out-of-fold arrays kept in ``--cache`` (an ``.npz`` outside the repository); then:

* **the funnel**: each training qqp duplicate's fate: refused by a hard guard (which one first),
  below the stage's band, in it but not served, served; the same for the non-duplicates;
* **retrieval**: the cache serves a candidate only if the stored prompt is among the ``top_k``
  nearest entries (cosine of the cache's transform, at least ``candidate_floor``). For each
  training duplicate, the rank of its stored question among a pool of other questions (every
  training question, encoded by the fold's cross-fitted transform), so the pair figures (which
  assume the candidate is retrieved) can be read against what a full cache retrieves;
* ``--tokens``: issue #13's idea (a), token alignment over MiniLM's contextual token states
  (BERTScore-like: each token's best cosine in the other prompt; recall, precision, F, the same
  IDF-weighted, the worst-aligned content token, content tokens aligned below 0.5) as more inputs
  of the stage, chosen with ``train.choose_stage`` on the same folds at false-hit budgets of
  1-2.5%. The states come from the **serving int8 graph** with its last layer's output added as
  a second graph output (the pooled vectors stay bit-identical: checked on every text);
* ``--held-out`` (with ``--tokens``): the one look at the held-out quarter, the transform,
  verifier and stage fitted on the whole training part with their out-of-fold choices, as
  ``make train-semcache`` fits them (nothing is written);
* ``--soft GUARD[+GUARD...]`` (repeatable; ``content@N`` for the content-word limit at ``N``
  instead of 3, ``content@99`` for none): guards turned from vetoes into inputs. A pair refused
  only by the named guards is fitted and scored too, with one 0/1 input per named guard (the
  verifier, then the stage, each re-chosen out of fold at the same budgets): does the verifier
  serve what those guards veto, and at what price in traps?

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_recall.py --cache /tmp/x.npz
[--tokens [--held-out] | --soft content@99 ...]`` (~2 min for the cache, ~1 min for the token states on the loaded box).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

from bastion.gateway.embeddings import Embedder, OrtEncoder, _features, _ort_session
from bastion.gateway.semcache import minilm_stage, train
from bastion.gateway.semcache.guards import Guards, _poles_conflict, _swapped, _unmatched, extract
from bastion.gateway.semcache.lexicon import negated_form
from bastion.gateway.semcache.settings import GuardSettings, SemcacheSettings
from bastion.gateway.semcache.static_encoder import StaticEncoder
from bastion.gateway.semcache.transform import CacheEncoder


def build(cache: Path) -> None:
    """Run the training pipeline's out-of-fold part once and keep its arrays."""
    static = StaticEncoder()
    static.load()
    tr, _held = train.datasets()
    weights = np.where(np.asarray(tr.source) == "qqp", 1, train.HAND_WEIGHT)
    fold = train.folds_of(tr)
    xt, ok_t = train.cross_fitted_features(tr, weights, fold, static)
    oof, chosen = train.verifier_oof(tr, weights, fold, xt, ok_t)
    mcos = train.minilm_cosines(tr)
    guards = Guards(GuardSettings())
    reason = [guards.check(extract(b), extract(a), float("inf"), 0.0).reason for a, b in zip(tr.a, tr.b, strict=True)]
    # Retrieval: every training question, encoded by each fold's cross-fitted transform; the
    # rank of a duplicate's stored question among the pool, asked with its new question.
    questions = sorted(set(tr.a) | set(tr.b))
    index = {q: i for i, q in enumerate(questions)}
    qqp = np.asarray(tr.source) == "qqp"
    rank = np.full(len(tr.a), -1, dtype=np.int64)
    cos_true = np.full(len(tr.a), np.nan)
    for k in range(int(fold.max()) + 1):
        inside, outside = np.flatnonzero((fold == k) & qqp), np.flatnonzero(fold != k)
        enc = CacheEncoder(static, train.fit_transform(train.subset(tr, outside), weights[outside], static))
        pool = enc.embed_sync(questions)
        for i in inside:
            q = pool[index[tr.b[i]]]
            sims = pool @ q
            sims[index[tr.b[i]]] = -np.inf  # the new prompt is not in the cache yet
            t = sims[index[tr.a[i]]]
            cos_true[i] = t
            rank[i] = int(np.sum(sims > t))  # 0: the nearest
    np.savez(
        cache,
        label=tr.label,
        source=np.asarray(tr.source),
        fold=fold,
        xt=xt,
        ok_t=ok_t,
        oof=oof,
        chosen=chosen,
        mcos=mcos,
        reason=np.asarray(reason),
        rank=rank,
        cos_true=cos_true,
        pool=len(questions),
    )


def funnel(d: dict[str, np.ndarray]) -> None:
    tr, _ = train.datasets()
    weights = np.where(d["source"] == "qqp", 1, train.HAND_WEIGHT)
    ok_t, oof, fold, chosen = d["ok_t"], d["oof"], d["fold"], float(d["chosen"])
    st = minilm_stage.stage_features(d["mcos"], oof, d["xt"])
    best = train.choose_stage(tr, st, minilm_stage.STAGE_FEATURES, ok_t, oof, fold, weights, chosen)
    lo, up, t = best.lower, best.upper, best.threshold
    served = ok_t & ((oof >= up) | ((oof >= lo) & (oof < up) & (best.oof >= t)))
    print(
        f"stage chosen out of fold: band [{lo}, {up}), C {best.c}, threshold {t}: {train._fmt(train.rates(tr, served))}"
    )
    qqp = d["source"] == "qqp"
    for name, sel in (("duplicates", qqp & (d["label"] == 1)), ("non-duplicates", qqp & (d["label"] == 0))):
        n = int(sel.sum())
        print(f"training qqp {name} ({n}):")
        for r in ("numbers", "negation", "polarity", "scope", "entities", "question", "swap", "content"):
            c = int((sel & (d["reason"] == r)).sum())
            print(f"  refused by the {r} guard (first to refuse): {c} ({c / n:.1%})")
        rows = {
            "past the guards, verifier below the band": ok_t & (oof < lo),
            "in the band, stage refuses": ok_t & (oof >= lo) & (oof < up) & ~served,
            "in the band, stage serves": ok_t & (oof >= lo) & (oof < up) & served,
            "above the band, served by the verifier": ok_t & (oof >= up),
        }
        for label, m in rows.items():
            c = int((sel & m).sum())
            print(f"  {label}: {c} ({c / n:.1%})")
        for edge in (0.3, 0.5, 0.6):
            c = int((sel & ok_t & (oof >= edge) & (oof < lo)).sum())
            print(f"  verifier in [{edge}, {lo}): {c} ({c / n:.1%})")
    s = SemcacheSettings()
    dup = qqp & (d["label"] == 1)
    rank, cos_true = d["rank"], d["cos_true"]
    print(f"retrieval (pool of {int(d['pool'])} training questions, cross-fitted transform), training qqp duplicates:")
    for k in (1, 2, 4, 8, 16):
        m = dup & (rank < k) & (cos_true >= s.candidate_floor)
        print(
            f"  stored question within the {k} nearest (cosine >= {s.candidate_floor}): {m.sum() / dup.sum():.1%}; "
            f"of those served out of fold: {(served & m)[dup].sum() / max(1, served[dup].sum()):.1%}"
        )
    low = dup & (cos_true < s.candidate_floor)
    print(
        f"  below the candidate floor: {low.sum() / dup.sum():.1%} (served out of fold anyway: {(served & low).sum()})"
    )


#: The serving graph's last hidden layer (before the mean pooling), added as a second output.
STATE = "/transformer/encoder/layer.5/output/LayerNorm/LayerNormalization_output_0"
#: Word pieces that are not content: question words, function words, punctuation.
STOP = """a an the of to in on for at by with from and or but is are was were be been being do does did
how what why when where which who whom whose can could should would will shall may might must i me my
we our you your he she it its they them their this that these those there here as about into than then
so if not no any some get best good way ways much many more most have has had ? . , ! ' " ( ) - : ; / s""".split()
TOKEN_FEATURES = ("bs_r", "bs_p", "bs_f", "bs_ri", "bs_pi", "bs_fi", "bs_worst", "bs_low")


@dataclass
class TokenStates:
    """Each text's unit-length token states (no [CLS] / [SEP]) and word-piece ids, from the
    serving int8 graph."""

    states: dict[str, np.ndarray]
    ids: dict[str, np.ndarray]


def token_states(texts: list[str]) -> TokenStates:
    import onnx

    emb = Embedder()
    emb.load()
    fast = emb._fast
    assert isinstance(fast, OrtEncoder), "the ONNX encoder did not load"
    model = onnx.load(fast._session._model_path)
    model.graph.output.append(onnx.helper.make_tensor_value_info(STATE, onnx.TensorProto.FLOAT, None))
    session = _ort_session(model.SerializeToString())
    names = {i.name for i in session.get_inputs()}
    out = TokenStates({}, {})
    for t in texts:
        feat = _features(fast._tokenizer, [t])
        pooled, hidden = session.run(["embedding", STATE], {k: x for k, x in feat.items() if k in names})
        # The second output must leave the pooled vector as the serving path computes it.
        if not np.array_equal(pooled[0], emb.embed_sync([t])[0]):
            raise SystemExit(f"pooled vector changed by the second output: {t!r}")
        mask = feat["attention_mask"][0].astype(bool)
        h = hidden[0][mask][1:-1]
        out.states[t] = h / np.linalg.norm(h, axis=1, keepdims=True)
        out.ids[t] = feat["input_ids"][0][mask][1:-1]
    return out


def token_features(a: list[str], b: list[str], ts: TokenStates, idf: np.ndarray, stop: set[int]) -> np.ndarray:
    rows = []
    for x, y in zip(a, b, strict=True):
        ha, hb, ia, ib = ts.states[x], ts.states[y], ts.ids[x], ts.ids[y]
        if len(ha) == 0 or len(hb) == 0:
            rows.append([0.0] * len(TOKEN_FEATURES))
            continue
        s = ha @ hb.T
        best_a, best_b = s.max(axis=1), s.max(axis=0)  # each token's best match on the other side
        r, p = float(best_b.mean()), float(best_a.mean())
        wa, wb = idf[ia], idf[ib]
        ri, pi = float((best_b * wb).sum() / wb.sum()), float((best_a * wa).sum() / wa.sum())
        ca = np.asarray([t not in stop for t in ia], dtype=bool)
        cb = np.asarray([t not in stop for t in ib], dtype=bool)
        worst = min(best_a[ca].min() if ca.any() else 1.0, best_b[cb].min() if cb.any() else 1.0)
        low = float((best_a[ca] < 0.5).sum() + (best_b[cb] < 0.5).sum())
        rows.append([r, p, 2 * r * p / (r + p + 1e-9), ri, pi, 2 * ri * pi / (ri + pi + 1e-9), worst, low])
    return np.asarray(rows, dtype=np.float64)


def tokens(d: dict[str, np.ndarray], held_out: bool) -> None:
    tr, held = train.datasets()
    texts = sorted(set(tr.a) | set(tr.b) | (set(held.a) | set(held.b) if held_out else set()))
    ts = token_states(texts)
    emb = Embedder()
    emb.load()
    assert isinstance(emb._fast, OrtEncoder), "the ONNX encoder did not load"
    tok = emb._fast._tokenizer
    stop = {tok.token_to_id(w) for w in STOP} - {None}
    # IDF over the training questions only (no labels).
    train_texts = sorted(set(tr.a) | set(tr.b))
    df = np.zeros(tok.get_vocab_size())
    for t in train_texts:
        df[np.unique(ts.ids[t])] += 1
    idf = np.log((len(train_texts) + 1) / (df + 1))
    weights = np.where(d["source"] == "qqp", 1, train.HAND_WEIGHT)
    ok_t, oof, fold, chosen = d["ok_t"], d["oof"], d["fold"], float(d["chosen"])
    base = minilm_stage.stage_features(d["mcos"], oof, d["xt"])
    tt = token_features(tr.a, tr.b, ts, idf, stop)
    with_tokens = np.column_stack([base, tt])
    names = (*minilm_stage.STAGE_FEATURES, *TOKEN_FEATURES)
    choices = {}
    for budget in (0.01, 0.0125, 0.015, 0.0175, 0.02, 0.025):
        train.MAX_FALSE = budget
        for label, st, fn in (
            ("shipped inputs", base, minilm_stage.STAGE_FEATURES),
            ("+ token alignment", with_tokens, names),
        ):
            best = train.choose_stage(tr, st, fn, ok_t, oof, fold, weights, chosen)
            served = ok_t & (
                (oof >= best.upper) | ((oof >= best.lower) & (oof < best.upper) & (best.oof >= best.threshold))
            )
            print(
                f"budget {budget:.2%}, {label}: band [{best.lower}, {best.upper}), C {best.c}, threshold "
                f"{best.threshold}: {train._fmt(train.rates(tr, served))}",
                flush=True,
            )
            if budget == 0.015:
                choices[label] = (best, st)
    train.MAX_FALSE = 0.015
    if not held_out:
        return
    # The one look at the held-out quarter: transform and verifier as make train-semcache fits
    # them on the whole training part (nothing written), each stage with its out-of-fold choice.
    static = StaticEncoder()
    static.load()
    encoder = CacheEncoder(static, train.fit_transform(tr, weights, static))
    xh, ok_h = train.featurise(held, encoder)
    rows = np.flatnonzero(ok_t)
    verifier = train._verifier(train.fit(d["xt"][rows], tr.label[rows], weights[rows]), chosen)
    ph = np.asarray(verifier.probability(xh))
    mh = train.minilm_cosines(held)
    sh = minilm_stage.stage_features(mh, ph, xh)
    th = token_features(held.a, held.b, ts, idf, stop)
    for label, (best, st) in choices.items():
        x = sh if st is base else np.column_stack([sh, th])
        fn = minilm_stage.STAGE_FEATURES if st is base else names
        model = train._stage(train.fit_stage(st[rows], tr.label[rows], weights[rows], best.c, fn))
        p2 = model.probability(x)
        band = ok_h & (ph >= best.lower) & (ph < best.upper)
        served = ok_h & ((ph >= best.upper) | (band & (p2 >= best.threshold)))
        print(f"held-out, {label}: {train._fmt(train.rates(held, served))}")
        for level in (0.8, 0.9):
            print(
                f"  threshold {level}: {train._fmt(train.rates(held, ok_h & ((ph >= best.upper) | (band & (p2 >= level)))))}"
            )


#: Every rule of ``Guards.check`` apart (``negform``: "possible" / "impossible"), so a pair's
#: refusals can be read all at once, not only the first.
GUARDS = ("numbers", "negation", "negform", "polarity", "scope", "entities", "question", "swap", "content")


def refusals(stored: str, new: str, content_limit: int = 3) -> list[bool]:
    """Which of :data:`GUARDS` refuse the pair (the cache's direction: ``new`` asked, ``stored``
    cached), each on its own."""
    q, c = extract(new), extract(stored)
    only_q, only_c = _unmatched(q.content, c.words), _unmatched(c.content, q.words)
    return [
        q.numbers != c.numbers or q.units != c.units,
        q.negations % 2 != c.negations % 2,
        any(negated_form(w, c.words) for w in only_q) or any(negated_form(w, q.words) for w in only_c),
        _poles_conflict(q.poles, c.poles),
        bool(q.scope and c.scope and q.scope != c.scope),
        not Guards._same_entities(q, c),
        bool(q.asks and c.asks and q.asks != c.asks),
        _swapped(q, c),
        max(len(only_q), len(only_c)) > content_limit,
    ]


def soft_guards(d: dict[str, np.ndarray], sets: list[str]) -> None:
    """Guards as inputs instead of vetoes (``--soft``), out of fold on the training part."""
    tr, _ = train.datasets()
    weights = np.where(d["source"] == "qqp", 1, train.HAND_WEIGHT)
    fold, src, label = d["fold"], d["source"], d["label"]
    dup, non = (src == "qqp") & (label == 1), (src == "qqp") & (label == 0)
    trap = np.char.startswith(src.astype(str), "trap")
    for spec in ["", *sets]:
        names = [g for g in spec.split("+") if g]
        limit = next((int(g.split("@")[1]) for g in names if g.startswith("content@")), 3)
        soft = [g for g in names if not g.startswith("content@")]
        refused = np.asarray([refusals(a, b, limit) for a, b in zip(tr.a, tr.b, strict=True)])
        hard = [i for i, g in enumerate(GUARDS) if g not in soft]
        eligible: np.ndarray = np.logical_not(refused[:, hard].any(axis=1))
        xt = np.column_stack([d["xt"], refused[:, [GUARDS.index(g) for g in soft]].astype(float)])
        oof, chosen = train.verifier_oof(tr, weights, fold, xt, eligible)
        st = minilm_stage.stage_features(d["mcos"], oof, xt)
        best = train.choose_stage(tr, st, (*minilm_stage.STAGE_FEATURES, *soft), eligible, oof, fold, weights, chosen)
        band = (oof >= best.lower) & (oof < best.upper)
        served = eligible & ((oof >= best.upper) | (band & (best.oof >= best.threshold)))
        past = served & ~d["ok_t"]
        print(
            f"{spec or 'as shipped'}: past the hard guards: duplicates {eligible[dup].mean():.1%}, non-duplicates "
            f"{eligible[non].mean():.1%}, traps {eligible[trap].mean():.1%}; verifier {chosen}, stage band "
            f"[{best.lower}, {best.upper}), C {best.c}, threshold {best.threshold}: {train._fmt(train.rates(tr, served))}; "
            f"served that the shipped guards refuse: {int(past[dup].sum())} duplicates, {int(past[non].sum())} "
            f"non-duplicates, {int(past[trap].sum())} traps",
            flush=True,
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--tokens", action="store_true", help="measure the token-alignment inputs (idea (a))")
    ap.add_argument("--held-out", action="store_true", help="with --tokens: the one look at the held-out quarter")
    ap.add_argument(
        "--soft", action="append", default=[], help="guards as inputs, e.g. question, numbers+entities, content@99"
    )
    ap.add_argument(
        "--fold-seed",
        type=int,
        default=train.SEED,
        help="another assignment of the training part's folds (robustness of an out-of-fold gain)",
    )
    args = ap.parse_args()
    # folds_of permutes the groups with train.SEED (the trees do not subsample: it does not
    # move them).
    train.SEED = args.fold_seed
    if not args.cache.exists():
        build(args.cache)
    d = dict(np.load(args.cache, allow_pickle=False))
    if args.soft:
        soft_guards(d, args.soft)
    elif args.tokens:
        tokens(d, args.held_out)
    else:
        funnel(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``make train-semcache``'s choice of the verifier's operating point and its ``--check`` mode.

The full re-fit (``python -m bastion.gateway.semcache.train --check``, ~2-5 minutes) is not run
here; these are the pieces it is made of, on real files and real pairs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from bastion.gateway.semcache import train
from bastion.gateway.semcache.transform import CacheTransform, write_transform


def _pairs(source: list[str], label: list[int]) -> train.Pairs:
    n = len(source)
    return train.Pairs(["a"] * n, ["b"] * n, np.asarray(label), source, [f"g{i}" for i in range(n)])


def test_the_verifier_point_is_the_lowest_stored_decimal_within_both_budgets() -> None:
    """200 qqp non-duplicates (budget 1.5%: 3 of them) and 100 traps (1%: 1). Probabilities sit
    exactly on grid decimals: a pair scored 0.915 is served at a stored 0.915, so the point is
    measured at that decimal (a float step of 0.9150000000000005 would not count it)."""
    non = np.full(200, 0.1)
    non[:3] = [0.99, 0.95, 0.915]  # at 0.915 exactly 3 of 200 are served: within 1.5%
    non[3] = 0.91  # a fourth at 0.91 ...
    non[4:10] = 0.905  # ... and six more at 0.905: over the budget below 0.915
    traps = np.full(100, 0.2)
    traps[0] = 0.97
    dup = np.full(50, 0.96)
    oof = np.concatenate([non, traps, dup])
    p = _pairs(["qqp"] * 200 + ["trap"] * 100 + ["qqp"] * 50, [0] * 200 + [0] * 100 + [1] * 50)
    ok = np.ones(len(oof), dtype=bool)
    assert train.verifier_point(p, ok, oof) == 0.915
    # A pair the guards refuse is never served, whatever it scores: the fourth no longer counts.
    ok[3] = False
    assert train.verifier_point(p, ok, oof) == 0.91
    # Traps bind too: a second trap over 0.95 moves the point above it.
    oof[201] = 0.955
    assert train.verifier_point(p, ok, oof) == 0.96


def test_no_point_within_the_budgets_gives_the_highest() -> None:
    oof = np.full(10, 0.999)
    p = _pairs(["qqp"] * 10, [0] * 10)
    assert train.verifier_point(p, np.ones(10, dtype=bool), oof) == train.VERIFIER_THRESHOLDS[-1] == 0.99


def test_the_grid_is_the_decimals_that_are_stored() -> None:
    grid = train.VERIFIER_THRESHOLDS
    assert grid[0] == 0.3 and grid[-1] == 0.99 and len(grid) == 139
    assert all(t == float(f"{t:.3f}") for t in grid)
    assert all(b > a for a, b in zip(grid, grid[1:], strict=False))


def test_the_fit_writes_where_it_is_told(tmp_path: Path) -> None:
    assert train.artefact_paths(None) == train.ARTEFACTS
    out = train.artefact_paths(tmp_path / "refit")
    assert {p.parent for p in out.values()} == {tmp_path / "refit"}
    assert sorted(p.name for p in out.values()) == ["cache_transform.npz", "minilm_stage.json", "verifier.json"]
    assert (tmp_path / "refit").is_dir()


def test_the_check_names_what_differs(tmp_path: Path) -> None:
    """The shipped files against copies: identical copies differ in nothing; a changed stage
    band and verifier point are named with both values; a re-written transform by its version."""
    shipped = train.ARTEFACTS
    for name, path in shipped.items():
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        assert train.artefact_difference(path, copy) == [], name
    stage = json.loads(shipped["stage"].read_text())
    lower = stage["lower"]
    stage["lower"], stage["coef"][0] = round(lower + 0.05, 3), stage["coef"][0] + 1.0
    (tmp_path / "minilm_stage.json").write_text(json.dumps(stage))
    lines = train.artefact_difference(shipped["stage"], tmp_path / "minilm_stage.json")
    assert f"lower: {lower} -> {round(lower + 0.05, 3)}" in lines
    assert (
        f"coef: 1 of {len(stage['coef'])} values differ (lengths {len(stage['coef'])} -> {len(stage['coef'])})" in lines
    )
    assert len(lines) == 2
    verifier = json.loads(shipped["verifier"].read_text())
    verifier["threshold"], verifier["trained_on"]["hand_pairs"] = 0.5, 1
    (tmp_path / "verifier.json").write_text(json.dumps(verifier))
    lines = train.artefact_difference(shipped["verifier"], tmp_path / "verifier.json")
    assert any(line.startswith("threshold: ") and line.endswith(" -> 0.5") for line in lines)
    assert any(line.startswith("trained_on: hand_pairs: ") for line in lines)
    t = CacheTransform.load(shipped["transform"])
    moved = CacheTransform.from_arrays(t.ids[1:], t.weights[1:], t.projection)
    write_transform(tmp_path / "cache_transform.npz", moved)
    assert train.artefact_difference(shipped["transform"], tmp_path / "cache_transform.npz") == [
        f"version {t.version} -> {moved.version}, token weights {len(t.ids)} -> {len(t.ids) - 1}"
    ]


def test_the_check_passes_only_when_every_file_is_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refit = train.artefact_paths(tmp_path)
    for name, path in train.ARTEFACTS.items():
        shutil.copyfile(path, refit[name])
    assert train.check(refit) == 0
    assert capsys.readouterr().out.count("byte-identical") == 3
    stage = json.loads(refit["stage"].read_text())
    stage["threshold"] = round(stage["threshold"] + 0.005, 3)
    refit["stage"].write_text(json.dumps(stage))
    assert train.check(refit) == 1
    out = capsys.readouterr().out
    assert "check minilm_stage.json: DIFFERS" in out and out.count("byte-identical") == 2
    assert f"threshold: {round(stage['threshold'] - 0.005, 3)} -> {stage['threshold']}" in out


def test_the_check_is_of_what_ships() -> None:
    """``--register`` fits a set that is not shipped: checking it against the shipped files is
    refused before any fit."""
    with pytest.raises(SystemExit) as refused:
        train.main(["--check", "--register"])
    assert refused.value.code == 2


def test_own_pair_sets_add_only_their_tuning_families_to_the_training_part() -> None:
    """``--own``: each named script's tuning families join the training part, one group (fold)
    per family; its held-out fifth never does, and the held-out part is unchanged."""
    base_train, base_held = train.datasets()
    own_train, own_held = train.datasets(own=("reword",))
    assert own_held.a == base_held.a and own_held.b == base_held.b
    added = len(own_train.a) - len(base_train.a)
    groups = {g for g in own_train.group if g.startswith("own:")}
    fams = train.own_families(("reword",))
    assert added == sum(len(f.paraphrases) + len(f.traps) for _, f in fams)
    assert groups == {f"own:reword:{f.name}" for _, f in fams} and len(groups) == 24  # 30 families, 6 held out
    assert not any(name.startswith("reword_held") for name in (f.name for _, f in fams))
    labels = own_train.label[len(base_train.a) :]
    assert labels.sum() == sum(len(f.paraphrases) for _, f in fams) and 0 < labels.sum() < added


def test_own_names_are_checked_and_check_refuses_them(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt set is a clear error, not an empty addition; ``--check`` compares what ships,
    so it refuses ``--own`` (nothing is fitted in either case)."""
    with pytest.raises(SystemExit) as bad:
        train.main(["--own", "rewrod"])
    assert bad.value.code == 2 and "no such pair set rewrod" in capsys.readouterr().err
    with pytest.raises(SystemExit) as check:
        train.main(["--check", "--own", "all"])
    assert check.value.code == 2 and "not with --register or --own" in capsys.readouterr().err


def test_the_quora_halves_split_by_question_so_no_question_is_on_both_sides() -> None:
    """Held-out rows chained by shared questions (case and spacing folded) fall whole on one
    side; the split is the same on every call; both sides get groups; training rows are in
    neither. Rows are kept only if ``qqp_held_out`` holds them (a fixed quarter by hash)."""
    rows: list[dict[str, object]] = []
    i = 0
    while len(rows) < 400:
        a, b = f"Question {i}?", f"Other question {i}?"
        i += 1
        if train.qqp_held_out(a, b):
            rows.append({"a": a, "b": b, "duplicate": 0})

    # A chain: row 0's b asked again (other case and spacing) in a new held-out row, whose own
    # first question would, alone, hash to the other side than row 0's: only the grouping
    # keeps them together.
    def side(q: str) -> int:
        return hashlib.sha1(f"{train.QQP_HALVES_SEED}|{q}".encode()).digest()[0] % 2

    shared, first = f"  {str(rows[0]['b']).upper()} ", str(rows[0]["a"]).lower()
    j = next(
        j for j in range(999) if train.qqp_held_out(f"Chained {j}?", shared) and side(f"chained {j}?") != side(first)
    )
    rows.append({"a": f"Chained {j}?", "b": shared, "duplicate": 1})
    training = next(
        {"a": f"T {k}?", "b": f"U {k}?", "duplicate": 0}
        for k in range(99)
        if not train.qqp_held_out(f"T {k}?", f"U {k}?")
    )
    rows.append(training)
    check = train.qqp_check_rows(rows)  # type: ignore[arg-type]
    assert check == train.qqp_check_rows(rows)  # type: ignore[arg-type]
    assert (0 in check) == (len(rows) - 2 in check)
    assert len(rows) - 1 not in check
    assert 100 < len(check) < 300
    folded = [{" ".join(str(r[s]).lower().split()) for s in ("a", "b")} for r in rows[:-1]]
    sides = [set().union(*(folded[k] for k in range(len(folded)) if (k in check) == side)) for side in (True, False)]
    assert not sides[0] & sides[1]

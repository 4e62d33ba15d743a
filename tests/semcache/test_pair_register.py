"""The register families (``pair_register.py``): how they are split and where ``make
train-semcache`` puts them."""

from __future__ import annotations

from .pair_register import GUARD_GAPS, PARAPHRASE_FAMILIES, TRAP_FAMILIES, family_pairs, held_out


def test_every_fifth_family_is_held_out_whole() -> None:
    for families in (PARAPHRASE_FAMILIES, TRAP_FAMILIES):
        names = list(families)
        held = [n for n in names if held_out(families, n)]
        assert held == names[4::5]
        pairs = family_pairs(families, True)
        assert {n for n, _, _ in pairs} == set(held)
        assert len(pairs) == sum(len(families[n][1]) for n in held)


def test_the_set_spans_the_registers_and_trap_kinds_it_was_written_for() -> None:
    assert len(PARAPHRASE_FAMILIES) >= 40 and len(TRAP_FAMILIES) >= 30
    assert {"formal", "casual", "imperative", "context", "telegraphic", "reorder", "passive", "typo"} <= {
        cat for cat, _ in PARAPHRASE_FAMILIES.values()
    }
    assert {"negation", "opposite_verb", "entity", "numbers", "roles", "scope", "aspect", "time"} <= {
        cat for cat, _ in TRAP_FAMILIES.values()
    }
    assert GUARD_GAPS <= set(TRAP_FAMILIES)
    every = [p for _, (_, ps) in (PARAPHRASE_FAMILIES | TRAP_FAMILIES).items() for p in ps]
    assert len(every) == len(set(every)), "a pair written twice"
    assert all(a != b for a, b in every)


def test_training_reads_the_held_out_fifth_only_unless_asked() -> None:
    """``make train-semcache`` (what ships) reports the held-out fifth and fits none of the
    families; ``--register`` adds the other four fifths to the training part only."""
    from bastion.gateway.semcache import train

    def register_groups(p: train.Pairs) -> set[str]:
        return {g.removeprefix("register:") for g in p.group if g.startswith("register:")}

    held_names = {n for fams in (PARAPHRASE_FAMILIES, TRAP_FAMILIES) for n in fams if held_out(fams, n)}
    tr, held = train.datasets()
    assert register_groups(tr) == set()
    assert register_groups(held) == held_names
    tr2, held2 = train.datasets(register=True)
    assert register_groups(tr2) == (set(PARAPHRASE_FAMILIES) | set(TRAP_FAMILIES)) - held_names
    assert register_groups(held2) == held_names

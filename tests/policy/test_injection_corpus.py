"""Our own prompt-injection corpus (``scripts/policy_corpus*.py``): the held-out split is whole
families, the build is deterministic, and each round's rows do not move when a later round is
added (the figures of earlier runs are on the same texts)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import policy_corpus  # noqa: E402
import policy_corpus_eight as eight  # noqa: E402
import policy_corpus_eleven as eleven  # noqa: E402
import policy_corpus_nine as nine  # noqa: E402
import policy_corpus_seven as seven  # noqa: E402
import policy_corpus_ten as ten  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[policy_corpus.Example]:
    return policy_corpus.build()


def test_the_held_out_split_is_whole_families(corpus: list[policy_corpus.Example]) -> None:
    train, held = policy_corpus.split(corpus)
    assert {e.family for e in train}.isdisjoint({e.family for e in held})
    # No text is on both sides (the build drops duplicates across rounds).
    assert {e.text for e in train}.isdisjoint({e.text for e in held})


def test_the_build_is_deterministic(corpus: list[policy_corpus.Example]) -> None:
    assert policy_corpus.build() == corpus


def test_the_seventh_round_is_appended_and_split_like_the_others(corpus: list[policy_corpus.Example]) -> None:
    old = [e for e in corpus if policy_corpus.before_seventh(e.family)]
    new = [e for e in corpus if not policy_corpus.before_seventh(e.family) and policy_corpus.before_eighth(e.family)]
    # The earlier rounds' rows come first and are the same with or without the seventh, which
    # comes next.
    assert corpus[: len(old)] == old
    assert corpus[len(old) : len(old) + len(new)] == new
    assert all(e.family.split("-")[1].startswith("v") for e in new)
    # Every template filled (a typo in a slot name would raise in build()) and every fifth
    # family of each kind is held out.
    families = {(e.kind, e.family, e.heldout) for e in new}
    for kind, templates in (seven.ATTACK_TEMPLATES | seven.BENIGN_TEMPLATES).items():
        mine = sorted((f, h) for k, f, h in families if k == kind)
        assert len(mine) == len(templates), kind
        assert [h for _, h in mine] == [j % 5 == 4 for j in range(len(templates))], kind
    labels = Counter((e.label, e.heldout) for e in new)
    assert labels[(1, True)] >= 100 and labels[(0, True)] >= 60
    # Rows of the sixth round are not counted as seventh (and the reports' "rounds 1-5" split
    # stays what it was).
    assert not any(policy_corpus.before_sixth(e.family) for e in new)


def test_the_eighth_round_is_hand_written_appended_and_split_like_the_others(
    corpus: list[policy_corpus.Example],
) -> None:
    old = [e for e in corpus if policy_corpus.before_eighth(e.family)]
    new = [e for e in corpus if not policy_corpus.before_eighth(e.family) and policy_corpus.before_ninth(e.family)]
    # The earlier rounds' rows come first and are the same with or without the eighth.
    assert corpus[: len(old)] == old
    assert all(e.family.split("-")[1].startswith("e") for e in new)
    # Each written sentence is one row (none lost to a clash with an earlier round but the odd
    # duplicate), and every fifth family of each kind is held out.
    written = sum(len(f) for table in (eight.ATTACKS, eight.BENIGN) for fams in table.values() for f in fams)
    assert written - 3 <= len(new) <= written
    families = {(e.kind, e.family, e.heldout) for e in new}
    for kind, fams in (eight.ATTACKS | eight.BENIGN).items():
        mine = sorted((f, h) for k, f, h in families if k == kind)
        assert len(mine) == len(fams), kind
        assert [h for _, h in mine] == [j % 5 == 4 for j in range(len(fams))], kind
    labels = Counter((e.label, e.heldout) for e in new)
    assert labels[(1, True)] >= 90 and labels[(0, True)] >= 80
    # No held-out sentence of this round is a trained one of any round.
    train, held = policy_corpus.split(corpus)
    assert {e.text.lower() for e in new if e.heldout}.isdisjoint({e.text.lower() for e in train})
    # Rows of this round are counted neither as seventh nor as earlier (the reports' older splits
    # stay what they were).
    assert not any(policy_corpus.before_seventh(e.family) or policy_corpus.before_sixth(e.family) for e in new)


@pytest.mark.parametrize(("module", "number", "tag"), [(nine, 9, "n"), (ten, 10, "t"), (eleven, 11, "l")])
def test_the_ninth_to_eleventh_rounds_are_hand_written_appended_and_split_like_the_others(
    corpus: list[policy_corpus.Example], module: object, number: int, tag: str
) -> None:
    attacks: dict[str, list[list[str]]] = getattr(module, "ATTACKS")  # noqa: B009
    benign: dict[str, list[list[str]]] = getattr(module, "BENIGN")  # noqa: B009
    old = [e for e in corpus if policy_corpus.round_of(e.family) < number]
    new = [e for e in corpus if policy_corpus.round_of(e.family) == number]
    # The earlier rounds' rows come first and are the same with or without this round, which
    # follows them.
    assert corpus[: len(old)] == old and corpus[len(old) : len(old) + len(new)] == new
    assert all(e.family.split("-")[1].startswith(tag) for e in new)
    # Every written sentence is one row, and every fifth family of each kind is held out.
    written = sum(len(f) for table in (attacks, benign) for fams in table.values() for f in fams)
    assert len(new) == written
    families = {(e.kind, e.family, e.heldout) for e in new}
    for kind, fams in (attacks | benign).items():
        mine = sorted((f, h) for k, f, h in families if k == kind)
        assert len(mine) == len(fams), kind
        assert [h for _, h in mine] == [j % 5 == 4 for j in range(len(fams))], kind
    # No held-out sentence of this round is a trained one of any round.
    train, _ = policy_corpus.split(corpus)
    assert {e.text.lower() for e in new if e.heldout}.isdisjoint({e.text.lower() for e in train})
    # Rows of this round are counted in none of the earlier splits the reports keep.
    assert not any(
        policy_corpus.before_ninth(e.family)
        or policy_corpus.before_eighth(e.family)
        or policy_corpus.before_seventh(e.family)
        or policy_corpus.before_sixth(e.family)
        for e in new
    )


def test_the_ninth_and_tenth_rounds_are_reported_but_not_trained_on_by_default() -> None:
    """Both rounds' heads failed their adoption rules (docs/policy.md), so a default re-fit
    trains on neither and reproduces the shipped head; their held-out families are reported."""
    import policy_data

    train, held = policy_data.own()
    assert not any(policy_corpus.round_of(r.source) in (9, 10) for r in train)
    assert {policy_corpus.round_of(r.source) for r in held} >= {9, 10}
    with_tenth, _ = policy_data.own(tenth_round=True)
    assert {r.source for r in with_tenth} - {r.source for r in train} == {
        r.source for r in with_tenth if policy_corpus.round_of(r.source) == 10
    }


def test_the_eleventh_round_covers_every_language_and_holds_out_different_ones_per_theme() -> None:
    """Issue #14 (branch j58): four sentences per theme in each of the 14 languages of the
    multilingual patterns; every fifth family of a kind is held out, and the held-out languages
    are not the same two for every theme (the language order turns by theme)."""
    assert set(eleven.TEXT) == set(eleven.LANGUAGES) and len(eleven.LANGUAGES) == 14
    for lang, themes in eleven.TEXT.items():
        assert set(themes) == set(eleven.THEMES), lang
        assert all(len(s) == 4 and len(set(s)) == 4 for s in themes.values()), lang
    held: dict[str, set[str]] = {}
    for theme, (kind, label) in eleven.THEMES.items():
        fams = (eleven.ATTACKS if label else eleven.BENIGN)[kind]
        for j, sentences in enumerate(fams):
            if j % 5 == 4 and sentences in [eleven.TEXT[lang][theme] for lang in eleven.LANGUAGES]:
                held.setdefault(theme, set()).update(
                    lang for lang in eleven.LANGUAGES if eleven.TEXT[lang][theme] == sentences
                )
    assert set(held) == set(eleven.THEMES)
    assert len(set().union(*held.values())) >= 10, held


def test_the_eleventh_round_is_reported_but_not_trained_on_by_default() -> None:
    """Its candidates failed the adoption check (docs/policy.md, "The adoption check, and the
    eleventh corpus round"), so a default re-fit trains without it; its held-out families are
    reported, and ``eleventh_round=True`` adds exactly its training families."""
    import policy_data

    train, held = policy_data.own()
    assert not any(policy_corpus.round_of(r.source) == 11 for r in train)
    assert {r.label for r in held if policy_corpus.round_of(r.source) == 11} == {0, 1}
    with_eleventh, _ = policy_data.own(eleventh_round=True)
    added = [r for r in with_eleventh if r not in set(train)]
    assert added and all(policy_corpus.round_of(r.source) == 11 for r in added)
    assert len(with_eleventh) == len(train) + len(added)


def test_the_eleventh_round_shares_no_sentence_with_the_multilingual_test_set() -> None:
    """The adoption check (``scripts/policy_adopt.py``, item 4) counts the multilingual test set
    (``tests/policy/multilingual_injection.py``): a head must not be trained on its texts."""
    from tests.policy import multilingual_injection as ml

    tested = {t.lower() for _, t in ml.ATTACKS + ml.BENIGN}
    written = {t.lower() for themes in eleven.TEXT.values() for s in themes.values() for t in s}
    assert not tested & written


def test_the_indirect_set_joins_training_only_when_asked_and_never_its_held_out_families() -> None:
    """``policy_data.own(indirect=True)`` (``train_policy.py --indirect``, a measurement) adds the
    indirect and disguised set's tuning families and none of its held-out ones, which
    ``bench/policy.py`` and the adoption check report; the default re-fit trains without it."""
    import policy_corpus_eleven_indirect as indirect
    import policy_data

    train, held = policy_data.own()
    with_indirect, held_too = policy_data.own(indirect=True)
    assert held_too == held
    trained = set(train)
    added = [r for r in with_indirect if r not in trained]
    rows = indirect.build()
    tuning = {e.text for e in rows if not e.heldout}
    held_out = {e.text for e in rows if e.heldout}
    assert {r.text for r in added} == tuning
    assert not {r.text for r in with_indirect} & held_out
    assert not any(r.source.startswith("bastion/") and r.source[-4:-2] == "-x" for r in train)

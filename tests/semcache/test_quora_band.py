"""Guards written from the false hits the MiniLM stage serves on the tune half of the held-out
Quora pairs (issue #13, j103; ``train.qqp_check_rows``): a prompt that points at something it
does not contain ("this problem", "Is this scabies?"), one question asking for both ends of a
scale against the other asking for one ("best and worst" / "worst"), and differences against
similarities. Their paraphrases and the time words "this" also precedes are not refused."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.settings import GuardSettings

GUARDS = Guards(GuardSettings())


@pytest.mark.parametrize(
    ("cached", "asked", "reason"),
    [
        (
            "How would you solve this thermodynamics problem?",
            "How do I solve this question in thermodynamics?",
            "deixis",
        ),
        ("Is this scabies?", "Could this be scabies?", "deixis"),
        ("What do these symptoms mean?", "What could my symptoms mean?", "deixis"),
        ("How can I download a video from this website?", "How do I download videos from a site?", "deixis"),
        ("Which is the best and worst movie of 2016?", "Which is the worst movie of 2016?", "polarity"),
        ("What are the pros and cons of nuclear power?", "What are the cons of nuclear power?", "polarity"),
        ("What are the pros & cons of nuclear power?", "What are the cons of nuclear power?", "polarity"),
        ("How do buffalo meat and cow beef differ?", "How are buffalo meat and cow beef similar?", "polarity"),
        ("How are gymnosperms and angiosperms different?", "How is pollination in gymnosperms similar?", "polarity"),
    ],
)
def test_pointers_ends_of_a_scale_and_comparisons_are_refused(cached: str, asked: str, reason: str) -> None:
    verdict = GUARDS.check(extract(asked), extract(cached), float("inf"), 0.0)
    assert (verdict.ok, verdict.reason) == (False, reason)


@pytest.mark.parametrize(
    ("cached", "asked"),
    [
        ("What will the housing market do this year?", "What will the housing market do this year?"),
        ("Why are eggs so expensive these days?", "Why are eggs so expensive nowadays?"),
        ("What really matters in this life?", "What matters most in life?"),
        ("Where should I go this weekend in London?", "Where to go in London this weekend?"),
        ("What is the best and worst thing about Paris?", "What are the best and worst things about Paris?"),
        ("What are the pros and cons of solar panels?", "What are the pros & cons of solar panels?"),
        ("Should I stretch before or after a run?", "Is it better to stretch before a run or after it?"),
        ("How can I recover deleted files?", "How do I recover files?"),
        ("What is the worst movie of 2016?", "Which movie of 2016 was the worst?"),
        # Both poles, but not joined into one ask: "after the best before date".
        ("Is it safe to eat eggs past their best before date?", "Can eggs be eaten after the best before date?"),
        (
            "What is the difference between a crocodile and an alligator?",
            "How is a crocodile different from an alligator?",
        ),
        ("Is a crocodile the same as an alligator?", "What is the difference between a crocodile and an alligator?"),
    ],
)
def test_times_one_pole_each_and_differences_reworded_pass(cached: str, asked: str) -> None:
    verdict = GUARDS.check(extract(asked), extract(cached), float("inf"), 0.0)
    assert verdict.ok, verdict.reason


def test_the_pointer_rule_can_be_switched_off() -> None:
    guards = Guards(GuardSettings(deixis=False))
    assert guards.check(extract("Could this be scabies?"), extract("Is this scabies?"), float("inf"), 0.0).ok

"""Near-miss traps that must never be served another question's answer.

Written by hand for these tests and kept out of tuning (the defaults were tuned on other data).
Each pair: the first prompt is asked and answered, the second must miss.
"""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract, quantities
from bastion.gateway.semcache.settings import GuardSettings

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

TRAPS = {
    "negation": [
        ("Is it safe to drink tap water in Lisbon?", "Is it not safe to drink tap water in Lisbon?"),
        ("Why does my laptop charge when plugged in?", "Why doesn't my laptop charge when plugged in?"),
        ("Should I use a VPN on public wifi?", "Should I never use a VPN on public wifi?"),
    ],
    "polarity": [
        ("What are the advantages of remote work?", "What are the disadvantages of remote work?"),
        ("Is it legal to fly a drone over a city park?", "Is it illegal to fly a drone over a city park?"),
        ("How do I increase my credit score quickly?", "How do I decrease my credit score quickly?"),
        # The stripper keys "unhealthy" as "unhealth" and "healthy" as itself: compared as families.
        ("Is coffee healthy?", "Is coffee unhealthy?"),
    ],
    "entity_swap": [
        ("What is the capital of Germany?", "What is the capital of Austria?"),
        ("How do I migrate from MySQL to Postgres?", "How do I migrate from Postgres to MySQL?"),
        ("Did Arsenal beat Chelsea last season?", "Did Chelsea beat Arsenal last season?"),
    ],
    "number_date": [
        ("What was the inflation rate in 2019?", "What was the inflation rate in 2021?"),
        ("How many calories are in 100 grams of rice?", "How many calories are in 200 grams of rice?"),
        ("How far is 10 km in miles?", "How far is 10 miles in km?"),
        ("Convert $50 to euros", "Convert $500 to euros"),
    ],
    "scope": [
        ("Do all mammals lay eggs?", "Do some mammals lay eggs?"),
        ("How much does the plan cost per month?", "How much does the plan cost per year?"),
        ("Does every employee get stock options?", "Does only the founder get stock options?"),
    ],
}


@pytest.mark.parametrize(("first", "second"), [p for ps in TRAPS.values() for p in ps])
def test_guards_reject_trap_at_any_cosine(first: str, second: str) -> None:
    # Even a perfect cosine must not let these through.
    verdict = Guards(GuardSettings()).check(extract(second), extract(first), 1.0, 0.9)
    assert not verdict.ok, verdict


async def test_traps_miss_through_the_cache(make_cache) -> None:
    async with make_cache() as (_, cache):
        for pairs in TRAPS.values():
            for first, second in pairs:
                await ask(cache, chat_call(first))
                call = chat_call(second)
                served = await ask(cache, call)
                assert served is None, (second, served, call.cache)


async def test_multi_turn_follow_up_does_not_cross_conversations(make_cache) -> None:
    conv_a = [
        {"role": "user", "content": "Tell me about the Eiffel Tower."},
        {"role": "assistant", "content": "It is in Paris."},
    ]
    conv_b = [
        {"role": "user", "content": "Tell me about the Statue of Liberty."},
        {"role": "assistant", "content": "It is in New York."},
    ]
    async with make_cache() as (_, cache):
        for follow_up in ("How tall is it?", "When was it built?", "Who designed it?"):
            await ask(cache, chat_call([*conv_a, {"role": "user", "content": follow_up}]))
            call = chat_call([*conv_b, {"role": "user", "content": follow_up}])
            assert await ask(cache, call) is None
            assert call.cache["phases"]["semantic"]["outcome"] == "miss"
        # The same conversation asking the same follow-up again is served.
        again = chat_call([*conv_a, {"role": "user", "content": "How tall is it?"}])
        assert await ask(cache, again) == "How tall is it?"


# Wordings the guards once refused although they ask the same: a number written as a word,
# "any" for "some", "the most" as a superlative. Their near misses must still be refused.
SAME_DESPITE_WORDING = [
    ("What are the top 10 videos on YouTube?", "What are the top ten videos on YouTube?"),
    ("Is a thousand dollars enough for a week in Lisbon?", "Is 1,000 dollars enough for a week in Lisbon?"),
    ("Is there any chess club in Lisbon?", "Are there some chess clubs in Lisbon?"),
    ("What are some of the most common interview mistakes?", "What are some common interview mistakes?"),
    # A name of several words ("Node.js", "C++", "Coca-Cola") was covered by neither side's words,
    # so the question was refused even against itself.
    ("How do I read a JSON file in Node.js?", "How do I read a JSON file in Node.js?"),
    ("How do I read a JSON file in Node.js?", "What is the way to read a JSON file in Node.js?"),
    ("Why is my C++ build so slow?", "Why is my C++ build so slow on Windows?"),
    ("Is Coca-Cola vegan?", "Is Coca-Cola suitable for vegans?"),
]
STILL_DIFFERENT = [
    ("What are the top 10 videos on YouTube?", "What are the top twenty videos on YouTube?"),
    ("How do I reverse a list in C++?", "How do I reverse a list in C#?"),
    ("How do I read a JSON file in Node.js?", "How do I read a JSON file in Deno?"),
    ("Can anyone become a citizen?", "Can everyone become a citizen?"),
    ("What do most people eat for breakfast?", "What do few people eat for breakfast?"),
]


@pytest.mark.parametrize(("first", "second"), SAME_DESPITE_WORDING)
def test_guards_let_the_same_question_reach_the_verifier(first: str, second: str) -> None:
    assert Guards(GuardSettings()).hard(extract(second), extract(first))


@pytest.mark.parametrize(("first", "second"), STILL_DIFFERENT)
def test_guards_still_refuse_the_near_misses(first: str, second: str) -> None:
    assert not Guards(GuardSettings()).hard(extract(second), extract(first))


def test_the_quick_numbers_rule_gives_the_full_checks_verdict() -> None:
    """``Guards.quick`` (numbers and units from the prompts' quantities alone, which lets a
    lookup skip parsing a candidate) refuses exactly the pairs the full check refuses on
    numbers, with the same verdict, and defers every other pair: on Quora pairs, the written
    paraphrase and trap pairs, and prompts whose only difference is a number."""
    from bastion.gateway.semcache.guards import quantities
    from bastion.gateway.semcache.train import qqp_rows

    from .pairs import HOLDOUT_PARAPHRASES, HOLDOUT_TRAPS, PARAPHRASES
    from .pairs import TRAPS as WRITTEN_TRAPS

    guards = Guards(GuardSettings())
    pairs = [(r["a"], r["b"]) for r in qqp_rows()[:1500]]
    pairs += PARAPHRASES + HOLDOUT_PARAPHRASES + HOLDOUT_TRAPS + [p for ps in WRITTEN_TRAPS.values() for p in ps]
    pairs += [(a, f"{a} (round 7)") for a, _ in pairs[:200]] + [
        (f"{a} (round 7)", f"{a} (round 8)") for a, _ in pairs[:200]
    ]
    refused = 0
    for a, b in pairs:
        full = guards.check(extract(a), extract(b), float("inf"), 0.0)
        quick = guards.quick(a, b, 0.0)
        if full.reason == "numbers":
            assert quick == full, (a, b)
            refused += 1
        else:
            assert quick is None, (a, b)
        assert (quantities(a).numbers, quantities(a).units) == (extract(a).numbers, extract(a).units)
    assert refused > 400
    # Numbers guard off: quick never refuses.
    off = Guards(GuardSettings(numbers=False))
    assert all(off.quick(a, b, 0.0) is None for a, b in pairs)


def test_remembered_token_quantities_give_every_prompt_the_same_quantities() -> None:
    """``quantities`` reads each token's part from a dict filled as tokens come: the same
    numbers and units as the rules applied to every token afresh, on every Quora question, the bench's
    numbered prompts and written ones with signs, units, number words and months (twice: the
    second pass reads remembered tokens)."""
    from bastion.gateway.semcache.train import qqp_rows

    texts = list(dict.fromkeys(t for r in qqp_rows() for t in (r["a"], r["b"])))
    texts += [f"{q} (round {i})" for i, q in enumerate(texts[:3000])]
    texts += [
        "$5 or €10 or £3, 50% off, 12.5% of 3,000 km in miles?",
        "ten miles vs 10 km; twenty-one kg; a dozen eggs in May or june 2024",
        "% $ € £ s ms kms 1st 2nd third hours hrs 3pm 7am",
    ]
    from bastion.gateway.semcache import guards

    cold = {}
    for text in texts:
        guards._TOKEN_QUANTITIES.clear()  # every token's part read by the rules
        cold[text] = quantities.__wrapped__(text)
    for text in texts + texts[:200]:
        assert quantities.__wrapped__(text) == cold[text], text


# "may" as the formal register's modal is no date for the number guard; as the month it still is
# (found by j119's register pairs: "whether a laptop may be carried" was refused as another month).
@pytest.mark.parametrize(
    "text",
    [
        "May I ask whether the shop is open?",
        "I would like to know whether a laptop may be carried in hand luggage.",
        "Could you clarify whether an item may be returned without a receipt?",
    ],
)
def test_modal_may_is_no_date(text: str) -> None:
    assert quantities(text).numbers == ()


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("What is the weather like in May?", ("may",)),
        ("Is the bank open on 5 May?", ("5.0", "may")),
        ("Is the bank open on May 5th?", ("#5", "may")),
        ("Which flowers bloom in April or May?", ("apr", "may")),
    ],
)
def test_month_may_is_still_a_date(text: str, month: tuple[str, ...]) -> None:
    assert quantities(text).numbers == month


def test_month_traps_still_refused() -> None:
    guards = Guards(GuardSettings())
    a, b = "Is it warm in Spain in May?", "Is it warm in Spain in June?"
    verdict = guards.quick(b, a, 0.0) or guards.check(extract(b), extract(a), float("inf"), 0.0)
    assert not verdict.ok
    assert verdict.reason == "numbers"

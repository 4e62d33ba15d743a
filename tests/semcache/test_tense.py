"""The tense and modal guards (issue #13, j83): a question's own auxiliary in another tense
("Who is ..." / "Who was ...") or an opening modal of another kind ("Should I ..." / "Can I ...")
before the same word is another question; a reworded question that changes the auxiliary (or
whose auxiliary sits in a clause) is not refused by them."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.settings import GuardSettings

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

GUARDS = Guards(GuardSettings())


@pytest.mark.parametrize(
    ("cached", "asked", "reason"),
    [
        ("Who is the CEO of Twitter?", "who was the ceo of twitter", "tense"),
        ("How long do I boil an egg?", "how long did i boil the egg", "tense"),
        ("How many moons does Mars have?", "how many moons did mars have?", "tense"),
        ("Does it rain a lot in Seattle?", "will it rain a lot in seattle?", "tense"),
        ("Is the museum open on Monday?", "was the museum open on monday?", "tense"),
        ("Should I water succulents every day?", "can i water succulents every day?", "modal"),
        ("Must I declare cash at customs?", "can i declare cash at customs?", "modal"),
    ],
)
def test_another_tense_or_modal_is_refused(cached: str, asked: str, reason: str) -> None:
    verdict = GUARDS.check(extract(asked), extract(cached), float("inf"), 0.0)
    assert (verdict.ok, verdict.reason) == (False, reason)


@pytest.mark.parametrize(
    ("cached", "asked"),
    [
        # Another auxiliary of no tense, or none on one side.
        ("How do I reset my router?", "how can i reset my router"),
        ("Who invented the telephone?", "who was the inventor of the telephone?"),
        ("When did World War 2 end?", "when was the end of world war 2?"),
        # A present perfect against a past: "has" marks no tense here.
        ("Has the Mona Lisa ever been stolen?", "was the mona lisa ever stolen?"),
        # Another word after the auxiliary: a rewording (Quora's duplicates).
        ("What's your best memory in your childhood?", "What was the best memory of your childhood?"),
        # An auxiliary in a clause, not the question's own.
        ("How do I know if my wife is cheating?", "how do i know if my wife was cheating"),
        # "What should I do to ..." / "How can I ...": a modal not opening the question.
        ("What should I do to improve my English?", "How can I improve my English?"),
    ],
)
def test_a_reworded_auxiliary_is_not_refused(cached: str, asked: str) -> None:
    assert GUARDS.hard(extract(asked), extract(cached))


def test_the_switch_turns_both_guards_off() -> None:
    off = Guards(GuardSettings(tense=False))
    assert off.hard(extract("who was the ceo of twitter"), extract("Who is the CEO of Twitter?"))
    assert off.hard(extract("can i tip my hairdresser?"), extract("Should I tip my hairdresser?"))


async def test_the_cache_serves_a_modal_paraphrase_and_not_another_tense(make_cache) -> None:
    """Through a real cache (its semantic phase served both traps before the guard)."""
    async with make_cache({"second_stage": {"timeout_s": 60.0}}) as (_, cache):
        egg = "How long do I boil an egg?"
        await ask(cache, chat_call(egg))
        grapes = "Should dogs eat grapes?"
        await ask(cache, chat_call(grapes))
        router = "How do I reset my router?"
        await ask(cache, chat_call(router))
        assert await ask(cache, chat_call("how long did i boil the egg")) is None
        assert await ask(cache, chat_call("can dogs eat grapes?")) is None
        assert await ask(cache, chat_call("how can i reset my router")) == router

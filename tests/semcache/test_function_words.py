"""Articles and present-tense auxiliaries in the normalised phase (issue #13, j82): a question
with "a"/"the" or "is"/"are"/"do"/"does" left out matches the cached question exactly, while
tense, modals, negation, a letter ("vitamin a") and a pronoun's word order still tell questions
apart.

Each pair: (the question as cached, as asked). Pairs written for these tests, not from any
evaluation set."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.normalise import canonical_question

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

SAME = [
    ("How many calories are in a banana?", "how many calories in a banana"),
    ("Does vitamin C help with colds?", "vitamin c help with colds?"),
    ("Who is the CEO of Microsoft?", "who is ceo of microsoft"),
    ("How do I tie a tie?", "how do i tie tie"),
    ("What does a cardiologist do?", "what a cardiologist do?"),
    ("Are eggs good for you?", "is eggs good for you?"),
]

DIFFERENT = [
    # Tense.
    ("Who is the CEO of Microsoft?", "who was the ceo of microsoft"),
    ("What does the Bible say about divorce?", "what did the bible say about divorce"),
    ("Do plants need sunlight?", "will plants need sunlight?"),
    # A modal.
    ("Do cats need baths?", "can cats need baths?"),
    # Negation ("isn't" folds to "is not": the "not" stays).
    ("Is coffee bad for you?", "isn't coffee bad for you?"),
    ("Why do cats purr?", "why don't cats purr?"),
    # A letter, not an article.
    ("What is vitamin A good for?", "what is vitamin good for?"),
    ("What is grade A beef?", "what is grade beef?"),
    # Word order next to a pronoun: a question against a statement.
    ("Is it raining in London?", "it is raining in London"),
    ("Is there a fee for the museum?", "there is a fee for the museum"),
    # A number.
    ("How do I sharpen a knife?", "how do i sharpen two knives"),
]


@pytest.mark.parametrize(("cached", "asked"), SAME)
def test_dropped_function_words_share_a_canonical_form(cached: str, asked: str) -> None:
    assert canonical_question(cached) == canonical_question(asked)


@pytest.mark.parametrize(("cached", "asked"), DIFFERENT)
def test_meaningful_small_words_keep_questions_apart(cached: str, asked: str) -> None:
    assert canonical_question(cached) != canonical_question(asked)


@pytest.mark.parametrize("text", [t for pair in SAME + DIFFERENT for t in pair])
def test_the_canonical_form_is_a_fixed_point(text: str) -> None:
    """Canonicalising twice changes nothing: a key built by an older release from a text that is
    already in the new canonical form means what the new key means (an upgrade is only colder)."""
    once = canonical_question(text)
    assert canonical_question(once) == once


async def test_the_normalised_phase_serves_a_dropped_auxiliary(make_cache) -> None:
    """The real cache with the semantic phase off: only the normalised phase can serve."""
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("How many calories are in a banana?"))
        call = chat_call("how many calories in a banana")
        assert await ask(cache, call) == "How many calories are in a banana?"
        assert call.cache["phase"] == "normalised"
        # Another tense is another question: a miss, stored on its own.
        past = chat_call("How many calories were in a banana?")
        assert await ask(cache, past) is None
        # The exact phase still keys on the prompt as written.
        again = chat_call("How many calories are in a banana?")
        assert await ask(cache, again) == "How many calories are in a banana?"
        assert again.cache["phase"] == "exact"

"""Short chat prompts, a third round (issue #13, j120): chat abbreviations of one reading ("pw",
"acct", "appt", "msg", "pics", "shd", "hrs", "rn"), question words typed without the apostrophe
("whats", "wheres", "whos"), "how 2 <verb>" and a how-to query with its question word last
("return an item how"), read before the normalised and semantic phases
(``normalise.read_casual`` / ``read_keywords``, inside ``strip_wrapper``).

Each pair: (the question as cached, as asked). Pairs written for these tests, not from any
evaluation set (``scripts/semcache_pairs_short2.py`` is measured, not tested here)."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.normalise import canonical_question, read_casual, read_keywords, strip_wrapper

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

#: Read to the cached question's canonical form (the normalised phase serves them).
SAME = [
    ("How do I change my password?", "how do i change my pw"),
    ("How do I close my account?", "how do i close my acct"),
    ("How do I cancel my appointment?", "how do i cancel my appt"),
    ("How do I pin a message?", "how do i pin a msg"),
    ("How do I print my pictures?", "how do i print my pics"),
    ("How often should I water a cactus?", "how often shd i water a cactus"),
    ("How many hours should a toddler nap?", "how many hrs shd a toddler nap"),
    ("Where is my parcel?", "wheres my parcel"),
    ("Who is the author of Dracula?", "whos the author of dracula"),
    ("How do I submit my timesheet?", "how 2 submit my timesheet"),
    ("How do I fix a leaking tap?", "how 2 fix a leaking tap"),
    ("How do I renew my passport?", "renew my passport how"),
    ("How do I unlock my phone?", "unlock my phone how"),
]

#: Kept apart: the same shapes one fact away, and a number the reading must keep.
DIFFERENT = [
    ("How do I change my password?", "how do i change my pin"),
    ("How do I cancel my appointment?", "how do i move my appt"),
    ("Where is my parcel?", "wheres my refund"),
    ("How do I renew my passport?", "renew my licence how"),
    ("How do I share a flat?", "how 2 people share a flat"),
    ("What is the wifi password?", "whats the router pw"),
]


@pytest.mark.parametrize(("cached", "asked"), SAME)
def test_short_chat_forms_read_as_the_question(cached: str, asked: str) -> None:
    assert canonical_question(strip_wrapper(asked)) == canonical_question(strip_wrapper(cached))


@pytest.mark.parametrize(("cached", "asked"), DIFFERENT)
def test_a_changed_fact_keeps_short_chat_questions_apart(cached: str, asked: str) -> None:
    assert canonical_question(strip_wrapper(asked)) != canonical_question(strip_wrapper(cached))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("reset my pw?", "reset my password?"),
        ("how many hrs of sleep", "how many hours of sleep"),
        ("is it raining rn", "is it raining right now"),
        ("how 2 bleed a radiator", "how to bleed a radiator"),
    ],
)
def test_read_casual_reads_the_abbreviation(text: str, read: str) -> None:
    assert read_casual(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "How many hours is 24 hrs?",  # a unit after a number is the numbers guard's
        "how 2 people share a flat",  # "2" before a noun is a number
        "What does PW stand for?",  # upper case: a name, not the abbreviation
        "Is the RN program hard?",
    ],
)
def test_read_casual_leaves_numbers_and_names_alone(text: str) -> None:
    assert read_casual(text) == text


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("return an item how", "How do I return an item?"),
        ("check tyre pressure how", "How do I check tyre pressure?"),
    ],
)
def test_read_keywords_reads_a_trailing_how(query: str, read: str) -> None:
    assert read_keywords(query) == read


@pytest.mark.parametrize(
    "text",
    [
        "whats the wifi password",  # a question typed without its apostrophe, no thing named
        "wheres my order",
        "marathon how long",  # no how-to verb first: left to the models
        "convert 10 km how",  # a number: the result is asked, not how
    ],
)
def test_read_keywords_leaves_questions_and_other_shapes_alone(text: str) -> None:
    assert read_keywords(text) == text


async def test_the_normalised_phase_serves_an_abbreviated_prompt(make_cache) -> None:
    """The real cache with the semantic phase off: only the normalised phase can serve."""
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("How do I reset my password?"))
        call = chat_call("how do i reset my pw")
        assert await ask(cache, call) == "How do I reset my password?"
        assert call.cache["phase"] == "normalised"
        assert await ask(cache, chat_call("how do i reset my pin")) is None
        await ask(cache, chat_call("How do I return an item?"))
        assert await ask(cache, chat_call("return an item how")) == "How do I return an item?"
        assert await ask(cache, chat_call("exchange an item how")) is None

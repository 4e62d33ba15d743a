"""The casual and short register (issue #13, j87): texting shorthand, hedges and closing chatter
read plainly (``normalise.read_casual``, inside ``read_chat``), and a lower-case keyword query
read as the question it stands for (``normalise.read_keywords``, inside ``strip_wrapper``).

Each pair: (the question as cached, as asked). Pairs written for these tests, not from any
evaluation set."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.normalise import canonical_question, read_casual, read_keywords, strip_wrapper

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

#: Read to the cached question's canonical form (the normalised phase serves them).
SAME = [
    ("Why is the sky blue?", "y is the sky blue"),
    ("Why do people snore?", "y do ppl snore"),
    ("How do I boil an egg?", "how do i like basically boil an egg"),
    ("How do I unclog a drain?", "how do i just unclog a drain"),
    ("How long should I rest after a workout?", "honestly how long should i rest after a workout"),
    ("Is it worth learning Rust?", "tbh is it worth learning rust"),
    ("Is it going to rain in London tomorrow?", "is it gonna rain in london tmrw"),
    ("Do I need a visa to visit Canada?", "so i was just wondering do i need a visa to visit canada"),
    ("How do I freeze fresh bread?", "trying to work out how to freeze fresh bread"),
    ("How do I make a budget?", "dunno how to make a budget"),
    ("How do I fix a squeaky door?", "does any1 know how to fix a squeaky door"),
    ("How do I make pancakes?", "how do i make pancakes?? \U0001f95e"),
    ("How do I make my code run faster?", "how do i make my code run faster lol \U0001f605"),
    ("How do I undo my last git commit?", "how do i undo my last git commit tbh idk"),
    ("How do I get a refund for my flight?", "how do i get a refund for my flight, gotta know asap"),
    ("Do I have to pay tax on savings interest?", "do i gotta pay tax on savings interest"),
    ("How do I learn guitar?", "wanna learn guitar, how do i start"),
    ("How do I check the Python version?", "check python version"),
    ("How do I reverse a list in Python?", "python reverse a list"),
    ("How many ounces are in a cup?", "ounces in a cup"),
    ("What are the flu symptoms?", "flu symptoms"),
    ("Are raw eggs safe?", "raw eggs safe?"),
    ("Is coffee bad for you?", "coffee bad for u?"),
]

#: Kept apart: the casual frame around another object or verb, a keyword query one word away,
#: "u" against "i" where the subject is the question, and words the reading must leave alone.
DIFFERENT = [
    ("Why is the sky blue?", "y is the sea blue"),
    ("How do I boil an egg?", "how do i like basically poach an egg"),
    ("How do I cancel my subscription?", "how do i pause my subscription pls"),
    ("What do I do for a living?", "what do u do for a living"),
    ("How old am I?", "how old r u"),
    ("How do I reverse a list in Python?", "python shuffle list"),
    ("How do I delete a branch in git?", "git rename branch"),
    ("How much is 100 dollars in euros?", "200 dollars in euros"),
    ("How many ounces are in a cup?", "ounces in a pint"),
    ("Should I stretch before running?", "should i stretch after running"),
    ("What does it look like?", "what does it look"),
]


@pytest.mark.parametrize(("cached", "asked"), SAME)
def test_casual_and_keyword_forms_read_as_the_question(cached: str, asked: str) -> None:
    assert canonical_question(strip_wrapper(asked)) == canonical_question(strip_wrapper(cached))


@pytest.mark.parametrize(("cached", "asked"), DIFFERENT)
def test_a_changed_word_keeps_casual_questions_apart(cached: str, asked: str) -> None:
    assert canonical_question(strip_wrapper(asked)) != canonical_question(strip_wrapper(cached))


@pytest.mark.parametrize(
    "text",
    [
        # Names, letters, units and years the shorthand list must not read.
        "Y is a variable in this equation",
        "What is 500 bc in the Roman calendar?",
        "Weather in Vancouver bc next week",
        "What is cos x equal to?",
        "How big is 1 ha in acres?",
        "How do you say hello in fr?",
        "Who voiced Uncle Ty?",
        # "like" as a verb or a comparison stays, and the word asked about stays.
        "What does a black hole look like?",
        "Do you like cats?",
        "Can a laptop tune into FM radio, like a lot of phones?",
        "What does literally mean?",
        "Is the word basically overused?",
        # Formal and already plain questions.
        "How do I reset my router password?",
        "I was wondering if you could help me with my order.",
    ],
)
def test_read_casual_leaves_other_text_alone(text: str) -> None:
    assert read_casual(text) == text


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("reset router password", "How do I reset router password?"),
        ("python reverse list", "How do I reverse list in python?"),
        ("ounces in a cup", "How many ounces are in a cup?"),
        ("100 dollars in euros", "How much is 100 dollars in euros?"),
        ("uk minimum wage", "What is the uk minimum wage?"),
        ("flu symptoms", "What are the flu symptoms?"),
        ("boil egg time", "What is the boil egg time?"),
        ("raw eggs safe?", "Are raw eggs safe?"),
        ("coffee bad for u?", "Is coffee bad for you?"),
        # Case-blind, and a closing mark is no part of it: the normalised phase folds both.
        ("Python reverse list", "How do I reverse list in python?"),
        ("canada population?", "What is the canada population?"),
        ("Redis question!", "What is the redis question?"),
    ],
)
def test_read_keywords_reads_the_question(query: str, read: str) -> None:
    assert read_keywords(query) == read


@pytest.mark.parametrize(
    "text",
    [
        "cats need baths?",  # a telegraphic statement asked, not a thing named
        "celsius to fahrenheit",  # a conversion, not a thing named
        "hello there",
        "thanks a lot",
        "good morning",
        "how do i reverse a list",
        "one",
        "what is the tax return deadline for people who file late in the uk",
    ],
)
def test_read_keywords_leaves_other_text_alone(text: str) -> None:
    assert read_keywords(text) == text


async def test_the_normalised_phase_serves_a_texting_paraphrase(make_cache) -> None:
    """The real cache with the semantic phase off: only the normalised phase can serve."""
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("Why do people snore?"))
        call = chat_call("y do ppl snore lol")
        assert await ask(cache, call) == "Why do people snore?"
        assert call.cache["phase"] == "normalised"
        # Another verb in the same frame is another question: a miss.
        assert await ask(cache, chat_call("y do ppl sneeze lol")) is None
        await ask(cache, chat_call("How many ounces are in a cup?"))
        short = chat_call("ounces in a cup")
        assert await ask(cache, short) == "How many ounces are in a cup?"
        assert await ask(cache, chat_call("ounces in a pint")) is None

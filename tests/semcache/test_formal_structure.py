"""Formal-register structure (issue #13, j76): a question worded as a formal noun phrase around
the plain one ("What is the procedure for obtaining a passport?", "Kindly provide instructions for
resetting my password", "What is the process for the renewal of my passport?") is read as the
plain question inside ``normalise.strip_wrapper`` (so the prompt key of ``keys.request_keys``,
the normalised and semantic phases); a frame with content of its own is read as the plain
question that keeps it ("requirements" -> "What do I need to", "permissible" -> "Am I allowed
to"), and a request to act or a noun phrase that is no action stays whole."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.normalise import canonical_question, strip_wrapper

from .conftest import ask, chat_call

READ = [
    ("What is the procedure for obtaining a passport?", "How do I obtain a passport?"),
    ("What is the correct procedure for reporting a lost bank card?", "How do I report a lost bank card?"),
    ("What steps are required to register a business?", "How do I register a business?"),
    ("What is the procedure to change my address?", "How do I change my address?"),
    ("What is the process of applying for a visa?", "How do I apply for a visa?"),
    ("Kindly provide instructions for resetting my password.", "How do I reset my password."),
    ("Please provide instructions on how to install the printer driver.", "How do I install the printer driver."),
    ("I would like to enquire as to how I can close my account.", "How do I close my account."),
    ("How may I cancel my booking?", "How do I cancel my booking?"),
    ("By what means can I request a refund?", "How do I request a refund?"),
    ("What is the procedure for the renewal of my passport?", "How do I renew my passport?"),
    ("Kindly advise on the procedure for the registration of a vehicle.", "How do I register a vehicle."),
    ("What is the process for cancelling my subscription?", "How do I cancel my subscription?"),
    ("What is the recommended approach to learning a language?", "What is the best way to learn a language?"),
    (
        "What would be the most appropriate method of cleaning a leather sofa?",
        "What is the best way to clean a leather sofa?",
    ),
    ("Is it permissible to bring food on a plane?", "Am I allowed to bring food on a plane?"),
    ("Is one permitted to park on the pavement?", "Am I allowed to park on the pavement?"),
    ("What are the requirements for renting a flat?", "What do I need to rent a flat?"),
    ("What is required to open a bank account?", "What do I need to open a bank account?"),
    # Second batch.
    ("I am writing to enquire how I can change my tariff.", "How do I change my tariff."),
    ("I wish to know how to transfer my licence.", "How do I transfer my licence."),
    ("What measures should be taken to secure my home network?", "How do I secure my home network?"),
    ("What are the necessary steps to register to vote?", "How do I register to vote?"),
    ("What course of action should I take to obtain a mortgage?", "How do I obtain a mortgage?"),
    ("To make a roux, what steps do I follow?", "How do I make a roux?"),
    ("What steps do I follow to make a roux?", "How do I make a roux?"),
    ("What is the most efficient means of learning to code?", "What is the best way to learn to code?"),
    ("What would be the optimal way to invest savings?", "What is the best way to invest savings?"),
    ("Would I be permitted to bring a guest?", "Am I allowed to bring a guest?"),
    ("Would it be permissible to pay in instalments?", "Am I allowed to pay in instalments?"),
]

KEPT = [
    # No action after the frame: a noun phrase, or a nominalisation not on the list.
    "What is the process of photosynthesis?",
    "What is the procedure for a passport?",
    "What is the process for the approval of a loan?",
    "What are the requirements for a visa?",
    "What is the recommended dose of ibuprofen?",
    # A request to act or for the thing itself.
    "I would like to cancel my subscription.",
    "Kindly provide a copy of my invoice.",
    # A frame of its own content.
    "Is it advisable to work while on a student visa?",
    "What is the fee for the cancellation of my subscription?",
    "Would I be required to work from home?",
    "Am I obliged to take annual leave during my notice period?",
    "I am writing to request a change to my tariff.",
    "To be honest, what steps do I take?",
]


@pytest.mark.parametrize(("text", "question"), READ)
def test_a_formal_structure_is_read_as_the_plain_question(text: str, question: str) -> None:
    assert strip_wrapper(text) == question


@pytest.mark.parametrize("text", KEPT)
def test_a_formal_phrase_that_is_no_frame_stays(text: str) -> None:
    assert strip_wrapper(text) == text


def test_requirements_are_not_the_procedure() -> None:
    need = canonical_question(strip_wrapper("What are the requirements for renting a flat?"))
    how = canonical_question(strip_wrapper("How do I rent a flat?"))
    assert need != how


@pytest.mark.anyio
async def test_formal_structures_are_served_and_other_verbs_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        passport = "How do I renew my passport?"
        await ask(cache, chat_call(passport))
        flat = "What do I need to rent a flat?"
        await ask(cache, chat_call(flat))
        cancel = "How do I cancel my subscription?"
        await ask(cache, chat_call(cancel))
        assert await ask(cache, chat_call("What is the procedure for the renewal of my passport?")) == passport
        assert await ask(cache, chat_call("What is the process for renewing my passport?")) == passport
        assert await ask(cache, chat_call("What are the requirements for renting a flat?")) == flat
        assert await ask(cache, chat_call("What is the procedure for the cancellation of my passport?")) is None
        assert await ask(cache, chat_call("What are the requirements to buy a flat?")) is None
        assert await ask(cache, chat_call("How do I rent a flat?")) is None
        assert await ask(cache, chat_call("I would like to cancel my subscription.")) is None

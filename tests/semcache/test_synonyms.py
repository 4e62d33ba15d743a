"""The synonym reading (issue #13, j70): the semantic phase's encoders (the cache encoder, the
MiniLM stage and its pre-encoder) read a prompt with each word of a hand-written synonym group
written as the group's key and a few phrasal verbs as the word they mean ("How can I repair my
automobile?" -> "How can I fix my car?", "get rid of" -> "remove"), so a question reworded with
other words of the same meaning encodes as the same question. The guards still compare the
words as asked; co-hyponyms and antonyms are in no group, so "rent" / "buy", "install" /
"uninstall", "increase" / "decrease" stay apart."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.keys import request_keys
from bastion.gateway.semcache.lexicon import _SYNONYM_GROUPS, READABLE, READING_VERSION, read_synonyms, read_word
from bastion.gateway.semcache.transform import CacheTransform, shared_cache_encoder

from .conftest import ask, chat_call

READ = [
    ("How can I repair my automobile?", "How can I fix my car?"),
    ("Repairing automobiles", "fixing cars"),
    ("I purchased a car", "I bought a car"),
    ("What is the quickest way to learn Spanish?", "What is the fast way to learn Spanish?"),
    ("How do I get rid of fruit flies?", "How do I remove fruit flies?"),
    ("How do I turn off notifications?", "How do I disable notifications?"),
    ("Should I put off my exam?", "Should I postpone my exam?"),
    ("How can I raise my credit score?", "How can I increase my credit score?"),
    ("Is it difficult to learn Japanese?", "Is it hard to learn Japanese?"),
]

LEFT_ALONE = [
    # A capital inside the text is a name.
    "Where is Mobile on the map?",
    "Is Swift Quick to learn?",
    # "better" is a comparative, not "improve".
    "Is Python better than Java?",
    # Words that only look like a group word's stem: "sit" (site), "scars" (scare), "quite" (quit),
    # "hug" (huge).
    "How do I teach my puppy to sit?",
    "How can I fade acne scars?",
    "Is it quite safe to hug a dog?",
    # Co-hyponyms and antonyms are in no group.
    "Should I rent or lease a flat?",
    "How do I install or uninstall Node?",
]


@pytest.mark.parametrize("text,reading", READ)
def test_synonyms_and_phrasal_verbs_are_read_as_the_group_key(text: str, reading: str) -> None:
    assert read_synonyms(text) == reading


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_names_comparatives_lookalikes_and_near_misses_are_left_as_asked(text: str) -> None:
    reading = read_synonyms(text)
    if text == "How do I install or uninstall Node?":
        # "uninstall" is a way to remove; "install" is in no group: the two stay apart.
        assert reading == "How do I install or remove Node?"
    else:
        assert reading == text


def test_every_word_of_a_group_reads_as_its_key() -> None:
    for group in _SYNONYM_GROUPS:
        words = group.split()
        assert {read_word(w) for w in words} == {words[0]}, group
    # The table holds only forms the reading changes, each read once more to itself.
    assert all(form != to and read_synonyms(to) == to for form, to in READABLE.items() if " " not in to)


def test_the_vectors_are_named_by_the_reading_and_the_exact_key_is_the_prompt_as_sent() -> None:
    """Vectors made under another reading (an older release's raw prompts) mean something else:
    the collection's version names the transform and the reading; the exact and normalised keys
    are the request as sent."""
    encoder = shared_cache_encoder()
    assert len(encoder.version) == 12 and int(encoder.version, 16) >= 0
    assert encoder.version != CacheTransform.load().version and len(READING_VERSION) == 12
    asked = request_keys({"model": "m", "messages": [{"role": "user", "content": "How can I repair my automobile?"}]})
    fixed = request_keys({"model": "m", "messages": [{"role": "user", "content": "How can I fix my car?"}]})
    assert asked.exact != fixed.exact and asked.prompt == "How can I repair my automobile?"


@pytest.mark.anyio
async def test_reworded_questions_are_served_and_near_misses_are_not(make_cache) -> None:
    """Through a real cache: rewordings the verifier and MiniLM refused before the reading (a
    synonym, a phrasal verb) are served; a co-hyponym or an antonym in their place is not."""
    async with make_cache({"second_stage": {"timeout_s": 60.0}}) as (_, cache):
        car = "How often should I service my car?"
        await ask(cache, chat_call(car))
        account = "How do I delete my Facebook account?"
        await ask(cache, chat_call(account))
        credit = "How can I increase my credit score?"
        await ask(cache, chat_call(credit))
        flies = "How do I get rid of fruit flies?"
        await ask(cache, chat_call(flies))
        assert await ask(cache, chat_call("How often should I service my automobile?")) == car
        assert await ask(cache, chat_call("How do I remove my Facebook account?")) == account
        assert await ask(cache, chat_call("How can I raise my credit score?")) == credit
        assert await ask(cache, chat_call("How do I eliminate fruit flies?")) == flies
        assert await ask(cache, chat_call("How often should I service my bike?")) is None
        assert await ask(cache, chat_call("How do I deactivate my Facebook account?")) is None
        assert await ask(cache, chat_call("How can I decrease my credit score?")) is None
        assert await ask(cache, chat_call("How do I attract fruit flies?")) is None

"""Typos and the guards' false vetoes (issue #13): reworded questions that mean the same pass
the guards (units said in another order, "python3" / "Python 3", "1st" / "first", an adverbial
"first", "every single day", a fronted phrase, contractions typed without apostrophes) and their
near misses are still refused; a misspelt prompt is corrected towards the cache's stored words
and served, a misspelt near miss is not."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract, quantities
from bastion.gateway.semcache.normalise import fold
from bastion.gateway.semcache.settings import GuardSettings
from bastion.gateway.semcache.spelling import Vocabulary, correct, english_words
from bastion.gateway.semcache.transform import shared_cache_encoder

from .conftest import ask, chat_call

SAME = [
    # units in another order, or spelt out
    ("How many kilometres are in 5 miles?", "What is 5 miles in kilometres?"),
    ("Convert 20 pounds to kilograms.", "How many kilograms is 20 pounds?"),
    ("How many cm in 6 feet?", "How many centimetres are in 6 ft?"),
    ("What is 15 percent of 80?", "What is 15% of 80?"),
    ("How much is 100 dollars in euros?", "Convert $100 to euros"),
    ("How much is 20 pounds sterling in dollars?", "Convert 20 GBP to dollars"),
    ("Can I retire at 59 and a half?", "Can I retire at 59.5?"),
    # versions
    ("How do I install python3 on Ubuntu?", "How do I install Python 3 on Ubuntu?"),
    ("How do I migrate from Vue 2 to Vue 3?", "How do I migrate from Vue2 to Vue3?"),
    ("How do I install Node 20?", "How do I install Node v20?"),
    # ordinals
    ("What happens in the 1st trimester?", "What happens in the first trimester?"),
    ("Should I pay off debt first or invest?", "Should I pay off debt before investing?"),
    ("What should I do first after a car accident?", "What should I do after a car accident?"),
    # scope intensifiers
    ("Is it bad to drink coffee every day?", "Is it bad to drink coffee every single day?"),
    ("Should I run every day?", "Should I run each and every day?"),
    # a fronted phrase
    ("Is it legal to drive with headphones in France?", "In France, is driving with headphones legal?"),
    ("Can a cat eat chicken bones?", "Chicken bones: can a cat eat them?"),
    # contractions without apostrophes
    ("Why won't my car start?", "why wont my car start"),
    ("Why doesn't my bread rise?", "why doesnt my bread rise"),
]

DIFFERENT = [
    ("How many kilometres are in 5 miles?", "How many miles are in 5 kilometres?"),
    ("What is 10 miles in km?", "What is 10 km in miles?"),
    ("Convert km to miles", "Convert miles to km"),
    ("What is 15 percent of 80?", "What is 80 percent of 15?"),
    ("How much is 100 dollars in euros?", "How much is 100 euros in dollars?"),
    ("Can I retire at 59 and a half?", "Can I retire at 59?"),
    ("How do I install python3 on Ubuntu?", "How do I install python2 on Ubuntu?"),
    ("What is new in Python 3.12?", "What is new in Python 3.11?"),
    ("How do I migrate from Vue 2 to Vue 3?", "How do I migrate from Vue 3 to Vue 2?"),
    ("Is 5 more than 3?", "Is 3 more than 5?"),
    ("What happens in the 1st trimester?", "What happens in the 2nd trimester?"),
    ("Who was the first president of the United States?", "Who was the second president of the United States?"),
    ("How do I write my first Python program?", "How do I write one Python program?"),
    ("When was the first iPhone released?", "When was the latest iPhone released?"),
    ("Is it bad to drink coffee every day?", "Is it bad to drink coffee every other day?"),
    ("How do I convert Celsius to Fahrenheit?", "From Fahrenheit to Celsius, how do I convert?"),
    ("Can a dog catch a cold from a human?", "From a dog, can a human catch a cold?"),
    ("Why won't my car start?", "why will my car start"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_the_same_question_reworded_passes_the_guards(first: str, second: str) -> None:
    assert Guards(GuardSettings()).hard(extract(second), extract(first))


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_the_near_misses_are_still_refused(first: str, second: str) -> None:
    guards = Guards(GuardSettings())
    assert not guards.hard(extract(second), extract(first))
    assert not guards.hard(extract(first), extract(second))


def test_quantities_keep_a_unit_with_its_number() -> None:
    assert quantities("How many km in 5 miles?") == quantities("5 miles in km")
    assert quantities("How many km in 5 miles?").units == ("5.0=mi", "km")
    assert quantities("the 1st of May").numbers == quantities("the first of may").numbers


def test_apostrophe_less_contractions_fold_like_contractions() -> None:
    assert fold("whats the capital, i dont know") == fold("what's the capital, i don't know")
    # Words that are also ordinary words stay.
    assert fold("its well were") == "its well were"


def _known(word: str) -> int | None:
    encoder = shared_cache_encoder()
    encoder.load()
    return encoder.static.word_id(word)


def test_typos_are_corrected_towards_stored_words() -> None:
    words = frozenset("how many calories are in an apple do i reverse a string python boil egg".split())
    assert correct("how many calroies are in an aple", words, _known) == "how many calories are in an apple"
    assert correct("how do i revrse a strng in pyhton", words, _known) == "how do i reverse a string in python"
    assert correct("howdo i bol an egg", words, _known) == "how do i bol an egg"  # "bol": three letters
    assert correct("dont", words, _known) == "don't"
    # A word the encoder knows is never changed ("apply" is one edit from "apple").
    assert correct("how do i apply", words, _known) == "how do i apply"


def test_short_unknown_names_are_not_taken_for_each_other() -> None:
    """Two words the encoder does not know, one letter apart, are often two names."""
    words = frozenset({"scipy", "vue", "eslint", "install"})
    assert correct("install scapy", words, _known) == "install scapy"
    assert correct("install vuex", words, _known) == "install vuex"
    assert correct("install tslint", words, _known) == "install tslint"


def test_a_typists_slip_is_corrected_past_the_stem_and_length_limits() -> None:
    """Swapped letters and a doubled or undoubled letter are corrected even where a word's stem
    is known ("programing" -> "program", "braed" -> "bra", "fastre" -> "faster") or both words
    are short and unknown to the encoder ("ruoter" / "router"); other edits there are not."""
    words = frozenset("how do i make bread learn programming reset my router fall asleep faster".split())
    assert correct("learn programing", words, _known) == "learn programming"
    assert correct("make braed", words, _known) == "make bread"
    assert correct("fall asleep fastre", words, _known) == "fall asleep faster"
    assert correct("reset my ruoter", words, _known) == "reset my router"
    # Not a slip (a letter dropped that had no twin, or replaced): short unknown words stay.
    assert correct("reset my ruter", words, _known) == "reset my ruter"
    assert correct("reset my rauter", words, _known) == "reset my rauter"


def test_real_words_and_names_are_not_taken_for_typos() -> None:
    """Many real words are not whole words of the encoder's vocabulary: a short word one letter
    replaced from a stored one, another first letter, an inflection of a known word, a name, a
    compound that is not a function word run into the next are left as they are."""
    words = frozenset("is the party over solar panel diet dory up dating play list how do".split())
    for text in ("is the panty over", "molar panel", "the diets", "is Dory up", "updating playlist"):
        assert correct(text, words, _known) == text
    assert correct("howdo i", words, _known) == "how do i"


def test_common_english_words_the_encoder_lacks_are_not_typos() -> None:
    """Real words the encoder has no whole token for, one edit from a stored word ("bandana" /
    "banana", "vocation" / "vacation"), are other questions; typos of the same stored words,
    and common misspellings that English frequency lists carry at low counts, are corrected."""
    words = frozenset("how many calories in a banana beach vacation solar lager learn programming receive".split())
    for text in ("calories in a bandana", "beach vocation", "a molar", "a larger", "a lagger"):
        assert correct(text, words, _known) == (text if text != "a lagger" else "a lager")
    assert correct("calroies in a bananna", words, _known) == "calories in a banana"
    assert correct("beach vacaton", words, _known) == "beach vacation"
    assert correct("learn programing", words, _known) == "learn programming"  # 145 uses: under the bar
    assert {"bandana", "vocation", "molar", "lager"} <= english_words()
    assert not {"calroies", "bananna", "recieve", "begginer", "programing", "ruoter", "fastre"} & english_words()


def test_the_vocabulary_is_per_namespace_and_bounded() -> None:
    v = Vocabulary(max_words=8)
    v.add("a", "How many calories are in an apple?")
    assert v.correct("a", "how many calroies", _known) == "how many calories"
    assert v.correct("b", "how many calroies", _known) == "how many calroies"
    v.add("a", "Something else entirely, with many more words")  # past the bound: not learnt
    assert "entirely" not in v.words("a") and len(v) == 7


@pytest.mark.anyio
async def test_a_misspelt_prompt_is_served_and_a_misspelt_near_miss_is_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        stored = "How do I sort a dictionary by value in Python?"
        await ask(cache, chat_call(stored))
        other = "What is the boiling point of water?"
        await ask(cache, chat_call(other))
        call = chat_call("how do i sort a dictionray by value in pyhton")
        assert await ask(cache, call) == stored
        assert call.cache["phase"] == "semantic" and "corrected" in call.cache["phases"]["semantic"]
        call = chat_call("what is the bolinig point of water")  # two edits: not corrected
        assert await ask(cache, call) is None
        trap = chat_call("how do i sort a dictionray by key in pyhton")
        assert await ask(cache, trap) is None
        trap = chat_call("what is the freezng point of water")
        assert await ask(cache, trap) is None

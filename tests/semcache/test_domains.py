"""Domain words in the synonym reading (issue #13, j102): everyday words of HR, customer support,
travel and cooking questions ("luggage" / "baggage" / "suitcase", "rail" / "train", "hire" /
"rent", "booking" / "reservation", "call off" / "cancel", "money back" / "refund", "vacation
days" / "annual leave") are read as one word by the semantic phase's encoders, and compared as
one key by the guards; what a trap separates (savings / current account, checked / carry-on,
debit / credit card, annual / sick leave, fridge / freezer, bake / roast, metro / bus, rent /
buy) is in no group together. And the swap guard refuses two blocks of several words that trade
places around the same relation word ("from the airport to the city centre" / "from the city
centre to the airport")."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.lexicon import read_synonyms, word_key
from bastion.gateway.semcache.settings import GuardSettings

from .conftest import ask, chat_call

READ = [
    ("Do you deliver overseas?", "Do you deliver abroad?"),
    ("Do you ship internationally?", "Do you deliver abroad?"),
    ("What is the baggage allowance?", "What is the luggage allowance?"),
    ("How heavy can my suitcase be?", "How heavy can my luggage be?"),
    ("Where do I purchase rail tickets?", "Where do I buy train tickets?"),
    ("How do I hire a car?", "How do I rent a car?"),
    ("Is there free cancellation on my hotel reservation?", "Is there free cancellation on my hotel book?"),
    ("Can I call off my order?", "Can I cancel my order?"),
    ("How can I get my money back?", "How can I get my refund?"),
    ("How do I book time off?", "How do I book holiday?"),
    ("How many vacation days do I get?", "How many holiday do I get?"),
    ("How do I request annual leave?", "How do I request holiday?"),
    ("Are liquids allowed in hand luggage?", "Are liquids allowed in carry-on bag?"),
    ("Can I use oil in place of butter?", "Can I use oil instead of butter?"),
    ("How much sleep do grown-ups need?", "How much sleep do adults need?"),
    ("Can I work from home?", "Can I work remotely?"),
    ("Is there a car park at the hotel?", "Is there a parking at the hotel?"),
    ("How long do leftovers last in the refrigerator?", "How long do leftovers last in the fridge?"),
    ("How do I track my parcel?", "How do I track my package?"),
    ("Where can I find my invoice?", "Where can I find my bill?"),
    ("Can I swap shifts with a coworker?", "Can I swap shifts with a colleague?"),
    ("What notice do I give if I resign?", "What notice do I give if I stop?"),
    # "pick up the car" is collecting it; "pick a melon" is still choosing one.
    ("Can I pick up the rental car at 7am?", "Can I collect the rent car at 7am?"),
    ("How do I pick a ripe melon?", "How do I choose a ripe melon?"),
    # Asking permission is asking whether one can.
    ("Am I allowed to work remotely?", "can i work remotely?"),
    ("Are we permitted to bring pets?", "can we bring pets?"),
    ("Is smoking allowed in the hotel?", "Is smoking allowed in the hotel?"),
    # Hiring a car is renting it; being hired is not.
    ("Is car hire cheaper at the airport?", "Is car rent cheaper at the airport?"),
    ("How can I get hired at Google?", "How can I get hired at Google?"),
]

#: Words a trap separates: never one word to the encoders nor one key to the guards.
APART = [
    ("savings", "current"),
    ("checked", "carry"),
    ("debit", "credit"),
    ("annual", "sick"),
    ("fridge", "freezer"),
    ("bake", "roast"),
    ("metro", "bus"),
    ("train", "bus"),
    ("rent", "buy"),
    ("rent", "lease"),
    ("refund", "exchange"),
    ("package", "order"),
    ("spouse", "partner"),
    ("colleague", "manager"),
    ("resign", "fire"),
    ("ship", "return"),
]


@pytest.mark.parametrize("text,reading", READ)
def test_domain_words_and_phrases_are_read_as_one_word(text: str, reading: str) -> None:
    assert read_synonyms(text) == reading


@pytest.mark.parametrize("a,b", APART)
def test_what_a_trap_separates_stays_apart(a: str, b: str) -> None:
    assert read_synonyms(a) != read_synonyms(b)
    assert word_key(a) != word_key(b)


def test_leave_other_than_holiday_keeps_its_words() -> None:
    """Only holiday leave is read "holiday": sick, parental and unpaid leave stay as asked, so
    "annual leave" and "sick leave" are two questions to the encoders too."""
    for kind in ("sick leave", "parental leave", "unpaid leave", "maternity leave"):
        assert read_synonyms(f"How do I request {kind}?") == f"How do I request {kind}?"
    assert read_synonyms("How do I request annual leave?") != read_synonyms("How do I request sick leave?")


@pytest.mark.anyio
async def test_domain_rewordings_are_served_and_traps_are_not(make_cache) -> None:
    """Through a real cache: rewordings with domain synonyms, refused before the reading, are
    served; the same wording around what a trap changes is not."""
    async with make_cache({"second_stage": {"timeout_s": 60.0}}) as (_, cache):
        order = "How do I cancel my order?"
        await ask(cache, chat_call(order))
        ship = "Do you ship internationally?"
        await ask(cache, chat_call(ship))
        car = "How do I rent a car at the airport?"
        await ask(cache, chat_call(car))
        lost = "What should I do if my luggage is lost?"
        await ask(cache, chat_call(lost))
        assert await ask(cache, chat_call("Can I call off my order?")) == order
        assert await ask(cache, chat_call("Do you deliver overseas?")) == ship
        assert await ask(cache, chat_call("How do I hire a car at the airport?")) == car
        assert await ask(cache, chat_call("What do I do if the airline loses my suitcase?")) == lost
        assert await ask(cache, chat_call("How do I return my order?")) is None
        assert await ask(cache, chat_call("Do you ship to PO boxes?")) is None
        assert await ask(cache, chat_call("How do I return a rental car at the airport?")) is None
        assert await ask(cache, chat_call("What should I do if my luggage is damaged?")) is None


SWAPPED_BLOCKS = [
    ("Is there a bus from the airport to the city centre?", "Is there a bus from the city centre to the airport?"),
    (
        "How much is a taxi from the hotel to the cruise terminal?",
        "How much is a taxi from the cruise terminal to the hotel?",
    ),
    (
        "How do I move money from my savings account to my current account?",
        "How do I move money from my current account to my savings account?",
    ),
    (
        "What are the pros and cons of eating bean curd over tofu?",
        "What are the pros and cons of eating tofu over bean curd?",
    ),
]
KEPT = [
    # Each block keeps its own preposition: the same route.
    ("How do I get from the train station to the old town?", "How do I get to the old town from the train station?"),
    ("Is there a bus from the airport to the city centre?", "Does a bus run from the airport to the city centre?"),
]


@pytest.mark.parametrize("a,b", SWAPPED_BLOCKS)
def test_blocks_of_several_words_that_trade_places_around_a_relation_are_a_swap(a: str, b: str) -> None:
    verdict = Guards(GuardSettings()).check(extract(b), extract(a), float("inf"), 0.0)
    assert not verdict.ok and verdict.reason == "swap"


@pytest.mark.parametrize("a,b", KEPT)
def test_a_block_moved_with_its_own_preposition_is_no_block_swap(a: str, b: str) -> None:
    assert not _blocks_swapped_pair(a, b)


def _blocks_swapped_pair(a: str, b: str) -> bool:
    from bastion.gateway.semcache.guards import _blocks_swapped

    qa, qb = extract(a), extract(b)
    shared = set(qa.sequence) & set(qb.sequence)
    qs = [w for w in qa.sequence if w in shared]
    cs = [w for w in qb.sequence if w in shared]
    return _blocks_swapped(qs, cs, qa.links, qb.links)

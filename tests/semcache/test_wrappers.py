"""Wrappers and role swaps (issue #13, j65): a leading courtesy or context sentence that carries
nothing of the question is stripped before the normalised and semantic phases ("Sorry if this
is a dumb question, but ...", "I've never done this before. ...", "Please advise on the correct
procedure to ..."), a clause that changes the question stays, and two roles of several words
that trade places around a verb are a swap ("Does the buyer pay the estate agent?" / "Does the
estate agent pay the buyer?"). Formal frames (j67): "Could you kindly advise how to X" is "How do
I X", "I would be grateful if you could tell me how ..." its question, but "... if you could
cancel X" (a request to act) and "Could you advise whether it is legal to X" stay whole. Chat-speak
(j68): a fixed list of unambiguous shorthand is read as words ("can u" -> "can you", "w/o" ->
"without"), lookalikes ("U-boat", "UR", "5 u of insulin", "Ty") stay as typed."""

from __future__ import annotations

from collections import Counter

import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.keys import request_keys
from bastion.gateway.semcache.normalise import read_chat, strip_wrapper
from bastion.gateway.semcache.settings import GuardSettings

from .conftest import ask, chat_call

STRIPPED = [
    ("I'm new to this - how do I reset my router?", "how do I reset my router?"),
    ("Sorry if this is a dumb question, but what is a Roth IRA?", "what is a Roth IRA?"),
    ("Quick question: can I freeze cooked pasta?", "can I freeze cooked pasta?"),
    ("I've never done this before. How do I jump-start a car?", "How do I jump-start a car?"),
    ("Never done this before - how do I bleed a radiator?", "how do I bleed a radiator?"),
    ("Please advise on the correct procedure to request annual leave.", "How do I request annual leave."),
    ("Hi there, hope you're well. What is the dress code?", "What is the dress code?"),
    ("How do I merge two PDFs? Thanks in advance!", "How do I merge two PDFs?"),
    # Formal register (j67): a request to be told, a salutation, a sign-off.
    ("Could you kindly advise how to update my billing address?", "How do I update my billing address?"),
    ("Could you please advise how I can export my contacts?", "How do I export my contacts?"),
    ("I would be grateful if you could tell me how to claim a refund.", "How do I claim a refund."),
    ("Would you be so kind as to explain how compound interest works?", "How does compound interest work?"),
    ("I was wondering whether you could let me know how to book a test.", "How do I book a test."),
    ("Kindly let me know what documents I need.", "What documents I need."),
    ("May I ask why my order was delayed?", "Why my order was delayed?"),
    ("Dear support team, how do I reset my password?", "how do I reset my password?"),
    ("How do I change my flight? Many thanks. Kind regards", "How do I change my flight?"),
    ("How do I unsubscribe? Best,", "How do I unsubscribe?"),
]

KEPT = [
    # A clause with content changes the answer.
    "I'm on Windows - how do I clear my browser cache?",
    "I'm new to Python - how do I read a file?",
    "I don't have admin rights. How do I install Python packages?",
    "I've never had a bank account. How do I open one?",
    "For my cat, how much should I feed a puppy?",
    # A wrapper without a separator is part of the sentence; a wrapper alone is the whole prompt.
    "Curious how this works",
    "Quick question: thanks!",
    # A real negation of the question.
    "Why does my bread never rise?",
    # A formal frame that asks to act, or asks something else than "how", stays whole.
    "I would be grateful if you could cancel my subscription.",
    # (j86: "Could you advise whether it is legal to X" is now read "Is it legal to X?", which
    # keeps the clause: tests/semcache/test_formal_register.py.)
    "Kindly renew my membership.",
    "Would you be so kind as to register me for the course?",
    "Dear billing team, how do I pay an invoice?",
    "May I ask?",
]

CHAT_READ = [
    ("can u tell me how to reset my router", "can you tell me how to reset my router"),
    ("how do u change ur password", "how do you change your password"),
    ("r u able to read ur own source code", "are you able to read your own source code"),
    ("plz how do I unfreeze my card", "how do I unfreeze my card"),
    ("how do I merge two pdfs pls", "how do I merge two pdfs"),
    ("how long should I rest a steak? ty", "how long should I rest a steak?"),
    ("what is the capital of australia? thx", "what is the capital of australia?"),
    ("how do I make pancakes w/o eggs", "how do I make pancakes without eggs"),
    ("how do I share a folder w/ my team", "how do I share a folder with my team"),
    ("what should I eat b4 a run", "what should I eat before a run"),
    ("idk how to file my taxes pls help", "How do I file my taxes"),
    ("hey so how do I update ur app pls", "how do I update your app"),
    ("yo what is a roth ira", "what is a roth ira"),
    ("ok so how do I cancel my subscription", "how do I cancel my subscription"),
    ("quick q: can I freeze cooked rice?", "can I freeze cooked rice?"),
]

CHAT_KEPT = [
    # Names, units, variables, abbreviations and anything ambiguous stay as typed.
    "How did U-boats work?",
    "What is UR's share price?",
    "Who founded UR Energy?",
    "What does u = x + 1 do?",
    "What is the derivative of u squared?",
    "How do I compute u dot v?",
    "Is 5 u of insulin a lot?",
    "Who voiced Uncle Ty?",
    "What did Ty Cobb hit in 1911?",
    "What is PLS regression?",
    "ur right about that?",
    "is b4 a good move",
    "how much vitamin b4 do I need",
    "what is a 5% w/w solution",
    "Yo-Yo Ma is who?",
    "hw due tomorrow, how do I start",
    "yo",
]

SWAPPED = [
    ("Does the buyer pay the estate agent?", "Does the estate agent pay the buyer?"),
    ("Does the tenant pay the letting agent?", "Does the letting agent pay the tenant?"),
    ("Can a subcontractor sue the main contractor?", "Can the main contractor sue a subcontractor?"),
    ("Can the project manager fire a team lead?", "Can a team lead fire the project manager?"),
]

NOT_SWAPPED = [
    # The same roles in the same order, or a phrase moved with nothing staying between.
    ("Does the buyer pay the estate agent?", "Is the buyer the one who pays the estate agent?"),
    ("How do I learn Python fast?", "How do I learn Python quickly?"),
    ("How do I learn Python quickly?", "Quickly, how do I learn Python?"),
    ("Can a subcontractor sue the main contractor?", "Is a subcontractor able to sue the main contractor?"),
    # A telegraphic rewording reverses the phrase, but its blocks open no noun phrase: no roles.
    ("What is the price of a used car in New York?", "New York used car price?"),
]


@pytest.mark.parametrize(("text", "question"), STRIPPED)
def test_a_leading_wrapper_is_stripped(text: str, question: str) -> None:
    assert strip_wrapper(text) == question


@pytest.mark.parametrize("text", KEPT)
def test_a_clause_that_changes_the_question_is_kept(text: str) -> None:
    assert strip_wrapper(text) == text


def test_the_prompt_key_is_the_question_without_its_wrapper() -> None:
    def keys(text: str) -> tuple[str, str | None, str | None]:
        k = request_keys({"model": "m", "messages": [{"role": "user", "content": text}]})
        return k.exact, k.context, k.prompt

    wrapped = keys("I've never done this before. How do I carve a turkey?")
    plain = keys("How do I carve a turkey?")
    assert wrapped[2] == plain[2] and wrapped[1] == plain[1]
    assert wrapped[0] != plain[0]  # the exact key is still the request as sent
    # Its "never" is gone, so the negation guard no longer reads it as a negated question.
    assert extract(str(wrapped[2])).negations == 0


@pytest.mark.parametrize(("text", "question"), CHAT_READ)
def test_chat_speak_is_read_as_words(text: str, question: str) -> None:
    assert read_chat(text) == question
    # Then whatever the plain question would lose ("can you tell me how to X" is a frame, j69).
    assert strip_wrapper(text) == strip_wrapper(question)


@pytest.mark.parametrize("text", CHAT_KEPT)
def test_shorthand_lookalikes_and_ambiguous_shorthand_stay(text: str) -> None:
    assert read_chat(text) == text


def test_chat_speak_changes_the_prompt_key_never_the_exact_key() -> None:
    chat = request_keys({"model": "m", "messages": [{"role": "user", "content": "can u tell me how to boil an egg"}]})
    plain = request_keys(
        {"model": "m", "messages": [{"role": "user", "content": "can you tell me how to boil an egg"}]}
    )
    assert chat.prompt == plain.prompt and chat.context == plain.context
    assert chat.exact != plain.exact


@pytest.mark.parametrize(("first", "second"), SWAPPED)
def test_roles_of_several_words_that_trade_places_are_a_swap(first: str, second: str) -> None:
    guards = Guards(GuardSettings())
    assert not guards.check(extract(second), extract(first), float("inf"), 0.0).ok
    assert guards.check(extract(second), extract(first), float("inf"), 0.0).reason == "swap"
    assert not guards.hard(extract(first), extract(second))


@pytest.mark.parametrize(("first", "second"), NOT_SWAPPED)
def test_a_moved_phrase_or_a_reworded_role_is_not_a_swap(first: str, second: str) -> None:
    assert Guards(GuardSettings()).check(extract(second), extract(first), float("inf"), 0.0).reason != "swap"


@pytest.mark.anyio
async def test_wrapped_questions_are_served_and_swaps_and_content_clauses_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        jump = "How do I jump-start a car?"
        await ask(cache, chat_call(jump))
        leave = "How do I request annual leave?"
        await ask(cache, chat_call(leave))
        buyer = "Does the buyer pay the estate agent?"
        await ask(cache, chat_call(buyer))
        assert await ask(cache, chat_call("I've never done this before. How do I jump-start a car?")) == jump
        assert await ask(cache, chat_call("Sorry if this is a dumb question, but how do I jump-start a car?")) == jump
        assert await ask(cache, chat_call("Please advise on the correct procedure to request annual leave.")) == leave
        assert await ask(cache, chat_call("Does the estate agent pay the buyer?")) is None
        assert await ask(cache, chat_call("I've never done this before. How do I jump-start a motorbike?")) is None
        assert await ask(cache, chat_call("Please advise on the correct procedure to cancel annual leave.")) is None
        assert await ask(cache, chat_call("I'm on a Mac - how do I request annual leave?")) is None


@pytest.mark.anyio
async def test_formal_frames_are_served_and_requests_to_act_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        cancel = "How do I cancel my subscription?"
        await ask(cache, chat_call(cancel))
        card = "How do I activate my new card?"
        await ask(cache, chat_call(card))
        formal = "I would be grateful if you could tell me how to cancel my subscription."
        assert await ask(cache, chat_call(formal)) == cancel
        greeted = "Dear support team, could you kindly advise how to activate my new card? Kind regards"
        assert await ask(cache, chat_call(greeted)) == card
        assert await ask(cache, chat_call("May I ask how to activate my new card?")) == card
        # A request to act, a different question behind the frame, another question after it.
        assert await ask(cache, chat_call("I would be grateful if you could cancel my subscription.")) is None
        assert await ask(cache, chat_call("Could you advise whether it is legal to cancel my subscription?")) is None
        assert (
            await ask(cache, chat_call("Dear support team, could you kindly block my new card? Kind regards")) is None
        )
        assert await ask(cache, chat_call("May I ask how to cancel my new card?")) is None


@pytest.mark.anyio
async def test_chat_speak_is_served_and_lookalikes_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        pancakes = "How do I make pancakes without eggs?"
        await ask(cache, chat_call(pancakes))
        policy = "What is your refund policy?"
        await ask(cache, chat_call(policy))
        shares = "What is your share price?"
        await ask(cache, chat_call(shares))
        assert await ask(cache, chat_call("how do I make pancakes w/o eggs")) == pancakes
        assert await ask(cache, chat_call("what is ur refund policy")) == policy
        # Without the reading, "w/o" is no negation word and the negation guard refuses it.
        assert await ask(cache, chat_call("how do I make pancakes w/ eggs")) is None
        assert await ask(cache, chat_call("what is ur shipping policy")) is None
        assert await ask(cache, chat_call("What is UR's share price?")) is None


def test_held_out_reports_score_the_prompts_the_gateway_compares() -> None:
    """train.py's held-out report and the quality curve score every held-out pair on the prompt
    ``request_keys`` gives the semantic phase (a wrapper the gateway strips is stripped there
    too); the training part is fitted as written (fitted stripped, it served less out of fold)."""
    from bastion.gateway.semcache import train
    from tests.semcache import pair_families

    tr, held = train.datasets()
    texts = held.a + held.b
    assert [request_keys({"model": "m", "messages": [{"role": "user", "content": t}]}).prompt for t in texts] == texts
    # The families' held-out wordings carry wrappers as written, so the check above can fail.
    written = [
        t
        for families in (pair_families.PARAPHRASE_FAMILIES, pair_families.TRAP_FAMILIES)
        for _, _, pair in pair_families.family_pairs(families, True)
        for t in pair
    ]
    assert any(strip_wrapper(t) != t for t in written)
    # The training part as written keeps what strip_wrapper would take: 44 Quora prompts (two
    # ending in "Thanks.", four in chat-speak, "w/ Irish", "Y r u following me", and 22 frames,
    # "Is there a way to ...", "I want to X. What should I do?", "What exactly is ..."), 16 more
    # since j76's formal structures ("What is the procedure to X", "What are the steps to X",
    # "What is the best method to X", "How might I X") and 49 hand-written paraphrases'
    # imperative, casual and formal frames ("Please explain how to X", "What steps do I follow to X");
    # since j87's casual reading 34 more Quora prompts: hedges ("Did Americans actually land on the
    # moon?", "What is basically an introvert ..."), "just" after "can I", "??", "I wanna X, how do I
    # do that?"; and 16 keyword-style titles read as questions ("India Russia relations?" -> "What
    # are the india russia relations?");
    # since j86's formal register 47 more Quora prompts ("How does one X", "How I can X", "How
    # is X calculated / made", "Is it possible for me to X") and 2 more paraphrases; since j120's
    # chat abbreviations 3 more Quora prompts ("profile pic", "your pics").
    changed = Counter(
        src.split(":")[0]
        for a, b, src in zip(tr.a, tr.b, tr.source, strict=True)
        for t in (a, b)
        if strip_wrapper(t) != t
    )
    assert changed == {"qqp": 144, "paraphrase": 51}


def test_a_prompt_longer_than_the_wrapper_limit_is_returned_as_typed() -> None:
    """A pasted document is no question in a wrapper: returned as typed (the reading steps'
    cost grows faster than the length), while the same wrapper on a short question is read."""
    from bastion.gateway.semcache.normalise import _WRAPPER_MAX_CHARS

    question = "Sorry if this is a dumb question, but how do I reset my router?"
    assert strip_wrapper(question) == "how do I reset my router?"
    long = question + " " + "The router log says the link went down. " * (_WRAPPER_MAX_CHARS // 40)
    assert len(long) > _WRAPPER_MAX_CHARS
    assert strip_wrapper(long) == long


def test_u_is_read_from_the_word_just_before_it_in_a_long_prompt() -> None:
    """``_u`` looks only at the word just before a "u" (a bounded window, not the whole prefix):
    the reading is the same deep in a long prompt as at its start."""
    filler = "the printer in the office keeps jamming and nobody knows why. " * 50
    assert read_chat("can u tell me how to reset the router").startswith("can you tell me")
    assert read_chat(filler + "can u tell me how to reset the router").endswith(
        "can you tell me how to reset the router"
    )
    assert read_chat(filler + "section u of the form").endswith("section u of the form")

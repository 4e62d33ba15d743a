"""Formal register, a third round (issue #13, j86): a question inside a polite letter, in the
passive voice, with the impersonal "one", hedged ("I was wondering whether it might be possible
to X"), worded as a statement ("I require information regarding the process of X-ing", "Please
advise whether X") is read as the plain question inside ``normalise.strip_wrapper``; Latinate
words and formal prepositions are read as the plain ones by the synonym reading
(``lexicon.read_synonyms``: "obtain" -> "get", "prior to" -> "before"). A letter whose context
sentences say more than a generic topic, a passive that describes a process in nature or an
institution's doing, a "one" that counts a thing and a request to act stay whole."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.lexicon import read_synonyms
from bastion.gateway.semcache.normalise import canonical_question, strip_wrapper

from .conftest import ask, chat_call

READ = [
    # A letter: salutation, a sentence naming only a generic topic, a closing thanks, a signature.
    (
        "Dear Sir or Madam, I am writing in connection with my account. Could you please advise how I can"
        " change my billing address? Yours faithfully",
        "How do I change my billing address?",
    ),
    (
        "Dear Ms Patel,\nI am writing regarding my booking. Could you kindly advise how to add a passenger?"
        "\nKind regards,\nJ. Smith",
        "How do I add a passenger?",
    ),
    (
        "Good afternoon. I hope this message finds you well. Could you please advise how I may reset my password?"
        " Many thanks in advance.",
        "How do I reset my password?",
    ),
    (
        "To whom it may concern, I am writing to ask what the opening hours of the branch are. Thank you for"
        " your time.",
        "What are the opening hours of the branch.",
    ),
    # The passive: a procedure ("How is X done?"), or any verb after a modal ("How can X be done?").
    ("How is a passport renewed?", "How do I renew a passport?"),
    ("How is compound interest calculated?", "How do I calculate compound interest?"),
    ("How is a mortgage applied for?", "How do I apply for a mortgage?"),
    ("How is the area of a circle found?", "How do I find the area of a circle?"),
    ("How is sourdough bread made?", "How do I make sourdough bread?"),
    ("How can a refund be requested?", "How do I request a refund?"),
    ("How should a minor burn be treated?", "How do I treat a minor burn?"),
    ("How must a will be signed?", "How do I sign a will?"),
    ("How can a linked list be reversed?", "How do I reverse a linked list?"),
    # The impersonal "one", its possessive and the singular "their" that stands for it.
    ("How does one become a pilot?", "How do I become a pilot?"),
    ("How can one lower one's cholesterol?", "How can I lower my cholesterol?"),
    ("How should one change their diet to lose weight?", "How should I change my diet to lose weight?"),
    ("What should one do if one loses one's passport abroad?", "What should I do if I lose my passport abroad?"),
    ("Where does one report a data breach?", "Where do I report a data breach?"),
    ("Is one able to obtain a refund after 30 days?", "Am I able to obtain a refund after 30 days?"),
    # Hedged possibility: "Am I able to X" (the encoders take "Can I X" for "How do I X").
    ("I was wondering whether it might be possible to change my flight date.", "Am I able to change my flight date."),
    ("Would it be possible for me to work from home on Fridays?", "Am I able to work from home on Fridays?"),
    ("Is it at all possible to return an item without a receipt?", "Am I able to return an item without a receipt?"),
    ("Would it be acceptable for me to bring a plus one?", "Am I able to bring a plus one?"),
    ("I wonder if you could tell me how to export my contacts.", "How do I export my contacts."),
    ("I was hoping you might be able to tell me how to claim travel expenses.", "How do I claim travel expenses."),
    ("I wondered whether you could advise me on how to thicken a sauce.", "How do I thicken a sauce."),
    ("I was wondering how one might install Python on Windows.", "How do I install Python on Windows."),
    # A request for information worded as a statement.
    (
        "I require information regarding the process of applying for a building permit.",
        "How do I apply for a building permit.",
    ),
    ("I should be grateful for guidance on appealing a parking fine.", "How do I appeal a parking fine."),
    ("I require guidance on how to set up two-factor authentication.", "How do I set up two-factor authentication."),
    ("I should be grateful if you could explain how to poach an egg.", "How do I poach an egg."),
    # "advise whether" in question order; "elaborate on", "inform me of".
    ("Please advise whether my flight is delayed.", "Is my flight delayed?"),
    ("Kindly advise whether the hotel has parking.", "Does the hotel have parking?"),
    ("Could you advise whether it is legal to export my contacts?", "Is it legal to export my contacts?"),
    ("Please advise whether I can cancel my order.", "Am I able to cancel my order?"),
    ("Could you elaborate on how recursion works?", "How does recursion work?"),
    ("Could you elaborate on the side effects of ibuprofen?", "What are the side effects of ibuprofen?"),
    (
        "I would be grateful if you could inform me of the deadline for submitting the form.",
        "What is the deadline for submitting the form.",
    ),
    # Other formal requests to be told (third batch).
    ("Would you mind explaining how compound interest works?", "How does compound interest work?"),
    ("Would you be able to tell me how to reset my password?", "How do I reset my password?"),
    ("Could you possibly explain what a Roth IRA is?", "What is a Roth IRA?"),
    ("Might I ask how to renew my passport?", "How do I renew my passport?"),
    ("Could you please clarify how VAT is calculated?", "How do I calculate VAT?"),
    (
        "Could you clarify what the difference between a Roth IRA and a traditional IRA is?",
        "What is the difference between a Roth IRA and a traditional IRA?",
    ),
    ("I would be obliged if you could tell me how to transfer my pension.", "How do I transfer my pension."),
    ("Please be so kind as to explain how to register a death.", "How do I register a death."),
    ("Could you provide an explanation of how vaccines work?", "How do vaccines work?"),
    ("Could you provide information on how to apply for a visa?", "How do I apply for a visa?"),
    ("I seek clarification on how to claim on my travel insurance.", "How do I claim on my travel insurance."),
    ("I would appreciate your advice on how to negotiate a pay rise.", "How do I negotiate a pay rise."),
    ("Your advice on how to choose a mortgage would be appreciated.", "How do I choose a mortgage?"),
    ("Kindly explain the difference between a stock and a bond.", "What is the difference between a stock and a bond."),
    # Outlines, the procedure explained, "unsure how", "ought", "advise me on X-ing" (fourth batch).
    ("What are the steps involved in renewing a passport?", "How do I renew a passport?"),
    ("Could you outline the steps for setting up a limited company?", "How do I set up a limited company?"),
    ("Would you kindly outline how to migrate a database?", "How do I migrate a database?"),
    ("Please explain the procedure for returning a faulty item.", "How do I return a faulty item."),
    ("Could you describe the process of claiming a tax refund?", "How do I claim a tax refund?"),
    ("I am uncertain as to how I should store breast milk.", "How do I store breast milk."),
    ("I am not sure how to format a USB drive.", "How do I format a USB drive."),
    ("What ought I to do if I lose my passport?", "What should I do if I lose my passport?"),
    ("How ought one to prepare for a job interview?", "How should I prepare for a job interview?"),
    ("Could you advise me on negotiating my salary?", "How do I negotiate my salary?"),
]

KEPT = [
    # A letter's topic sentence before a question that refers back to it.
    "I am writing regarding my account. Could you advise how to close it?",
    "Dear billing team, how do I pay an invoice?",
    # A request to act.
    "Would it be possible for you to change my seat?",
    "I would be grateful if you could update my address.",
    # A passive that describes, an agent, an adjective.
    "How is blood sugar regulated?",
    "How are IIT professors paid?",
    "How is the Government of Vietnam organized?",
    "How is a purchase order approved by the finance team?",
    "How are these two concepts related?",
    "How can a victim be blamed?",
    # "one" that counts a thing.
    "How does one drink affect sleep?",
    "How much does one cost?",
    "Can one egg a day raise cholesterol?",
    "What should I do one day before an exam?",
    # A request to act, or for something that is no question.
    "Would you mind cancelling my order?",
    "Would you be able to reset my password?",
    "I would be obliged if you could transfer my pension.",
    "Could you provide information on the cost of a visa?",
    "Please provide details of my appeal.",
    "What are the costs involved in renewing a passport?",
    "Please outline the risks of applying for a mortgage.",
    "I am unsure why my timesheet was rejected.",
    "I am not sure whether to format my USB drive.",
    "Could you advise me on my salary?",
    # A statement about something that is no action.
    "I require information regarding the cost of a building permit.",
]


@pytest.mark.parametrize(("text", "question"), READ)
def test_a_formal_register_question_is_read_as_the_plain_one(text: str, question: str) -> None:
    assert strip_wrapper(text) == question


@pytest.mark.parametrize("text", KEPT)
def test_a_formal_phrase_that_changes_the_question_stays(text: str) -> None:
    assert strip_wrapper(text) == text


@pytest.mark.parametrize(
    ("formal", "plain"),
    [
        ("How do I obtain a visa for Japan?", "How do I get a visa for Japan?"),
        ("How do I terminate a running process?", "How do I end a running process?"),
        ("Do I pay council tax if I reside alone?", "Do I pay council tax if I live alone?"),
        ("How do I ascertain my credit score?", "How do I find out my credit score?"),
        ("What should I do prior to surgery?", "What should I do before surgery?"),
        ("What should I eat subsequent to a workout?", "What should I eat after a workout?"),
        ("What must I do in order to obtain a refund?", "What must I do to get a refund?"),
        ("Who do I contact regarding a billing error?", "Who do I contact about a billing error?"),
        ("Who can provide assistance with my pension?", "Who can provide help with my pension?"),
    ],
)
def test_latinate_words_are_read_as_the_plain_ones(formal: str, plain: str) -> None:
    assert read_synonyms(formal) == read_synonyms(plain)


def test_a_letters_context_is_kept() -> None:
    # Only the salutation goes: the context sentence may change the question, so the frame after
    # it (read only in a prompt of one sentence) is not read either.
    letter = (
        "Dear Sir or Madam, I am due to travel with you next month. Could you please tell me what the baggage"
        " allowance is?"
    )
    assert strip_wrapper(letter) == letter.removeprefix("Dear Sir or Madam, ")


def test_latinate_words_keep_what_differs() -> None:
    # "acquire" is in no group ("acquire a company" is buying it); "prior" and "subsequent" differ.
    assert read_synonyms("How do I acquire a company?") == "How do I acquire a company?"
    assert read_synonyms("prior to surgery") != read_synonyms("subsequent to surgery")
    assert read_synonyms("Kind regards") == "Kind regards"
    assert read_synonyms("getting obtained obtaining") == "getting got getting"


def test_hedged_possibility_is_not_the_procedure() -> None:
    hedged = canonical_question(strip_wrapper("Would it be possible for me to change my seat?"))
    assert hedged != canonical_question(strip_wrapper("How do I change my seat?"))


@pytest.mark.anyio
async def test_formal_register_is_served_and_its_traps_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        passport = "How do I renew my passport?"
        await ask(cache, chat_call(passport))
        billing = "How do I change my billing address?"
        await ask(cache, chat_call(billing))
        seat = "How do I change my seat after check-in?"
        await ask(cache, chat_call(seat))
        assert await ask(cache, chat_call("How is a passport renewed?")) == passport
        letter = (
            "Dear Sir or Madam, I am writing in connection with my account. Could you please advise how I can"
            " change my billing address? Yours faithfully"
        )
        assert await ask(cache, chat_call(letter)) == billing
        assert await ask(cache, chat_call("How is a passport cancelled?")) is None
        assert await ask(cache, chat_call("Could you please change my billing address?")) is None
        assert await ask(cache, chat_call("Would it be possible for me to change my seat after check-in?")) is None

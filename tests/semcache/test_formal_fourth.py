"""Formal register, a fourth round (issue #13, j133): a letter's wish to be told said as a
statement ("I should be obliged to learn how", "It would assist me to know why"), writing to ask
("I write to enquire as to how"), a request through "you" in other modal words ("Might you
indicate", "Would you be good enough to explain"), the non-native "Kindly guide me how to" and
"Request you to tell me how", and the same frames before "the procedure for X-ing", are read as
the question inside ``normalise.strip_wrapper``. A request to act, a frame before anything but a
question word and "confirm whether" stay whole."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.normalise import strip_wrapper

READ = [
    ("I should be obliged to learn how I might transfer my pension.", "How do I transfer my pension."),
    ("It would assist me to know why my boiler keeps losing pressure.", "Why my boiler keeps losing pressure."),
    ("It would be most helpful to know what the visiting hours are.", "What are the visiting hours."),
    ("I would be grateful for guidance as to how I may register a birth.", "How do I register a birth."),
    ("I wish to ascertain how I can apply for a blue badge.", "How do I apply for a blue badge."),
    (
        "I write to enquire as to how one may object to a planning application.",
        "How do I object to a planning application.",
    ),
    ("I am writing in the hope that you can tell me how to claim a rebate.", "How do I claim a rebate."),
    ("I should appreciate being told when the office reopens.", "When the office reopens."),
    ("May I request confirmation of when my refund will be paid?", "When my refund will be paid?"),
    ("Might you indicate how I could update my email address?", "How do I update my email address?"),
    ("Would you be good enough to explain how I might book a slot?", "How do I book a slot?"),
    ("Could I trouble you to explain how I might appeal the fine?", "How do I appeal the fine?"),
    ("Please could you let me know how I may change my password.", "How do I change my password."),
    ("Would it be possible to let me know how I can download my invoice?", "How do I download my invoice?"),
    ("Kindly guide me how to link my two accounts.", "How do I link my two accounts."),
    ("Kindly suggest me how to fix a dripping tap.", "How do I fix a dripping tap."),
    ("I want to know that how can I reset my PIN.", "How do I reset my PIN."),
    ("Request you to kindly tell me how to renew my licence.", "How do I renew my licence."),
    ("Please indicate which forms I must submit.", "Which forms I must submit."),
    ("Kindly advise as to how I might update my address.", "How do I update my address."),
    ("Might you explain the procedure for changing my surname?", "How do I change my surname?"),
    ("I would be obliged to learn the process for applying for a refund.", "How do I apply for a refund."),
]

KEPT = [
    # a request to act, or a wish to do it: the frame is the request
    "I wish to cancel my membership.",
    "I would like to close my account.",
    "Request you to kindly cancel my booking.",
    "Could I trouble you to send me a new card?",
    # a frame before no question word: what follows is asked for
    "It would assist me to receive a copy of my contract.",
    "Kindly guide me through the application form.",
    "Might you send me the forms by post?",
    # "confirm whether" is kept (a yes/no reading served a trap in voice5's tuning part)
    "Kindly confirm whether my flight has been rebooked.",
    # a hedge that asks the service to act is no request to be told
    "Would it be possible for you to cancel my order?",
]


@pytest.mark.parametrize(("prompt", "read"), READ)
def test_fourth_round_frames_are_read_as_their_question(prompt: str, read: str) -> None:
    assert strip_wrapper(prompt) == read


@pytest.mark.parametrize("prompt", KEPT)
def test_requests_to_act_and_frames_without_a_question_stay(prompt: str) -> None:
    assert strip_wrapper(prompt) in (prompt, prompt.rstrip("."))


def test_hedged_possibility_still_reads_am_i_able_but_not_before_a_verb_of_telling() -> None:
    # j86's reading stays; before "let me know" the hedge is the request to be told, not the question
    assert strip_wrapper("Would it be possible to change my seat?") == "Am I able to change my seat?"
    assert not strip_wrapper("Would it be possible to let me know how I can pay?").startswith("Am I able")


# Review of j133 (j140). B: "confirm" asks to verify the state of an account, not to be told a
# fact, so "confirm if / when / what" is no frame of telling: the prompt stays whole (it was read
# "Does my order have shipped?" and "When the payment was received.").
CONFIRM_KEPT = [
    "Please confirm if my order has shipped.",
    "Please confirm when the payment was received.",
    "Kindly confirm what time my appointment is.",
    "Could you please confirm which address you have on file?",
]


@pytest.mark.parametrize("prompt", CONFIRM_KEPT)
def test_confirm_before_a_question_word_is_no_frame_of_telling(prompt: str) -> None:
    assert strip_wrapper(prompt) in (prompt, prompt.rstrip("."))


# A: after a frame, "how I can / how can I <verb>" is "How do I <verb>" only when the verb names
# something done; before a verb that asks whether something is possible or true (tell, know, get,
# qualify, be ...) the modal is the question ("how I can qualify for a discount" asks about
# eligibility), so the embedded question is kept as it is.
POSSIBILITY_KEPT = [
    ("Please let me know how I can qualify for a discount.", "How I can qualify for a discount."),
    ("Please let me know how I can get a refund.", "How I can get a refund."),
    ("Could you tell me how I could be eligible for legal aid?", "How I could be eligible for legal aid?"),
    ("Please tell me how can I know if my visa was approved?", "How can I know if my visa was approved?"),
]


@pytest.mark.parametrize(("prompt", "read"), POSSIBILITY_KEPT)
def test_how_i_can_before_a_verb_of_possibility_is_not_read_as_how_do_i(prompt: str, read: str) -> None:
    assert strip_wrapper(prompt) == read


def test_how_i_can_before_a_verb_of_doing_is_still_how_do_i() -> None:
    assert strip_wrapper("Please let me know how I can reset my password.") == "How do I reset my password."
    assert strip_wrapper("Please let me know how can I reset my PIN.") == "How do I reset my PIN."
    assert strip_wrapper("Please advise how I can access my payslips.") == "How do I access my payslips."

"""Surface forms the hard guards read as the same thing (issue #13, j125): a negative yes/no
question, a question tag, the asker's "I don't know how to", "whether or not", "no matter";
the passive voice; an acronym and its spelled-out name; number words ("two times", "a couple
of", "fifty five", "two hundred"), "once a week"; "all the time" / "every time" as "always";
weekdays in the plural. Each paraphrase reached the guards' veto on main; each trap of the same
kind must stay refused. The pairs were written for these tests (not from any evaluation set).
"""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, extract, guard_tokens, quantities
from bastion.gateway.semcache.normalise import _ABBREVIATION_RE, _abbreviation, read_casual
from bastion.gateway.semcache.settings import GuardSettings

from .conftest import ask, chat_call

pytestmark = pytest.mark.anyio

GUARDS = Guards(GuardSettings())


def _verdict(stored: str, asked: str) -> str:
    v = GUARDS.quick(asked, stored, 0.0) or GUARDS.check(extract(asked), extract(stored), float("inf"), 0.0)
    return "pass" if v.ok else v.reason


SAME = [
    # negation that does not negate the question
    ("Do I need a fishing licence on the Shannon?", "Don't I need a fishing licence on the Shannon?"),
    ("Is the library open on Easter Monday?", "Isn't the library open on Easter Monday?"),
    ("Can I claim mileage for a hospital visit?", "can't I claim mileage for a hospital visit"),
    ("Is it fine to reheat rice twice?", "It's fine to reheat rice twice, isn't it?"),
    ("How do I bleed a radiator?", "I don't know how to bleed a radiator"),
    ("Why does my kettle click off early?", "I can't work out why my kettle clicks off early"),
    ("Should I repaint the fence?", "Should I repaint the fence or not?"),
    ("Why does my dough stick whatever I do?", "why does my dough stick no matter what i do"),
    # the passive voice, roles kept
    ("Can a hawk catch a pigeon in flight?", "Can a pigeon be caught by a hawk in flight?"),
    ("Does the council collect garden waste?", "Is garden waste collected by the council?"),
    ("Has Galway ever beaten Kilkenny in a final?", "Has Kilkenny ever been beaten by Galway in a final?"),
    # an acronym against its name
    ("What is the minimum wage in the UK?", "What is the minimum wage in the United Kingdom?"),
    ("Does the IMF lend to Argentina?", "Does the International Monetary Fund lend to Argentina?"),
    # number words
    ("Should I turn the compost two times a week?", "Should I turn the compost twice a week?"),
    ("Is a couple of days enough to see Rome?", "Is 2 days enough to see Rome?"),
    ("Can I retire at fifty five?", "Can I retire at 55?"),
    ("Is two hundred grams of pasta enough for two?", "Is 200 grams of pasta enough for 2?"),
    ("Should I mow the lawn once a week?", "should i mow the lawn weekly"),
    ("Can I send 20 bucks abroad with PayPal?", "Can I send $20 abroad with PayPal?"),
    # scope
    ("Why is my toddler tired all the time?", "Why is my toddler always tired?"),
    (
        "Why does my phone restart every time I open the camera?",
        "Why does my phone always restart when I open the camera?",
    ),
    ("Can anybody join the rowing club?", "Can anyone join the rowing club?"),
    # weekdays in the plural, a phrase moved
    ("Is the museum free on Sundays?", "On Sundays is the museum free?"),
    ("How long is the train from Cork to Dublin?", "Cork to Dublin, how long is the train?"),
]

DIFFERENT = [
    # real negation
    ("Do I need a fishing licence on the Shannon?", "Why don't I need a fishing licence on the Shannon?"),
    ("Is it fine to reheat rice twice?", "It isn't fine to reheat rice twice, is it?"),
    ("Why does my kettle click off early?", "Why does my kettle not click off?"),
    ("Don't feed bread to swans", "Feed bread to swans"),
    ("How do I format a USB stick?", "I am not sure whether to format my USB stick"),
    # the asker's not knowing against their knowing (j136)
    ("I know how to swim, what should I learn next?", "I don't know how to swim, what should I learn next?"),
    ("I understand why my code fails", "I don't understand why my code fails"),
    # roles swapped, also in the passive with the surface order kept
    ("Can a hawk catch a pigeon in flight?", "Can a pigeon catch a hawk in flight?"),
    ("Can a hawk catch a pigeon in flight?", "Can a hawk be caught by a pigeon in flight?"),
    ("Has Galway ever beaten Kilkenny in a final?", "Has Galway ever been beaten by Kilkenny in a final?"),
    ("Does a van weigh more than two small cars?", "Do two small cars weigh more than a van?"),
    # a by-passive against a passive with its object kept: the subject receives, not acts (j136)
    ("Is the fee paid by the seller?", "Is the seller paid the fee?"),
    ("Was the email sent by John?", "Was John sent the email?"),
    ("Is the landlord paid the deposit?", "Is the deposit paid by the landlord?"),
    ("Was the patient sent the results?", "Were the results sent by the patient?"),
    # a noun in "-ly" is no adverb between a subject and its passive "be" (j136)
    ("Can my family be sponsored by my employer?", "Can my family sponsor my employer?"),
    # another name
    ("What is the minimum wage in the UK?", "What is the minimum wage in the USA?"),
    ("Is Washington DC expensive?", "Is Washington State expensive?"),
    # an acronym against initials of names that are not one name (j136)
    ("Is the UK safe for tourists?", "Are Uganda and Kenya safe for tourists?"),
    ("How far is the US from Spain?", "How far is Utah from Spain?"),
    ("Is the EU bigger than Russia?", "Is Egypt bigger than Uruguay?"),
    ("Is NYC expensive to visit?", "Are Nashville, York and Cork expensive to visit?"),
    # another number, unit or rate
    ("Should I turn the compost two times a week?", "Should I turn the compost three times a week?"),
    ("Is a couple of days enough to see Rome?", "Is 5 days enough to see Rome?"),
    ("Can I retire at fifty five?", "Can I retire at fifty?"),
    ("Is two hundred grams of pasta enough for two?", "Is 300 grams of pasta enough for two?"),
    ("Should I mow the lawn once a week?", "Should I mow the lawn twice a week?"),
    ("Should I mow the lawn once a week?", "Should I mow the lawn once a month?"),
    ("Can I send 20 bucks abroad with PayPal?", "Can I send 20 euros abroad with PayPal?"),
    ("What is 5 times 3?", "What is 5 times 4?"),
    ("Is the museum free on Sundays?", "Is the museum free on Mondays?"),
    # scope
    ("Why is my toddler tired all the time?", "Why is my toddler tired some of the time?"),
    ("Is the ferry from Cork to Dublin on time?", "Is the ferry from Dublin to Cork on time?"),
    # "how often" against one period it leaves open (j136)
    ("How often should I water a cactus?", "Should I water a cactus daily?"),
]


@pytest.mark.parametrize(("stored", "asked"), SAME)
def test_a_surface_form_reaches_the_verifier(stored: str, asked: str) -> None:
    assert _verdict(stored, asked) == "pass"


@pytest.mark.parametrize(("stored", "asked"), DIFFERENT)
def test_the_same_kind_of_change_is_still_refused(stored: str, asked: str) -> None:
    assert _verdict(stored, asked) != "pass"


def test_passive_is_read_in_the_active_order() -> None:
    assert extract("Can a pigeon be caught by a hawk in flight?").sequence[:3] == ("hawk", "catch", "pigeon")
    # "by" with a date after it is no agent.
    assert (
        extract("Can the form be signed by Friday?").sequence == extract("Can the form be signed on Friday?").sequence
    )


# "this may cause errors" read "may" as the month (failed safe against another month, but a
# false reading: "this may" and "this May" differ by what follows).
@pytest.mark.parametrize(
    "text", ["This may cause errors in the log.", "Why is it that this may crash on start?", "this may be a bug"]
)
def test_this_may_is_the_modal(text: str) -> None:
    assert quantities(text).numbers == ()


@pytest.mark.parametrize(
    "text", ["Is it warm in Crete this May?", "this May in Spain, is it warm?", "the weather this May was wet"]
)
def test_this_may_is_still_the_month(text: str) -> None:
    assert quantities(text).numbers == ("may",)


# "pic" has a second reading, the PIC microcontroller: in a prompt about electronics it stays.
@pytest.mark.parametrize(
    "text", ["how do i program a pic in assembly", "pic vs avr for a first robot", "pic 16f84 pinout"]
)
def test_pic_in_electronics_stays(text: str) -> None:
    assert "picture" not in read_casual(text) and "pic" in read_casual(text)


@pytest.mark.parametrize(("text", "read"), [("change my profile pic", "picture"), ("send me the pics", "pictures")])
def test_pic_as_a_picture_is_still_read(text: str, read: str) -> None:
    assert read_casual(text).split()[-1] == read


async def test_traps_of_these_kinds_miss_through_the_cache(make_cache) -> None:
    async with make_cache() as (_, cache):
        for i, (stored, asked) in enumerate(DIFFERENT):
            # A model of its own per pair: one pair's question is no other pair's answer.
            await ask(cache, chat_call(stored, model=f"m{i}"))
            call = chat_call(asked, model=f"m{i}")
            assert await ask(cache, call) is None, (stored, asked, call.cache)


def test_many_pics_read_as_pictures_with_the_chip_decided_once() -> None:
    # j136: the electronics reading of "pic" is decided once per prompt and handed to each match
    # (it was searched for over the whole prompt at every "pic": quadratic in a long prompt).
    assert read_casual("pic " * 1000).split() == ["picture"] * 1000
    m = _ABBREVIATION_RE.search("pic")
    assert m is not None
    assert _abbreviation(m, pic_as_chip=True) == "pic"
    assert _abbreviation(m, pic_as_chip=False) == "picture"


# j136: a number past a float's range (309+ digits) raised OverflowError in "N times" and
# ValueError past 4,300 digits in "Nth"; cache.py calls the guards outside a try, so one stored
# entry like that made nearby lookups raise.
HUGE = ["9" * 400 + " times a day", "9" * 5000 + "th time", "9" * 400 + " hundred times a day"]


@pytest.mark.parametrize("text", HUGE, ids=["times", "ordinal", "hundred"])
def test_a_number_past_a_floats_range_is_read_without_raising(text: str) -> None:
    assert guard_tokens(text)
    assert _verdict(text, "1 times a day") != "pass"
    assert _verdict("8" * 400 + " times a day", text) != "pass"


async def test_a_number_past_a_floats_range_misses_through_the_cache(make_cache) -> None:
    async with make_cache() as (_, cache):
        for i, text in enumerate(HUGE):
            await ask(cache, chat_call(text, model=f"m{i}"))
            assert await ask(cache, chat_call("8" * 400 + " times a day", model=f"m{i}")) is None
            assert await ask(cache, chat_call("Take it 9 times a day", model=f"m{i}")) is None


def test_number_words_are_joined_only_across_a_space_or_hyphen() -> None:
    # j136: "thirty, two kids" is two numbers; "twenty-eight" and "fifty five" are one.
    assert guard_tokens("I'm thirty, two kids")[-3:] == ("thirty", "two", "kids")
    assert guard_tokens("twenty-eight or fifty five") == ("28", "or", "55")

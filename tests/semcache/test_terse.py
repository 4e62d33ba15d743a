"""Telegraphic and keyword-style rewordings (issue #13, j77): the guards must not veto a
keyword query for its word order or for the count a "how many" question leaves unsaid, and
must still refuse the swaps and scopes a terse form makes easy to miss.

Each pair: (the question as cached, as asked). Pairs written for these tests, not from any
evaluation set."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.guards import Guards, _swapped, extract
from bastion.gateway.semcache.settings import GuardSettings

NOT_VETOED = [
    # A topic block moved to the front: a rotation, not two roles trading places.
    ("Do US citizens need a visa to visit Japan?", "visa japan us citizen"),
    ("Do US citizens need a visa to visit Japan?", "us citizen japan visa"),
    # "How many" asks a count the keyword form leaves unsaid.
    ("How many hours should I sleep each night?", "hours sleep per night"),
    ("How many people live in Tokyo?", "tokyo population"),
    ("How many people like cats?", "how many people like cats"),
    # "How come" asks why.
    ("Why is the sky blue?", "how come the sky is blue"),
]

STILL_REFUSED = [
    # Two words: a swap, whatever the form.
    ("How do I convert a PDF to Word?", "word to pdf"),
    ("Did Alice beat Bob?", "bob beat alice"),
    # A direction kept by a relation word is no rotation.
    ("How long is the flight from London to Paris?", "paris to london flight"),
    ("Flights from London to Paris", "paris london flights"),
    # "How many" is still another question than "many" or "most".
    ("How many people live in Tokyo?", "Do many people live in Tokyo?"),
    ("How many people like cats?", "Do most people like cats?"),
    ("How many times a week should I run?", "run how often per week"),
    # ... and not how.
    ("How do cats purr?", "how come cats purr?"),
]


@pytest.mark.parametrize(("cached", "asked"), NOT_VETOED)
def test_a_keyword_rewording_reaches_the_verifier(cached: str, asked: str) -> None:
    verdict = Guards(GuardSettings()).check(extract(asked), extract(cached), float("inf"), 0.0)
    assert verdict.ok, verdict


@pytest.mark.parametrize(("cached", "asked"), STILL_REFUSED)
def test_a_terse_trap_is_still_refused(cached: str, asked: str) -> None:
    assert not Guards(GuardSettings()).hard(extract(asked), extract(cached))


def test_telegraphic_means_no_article_auxiliary_or_pronoun() -> None:
    assert extract("visa japan us citizen").telegraphic
    assert extract("mexico tap water safe?").telegraphic
    assert not extract("Do US citizens need a visa?").telegraphic
    assert not extract("the best laptop for students").telegraphic


def test_between_two_sentences_a_rotation_is_still_a_swap() -> None:
    # Without a telegraphic side the rotation is left to the swap check (it let four Quora
    # non-duplicates past when it was not: "If I block people on WhatsApp" / "If someone
    # blocked me on WhatsApp").
    full = extract("Is the Tokyo office in the London building?")
    assert _swapped(extract("Is the London building in the Tokyo office?"), full)
    assert not _swapped(extract("london building tokyo office"), full)

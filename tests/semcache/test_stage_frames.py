"""The MiniLM stage asks less of a candidate whose question frame agrees with the prompt's
(``guards.frames_agree``, ``SecondStageSettings.agreeing_discount``; issue #13, engineer j89).

The pairs come from the tuning part of ``scripts/semcache_pairs_stage.py`` and
``scripts/semcache_pairs_formal2.py``: the static verifier leaves them in its band and MiniLM's
stage scores them just under its trained threshold, within the shipped discount (they move with
a re-fit of ``minilm_stage.json``; the test says which bound a re-fit broke).
"""

from __future__ import annotations

from typing import Any

import pytest

from bastion.gateway.semcache.guards import extract, frames_agree
from bastion.gateway.semcache.minilm_stage import StageModel
from bastion.gateway.semcache.settings import SecondStageSettings

from .conftest import CoreFactory, ask, chat_call

pytestmark = pytest.mark.anyio

#: (stored, asked): the same question with context added; the frame agrees.
AGREEING_PARAPHRASE = ("How do I improve my running stamina?", "I'm new to running. How do I improve my stamina?")
#: (stored, asked): every content word matches, but a request to act is not the question how.
DISAGREEING_TRAP = ("How do I cancel my subscription?", "I would like to cancel my subscription.")


@pytest.mark.parametrize(
    ("stored", "asked"),
    [
        AGREEING_PARAPHRASE,
        ("What should I put on my CV?", "Honestly, what should I put on my CV?"),
        # One side without an auxiliary (a terse query) is no disagreement.
        ("Can I freeze cooked rice?", "freeze cooked rice ok?"),
        ("How long do I cook a 2 kg chicken?", "How long should a 2 kg chicken be cooked for?"),
    ],
)
def test_frames_agree(stored: str, asked: str) -> None:
    assert frames_agree(extract(asked), extract(stored))


@pytest.mark.parametrize(
    ("stored", "asked"),
    [
        DISAGREEING_TRAP,  # a question word on one side only
        ("Why do cats purr?", "why did my cat purr?"),  # tense
        ("Should I tip my hairdresser?", "Can I tip my hairdresser?"),  # ought against may
        ("How do I plan a trip to Japan?", "Help me plan a trip to Japan."),  # a request, no question word
        ("How do I close all open tabs in Chrome?", "How do I close one open tab in Chrome?"),  # scope
        ("What is the population of Canada?", "How many people live in Canada?"),  # what / how
    ],
)
def test_frames_disagree(stored: str, asked: str) -> None:
    assert not frames_agree(extract(asked), extract(stored))


def test_threshold_for() -> None:
    model = StageModel.load()
    assert model.threshold_for(False, 0.01, 0.04) == pytest.approx(model.threshold - 0.04)
    assert model.threshold_for(True, 0.01, 0.04) == pytest.approx(model.threshold - 0.05)
    assert model.threshold_for(False, 0.01) == model.threshold
    assert model.threshold_for(True, 0.01) == pytest.approx(model.threshold - 0.01)
    assert model.threshold_for(True, 0.0) == model.threshold
    assert SecondStageSettings().agreeing_discount == pytest.approx(0.01)
    assert SecondStageSettings().threshold_discount == 0.0


def _minilm(call: Any) -> dict[str, Any]:
    detail: dict[str, Any] = call.cache["phases"]["semantic"]
    return detail


#: The frames' discount alone, on the trained threshold (``threshold_discount`` lowers both).
TRAINED = {"second_stage": {"threshold_discount": 0.0}}


async def test_agreeing_frame_served_only_with_the_discount(make_cache: CoreFactory) -> None:
    """Scored by the stage between the discounted and the trained threshold: served with the
    shipped discount, refused with none."""
    stored, asked = AGREEING_PARAPHRASE
    threshold = StageModel.load().threshold
    async with make_cache(TRAINED) as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored, _minilm(call)
        q = _minilm(call)["minilm"]["p"]
        assert threshold - SecondStageSettings().agreeing_discount <= q < threshold, q
    async with make_cache({"second_stage": {"agreeing_discount": 0.0, "threshold_discount": 0.0}}) as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) is None
        assert _minilm(call)["rejected"] == {"minilm": 1}, _minilm(call)


async def test_disagreeing_frame_keeps_the_trained_threshold(make_cache: CoreFactory) -> None:
    """A trap the stage scores within the discount of its threshold, frames not agreeing:
    refused by the stage with the shipped settings."""
    stored, asked = DISAGREEING_TRAP
    async with make_cache() as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) is None
        assert _minilm(call)["rejected"] == {"minilm": 1}, _minilm(call)


async def test_the_threshold_discount_serves_under_the_trained_threshold(make_cache: CoreFactory) -> None:
    """``threshold_discount`` (j103) lowers the threshold for every band candidate: the agreeing
    paraphrase, scored under the trained threshold, is served with the frames' discount off
    (and refused with both off, above). Shipped: 0."""
    stored, asked = AGREEING_PARAPHRASE
    lowered = 0.04  # measured, not shipped (the shipped 0 is the trained threshold)
    threshold = StageModel.load().threshold
    async with make_cache({"second_stage": {"agreeing_discount": 0.0, "threshold_discount": lowered}}) as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored, _minilm(call)
        assert threshold - lowered <= _minilm(call)["minilm"]["p"] < threshold

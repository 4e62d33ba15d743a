"""The MiniLM stage asks less of a pair of short prompts (``SecondStageSettings.short_words`` /
``short_discount``; issue #13, engineer j120; chosen by ``scripts/semcache_short_stage.py``).

The pair comes from the tuning part of ``scripts/semcache_pairs_short2.py``: the static verifier
leaves it in its band and the stage scores it under its trained threshold, within the shipped
short-prompt discount (it moves with a re-fit of ``minilm_stage.json``; the test says which bound
a re-fit broke, and the pair is then to be replaced by another in the window).
"""

from __future__ import annotations

from typing import Any

import pytest

from bastion.gateway.semcache.minilm_stage import StageModel, short_pair
from bastion.gateway.semcache.settings import SecondStageSettings

from .conftest import CoreFactory, ask, chat_call

pytestmark = pytest.mark.anyio

#: (stored, asked): a three-word chat prompt against the whole question; frames do not agree.
SHORT_PARAPHRASE = ("How do I reset my password?", "reset my pw?")


def test_short_pair_counts_the_shorter_prompt() -> None:
    assert short_pair("How do I reset my password?", "reset my password?", 5)
    assert short_pair("reset my password?", "How do I reset my password?", 5)
    assert not short_pair("How do I reset my password?", "How can I reset my password?", 5)
    assert short_pair("a b c d e", "a b c d e f g", 5)
    assert not short_pair("a b c d e f", "a b c d e f g", 5)
    assert not short_pair("reset", "reset", 0)  # 0 words: off
    s = SecondStageSettings()
    assert (s.short_words, s.short_discount) == (5, pytest.approx(0.02))


def _semantic(call: Any) -> dict[str, Any]:
    detail: dict[str, Any] = call.cache["phases"]["semantic"]
    return detail


async def test_a_short_pair_is_served_only_with_the_short_discount(make_cache: CoreFactory) -> None:
    """Scored by the stage between the discounted and the trained threshold: served with the
    shipped settings, refused with the short discount off."""
    stored, asked = SHORT_PARAPHRASE
    threshold = StageModel.load().threshold
    async with make_cache() as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) == stored, _semantic(call)
        q = _semantic(call)["minilm"]["p"]
        assert threshold - SecondStageSettings().short_discount <= q < threshold, q
    async with make_cache({"second_stage": {"short_discount": 0.0}}) as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) is None
        assert _semantic(call)["rejected"] == {"minilm": 1}, _semantic(call)


async def test_a_longer_pair_keeps_the_trained_threshold(make_cache: CoreFactory) -> None:
    """The same pair with the bound one word under the short prompt: the discount does not
    apply and the stage refuses it."""
    stored, asked = SHORT_PARAPHRASE
    async with make_cache({"second_stage": {"short_words": len(asked.split()) - 1}}) as (_, cache):
        assert await ask(cache, chat_call(stored)) is None
        call = chat_call(asked)
        assert await ask(cache, call) is None
        assert _semantic(call)["rejected"] == {"minilm": 1}, _semantic(call)

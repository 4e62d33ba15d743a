"""The LLM cache end to end on real backends (memory KV, Redis, embedded Chroma, the model)."""

from __future__ import annotations

import pytest

from bastion.gateway.call import Refusal
from bastion.gateway.semcache.keys import request_keys
from bastion.gateway.semcache.normalise import normalise

from .conftest import ask, chat, chat_call, user

pytestmark = pytest.mark.anyio


def test_exact_key_ignores_transport_fields() -> None:
    base = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0}
    same = {**base, "stream": True, "user": "u1", "metadata": {"x": 1}}
    other = {**base, "temperature": 0.7}
    assert request_keys(base).exact == request_keys(same).exact
    assert request_keys(base).exact != request_keys(other).exact
    assert request_keys(base).context != request_keys(other).context


def test_normalise_drops_only_filler() -> None:
    assert normalise("Hey, can you tell me: What's the capital of France??") == normalise(
        "what is the capital of france"
    )
    assert normalise("Is it safe?") != normalise("Is it not safe?")
    assert normalise("costs $3.50") != normalise("costs $35")


def test_the_ascii_punctuation_steps_strip_what_the_pattern_strips() -> None:
    """Plain-ASCII text loses its punctuation in two cheaper steps (a translation table, then
    the rules for ".", "," and "-" only where there is one): the same text as the one pattern,
    on random text dense in digits, points, commas, minus signs and symbols, and the fillers'
    cheap pre-checks drop exactly what their patterns drop."""
    import random

    from bastion.gateway.semcache.normalise import _PUNCT, _TRAILING_FILLER, _strip_punctuation

    rng = random.Random(5)
    alphabet = "ab Z9 0.,-+%$_'\"?!:;()[]/\\@#&*=<>|~^`{}\t\n\x00\x1c\x7f"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _strip_punctuation(text) == _PUNCT.sub(" ", text), text
    for text in ("costs -3.5, or 4,000-5,000 (approx.)", "x-ray vs. e-mail - well", "café, naïve-ish.", "3.-2,a"):
        assert _strip_punctuation(text) == _PUNCT.sub(" ", text)
    assert normalise("what is the capital of france thank you") == "what is the capital of france"
    assert normalise("what is the capital of france, thx!") == "what is the capital of france"
    assert normalise("what is the pls key?") == "what is the pls key"  # a filler word, not at the end
    assert _TRAILING_FILLER.search("a question with no filler") is None


async def test_exact_hit_and_savings(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (core, cache):
        assert await ask(cache, chat_call("What is the boiling point of water?")) is None
        call = chat_call("What is the boiling point of water?", extra={"stream": True, "user": "x"})
        assert await ask(cache, call) == "What is the boiling point of water?"
        assert call.cache["result"] == "hit" and call.cache["phase"] == "exact"
        assert call.cache["saved"] == {"tokens_in": 10, "tokens_out": 5, "cost": 0.001}
        assert "exact" in call.cache["phases"] and "ms" in call.cache["phases"]["exact"]
        assert cache.summary()["tokens_saved"] == {"in": 10, "out": 5}
        metrics = core.metrics.render().decode()
        assert 'bastion_llm_cache_lookups_total{phase="exact",result="hit"} 1.0' in metrics


async def test_normalised_hit_without_embedding(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("What is the capital of France?"))
        call = chat_call("hey, what's   the CAPITAL of france? thanks!")
        assert await ask(cache, call) == "What is the capital of France?"
        assert call.cache["phase"] == "normalised"
        # Different conversation context: no normalised match.
        other = chat_call(
            [
                {"role": "system", "content": "Answer in German."},
                {"role": "user", "content": "what is the capital of france"},
            ]
        )
        assert await ask(cache, other) is None


async def test_semantic_paraphrase_hit(make_cache) -> None:
    async with make_cache() as (_, cache):
        await ask(cache, chat_call("How can I improve my English speaking skills?"))
        call = chat_call("How do I improve my English speaking skill?")
        assert await ask(cache, call) == "How can I improve my English speaking skills?"
        assert call.cache["phase"] == "semantic" and call.cache["phases"]["semantic"]["p"] >= 0.5


async def test_no_cache_no_store_and_ttl(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        await ask(cache, chat_call("q1", cache_control="no-store"))
        assert await ask(cache, chat_call("q1")) is None  # not stored before; stored now
        call = chat_call("q1", cache_control="no-cache")
        assert await ask(cache, call, "fresh") is None
        assert call.cache["result"] == "bypass"
        await ask(cache, chat_call("q-ttl", cache_ttl=0.05))
        import anyio

        await anyio.sleep(0.2)
        assert await ask(cache, chat_call("q-ttl")) is None


async def test_errors_and_flagged_calls_are_not_stored(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        call = chat_call("q-policy")
        await cache.lookup(call)
        call.policy = [{"action": "redact"}]
        call.redacted = True
        chat(call).response = {"choices": [{"message": {"content": "x"}, "finish_reason": "stop"}]}
        assert (await cache.store(call))[0] == "skipped"
        bad = chat_call("q-err")
        await cache.lookup(bad)
        chat(bad).response = {"error": {"message": "boom"}}
        assert (await cache.store(bad))[0] == "skipped"
        assert await ask(cache, chat_call("q-policy")) is None
        assert await ask(cache, chat_call("q-err")) is None


async def test_namespaces_never_cross(make_cache) -> None:
    cfg = {"phases": {"semantic": False}, "scope": "user", "namespaces": {"team-x": {"groups": ["eng"]}}}
    async with make_cache(cfg) as (_, cache):
        await ask(cache, chat_call("shared question", principal=user("alice")))
        assert await ask(cache, chat_call("shared question", principal=user("bob"))) is None
        # A named namespace shared by a group; outsiders may not use it.
        await ask(cache, chat_call("team q", principal=user("carol", ("eng",)), cache_namespace="team-x"))
        assert (
            await ask(cache, chat_call("team q", principal=user("dan", ("eng",)), cache_namespace="team-x")) == "team q"
        )
        # An ungranted or unknown namespace is refused with a clear error, never a silent bypass.
        intruder = chat_call("team q", principal=user("eve", ("sales",)), cache_namespace="team-x")
        with pytest.raises(Refusal) as refused:
            await cache.lookup(intruder)
        assert refused.value.status == 403 and "not granted" in refused.value.message
        unknown = chat_call("team q", principal=user("carol", ("eng",)), cache_namespace="team-y")
        with pytest.raises(Refusal) as refused:
            await cache.lookup(unknown)
        assert refused.value.status == 400 and "'team-y' is not configured" in refused.value.message


async def test_flagged_calls_are_private_to_their_user(make_cache) -> None:
    async with make_cache({"phases": {"semantic": False}}) as (_, cache):
        call = chat_call("flagged q", principal=user("alice"))
        call.policy = [{"action": "flag"}]
        assert cache.namespace(call) == ("user:alice", None)
        plain = chat_call("flagged q", principal=user("alice"))
        assert cache.namespace(plain) == ("org", None)


async def test_purge_by_namespace_model_and_age(make_cache) -> None:
    async with make_cache() as (_, cache):
        await ask(cache, chat_call("purge me one", model="m1"))
        await ask(cache, chat_call("purge me two", model="m2"))
        await cache.purge(model="m1")
        assert await ask(cache, chat_call("purge me one", model="m1")) is None
        assert await ask(cache, chat_call("purge me two", model="m2")) == "purge me two"
        await cache.purge(older_than_s=3600)  # nothing is that old
        assert await ask(cache, chat_call("purge me two", model="m2")) == "purge me two"
        await cache.purge(namespace="org")
        assert await ask(cache, chat_call("purge me two", model="m2")) is None


async def test_predictive_budget(make_cache) -> None:
    cfg = {"phases": {"predictive": True, "semantic": False}, "predictive": {"calls_per_hour": 2}}
    async with make_cache(cfg) as (_, cache):
        assert cache.predictor is not None
        results = [await cache.predictor._within_budget("org") for _ in range(4)]
        assert results == [True, True, False, False]
        assert await cache.predictor._within_budget("user:other")


async def test_predictive_learns_followups(make_cache) -> None:
    cfg = {"phases": {"predictive": True, "semantic": False}, "predictive": {"min_support": 2}}
    async with make_cache(cfg) as (_, cache):
        p = cache.predictor
        assert p is not None
        for _ in range(2):
            await p._learn("org", "gpt-test", "What is Rust?", "Is it faster than Go?")
        assert await p._likely_followups("org", "gpt-test", "what is rust") == ["Is it faster than Go?"]
        assert await p._likely_followups("user:x", "gpt-test", "what is rust") == []


async def test_redis_backend(make_cache, redis_url: str) -> None:
    async with make_cache({"phases": {"semantic": False}}, cache_url=redis_url) as (_, cache):
        await ask(cache, chat_call("redis question"))
        call = chat_call("Redis question!")
        assert await ask(cache, call) == "redis question"
        assert call.cache["phase"] == "normalised"
        await cache.purge(namespace="org")
        assert await ask(cache, chat_call("redis question")) is None


async def test_stores_are_queued_off_the_request_path_bounded_and_written_in_batches(make_cache) -> None:
    from .conftest import completion

    async with make_cache({"phases": {"semantic": False}, "store_queue_max": 3}) as (core, cache):
        calls = [chat_call(f"writer question number {i}") for i in range(5)]
        for call in calls:
            await cache.lookup(call)
            chat(call).response = completion(f"answer {chat(call).request['messages'][0]['content']}")
        # Storing only queues (nothing awaits a write): three fit, the rest are dropped.
        outcomes = [await cache.store(call) for call in calls]
        assert outcomes == ["queued"] * 3 + [("skipped", {"why": "queue_full"})] * 2
        await cache.flush()
        for i in range(3):
            assert await ask(cache, chat_call(f"writer question number {i}")) == f"answer writer question number {i}"
        metrics = core.metrics.render().decode()
        assert 'bastion_llm_cache_writes_total{outcome="dropped"} 2.0' in metrics
        assert 'bastion_llm_cache_stores_total{outcome="queued"} 3.0' in metrics
        assert "bastion_llm_cache_store_queue 0.0" in metrics

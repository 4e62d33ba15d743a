"""The semantic cache's model verifier, end to end: a borderline candidate (learned verifier
probability between ``verifier.lower`` and the threshold, every hard guard passed) is served only when the verifier
model, called through the gateway's own LLM front door as the calling user, says YES; the
verdict is remembered; the verifier's own request never touches the cache."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.normalise import canonical_question
from bastion.gateway.semcache.settings import SemcacheSettings
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import PairVerifier, pair_features
from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.llm.conftest import trace
from tests.semcache.pairs import PARAPHRASES

LOWER = 0.30


@pytest.fixture(scope="module")
def verified(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    config = {
        # The model verifier alone decides the band here (the MiniLM second stage, which would
        # serve some of these pairs before the model is asked, has its own tests).
        "semcache": {
            "enabled": True,
            "verifier": {"enabled": True, "model": "judge", "lower": LOWER},
            "second_stage": {"enabled": False},
        },
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
            "aliases": {"main": ["oa/gpt-x"], "judge": ["oa/judge-mini"]},
        },
    }
    with start_gateway(tmp_path_factory.mktemp("llm-verifier"), config, timeout=180) as gw:
        yield gw


@pytest.fixture(scope="module")
def borderline() -> list[tuple[str, str]]:
    """Hand-written paraphrase pairs that pass every hard guard and that the learned verifier
    scores inside the model verifier's band (``[lower, threshold)``): the pairs it decides."""
    guards = Guards(SemcacheSettings().guards)
    encoder, learned = shared_cache_encoder(), PairVerifier.load()
    out = []
    for a, b in PARAPHRASES:
        if canonical_question(a) == canonical_question(b):
            continue  # the normalised phase answers these before the semantic one
        va, vb = encoder.embed_sync([a, b])
        q, c = extract(b), extract(a)
        p = float(learned.probability(pair_features(q, c, b, a, float(va @ vb))))
        if guards.hard(q, c) and LOWER + 0.02 <= p < learned.threshold - 0.02 and float(va @ vb) >= 0.5:
            out.append((a, b))
    assert len(out) >= 3, "the hand-written pairs should include borderline paraphrases"
    return out


def _ask(client: openai.OpenAI, prompt: str) -> tuple[str, str, str]:
    raw = client.chat.completions.with_raw_response.create(
        model="main", temperature=0, messages=[{"role": "user", "content": prompt}]
    )
    body = raw.parse()
    return body.choices[0].message.content or "", raw.headers["x-bastion-cache"], raw.headers["x-bastion-trace-id"]


def _verifier_requests(fake_ctl: FakeControl) -> list[dict[str, Any]]:
    return [r for r in fake_ctl.requests("/chat/completions") if r["body"].get("model") == "judge-mini"]


def test_verifier_confirms_and_refuses_borderline_candidates(
    verified: GatewayProcess, borderline: list[tuple[str, str]], fake_ctl: FakeControl
) -> None:
    fake_ctl.reset()
    client = openai.OpenAI(base_url=verified.url + "/v1", api_key=verified.create_key("vera"), max_retries=0)
    (yes_a, yes_b), (no_a, no_b) = borderline[0], borderline[1]

    # Stored from the upstream.
    for prompt in (yes_a, no_a):
        answer, cache, _ = _ask(client, prompt)
        assert cache == "miss" and answer == f"echo: {prompt}"

    # YES: the cached answer is served, and the trace says it was verified.
    fake_ctl.script({"text": "YES"})
    answer, cache, trace_id = _ask(client, yes_b)
    assert answer == f"echo: {yes_a}"
    assert cache.startswith("hit; phase=semantic")
    semantic = trace(verified, trace_id)["cache"]["phases"]["semantic"]
    assert semantic["verified"] is True
    asked = _verifier_requests(fake_ctl)
    assert len(asked) == 1
    question = asked[0]["body"]["messages"][-1]["content"]
    assert yes_a in question and yes_b in question
    # The verifier runs as the calling user with the gateway's provider key, never the client's.
    assert asked[0]["headers"].get("authorization") == "Bearer up"

    # The verdict is remembered: the same question again needs no second verifier call.
    answer, cache, _ = _ask(client, yes_b)
    assert answer == f"echo: {yes_a}" and cache.startswith("hit; phase=semantic")
    assert len(_verifier_requests(fake_ctl)) == 1

    # NO: the candidate is refused and the question goes upstream.
    fake_ctl.script({"text": "NO"})
    answer, cache, trace_id = _ask(client, no_b)
    assert cache == "miss" and answer == f"echo: {no_b}"
    semantic = trace(verified, trace_id)["cache"]["phases"]["semantic"]
    assert semantic["rejected"].get("verifier") == 1
    assert len(_verifier_requests(fake_ctl)) == 2


def test_a_failing_verifier_means_not_confirmed(
    verified: GatewayProcess, borderline: list[tuple[str, str]], fake_ctl: FakeControl
) -> None:
    client = openai.OpenAI(base_url=verified.url + "/v1", api_key=verified.create_key("fay"), max_retries=0)
    a, b = borderline[2]
    _ask(client, a)
    fake_ctl.reset()
    fake_ctl.fail(400)  # the verifier's call is refused upstream (not retried)
    answer, cache, trace_id = _ask(client, b)
    assert cache == "miss" and answer == f"echo: {b}"
    assert trace(verified, trace_id)["cache"]["phases"]["semantic"]["rejected"].get("verifier") == 1
    assert len(_verifier_requests(fake_ctl)) == 1

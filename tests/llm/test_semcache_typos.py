"""The typo retry (``spelling.py``) end to end: a real gateway process with the semantic cache's
shipped defaults (the default ``memory://`` KV store, the writer storing entries after the
response, the default vector-store layout), a fake OpenAI-compatible upstream, and clients
speaking the real wire format. Thirty questions are stored through the front door; their
misspelt variants are then served the stored answers, the retry saying so in the call's audit
record, and near misses with a real different word (one the encoder lacks whole too) are not served."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import pytest

from bastion.gateway.semcache.spelling import Vocabulary, correct
from bastion.gateway.semcache.transform import shared_cache_encoder
from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway
from tests.llm.conftest import trace
from tests.llm.typo_questions import FAMILIES, TRAPS, UNKNOWN_WORD_TRAPS


@dataclass(frozen=True)
class Asked:
    """One question's answer, its ``x-bastion-cache`` header and its semantic phase's record."""

    answer: str
    cache: str
    semantic: dict[str, Any]

    @property
    def corrected(self) -> bool:
        """Served through the typo retry (the audit record's ``corrected`` detail)."""
        return self.cache.startswith("hit") and "corrected" in self.semantic


def gateway_config(fake: FakeProvider, cache: dict[str, Any] | None = None) -> dict[str, Any]:
    """The semantic cache on with every other setting as shipped."""
    return {
        "semcache": {"enabled": True},
        **({"cache": cache} if cache else {}),
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
            "aliases": {"main": ["oa/gpt-x"]},
        },
    }


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[GatewayProcess]:
    with start_gateway(tmp_path_factory.mktemp("llm-typos"), gateway_config(fake), timeout=180) as gw:
        yield gw


def ask(gw: GatewayProcess, client: openai.OpenAI, prompt: str, audit: bool = True, store: bool = True) -> Asked:
    """``store=False``: looked up but never stored (``Cache-Control: no-store``), so a variant
    that misses does not become a stored prompt the next variant could be served from."""
    raw = client.chat.completions.with_raw_response.create(
        model="main",
        temperature=0,
        messages=[{"role": "user", "content": prompt}],
        extra_headers={} if store else {"cache-control": "no-store"},
    )
    answer = raw.parse().choices[0].message.content or ""
    semantic = trace(gw, raw.headers["x-bastion-trace-id"])["cache"]["phases"].get("semantic", {}) if audit else {}
    return Asked(answer, raw.headers["x-bastion-cache"], semantic)


def store_all(gw: GatewayProcess, client: openai.OpenAI, prompts: list[str]) -> None:
    """Ask each prompt once (a miss, stored after the response), then wait the way a client
    can: until each is served again from the cache."""
    for p in prompts:
        assert ask(gw, client, p, audit=False).cache == "miss"
    deadline = time.monotonic() + 30
    waiting = list(prompts)
    while waiting:
        waiting = [p for p in waiting if not ask(gw, client, p, audit=False).cache.startswith("hit")]
        assert time.monotonic() < deadline, f"never stored: {waiting}"
        time.sleep(0.05)


def measure(gw: GatewayProcess, client: openai.OpenAI) -> dict[str, list[tuple[str, Asked]]]:
    """Every variant and trap asked once: (stored question or trap, outcome), by kind."""
    out: dict[str, list[tuple[str, Asked]]] = {"one": [], "two": [], "trap": []}
    for stored, one, two in FAMILIES:
        out["one"].append((stored, ask(gw, client, one, store=False)))
        out["two"].append((stored, ask(gw, client, two, store=False)))
    for t in TRAPS + UNKNOWN_WORD_TRAPS:
        out["trap"].append((t, ask(gw, client, t, store=False)))
    return out


def expected(stored: str, variant: str) -> bool:
    """Whether the speller, given the stored questions' words, corrects ``variant`` back to
    ``stored`` (the end-to-end test checks the gateway serves every such variant)."""
    words = set().union(*(_words(f[0]) for f in FAMILIES))
    return correct(variant, words, _ENCODER.static.word_id) == stored


def _words(prompt: str) -> set[str]:
    vocabulary = Vocabulary()
    vocabulary.add("", prompt)
    return set(vocabulary.words(""))


_ENCODER = shared_cache_encoder()


def check(got: dict[str, list[tuple[str, Asked]]]) -> None:
    """Every variant the speller corrects is served its stored answer (at least 40 of the 60
    through the retry: the others the first lookup already served); no trap is served."""
    corrected = 0
    for stored, one, two in FAMILIES:
        for variant in (one, two):
            a = next(a for s, a in got["one" if variant == one else "two"] if s == stored)
            if expected(stored, variant):
                assert a.cache.startswith("hit") and a.answer == f"echo: {stored}", (variant, a)
                corrected += a.corrected
    assert corrected >= 40
    served = [(t, a.answer) for t, a in got["trap"] if a.cache.startswith("hit")]
    assert served == []


def test_misspelt_questions_are_served_through_the_typo_retry(shipped: GatewayProcess) -> None:
    client = openai.OpenAI(base_url=shipped.url + "/v1", api_key=shipped.create_key("tyler"), max_retries=0)
    store_all(shipped, client, [f[0] for f in FAMILIES])
    check(measure(shipped, client))


def test_a_restarted_gateway_corrects_towards_the_stored_questions(
    tmp_path: Path, fake: FakeProvider, redis_url: str
) -> None:
    """With Redis, the default layout keeps vectors in a local SQLite store: a new process
    learns the stored questions' words when it reads them back, not only as they are stored."""
    config = gateway_config(fake, {"url": redis_url})
    with start_gateway(tmp_path, config, timeout=180) as first:
        key = first.create_key("rita")
        store_all(
            first, openai.OpenAI(base_url=first.url + "/v1", api_key=key, max_retries=0), [f[0] for f in FAMILIES]
        )
    with start_gateway(tmp_path, config, timeout=180) as second:
        check(measure(second, openai.OpenAI(base_url=second.url + "/v1", api_key=key, max_retries=0)))

"""The semantic cache's persistent vector store in a real gateway process: with Redis holding the
entries, a graceful shutdown writes what is still queued to the local SQLite store, and the next
start reads it back and serves a paraphrase semantically."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openai

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess
from tests.semcache.conftest import semantic_pair


def _ask(gw: GatewayProcess, key: str, prompt: str) -> tuple[str, str]:
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="main", temperature=0, messages=[{"role": "user", "content": prompt}]
    )
    return raw.parse().choices[0].message.content or "", raw.headers["x-bastion-cache"]


def test_vectors_survive_a_restart_of_the_gateway(tmp_path: Path, fake: FakeProvider, redis_url: str) -> None:
    asked, paraphrase = semantic_pair()
    config = {
        "semcache": {"enabled": True},
        "cache": {"url": redis_url},
        "llm": {
            "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
            "aliases": {"main": ["oa/gpt-x"]},
        },
    }
    first = GatewayProcess(tmp_path, config).start(timeout=180)
    try:
        key = first.create_key("sam")
        answer, cache = _ask(first, key, asked)
        assert cache.startswith("miss")
    finally:
        # SIGTERM right after the answer: the entry may still be queued; shutdown writes it.
        assert first.stop(timeout=60) == 0
    # One file, named by the collection and the cache transform's version.
    (store,) = (tmp_path / "data" / "semcache").glob("bastion_llm_cache_static_*.sqlite3")
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT prompt FROM vectors").fetchall() == [(asked,)]

    second = GatewayProcess(tmp_path, config).start(timeout=180)
    try:
        served, cache = _ask(second, key, paraphrase)
        assert "phase=semantic" in cache and served == answer
    finally:
        second.stop(timeout=60)

"""Fixtures for the LLM cache: one embedding model per session, a fresh ``Core`` per test."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import anyio
import pytest

from bastion.gateway.call import Call, Credentials
from bastion.gateway.core import Core
from bastion.gateway.embeddings import Embedder
from bastion.gateway.principal import Principal
from bastion.gateway.semcache.cache import SemanticCache, cache_for_core
from bastion.gateway.semcache.facts import ChatExchange
from bastion.gateway.semcache.guards import Guards, extract
from bastion.gateway.semcache.minilm_stage import StageModel
from bastion.gateway.semcache.normalise import canonical_question
from bastion.gateway.semcache.settings import SemcacheSettings
from bastion.gateway.semcache.transform import shared_cache_encoder
from bastion.gateway.semcache.verifier import PairVerifier, pair_features
from bastion.settings import load_settings
from tests.processes import answers, stop_process, wait_until

from .pairs import PARAPHRASES


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    e = Embedder()
    e.load()
    return e


CoreFactory = Callable[..., contextlib.AbstractAsyncContextManager[tuple[Core, SemanticCache]]]


@pytest.fixture
def make_cache(tmp_path: Path, embedder: Embedder) -> CoreFactory:
    @contextlib.asynccontextmanager
    async def factory(
        semcache: dict[str, Any] | None = None, cache_url: str = "memory://", replica: str = "data"
    ) -> AsyncIterator[tuple[Core, SemanticCache]]:
        settings = load_settings(
            data_dir=str(tmp_path / replica),
            semcache=semcache or {},
            cache={"url": cache_url},
            auth={"admin_key": "bst-admin-test-key-0123456789"},
        )
        core = Core(settings)
        core.embedder = embedder
        cache = cache_for_core(core)
        assert cache is not None
        async with core.running():
            yield core, cache

    return factory


def user(uid: str = "alice", groups: tuple[str, ...] = ()) -> Principal:
    return Principal(user_id=uid, auth_method="api_key", groups=groups)


def chat_call(
    messages: list[dict[str, Any]] | str, principal: Principal | None = None, model: str = "gpt-test", **attrs: Any
) -> Call:
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    req = {"model": model, "messages": messages, "temperature": attrs.pop("temperature", 0)}
    req.update(attrs.pop("extra", {}))
    call = Call(
        front_door="llm",
        kind="chat",
        target=model,
        credentials=Credentials(),
        method="chat.completions",
        principal=principal or user(),
    )
    call.put(ChatExchange(req, **attrs))
    return call


def chat(call: Call) -> ChatExchange:
    """The call's chat facts (request, cache headers, response)."""
    facts = call.fact(ChatExchange)
    assert facts is not None
    return facts


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-test",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


async def ask(cache: SemanticCache, call: Call, answer: str | None = None) -> str | None:
    """Look up; on a miss store ``answer`` (default: the prompt itself). Returns the answer
    served from cache, or None on a miss."""
    await cache.lookup(call)
    if call.served_from_cache:
        return chat(call).response["choices"][0]["message"]["content"]
    req = chat(call).request
    chat(call).response = completion(answer or req["messages"][-1]["content"])
    call.tokens_in, call.tokens_out, call.cost = 10, 5, 0.001
    await cache.store(call)
    await cache.flush()  # entries are written after the response, by the cache's writer
    return None


def semantic_pair() -> tuple[str, str]:
    """A hand-written paraphrase pair only the semantic phase matches, clearly above the
    verifier's operating point and at or above the MiniLM stage's upper edge (served by the
    verifier alone, whether or not MiniLM runs)."""
    encoder, verifier = shared_cache_encoder(), PairVerifier.load()
    floor = min(0.99, max(verifier.threshold + 0.02, StageModel.load().upper))
    guards = Guards(SemcacheSettings().guards)
    for a, b in PARAPHRASES:
        if canonical_question(a) == canonical_question(b):
            continue
        va, vb = encoder.embed_sync([a, b])
        q, c = extract(b), extract(a)
        p = verifier.probability(pair_features(q, c, b, a, float(va @ vb)))
        if guards.hard(q, c) and p >= floor:
            return a, b
    raise AssertionError("no clear semantic paraphrase among the hand-written pairs")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
        return True
    return False


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    """A real Chroma server (the ``chroma`` CLI that ships with chromadb) on a free port."""
    binary = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/api/v2/heartbeat"), proc, "chroma server")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_process(proc)


T = TypeVar("T")


async def watching_lanes(embedder: Embedder, call: Callable[[], Awaitable[T]]) -> tuple[T, int]:
    """``call()``'s result and the most lanes ``embedder`` had encoding at once meanwhile (a
    task looks at every turn of the event loop while the call runs)."""
    seen: list[int] = []
    done = anyio.Event()

    async def watch() -> None:
        while not done.is_set():
            seen.append(embedder.in_use)
            await anyio.sleep(0)

    async with anyio.create_task_group() as tg:
        tg.start_soon(watch)
        await anyio.sleep(0)  # the watcher has looked once
        out = await call()
        done.set()
    return out, max(seen)

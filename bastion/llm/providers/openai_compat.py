"""OpenAI and every OpenAI-compatible server (vLLM, LM Studio, llama.cpp, Together, Groq ...).

The request is already in this wire format: it goes upstream with only the model replaced
(unknown extra fields included), which keeps this, the busiest path, nearly free.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import orjson

from bastion.llm.providers.base import INTERNAL_KEYS, Provider, UpstreamError, sse_data


class OpenAICompatProvider(Provider):
    def chat_url(self, model: str) -> str:
        return f"{self.base_url}/chat/completions"

    def embeddings_url(self, model: str) -> str:
        return f"{self.base_url}/embeddings"

    def body(self, req: dict[str, Any], model: str) -> dict[str, Any]:
        body = {**req, "model": model}
        for k in INTERNAL_KEYS:
            body.pop(k, None)
        return body

    async def chat(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        body = self.body(req, model)
        body.pop("stream", None)
        body.pop("stream_options", None)
        resp = await self.post_json(self.chat_url(model), body, timeout_s)
        if not isinstance(resp, dict) or "choices" not in resp:
            raise UpstreamError(f"{self.name}: answer is not a chat completion", status=502)
        return resp

    async def open_stream(self, req: dict[str, Any], model: str, timeout_s: float) -> AsyncIterator[dict[str, Any]]:
        body = self.body(req, model)
        body["stream"] = True
        if self.settings.stream_usage:
            # Always ask for usage so tokens and cost are recorded; the endpoint drops the usage
            # chunk again when the client did not ask for it.
            body["stream_options"] = {**(req.get("stream_options") or {}), "include_usage": True}
        resp = await self.open(self.chat_url(model), body, timeout_s)
        return self._chunks(sse_data(resp, self.name))

    async def _chunks(self, data: AsyncIterator[bytes]) -> AsyncIterator[dict[str, Any]]:
        done = False
        async with aclosing(data) as it:  # type: ignore[type-var]
            async for payload in it:
                if payload == b"[DONE]":
                    done = True
                    break
                try:
                    ch = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"{self.name}: malformed stream chunk", kind="stream") from None
                if "error" in ch and "choices" not in ch:
                    err = ch["error"]
                    msg = err.get("message") if isinstance(err, dict) else str(err)
                    raise UpstreamError(f"{self.name}: {msg}", kind="stream")
                choices = ch.get("choices")
                if choices and len(choices) > 1:
                    # One choice per chunk, so output policy sees every choice's text.
                    for c in choices:
                        yield {**ch, "choices": [c]}
                    continue
                yield ch
        if not done:
            # A clean end of the body without the terminator is a cut stream, not an answer.
            raise UpstreamError(f"{self.name}: stream ended before [DONE]", kind="stream")

    async def embed(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        return await self.post_json(self.embeddings_url(model), self.body(req, model), timeout_s)

"""Ollama's native API (``/api/chat`` with NDJSON streams, ``/api/embed``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import orjson

from bastion.llm.providers.base import Provider, UpstreamError, lines
from bastion_wire.anthropic import StreamError
from bastion_wire.ollama import (
    OllamaToOpenAIStream,
    embed_request_to_ollama,
    embed_response_from_ollama,
    request_to_ollama,
    response_from_ollama,
)


class OllamaProvider(Provider):
    async def chat(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        body = request_to_ollama(req, model)
        body["stream"] = False
        resp = await self.post_json(f"{self.base_url}/api/chat", body, timeout_s)
        if not isinstance(resp, dict) or "message" not in resp:
            raise UpstreamError(f"{self.name}: answer is not a chat response", status=502)
        return response_from_ollama(resp)

    async def open_stream(self, req: dict[str, Any], model: str, timeout_s: float) -> AsyncIterator[dict[str, Any]]:
        body = request_to_ollama(req, model)
        body["stream"] = True
        resp = await self.open(f"{self.base_url}/api/chat", body, timeout_s)
        return self._chunks(lines(resp, self.name))

    async def _chunks(self, data: AsyncIterator[bytes]) -> AsyncIterator[dict[str, Any]]:
        conv = OllamaToOpenAIStream()
        async with aclosing(data) as it:  # type: ignore[type-var]
            async for raw in it:
                try:
                    line = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"{self.name}: malformed stream line", kind="stream") from None
                try:
                    for ch in conv.feed(line):
                        yield ch
                except StreamError as e:
                    raise UpstreamError(f"{self.name}: {e}", kind="stream") from None
        if not conv.done:
            raise UpstreamError(f"{self.name}: stream ended before the done line", kind="stream")

    async def embed(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        resp = await self.post_json(f"{self.base_url}/api/embed", embed_request_to_ollama(req, model), timeout_s)
        return embed_response_from_ollama(resp, model)

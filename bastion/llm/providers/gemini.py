"""Google Gemini (``models/{model}:generateContent`` and ``:streamGenerateContent?alt=sse``,
``:batchEmbedContents`` for embeddings)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any
from urllib.parse import quote

import orjson

from bastion.llm.providers.base import Provider, UpstreamError, sse_data
from bastion.llm.translate.common import text_of
from bastion.llm.translate.gemini import GeminiToOpenAIStream, request_to_gemini, response_from_gemini


class GeminiProvider(Provider):
    def auth_headers(self) -> dict[str, str]:
        return {"x-goog-api-key": self.api_key} if self.api_key else {}

    def _url(self, model: str, method: str) -> str:
        return f"{self.base_url}/v1beta/models/{quote(model, safe='')}:{method}"

    async def chat(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        resp = await self.post_json(self._url(model, "generateContent"), request_to_gemini(req), timeout_s)
        if not isinstance(resp, dict):
            raise UpstreamError(f"{self.name}: answer is not a GenerateContentResponse", status=502)
        return response_from_gemini(resp, model)

    async def open_stream(self, req: dict[str, Any], model: str, timeout_s: float) -> AsyncIterator[dict[str, Any]]:
        url = self._url(model, "streamGenerateContent") + "?alt=sse"
        resp = await self.open(url, request_to_gemini(req), timeout_s)
        return self._chunks(sse_data(resp, self.name), model)

    async def _chunks(self, data: AsyncIterator[bytes], model: str) -> AsyncIterator[dict[str, Any]]:
        conv = GeminiToOpenAIStream(model)
        async with aclosing(data) as it:  # type: ignore[type-var]
            async for payload in it:
                try:
                    event = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"{self.name}: malformed stream event", kind="stream") from None
                if "error" in event:
                    raise UpstreamError(f"{self.name}: {event['error'].get('message', 'error')}", kind="stream")
                for ch in conv.feed(event):
                    yield ch
        for ch in conv.finish_chunks():
            yield ch

    async def embed(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        inputs = req.get("input") or []
        texts = [inputs] if isinstance(inputs, str) else [text_of(t) if not isinstance(t, str) else t for t in inputs]
        body = {"requests": [{"model": f"models/{model}", "content": {"parts": [{"text": t}]}} for t in texts]}
        resp = await self.post_json(self._url(model, "batchEmbedContents"), body, timeout_s)
        data = [
            {"object": "embedding", "index": i, "embedding": e.get("values", [])}
            for i, e in enumerate(resp.get("embeddings") or [])
        ]
        return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": 0, "total_tokens": 0}}

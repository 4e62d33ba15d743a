"""Anthropic Messages API (``POST /v1/messages``, named SSE events)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import orjson

from bastion.llm.providers.base import Provider, UpstreamError, sse_data
from bastion_wire.anthropic import (
    AnthropicToOpenAIStream,
    StreamError,
    request_to_anthropic,
    response_from_anthropic,
)

DEFAULT_VERSION = "2023-06-01"


class AnthropicProvider(Provider):
    def auth_headers(self) -> dict[str, str]:
        headers = {"anthropic-version": self.settings.api_version or DEFAULT_VERSION}
        if self.api_key:
            headers["x-api-key"] = self.api_key
        return headers

    async def chat(self, req: dict[str, Any], model: str, timeout_s: float) -> dict[str, Any]:
        body = request_to_anthropic(req, model)
        body.pop("stream", None)
        resp = await self.post_json(f"{self.base_url}/v1/messages", body, timeout_s)
        if not isinstance(resp, dict) or resp.get("type") != "message":
            raise UpstreamError(f"{self.name}: answer is not a message", status=502)
        return response_from_anthropic(resp)

    async def open_stream(self, req: dict[str, Any], model: str, timeout_s: float) -> AsyncIterator[dict[str, Any]]:
        body = request_to_anthropic(req, model)
        body["stream"] = True
        resp = await self.open(f"{self.base_url}/v1/messages", body, timeout_s)
        return self._chunks(sse_data(resp, self.name))

    # -- native pass-through (Anthropic client -> Anthropic upstream) -----------------------

    def _native_headers(self, beta: str | None) -> dict[str, str]:
        return {**self.headers, "anthropic-beta": beta} if beta else self.headers

    async def messages(
        self, body: dict[str, Any], model: str, timeout_s: float, beta: str | None = None
    ) -> dict[str, Any]:
        """The client's Messages request as it is (model replaced); the native answer back."""
        native = {**body, "model": model}
        native.pop("stream", None)
        resp = await self.post_json(f"{self.base_url}/v1/messages", native, timeout_s, self._native_headers(beta))
        if not isinstance(resp, dict) or resp.get("type") != "message":
            raise UpstreamError(f"{self.name}: answer is not a message", status=502)
        return resp

    async def open_messages_stream(
        self, body: dict[str, Any], model: str, timeout_s: float, beta: str | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        native = {**body, "model": model, "stream": True}
        resp = await self.open(f"{self.base_url}/v1/messages", native, timeout_s, self._native_headers(beta))
        return self._events(sse_data(resp, self.name))

    async def _events(self, data: AsyncIterator[bytes]) -> AsyncIterator[dict[str, Any]]:
        stopped = False
        async with aclosing(data) as it:  # type: ignore[type-var]
            async for payload in it:
                try:
                    event = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"{self.name}: malformed stream event", kind="stream") from None
                if event.get("type") == "error":
                    err = event.get("error") or {}
                    raise UpstreamError(f"{self.name}: {err.get('message', 'stream error')}", kind="stream")
                stopped = event.get("type") == "message_stop"
                yield event
        if not stopped:
            raise self._cut()

    def _cut(self) -> UpstreamError:
        # The body ended cleanly but without message_stop: the answer is incomplete.
        return UpstreamError(f"{self.name}: stream ended before message_stop", kind="stream")

    async def _chunks(self, data: AsyncIterator[bytes]) -> AsyncIterator[dict[str, Any]]:
        conv = AnthropicToOpenAIStream()
        async with aclosing(data) as it:  # type: ignore[type-var]
            async for payload in it:
                try:
                    event = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    raise UpstreamError(f"{self.name}: malformed stream event", kind="stream") from None
                try:
                    for ch in conv.feed(event):
                        yield ch
                except StreamError as e:
                    raise UpstreamError(f"{self.name}: {e}", kind="stream") from None
        if not conv.stopped:
            raise self._cut()

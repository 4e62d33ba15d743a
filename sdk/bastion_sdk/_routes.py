"""What each call sends where, and how its answer is read: pure functions over dicts, shared by
the sync and the async client (which only differ in how they do HTTP).

Gateway mode sends every call to the gateway in the OpenAI or Anthropic shape, the model name
unchanged. Direct mode picks the provider from the model's prefix and translates with
:mod:`bastion_wire`, the gateway's own translation layer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol
from urllib.parse import quote

from bastion_sdk.config import Settings
from bastion_sdk.errors import BadRequestError, ConfigurationError, UpstreamError, error_from_stream_event
from bastion_wire import anthropic as wire_anthropic
from bastion_wire import gemini as wire_gemini
from bastion_wire import ollama as wire_ollama
from bastion_wire.common import TranslationError

ANTHROPIC_VERSION = "2023-06-01"
AZURE_API_VERSION = "2024-10-21"


class Converter(Protocol):
    """Turns the decoded payloads of a stream into the payloads the caller receives."""

    def feed(self, payload: dict[str, Any]) -> Iterable[dict[str, Any]]: ...

    def finish(self) -> Iterable[dict[str, Any]]: ...


class Passthrough:
    """OpenAI-shaped streams (OpenAI, Azure, the gateway): chunks as they come; errors raised."""

    def feed(self, payload: dict[str, Any]) -> Iterable[dict[str, Any]]:
        if payload.get("type") == "error" or ("error" in payload and "choices" not in payload):
            # An error after the stream started (a policy block on the output, an upstream
            # failure): the same typed error as before it.
            raise error_from_stream_event(payload)
        return (payload,)

    def finish(self) -> Iterable[dict[str, Any]]:
        return ()


class _Wrapped:
    """A ``bastion_wire`` stream translator as a :class:`Converter`."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def feed(self, payload: dict[str, Any]) -> Iterable[dict[str, Any]]:
        if "error" in payload and isinstance(payload["error"], dict) and "type" not in payload:
            raise error_from_stream_event(payload)
        try:
            return list(self.inner.feed(payload))
        except wire_anthropic.StreamError as e:
            raise UpstreamError(str(e)) from None

    def finish(self) -> Iterable[dict[str, Any]]:
        done = getattr(self.inner, "finish_chunks", None)
        return list(done()) if done else ()


class ToAnthropicEvents:
    """OpenAI chunks (after ``first``) -> Anthropic stream events: ``messages()`` on a
    non-Anthropic provider in direct mode."""

    def __init__(self, first: Converter, model: str) -> None:
        self.first = first
        self.out = wire_anthropic.OpenAIToAnthropicStream(model)

    def feed(self, payload: dict[str, Any]) -> Iterable[dict[str, Any]]:
        return [data for ch in self.first.feed(payload) for _, data in self.out.feed(ch)]

    def finish(self) -> Iterable[dict[str, Any]]:
        tail = [data for ch in self.first.finish() for _, data in self.out.feed(ch)]
        return tail + [data for _, data in self.out.finish_events()]


@dataclass
class Plan:
    """One HTTP exchange and how to read it."""

    method: Literal["GET", "POST"]
    url: str
    headers: dict[str, str]
    json: dict[str, Any] | None = None
    #: Non-streamed: the decoded JSON answer -> the caller's payload.
    parse: Any = None
    #: Streamed: how the body is framed, and what turns its payloads into the caller's.
    framing: Literal["sse", "ndjson"] = "sse"
    converter: Converter = field(default_factory=Passthrough)
    provider: str | None = None


def split_model(model: str) -> tuple[str, str]:
    provider, sep, name = model.partition("/")
    if not sep or not name:
        raise ConfigurationError(
            f"model '{model}' has no provider prefix: in direct mode write 'openai/{model}', "
            "'anthropic/...', 'gemini/...', 'ollama/...' or 'azure/<deployment>' "
            "(or configure a gateway: `bastion configure`)"
        )
    return provider, name


def decode_payloads(lines: Iterable[str], framing: str) -> Iterator[dict[str, Any]]:
    """The JSON payloads of an SSE (``data:`` lines, up to ``[DONE]``) or NDJSON body."""
    for line in lines:
        if framing == "sse":
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                return
        else:
            data = line.strip()
        if not data:
            continue
        try:
            yield json.loads(data)
        except ValueError:
            raise UpstreamError(f"malformed stream line: {data[:100]}") from None


class Routes:
    """Builds the :class:`Plan` of every call for one set of settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def gateway(self) -> bool:
        return self.settings.url is not None

    # -- gateway -----------------------------------------------------------------------------

    def _gw_headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        key = self.settings.api_key.get_secret_value() if self.settings.api_key else None
        if not key:
            raise ConfigurationError("gateway mode needs an API key: set BASTION_API_KEY or pass api_key=")
        return {"authorization": f"Bearer {key}", **(extra or {})}

    def gateway_plan(self, method: Literal["GET", "POST"], path: str, body: dict[str, Any] | None) -> Plan:
        assert self.settings.url is not None
        return Plan(method, self.settings.url + path, self._gw_headers(), body, parse=lambda r: r)

    # -- direct: per provider ----------------------------------------------------------------

    def _provider(self, name: str) -> tuple[str, dict[str, str], Any]:
        p = self.settings.provider(name)
        key = p.api_key.get_secret_value() if p.api_key else None
        if name in ("openai", "azure", "anthropic", "gemini") and not key:
            env = {"openai": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY"}.get(
                name, {"anthropic": "ANTHROPIC_API_KEY", "gemini": "GEMINI_API_KEY"}.get(name, "")
            )
            raise ConfigurationError(f"no API key for '{name}': set {env}, pass providers=, or run `bastion configure`")
        base = p.resolved_base_url(name)
        headers = {
            "openai": lambda: {"authorization": f"Bearer {key}"},
            "azure": lambda: {"api-key": str(key)},
            "anthropic": lambda: {"x-api-key": str(key), "anthropic-version": p.api_version or ANTHROPIC_VERSION},
            "gemini": lambda: {"x-goog-api-key": str(key)},
            "ollama": lambda: {"authorization": f"Bearer {key}"} if key else {},
        }[name]()
        return base, headers, p

    def _azure_url(self, base: str, p: Any, deployment: str, what: str) -> str:
        version = p.api_version or AZURE_API_VERSION
        return f"{base}/openai/deployments/{quote(deployment, safe='')}/{what}?api-version={version}"

    # -- calls -------------------------------------------------------------------------------

    def chat(self, body: dict[str, Any]) -> Plan:
        """``body`` is an OpenAI chat-completions request; the plan yields OpenAI shapes."""
        try:
            return self._chat(body)
        except TranslationError as e:
            # What the gateway answers with 400 for the same request.
            raise BadRequestError(str(e), status=400, code="invalid_request_error") from None

    def _chat(self, body: dict[str, Any]) -> Plan:
        stream = bool(body.get("stream"))
        if self.gateway:
            return self.gateway_plan("POST", "/v1/chat/completions", body)
        provider, model = split_model(str(body["model"]))
        base, headers, p = self._provider(provider)
        if provider in ("openai", "azure"):
            url = (
                f"{base}/chat/completions"
                if provider == "openai"
                else self._azure_url(base, p, model, "chat/completions")
            )
            native = {**body, "model": model}
            return Plan("POST", url, headers, native, parse=lambda r: r, provider=provider)
        if provider == "anthropic":
            native = wire_anthropic.request_to_anthropic(body, model)
            return Plan(
                "POST",
                f"{base}/v1/messages",
                headers,
                native,
                parse=wire_anthropic.response_from_anthropic,
                converter=_Wrapped(wire_anthropic.AnthropicToOpenAIStream()),
                provider=provider,
            )
        if provider == "gemini":
            method = "streamGenerateContent?alt=sse" if stream else "generateContent"
            return Plan(
                "POST",
                f"{base}/v1beta/models/{quote(model, safe='')}:{method}",
                headers,
                wire_gemini.request_to_gemini(body),
                parse=lambda r: wire_gemini.response_from_gemini(r, model),
                converter=_Wrapped(wire_gemini.GeminiToOpenAIStream(model)),
                provider=provider,
            )
        native = wire_ollama.request_to_ollama(body, model)
        return Plan(
            "POST",
            f"{base}/api/chat",
            headers,
            native,
            parse=wire_ollama.response_from_ollama,
            framing="ndjson",
            converter=_Wrapped(wire_ollama.OllamaToOpenAIStream()),
            provider=provider,
        )

    def messages(self, body: dict[str, Any]) -> Plan:
        """``body`` is an Anthropic Messages request; the plan yields Anthropic shapes."""
        if self.gateway:
            plan = self.gateway_plan("POST", "/v1/messages", body)
            plan.headers["anthropic-version"] = ANTHROPIC_VERSION
            return plan
        provider, model = split_model(str(body["model"]))
        if provider == "anthropic":
            base, headers, _ = self._provider(provider)
            return Plan("POST", f"{base}/v1/messages", headers, {**body, "model": model}, parse=lambda r: r)
        try:
            plan = self.chat(wire_anthropic.request_from_anthropic(body))
        except TranslationError as e:
            raise BadRequestError(str(e), status=400, code="invalid_request_error") from None
        inner_parse = plan.parse
        public = str(body["model"])
        plan.parse = lambda r: wire_anthropic.response_to_anthropic(inner_parse(r), public)
        plan.converter = ToAnthropicEvents(plan.converter, public)
        return plan

    def embeddings(self, body: dict[str, Any]) -> Plan:
        if self.gateway:
            return self.gateway_plan("POST", "/v1/embeddings", body)
        provider, model = split_model(str(body["model"]))
        base, headers, p = self._provider(provider)
        if provider == "openai":
            return Plan("POST", f"{base}/embeddings", headers, {**body, "model": model}, parse=lambda r: r)
        if provider == "azure":
            url = self._azure_url(base, p, model, "embeddings")
            return Plan("POST", url, headers, {**body, "model": model}, parse=lambda r: r)
        if provider == "gemini":
            return Plan(
                "POST",
                f"{base}/v1beta/models/{quote(model, safe='')}:batchEmbedContents",
                headers,
                wire_gemini.embed_request_to_gemini(body, model),
                parse=lambda r: wire_gemini.embed_response_from_gemini(r, model),
            )
        if provider == "ollama":
            return Plan(
                "POST",
                f"{base}/api/embed",
                headers,
                wire_ollama.embed_request_to_ollama(body, model),
                parse=lambda r: wire_ollama.embed_response_from_ollama(r, model),
            )
        raise ConfigurationError(f"provider '{provider}' offers no embeddings")

    def models(self) -> list[Plan]:
        """One plan per configured provider (direct mode), or the gateway's list."""
        if self.gateway:
            return [self.gateway_plan("GET", "/v1/models", None)]
        plans = []
        for name in sorted(self.settings.providers):
            if name == "azure":
                continue  # Azure deployments are not listable with a data-plane key
            base, headers, _ = self._provider(name)
            url, key, field_ = {
                "openai": (f"{base}/models", "data", "id"),
                "anthropic": (f"{base}/v1/models", "data", "id"),
                "gemini": (f"{base}/v1beta/models", "models", "name"),
                "ollama": (f"{base}/api/tags", "models", "name"),
            }[name]

            def parse(r: dict[str, Any], name: str = name, key: str = key, field_: str = field_) -> dict[str, Any]:
                ids = [str(m.get(field_, "")).removeprefix("models/") for m in r.get(key) or []]
                return {"data": [{"id": f"{name}/{i}", "owned_by": name} for i in ids if i]}

            plans.append(Plan("GET", url, headers, None, parse=parse, provider=name))
        return plans

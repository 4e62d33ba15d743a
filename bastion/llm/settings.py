"""``settings.llm``: providers, aliases (weighted deployments with fallbacks), prices, routing.

Example::

    llm:
      providers:
        openai:    {type: openai, api_key: env:OPENAI_API_KEY}
        anthropic: {type: anthropic, api_key: env:ANTHROPIC_API_KEY}
        local:     {type: openai, base_url: http://127.0.0.1:8000/v1, models: [qwen3]}
      aliases:
        smart:
          deployments: [{provider: openai, model: gpt-4o, weight: 3}, anthropic/claude-sonnet-4-6]
          fallbacks: [local/qwen3]
      prices:
        gpt-4o: {input: 2.5, output: 10}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from bastion.gateway import secrets
from bastion.gateway.sections import validate_section

ProviderType = Literal["openai", "azure", "anthropic", "gemini", "ollama"]

DEFAULT_BASE_URLS: dict[str, str] = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com",
    "ollama": "http://127.0.0.1:11434",
}


def resolve_secret(value: str | None, where: str) -> str | None:
    """A secret reference resolved by the gateway's one resolver (``gateway.secrets``)."""
    return None if value is None else secrets.resolve_secret(value, where)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProviderSettings(_Strict):
    type: ProviderType = "openai"
    #: Defaults per type (OpenAI, Anthropic, Gemini public endpoints; Ollama on localhost).
    #: Azure: ``https://<resource>.openai.azure.com``.
    base_url: str | None = None
    #: The provider key, as ``env:VARIABLE`` (recommended) or the value itself.
    api_key: SecretStr | None = None
    #: Azure ``api-version``; Anthropic ``anthropic-version`` sent upstream.
    api_version: str | None = None
    #: Extra headers sent upstream (values may be ``env:`` references).
    headers: dict[str, str] = Field(default_factory=dict)
    #: Models reachable as ``<provider>/<model>``; ``None`` allows any model name.
    models: list[str] | None = None
    #: Embedding models reachable as ``<provider>/<model>`` on /v1/embeddings (``None`` = any).
    embedding_models: list[str] | None = None
    #: Seconds until the upstream starts answering (and between stream chunks).
    timeout_s: float = Field(default=600.0, gt=0)
    connect_timeout_s: float = Field(default=10.0, gt=0)
    #: Retries of one deployment on 429/5xx/connection errors before falling back.
    max_retries: int = Field(default=2, ge=0, le=10)
    #: Pooled connections to this provider.
    max_connections: int = Field(default=200, ge=1)
    #: Ask OpenAI-compatible upstreams for usage in streams (``stream_options.include_usage``).
    stream_usage: bool = True

    @model_validator(mode="after")
    def _azure_needs_url(self) -> ProviderSettings:
        if self.type == "azure" and not self.base_url:
            raise ValueError("azure providers need base_url (https://<resource>.openai.azure.com)")
        return self

    @property
    def resolved_base_url(self) -> str:
        return (self.base_url or DEFAULT_BASE_URLS[self.type]).rstrip("/")


class DeploymentSettings(_Strict):
    provider: str
    model: str
    weight: float = Field(default=1.0, gt=0)
    timeout_s: float | None = Field(default=None, gt=0)
    max_retries: int | None = Field(default=None, ge=0, le=10)


def _deployment(value: Any) -> Any:
    # "provider/model" shorthand.
    if isinstance(value, str):
        provider, sep, model = value.partition("/")
        if not sep or not model:
            raise ValueError("a deployment is 'provider/model' or a mapping")
        return {"provider": provider, "model": model}
    return value


class AliasSettings(_Strict):
    deployments: list[DeploymentSettings] = Field(min_length=1)
    #: Other public model names (aliases or ``provider/model``) tried when every deployment failed.
    fallbacks: list[str] = Field(default_factory=list)
    #: Serve this alias on /v1/embeddings instead of chat.
    embedding: bool = False
    #: This alias's total deadline per call (see ``retry.total_timeout_s``).
    total_timeout_s: float | None = Field(default=None, gt=0)

    @field_validator("deployments", mode="before")
    @classmethod
    def _shorthand(cls, v: Any) -> Any:
        return [_deployment(d) for d in v] if isinstance(v, list) else v


class Price(_Strict):
    #: Price per million input (prompt) tokens.
    input: float = Field(ge=0)
    #: Price per million output (completion) tokens.
    output: float = Field(ge=0)


class RetrySettings(_Strict):
    backoff_base_s: float = Field(default=0.2, ge=0)
    backoff_max_s: float = Field(default=5.0, ge=0)
    #: Longest Retry-After from an upstream honoured before moving on to a fallback instead.
    max_retry_after_s: float = Field(default=10.0, ge=0)
    #: Longest a call may take until it has an answer (for a stream: until the upstream
    #: accepted it), across every attempt, backoff wait and fallback; ``timeout_s`` bounds one
    #: attempt. Unset: the longest ``timeout_s`` among the call's deployments, so retries never
    #: stretch a call beyond what one attempt could have taken.
    total_timeout_s: float | None = Field(default=None, gt=0)


class CooldownSettings(_Strict):
    #: Consecutive failed attempts that take a deployment out of rotation.
    failures: int = Field(default=3, ge=1)
    seconds: float = Field(default=30.0, ge=0)


class LLMSettings(_Strict):
    enabled: bool = True
    providers: dict[str, ProviderSettings] = Field(default_factory=dict)
    aliases: dict[str, AliasSettings] = Field(default_factory=dict)
    #: Prices per model (``gpt-4o``) or per provider and model (``openai/gpt-4o``).
    prices: dict[str, Price] = Field(default_factory=dict)
    retry: RetrySettings = Field(default_factory=RetrySettings)
    cooldown: CooldownSettings = Field(default_factory=CooldownSettings)

    @field_validator("aliases", mode="before")
    @classmethod
    def _alias_shorthand(cls, v: Any) -> Any:
        # ``alias: openai/gpt-4o`` or ``alias: [a/x, b/y]`` as shorthands.
        if not isinstance(v, dict):
            return v
        out = {}
        for name, spec in v.items():
            if isinstance(spec, str):
                spec = {"deployments": [spec]}
            elif isinstance(spec, list):
                spec = {"deployments": spec}
            out[name] = spec
        return out

    @model_validator(mode="after")
    def _references(self) -> LLMSettings:
        for name, alias in self.aliases.items():
            for d in alias.deployments:
                if d.provider not in self.providers:
                    raise ValueError(f"alias '{name}' uses unknown provider '{d.provider}'")
        return self


def parse_llm_settings(raw: dict[str, Any]) -> LLMSettings:
    """Validate ``settings.llm``; raises ``SettingsError`` with dotted field paths."""
    return validate_section(LLMSettings, raw, "llm")

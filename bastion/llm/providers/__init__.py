"""Provider adapters: one long-lived pooled HTTP client each, OpenAI-shaped in and out.

Every adapter implements :class:`~bastion.llm.providers.base.Provider`; :func:`build_provider`
picks the adapter for a configured provider type.
"""

from __future__ import annotations

from bastion.llm.providers.anthropic import AnthropicProvider
from bastion.llm.providers.azure import AzureProvider
from bastion.llm.providers.base import Provider, UpstreamError
from bastion.llm.providers.gemini import GeminiProvider
from bastion.llm.providers.ollama import OllamaProvider
from bastion.llm.providers.openai_compat import OpenAICompatProvider
from bastion.llm.settings import ProviderSettings

_ADAPTERS: dict[str, type[Provider]] = {
    "openai": OpenAICompatProvider,
    "azure": AzureProvider,
    "anthropic": AnthropicProvider,
    "gemini": GeminiProvider,
    "ollama": OllamaProvider,
}


def build_provider(name: str, settings: ProviderSettings) -> Provider:
    """The adapter for ``settings.type`` (secrets are resolved here, once)."""
    return _ADAPTERS[settings.type](name, settings)


__all__ = ["Provider", "UpstreamError", "build_provider"]

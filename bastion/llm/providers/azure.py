"""Azure OpenAI: the OpenAI wire format on per-deployment URLs, an ``api-key`` header and an
``api-version`` query parameter. The configured model name is the Azure deployment name."""

from __future__ import annotations

from urllib.parse import quote

from bastion.llm.providers.openai_compat import OpenAICompatProvider

DEFAULT_API_VERSION = "2024-10-21"


class AzureProvider(OpenAICompatProvider):
    def auth_headers(self) -> dict[str, str]:
        return {"api-key": self.api_key} if self.api_key else {}

    def _url(self, model: str, what: str) -> str:
        version = self.settings.api_version or DEFAULT_API_VERSION
        return f"{self.base_url}/openai/deployments/{quote(model, safe='')}/{what}?api-version={version}"

    def chat_url(self, model: str) -> str:
        return self._url(model, "chat/completions")

    def embeddings_url(self, model: str) -> str:
        return self._url(model, "embeddings")

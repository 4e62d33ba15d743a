"""Fake hosted-LLM provider servers (OpenAI, Azure, Anthropic, Gemini, Ollama wire formats).

``from tests.fakes.llm_providers import FakeProvider`` — see that module. Reused by ``bench/``.
"""

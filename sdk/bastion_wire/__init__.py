"""Bastion's wire-format translation between the LLM provider APIs, with no server dependencies.

The canonical format is OpenAI chat completions: every translator takes an OpenAI request dict
and gives back OpenAI completion or chunk dicts. The gateway's provider adapters and its
Anthropic endpoint use it, and so does the SDK's direct mode: one translation layer, tested once
(``tests/llm/test_translate.py``).

* :mod:`.anthropic` - OpenAI <-> Anthropic Messages (requests, responses, stream events).
* :mod:`.gemini` - OpenAI -> Gemini generateContent and Gemini responses/stream -> OpenAI.
* :mod:`.ollama` - OpenAI -> Ollama ``/api/chat`` and Ollama responses/NDJSON -> OpenAI.
* :mod:`.common` - small shared helpers (ids, data URLs, text of a content value).

Standard library only (orjson is used when present).
"""

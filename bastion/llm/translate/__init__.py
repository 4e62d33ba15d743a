"""Wire-format translation. The front door's canonical format is OpenAI chat completions:
every provider adapter takes an OpenAI request dict and gives back OpenAI completion dicts or
chunk dicts; the Anthropic endpoint translates its requests in and its responses out.

* :mod:`.anthropic` - OpenAI <-> Anthropic Messages (requests, responses, stream events).
* :mod:`.gemini` - OpenAI -> Gemini generateContent and Gemini responses/stream -> OpenAI.
* :mod:`.ollama` - OpenAI -> Ollama ``/api/chat`` and Ollama responses/NDJSON -> OpenAI.
* :mod:`.common` - small shared helpers (ids, data URLs, text of a content value).
"""

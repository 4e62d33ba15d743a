"""Canonical request hashing: what makes two chat requests "the same".

Three keys are derived from one OpenAI chat-completions request:

* the **exact key** hashes everything that can change the answer (model alias, every message,
  tools, sampling parameters) and leaves out what cannot (``stream``, ``user``, metadata,
  request ids);
* the **context key** hashes the same minus the last user turn: the conversation the question
  is asked in. Semantic and normalised matches are only looked for among entries with the
  same context key, so a follow-up ("and in 2020?") never matches one from another
  conversation;
* the **prompt** is the text of that last user turn without a leading courtesy or context
  wrapper (``normalise.strip_wrapper``: "Sorry if this is a dumb question, but ...", "I've
  never done this before. ..."), which the semantic phase embeds and the normalised phase
  canonicalises.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson

from bastion.gateway.semcache.normalise import strip_wrapper

#: Request fields that never change the answer (transport, accounting, provider routing).
IGNORED_FIELDS = frozenset(
    {
        "stream",
        "stream_options",
        "user",
        "metadata",
        "store",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
        "request_id",
        "x_request_id",
        "timeout",
    }
)


@dataclass(frozen=True, slots=True)
class RequestKeys:
    exact: str
    #: None when the request does not end in a plain-text user turn (tool results, images):
    #: such requests are only ever matched exactly.
    context: str | None
    prompt: str | None
    model: str
    temperature: float | None


def _digest(data: Any) -> str:
    raw = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def message_text(message: dict[str, Any]) -> str | None:
    """The plain text of a message, or None when it carries anything but text parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts: list[str] = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text":
                return None
            parts.append(str(part.get("text", "")))
        return "\n".join(parts)
    return None


def request_keys(request: dict[str, Any]) -> RequestKeys:
    """Exact key, context key and prompt of an OpenAI chat-completions request dict."""
    canonical = {k: v for k, v in request.items() if k not in IGNORED_FIELDS and v is not None}
    exact = _digest(canonical)
    messages = canonical.get("messages") or []
    context: str | None = None
    prompt: str | None = None
    if messages and isinstance(messages[-1], dict) and messages[-1].get("role") == "user":
        last = messages[-1]
        text = message_text(last)
        # A named user turn ("name": "alice") is part of the context, not the prompt.
        if text is not None and text.strip():
            # The wrapper adds words the question does not have: they would count against the
            # content-word limit and lower the verifier's score, and "never" in "I've never done
            # this before" would read as a negation of the question.
            prompt = strip_wrapper(text)
            ctx = dict(canonical)
            ctx["messages"] = messages[:-1]
            ctx["_last_name"] = last.get("name")
            context = _digest(ctx)
    temperature = canonical.get("temperature")
    return RequestKeys(
        exact=exact,
        context=context,
        prompt=prompt,
        model=str(canonical.get("model", "")),
        temperature=float(temperature) if isinstance(temperature, (int, float)) else None,
    )


def digest_text(*parts: str) -> str:
    """A short stable hash of some strings (used for normalised-prompt keys)."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()

"""Request checks done before any pipeline or upstream work (each failure is a 400).

Only what would otherwise crash the translation or reach the upstream malformed is checked;
everything else is left for the provider to judge (unknown fields pass through to OpenAI).
"""

from __future__ import annotations

from typing import Any

_OPENAI_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})


class InvalidRequest(ValueError):
    pass


def _number(body: dict[str, Any], key: str) -> None:
    v = body.get(key)
    if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
        raise InvalidRequest(f"'{key}' must be a number")


def _int(body: dict[str, Any], key: str, minimum: int = 0) -> None:
    v = body.get(key)
    if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < minimum):
        raise InvalidRequest(f"'{key}' must be an integer >= {minimum}")


def _model(body: Any) -> str:
    if not isinstance(body, dict):
        raise InvalidRequest("the request body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise InvalidRequest("'model' is required and must be a non-empty string")
    return model


def _tools(tools: Any, anthropic: bool) -> None:
    if tools is None:
        return
    if not isinstance(tools, list):
        raise InvalidRequest("'tools' must be an array")
    for i, t in enumerate(tools):
        if not isinstance(t, dict):
            raise InvalidRequest(f"'tools[{i}]' must be an object")
        if anthropic:
            if not isinstance(t.get("name"), str):
                raise InvalidRequest(f"'tools[{i}].name' must be a string")
        elif t.get("type") == "function" and not isinstance((t.get("function") or {}).get("name"), str):
            raise InvalidRequest(f"'tools[{i}].function.name' must be a string")


def check_openai_chat(body: Any) -> str:
    """Validate a chat-completions request; returns the model name."""
    model = _model(body)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("'messages' is required and must be a non-empty array")
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            raise InvalidRequest(f"'messages[{i}]' must be an object")
        if m.get("role") not in _OPENAI_ROLES:
            raise InvalidRequest(f"'messages[{i}].role' must be one of {sorted(_OPENAI_ROLES)}")
        c = m.get("content")
        if c is not None and not isinstance(c, (str, list)):
            raise InvalidRequest(f"'messages[{i}].content' must be a string or an array")
        if isinstance(c, list) and not all(isinstance(p, dict) for p in c):
            raise InvalidRequest(f"'messages[{i}].content' parts must be objects")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise InvalidRequest("'stream' must be a boolean")
    for key in ("temperature", "top_p", "presence_penalty", "frequency_penalty"):
        _number(body, key)
    _int(body, "n", 1)
    _int(body, "max_tokens", 1)
    _int(body, "max_completion_tokens", 1)
    stop = body.get("stop")
    if (
        stop is not None
        and not isinstance(stop, str)
        and not (isinstance(stop, list) and all(isinstance(s, str) for s in stop))
    ):
        raise InvalidRequest("'stop' must be a string or an array of strings")
    _tools(body.get("tools"), anthropic=False)
    so = body.get("stream_options")
    if so is not None and not isinstance(so, dict):
        raise InvalidRequest("'stream_options' must be an object")
    return model


def check_anthropic(body: Any) -> str:
    """Validate a Messages request; returns the model name."""
    model = _model(body)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("messages: field required (a non-empty array)")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise InvalidRequest(f"messages.{i}.role: must be 'user' or 'assistant'")
        c = m.get("content")
        if not isinstance(c, (str, list)) or (isinstance(c, list) and not all(isinstance(b, dict) for b in c)):
            raise InvalidRequest(f"messages.{i}.content: must be a string or an array of content blocks")
    mt = body.get("max_tokens")
    if isinstance(mt, bool) or not isinstance(mt, int) or mt < 1:
        raise InvalidRequest("max_tokens: field required (an integer >= 1)")
    system = body.get("system")
    if system is not None and not isinstance(system, (str, list)):
        raise InvalidRequest("system: must be a string or an array of text blocks")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise InvalidRequest("stream: must be a boolean")
    for key in ("temperature", "top_p"):
        _number(body, key)
    ss = body.get("stop_sequences")
    if ss is not None and not (isinstance(ss, list) and all(isinstance(s, str) for s in ss)):
        raise InvalidRequest("stop_sequences: must be an array of strings")
    _tools(body.get("tools"), anthropic=True)
    return model


def check_embeddings(body: Any) -> str:
    model = _model(body)
    inp = body.get("input")
    ok = isinstance(inp, str) or (isinstance(inp, list) and inp and all(isinstance(x, (str, int, list)) for x in inp))
    if not ok:
        raise InvalidRequest("'input' must be a string or a non-empty array")
    return model

"""Helpers shared by the translators."""

from __future__ import annotations

import json
import os
import time
from typing import Any

try:  # The gateway has orjson (faster on its hot path); the SDK alone uses the standard library.
    import orjson  # type: ignore[import-not-found, unused-ignore]

    def _loads(raw: str | bytes) -> Any:
        return orjson.loads(raw)

    def _dumps(value: Any) -> str:
        text: str = orjson.dumps(value).decode()
        return text

except ImportError:  # pragma: no cover - exercised by the SDK's fresh-venv test

    def _loads(raw: str | bytes) -> Any:
        return json.loads(raw)

    def _dumps(value: Any) -> str:
        # The same compact, non-ASCII-preserving text orjson writes.
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class TranslationError(ValueError):
    """A request that cannot be expressed for the target provider (answered with 400)."""


def new_id(prefix: str) -> str:
    """A random id in the style of the provider (``chatcmpl-...``, ``msg_...``, ``call_...``)."""
    return prefix + os.urandom(12).hex()


def now() -> int:
    return int(time.time())


def text_of(content: Any) -> str:
    """The text of an OpenAI/Anthropic content value (a string or a list of parts/blocks)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        out = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                out.append(str(part.get("text", "")))
            elif isinstance(part, str):
                out.append(part)
        return "".join(out)
    return str(content)


def split_data_url(url: str) -> tuple[str, str] | None:
    """``data:image/png;base64,AAAA`` -> (``image/png``, ``AAAA``); None for other URLs."""
    if not url.startswith("data:"):
        return None
    header, _, data = url[5:].partition(",")
    media_type = header.split(";", 1)[0] or "application/octet-stream"
    return media_type, data


def parse_arguments(arguments: Any) -> dict[str, Any]:
    """OpenAI tool-call arguments (a JSON string) as a dict; malformed JSON kept as a string."""
    if isinstance(arguments, dict):
        return arguments
    if not arguments:
        return {}
    try:
        value = _loads(arguments)
    except ValueError:  # orjson's and json's decode errors are both ValueErrors
        return {"_raw": arguments}
    return value if isinstance(value, dict) else {"_value": value}


def dump_arguments(value: Any) -> str:
    return _dumps(value if value is not None else {})


def stop_list(stop: Any) -> list[str] | None:
    if stop is None:
        return None
    if isinstance(stop, str):
        return [stop]
    return [str(s) for s in stop]


def usage_dict(prompt: int | None, completion: int | None) -> dict[str, int]:
    p, c = int(prompt or 0), int(completion or 0)
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def completion(
    *,
    id: str,
    model: str,
    choices: list[dict[str, Any]],
    usage: dict[str, int] | None,
    created: int | None = None,
) -> dict[str, Any]:
    """An OpenAI ``chat.completion`` object."""
    out: dict[str, Any] = {
        "id": id,
        "object": "chat.completion",
        "created": created or now(),
        "model": model,
        "choices": choices,
    }
    if usage is not None:
        out["usage"] = usage
    return out


def chunk(
    id: str, model: str, created: int, delta: dict[str, Any], finish_reason: str | None = None, index: int = 0
) -> dict[str, Any]:
    """An OpenAI ``chat.completion.chunk`` with one choice."""
    return {
        "id": id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}],
    }


def usage_chunk(id: str, model: str, created: int, usage: dict[str, int]) -> dict[str, Any]:
    """The final chunk OpenAI sends with ``stream_options.include_usage``: no choices, usage."""
    return {
        "id": id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [],
        "usage": usage,
    }

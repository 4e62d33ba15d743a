"""OpenAI chat completions -> Ollama's native ``/api/chat`` and back (NDJSON streams included).

Ollama takes images as bare base64 strings on the message and tool-call arguments as objects;
it has no tool-call ids (they are generated on the way back).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bastion_wire.common import (
    TranslationError,
    chunk,
    completion,
    dump_arguments,
    new_id,
    now,
    parse_arguments,
    split_data_url,
    stop_list,
    text_of,
    usage_chunk,
    usage_dict,
)


def _images(content: Any) -> list[str]:
    if not isinstance(content, list):
        return []
    out = []
    for part in content:
        if part.get("type") == "image_url":
            image = part.get("image_url") or {}
            url = str(image.get("url") if isinstance(image, dict) else image)
            data = split_data_url(url)
            if data is None:
                raise TranslationError("Ollama accepts images only as base64 data URLs")
            out.append(data[1])
    return out


def request_to_ollama(req: dict[str, Any], model: str) -> dict[str, Any]:
    """An OpenAI chat-completions request as an Ollama ``/api/chat`` request."""
    if int(req.get("n") or 1) != 1:
        raise TranslationError("n > 1 is not supported by this provider")
    names: dict[str, str] = {}
    messages: list[dict[str, Any]] = []
    for m in req["messages"]:
        role = m.get("role")
        if role == "developer":
            role = "system"
        msg: dict[str, Any] = {"role": role, "content": text_of(m.get("content"))}
        images = _images(m.get("content"))
        if images:
            msg["images"] = images
        if m.get("tool_calls"):
            msg["tool_calls"] = []
            for tc in m["tool_calls"]:
                fn = tc.get("function") or {}
                names[tc.get("id", "")] = fn.get("name", "")
                msg["tool_calls"].append(
                    {"function": {"name": fn.get("name", ""), "arguments": parse_arguments(fn.get("arguments"))}}
                )
        if role == "tool":
            msg["tool_name"] = names.get(m.get("tool_call_id", ""), m.get("name") or "")
        messages.append(msg)
    out: dict[str, Any] = {"model": model, "messages": messages, "stream": bool(req.get("stream"))}
    options: dict[str, Any] = {}
    for src, dst in (
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("seed", "seed"),
        ("frequency_penalty", "frequency_penalty"),
        ("presence_penalty", "presence_penalty"),
    ):
        if req.get(src) is not None:
            options[dst] = req[src]
    max_tokens = req.get("max_completion_tokens") or req.get("max_tokens")
    if max_tokens:
        options["num_predict"] = int(max_tokens)
    stops = stop_list(req.get("stop"))
    if stops:
        options["stop"] = stops
    if options:
        out["options"] = options
    fmt = req.get("response_format") or {}
    if fmt.get("type") == "json_object":
        out["format"] = "json"
    elif fmt.get("type") == "json_schema":
        out["format"] = (fmt.get("json_schema") or {}).get("schema") or "json"
    if req.get("tools"):
        out["tools"] = [t for t in req["tools"] if t.get("type") == "function"]
    return out


def _tool_calls(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": tc.get("id") or new_id("call_"),
            "type": "function",
            "function": {
                "name": (tc.get("function") or {}).get("name", ""),
                "arguments": dump_arguments((tc.get("function") or {}).get("arguments")),
            },
        }
        for tc in message.get("tool_calls") or []
    ]


def _finish(resp: dict[str, Any], has_calls: bool) -> str:
    if has_calls:
        return "tool_calls"
    return "length" if resp.get("done_reason") == "length" else "stop"


def response_from_ollama(resp: dict[str, Any]) -> dict[str, Any]:
    """An Ollama ``/api/chat`` response as an OpenAI ``chat.completion``."""
    msg = resp.get("message") or {}
    calls = _tool_calls(msg)
    message: dict[str, Any] = {"role": "assistant", "content": msg.get("content") or ("" if not calls else None)}
    if calls:
        message["tool_calls"] = calls
    return completion(
        id=new_id("chatcmpl-"),
        model=resp.get("model", ""),
        choices=[{"index": 0, "message": message, "finish_reason": _finish(resp, bool(calls)), "logprobs": None}],
        usage=usage_dict(resp.get("prompt_eval_count"), resp.get("eval_count")),
    )


class OllamaToOpenAIStream:
    """Each NDJSON line is a partial message; the ``done`` line carries reason and counts."""

    def __init__(self) -> None:
        self.id = new_id("chatcmpl-")
        self.created = now()
        self.started = False
        self.tools = 0
        #: The ``done`` line arrived: the stream is complete.
        self.done = False

    def feed(self, line: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if line.get("error"):
            from bastion_wire.anthropic import StreamError

            raise StreamError(str(line["error"]))
        model = line.get("model", "")
        if not self.started:
            self.started = True
            yield chunk(self.id, model, self.created, {"role": "assistant", "content": ""})
        msg = line.get("message") or {}
        if msg.get("content"):
            yield chunk(self.id, model, self.created, {"content": msg["content"]})
        for call in _tool_calls(msg):
            yield chunk(self.id, model, self.created, {"tool_calls": [{"index": self.tools, **call}]})
            self.tools += 1
        if line.get("done"):
            self.done = True
            yield chunk(self.id, model, self.created, {}, _finish(line, self.tools > 0))
            yield usage_chunk(
                self.id, model, self.created, usage_dict(line.get("prompt_eval_count"), line.get("eval_count"))
            )


def embed_request_to_ollama(req: dict[str, Any], model: str) -> dict[str, Any]:
    """An OpenAI embeddings request as an Ollama ``/api/embed`` request."""
    return {"model": model, "input": req.get("input")}


def embed_response_from_ollama(resp: dict[str, Any], model: str) -> dict[str, Any]:
    """An Ollama ``/api/embed`` answer as an OpenAI embeddings ``list``."""
    data = [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(resp.get("embeddings") or [])]
    n = int(resp.get("prompt_eval_count") or 0)
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": n, "total_tokens": n}}

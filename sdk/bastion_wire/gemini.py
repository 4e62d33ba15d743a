"""OpenAI chat completions -> Google Gemini ``generateContent`` and back (streams included).

Gemini has no tool-call ids: ids are generated on the way back, and a tool result is matched
to its function name through the assistant message that issued the call.
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

FINISH_FROM_GEMINI = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "RECITATION": "content_filter",
    "BLOCKLIST": "content_filter",
    "PROHIBITED_CONTENT": "content_filter",
    "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter",
}
#: JSON-schema keywords Gemini's OpenAPI-subset ``parameters`` rejects.
_UNSUPPORTED_SCHEMA_KEYS = frozenset({"$schema", "additionalProperties", "$defs", "definitions", "strict"})


def _clean_schema(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _clean_schema(v) for k, v in schema.items() if k not in _UNSUPPORTED_SCHEMA_KEYS}
    if isinstance(schema, list):
        return [_clean_schema(v) for v in schema]
    return schema


def _parts(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"text": content}] if content else []
    parts: list[dict[str, Any]] = []
    for part in content or []:
        kind = part.get("type")
        if kind == "text":
            parts.append({"text": part.get("text", "")})
        elif kind == "image_url":
            image = part.get("image_url") or {}
            url = str(image.get("url") if isinstance(image, dict) else image)
            data = split_data_url(url)
            if data is not None:
                parts.append({"inlineData": {"mimeType": data[0], "data": data[1]}})
            else:
                parts.append({"fileData": {"fileUri": url, "mimeType": "image/*"}})
        else:
            raise TranslationError(f"content part type '{kind}' is not supported by this provider")
    return parts


def request_to_gemini(req: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI chat-completions request as a Gemini ``GenerateContentRequest``."""
    system: list[str] = []
    contents: list[dict[str, Any]] = []
    call_names: dict[str, str] = {}

    def push(role: str, parts: list[dict[str, Any]]) -> None:
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})

    for m in req["messages"]:
        role = m.get("role")
        if role in ("system", "developer"):
            system.append(text_of(m.get("content")))
        elif role == "user":
            push("user", _parts(m.get("content")))
        elif role == "assistant":
            parts = _parts(text_of(m.get("content")))
            for tc in m.get("tool_calls") or []:
                fn = tc.get("function") or {}
                call_names[tc.get("id", "")] = fn.get("name", "")
                parts.append(
                    {"functionCall": {"name": fn.get("name", ""), "args": parse_arguments(fn.get("arguments"))}}
                )
            if parts:
                push("model", parts)
        elif role == "tool":
            name = call_names.get(m.get("tool_call_id", ""), m.get("name") or "tool")
            push("user", [{"functionResponse": {"name": name, "response": {"content": text_of(m.get("content"))}}}])
        else:
            raise TranslationError(f"message role '{role}' is not supported")

    out: dict[str, Any] = {"contents": contents}
    if system:
        out["systemInstruction"] = {"parts": [{"text": "\n\n".join(system)}]}
    gen: dict[str, Any] = {}
    if req.get("temperature") is not None:
        gen["temperature"] = req["temperature"]
    if req.get("top_p") is not None:
        gen["topP"] = req["top_p"]
    max_tokens = req.get("max_completion_tokens") or req.get("max_tokens")
    if max_tokens:
        gen["maxOutputTokens"] = int(max_tokens)
    stops = stop_list(req.get("stop"))
    if stops:
        gen["stopSequences"] = stops
    if req.get("n") and int(req["n"]) > 1:
        gen["candidateCount"] = int(req["n"])
    if req.get("seed") is not None:
        gen["seed"] = req["seed"]
    fmt = req.get("response_format") or {}
    if fmt.get("type") in ("json_object", "json_schema"):
        gen["responseMimeType"] = "application/json"
        schema = (fmt.get("json_schema") or {}).get("schema")
        if schema:
            gen["responseSchema"] = _clean_schema(schema)
    if gen:
        out["generationConfig"] = gen
    tools = [t for t in req.get("tools") or [] if t.get("type") == "function"]
    if tools:
        out["tools"] = [
            {
                "functionDeclarations": [
                    {
                        "name": t["function"]["name"],
                        "description": t["function"].get("description", ""),
                        **(
                            {"parameters": _clean_schema(t["function"]["parameters"])}
                            if t["function"].get("parameters")
                            else {}
                        ),
                    }
                    for t in tools
                ]
            }
        ]
        choice = req.get("tool_choice")
        mode = {"auto": "AUTO", "none": "NONE", "required": "ANY"}.get(choice) if isinstance(choice, str) else None
        if isinstance(choice, dict):
            out["toolConfig"] = {
                "functionCallingConfig": {
                    "mode": "ANY",
                    "allowedFunctionNames": [(choice.get("function") or {}).get("name", "")],
                }
            }
        elif mode:
            out["toolConfig"] = {"functionCallingConfig": {"mode": mode}}
    return out


def gemini_usage(meta: dict[str, Any] | None) -> dict[str, int]:
    m = meta or {}
    out = int(m.get("candidatesTokenCount") or 0) + int(m.get("thoughtsTokenCount") or 0)
    return usage_dict(int(m.get("promptTokenCount") or 0), out)


def _message(parts: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for p in parts:
        if "text" in p and not p.get("thought"):
            texts.append(p["text"])
        elif "functionCall" in p:
            fc = p["functionCall"]
            calls.append(
                {
                    "id": fc.get("id") or new_id("call_"),
                    "type": "function",
                    "function": {"name": fc.get("name", ""), "arguments": dump_arguments(fc.get("args"))},
                }
            )
    return "".join(texts), calls


def _finish(reason: str | None, has_calls: bool) -> str | None:
    if reason is None:
        return None
    if has_calls and reason == "STOP":
        return "tool_calls"
    return FINISH_FROM_GEMINI.get(reason, "stop")


def response_from_gemini(resp: dict[str, Any], model: str) -> dict[str, Any]:
    """A Gemini ``GenerateContentResponse`` as an OpenAI ``chat.completion``."""
    choices = []
    for i, cand in enumerate(resp.get("candidates") or []):
        text, calls = _message((cand.get("content") or {}).get("parts") or [])
        message: dict[str, Any] = {"role": "assistant", "content": text if text or not calls else None}
        if calls:
            message["tool_calls"] = calls
        choices.append(
            {
                "index": cand.get("index", i),
                "message": message,
                "finish_reason": _finish(cand.get("finishReason") or "STOP", bool(calls)),
                "logprobs": None,
            }
        )
    if not choices:
        reason = (resp.get("promptFeedback") or {}).get("blockReason")
        choices.append(
            {
                "index": 0,
                "message": {"role": "assistant", "content": ""},
                "finish_reason": "content_filter" if reason else "stop",
                "logprobs": None,
            }
        )
    return completion(
        id=resp.get("responseId") or new_id("chatcmpl-"),
        model=resp.get("modelVersion") or model,
        choices=choices,
        usage=gemini_usage(resp.get("usageMetadata")),
    )


class GeminiToOpenAIStream:
    """Each Gemini stream event is a partial ``GenerateContentResponse``; usage comes with the
    last ones and is emitted as the final usage chunk."""

    def __init__(self, model: str) -> None:
        self.id = new_id("chatcmpl-")
        self.model = model
        self.created = now()
        self.started = False
        self.tool_count: dict[int, int] = {}
        self.usage: dict[str, int] | None = None
        #: A candidate carried a ``finishReason``: Gemini's only sign that the stream is complete.
        self.finished = False

    def feed(self, event: dict[str, Any]) -> Iterator[dict[str, Any]]:
        if event.get("modelVersion"):
            self.model = event["modelVersion"]
        if not self.started:
            self.started = True
            yield chunk(self.id, self.model, self.created, {"role": "assistant", "content": ""})
        for i, cand in enumerate(event.get("candidates") or []):
            idx = cand.get("index", i)
            text, calls = _message((cand.get("content") or {}).get("parts") or [])
            if text:
                yield chunk(self.id, self.model, self.created, {"content": text}, index=idx)
            for call in calls:
                n = self.tool_count.get(idx, 0)
                self.tool_count[idx] = n + 1
                yield chunk(self.id, self.model, self.created, {"tool_calls": [{"index": n, **call}]}, index=idx)
            if cand.get("finishReason"):
                self.finished = True
                yield chunk(
                    self.id,
                    self.model,
                    self.created,
                    {},
                    _finish(cand["finishReason"], self.tool_count.get(idx, 0) > 0),
                    index=idx,
                )
        if event.get("usageMetadata"):
            self.usage = gemini_usage(event["usageMetadata"])

    def finish_chunks(self) -> Iterator[dict[str, Any]]:
        if self.usage is not None:
            yield usage_chunk(self.id, self.model, self.created, self.usage)


def embed_request_to_gemini(req: dict[str, Any], model: str) -> dict[str, Any]:
    """An OpenAI embeddings request as a Gemini ``batchEmbedContents`` request."""
    inputs = req.get("input")
    texts = [inputs] if isinstance(inputs, str) else [t if isinstance(t, str) else text_of(t) for t in inputs or []]
    return {"requests": [{"model": f"models/{model}", "content": {"parts": [{"text": t}]}} for t in texts]}


def embed_response_from_gemini(resp: dict[str, Any], model: str) -> dict[str, Any]:
    """A Gemini ``batchEmbedContents`` answer as an OpenAI embeddings ``list`` (Gemini reports
    no token counts)."""
    data = [
        {"object": "embedding", "index": i, "embedding": e.get("values", [])}
        for i, e in enumerate(resp.get("embeddings") or [])
    ]
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": 0, "total_tokens": 0}}

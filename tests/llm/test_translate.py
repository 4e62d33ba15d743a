"""Translation round trips for every provider format, both directions, streams included."""

from __future__ import annotations

import json

import pytest

from bastion.llm.chat import StreamAssembler
from bastion_wire import anthropic as an
from bastion_wire import gemini as ge
from bastion_wire import ollama as ol
from bastion_wire.common import TranslationError

IMG = "data:image/jpeg;base64,AAAA"
OPENAI_REQ = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "sys"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "look"}, {"type": "image_url", "image_url": {"url": IMG}}],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": '{"x": 1}'}}],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "result"},
    ],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "f",
                "description": "d",
                "parameters": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {"x": {"type": "integer"}},
                },
            },
        }
    ],
    "tool_choice": "required",
    "max_tokens": 50,
    "temperature": 0.5,
    "stop": "END",
    "user": "u1",
}


def test_openai_anthropic_request_round_trip() -> None:
    a = an.request_to_anthropic(OPENAI_REQ, "claude")
    assert a["system"] == "sys" and a["max_tokens"] == 50 and a["stop_sequences"] == ["END"]
    assert a["tool_choice"] == {"type": "any"} and a["metadata"] == {"user_id": "u1"}
    assert a["messages"][0]["content"][1] == {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/jpeg", "data": "AAAA"},
    }
    assert a["messages"][1]["content"][0] == {"type": "tool_use", "id": "call_1", "name": "f", "input": {"x": 1}}
    assert a["messages"][2] == {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "result"}],
    }
    back = an.request_from_anthropic(a)
    assert back["messages"][0] == {"role": "system", "content": "sys"}
    assert back["messages"][1]["content"][1] == {"type": "image_url", "image_url": {"url": IMG}}
    assert back["messages"][2]["tool_calls"][0]["function"] == {"name": "f", "arguments": '{"x":1}'}
    assert back["messages"][3] == {"role": "tool", "tool_call_id": "call_1", "content": "result"}
    assert back["tools"] == OPENAI_REQ["tools"] and back["tool_choice"] == "required"
    assert back["stop"] == ["END"] and back["user"] == "u1" and back["max_tokens"] == 50


def test_anthropic_response_round_trip() -> None:
    resp = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "c",
        "stop_reason": "tool_use",
        "content": [
            {"type": "text", "text": "hi"},
            {"type": "tool_use", "id": "tu1", "name": "f", "input": {"a": [1]}},
        ],
        "usage": {"input_tokens": 7, "output_tokens": 3, "cache_read_input_tokens": 2},
    }
    o = an.response_from_anthropic(resp)
    assert o["choices"][0]["finish_reason"] == "tool_calls" and o["usage"]["prompt_tokens"] == 9
    assert o["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == '{"a":[1]}'
    back = an.response_to_anthropic(o, "c")
    assert back["content"] == resp["content"] and back["stop_reason"] == "tool_use"
    assert back["usage"] == {"input_tokens": 9, "output_tokens": 3} and back["id"] == "msg_1"


def _anthropic_events() -> list[dict]:
    return [
        {
            "type": "message_start",
            "message": {"id": "msg_2", "model": "c", "usage": {"input_tokens": 5, "output_tokens": 1}},
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "lo"}},
        {"type": "content_block_stop", "index": 0},
        {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "tu", "name": "f", "input": {}},
        },
        {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": '{"q":'}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": '"z"}'}},
        {"type": "content_block_stop", "index": 1},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 9}},
        {"type": "message_stop"},
    ]


def test_anthropic_stream_round_trip() -> None:
    conv = an.AnthropicToOpenAIStream()
    chunks = [c for e in _anthropic_events() for c in conv.feed(e)]
    asm = StreamAssembler()
    for c in chunks:
        asm.add(c)
    done = asm.completion()
    assert done["choices"][0]["message"]["content"] == "Hello"
    assert done["choices"][0]["message"]["tool_calls"][0]["function"] == {"name": "f", "arguments": '{"q":"z"}'}
    assert done["choices"][0]["finish_reason"] == "tool_calls" and done["usage"]["completion_tokens"] == 9
    # ... and back to Anthropic events.
    back = an.OpenAIToAnthropicStream("c")
    events = [e for c in chunks for e in back.feed(c)] + list(back.finish_events())
    names = [n for n, _ in events]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    assert names.count("content_block_start") == 2 and names.count("content_block_stop") == 2
    text = "".join(
        d["delta"]["text"] for n, d in events if n == "content_block_delta" and d["delta"]["type"] == "text_delta"
    )
    js = "".join(
        d["delta"]["partial_json"]
        for n, d in events
        if n == "content_block_delta" and d["delta"]["type"] == "input_json_delta"
    )
    assert text == "Hello" and json.loads(js) == {"q": "z"}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use" and events[-2][1]["usage"]["output_tokens"] == 9


def test_openai_to_gemini_request() -> None:
    g = ge.request_to_gemini({**OPENAI_REQ, "n": 2, "seed": 3, "response_format": {"type": "json_object"}})
    assert g["systemInstruction"] == {"parts": [{"text": "sys"}]}
    assert g["contents"][0]["parts"][1] == {"inlineData": {"mimeType": "image/jpeg", "data": "AAAA"}}
    assert g["contents"][1] == {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"x": 1}}}]}
    assert g["contents"][2]["parts"][0] == {"functionResponse": {"name": "f", "response": {"content": "result"}}}
    decl = g["tools"][0]["functionDeclarations"][0]
    assert decl["name"] == "f" and "additionalProperties" not in decl["parameters"]
    assert g["toolConfig"] == {"functionCallingConfig": {"mode": "ANY"}}
    assert g["generationConfig"] == {
        "temperature": 0.5,
        "maxOutputTokens": 50,
        "stopSequences": ["END"],
        "candidateCount": 2,
        "seed": 3,
        "responseMimeType": "application/json",
    }


def test_gemini_response_and_stream() -> None:
    resp = {
        "candidates": [
            {
                "content": {
                    "parts": [
                        {"text": "a", "thought": True},
                        {"text": "b"},
                        {"functionCall": {"name": "f", "args": {"k": 1}}},
                    ]
                },
                "finishReason": "STOP",
            }
        ],
        "usageMetadata": {"promptTokenCount": 4, "candidatesTokenCount": 2, "thoughtsTokenCount": 1},
    }
    o = ge.response_from_gemini(resp, "g")
    msg = o["choices"][0]["message"]
    assert msg["content"] == "b" and msg["tool_calls"][0]["function"]["arguments"] == '{"k":1}'
    assert o["choices"][0]["finish_reason"] == "tool_calls" and o["usage"]["completion_tokens"] == 3
    conv = ge.GeminiToOpenAIStream("g")
    chunks = list(conv.feed({"candidates": [{"content": {"parts": [{"text": "x"}]}}]}))
    chunks += list(
        conv.feed(
            {
                "candidates": [{"content": {"parts": [{"text": "y"}]}, "finishReason": "MAX_TOKENS"}],
                "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 2},
            }
        )
    )
    chunks += list(conv.finish_chunks())
    asm = StreamAssembler()
    for c in chunks:
        asm.add(c)
    done = asm.completion()
    assert done["choices"][0]["message"]["content"] == "xy" and done["choices"][0]["finish_reason"] == "length"
    assert done["usage"] == {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}


def test_ollama_request_response_and_stream() -> None:
    o = ol.request_to_ollama({**OPENAI_REQ, "seed": 1, "response_format": {"type": "json_object"}}, "llama")
    assert o["messages"][1]["images"] == ["AAAA"] and o["messages"][1]["content"] == "look"
    assert o["messages"][2]["tool_calls"] == [{"function": {"name": "f", "arguments": {"x": 1}}}]
    assert o["messages"][3] == {"role": "tool", "content": "result", "tool_name": "f"}
    assert o["options"] == {"temperature": 0.5, "seed": 1, "num_predict": 50, "stop": ["END"]}
    assert o["format"] == "json" and o["tools"] == OPENAI_REQ["tools"]
    r = ol.response_from_ollama(
        {
            "model": "llama",
            "message": {"role": "assistant", "content": "hey"},
            "done": True,
            "done_reason": "length",
            "prompt_eval_count": 3,
            "eval_count": 2,
        }
    )
    assert r["choices"][0]["finish_reason"] == "length" and r["usage"]["total_tokens"] == 5
    conv = ol.OllamaToOpenAIStream()
    chunks = [
        c
        for line in (
            {"message": {"content": "a"}},
            {"message": {"content": "b"}},
            {"done": True, "done_reason": "stop", "prompt_eval_count": 1, "eval_count": 2},
        )
        for c in conv.feed(line)
    ]
    asm = StreamAssembler()
    for c in chunks:
        asm.add(c)
    assert (
        asm.completion()["choices"][0]["message"]["content"] == "ab"
        and asm.completion()["usage"]["completion_tokens"] == 2
    )


def test_untranslatable_requests_are_refused() -> None:
    with pytest.raises(TranslationError):
        an.request_to_anthropic({**OPENAI_REQ, "n": 2}, "c")
    with pytest.raises(TranslationError):
        ol.request_to_ollama(
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}],
                    }
                ]
            },
            "l",
        )
    with pytest.raises(TranslationError):
        an.request_from_anthropic({"model": "m", "messages": [{"role": "user", "content": [{"type": "video"}]}]})

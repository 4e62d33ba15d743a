"""One aiohttp server speaking the wire formats of the hosted LLM APIs Bastion fronts.

Routes (all on one port):

* OpenAI: ``POST /v1/chat/completions`` (JSON or SSE with ``data: [DONE]``), ``POST
  /v1/embeddings``, ``GET /v1/models``; Azure: ``POST /openai/deployments/{d}/chat/completions``
  and ``.../embeddings`` (``api-key`` header, ``api-version`` query), ``GET /openai/models``.
* Anthropic: ``POST /v1/messages`` (JSON or named SSE events).
* Gemini: ``POST /v1beta/models/{model}:generateContent`` / ``:streamGenerateContent?alt=sse`` /
  ``:batchEmbedContents``, ``GET /v1beta/models``.
* Ollama: ``POST /api/chat`` (JSON or NDJSON), ``POST /api/embed``, ``GET /api/tags``.

Answers are deterministic: ``echo: <last user text>``; when the request offers tools and the
last message is the user's, the first tool is called with ``{"query": <text>}``; after a tool
result the answer is ``tool said: <result>``. Token counts are word counts.

Control (``FakeControl`` wraps it): ``POST /_fake/script`` queues behaviours for the next
requests (``status``/``retry_after`` to fail, ``hang``, ``drop_after`` chunks (connection cut),
``truncate_after`` chunks (the body ends cleanly, without the protocol's terminator), ``delay``,
``chunk_delay``, ``text``, ``tool_calls``, ``set_cookie`` (a ``Set-Cookie`` header on an OpenAI
answer), optional ``path`` substring to match);
``GET /_fake/requests`` returns what was received (path, query, headers, JSON body);
``GET /_fake/stats`` counts completed and cancelled (client went away) requests;
``POST /_fake/reset`` clears everything.

Run in a thread (``FakeProvider().start()``) or as a process
(``python -m tests.fakes.llm_providers --port 0`` prints ``PORT <n>``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
from aiohttp import web

_JSON = "application/json"


def _words(text: str) -> int:
    return len(text.split())


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        out = []
        for p in content:
            if isinstance(p, dict):
                if p.get("type") == "text" or "text" in p:
                    out.append(str(p.get("text", "")))
                elif p.get("type") == "tool_result":
                    out.append(_text(p.get("content")))
        return " ".join(o for o in out if o)
    return str(content)


@dataclass
class Seen:
    """A request reduced to what the scripted answer depends on."""

    last_text: str = ""
    last_is_tool_result: bool = False
    tool_result: str = ""
    tools: list[str] = field(default_factory=list)
    prompt_words: int = 0
    images: int = 0


@dataclass
class Reply:
    text: str | None
    tool_calls: list[dict[str, Any]]
    prompt_tokens: int
    completion_tokens: int


class FakeState:
    def __init__(self) -> None:
        self.requests: deque[dict[str, Any]] = deque(maxlen=2000)
        self.script: deque[dict[str, Any]] = deque()
        self.completed = 0
        self.cancelled = 0
        self.in_flight = 0

    def next_behaviour(self, path: str) -> dict[str, Any]:
        for i, b in enumerate(self.script):
            if b.get("path") is None or b["path"] in path:
                del self.script[i]
                return b
        return {}


def _reply(seen: Seen, b: dict[str, Any]) -> Reply:
    if b.get("tool_calls") is not None:
        calls = b["tool_calls"]
        text = b.get("text")
    elif b.get("text") is not None:
        calls, text = [], b["text"]
    elif seen.last_is_tool_result:
        calls, text = [], f"tool said: {seen.tool_result}"
    elif seen.tools:
        calls, text = [{"name": seen.tools[0], "arguments": {"query": seen.last_text}}], None
    else:
        calls, text = [], f"echo: {seen.last_text}"
        if seen.images:
            text += f" [{seen.images} image(s)]"
    out_words = _words(text or "") + sum(len(c["arguments"]) for c in calls)
    return Reply(text, calls, max(1, seen.prompt_words), out_words)


def _pieces(text: str) -> list[str]:
    words = text.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


# --------------------------------------------------------------------------- request parsing


def _seen_openai(body: dict[str, Any]) -> Seen:
    s = Seen(tools=[t["function"]["name"] for t in body.get("tools") or [] if "function" in t])
    for m in body.get("messages") or []:
        txt = _text(m.get("content"))
        s.prompt_words += _words(txt)
        if isinstance(m.get("content"), list):
            s.images += sum(1 for p in m["content"] if p.get("type") == "image_url")
    msgs = body.get("messages") or [{}]
    last = msgs[-1]
    s.last_is_tool_result = last.get("role") == "tool"
    s.tool_result = _text(last.get("content")) if s.last_is_tool_result else ""
    users = [m for m in msgs if m.get("role") == "user"]
    s.last_text = _text(users[-1].get("content")) if users else ""
    return s


def _seen_anthropic(body: dict[str, Any]) -> Seen:
    s = Seen(tools=[t["name"] for t in body.get("tools") or []])
    s.prompt_words = _words(_text(body.get("system")))
    for m in body.get("messages") or []:
        s.prompt_words += _words(_text(m.get("content")))
        if isinstance(m.get("content"), list):
            s.images += sum(1 for p in m["content"] if p.get("type") == "image")
    msgs = body.get("messages") or [{}]
    last = msgs[-1]
    blocks = last.get("content") if isinstance(last.get("content"), list) else []
    results = [b for b in blocks if b.get("type") == "tool_result"]
    s.last_is_tool_result = bool(results)
    s.tool_result = _text(results[-1].get("content")) if results else ""
    for m in reversed(msgs):
        if m.get("role") == "user":
            c = m.get("content")
            texts = [c] if isinstance(c, str) else [b.get("text", "") for b in c if b.get("type") == "text"]
            if any(texts):
                s.last_text = " ".join(t for t in texts if t)
                break
    return s


def _seen_gemini(body: dict[str, Any]) -> Seen:
    tools = [f["name"] for t in body.get("tools") or [] for f in t.get("functionDeclarations") or []]
    s = Seen(tools=tools)
    for part in (body.get("systemInstruction") or {}).get("parts") or []:
        s.prompt_words += _words(part.get("text", ""))
    contents = body.get("contents") or [{}]
    for c in contents:
        for p in c.get("parts") or []:
            s.prompt_words += _words(p.get("text", ""))
            s.images += 1 if "inlineData" in p or "fileData" in p else 0
    last_parts = contents[-1].get("parts") or []
    responses = [p["functionResponse"] for p in last_parts if "functionResponse" in p]
    s.last_is_tool_result = bool(responses)
    s.tool_result = _text((responses[-1].get("response") or {}).get("content")) if responses else ""
    for c in reversed(contents):
        texts = [p["text"] for p in c.get("parts") or [] if "text" in p]
        if c.get("role") == "user" and texts:
            s.last_text = " ".join(texts)
            break
    return s


def _seen_ollama(body: dict[str, Any]) -> Seen:
    s = Seen(tools=[t["function"]["name"] for t in body.get("tools") or [] if "function" in t])
    msgs = body.get("messages") or [{}]
    for m in msgs:
        s.prompt_words += _words(m.get("content") or "")
        s.images += len(m.get("images") or [])
    s.last_is_tool_result = msgs[-1].get("role") == "tool"
    s.tool_result = msgs[-1].get("content", "") if s.last_is_tool_result else ""
    users = [m for m in msgs if m.get("role") == "user"]
    s.last_text = users[-1].get("content", "") if users else ""
    return s


# --------------------------------------------------------------------------- the server


class FakeProvider:
    """The fake server. ``start()`` runs it on a free loopback port in a daemon thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.state = FakeState()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._ids = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # -- app ---------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self.openai_chat)
        app.router.add_post("/chat/completions", self.openai_chat)
        app.router.add_post("/openai/deployments/{deployment}/chat/completions", self.openai_chat)
        app.router.add_post("/v1/embeddings", self.openai_embeddings)
        app.router.add_post("/openai/deployments/{deployment}/embeddings", self.openai_embeddings)
        app.router.add_get("/v1/models", self.openai_models)
        app.router.add_post("/v1/messages", self.anthropic_messages)
        app.router.add_post("/v1beta/models/{target}", self.gemini)
        app.router.add_get("/v1beta/models", self.gemini_models)
        app.router.add_get("/api/tags", self.ollama_tags)
        app.router.add_get("/openai/models", self.openai_models)
        app.router.add_post("/api/chat", self.ollama_chat)
        app.router.add_post("/api/embed", self.ollama_embed)
        app.router.add_post("/_fake/script", self.ctl_script)
        app.router.add_get("/_fake/requests", self.ctl_requests)
        app.router.add_get("/_fake/stats", self.ctl_stats)
        app.router.add_post("/_fake/reset", self.ctl_reset)
        return app

    def _id(self) -> str:
        self._ids += 1
        return f"{self._ids:08d}{os.urandom(4).hex()}"

    async def _begin(self, request: web.Request) -> tuple[dict[str, Any], dict[str, Any]]:
        raw = await request.read()
        try:
            body = orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            body = {"_invalid": raw[:200].decode(errors="replace")}
        self.state.requests.append(
            {
                "path": request.path,
                "query": dict(request.query),
                "headers": {k.lower(): v for k, v in request.headers.items()},
                "body": body,
            }
        )
        b = self.state.next_behaviour(request.path)
        if b.get("delay"):
            await asyncio.sleep(float(b["delay"]))
        if b.get("hang"):
            await asyncio.sleep(3600)
        return body, b

    def _failure(self, b: dict[str, Any], shape: str) -> web.Response | None:
        status = b.get("status")
        if not status:
            return None
        headers = {}
        if b.get("retry_after") is not None:
            headers["retry-after"] = str(b["retry_after"])
        msg = b.get("message", f"fake failure {status}")
        if shape == "anthropic":
            body: Any = {"type": "error", "error": {"type": "api_error", "message": msg}}
        elif shape == "gemini":
            body = {"error": {"code": status, "message": msg, "status": "UNAVAILABLE"}}
        elif shape == "ollama":
            body = {"error": msg}
        else:
            body = {"error": {"message": msg, "type": "server_error", "code": None}}
        return web.Response(body=orjson.dumps(body), status=int(status), content_type=_JSON, headers=headers)

    async def _tracked(self, coro: Any) -> Any:
        self.state.in_flight += 1
        try:
            result = await coro
            self.state.completed += 1
            return result
        except (asyncio.CancelledError, ConnectionResetError):
            self.state.cancelled += 1
            raise
        finally:
            self.state.in_flight -= 1

    async def _sse(
        self, request: web.Request, events: list[bytes], b: dict[str, Any], content_type: str = "text/event-stream"
    ) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": content_type, "cache-control": "no-cache"})
        await resp.prepare(request)
        drop_after = b.get("drop_after")
        truncate_after = b.get("truncate_after")
        delay = float(b.get("chunk_delay") or 0)
        for i, ev in enumerate(events):
            if drop_after is not None and i >= int(drop_after):
                # Cut the connection mid-stream without a terminating chunk.
                assert request.transport is not None
                request.transport.abort()
                return resp
            if truncate_after is not None and i >= int(truncate_after):
                # An orderly end of the HTTP body, but before [DONE] / message_stop / the last
                # event: what a crashing upstream behind a proxy looks like.
                break
            await resp.write(ev)
            if delay:
                await asyncio.sleep(delay)
        await resp.write_eof()
        return resp

    # -- OpenAI / Azure ------------------------------------------------------------------------

    async def openai_chat(self, request: web.Request) -> web.StreamResponse:
        return await self._tracked(self._openai_chat(request))

    async def _openai_chat(self, request: web.Request) -> web.StreamResponse:
        body, b = await self._begin(request)
        fail = self._failure(b, "openai")
        if fail is not None:
            return fail
        model = body.get("model") or request.match_info.get("deployment", "fake")
        n = int(body.get("n") or 1)
        r = _reply(_seen_openai(body), b)
        rid = "chatcmpl-" + self._id()
        created = int(time.time())
        calls = [
            {
                "id": f"call_{i}{self._id()}",
                "type": "function",
                "function": {"name": c["name"], "arguments": orjson.dumps(c["arguments"]).decode()},
            }
            for i, c in enumerate(r.tool_calls)
        ]
        finish = "tool_calls" if calls else "stop"
        usage = {
            "prompt_tokens": r.prompt_tokens,
            "completion_tokens": r.completion_tokens * n,
            "total_tokens": r.prompt_tokens + r.completion_tokens * n,
        }
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": r.text}
            if calls:
                message["tool_calls"] = calls
            out = {
                "id": rid,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {"index": i, "message": message, "finish_reason": finish, "logprobs": None} for i in range(n)
                ],
                "usage": usage,
                "system_fingerprint": "fp_fake",
            }
            cookie = {"set-cookie": b["set_cookie"]} if b.get("set_cookie") else None
            return web.Response(body=orjson.dumps(out), content_type=_JSON, headers=cookie)

        def ch(delta: dict[str, Any], fin: str | None = None, index: int = 0) -> bytes:
            c = {
                "id": rid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": index, "delta": delta, "finish_reason": fin}],
            }
            return b"data: " + orjson.dumps(c) + b"\n\n"

        events = []
        for i in range(n):
            events.append(ch({"role": "assistant", "content": ""}, index=i))
            for piece in _pieces(r.text) if r.text else []:
                events.append(ch({"content": piece}, index=i))
            for j, c in enumerate(calls):
                args = c["function"]["arguments"]
                half = len(args) // 2
                events.append(
                    ch(
                        {
                            "tool_calls": [
                                {
                                    "index": j,
                                    "id": c["id"],
                                    "type": "function",
                                    "function": {"name": c["function"]["name"], "arguments": ""},
                                }
                            ]
                        },
                        index=i,
                    )
                )
                events.append(ch({"tool_calls": [{"index": j, "function": {"arguments": args[:half]}}]}, index=i))
                events.append(ch({"tool_calls": [{"index": j, "function": {"arguments": args[half:]}}]}, index=i))
            events.append(ch({}, finish, index=i))
        if (body.get("stream_options") or {}).get("include_usage"):
            u = {
                "id": rid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [],
                "usage": usage,
            }
            events.append(b"data: " + orjson.dumps(u) + b"\n\n")
        events.append(b"data: [DONE]\n\n")
        return await self._sse(request, events, b)

    async def openai_embeddings(self, request: web.Request) -> web.Response:
        body, b = await self._begin(request)
        fail = self._failure(b, "openai")
        if fail is not None:
            return fail
        inputs = body.get("input")
        inputs = [inputs] if isinstance(inputs, str) else list(inputs or [])
        data = [{"object": "embedding", "index": i, "embedding": _vector(str(t))} for i, t in enumerate(inputs)]
        n = sum(_words(str(t)) for t in inputs)
        out = {
            "object": "list",
            "data": data,
            "model": body.get("model"),
            "usage": {"prompt_tokens": n, "total_tokens": n},
        }
        return web.Response(body=orjson.dumps(out), content_type=_JSON)

    async def openai_models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    async def gemini_models(self, request: web.Request) -> web.Response:
        return web.json_response({"models": [{"name": "models/fake-model", "displayName": "Fake"}]})

    async def ollama_tags(self, request: web.Request) -> web.Response:
        return web.json_response({"models": [{"name": "fake-model", "model": "fake-model"}]})

    # -- Anthropic -----------------------------------------------------------------------------

    async def anthropic_messages(self, request: web.Request) -> web.StreamResponse:
        return await self._tracked(self._anthropic(request))

    async def _anthropic(self, request: web.Request) -> web.StreamResponse:
        body, b = await self._begin(request)
        fail = self._failure(b, "anthropic")
        if fail is not None:
            return fail
        model = body.get("model", "claude-fake")
        r = _reply(_seen_anthropic(body), b)
        mid = "msg_" + self._id()
        content: list[dict[str, Any]] = []
        if r.text:
            content.append({"type": "text", "text": r.text})
        for i, c in enumerate(r.tool_calls):
            content.append(
                {"type": "tool_use", "id": f"toolu_{i}{self._id()}", "name": c["name"], "input": c["arguments"]}
            )
        stop = "tool_use" if r.tool_calls else "end_turn"
        if not body.get("stream"):
            out = {
                "id": mid,
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": content,
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {"input_tokens": r.prompt_tokens, "output_tokens": r.completion_tokens},
            }
            return web.Response(body=orjson.dumps(out), content_type=_JSON)

        def ev(name: str, data: dict[str, Any]) -> bytes:
            return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"

        events = [
            ev(
                "message_start",
                {
                    "type": "message_start",
                    "message": {
                        "id": mid,
                        "type": "message",
                        "role": "assistant",
                        "model": model,
                        "content": [],
                        "stop_reason": None,
                        "stop_sequence": None,
                        "usage": {"input_tokens": r.prompt_tokens, "output_tokens": 1},
                    },
                },
            ),
            ev("ping", {"type": "ping"}),
        ]
        for i, block in enumerate(content):
            if block["type"] == "text":
                events.append(
                    ev(
                        "content_block_start",
                        {"type": "content_block_start", "index": i, "content_block": {"type": "text", "text": ""}},
                    )
                )
                for piece in _pieces(block["text"]):
                    events.append(
                        ev(
                            "content_block_delta",
                            {"type": "content_block_delta", "index": i, "delta": {"type": "text_delta", "text": piece}},
                        )
                    )
            else:
                events.append(
                    ev(
                        "content_block_start",
                        {"type": "content_block_start", "index": i, "content_block": {**block, "input": {}}},
                    )
                )
                args = orjson.dumps(block["input"]).decode()
                for part in (args[: len(args) // 2], args[len(args) // 2 :]):
                    events.append(
                        ev(
                            "content_block_delta",
                            {
                                "type": "content_block_delta",
                                "index": i,
                                "delta": {"type": "input_json_delta", "partial_json": part},
                            },
                        )
                    )
            events.append(ev("content_block_stop", {"type": "content_block_stop", "index": i}))
        events.append(
            ev(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": stop, "stop_sequence": None},
                    "usage": {"output_tokens": r.completion_tokens},
                },
            )
        )
        events.append(ev("message_stop", {"type": "message_stop"}))
        return await self._sse(request, events, b)

    # -- Gemini --------------------------------------------------------------------------------

    async def gemini(self, request: web.Request) -> web.StreamResponse:
        return await self._tracked(self._gemini(request))

    async def _gemini(self, request: web.Request) -> web.StreamResponse:
        body, b = await self._begin(request)
        fail = self._failure(b, "gemini")
        if fail is not None:
            return fail
        model, _, method = request.match_info["target"].partition(":")
        if method == "batchEmbedContents":
            embs = [
                {"values": _vector(_text((r.get("content") or {}).get("parts")))} for r in body.get("requests") or []
            ]
            return web.Response(body=orjson.dumps({"embeddings": embs}), content_type=_JSON)
        r = _reply(_seen_gemini(body), b)
        n = int((body.get("generationConfig") or {}).get("candidateCount") or 1)
        parts: list[dict[str, Any]] = []
        if r.text:
            parts.append({"text": r.text})
        for c in r.tool_calls:
            parts.append({"functionCall": {"name": c["name"], "args": c["arguments"]}})
        usage = {
            "promptTokenCount": r.prompt_tokens,
            "candidatesTokenCount": r.completion_tokens * n,
            "totalTokenCount": r.prompt_tokens + r.completion_tokens * n,
        }
        if method == "generateContent":
            out = {
                "candidates": [
                    {"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": i} for i in range(n)
                ],
                "usageMetadata": usage,
                "modelVersion": model,
                "responseId": self._id(),
            }
            return web.Response(body=orjson.dumps(out), content_type=_JSON)
        if method != "streamGenerateContent":
            return web.Response(
                status=404, body=b'{"error":{"code":404,"message":"unknown method"}}', content_type=_JSON
            )
        events = []
        pieces: list[dict[str, Any]] = [{"text": p} for p in _pieces(r.text)] if r.text else []
        pieces += [p for p in parts if "functionCall" in p]
        for i, p in enumerate(pieces):
            last = i == len(pieces) - 1
            ev: dict[str, Any] = {
                "candidates": [
                    {
                        "content": {"role": "model", "parts": [p]},
                        "index": 0,
                        **({"finishReason": "STOP"} if last else {}),
                    }
                ],
                "modelVersion": model,
            }
            if last:
                ev["usageMetadata"] = usage
            events.append(b"data: " + orjson.dumps(ev) + b"\r\n\r\n")
        return await self._sse(request, events, b)

    # -- Ollama --------------------------------------------------------------------------------

    async def ollama_chat(self, request: web.Request) -> web.StreamResponse:
        return await self._tracked(self._ollama(request))

    async def _ollama(self, request: web.Request) -> web.StreamResponse:
        body, b = await self._begin(request)
        fail = self._failure(b, "ollama")
        if fail is not None:
            return fail
        model = body.get("model", "llama-fake")
        r = _reply(_seen_ollama(body), b)
        calls = [{"function": {"name": c["name"], "arguments": c["arguments"]}} for c in r.tool_calls]
        created = "2026-01-01T00:00:00Z"
        final = {
            "model": model,
            "created_at": created,
            "done": True,
            "done_reason": "stop",
            "prompt_eval_count": r.prompt_tokens,
            "eval_count": r.completion_tokens,
        }
        if body.get("stream") is False:
            msg: dict[str, Any] = {"role": "assistant", "content": r.text or ""}
            if calls:
                msg["tool_calls"] = calls
            return web.Response(body=orjson.dumps({**final, "message": msg}), content_type=_JSON)
        lines = []
        for piece in _pieces(r.text) if r.text else []:
            lines.append(
                orjson.dumps(
                    {
                        "model": model,
                        "created_at": created,
                        "done": False,
                        "message": {"role": "assistant", "content": piece},
                    }
                )
                + b"\n"
            )
        if calls:
            lines.append(
                orjson.dumps(
                    {
                        "model": model,
                        "created_at": created,
                        "done": False,
                        "message": {"role": "assistant", "content": "", "tool_calls": calls},
                    }
                )
                + b"\n"
            )
        lines.append(orjson.dumps({**final, "message": {"role": "assistant", "content": ""}}) + b"\n")
        return await self._sse(request, lines, b, content_type="application/x-ndjson")

    async def ollama_embed(self, request: web.Request) -> web.Response:
        body, b = await self._begin(request)
        inputs = body.get("input")
        inputs = [inputs] if isinstance(inputs, str) else list(inputs or [])
        out = {
            "model": body.get("model"),
            "embeddings": [_vector(str(t)) for t in inputs],
            "prompt_eval_count": sum(_words(str(t)) for t in inputs),
        }
        return web.Response(body=orjson.dumps(out), content_type=_JSON)

    # -- control -------------------------------------------------------------------------------

    async def ctl_script(self, request: web.Request) -> web.Response:
        data = await request.json()
        self.state.script.extend(data.get("behaviours") or [])
        return web.json_response({"queued": len(self.state.script)})

    async def ctl_requests(self, request: web.Request) -> web.Response:
        return web.Response(body=orjson.dumps(list(self.state.requests)), content_type=_JSON)

    async def ctl_stats(self, request: web.Request) -> web.Response:
        s = self.state
        return web.json_response(
            {"completed": s.completed, "cancelled": s.cancelled, "in_flight": s.in_flight, "received": len(s.requests)}
        )

    async def ctl_reset(self, request: web.Request) -> web.Response:
        self.state.requests.clear()
        self.state.script.clear()
        self.state.completed = self.state.cancelled = 0
        return web.json_response({"ok": True})

    # -- running -------------------------------------------------------------------------------

    async def serve(self) -> None:
        """Start listening (in the current loop); sets ``self.port`` when it was 0."""
        self._runner = web.AppRunner(self.app(), handler_cancellation=True, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        site = web.SockSite(self._runner, sock, backlog=1024)
        await site.start()

    async def shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def start(self) -> FakeProvider:
        """Serve in a daemon thread with its own event loop; returns once listening."""

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            loop.run_until_complete(self.serve())
            self._ready.set()
            loop.run_forever()
            loop.run_until_complete(self.shutdown())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-llm-provider", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake provider did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._loop = None

    def __enter__(self) -> FakeProvider:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def control(self) -> FakeControl:
        return FakeControl(self.url)


def _vector(text: str, dim: int = 8) -> list[float]:
    # Deterministic pseudo-embedding: enough to check plumbing, not semantics.
    h = [0.0] * dim
    for i, ch in enumerate(text):
        h[i % dim] += (ord(ch) % 13) / 13.0
    norm = sum(v * v for v in h) ** 0.5 or 1.0
    return [v / norm for v in h]


class FakeControl:
    """Drives a fake (in-thread or in another process) over its control routes."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def script(self, *behaviours: dict[str, Any]) -> None:
        httpx.post(f"{self.url}/_fake/script", json={"behaviours": list(behaviours)}, timeout=10).raise_for_status()

    def fail(self, status: int, times: int = 1, retry_after: float | None = None, path: str | None = None) -> None:
        b: dict[str, Any] = {"status": status, "path": path}
        if retry_after is not None:
            b["retry_after"] = retry_after
        self.script(*[b] * times)

    def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        got = httpx.get(f"{self.url}/_fake/requests", timeout=10).json()
        return [r for r in got if path is None or path in r["path"]]

    def stats(self) -> dict[str, int]:
        return httpx.get(f"{self.url}/_fake/stats", timeout=10).json()

    def reset(self) -> None:
        httpx.post(f"{self.url}/_fake/reset", timeout=10).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description="Fake LLM provider server (OpenAI/Anthropic/Gemini/Ollama)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    fake = FakeProvider(args.host, args.port)

    async def run() -> None:
        await fake.serve()
        print(f"PORT {fake.port}", flush=True)
        await asyncio.Event().wait()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

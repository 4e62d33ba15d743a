"""The upstream the MCP conformance suite is run against, through the gateway (mcp 2.3 low-level API).

It provides what the suite's server scenarios call (tools, resources, prompts, completions named
``test_*`` / ``test://...``), written from the scenario requirements in the
``@modelcontextprotocol/conformance`` package. Server->client input (sampling, elicitation,
roots) is asked with a 2026-07-28 ``input_required`` result (MRTR) on a modern session, and live
on a handshake-era one.

Usage: python conformance_server.py [--http PORT] [--legacy-only | --modern-only]

``--legacy-only`` answers as a 2025-era server does (no ``server/discover``, no 2026-07-28
requests); ``--modern-only`` refuses the 2025 handshake, naming the version it serves.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
from types import SimpleNamespace
from typing import Any

import anyio
import mcp.types as types
from mcp import MCPError
from mcp.server import NotificationOptions, Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.server.subscriptions import InMemorySubscriptionBus, ListenHandler, PromptsListChanged, ToolsListChanged
from mcp.shared.message import SessionMessage
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

# A 1x1 PNG and a tiny WAV (base64).
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA="
STATE_KEY = b"conformance-fixture-state-key"
NAME_SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
EMPTY = {"type": "object", "properties": {}}


def _sign(payload: dict[str, Any]) -> str:
    body = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    mac = hmac.new(STATE_KEY, body.encode(), hashlib.sha256).hexdigest()
    return f"{body}|{mac}"


def _verify(state: str | None) -> dict[str, Any]:
    if not state or "|" not in state:
        raise MCPError(code=types.INVALID_PARAMS, message="missing or malformed requestState")
    body, mac = state.rsplit("|", 1)
    good = hmac.new(STATE_KEY, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, good):
        raise MCPError(code=types.INVALID_PARAMS, message="requestState failed its integrity check")
    return json.loads(body)


def text(s: str, *, error: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"content": [{"type": "text", "text": s}]}
    if error:
        out["isError"] = True
    return out


def elicit(message: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"method": "elicitation/create", "params": {"message": message, "requestedSchema": schema}}


def sample(prompt: str, max_tokens: int = 100) -> dict[str, Any]:
    return {
        "method": "sampling/createMessage",
        "params": {
            "messages": [{"role": "user", "content": {"type": "text", "text": prompt}}],
            "maxTokens": max_tokens,
        },
    }


ROOTS = {"method": "roots/list", "params": {}}


def input_required(requests: dict[str, Any], state: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"resultType": "input_required", "inputRequests": requests}
    if state is not None:
        out["requestState"] = state
    return out


def _responses(params: Any) -> dict[str, Any]:
    raw = getattr(params, "input_responses", None) or {}
    out = {}
    for k, v in raw.items():
        out[k] = v.model_dump(by_alias=True, mode="json", exclude_none=True) if hasattr(v, "model_dump") else v
    return out


def _content(resp: Any) -> dict[str, Any]:
    c = resp.get("content") if isinstance(resp, dict) else None
    return c if isinstance(c, dict) else {}


DEFAULTS_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "default": "John Doe"},
        "age": {"type": "integer", "default": 30},
        "score": {"type": "number", "default": 95.5},
        "status": {"type": "string", "enum": ["active", "inactive", "pending"], "default": "active"},
        "verified": {"type": "boolean", "default": True},
    },
}
ENUMS_SCHEMA = {
    "type": "object",
    "properties": {
        "untitledSingle": {"type": "string", "enum": ["option1", "option2", "option3"]},
        "titledSingle": {
            "type": "string",
            "oneOf": [
                {"const": "value1", "title": "First Option"},
                {"const": "value2", "title": "Second Option"},
                {"const": "value3", "title": "Third Option"},
            ],
        },
        "legacyEnum": {
            "type": "string",
            "enum": ["opt1", "opt2", "opt3"],
            "enumNames": ["Option One", "Option Two", "Option Three"],
        },
        "untitledMulti": {"type": "array", "items": {"type": "string", "enum": ["option1", "option2", "option3"]}},
        "titledMulti": {
            "type": "array",
            "items": {
                "anyOf": [
                    {"const": "value1", "title": "First Choice"},
                    {"const": "value2", "title": "Second Choice"},
                    {"const": "value3", "title": "Third Choice"},
                ]
            },
        },
    },
}
ELICIT_SCHEMA = {
    "type": "object",
    "properties": {
        "username": {"type": "string", "description": "User's response"},
        "email": {"type": "string", "description": "User's email address"},
    },
    "required": ["username", "email"],
}

TOOLS: list[dict[str, Any]] = [
    {"name": n, "description": d, "inputSchema": EMPTY}
    for n, d in [
        ("test_simple_text", "Returns simple text"),
        ("test_image_content", "Returns an image"),
        ("test_audio_content", "Returns audio"),
        ("test_embedded_resource", "Returns an embedded resource"),
        ("test_multiple_content_types", "Returns mixed content"),
        ("test_tool_with_logging", "Logs three times"),
        ("test_error_handling", "Returns an isError result"),
        ("test_tool_with_progress", "Reports progress"),
        ("test_elicitation_sep1034_defaults", "Elicitation with defaults"),
        ("test_elicitation_sep1330_enums", "Elicitation with enums"),
        ("test_input_required_result_elicitation", "MRTR elicitation"),
        ("test_input_required_result_sampling", "MRTR sampling"),
        ("test_input_required_result_list_roots", "MRTR roots"),
        ("test_input_required_result_request_state", "MRTR with requestState"),
        ("test_input_required_result_multiple_inputs", "MRTR with several inputs"),
        ("test_input_required_result_multi_round", "MRTR over two rounds"),
        ("test_input_required_result_tampered_state", "MRTR with signed state"),
        ("test_input_required_result_capabilities", "MRTR limited to declared capabilities"),
        ("test_missing_capability", "Needs the client's sampling capability"),
        ("test_streaming_elicitation", "Asks the user (MRTR on a modern session)"),
        ("test_logging_tool", "Logs only when the request asks for it"),
        ("test_trigger_tool_change", "Adds or removes a tool (tools list_changed)"),
        ("test_trigger_prompt_change", "Adds or removes a prompt (prompts list_changed)"),
    ]
] + [
    {
        "name": "test_sampling",
        "description": "Asks the client's model",
        "inputSchema": {"type": "object", "properties": {"prompt": {"type": "string"}}, "required": ["prompt"]},
    },
    {
        "name": "test_elicitation",
        "description": "Asks the user",
        "inputSchema": {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]},
    },
]


#: Change notifications for subscriptions/listen streams (the gateway listens for list changes).
BUS = InMemorySubscriptionBus()
DYNAMIC_TOOL = {"name": "test_dynamic_tool", "description": "Appears and disappears", "inputSchema": EMPTY}
DYNAMIC_PROMPT = {"name": "test_dynamic_prompt", "description": "Appears and disappears"}


def _toggle(items: list[dict[str, Any]], item: dict[str, Any]) -> None:
    if item in items:
        items.remove(item)
    else:
        items.append(item)


def typed(result: dict[str, Any], complete: Any) -> Any:
    """The SDK's result model for ``result`` (it fills the era's required fields)."""
    if result.get("resultType") == "input_required":
        return types.InputRequiredResult.model_validate(result)
    return complete.model_validate(result)


async def list_tools(ctx: ServerRequestContext, params: Any) -> Any:
    return types.ListToolsResult.model_validate({"tools": TOOLS})


async def _ask(ctx: ServerRequestContext, params: Any, key: str, request: dict[str, Any]) -> dict[str, Any] | None:
    """The answer to ``request``: from ``inputResponses`` (modern; None = ask with MRTR) or live."""
    if ctx.protocol_version in MODERN_PROTOCOL_VERSIONS:
        return _responses(params).get(key)
    if request["method"] == "elicitation/create":
        p = request["params"]
        res = await ctx.session.elicit_form(
            p["message"], requested_schema=p["requestedSchema"], related_request_id=ctx.request_id
        )
    else:
        res = await ctx.session.send_request(
            types.CreateMessageRequest.model_validate(request), types.CreateMessageResult
        )
    return res.model_dump(by_alias=True, mode="json", exclude_none=True)


async def call_tool(ctx: ServerRequestContext, params: types.CallToolRequestParams) -> Any:
    return typed(await _call_tool(ctx, params), types.CallToolResult)


async def _call_tool(ctx: ServerRequestContext, params: types.CallToolRequestParams) -> Any:
    name = params.name
    args = params.arguments or {}
    raw = (ctx.params or {}).get("_meta") if isinstance(ctx.params, dict) else None
    meta = raw if isinstance(raw, dict) else {}
    if name == "test_trigger_tool_change":
        _toggle(TOOLS, DYNAMIC_TOOL)
        if ctx.protocol_version in MODERN_PROTOCOL_VERSIONS:
            await BUS.publish(ToolsListChanged())
        else:
            await ctx.session.send_tool_list_changed()
        return text("tool list changed")
    if name == "test_trigger_prompt_change":
        _toggle(PROMPTS, DYNAMIC_PROMPT)
        if ctx.protocol_version in MODERN_PROTOCOL_VERSIONS:
            await BUS.publish(PromptsListChanged())
        else:
            await ctx.session.send_prompt_list_changed()
        return text("prompt list changed")
    if name == "test_simple_text":
        return text("This is a simple text response for testing.")
    if name == "test_image_content":
        return {"content": [{"type": "image", "data": PNG, "mimeType": "image/png"}]}
    if name == "test_audio_content":
        return {"content": [{"type": "audio", "data": WAV, "mimeType": "audio/wav"}]}
    if name == "test_embedded_resource":
        return {
            "content": [
                {
                    "type": "resource",
                    "resource": {
                        "uri": "test://embedded-resource",
                        "mimeType": "text/plain",
                        "text": "This is an embedded resource content.",
                    },
                }
            ]
        }
    if name == "test_multiple_content_types":
        return {
            "content": [
                {"type": "text", "text": "Multiple content types test:"},
                {"type": "image", "data": PNG, "mimeType": "image/png"},
                {
                    "type": "resource",
                    "resource": {
                        "uri": "test://mixed-content-resource",
                        "mimeType": "application/json",
                        "text": json.dumps({"test": "data", "value": 123}),
                    },
                },
            ]
        }
    if name == "test_tool_with_logging":
        for i, msg in enumerate(("Tool execution started", "Tool processing data", "Tool execution completed")):
            if i:
                await anyio.sleep(0.05)
            await ctx.session.send_log_message("info", msg, related_request_id=ctx.request_id)
        return text("Tool with logging executed successfully")
    if name == "test_missing_capability":
        caps = meta.get("io.modelcontextprotocol/clientCapabilities") or {}
        if "sampling" not in caps:
            raise MCPError(
                code=-32021,
                message="Missing required client capability",
                data={"requiredCapabilities": {"sampling": {}}},
            )
        return text("sampling is available")
    if name == "test_streaming_elicitation":
        answer = await _ask(ctx, params, "form", elicit("What is your name?", NAME_SCHEMA))
        if answer is None:
            return input_required({"form": elicit("What is your name?", NAME_SCHEMA)})
        return text(f"Hello, {_content(answer).get('name')}!")
    if name == "test_logging_tool":
        if "io.modelcontextprotocol/logLevel" in meta or ctx.protocol_version not in MODERN_PROTOCOL_VERSIONS:
            await ctx.session.send_log_message("info", "logging tool ran", related_request_id=ctx.request_id)
        return text("Logging tool complete")
    if name == "test_error_handling":
        return text("This tool intentionally returns an error for testing", error=True)
    if name == "test_tool_with_progress":
        for i, p in enumerate((0, 50, 100)):
            if i:
                await anyio.sleep(0.05)
            await ctx.session.report_progress(p, 100, f"Completed step {p} of 100")
        return text("Progress completed")
    if name == "test_sampling":
        answer = await _ask(ctx, params, "llm", sample(str(args.get("prompt", ""))))
        if answer is None:
            return input_required({"llm": sample(str(args.get("prompt", "")))})
        return text(f"LLM response: {_content(answer).get('text', 'No response')}")
    if name in ("test_elicitation", "test_elicitation_sep1034_defaults", "test_elicitation_sep1330_enums"):
        message, schema = {
            "test_elicitation": (str(args.get("message", "")), ELICIT_SCHEMA),
            "test_elicitation_sep1034_defaults": (
                "Please review and update the form fields with defaults",
                DEFAULTS_SCHEMA,
            ),
            "test_elicitation_sep1330_enums": ("Please select options from the enum fields", ENUMS_SCHEMA),
        }[name]
        answer = await _ask(ctx, params, "form", elicit(message, schema))
        if answer is None:
            return input_required({"form": elicit(message, schema)})
        content = json.dumps(answer.get("content") or {}, separators=(",", ":"))
        prefix = "User response" if name == "test_elicitation" else "Elicitation completed"
        return text(f"{prefix}: action={answer.get('action')}, content={content}")
    if ctx.protocol_version not in MODERN_PROTOCOL_VERSIONS:
        return await _mrtr_tool_live(ctx, name, meta)
    return _mrtr_tool(name, params, meta)


async def _mrtr_tool_live(ctx: ServerRequestContext, name: str, meta: dict[str, Any]) -> Any:
    """The same tools on a handshake-era session: each round's questions asked live, in order."""
    responses: dict[str, Any] = {}
    state: str | None = None
    for _ in range(5):
        result = _mrtr_tool(name, SimpleNamespace(input_responses=responses, request_state=state), meta)
        if not (isinstance(result, dict) and result.get("resultType") == "input_required"):
            return result
        for key, req in result.get("inputRequests", {}).items():
            if req["method"] == "elicitation/create":
                p = req["params"]
                res: Any = await ctx.session.elicit_form(
                    p["message"], requested_schema=p["requestedSchema"], related_request_id=ctx.request_id
                )
            elif req["method"] == "sampling/createMessage":
                res = await ctx.session.send_request(
                    types.CreateMessageRequest.model_validate(req), types.CreateMessageResult
                )
            else:
                res = await ctx.session.list_roots()
            responses[key] = res.model_dump(by_alias=True, mode="json", exclude_none=True)
        state = result.get("requestState")
    raise MCPError(code=types.INTERNAL_ERROR, message="too many rounds")


def _mrtr_tool(name: str, params: Any, meta: dict[str, Any]) -> Any:
    """The SEP-2322 (input_required) tools."""
    responses = _responses(params)
    state = getattr(params, "request_state", None)
    if name == "test_input_required_result_elicitation":
        got = _content(responses.get("user_name"))
        if isinstance(got.get("name"), str):
            return text(f"Hello, {got['name']}!")
        return input_required({"user_name": elicit("What is your name?", NAME_SCHEMA)})
    if name == "test_input_required_result_sampling":
        got = responses.get("capital_question")
        if isinstance(got, dict) and isinstance(got.get("content"), dict):
            return text(f"Sampling result: {got['content'].get('text', '')}")
        return input_required({"capital_question": sample("What is the capital of France?")})
    if name == "test_input_required_result_list_roots":
        got = responses.get("client_roots")
        if isinstance(got, dict) and isinstance(got.get("roots"), list):
            uris = ", ".join(str(r.get("uri")) for r in got["roots"] if isinstance(r, dict))
            return text(f"Found {len(got['roots'])} root(s): {uris}")
        return input_required({"client_roots": ROOTS})
    if name == "test_input_required_result_request_state":
        confirm = elicit(
            "Please confirm", {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
        )
        if "confirm" in responses and state:
            _verify(state)
            return text("Confirmed: state-ok")
        return input_required({"confirm": confirm}, _sign({"round": 1}))
    if name == "test_input_required_result_multiple_inputs":
        keys = ("user_name", "greeting", "client_roots")
        if all(k in responses for k in keys) and state:
            _verify(state)
            name_ = _content(responses["user_name"]).get("name", "?")
            return text(f"Received all inputs for {name_}")
        return input_required(
            {
                "user_name": elicit("What is your name?", NAME_SCHEMA),
                "greeting": sample("Generate a greeting", 50),
                "client_roots": ROOTS,
            },
            _sign({"round": 1}),
        )
    if name == "test_input_required_result_multi_round":
        if state and "step2" in responses:
            _verify(state)
            return text("Completed both rounds")
        if state and "step1" in responses:
            first = _verify(state)
            return input_required(
                {
                    "step2": elicit(
                        "Step 2: What is your favorite color?",
                        {"type": "object", "properties": {"color": {"type": "string"}}, "required": ["color"]},
                    )
                },
                _sign({"round": 2, "previous": first, "name": _content(responses["step1"]).get("name")}),
            )
        return input_required({"step1": elicit("Step 1: What is your name?", NAME_SCHEMA)}, _sign({"round": 1}))
    if name == "test_input_required_result_tampered_state":
        if state is not None:
            _verify(state)
            return text("State verified")
        return input_required({"confirm": elicit("Please confirm", NAME_SCHEMA)}, _sign({"round": 1}))
    if name == "test_input_required_result_capabilities":
        caps = meta.get("io.modelcontextprotocol/clientCapabilities") or {}
        requests: dict[str, Any] = {}
        if "sampling" in caps:
            requests["llm"] = sample("Say hello")
        if "elicitation" in caps:
            requests["form"] = elicit("What is your name?", NAME_SCHEMA)
        if "roots" in caps:
            requests["roots"] = ROOTS
        if not requests:
            return text("No client capabilities to ask with")
        return input_required(requests)
    raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown tool: {name}")


PROMPTS = [
    {"name": "test_simple_prompt", "description": "A simple prompt"},
    {
        "name": "test_prompt_with_arguments",
        "description": "A prompt with arguments",
        "arguments": [
            {"name": "arg1", "description": "First test argument", "required": True},
            {"name": "arg2", "description": "Second test argument", "required": True},
        ],
    },
    {
        "name": "test_prompt_with_embedded_resource",
        "description": "A prompt with a resource",
        "arguments": [{"name": "resourceUri", "description": "URI to embed", "required": True}],
    },
    {"name": "test_prompt_with_image", "description": "A prompt with an image"},
    {"name": "test_input_required_result_prompt", "description": "A prompt that asks for context"},
]


async def list_prompts(ctx: ServerRequestContext, params: Any) -> Any:
    return types.ListPromptsResult.model_validate({"prompts": PROMPTS})


def _user(content: dict[str, Any]) -> dict[str, Any]:
    return {"role": "user", "content": content}


async def get_prompt(ctx: ServerRequestContext, params: types.GetPromptRequestParams) -> Any:
    return typed(_get_prompt(params), types.GetPromptResult)


def _get_prompt(params: types.GetPromptRequestParams) -> Any:
    args = params.arguments or {}
    name = params.name
    if name == "test_simple_prompt":
        return {"messages": [_user({"type": "text", "text": "This is a simple prompt for testing."})]}
    if name == "test_prompt_with_arguments":
        return {
            "messages": [
                _user(
                    {
                        "type": "text",
                        "text": f"Prompt with arguments: arg1='{args.get('arg1')}', arg2='{args.get('arg2')}'",
                    }
                )
            ]
        }
    if name == "test_prompt_with_embedded_resource":
        return {
            "messages": [
                _user(
                    {
                        "type": "resource",
                        "resource": {
                            "uri": args.get("resourceUri", "test://example-resource"),
                            "mimeType": "text/plain",
                            "text": "Embedded resource content for testing.",
                        },
                    }
                ),
                _user({"type": "text", "text": "Please process the embedded resource above."}),
            ]
        }
    if name == "test_prompt_with_image":
        return {
            "messages": [
                _user({"type": "image", "data": PNG, "mimeType": "image/png"}),
                _user({"type": "text", "text": "Please analyze the image above."}),
            ]
        }
    if name == "test_input_required_result_prompt":
        got = _content(_responses(params).get("user_context"))
        if isinstance(got.get("context"), str):
            return {"messages": [_user({"type": "text", "text": f"Context: {got['context']}"})]}
        return input_required(
            {
                "user_context": elicit(
                    "What context should the prompt use?",
                    {"type": "object", "properties": {"context": {"type": "string"}}, "required": ["context"]},
                )
            }
        )
    raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown prompt: {name}")


RESOURCES = [
    {"uri": "test://static-text", "name": "static-text", "mimeType": "text/plain"},
    {"uri": "test://static-binary", "name": "static-binary", "mimeType": "image/png"},
    {"uri": "test://watched-resource", "name": "watched-resource", "mimeType": "text/plain"},
]


async def list_resources(ctx: ServerRequestContext, params: Any) -> Any:
    return types.ListResourcesResult.model_validate({"resources": RESOURCES})


async def list_templates(ctx: ServerRequestContext, params: Any) -> Any:
    return types.ListResourceTemplatesResult.model_validate(
        {
            "resourceTemplates": [
                {"uriTemplate": "test://template/{id}/data", "name": "template", "mimeType": "application/json"}
            ]
        }
    )


async def read_resource(ctx: ServerRequestContext, params: types.ReadResourceRequestParams) -> Any:
    return typed(_read(str(params.uri)), types.ReadResourceResult)


def _read(uri: str) -> dict[str, Any]:
    if uri == "test://static-text":
        return {
            "contents": [
                {"uri": uri, "mimeType": "text/plain", "text": "This is the content of the static text resource."}
            ]
        }
    if uri == "test://static-binary":
        return {"contents": [{"uri": uri, "mimeType": "image/png", "blob": PNG}]}
    if uri == "test://watched-resource":
        return {"contents": [{"uri": uri, "mimeType": "text/plain", "text": "Watched resource content."}]}
    if uri.startswith("test://template/") and uri.endswith("/data"):
        rid = uri[len("test://template/") : -len("/data")]
        return {
            "contents": [
                {
                    "uri": uri,
                    "mimeType": "application/json",
                    "text": json.dumps({"id": rid, "templateTest": True, "data": f"Data for ID: {rid}"}),
                }
            ]
        }
    raise MCPError(code=types.INVALID_PARAMS, message="Resource not found", data={"uri": uri})


async def complete(ctx: ServerRequestContext, params: types.CompleteRequestParams) -> types.CompleteResult:
    prefix = params.argument.value
    values = [v for v in ("paris", "park", "party") if v.startswith(prefix)]
    return types.CompleteResult(completion=types.Completion(values=values, total=len(values), has_more=False))


async def subscribe(ctx: ServerRequestContext, params: Any) -> dict[str, Any]:
    # Handshake-era subscriptions: accepted (nothing here changes the watched resource).
    return {}


def build() -> Server:
    # Subscriptions: resources/subscribe for handshake-era sessions, subscriptions/listen for
    # 2026-07-28 ones (the gateway subscribes with the latter).
    return Server(
        "conformance-fixture",
        version="1.0",
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        on_list_prompts=list_prompts,
        on_get_prompt=get_prompt,
        on_list_resources=list_resources,
        on_list_resource_templates=list_templates,
        on_read_resource=read_resource,
        on_completion=complete,
        on_subscribe_resource=subscribe,
        on_unsubscribe_resource=subscribe,
        on_subscriptions_listen=ListenHandler(BUS),
    )


async def legacy_only(ctx: Any, call_next: Any) -> Any:
    if ctx.method == "server/discover" or (
        ctx.protocol_version in MODERN_PROTOCOL_VERSIONS and ctx.method != "initialize"
    ):
        raise MCPError(code=types.METHOD_NOT_FOUND, message=f"Method not found: {ctx.method}")
    return await call_next(ctx)


async def modern_only(ctx: Any, call_next: Any) -> Any:
    if ctx.method == "initialize":
        raise MCPError(
            code=types.INVALID_REQUEST,
            message="this server speaks MCP 2026-07-28 only",
            data={"supported": list(MODERN_PROTOCOL_VERSIONS)},
        )
    return await call_next(ctx)


async def main_stdio(server: Server, legacy_only: bool = False) -> None:
    async with stdio_server() as (r, w):
        if not legacy_only:
            await server.run(r, w, server.create_initialization_options(NotificationOptions()))
            return
        # A 2025-era server never sees 2026-07-28 traffic as such: answer the era probe the way
        # one does (method not found) before the SDK's dual-era loop would switch to it.
        send, recv = anyio.create_memory_object_stream[Any](16)

        async def pump() -> None:
            async with send:
                async for item in r:
                    msg = getattr(item, "message", None)
                    if getattr(msg, "method", None) == "server/discover" and getattr(msg, "id", None) is not None:
                        err = types.JSONRPCError(
                            jsonrpc="2.0",
                            id=msg.id,
                            error=types.ErrorData(code=types.METHOD_NOT_FOUND, message="Method not found"),
                        )
                        await w.send(SessionMessage(err))
                        continue
                    await send.send(item)

        async with anyio.create_task_group() as tg:
            tg.start_soon(pump)
            await server.run(recv, w, server.create_initialization_options(NotificationOptions()))
            tg.cancel_scope.cancel()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--http", type=int, default=0)
    era = ap.add_mutually_exclusive_group()
    era.add_argument("--legacy-only", action="store_true")
    era.add_argument("--modern-only", action="store_true")
    a = ap.parse_args()
    server = build()
    if a.legacy_only:
        server.middleware.insert(0, legacy_only)
    elif a.modern_only:
        server.middleware.insert(0, modern_only)
    if a.http:
        import uvicorn

        app = server.streamable_http_app(streamable_http_path="/mcp", host="127.0.0.1")
        uvicorn.run(app, host="127.0.0.1", port=a.http, log_level="warning")
        return
    anyio.run(main_stdio, server, a.legacy_only)


if __name__ == "__main__":
    main()

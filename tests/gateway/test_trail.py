"""The audit record's ``attrs`` come from declared facts only (``gateway/trail.py``), and an
upstream error is the route's outcome on the record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from bastion.gateway.audit import trace_record
from bastion.gateway.authz import ServerTarget
from bastion.gateway.call import Call, Credentials, Listed, Refusal, UpstreamFailure
from bastion.gateway.metrics import Metrics
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.semcache.facts import ChatExchange
from bastion.gateway.trail import TRAIL, TRAIL_FACTS, declared, on_trail, trail_field
from bastion.mcp_bridge.facts import McpFacts, RpcError, UpstreamResult, arguments_digest

pytestmark = pytest.mark.anyio


def _call() -> Call:
    return Call(front_door="mcp", kind="tool", target="s__t", credentials=Credentials(), method="tools/call")


def test_only_declared_fields_of_declared_facts_go_on_the_trail() -> None:
    call = _call()
    args = {"card": "4111 1111 1111 1111", "note": "secret"}
    call.put(McpFacts(protocol_version="2025-11-25", tool="t", arguments=args))
    call.put(ServerTarget("s"))
    call.put(Listed(3))
    # Undeclared fact types and unmarked fields stay in the process, whatever they hold.
    call.put(UpstreamResult({"content": [{"type": "text", "text": "the answer"}]}))
    call.put(ChatExchange({"messages": [{"role": "user", "content": "hello there"}]}, cache_control="no-store"))
    attrs = trace_record(call)["attrs"]
    assert attrs == {
        "protocol_version": "2025-11-25",
        "tool": "t",
        "arguments_digest": arguments_digest(args),
        "server": "s",
        "count": 3,
        "stream": False,
        "cache_control": "no-store",
    }
    assert "4111" not in repr(attrs) and "hello there" not in repr(attrs) and "the answer" not in repr(attrs)


def test_a_call_without_facts_has_no_attrs() -> None:
    assert trace_record(_call())["attrs"] is None


def test_a_trail_name_off_the_allowlist_fails_when_the_fact_is_defined() -> None:
    with pytest.raises(TypeError, match="'password' is not on gateway.trail.TRAIL_FACTS"):

        @on_trail
        @dataclass
        class Leaky:
            password: str = field(metadata=TRAIL)

    with pytest.raises(TypeError, match="'secret_digest'"):

        @on_trail
        @dataclass
        class Renamed:
            token: str = field(metadata=trail_field("secret_digest"))


def test_every_declared_trail_name_is_on_the_allowlist() -> None:
    for cls in (McpFacts, ServerTarget, Listed, UpstreamFailure, ChatExchange):
        assert declared(cls) and set(declared(cls)) <= TRAIL_FACTS, cls
    assert declared(UpstreamResult) == () and declared(RpcError) == ()


class Sink:
    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    async def submit(self, call: Call) -> None:
        self.records.append(trace_record(call))


async def test_an_upstream_error_is_the_routes_outcome_on_the_record() -> None:
    sink = Sink()
    pipeline = Pipeline([], [], sink, Metrics())

    async def failing(c: Call) -> None:
        c.fail(UpstreamFailure("upstream_error", "tool exploded", -32000))

    await pipeline.run(_call(), failing)
    rec = sink.records[-1]
    assert rec["status"] == "error" and rec["error_code"] == "upstream_error" and rec["error"] == "tool exploded"
    assert rec["stages"][-1]["stage"] == "route" and rec["stages"][-1]["outcome"] == "error"
    assert rec["stages"][-1]["detail"] == {"code": "upstream_error"}
    assert rec["attrs"] == {"upstream_error": -32000}

    async def refused(c: Call) -> None:
        raise Refusal(502, "upstream_error", "no deployment available")

    with pytest.raises(Refusal):
        await pipeline.run(_call(), refused)
    rec = sink.records[-1]
    assert rec["status"] == "error" and rec["stages"][-1]["outcome"] == "error"
    assert rec["stages"][-1]["detail"] == {"code": "upstream_error"}

    async def ok(c: Call) -> None:
        c.put(Listed(0))

    await pipeline.run(_call(), ok)
    rec = sink.records[-1]
    assert rec["status"] == "ok" and rec["stages"][-1]["outcome"] == "ok" and rec["attrs"] == {"count": 0}

"""The engine on its own: actions, redaction styles, scoping, directions, monitor mode,
allow exceptions, priorities and fail-closed."""

from __future__ import annotations

from typing import Any

import pytest

from bastion.gateway.policy.engine import PolicyEngine
from bastion.gateway.policy.model import Policy
from bastion.gateway.principal import Principal

ANN = Principal("ann", "api_key", email="ann@corp.example", department="engineering", groups=("staff",), key_id="k1")
BOB = Principal("bob", "api_key", department="sales", groups=("staff",), key_id="k2")


def policy(name: str, rules: list[dict[str, Any]], **kw: Any) -> Policy:
    return Policy.model_validate({"name": name, "rules": rules, "version": 3, **kw})


def engine(*policies: Policy) -> PolicyEngine:
    e = PolicyEngine(None, b"k" * 32)
    e.set_policies(list(policies))
    return e


PII_REDACT = {"name": "pii", "detector": {"type": "pii"}, "action": "redact"}
SECRETS_BLOCK = {"name": "keys", "detector": {"type": "secrets"}, "action": "block", "message": "no keys"}
AWS = "AKIA" + "Z3X4C5V6B7N2M3Q4"


@pytest.mark.anyio
async def test_no_policy_is_allow_and_untouched() -> None:
    e = engine()
    r = await e.inspect(ANN, "chat_input", ["mail me at a@b.example"])
    assert r.action == "allow" and r.texts == ["mail me at a@b.example"] and r.decisions == []
    assert e.stream_inspector(ANN, "chat_output") is None


@pytest.mark.anyio
async def test_redact_placeholders_are_numbered_per_value() -> None:
    e = engine(policy("p", [PII_REDACT]))
    r = await e.inspect(
        ANN, "chat_input", ["a@x.example wrote to b@y.example", "cc a@x.example, card 4539 1488 0343 6467"]
    )
    assert r.action == "redact"
    assert r.texts == ["[EMAIL_1] wrote to [EMAIL_2]", "cc [EMAIL_1], card [CREDIT_CARD_1]"]
    [d] = r.decisions
    assert d["policy"] == "p" and d["version"] == 3 and d["rule"] == "pii"
    assert d["entities"] == ["CREDIT_CARD", "EMAIL"] and d["mode"] == "enforce"
    assert {s["text"] for s in d["spans"]} == {0, 1}
    assert "a@x.example" not in str(d)  # decisions carry spans, never the values


@pytest.mark.anyio
async def test_mask_and_hash_redaction() -> None:
    e = engine(policy("p", [{**PII_REDACT, "redaction": "mask"}]))
    r = await e.inspect(None, "chat_output", ["ssn 536-22-1234"])
    assert r.texts == ["ssn ***-**-****"]
    e = engine(policy("p", [{**PII_REDACT, "redaction": "hash"}]))
    r1 = await e.inspect(None, "chat_output", ["a@x.example"])
    r2 = await e.inspect(None, "chat_output", ["again a@x.example"])
    assert r1.texts[0].startswith("[EMAIL:") and r2.texts[0] == "again " + r1.texts[0]
    other_key = PolicyEngine(None, b"z" * 32)
    other_key.set_policies([policy("p", [{**PII_REDACT, "redaction": "hash"}])])
    assert (await other_key.inspect(None, "chat_output", ["a@x.example"])).texts != r1.texts


@pytest.mark.anyio
async def test_block_wins_and_carries_message() -> None:
    e = engine(policy("p", [PII_REDACT, SECRETS_BLOCK]))
    r = await e.inspect(ANN, "tool_args", [f"a@x.example {AWS}"])
    assert r.action == "block" and r.message == "no keys"
    assert [d["action"] for d in r.decisions] == ["redact", "block"]


@pytest.mark.anyio
async def test_scope_include_exclude() -> None:
    e = engine(
        policy("eng", [SECRETS_BLOCK], scope={"include": {"departments": ["engineering"]}}),
        policy("not-k1", [PII_REDACT], scope={"exclude": {"keys": ["k1"]}}),
    )
    text = [f"{AWS} a@x.example"]
    assert (await e.inspect(ANN, "chat_input", text)).action == "block"
    r = await e.inspect(BOB, "chat_input", text)
    assert r.action == "redact" and [d["policy"] for d in r.decisions] == ["not-k1"]


@pytest.mark.anyio
async def test_directions_of_policy_and_rule() -> None:
    e = engine(
        policy(
            "p",
            [SECRETS_BLOCK, {**PII_REDACT, "directions": ["chat_output"]}],
            directions=["chat_input", "chat_output"],
        )
    )
    assert (await e.inspect(ANN, "tool_result", [AWS])).action == "allow"
    assert (await e.inspect(ANN, "chat_input", ["a@x.example"])).action == "allow"
    assert (await e.inspect(ANN, "chat_output", ["a@x.example"])).action == "redact"


@pytest.mark.anyio
async def test_monitor_mode_decides_but_does_not_act() -> None:
    e = engine(policy("watch", [SECRETS_BLOCK, PII_REDACT], mode="monitor"))
    r = await e.inspect(ANN, "chat_input", [f"{AWS} a@x.example"])
    assert r.action == "allow" and r.texts == [f"{AWS} a@x.example"]
    assert {(d["action"], d["mode"]) for d in r.decisions} == {("block", "monitor"), ("redact", "monitor")}


@pytest.mark.anyio
async def test_allow_rule_is_an_exception_for_later_rules() -> None:
    allow = {"name": "test-cards", "action": "allow", "detector": {"type": "keywords", "keywords": ["sandbox payment"]}}
    block_cards = {"name": "cards", "action": "block", "detector": {"type": "pii", "entities": ["CREDIT_CARD"]}}
    e = engine(policy("p", [allow, block_cards]))
    assert (await e.inspect(ANN, "chat_input", ["card 4539 1488 0343 6467"])).action == "block"
    r = await e.inspect(ANN, "chat_input", ["sandbox payment with card 4539 1488 0343 6467"])
    assert r.action == "allow" and [d["rule"] for d in r.decisions] == ["test-cards"]


@pytest.mark.anyio
async def test_priority_orders_policies() -> None:
    e = engine(
        policy("zz-first", [{**SECRETS_BLOCK, "message": "first"}], priority=1),
        policy("aa-second", [{**SECRETS_BLOCK, "message": "second"}], priority=50),
    )
    r = await e.inspect(ANN, "chat_input", [AWS])
    assert r.message == "first" and [d["policy"] for d in r.decisions] == ["zz-first", "aa-second"]


@pytest.mark.anyio
async def test_detector_failure_fails_closed_by_default() -> None:
    # A semantic topic rule with no embedding model available is a real detector failure.
    topic = {
        "name": "medical",
        "action": "flag",
        "detector": {"type": "topics", "deny": {"medical": "medical diagnosis"}},
    }
    e = engine(policy("closed", [topic]))
    r = await e.inspect(ANN, "chat_input", ["hello"])
    assert r.action == "block"
    [d] = r.decisions
    assert d["action"] == "block" and "DetectorError" in d["error"]
    e = engine(policy("open", [topic], on_error="allow"))
    r = await e.inspect(ANN, "chat_input", ["hello"])
    assert r.action == "allow" and r.decisions[0]["error"]


@pytest.mark.anyio
async def test_disabled_policies_are_not_installed() -> None:
    e = engine(policy("off", [SECRETS_BLOCK], enabled=False))
    assert (await e.inspect(ANN, "chat_input", [AWS])).action == "allow"

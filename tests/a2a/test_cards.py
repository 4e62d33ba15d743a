"""Card validation, normalisation (0.2/0.3/1.0) and rewriting, at library level."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bastion.a2a.cards import (
    CardError,
    if_none_match_hits,
    parse_card,
    parse_card_bytes,
    rewrite_card,
    serve_card,
    wire_version,
)

AGENT = "http://agents.example:9000"


def card_10(**over: Any) -> dict[str, Any]:
    c: dict[str, Any] = {
        "name": "Weather",
        "description": "Forecasts.",
        "version": "2.1",
        "supportedInterfaces": [
            {"url": f"{AGENT}/rpc", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"},
            {"url": f"{AGENT}/grpc", "protocolBinding": "GRPC", "protocolVersion": "1.0"},
            {"url": f"{AGENT}/rest", "protocolBinding": "HTTP+JSON", "protocolVersion": "1.0"},
        ],
        "capabilities": {"streaming": True, "pushNotifications": True, "extendedAgentCard": True},
        "securitySchemes": {"oauth": {"openIdConnectSecurityScheme": {"openIdConnectUrl": f"{AGENT}/oidc"}}},
        "securityRequirements": [{"schemes": {"oauth": {"list": ["read"]}}}],
        "defaultInputModes": ["text/plain"],
        "defaultOutputModes": ["text/plain"],
        "skills": [
            {"id": "forecast", "name": "Forecast", "description": "Weather by city.", "tags": ["Weather", "geo"]}
        ],
        "signatures": [{"protected": "eyJhbGciOiJFUzI1NiJ9", "signature": "c2ln"}],
    }
    c.update(over)
    return c


def test_10_card_is_parsed_and_indexed() -> None:
    up = parse_card(card_10(), agent_url=AGENT)
    assert [(i.binding, i.version) for i in up.interfaces] == [("JSONRPC", "1.0"), ("HTTP+JSON", "1.0")]
    assert up.streaming and up.push
    assert "forecast" in up.skill_ids and "weather" in up.tags
    assert "weather by city" in up.search_text


def test_03_and_02_cards_are_normalised() -> None:
    c03 = {
        "name": "Old",
        "description": "d",
        "version": "1",
        "protocolVersion": "0.3.0",
        "url": f"{AGENT}/rpc",
        "preferredTransport": "JSONRPC",
        "additionalInterfaces": [{"url": f"{AGENT}/rest", "transport": "HTTP+JSON"}],
        "supportsAuthenticatedExtendedCard": True,
        "capabilities": {"streaming": False},
        "defaultInputModes": [],
        "defaultOutputModes": [],
        "skills": [],
    }
    up = parse_card(c03, agent_url=AGENT)
    assert [(i.binding, i.version, i.url) for i in up.interfaces] == [
        ("JSONRPC", "0.3", f"{AGENT}/rpc"),
        ("HTTP+JSON", "0.3", f"{AGENT}/rest"),
    ]
    c02 = {**c03, "protocolVersion": "0.2.6"}
    c02.pop("additionalInterfaces")
    assert [(i.binding, i.version) for i in parse_card(c02, agent_url=AGENT).interfaces] == [("JSONRPC", "0.3")]
    assert wire_version("1.0.1") == "1.0" and wire_version(None) == "0.3"


def test_rewrite_points_at_gateway_and_drops_upstream_security() -> None:
    up = parse_card(card_10(), agent_url=AGENT)
    out = rewrite_card(up, name="weather", base_url="https://gw.example/", push_relayed=False)
    assert [(i["protocolBinding"], i["url"]) for i in out["supportedInterfaces"]] == [
        ("JSONRPC", "https://gw.example/a2a/weather"),
        ("HTTP+JSON", "https://gw.example/a2a/weather"),
    ]
    assert list(out["securitySchemes"]) == ["bastion"]
    assert "signatures" not in out
    assert out["capabilities"]["streaming"] is True
    assert out["capabilities"]["pushNotifications"] is False
    assert out["capabilities"]["extendedAgentCard"] is False
    assert AGENT not in str(out)
    served = serve_card(out)
    assert if_none_match_hits(f'W/{served.etag}, "other"', served.etag)
    assert not if_none_match_hits('"other"', served.etag)


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda c: c.update(description="x" * 20_000), "description"),
        (lambda c: c.update(name=""), "name"),
        (lambda c: c.update(name="evil\x07name"), "control characters"),
        (
            lambda c: c["supportedInterfaces"].__setitem__(
                0, {**c["supportedInterfaces"][0], "url": "javascript:alert(1)"}
            ),
            "http",
        ),
        (
            lambda c: c["supportedInterfaces"].__setitem__(
                0, {**c["supportedInterfaces"][0], "url": "http://user:pw@agents.example/rpc"}
            ),
            "credentials",
        ),
        (
            lambda c: c["supportedInterfaces"].__setitem__(
                0, {**c["supportedInterfaces"][0], "url": "http://169.254.169.254/rpc"}
            ),
            "not the agent's registered origin",
        ),
        (lambda c: c.update(iconUrl="file:///etc/passwd"), "iconUrl"),
        (
            lambda c: c.update(
                skills=[{"id": str(i), "name": "n", "description": "d", "tags": []} for i in range(600)]
            ),
            "skills",
        ),
        (
            lambda c: c.update(
                supportedInterfaces=[{"url": f"{AGENT}/g", "protocolBinding": "GRPC", "protocolVersion": "1.0"}]
            ),
            "no interface the gateway can proxy",
        ),
        (lambda c: c.update(skills=[{"id": "a", "name": "n", "description": "d", "tags": ["t"] * 200}]), "tags"),
        (lambda c: c.update(extra=[[0] * 10] * 10_000), "more than 50000 JSON values"),
        (lambda c: c.update(deep=eval("[" * 40 + "]" * 40)), "nested deeper"),
    ],
)
def test_hostile_cards_are_rejected_with_a_reason(mutate: Any, reason: str) -> None:
    c = copy.deepcopy(card_10())
    mutate(c)
    with pytest.raises(CardError) as err:
        parse_card(c, agent_url=AGENT)
    assert reason in str(err.value)


def test_size_and_json_limits() -> None:
    with pytest.raises(CardError, match="bytes"):
        parse_card_bytes(b"{" + b" " * 5000 + b"}", agent_url=AGENT, max_bytes=1024)
    with pytest.raises(CardError, match="not valid JSON"):
        parse_card_bytes(b"<html>", agent_url=AGENT, max_bytes=1024)
    with pytest.raises(CardError, match="not a JSON object"):
        parse_card([], agent_url=AGENT)


def test_foreign_hosts_only_when_trusted() -> None:
    c = card_10(
        supportedInterfaces=[
            {"url": "http://other.example/rpc", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}
        ]
    )
    assert parse_card(c, agent_url=AGENT, trust_card_hosts=True).interfaces[0].url == "http://other.example/rpc"


def _one_interface(url: str) -> dict[str, Any]:
    return card_10(supportedInterfaces=[{"url": url, "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}])


@pytest.mark.parametrize(
    "url",
    [
        "http://agents.example:22/",  # another port on the agent's own host
        "http://agents.example/rpc",  # the default port is another port too
        "https://agents.example:9000/rpc",  # another scheme
        "http://127.0.0.1:9000/rpc",  # another host
    ],
)
def test_interfaces_stay_on_the_registered_origin(url: str) -> None:
    with pytest.raises(CardError, match="not the agent's registered origin 'http://agents.example:9000'"):
        parse_card(_one_interface(url), agent_url=AGENT)


def test_same_origin_spelled_differently_is_accepted() -> None:
    c = _one_interface("HTTP://Agents.Example:9000/rpc")
    assert parse_card(c, agent_url=AGENT).interfaces[0].url == "HTTP://Agents.Example:9000/rpc"
    assert parse_card(_one_interface("https://a.example:443/x"), agent_url="https://a.example").interfaces


def test_other_origins_only_when_listed() -> None:
    c = _one_interface("https://api.example:8443/rpc")
    assert parse_card(c, agent_url=AGENT, card_origins=["https://api.example:8443"]).interfaces
    with pytest.raises(CardError, match="registered origin"):
        parse_card(c, agent_url=AGENT, card_origins=["https://api.example"])


def test_card_origins_setting_takes_origins_only() -> None:
    from bastion.a2a.settings import load_a2a_settings
    from bastion.gateway.sections import SettingsError

    s = load_a2a_settings({"agents": {"w": {"url": AGENT, "card_origins": ["https://api.example:8443"]}}})
    assert s.agents["w"].card_origins == ["https://api.example:8443"]
    with pytest.raises(SettingsError, match="card_origins"):
        load_a2a_settings({"agents": {"w": {"url": AGENT, "card_origins": ["https://api.example/rpc"]}}})

"""Policy documents: validation and YAML round trip; templates build valid policies."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bastion.gateway.policy import templates
from bastion.gateway.policy.model import Policy, policies_from_yaml, policies_to_yaml
from bastion.gateway.principal import Principal

YAML = """
policies:
  - name: eng-secrets
    description: no credentials to the model
    mode: monitor
    directions: [chat_input, tool_args]
    priority: 10
    on_error: allow
    scope:
      include: {departments: [engineering], groups: [contractors]}
      exclude: {users: [build-bot]}
    rules:
      - name: keys
        detector: {type: secrets, kinds: [OPENAI_KEY, AWS_ACCESS_KEY]}
        action: block
        message: no keys please
      - name: emails
        detector: {type: pii, entities: [EMAIL], min_score: 0.6}
        action: redact
        redaction: hash
  - name: codenames
    rules:
      - name: words
        detector: {type: keywords, keywords: [bluebird, "night owl"], entity: CODENAME}
        action: block
      - name: tickets
        detector: {type: regex, pattern: 'TCK-\\d+', entity: TICKET}
        action: flag
      - name: topics
        detector: {type: topics, deny: {legal: legal advice about our litigation}}
        action: flag
      - name: inj
        detector: {type: injection, threshold: 0.6, semantic: true}
        action: block
"""


def test_yaml_round_trip() -> None:
    policies = policies_from_yaml(YAML)
    assert [p.name for p in policies] == ["eng-secrets", "codenames"]
    again = policies_from_yaml(policies_to_yaml(policies))
    assert again == policies
    assert again[0].rules[1].redaction == "hash" and again[0].mode == "monitor"


def test_single_policy_document() -> None:
    [p] = policies_from_yaml("name: one\nrules: [{name: r, detector: {type: secrets}, action: flag}]")
    assert p.directions[0] == "chat_input" and len(p.directions) == 6 and p.on_error == "block"


@pytest.mark.parametrize(
    "bad",
    [
        "name: Bad Name\nrules: [{name: r, detector: {type: secrets}, action: flag}]",
        "name: x\nrules: []",
        "name: x\nrules: [{name: r, detector: {type: nope}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: regex, pattern: '('}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: pii, entities: [SHOE_SIZE]}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: secrets}, action: explode}]",
        "name: x\ndirections: [sideways]\nrules: [{name: r, detector: {type: secrets}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: secrets}, action: flag}, "
        "{name: r, detector: {type: secrets}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: topics}, action: flag}]",
        # A topic without a description (an empty allow-listed one would make every text OFF_TOPIC).
        "name: x\nrules: [{name: r, detector: {type: topics, allow: {billing: []}}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: topics, deny: {legal: '  '}}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: topics, deny: {'': legal advice}}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: topics, deny: {legal: [advice, '']}}, action: flag}]",
        "name: x\nrules: [{name: r, detector: {type: topics, deny: {legal: advice}, reading: sideways}, action: flag}]",
    ],
)
def test_invalid_documents(bad: str) -> None:
    with pytest.raises((ValidationError, ValueError)):
        policies_from_yaml(bad)


def test_scope() -> None:
    [p, _] = policies_from_yaml(YAML)
    eng = Principal("ann", "api_key", department="engineering")
    contractor = Principal("cid", "api_key", groups=("contractors",))
    bot = Principal("build-bot", "api_key", department="engineering")
    sales = Principal("sam", "api_key", department="sales")
    assert p.scope.applies(eng) and p.scope.applies(contractor)
    assert not p.scope.applies(bot) and not p.scope.applies(sales)
    assert not p.scope.applies(None)
    keyed = Policy.model_validate(
        {
            "name": "k",
            "scope": {"include": {"keys": ["key1"]}, "exclude": {"roles": ["admin"]}},
            "rules": [{"name": "r", "detector": {"type": "secrets"}, "action": "flag"}],
        }
    )
    assert keyed.scope.applies(Principal("u", "api_key", key_id="key1"))
    assert not keyed.scope.applies(Principal("u", "api_key", key_id="key1", roles=("admin",)))
    assert not keyed.scope.applies(Principal("u", "api_key", key_id="key2"))


def test_every_template_builds() -> None:
    for name, t in templates.TEMPLATES.items():
        params = {"codenames": ["bluebird"], "customers": "Acme, Globex"}
        p = templates.build(name, params, mode="monitor")
        assert p.name == name and p.mode == "monitor" and p.rules
        assert t.detects and t.cannot
    with pytest.raises(ValueError):
        templates.build("competitive-intel", {})
    with pytest.raises(KeyError):
        templates.build("gdpr-everything")


def test_regulation_templates_cover_the_entities_they_name() -> None:
    from bastion.gateway.policy.templates import build

    def entities(name: str) -> set[str]:
        return {e for r in build(name).rules if r.detector.type == "pii" for e in (r.detector.entities or [])}

    assert {"CREDIT_CARD", "IBAN", "BANK_ACCOUNT"} <= entities("pci")
    assert {"EMAIL", "PHONE", "US_SSN", "DATE_OF_BIRTH", "IP_ADDRESS", "BANK_ACCOUNT", "PASSPORT"} <= entities("hipaa")
    hipaa_rules = {r.name for r in build("hipaa").rules}
    assert {"medical-record-numbers", "other-identifiers"} <= hipaa_rules


def test_injection_sensitivity_is_a_calibrated_level() -> None:
    from pydantic import ValidationError

    from bastion.gateway.policy.model import InjectionSpec

    spec = InjectionSpec.model_validate({"type": "injection"})
    assert spec.sensitivity == "1%" and spec.threshold is None and spec.semantic
    with pytest.raises(ValidationError):
        InjectionSpec.model_validate({"type": "injection", "sensitivity": "2%"})


@pytest.mark.parametrize(
    ("detector", "said", "known"),
    [
        (
            "{type: pii, entities: [EMAIL, SHOE_SIZE, AURA]}",
            "unknown entities ['AURA', 'SHOE_SIZE']; known: [",
            "'EMAIL'",
        ),
        (
            "{type: secrets, kinds: [AWS_ACCESS_KEY, WIFI_PASSWORD]}",
            "unknown secret kinds ['WIFI_PASSWORD']; known: [",
            "'AWS_ACCESS_KEY'",
        ),
    ],
)
def test_unknown_entity_or_secret_kind_is_named(detector: str, said: str, known: str) -> None:
    """A PII entity or secret kind the detectors do not have is refused by name, with the known ones."""
    with pytest.raises(ValidationError) as err:
        policies_from_yaml(f"name: x\nrules: [{{name: r, detector: {detector}, action: flag}}]")
    message = str(err.value)
    assert said in message and known in message.split("known: ", 1)[1]

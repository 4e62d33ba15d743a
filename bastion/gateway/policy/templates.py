"""Pre-built policies with sensible defaults, enabled with one call.

Each template documents what it detects and what it cannot; ``build`` turns the template and
the operator's parameters (codenames, customer lists ...) into an ordinary :class:`Policy` that
can be edited afterwards like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bastion.gateway.policy.detectors.pii import DATE_PATTERN
from bastion.gateway.policy.model import Policy

ALL_DIRECTIONS = ["chat_input", "chat_output", "tool_args", "tool_result", "agent_message", "agent_artifact"]
INPUTS = ["chat_input", "tool_args", "agent_message"]
OUTPUTS = ["chat_output", "tool_result", "agent_artifact"]


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    title: str
    detects: str
    cannot: str
    params: dict[str, str]
    rules: Callable[[dict[str, Any]], list[dict[str, Any]]]

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "detects": self.detects,
            "cannot": self.cannot,
            "params": self.params,
        }


def _words(params: dict[str, Any], key: str) -> list[str]:
    v = params.get(key) or []
    if isinstance(v, str):
        v = [w.strip() for w in v.split(",")]
    return [str(w) for w in v if str(w).strip()]


_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    "OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)


def _hipaa(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "phi-identifiers",
            "action": "redact",
            "detector": {
                "type": "pii",
                "entities": [
                    "EMAIL",
                    "PHONE",
                    "US_SSN",
                    "UK_NHS",
                    "DATE_OF_BIRTH",
                    "IP_ADDRESS",
                    "PASSPORT",
                    "NATIONAL_ID",
                    "BANK_ACCOUNT",
                    "CREDIT_CARD",
                    "IBAN",
                ],
            },
        },
        {
            # (Each identifier after a label must hold a digit and the label must end at a word
            # boundary: "Deadline" is no DEA number, "member identity" no member ID.)
            # HIPAA's other identifiers that have a recognisable label or form: certificate and
            # licence numbers, vehicle identifiers and plates, device identifiers and serial
            # numbers, web addresses.
            "name": "other-identifiers",
            "action": "redact",
            "detector": {
                "type": "regex",
                "entity": "PHI_IDENTIFIER",
                "ignore_case": True,
                "max_len": 200,
                "pattern": r"\b(?:(?:licen[cs]e|certificate|dea|npi|vin|serial|device id|imei|udi|"
                r"licen[cs]e plate|number plate|plate|registration)\b\.?\s*(?:number|no\.?|#)?\s*[:#]?\s*"
                r"(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{4,24})\b"
                # A device's UDI in GS1 form: "(01)00844588003288(17)141120".
                r"|\budi\b\s*[:#]?\s*(?:\(\d{2,4}\)[A-Z0-9]{2,40})+"
                r"|\bhttps?://[^\s<>\"']{4,200}",
            },
        },
        {
            "name": "medical-record-numbers",
            "action": "redact",
            "detector": {
                "type": "regex",
                "entity": "MEDICAL_RECORD_NUMBER",
                "ignore_case": True,
                # Medical record and hospital numbers, and health plan beneficiary numbers
                # (Safe Harbor identifiers 8 and 9): member, subscriber, group, policy,
                # insurance, Medicare / Medicaid ids, MBI and HICN.
                "pattern": r"\b(?:MRN|MBI|HICN|patient id|(?:medical record|hospital|health plan|member|subscriber|"
                r"beneficiary|medicare|medicaid|insurance|(?:health )?insurance claim|group|policy)"
                r"\s*(?:id|number|no|#)(?![A-Za-z]))[\s.:#]*(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{4,15}\b",
            },
        },
        {
            # HIPAA names every date tied to the person, not only the birth date: admission,
            # discharge, death, date of service (after their label).
            "name": "dates-of-care",
            "action": "redact",
            "detector": {
                "type": "regex",
                "entity": "CARE_DATE",
                "ignore_case": True,
                "max_len": 80,
                "pattern": r"\b(?:admitted|admission(?: date)?|discharged|discharge date|date of (?:death|service|"
                r"admission|discharge|visit)|died|deceased|DOS)\b[^\n\d]{0,12}?" + DATE_PATTERN + r"(?!\d)",
            },
        },
        {
            # Geographic units smaller than a state: ZIP codes after a US state, UK postcodes,
            # and any postal code after its label.
            "name": "postal-codes",
            "action": "redact",
            "detector": {
                "type": "regex",
                "entity": "POSTAL_CODE",
                "max_len": 40,
                "pattern": r"(?<=, )(?:" + _US_STATES + r") \d{5}(?:-\d{4})?\b"
                r"|\b(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b"
                r"|\b(?i:zip(?: ?code)?|post ?code|postal code)\s*[:#]?\s*[A-Z\d][A-Z\d -]{2,8}[A-Z\d]\b",
            },
        },
        {
            "name": "clinical-terms",
            "action": "flag",
            "detector": {
                "type": "keywords",
                "entity": "PHI_CONTEXT",
                "keywords": [
                    "diagnosis",
                    "diagnosed with",
                    "prescription",
                    "treatment plan",
                    "lab results",
                    "discharge summary",
                    "medical history",
                    "patient chart",
                ],
            },
        },
    ]


def _pci(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "card-numbers",
            "action": "redact",
            "redaction": "mask",
            "detector": {"type": "pii", "entities": ["CREDIT_CARD"]},
        },
        {
            "name": "bank-accounts",
            "action": "redact",
            "redaction": "mask",
            "detector": {"type": "pii", "entities": ["IBAN", "BANK_ACCOUNT"]},
        },
        {
            "name": "card-security-codes",
            "action": "redact",
            "redaction": "mask",
            "detector": {
                "type": "regex",
                "entity": "CARD_SECURITY_CODE",
                "ignore_case": True,
                "pattern": r"\b(?:cvv2?|cvc2?|cid|security code|pin)\s*[:#]?\s*\d{3,4}\b",
            },
        },
        {
            "name": "card-expiry",
            "action": "redact",
            "redaction": "mask",
            "detector": {
                "type": "regex",
                "entity": "CARD_EXPIRY",
                "ignore_case": True,
                "pattern": r"\b(?:exp(?:iry|iration|ires)?(?: date)?|valid (?:thru|through|until)|good thru)\.?"
                r"\s*[:#]?\s*(?:0[1-9]|1[0-2])\s*[/-]\s*(?:\d{4}|\d{2})\b",
            },
        },
        {
            "name": "track-data",
            "action": "block",
            "message": "Magnetic-stripe track data must never be sent.",
            "detector": {
                "type": "regex",
                "entity": "TRACK_DATA",
                "pattern": r"%B\d{12,19}\^[^^]{2,26}\^\d{4}|;\d{12,19}=\d{4}",
            },
        },
    ]


def _ferpa(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "student-ids",
            "action": "redact",
            "detector": {
                "type": "regex",
                "entity": "STUDENT_ID",
                "ignore_case": True,
                "pattern": r"\bstudent\s+(?:id|number|no\.?|#)(?!\w)\s*[:#]?\s*(?=[A-Z-]*\d)[A-Z0-9-]{5,12}\b",
            },
        },
        {
            "name": "student-contact",
            "action": "redact",
            "detector": {"type": "pii", "entities": ["EMAIL", "PHONE", "US_SSN", "DATE_OF_BIRTH"]},
        },
        {
            "name": "education-records",
            "action": "flag",
            "detector": {
                "type": "keywords",
                "entity": "EDUCATION_RECORD",
                "keywords": [
                    "transcript",
                    "gpa",
                    "grade point average",
                    "disciplinary record",
                    "iep",
                    "individualized education program",
                    "report card",
                    "financial aid record",
                    "enrollment record",
                ],
            },
        },
    ]


def _sox(p: dict[str, Any]) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = [
        {
            "name": "mnpi-markers",
            "action": "block",
            "message": "Material non-public financial information must not leave the company.",
            "detector": {
                "type": "keywords",
                "entity": "MNPI",
                "keywords": [
                    "material non-public",
                    "material nonpublic",
                    "mnpi",
                    "not yet announced",
                    "pre-announcement",
                    "embargoed",
                    "draft 10-k",
                    "draft 10-q",
                    "unreleased earnings",
                    "preliminary results",
                    "inside information",
                    "quiet period",
                ],
            },
        },
    ]
    if p.get("semantic", True):
        rules.append(
            {
                "name": "unreleased-results",
                "action": "flag",
                "detector": {
                    "type": "topics",
                    "deny": {
                        "unreleased-financials": "unreleased quarterly revenue, earnings or "
                        "financial results of our company before public announcement",
                        "deal-talk": "confidential merger, acquisition or takeover negotiations "
                        "that have not been announced",
                    },
                },
            }
        )
    return rules


def _legal(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "privilege-markers",
            "action": "block",
            "message": "Privileged legal material must not be sent to external AI services.",
            "detector": {
                "type": "keywords",
                "entity": "PRIVILEGED",
                "keywords": [
                    "attorney-client privileged",
                    "attorney client privilege",
                    "privileged and confidential",
                    "privileged & confidential",
                    "attorney work product",
                    "legal hold",
                    "prepared at the direction of counsel",
                    "subject to legal privilege",
                ],
            },
        },
    ]


def _competitive(p: dict[str, Any]) -> list[dict[str, Any]]:
    codenames = _words(p, "codenames")
    customers = _words(p, "customers")
    rules: list[dict[str, Any]] = []
    if codenames:
        rules.append(
            {
                "name": "codenames",
                "action": "block",
                "message": "Internal project codenames must not be shared.",
                "detector": {"type": "keywords", "entity": "CODENAME", "keywords": codenames},
            }
        )
    if customers:
        rules.append(
            {
                "name": "customer-list",
                "action": "redact",
                "detector": {"type": "keywords", "entity": "CUSTOMER", "keywords": customers},
            }
        )
    if not rules:
        raise ValueError("competitive-intel needs codenames and/or customers")
    return rules


def _secrets(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "credentials",
            "action": "block",
            "directions": INPUTS,
            "message": "A credential (API key, token or private key) was found; remove it.",
            "detector": {"type": "secrets"},
        },
        {"name": "credentials-out", "action": "redact", "directions": OUTPUTS, "detector": {"type": "secrets"}},
    ]


def _injection(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": "prompt-injection",
            "action": "block",
            "message": "The content looks like a prompt-injection attempt.",
            "detector": {
                "type": "injection",
                "semantic": str(p.get("semantic", True)).lower() not in ("false", "0", "no"),
                "sensitivity": str(p.get("sensitivity", "1%")),
            },
        },
    ]


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "hipaa",
            "HIPAA / PHI",
            "Redacts identifiers that make health data PHI: e-mail, phone and fax, SSN, NHS "
            "number, date of birth (near birth words), IP address, web addresses, passport and "
            "national IDs, account numbers (bank account, IBAN, card), certificate / licence "
            "numbers, vehicle and device identifiers and serial numbers after their label, "
            "medical record / health plan numbers after their label, admission / discharge / "
            "death / service dates after their label, ZIP codes after a US state, UK postcodes "
            "and postal codes after their label; flags clinical terms.",
            "Patient names, street addresses and free-text clinical details (needs an NER "
            "model, not available offline); the other HIPAA identifiers without a label.",
            {},
            _hipaa,
        ),
        Template(
            "pci",
            "PCI-DSS",
            "Masks payment card numbers (Luhn, issuer ranges and lengths), IBANs (mod 97), bank "
            "account, routing and sort-code numbers after their label, CVV/CVC codes and PINs "
            "after their label and card expiry dates after their label; blocks magnetic-stripe "
            "track data.",
            "Card numbers written in words or split by other text; cardholder names.",
            {},
            _pci,
        ),
        Template(
            "ferpa",
            "FERPA (student records)",
            "Redacts student ID numbers after their label and student contact data; flags "
            "education-record terms (transcript, GPA, IEP ...).",
            "Student names and grades written as prose.",
            {},
            _ferpa,
        ),
        Template(
            "sox",
            "SOX / MNPI",
            "Blocks material non-public information markers (MNPI, embargoed, draft 10-Q ...); "
            "flags text about unreleased results or deals by meaning (embedding model).",
            "Figures without any marker or topic wording; judging materiality.",
            {"semantic": "true/false: add the semantic topic rule (default true)"},
            _sox,
        ),
        Template(
            "legal-privilege",
            "Legal privilege",
            "Blocks attorney-client privilege and work-product markers.",
            "Privileged content without a marker.",
            {},
            _legal,
        ),
        Template(
            "competitive-intel",
            "Competitive intelligence",
            "Blocks internal codenames and redacts customer names supplied by the operator "
            "(any size of list, one-pass matcher).",
            "Anything not on the lists; misspellings.",
            {"codenames": "list of project codenames", "customers": "list of customer names"},
            _competitive,
        ),
        Template(
            "secrets",
            "Secrets",
            "Blocks API keys, tokens and private keys in what is sent (OpenAI, Anthropic, "
            "Google, GitHub, GitLab, Hugging Face, npm, PyPI, SendGrid, DigitalOcean, Shopify, "
            "AWS, Slack, Stripe, JWT, PEM, password assignments); redacts them "
            "in what comes back.",
            "Provider formats not listed; secrets without a recognisable format or label.",
            {},
            _secrets,
        ),
        Template(
            "prompt-injection",
            "Prompt injection",
            "Blocks instruction overrides and task hijacking, persona jailbreaks, prompt "
            "extraction and hidden or encoded instructions in prompts, tool results, documents "
            "and agent messages (a learned head on sentence embeddings plus patterns).",
            "Attacks unlike anything in its training data; non-English attacks are weaker.",
            {
                "sensitivity": "expected false positives on ordinary text: 5%, 1% (default) or 0.1%",
                "semantic": "true (default) / false: patterns only, no embedding model",
            },
            _injection,
        ),
    )
}


def build(template: str, params: dict[str, Any] | None = None, **overrides: Any) -> Policy:
    """The policy for template ``name`` (``overrides``: mode, scope, directions, priority,
    policy name ...)."""
    t = TEMPLATES.get(template)
    if t is None:
        raise KeyError(template)
    doc: dict[str, Any] = {
        "name": template,
        "description": f"{t.title} template. Detects: {t.detects} Cannot detect: {t.cannot}",
        "rules": t.rules(dict(params or {})),
    }
    doc.update({k: v for k, v in overrides.items() if v is not None})
    return Policy.model_validate(doc)

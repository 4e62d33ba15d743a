"""The ``policy:`` section of the gateway settings."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bastion.gateway.sections import validate_section


class TemplateSeed(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    params: dict[str, Any] = Field(default_factory=dict)
    mode: str | None = None


class PolicySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: How often each replica checks the store for policy changes made on another replica.
    poll_interval_s: float = Field(default=1.0, gt=0, le=60)
    #: Key for ``hash`` redaction (HMAC-SHA256). Set the same key on every replica so hashes
    #: agree; when unset a random key is made per process.
    hash_key: str | None = None
    #: Policies created at start-up when no policy of that name exists yet (later edits made
    #: through the admin API are kept).
    policies: list[dict[str, Any]] = Field(default_factory=list)
    #: Templates enabled at start-up the same way (``[{name: pci}, {name: secrets}]``).
    templates: list[TemplateSeed] = Field(default_factory=list)


def parse_policy_settings(raw: dict[str, Any]) -> PolicySettings:
    return validate_section(PolicySettings, raw, "policy")

"""The one settings model: the core's sections and every front door's, read at start-up.

Precedence (highest first): environment (``BASTION_SERVER__PORT=9000``,
``BASTION_MCP__LEGACY_SSE=false``), constructor arguments and overrides, the YAML file, defaults.
Every default works with no file at all. This module (with ``load_settings``) is the one place
that reads the environment for settings: ``BASTION_*`` through the model, ``BASTION_CONFIG``
and the short ``BASTION_ADMIN_KEY`` here. Secret references inside values (``env:NAME``) are
resolved by ``bastion.gateway.secrets`` where each secret is used.

Each section is a pydantic model owned by the code it configures; this module only composes
them (it belongs to the composition root, beside ``bastion/app.py``, because the core must not
import a front door). A bad value in any section stops start-up with its dotted path named
(``mcp.servers.fs.command: ...``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from bastion.a2a.settings import A2ASettings
from bastion.gateway.sections import SettingsError, describe_validation_error
from bastion.gateway.settings import CoreSettings
from bastion.llm.settings import LLMSettings
from bastion.mcp_bridge.settings import McpSettings

__all__ = ["Settings", "SettingsError", "load_settings"]


class Settings(CoreSettings):
    """Everything Bastion reads at start-up: the core's sections plus the front doors'."""

    #: The LLM front door: providers, aliases, prices, retries (``bastion/llm/settings.py``).
    llm: LLMSettings = Field(default_factory=LLMSettings)
    #: The MCP front door: upstream servers, virtual servers, sandbox, tool cache
    #: (``bastion/mcp_bridge/settings.py``).
    mcp: McpSettings = Field(default_factory=McpSettings)
    #: The A2A front door: agents, cards, push relay (``bastion/a2a/settings.py``).
    a2a: A2ASettings = Field(default_factory=A2ASettings)


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from an optional YAML file, the environment and overrides.

    Raises :class:`SettingsError` with a readable message on any problem.
    """
    data: dict[str, Any] = {}
    path = Path(config_file) if config_file else None
    if path is None and os.environ.get("BASTION_CONFIG"):
        path = Path(os.environ["BASTION_CONFIG"])
    if path is not None:
        try:
            loaded = yaml.safe_load(path.read_text()) or {}
        except FileNotFoundError:
            raise SettingsError(f"config file not found: {path}") from None
        except yaml.YAMLError as e:
            raise SettingsError(f"config file {path} is not valid YAML: {e}") from None
        if not isinstance(loaded, dict):
            raise SettingsError(f"config file {path} must hold a mapping at the top level")
        data.update(loaded)
    _merge(data, overrides)
    # The short, documented name for the admin key.
    if os.environ.get("BASTION_ADMIN_KEY") and "BASTION_AUTH__ADMIN_KEY" not in os.environ:
        data.setdefault("auth", {})["admin_key"] = os.environ["BASTION_ADMIN_KEY"]
    try:
        s = Settings(**data)
    except ValidationError as e:
        raise SettingsError(describe_validation_error(e)) from None
    s.config_file = path
    return s


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        else:
            into[k] = v

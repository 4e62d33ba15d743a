"""What every settings section shares: the error a bad value raises and its one validator.

A section's model lives next to the code it configures (``policy/settings.py``,
``mcp_bridge/settings.py`` ...); the one settings model (``bastion/settings.py``) composes them,
so a bad value anywhere stops start-up with its dotted path named. Sections validated later,
one at a time (an MCP server or an agent registered through the admin API, an imported config),
go through :func:`validate_section`, which names the path the same way.

This module imports nothing of the gateway, so every section model can use it without a cycle.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError


class SettingsError(Exception):
    """Invalid configuration. ``str()`` is a message a user can act on; no traceback is needed."""


def describe_validation_error(err: ValidationError, prefix: str = "") -> str:
    """One line per problem: ``field.path: message`` (no traceback, no input echo of secrets)."""
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"])
        if prefix:
            loc = f"{prefix}.{loc}" if loc else prefix
        lines.append(f"  {loc or '(root)'}: {e['msg']}")
    return "invalid settings:\n" + "\n".join(lines)


M = TypeVar("M", bound=BaseModel)


def validate_section(model: type[M], raw: Any, where: str) -> M:
    """``raw`` (a mapping, None or an instance already validated) as ``model``; a
    :class:`SettingsError` naming ``where.field.path`` otherwise."""
    if isinstance(raw, model):
        return raw
    try:
        return model.model_validate(raw or {})
    except ValidationError as e:
        raise SettingsError(describe_validation_error(e, prefix=where)) from None

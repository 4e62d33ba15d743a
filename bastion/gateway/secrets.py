"""Secret references: the one resolver every settings section uses.

A secret in the settings (a provider key, an upstream token, a bind password, a signing key) is
best given by reference rather than inline:

* ``env:NAME`` or ``${NAME}``: the environment variable's value;
* ``file:PATH``: the file's text (one trailing newline dropped, as editors add it);
* ``${NAME}`` inside a longer value (``Bearer ${TOKEN}``): each reference replaced;
* anything else: the value itself.

A reference that cannot be resolved (the variable unset or empty, the file unreadable) is a
``SettingsError`` naming the field, at start-up or at registration; it never becomes an empty
string that would be sent upstream as an empty credential. The error names the variable or the
file, never a value.

``env_prefix`` limits which variables a reference may read: values registered through an admin
API must not be able to read arbitrary process environment (database URLs, other keys) by
sending it to an upstream.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from bastion.gateway.sections import SettingsError

_WHOLE_ENV = re.compile(r"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")
_EMBEDDED_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _env(name: str, where: str, env_prefix: str) -> str:
    if not name.startswith(env_prefix):
        raise SettingsError(f"invalid settings:\n  {where}: only variables named {env_prefix}* may be referenced here")
    value = os.environ.get(name)
    if not value:
        raise SettingsError(f"invalid settings:\n  {where}: environment variable {name} is not set")
    return value


def resolve_secret(value: str, where: str, *, env_prefix: str = "") -> str:
    """The secret ``value`` refers to (see the module docstring); ``where`` is the field's
    settings path for the error."""
    stripped = value.strip()
    if stripped.startswith("env:"):
        return _env(stripped[4:], where, env_prefix)
    m = _WHOLE_ENV.match(stripped)
    if m:
        return _env(m.group(1), where, env_prefix)
    if stripped.startswith("file:"):
        path = Path(stripped[5:]).expanduser()
        try:
            text = path.read_text()
        except OSError as e:
            raise SettingsError(f"invalid settings:\n  {where}: cannot read {path}: {e.strerror}") from None
        text = text.removesuffix("\n").removesuffix("\r")
        if not text:
            raise SettingsError(f"invalid settings:\n  {where}: {path} is empty")
        return text
    if "${" in value:
        return _EMBEDDED_ENV.sub(lambda m: _env(m.group(1), where, env_prefix), value)
    return value

"""The policy engine: PII, secrets, prompt injection, topics and custom rules, applied to chat
prompts and responses, tool arguments and results, agent messages and artifacts.

The core builds its engine with :func:`build_policy_engine` (``service.py``); the app factory
includes :func:`admin_router` (``admin.py``) and the CLI registers :data:`cli_app` as
``bastion policy``. The names here are resolved on first use so that the CLI does not load the
detectors (numpy, phone metadata) just to print help; the code itself imports the modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bastion.gateway.policy.engine import PolicyEngine

__all__ = [
    "Policy",
    "PolicyEngine",
    "Rule",
    "admin_router",
    "build_policy_engine",
    "cli_app",
    "policies_from_yaml",
    "policies_to_yaml",
]

_LAZY = {
    "admin_router": ("bastion.gateway.policy.admin", "admin_router"),
    "build_policy_engine": ("bastion.gateway.policy.service", "build_policy_engine"),
    "cli_app": ("bastion.gateway.policy.cli", "app"),
    "PolicyEngine": ("bastion.gateway.policy.engine", "PolicyEngine"),
    "Policy": ("bastion.gateway.policy.model", "Policy"),
    "Rule": ("bastion.gateway.policy.model", "Rule"),
    "policies_from_yaml": ("bastion.gateway.policy.model", "policies_from_yaml"),
    "policies_to_yaml": ("bastion.gateway.policy.model", "policies_to_yaml"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)

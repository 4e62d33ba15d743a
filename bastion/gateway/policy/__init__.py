"""The policy engine: PII, secrets, prompt injection, topics and custom rules, applied to chat
prompts and responses, tool arguments and results, agent messages and artifacts.

The app factory calls :func:`build_policy_engine` (sets ``core.policy``), includes
:func:`admin_router` and registers :data:`cli_app` as ``bastion policy``. Imports are lazy so
that the CLI does not load the detectors (numpy, phone metadata) just to print help.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import APIRouter

    from bastion.gateway.core import Core
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
    "cli_app": ("bastion.gateway.policy.cli", "app"),
    "PolicyEngine": ("bastion.gateway.policy.engine", "PolicyEngine"),
    "Policy": ("bastion.gateway.policy.model", "Policy"),
    "Rule": ("bastion.gateway.policy.model", "Rule"),
    "policies_from_yaml": ("bastion.gateway.policy.model", "policies_from_yaml"),
    "policies_to_yaml": ("bastion.gateway.policy.model", "policies_to_yaml"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(name)


def build_policy_engine(core: Core) -> PolicyEngine:
    """The engine for ``core``, kept in step with the store by a lifecycle registered on
    ``core.lifecycles`` (load at start-up, poll for other replicas' changes)."""
    from bastion.gateway.policy.engine import PolicyEngine
    from bastion.gateway.policy.service import PolicyService
    from bastion.gateway.policy.store import PolicyStore

    settings = core.settings.policy
    key = settings.hash_key.encode() if settings.hash_key else os.urandom(32)
    engine = PolicyEngine(core.embedder, key)
    service = PolicyService(PolicyStore(core.store), engine, settings)
    engine.service = service
    core.lifecycles.append(service.running)
    return engine


def admin_router(core: Core) -> APIRouter:
    """``/admin/policies``; needs ``core.policy`` from :func:`build_policy_engine`."""
    from bastion.gateway.policy.admin import build_router
    from bastion.gateway.policy.engine import PolicyEngine

    engine = core.policy
    if not isinstance(engine, PolicyEngine) or engine.service is None:
        raise RuntimeError("admin_router(core) needs core.policy = build_policy_engine(core)")
    return build_router(core, engine.service)

"""Who is calling: the ``Principal`` every stage after authentication works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BudgetPeriod = Literal["day", "month", "total"]


@dataclass(frozen=True, slots=True)
class Grants:
    """What a credential may use. ``None`` means "no restriction"; an empty tuple means nothing.

    Patterns are exact names or shell-style globs (``github__*``). MCP tools are named
    ``<server>__<tool>`` as the hub exposes them.
    """

    models: tuple[str, ...] | None = None
    mcp_servers: tuple[str, ...] | None = None
    tools: tuple[str, ...] | None = None
    agents: tuple[str, ...] | None = None


UNRESTRICTED = Grants()


@dataclass(frozen=True, slots=True)
class Budget:
    """Caps on what a credential may spend (price-table currency) and how many tokens it may
    use per period; enforced by the limit stage (``budgets.py``)."""

    max_spend: float | None = None
    max_tokens: int | None = None
    period: BudgetPeriod = "month"


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller. Immutable: stages read it, none change it."""

    user_id: str
    auth_method: str  # "api_key", "admin_key", "anonymous", "oidc", "saml", "ldap", "header"
    email: str | None = None
    name: str | None = None
    department: str | None = None
    groups: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    key_id: str | None = None
    grants: Grants = field(default=UNRESTRICTED)
    #: Requests per minute allowed for this credential; 0 = unlimited (see limits stage).
    rpm_limit: int = 0
    #: Spend and token caps of this credential, or None (see budgets.py).
    budget: Budget | None = None
    #: The OAuth client a Bastion-issued access token was issued to (``auth_method`` is then
    #: ``oauth:<sign-in method>`` and ``key_id`` the grant id).
    oauth_client: str | None = None

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles

    def summary(self) -> dict[str, object]:
        """The fields recorded on audit traces."""
        return {
            "user_id": self.user_id,
            "email": self.email,
            "department": self.department,
            "groups": list(self.groups),
            "key_id": self.key_id,
            "auth_method": self.auth_method,
        }

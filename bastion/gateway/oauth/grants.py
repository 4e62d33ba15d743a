"""Grants (one person's authorization of one client for one resource) and the short-lived state
of a sign-in: pending authorization requests and authorization codes.

Grants and their refresh-token families live in the store (they outlive restarts). Pending
requests and codes live in ``core.kv`` with their short TTLs, like SAML's outstanding requests,
so that replicas sharing a Redis see them; a code is consumed with an atomic counter, so two
redemptions of one code (even racing on two replicas) cannot both succeed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

import orjson
import sqlalchemy as sa

from bastion.gateway.kv import KVStore
from bastion.gateway.oauth.tables import oauth_grants
from bastion.gateway.principal import Budget, Grants, Principal
from bastion.gateway.store import Store


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def principal_to_json(p: Principal) -> dict[str, Any]:
    return dataclasses.asdict(p)


def principal_from_json(data: dict[str, Any]) -> Principal:
    d = dict(data)
    g = d.pop("grants", None) or {}
    b = d.pop("budget", None)
    for k in ("groups", "roles"):
        d[k] = tuple(d.get(k) or ())
    grants = Grants(**{k: (tuple(v) if v is not None else None) for k, v in g.items()})
    return Principal(**d, grants=grants, budget=Budget(**b) if b else None)


@dataclass(frozen=True)
class SignedIn:
    """The person behind a code or a refresh token, as authlib's ``user``."""

    principal: Principal
    #: How they signed in (``oidc``, ``ldap`` ...).
    method: str
    resource: str
    scope: str
    grant_id: str
    client_id: str
    client_name: str

    def get_user_id(self) -> str:
        return self.principal.user_id


@dataclass(frozen=True)
class GrantRow:
    id: str
    user_id: str
    client_id: str
    client_name: str | None
    resource: str
    scope: str
    sign_in: str
    created_at: float
    expires_at: float
    last_used_at: float | None
    revoked_at: float | None
    revoked_reason: str | None

    def public(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def new_grant_id() -> str:
    return secrets.token_hex(16)


def new_refresh_token(grant_id: str) -> str:
    """``<grant id>.<secret>``: the grant id finds the family even when the token is an old one."""
    return f"{grant_id}.{secrets.token_urlsafe(32)}"


def grant_id_of(refresh_token: str) -> str | None:
    gid, dot, rest = refresh_token.partition(".")
    return gid if dot and len(gid) == 32 and rest and len(refresh_token) < 200 else None


class GrantStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def create(self, who: SignedIn, refresh_token: str | None, ttl_s: float) -> None:
        now = time.time()
        async with self.store.begin() as conn:
            await conn.execute(
                oauth_grants.insert().values(
                    id=who.grant_id,
                    user_id=who.principal.user_id,
                    client_id=who.client_id[:512],
                    client_name=who.client_name[:200],
                    resource=who.resource,
                    scope=who.scope,
                    sign_in=who.method,
                    principal=principal_to_json(who.principal),
                    refresh_hash=digest(refresh_token) if refresh_token else None,
                    created_at=now,
                    expires_at=now + ttl_s,
                    last_used_at=now,
                )
            )

    async def load(self, grant_id: str) -> tuple[SignedIn, dict[str, Any]] | None:
        async with self.store.connect() as conn:
            row = (await conn.execute(sa.select(oauth_grants).where(oauth_grants.c.id == grant_id))).mappings().first()
        if row is None:
            return None
        who = SignedIn(
            principal=principal_from_json(row["principal"]),
            method=row["sign_in"],
            resource=row["resource"],
            scope=row["scope"],
            grant_id=row["id"],
            client_id=row["client_id"],
            client_name=row["client_name"] or row["client_id"],
        )
        return who, dict(row)

    async def rotate(self, grant_id: str, old: str, new: str) -> bool:
        """Replace the family's refresh token, only if ``old`` is still the current one (so of
        two concurrent refreshes with one token, exactly one wins)."""
        async with self.store.begin() as conn:
            result = await conn.execute(
                oauth_grants.update()
                .where(
                    oauth_grants.c.id == grant_id,
                    oauth_grants.c.refresh_hash == digest(old),
                    oauth_grants.c.revoked_at.is_(None),
                )
                .values(refresh_hash=digest(new), last_used_at=time.time())
            )
        return bool(result.rowcount)

    async def revoke(self, grant_id: str, reason: str) -> bool:
        async with self.store.begin() as conn:
            result = await conn.execute(
                oauth_grants.update()
                .where(oauth_grants.c.id == grant_id, oauth_grants.c.revoked_at.is_(None))
                .values(revoked_at=time.time(), revoked_reason=reason[:64], refresh_hash=None)
            )
        return bool(result.rowcount)

    async def list(self, user_id: str | None = None, include_revoked: bool = False) -> list[GrantRow]:
        q = sa.select(oauth_grants).order_by(oauth_grants.c.created_at.desc())
        if user_id is not None:
            q = q.where(oauth_grants.c.user_id == user_id)
        if not include_revoked:
            q = q.where(oauth_grants.c.revoked_at.is_(None))
        async with self.store.connect() as conn:
            rows = (await conn.execute(q.limit(1000))).mappings().all()
        fields = {f.name for f in dataclasses.fields(GrantRow)}
        return [GrantRow(**{k: v for k, v in r.items() if k in fields}) for r in rows]


class FlowState:
    """Pending authorization requests and authorization codes, in ``core.kv``."""

    def __init__(self, kv: KVStore) -> None:
        self.kv = kv

    async def put(self, kind: str, key: str, value: dict[str, Any], ttl_s: float) -> bool:
        return await self.kv.set(f"oauth:{kind}:{digest(key)}", orjson.dumps(value), ttl_s)

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        raw = await self.kv.get(f"oauth:{kind}:{digest(key)}")
        if raw is None:
            return None
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return None
        return value if isinstance(value, dict) else None

    async def drop(self, kind: str, key: str) -> None:
        await self.kv.delete(f"oauth:{kind}:{digest(key)}")

    async def first_use(self, kind: str, key: str, ttl_s: float) -> bool:
        """True only the first time (atomic; false when the store cannot count: fail closed)."""
        return await self.kv.incr(f"oauth:{kind}-used:{digest(key)}", max(ttl_s, 1.0)) == 1

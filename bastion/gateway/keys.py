"""Virtual API keys: random, shown once, stored as a SHA-256 hash, scoped and revocable.

A key is 32 random bytes (URL-safe base64) behind the ``bst_`` prefix. With that much entropy a
plain SHA-256 is the right hash (a slow password hash buys nothing against brute force here and
would cost milliseconds on every request). Verified keys are kept in a small in-process cache
for ``key_cache_ttl_s`` seconds; revoking on this replica clears it at once.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, Field

from bastion.gateway.principal import Budget, BudgetPeriod, Grants, Principal
from bastion.gateway.store import Store, api_keys, users
from bastion.gateway.users import UserIn, UserStore

KEY_PREFIX = "bst_"
ADMIN_USER = "admin"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def fingerprint(key_hash: str) -> str:
    """What lists show for a key: the start of its SHA-256, not of the key (whose first
    characters are secret). Anyone holding the key can compute it; nobody can go back."""
    return key_hash[:12]


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


class KeyCreate(BaseModel):
    """What an admin asks for when creating a key. ``None`` lists mean "everything"."""

    user_id: str = Field(min_length=1, max_length=128)
    name: str | None = Field(default=None, max_length=200)
    roles: list[str] | None = None
    models: list[str] | None = None
    mcp_servers: list[str] | None = None
    tools: list[str] | None = None
    agents: list[str] | None = None
    rpm_limit: int = Field(default=0, ge=0)
    #: Spend cap (price-table currency) and token cap per ``budget_period``; None = no cap.
    max_spend: float | None = Field(default=None, ge=0)
    max_tokens: int | None = Field(default=None, ge=0)
    budget_period: BudgetPeriod = "month"
    #: Seconds from now until the key stops working; ``None`` = never.
    expires_in_s: float | None = Field(default=None, gt=0)


class KeyInfo(BaseModel):
    """A key as listed: never the key itself, only its id and a non-secret fingerprint."""

    id: str
    fingerprint: str
    name: str | None
    user_id: str
    roles: list[str] | None
    models: list[str] | None
    mcp_servers: list[str] | None
    tools: list[str] | None
    agents: list[str] | None
    rpm_limit: int
    max_spend: float | None = None
    max_tokens: int | None = None
    budget_period: str | None = None
    created_at: float
    expires_at: float | None
    revoked_at: float | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > time.time())


@dataclass(slots=True)
class _Cached:
    principal: Principal
    key_id: str
    until: float  # monotonic time the cache entry is good until
    expires_at: float | None  # wall-clock key expiry


class KeyStore:
    def __init__(self, store: Store, user_store: UserStore, cache_ttl_s: float = 5.0) -> None:
        self.store = store
        self.user_store = user_store
        self.cache_ttl_s = cache_ttl_s
        self._cache: dict[str, _Cached] = {}
        #: Loads in progress by key hash: concurrent misses for one key (every in-flight request
        #: of a busy key when its cache entry expires) share one query.
        self._loading: dict[str, asyncio.Future[tuple[Principal | None, str, float | None]]] = {}
        #: Bumped by ``revoke``: a load that started before it must not fill the cache.
        self._generation = 0
        #: Hashes no key has, until when (monotonic). Every credential is tried as a key first,
        #: so without this each request of an SSO user (an OIDC JWT, a SAML session token)
        #: would cost a database query. Safe: keys are random, never presented before they exist.
        self._unknown: dict[str, float] = {}
        # Built once (composing the statement per miss showed up in profiles).
        self._load_query = (
            sa.select(
                api_keys,
                users.c.email,
                users.c.name.label("user_name"),
                users.c.department,
                users.c.groups,
                users.c.roles.label("user_roles"),
                users.c.disabled,
            )
            .join(users, users.c.id == api_keys.c.user_id)
            .where(api_keys.c.hash == sa.bindparam("key_hash"))
        )

    async def create(self, spec: KeyCreate) -> tuple[str, KeyInfo]:
        """Create a key; returns the key in clear (the only time it exists) and its info."""
        if await self.user_store.get(spec.user_id) is None:
            raise LookupError(f"no such user: {spec.user_id}")
        key = new_key()
        now = time.time()
        key_hash = hash_key(key)
        values = {
            "id": secrets.token_hex(8),
            "hash": key_hash,
            "fingerprint": fingerprint(key_hash),
            "name": spec.name,
            "user_id": spec.user_id,
            "roles": spec.roles,
            "models": spec.models,
            "mcp_servers": spec.mcp_servers,
            "tools": spec.tools,
            "agents": spec.agents,
            "rpm_limit": spec.rpm_limit,
            "max_spend": spec.max_spend,
            "max_tokens": spec.max_tokens,
            "budget_period": spec.budget_period,
            "created_at": now,
            "expires_at": now + spec.expires_in_s if spec.expires_in_s else None,
            "revoked_at": None,
        }
        async with self.store.begin() as conn:
            await conn.execute(sa.insert(api_keys).values(**values))
        values.pop("hash")
        return key, KeyInfo.model_validate(values)

    async def list(self, user_id: str | None = None) -> list[KeyInfo]:
        q = sa.select(api_keys).order_by(api_keys.c.created_at)
        if user_id:
            q = q.where(api_keys.c.user_id == user_id)
        async with self.store.connect() as conn:
            rows = (await conn.execute(q)).all()
        return [KeyInfo(**{k: v for k, v in r._mapping.items() if k != "hash"}) for r in rows]

    async def revoke(self, key_id: str) -> bool:
        async with self.store.begin() as conn:
            res = await conn.execute(
                sa.update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
            )
        self._generation += 1
        self._loading.clear()
        self._cache = {h: c for h, c in self._cache.items() if c.key_id != key_id}
        return res.rowcount > 0

    async def verify(self, key: str) -> Principal | None:
        """The principal for a presented key, or ``None`` if unknown, revoked or expired."""
        h = hash_key(key)
        now_m = time.monotonic()
        cached = self._cache.get(h)
        if cached is not None and cached.until > now_m:
            if cached.expires_at is not None and cached.expires_at <= time.time():
                return None
            return cached.principal
        if self._unknown.get(h, 0.0) > now_m:
            return None
        loading = self._loading.get(h)
        if loading is None:
            loading = self._loading[h] = asyncio.ensure_future(self._load_and_cache(h, now_m))
            loading.add_done_callback(functools.partial(self._forget_load, h))
        # Shielded: a caller that goes away does not cancel the load the others wait for.
        principal, _, _ = await asyncio.shield(loading)
        return principal

    def _forget_load(self, h: str, f: asyncio.Future[Any]) -> None:
        if self._loading.get(h) is f:
            del self._loading[h]
        if not f.cancelled():
            f.exception()  # retrieved: a failed load is reported to its waiters, not the loop

    async def _load_and_cache(self, h: str, now_m: float) -> tuple[Principal | None, str, float | None]:
        generation = self._generation
        principal, key_id, expires_at = await self._load(h)
        if principal is None:
            self._cache.pop(h, None)
            if not key_id:  # no such key at all (a revoked or expired one has its id)
                if len(self._unknown) > 50_000:
                    self._unknown.clear()
                self._unknown[h] = now_m + self.cache_ttl_s
            return principal, key_id, expires_at
        if generation == self._generation:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[h] = _Cached(principal, key_id, now_m + self.cache_ttl_s, expires_at)
        return principal, key_id, expires_at

    async def _load(self, h: str) -> tuple[Principal | None, str, float | None]:
        async with self.store.connect() as conn:
            row = (await conn.execute(self._load_query, {"key_hash": h})).first()
        if row is None:
            return None, "", None
        r = row._mapping
        if r["revoked_at"] is not None or r["disabled"]:
            return None, r["id"], None
        if r["expires_at"] is not None and r["expires_at"] <= time.time():
            return None, r["id"], None
        roles = tuple(dict.fromkeys([*(r["user_roles"] or []), *(r["roles"] or [])]))
        principal = Principal(
            user_id=r["user_id"],
            auth_method="admin_key" if r["user_id"] == ADMIN_USER else "api_key",
            email=r["email"],
            name=r["user_name"],
            department=r["department"],
            groups=tuple(r["groups"] or ()),
            roles=roles,
            key_id=r["id"],
            grants=Grants(
                models=_tup(r["models"]),
                mcp_servers=_tup(r["mcp_servers"]),
                tools=_tup(r["tools"]),
                agents=_tup(r["agents"]),
            ),
            rpm_limit=r["rpm_limit"] or 0,
            budget=_budget(r),
        )
        return principal, r["id"], r["expires_at"]

    async def bootstrap_admin(self, configured_key: str | None) -> str | None:
        """Make sure an admin key exists. Returns a newly generated key (to print once), or None.

        With ``configured_key`` (``BASTION_ADMIN_KEY``), that key is registered (by hash) if it
        is not yet; otherwise a key is generated only when no active admin key exists at all.
        """
        await self.user_store.upsert(UserIn(id=ADMIN_USER, name="Administrator", roles=["admin"]))
        if configured_key:
            if len(configured_key) < 16:
                raise ValueError("the admin key must be at least 16 characters long")
            h = hash_key(configured_key)
            async with self.store.connect() as conn:
                found = (await conn.execute(sa.select(api_keys.c.id).where(api_keys.c.hash == h))).first()
            if not found:
                await self._insert_admin_key(configured_key, "admin (configured)")
            return None
        async with self.store.connect() as conn:
            active = (
                await conn.execute(
                    sa.select(api_keys.c.id).where(api_keys.c.user_id == ADMIN_USER, api_keys.c.revoked_at.is_(None))
                )
            ).first()
        if active:
            return None
        key = new_key()
        await self._insert_admin_key(key, "admin (generated at first start)")
        return key

    async def _insert_admin_key(self, key: str, name: str) -> None:
        async with self.store.begin() as conn:
            await conn.execute(
                sa.insert(api_keys).values(
                    id=secrets.token_hex(8),
                    hash=hash_key(key),
                    fingerprint=fingerprint(hash_key(key)),
                    name=name,
                    user_id=ADMIN_USER,
                    roles=["admin"],
                    rpm_limit=0,
                    created_at=time.time(),
                )
            )


def _budget(r: Any) -> Budget | None:
    if r["max_spend"] is None and r["max_tokens"] is None:
        return None
    return Budget(max_spend=r["max_spend"], max_tokens=r["max_tokens"], period=r["budget_period"] or "month")


def _tup(v: list[str] | None) -> tuple[str, ...] | None:
    return None if v is None else tuple(v)

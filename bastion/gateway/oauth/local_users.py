"""Local users: Bastion users (``bastion users``) with a password an administrator set, for the
OAuth sign-in where no identity provider exists (``auth.oauth.local_users``).

Passwords are stored as scrypt hashes (stdlib, per-user random salt, N=2^15) and checked in a
worker thread. After ``max_failures`` wrong passwords for one user, further attempts are refused
for ``lockout_s`` without checking (counted in ``core.kv``, so across replicas with Redis).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

import anyio.to_thread
import sqlalchemy as sa

from bastion.gateway.kv import KVStore
from bastion.gateway.oauth.settings import LocalUsersSettings
from bastion.gateway.oauth.signin import SignInFailed
from bastion.gateway.oauth.tables import oauth_local_passwords
from bastion.gateway.principal import Principal
from bastion.gateway.store import Store
from bastion.gateway.users import UserStore

_N, _R, _P = 2**15, 8, 1
MIN_PASSWORD = 12


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), maxmem=64 * 1024 * 1024
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


class LocalUsers:
    """Passwords of local users, and the sign-in form that checks them."""

    method = "local"

    def __init__(self, store: Store, users: UserStore, kv: KVStore, settings: LocalUsersSettings) -> None:
        self.store = store
        self.users = users
        self.kv = kv
        self.settings = settings
        self.id = "local"
        self.label = "Bastion account"
        self._grants = settings.grants.to_grants()

    async def set_password(self, user_id: str, password: str) -> bool:
        """Set (or replace) a user's password; False when the user does not exist."""
        if await self.users.get(user_id) is None:
            return False
        hashed = await anyio.to_thread.run_sync(hash_password, password)
        async with self.store.begin() as conn:
            await conn.execute(sa.delete(oauth_local_passwords).where(oauth_local_passwords.c.user_id == user_id))
            await conn.execute(
                oauth_local_passwords.insert().values(user_id=user_id, hash=hashed, updated_at=time.time())
            )
        await self._reset(self._failures_key(user_id))
        return True

    async def _reset(self, key: str) -> None:
        current = await self.kv.add(key, 0, self.settings.lockout_s)
        if current:
            await self.kv.add(key, -current, self.settings.lockout_s)

    async def remove_password(self, user_id: str) -> bool:
        async with self.store.begin() as conn:
            result = await conn.execute(
                sa.delete(oauth_local_passwords).where(oauth_local_passwords.c.user_id == user_id)
            )
        return bool(result.rowcount)

    def _failures_key(self, user_id: str) -> str:
        return "oauth:local-fail:" + hashlib.sha256(user_id.encode()).hexdigest()

    async def check(self, username: str, password: str) -> Principal:
        if not username or not password or len(username) > 128 or len(password) > 1024:
            raise SignInFailed("wrong username or password")
        key = self._failures_key(username)
        failures = await self.kv.add(key, 0, self.settings.lockout_s)
        if failures >= self.settings.max_failures:
            raise SignInFailed("too many failed attempts for this account; try again later")
        async with self.store.connect() as conn:
            stored = (
                await conn.execute(
                    sa.select(oauth_local_passwords.c.hash).where(oauth_local_passwords.c.user_id == username)
                )
            ).scalar()
        user = await self.users.get(username) if stored else None
        ok = bool(stored) and await anyio.to_thread.run_sync(check_password, password, stored or "")
        if not ok or user is None or user.disabled:
            await self.kv.add(key, 1, self.settings.lockout_s)
            raise SignInFailed("wrong username or password")
        await self._reset(key)
        return Principal(
            user_id=user.id,
            auth_method="local",
            email=user.email,
            name=user.name,
            department=user.department,
            groups=tuple(user.groups),
            grants=self._grants,
            rpm_limit=self.settings.rpm_limit,
        )

"""What SAML sign-in keeps between requests, in ``core.kv`` so that several replicas sharing a
Redis see the same state: the AuthnRequests we issued (until answered or ``request_ttl_s``),
the assertion ids already used (replay guard, until the assertion expires), and the sessions.

A session token is shown to its user once; only its SHA-256 is a key here. Every failure of
the store fails closed: an unreadable request is unsolicited, an uncountable assertion id is a
replay, an unstorable session is an error, an unreadable session is no session.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any

import orjson

from bastion.gateway.kv import KVStore

#: Prefix of every session token (``Authorization: Bearer bsn_sso_...``).
TOKEN_PREFIX = "bsn_sso_"
#: Longest bearer value worth hashing as a session token.
_MAX_TOKEN = 128


@dataclass(frozen=True)
class SessionRecord:
    """The principal fields a sign-in established, plus when the session ends."""

    user_id: str
    expires_at: float
    email: str | None = None
    name: str | None = None
    department: str | None = None
    groups: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    name_id: str | None = None

    def to_bytes(self) -> bytes:
        return orjson.dumps(asdict(self))

    @classmethod
    def from_bytes(cls, raw: bytes) -> SessionRecord | None:
        try:
            data = orjson.loads(raw)
            data["groups"] = tuple(data.get("groups") or ())
            data["roles"] = tuple(data.get("roles") or ())
            return cls(**data)
        except (orjson.JSONDecodeError, TypeError, KeyError):
            return None


def looks_like_session_token(value: str | None) -> bool:
    return value is not None and value.startswith(TOKEN_PREFIX) and len(value) <= _MAX_TOKEN


class SAMLStore:
    """One provider's requests, replay marks and sessions, under ``saml:<provider>:``."""

    def __init__(self, kv: KVStore, provider: str) -> None:
        self.kv = kv
        self._ns = f"saml:{provider}:"

    # --- outstanding AuthnRequests -------------------------------------------------------

    async def remember_request(self, request_id: str, next_path: str | None, ttl_s: float) -> bool:
        value = orjson.dumps({"next": next_path, "at": time.time()})
        return await self.kv.set(self._ns + "req:" + request_id, value, ttl_s)

    async def outstanding_request(self, request_id: str) -> dict[str, Any] | None:
        """The request record (``next``), or None when unknown, answered or expired."""
        raw = await self.kv.get(self._ns + "req:" + request_id)
        if raw is None:
            return None
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return None
        return data if isinstance(data, dict) else None

    async def mark_answered(self, request_id: str, record: dict[str, Any], ttl_s: float) -> None:
        """Keep the request until it would have expired, marked as answered: a second response
        to it (even a fresh one) is refused."""
        remaining = float(record.get("at", 0)) + ttl_s - time.time()
        await self.kv.set(
            self._ns + "req:" + request_id, orjson.dumps({**record, "answered": True}), max(remaining, 1.0)
        )

    # --- replay guard --------------------------------------------------------------------

    async def first_use(self, assertion_id: str, ttl_s: float) -> bool:
        """True the first time ``assertion_id`` is seen (atomic across replicas on Redis);
        false on any later use, and when the store cannot count (fail closed)."""
        digest = hashlib.sha256(assertion_id.encode()).hexdigest()
        return await self.kv.incr(self._ns + "seen:" + digest, max(ttl_s, 1.0)) == 1

    # --- sessions ------------------------------------------------------------------------

    def _session_key(self, token: str) -> str:
        return self._ns + "sess:" + hashlib.sha256(token.encode()).hexdigest()

    async def open_session(self, record: SessionRecord) -> str | None:
        """A new session token for ``record`` (None when the store refused it)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        ttl = record.expires_at - time.time()
        if ttl <= 0 or not await self.kv.set(self._session_key(token), record.to_bytes(), ttl):
            return None
        return token

    async def session(self, token: str) -> SessionRecord | None:
        raw = await self.kv.get(self._session_key(token))
        if raw is None:
            return None
        record = SessionRecord.from_bytes(raw)
        if record is None or record.expires_at <= time.time():
            return None
        return record

    async def close_session(self, token: str) -> bool:
        """Revoke ``token``; whether it was a live session."""
        key = self._session_key(token)
        existed = await self.kv.get(key) is not None
        await self.kv.delete(key)
        return existed

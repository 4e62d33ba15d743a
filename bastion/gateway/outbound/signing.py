"""The gateway's signing keys: one that signs, and the ones still published for verification.

Where the key comes from, in order: ``auth.outbound.signing_key`` (a PEM from the environment,
a file or inline), else the store: the first replica that needs a key generates one and inserts
it; every replica reads the ring from the store, so all of them sign with the same key and
publish the same JWKS. A rotation (admin API) inserts a new key and marks the old one retired;
the retired key stays published for ``retired_key_publish_s`` so tokens it signed still verify.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import anyio
import sqlalchemy as sa
from joserfc.jwk import ECKey, RSAKey
from sqlalchemy.exc import IntegrityError

from bastion.gateway.outbound.settings import OutboundSettings, resolve_secret_ref
from bastion.gateway.outbound.tables import outbound_signing_keys
from bastion.gateway.sections import SettingsError

log = logging.getLogger("bastion.outbound")

SigningKey = ECKey | RSAKey


@dataclass(frozen=True, slots=True)
class KeyEntry:
    kid: str
    alg: str
    key: SigningKey
    created_at: float
    retired_at: float | None = None

    def public_jwk(self) -> dict[str, Any]:
        jwk = self.key.as_dict(private=False)
        jwk.update({"kid": self.kid, "alg": self.alg, "use": "sig"})
        return jwk


def import_pem(pem: str, kid: str | None, where: str) -> KeyEntry:
    """A configured PEM private key: EC P-256 signs ES256, RSA (>= 2048 bits) RS256."""
    data = pem.encode()
    for cls, alg in ((ECKey, "ES256"), (RSAKey, "RS256")):
        try:
            key = cls.import_key(data)
        except Exception:  # noqa: BLE001 - try the other key type
            continue
        if not key.is_private:
            raise SettingsError(f"invalid settings:\n  {where}: a private key is needed (got a public key)")
        if isinstance(key, ECKey) and key.curve_name != "P-256":
            raise SettingsError(f"invalid settings:\n  {where}: EC keys must use the P-256 curve (ES256)")
        if isinstance(key, RSAKey) and key.raw_value.key_size < 2048:
            raise SettingsError(f"invalid settings:\n  {where}: RSA keys must have at least 2048 bits")
        return KeyEntry(kid or key.thumbprint(), alg, key, 0.0)
    raise SettingsError(f"invalid settings:\n  {where}: not a PEM EC (P-256) or RSA private key")


def generate(alg: str) -> KeyEntry:
    key: SigningKey = (
        ECKey.generate_key("P-256", private=True) if alg == "ES256" else RSAKey.generate_key(2048, private=True)
    )
    return KeyEntry(key.thumbprint(), alg, key, time.time())


def _pem(entry: KeyEntry) -> str:
    return entry.key.as_pem(private=True).decode()


class KeyRing:
    """The signing key and the published keys. ``await ring.ensure()`` before signing."""

    def __init__(self, settings: OutboundSettings, store: Any | None) -> None:
        self.settings = settings
        self.store = store
        self.current: KeyEntry | None = None
        self.published: list[KeyEntry] = []
        self.loaded_at = float("-inf")
        self._lock = anyio.Lock()
        self._configured = settings.signing_key is not None
        if self._configured:
            assert settings.signing_key is not None
            self.current = import_pem(
                resolve_secret_ref(settings.signing_key, "auth.outbound.signing_key"),
                settings.kid,
                "auth.outbound.signing_key",
            )
            previous = [
                import_pem(
                    resolve_secret_ref(p, f"auth.outbound.previous_signing_keys[{i}]"),
                    None,
                    f"auth.outbound.previous_signing_keys[{i}]",
                )
                for i, p in enumerate(settings.previous_signing_keys)
            ]
            self.published = [self.current, *previous]
            self.loaded_at = float("inf")

    @property
    def configured(self) -> bool:
        """The key comes from settings (no store, no rotation through the API)."""
        return self._configured

    async def ensure(self) -> KeyEntry:
        """The signing key, loading (or creating) the ring from the store the first time."""
        current = self.current
        if current is not None:
            return current
        await self.reload()
        assert self.current is not None
        return self.current

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.public_jwk() for k in self.published]}

    async def reload(self) -> None:
        """Re-read the ring from the store (another replica may have rotated); create the first key."""
        if self._configured or self.store is None:
            if self.current is None:  # no store (unit use): a key for this process only
                self.current = generate(self.settings.algorithm)
                self.published = [self.current]
            return
        async with self._lock:
            entries = await self._read()
            if not any(e.retired_at is None for e in entries):
                await self._insert(generate(self.settings.algorithm))
                entries = await self._read()
            self._adopt(entries)

    async def rotate(self) -> KeyEntry:
        """A new signing key; the old one is retired (still published for a while)."""
        if self._configured:
            raise RuntimeError(
                "the signing key comes from settings (auth.outbound.signing_key): "
                "rotate it there and list the old one in previous_signing_keys"
            )
        if self.store is None:
            self.current = generate(self.settings.algorithm)
            self.published = [self.current, *self.published]
            return self.current
        new = generate(self.settings.algorithm)
        async with self._lock:
            async with self.store.engine.begin() as conn:
                await conn.execute(
                    outbound_signing_keys.update()
                    .where(outbound_signing_keys.c.retired_at.is_(None))
                    .values(retired_at=new.created_at)
                )
                await conn.execute(
                    outbound_signing_keys.insert().values(
                        kid=new.kid, alg=new.alg, private_pem=_pem(new), created_at=new.created_at
                    )
                )
            self._adopt(await self._read())
        log.info("outbound signing key rotated: new kid %s", new.kid)
        assert self.current is not None
        return self.current

    def _adopt(self, entries: list[KeyEntry]) -> None:
        live = sorted((e for e in entries if e.retired_at is None), key=lambda e: (e.created_at, e.kid))
        now = time.time()
        keep = self.settings.retired_key_publish_s
        retired = [e for e in entries if e.retired_at is not None and now - e.retired_at <= keep]
        # Replicas racing to create the first key may each insert one: all sign with the newest
        # (the same one everywhere) and every live key is published.
        self.current = live[-1]
        self.published = [self.current, *reversed(live[:-1]), *sorted(retired, key=lambda e: -(e.retired_at or 0))]
        self.loaded_at = time.monotonic()

    async def _read(self) -> list[KeyEntry]:
        assert self.store is not None  # only called once a store is configured (load)
        async with self.store.engine.connect() as conn:
            rows = (await conn.execute(sa.select(outbound_signing_keys))).mappings().all()
        out: list[KeyEntry] = []
        for r in rows:
            key: SigningKey = (ECKey if r["alg"] == "ES256" else RSAKey).import_key(r["private_pem"].encode())
            out.append(KeyEntry(r["kid"], r["alg"], key, r["created_at"], r["retired_at"]))
        return out

    async def _insert(self, entry: KeyEntry) -> None:
        assert self.store is not None  # only called once a store is configured (load)
        try:
            async with self.store.engine.begin() as conn:
                await conn.execute(
                    outbound_signing_keys.insert().values(
                        kid=entry.kid, alg=entry.alg, private_pem=_pem(entry), created_at=entry.created_at
                    )
                )
            log.info("outbound signing key generated (kid %s, %s) and kept in the store", entry.kid, entry.alg)
        except IntegrityError:
            pass  # another replica inserted the same kid (practically impossible): read it back

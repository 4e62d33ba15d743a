"""Policies in the durable store, with every version kept, and the change counter replicas poll.

``policies`` holds one row per policy (on/off switch, live version); ``policy_versions`` every
version's document (live, draft or retired); ``policy_meta`` a single ``generation`` counter
bumped by every change, which each replica reads about once a second (one indexed row) to know
when to reload.
"""

from __future__ import annotations

import builtins
import time
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bastion.gateway.policy.model import Policy
from bastion.gateway.store import Store, metadata

policies_table = sa.Table(
    "policies",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("enabled", sa.Boolean, nullable=False),
    sa.Column("live_version", sa.Integer, nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

policy_versions_table = sa.Table(
    "policy_versions",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("document", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # live | draft | retired
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("created_by", sa.String(128), nullable=True),
)

policy_meta_table = sa.Table(
    "policy_meta",
    metadata,
    sa.Column("key", sa.String(32), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)


class PolicyNotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class PolicySummary:
    name: str
    enabled: bool
    live_version: int | None
    latest_version: int
    mode: str
    description: str
    rules: int
    updated_at: float
    #: The shown version's scope and directions (who and what it applies to).
    scope: dict[str, Any] | None = None
    directions: list[str] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "enabled": self.enabled,
            "live_version": self.live_version,
            "latest_version": self.latest_version,
            "mode": self.mode,
            "description": self.description,
            "rules": self.rules,
            "updated_at": self.updated_at,
            "scope": self.scope,
            "directions": self.directions,
        }


class PolicyStore:
    """CRUD over the policy tables. Every change bumps the generation counter."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def generation(self) -> int:
        async with self._store.connect() as conn:
            v = await conn.scalar(sa.select(policy_meta_table.c.value).where(policy_meta_table.c.key == "generation"))
        return int(v or 0)

    async def live_policies(self) -> list[Policy]:
        """Enabled policies at their live version."""
        p, v = policies_table, policy_versions_table
        q = (
            sa.select(v.c.document, v.c.version)
            .select_from(p.join(v, sa.and_(p.c.name == v.c.name, p.c.live_version == v.c.version)))
            .where(p.c.enabled.is_(True))
        )
        async with self._store.connect() as conn:
            rows = (await conn.execute(q)).all()
        return [_policy(doc, ver, True) for doc, ver in rows]

    async def list(self) -> list[PolicySummary]:
        p, v = policies_table, policy_versions_table
        latest = sa.select(v.c.name, sa.func.max(v.c.version).label("latest")).group_by(v.c.name).subquery()
        q = sa.select(p, latest.c.latest).select_from(p.join(latest, latest.c.name == p.c.name)).order_by(p.c.name)
        out = []
        async with self._store.connect() as conn:
            rows = (await conn.execute(q)).mappings().all()
            for r in rows:
                shown = r["live_version"] or r["latest"]
                doc = await conn.scalar(sa.select(v.c.document).where(v.c.name == r["name"], v.c.version == shown))
                doc = doc or {}
                out.append(
                    PolicySummary(
                        r["name"],
                        r["enabled"],
                        r["live_version"],
                        r["latest"],
                        doc.get("mode", "enforce"),
                        doc.get("description", ""),
                        len(doc.get("rules", [])),
                        r["updated_at"],
                        doc.get("scope"),
                        doc.get("directions"),
                    )
                )
        return out

    async def get(self, name: str, version: int | None = None) -> Policy:
        """The live version (or the latest draft when none is live), or ``version``."""
        p, v = policies_table, policy_versions_table
        async with self._store.connect() as conn:
            row = (await conn.execute(sa.select(p).where(p.c.name == name))).mappings().first()
            if row is None:
                raise PolicyNotFound(name)
            if version is None:
                version = row["live_version"] or await conn.scalar(
                    sa.select(sa.func.max(v.c.version)).where(v.c.name == name)
                )
            doc = await conn.scalar(sa.select(v.c.document).where(v.c.name == name, v.c.version == version))
        if doc is None:
            raise PolicyNotFound(f"{name} version {version}")
        return _policy(doc, int(version), row["enabled"])

    async def versions(self, name: str) -> builtins.list[dict[str, Any]]:
        v = policy_versions_table
        q = (
            sa.select(v.c.version, v.c.status, v.c.created_at, v.c.created_by)
            .where(v.c.name == name)
            .order_by(v.c.version)
        )
        async with self._store.connect() as conn:
            rows = (await conn.execute(q)).mappings().all()
        if not rows:
            raise PolicyNotFound(name)
        return [dict(r) for r in rows]

    async def put(self, policy: Policy, *, draft: bool = False, actor: str | None = None) -> Policy:
        """Store ``policy`` as a new version; live unless ``draft``. Returns it with its
        version number."""
        p, v = policies_table, policy_versions_table
        now = time.time()
        async with self._store.begin() as conn:
            row = (await conn.execute(sa.select(p).where(p.c.name == policy.name))).mappings().first()
            latest = await conn.scalar(sa.select(sa.func.max(v.c.version)).where(v.c.name == policy.name)) or 0
            version = int(latest) + 1
            stored = policy.model_copy(update={"version": version})
            if row is None:
                await conn.execute(
                    sa.insert(p).values(
                        name=policy.name,
                        enabled=policy.enabled,
                        live_version=None if draft else version,
                        created_at=now,
                        updated_at=now,
                    )
                )
            elif not draft:
                await conn.execute(
                    sa.update(v).where(v.c.name == policy.name, v.c.status == "live").values(status="retired")
                )
                await conn.execute(
                    sa.update(p)
                    .where(p.c.name == policy.name)
                    .values(live_version=version, enabled=policy.enabled, updated_at=now)
                )
            await conn.execute(
                sa.insert(v).values(
                    name=policy.name,
                    version=version,
                    document=_document(stored),
                    status="draft" if draft else "live",
                    created_at=now,
                    created_by=actor,
                )
            )
            await _bump(conn)
        return stored

    async def activate(self, name: str, version: int) -> Policy:
        """Make ``version`` live (promote a draft, or roll back)."""
        p, v = policies_table, policy_versions_table
        async with self._store.begin() as conn:
            exists = await conn.scalar(sa.select(v.c.version).where(v.c.name == name, v.c.version == version))
            if exists is None:
                raise PolicyNotFound(f"{name} version {version}")
            await conn.execute(sa.update(v).where(v.c.name == name, v.c.status == "live").values(status="retired"))
            await conn.execute(sa.update(v).where(v.c.name == name, v.c.version == version).values(status="live"))
            await conn.execute(
                sa.update(p).where(p.c.name == name).values(live_version=version, updated_at=time.time())
            )
            await _bump(conn)
        return await self.get(name, version)

    async def set_enabled(self, name: str, enabled: bool) -> None:
        p = policies_table
        async with self._store.begin() as conn:
            res = await conn.execute(
                sa.update(p).where(p.c.name == name).values(enabled=enabled, updated_at=time.time())
            )
            if res.rowcount == 0:
                raise PolicyNotFound(name)
            await _bump(conn)

    async def delete(self, name: str) -> None:
        async with self._store.begin() as conn:
            await conn.execute(sa.delete(policy_versions_table).where(policy_versions_table.c.name == name))
            res = await conn.execute(sa.delete(policies_table).where(policies_table.c.name == name))
            if res.rowcount == 0:
                raise PolicyNotFound(name)
            await _bump(conn)

    async def exists(self, name: str) -> bool:
        async with self._store.connect() as conn:
            return await conn.scalar(sa.select(policies_table.c.name).where(policies_table.c.name == name)) is not None


async def _bump(conn: AsyncConnection) -> None:
    m = policy_meta_table
    res = await conn.execute(sa.update(m).where(m.c.key == "generation").values(value=m.c.value + 1))
    if res.rowcount == 0:
        await conn.execute(sa.insert(m).values(key="generation", value=1))


def _document(policy: Policy) -> dict[str, Any]:
    return policy.model_dump(mode="json", exclude={"version", "enabled"})


def _policy(doc: dict[str, Any], version: int, enabled: bool) -> Policy:
    return Policy.model_validate({**doc, "version": version, "enabled": enabled})

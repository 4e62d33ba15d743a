"""The durable store: SQLAlchemy 2 (async) over SQLite by default, PostgreSQL by URL.

Tables are SQLAlchemy Core ``Table`` objects on :data:`metadata`; each part of the gateway
declares its own next to its code and adds an Alembic migration on its own branch (see
``migrations/versions``). :meth:`Store.open` applies every branch (``upgrade heads``), so a new
install and an upgrade take the same path.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

metadata = sa.MetaData()

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("department", sa.String(200), nullable=True),
    sa.Column("groups", sa.JSON, nullable=False, default=list),
    sa.Column("roles", sa.JSON, nullable=False, default=list),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    #: First 12 hex digits of the key's SHA-256 (see ``keys.fingerprint``); never key characters.
    sa.Column("fingerprint", sa.String(16), nullable=False),
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("user_id", sa.String(128), sa.ForeignKey("users.id"), nullable=False),
    sa.Column("roles", sa.JSON, nullable=True),
    sa.Column("models", sa.JSON, nullable=True),
    sa.Column("mcp_servers", sa.JSON, nullable=True),
    sa.Column("tools", sa.JSON, nullable=True),
    sa.Column("agents", sa.JSON, nullable=True),
    sa.Column("rpm_limit", sa.Integer, nullable=False, default=0),
    sa.Column("max_spend", sa.Float, nullable=True),
    sa.Column("max_tokens", sa.BigInteger, nullable=True),
    sa.Column("budget_period", sa.String(8), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=True),
    sa.Column("revoked_at", sa.Float, nullable=True),
    sa.Column("last_used_at", sa.Float, nullable=True),
)

traces = sa.Table(
    "traces",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("trace_id", sa.String(32), nullable=False, unique=True),
    sa.Column("started_at", sa.Float, nullable=False, index=True),
    sa.Column("duration_ms", sa.Float, nullable=False),
    sa.Column("overhead_ms", sa.Float, nullable=True),
    sa.Column("front_door", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False, index=True),
    sa.Column("target", sa.String(300), nullable=False, index=True),
    sa.Column("method", sa.String(100), nullable=True),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("error_code", sa.String(64), nullable=True),
    sa.Column("user_id", sa.String(128), nullable=True, index=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("department", sa.String(200), nullable=True),
    sa.Column("groups", sa.JSON, nullable=True),
    sa.Column("key_id", sa.String(32), nullable=True, index=True),
    sa.Column("auth_method", sa.String(32), nullable=True),
    sa.Column("stages", sa.JSON, nullable=False),
    sa.Column("policy", sa.JSON, nullable=True),
    sa.Column("cache", sa.JSON, nullable=True),
    sa.Column("tokens_in", sa.Integer, nullable=True),
    sa.Column("tokens_out", sa.Integer, nullable=True),
    sa.Column("cost", sa.Float, nullable=True),
    sa.Column("attrs", sa.JSON, nullable=True),
)

#: Monotonic counters that survive trace retention (the all-time call count).
counters = sa.Table(
    "counters",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class Store:
    """Owns the async engine. ``open()`` creates the data directory and migrates."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: AsyncEngine | None = None

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            raise RuntimeError("store is not open")
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    async def open(self) -> None:
        if self.is_sqlite:
            db_path = self.url.split(":///", 1)[1]
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(self.url, pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            # WAL lets the audit writer commit while request handlers read; busy_timeout rides
            # out the short write locks instead of failing with "database is locked".
            @event.listens_for(engine.sync_engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA busy_timeout=10000")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()

        self._engine = engine
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade)

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(sa.text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - readiness reports any failure as "not ready"
            return False

    def connect(self) -> AsyncConnection:
        return self.engine.connect()

    def begin(self) -> AbstractAsyncContextManager[AsyncConnection]:
        return self.engine.begin()


def _upgrade(sync_conn: sa.Connection) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = sync_conn
    command.upgrade(cfg, "heads")

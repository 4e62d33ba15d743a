"""The A2A front door's tables (created by migration ``a2a_0001``)."""

from __future__ import annotations

import sqlalchemy as sa

from bastion.gateway.store import metadata

#: Agents registered through the admin API or CLI (settings agents are not stored).
a2a_agents = sa.Table(
    "a2a_agents",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("config", sa.JSON, nullable=False),
    sa.Column("card", sa.JSON, nullable=True),
    sa.Column("etag", sa.String(256), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

#: Which agent and which principal own each task id the gateway has seen.
a2a_tasks = sa.Table(
    "a2a_tasks",
    metadata,
    sa.Column("task_id", sa.String(256), primary_key=True),
    sa.Column("agent", sa.String(64), nullable=False, index=True),
    sa.Column("owner", sa.String(128), nullable=False, index=True),
    sa.Column("context_id", sa.String(256), nullable=True),
    sa.Column("state", sa.String(48), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

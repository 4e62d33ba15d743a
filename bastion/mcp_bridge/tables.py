"""The MCP front door's tables: servers registered through the admin API, pinned tool definitions."""

from __future__ import annotations

import sqlalchemy as sa

from bastion.gateway.store import metadata

mcp_servers = sa.Table(
    "mcp_servers",
    metadata,
    sa.Column("name", sa.String(48), primary_key=True),
    sa.Column("config", sa.JSON, nullable=False),
    sa.Column("enabled", sa.Boolean, nullable=False, default=True),
    sa.Column("created_by", sa.String(128), nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

mcp_tool_pins = sa.Table(
    "mcp_tool_pins",
    metadata,
    sa.Column("server", sa.String(48), primary_key=True),
    sa.Column("tool", sa.String(128), primary_key=True),
    #: sha256 of the pinned definition (description, schemas, annotations).
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("definition", sa.JSON, nullable=False),
    #: A changed definition waiting for approval ("hold" policy), else NULL.
    sa.Column("pending_digest", sa.String(64), nullable=True),
    sa.Column("pending_definition", sa.JSON, nullable=True),
    sa.Column("pinned_at", sa.Float, nullable=False),
    sa.Column("changed_at", sa.Float, nullable=True),
)

"""MCP front door: registered servers and pinned tool definitions.

Revision ID: mcp_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "mcp_0001"
down_revision = "core_0001"
branch_labels = ("mcp",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mcp_servers",
        sa.Column("name", sa.String(48), primary_key=True),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "mcp_tool_pins",
        sa.Column("server", sa.String(48), primary_key=True),
        sa.Column("tool", sa.String(128), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("definition", sa.JSON, nullable=False),
        sa.Column("pending_digest", sa.String(64), nullable=True),
        sa.Column("pending_definition", sa.JSON, nullable=True),
        sa.Column("pinned_at", sa.Float, nullable=False),
        sa.Column("changed_at", sa.Float, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("mcp_tool_pins")
    op.drop_table("mcp_servers")

"""A2A front door: registered agents and the task ownership map.

Revision ID: a2a_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "a2a_0001"
down_revision = "core_0001"
branch_labels = ("a2a",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "a2a_agents",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("card", sa.JSON, nullable=True),
        sa.Column("etag", sa.String(256), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_table(
        "a2a_tasks",
        sa.Column("task_id", sa.String(256), primary_key=True),
        sa.Column("agent", sa.String(64), nullable=False),
        sa.Column("owner", sa.String(128), nullable=False),
        sa.Column("context_id", sa.String(256), nullable=True),
        sa.Column("state", sa.String(48), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_index("ix_a2a_tasks_agent", "a2a_tasks", ["agent"])
    op.create_index("ix_a2a_tasks_owner", "a2a_tasks", ["owner"])


def downgrade() -> None:
    op.drop_table("a2a_tasks")
    op.drop_table("a2a_agents")

"""Budgets per user and per group (set through the admin API), shared by all their keys and
identity-provider logins.

Revision ID: core_0003
"""

import sqlalchemy as sa
from alembic import op

revision = "core_0003"
down_revision = "core_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "budgets",
        sa.Column("scope", sa.String(8), primary_key=True),
        sa.Column("subject", sa.String(200), primary_key=True),
        sa.Column("max_spend", sa.Float, nullable=True),
        sa.Column("max_tokens", sa.BigInteger, nullable=True),
        sa.Column("period", sa.String(8), nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("budgets")

"""Budgets on keys (spend and token caps per period); index traces by key for seeding them.

Revision ID: core_0002
"""

import sqlalchemy as sa
from alembic import op

revision = "core_0002"
down_revision = "core_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as b:
        b.add_column(sa.Column("max_spend", sa.Float, nullable=True))
        b.add_column(sa.Column("max_tokens", sa.BigInteger, nullable=True))
        b.add_column(sa.Column("budget_period", sa.String(8), nullable=True))
    op.create_index("ix_traces_key_id", "traces", ["key_id"])


def downgrade() -> None:
    op.drop_index("ix_traces_key_id", "traces")
    with op.batch_alter_table("api_keys") as b:
        b.drop_column("budget_period")
        b.drop_column("max_tokens")
        b.drop_column("max_spend")

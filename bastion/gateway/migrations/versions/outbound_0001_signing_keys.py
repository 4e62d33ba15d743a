"""Outbound identity: the gateway's signing keys for identity JWTs sent to upstreams.

Revision ID: outbound_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "outbound_0001"
down_revision = "core_0001"
branch_labels = ("outbound",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbound_signing_keys",
        sa.Column("kid", sa.String(64), primary_key=True),
        sa.Column("alg", sa.String(16), nullable=False),
        sa.Column("private_pem", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("retired_at", sa.Float, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("outbound_signing_keys")

"""Keys are listed by a non-secret fingerprint (the first 12 hex digits of the key's SHA-256)
instead of their first characters, which were part of the secret.

Revision ID: core_0004_fp
"""

import sqlalchemy as sa
from alembic import op

revision = "core_0004_fp"
down_revision = "core_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as b:
        b.alter_column("prefix", new_column_name="fingerprint", existing_type=sa.String(16), existing_nullable=False)
    # The stored hash is already SHA-256 of the key: the fingerprint is its start.
    op.execute("UPDATE api_keys SET fingerprint = substr(hash, 1, 12)")


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as b:
        b.alter_column("fingerprint", new_column_name="prefix", existing_type=sa.String(16), existing_nullable=False)

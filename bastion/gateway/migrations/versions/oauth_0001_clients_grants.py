"""OAuth authorization server: registered clients, grants (refresh-token families), local
users' passwords.

Revision ID: oauth_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "oauth_0001"
down_revision = "core_0001"
branch_labels = ("oauth",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "oauth_clients",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("secret_hash", sa.String(64), nullable=True),
        sa.Column("client_metadata", sa.JSON, nullable=False),
        sa.Column("registered_at", sa.Float, nullable=False),
        sa.Column("registered_from", sa.String(64), nullable=True),
    )
    op.create_table(
        "oauth_grants",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(128), nullable=False, index=True),
        sa.Column("client_id", sa.String(512), nullable=False),
        sa.Column("client_name", sa.String(200), nullable=True),
        sa.Column("resource", sa.String(512), nullable=False),
        sa.Column("scope", sa.Text, nullable=False),
        sa.Column("sign_in", sa.String(32), nullable=False),
        sa.Column("principal", sa.JSON, nullable=False),
        sa.Column("refresh_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("last_used_at", sa.Float, nullable=True),
        sa.Column("revoked_at", sa.Float, nullable=True),
        sa.Column("revoked_reason", sa.String(64), nullable=True),
    )
    op.create_table(
        "oauth_local_passwords",
        sa.Column("user_id", sa.String(128), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("hash", sa.String(256), nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("oauth_local_passwords")
    op.drop_table("oauth_grants")
    op.drop_table("oauth_clients")

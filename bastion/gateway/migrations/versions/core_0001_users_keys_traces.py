"""Core tables: users, API keys, audit traces, counters.

Revision ID: core_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "core_0001"
down_revision = None
branch_labels = ("core",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("department", sa.String(200), nullable=True),
        sa.Column("groups", sa.JSON, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("user_id", sa.String(128), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("roles", sa.JSON, nullable=True),
        sa.Column("models", sa.JSON, nullable=True),
        sa.Column("mcp_servers", sa.JSON, nullable=True),
        sa.Column("tools", sa.JSON, nullable=True),
        sa.Column("agents", sa.JSON, nullable=True),
        sa.Column("rpm_limit", sa.Integer, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=True),
        sa.Column("revoked_at", sa.Float, nullable=True),
        sa.Column("last_used_at", sa.Float, nullable=True),
    )
    op.create_table(
        "traces",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("trace_id", sa.String(32), nullable=False, unique=True),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
        sa.Column("overhead_ms", sa.Float, nullable=True),
        sa.Column("front_door", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("target", sa.String(300), nullable=False),
        sa.Column("method", sa.String(100), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("user_id", sa.String(128), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("department", sa.String(200), nullable=True),
        sa.Column("groups", sa.JSON, nullable=True),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("auth_method", sa.String(32), nullable=True),
        sa.Column("stages", sa.JSON, nullable=False),
        sa.Column("policy", sa.JSON, nullable=True),
        sa.Column("cache", sa.JSON, nullable=True),
        sa.Column("tokens_in", sa.Integer, nullable=True),
        sa.Column("tokens_out", sa.Integer, nullable=True),
        sa.Column("cost", sa.Float, nullable=True),
        sa.Column("attrs", sa.JSON, nullable=True),
    )
    for col in ("started_at", "kind", "target", "status", "user_id"):
        op.create_index(f"ix_traces_{col}", "traces", [col])
    op.create_table(
        "counters",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    for t in ("counters", "traces", "api_keys", "users"):
        op.drop_table(t)

"""What the authorization server keeps durably: registered clients (DCR) and grants.

A *grant* is one person's authorization of one client for one resource: it carries the
principal as signed in, the scopes, and the current refresh token of its family (only a
SHA-256 of it). Refreshing rotates that hash; presenting any other token of the family revokes
the grant, so a stolen refresh token is useful at most until its first use by either party.
"""

from __future__ import annotations

import sqlalchemy as sa

from bastion.gateway.store import metadata

oauth_clients = sa.Table(
    "oauth_clients",
    metadata,
    sa.Column("client_id", sa.String(64), primary_key=True),
    #: SHA-256 of the client secret (confidential clients only).
    sa.Column("secret_hash", sa.String(64), nullable=True),
    #: The registered metadata (RFC 7591 fields), as validated.
    sa.Column("client_metadata", sa.JSON, nullable=False),
    sa.Column("registered_at", sa.Float, nullable=False),
    sa.Column("registered_from", sa.String(64), nullable=True),
)

oauth_grants = sa.Table(
    "oauth_grants",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("user_id", sa.String(128), nullable=False, index=True),
    sa.Column("client_id", sa.String(512), nullable=False),
    sa.Column("client_name", sa.String(200), nullable=True),
    sa.Column("resource", sa.String(512), nullable=False),
    sa.Column("scope", sa.Text, nullable=False),
    #: How the person signed in (``oidc``, ``ldap`` ...).
    sa.Column("sign_in", sa.String(32), nullable=False),
    #: The principal as signed in (user, e-mail, groups, grants, rate limit).
    sa.Column("principal", sa.JSON, nullable=False),
    sa.Column("refresh_hash", sa.String(64), nullable=True, unique=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("last_used_at", sa.Float, nullable=True),
    sa.Column("revoked_at", sa.Float, nullable=True),
    sa.Column("revoked_reason", sa.String(64), nullable=True),
)

#: Passwords of local users (``auth.oauth.local_users``): scrypt, per-user salt.
oauth_local_passwords = sa.Table(
    "oauth_local_passwords",
    metadata,
    sa.Column("user_id", sa.String(128), sa.ForeignKey("users.id"), primary_key=True),
    sa.Column("hash", sa.String(256), nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

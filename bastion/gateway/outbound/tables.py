"""The key ring of the gateway's own signing keys (identity JWTs towards upstreams)."""

from __future__ import annotations

import sqlalchemy as sa

from bastion.gateway.store import metadata

outbound_signing_keys = sa.Table(
    "outbound_signing_keys",
    metadata,
    sa.Column("kid", sa.String(64), primary_key=True),
    sa.Column("alg", sa.String(16), nullable=False),
    #: PKCS#8 PEM of the private key. The store is the gateway's trust root already (it holds
    #: key hashes, policies and registrations): protect it like a secret store.
    sa.Column("private_pem", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    #: When a rotation replaced it (NULL: the signing key). Published for a while after.
    sa.Column("retired_at", sa.Float, nullable=True),
)

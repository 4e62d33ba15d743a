"""Bastion's identity towards upstreams: per-user credentials for MCP servers and A2A agents.

* ``identity_jwt``: Bastion signs a short-lived JWT saying who the user is (``signing.py``,
  ``identity_jwt.py``); upstreams verify it against ``GET /.well-known/jwks.json``.
* ``token_exchange``: Bastion trades the user's token at the identity provider for one meant
  for the upstream (RFC 8693, ``exchange.py``).

``service.Outbound`` is the core service (``core.outbound``) the front doors build their
upstream credentials from.
"""

from bastion.gateway.outbound.credentials import (
    PER_USER_TYPES,
    Caller,
    CredentialError,
    UserCredential,
    UserCredentialSpec,
)
from bastion.gateway.outbound.service import Outbound
from bastion.gateway.outbound.settings import OutboundSettings, check_endpoint_url, resolve_secret_ref

__all__ = [
    "PER_USER_TYPES",
    "Caller",
    "CredentialError",
    "Outbound",
    "OutboundSettings",
    "UserCredential",
    "UserCredentialSpec",
    "check_endpoint_url",
    "resolve_secret_ref",
]

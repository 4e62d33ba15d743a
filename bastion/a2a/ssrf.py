"""SSRF checks for A2A push webhooks: the core's (``bastion.gateway.ssrf``), under the name the
A2A modules import."""

from bastion.gateway.ssrf import (
    METADATA_ADDRESSES,
    METADATA_HOSTS,
    UnsafeURL,
    address_problem,
    check_url,
    check_url_syntax,
)

__all__ = ["METADATA_ADDRESSES", "METADATA_HOSTS", "UnsafeURL", "address_problem", "check_url", "check_url_syntax"]

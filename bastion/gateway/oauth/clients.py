"""OAuth clients: who may ask for tokens, and where codes may be sent.

Two ways a client becomes known, in the order the MCP authorization spec prefers them:

* **Client ID Metadata Documents**: the ``client_id`` is an https URL; the JSON document there
  is the client's metadata. Fetched on use (SSRF-checked, size and time limited, no redirects,
  cached briefly), never stored. The document must name itself as ``client_id``.
* **Dynamic Client Registration** (RFC 7591, through authlib's endpoint): the metadata is stored
  and the client gets a random id (and a secret when it asked for secret-based auth).

Redirect URIs are compared exactly (no prefix or wildcard matching) and must be https, http on
a loopback host (native apps, RFC 8252), or a private-use scheme (``vscode:``, ``cursor:``).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import orjson
import sqlalchemy as sa
from authlib.oauth2.rfc6749 import ClientMixin

from bastion.gateway.identity.mapping import is_loopback_host
from bastion.gateway.oauth.settings import ClientMetadataSettings
from bastion.gateway.oauth.tables import oauth_clients
from bastion.gateway.ssrf import UnsafeURL, check_url
from bastion.gateway.store import Store

log = logging.getLogger("bastion.oauth")

#: Schemes a redirect URI may never use (script or local content in the browser).
_FORBIDDEN_SCHEMES = frozenset({"javascript", "data", "file", "about", "blob", "vbscript", "ws", "wss", "ftp"})
#: Auth methods Bastion accepts at the token endpoint.
AUTH_METHODS = ("none", "client_secret_basic", "client_secret_post")


class ClientRefused(ValueError):
    """A client (document or registration) Bastion will not use; ``str()`` says why."""


def redirect_uri_problem(uri: str) -> str | None:
    """Why ``uri`` may not be a redirect URI, or None."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "not a valid URI"
    scheme = parts.scheme.lower()
    if not scheme:
        return "not an absolute URI"
    if parts.fragment or "#" in uri:
        return "must not have a fragment"
    if scheme in _FORBIDDEN_SCHEMES:
        return f"scheme {scheme}: is not allowed"
    if scheme == "https":
        return None if parts.hostname else "https URI without a host"
    if scheme == "http":
        return None if is_loopback_host(parts.hostname or "") and parts.hostname else "http only on loopback hosts"
    if parts.username or parts.password:
        return "must not carry credentials"
    return None  # a private-use scheme of a native app (vscode:, cursor:, com.example.app:)


def is_metadata_url(client_id: str) -> bool:
    """Whether ``client_id`` is a Client ID Metadata Document URL (https with a path)."""
    if not client_id.startswith("https://"):
        return False
    parts = urlsplit(client_id)
    return bool(parts.hostname) and parts.path not in ("", "/")


@dataclass
class OAuthClient(ClientMixin):
    """One client, as authlib's grants see it."""

    client_id: str
    metadata: dict[str, Any]
    #: ``cimd`` (metadata document) or ``dcr`` (registered here).
    kind: str
    secret_hash: str | None = None
    redirect_uris: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.redirect_uris = [str(u) for u in self.metadata.get("redirect_uris") or []]

    @property
    def name(self) -> str:
        name = self.metadata.get("client_name")
        return str(name)[:200] if isinstance(name, str) and name.strip() else self.client_id

    @property
    def auth_method(self) -> str:
        return str(self.metadata.get("token_endpoint_auth_method") or "none")

    # --- authlib ClientMixin ---------------------------------------------------------------
    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        # OAuth 2.1: the redirect URI is always sent when more than one is registered.
        return self.redirect_uris[0] if len(self.redirect_uris) == 1 else None

    def get_allowed_scope(self, scope: str) -> str:
        # What a person may grant is decided at consent (their groups), not by the client.
        return scope or ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        if self.secret_hash is None:
            return False
        return hmac.compare_digest(self.secret_hash, hashlib.sha256(client_secret.encode()).hexdigest())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if endpoint == "token":
            return method == self.auth_method
        return method in AUTH_METHODS and method == self.auth_method

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        allowed = self.metadata.get("grant_types") or ["authorization_code", "refresh_token"]
        return grant_type in ("authorization_code", "refresh_token") and grant_type in allowed


def client_from_document(url: str, doc: Any) -> OAuthClient:
    """Validate a fetched Client ID Metadata Document."""
    if not isinstance(doc, dict):
        raise ClientRefused("the client metadata document is not a JSON object")
    if doc.get("client_id") != url:
        raise ClientRefused("the client metadata document does not name its own URL as client_id")
    method = doc.get("token_endpoint_auth_method", "none")
    if method != "none":
        raise ClientRefused("client metadata documents may only describe public clients (auth method none)")
    if "client_secret" in doc or "client_secret_expires_at" in doc:
        raise ClientRefused("a client metadata document must not contain a client secret")
    uris = doc.get("redirect_uris")
    if not isinstance(uris, list) or not uris or not all(isinstance(u, str) for u in uris):
        raise ClientRefused("the client metadata document has no redirect_uris")
    for u in uris:
        problem = redirect_uri_problem(u)
        if problem:
            raise ClientRefused(f"redirect URI {u!r}: {problem}")
    meta = {k: doc[k] for k in ("client_name", "client_uri", "logo_uri", "redirect_uris", "grant_types") if k in doc}
    meta["token_endpoint_auth_method"] = "none"
    return OAuthClient(url, meta, "cimd")


@dataclass(frozen=True)
class _AllowAll:
    """SSRF policy for metadata documents: public addresses only, except trusted hosts."""

    allowed_hosts: list[str]
    allow_loopback: bool = False
    allow_private: bool = False
    allow_link_local: bool = False
    allow_metadata: bool = False


class ClientDirectory:
    """Looks clients up: metadata documents (fetched, cached) and registered clients (store)."""

    def __init__(self, store: Store, settings: ClientMetadataSettings) -> None:
        self.store = store
        self.settings = settings
        self._policy = _AllowAll(allowed_hosts=list(settings.trusted_hosts))
        self._docs: dict[str, tuple[OAuthClient, float]] = {}
        self._verify: ssl.SSLContext | bool = True
        if settings.ca_file:
            self._verify = ssl.create_default_context(cafile=settings.ca_file)

    async def get(self, client_id: str | None) -> OAuthClient | None:
        """The client, or None when unknown. Raises ``ClientRefused`` for a metadata document
        that cannot be used (the caller reports why)."""
        if not client_id or len(client_id) > 512:
            return None
        if is_metadata_url(client_id):
            if not self.settings.enabled:
                raise ClientRefused("client metadata documents are disabled here")
            return await self._document(client_id)
        async with self.store.connect() as conn:
            row = (
                (await conn.execute(sa.select(oauth_clients).where(oauth_clients.c.client_id == client_id)))
                .mappings()
                .first()
            )
        if row is None:
            return None
        return OAuthClient(row["client_id"], dict(row["client_metadata"]), "dcr", row["secret_hash"])

    async def register(self, client_id: str, secret: str | None, metadata: dict[str, Any], peer: str | None) -> None:
        for u in metadata.get("redirect_uris") or []:
            problem = redirect_uri_problem(str(u))
            if problem:
                raise ClientRefused(f"redirect URI {u!r}: {problem}")
        async with self.store.begin() as conn:
            await conn.execute(
                oauth_clients.insert().values(
                    client_id=client_id,
                    secret_hash=hashlib.sha256(secret.encode()).hexdigest() if secret else None,
                    client_metadata=metadata,
                    registered_at=time.time(),
                    registered_from=(peer or "")[:64] or None,
                )
            )

    async def _document(self, url: str) -> OAuthClient:
        now = time.monotonic()
        cached = self._docs.get(url)
        if cached is not None and cached[1] > now:
            return cached[0]
        host = urlsplit(url).hostname or ""
        if self.settings.allowed_hosts and host not in self.settings.allowed_hosts:
            raise ClientRefused(f"client metadata host {host} is not in auth.oauth.client_metadata.allowed_hosts")
        if host not in self.settings.trusted_hosts:
            try:
                await check_url(url, self._policy)
            except UnsafeURL as e:
                raise ClientRefused(f"client metadata URL refused: {e}") from None
        doc = await self._fetch(url)
        client = client_from_document(url, doc)
        if self.settings.cache_ttl_s > 0:
            if len(self._docs) > 1000:
                self._docs = {k: v for k, v in self._docs.items() if v[1] > now}
            self._docs[url] = (client, now + self.settings.cache_ttl_s)
        return client

    async def _fetch(self, url: str) -> Any:
        limit = self.settings.max_bytes
        try:
            async with httpx.AsyncClient(
                timeout=self.settings.timeout_s, follow_redirects=False, verify=self._verify
            ) as client:
                async with client.stream("GET", url, headers={"accept": "application/json"}) as r:
                    if r.status_code != 200:
                        raise ClientRefused(f"client metadata document: HTTP {r.status_code}")
                    body = bytearray()
                    async for chunk in r.aiter_bytes():
                        body += chunk
                        if len(body) > limit:
                            raise ClientRefused(f"client metadata document larger than {limit} bytes")
        except httpx.HTTPError as e:
            raise ClientRefused(f"client metadata document could not be fetched ({e.__class__.__name__})") from None
        try:
            return orjson.loads(bytes(body))
        except orjson.JSONDecodeError:
            raise ClientRefused("client metadata document is not JSON") from None


def peer_key(address: str | None) -> str:
    """The rate-limit key of a client address (IPv6 by /64, so one host cannot rotate through)."""
    if not address:
        return "unknown"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)

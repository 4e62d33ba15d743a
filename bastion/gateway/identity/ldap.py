"""LDAP / Active Directory logins: HTTP Basic credentials checked against a directory.

The classic search-then-bind flow: a service account searches ``user_base`` for the entry whose
``user_filter`` matches the username (escaped, so LDAP filter injection is impossible), then
the gateway binds as that entry's DN with the password the client sent. Groups come from the
entry's ``memberOf`` or from a group search. A successful login is cached for ``cache_ttl_s``
under a salted SHA-256 of username and password, so the per-request cost after the first call
is one hash and a dict lookup; only the first call (and one per TTL) talks to the directory.

ldap3 is blocking: directory work runs in worker threads behind a capacity limiter, and
concurrent logins with the same credentials share one directory round trip. An unreachable
directory refuses LDAP users with 503 (logged once per outage), never crashes the gateway, and
leaves virtual keys untouched (they are checked before any provider).

Only ``Authorization: Basic``: it is what every HTTP client can send (``curl -u``, httpx
``auth=``, OpenAI SDKs via default headers), it is standard, and it keeps one clear credential
format. Custom user/password headers would add a second parsing path for no client that needs it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import logging
import math
import os
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import anyio
import ldap3
from ldap3.core.exceptions import LDAPException
from ldap3.operation.search import parse_filter
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import parse_dn
from pydantic import Field, field_validator, model_validator

from bastion.gateway.call import Credentials, Refusal
from bastion.gateway.identity.mapping import (
    MappingSettings,
    is_loopback_host,
    resolve_secret,
    valid_email,
    valid_text,
    validated,
)
from bastion.gateway.principal import Principal

log = logging.getLogger("bastion.identity.ldap")

#: Longest username / password accepted from a client; longer ones are refused unparsed.
_MAX_USERNAME = 256
_MAX_PASSWORD = 1024
_INVALID_CREDENTIALS = 49  # LDAP resultCode invalidCredentials

DIRECTORY_UNAVAILABLE = Refusal(
    503, "identity_unavailable", "the LDAP directory is unavailable; try again later", retry_after=5
)


class LdapSettings(MappingSettings):
    """One ``auth.providers`` entry of ``type: ldap`` (plus ``admin_groups``, ``grants``,
    ``rpm_limit`` shared by every provider)."""

    #: ``ldap://host[:port]`` or ``ldaps://host[:port]``.
    url: str
    #: Upgrade an ``ldap://`` connection with StartTLS before any bind.
    start_tls: bool = False
    #: CA bundle (PEM) for the directory's certificate; the system store when unset.
    ca_file: Path | None = None
    #: Verify the directory's certificate and host name (ldaps / StartTLS).
    verify: bool = True
    #: Allow passwords in clear over ``ldap://`` without StartTLS to a non-loopback host.
    allow_plaintext: bool = False
    #: The service account that searches for users (and groups).
    bind_dn: str = Field(min_length=1)
    #: Its password: ``env:VARIABLE`` (recommended) or the value itself.
    bind_password: str = Field(min_length=1)
    user_base: str = Field(min_length=1)
    #: ``{username}`` is replaced by the escaped username (AD: ``(sAMAccountName={username})``).
    user_filter: str = "(uid={username})"
    #: Attribute giving the principal's user_id (AD: ``sAMAccountName``); the username if absent.
    user_id_attribute: str = "uid"
    email_attribute: str | None = "mail"
    name_attribute: str | None = "cn"
    #: AD: ``department``.
    department_attribute: str | None = "departmentNumber"
    #: Without ``group_base``: groups are the first RDN values of this attribute's DNs.
    member_of_attribute: str = "memberOf"
    #: With it: groups are found by searching here with ``group_filter``.
    group_base: str | None = None
    #: ``{dn}`` is the user's escaped DN, ``{username}`` the escaped username.
    group_filter: str = "(|(member={dn})(uniqueMember={dn}))"
    group_name_attribute: str = "cn"
    #: When set, only members of at least one of these groups may log in.
    required_groups: list[str] = Field(default_factory=list)
    #: Connect and response timeout for every directory operation, in seconds.
    timeout_s: float = Field(default=5.0, gt=0)
    #: Seconds a successful login is remembered (0 = ask the directory on every request).
    cache_ttl_s: float = Field(default=60.0, ge=0)
    cache_max_entries: int = Field(default=10_000, ge=1)
    #: After this many consecutive failed logins for one username, further attempts within
    #: ``failure_backoff_s`` of the last failure are refused without asking the directory.
    failure_threshold: int = Field(default=5, ge=1)
    failure_backoff_s: float = Field(default=30.0, ge=0)
    #: Directory operations running at once (worker threads).
    max_concurrency: int = Field(default=4, ge=1, le=64)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        parts = urlsplit(v)
        if parts.scheme not in ("ldap", "ldaps") or not parts.hostname:
            raise ValueError("must be ldap://host[:port] or ldaps://host[:port]")
        if parts.path not in ("", "/") or parts.query:
            raise ValueError("must not have a path or query (use user_base, user_filter)")
        return v

    @field_validator("user_filter")
    @classmethod
    def _user_filter(cls, v: str) -> str:
        if "{username}" not in v or not _valid_filter(v):
            raise ValueError("must be a valid LDAP filter containing {username}")
        return v

    @field_validator("group_filter")
    @classmethod
    def _group_filter(cls, v: str) -> str:
        if ("{dn}" not in v and "{username}" not in v) or not _valid_filter(v):
            raise ValueError("must be a valid LDAP filter containing {dn} or {username}")
        return v

    @field_validator("ca_file")
    @classmethod
    def _ca_file(cls, v: Path | None) -> Path | None:
        if v is not None and not v.is_file():
            raise ValueError(f"file not found: {v}")
        return v

    @model_validator(mode="after")
    def _transport(self) -> LdapSettings:
        parts = urlsplit(self.url)
        if self.start_tls and parts.scheme == "ldaps":
            raise ValueError("start_tls is for ldap:// URLs (ldaps:// is already TLS)")
        if (
            parts.scheme == "ldap"
            and not self.start_tls
            and not self.allow_plaintext
            and not is_loopback_host(parts.hostname)
        ):
            raise ValueError(
                "passwords would cross the network in clear: use ldaps://, start_tls: true, or allow_plaintext: true"
            )
        return self


def _valid_filter(template: str) -> bool:
    """Parse the filter with a harmless value in each placeholder, so a typo is a settings
    error at start-up rather than a failed login (which would look like an outage)."""
    sample = template.replace("{username}", "x").replace("{dn}", "cn=x")
    try:
        parse_filter(sample, None, True, True, None, False)
    except Exception:  # noqa: BLE001 - ldap3 raises assorted types for malformed filters
        return False
    return True


def from_settings(raw: dict[str, Any] | LdapSettings, where: str) -> LdapProvider:
    """Build the provider from one ``auth.providers`` entry (``type`` already removed)."""
    settings = validated(LdapSettings, raw, where)
    password = resolve_secret(settings.bind_password, f"{where}.bind_password")
    return LdapProvider(settings, password)


def basic_credentials(credentials: Credentials) -> tuple[str, str] | None:
    """``(username, password)`` from ``Authorization: Basic``, or None (absent or malformed)."""
    header = credentials.headers.get("authorization")
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value.strip():
        return None
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # RFC 7617's historical default
    username, sep, password = text.partition(":")
    if not sep:
        return None
    return username, password


def _acceptable(username: str, password: str) -> bool:
    """Refuse before any network work: empty passwords (an LDAP "unauthenticated bind" that many
    servers report as success), empty or oversized values, control characters."""
    return (
        0 < len(username) <= _MAX_USERNAME
        and username.isprintable()
        and 0 < len(password) <= _MAX_PASSWORD
        and "\x00" not in password
    )


class DirectoryUnavailable(Exception):
    """The directory could not be reached or refused the service account."""


@dataclass(frozen=True, slots=True)
class DirectoryUser:
    """What the directory says about a user whose password was just verified."""

    dn: str
    attributes: dict[str, list[str]]
    groups: tuple[str, ...]


@dataclass(slots=True)
class _CacheEntry:
    principal: Principal | None  # None: password right, but not in required_groups
    expires: float


@dataclass(slots=True)
class _Failures:
    count: int
    last: float


class _Flight:
    """One directory login in progress; identical concurrent logins wait for its result."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.result: Principal | None = None
        self.outcome: Literal["pending", "done", "unavailable"] = "pending"


class Directory:
    """The blocking ldap3 side: one method per login, run in a worker thread."""

    def __init__(self, settings: LdapSettings, bind_password: str) -> None:
        self.s = settings
        self._bind_password = bind_password
        parts = urlsplit(settings.url)
        self._host = parts.hostname or ""
        self._use_ssl = parts.scheme == "ldaps"
        self._port = parts.port or (636 if self._use_ssl else 389)
        self._tls = (
            ldap3.Tls(
                validate=ssl.CERT_REQUIRED if settings.verify else ssl.CERT_NONE,
                ca_certs_file=str(settings.ca_file) if settings.ca_file else None,
            )
            if (self._use_ssl or settings.start_tls)
            else None
        )
        # ldap3 packs this into SO_RCVTIMEO as whole seconds.
        self._receive_timeout = max(1, math.ceil(settings.timeout_s))
        self._group_search = settings.group_base is not None
        attrs = [
            settings.user_id_attribute,
            settings.email_attribute,
            settings.name_attribute,
            settings.department_attribute,
        ]
        if not self._group_search:
            attrs.append(settings.member_of_attribute)
        self._attributes = [a for a in dict.fromkeys(attrs) if a]

    def _connect(self, user: str, password: str) -> ldap3.Connection:
        server = ldap3.Server(
            self._host,
            port=self._port,
            use_ssl=self._use_ssl,
            tls=self._tls,
            get_info=ldap3.NONE,
            connect_timeout=self.s.timeout_s,
        )
        conn = ldap3.Connection(
            server,
            user=user,
            password=password,
            authentication=ldap3.SIMPLE,
            auto_bind=ldap3.AUTO_BIND_NONE,
            receive_timeout=self._receive_timeout,
            auto_referrals=False,
            raise_exceptions=False,
            read_only=True,
        )
        conn.open(read_server_info=False)
        try:
            if self.s.start_tls and not conn.start_tls(read_server_info=False):
                raise DirectoryUnavailable(f"StartTLS refused: {conn.result.get('description')}")
        except BaseException:
            _close(conn)  # close the socket now, not when the garbage collector gets to it
            raise
        return conn

    def _service(self) -> ldap3.Connection:
        conn = self._connect(self.s.bind_dn, self._bind_password)
        try:
            if not conn.bind(read_server_info=False):
                # Never include the password; the DN and the server's reason are enough to act on.
                raise DirectoryUnavailable(
                    f"service account {self.s.bind_dn} cannot bind: {conn.result.get('description')}"
                )
        except BaseException:
            _close(conn)
            raise
        return conn

    def probe(self) -> None:
        """Bind as the service account once (start-up check). Raises ``DirectoryUnavailable``."""
        try:
            self._service().unbind()
        except (LDAPException, OSError) as e:
            raise DirectoryUnavailable(f"{type(e).__name__}: {e}") from None

    def login(self, username: str, password: str) -> DirectoryUser | None:
        """The user if ``password`` is theirs, else None. Raises ``DirectoryUnavailable``."""
        try:
            return self._login(username, password)
        except (LDAPException, OSError) as e:
            raise DirectoryUnavailable(f"{type(e).__name__}: {e}") from None
        except DirectoryUnavailable:
            raise
        except Exception as e:  # noqa: BLE001 - a client library bug must be a 503, not a 500
            log.exception("LDAP login failed unexpectedly")
            raise DirectoryUnavailable(f"unexpected {type(e).__name__}") from None

    def _login(self, username: str, password: str) -> DirectoryUser | None:
        escaped = escape_filter_chars(username)
        service = self._service()
        try:
            service.search(
                self.s.user_base,
                self.s.user_filter.replace("{username}", escaped),
                search_scope=ldap3.SUBTREE,
                attributes=self._attributes,
                size_limit=2,
            )
            entries = [e for e in service.response or () if e.get("type") == "searchResEntry"]
            if len(entries) != 1:  # unknown, or ambiguous: never guess which account is meant
                log.debug("LDAP login refused: %d entries match the username", len(entries))
                return None
            dn: str = entries[0]["dn"]
            if not self._bind_as(dn, password):
                return None
            attributes = {k: _values(v) for k, v in entries[0]["attributes"].items()}
            if self._group_search:
                groups = self._search_groups(service, dn, escaped)
            else:
                groups = _rdn_values(attributes.get(self.s.member_of_attribute, []))
            return DirectoryUser(dn, attributes, groups)
        finally:
            service.unbind()

    def _bind_as(self, dn: str, password: str) -> bool:
        if not password:  # defence in depth: an empty password is an unauthenticated bind
            return False
        conn = self._connect(dn, password)
        try:
            if conn.bind(read_server_info=False):
                return True
            code = conn.result.get("result")
            if code != _INVALID_CREDENTIALS:
                log.info("LDAP bind refused for a user: %s", conn.result.get("description"))
            return False
        finally:
            conn.unbind()

    def _search_groups(self, service: ldap3.Connection, dn: str, escaped_username: str) -> tuple[str, ...]:
        f = self.s.group_filter.replace("{dn}", escape_filter_chars(dn)).replace("{username}", escaped_username)
        service.search(self.s.group_base, f, search_scope=ldap3.SUBTREE, attributes=[self.s.group_name_attribute])
        names: list[str] = []
        for e in service.response or ():
            if e.get("type") != "searchResEntry":
                continue
            values = _values(e["attributes"].get(self.s.group_name_attribute))
            names.append(values[0] if values else _rdn_values([e["dn"]])[0])
        return tuple(sorted(dict.fromkeys(n for n in names if n)))


def _close(conn: ldap3.Connection) -> None:
    with contextlib.suppress(Exception):  # the original error matters, not this one
        conn.unbind()


def _values(v: Any) -> list[str]:
    """ldap3 gives a list or a single value depending on the schema it knows: normalise."""
    if v is None:
        return []
    items = v if isinstance(v, list) else [v]
    return [x.decode("utf-8", "replace") if isinstance(x, bytes) else str(x) for x in items]


def _rdn_values(dns: list[str]) -> tuple[str, ...]:
    """``cn=engineers,ou=groups,...`` -> ``engineers`` for each DN (unparsable DNs skipped)."""
    names: list[str] = []
    for dn in dns:
        try:
            names.append(parse_dn(dn)[0][1].replace("\\", ""))
        except (LDAPException, IndexError):
            continue
    return tuple(sorted(dict.fromkeys(names)))


class LdapProvider:
    """``IdentityProvider`` for HTTP Basic credentials checked against an LDAP directory."""

    def __init__(self, settings: LdapSettings, bind_password: str, directory: Directory | None = None) -> None:
        self.settings = settings
        self.directory = directory or Directory(settings, bind_password)
        self._grants = settings.grants.to_grants()
        self._required = {g.lower() for g in settings.required_groups}
        self._admin = {g.lower() for g in settings.admin_groups}
        # Per-process salt: the cache keys are not plain SHA-256 of passwords.
        self._salt = os.urandom(16)
        self._cache: dict[bytes, _CacheEntry] = {}
        self._failures: dict[str, _Failures] = {}
        self._inflight: dict[bytes, _Flight] = {}
        self._limiter: anyio.CapacityLimiter | None = None
        self._down = False
        #: Logins that went to the directory (for metrics and tests of the cache).
        self.directory_logins = 0

    # -- lifecycle -------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lifecycle(self) -> AsyncIterator[LdapProvider]:
        """Check the directory once at start-up; a failure is logged, never fatal (virtual keys
        and other providers keep working, and LDAP logins start working when it is back)."""
        try:
            await anyio.to_thread.run_sync(self.directory.probe, limiter=self._threads())
            log.info("LDAP directory %s ready (service account %s)", self.settings.url, self.settings.bind_dn)
        except DirectoryUnavailable as e:
            self._mark_down(str(e))
        yield self

    # -- authentication --------------------------------------------------------------------

    async def authenticate(self, credentials: Credentials) -> Principal | None:
        """The principal for valid Basic credentials; None when they are not Basic or wrong.
        Raises a 503 ``Refusal`` when the directory cannot be reached."""
        pair = basic_credentials(credentials)
        if pair is None:
            return None
        username, password = pair
        if not _acceptable(username, password):
            return None
        key = hashlib.sha256(self._salt + username.encode() + b"\0" + password.encode()).digest()
        now = time.monotonic()
        entry = self._cache.get(key)
        if entry is not None:
            if entry.expires > now:
                return entry.principal
            del self._cache[key]
        while (flight := self._inflight.get(key)) is not None:
            # The same login is already being checked: share its answer. If that request was
            # cancelled (client gone) there is no answer, and the loop takes over the check.
            await flight.done.wait()
            if flight.outcome == "unavailable":
                raise DIRECTORY_UNAVAILABLE.fresh()
            if flight.outcome == "done":
                return flight.result
        if self._backing_off(username.lower(), now):
            log.info("LDAP login refused without a directory call: too many recent failures for this user")
            return None
        flight = self._inflight[key] = _Flight()
        try:
            flight.result = await self._login(username, password, key)
            flight.outcome = "done"
            return flight.result
        except Refusal:
            flight.outcome = "unavailable"
            raise
        finally:
            del self._inflight[key]
            flight.done.set()

    async def _login(self, username: str, password: str, key: bytes) -> Principal | None:
        self.directory_logins += 1
        try:
            user = await anyio.to_thread.run_sync(self.directory.login, username, password, limiter=self._threads())
        except DirectoryUnavailable as e:
            self._mark_down(str(e))
            raise DIRECTORY_UNAVAILABLE from None
        self._mark_up()
        if user is None:
            self._record_failure(username.lower())
            return None
        self._failures.pop(username.lower(), None)
        principal = self._principal(username, user)
        if principal is None:
            log.info("LDAP user %s is in none of the required groups", user.dn)
        self._remember(key, principal)
        return principal

    def _principal(self, username: str, user: DirectoryUser) -> Principal | None:
        names = {g.lower() for g in user.groups} | {
            g.lower() for g in user.attributes.get(self.settings.member_of_attribute, [])
        }
        if self._required and not (names & self._required):
            return None
        s = self.settings
        user_id = _first(user.attributes, s.user_id_attribute) or username
        if not valid_text(user_id):  # printable and bounded, as on every audit trace
            log.info("LDAP user %r refused: its user id is not printable or too long", user.dn)
            return None
        email = _first(user.attributes, s.email_attribute)
        name = _first(user.attributes, s.name_attribute)
        department = _first(user.attributes, s.department_attribute)
        return Principal(
            user_id=user_id,
            auth_method="ldap",
            email=email if email and valid_email(email) else None,
            name=name if name and valid_text(name) else None,
            department=department if department and valid_text(department) else None,
            groups=tuple(g for g in user.groups if valid_text(g)),
            roles=("admin",) if names & self._admin else (),
            grants=self._grants,
            rpm_limit=s.rpm_limit,
        )

    # -- cache, back-off, state ------------------------------------------------------------

    def _remember(self, key: bytes, principal: Principal | None) -> None:
        if self.settings.cache_ttl_s <= 0:
            return
        if len(self._cache) >= self.settings.cache_max_entries:
            self._evict()
        self._cache[key] = _CacheEntry(principal, time.monotonic() + self.settings.cache_ttl_s)

    def _evict(self) -> None:
        now = time.monotonic()
        for k in [k for k, e in self._cache.items() if e.expires <= now]:
            del self._cache[k]
        while len(self._cache) >= self.settings.cache_max_entries:
            del self._cache[next(iter(self._cache))]  # oldest inserted first

    def _backing_off(self, user: str, now: float) -> bool:
        f = self._failures.get(user)
        if f is None or f.count < self.settings.failure_threshold:
            return False
        if now - f.last < self.settings.failure_backoff_s:
            return True
        return False

    def _record_failure(self, user: str) -> None:
        now = time.monotonic()
        f = self._failures.get(user)
        if f is None:
            if len(self._failures) >= self.settings.cache_max_entries:
                del self._failures[next(iter(self._failures))]
            self._failures[user] = _Failures(1, now)
        else:
            f.count, f.last = f.count + 1, now

    def _threads(self) -> anyio.CapacityLimiter:
        # Created on first use: inside the event loop, whatever thread built the provider.
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.settings.max_concurrency)
        return self._limiter

    def _mark_down(self, reason: str) -> None:
        if not self._down:
            self._down = True
            log.warning(
                "LDAP directory %s unavailable (%s): LDAP logins are refused with 503 until it "
                "answers again; virtual keys are not affected",
                self.settings.url,
                reason,
            )

    def _mark_up(self) -> None:
        if self._down:
            self._down = False
            log.warning("LDAP directory %s is answering again", self.settings.url)


def _first(attributes: dict[str, list[str]], name: str | None) -> str | None:
    if not name:
        return None
    values = attributes.get(name)
    if values is None:  # attribute names are case-insensitive in LDAP
        lowered = name.lower()
        values = next((v for k, v in attributes.items() if k.lower() == lowered), None)
    return values[0] if values else None


#: This provider's entry in ``auth.providers`` (see ``mapping.provider_settings``).
SETTINGS = LdapSettings

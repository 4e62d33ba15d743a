"""SAML 2.0 single sign-on (SP-initiated Web Browser SSO) as an identity provider type.

A person signs in through the organisation's IdP in a browser and gets a Bastion session token
(``bsn_sso_...``) that works as a bearer credential on every front door (LLM, MCP, A2A), as
themselves, with their IdP groups feeding policies and budgets:

* ``GET  /auth/saml/<name>/login?next=/path`` sends the browser to the IdP with an AuthnRequest
  (HTTP-Redirect binding); the request id is remembered in ``core.kv`` for ``request_ttl_s``.
* ``POST /auth/saml/<name>/acs`` receives the IdP's Response (HTTP-POST binding), validates it
  fully (``saml_sp.py``), refuses replays, maps the assertion to a principal and shows the
  session token once (``saml_pages.py``). Only the token's hash is stored (``saml_store.py``).
* ``GET  /auth/saml/<name>/metadata`` is our SP metadata, for the IdP administrator.
* ``POST /auth/saml/<name>/logout`` with the token (header, never a cookie: no CSRF) revokes it.

Refusals are logged as one line each (reason, client address, request id), never with the
message, the token or attribute values.
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import anyio
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bastion.gateway.authn import key_from_headers
from bastion.gateway.call import Credentials
from bastion.gateway.identity.mapping import (
    MappingSettings,
    is_loopback_host,
    split_groups,
    valid_email,
    valid_text,
    valid_user_id,
    validated,
)
from bastion.gateway.identity.saml_pages import error_response, safe_next, signed_in_response
from bastion.gateway.identity.saml_sp import Assertion, SAMLRefused, ServiceProvider, SPOptions
from bastion.gateway.identity.saml_store import SAMLStore, SessionRecord, looks_like_session_token
from bastion.gateway.principal import Principal
from bastion.gateway.sections import SettingsError

if TYPE_CHECKING:
    from bastion.gateway.core import Core
    from bastion.gateway.limits import RateLimiter

log = logging.getLogger("bastion.identity.saml")

#: The ACS body is a urlencoded form with one base64 response; anything larger is not one.
_MAX_FORM_BYTES = 1024 * 1024
_SAFE_ID = re.compile(r"[A-Za-z0-9_.\-]{1,128}")


def _names(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class SAMLAttributes(BaseModel):
    """Which assertion attributes fill which principal field. Each is a list of attribute
    names (``Name`` or ``FriendlyName``); the first one present in the assertion wins. The
    defaults cover Okta, Microsoft Entra ID / ADFS, Google, Keycloak, Shibboleth (OIDs)."""

    model_config = ConfigDict(extra="forbid")

    #: Empty: the user id is the assertion's NameID.
    user_id: list[str] = Field(default_factory=list)
    email: list[str] = Field(
        default_factory=lambda: [
            "email",
            "mail",
            "emailAddress",
            "urn:oid:0.9.2342.19200300.100.1.3",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        ]
    )
    name: list[str] = Field(
        default_factory=lambda: [
            "displayName",
            "name",
            "urn:oid:2.16.840.1.113730.3.1.241",
            "http://schemas.microsoft.com/identity/claims/displayname",
        ]
    )
    department: list[str] = Field(
        default_factory=lambda: [
            "department",
            "urn:oid:2.5.4.11",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department",
        ]
    )
    groups: list[str] = Field(
        default_factory=lambda: [
            "groups",
            "memberOf",
            "isMemberOf",
            "urn:oid:1.3.6.1.4.1.5923.1.5.1.1",
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
        ]
    )
    #: Roles taken as they are (a role ``admin`` gives admin API access): off by default.
    roles: list[str] = Field(default_factory=list)

    @field_validator("*", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return _names(v) if v is None or isinstance(v, str) else v


class SAMLSettings(MappingSettings):
    """One ``auth.providers`` entry of ``type: saml`` (plus ``admin_groups``, ``grants``,
    ``rpm_limit`` shared by every provider)."""

    #: The provider's name in URLs: ``/auth/saml/<name>/...``.
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    #: The gateway's external base URL as browsers reach it; the ACS and metadata URLs derive
    #: from it (``<base_url>/auth/saml/<name>/acs``).
    base_url: str
    #: Our SP entity id; default: the metadata URL.
    sp_entity_id: str | None = None
    #: The IdP's metadata: a file, or the XML itself (exactly one).
    idp_metadata_file: Path | None = None
    idp_metadata_xml: str | None = None
    #: Which IdP of the metadata (needed only when it describes several).
    idp_entity_id: str | None = None
    attributes: SAMLAttributes = Field(default_factory=SAMLAttributes)
    #: NameIDPolicy format to ask for (e.g. ``urn:oasis:names:tc:SAML:2.0:nameid-format:persistent``);
    #: unset: the IdP's default for this SP.
    name_id_format: str | None = None
    #: How long a session token lives.
    session_ttl_s: int = Field(default=8 * 3600, ge=60, le=30 * 86400)
    #: Clock difference tolerated on NotBefore / NotOnOrAfter.
    clock_skew_s: int = Field(default=60, ge=0, le=600)
    #: How long an AuthnRequest may wait for its answer (the user's time at the IdP login page).
    request_ttl_s: int = Field(default=600, ge=30, le=3600)
    #: Require the assertion itself to be signed (false: the response's signature suffices).
    want_assertions_signed: bool = True
    #: When set, only members of one of these groups may sign in.
    allowed_groups: list[str] | None = None
    #: Sign-ins one client address may start per minute.
    login_rpm: int = Field(default=30, ge=1, le=10_000)
    #: Refuse a plain-http base_url except on loopback.
    require_https: bool = True
    #: Accept SHA-1 signatures and digests (refused by default: SHA-1 is forgeable).
    allow_sha1: bool = False
    #: Path of the xmlsec1 binary; default: found on PATH.
    xmlsec_binary: str | None = None

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, v: str) -> str:
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
            raise ValueError("must be an http(s) URL without query or fragment")
        return v.rstrip("/")

    @model_validator(mode="after")
    def _checks(self) -> SAMLSettings:
        if (self.idp_metadata_file is None) == (self.idp_metadata_xml is None):
            raise ValueError("set exactly one of idp_metadata_file, idp_metadata_xml")
        parts = urlsplit(self.base_url)
        if self.require_https and parts.scheme != "https" and not is_loopback_host(parts.hostname):
            raise ValueError("base_url must be https (or set require_https: false)")
        return self

    @property
    def prefix(self) -> str:
        return f"/auth/saml/{self.name}"

    @property
    def acs_url(self) -> str:
        return self.base_url + self.prefix + "/acs"

    @property
    def entity_id(self) -> str:
        return self.sp_entity_id or self.base_url + self.prefix + "/metadata"


class SAMLProvider:
    """Sign-in through one SAML IdP, and the sessions it opens."""

    def __init__(self, settings: SAMLSettings, sp: ServiceProvider) -> None:
        self.settings = settings
        self.sp = sp
        self.name = settings.name
        #: Set by :meth:`mount` (the kv store exists only once the core does).
        self.store: SAMLStore | None = None
        self.limiter: RateLimiter | None = None
        self._grants = settings.grants.to_grants()
        self._admin_groups = frozenset(settings.admin_groups)
        self._allowed = frozenset(settings.allowed_groups) if settings.allowed_groups is not None else None
        # xmlsec1 runs as a subprocess per response: bound how many at once.
        self._limiter = anyio.CapacityLimiter(4)
        #: Where a validated sign-in may continue instead of opening a session: (local path
        #: prefix of ``next``, handler(principal, next) -> response). The OAuth authorization
        #: server registers one, so a SAML sign-in can authorize an MCP client.
        self.continuations: list[tuple[str, Callable[[Principal, str], Awaitable[Response]]]] = []

    # --- wiring ----------------------------------------------------------------------------

    def mount(self, app: Any, core: Core) -> None:
        """Add the sign-in routes (plain Starlette routes) and bind to ``core.kv``."""
        self.store = SAMLStore(core.kv, self.name)
        self.limiter = core.limiter
        p = self.settings.prefix
        app.router.routes.extend(
            [
                Route(p + "/login", self.login, methods=["GET"], include_in_schema=False),
                Route(p + "/acs", self.acs, methods=["POST"], include_in_schema=False),
                Route(p + "/metadata", self.metadata, methods=["GET"], include_in_schema=False),
                Route(p + "/logout", self.logout, methods=["POST"], include_in_schema=False),
            ]
        )

    @property
    def sign_in(self) -> dict[str, str]:
        """The browser sign-in link (listed at ``/auth/providers`` for the dashboard)."""
        return {"type": "saml", "name": self.name, "login_url": self.settings.prefix + "/login"}

    # --- authentication (every front door) ------------------------------------------------

    async def authenticate(self, credentials: Credentials) -> Principal | None:
        token = credentials.api_key
        if self.store is None or not looks_like_session_token(token):
            return None
        assert token is not None
        record = await self.store.session(token)
        if record is None:
            return None
        return self.principal_of(record)

    def principal_of(self, record: SessionRecord) -> Principal:
        return Principal(
            user_id=record.user_id,
            auth_method="saml",
            email=record.email,
            name=record.name,
            department=record.department,
            groups=record.groups,
            roles=record.roles,
            grants=self._grants,
            rpm_limit=self.settings.rpm_limit,
        )

    # --- routes ---------------------------------------------------------------------------

    async def login(self, request: Request) -> Response:
        try:
            next_path = safe_next(request.query_params.get("next"))
        except ValueError as e:
            self._refused(request, "login", str(e))
            return error_response(request, 400, "bad_request", str(e))
        if self.store is None or self.limiter is None:
            return error_response(request, 503, "unavailable", "SAML sign-in is not ready")
        # Anyone may start a sign-in, and each start stores a request record until it expires:
        # bound how many one address may open, so a flood cannot push sessions out of the cache.
        if await self.limiter.check(f"saml-login:{self.name}:{_client(request)}", self.settings.login_rpm) is not None:
            self._refused(request, "login", "too many sign-in attempts")
            return error_response(request, 429, "rate_limited", "too many sign-in attempts; wait a minute")
        request_id, url = self.sp.authn_request(relay_state=next_path or "")
        if not await self.store.remember_request(request_id, next_path, self.settings.request_ttl_s):
            log.warning("SAML %s: could not store the AuthnRequest (cache unavailable)", self.name)
            return error_response(request, 503, "unavailable", "sign-in is unavailable; try again later")
        return RedirectResponse(url, status_code=303, headers={"cache-control": "no-store"})

    async def metadata(self, request: Request) -> Response:
        return Response(self.sp.metadata_xml, media_type="application/samlmetadata+xml")

    async def acs(self, request: Request) -> Response:
        if self.store is None:
            return error_response(request, 503, "unavailable", "SAML sign-in is not ready")
        form = await _read_form(request)
        values = form.get("SAMLResponse")
        saml_response = values[0] if values else None
        if not saml_response:
            self._refused(request, "acs", "no SAMLResponse in the form")
            return error_response(request, 400, "bad_request", "expected a form with SAMLResponse")
        request_id: str | None = None
        try:
            request_id = self.sp.precheck(saml_response)
            # Our request ids are short and plain; anything else cannot be ours (and is not
            # worth a cache lookup with an attacker-sized key).
            known = request_id is not None and _SAFE_ID.fullmatch(request_id) is not None
            record = await self.store.outstanding_request(request_id) if known and request_id else None
            assertion = await anyio.to_thread.run_sync(
                self.sp.validate, saml_response, request_id if record is not None else None, limiter=self._limiter
            )
            replay_ttl = assertion.not_on_or_after + self.settings.clock_skew_s - time.time() + 60
            if not await self.store.first_use(assertion.assertion_id, replay_ttl):
                raise SAMLRefused("assertion already used (replay)")
            if record is None or request_id is None:
                # validate() already refuses an answer to no request of ours; this keeps the
                # rule explicit here rather than trusting that (and survives ``python -O``).
                raise SAMLRefused("the response answers no sign-in request of this gateway")
            if record.get("answered"):
                raise SAMLRefused("the request was already answered")
            await self.store.mark_answered(request_id, record, self.settings.request_ttl_s)
            session = self._session(assertion)
        except SAMLRefused as e:
            self._refused(request, "acs", e.reason, request_id)
            return error_response(request, e.status, "saml_refused", f"SAML sign-in refused: {e.reason}")
        next_path = record.get("next")
        for prefix, handler in self.continuations:
            if isinstance(next_path, str) and next_path.startswith(prefix):
                return await handler(self.principal_of(session), next_path)
        token = await self.store.open_session(session)
        if token is None:
            log.warning("SAML %s: could not store a session (cache unavailable)", self.name)
            return error_response(request, 503, "unavailable", "sign-in is unavailable; try again later")
        log.info(
            "SAML %s: signed in user=%s groups=%d admin=%s client=%s",
            self.name,
            session.user_id,
            len(session.groups),
            "admin" in session.roles,
            _client(request),
        )
        expires = datetime.fromtimestamp(session.expires_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return signed_in_response(request, token, session.user_id, expires, record.get("next"))

    async def logout(self, request: Request) -> Response:
        token = key_from_headers(request.headers)
        if self.store is None or not looks_like_session_token(token):
            return JSONResponse(
                {"error": {"code": "unauthenticated", "message": "send the session token as Authorization: Bearer"}},
                status_code=401,
            )
        assert token is not None
        if not await self.store.close_session(token):
            return JSONResponse(
                {"error": {"code": "unauthenticated", "message": "unknown or expired session"}}, status_code=401
            )
        log.info("SAML %s: session revoked (client=%s)", self.name, _client(request))
        return JSONResponse({"revoked": True})

    # --- helpers --------------------------------------------------------------------------

    def _refused(self, request: Request, where: str, reason: str, request_id: str | None = None) -> None:
        rid = request_id if request_id and _SAFE_ID.fullmatch(request_id) else "-"
        log.warning("SAML %s: %s refused: %s (client=%s request=%s)", self.name, where, reason, _client(request), rid)

    def _session(self, assertion: Assertion) -> SessionRecord:
        """The principal fields of ``assertion`` (``SAMLRefused`` when unusable or not allowed)."""
        attrs = self.settings.attributes
        if attrs.user_id:
            user = _first(assertion, attrs.user_id)
        else:
            user = assertion.name_id
        if not user or not valid_user_id(user):
            raise SAMLRefused("the assertion has no usable user id", 403)
        groups: tuple[str, ...] = ()
        values = _all(assertion, attrs.groups)
        if values is not None:
            parsed = split_groups(values)
            if parsed is None:
                raise SAMLRefused("the groups attribute is malformed", 403)
            groups = parsed
        if self._allowed is not None and not self._allowed.intersection(groups):
            raise SAMLRefused(f"user {user} is not in allowed_groups", 403)
        roles = list(split_groups(_all(assertion, attrs.roles) or ()) or ())
        if self._admin_groups.intersection(groups) and "admin" not in roles:
            roles.append("admin")
        fields: dict[str, str] = {}
        for field, names, check in (
            ("email", attrs.email, valid_email),
            ("name", attrs.name, valid_text),
            ("department", attrs.department, valid_text),
        ):
            value = _first(assertion, names)
            if value is not None and check(value):
                fields[field] = value
        return SessionRecord(
            user_id=user,
            expires_at=time.time() + self.settings.session_ttl_s,
            groups=groups,
            roles=tuple(roles),
            name_id=assertion.name_id,
            **fields,
        )


def _all(assertion: Assertion, names: list[str]) -> list[str] | None:
    for name in names:
        if name in assertion.attributes:
            return assertion.attributes[name]
    return None


def _first(assertion: Assertion, names: list[str]) -> str | None:
    values = _all(assertion, names)
    return values[0] if values else None


def _client(request: Request) -> str:
    return request.client.host if request.client else "-"


async def _read_form(request: Request) -> dict[str, list[str]]:
    """The urlencoded body, bounded (the guard bounds it too; this bound is SAML's own)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_FORM_BYTES:
            return {}
    try:
        return parse_qs(body.decode("ascii"), max_num_fields=8)
    except (UnicodeDecodeError, ValueError):
        return {}


def _metadata_xml(settings: SAMLSettings, where: str) -> str:
    if settings.idp_metadata_xml is not None:
        return settings.idp_metadata_xml
    assert settings.idp_metadata_file is not None
    try:
        return settings.idp_metadata_file.read_text(encoding="utf-8")
    except OSError as e:
        raise SettingsError(
            f"invalid settings:\n  {where}.idp_metadata_file: cannot read "
            f"{settings.idp_metadata_file} ({e.strerror or e.__class__.__name__})"
        ) from None


def from_settings(raw: dict[str, Any] | SAMLSettings, where: str) -> SAMLProvider:
    """Build the provider from one ``auth.providers`` entry (``type: saml``)."""
    settings = validated(SAMLSettings, raw, where)
    # pysaml2 logs whole messages and every refusal at length; Bastion logs one line per
    # refusal itself. Its own logger stays adjustable (set "saml2" to DEBUG to troubleshoot).
    saml2_log = logging.getLogger("saml2")
    if saml2_log.level == logging.NOTSET:
        saml2_log.setLevel(logging.CRITICAL)
    xmlsec = settings.xmlsec_binary or shutil.which("xmlsec1")
    if not xmlsec or not Path(xmlsec).is_file():
        raise SettingsError(
            f"invalid settings:\n  {where}.xmlsec_binary: the xmlsec1 program is needed to verify "
            "SAML signatures and was not found (Debian/Ubuntu: apt-get install xmlsec1)"
        )
    xml = _metadata_xml(settings, where)
    field = "idp_metadata_file" if settings.idp_metadata_file is not None else "idp_metadata_xml"
    options = SPOptions(
        entity_id=settings.entity_id,
        acs_url=settings.acs_url,
        idp_metadata_xml=xml,
        idp_entity_id=settings.idp_entity_id,
        clock_skew_s=settings.clock_skew_s,
        want_assertions_signed=settings.want_assertions_signed,
        name_id_format=settings.name_id_format,
        xmlsec_binary=xmlsec,
        allow_sha1=settings.allow_sha1,
    )
    try:
        sp = ServiceProvider(options)
    except ValueError as e:
        name = "idp_entity_id" if settings.idp_entity_id and "identity provider" in str(e) else field
        raise SettingsError(f"invalid settings:\n  {where}.{name}: {e}") from None
    except Exception as e:  # noqa: BLE001 - pysaml2 raises assorted types for unparsable metadata
        raise SettingsError(
            f"invalid settings:\n  {where}.{field}: not usable SAML metadata ({e.__class__.__name__})"
        ) from None
    return SAMLProvider(settings, sp)


#: This provider's entry in ``auth.providers`` (see ``mapping.provider_settings``).
SETTINGS = SAMLSettings

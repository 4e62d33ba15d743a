"""The SAML 2.0 service-provider side, on pysaml2: AuthnRequests out (HTTP-Redirect binding),
Responses in (HTTP-POST binding), our metadata.

pysaml2 does the XML security: it verifies the signature with the ``xmlsec1`` binary against
the certificates of the IdP's configured metadata only (never a key carried in the message),
and checks the Destination, the Recipient, NotBefore/NotOnOrAfter (with the clock skew), the
audience and InResponseTo against the requests we say are outstanding. On top of that this
module insists on what pysaml2 leaves optional: exactly one assertion, issued by the configured
IdP, carrying an AudienceRestriction that names us, and an expiry.

pysaml2 is blocking (it runs ``xmlsec1`` as a subprocess): callers run :meth:`validate` in a
worker thread.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

import defusedxml.ElementTree as safe_xml
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.client import Saml2Client
from saml2.config import SPConfig
from saml2.metadata import entity_descriptor
from saml2.time_util import str_to_time

log = logging.getLogger("bastion.identity.saml")

_PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol"
_DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"
#: SHA-1 signatures and digests can be forged with a chosen-prefix collision; current IdPs sign
#: with SHA-256, so these are refused unless ``allow_sha1`` says otherwise.
_SHA1_ALGORITHMS = frozenset(
    {
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        "http://www.w3.org/2000/09/xmldsig#dsa-sha1",
        "http://www.w3.org/2000/09/xmldsig#hmac-sha1",
        "http://www.w3.org/2000/09/xmldsig#sha1",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
    }
)
#: A SAMLResponse larger than this (base64) is refused unparsed.
MAX_RESPONSE_CHARS = 512 * 1024


class SAMLRefused(Exception):
    """A response that must not sign anyone in. ``reason`` is safe to log and to show."""

    def __init__(self, reason: str, status: int = 401) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class SPOptions:
    """What the SP side needs to know (derived from the provider's settings)."""

    entity_id: str
    acs_url: str
    idp_metadata_xml: str
    idp_entity_id: str | None
    clock_skew_s: int
    want_assertions_signed: bool
    name_id_format: str | None
    xmlsec_binary: str
    allow_sha1: bool = False


@dataclass(frozen=True)
class Assertion:
    """What a validated response says about the user."""

    assertion_id: str
    in_response_to: str
    issuer: str
    name_id: str | None
    #: Attribute values by ``Name`` and, when present, by ``FriendlyName``.
    attributes: dict[str, list[str]] = field(default_factory=dict)
    #: Epoch seconds after which the assertion may no longer be used.
    not_on_or_after: float = 0.0


class ServiceProvider:
    """One SP (one ``auth.providers`` entry), built once; thread-safe for :meth:`validate`."""

    def __init__(self, options: SPOptions) -> None:
        self.options = options
        config = SPConfig()
        config.load(self._config_dict(options))
        self._client = Saml2Client(config)
        self.idp_entity_id = self._pick_idp(options.idp_entity_id)
        self.metadata_xml = str(entity_descriptor(config))
        # pysaml2 keeps an identity cache per client; we forget each user right after use.
        self._users_lock = threading.Lock()

    @staticmethod
    def _config_dict(o: SPOptions) -> dict[str, Any]:
        sp: dict[str, Any] = {
            "endpoints": {"assertion_consumer_service": [(o.acs_url, BINDING_HTTP_POST)]},
            "allow_unsolicited": False,
            "authn_requests_signed": False,
            "want_assertions_signed": o.want_assertions_signed,
            "want_response_signed": False,
            # Without a required assertion signature, the response's must be there instead:
            # an unsigned message is never accepted.
            "want_assertions_or_response_signed": not o.want_assertions_signed,
            "only_use_keys_in_metadata": True,
        }
        if o.name_id_format:
            sp["name_id_format"] = [o.name_id_format]
        return {
            "entityid": o.entity_id,
            "service": {"sp": sp},
            "metadata": {"inline": [o.idp_metadata_xml]},
            "accepted_time_diff": o.clock_skew_s,
            "allow_unknown_attributes": True,
            "xmlsec_binary": o.xmlsec_binary,
        }

    def _pick_idp(self, wanted: str | None) -> str:
        md = self._client.metadata
        idps = sorted(md.identity_providers())
        if not idps:
            raise ValueError("the metadata describes no identity provider (no IDPSSODescriptor)")
        if wanted is None:
            if len(idps) > 1:
                raise ValueError(f"the metadata describes {len(idps)} identity providers: set idp_entity_id")
            wanted = idps[0]
        elif wanted not in idps:
            raise ValueError(f"the metadata does not describe identity provider {wanted!r}")
        if not md.certs(wanted, "idpsso", "signing"):
            raise ValueError(f"the metadata of {wanted} has no signing certificate")
        if not md.single_sign_on_service(wanted, BINDING_HTTP_REDIRECT):
            raise ValueError(f"{wanted} has no SingleSignOnService with the HTTP-Redirect binding")
        return wanted

    def authn_request(self, relay_state: str) -> tuple[str, str]:
        """A new AuthnRequest: ``(request id, URL to send the browser to)``."""
        request_id, info = self._client.prepare_for_authenticate(
            entityid=self.idp_entity_id, relay_state=relay_state, binding=BINDING_HTTP_REDIRECT
        )
        location = dict(info["headers"])["Location"]
        return str(request_id), str(location)

    def precheck(self, saml_response: str) -> str | None:
        """The (still unverified) ``InResponseTo`` of a base64 response: to find the request it
        claims to answer before the full validation. ``SAMLRefused`` if it is not a Response,
        or if any of its signatures uses SHA-1 (unless ``allow_sha1``)."""
        if len(saml_response) > MAX_RESPONSE_CHARS:
            raise SAMLRefused("SAMLResponse too large", 400)
        try:
            xml = base64.b64decode(saml_response, validate=False)
            root = safe_xml.fromstring(xml, forbid_dtd=True)
        except (binascii.Error, ValueError, safe_xml.ParseError) as e:
            raise SAMLRefused(f"SAMLResponse is not base64 XML ({e.__class__.__name__})", 400) from None
        except Exception as e:  # noqa: BLE001 - defusedxml's refusals (DTDs, entities) and friends
            raise SAMLRefused(f"SAMLResponse refused by the XML parser ({e.__class__.__name__})", 400) from None
        if root.tag != f"{{{_PROTOCOL_NS}}}Response":
            raise SAMLRefused("not a SAML Response", 400)
        if not self.options.allow_sha1 and _uses_sha1(root):
            raise SAMLRefused("signed with SHA-1 (configure the IdP for SHA-256, or set allow_sha1)")
        value = root.get("InResponseTo")
        return value if value else None

    def validate(self, saml_response: str, request_id: str | None) -> Assertion:
        """Verify ``saml_response`` fully; ``request_id`` is the outstanding request it must
        answer (None: we issued none it could answer, so it is refused as unsolicited).
        Blocking: run it in a worker thread."""
        outstanding = {request_id: "pending"} if request_id else {}
        try:
            resp = self._client.parse_authn_request_response(saml_response, BINDING_HTTP_POST, outstanding=outstanding)
        except SAMLRefused:
            raise
        except Exception as e:  # noqa: BLE001 - pysaml2 signals every refusal by an exception
            raise SAMLRefused(_describe(e)) from None
        if resp is None:
            raise SAMLRefused("response could not be verified")
        try:
            return self._facts(resp, request_id)
        finally:
            if resp.name_id is not None:
                with self._users_lock:
                    self._client.users.remove_person(resp.name_id)

    def _facts(self, resp: Any, request_id: str | None) -> Assertion:
        o = self.options
        if request_id is None or resp.in_response_to != request_id or resp.came_from is None:
            raise SAMLRefused("unsolicited response (InResponseTo does not match a request we issued)")
        if len(resp.assertions) != 1 or resp.assertion is None:
            raise SAMLRefused("the response must carry exactly one assertion")
        assertion = resp.assertion
        if assertion.issuer is None or (assertion.issuer.text or "").strip() != self.idp_entity_id:
            raise SAMLRefused("assertion issuer is not the configured IdP")
        response_issuer = resp.response.issuer
        if response_issuer is not None and (response_issuer.text or "").strip() != self.idp_entity_id:
            raise SAMLRefused("response issuer is not the configured IdP")
        if resp.response.destination and resp.response.destination != o.acs_url:
            raise SAMLRefused("response Destination is not our ACS URL")
        conditions = assertion.conditions
        audiences = [
            a.text.strip()
            for c in (conditions.audience_restriction if conditions else [])
            for a in c.audience
            if a.text
        ]
        if o.entity_id not in audiences:
            raise SAMLRefused("assertion audience is not our SP entity id")
        expiry = _expiry(assertion)
        if expiry is None:
            raise SAMLRefused("assertion has no NotOnOrAfter")
        attributes: dict[str, list[str]] = {}
        for statement in assertion.attribute_statement:
            for attr in statement.attribute:
                values = [v.text.strip() for v in attr.attribute_value if isinstance(v.text, str) and v.text.strip()]
                for key in (attr.name, attr.friendly_name):
                    if key:
                        attributes.setdefault(key, []).extend(values)
        name_id = resp.name_id.text.strip() if resp.name_id is not None and resp.name_id.text else None
        return Assertion(
            assertion_id=str(assertion.id),
            in_response_to=request_id,
            issuer=self.idp_entity_id,
            name_id=name_id,
            attributes=attributes,
            not_on_or_after=expiry,
        )


def _uses_sha1(root: Any) -> bool:
    """Whether any signature in the document names a SHA-1 signature or digest method."""
    for tag in ("SignatureMethod", "DigestMethod"):
        for el in root.iter(f"{{{_DSIG_NS}}}{tag}"):
            if el.get("Algorithm") in _SHA1_ALGORITHMS:
                return True
    return False


def _expiry(assertion: Any) -> float | None:
    """The earliest NotOnOrAfter of the conditions and the bearer confirmations (epoch s)."""
    stamps: list[str] = []
    if assertion.conditions is not None and assertion.conditions.not_on_or_after:
        stamps.append(assertion.conditions.not_on_or_after)
    if assertion.subject is not None:
        for sc in assertion.subject.subject_confirmation:
            data = sc.subject_confirmation_data
            if data is not None and data.not_on_or_after:
                stamps.append(data.not_on_or_after)
    if not stamps:
        return None
    return float(min(calendar.timegm(str_to_time(s)) for s in stamps))


def _describe(e: Exception) -> str:
    """A short, log-safe reason for a pysaml2 exception (never the message XML)."""
    name = e.__class__.__name__
    text = str(e).splitlines()[0][:160] if str(e) else ""
    if "Signature" in name or "signed" in text.lower() or "signature" in text.lower():
        return "signature missing or invalid"
    if name == "UnsolicitedResponse" or "don't recall" in text or "recall" in text:
        return "unsolicited response (InResponseTo does not match a request we issued)"
    if name == "ToEarly":
        return "assertion not yet valid (NotBefore)"
    if name == "ResponseLifetimeExceed" or "too old" in text.lower():
        return "assertion expired (NotOnOrAfter)"
    if "AudienceRestrictions" in text:
        return "assertion audience is not our SP entity id"
    if "recipient" in text.lower():
        return "assertion Recipient is not our ACS URL"
    if name.startswith("Status"):
        return f"the IdP reported an error ({name})"
    return f"response refused ({name}{': ' + text if text and '<' not in text else ''})"

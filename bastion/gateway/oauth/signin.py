"""How a person signs in during an authorization: through the identity providers already
configured under ``auth.providers``.

* ``oidc`` with a ``sign_in`` client: a redirect to the organisation's IdP (authorization code +
  PKCE S256, ``state`` and ``nonce``), authlib's OAuth client for the exchange, the ID token
  verified with the provider's keys, claims completed from the userinfo endpoint, then the
  provider's own mapping (groups, ``required_groups``, grants).
* ``saml``: the SAML provider's own browser flow, its validated assertion handed over here.
* ``ldap``: a username/password form, checked exactly as HTTP Basic logins are (same cache,
  same back-off against guessing).

Every method ends in a ``Principal``; what happens next (consent, codes) does not depend on
how the person signed in.
"""

from __future__ import annotations

import base64
import logging
import secrets
from typing import Any, Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc6749 import OAuth2Error
from starlette.responses import RedirectResponse, Response

from bastion.gateway.call import Credentials, Refusal
from bastion.gateway.identity.mapping import resolve_secret
from bastion.gateway.oauth.grants import FlowState, principal_from_json, principal_to_json
from bastion.gateway.principal import Principal

log = logging.getLogger("bastion.oauth")


class SignInFailed(Exception):
    """The sign-in did not produce a principal; ``str()`` is shown to the person."""


class RedirectSignIn(Protocol):
    id: str
    label: str
    method: str

    async def start(self, rid: str) -> str: ...

    async def finish(self, params: dict[str, str]) -> tuple[str, Principal]: ...


class FormSignIn(Protocol):
    id: str
    label: str
    method: str

    async def check(self, username: str, password: str) -> Principal: ...


class OIDCSignIn:
    """Authorization code + PKCE towards the organisation's OpenID provider."""

    method = "oidc"

    def __init__(self, provider: Any, index: int, issuer: str, flow: FlowState, ttl_s: float) -> None:
        s = provider.settings.sign_in
        self.provider = provider
        self.id = f"oidc-{index}"
        self.label = s.label
        self.client_id: str = s.client_id
        self.client_secret = resolve_secret(s.client_secret, "client_secret") if s.client_secret else None
        self.scopes: list[str] = list(s.scopes)
        self.redirect_uri = f"{issuer}/oauth/callback/{self.id}"
        self.flow = flow
        self.ttl_s = ttl_s
        self._discovery: dict[str, Any] | None = None
        self._timeout = provider.settings.http_timeout_s

    async def _endpoints(self) -> dict[str, Any]:
        if self._discovery is None:
            url = self.provider.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
            async with httpx.AsyncClient(timeout=self._timeout) as c:
                r = await c.get(url)
                r.raise_for_status()
                doc = r.json()
            if doc.get("issuer") != self.provider.settings.issuer:
                raise SignInFailed("the identity provider's discovery document names another issuer")
            self._discovery = doc
        return self._discovery

    def _client(self) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self.client_id,
            client_secret=self.client_secret,
            token_endpoint_auth_method="client_secret_basic" if self.client_secret else "none",
            scope=" ".join(self.scopes),
            redirect_uri=self.redirect_uri,
            code_challenge_method="S256",
            timeout=self._timeout,
        )

    async def start(self, rid: str) -> str:
        try:
            endpoints = await self._endpoints()
        except (httpx.HTTPError, ValueError) as e:
            raise SignInFailed(f"the identity provider cannot be reached ({e.__class__.__name__})") from None
        verifier = generate_token(64)
        nonce = secrets.token_urlsafe(24)
        async with self._client() as client:
            url, state = client.create_authorization_url(
                endpoints["authorization_endpoint"], code_verifier=verifier, nonce=nonce
            )
        await self.flow.put("oidc", state, {"rid": rid, "verifier": verifier, "nonce": nonce}, self.ttl_s)
        return str(url)

    async def finish(self, params: dict[str, str]) -> tuple[str, Principal]:
        """The pending request id and the signed-in principal, from the IdP's redirect back."""
        state = params.get("state") or ""
        pending = await self.flow.get("oidc", state) if state else None
        if pending is None or not await self.flow.first_use("oidc", state, self.ttl_s):
            raise SignInFailed("this sign-in is unknown or was already used; start again from your application")
        await self.flow.drop("oidc", state)
        if params.get("error"):
            raise SignInFailed(f"the identity provider refused the sign-in ({params['error'][:100]})")
        if not params.get("code"):
            raise SignInFailed("the identity provider sent no authorization code")
        endpoints = await self._endpoints()
        if params.get("iss") and params["iss"] != self.provider.settings.issuer:
            raise SignInFailed("the sign-in response came from another issuer")
        try:
            async with self._client() as client:
                token = await client.fetch_token(
                    endpoints["token_endpoint"], code=params["code"], code_verifier=pending["verifier"]
                )
                claims = await self.provider.verify_id_token(
                    str(token.get("id_token") or ""), self.client_id, pending["nonce"]
                )
                if claims is None:
                    raise SignInFailed("the identity provider's ID token did not verify")
                if endpoints.get("userinfo_endpoint"):
                    r = await client.get(endpoints["userinfo_endpoint"])
                    r.raise_for_status()
                    info = r.json()
                    if isinstance(info, dict) and info.get("sub") == claims.get("sub"):
                        claims = {**info, **claims}
        except (httpx.HTTPError, OAuth2Error, ValueError) as e:
            raise SignInFailed(f"the sign-in could not be completed ({e.__class__.__name__})") from None
        principal = self.provider.principal_from_claims(claims)
        if principal is None:
            raise SignInFailed("your account may not use Bastion (missing user id or required group)")
        return str(pending["rid"]), principal


class LDAPSignIn:
    """A username/password form checked against the directory (as Basic logins are)."""

    method = "ldap"

    def __init__(self, provider: Any, index: int) -> None:
        self.provider = provider
        self.id = f"ldap-{index}"
        self.label = "Directory account"

    async def check(self, username: str, password: str) -> Principal:
        basic = base64.b64encode(f"{username}:{password}".encode()).decode()
        try:
            principal: Principal | None = await self.provider.authenticate(
                Credentials(headers={"authorization": "Basic " + basic})
            )
        except Refusal as r:
            raise SignInFailed(r.message) from None
        if principal is None:
            raise SignInFailed("wrong username or password")
        return principal


class SAMLSignIn:
    """The existing SAML browser flow (``/auth/saml/<name>/login``) with ``next`` pointing back
    here: once the assertion is validated, the SAML provider hands the principal over (through
    a one-time key in ``core.kv``, never in the URL) instead of opening a session."""

    method = "saml"

    def __init__(self, provider: Any, index: int, flow: FlowState, ttl_s: float) -> None:
        self.provider = provider
        self.id = f"saml-{index}"
        self.label = f"Sign in with {provider.name} (SAML)"
        self.flow = flow
        self.ttl_s = ttl_s
        self._continue = f"/oauth/callback/{self.id}"
        provider.continuations.append((self._continue + "?", self._hand_over))

    async def start(self, rid: str) -> str:
        next_path = f"{self._continue}?{urlencode({'rid': rid})}"
        return f"{self.provider.settings.prefix}/login?{urlencode({'next': next_path})}"

    async def _hand_over(self, principal: Principal, next_path: str) -> Response:
        rid = parse_qs(urlsplit(next_path).query).get("rid", [""])[0]
        handoff = secrets.token_urlsafe(24)
        if not rid or not await self.flow.put(
            "saml", handoff, {"rid": rid, "principal": principal_to_json(principal)}, self.ttl_s
        ):
            return RedirectResponse(f"{self._continue}?{urlencode({'error': 'unavailable'})}", status_code=303)
        return RedirectResponse(f"{self._continue}?{urlencode({'handoff': handoff})}", status_code=303)

    async def finish(self, params: dict[str, str]) -> tuple[str, Principal]:
        handoff = params.get("handoff") or ""
        data = await self.flow.get("saml", handoff) if handoff and len(handoff) < 100 else None
        if data is None or not await self.flow.first_use("saml", handoff, self.ttl_s):
            raise SignInFailed("this sign-in is unknown or was already used; start again from your application")
        await self.flow.drop("saml", handoff)
        return str(data["rid"]), principal_from_json(data["principal"])


def sign_in_methods(
    providers: list[Any], issuer: str, flow: FlowState, ttl_s: float
) -> tuple[list[OIDCSignIn | SAMLSignIn], list[LDAPSignIn]]:
    """The sign-in methods the configured identity providers offer."""
    from bastion.gateway.identity.ldap import LdapProvider
    from bastion.gateway.identity.oidc import OIDCProvider
    from bastion.gateway.identity.saml import SAMLProvider

    redirects: list[OIDCSignIn | SAMLSignIn] = []
    forms: list[LDAPSignIn] = []
    for i, p in enumerate(providers):
        if isinstance(p, OIDCProvider) and p.settings.sign_in is not None:
            redirects.append(OIDCSignIn(p, i, issuer, flow, ttl_s))
        elif isinstance(p, SAMLProvider):
            redirects.append(SAMLSignIn(p, i, flow, ttl_s))
        elif isinstance(p, LdapProvider):
            forms.append(LDAPSignIn(p, i))
    return redirects, forms

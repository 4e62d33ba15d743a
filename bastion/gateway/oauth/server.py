"""The OAuth mechanics, delegated to authlib's server side: the authorization code grant with
PKCE (S256 only), the refresh-token grant (rotating, family revoked on reuse), RFC 7009
revocation and RFC 7591 registration.

authlib's server is synchronous; Bastion's storage is async. Each endpoint call therefore runs
authlib in a worker thread (``anyio.to_thread``), and the storage hooks authlib calls hop back
to the event loop (``anyio.from_thread.run``). Only the sign-in endpoints pay this, never the
per-request token check.
"""

from __future__ import annotations

import logging
import secrets
from collections import defaultdict
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.from_thread
from authlib.oauth2 import rfc6749
from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    InvalidGrantError,
    InvalidRequestError,
    JsonPayload,
    JsonRequest,
    OAuth2Error,
    OAuth2Request,
)
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant, RefreshTokenGrant
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7591 import ClientMetadataClaims, ClientRegistrationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge

from bastion.gateway.oauth.clients import ClientRefused, OAuthClient
from bastion.gateway.oauth.grants import SignedIn, grant_id_of, new_refresh_token

if TYPE_CHECKING:
    from bastion.gateway.oauth.service import OAuthService

log = logging.getLogger("bastion.oauth")

T = TypeVar("T")


def on_loop(fn: Callable[..., Coroutine[Any, Any, T]], *args: Any) -> T:
    """Run ``fn(*args)`` on the event loop from authlib's worker thread."""
    return anyio.from_thread.run(fn, *args)


class InvalidTargetError(OAuth2Error):
    """RFC 8707: the requested resource is not one this server issues tokens for."""

    error = "invalid_target"


class TemporarilyUnavailableError(OAuth2Error):
    error = "temporarily_unavailable"
    status_code = 503


class FormRequest(OAuth2Request):
    """An OAuth request whose parameters were read (async) before authlib runs."""

    def __init__(self, method: str, uri: str, headers: dict[str, str], query: dict[str, str], form: dict[str, str]):
        super().__init__(method, uri, headers=headers)
        self._args = query
        self._form = form
        data = {**query, **form}
        self.payload = BasicOAuth2Payload(data)
        lists: defaultdict[str, list[str]] = defaultdict(list)
        for k, v in data.items():
            lists[k].append(v)
        self.payload._datalist = lists
        #: Set by the routes: the client's address (audit, rate limits).
        self.peer: str | None = None

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class _Json(JsonPayload):
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    @property
    def data(self) -> dict[str, Any]:
        return self._data


class JsonBodyRequest(JsonRequest):
    def __init__(self, uri: str, headers: dict[str, str], data: dict[str, Any], peer: str | None) -> None:
        super().__init__("POST", uri, headers)
        self.payload = _Json(data)
        self.peer = peer


@dataclass(frozen=True)
class Reply:
    """What authlib answered: status, body (dict or str), headers."""

    status: int
    body: Any
    headers: list[tuple[str, str]]

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


class S256Only(CodeChallenge):
    """PKCE is required on every authorization request, with S256 only (OAuth 2.1): ``plain``
    and a missing challenge are refused before anyone signs in."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send code_challenge with code_challenge_method=S256")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("only code_challenge_method=S256 is supported")
        super().validate_code_challenge(grant, redirect_uri)

    def validate_code_verifier(self, grant: Any, result: Any) -> None:
        if not grant.request.form.get("code_verifier"):
            raise InvalidRequestError("Missing 'code_verifier'")
        super().validate_code_verifier(grant, result)


@dataclass(frozen=True)
class IssuedCode:
    """An authorization code's record (authlib's ``authorization_code``)."""

    code: str
    client_id: str
    redirect_uri: str
    scope: str
    code_challenge: str
    code_challenge_method: str
    who: SignedIn

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


class CodeGrant(AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]
    svc: OAuthService

    def save_authorization_code(self, code: str, request: Any) -> None:
        on_loop(self.svc.save_code, code, request)

    def query_authorization_code(self, code: str, client: OAuthClient) -> IssuedCode | None:
        issued: IssuedCode | None = on_loop(self.svc.take_code, code, client)
        return issued

    def delete_authorization_code(self, authorization_code: IssuedCode) -> None:
        pass  # consumed when queried (single use, atomically)

    def authenticate_user(self, authorization_code: IssuedCode) -> SignedIn:
        resource = self.request.form.get("resource")
        if resource and resource != authorization_code.who.resource:
            raise InvalidTargetError("resource differs from the one authorized")
        return authorization_code.who


class RotatingRefreshGrant(RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]
    INCLUDE_NEW_REFRESH_TOKEN = True
    svc: OAuthService

    def authenticate_refresh_token(self, refresh_token: str) -> Any:
        return on_loop(self.svc.check_refresh_token, refresh_token, self.request)

    def authenticate_user(self, credential: Any) -> SignedIn:
        resource = self.request.form.get("resource")
        if resource and resource != credential.who.resource:
            raise InvalidTargetError("resource differs from the one authorized")
        who: SignedIn = credential.who
        return who

    def revoke_old_credential(self, refresh_token: Any) -> None:
        pass  # the rotation in save_token replaced it


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]
    svc: OAuthService

    def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
        return on_loop(self.svc.find_token, token_string)

    def revoke_token(self, token: Any, request: Any) -> None:
        on_loop(self.svc.revoke_grant, token.grant_id, "revoked_by_client", request.client.client_id)


class Registration(ClientRegistrationEndpoint):
    svc: OAuthService

    def authenticate_token(self, request: Any) -> bool:
        return True  # open registration (rate limited before authlib runs)

    def get_server_metadata(self) -> dict[str, Any]:
        return self.svc.metadata()

    def generate_client_id(self, request: Any) -> str:
        return "bdc_" + secrets.token_urlsafe(24)

    def generate_client_secret(self, request: Any) -> str | None:
        if request.payload.data.get("token_endpoint_auth_method", "client_secret_basic") == "none":
            return None
        return secrets.token_urlsafe(32)

    def save_client(self, client_info: dict[str, Any], client_metadata: dict[str, Any], request: Any) -> OAuthClient:
        uris = client_metadata.get("redirect_uris") or []
        if not uris:
            raise rfc6749.InvalidRequestError("redirect_uris is required")
        if len(uris) > self.svc.settings.registration.max_redirect_uris:
            raise rfc6749.InvalidRequestError("too many redirect_uris")
        try:
            on_loop(
                self.svc.clients.register,
                client_info["client_id"],
                client_info.get("client_secret"),
                client_metadata,
                request.peer,
            )
        except ClientRefused as e:
            raise InvalidRedirectURIError(str(e)) from None
        return OAuthClient(client_info["client_id"], client_metadata, "dcr")


class InvalidRedirectURIError(OAuth2Error):
    error = "invalid_redirect_uri"


class Server(AuthorizationServer):
    """authlib's authorization server bound to Bastion's storage and token format."""

    def __init__(self, svc: OAuthService) -> None:
        super().__init__(scopes_supported=None)
        self.svc = svc
        for cls in (CodeGrant, RotatingRefreshGrant, Revocation, Registration):
            cls.svc = svc
        self.register_grant(CodeGrant, [S256Only(required=True)])
        self.register_grant(RotatingRefreshGrant)
        self.register_endpoint(Revocation)
        self.register_endpoint(Registration(claims_classes=[ClientMetadataClaims]))
        self.register_token_generator("default", self._generate)

    def query_client(self, client_id: str) -> OAuthClient | None:
        try:
            return on_loop(self.svc.clients.get, client_id)
        except ClientRefused as e:
            on_loop(self.svc.refused_client, client_id, str(e))
            return None

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        on_loop(self.svc.save_token, token, request)

    def create_oauth2_request(self, request: Any) -> Any:
        return request  # already a FormRequest

    def create_json_request(self, request: Any) -> Any:
        return request  # already a JsonBodyRequest

    def handle_response(self, status: int, body: Any, headers: Any) -> Reply:
        return Reply(status, body, list(headers or []))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        pass

    def _generate(
        self,
        grant_type: str,
        client: OAuthClient,
        user: SignedIn,
        scope: str | None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        token: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": on_loop(self.svc.tokens.mint, user),
            "expires_in": self.svc.settings.access_token_ttl_s,
            "scope": user.scope,
        }
        if include_refresh_token:
            token["refresh_token"] = new_refresh_token(user.grant_id)
        return token


def refresh_family(token: str) -> str | None:
    return grant_id_of(token)


__all__ = ["InvalidGrantError", "Server", "FormRequest", "JsonBodyRequest", "Reply", "InvalidTargetError"]

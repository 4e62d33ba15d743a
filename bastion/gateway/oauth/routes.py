"""HTTP side of the authorization server: metadata documents, the browser flow (authorize,
sign-in, consent) and the client endpoints (token, revoke, register)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

import anyio.to_thread
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc6749 import OAuth2Error
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bastion.gateway.oauth import pages
from bastion.gateway.oauth.clients import ClientRefused, peer_key
from bastion.gateway.oauth.facts import OAuthEvent
from bastion.gateway.oauth.grants import SignedIn, new_grant_id, principal_from_json, principal_to_json
from bastion.gateway.oauth.server import FormRequest, JsonBodyRequest, Reply, Server
from bastion.gateway.oauth.service import OAuthService, narrow, requested_scopes
from bastion.gateway.oauth.signin import FormSignIn, RedirectSignIn, SignInFailed
from bastion.gateway.principal import Principal

log = logging.getLogger("bastion.oauth")

COOKIE = "bastion_oauth"
_NO_STORE = {"cache-control": "no-store", "pragma": "no-cache"}
_MAX_FORM = 64 * 1024


def _peer(request: Request) -> str | None:
    return request.client.host if request.client else None


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers={**_NO_STORE, **(headers or {})})


def _reply(reply: Reply) -> Response:
    headers = {k: v for k, v in reply.headers if k.lower() != "content-type"}
    if isinstance(reply.body, dict):
        return JSONResponse(reply.body, status_code=reply.status, headers={**_NO_STORE, **headers})
    return Response(reply.body or b"", status_code=reply.status, headers=headers)


class OAuthRoutes:
    def __init__(
        self,
        svc: OAuthService,
        server: Server,
        redirects: Sequence[RedirectSignIn],
        forms: Sequence[FormSignIn],
        kv: Any,
    ) -> None:
        self.svc = svc
        self.server = server
        self.redirects = {m.id: m for m in redirects}
        self.forms = {m.id: m for m in forms}
        self.kv = kv
        self.secure_cookie = svc.issuer.startswith("https://")

    def routes(self) -> list[Route]:
        r = [
            Route("/.well-known/oauth-authorization-server", self.as_metadata, methods=["GET"]),
            Route("/.well-known/oauth-protected-resource", self.pr_metadata, methods=["GET"]),
            Route("/.well-known/oauth-protected-resource/mcp", self.pr_metadata, methods=["GET"]),
            Route("/.well-known/oauth-protected-resource/servers/{name}/mcp", self.pr_metadata, methods=["GET"]),
            Route("/oauth/authorize", self.authorize, methods=["GET"]),
            Route("/oauth/sign-in", self.sign_in, methods=["GET"]),
            Route("/oauth/sign-in/{method}", self.sign_in_start, methods=["GET"]),
            Route("/oauth/sign-in/{method}", self.sign_in_form, methods=["POST"]),
            Route("/oauth/callback/{method}", self.callback, methods=["GET"]),
            Route("/oauth/consent", self.consent, methods=["GET"]),
            Route("/oauth/consent", self.consent_decision, methods=["POST"]),
            Route("/oauth/token", self.token, methods=["POST"]),
            Route("/oauth/revoke", self.revoke, methods=["POST"]),
        ]
        if self.svc.settings.registration.enabled:
            r.append(Route("/oauth/register", self.register, methods=["POST"]))
        return r

    # ------------------------------------------------------------------ metadata
    async def as_metadata(self, request: Request) -> Response:
        return JSONResponse(self.svc.metadata(), headers={"cache-control": "public, max-age=300"})

    async def pr_metadata(self, request: Request) -> Response:
        path = request.url.path[len("/.well-known/oauth-protected-resource") :] or "/mcp"
        resource = self.svc.resources.for_path(path)
        if resource is None:
            return _json({"error": "not_found", "error_description": "no such protected resource"}, 404)
        return JSONResponse(self.svc.resource_metadata(resource), headers={"cache-control": "public, max-age=300"})

    # ------------------------------------------------------------------ helpers
    def _form_request(self, request: Request, form: dict[str, str]) -> FormRequest:
        uri = self.svc.issuer + request.url.path
        if request.url.query:
            uri += "?" + request.url.query
        req = FormRequest(request.method, uri, dict(request.headers), dict(request.query_params), form)
        req.peer = _peer(request)
        return req

    async def _read_form(self, request: Request) -> dict[str, str] | None:
        body = await request.body()
        if len(body) > _MAX_FORM:
            return None
        form = await request.form()
        return {k: v for k, v in form.items() if isinstance(v, str)}

    def _browser(self, request: Request) -> str:
        return hashlib.sha256((request.cookies.get(COOKIE) or "").encode()).hexdigest()

    async def _pending(self, request: Request, rid: str | None) -> dict[str, Any] | None:
        """The pending authorization ``rid``, only in the browser that started it."""
        if not rid or len(rid) > 100:
            return None
        pending = await self.svc.flow.get("authz", rid)
        if pending is None or not hmac.compare_digest(pending["browser"], self._browser(request)):
            return None
        return pending

    # ------------------------------------------------------------------ authorize
    async def authorize(self, request: Request) -> Response:
        req = self._form_request(request, {})
        params = dict(request.query_params)
        client_id = params.get("client_id") or ""
        try:
            client = await self.svc.clients.get(client_id)
        except ClientRefused as e:
            await self.svc.refused_client(client_id, str(e))
            return pages.error_page(f"This application cannot be used: {e}")

        def validate() -> Any:
            return self.server.get_consent_grant(request=req, end_user=None)

        try:
            grant = await anyio.to_thread.run_sync(validate)
        except OAuth2Error as error:
            await self.svc.audit(
                "authorize",
                error=error.error,
                facts=OAuthEvent(client_id=client_id[:512], reason=error.description),
                peer=_peer(request),
            )
            if error.redirect_uri:  # the client and redirect URI are valid: tell the client
                return self._redirect_error(error.redirect_uri, error.error, error.description, params.get("state"))
            return pages.error_page(f"Invalid authorization request: {error.description or error.error}")
        assert client is not None
        redirect_uri = str(grant.request.payload.redirect_uri or client.get_default_redirect_uri())
        resource = params.get("resource") or self.svc.resources.main
        if resource not in self.svc.resources.all:
            await self.svc.audit(
                "authorize", error="invalid_target", facts=OAuthEvent(client_id=client_id, resource=resource[:512])
            )
            return self._redirect_error(
                redirect_uri, "invalid_target", "not a resource of this server", params.get("state")
            )
        scope = " ".join(requested_scopes(params.get("scope")))
        rid = secrets.token_urlsafe(24)
        browser = secrets.token_urlsafe(24)
        pending = {
            "params": params,
            "client_id": client.client_id,
            "client_name": client.name,
            "resource": resource,
            "scope": scope,
            "browser": hashlib.sha256(browser.encode()).hexdigest(),
            "csrf": secrets.token_urlsafe(24),
            "principal": None,
            "method": None,
            "at": time.time(),
        }
        if not await self.svc.flow.put("authz", rid, pending, self.svc.settings.sign_in_ttl_s):
            return pages.error_page("Bastion cannot store the sign-in right now; try again.", 503)
        response = RedirectResponse(f"/oauth/sign-in?{urlencode({'rid': rid})}", status_code=303)
        response.set_cookie(
            COOKIE,
            browser,
            max_age=self.svc.settings.sign_in_ttl_s,
            path="/oauth",
            httponly=True,
            secure=self.secure_cookie,
            samesite="lax",
        )
        return response

    def _redirect_error(self, redirect_uri: str, error: str, description: str | None, state: str | None) -> Response:
        params = [("error", error)]
        if description:
            params.append(("error_description", description))
        if state:
            params.append(("state", state))
        params.append(("iss", self.svc.issuer))
        return RedirectResponse(add_params_to_uri(redirect_uri, params), status_code=302)

    # ------------------------------------------------------------------ sign-in
    async def sign_in(self, request: Request, error: str | None = None, rid: str | None = None) -> Response:
        rid = rid or request.query_params.get("rid")
        pending = await self._pending(request, rid)
        if pending is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        links = [(m.label, f"/oauth/sign-in/{m.id}?{urlencode({'rid': rid})}") for m in self.redirects.values()]
        forms = [(m.id, m.label) for m in self.forms.values()]
        return pages.sign_in_page(pending["client_name"], rid or "", links, forms, error)

    async def sign_in_start(self, request: Request) -> Response:
        method = self.redirects.get(request.path_params["method"])
        rid = request.query_params.get("rid")
        if method is None or await self._pending(request, rid) is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        try:
            url = await method.start(rid or "")
        except SignInFailed as e:
            return pages.error_page(str(e), 503)
        return RedirectResponse(url, status_code=303)

    async def sign_in_form(self, request: Request) -> Response:
        method = self.forms.get(request.path_params["method"])
        form = await self._read_form(request)
        if method is None or form is None:
            return pages.error_page("Unknown sign-in method.")
        rid = form.get("rid")
        pending = await self._pending(request, rid)
        if pending is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        try:
            principal = await method.check(form.get("username", ""), form.get("password", ""))
        except SignInFailed as e:
            await self.svc.audit(
                "sign_in",
                error="access_denied",
                facts=OAuthEvent(method=method.method, reason=str(e)),
                peer=_peer(request),
            )
            return await self.sign_in(request, error=str(e), rid=rid)
        return await self._signed_in(request, rid or "", pending, principal, method.method)

    async def callback(self, request: Request) -> Response:
        method = self.redirects.get(request.path_params["method"])
        if method is None:
            return pages.error_page("Unknown sign-in method.")
        try:
            rid, principal = await method.finish(dict(request.query_params))
        except SignInFailed as e:
            await self.svc.audit(
                "sign_in",
                error="access_denied",
                facts=OAuthEvent(method=method.method, reason=str(e)),
                peer=_peer(request),
            )
            return pages.error_page(str(e), 401)
        pending = await self._pending(request, rid)
        if pending is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        return await self._signed_in(request, rid, pending, principal, method.method)

    async def _signed_in(
        self, request: Request, rid: str, pending: dict[str, Any], principal: Principal, method: str
    ) -> Response:
        allowed = self.svc.settings.allowed_groups
        if allowed is not None and not set(allowed).intersection(principal.groups):
            await self.svc.audit(
                "sign_in",
                principal=principal,
                error="access_denied",
                facts=OAuthEvent(method=method, reason="not in auth.oauth.allowed_groups"),
            )
            return pages.error_page("Your groups may not authorize applications here.", 403)
        principal, scopes = narrow(principal, pending["scope"].split())
        if not scopes:
            await self.svc.audit(
                "sign_in",
                principal=principal,
                error="access_denied",
                facts=OAuthEvent(method=method, reason=f"no requested scope is allowed ({pending['scope']})"),
            )
            return pages.error_page("None of the servers this application asks for is available to you.", 403)
        pending = {**pending, "principal": principal_to_json(principal), "method": method, "scope": " ".join(scopes)}
        await self.svc.flow.put("authz", rid, pending, self.svc.settings.sign_in_ttl_s)
        if pending["client_id"] in self.svc.settings.skip_consent_clients:
            return await self._issue_code(rid, pending, allow=True)
        return RedirectResponse(f"/oauth/consent?{urlencode({'rid': rid})}", status_code=303)

    # ------------------------------------------------------------------ consent
    async def consent(self, request: Request) -> Response:
        rid = request.query_params.get("rid")
        pending = await self._pending(request, rid)
        if pending is None or pending["principal"] is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        return pages.consent_page(
            rid or "",
            pending["csrf"],
            pending["client_name"],
            pending["client_id"],
            pending["principal"].get("email") or pending["principal"]["user_id"],
            pending["scope"].split(),
            pending["resource"],
        )

    async def consent_decision(self, request: Request) -> Response:
        form = await self._read_form(request)
        rid = (form or {}).get("rid")
        pending = await self._pending(request, rid)
        if form is None or pending is None or pending["principal"] is None:
            return pages.error_page("This sign-in has expired or belongs to another browser; start again.")
        if not hmac.compare_digest(form.get("csrf", ""), pending["csrf"]):
            return pages.error_page("The form was not sent from Bastion's consent page.", 403)
        return await self._issue_code(rid or "", pending, allow=form.get("decision") == "allow")

    async def _issue_code(self, rid: str, pending: dict[str, Any], allow: bool) -> Response:
        # One decision per pending request: a replayed consent form finds nothing.
        if not await self.svc.flow.first_use("authz", rid, self.svc.settings.sign_in_ttl_s):
            return pages.error_page("This authorization was already answered.")
        await self.svc.flow.drop("authz", rid)
        principal = principal_from_json(pending["principal"])
        who = SignedIn(
            principal=principal,
            method=pending["method"],
            resource=pending["resource"],
            scope=pending["scope"],
            grant_id=new_grant_id(),
            client_id=pending["client_id"],
            client_name=pending["client_name"],
        )
        params = pending["params"]
        req = FormRequest("GET", self.svc.issuer + "/oauth/authorize", {}, params, {})

        def respond() -> Reply:
            grant = self.server.get_consent_grant(request=req, end_user=who)
            reply: Reply = self.server.create_authorization_response(
                request=req, grant_user=who if allow else None, grant=grant
            )
            return reply

        try:
            reply = await anyio.to_thread.run_sync(respond)
        except OAuth2Error as error:
            return pages.error_page(f"Invalid authorization request: {error.description or error.error}")
        location = reply.header("location")
        if location is None:
            return pages.error_page("The authorization could not be completed.", 500)
        await self.svc.audit(
            "authorize",
            who=who,
            error=None if allow else "access_denied",
            facts=OAuthEvent(decision="allow" if allow else "deny"),
        )
        return RedirectResponse(add_params_to_uri(location, [("iss", self.svc.issuer)]), status_code=302)

    # ------------------------------------------------------------------ client endpoints
    async def token(self, request: Request) -> Response:
        form = await self._read_form(request)
        if form is None:
            return _json({"error": "invalid_request", "error_description": "request too large"}, 400)
        req = self._form_request(request, form)
        reply = await anyio.to_thread.run_sync(self.server.create_token_response, req)
        if reply.status >= 400:
            body = reply.body if isinstance(reply.body, dict) else {}
            await self.svc.audit(
                "token",
                error=str(body.get("error", "error")),
                facts=OAuthEvent(
                    grant_type=form.get("grant_type"),
                    client_id=(form.get("client_id") or "")[:512] or None,
                    reason=body.get("error_description"),
                ),
                peer=_peer(request),
            )
        return _reply(reply)

    async def revoke(self, request: Request) -> Response:
        form = await self._read_form(request)
        if form is None:
            return _json({"error": "invalid_request"}, 400)
        req = self._form_request(request, form)
        reply = await anyio.to_thread.run_sync(self.server.create_endpoint_response, "revocation", req)
        return _reply(reply)

    async def register(self, request: Request) -> Response:
        settings = self.svc.settings.registration
        hour = int(time.time() // 3600)
        peer = peer_key(_peer(request))
        mine = await self.kv.incr(f"oauth:reg:{peer}:{hour}", 3600.0)
        total = await self.kv.incr(f"oauth:reg:*:{hour}", 3600.0)
        if mine == 0 or mine > settings.per_address_per_hour or total > settings.total_per_hour:
            await self.svc.audit(
                "register",
                error="rate_limited",
                facts=OAuthEvent(reason="registration rate limit"),
                peer=_peer(request),
            )
            retry = str(3600 - int(time.time()) % 3600)
            return _json(
                {"error": "temporarily_unavailable", "error_description": "too many registrations; try later"},
                429,
                {"retry-after": retry},
            )
        try:
            data = await request.json()
        except ValueError:
            data = None
        if not isinstance(data, dict) or len(await request.body()) > 16 * 1024:
            return _json({"error": "invalid_client_metadata", "error_description": "a JSON object is required"}, 400)
        data.setdefault("token_endpoint_auth_method", "none")
        req = JsonBodyRequest(self.svc.issuer + "/oauth/register", dict(request.headers), data, _peer(request))
        reply = await anyio.to_thread.run_sync(self.server.create_endpoint_response, "client_registration", req)
        body = reply.body if isinstance(reply.body, dict) else {}
        if body.get("client_secret", "") is None:  # a public client: no secret fields at all
            body = {k: v for k, v in body.items() if k not in ("client_secret", "client_secret_expires_at")}
            reply = Reply(reply.status, body, reply.headers)
        await self.svc.audit(
            "register",
            error=str(body["error"]) if reply.status >= 400 else None,
            facts=OAuthEvent(
                client_id=body.get("client_id"),
                client_name=data.get("client_name"),
                reason=body.get("error_description"),
            ),
            peer=_peer(request),
        )
        return _reply(reply)

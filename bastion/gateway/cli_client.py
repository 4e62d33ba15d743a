"""A small client for the admin API, used by every ``bastion`` CLI command that changes or
reads a running gateway (so the CLI works the same against a local or a remote gateway)."""

from __future__ import annotations

import os
from typing import Any

import httpx
import typer

DEFAULT_URL = "http://127.0.0.1:8787"


class AdminClient:
    def __init__(self, url: str | None = None, admin_key: str | None = None, timeout: float = 30.0) -> None:
        self.url = (url or os.environ.get("BASTION_URL") or DEFAULT_URL).rstrip("/")
        key = admin_key or os.environ.get("BASTION_ADMIN_KEY")
        if not key:
            raise typer.BadParameter(
                "no admin key: pass --admin-key or set BASTION_ADMIN_KEY (it was printed at first start)"
            )
        self._http = httpx.Client(base_url=self.url, headers={"authorization": f"Bearer {key}"}, timeout=timeout)

    def request(self, method: str, path: str, **kw: Any) -> Any:
        """Send a request; exits with a readable message on any error."""
        try:
            r = self._http.request(method, path, **kw)
        except httpx.ConnectError:
            typer.secho(f"cannot reach the gateway at {self.url} (is `bastion serve` running?)", err=True, fg="red")
            raise typer.Exit(1) from None
        except httpx.HTTPError as e:
            typer.secho(f"request to {self.url} failed: {e}", err=True, fg="red")
            raise typer.Exit(1) from None
        if r.status_code >= 400:
            try:
                body = r.json()
                err = body.get("error") if isinstance(body, dict) else None
                msg = (err.get("message") if isinstance(err, dict) else None) or body.get("detail") or r.text
            except ValueError:
                msg = r.text
            typer.secho(f"error {r.status_code}: {msg}", err=True, fg="red")
            raise typer.Exit(1)
        return r.json() if r.content else None

    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> Any:
        return self.request("PUT", path, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.request("DELETE", path, **kw)


UrlOption = typer.Option(None, "--url", envvar="BASTION_URL", help="Gateway URL (default http://127.0.0.1:8787).")
AdminKeyOption = typer.Option(
    None, "--admin-key", envvar="BASTION_ADMIN_KEY", help="Admin key (or BASTION_ADMIN_KEY).", show_default=False
)

# Per-user upstream credentials (``bastion mcp add``, ``bastion agents add``): the same options
# and the same ``credentials`` fields for both front doors; each adds its client secret in its
# own secret convention.
PerUserOption = typer.Option(None, "--per-user", help="Send a token per user: identity_jwt or token_exchange.")
AudienceOption = typer.Option(
    None, "--audience", help="Per-user token audience (identity JWT aud / exchange audience)."
)
TokenEndpointOption = typer.Option(None, "--token-endpoint", help="token_exchange: the IdP's token endpoint.")
ClientIdOption = typer.Option(None, "--client-id", help="token_exchange: the gateway's client id at the IdP.")
ScopeOption = typer.Option(None, "--scope", help="token_exchange: the scope asked for.")


def per_user_credentials(
    kind: str, *, audience: str | None, token_endpoint: str | None, client_id: str | None, scope: str | None
) -> dict[str, Any]:
    """The ``credentials`` fields of a per-user credential, from the options above (the
    gateway validates the combination)."""
    if kind not in ("identity_jwt", "token_exchange"):
        raise typer.BadParameter("--per-user is identity_jwt or token_exchange")
    given = {"audience": audience, "token_endpoint": token_endpoint, "client_id": client_id, "scope": scope}
    return {"type": kind, **{k: v for k, v in given.items() if v is not None}}

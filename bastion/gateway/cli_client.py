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
AdminKeyOption = typer.Option(None, "--admin-key", envvar="BASTION_ADMIN_KEY", help="Admin key (or BASTION_ADMIN_KEY).", show_default=False)

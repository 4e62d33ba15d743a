"""``bastion oauth ...``: the clients people authorized through Bastion's OAuth server."""

from __future__ import annotations

import time

import typer

from bastion.gateway.cli_client import AdminClient, AdminKeyOption, UrlOption

app = typer.Typer(help="OAuth: clients people authorized (list, revoke).", no_args_is_help=True)


@app.command("grants")
def grants(
    user: str | None = typer.Option(None, "--user", help="Only this user's grants."),
    all_: bool = typer.Option(False, "--all", help="Include revoked grants."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """List authorized clients (grant id, user, client, resource, sign-in, created)."""
    params: dict[str, str] = {"include_revoked": "true" if all_ else "false"}
    if user:
        params["user_id"] = user
    data = AdminClient(url, admin_key).get("/admin/oauth/grants", params=params)
    for g in data["grants"]:
        created = time.strftime("%Y-%m-%d %H:%M", time.gmtime(g["created_at"]))
        state = "revoked" if g["revoked_at"] else "active"
        typer.echo(
            f"{g['id']}  {state:<7} {g['user_id']:<20} {g['client_name'] or g['client_id']:<30} "
            f"{g['sign_in']:<5} {created}  {g['resource']}"
        )


@app.command("revoke")
def revoke(grant_id: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Revoke one grant (the client must sign the person in again)."""
    AdminClient(url, admin_key).delete(f"/admin/oauth/grants/{grant_id}")
    typer.echo(f"revoked {grant_id}")


@app.command("set-password")
def set_password(
    user_id: str,
    password: str = typer.Option(
        ..., prompt=True, hide_input=True, confirmation_prompt=True, envvar="BASTION_PASSWORD"
    ),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Set a local user's sign-in password (auth.oauth.local_users; at least 12 characters)."""
    AdminClient(url, admin_key).put(f"/admin/oauth/local-users/{user_id}/password", json={"password": password})
    typer.echo(f"password set for {user_id}")

"""``bastion import litellm CONFIG``: write the Bastion settings equivalent to a LiteLLM proxy
config and print what was mapped, what was not, and why."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer
import yaml

app = typer.Typer(help="Import another gateway's configuration.", no_args_is_help=True)


def validate(settings: dict[str, Any]) -> None:
    """Check the imported sections with the gateway's own settings models (raises SettingsError)."""
    from bastion.gateway.sections import validate_section
    from bastion.settings import Settings

    validate_section(Settings, settings, "")


@app.command("litellm")
def import_litellm(
    config: Path = typer.Argument(..., exists=True, dir_okay=False, help="The LiteLLM proxy config.yaml."),
    output: Path = typer.Option(Path("bastion.yaml"), "--output", "-o", help="Bastion settings file to write."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the settings and the report; write nothing."),
    force: bool = typer.Option(False, "--force", help="Overwrite --output if it exists."),
) -> None:
    """Convert a LiteLLM proxy config (model_list, router_settings, litellm_settings,
    general_settings, mcp_servers) into Bastion settings. The master key is never imported."""
    from bastion.gateway.sections import SettingsError
    from bastion.migrate.litellm import convert

    try:
        raw = yaml.safe_load(config.read_text()) or {}
    except yaml.YAMLError as e:
        typer.secho(f"{config} is not valid YAML: {e}", err=True, fg="red")
        raise typer.Exit(2) from None
    if not isinstance(raw, dict):
        typer.secho(f"{config} must hold a mapping at the top level", err=True, fg="red")
        raise typer.Exit(2)
    result = convert(raw)
    text = yaml.safe_dump(result.settings, sort_keys=False)
    try:
        validate(result.settings)
    except SettingsError as e:
        typer.echo(result.report_text())
        typer.secho(f"the imported settings are not valid:\n{e}", err=True, fg="red")
        raise typer.Exit(2) from None
    if dry_run:
        typer.echo(f"# Bastion settings from {config} (dry run, nothing written)")
        typer.echo(text)
        typer.echo(result.report_text())
        return
    if output.exists() and not force:
        typer.secho(f"{output} exists: pass --force to overwrite, or --output elsewhere", err=True, fg="red")
        raise typer.Exit(2)
    # Owner-only: a LiteLLM config may hold literal keys, which are then copied.
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(f"# Imported from {config} by `bastion import litellm`\n{text}")
    typer.echo(result.report_text())
    typer.echo(f"wrote {output}; start it with: bastion serve --config {output}")

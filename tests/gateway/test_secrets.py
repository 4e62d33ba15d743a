"""One secret-reference resolver for every settings section: references resolve, a missing
secret is an error naming the field (at start-up), never an empty credential, and the error
never shows a value."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from bastion.app import create_app
from bastion.gateway.secrets import resolve_secret
from bastion.settings import Settings, SettingsError, load_settings


def test_references_resolve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BASTION_T_TOKEN", "s3cret")
    f = tmp_path / "token"
    f.write_text("from-a-file\n")
    assert resolve_secret("env:BASTION_T_TOKEN", "x") == "s3cret"
    assert resolve_secret("${BASTION_T_TOKEN}", "x") == "s3cret"
    assert resolve_secret("Bearer ${BASTION_T_TOKEN}", "x") == "Bearer s3cret"
    assert resolve_secret(f"file:{f}", "x") == "from-a-file"
    assert resolve_secret("inline-value", "x") == "inline-value"


@pytest.mark.parametrize("ref", ["env:BASTION_T_UNSET", "${BASTION_T_UNSET}", "Bearer ${BASTION_T_UNSET}"])
def test_a_missing_variable_is_an_error_naming_the_field(ref: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BASTION_T_UNSET", raising=False)
    with pytest.raises(SettingsError) as e:
        resolve_secret(ref, "llm.providers.oa.api_key")
    assert "llm.providers.oa.api_key" in str(e.value) and "BASTION_T_UNSET" in str(e.value)


def test_empty_variable_and_unreadable_file_are_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BASTION_T_EMPTY", "")
    with pytest.raises(SettingsError, match="BASTION_T_EMPTY is not set"):
        resolve_secret("env:BASTION_T_EMPTY", "f")
    with pytest.raises(SettingsError, match="cannot read"):
        resolve_secret(f"file:{tmp_path / 'nope'}", "f")


def test_a_prefix_limits_what_may_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_PASSWORD", "do-not-leak")
    with pytest.raises(SettingsError) as e:
        resolve_secret("${DATABASE_PASSWORD}", "credentials.bearer_token", env_prefix="A2A_")
    assert "A2A_" in str(e.value) and "do-not-leak" not in str(e.value)


@pytest.mark.parametrize(
    ("section", "field"),
    [
        (
            {"llm": {"providers": {"oa": {"type": "openai", "api_key": "env:BASTION_T_UNSET"}}}},
            "llm.providers.oa.api_key",
        ),
        (
            {
                "mcp": {
                    "servers": {
                        "web": {
                            "url": "http://127.0.0.1:9/mcp",
                            "credentials": {"type": "bearer", "token": "env:BASTION_T_UNSET"},
                        }
                    }
                }
            },
            "mcp.servers.web.credentials.token",
        ),
        (
            {
                "a2a": {
                    "agents": {
                        "echo": {
                            "url": "http://127.0.0.1:9/echo",
                            "credentials": {"bearer_token": "${BASTION_T_UNSET}"},
                        }
                    }
                }
            },
            "credentials.bearer_token",
        ),
    ],
)
def test_a_missing_secret_stops_start_up(
    section: dict[str, Any], field: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before this resolver, the MCP and A2A sections turned an unset variable into an empty
    credential sent upstream."""
    monkeypatch.delenv("BASTION_T_UNSET", raising=False)
    settings = Settings.model_validate({"data_dir": str(tmp_path), "semcache": {"enabled": False}, **section})
    with warnings.catch_warnings(), pytest.raises(SettingsError) as e:
        warnings.simplefilter("ignore")
        create_app(settings)
    assert field in str(e.value) and "BASTION_T_UNSET" in str(e.value)


@pytest.mark.parametrize("token", ["", {}, {"value": ""}, {"value": "s3cret-x", "env": "BASTION_T_TOKEN"}])
def test_an_empty_mcp_secret_is_refused_at_validation(token: Any, tmp_path: Path) -> None:
    """An MCP upstream's secret given empty (or twice) is refused with the field named; before,
    ``token: ""`` went upstream as ``Authorization: Bearer `` with nothing after it."""
    server = {"url": "http://127.0.0.1:9/mcp", "credentials": {"type": "bearer", "token": token}}
    with pytest.raises(SettingsError) as e:
        load_settings(data_dir=tmp_path, mcp={"servers": {"web": server}})
    assert "mcp.servers.web.credentials.token" in str(e.value) and "exactly one non-empty" in str(e.value)
    assert "s3cret" not in str(e.value)

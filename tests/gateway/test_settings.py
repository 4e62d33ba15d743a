"""Settings: defaults, YAML, environment, and readable errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bastion.gateway.settings import SettingsError, load_settings

BASTION = str(Path(sys.executable).parent / "bastion")


def test_defaults_need_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BASTION_CONFIG", raising=False)
    s = load_settings()
    assert s.server.host == "127.0.0.1" and s.server.port == 8787
    assert s.resolved_store_url.startswith("sqlite+aiosqlite:///")
    assert s.cache.url == "memory://"


def test_yaml_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text("server:\n  port: 9001\n  host: 0.0.0.0\naudit:\n  batch_size: 7\n")
    monkeypatch.setenv("BASTION_SERVER__PORT", "9002")
    s = load_settings(cfg)
    assert s.server.port == 9002 and s.server.host == "0.0.0.0" and s.audit.batch_size == 7


def test_invalid_value_names_the_field(tmp_path: Path) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text("server:\n  port: 99999\ncache:\n  url: ftp://x\n")
    with pytest.raises(SettingsError) as e:
        load_settings(cfg)
    msg = str(e.value)
    assert "server.port" in msg and "cache.url" in msg


def test_unknown_field_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text("sever:\n  port: 1\n")
    with pytest.raises(SettingsError, match="sever"):
        load_settings(cfg)


def test_serve_with_bad_settings_exits_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text("server:\n  port: -5\n")
    r = subprocess.run(
        [BASTION, "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert r.returncode == 2
    assert "server.port" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_missing_config_file(tmp_path: Path) -> None:
    r = subprocess.run(
        [BASTION, "serve", "--config", str(tmp_path / "nope.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert r.returncode == 2 and "config file not found" in r.stderr

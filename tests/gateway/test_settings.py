"""Settings: defaults, YAML, environment, and readable errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bastion.settings import SettingsError, load_settings

#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


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
        [*BASTION, "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert r.returncode == 2
    assert "server.port" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_missing_config_file(tmp_path: Path) -> None:
    r = subprocess.run(
        [*BASTION, "serve", "--config", str(tmp_path / "nope.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert r.returncode == 2 and "config file not found" in r.stderr


#: A bad value in each section of the one settings model, and the path the error must name.
BAD_SECTIONS = [
    ({"llm": {"providers": {"oa": {"type": "openai", "timeout_s": "soon"}}}}, "llm.providers.oa.timeout_s"),
    ({"llm": {"aliases": {"fast": "nowhere/model"}}}, "llm: Value error, alias 'fast' uses unknown provider"),
    ({"mcp": {"servers": {"fs": {"command": 5}}}}, "mcp.servers.fs.command"),
    ({"mcp": {"cache": {"ttl_s": -1}}}, "mcp.cache.ttl_s"),
    ({"mcp": {"sandbox": {"memory_mb": "lots"}}}, "mcp.sandbox.memory_mb"),
    ({"a2a": {"agents": {"echo": {"url": "ftp://x"}}}}, "a2a.agents.echo.url"),
    ({"a2a": {"push": {"ssrf": {"allow_loopback": "perhaps"}}}}, "a2a.push.ssrf.allow_loopback"),
    ({"policy": {"poll_interval_s": 0}}, "policy.poll_interval_s"),
    ({"semcache": {"bogus": 1}}, "semcache.bogus"),
    ({"auth": {"outbound": {"token_ttl_s": 5}}}, "auth.outbound.token_ttl_s"),
    ({"auth": {"oauth": {"authorization_code_ttl_s": 1}}}, "auth.oauth.authorization_code_ttl_s"),
    ({"auth": {"providers": [{"type": "oidc", "issuer": 5}]}}, "auth.providers.0.issuer"),
    ({"auth": {"providers": [{"type": "kerberos"}]}}, "auth.providers.0: Value error, type: unknown provider"),
    ({"auth": {"providers": [{"type": "trusted_headers", "bogus": 1}]}}, "auth.providers.0.bogus"),
]


@pytest.mark.parametrize(("section", "path"), BAD_SECTIONS, ids=[p.split(":")[0] for _, p in BAD_SECTIONS])
def test_a_bad_value_in_any_section_names_its_path(tmp_path: Path, section: dict[str, Any], path: str) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text(yaml.safe_dump(section))
    with pytest.raises(SettingsError) as e:
        load_settings(cfg)
    assert path in str(e.value)


def test_sections_are_typed_models(tmp_path: Path) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "mcp": {"servers": {"fs": {"command": "mcp-server-time"}}, "cache": {"ttl_s": 5}},
                "llm": {"providers": {"oa": {"type": "openai"}}, "aliases": {"fast": "oa/gpt-4o"}},
                "a2a": {"agents": {"echo": {"url": "http://127.0.0.1:9/"}}},
                "auth": {"providers": [{"type": "trusted_headers", "trusted_proxies": ["127.0.0.1"]}]},
            }
        )
    )
    s = load_settings(cfg)
    assert s.mcp.servers["fs"].kind == "stdio" and s.mcp.servers["fs"].name == "fs" and s.mcp.cache.ttl_s == 5
    assert s.llm.aliases["fast"].deployments[0].model == "gpt-4o"
    assert s.a2a.agents["echo"].url == "http://127.0.0.1:9"
    assert type(s.auth.providers[0]).__name__ == "TrustedHeadersSettings"
    assert s.policy.poll_interval_s == 1.0 and s.semcache.enabled is not None


def test_a_front_door_section_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BASTION_CONFIG", raising=False)
    monkeypatch.setenv("BASTION_MCP__LEGACY_SSE", "false")
    monkeypatch.setenv("BASTION_A2A__PUSH__TIMEOUT_S", "3")
    s = load_settings()
    assert s.mcp.legacy_sse is False and s.a2a.push.timeout_s == 3.0
    monkeypatch.setenv("BASTION_A2A__PUSH__TIMEOUT_S", "-3")
    with pytest.raises(SettingsError, match=r"a2a\.push\.timeout_s"):
        load_settings()


def test_serve_stops_on_a_bad_front_door_value_naming_its_path(tmp_path: Path) -> None:
    cfg = tmp_path / "b.yaml"
    cfg.write_text(yaml.safe_dump({"data_dir": str(tmp_path / "d"), "mcp": {"servers": {"fs": {"command": 5}}}}))
    r = subprocess.run(
        [*BASTION, "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert r.returncode == 2
    assert "mcp.servers.fs.command" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout

"""`bastion import litellm`: realistic LiteLLM proxy configs are converted with a complete
report, and an imported config serves the same model names through a real gateway."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
import yaml
from typer.testing import CliRunner

from bastion.migrate.cli import app as import_app
from bastion.migrate.cli import validate
from bastion.migrate.litellm import ImportResult, convert
from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import BASTION, start_gateway

CONFIGS = Path(__file__).parent / "litellm_configs"


def load(name: str, env: dict[str, str] | None = None) -> ImportResult:
    result = convert(yaml.safe_load((CONFIGS / name).read_text()), env=env or {})
    validate(result.settings)  # the gateway's own settings models accept the result
    return result


def line(result: ImportResult, key: str) -> tuple[str, str]:
    found = [(r.status, r.detail) for r in result.report if r.key == key]
    assert found, f"{key} not in the report:\n{result.report_text()}"
    return found[0]


def run_import(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BASTION, "import", "litellm", *args], capture_output=True, text=True, timeout=120, env=os.environ
    )


def test_azure_regions_fallbacks_and_router_settings() -> None:
    r = load("azure_fallbacks.yaml")
    llm = r.settings["llm"]
    # Two Azure resources are two providers; the shared deployment key reuses the first one.
    assert llm["providers"]["azure"]["base_url"] == "https://contoso-eastus.openai.azure.com"
    assert llm["providers"]["azure-2"]["api_key"] == "env:AZURE_SWEDEN_KEY"
    assert llm["aliases"]["gpt-4o"]["deployments"] == [
        {"provider": "azure", "model": "gpt-4o-eastus", "weight": 600.0, "timeout_s": 45.0},
        {"provider": "azure-2", "model": "gpt-4o-swedencentral", "weight": 300.0},
    ]
    assert llm["aliases"]["gpt-4o"]["fallbacks"] == ["gpt-4o-fallback"]
    assert llm["aliases"]["text-embedding-3-small"]["embedding"] is True
    assert llm["prices"]["openai/gpt-4o"] == {"input": 2.5, "output": 10.0}
    assert llm["providers"]["openai"]["headers"] == {"OpenAI-Organization": "org-contoso"}
    # router_settings win over litellm_settings for retries and timeouts.
    assert {p["max_retries"] for p in llm["providers"].values()} == {3}
    assert {p["timeout_s"] for p in llm["providers"].values()} == {60.0}
    assert llm["cooldown"] == {"failures": 2, "seconds": 45.0} and llm["retry"] == {"backoff_base_s": 1.0}
    assert r.settings["semcache"]["phases"] == {"semantic": False, "normalised": False}
    assert r.settings["semcache"]["ttl_s"] == 600.0
    assert line(r, "router_settings.context_window_fallbacks")[0] == "not mapped"
    assert line(r, "litellm_settings.success_callback[prometheus]")[0] == "mapped"
    assert line(r, "litellm_settings.success_callback[langfuse]")[0] == "not mapped"
    status, detail = line(r, "general_settings.master_key")
    assert status == "not mapped" and "never imported" in detail
    assert "sk-litellm-master" not in yaml.safe_dump(r.settings)
    assert r.env_refs == ["AZURE_EASTUS_KEY", "AZURE_SWEDEN_KEY", "OPENAI_API_KEY"]
    assert r.report_text().endswith("Set before `bastion serve`: AZURE_EASTUS_KEY, AZURE_SWEDEN_KEY, OPENAI_API_KEY")


def test_unsupported_providers_and_wildcards_are_reported() -> None:
    r = load("mixed_providers.yaml")
    llm = r.settings["llm"]
    status, detail = line(r, "model_list[5] (claude-bedrock)")
    assert status == "not mapped" and "SigV4" in detail
    status, detail = line(r, "model_list[6] (gemini-vertex)")
    assert status == "not mapped" and "gemini/" in detail
    assert "claude-bedrock" not in llm["aliases"] and "gemini-vertex" not in llm["aliases"]
    # openai/* opens the provider; a partial pattern cannot be expressed and says so.
    assert "models" not in llm["providers"]["openai"]
    assert line(r, "model_list[8] (claude-3-*)")[0] == "not mapped"
    # OpenAI-compatible hosts land on their documented endpoints, weights kept.
    assert llm["providers"]["groq"] == {
        "type": "openai",
        "base_url": "https://api.groq.com/openai/v1",
        "api_key": "env:GROQ_API_KEY",
        "models": [],
        "embedding_models": [],
    }
    assert [d["weight"] for d in llm["aliases"]["fast"]["deployments"]] == [3.0, 1.0]
    # Specific fallbacks win over default ones; unknown targets are reported.
    assert llm["aliases"]["claude-sonnet"]["fallbacks"] == ["gemini-flash"]
    assert line(r, "router_settings.fallbacks.claude-sonnet")[0] == "partly"
    assert llm["aliases"]["claude"]["deployments"] == llm["aliases"]["claude-sonnet"]["deployments"]
    assert llm["aliases"]["fast"]["fallbacks"] == ["gpt-4o-mini"]
    assert "fallbacks" not in llm["aliases"]["gpt-4o-mini"] and "fallbacks" not in llm["aliases"]["embed"]
    assert llm["aliases"]["gpt-4o-mini"]["deployments"] == [{"provider": "openai", "model": "gpt-4o-mini"}]
    assert llm["prices"]["gemini/gemini-2.5-flash"] == {"input": 0.3, "output": 2.5}
    assert line(r, "router_settings.routing_strategy")[0] == "not mapped"
    assert line(r, "litellm_settings.max_budget")[0] == "not mapped"
    assert r.settings["semcache"] == {"enabled": False}


def test_mcp_servers_and_environment_references() -> None:
    r = load("mcp_servers.yaml")
    servers = r.settings["mcp"]["servers"]
    assert servers["zapier-mcp"] == {
        "url": "https://actions.zapier.com/mcp/abc/sse",
        "transport": "sse",
        "credentials": {"type": "bearer", "token": "env:ZAPIER_TOKEN"},
    }
    assert servers["internal-api"]["credentials"] == {"type": "api_key", "value": "env:INTERNAL_TOOLS_KEY"}
    assert servers["github-local"]["env"] == {"LOG_LEVEL": "info"}
    status, detail = line(r, "mcp_servers.github_local")
    assert status == "partly" and "GITHUB_PERSONAL_ACCESS_TOKEN" in detail
    assert "auth_type basic" in line(r, "mcp_servers.basic_auth_server")[1]
    assert line(r, "model_list[0] (gpt-4o).api_key")[0] == "partly"  # a literal key is flagged
    assert line(r, "environment_variables")[0] == "not mapped"


def test_non_secret_environment_reference_is_read_or_reported() -> None:
    cfg = {
        "model_list": [
            {"model_name": "a", "litellm_params": {"model": "azure/d1", "api_base": "os.environ/AZ_BASE"}},
            {"model_name": "b", "litellm_params": {"model": "azure/d2", "api_base": "os.environ/UNSET_BASE"}},
        ]
    }
    r = convert(cfg, env={"AZ_BASE": "https://res.openai.azure.com"})
    assert r.settings["llm"]["providers"]["azure"]["base_url"] == "https://res.openai.azure.com"
    assert "b" not in r.settings["llm"]["aliases"]
    assert line(r, "model_list[1] (b)")[0] == "not mapped"


def test_cli_dry_run_writes_nothing_and_write_is_private(tmp_path: Path) -> None:
    # In process (typer runs a one-command app without its name; `bastion import litellm`
    # itself is run by the end-to-end test below).
    runner = CliRunner()
    out = tmp_path / "bastion.yaml"
    src = str(CONFIGS / "azure_fallbacks.yaml")
    dry = runner.invoke(import_app, [src, "--dry-run", "-o", str(out)])
    assert dry.exit_code == 0, dry.output
    assert "dry run" in dry.output and "never imported" in dry.output and not out.exists()
    real = runner.invoke(import_app, [src, "-o", str(out)])
    assert real.exit_code == 0, real.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "sk-litellm-master" not in out.read_text()
    assert yaml.safe_load(out.read_text())["llm"]["aliases"]["gpt-4o"]
    again = runner.invoke(import_app, [src, "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output


# -- end to end: the imported config serves the same names to the openai SDK ------------------


@pytest.fixture(scope="module")
def fakes() -> Iterator[tuple[FakeProvider, FakeProvider]]:
    with FakeProvider() as fake, FakeProvider() as flaky:
        yield fake, flaky


def e2e_config(fake: FakeProvider, flaky: FakeProvider) -> dict[str, Any]:
    def entry(name: str, **params: Any) -> dict[str, Any]:
        return {"model_name": name, "litellm_params": params}

    az = {"api_key": "os.environ/AZ_KEY", "api_version": "2024-10-21"}
    return {
        "model_list": [
            entry("gpt-4o", model="azure/gpt4o-east", api_base=fake.url, rpm=100, **az),
            entry("gpt-4o", model="azure/gpt4o-west", api_base=fake.url + "/", rpm=100, **az),
            entry("claude-sonnet", model="anthropic/claude-x", api_base=fake.url, api_key="os.environ/AN_KEY"),
            entry("backup", model="openai/gpt-x", api_base=fake.url + "/v1", api_key="os.environ/OA_KEY"),
            entry("primary", model="openai/m-primary", api_base=flaky.url + "/v1", api_key="os.environ/OA_KEY"),
            {**entry("embed", model="ollama/embed-x", api_base=fake.url), "model_info": {"mode": "embedding"}},
            entry("gemini/*", model="gemini/*", api_base=fake.url, api_key="os.environ/GE_KEY"),
        ],
        "router_settings": {"fallbacks": [{"primary": ["backup"]}], "num_retries": 0},
        "general_settings": {"master_key": "sk-master-never-imported"},
    }


def test_imported_config_serves_the_same_names(tmp_path: Path, fakes: tuple[FakeProvider, FakeProvider]) -> None:
    fake, flaky = fakes
    src = tmp_path / "litellm.yaml"
    src.write_text(yaml.safe_dump(e2e_config(fake, flaky)))
    out = tmp_path / "bastion.yaml"
    done = run_import(str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    settings = yaml.safe_load(out.read_text())
    env = {"AZ_KEY": "az-upstream", "AN_KEY": "an-upstream", "OA_KEY": "oa-upstream", "GE_KEY": "ge-upstream"}
    with start_gateway(tmp_path / "gw", settings, env=env, timeout=180) as gw:
        key = gw.create_key("migrated")
        client = openai.OpenAI(base_url=gw.url + "/v1", api_key=key, max_retries=0)
        assert {m.id for m in client.models.list()} == {"gpt-4o", "claude-sonnet", "backup", "primary"}
        for name in ("gpt-4o", "claude-sonnet", "backup", "gemini/gemini-x"):
            r = client.chat.completions.create(model=name, messages=[{"role": "user", "content": f"hi {name}"}])
            assert r.choices[0].message.content == f"echo: hi {name}"
        azure_calls = fake.control.requests("/openai/deployments/")
        assert azure_calls and all(c["headers"].get("api-key") == "az-upstream" for c in azure_calls)
        assert fake.control.requests("/v1/messages")[-1]["headers"]["x-api-key"] == "an-upstream"
        # The fallback chain: primary fails upstream, backup answers.
        flaky.control.fail(500, times=5)
        r = client.chat.completions.create(model="primary", messages=[{"role": "user", "content": "fall back"}])
        assert r.choices[0].message.content == "echo: fall back"
        emb = client.embeddings.create(model="embed", input=["a", "b"])
        assert len(emb.data) == 2
        # As in LiteLLM, only the configured names are public: a deployment's own name is not.
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model="azure/gpt4o-east", messages=[{"role": "user", "content": "x"}])

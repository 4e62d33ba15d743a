"""`bastion configure`: the wizard driven through a pseudo-terminal (pexpect), the flag-only
mode without a terminal, `--show`, and the SDK reading what the wizard wrote."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pexpect
import yaml

from bastion_sdk import BastionClient
from tests.fakes.llm_providers import FakeControl, FakeProvider
from tests.gateway_process import BASTION, GatewayProcess


def spawn(args: list[str], config: Path, program: list[str] | None = None) -> tuple[pexpect.spawn, io.StringIO]:
    """The wizard on a pseudo-terminal; everything it prints is kept in the returned buffer."""
    env = {**os.environ, "TERM": "xterm", "BASTION_CONFIG": str(config)}
    for name in ("BASTION_URL", "BASTION_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        env.pop(name, None)
    cmd = program or [sys.executable, "-m", "bastion_sdk"]
    child = pexpect.spawn(
        cmd[0], [*cmd[1:], "configure", *args], env=env, encoding="utf-8", timeout=60, dimensions=(40, 250)
    )
    out = io.StringIO()
    child.logfile_read = out
    return child, out


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus or 0)


def private(path: Path) -> dict[str, object]:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    return dict(yaml.safe_load(path.read_text()))


def test_wizard_gateway_mode_checks_the_key_and_never_echoes_it(
    sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path
) -> None:
    config = tmp_path / "cfg" / "config.yaml"
    # The gateway's command line runs the same wizard.
    child, out = spawn([], config, program=[*BASTION])
    child.expect(r"gateway/direct")
    child.sendline("gateway")
    child.expect("Gateway URL")
    child.sendline(sdk_gateway.url)
    child.expect("input hidden")
    child.sendline("bst_wrong_key_0000000000")
    child.expect("check failed")
    child.expect("Gateway URL")
    child.sendline(sdk_gateway.url)
    child.expect("input hidden")
    child.sendline(sdk_key)
    child.expect("you are sdk-user")
    assert finish(child) == 0
    assert sdk_key not in out.getvalue() and "bst_wrong_key" not in out.getvalue()
    assert private(config) == {"url": sdk_gateway.url, "api_key": sdk_key}
    # The SDK now runs in gateway mode with no argument at all.
    with BastionClient(env={"BASTION_CONFIG": str(config)}) as c:
        assert c.mode == "gateway" and c.whoami()["user_id"] == "sdk-user"


def test_wizard_direct_mode_with_two_providers(sdk_fake: FakeProvider, fake_ctl: FakeControl, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    child, out = spawn([], config)
    child.expect(r"gateway/direct")
    child.sendline("direct")
    child.expect(r"Provider \(openai/azure/anthropic/gemini/ollama\)")
    child.sendline("ollama")
    child.expect("ollama endpoint")
    child.sendline(sdk_fake.url)
    child.expect(r"ollama reached \(1 models\)")
    child.expect("Add another provider")
    child.sendline("y")
    child.expect("Provider")
    child.sendline("azure")
    child.expect("input hidden")
    child.sendline("azure-secret-key-123")
    child.expect("azure endpoint")
    child.sendline(sdk_fake.url)
    child.expect("api-version")
    child.sendline("")
    child.expect("azure at .* reached")
    child.expect("Add another provider")
    child.sendline("n")
    assert finish(child) == 0
    assert "azure-secret-key-123" not in out.getvalue()
    saved = private(config)
    assert "url" not in saved
    assert saved["providers"] == {
        "ollama": {"base_url": sdk_fake.url},
        "azure": {"api_key": "azure-secret-key-123", "base_url": sdk_fake.url, "api_version": "2024-10-21"},
    }
    # The SDK calls the providers directly with what the wizard saved.
    with BastionClient(config_path=config, env={}) as c:
        assert c.mode == "direct"
        assert c.chat("from the file", model="azure/dep").text == "echo: from the file"
    assert fake_ctl.requests("/openai/deployments/dep/")[-1]["headers"]["api-key"] == "azure-secret-key-123"


def test_flags_without_a_terminal_and_show_masks_secrets(
    sdk_gateway: GatewayProcess, sdk_key: str, tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    env = {**os.environ, "MY_BASTION_KEY": sdk_key, "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    env.pop("BASTION_URL", None)
    cmd = [sys.executable, "-m", "bastion_sdk", "configure", "--config", str(config)]
    done = subprocess.run(
        [*cmd, "--url", sdk_gateway.url, "--api-key-env", "MY_BASTION_KEY"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "you are sdk-user" in done.stdout and sdk_key not in done.stdout + done.stderr
    assert private(config)["api_key"] == sdk_key
    bad = subprocess.run(
        [*cmd, "--url", sdk_gateway.url, "--api-key-stdin"],
        input="bst_wrong_key_0000000000\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert bad.returncode == 1 and "BASTION_API_KEY" in bad.stderr
    assert private(config)["api_key"] == sdk_key  # a failed check writes nothing
    shown = subprocess.run([*cmd, "--show"], capture_output=True, text=True, env=env, timeout=60)
    assert shown.returncode == 0, shown.stderr
    data = yaml.safe_load(shown.stdout)
    assert data["mode"] == "gateway" and data["url"] == sdk_gateway.url
    assert sdk_key not in shown.stdout and data["api_key"] == f"{sdk_key[:4]}…({len(sdk_key)} chars)"
    assert data["sources"]["api_key"] == "file"
    # The environment wins over the file, and says so.
    env["BASTION_URL"] = "http://127.0.0.1:1"
    shown = subprocess.run([*cmd, "--show"], capture_output=True, text=True, env=env, timeout=60)
    assert yaml.safe_load(shown.stdout)["sources"]["url"] == "env:BASTION_URL"

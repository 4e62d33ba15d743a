"""The SDK installed alone from sdk/ into a fresh venv (uv): it imports and works in direct mode
without the server package, orjson or anything else of the gateway's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.llm_providers import FakeProvider

ROOT = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).parent / "uv"

SCRIPT = """
import importlib.util, sys
from bastion_sdk import BastionClient
for absent in ("bastion", "orjson", "aiohttp", "torch", "fastapi", "prompt_toolkit"):
    assert importlib.util.find_spec(absent) is None, absent
c = BastionClient(providers={"anthropic": {"api_key": "k", "base_url": sys.argv[1]}}, env={}, config_path="/nonexistent")
tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
call = c.chat("standalone", model="anthropic/claude-x", tools=tools).tool_calls[0]
print(call.function.name, call.function.arguments)
print("".join(ch.text for ch in c.chat("stream alone", model="anthropic/claude-x", stream=True)))
"""


def _index_args() -> list[str]:
    """This machine's local wheel places, as `make install` hands them to uv."""
    out: list[str] = []
    for key, flag in (("global.find-links", "--find-links"), ("global.extra-index-url", "--extra-index-url")):
        got = subprocess.run(
            [sys.executable, "-m", "pip", "config", "get", key], capture_output=True, text=True, timeout=60
        )
        for value in got.stdout.split() if got.returncode == 0 else []:
            out += [flag, value]
    return out + (["--index-strategy", "unsafe-first-match"] if "--extra-index-url" in out else [])


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("sdk-venv")
    path = base / "venv"
    # Built from a copy: a non-editable install writes build/ and *.egg-info next to the sources.
    source = base / "sdk"
    shutil.copytree(ROOT / "sdk", source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run([str(UV), "venv", "-q", "--python", sys.executable, str(path)], check=True, env=env, timeout=300)
    subprocess.run(
        [str(UV), "pip", "install", "-q", "--python", str(path / "bin" / "python"), *_index_args(), str(source)],
        check=True,
        env=env,
        timeout=600,
    )
    return path


def test_sdk_alone_imports_and_calls_a_provider(venv: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    with FakeProvider() as fake:
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-c", SCRIPT, fake.url],
            capture_output=True,
            text=True,
            env=env,
            cwd=venv,  # not the repository: nothing of it is importable from here
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ['lookup {"query":"standalone"}', "echo: stream alone"]


def test_sdk_alone_has_its_command_line(venv: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "BASTION_URL")}
    env["OPENAI_API_KEY"] = "sk-standalone-secret-123"
    done = subprocess.run(
        [str(venv / "bin" / "bastion-sdk"), "configure", "--show", "--config", str(tmp_path / "none.yaml")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "mode: direct" in done.stdout and "env:OPENAI_API_KEY" in done.stdout
    assert "sk-standalone-secret-123" not in done.stdout

"""The CLI against a running gateway, as a user would type it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.gateway_process import start_gateway

#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


def run(gw_url: str, admin_key: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_URL": gw_url, "BASTION_ADMIN_KEY": admin_key}
    return subprocess.run([*BASTION, *args], capture_output=True, text=True, timeout=60, env=env)


def test_users_keys_traces_from_the_cli(tmp_path: Path) -> None:
    with start_gateway(tmp_path) as gw:
        r = run(gw.url, gw.admin_key, "users", "add", "zoe", "--email", "zoe@example.com", "--group", "ops")
        assert r.returncode == 0, r.stderr
        r = run(gw.url, gw.admin_key, "keys", "create", "--user", "zoe", "--name", "laptop", "--model", "gpt-*")
        assert r.returncode == 0, r.stderr
        created = json.loads(r.stdout)
        assert created["key"].startswith("bst_") and created["models"] == ["gpt-*"]
        who = httpx.get(gw.url + "/whoami", headers={"x-api-key": created["key"]}).json()
        assert who["user_id"] == "zoe"
        listed = run(gw.url, gw.admin_key, "keys", "list", "--user", "zoe").stdout
        assert created["id"] in listed and created["key"] not in listed
        assert run(gw.url, gw.admin_key, "traces", "search", "--user", "zoe").stdout.count("whoami") >= 1
        assert run(gw.url, gw.admin_key, "keys", "revoke", created["id"]).returncode == 0
        assert httpx.get(gw.url + "/whoami", headers={"x-api-key": created["key"]}).status_code == 401
        bad = run(gw.url, "bst_wrong_admin_key", "keys", "list")
        assert bad.returncode == 1 and "401" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_without_gateway_says_so(tmp_path: Path) -> None:
    r = run("http://127.0.0.1:9", "bst_x" * 4, "users", "list")
    assert r.returncode == 1 and "cannot reach the gateway" in r.stderr


def test_version() -> None:
    r = subprocess.run([*BASTION, "version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("bastion ")

"""``bastion policy ...`` against a real gateway process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.gateway_process import start_gateway

#: The ``bastion`` command line (what the console script runs), independent of how it is installed.
BASTION = [sys.executable, "-m", "bastion"]


def run(url: str, key: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASTION_URL": url, "BASTION_ADMIN_KEY": key}
    return subprocess.run([*BASTION, "policy", *args], capture_output=True, text=True, timeout=120, env=env)


def test_policy_cli(tmp_path: Path) -> None:
    policy_file = tmp_path / "p.yaml"
    policy_file.write_text(
        "name: eng-keys\nscope: {include: {departments: [engineering]}}\n"
        "rules:\n  - {name: keys, detector: {type: secrets}, action: block, message: no keys}\n"
    )
    draft_file = tmp_path / "d.yaml"
    draft_file.write_text(
        "name: draft-mails\nrules:\n  - {name: mails, detector: {type: pii, entities: [EMAIL]}, action: redact}\n"
    )
    aws = "AKIA" + "Z3X4C5V6B7N2M3Q4"
    with start_gateway(tmp_path) as gw:
        r = run(gw.url, gw.admin_key, "import", str(policy_file))
        assert r.returncode == 0, r.stderr
        assert "eng-keys: version 1" in r.stdout
        r = run(
            gw.url,
            gw.admin_key,
            "enable-template",
            "competitive-intel",
            "-p",
            "codenames=bluebird,nightjar",
            "--mode",
            "monitor",
        )
        assert r.returncode == 0, r.stderr
        assert "competitive-intel: version 1" in r.stdout and "monitor" in r.stdout
        listed = run(gw.url, gw.admin_key, "list").stdout
        assert "eng-keys" in listed and "competitive-intel" in listed and "monitor" in listed

        r = run(gw.url, gw.admin_key, "test", f"key {aws}", "--department", "engineering")
        assert r.returncode == 0, r.stderr
        assert "action: block" in r.stdout and "MATCH eng-keys v1 / keys" in r.stdout
        r = run(gw.url, gw.admin_key, "test", "mail a@b.example", "--draft", str(draft_file))
        assert "action: redact" in r.stdout and "[EMAIL_1]" in r.stdout

        out = tmp_path / "export.yaml"
        r = run(gw.url, gw.admin_key, "export", "--name", "eng-keys", "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert "name: eng-keys" in out.read_text() and "competitive" not in out.read_text()

        bad = run(gw.url, gw.admin_key, "enable-template", "nope")
        assert bad.returncode == 1 and "404" in bad.stderr and "Traceback" not in bad.stderr

"""The Helm chart and the Docker image speak the settings the gateway actually reads.

There is no ``helm`` binary on the build machines, so the chart's two templates that carry
settings are rendered here for one set of values by substituting their few expressions; the
result must load through ``load_settings`` and land where the gateway reads it. A renamed
setting (``semcache.chroma_url``, ``store_url``, ...) then fails here instead of in a pod's
crash loop.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bastion.gateway.semcache.settings import SemcacheSettings
from bastion.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "helm" / "bastion"
VALUES = yaml.safe_load((CHART / "values.yaml").read_text())
SAMPLE = {
    "redisUrl": "redis://redis:6379/0",
    "chromaUrl": "http://chroma:8000",
    "storeUrl": "postgresql+asyncpg://bastion:secret@postgres/bastion",
    "adminKey": "bst_" + "k" * 40,
}


def _expression(expr: str) -> str:
    """The value of one ``{{ ... }}`` expression of the configmap for :data:`SAMPLE` values."""
    expr = expr.strip("- ")
    if expr == ".Values.service.port":
        return str(VALUES["service"]["port"])
    if expr == ".Values.gracefulShutdownSeconds":
        return str(VALUES["gracefulShutdownSeconds"])
    if expr == ".Values.redisUrl | quote":
        return f'"{SAMPLE["redisUrl"]}"'
    raise AssertionError(f"the chart uses an expression this test does not know: {{{{ {expr} }}}}")


def rendered_config() -> str:
    """``bastion.yaml`` from the configmap, with ``redisUrl`` set and ``config`` empty."""
    text = (CHART / "templates" / "configmap.yaml").read_text()
    body = text.split("bastion.yaml: |", 1)[1]
    lines = []
    for line in body.splitlines():
        if re.fullmatch(r"\s*\{\{-?\s*(if|with|end|toYaml)\b.*\}\}\s*", line):
            continue  # control lines: the "if redisUrl" branch is taken, "with .Values.config" is empty
        lines.append(re.sub(r"\{\{(.*?)\}\}", lambda m: _expression(m.group(1)), line))
    return "\n".join(line[4:] if line.startswith("    ") else line for line in lines) + "\n"


def chart_env() -> dict[str, str]:
    """The ``BASTION_*`` variables the deployment sets, with :data:`SAMPLE` values."""
    text = (CHART / "templates" / "deployment.yaml").read_text()
    names = re.findall(r"- name: (BASTION_[A-Z0-9_]+)", text)
    assert names, "the deployment sets no BASTION_* variable: the regex no longer matches the chart"
    by_name = {
        "BASTION_ADMIN_KEY": SAMPLE["adminKey"],
        "BASTION_STORE_URL": SAMPLE["storeUrl"],
        "BASTION_SEMCACHE__CHROMA_URL": SAMPLE["chromaUrl"],
        "BASTION_MODEL_CACHE": "/opt/bastion/models",
    }
    unknown = set(names) - by_name.keys()
    assert not unknown, f"the chart sets variables this test does not know: {unknown}"
    return {n: by_name[n] for n in names}


def test_the_chart_config_and_environment_load_into_the_settings_the_gateway_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [k for k in __import__("os").environ if k.startswith("BASTION_")]:
        monkeypatch.delenv(name)
    env = chart_env()
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    cfg = tmp_path / "bastion.yaml"
    cfg.write_text(rendered_config())
    s = load_settings(cfg)
    assert s.server.host == "0.0.0.0" and s.server.port == VALUES["service"]["port"]
    assert s.server.graceful_timeout_s == VALUES["gracefulShutdownSeconds"]
    assert str(s.data_dir) == "/data"
    assert s.cache.url == SAMPLE["redisUrl"]
    assert s.auth.admin_key == SAMPLE["adminKey"]
    assert s.resolved_store_url == SAMPLE["storeUrl"]
    assert SemcacheSettings.model_validate(s.semcache).chroma_url == SAMPLE["chromaUrl"]


def test_shutdown_timings_fit_inside_the_pods_grace_period() -> None:
    """preStop delay + the gateway's graceful window + a margin = terminationGracePeriodSeconds,
    each taken from the values the configmap and the preStop hook use."""
    deployment = (CHART / "templates" / "deployment.yaml").read_text()
    grace = re.search(r"terminationGracePeriodSeconds: \{\{ add (.*?) \}\}", deployment)
    assert grace is not None
    assert grace.group(1).split() == [
        ".Values.preStopDelaySeconds",
        ".Values.gracefulShutdownSeconds",
        ".Values.shutdownMarginSeconds",
    ]
    assert 'command: ["sleep", "{{ .Values.preStopDelaySeconds }}"]' in deployment
    assert VALUES["preStopDelaySeconds"] > 0 and VALUES["shutdownMarginSeconds"] > 0
    assert (
        "graceful_timeout_s: {{ .Values.gracefulShutdownSeconds }}"
        in (CHART / "templates" / "configmap.yaml").read_text()
    )


def test_the_image_bakes_the_model_where_the_chart_looks_and_has_what_saml_needs() -> None:
    docker = (ROOT / "Dockerfile").read_text()
    deployment = (CHART / "templates" / "deployment.yaml").read_text()
    baked = re.search(r"BASTION_MODEL_CACHE=(\S+)", docker)
    assert baked, "the image sets BASTION_MODEL_CACHE"
    # The pod's root filesystem is read-only: the ONNX export must already be in the image,
    # in the directory the pod reads.
    assert re.search(r"name: BASTION_MODEL_CACHE\s+value: \"?" + re.escape(baked.group(1)), deployment)
    assert "Embedder().load()" in docker
    # ... and so must the injection detector's fine-tuned MiniLM (a missing one fails the rule
    # closed) and the cache's static encoder.
    assert "injection_head prepare" in docker and "static_encoder prepare" in docker
    # The image takes the versions the weights were fitted with.
    assert "-c constraints.txt" in docker
    assert "xmlsec1" in docker  # the saml provider verifies signatures with it

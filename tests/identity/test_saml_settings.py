"""SAML provider settings: every mistake is refused at start-up with a message naming the
entry and field (``auth.providers[0].idp_metadata_file: ...``), in-process and from the real
``bastion serve`` command."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bastion.gateway.identity import build_providers
from bastion.gateway.identity.saml import SAMLProvider
from bastion.gateway.sections import SettingsError
from tests.gateway_process import BASTION
from tests.identity.saml_idp import idp_metadata, make_keypair

IDP = "https://idp.example.com/saml"


@pytest.fixture(scope="module")
def metadata_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("saml-md")
    key, cert = make_keypair(d, "idp")
    path = d / "idp.xml"
    path.write_text(idp_metadata(IDP, "https://idp.example.com", key, cert))
    return path


def entry(metadata_file: Path, **extra: Any) -> dict[str, Any]:
    return {
        "type": "saml",
        "name": "corp",
        "base_url": "https://bastion.example.com",
        "idp_metadata_file": str(metadata_file),
        **extra,
    }


def refused(raw: dict[str, Any]) -> str:
    with pytest.raises(SettingsError) as e:
        build_providers(
            [
                {
                    "type": "ldap",
                    "url": "ldap://127.0.0.1",
                    "bind_dn": "cn=x",
                    "bind_password": "p",
                    "user_base": "dc=x",
                },
                raw,
            ]
        )
    return str(e.value)


def test_a_valid_entry_builds(metadata_file: Path) -> None:
    [provider] = build_providers([entry(metadata_file, attributes={"groups": "memberOf"})])
    assert isinstance(provider, SAMLProvider)
    assert provider.sp.idp_entity_id == IDP
    assert provider.settings.acs_url == "https://bastion.example.com/auth/saml/corp/acs"
    assert provider.settings.entity_id == "https://bastion.example.com/auth/saml/corp/metadata"
    assert provider.settings.attributes.groups == ["memberOf"]
    assert provider.settings.session_ttl_s == 8 * 3600
    # Inline XML works as well as a file.
    inline = {k: v for k, v in entry(metadata_file).items() if k != "idp_metadata_file"}
    [p2] = build_providers([{**inline, "idp_metadata_xml": metadata_file.read_text()}])
    assert isinstance(p2, SAMLProvider) and p2.sp.idp_entity_id == IDP


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": None}, "auth.providers[1].name: Input should be a valid string"),
        ({"name": "Corp/../x"}, "auth.providers[1].name: String should match pattern"),
        ({"base_url": "http://bastion.example.com"}, "base_url must be https"),
        ({"base_url": "ftp://bastion.example.com"}, "auth.providers[1].base_url: Value error, must be an http(s) URL"),
        ({"idp_metadata_file": None}, "set exactly one of idp_metadata_file, idp_metadata_xml"),
        ({"idp_metadata_xml": "<x/>"}, "set exactly one of idp_metadata_file, idp_metadata_xml"),
        ({"idp_metadata_file": "/nonexistent/idp.xml"}, "auth.providers[1].idp_metadata_file: cannot read"),
        ({"clock_skew_s": 3600}, "auth.providers[1].clock_skew_s: Input should be less than or equal to 600"),
        ({"session_ttl_s": 0}, "auth.providers[1].session_ttl_s: Input should be greater than or equal to 60"),
        ({"want_assertion_signed": False}, "auth.providers[1].want_assertion_signed: Extra inputs are not permitted"),
        ({"attributes": {"mail": ["x"]}}, "auth.providers[1].attributes.mail: Extra inputs are not permitted"),
        (
            {"idp_entity_id": "https://other.example.com"},
            "auth.providers[1].idp_entity_id: the metadata does not describe identity provider",
        ),
        ({"xmlsec_binary": "/nonexistent/xmlsec1"}, "auth.providers[1].xmlsec_binary: the xmlsec1 program is needed"),
    ],
)
def test_bad_settings_name_the_field(metadata_file: Path, change: dict[str, Any], message: str) -> None:
    raw = {k: v for k, v in {**entry(metadata_file), **change}.items() if v is not None or k == "name"}
    if change.get("name", "") is None:
        del raw["name"]
        message = "auth.providers[1].name: Field required"
    assert message in refused(raw)


def test_unusable_metadata_is_refused(metadata_file: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.xml"
    garbage.write_text("this is < not XML")
    assert "auth.providers[1].idp_metadata_file: not usable SAML metadata" in refused(
        entry(metadata_file, idp_metadata_file=str(garbage))
    )
    garbage.write_text("<html>not metadata</html>")
    assert "auth.providers[1].idp_metadata_file: the metadata describes no identity provider" in refused(
        entry(metadata_file, idp_metadata_file=str(garbage))
    )
    # Metadata of an SP, not an IdP.
    sp_only = metadata_file.read_text().replace("IDPSSODescriptor", "SPSSODescriptor")
    sp_file = tmp_path / "sp.xml"
    sp_file.write_text(sp_only)
    assert "auth.providers[1].idp_metadata_file: the metadata describes no identity provider" in refused(
        entry(metadata_file, idp_metadata_file=str(sp_file))
    )


def test_bastion_serve_exits_with_a_clear_message(metadata_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "bastion.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "data_dir": str(tmp_path / "data"),
                "semcache": {"enabled": False},
                "auth": {"providers": [entry(metadata_file, idp_metadata_file=str(tmp_path / "missing.xml"))]},
            }
        )
    )
    proc = subprocess.run(
        [*BASTION, "serve", "--config", str(config), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "auth.providers[0].idp_metadata_file: cannot read" in proc.stderr
    assert "Traceback" not in proc.stderr

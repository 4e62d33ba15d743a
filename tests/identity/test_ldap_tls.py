"""The LDAP provider over TLS (ldaps:// and StartTLS) against a real OpenLDAP server with a
throwaway CA: certificates are verified by default."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bastion.gateway.call import Refusal
from bastion.gateway.identity.ldap import LdapProvider
from tests.identity.slapd import ALICE, Slapd, running_slapd
from tests.identity.test_ldap_provider import basic, provider


@pytest.fixture(scope="module")
def tls_slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with running_slapd(tmp_path_factory.mktemp("slapd-tls"), tls=True) as server:
        yield server


async def _login(ldap: LdapProvider) -> str:
    p = await ldap.authenticate(basic(ALICE.uid, ALICE.password))
    assert p is not None
    return p.user_id


@pytest.mark.anyio
async def test_ldaps_with_the_ca(tls_slapd: Slapd) -> None:
    assert await _login(provider(tls_slapd, url=tls_slapd.ldaps_url, ca_file=str(tls_slapd.ca_file))) == "alice"


@pytest.mark.anyio
async def test_start_tls_with_the_ca(tls_slapd: Slapd) -> None:
    assert await _login(provider(tls_slapd, start_tls=True, ca_file=str(tls_slapd.ca_file))) == "alice"


@pytest.mark.anyio
@pytest.mark.parametrize("start_tls", [False, True])
async def test_an_untrusted_certificate_is_refused(
    tls_slapd: Slapd, start_tls: bool, caplog: pytest.LogCaptureFixture
) -> None:
    url = tls_slapd.url if start_tls else tls_slapd.ldaps_url
    ldap = provider(tls_slapd, url=url, start_tls=start_tls)  # system CAs only: ours is unknown
    with caplog.at_level(logging.WARNING, logger="bastion.identity.ldap"), pytest.raises(Refusal) as refused:
        await ldap.authenticate(basic(ALICE.uid, ALICE.password))
    assert refused.value.status == 503 and "unavailable" in caplog.text


@pytest.mark.anyio
async def test_verification_can_be_switched_off(tls_slapd: Slapd) -> None:
    assert await _login(provider(tls_slapd, url=tls_slapd.ldaps_url, verify=False)) == "alice"

"""The LDAP identity provider against a real OpenLDAP server (no mocks): search-then-bind,
attribute and group mapping, injection safety, the login cache, back-off and outages."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from bastion.gateway.call import Credentials, Refusal
from bastion.gateway.identity import build_providers
from bastion.gateway.identity.ldap import LdapProvider, from_settings
from bastion.gateway.principal import UNRESTRICTED, Grants
from bastion.gateway.sections import SettingsError
from tests.identity.slapd import (
    ALICE,
    BOB,
    CAROL,
    GROUPS,
    OHARA,
    PEOPLE,
    SERVICE_DN,
    SERVICE_PW,
    Slapd,
    running_slapd,
)


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with running_slapd(tmp_path_factory.mktemp("slapd")) as server:
        yield server


@pytest.fixture
def own_slapd(tmp_path: Path) -> Iterator[Slapd]:
    """A server of the test's own, for tests that stop it."""
    with running_slapd(tmp_path / "slapd") as server:
        yield server


def settings(server: Slapd, **extra: Any) -> dict[str, Any]:
    return {
        "url": server.url,
        "bind_dn": SERVICE_DN,
        "bind_password": SERVICE_PW,
        "user_base": PEOPLE,
        "timeout_s": 5,
        **extra,
    }


def provider(server: Slapd, **extra: Any) -> LdapProvider:
    return from_settings(settings(server, **extra), "auth.providers[0]")


def basic(user: str, password: str) -> Credentials:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return Credentials(headers={"authorization": f"Basic {token}"})


@pytest.mark.anyio
async def test_good_login_maps_the_entry(slapd: Slapd) -> None:
    p = await provider(slapd).authenticate(basic(ALICE.uid, ALICE.password))
    assert p is not None
    assert (p.user_id, p.auth_method, p.email, p.name, p.department) == (
        "alice",
        "ldap",
        "alice@example.org",
        "Alice Liddell",
        "Research",
    )
    assert p.groups == ("bastion-admins", "engineers")  # from memberOf
    assert p.roles == () and p.grants == UNRESTRICTED and p.key_id is None


@pytest.mark.anyio
async def test_wrong_password_and_unknown_user_are_refused(slapd: Slapd) -> None:
    ldap = provider(slapd)
    assert await ldap.authenticate(basic(ALICE.uid, "not-her-password")) is None
    assert await ldap.authenticate(basic("nobody", ALICE.password)) is None
    assert await ldap.authenticate(basic(BOB.uid, ALICE.password)) is None


@pytest.mark.anyio
async def test_empty_password_is_refused_without_contacting_the_server(slapd: Slapd) -> None:
    ldap = provider(slapd)
    before = (slapd.binds(ALICE.dn), slapd.binds(SERVICE_DN))
    assert await ldap.authenticate(basic(ALICE.uid, "")) is None
    assert await ldap.authenticate(basic("", ALICE.password)) is None
    assert (slapd.binds(ALICE.dn), slapd.binds(SERVICE_DN)) == before
    assert ldap.directory_logins == 0


@pytest.mark.anyio
async def test_other_credentials_are_not_ours(slapd: Slapd) -> None:
    ldap = provider(slapd)
    assert await ldap.authenticate(Credentials(api_key="bst_x", headers={"authorization": "Bearer bst_x"})) is None
    assert await ldap.authenticate(Credentials(headers={"authorization": "Basic !!not-base64!!"})) is None
    no_colon = base64.b64encode(b"alice").decode()
    assert await ldap.authenticate(Credentials(headers={"authorization": f"Basic {no_colon}"})) is None
    assert await ldap.authenticate(Credentials()) is None
    assert ldap.directory_logins == 0


@pytest.mark.anyio
@pytest.mark.parametrize("username", ["*", "a*", ")(uid=*", "alice)(|(uid=*", "*)(uid=*))(|(uid=*", "alice\\2a"])
async def test_filter_metacharacters_match_nobody(slapd: Slapd, username: str) -> None:
    ldap = provider(slapd)
    assert await ldap.authenticate(basic(username, ALICE.password)) is None
    assert ldap.directory_logins == 1  # the directory was asked, and found no one
    assert await ldap.authenticate(basic(ALICE.uid, ALICE.password)) is not None


@pytest.mark.anyio
async def test_username_with_metacharacters_finds_exactly_that_user(slapd: Slapd) -> None:
    p = await provider(slapd).authenticate(basic(OHARA.uid, OHARA.password))
    assert p is not None and p.user_id == "o(hara)" and p.email == OHARA.mail


@pytest.mark.anyio
async def test_required_groups(slapd: Slapd) -> None:
    ldap = provider(slapd, required_groups=["Engineers"])  # group names match case-insensitively
    assert await ldap.authenticate(basic(CAROL.uid, CAROL.password)) is None  # right password, no group
    bob = await ldap.authenticate(basic(BOB.uid, BOB.password))
    assert bob is not None and "engineers" in bob.groups
    by_dn = provider(slapd, required_groups=[f"cn=bastion-admins,{GROUPS}"])
    assert await by_dn.authenticate(basic(ALICE.uid, ALICE.password)) is not None
    assert await by_dn.authenticate(basic(BOB.uid, BOB.password)) is None


@pytest.mark.anyio
async def test_admin_groups_and_grants(slapd: Slapd) -> None:
    ldap = provider(slapd, admin_groups=["bastion-admins"], grants={"models": ["main"]}, rpm_limit=30)
    alice = await ldap.authenticate(basic(ALICE.uid, ALICE.password))
    bob = await ldap.authenticate(basic(BOB.uid, BOB.password))
    assert alice is not None and alice.roles == ("admin",) and alice.is_admin
    assert bob is not None and bob.roles == () and not bob.is_admin
    assert bob.grants == Grants(models=("main",)) and bob.rpm_limit == 30


@pytest.mark.anyio
async def test_groups_from_a_group_search(slapd: Slapd) -> None:
    # memberOf only knows groupOfNames; the search also finds groupOfUniqueNames.
    from_member_of = await provider(slapd).authenticate(basic(BOB.uid, BOB.password))
    searched = await provider(slapd, group_base=GROUPS).authenticate(basic(BOB.uid, BOB.password))
    assert from_member_of is not None and from_member_of.groups == ("engineers",)
    assert searched is not None and searched.groups == ("auditors", "engineers")


@pytest.mark.anyio
async def test_second_login_is_served_from_the_cache(slapd: Slapd) -> None:
    ldap = provider(slapd)
    before = slapd.binds(BOB.dn)
    first = await ldap.authenticate(basic(BOB.uid, BOB.password))
    assert slapd.binds(BOB.dn) == before + 1
    second = await ldap.authenticate(basic(BOB.uid, BOB.password))
    assert second == first and slapd.binds(BOB.dn) == before + 1
    # A wrong password is not served from the successful login's entry.
    assert await ldap.authenticate(basic(BOB.uid, BOB.password + "x")) is None
    assert slapd.binds(BOB.dn) == before + 2
    uncached = provider(slapd, cache_ttl_s=0)
    await uncached.authenticate(basic(BOB.uid, BOB.password))
    await uncached.authenticate(basic(BOB.uid, BOB.password))
    assert slapd.binds(BOB.dn) == before + 4


@pytest.mark.anyio
async def test_concurrent_identical_logins_share_one_bind(slapd: Slapd) -> None:
    ldap = provider(slapd)
    before = slapd.binds(CAROL.dn)
    results: list[Any] = []

    async def login() -> None:
        results.append(await ldap.authenticate(basic(CAROL.uid, CAROL.password)))

    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(login)
    assert len(results) == 10 and all(r is not None and r.user_id == "carol" for r in results)
    assert slapd.binds(CAROL.dn) == before + 1


@pytest.mark.anyio
async def test_repeated_failures_back_off_without_asking_the_directory(slapd: Slapd) -> None:
    ldap = provider(slapd, failure_threshold=2, failure_backoff_s=600)
    assert await ldap.authenticate(basic(CAROL.uid, "guess-1")) is None
    assert await ldap.authenticate(basic(CAROL.uid, "guess-2")) is None
    before = slapd.binds(CAROL.dn)
    assert await ldap.authenticate(basic("CAROL", CAROL.password)) is None  # same user, any case
    assert slapd.binds(CAROL.dn) == before and ldap.directory_logins == 2
    # Other users are not affected.
    assert await ldap.authenticate(basic(BOB.uid, BOB.password)) is not None


@pytest.mark.anyio
async def test_directory_outage(own_slapd: Slapd, caplog: pytest.LogCaptureFixture) -> None:
    ldap = provider(own_slapd, cache_ttl_s=600)
    async with ldap.lifecycle():
        assert await ldap.authenticate(basic(ALICE.uid, ALICE.password)) is not None
        own_slapd.stop()
        with caplog.at_level(logging.WARNING, logger="bastion.identity.ldap"):
            # A login cached within its TTL still works; a new one is refused with 503.
            assert await ldap.authenticate(basic(ALICE.uid, ALICE.password)) is not None
            for _ in range(2):
                with pytest.raises(Refusal) as refused:
                    await ldap.authenticate(basic(BOB.uid, BOB.password))
                assert refused.value.status == 503 and "LDAP directory is unavailable" in refused.value.message
        outage = [r.getMessage() for r in caplog.records if "unavailable" in r.getMessage()]
        assert len(outage) == 1 and own_slapd.url in outage[0]  # logged once per outage
        assert BOB.password not in caplog.text and SERVICE_PW not in caplog.text
        own_slapd.start()
        assert await ldap.authenticate(basic(BOB.uid, BOB.password)) is not None


@pytest.mark.anyio
async def test_start_up_with_the_directory_down_is_not_fatal(
    own_slapd: Slapd, caplog: pytest.LogCaptureFixture
) -> None:
    own_slapd.stop()
    ldap = provider(own_slapd, timeout_s=2)
    with caplog.at_level(logging.WARNING, logger="bastion.identity.ldap"):
        async with ldap.lifecycle():
            pass
    assert "unavailable" in caplog.text and own_slapd.url in caplog.text


@pytest.mark.anyio
async def test_wrong_service_password_is_a_clear_503(slapd: Slapd, caplog: pytest.LogCaptureFixture) -> None:
    ldap = provider(slapd, bind_password="wrong-service-password")
    with caplog.at_level(logging.WARNING, logger="bastion.identity.ldap"), pytest.raises(Refusal) as refused:
        await ldap.authenticate(basic(ALICE.uid, ALICE.password))
    assert refused.value.status == 503
    assert f"service account {SERVICE_DN} cannot bind" in caplog.text
    assert "wrong-service-password" not in caplog.text and ALICE.password not in caplog.text


def test_settings_are_validated(slapd: Slapd, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match=r"auth.providers\[0\].bogus"):
        build_providers([{"type": "ldap", **settings(slapd), "bogus": 1}])
    with pytest.raises(SettingsError, match="in clear"):
        provider(slapd, url="ldap://ldap.example.org")
    with pytest.raises(SettingsError, match="start_tls"):
        provider(slapd, url="ldaps://ldap.example.org", start_tls=True)
    with pytest.raises(SettingsError, match=r"user_filter"):
        provider(slapd, user_filter="(uid=alice)")
    with pytest.raises(SettingsError, match=r"auth.providers\[0\].user_filter: .*valid LDAP filter"):
        provider(slapd, user_filter="(&(uid={username})(objectClass=person)")
    with pytest.raises(SettingsError, match=r"group_filter"):
        provider(slapd, group_filter="member={dn}")
    with pytest.raises(SettingsError, match=r"auth.providers\[0\].bind_password: environment variable LDAP_PW"):
        provider(slapd, bind_password="env:LDAP_PW")
    monkeypatch.setenv("LDAP_PW", SERVICE_PW)
    assert isinstance(
        build_providers([{"type": "ldap", **settings(slapd, bind_password="env:LDAP_PW")}])[0], LdapProvider
    )
    provider(slapd, url="ldap://ldap.example.org", start_tls=True)
    provider(slapd, url="ldaps://ldap.example.org:636")


@pytest.mark.anyio
async def test_service_password_from_the_environment_works(slapd: Slapd, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LDAP_PW", SERVICE_PW)
    assert await provider(slapd, bind_password="env:LDAP_PW").authenticate(basic(BOB.uid, BOB.password)) is not None

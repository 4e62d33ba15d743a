"""A throwaway OpenLDAP ``slapd`` on a free loopback port, for the LDAP provider's tests.

Debian packages: ``slapd`` and ``ldap-utils``. The server gets its own ``slapd.conf`` and mdb
database in a temporary directory, the ``memberof`` overlay (so users carry ``memberOf``), and
ACLs like a real deployment's: only the service account may read the tree, user passwords can
only be used to bind. It runs in the foreground with the ``stats`` log level so tests can count
the binds the gateway made (``binds(dn)``).
"""

from __future__ import annotations

import contextlib
import re
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.gateway_process import free_port
from tests.processes import stop_process, wait_until

SLAPD = "/usr/sbin/slapd"
SUFFIX = "dc=example,dc=org"
ROOT_DN = f"cn=admin,{SUFFIX}"
ROOT_PW = "root-secret"
SERVICE_DN = f"cn=bastion,ou=services,{SUFFIX}"
SERVICE_PW = "svc-secret"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"


@dataclass(frozen=True)
class User:
    uid: str
    password: str
    cn: str
    mail: str
    department: str | None = None

    @property
    def dn(self) -> str:
        return f"uid={_dn_escape(self.uid)},{PEOPLE}"


ALICE = User("alice", "wonderland", "Alice Liddell", "alice@example.org", "Research")
BOB = User("bob", "builder-42", "Bob Builder", "bob@example.org", "Construction")
CAROL = User("carol", "carol-pw", "Carol Danvers", "carol@example.org")
# A legitimate username with filter metacharacters: escaping must still find exactly this user.
OHARA = User("o(hara)", "scarlett", "Scarlett O'Hara", "ohara@example.org")
USERS = (ALICE, BOB, CAROL, OHARA)
#: groupOfNames (tracked by memberOf): engineers = alice, bob, o(hara); bastion-admins = alice.
#: groupOfUniqueNames (not in memberOf, found only by a group search): auditors = bob.
GROUP_MEMBERS = {"engineers": (ALICE, BOB, OHARA), "bastion-admins": (ALICE,)}
UNIQUE_GROUP_MEMBERS = {"auditors": (BOB,)}


def _dn_escape(value: str) -> str:
    """RFC 4514 escaping for the characters our test users use."""
    return re.sub(r'([,+"\\<>;=])', r"\\\1", value)


def _hash(password: str) -> str:
    return subprocess.run(["slappasswd", "-s", password], check=True, capture_output=True, text=True).stdout.strip()


def make_certificates(workdir: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1 / localhost it signed:
    ``(ca_file, cert_file, key_file)``."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    validity = (now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=1))

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Bastion test CA"))
        .issuer_name(name("Bastion test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = (workdir / "ca.pem", workdir / "server.pem", workdir / "server.key")
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


def _config(workdir: Path, tls: tuple[Path, Path, Path] | None) -> str:
    tls_lines = f"TLSCertificateFile {tls[1]}\nTLSCertificateKeyFile {tls[2]}\n" if tls else ""
    return f"""
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload memberof
pidfile {workdir}/slapd.pid
argsfile {workdir}/slapd.args
{tls_lines}
database mdb
maxsize 33554432
suffix "{SUFFIX}"
rootdn "{ROOT_DN}"
rootpw {_hash(ROOT_PW)}
directory {workdir}/data
index objectClass,uid,member,uniqueMember eq
overlay memberof
memberof-refint TRUE

access to attrs=userPassword
    by anonymous auth
    by * none
access to *
    by dn.exact="{SERVICE_DN}" read
    by self read
    by * none
"""


def _ldif() -> str:
    entries = [
        f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n",
        f"dn: ou=people,{SUFFIX}\nobjectClass: organizationalUnit\nou: people\n",
        f"dn: ou=groups,{SUFFIX}\nobjectClass: organizationalUnit\nou: groups\n",
        f"dn: ou=services,{SUFFIX}\nobjectClass: organizationalUnit\nou: services\n",
        f"dn: {SERVICE_DN}\nobjectClass: applicationProcess\nobjectClass: simpleSecurityObject\n"
        f"cn: bastion\nuserPassword: {_hash(SERVICE_PW)}\n",
    ]
    for u in USERS:
        entry = (
            f"dn: {u.dn}\nobjectClass: inetOrgPerson\nuid: {u.uid}\ncn: {u.cn}\n"
            f"sn: {u.cn.split()[-1]}\nmail: {u.mail}\nuserPassword: {_hash(u.password)}\n"
        )
        if u.department:
            entry += f"departmentNumber: {u.department}\n"
        entries.append(entry)
    for name, members in GROUP_MEMBERS.items():
        lines = "".join(f"member: {m.dn}\n" for m in members)
        entries.append(f"dn: cn={name},{GROUPS}\nobjectClass: groupOfNames\ncn: {name}\n{lines}")
    for name, members in UNIQUE_GROUP_MEMBERS.items():
        lines = "".join(f"uniqueMember: {m.dn}\n" for m in members)
        entries.append(f"dn: cn={name},{GROUPS}\nobjectClass: groupOfUniqueNames\ncn: {name}\n{lines}")
    return "\n".join(entries)


class Slapd:
    """One slapd process; ``start()`` may be called again after ``stop()`` (same port, data)."""

    def __init__(self, workdir: Path, tls: bool = False) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.url = f"ldap://127.0.0.1:{self.port}"
        #: With ``tls``: the ldaps:// URL (StartTLS works on ``url``) and the CA to trust.
        self.ldaps_url: str | None = None
        self.ca_file: Path | None = None
        self.log_path = workdir / "slapd.log"
        self.proc: subprocess.Popen[bytes] | None = None
        (workdir / "data").mkdir(parents=True, exist_ok=True)
        certs = make_certificates(workdir) if tls else None
        if certs is not None:
            self.ca_file = certs[0]
            self.ldaps_url = f"ldaps://127.0.0.1:{free_port()}"
        self.conf = workdir / "slapd.conf"
        self.conf.write_text(_config(workdir, certs))

    def start(self) -> Slapd:
        log = self.log_path.open("ab")
        # -d 256 (stats): foreground, one line per operation (BIND dn=... ) on stderr.
        self.proc = subprocess.Popen(
            [
                SLAPD,
                "-f",
                str(self.conf),
                "-h",
                " ".join(f"{u}/" for u in (self.url, self.ldaps_url) if u),
                "-d",
                "256",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_until(self._accepting, self.proc, "slapd", timeout=30)
        return self

    def _accepting(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
            return True
        return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            stop_process(self.proc)
        self.proc = None

    def load(self) -> None:
        """Add the organisation, service account, users and groups (as the root DN, over LDAP so
        that the memberof overlay maintains ``memberOf``)."""
        subprocess.run(
            ["ldapadd", "-x", "-H", self.url, "-D", ROOT_DN, "-w", ROOT_PW],
            input=_ldif().encode(),
            check=True,
            capture_output=True,
            timeout=30,
        )

    def binds(self, dn: str) -> int:
        """How many simple binds as ``dn`` the server has seen so far."""
        needle = f'BIND dn="{dn}"'.lower()
        lines = self.log_path.read_text(errors="replace").lower().splitlines()
        # slapd logs each bind twice (the request, then "mech=SIMPLE"): count the requests.
        return sum(1 for line in lines if needle in line and " method=" in line)


@contextlib.contextmanager
def running_slapd(workdir: Path, tls: bool = False) -> Iterator[Slapd]:
    """A loaded slapd for the ``with`` block; always stopped afterwards."""
    server = Slapd(workdir, tls)
    try:
        server.start()
        server.load()
        yield server
    finally:
        server.stop()

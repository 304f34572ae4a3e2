"""A throw-away PostgreSQL server for the tests and benchmarks: ``initdb`` and ``pg_ctl`` in a
temporary folder, listening on 127.0.0.1 with password log-in (so wrong passwords are real).

PostgreSQL refuses to run as root: when the tests run as root (CI containers), the server runs
as the ``postgres`` system user that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ADMIN = "desk_admin"
ADMIN_PASSWORD = "admin-secret"
SERVER_USER = "postgres"
# Debian installs the server binaries outside the PATH
SEARCH_PATH = [
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
]


def binary(name: str) -> str:
    found = shutil.which(name) or next(
        (str(Path(d) / name) for d in SEARCH_PATH if (Path(d) / name).exists()), None
    )
    if found is None:
        raise RuntimeError(
            f"PostgreSQL's {name} was not found: install the server (Debian: apt-get install "
            "postgresql), as .ci/run does"
        )
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    host: str = "127.0.0.1"

    def url(
        self, user: str = ADMIN, password: str | None = ADMIN_PASSWORD, db: str = "postgres"
    ) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@{self.host}:{self.port}/{db}"

    def admin_dsn(self, db: str = "postgres") -> str:
        return (
            f"host={self.host} port={self.port} user={ADMIN} password={ADMIN_PASSWORD} dbname={db}"
        )


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", SERVER_USER, "--", *cmd]


@dataclass(frozen=True)
class TlsFiles:
    ca_cert: Path  # what a client names in sslrootcert=
    server_cert: Path
    server_key: Path


def make_tls_files(folder: Path, name: str = "Test ministry CA") -> TlsFiles:
    """A CA and a server certificate it signed for 127.0.0.1/localhost (as a ministry's PKI
    would issue), written as PEM files into ``folder``."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import IPv4Address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem")
    files.ca_cert.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.server_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.server_key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


def initdb(folder: Path, data: Path) -> None:
    """A new cluster in ``data`` (inside ``folder``), owned by the server's user when run as
    root; the admin logs in with ``ADMIN_PASSWORD`` over TCP."""
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise RuntimeError(
                "tests run as root and there is no 'postgres' user to run the server as"
            ) from exc
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    pwfile = folder / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if os.geteuid() == 0:
        os.chown(pwfile, pwd.getpwnam(SERVER_USER).pw_uid, -1)
    subprocess.run(
        _as_server_user(
            [
                binary("initdb"),
                "-D",
                str(data),
                "-U",
                ADMIN,
                f"--pwfile={pwfile}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def running_server(*, durable: bool = False, tls: TlsFiles | None = None) -> Iterator[PgServer]:
    """Start a server in a new temporary folder; stop it and delete the folder afterwards.

    ``durable=False`` turns off fsync (tests); benchmarks ask for a server that syncs like a
    real one.
    """
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data = folder / "data"
    initdb(folder, data)
    port = _free_port()
    options = [
        "-c listen_addresses=127.0.0.1",
        f"-c port={port}",
        f"-c unix_socket_directories={folder}",
        "-c max_connections=200",
        "-c shared_buffers=256MB",
    ]
    if tls is not None:  # the server's certificate and key, readable by the server only
        for source, name in ((tls.server_cert, "server.crt"), (tls.server_key, "server.key")):
            target = folder / name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            if os.geteuid() == 0:
                os.chown(target, pwd.getpwnam(SERVER_USER).pw_uid, -1)
        options += [
            "-c ssl=on",
            f"-c ssl_cert_file={folder / 'server.crt'}",
            f"-c ssl_key_file={folder / 'server.key'}",
        ]
    if not durable:
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    subprocess.run(
        _as_server_user(
            [
                binary("pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-o",
                " ".join(options),
                "-w",
                "-t",
                "120",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield PgServer(folder, port)
    finally:
        subprocess.run(
            _as_server_user([binary("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)

"""TLS: ``sslmode=verify-full`` with the ministry's CA works; a server whose certificate that CA
did not sign is refused in one line, before any password is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.cli import main
from desk.store.team import open_team_store
from desk.store.team_admin import add_user, init_team
from tests.pg_server import PgServer, make_tls_files, running_server


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PgServer, Path]]:
    folder = tmp_path_factory.mktemp("tls")
    files = make_tls_files(folder / "ministry")
    with running_server(tls=files) as server:
        yield server, files.ca_cert


def _url(
    server: PgServer, ca: Path, user: str = "desk_admin", password: str = "admin-secret"
) -> str:
    return (
        f"postgresql://{user}:{password}@127.0.0.1:{server.port}/postgres"
        f"?sslmode=verify-full&sslrootcert={ca}"
    )


def test_verify_full_with_the_ministry_ca(tls_server) -> None:
    server, ca = tls_server
    with init_team(_url(server, ca)) as admin:
        add_user(admin, "anna", "contact-point", password="anna-password")
    store = open_team_store(_url(server, ca, "anna", "anna-password"))
    with store, store.engine.connect() as conn:
        encrypted = conn.exec_driver_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).scalar_one()
    assert encrypted is True


def test_a_certificate_from_another_ca_is_refused(tls_server, tmp_path: Path, capsys) -> None:
    server, _ = tls_server
    other = make_tls_files(tmp_path / "other", "Someone else's CA")
    code = main(["--db", _url(server, other.ca_cert), "signals", "list"])
    err = capsys.readouterr().err
    assert code != 0
    assert "certificate verify failed" in err and len(err.strip().splitlines()) == 1
    assert "admin-secret" not in err

"""``desk team …`` and the team branches of check/backup, through the real entry point, on the
test suite's own PostgreSQL server."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from desk.cli import main
from desk.services.query import SignalFilter
from desk.services.search import count_signals, search_signals
from desk.services.signals import create_signal
from desk.store import open_store
from tests.conftest import PASSPHRASE, TEAM_USERS, drop_team_database
from tests.helpers import draft
from tests.pg_server import PgServer, _free_port


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def empty_db(pg_server: PgServer) -> str:
    name = "desk_team_cli_init"
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    yield name
    drop_team_database(pg_server, name)


def test_init_add_users_and_remove(capsys, monkeypatch, pg_server: PgServer, empty_db: str) -> None:
    admin = pg_server.url(db=empty_db)
    code, out, err = run(capsys, "team", "init", admin)
    assert code == 0, err
    assert "is ready" in out and "admin-secret" not in out
    code, out, err = run(
        capsys, "--db", admin, "team", "add-user", "carla", "--role", "post", "--region", "dao",
        "--password-stdin", stdin="carla-password\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    assert "carla can log in as a post for DAO" in out
    code, out, _ = run(capsys, "--db", admin, "team", "users")
    assert "carla" in out and "DAO" in out and "yes" in out
    carla = pg_server.url("carla", "carla-password", empty_db)
    code, out, err = run(capsys, "--db", carla, "check")
    assert code == 0, err
    assert "logged in as:     carla (post)" in out and "region:           DAO" in out

    assert run(capsys, "--db", admin, "team", "remove-user", "carla")[0] == 0
    code, _, err = run(capsys, "--db", carla, "check")
    assert code != 0 and "cannot log in" in err and len(err.strip().splitlines()) == 1


def test_a_post_cannot_add_users(capsys, monkeypatch, team_store) -> None:
    piet = team_url_of(team_store, "piet")
    code, _, err = run(
        capsys, "--db", piet, "team", "add-user", "eve", "--role", "reader",
        "--password-stdin", stdin="eve-password\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and "may not create roles" in err


def team_url_of(team_store, user: str) -> str:
    url = team_store.engine.url
    return f"postgresql://{user}:{TEAM_USERS[user][2]}@{url.host}:{url.port}/{url.database}"


@pytest.fixture
def laptop(local_store):
    """A contact point's local store with three signals: DAO, DEU and a TLP:RED one."""
    for country, title, tlp in [
        ("CN", "Machine tools via Chinese traders", "AMBER"),
        ("KZ", "Drones via Kazakh forwarders", "GREEN"),
        ("IN", "Informant on an Indian broker", "RED"),
    ]:
        create_signal(local_store, draft(local_store, country=country, title=title, tlp=tlp))
    return local_store


def _titles(store) -> set[str]:
    return {r.title for r in search_signals(store, SignalFilter(), limit=100)}


def test_push_is_all_or_nothing_and_idempotent(capsys, monkeypatch, laptop, team_store) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    source = str(laptop.path)
    laptop.close()
    code, out, err = run(capsys, "team", "push", "--from", source, "--to", team_store.test_url)
    assert code == 0, err
    assert out.startswith("3 signal(s) pushed, 0 already there")
    assert "anna-pw" not in out
    code, out, _ = run(capsys, "team", "push", "--from", source, "--to", team_store.test_url)
    assert out.startswith("0 signal(s) pushed, 3 already there")  # again: no change
    assert len(_titles(team_store)) == 3
    # HS codes came along, and the server made anna the owner of the RED one
    with psycopg.connect(_raw_dsn(team_store, "anna")) as conn:
        owners = conn.execute("SELECT DISTINCT owner_role FROM signal").fetchall()
        hs = conn.execute("SELECT count(*) FROM signal_hs_code").fetchone()
    assert owners == [("anna",)] and hs == (3,)


def test_a_refused_row_stops_the_whole_push(capsys, monkeypatch, laptop, team_store) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    source = str(laptop.path)
    laptop.close()
    code, _, err = run(
        capsys, "team", "push", "--from", source, "--to", team_url_of(team_store, "piet")
    )
    assert code == 1
    assert "refused" in err and "region" in err and len(err.strip().splitlines()) == 1
    assert _titles(team_store) == set()  # the DAO signal piet may write was not kept either


def _raw_dsn(team_store, user: str) -> str:
    url = team_store.engine.url
    return f"host={url.host} port={url.port} dbname={url.database} user={user} password={TEAM_USERS[user][2]}"


def test_backup_of_a_team_database_is_a_local_store(
    capsys, monkeypatch, team_store, tmp_path: Path
) -> None:
    for country, tlp in [("CN", "AMBER"), ("KZ", "RED")]:
        create_signal(
            team_store, draft(team_store, country=country, title=f"{country} lead", tlp=tlp)
        )
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "offline.db"
    piet = team_url_of(team_store, "piet")
    code, out, err = run(capsys, "--db", piet, "backup", str(target), "--passphrase")
    assert code == 0, err
    assert "copied 1 signals" in out
    with open_store(target, PASSPHRASE) as copy:
        assert _titles(copy) == {"CN lead"}  # what piet may see, nothing more
        assert count_signals(copy, SignalFilter(text="lead")) == 1
    code, _, err = run(capsys, "--db", piet, "backup", str(target))
    assert code == 1 and "exists" in err  # never over an existing file


def test_wrong_password_and_server_down_are_one_line(
    capsys, team_store, pg_server: PgServer
) -> None:
    url = team_store.engine.url
    wrong = f"postgresql://anna:nope@{url.host}:{url.port}/{url.database}"
    code, _, err = run(capsys, "--db", wrong, "signals", "list")
    assert code == 1
    assert err.startswith("desk: ") and "cannot log in" in err and "password" in err
    assert len(err.strip().splitlines()) == 1 and "nope" not in err

    down = f"postgresql://anna:anna-pw@127.0.0.1:{_free_port()}/{url.database}"
    code, _, err = run(capsys, "--db", down, "signals", "list")
    assert code == 75  # temporary: try again later
    assert "cannot reach the team database" in err and len(err.strip().splitlines()) == 1


def test_a_database_without_desk_says_so(capsys, pg_server: PgServer, empty_db: str) -> None:
    code, _, err = run(capsys, "--db", pg_server.url(db=empty_db), "signals", "list")
    assert code == 1 and "desk team init" in err and len(err.strip().splitlines()) == 1


def test_file_only_commands_refuse_a_team_database(capsys, team_store) -> None:
    code, _, err = run(capsys, "--db", team_store.test_url, "rekey", "--passphrase")
    assert code == 1 and "local store file" in err


def _no_password(team_store, user: str = "anna") -> str:
    url = team_store.engine.url
    return f"postgresql://{user}@{url.host}:{url.port}/{url.database}"


def test_libpq_conventions_for_scripts(capsys, monkeypatch, team_store, tmp_path: Path) -> None:
    monkeypatch.setenv("PGPASSWORD", "anna-pw")
    code, out, err = run(capsys, "--db", _no_password(team_store), "check")
    assert code == 0, err
    assert "logged in as:     anna" in out
    monkeypatch.delenv("PGPASSWORD")
    url = team_store.engine.url
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:anna:anna-pw\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, err = run(capsys, "--db", _no_password(team_store), "check")
    assert code == 0, err


def test_a_prompted_password_goes_to_the_keyring_not_a_file(
    capsys, monkeypatch, team_store, memory_keyring, tmp_path: Path
) -> None:
    from desk.store.team import open_team_store

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    asked: list[str] = []

    def ask(prompt: str) -> str | None:
        asked.append(prompt)
        return ["wrong", "anna-pw"][len(asked) - 1] if len(asked) <= 2 else None

    open_team_store(_no_password(team_store), ask=ask).close()
    assert len(asked) == 2 and "anna" in asked[0]
    assert "anna-pw" in memory_keyring.secrets.values()  # kept for next time…
    open_team_store(_no_password(team_store), ask=ask).close()
    assert len(asked) == 2  # …and used without asking
    assert not any(b"anna-pw" in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())

"""Shared fixtures: a fresh encrypted store per test, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never fall through to a real keyring, even before the fixture below installs ours.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import contextlib
import itertools
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend

from desk.fileio import ensure_private_dir
from desk.store import Store, create_store, open_store
from desk.store.unlockfile import unlock_file
from tests.pg_server import PgServer, running_server

PASSPHRASE = "correct horse battery staple"
# Upper bound for waiting on a signal or condition: never a duration a test relies on, only
# how long a test may hang before it fails on a very busy machine.
WAIT_MS = 120_000


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that lives in a dict."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class PlaintextLikeKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plaintext file backend: usable but not secure."""

    priority = 0.5  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("DESK_DB", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "stores" / "desk.db"


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """One freshly created keyring store per test session; tests get copies of it (creating a
    store runs every migration, which is what makes it slow)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        path = tmp_path_factory.mktemp("template") / "desk.db"
        with create_store(path, "keyring") as s, s.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        keyring.set_keyring(previous)
    return path, dict(backend.secrets)


@contextlib.contextmanager
def store_from_template(folder: Path, template_store: tuple[Path, dict]) -> Iterator[Store]:
    """An open copy of the template store in ``folder``, for module-scoped fixtures (the
    per-test keyring is swapped in only while the copy is opened; the open store keeps its
    key)."""
    source, secrets = template_store
    path = folder / "desk.db"
    shutil.copy2(source, path)
    shutil.copy2(unlock_file(source), unlock_file(path))
    backend = MemoryKeyring()
    backend.secrets.update(secrets)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        s = open_store(path)
    finally:
        keyring.set_keyring(previous)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(params=["local", "team"])
def store(request: pytest.FixtureRequest) -> Store:
    """A fresh store on each backend: an encrypted file, then a team database on PostgreSQL
    (logged in as a contact point). Tests of what only one of them has ask for
    ``local_store`` or ``team_store``."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def local_store(store_path: Path, memory_keyring: MemoryKeyring, template_store) -> Iterator[Store]:
    """A fresh store keyed from the in-memory keyring (a raw key: no KDF, so tests are fast)."""
    source, secrets = template_store
    ensure_private_dir(store_path.parent)
    shutil.copy2(source, store_path)
    shutil.copy2(unlock_file(source), unlock_file(store_path))
    memory_keyring.secrets.update(secrets)
    s = open_store(store_path)
    yield s
    s.close()


@pytest.fixture
def passphrase_store(store_path: Path) -> Iterator[Store]:
    s = create_store(store_path, "passphrase", PASSPHRASE)
    yield s
    s.close()


@pytest.fixture(autouse=True, scope="session")
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window layout written by tests goes to a temporary folder, never the user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("DeskTests")
    QCoreApplication.setApplicationName("DeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )


@pytest.fixture(autouse=True)
def fresh_qsettings(isolated_qsettings: None) -> None:
    """Each test starts without what an earlier one's windows remembered (the window opens
    where it was last left: another test's section and region)."""
    from PySide6.QtCore import QSettings

    QSettings().clear()


def start_app(qtbot, path: Path, **kwargs):
    """The real app on ``path``, once its window shows the first rows of the trend log."""
    from desk.ui.controller import AppController

    controller = AppController(path, **kwargs)
    controller.start()
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(), timeout=WAIT_MS
    )
    view = controller.window.trendlog
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    return controller


@pytest.fixture
def open_app(qtbot, local_store):
    """``open_app(load_demo, …)``: fill the test store, close it and start the app on it;
    the app is shut down after the test."""
    started = []

    def opener(*fill, **kwargs):
        for load in fill:
            load(local_store)
        path = local_store.path
        local_store.close()
        started.append(start_app(qtbot, path, **kwargs))
        return started[-1]

    yield opener
    for controller in started:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


# -- team databases on a throw-away PostgreSQL server ---------------------------------------------
TEAM_TEMPLATE = "desk_template"
TEAM_USERS = {
    # name: (kind, region, password)
    "anna": ("contact-point", "", "anna-pw"),
    "bram": ("contact-point", "", "bram-pw"),
    "piet": ("post", "DAO", "piet-pw"),
    "rita": ("reader", "", "rita-pw"),
}
_team_dbs = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the session, started by the tests themselves."""
    with running_server() as server:
        yield server


@pytest.fixture(scope="session")
def team_template(pg_server: PgServer) -> str:
    """A team database made by ``desk team init`` with a user of each kind; tests get copies
    (CREATE DATABASE … TEMPLATE copies files: much faster than running the migrations)."""
    from desk.store.team_admin import add_user, init_team

    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEAM_TEMPLATE}")
    with init_team(pg_server.url(db=TEAM_TEMPLATE)) as admin:
        for name, (kind, region, password) in TEAM_USERS.items():
            add_user(admin, name, kind, region=region, password=password)  # type: ignore[arg-type]
    return TEAM_TEMPLATE


def new_team_database(pg_server: PgServer, template: str) -> str:
    name = f"desk_test_{next(_team_dbs)}"
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    return name


def drop_team_database(pg_server: PgServer, name: str) -> None:
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def team_db(pg_server: PgServer, team_template: str) -> Iterator[str]:
    """The name of a fresh team database (dropped after the test)."""
    name = new_team_database(pg_server, team_template)
    yield name
    drop_team_database(pg_server, name)


def team_url(pg_server: PgServer, db: str, user: str = "anna") -> str:
    return pg_server.url(user, TEAM_USERS[user][2], db)


@pytest.fixture
def team_store(pg_server: PgServer, team_db: str, memory_keyring: MemoryKeyring) -> Iterator[Store]:
    """A fresh team database, logged in as the contact point ``anna``."""
    from desk.store.team import open_team_store

    url = team_url(pg_server, team_db)
    s = open_team_store(url)
    s.test_url = url  # type: ignore[attr-defined]  # what the CLI tests pass as --db
    yield s
    s.close()


# -- the app in Dutch ------------------------------------------------------------------------------
@pytest.fixture
def dutch(qapp, tmp_path: Path) -> Iterator[None]:
    """Desk's catalogue compiled now (as the build does) and Qt's own Dutch, installed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    ts = Path(__file__).resolve().parent.parent / "desk/resources/translations/desk_nl.ts"
    qm = tmp_path / "desk_nl.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translators = [QTranslator(qapp), QTranslator(qapp)]
    assert translators[0].load(str(qm))
    assert translators[1].load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    for translator in translators:
        qapp.installTranslator(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)

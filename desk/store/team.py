"""A team database: the same Desk schema on a shared PostgreSQL server (the one module that
knows how to reach it).

Log-in is the user's own PostgreSQL role. The password comes, in this order, from the URL,
from libpq's own conventions (``PGPASSWORD``, ``~/.pgpass``, a server that asks none), from
the OS keyring, or from ``ask`` (a prompt); a password that was asked for and worked is kept
in a secure keyring, never in a settings file. TLS settings in the URL (``sslmode``,
``sslrootcert``…) go to libpq unchanged.

What the server says when it refuses something becomes one of Desk's errors in one line (a
wrong password, a server that cannot be reached, a change the row-level security refused),
through the engine's ``handle_error`` hook, so services need not know PostgreSQL.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any, ClassVar

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlmodel import Session

from desk.errors import InvalidInput
from desk.store import keys as keymod
from desk.store import migrate
from desk.store.engine import Store
from desk.store.errors import StoreError, StoreTooNew
from desk.store.pg_errors import (
    TeamLoginFailed,
    TeamNotInitialised,
    TeamOutdated,
    TeamUnavailable,
    is_auth_failure,
    translate_pg,
)

log = logging.getLogger(__name__)

URL_ENV = "DESK_DATABASE_URL"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
APPLICATION_NAME = "Desk"
CONNECT_TIMEOUT_S = 10
# A desktop client: one connection for the window's reads, one for a write or a background
# import, a few more for bursts (briefings, the live-refresh listener holds its own).
POOL_SIZE = 2
MAX_OVERFLOW = 3
AskPassword = Callable[[str], str | None]


def is_team_url(value: str) -> bool:
    return re.match(r"^[a-z+]+://", value) is not None and value.split("://")[0] in SCHEMES


def parse_url(value: str) -> URL:
    try:
        url = sa.engine.make_url(value)
    except sa.exc.ArgumentError as exc:
        raise InvalidInput(f"not a database URL: {value!r}") from exc
    if url.drivername not in SCHEMES:
        raise InvalidInput(
            f"Desk's team mode runs on PostgreSQL: the URL must start with postgresql:// "
            f"(got {url.drivername}://)"
        )
    if not url.database:
        raise InvalidInput(f"the URL names no database: {safe_url(url)} (…/DATABASE at the end)")
    return url.set(drivername=DRIVER)


def safe_url(url: URL) -> str:
    """The URL without its password, as messages and the status bar show it."""
    shown = url.set(drivername="postgresql")._replace(password=None)
    return shown.render_as_string(hide_password=False)


def account(url: URL) -> str:
    """The keyring entry of a log-in: ``user@host:port/db``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


SESSION_SETTINGS = ("-c jit=off", "-c max_parallel_workers_per_gather=0")


def _connect_args(url: URL) -> dict[str, Any]:
    # JIT compiling pays off for long reports, not for a desktop's many small queries: the
    # planner's estimates under row-level security turn it on for 40 ms queries (+15 ms each).
    # Parallel workers likewise: a page walks an index until it has its rows, and starting
    # workers for it cost more than the walk ("region:DAO tier:1" at a million signals: one
    # process 16 ms, with two workers 65 ms); a server shared by a team has no idle cores
    # for one person's page anyway. psycopg prepares no statement: each is planned with its
    # values (a search's words and a filter's values decide the plan, and a prefix's words are
    # looked up while planning: ``pg_words``), where a prepared one could get a generic plan.
    # (plan_cache_mode=force_custom_plan would do that too, but also for every statement in
    # a trigger: the HS codes' copy of their signal's columns, 0.2 → 0.6 s per 10,000 rows.)
    given = url.query.get("options", "")
    options = " ".join([*SESSION_SETTINGS, *([given] if isinstance(given, str) else given)])
    return {
        "application_name": APPLICATION_NAME,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": options.strip(),
        "prepare_threshold": None,
    }


def make_engine(url: URL, password: str | None) -> Engine:
    args = _connect_args(url)
    engine = sa.create_engine(
        url.set(password=password).difference_update_query(["options"]),
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_pre_ping=True,  # a laptop that slept: reconnect instead of failing once
        pool_recycle=3600,
        connect_args=args,
    )
    where = safe_url(url)

    @sa.event.listens_for(engine, "handle_error")
    def _translate(context: sa.engine.ExceptionContext) -> None:
        translated = translate_pg(context.original_exception, where)
        if translated is not None:
            raise translated from context.original_exception

    return engine


class TeamStore(Store):
    """An open team database, logged in as ``user``."""

    kind: ClassVar[str] = "team"
    user: str  # always known: the role logged in
    advice: list[str]  # set by ``team_admin.init_team``

    def __init__(self, engine: Engine, url: URL, user: str) -> None:
        super().__init__(engine)
        self.url = url._replace(password=None)
        self.user = user
        self.advice = []
        # The server process that names this app session while it is open (the live-refresh
        # listener's, see desk.store.team_listen): what desk_presence rows are keyed by.
        self.session_pid: int | None = None

    @property
    def server(self) -> str:
        """``host:port``, as the status bar says where the database is."""
        return f"{self.url.host or 'localhost'}:{self.url.port or 5432}"

    @property
    def name(self) -> str:
        return f"{self.url.database} on {self.url.host or 'localhost'}"

    @property
    def location(self) -> str:
        return safe_url(self.url)

    def snapshot(self) -> Session:
        return Session(
            self.engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            ),
            expire_on_commit=False,
        )

    def driver_connect(self) -> psycopg.Connection:
        """A new autocommit psycopg connection outside the pool, with the store's log-in (the
        live-refresh listener keeps one open for the session)."""
        engine = self.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        try:
            params: dict[str, Any] = {**cparams, **_connect_args(self.url)}
            return psycopg.connect(*cargs, **params, autocommit=True)
        except psycopg.Error as exc:
            raise translate_pg(exc, self.location) or TeamUnavailable(
                self.location, str(exc)
            ) from exc


def _log_in(url: URL, password: str | None) -> tuple[Engine, str]:
    engine = make_engine(url, password)
    try:
        with engine.connect() as conn:
            user = conn.execute(sa.text("SELECT current_user")).scalar_one()
    except BaseException:
        engine.dispose()
        raise
    return engine, str(user)


def connect_team(url: URL, ask: AskPassword | None = None) -> tuple[Engine, str]:
    """Log in with the first password that works (see the module's docstring)."""
    where = safe_url(url)
    saved = keymod.team_password(account(url))
    tries: list[tuple[str | None, str]] = []
    if url.password is not None:
        tries.append((str(url.password), "url"))
    else:
        tries.append((None, "libpq"))  # PGPASSWORD, ~/.pgpass, or no password needed
        if saved:
            tries.append((saved, "keyring"))
    failure: TeamLoginFailed | None = None
    for password, origin in tries:
        try:
            engine, user = _log_in(url, password)
        except TeamLoginFailed as exc:
            failure = exc
            if origin == "keyring":
                keymod.forget_team_password(account(url))  # changed on the server meanwhile
            continue
        return engine, user
    if ask is not None and url.password is None:
        while (password := ask(f"Password for {url.username or 'you'} at {where}")) is not None:
            try:
                engine, user = _log_in(url, password)
            except TeamLoginFailed as exc:
                failure = exc
                continue
            keymod.save_team_password(account(url), password)
            return engine, user
    raise failure or TeamLoginFailed(where, "no password was given")


def open_team_store(value: str | URL, *, ask: AskPassword | None = None) -> TeamStore:
    """Log in to a team database whose schema is current (``desk team init`` made it)."""
    url = value if isinstance(value, URL) else parse_url(value)
    engine, user = connect_team(url, ask)
    store = TeamStore(engine, url, user)
    try:
        check_schema(store)
    except BaseException:
        store.close()
        raise
    return store


def log_in_team(value: str | URL, password: str, *, remember: bool) -> TeamStore:
    """Log in with a password a person typed (the app's dialog); ``remember`` keeps it in a
    secure keyring once it worked (never in a settings file)."""
    url = value if isinstance(value, URL) else parse_url(value)
    store = open_team_store(url.set(password=password))
    if remember:
        keymod.save_team_password(account(url), password)
    return store


def saved_password_exists(value: str | URL) -> bool:
    """Whether the keyring holds a password for this log-in (the dialog may then be left empty)."""
    url = value if isinstance(value, URL) else parse_url(value)
    return keymod.team_password(account(url)) is not None


def check_schema(store: TeamStore) -> None:
    revision = store.schema_revision()
    if revision is None:
        raise TeamNotInitialised(store.location)
    if not migrate.is_known_revision(revision):
        raise StoreTooNew(store.location, revision)
    if revision != migrate.head_revision():
        raise TeamOutdated(store.location, revision, migrate.head_revision())


__all__ = [
    "URL_ENV",
    "StoreError",
    "TeamLoginFailed",
    "TeamNotInitialised",
    "TeamOutdated",
    "TeamStore",
    "TeamUnavailable",
    "is_auth_failure",
    "is_team_url",
    "log_in_team",
    "open_team_store",
    "parse_url",
]

"""The one place that holds a store's engine and key.

A ``Store`` is an unlocked SQLCipher file: every connection is keyed, verified by a forced read,
and set to WAL with ``synchronous=FULL`` so a killed process never leaves half a transaction.
Everything else in Desk reaches the database through ``Store.session()`` / ``Store.engine``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar, Self

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlmodel import Session

from desk.store import keys as keymod
from desk.store import stopping
from desk.store.cipher import HMAC_ALGORITHMS
from desk.store.errors import (
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnavailable,
    WrongKey,
    error_name,
    translate,
)
from desk.store.keys import Key
from desk.store.layout import backups_dir
from desk.store.pages import PageKey, page_key_soon
from desk.store.unlockfile import (
    UnlockInfo,
    UnlockMode,
    write_unlock_info,
)

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "DESK_PASSPHRASE"
BUSY_TIMEOUT_S = 10.0
# How long a write waits for another process's write to finish (an import of 100k rows takes
# about 10 s) before it gives up with StoreBusy.
WRITE_WAIT_S = 120.0
# Page cache per connection: half the store (100k signals: ~64 MB, their whole working set
# with the FTS index), at most a share of the memory budget: the app keeps two connections busy
# (the interactive and the background lane) and stays within 400 MB at a million signals.
PAGE_CACHE_BUDGET_KIB = 128 * 1024
BUSY_CONNECTIONS = 2
CACHE_MIN_KIB = 8 * 1024
# Execution option that makes a session's transaction take the write lock at its start.
WRITE_OPTION = "desk_write"
# SQLite's own default: a commit that leaves more pages than this in the WAL folds them back.
AUTOCHECKPOINT_PAGES = 1000
_FOLD_LATER = "desk_fold_later"  # a pooled connection's: its next checkin folds as usual again
LockWait = Callable[[], None]


def sqlite_version() -> str:
    """The version of the SQLite inside SQLCipher (for the About box)."""
    return str(getattr(sqlcipher3, "sqlite_version", "unknown"))


def env_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path)) + "?mode=rw"


def _wrong_key(path: Path) -> WrongKey:
    backups = backups_dir(path)
    hint = (
        f" (if the passphrase is right, the file's first page may be damaged: backups are in "
        f"{backups})"
        if backups.is_dir()
        else ""
    )
    return WrongKey(path, hint)


def _raw_connect(
    path: Path, key: Key, hmac: str, *, configure: bool = True
) -> sqlcipher3.Connection:
    """Open, key and verify one connection without writing anything. ``hmac``: the algorithm
    the store's pages are signed with (``cipher``; a new file gets it).

    Raises WrongKey when the first page does not decrypt with ``key``, StoreDamaged when it
    does but the schema cannot be read, StoreUnavailable when the file or its folder cannot be
    used (permissions, read-only disk). ``configure=False`` leaves out the settings, one of
    which (WAL) writes to a file that is not yet in WAL mode: for a first look at a file that
    may not be a Desk store at all.
    """
    try:
        conn = sqlcipher3.connect(
            _uri(path),
            uri=True,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
        )
    except sqlcipher3.Error as exc:
        raise translate(exc, path) or StoreUnavailable(f"cannot open {path}: {exc}") from exc
    try:
        # Silence SQLCipher's own log first: it would print decrypt failures to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        if hmac not in HMAC_ALGORITHMS:  # never spliced into SQL unchecked
            raise StoreError(f"unknown page HMAC {hmac!r}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        # The header lives on page 1 alone: if it decrypts, the key is right…
        conn.execute("PRAGMA user_version").fetchone()
    except (sqlcipher3.Error, MemoryError) as exc:
        conn.close()
        if error_name(exc) == "SQLITE_NOTADB":
            raise _wrong_key(path) from exc
        raise translate(exc, path) or StoreDamaged(path, f"its first page: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    with damage_reported(conn, path):
        # …and whatever fails from here on is damage, not a wrong passphrase.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if configure:
            configure_connection(conn)
    return conn


@contextlib.contextmanager
def damage_reported(conn: sqlcipher3.Connection, path: Path) -> Iterator[None]:
    """Reading a just-opened store: SQLite's errors become store errors (damage, unless they
    say otherwise), and the connection is closed on any failure."""
    try:
        yield
    except (sqlcipher3.Error, MemoryError) as exc:
        conn.close()
        raise translate(exc, path) or StoreDamaged(path, "its schema cannot be read") from exc
    except BaseException:
        conn.close()
        raise


def cache_size_kib(store_bytes: int) -> int:
    """The page cache of one connection to a store of ``store_bytes``."""
    share = PAGE_CACHE_BUDGET_KIB // BUSY_CONNECTIONS
    return max(CACHE_MIN_KIB, min(share, store_bytes // 2048))


def configure_connection(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # temp b-trees never touch the disk
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{cache_size_kib(int(pages) * int(size))}")


def fold_later(conn: sa.Connection) -> None:
    """The commit of ``conn``'s transaction leaves its pages in the WAL (SQLite only).

    A bulk load into a large store writes a page per row and index: 46,000 pages for 10,000
    rows at a million signals. SQLite folds them back into the file at the commit (reading,
    writing and flushing them): 0.5 s of a 3.3 s import its person waited for. Left in the WAL
    they are as safe (the commit flushed it) and as readable; ``Store.fold_wal`` folds them in
    the background, else the connection's next commit back in the pool, or closing the store.
    """
    if conn.dialect.name != "sqlite":
        return
    driver(conn).execute("PRAGMA wal_autocheckpoint = 0")
    conn.connection.info[_FOLD_LATER] = True


def driver(conn: sa.Connection) -> sqlcipher3.Connection:
    """The SQLCipher connection under a SQLAlchemy one (for pragmas outside a transaction)."""
    raw = conn.connection.driver_connection
    if not isinstance(raw, sqlcipher3.Connection):
        raise StoreError("the store's connection is closed")
    return raw


def begin_write(conn: sqlcipher3.Connection, on_wait: LockWait | None = None) -> None:
    """``BEGIN IMMEDIATE`` on a raw connection: take the write lock now, not at the first write.

    A deferred transaction that reads first and writes later fails at once with "database is
    locked" when another process wrote meanwhile (SQLite cannot wait there without risking a
    deadlock). Taking the lock first lets it wait its turn; ``on_wait`` is told once that it
    has to, so a person can be told why nothing happens.
    """
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
        return
    except sqlcipher3.OperationalError as exc:
        if error_name(exc) != "SQLITE_BUSY":
            raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    if on_wait is not None:
        on_wait()
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(WRITE_WAIT_S * 1000)}")
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        if error_name(exc) == "SQLITE_BUSY":
            raise StoreBusy(_db_path(conn)) from exc
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def _db_path(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row else "the store"


def _read_revision(conn: sqlcipher3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _make_engine(
    path: Path,
    key: Callable[[], Key],
    hmac: str,
    first: sqlcipher3.Connection | None = None,
    on_wait: Callable[[], LockWait | None] = lambda: None,
) -> Engine:
    # A passphrase costs a KDF run (~0.1 s) per connection: the pool keeps them, the
    # connection that verified the key at unlock becomes the pool's first, and ``key`` gives
    # the page key once known (no KDF at all).
    spare = [first] if first is not None else []

    def creator() -> sqlcipher3.Connection:
        return spare.pop() if spare else _raw_connect(path, key(), hmac)

    engine = sa.create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
    )

    # pysqlite's implicit transactions skip DDL and SAVEPOINT; emit BEGIN ourselves so every
    # unit of work, migrations included, is one real SQLite transaction. Writes take the
    # write lock at their start (see begin_write).
    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            begin_write(driver(conn), on_wait())
        else:
            conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn: sqlcipher3.Connection | None, record: ConnectionPoolEntry) -> None:
        if record.info.pop(_FOLD_LATER, False) and dbapi_conn is not None:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")

    stopping.watch(engine)  # background reads nobody waits for any more end early
    return engine


class Store:
    """An open store: a local encrypted file (``CipherStore``) or a team database
    (``desk.store.team.TeamStore``). Services use only what is here; close it (or drop it) to
    lock."""

    # "local" or "team": what the app and the command line say, and which commands apply
    kind: ClassVar[str] = "local"
    # the database role a team database knows us as (its audit trail names it); None locally
    user: str | None = None
    # the server process naming this app session on a team database (presence); None locally
    session_pid: int | None = None

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine
        # Called (from the writing thread) when a write has to wait for another writer.
        self.on_lock_wait: LockWait | None = None

    # -- access -------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreError("the store is locked")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``: for the few places that must know."""
        return self.engine.dialect.name

    @property
    def name(self) -> str:
        """A short name for a window title."""
        raise NotImplementedError

    @property
    def location(self) -> str:
        """Where it is, for messages and tooltips (never a password)."""
        raise NotImplementedError

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def snapshot(self) -> Session:
        """A session whose reads all see one snapshot (SQLite's transactions always do; a
        server database needs REPEATABLE READ for it)."""
        return self.session()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error. On a
        local store it holds the write lock from its start, waiting (and saying so) while
        another process writes."""
        session = Session(
            self.engine, expire_on_commit=False, execution_options={WRITE_OPTION: True}
        )
        with session, session.begin():
            yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has_table = sa.inspect(conn).has_table("alembic_version")
            if not has_table:
                return None
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def fold_wal(self) -> None:
        """Fold what a bulk load left in the WAL back into the file (see ``fold_later``):
        background work after an import. Nothing to do on a server database."""

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CipherStore(Store):
    """An unlocked SQLCipher file."""

    def __init__(
        self,
        path: Path,
        key: Key,
        info: UnlockInfo,
        first_connection: sqlcipher3.Connection | None = None,
    ) -> None:
        self.path = path
        self.info = info
        self._key: Key | None = key
        # derived meanwhile from the first connection (``page_key_soon``), else when asked
        self._page_key = page_key_soon(first_connection, path, key) if first_connection else None
        super().__init__(self._new_engine(key, first_connection))

    def _new_engine(self, key: Key, first: sqlcipher3.Connection | None = None) -> Engine:
        return _make_engine(
            self.path, self._connect_key, self.info.hmac, first, lambda: self.on_lock_wait
        )

    def _connect_key(self) -> Key:
        """The key for a new pooled connection: the page key once derived (no KDF run per
        connection), else the store's key."""
        known = self._page_key
        ready = known is not None and known.done() and known.exception() is None
        found = known.result() if known is not None and ready else None
        return found.raw() if found is not None else self._live_key()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def location(self) -> str:
        return str(self.path)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _read_revision(driver(conn))

    def raw_connection(self) -> sqlcipher3.Connection:
        """A keyed DBAPI connection outside the pool, for backup, rekey and checks."""
        return _raw_connect(self.path, self._live_key(), self.info.hmac)

    def connect_copy(self, path: Path, key: Key | None = None) -> sqlcipher3.Connection:
        """A connection to a new file at ``path`` keyed like this store (a backup's target);
        ``key``: the same key in another form (``desk.store.pages.PageKey.raw``)."""
        return _raw_connect(path, key or self._live_key(), self.info.hmac)

    def page_key(self, conn: sqlcipher3.Connection) -> PageKey | None:
        """The key pages are encrypted with, after the KDF, for checking them without SQLCipher
        and opening a copy without the KDF (``desk.store.pages``); derived once per unlock.
        ``conn``: a connection to this store. None for settings Desk does not check itself."""
        if self._page_key is None or self._page_key.exception() is not None:  # tried again
            self._page_key = page_key_soon(conn, self.path, self._live_key())
        return self._page_key.result()

    def _live_key(self) -> Key:
        if self._key is None:
            raise StoreError("the store is locked")
        return self._key

    def fold_wal(self) -> None:
        # PASSIVE: readers and writers go on meanwhile; what a reader still needs waits for
        # the next checkpoint
        with self.engine.connect() as conn:
            driver(conn).execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        if self._engine is not None:
            try:  # SQLite's advice: let it refresh planner statistics before closing
                with self._engine.connect() as conn:
                    driver(conn).execute("PRAGMA optimize")
            except Exception:  # never let housekeeping stop a lock or shutdown
                log.debug("PRAGMA optimize failed", exc_info=True)
        super().close()
        self._key = None
        self._page_key = None

    # -- changing the key ---------------------------------------------------------------
    def change_unlock(self, mode: UnlockMode, passphrase: str | None = None) -> None:
        """Rekey to a new keyring key or passphrase; the old key stops working.

        Order matters for a crash at any point: a new keyring key is saved as *pending* before
        the rekey, the opener tries pending keys too, and only after the rekey succeeded does
        it become the store's key and the unlock file change.
        """
        store_id = self.info.store_id
        if mode == "keyring":
            new_key = keymod.new_raw_key()
            keymod.save_to_keyring(store_id, new_key, pending=True)
        else:
            new_key = keymod.passphrase_key(keymod.check_new_passphrase(passphrase))
        # PRAGMA rekey needs the only connection of this process to the file, and the write
        # lock: it waits for another process's import to commit instead of breaking it.
        self.engine.dispose()
        conn = self.raw_connection()
        try:
            begin_write(conn, self.on_lock_wait)
            conn.execute(f"PRAGMA rekey = {new_key.pragma_literal()}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if mode == "keyring":
            keymod.promote_pending(store_id)
        elif self.info.mode == "keyring":
            keymod.delete_from_keyring(store_id)
            keymod.forget_store_path(self.path)
        self.info = UnlockInfo(store_id, mode, self.info.hmac)
        write_unlock_info(self.path, self.info)
        if mode == "keyring":
            keymod.remember_store_path(self.path, store_id)
        self._key = new_key
        self._page_key = None
        self._engine = self._new_engine(new_key)

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
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from desk import __version__
from desk.fileio import create_private_file, ensure_private_dir
from desk.store import keys as keymod
from desk.store.errors import (
    PassphraseNeeded,
    StoreError,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    WrongKey,
)
from desk.store.keys import Key
from desk.store.unlockfile import (
    UnlockInfo,
    UnlockMode,
    read_unlock_info,
    unlock_file,
    write_unlock_info,
)

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "DESK_PASSPHRASE"
BUSY_TIMEOUT_S = 10.0
# ~64 MB of page cache: the whole working set of 100k signals plus their FTS index.
CACHE_SIZE_KIB = 65536
SIDE_FILES = ("-wal", "-shm", "-journal")


def env_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def _uri(path: Path) -> str:
    return "file:" + urllib.parse.quote(str(path)) + "?mode=rw"


def _raw_connect(path: Path, key: Key) -> sqlcipher3.Connection:
    """Open, key and verify one connection; raise WrongKey without writing anything."""
    conn = sqlcipher3.connect(
        _uri(path), uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S, isolation_level=None
    )
    try:
        # Silence SQLCipher's own log first: it would print decrypt failures to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # forces a decrypt
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKey(path) from exc
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # temp b-trees never touch the disk
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    return conn


def _read_revision(conn: sqlcipher3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _make_engine(path: Path, key: Key, first: sqlcipher3.Connection | None = None) -> Engine:
    # A passphrase costs a KDF run (~0.1 s) per connection: the pool keeps them, and the
    # connection that verified the key at unlock becomes the pool's first.
    spare = [first] if first is not None else []

    def creator() -> sqlcipher3.Connection:
        return spare.pop() if spare else _raw_connect(path, key)

    engine = sa.create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
    )

    # pysqlite's implicit transactions skip DDL and SAVEPOINT; emit BEGIN ourselves so every
    # unit of work, migrations included, is one real SQLite transaction.
    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class Store:
    """An unlocked store. Close it (or drop it) to lock."""

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
        self._engine: Engine | None = _make_engine(path, key, first_connection)

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
    def name(self) -> str:
        return self.path.name

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self.session() as session, session.begin():
            yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _read_revision(conn.connection.driver_connection)

    def raw_connection(self) -> sqlcipher3.Connection:
        """A keyed DBAPI connection outside the pool, for backup, rekey and checks."""
        assert self._key is not None
        return _raw_connect(self.path, self._key)

    def close(self) -> None:
        if self._engine is not None:
            try:  # SQLite's advice: let it refresh planner statistics before closing
                with self._engine.connect() as conn:
                    conn.connection.driver_connection.execute("PRAGMA optimize")
            except Exception:  # never let housekeeping stop a lock or shutdown
                log.debug("PRAGMA optimize failed", exc_info=True)
            self._engine.dispose()
        self._engine = None
        self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
            if not passphrase:
                raise ValueError("a new passphrase is needed")
            new_key = keymod.passphrase_key(passphrase)
        # PRAGMA rekey needs the only connection to the file.
        self.engine.dispose()
        conn = self.raw_connection()
        try:
            conn.execute(f"PRAGMA rekey = {new_key.pragma_literal()}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        if mode == "keyring":
            keymod.promote_pending(store_id)
        elif self.info.mode == "keyring":
            keymod.delete_from_keyring(store_id)
        self.info = UnlockInfo(store_id, mode)
        write_unlock_info(self.path, self.info)
        self._key = new_key
        self._engine = _make_engine(self.path, new_key)


# -- opening and creating -------------------------------------------------------------------
def _candidate_keys(info: UnlockInfo | None, passphrase: str | None) -> Iterator[Key]:
    """The keys to try, the likely one first. A passphrase store asks the keyring (finding its
    backend costs ~130 ms) only if the passphrase fails, e.g. after a crash in the middle of a
    rekey to the keyring."""

    def from_keyring() -> list[Key]:
        return keymod.keys_from_keyring(info.store_id) if info is not None else []

    if passphrase and (info is None or info.mode == "passphrase"):
        yield keymod.passphrase_key(passphrase)
        yield from from_keyring()
    else:
        yield from from_keyring()
        if passphrase:
            yield keymod.passphrase_key(passphrase)


def _find_working_key(
    path: Path, info: UnlockInfo | None, passphrase: str | None
) -> tuple[Key, sqlcipher3.Connection, str | None]:
    tried = False
    for key in _candidate_keys(info, passphrase):
        tried = True
        try:
            conn = _raw_connect(path, key)
        except WrongKey:
            continue
        try:
            return key, conn, _read_revision(conn)
        except BaseException:
            conn.close()
            raise
    if not tried:
        why = ""
        if info is not None and info.mode == "keyring":
            why = keymod.keyring_status().reason or "its key is not in this machine's keyring"
        raise PassphraseNeeded(path, why)
    raise WrongKey(path)


def needs_passphrase(path: Path) -> bool:
    """Whether opening ``path`` needs a passphrase from the user (no keyring key for it)."""
    info = read_unlock_info(path)
    return info is None or info.mode == "passphrase" or not keymod.keys_from_keyring(info.store_id)


def open_store(path: Path | str, passphrase: str | None = None, *, upgrade: bool = True) -> Store:
    """Unlock an existing store with its keyring key or ``passphrase``; migrate it to the
    current schema (after an automatic backup) unless ``upgrade`` is false."""
    from desk.store import migrate  # import cycle: migrate needs Store

    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise StoreNotFound(path)
    info = read_unlock_info(path)
    key, conn, revision = _find_working_key(path, info, passphrase)
    if revision is not None and not migrate.is_known_revision(revision):
        conn.close()
        raise StoreTooNew(path, revision)

    store = Store(path, key, info or UnlockInfo("", "passphrase"), first_connection=conn)
    try:
        if upgrade:
            migrate.upgrade_to_head(store)
        stored_id = read_meta(store, "store_id") or uuid.uuid4().hex
        actual_mode: UnlockMode = "keyring" if key.kind == "raw" else "passphrase"
        if info is None or info.store_id != stored_id or info.mode != actual_mode:
            # Missing or stale unlock file (e.g. a crash during rekey): rebuild it from what
            # actually opened the store.
            store.info = UnlockInfo(stored_id, actual_mode)
            write_unlock_info(path, store.info)
        if key.kind == "raw" and keymod.pending_key(store.info.store_id) == key:
            keymod.promote_pending(store.info.store_id)  # finish an interrupted rekey
    except BaseException:
        store.close()
        raise
    return store


def create_store(path: Path | str, mode: UnlockMode, passphrase: str | None = None) -> Store:
    """Create a new encrypted store (0600 in a 0700 folder) with the current schema."""
    from desk.store import migrate

    path = Path(path).expanduser().resolve()
    if path.exists():
        raise StoreExists(path)
    store_id = uuid.uuid4().hex
    if mode == "keyring":
        key = keymod.new_raw_key()
        keymod.save_to_keyring(store_id, key)  # raises InsecureKeyring before touching disk
    else:
        if not passphrase:
            raise ValueError("a passphrase is needed for a passphrase-protected store")
        key = keymod.passphrase_key(passphrase)
    ensure_private_dir(path.parent)
    create_private_file(path)
    store: Store | None = None
    try:
        store = Store(path, key, UnlockInfo(store_id, mode))
        migrate.upgrade_to_head(store, backup=False)
        write_meta(store, {"store_id": store_id, "created_with": __version__, "created_at": _now()})
        write_unlock_info(path, store.info)
    except BaseException:
        if store is not None:
            store.close()
        remove_store_files(path)
        if mode == "keyring":
            keymod.delete_from_keyring(store_id)
        raise
    return store


def remove_store_files(path: Path) -> None:
    for p in [path, *(Path(str(path) + s) for s in SIDE_FILES), unlock_file(path)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_meta(store: Store, key: str) -> str | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT value FROM desk_meta WHERE key = :k"), {"k": key}
        ).fetchone()
    return row[0] if row else None


def write_meta(store: Store, values: dict[str, str]) -> None:
    with store.engine.begin() as conn:
        for k, v in values.items():
            conn.execute(
                sa.text(
                    "INSERT INTO desk_meta (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": k, "v": v},
            )

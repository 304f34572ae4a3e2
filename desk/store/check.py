"""The integrity check: every page's HMAC (SQLCipher), then SQLite's own check."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from desk.store import aggregates
from desk.store.engine import CipherStore, Store
from desk.store.migrate import head_revision


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    cipher_integrity: list[str]
    schema_revision: str | None
    head_revision: str
    page_count: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.cipher_integrity


def check_store(store: CipherStore) -> CheckReport:
    """Checkpoint the WAL, then SQLCipher's check of every page's HMAC and, if every page is
    whole, SQLite's own integrity check.

    A page that fails its HMAC makes SQLite's check fail with "SQL logic error" or run out of
    memory, so the cipher check runs first and names the pages.
    """
    conn = store.raw_connection()
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        cipher = _run_check(conn, "PRAGMA cipher_integrity_check")
        if cipher:
            integrity = ["not run: pages failed their cipher check"]
        else:
            integrity = _run_check(conn, "PRAGMA integrity_check")
    finally:
        conn.close()
    return CheckReport(integrity, cipher, store.schema_revision(), head_revision(), pages)


def _run_check(conn: sqlcipher3.Connection, pragma: str) -> list[str]:
    try:
        return [r[0] for r in conn.execute(pragma)]
    except MemoryError:
        return [f"{pragma.split()[1]} ran out of memory on damaged pages"]
    except sqlcipher3.Error as exc:
        return [f"{pragma.split()[1]} stopped: {exc}"]


def repair_counts(store: Store) -> int:
    """Rebuild the maintained signal counts (``aggregates``) if any differs from a fresh
    count; returns how many differed (0: nothing was written)."""
    with store.engine.begin() as conn:
        wrong = aggregates.differences(conn)
        if wrong:
            aggregates.rebuild(conn)
    return wrong

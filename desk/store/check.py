"""The store's checks: a quick one (header, schema, the HMAC of a sample of pages, the full-text
index's bookkeeping) and the full one (every page's HMAC, then SQLite's own check).

At 1,000,000 signals the full check takes about a minute (SQLite's integrity check alone 52 s);
the quick one reads a few thousand pages and stays within seconds whatever the size.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field

import sqlcipher3

from desk.store import aggregates, pg_words, team_counts
from desk.store.engine import CipherStore, Store, driver
from desk.store.migrate import head_revision
from desk.store.pages import PageChecker, quick_sample

FTS_SAMPLE = 200  # signals whose full-text bookkeeping the quick check looks up


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]  # SQLite's integrity check (full), or the quick check's reading
    cipher_integrity: list[str]  # pages that failed their HMAC (all pages, or the sample)
    schema_revision: str | None
    head_revision: str
    page_count: int
    full: bool = True
    pages_checked: int = 0
    derived: list[str] = field(default_factory=list)  # full-text index out of step

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.cipher_integrity and not self.derived


def check_store(store: CipherStore, *, full: bool = True) -> CheckReport:
    """The full check (``full``), or the quick one."""
    return _full_check(store) if full else quick_check(store)


def _full_check(store: CipherStore) -> CheckReport:
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
    return CheckReport(
        integrity, cipher, store.schema_revision(), head_revision(), pages, pages_checked=pages
    )


def quick_check(store: CipherStore) -> CheckReport:
    """The header (page 1 decrypts: the store opened), the schema revision, the HMAC of a
    sample of pages and the full-text index's bookkeeping, in seconds at any size.

    Pages that fail are named as the full check names them. Where the file's cipher settings
    are not the ones ``desk.store.pages`` checks, every page is checked by SQLCipher instead."""
    pages, checked = 0, 0
    # one of the store's open connections: a passphrase's KDF is not run again
    with store.engine.connect() as engine_conn:
        conn = driver(engine_conn)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            # A read transaction on an (almost) empty WAL: no checkpoint rewrites pages read.
            conn.execute("BEGIN")
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            roots = [r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master") if r]
            key = store.page_key(conn)
            if key is None:
                cipher = _run_check(conn, "PRAGMA cipher_integrity_check")
                checked = pages
            else:
                checker = PageChecker.for_key(store.path, key)
                sample = quick_sample(min(pages, checker.page_count()), roots)
                bad = checker.bad_pages(sample)
                cipher = [f"HMAC verification failed for page {n}" for n in bad]
                checked = len(sample)
            integrity = _header(store, conn)
            derived = [] if cipher else _derived(conn)
        except (sqlcipher3.Error, MemoryError) as exc:
            integrity, cipher, derived = [f"the quick check stopped: {exc}"], [], []
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    return CheckReport(
        integrity,
        cipher,
        store.schema_revision(),
        head_revision(),
        pages,
        full=False,
        pages_checked=checked,
        derived=derived,
    )


def _header(store: CipherStore, conn: sqlcipher3.Connection) -> list[str]:
    """The file is whole pages of the store's page size and its schema reads."""
    problems = []
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if os.path.getsize(store.path) % size:
        problems.append(f"the file is not a whole number of {size}-byte pages")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return problems or ["ok"]


def _derived(conn: sqlcipher3.Connection) -> list[str]:
    """The full-text index knows the newest signal and a sample of the others (an import or a
    repair that stopped half-way shows here). Key lookups only."""
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"signal", "signal_fts_docsize"} <= tables:
        return []
    newest = conn.execute("SELECT max(id) FROM signal").fetchone()[0]
    indexed = conn.execute("SELECT max(id) FROM signal_fts_docsize").fetchone()[0]
    if newest != indexed:
        return [f"the full-text index ends at signal {indexed}, the trend log at {newest}"]
    if newest is None:
        return []
    ids = random.sample(range(1, newest + 1), min(FTS_SAMPLE, newest))
    marks = ", ".join("?" for _ in ids)
    missing = conn.execute(
        f"SELECT count(*) FROM signal WHERE id IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM signal_fts_docsize d WHERE d.id = signal.id)",
        ids,
    ).fetchone()[0]
    if missing:
        return [f"{missing} of {len(ids)} signals sampled are missing from the full-text index"]
    return []


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
        wrong = aggregates.differences(conn) + team_counts.differences(conn)
        wrong += pg_words.missing(conn)
        if wrong:
            aggregates.rebuild(conn)
            team_counts.rebuild(conn)  # a team database's RED counts per owner
            pg_words.rebuild(conn)  # and the words a search's prefix becomes
    return wrong

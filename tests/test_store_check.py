"""The quick check (a sample of pages, the full-text bookkeeping) beside the full one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.store import check_store, open_store
from desk.store.check import quick_check
from desk.store.pages import QUICK_EDGES, quick_sample
from tests.conftest import PASSPHRASE


def _flip(path: Path, page: int, byte: int = 200) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 + byte] ^= 0x10
    path.write_bytes(bytes(data))


def _root_of(store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar_one()
        )


@pytest.mark.parametrize("kind", ["keyring", "passphrase"])
def test_quick_check_passes_a_whole_store_and_reads_every_page_of_a_small_one(
    kind: str, request
) -> None:
    store = request.getfixturevalue("local_store" if kind == "keyring" else "passphrase_store")
    report = quick_check(store)
    assert report.ok and not report.full
    assert report.integrity == ["ok"] and report.cipher_integrity == [] and report.derived == []
    assert report.pages_checked == report.page_count > 0  # a small store: every page
    assert check_store(store).full and check_store(store, full=False).ok


@pytest.mark.parametrize("kind", ["keyring", "passphrase"])
def test_quick_check_names_a_damaged_page(kind: str, request, store_path: Path) -> None:
    """The HMAC is checked without SQLCipher (desk.store.pages): with a raw key and with a
    passphrase's, a flipped bit is found and its page named as the full check names it."""
    store = request.getfixturevalue("local_store" if kind == "keyring" else "passphrase_store")
    page = _root_of(store, "briefing")  # a page opening the store does not read
    store.close()
    _flip(store_path, page)
    with open_store(store_path, PASSPHRASE if kind == "passphrase" else None) as s:
        quick = quick_check(s)
        full = check_store(s, full=True)
    assert not quick.ok and quick.cipher_integrity == [f"HMAC verification failed for page {page}"]
    assert full.cipher_integrity == quick.cipher_integrity


def test_the_sample_of_a_large_file_holds_the_roots_the_edges_and_random_pages() -> None:
    roots = [2, 3, 500_000, 999_999]
    sample = quick_sample(1_000_000, roots, size=1000)
    assert sample == sorted(set(sample)) and sample[0] == 1 and sample[-1] == 1_000_000
    assert set(roots) <= set(sample)
    assert set(range(1, QUICK_EDGES + 1)) | set(
        range(1_000_000 - QUICK_EDGES + 1, 1_000_001)
    ) <= set(sample)
    assert 1000 <= len(sample) <= 1000 + 2 * QUICK_EDGES + len(roots) + 1
    assert quick_sample(50, [2, 3], size=1000) == list(range(1, 51))


def test_quick_check_sees_signals_the_full_text_index_missed(local_store) -> None:
    """A signal written without its full-text entry (a load that stopped half-way)."""
    from desk.services.demo import load_demo

    load_demo(local_store)
    assert quick_check(local_store).ok
    with local_store.engine.begin() as conn:
        newest = conn.exec_driver_sql("SELECT max(id) FROM signal").scalar_one()
        conn.exec_driver_sql("DELETE FROM signal_fts_docsize WHERE id = ?", (newest,))
    report = quick_check(local_store)
    assert not report.ok and report.cipher_integrity == []
    assert report.derived and "full-text index" in report.derived[0]


def test_the_page_sqlite_never_writes_is_not_checked(local_store, tmp_path: Path) -> None:
    """The page at 1 GiB holds SQLite's lock byte and is never written: never "damaged"."""
    from dataclasses import replace

    from desk.store.pages import PENDING_BYTE, PageChecker

    conn = local_store.raw_connection()
    try:
        checker = PageChecker.for_connection(conn, local_store.path, local_store._live_key())
    finally:
        conn.close()
    assert checker is not None
    big = tmp_path / "sparse.db"
    lock_page = PENDING_BYTE // 4096 + 1
    with big.open("wb") as f:
        f.truncate((lock_page + 1) * 4096)  # sparse: pages of zeros
    assert replace(checker, path=big).bad_pages([lock_page, lock_page + 1]) == [lock_page + 1]

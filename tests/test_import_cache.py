"""An import holds the pages it changes in a page cache of its own for the transaction (the
store's usual cache evicted them at 1,000,000 signals), then gives the connection its usual
cache back; the counts it keeps equal a rebuild's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.services import importer
from desk.services.importer import ImportCancelled, import_signals
from desk.store import aggregates
from desk.store.bulk import PAGES_PER_ROW, page_cache
from tests.helpers import signal_values, write_csv

ROWS = 600  # over the bulk threshold: text indexed and counted in one pass each


def _cache_size(conn) -> int:
    return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_the_import_enlarges_its_page_cache_and_gives_it_back(
    local_store, tmp_path: Path, monkeypatch
) -> None:
    store = local_store
    with store.engine.connect() as conn:
        usual = _cache_size(conn)
    seen: list[int] = []
    insert = importer.insert_signals

    def watching(session, *args, **kwargs):
        seen.append(_cache_size(session.connection()))
        return insert(session, *args, **kwargs)

    monkeypatch.setattr(importer, "insert_signals", watching)
    rows = [signal_values(title=f"Signal {i}") for i in range(ROWS)]
    path = write_csv(tmp_path / "rows.csv", rows)
    assert import_signals(store, path).imported == ROWS
    assert seen == [-max(ROWS * PAGES_PER_ROW * 4, -usual)]  # KiB, as the store sets it
    with store.engine.connect() as conn:
        assert _cache_size(conn) == usual

    def cancel(*_: object) -> None:
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):  # given back on the way out of a failed import too
        import_signals(store, write_csv(tmp_path / "more.csv", rows), progress=cancel)
    with store.engine.connect() as conn:
        assert _cache_size(conn) == usual


def test_a_small_cache_is_never_made_smaller(local_store) -> None:
    with local_store.engine.begin() as conn:
        usual = _cache_size(conn)
        with page_cache(conn, 1):
            assert _cache_size(conn) == usual


def test_the_counts_an_import_keeps_equal_a_rebuild(local_store, tmp_path: Path) -> None:
    store = local_store
    rows = [
        signal_values(
            title=f"Signal {i}",
            country=["TH", "VN", "AM"][i % 3],
            observed_on=f"2025-{1 + i % 12:02d}-15",
            category=["re-export", "finance", "legal"][i % 3],
            tlp=["CLEAR", "GREEN", "AMBER"][i % 3],
        )
        for i in range(ROWS)
    ]
    assert import_signals(store, write_csv(tmp_path / "rows.csv", rows)).imported == ROWS
    with store.engine.connect() as conn:
        assert aggregates.differences(conn) == 0  # what ``desk check --repair`` would rebuild
        counted = conn.exec_driver_sql(
            f"SELECT sum(n) FROM {aggregates.TABLE} WHERE country_code = '' AND month <> ''"
        ).scalar_one()
    assert counted == ROWS

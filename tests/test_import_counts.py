"""A bulk import keeps the maintained counts (``signal_count``) in one grouped pass instead of
the row triggers: they must equal what ``desk check --repair`` would rebuild."""

from __future__ import annotations

from pathlib import Path

from desk.services.importer import import_signals
from desk.store import aggregates
from tests.helpers import signal_values, write_csv

ROWS = 600  # over the bulk threshold: text indexed and counted in one pass each


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

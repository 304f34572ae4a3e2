"""Small test helpers shared by several test modules."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

from desk.services.validation import COLUMNS


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_files(path: Path) -> list[Path]:
    """The store file and whichever of its side files exist."""
    candidates = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    return [p for p in candidates if p.exists()]


def contains_bytes(paths: list[Path], needle: str) -> list[Path]:
    """Files among ``paths`` that contain ``needle`` in UTF-8 or UTF-16 (SQLite's encodings)."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("utf-16-be")]
    return [p for p in paths if any(f in p.read_bytes() for f in forms)]


SIGNAL_COLUMNS = COLUMNS  # the import format's columns, in file order


def signal_values(**overrides: object) -> dict[str, object]:
    """A valid import row (as strings, the way a CSV gives them)."""
    row: dict[str, object] = {
        "observed_on": "2026-10-15",
        "country": "TH",
        "title": "Chip re-exports via Bangkok distributors",
        "summary": "Distributors re-export microcontrollers.",
        "category": "re-export",
        "source": "Trade data",
        "source_url": "https://example.org/report",
        "reliability": "B",
        "credibility": "2",
        "hs_codes": "8542.31",
        "tlp": "AMBER",
        "chr": "false",
        "tags": "chips; demo",
        "source_kind": "",
    }
    row.update(overrides)
    return row


def write_csv(path: Path, rows: list[dict[str, object]], columns=SIGNAL_COLUMNS, **kwargs) -> Path:
    import csv

    with path.open("w", encoding=kwargs.pop("encoding", "utf-8"), newline="") as f:
        writer = csv.writer(f, **kwargs)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([r.get(c, "") for c in columns])
    return path


def draft(store, **overrides: object):
    """A validated SignalDraft for ``store`` (fails the test if the values are invalid)."""
    from desk.services.reference import load_reference
    from desk.services.validation import SignalValidator

    result, errors = SignalValidator(load_reference(store)).validate(signal_values(**overrides))
    assert not errors, errors
    return result


BUSY = "the document was not saved: the store is busy (another Desk process is writing); try again"


@contextlib.contextmanager
def write_locked(store, monkeypatch) -> Iterator[None]:
    """Another process holds the store's write lock. Connections made from here on give up
    after 50 ms instead of Desk's 10 s, writes after 50 ms instead of 2 minutes (the pool is
    emptied so the store makes new ones)."""
    from desk.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setattr(engine, "WRITE_WAIT_S", 0.05)
    store.engine.dispose()
    other = store.raw_connection()
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def exported_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV export, below its marking line."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as f:
        assert f.readline().startswith("# ")
        return list(csv.DictReader(f))


def expected_actor(store, typed: str) -> str:
    """Who the audit trail names: the name given locally; on a team database always the
    database role that made the change (the server sets it)."""
    return store.user or typed


def db_arg(store) -> str:
    """What ``--db`` takes to reach ``store``: its file, or its team database URL."""
    return getattr(store, "test_url", None) or str(store.path)

"""Where a store's files are, by name only: the store, its journals, unlock file and backups."""

from __future__ import annotations

import contextlib
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")


def side_files(path: Path) -> list[Path]:
    """SQLite's journals beside a database file."""
    return [Path(str(path) + s) for s in SIDE_FILES]


def unlock_file(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".unlock.json")


def backups_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-backups")


def remove_store_files(path: Path) -> None:
    for p in [path, *side_files(path), unlock_file(path)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()

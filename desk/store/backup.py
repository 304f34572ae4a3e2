"""Consistent encrypted copies through SQLite's backup API, and the integrity check."""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

import sqlcipher3

from desk.fileio import atomic_path, ensure_private_dir, remove_stale_temps
from desk.store.engine import CipherStore
from desk.store.errors import StoreDamaged, StoreUnavailable, translate, write_failure
from desk.store.files import check_backup_target
from desk.store.layout import backups_dir, side_files, unlock_file
from desk.store.unlockfile import write_unlock_info

AUTO_BACKUPS_KEPT = 5


def backup_store(store: CipherStore, target: Path) -> Path:
    """Copy the store to ``target`` with the same key, consistent even while other processes
    write (the backup API copies one read snapshot), written atomically."""
    target = check_backup_target(store.path, target)
    ensure_private_dir(target.parent)
    remove_stale_temps(target.parent, target.name)  # what a killed backup left behind
    source = store.raw_connection()
    try:
        with atomic_path(target) as tmp:
            try:
                dest = store.connect_copy(tmp)
                try:
                    source.backup(dest)
                    # Leave a self-contained file: no -wal beside the copy.
                    dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
            except (sqlcipher3.Error, MemoryError) as exc:
                if (disk := write_failure(exc)) is not None:
                    raise StoreUnavailable(f"cannot write the backup {target}: {disk}") from exc
                # The copy reads every page: a damaged one shows here, not as a "logic error".
                raise translate(exc, store.path) or StoreDamaged(
                    store.path, "a page could not be read while copying; run `desk check`"
                ) from exc
            finally:
                for side in side_files(tmp):
                    with contextlib.suppress(FileNotFoundError):
                        side.unlink()
    finally:
        source.close()
    write_unlock_info(target, store.info)  # same store id: the same keyring key opens it
    return target


_STAMP = re.compile(r"\d{8}-\d{6}")


def list_auto_backups(store_path: Path) -> list[Path]:
    folder = backups_dir(store_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{store_path.stem}-*.db") if _STAMP.search(p.name)]
    return sorted(found, key=lambda p: p.name)


def auto_backup(store: CipherStore, reason: str = "auto", keep: int = AUTO_BACKUPS_KEPT) -> Path:
    """A rotating backup next to the store; the oldest beyond ``keep`` are removed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safe_reason = re.sub(r"[^A-Za-z0-9_-]", "", reason)[:40] or "auto"
    target = backups_dir(store.path) / f"{store.path.stem}-{stamp}-{safe_reason}.db"
    n = 1
    while target.exists():
        target = target.with_name(f"{store.path.stem}-{stamp}-{safe_reason}-{n}.db")
        n += 1
    backup_store(store, target)
    existing = list_auto_backups(store.path)
    for old in existing[: max(0, len(existing) - keep)]:
        old.unlink(missing_ok=True)
        unlock_file(old).unlink(missing_ok=True)
    return target


def latest_auto_backup_age_hours(store_path: Path) -> float | None:
    existing = list_auto_backups(store_path)
    if not existing:
        return None
    newest = max(p.stat().st_mtime for p in existing)
    return (datetime.now().timestamp() - newest) / 3600

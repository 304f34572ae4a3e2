"""The files that make up a store on disk, and which of them a command may touch.

A store is ``desk.db`` plus SQLite's journals beside it (``-wal``, ``-shm``), the unlock file
(``desk.db.unlock.json``) and the automatic backups in ``desk-backups/``. Nothing here opens a
database: these are the checks that run before one is opened or written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desk.fileio import remove_stale_temps
from desk.store.errors import StoreDamaged, StoreError, StoreNotFound, StoreUnavailable
from desk.store.layout import SIDE_FILES, backups_dir, side_files, unlock_file

# Every SQLite page size is a multiple of this; a store of any other length was cut short.
MIN_PAGE_SIZE = 512


def check_store_file(path: Path) -> None:
    """Refuse, before any key is tried, a path that cannot be a whole store.

    An empty or cut-short file would otherwise open with *any* key (SQLCipher sees an empty
    database) and be mistaken for a new store.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise StoreNotFound(path) from None
    except OSError as exc:
        raise StoreUnavailable(f"cannot read {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"{path} is a folder, not a Desk store")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{path} is not a regular file, so not a Desk store")
    if info.st_size == 0:
        raise StoreDamaged(path, "the file is empty (0 bytes)")
    if info.st_size % MIN_PAGE_SIZE:
        raise StoreDamaged(path, f"the file was cut short: {info.st_size:,} bytes is no whole page")
    if unlock_file(path).is_dir():
        raise StoreError(f"{unlock_file(path)} is a folder, not an unlock file; remove it")
    if not os.access(path, os.R_OK | os.W_OK):
        raise StoreUnavailable(f"Desk may not read and write {path} (check its permissions)")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreUnavailable(
            f"the folder {path.parent} is read-only; Desk keeps its journal beside the store "
            "and needs to write there"
        )


def check_backup_target(store_path: Path, target: Path) -> Path:
    """The resolved path a backup of ``store_path`` may be written to, or a StoreError.

    A backup must never replace the store, its journals or its unlock file (the journals would
    vanish with the rename; without the unlock file a keyring store cannot be opened), nor
    write through a symlink to wherever it points.
    """
    given = Path(target).expanduser()
    if given.is_symlink():
        raise StoreError(f"{given} is a symbolic link; give the backup a real file name")
    resolved = given.resolve()
    protected = {store_path, unlock_file(store_path), *side_files(store_path)}
    if resolved in protected:
        raise StoreError(
            f"{given} is part of the store itself; choose another file name for the backup"
        )
    if resolved.is_dir():
        raise StoreError(f"{given} is a folder; give the backup a file name")
    if resolved.suffix == ".json" or resolved.name.endswith(SIDE_FILES):
        raise StoreError(f"{given} looks like a store's side file; back up to a .db file")
    if resolved.parent.exists() and not resolved.parent.is_dir():
        raise StoreError(f"{resolved.parent} is a file, not a folder")
    return resolved


def sweep_leftovers(store_path: Path) -> None:
    """Remove temporary files that killed backups and writes left beside the store and in its
    backup folder."""
    remove_stale_temps(store_path.parent)
    remove_stale_temps(backups_dir(store_path))

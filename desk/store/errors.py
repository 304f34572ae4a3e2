"""What can go wrong when opening, using or changing a store, in words a user can act on.

``translate`` turns what SQLite/SQLCipher raise (directly or wrapped by SQLAlchemy) into one of
these, so no caller needs to know SQLite's error codes.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from desk.errors import Conflict, DeskError, NotFound, Refused, Unavailable
from desk.store.layout import backups_dir


class StoreError(DeskError):
    """Base class; ``str()`` is a one-line reason fit for a dialog or stderr."""


class StoreNotFound(StoreError, NotFound):
    def __init__(self, path: object) -> None:
        super().__init__(f"no Desk store at {path} (create one with `desk init`)")


class StoreExists(StoreError, Conflict):
    def __init__(self, path: object) -> None:
        super().__init__(f"a file already exists at {path}; Desk will not overwrite it")


class WrongKey(StoreError, Refused):
    def __init__(self, path: object, hint: str = "") -> None:
        super().__init__(f"wrong passphrase or not a Desk store: {path}{hint}")


class PassphraseNeeded(StoreError, Refused):
    def __init__(self, path: object, why: str = "") -> None:
        reason = f" ({why})" if why else ""
        super().__init__(f"a passphrase is needed to unlock {path}{reason}; set DESK_PASSPHRASE")


class StoreTooNew(StoreError, Refused):
    def __init__(self, path: object, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"{path} was written by a newer version of Desk (schema {revision}); "
            "update Desk to open it — the store was not changed"
        )


class InsecureKeyring(StoreError, Refused):
    """The OS keyring is missing or not secure enough to hold a store key."""


class StoreDamaged(StoreError):
    """The file is not a whole store: empty, truncated, or pages that fail their checks."""

    def __init__(self, path: Path | str, what: str) -> None:
        self.path = Path(path)
        self.what = what
        super().__init__(
            f"the store {path} is damaged ({what}); nothing was changed — keep this file and "
            f"restore the newest backup from {backups_dir(self.path)}"
        )


StoreCorrupt = StoreDamaged  # the name the first migrations used


class StoreBusy(StoreError, Unavailable):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"the store {path} is busy: another Desk process kept it locked for writing; "
            "nothing was changed, try again when it has finished"
        )


class StoreUnavailable(StoreError, Unavailable):
    """The file cannot be read or written (permissions, a read-only folder, a full disk)."""


class KeyChanged(StoreError, Refused):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"the key of {path} was changed by another Desk process (or its first page is "
            "damaged); nothing more was written — open the store again"
        )


# -- SQLite's errors in these words -----------------------------------------------------------
_UNAVAILABLE = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the store cannot be written (read-only file, folder or disk)",
    "SQLITE_CANTOPEN": "the store or its journal cannot be opened (check the folder's permissions)",
    "SQLITE_IOERR": "the disk reported an input/output error",
    "SQLITE_PERM": "permission denied",
}
_DAMAGED = {"SQLITE_CORRUPT": "pages that SQLite cannot read", "SQLITE_NOMEM": "unreadable pages"}


def sqlite_error(exc: BaseException) -> sqlcipher3.Error | None:
    """The SQLite error behind ``exc`` (SQLAlchemy wraps them), if there is one."""
    orig = getattr(exc, "orig", exc)
    return orig if isinstance(orig, sqlcipher3.Error) else None


# sqlite3_errstr()'s words, for errors raised without their code (the backup API's are).
_BY_MESSAGE = {
    "database is locked": "SQLITE_BUSY",
    "database or disk is full": "SQLITE_FULL",
    "disk I/O error": "SQLITE_IOERR",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "unable to open database file": "SQLITE_CANTOPEN",
}


def error_name(exc: BaseException) -> str:
    """SQLite's name for the primary error code (``SQLITE_BUSY``…), or ''."""
    err = sqlite_error(exc)
    if err is None:
        return ""
    name = getattr(err, "sqlite_errorname", "") or _BY_MESSAGE.get(str(err), "")
    # Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…) share their primary's meaning.
    for primary in ("SQLITE_BUSY", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_READONLY"):
        if name.startswith(primary):
            return primary
    return name


def write_failure(exc: BaseException) -> str | None:
    """What is wrong with the disk when ``exc`` says a write failed (full, read-only…)."""
    return _UNAVAILABLE.get(error_name(exc))


def translate(exc: BaseException, path: Path | str) -> StoreError | None:
    """The store error that ``exc`` means for the store at ``path``, or None if it is none."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, MemoryError):
        # SQLite answers some damaged pages with SQLITE_NOMEM, which Python raises as this.
        return None
    name = error_name(exc)
    if not name:
        return None
    if name == "SQLITE_BUSY":
        return StoreBusy(path)
    if name == "SQLITE_NOTADB":
        return KeyChanged(path)
    if name in _DAMAGED:
        return StoreDamaged(path, _DAMAGED[name])
    if name in _UNAVAILABLE:
        return StoreUnavailable(f"{_UNAVAILABLE[name]}: {path}")
    return None

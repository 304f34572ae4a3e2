"""Any exception as the one-line reason a person can act on (the command line and the app).

Desk's own errors (``DeskError``) already are such a line. What the system raises — a full
disk, a read-only folder, a busy or damaged store — is put into the same words here, once, so
no command ends in a traceback and every dialog says the same thing.
"""

from __future__ import annotations

import errno
from pathlib import Path

from desk.errors import DeskError
from desk.store.errors import sqlite_error, translate

_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "not permitted",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "no such file or folder",
    errno.EEXIST: "it already exists",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk reported an input/output error",
}


# C0/C1 control characters and DEL would reach a terminal as escape sequences (colours, cursor
# moves, a rewritten screen): they are printed as visible escapes instead.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


def printable(value: object) -> str:
    """``value`` as text that is safe to print on a terminal: a file name or title may hold
    an escape sequence; each control character becomes a visible ``\\x1b``-style escape."""
    return str(value).translate(_CONTROLS)


def os_reason(exc: OSError) -> str:
    reason = _OS_REASONS.get(exc.errno or -1) or exc.strerror or str(exc)
    where = exc.filename
    if where is None:
        return reason
    action = (
        "cannot write" if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS) else "cannot use"
    )
    return f"{action} {where}: {reason}"


def explain(exc: BaseException, store_path: Path | None = None) -> str:
    """One line saying what went wrong, for any exception."""
    if isinstance(exc, DeskError):
        return printable(str(exc))
    if store_path is not None and (known := translate(exc, store_path)) is not None:
        return printable(str(known))
    if store_path is not None and (orig := sqlite_error(exc)) is not None:
        return printable(
            f"the store {store_path} could not be read or written ({orig}); "
            "run `desk check`: it may be damaged"
        )
    if isinstance(exc, OSError):
        return printable(os_reason(exc))
    if isinstance(exc, MemoryError):
        return "out of memory" + (
            f" reading {store_path}; run `desk check`: it may be damaged" if store_path else ""
        )
    return printable(f"unexpected error ({type(exc).__name__}: {exc})")

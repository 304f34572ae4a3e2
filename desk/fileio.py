"""Files written whole or not at all, readable by the user only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) as 0700 if missing. Existing folders are left as they are:
    a store placed in e.g. ~/Documents must not change that folder's permissions."""
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR)
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file; fail if it exists (never overwrite a store by accident)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(target: Path, mode: int) -> Path:
    # named ".target.xxxx.tmp": hidden, and never mistaken for (or shadowing) the real file
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
    except BaseException:
        discard(tmp)
        raise
    return tmp


def discard(tmp: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()


def put_in_place(tmp: Path, target: Path) -> None:
    """Make the complete temporary file ``tmp`` (from ``stage_bytes`` or ``atomic_path``) the
    file at ``target``, atomically, and make the rename durable."""
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically.

    The caller writes the temporary file completely (and closes it). If the block raises, or the
    process dies, ``target`` is untouched and the temporary file is removed (or, after a kill,
    left as an obviously named ``.tmp`` that never shadows the real file).
    """
    target = Path(target)
    tmp = _temp_beside(target, mode)
    try:
        yield tmp
        put_in_place(tmp, target)
    except BaseException:
        discard(tmp)
        raise


def stage_bytes(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> Path:
    """``data`` written completely to a temporary file beside ``target``, for a caller that
    must do something else first (record the file in the store) and only then put it in place
    with ``put_in_place`` — or ``discard`` it. A failed write leaves no temporary file."""
    target = Path(target)
    tmp = _temp_beside(target, mode)
    try:
        tmp.write_bytes(data)
    except BaseException:
        discard(tmp)
        raise
    return tmp


def atomic_write_bytes(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    with atomic_path(target, mode) as tmp:
        tmp.write_bytes(data)

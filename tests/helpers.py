"""Small test helpers shared by several test modules."""

from __future__ import annotations

import hashlib
from pathlib import Path


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

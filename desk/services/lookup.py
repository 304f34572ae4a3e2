"""One row that must be there: the row, or the caller's not-found error."""

from __future__ import annotations

from typing import TypeVar

from desk.errors import DeskError

T = TypeVar("T")


def required(row: T | None, missing: DeskError) -> T:
    """``row`` (as ``session.get`` gave it), or ``missing`` raised when there is none."""
    if row is None:
        raise missing
    return row

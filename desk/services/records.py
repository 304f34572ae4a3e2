"""Small helpers for the rows a unit of work reads and writes: the row that must be there, and
the audit entry of a change, in the unit's own session and under its actor."""

from __future__ import annotations

from typing import Any, TypeVar

from desk.errors import DeskError
from desk.services import audit
from desk.services.work import Work

T = TypeVar("T")


def required(row: T | None, missing: DeskError) -> T:
    """``row`` (as ``session.get`` gave it), or ``missing`` raised when there is none."""
    if row is None:
        raise missing
    return row


def record_change(
    w: Work,
    entity: str,
    entity_id: object,
    action: str,
    changes: dict[str, tuple[Any, Any]] | None = None,
    actor: str | None = None,
) -> None:
    """The audit entry of one change (a row per changed field), named after ``actor`` or else
    the unit's actor."""
    audit.record(
        w.session,
        actor=actor or w.actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        changes=changes,
    )

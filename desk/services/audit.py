"""Writing and reading the audit trail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlmodel import Session, col, select

from desk.models import AuditEntry
from desk.models.base import utcnow


def audit_text(value: Any) -> str | None:
    """How a value is written into the trail (readable, stable)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(audit_text(v) or "" for v in value)
    return str(value)


def record(
    session: Session,
    *,
    actor: str,
    entity: str,
    entity_id: object,
    action: str,
    changes: dict[str, tuple[Any, Any]] | None = None,
    at: datetime | None = None,
) -> str:
    """Add audit rows for one change (one per changed field); return the change id."""
    change_id = uuid.uuid4().hex
    when = at or utcnow()
    # an action without fields (a create) is one row with no field
    fields: dict[str | None, tuple[Any, Any]] = {None: (None, None)}
    if changes:
        fields = {name: change for name, change in changes.items()}
    for field_name, (old, new) in fields.items():
        session.add(
            AuditEntry(
                change_id=change_id,
                at=when,
                actor=actor,
                entity=entity,
                entity_id=str(entity_id),
                action=action,
                field=field_name,
                old_value=audit_text(old),
                new_value=audit_text(new),
            )
        )
    return change_id


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    change_id: str


def history(session: Session, entity: str, entity_id: object) -> list[HistoryEntry]:
    rows = session.exec(
        select(AuditEntry)
        .where(col(AuditEntry.entity) == entity, col(AuditEntry.entity_id) == str(entity_id))
        .order_by(col(AuditEntry.at), col(AuditEntry.id))
    )
    return [
        HistoryEntry(r.at, r.actor, r.action, r.field, r.old_value, r.new_value, r.change_id)
        for r in rows
    ]

"""A meeting's whole history: the meeting itself (moves, status, place) and every record it
holds or held — agenda items and their minutes, participants and their attendance, decisions
and actions — oldest first (see ``trail`` for how they are written)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desk.models import ActionItem, AgendaItem, AuditEntry
from desk.services.meetings.agenda import item_title
from desk.services.meetings.common import get_meeting_row
from desk.services.meetings.trail import ACTION, LABEL_FIELDS, MEETING, RECORDS
from desk.services.work import Context, reading


@dataclass(frozen=True)
class RecordChange:
    """One row of a history: which record (``entity``, ``entity_id`` and a ``label`` a person
    recognises it by), who changed what when."""

    entity: str
    entity_id: str
    label: str
    at: datetime
    actor: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    change_id: str


def _record_ids(s: Session, meeting_id: int) -> dict[str, set[str]]:
    """The ids of every record the meeting holds or held (removed ones from their history)."""
    ids: dict[str, set[str]] = {entity: set() for entity in (*RECORDS, ACTION)}
    for entity, (model, _) in RECORDS.items():
        query = sa.select(col(model.id)).where(col(model.meeting_id) == meeting_id)
        ids[entity] |= {str(i) for (i,) in s.execute(query)}
    actions = sa.select(col(ActionItem.id)).where(col(ActionItem.meeting_id) == meeting_id)
    ids[ACTION] |= {str(i) for (i,) in s.execute(actions)}
    named = sa.select(col(AuditEntry.entity), col(AuditEntry.entity_id)).where(
        col(AuditEntry.entity).in_(list(RECORDS)),
        col(AuditEntry.field) == "meeting",
        sa.or_(
            col(AuditEntry.old_value) == str(meeting_id),
            col(AuditEntry.new_value) == str(meeting_id),
        ),
    )
    for entity, entity_id in s.execute(named):
        ids[entity].add(entity_id)
    return ids


def _logged_labels(rows: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """Each record's name, title or text as its history last gave it (for removed ones)."""
    labels: dict[tuple[str, str], str] = {}
    for r in rows:
        if r.field == LABEL_FIELDS.get(r.entity) and (r.new_value or r.old_value):
            labels[(r.entity, r.entity_id)] = str(r.new_value or r.old_value)
    return labels


def _rows(s: Session, model: Any, ids: set[str]) -> list[Any]:
    wanted = [int(i) for i in ids if i.isdigit()]
    return list(s.exec(select(model).where(col(model.id).in_(wanted)))) if wanted else []


def _live_labels(s: Session, ids: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """The names of the records there are now (standing items: their fixed titles)."""
    labels: dict[tuple[str, str], str] = {}
    for entity, (model, name) in RECORDS.items():
        for row in _rows(s, model, ids[entity]):
            text = item_title(row.kind, row.title) if model is AgendaItem else getattr(row, name)
            labels[(entity, str(row.id))] = text
    for action in _rows(s, ActionItem, ids[ACTION]):
        labels[(ACTION, str(action.id))] = action.text
    return labels


def meeting_record_history(ctx: Context, meeting_id: int) -> list[RecordChange]:
    """Everything audited about a meeting and the records it holds or held, oldest first."""
    with reading(ctx) as w:
        s = w.session
        get_meeting_row(s, meeting_id)
        ids = _record_ids(s, meeting_id)
        wanted = [
            sa.and_(col(AuditEntry.entity) == e, col(AuditEntry.entity_id).in_(sorted(keys)))
            for e, keys in ids.items()
            if keys
        ]
        wanted.append(
            sa.and_(col(AuditEntry.entity) == MEETING, col(AuditEntry.entity_id) == str(meeting_id))
        )
        query = select(AuditEntry).where(sa.or_(*wanted))
        rows = list(s.exec(query.order_by(col(AuditEntry.at), col(AuditEntry.id))))
        labels = _logged_labels(rows) | _live_labels(s, ids)
    return [
        RecordChange(
            r.entity,
            r.entity_id,
            labels.get((r.entity, r.entity_id), ""),
            r.at,
            r.actor,
            r.action,
            r.field,
            r.old_value,
            r.new_value,
            r.change_id,
        )
        for r in rows
    ]

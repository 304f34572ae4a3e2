"""The audit trail of what a meeting records: its agenda items (and their minutes),
participants (and their attendance), decisions and actions.

Each record has a history of its own (entity ``agenda_item``, ``participant``, ``decision`` or
``action``, keyed by the record's id), written in the same unit of work as the change. Adding
and removing a record also name its meeting (the field ``meeting``), so the meeting's history
still finds a record after it was removed (or moved to the next meeting).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk.models import AgendaItem, Decision, Participant
from desk.services import audit
from desk.services.work import Work

MEETING = "meeting"
AGENDA_ITEM = "agenda_item"
PARTICIPANT = "participant"
DECISION = "decision"
ACTION = "action"
# the records a meeting holds, with the table and the field that names one in a history
RECORDS: dict[str, tuple[type[AgendaItem] | type[Participant] | type[Decision], str]] = {
    AGENDA_ITEM: (AgendaItem, "title"),
    PARTICIPANT: (Participant, "name"),
    DECISION: (Decision, "text"),
}
LABEL_FIELDS = {AGENDA_ITEM: "title", PARTICIPANT: "name", DECISION: "text", ACTION: "text"}


def changed(
    w: Work, entity: str, record_id: object, action: str, changes: Mapping[str, tuple[Any, Any]]
) -> None:
    """One audited change of a meeting's record (nothing when nothing changed)."""
    if changes:
        audit.record(
            w.session,
            actor=w.actor,
            entity=entity,
            entity_id=record_id,
            action=action,
            changes=dict(changes),
        )


def _given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values worth a row: an empty text or an unset choice says nothing."""
    return {k: v for k, v in values.items() if v not in (None, "", False)}


def added(
    w: Work, entity: str, record_id: object, meeting_id: int, values: Mapping[str, Any]
) -> None:
    """A record was added to a meeting: its meeting and the values it was given."""
    fields = {"meeting": (None, meeting_id)}
    fields |= {k: (None, v) for k, v in _given(values).items()}
    changed(w, entity, record_id, "add", fields)


def removed(
    w: Work, entity: str, record_id: object, meeting_id: int, values: Mapping[str, Any]
) -> None:
    """A record was removed from a meeting: what it held goes into its history."""
    fields = {"meeting": (meeting_id, None)}
    fields |= {k: (v, None) for k, v in _given(values).items()}
    changed(w, entity, record_id, "remove", fields)

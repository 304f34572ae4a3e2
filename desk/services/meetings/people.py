"""Participants and decisions of a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from desk.models import Decision, Participant
from desk.models.meetings import Attendance, ParticipantRole
from desk.services.meetings.common import MeetingError, editable, get_meeting_row
from desk.store import Store


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    name: str
    role: ParticipantRole
    organisation: str
    attendance: Attendance


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    text: str
    agenda_item_id: int | None
    created_at: datetime


def participants(store: Store, meeting_id: int) -> list[ParticipantInfo]:
    with store.session() as s:
        get_meeting_row(s, meeting_id)
        rows = s.exec(
            select(Participant)
            .where(Participant.meeting_id == meeting_id)
            .order_by(Participant.position, Participant.id)
        )
        return [
            ParticipantInfo(
                p.id, p.name, ParticipantRole(p.role), p.organisation, Attendance(p.attendance)
            )
            for p in rows
        ]


def add_participant(
    store: Store,
    meeting_id: int,
    name: str,
    role: ParticipantRole = ParticipantRole.OTHER,
    organisation: str = "",
) -> int:
    name = name.strip()
    if not name:
        raise MeetingError("a participant needs a name")
    with store.transaction() as s:
        editable(s, meeting_id)
        last = s.execute(
            sa.select(sa.func.max(Participant.position)).where(Participant.meeting_id == meeting_id)
        ).scalar()
        p = Participant(
            meeting_id=meeting_id,
            name=name,
            role=ParticipantRole(role).value,
            organisation=organisation.strip(),
            position=(last or 0) + 1,
        )
        s.add(p)
        s.flush()
        return p.id


def _participant(s: Session, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None:
        raise MeetingError(f"no participant with id {participant_id}")
    editable(s, p.meeting_id)
    return p


def set_attendance(store: Store, participant_id: int, attendance: Attendance) -> None:
    with store.transaction() as s:
        p = _participant(s, participant_id)
        p.attendance = Attendance(attendance).value
        s.add(p)


def update_participant(
    store: Store,
    participant_id: int,
    *,
    name: str | None = None,
    role: ParticipantRole | None = None,
    organisation: str | None = None,
) -> None:
    with store.transaction() as s:
        p = _participant(s, participant_id)
        if name is not None:
            if not name.strip():
                raise MeetingError("a participant needs a name")
            p.name = name.strip()
        if role is not None:
            p.role = ParticipantRole(role).value
        if organisation is not None:
            p.organisation = organisation.strip()
        s.add(p)


def remove_participant(store: Store, participant_id: int) -> None:
    with store.transaction() as s:
        s.delete(_participant(s, participant_id))


def copy_participants(s: Session, source_id: int, target_id: int) -> int:
    """Invite the previous meeting's participants (when the new one has none yet)."""
    if (
        s.exec(select(Participant.id).where(Participant.meeting_id == target_id)).first()
        is not None
    ):
        return 0
    rows = list(
        s.exec(
            select(Participant)
            .where(Participant.meeting_id == source_id)
            .order_by(Participant.position)
        )
    )
    for n, p in enumerate(rows):
        s.add(
            Participant(
                meeting_id=target_id,
                name=p.name,
                role=p.role,
                organisation=p.organisation,
                attendance=Attendance.INVITED.value,
                position=n,
            )
        )
    return len(rows)


def decisions(store: Store, meeting_id: int) -> list[DecisionInfo]:
    with store.session() as s:
        get_meeting_row(s, meeting_id)
        rows = s.exec(
            select(Decision).where(Decision.meeting_id == meeting_id).order_by(Decision.id)
        )
        return [DecisionInfo(d.id, d.text, d.agenda_item_id, d.created_at) for d in rows]


def add_decision(
    store: Store, meeting_id: int, text: str, agenda_item_id: int | None = None
) -> int:
    text = text.strip()
    if not text:
        raise MeetingError("a decision needs a text")
    with store.transaction() as s:
        editable(s, meeting_id)
        d = Decision(meeting_id=meeting_id, text=text, agenda_item_id=agenda_item_id)
        s.add(d)
        s.flush()
        return d.id


def update_decision(store: Store, decision_id: int, text: str) -> None:
    with store.transaction() as s:
        d = s.get(Decision, decision_id)
        if d is None:
            raise MeetingError(f"no decision with id {decision_id}")
        editable(s, d.meeting_id)
        if not text.strip():
            raise MeetingError("a decision needs a text")
        d.text = text.strip()
        s.add(d)


def remove_decision(store: Store, decision_id: int) -> None:
    with store.transaction() as s:
        d = s.get(Decision, decision_id)
        if d is None:
            raise MeetingError(f"no decision with id {decision_id}")
        editable(s, d.meeting_id)
        s.delete(d)

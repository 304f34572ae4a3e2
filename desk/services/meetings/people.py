"""Participants and decisions of a meeting."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlmodel import Session, col, select

from desk.models import Decision, Participant
from desk.models.meetings import Attendance, MeetingStatus, ParticipantRole
from desk.services.meetings import trail
from desk.services.meetings.common import (
    MeetingError,
    MeetingNotFound,
    editable,
    get_meeting_row,
    in_order,
    next_position,
    previous_meeting,
    row_id,
)
from desk.services.meetings.drafts import DecisionDraft, ParticipantDraft, ParticipantPatch
from desk.services.work import Context, Work, reading, writing


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


# -- participants -----------------------------------------------------------------------------------
def participants(ctx: Context, meeting_id: int) -> list[ParticipantInfo]:
    with reading(ctx) as w:
        get_meeting_row(w.session, meeting_id)
        rows = in_order(w.session, Participant, meeting_id)
        return [
            ParticipantInfo(
                row_id(p.id),
                p.name,
                ParticipantRole(p.role),
                p.organisation,
                Attendance(p.attendance),
            )
            for p in rows
        ]


def add_participant(
    ctx: Context,
    meeting_id: int,
    person: ParticipantDraft | str,
    role: ParticipantRole = ParticipantRole.OTHER,
    organisation: str = "",
) -> int:
    """Add a participant (a ``ParticipantDraft``; or, the older form, name, role and
    organisation) at the end of the list; returns the id."""
    draft = (
        person
        if isinstance(person, ParticipantDraft)
        else ParticipantDraft(person, role, organisation)
    ).checked()
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        invite_previous(w.session, meeting_id)
        p = Participant(
            meeting_id=meeting_id,
            name=draft.name,
            role=draft.role.value,
            organisation=draft.organisation,
            position=next_position(w.session, Participant, meeting_id),
        )
        w.session.add(p)
        w.session.flush()
        trail.added(w, trail.PARTICIPANT, p.id, meeting_id, _participant_values(p))
        return row_id(p.id)


def _participant_values(p: Participant) -> dict[str, object]:
    return {"name": p.name, "role": p.role, "organisation": p.organisation}


_Row = TypeVar("_Row", Participant, Decision)


def _changeable(
    s: Session,
    model: type[_Row],
    ids: Iterable[int],
    what: str,
    meeting_id: int | None = None,
) -> list[_Row]:
    """The rows (each once), every one of a meeting that may be changed (and of
    ``meeting_id``, if given); a MeetingError names the first that is not."""
    found = []
    for row_key in dict.fromkeys(ids):
        row = s.get(model, row_key)
        if row is None:
            raise MeetingNotFound(f"no {what} with id {row_key}")
        if meeting_id is not None and row.meeting_id != meeting_id:
            raise MeetingError(f"{what} {row_key} belongs to another meeting")
        editable(s, row.meeting_id)
        found.append(row)
    return found


def _participants(
    s: Session, participant_ids: Iterable[int], meeting_id: int | None = None
) -> list[Participant]:
    return _changeable(s, Participant, participant_ids, "participant", meeting_id)


def set_attendances(ctx: Context, meeting_id: int, attendance: Mapping[int, Attendance]) -> None:
    """Record who attended, was excused or is invited (by participant id): one change, all or
    nothing."""
    with writing(ctx) as w:
        for p in _participants(w.session, attendance, meeting_id):
            _attend(w, p, attendance[row_id(p.id)])


def _attend(w: Work, p: Participant, attendance: Attendance) -> None:
    now = Attendance(attendance).value
    if p.attendance != now:
        trail.changed(w, trail.PARTICIPANT, p.id, "update", {"attendance": (p.attendance, now)})
        p.attendance = now
        w.session.add(p)


def set_attendance(ctx: Context, participant_id: int, attendance: Attendance) -> None:
    with writing(ctx) as w:
        (p,) = _participants(w.session, [participant_id])
        _attend(w, p, attendance)


def update_participant(ctx: Context, participant_id: int, patch: ParticipantPatch) -> None:
    patch = patch.checked()
    with writing(ctx) as w:
        (p,) = _participants(w.session, [participant_id])
        changes = {}
        for k, v in patch.changes().items():
            if getattr(p, k) != v:
                changes[k] = (getattr(p, k), v)
                setattr(p, k, v)  # a role is a StrEnum: stored as its value
        trail.changed(w, trail.PARTICIPANT, participant_id, "update", changes)
        w.session.add(p)


def _remove(ctx: Context, model: type[_Row], ids: Iterable[int], what: str) -> None:
    with writing(ctx) as w:
        for row in _changeable(w.session, model, ids, what):
            if isinstance(row, Participant):
                values = _participant_values(row) | {"attendance": row.attendance}
                trail.removed(w, trail.PARTICIPANT, row.id, row.meeting_id, values)
            else:
                values = _decision_values(row)
                trail.removed(w, trail.DECISION, row.id, row.meeting_id, values)
            w.session.delete(row)


def remove_participants(ctx: Context, participant_ids: Iterable[int]) -> None:
    """Remove participants (of meetings that may be changed): one change, all or nothing."""
    _remove(ctx, Participant, participant_ids, "participant")


def remove_participant(ctx: Context, participant_id: int) -> None:
    remove_participants(ctx, [participant_id])


def copy_participants(s: Session, source_id: int, target_id: int) -> int:
    """Invite the previous meeting's participants (when the new one has none yet)."""
    if (
        s.exec(select(Participant.id).where(col(Participant.meeting_id) == target_id)).first()
        is not None
    ):
        return 0
    rows = list(
        s.exec(
            select(Participant)
            .where(col(Participant.meeting_id) == source_id)
            .order_by(col(Participant.position))
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


def invite_previous(s: Session, meeting_id: int) -> int:
    """A draft without participants shows the previous meeting's as invited (opening it copies
    them): copy them now, before the draft's list is changed, so that none of them is lost."""
    meeting = get_meeting_row(s, meeting_id)
    if meeting.status != MeetingStatus.DRAFT.value:
        return 0
    previous = previous_meeting(s, meeting)
    return copy_participants(s, row_id(previous.id), meeting_id) if previous else 0


# -- decisions --------------------------------------------------------------------------------------
def decisions(ctx: Context, meeting_id: int) -> list[DecisionInfo]:
    with reading(ctx) as w:
        get_meeting_row(w.session, meeting_id)
        rows = w.session.exec(
            select(Decision)
            .where(col(Decision.meeting_id) == meeting_id)
            .order_by(col(Decision.id))
        )
        return [DecisionInfo(row_id(d.id), d.text, d.agenda_item_id, d.created_at) for d in rows]


def add_decision(
    ctx: Context,
    meeting_id: int,
    decision: DecisionDraft | str,
    agenda_item_id: int | None = None,
) -> int:
    """Record a decision (a ``DecisionDraft``; or, the older form, its text and item)."""
    draft = (
        decision if isinstance(decision, DecisionDraft) else DecisionDraft(decision, agenda_item_id)
    ).checked()
    with writing(ctx) as w:
        editable(w.session, meeting_id)
        d = Decision(meeting_id=meeting_id, text=draft.text, agenda_item_id=draft.agenda_item_id)
        w.session.add(d)
        w.session.flush()
        trail.added(w, trail.DECISION, d.id, meeting_id, _decision_values(d))
        return row_id(d.id)


def _decision_values(d: Decision) -> dict[str, object]:
    return {"text": d.text, "agenda_item": d.agenda_item_id}


def _decisions(s: Session, decision_ids: Iterable[int]) -> list[Decision]:
    return _changeable(s, Decision, decision_ids, "decision")


def update_decision(ctx: Context, decision_id: int, text: str) -> None:
    draft = DecisionDraft(text).checked()
    with writing(ctx) as w:
        (d,) = _decisions(w.session, [decision_id])
        trail.changed(w, trail.DECISION, decision_id, "update", _text_change(d.text, draft.text))
        d.text = draft.text
        w.session.add(d)


def _text_change(before: str, after: str) -> dict[str, tuple[object, object]]:
    return {"text": (before, after)} if before != after else {}


def remove_decisions(ctx: Context, decision_ids: Iterable[int]) -> None:
    """Remove decisions (of meetings that may be changed): one change, all or nothing."""
    _remove(ctx, Decision, decision_ids, "decision")


def remove_decision(ctx: Context, decision_id: int) -> None:
    remove_decisions(ctx, [decision_id])

"""One record of a meeting found by its id alone — what a command that names an agenda item,
participant or decision starts from (its meeting, and the version it edits from)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import col

from desk.models import ActionItem, AgendaItem, Decision, Participant
from desk.services.meetings.agenda import AgendaEntry, get_agenda
from desk.services.meetings.common import MeetingInfo, MeetingNotFound, get_meeting_row, info
from desk.services.meetings.people import DecisionInfo, ParticipantInfo, decisions, participants
from desk.services.work import Context, reading

_Model = type[AgendaItem] | type[Participant] | type[Decision] | type[ActionItem]


def _meeting_of(ctx: Context, model: _Model, record_id: int, what: str) -> MeetingInfo:
    with reading(ctx) as w:
        query = sa.select(col(model.meeting_id)).where(col(model.id) == record_id)
        meeting_id = w.session.execute(query).scalar()
        if meeting_id is None:
            raise MeetingNotFound(f"no {what} with id {record_id}")
        return info(get_meeting_row(w.session, meeting_id))


def agenda_item(ctx: Context, item_id: int) -> tuple[MeetingInfo, AgendaEntry]:
    """An agenda item as its agenda shows it (number, title, version) and its meeting."""
    with reading(ctx) as w:
        meeting = _meeting_of(w, AgendaItem, item_id, "agenda item")
        (entry,) = [i for i in get_agenda(w, meeting.id).items if i.id == item_id]
        return meeting, entry


def participant(ctx: Context, participant_id: int) -> tuple[MeetingInfo, ParticipantInfo]:
    with reading(ctx) as w:
        meeting = _meeting_of(w, Participant, participant_id, "participant")
        (found,) = [p for p in participants(w, meeting.id) if p.id == participant_id]
        return meeting, found


def decision(ctx: Context, decision_id: int) -> tuple[MeetingInfo, DecisionInfo]:
    with reading(ctx) as w:
        meeting = _meeting_of(w, Decision, decision_id, "decision")
        (found,) = [d for d in decisions(w, meeting.id) if d.id == decision_id]
        return meeting, found

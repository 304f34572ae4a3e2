"""Everything one meeting screen (or document) shows, gathered in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.services.events import EventInfo, events_ahead, lessons_since
from desk.services.meetings.actions import MeetingActions, actions_at
from desk.services.meetings.agenda import Agenda, agenda_signals, get_agenda
from desk.services.meetings.common import MeetingInfo
from desk.services.meetings.people import DecisionInfo, ParticipantInfo, decisions, participants
from desk.services.meetings.series import get_meeting, meeting_window, next_of, previous_of
from desk.services.search import SignalRow
from desk.store import Store


@dataclass(frozen=True)
class MeetingPage:
    meeting: MeetingInfo
    agenda: Agenda
    signals: list[SignalRow]  # item 1
    participants: list[ParticipantInfo]
    decisions: list[DecisionInfo]
    actions: MeetingActions
    window: tuple[datetime, datetime]
    previous: MeetingInfo | None
    following: MeetingInfo | None
    events: list[EventInfo]  # item 4: knowledge exchange in the next two cycles
    lessons: list[EventInfo]  # item 3: best practices of events held since the last meeting


def meeting_page(store: Store, meeting_id: int, lang: str = "en") -> MeetingPage:
    meeting = get_meeting(store, meeting_id)
    since, until = meeting_window(store, meeting_id)
    return MeetingPage(
        meeting=meeting,
        agenda=get_agenda(store, meeting_id, lang),
        signals=agenda_signals(store, meeting_id),
        participants=participants(store, meeting_id),
        decisions=decisions(store, meeting_id),
        actions=actions_at(store, meeting_id),
        window=(since, until),
        previous=previous_of(store, meeting_id),
        following=next_of(store, meeting_id),
        events=events_ahead(store, meeting.region, meeting.date),
        lessons=lessons_since(store, meeting.region, since.date(), until.date()),
    )

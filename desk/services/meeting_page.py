"""Everything one meeting screen (or document) shows, read in one snapshot.

It sits above both the meetings and the events services: a meeting's page shows the
knowledge-exchange events of its region (agenda items 3 and 4) next to its own agenda,
people and outcomes, and the meetings package stays free of the events one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desk.models.meetings import Attendance, MeetingStatus
from desk.services.contact_points import scope_on
from desk.services.events import EventInfo, events_ahead, lessons_since
from desk.services.meetings import (
    Agenda,
    DecisionInfo,
    MeetingActions,
    MeetingInfo,
    ParticipantInfo,
    actions_at,
    agenda_signals,
    decisions,
    get_agenda,
    get_meeting,
    meeting_window,
    next_of,
    participants,
    previous_of,
)
from desk.services.search import SignalRow
from desk.services.work import Context, reading


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
    # the countries it covers: its contact point's on the meeting's date (None: the region)
    countries: frozenset[str] | None = None
    # a draft without participants of its own shows who will be invited when it is opened:
    # the previous meeting's (``invited_from``); their ids are that meeting's rows
    invited_from: MeetingInfo | None = None


def invited(
    ctx: Context, meeting: MeetingInfo, previous: MeetingInfo | None
) -> tuple[list[ParticipantInfo], MeetingInfo | None]:
    """Who is invited to ``meeting``: its participants; for a draft that has none yet, the
    previous meeting's (opening the draft copies them), with the meeting they come from."""
    own = participants(ctx, meeting.id)
    if own or meeting.status != MeetingStatus.DRAFT or previous is None:
        return own, None
    theirs = [replace(p, attendance=Attendance.INVITED) for p in participants(ctx, previous.id)]
    return theirs, (previous if theirs else None)


def meeting_page(
    ctx: Context, meeting_id: int, lang: str = "en", *, signals: bool = True
) -> MeetingPage:
    """The meeting's page; ``signals=False``: without item 1's rows (documents count and
    summarise them in SQL instead: ``briefing_window.summarise``)."""
    with reading(ctx) as w:
        meeting = get_meeting(w, meeting_id)
        since, until = meeting_window(w, meeting_id)
        previous = previous_of(w, meeting_id)
        people, invited_from = invited(w, meeting, previous)
        scope = scope_on(w.session, meeting.region, meeting.contact_point_id, meeting.date)

        def covered(events: list[EventInfo]) -> list[EventInfo]:
            return [e for e in events if scope is None or e.country_code in scope]

        return MeetingPage(
            meeting=meeting,
            agenda=get_agenda(w, meeting_id, lang),
            signals=agenda_signals(w, meeting_id) if signals else [],
            participants=people,
            decisions=decisions(w, meeting_id),
            actions=actions_at(w, meeting_id),
            window=(since, until),
            previous=previous,
            following=next_of(w, meeting_id),
            events=covered(events_ahead(w, meeting.region, meeting.date)),
            lessons=covered(lessons_since(w, meeting.region, since.date(), until.date())),
            countries=scope,
            invited_from=invited_from,
        )

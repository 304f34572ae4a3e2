"""What the meeting services share: the meeting as callers see it, errors, the status rules,
time-zone helpers and the queries every part needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from desk.errors import InvalidInput, NotFound, Refused
from desk.models import AgendaItem, Meeting, Participant
from desk.models.meetings import MeetingStatus


class MeetingError(InvalidInput):
    """A one-line reason the user can act on."""


class MeetingNotFound(MeetingError, NotFound):
    exit_code = NotFound.exit_code  # not invalid input: what was asked for is not there


class MeetingLocked(MeetingError, Refused):
    """The meeting is finalised: re-open it to change it."""

    exit_code = Refused.exit_code


def row_id(value: int | None) -> int:
    """The id of a row read from the store or flushed to it (the models type it optional)."""
    if value is None:
        raise RuntimeError("a row without an id: flush it first")
    return value


# -- the life cycle ----------------------------------------------------------------------------------
# Which status may follow which. Re-opening a finalised meeting goes back to "held".
TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.DRAFT: frozenset({MeetingStatus.OPEN, MeetingStatus.CANCELLED}),
    MeetingStatus.OPEN: frozenset(
        {MeetingStatus.HELD, MeetingStatus.DRAFT, MeetingStatus.CANCELLED}
    ),
    MeetingStatus.HELD: frozenset({MeetingStatus.FINALISED, MeetingStatus.OPEN}),
    MeetingStatus.FINALISED: frozenset({MeetingStatus.HELD}),
    MeetingStatus.CANCELLED: frozenset({MeetingStatus.DRAFT}),
}
# The way forward: draft → open → held → finalised.
FORWARD = {
    MeetingStatus.DRAFT: MeetingStatus.OPEN,
    MeetingStatus.OPEN: MeetingStatus.HELD,
    MeetingStatus.HELD: MeetingStatus.FINALISED,
}


def allowed_transitions(status: MeetingStatus) -> frozenset[MeetingStatus]:
    """The statuses a meeting in ``status`` may be given."""
    return TRANSITIONS[MeetingStatus(status)]


def next_status(status: MeetingStatus) -> MeetingStatus | None:
    """The next step forward from ``status`` (None: finalised or cancelled)."""
    return FORWARD.get(MeetingStatus(status))


def can_reopen(status: MeetingStatus) -> bool:
    """A finalised meeting may be re-opened (to "held") to correct it."""
    return MeetingStatus(status) == MeetingStatus.FINALISED


def can_cancel(status: MeetingStatus) -> bool:
    return MeetingStatus.CANCELLED in allowed_transitions(status)


def can_have_minutes(status: MeetingStatus) -> bool:
    """Minutes exist once a meeting is opened (and until it is cancelled)."""
    return MeetingStatus(status) in (
        MeetingStatus.OPEN,
        MeetingStatus.HELD,
        MeetingStatus.FINALISED,
    )


def can_have_briefing(status: MeetingStatus) -> bool:
    return MeetingStatus(status) != MeetingStatus.CANCELLED


def is_locked(status: MeetingStatus) -> bool:
    """A finalised meeting refuses every change until it is re-opened."""
    return MeetingStatus(status) == MeetingStatus.FINALISED


def offers_changes(status: MeetingStatus) -> bool:
    """Whether the screens offer to change the meeting's agenda, people and outcomes: not when
    it is finalised (locked) nor when it is cancelled (nothing will happen in it)."""
    return not is_locked(status) and MeetingStatus(status) != MeetingStatus.CANCELLED


def aware(local: datetime, tz: str) -> datetime:
    """A stored wall-clock time in its zone, as an aware datetime."""
    return local.replace(tzinfo=ZoneInfo(tz))


def as_utc(local: datetime, tz: str) -> datetime:
    return aware(local, tz).astimezone(UTC)


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    region: str
    series_id: int | None
    occurrence_date: date
    starts_at: datetime  # aware, in the meeting's zone
    duration_minutes: int
    tz: str
    status: MeetingStatus
    location: str
    video_link: str
    chair: str
    version: int = 1  # what a save from this names as expected_version
    contact_point_id: int | None = None  # whose meeting (its series' contact point)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def date(self) -> date:
        return self.starts_at.date()

    @property
    def moved(self) -> bool:
        return self.starts_at.date() != self.occurrence_date

    @property
    def cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def read_only(self) -> bool:
        return is_locked(self.status)


def info(m: Meeting) -> MeetingInfo:
    return MeetingInfo(
        id=row_id(m.id),
        region=m.region,
        series_id=m.series_id,
        occurrence_date=m.occurrence_date,
        starts_at=aware(m.starts_local, m.tz),
        duration_minutes=m.duration_minutes,
        tz=m.tz,
        status=MeetingStatus(m.status),
        location=m.location,
        video_link=m.video_link,
        chair=m.chair,
        version=m.version,
        contact_point_id=m.contact_point_id,
    )


def get_meeting_row(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(f"no meeting with id {meeting_id}")
    return meeting


def editable(s: Session, meeting_id: int) -> Meeting:
    """The meeting, if it may be changed; MeetingLocked if it is finalised."""
    meeting = get_meeting_row(s, meeting_id)
    if is_locked(MeetingStatus(meeting.status)):
        raise MeetingLocked(
            f"the meeting of {meeting.starts_local:%Y-%m-%d} is finalised; re-open it to change it"
        )
    return meeting


_Listed = TypeVar("_Listed", AgendaItem, Participant)


def in_order(s: Session, model: type[_Listed], meeting_id: int) -> list[_Listed]:
    """A meeting's agenda items or participants, in their order."""
    return list(
        s.exec(
            select(model)
            .where(col(model.meeting_id) == meeting_id)
            .order_by(col(model.position), col(model.id))
        )
    )


def next_position(s: Session, model: type[AgendaItem] | type[Participant], meeting_id: int) -> int:
    """Where a new agenda item or participant goes: after the meeting's last one."""
    last = s.execute(
        sa.select(sa.func.max(col(model.position))).where(col(model.meeting_id) == meeting_id)
    ).scalar()
    return (last or 0) + 1


def series_meetings(
    s: Session, series_id: int, *, include_cancelled: bool = False
) -> list[Meeting]:
    query = (
        select(Meeting)
        .where(col(Meeting.series_id) == series_id)
        .order_by(col(Meeting.starts_local))
    )
    rows = list(s.exec(query))
    return (
        rows
        if include_cancelled
        else [m for m in rows if m.status != MeetingStatus.CANCELLED.value]
    )


def previous_meeting(s: Session, meeting: Meeting) -> Meeting | None:
    """The last meeting of the same series before this one (cancelled ones do not count)."""
    if meeting.series_id is None:
        return None
    me = as_utc(meeting.starts_local, meeting.tz)
    earlier = [
        m for m in series_meetings(s, meeting.series_id) if as_utc(m.starts_local, m.tz) < me
    ]
    return earlier[-1] if earlier else None


FIRST_WINDOW_DAYS = 28


def window_bounds(s: Session, meeting: Meeting) -> tuple[datetime, datetime]:
    """[since, until) in UTC: from the previous meeting of the series (or 28 days before, for the
    first) to this meeting's start. Item 1 and the briefing cover what changed in it."""
    until = as_utc(meeting.starts_local, meeting.tz)
    previous = previous_meeting(s, meeting)
    since = (
        as_utc(previous.starts_local, previous.tz)
        if previous
        else until - timedelta(days=FIRST_WINDOW_DAYS)
    )
    return since, until


def next_meeting_row(s: Session, meeting: Meeting) -> Meeting | None:
    if meeting.series_id is None:
        return None
    me = as_utc(meeting.starts_local, meeting.tz)
    later = [m for m in series_meetings(s, meeting.series_id) if as_utc(m.starts_local, m.tz) > me]
    return later[0] if later else None

"""What the meeting services share: the meeting as callers see it, errors, time-zone helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from desk.errors import InvalidInput, NotFound, Refused
from desk.models import Meeting
from desk.models.meetings import MeetingStatus


class MeetingError(InvalidInput):
    """A one-line reason the user can act on."""


class MeetingNotFound(MeetingError, NotFound):
    pass


class MeetingLocked(MeetingError, Refused):
    """The meeting is finalised: re-open it to change it."""


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
        return self.status == MeetingStatus.FINALISED


def info(m: Meeting) -> MeetingInfo:
    return MeetingInfo(
        id=m.id,
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
    )


def get_meeting_row(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(f"no meeting with id {meeting_id}")
    return meeting


def editable(s: Session, meeting_id: int) -> Meeting:
    """The meeting, if it may be changed; MeetingLocked if it is finalised."""
    meeting = get_meeting_row(s, meeting_id)
    if meeting.status == MeetingStatus.FINALISED.value:
        raise MeetingLocked(
            f"the meeting of {meeting.starts_local:%Y-%m-%d} is finalised; re-open it to change it"
        )
    return meeting


def series_meetings(
    s: Session, series_id: int, *, include_cancelled: bool = False
) -> list[Meeting]:
    query = select(Meeting).where(Meeting.series_id == series_id).order_by(Meeting.starts_local)
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

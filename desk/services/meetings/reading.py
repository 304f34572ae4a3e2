"""Finding meetings: a region's (or one contact point's) meetings, by date, the next one, and
what comes before and after a meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import col, select

from desk.models import Meeting
from desk.services import audit
from desk.services.meetings.common import (
    MeetingInfo,
    MeetingNotFound,
    get_meeting_row,
    info,
    next_meeting_row,
    previous_meeting,
    window_bounds,
)
from desk.services.work import Context, reading


def list_meetings(
    ctx: Context,
    region: str | None = None,
    *,
    include_cancelled: bool = True,
    contact_point: int | None = None,
) -> list[MeetingInfo]:
    """Meetings in time order: all, a region's, or one contact point's (by id)."""
    with reading(ctx) as w:
        query = select(Meeting)
        if region:
            query = query.where(col(Meeting.region) == region.upper())
        if contact_point is not None:
            query = query.where(col(Meeting.contact_point_id) == contact_point)
        meetings = [info(m) for m in w.session.exec(query)]
    meetings.sort(key=lambda m: m.starts_at.astimezone(UTC))
    return [m for m in meetings if include_cancelled or not m.cancelled]


def get_meeting(ctx: Context, meeting_id: int) -> MeetingInfo:
    with reading(ctx) as w:
        return info(get_meeting_row(w.session, meeting_id))


def find_meeting(
    ctx: Context, region: str, day: date, *, contact_point: int | None = None
) -> MeetingInfo:
    """The region's (or contact point's) meeting on ``day`` (its actual date, or the series
    date it was moved from)."""
    meetings = list_meetings(ctx, region, contact_point=contact_point)
    for match in (
        [m for m in meetings if m.date == day],
        [m for m in meetings if m.occurrence_date == day],
    ):
        if match:
            return match[0]
    raise MeetingNotFound(f"{region.upper()} has no meeting on {day.isoformat()}")


def next_meeting(
    ctx: Context,
    region: str,
    now: datetime | None = None,
    *,
    contact_point: int | None = None,
) -> MeetingInfo | None:
    """The region's (or contact point's) next meeting that has not ended yet (cancelled ones
    skipped)."""
    now = now or datetime.now(UTC)
    for m in list_meetings(ctx, region, include_cancelled=False, contact_point=contact_point):
        if m.ends_at > now:
            return m
    return None


def meeting_window(ctx: Context, meeting_id: int) -> tuple[datetime, datetime]:
    """[since, until) in UTC of what the meeting covers (see ``common.window_bounds``)."""
    with reading(ctx) as w:
        return window_bounds(w.session, get_meeting_row(w.session, meeting_id))


def previous_of(ctx: Context, meeting_id: int) -> MeetingInfo | None:
    with reading(ctx) as w:
        previous = previous_meeting(w.session, get_meeting_row(w.session, meeting_id))
        return info(previous) if previous else None


def next_of(ctx: Context, meeting_id: int) -> MeetingInfo | None:
    with reading(ctx) as w:
        following = next_meeting_row(w.session, get_meeting_row(w.session, meeting_id))
        return info(following) if following else None


def meeting_history(ctx: Context, meeting_id: int) -> list[audit.HistoryEntry]:
    with reading(ctx) as w:
        return audit.history(w.session, "meeting", meeting_id)

"""Meeting series: planning with dateutil's rrule, moving and cancelling one meeting, changing
the series from a date onward, and the meeting life cycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from dateutil.rrule import WEEKLY, rrule
from sqlmodel import Session, select

from desk.models import (
    ActionItem,
    AgendaItem,
    AgendaSignal,
    Decision,
    Directorate,
    Meeting,
    MeetingSeries,
    Participant,
    SeriesRule,
)
from desk.models.base import utcnow
from desk.models.meetings import DEFAULT_TZ, STANDING_ITEMS, AgendaKind, MeetingStatus
from desk.services import audit
from desk.services.meetings.common import (
    MeetingError,
    MeetingInfo,
    editable,
    get_meeting_row,
    info,
    next_meeting_row,
    previous_meeting,
    window_bounds,
)
from desk.services.settings import current_actor
from desk.store import Store

DEFAULT_TIME = time(10, 0)
DEFAULT_COUNT = 13  # about a year of four-weekly meetings
STANDING_MINUTES = {
    AgendaKind.TRENDS: 40,
    AgendaKind.RELATIONS: 30,
    AgendaKind.OPERATIONS: 25,
    AgendaKind.EXCHANGE: 15,
}

# Which status may follow which. Re-opening a finalised meeting goes back to "held".
TRANSITIONS = {
    MeetingStatus.DRAFT: {MeetingStatus.OPEN, MeetingStatus.CANCELLED},
    MeetingStatus.OPEN: {MeetingStatus.HELD, MeetingStatus.DRAFT, MeetingStatus.CANCELLED},
    MeetingStatus.HELD: {MeetingStatus.FINALISED, MeetingStatus.OPEN},
    MeetingStatus.FINALISED: {MeetingStatus.HELD},
    MeetingStatus.CANCELLED: {MeetingStatus.DRAFT},
}


def occurrences(
    rules: list[SeriesRule],
    *,
    count: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[datetime]:
    """Wall-clock start times of a series' occurrences (from its rules), in order.

    Each rule is an rrule (weekly, every ``interval_weeks`` weeks) in local time, cut to the
    dates it is valid for; so daylight-saving changes never shift the hour.
    """
    if count is None and until is None and any(r.valid_until is None for r in rules):
        raise ValueError("an open-ended series needs a count or an end date")
    result: list[datetime] = []
    for rule in sorted(rules, key=lambda r: r.valid_from):
        ends = [d for d in (rule.valid_until, until) if d is not None]
        last = datetime.combine(min(ends), time.max) if ends else None
        for start in rrule(
            WEEKLY, interval=rule.interval_weeks, dtstart=rule.starts_local, until=last
        ):
            if start.date() < rule.valid_from or (since is not None and start.date() < since):
                continue
            result.append(start)
            if last is None and count is not None and len(result) >= count:
                break  # an open-ended rule (the last one) only needs enough occurrences
    return result[:count] if count is not None else result


@dataclass
class PlanResult:
    series_id: int
    created: list[MeetingInfo] = field(default_factory=list)
    removed: int = 0  # untouched drafts replaced by the new rhythm
    kept: list[MeetingInfo] = field(default_factory=list)  # meetings with content, left as they are


def active_series(s: Session, region: str) -> MeetingSeries | None:
    return s.exec(
        select(MeetingSeries).where(MeetingSeries.region == region, MeetingSeries.active)
    ).first()


def _has_content(s: Session, meeting_id: int) -> bool:
    checks = [
        sa.select(Participant.id).where(Participant.meeting_id == meeting_id),
        sa.select(Decision.id).where(Decision.meeting_id == meeting_id),
        sa.select(ActionItem.id).where(ActionItem.meeting_id == meeting_id),
        sa.select(AgendaSignal.signal_id).where(AgendaSignal.meeting_id == meeting_id),
        sa.select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id,
            sa.or_(AgendaItem.kind == AgendaKind.FREE.value, AgendaItem.minutes != ""),
        ),
    ]
    return any(s.execute(q.limit(1)).first() for q in checks)


def _create_meeting(s: Session, series: MeetingSeries, start: datetime) -> Meeting:
    now = utcnow()
    meeting = Meeting(
        series_id=series.id,
        region=series.region,
        occurrence_date=start.date(),
        starts_local=start,
        tz=series.tz,
        duration_minutes=series.duration_minutes,
        location=series.location,
        video_link=series.video_link,
        chair=series.chair,
        created_at=now,
        updated_at=now,
    )
    s.add(meeting)
    s.flush()
    for n, kind in enumerate(STANDING_ITEMS):
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=n,
                kind=kind.value,
                duration_minutes=STANDING_MINUTES[kind],
            )
        )
    return meeting


def plan_series(
    store: Store,
    region: str,
    start: date,
    at: time = DEFAULT_TIME,
    count: int = DEFAULT_COUNT,
    *,
    interval_weeks: int = 4,
    tz: str = DEFAULT_TZ,
    location: str | None = None,
    video_link: str | None = None,
    chair: str | None = None,
    duration_minutes: int | None = None,
    actor: str | None = None,
) -> PlanResult:
    """Plan ``count`` meetings of the region's series from ``start``.

    A region without an active series gets one. If it has one, the series changes from
    ``start`` onward: its current rule ends the day before, untouched draft meetings from
    ``start`` on are replaced, and meetings that already have content are kept (and reported).
    """
    region = region.upper()
    if count < 1:
        raise MeetingError("plan at least one meeting")
    actor = actor or current_actor(store)
    with store.transaction() as s:
        if s.get(Directorate, region) is None:
            raise MeetingError(f"unknown region {region}")
        series = active_series(s, region)
        result_kept: list[MeetingInfo] = []
        removed = 0
        if series is None:
            series = MeetingSeries(region=region, title=f"Four-weekly meeting {region}", tz=tz)
            s.add(series)
        for name, value in (
            ("location", location),
            ("video_link", video_link),
            ("chair", chair),
            ("duration_minutes", duration_minutes),
        ):
            if value is not None:
                setattr(series, name, value)
        s.flush()
        rules = list(s.exec(select(SeriesRule).where(SeriesRule.series_id == series.id)))
        for rule in rules:
            if rule.valid_from >= start:
                s.delete(rule)  # entirely replaced
            elif rule.valid_until is None or rule.valid_until >= start:
                rule.valid_until = start - timedelta(days=1)
                s.add(rule)
        for meeting in s.exec(
            select(Meeting).where(Meeting.series_id == series.id, Meeting.occurrence_date >= start)
        ):
            if meeting.status == MeetingStatus.DRAFT.value and not _has_content(s, meeting.id):
                s.delete(meeting)
                removed += 1
            else:
                result_kept.append(info(meeting))
        s.flush()
        rule = SeriesRule(
            series_id=series.id,
            starts_local=datetime.combine(start, at),
            interval_weeks=interval_weeks,
            valid_from=start,
        )
        s.add(rule)
        s.flush()
        taken = {
            m.occurrence_date for m in s.exec(select(Meeting).where(Meeting.series_id == series.id))
        }
        created = []
        for when in occurrences([rule], count=count):
            if when.date() not in taken:
                created.append(info(_create_meeting(s, series, when)))
        audit.record(
            s,
            actor=actor,
            entity="series",
            entity_id=series.id,
            action="plan",
            changes={
                "from": (None, start.isoformat()),
                "time": (None, at.strftime("%H:%M")),
                "count": (None, count),
            },
        )
        return PlanResult(series.id, created, removed, result_kept)


def extend_series(store: Store, region: str, count: int = 3) -> list[MeetingInfo]:
    """Add the next ``count`` occurrences after the last planned meeting of the series."""
    with store.transaction() as s:
        series = active_series(s, region.upper())
        if series is None:
            raise MeetingError(f"{region.upper()} has no meeting series; plan one first")
        rules = list(s.exec(select(SeriesRule).where(SeriesRule.series_id == series.id)))
        existing = list(s.exec(select(Meeting).where(Meeting.series_id == series.id)))
        last = max((m.occurrence_date for m in existing), default=None)
        upcoming = occurrences(
            rules, count=count + len(existing) + 1, since=last + timedelta(days=1) if last else None
        )
        return [info(_create_meeting(s, series, when)) for when in upcoming[:count]]


def end_series(store: Store, region: str, *, actor: str | None = None) -> None:
    with store.transaction() as s:
        series = active_series(s, region.upper())
        if series is None:
            raise MeetingError(f"{region.upper()} has no active meeting series")
        series.active = False
        s.add(series)
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity="series",
            entity_id=series.id,
            action="end",
        )


# -- reading -----------------------------------------------------------------------------------
def list_meetings(
    store: Store, region: str | None = None, *, include_cancelled: bool = True
) -> list[MeetingInfo]:
    with store.session() as s:
        query = select(Meeting)
        if region:
            query = query.where(Meeting.region == region.upper())
        meetings = [info(m) for m in s.exec(query)]
    meetings.sort(key=lambda m: m.starts_at.astimezone(UTC))
    return [m for m in meetings if include_cancelled or not m.cancelled]


def get_meeting(store: Store, meeting_id: int) -> MeetingInfo:
    with store.session() as s:
        return info(get_meeting_row(s, meeting_id))


def find_meeting(store: Store, region: str, day: date) -> MeetingInfo:
    """The region's meeting on ``day`` (its actual date, or the series date it was moved from)."""
    meetings = list_meetings(store, region)
    for match in (
        [m for m in meetings if m.date == day],
        [m for m in meetings if m.occurrence_date == day],
    ):
        if match:
            return match[0]
    raise MeetingError(f"{region.upper()} has no meeting on {day.isoformat()}")


def next_meeting(store: Store, region: str, now: datetime | None = None) -> MeetingInfo | None:
    """The region's next meeting that has not ended yet (cancelled ones skipped)."""
    now = now or datetime.now(UTC)
    for m in list_meetings(store, region, include_cancelled=False):
        if m.ends_at > now:
            return m
    return None


def meeting_window(store: Store, meeting_id: int) -> tuple[datetime, datetime]:
    """[since, until) in UTC of what the meeting covers (see ``common.window_bounds``)."""
    with store.session() as s:
        return window_bounds(s, get_meeting_row(s, meeting_id))


def previous_of(store: Store, meeting_id: int) -> MeetingInfo | None:
    with store.session() as s:
        previous = previous_meeting(s, get_meeting_row(s, meeting_id))
        return info(previous) if previous else None


def next_of(store: Store, meeting_id: int) -> MeetingInfo | None:
    with store.session() as s:
        following = next_meeting_row(s, get_meeting_row(s, meeting_id))
        return info(following) if following else None


# -- changing one meeting ----------------------------------------------------------------------
def move_meeting(
    store: Store, meeting_id: int, new_start: datetime, *, actor: str | None = None
) -> MeetingInfo:
    """Move one meeting (a holiday, say) without touching the rest of the series. ``new_start``
    is a wall-clock time in the meeting's zone (naive) or an aware datetime."""
    with store.transaction() as s:
        meeting = editable(s, meeting_id)
        local = (
            new_start.astimezone(ZoneInfo(meeting.tz)).replace(tzinfo=None)
            if new_start.tzinfo
            else new_start
        )
        before = meeting.starts_local
        meeting.starts_local = local
        meeting.updated_at = utcnow()
        s.add(meeting)
        audit.record(
            s,
            actor=actor or current_actor(store),
            entity="meeting",
            entity_id=meeting_id,
            action="move",
            changes={
                "starts": (
                    before.isoformat(timespec="minutes"),
                    local.isoformat(timespec="minutes"),
                )
            },
        )
        return info(meeting)


def update_meeting(
    store: Store, meeting_id: int, *, actor: str | None = None, **fields: object
) -> MeetingInfo:
    """Change location, video link, chair or duration of one meeting."""
    allowed = {"location", "video_link", "chair", "duration_minutes"}
    unknown = set(fields) - allowed
    if unknown:
        raise MeetingError(f"cannot change {', '.join(sorted(unknown))} of a meeting")
    with store.transaction() as s:
        meeting = editable(s, meeting_id)
        changes = {
            k: (getattr(meeting, k), v) for k, v in fields.items() if getattr(meeting, k) != v
        }
        for k, v in fields.items():
            setattr(meeting, k, v)
        meeting.updated_at = utcnow()
        s.add(meeting)
        if changes:
            audit.record(
                s,
                actor=actor or current_actor(store),
                entity="meeting",
                entity_id=meeting_id,
                action="update",
                changes=changes,
            )
        return info(meeting)


def set_meeting_status(
    store: Store, meeting_id: int, status: MeetingStatus, *, actor: str | None = None
) -> MeetingInfo:
    """Move a meeting along draft → open → held → finalised (or re-open a finalised one).

    Opening a meeting brings in what carries forward: the previous meeting's participants (if
    this one has none) and its free agenda items that still have open actions. Finalising
    freezes the list of signals under item 1 and carries items with open actions to the next
    meeting.
    """
    from desk.services.meetings.agenda import (
        carry_forward_items,
        freeze_agenda_signals,
        unfreeze_agenda_signals,
    )
    from desk.services.meetings.people import copy_participants

    status = MeetingStatus(status)
    actor = actor or current_actor(store)
    with store.transaction() as s:
        meeting = get_meeting_row(s, meeting_id)
        current = MeetingStatus(meeting.status)
        if status == current:
            return info(meeting)
        if status not in TRANSITIONS[current]:
            raise MeetingError(f"a {current.value} meeting cannot become {status.value}")
        meeting.status = status.value
        meeting.updated_at = utcnow()
        s.add(meeting)
        action = "reopen" if current == MeetingStatus.FINALISED else "status"
        audit.record(
            s,
            actor=actor,
            entity="meeting",
            entity_id=meeting_id,
            action=action,
            changes={"status": (current.value, status.value)},
        )
        s.flush()
        if status == MeetingStatus.OPEN and current == MeetingStatus.DRAFT:
            previous = previous_meeting(s, meeting)
            if previous is not None:
                copy_participants(s, previous.id, meeting.id)
                carry_forward_items(s, previous, meeting)
        elif status == MeetingStatus.FINALISED:
            freeze_agenda_signals(s, meeting)
            following = next_meeting_row(s, meeting)
            if following is not None and following.status != MeetingStatus.FINALISED.value:
                carry_forward_items(s, meeting, following)
        elif current == MeetingStatus.FINALISED:
            unfreeze_agenda_signals(s, meeting.id)
        return info(meeting)


def cancel_meeting(store: Store, meeting_id: int, *, actor: str | None = None) -> MeetingInfo:
    return set_meeting_status(store, meeting_id, MeetingStatus.CANCELLED, actor=actor)


def meeting_history(store: Store, meeting_id: int) -> list[audit.HistoryEntry]:
    with store.session() as s:
        return audit.history(s, "meeting", meeting_id)

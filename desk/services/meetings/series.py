"""Meeting series: planning with dateutil's rrule, moving and cancelling one meeting, changing
the series from a date onward, and the meeting life cycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from dateutil.rrule import WEEKLY, rrule
from sqlmodel import Session, col, select

from desk.models import (
    ActionItem,
    AgendaItem,
    AgendaSignal,
    ContactPoint,
    Decision,
    Directorate,
    Meeting,
    MeetingSeries,
    Participant,
    SeriesRule,
)
from desk.models.base import table_of, utcnow
from desk.models.meetings import DEFAULT_TZ, STANDING_ITEMS, AgendaKind, MeetingStatus
from desk.services import audit
from desk.services import contact_points as cps
from desk.services.meetings.agenda import carry_forward_items
from desk.services.meetings.common import (
    MeetingError,
    MeetingInfo,
    allowed_transitions,
    editable,
    get_meeting_row,
    info,
    next_meeting_row,
    previous_meeting,
    row_id,
)
from desk.services.meetings.drafts import DEFAULT_COUNT, DEFAULT_TIME, MeetingChange, SeriesPlan
from desk.services.meetings.people import copy_participants
from desk.services.meetings.reading import get_meeting as get_meeting
from desk.services.meetings.reading import list_meetings as list_meetings
from desk.services.meetings.signal_list import freeze_agenda_signals, unfreeze_agenda_signals
from desk.services.versions import STAMP, Changes, claim, stamp
from desk.services.work import Context, Work, writing

STANDING_MINUTES = {
    AgendaKind.TRENDS: 40,
    AgendaKind.RELATIONS: 30,
    AgendaKind.OPERATIONS: 25,
    AgendaKind.EXCHANGE: 15,
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


def active_series(
    s: Session, region: str, contact_point: int | None = None
) -> MeetingSeries | None:
    """The active series of a contact point (by id; None: the region's default)."""
    point = contact_point if contact_point is not None else cps.default_point_id(s, region)
    return s.exec(
        select(MeetingSeries).where(
            col(MeetingSeries.region) == region,
            col(MeetingSeries.contact_point_id) == point,
            col(MeetingSeries.active).is_(True),
        )
    ).first()


def _rules(s: Session, series_id: int) -> list[SeriesRule]:
    return list(s.exec(select(SeriesRule).where(col(SeriesRule.series_id) == series_id)))


def _meetings_of(s: Session, series_id: int) -> list[Meeting]:
    return list(s.exec(select(Meeting).where(col(Meeting.series_id) == series_id)))


def _has_content(s: Session, meeting_id: int) -> bool:
    checks: list[sa.Select[Any]] = [
        sa.select(col(Participant.id)).where(col(Participant.meeting_id) == meeting_id),
        sa.select(col(Decision.id)).where(col(Decision.meeting_id) == meeting_id),
        sa.select(col(ActionItem.id)).where(col(ActionItem.meeting_id) == meeting_id),
        sa.select(col(AgendaSignal.signal_id)).where(col(AgendaSignal.meeting_id) == meeting_id),
        sa.select(col(AgendaItem.id)).where(
            col(AgendaItem.meeting_id) == meeting_id,
            sa.or_(col(AgendaItem.kind) == AgendaKind.FREE.value, col(AgendaItem.minutes) != ""),
        ),
    ]
    return any(s.execute(q.limit(1)).first() for q in checks)


def _create_meeting(s: Session, series: MeetingSeries, start: datetime) -> Meeting:
    now = utcnow()
    meeting = Meeting(
        series_id=series.id,
        region=series.region,
        contact_point_id=series.contact_point_id,
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
                meeting_id=row_id(meeting.id),
                position=n,
                kind=kind.value,
                duration_minutes=STANDING_MINUTES[kind],
            )
        )
    return meeting


def _series_for(s: Session, plan: SeriesPlan) -> MeetingSeries:
    """The contact point's active series (a new one if it has none), with the plan's
    settings. No contact point named: the region's default."""
    point = (
        s.get(ContactPoint, plan.contact_point)
        if plan.contact_point is not None
        else cps.default_point(s, plan.region)
    )
    if point is None or point.region != plan.region:
        raise MeetingError(f"{plan.region} has no contact point {plan.contact_point}")
    series = active_series(s, plan.region, point.id)
    if series is None:
        series = MeetingSeries(
            region=plan.region,
            contact_point_id=point.id,
            title=f"Four-weekly meeting {point.name}",
            tz=plan.tz,
        )
        s.add(series)
    for name, value in (
        ("location", plan.location),
        ("video_link", plan.video_link),
        ("chair", plan.chair),
        ("duration_minutes", plan.duration_minutes),
    ):
        if value is not None:
            setattr(series, name, value)
    s.flush()
    return series


def _end_rules_before(s: Session, series_id: int, start: date) -> None:
    """The series' rules stop the day before ``start``; rules from ``start`` on go."""
    for rule in _rules(s, series_id):
        if rule.valid_from >= start:
            s.delete(rule)  # entirely replaced
        elif rule.valid_until is None or rule.valid_until >= start:
            rule.valid_until = start - timedelta(days=1)
            s.add(rule)


def _clear_from(s: Session, series_id: int, start: date) -> tuple[int, list[MeetingInfo]]:
    """Remove the untouched drafts from ``start`` on; the meetings with content are kept."""
    removed, kept = 0, []
    for meeting in s.exec(
        select(Meeting).where(
            col(Meeting.series_id) == series_id, col(Meeting.occurrence_date) >= start
        )
    ):
        if meeting.status == MeetingStatus.DRAFT.value and not _has_content(s, row_id(meeting.id)):
            s.delete(meeting)
            removed += 1
        else:
            kept.append(info(meeting))
    s.flush()
    return removed, kept


def plan_series(
    ctx: Context,
    plan: SeriesPlan | str,
    start: date | None = None,
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
    """Plan ``count`` meetings of the region's series from ``start``, as the ``SeriesPlan``
    says (``plan_series(ctx, region, start, at, count, location=…)``, the older form, makes
    the same plan from its arguments).

    A region without an active series gets one. If it has one, the series changes from
    ``start`` onward: its current rule ends the day before, untouched draft meetings from
    ``start`` on are replaced, and meetings that already have content are kept (and reported).
    """
    if not isinstance(plan, SeriesPlan):
        if start is None:
            raise TypeError("plan_series(ctx, region, start, …) needs a start date")
        plan = SeriesPlan(
            plan,
            start,
            at,
            count,
            interval_weeks,
            tz,
            location,
            video_link,
            chair,
            duration_minutes,
        )
    plan = plan.checked()
    with writing(ctx, actor=actor) as w:
        s = w.session
        if s.get(Directorate, plan.region) is None:
            raise MeetingError(f"unknown region {plan.region}")
        series = _series_for(s, plan)
        series_id = row_id(series.id)
        _end_rules_before(s, series_id, plan.start)
        removed, kept = _clear_from(s, series_id, plan.start)
        rule = SeriesRule(
            series_id=series_id,
            starts_local=datetime.combine(plan.start, plan.at),
            interval_weeks=plan.interval_weeks,
            valid_from=plan.start,
        )
        s.add(rule)
        s.flush()
        taken = {m.occurrence_date for m in _meetings_of(s, series_id)}
        created = [
            info(_create_meeting(s, series, when))
            for when in occurrences([rule], count=plan.count)
            if when.date() not in taken
        ]
        audit.record(
            s,
            actor=w.actor,
            entity="series",
            entity_id=series_id,
            action="plan",
            changes={
                "from": (None, plan.start.isoformat()),
                "time": (None, plan.at.strftime("%H:%M")),
                "count": (None, plan.count),
            },
        )
        return PlanResult(series_id, created, removed, kept)


def _active(
    s: Session, region: str, missing: str, contact_point: int | None = None
) -> MeetingSeries:
    series = active_series(s, region.upper(), contact_point)
    if series is None:
        raise MeetingError(f"{region.upper()} {missing}")
    return series


def extend_series(
    ctx: Context, region: str, count: int = 3, *, contact_point: int | None = None
) -> list[MeetingInfo]:
    """Add the next ``count`` occurrences after the last planned meeting of the series (of
    the contact point, by id; None: the region's default)."""
    with writing(ctx) as w:
        s = w.session
        series = _active(s, region, "has no meeting series; plan one first", contact_point)
        series_id = row_id(series.id)
        existing = _meetings_of(s, series_id)
        last = max((m.occurrence_date for m in existing), default=None)
        upcoming = occurrences(
            _rules(s, series_id),
            count=count + len(existing) + 1,
            since=last + timedelta(days=1) if last else None,
        )
        return [info(_create_meeting(s, series, when)) for when in upcoming[:count]]


def end_series(
    ctx: Context, region: str, *, actor: str | None = None, contact_point: int | None = None
) -> None:
    with writing(ctx, actor=actor) as w:
        series = _active(w.session, region, "has no active meeting series", contact_point)
        series.active = False
        w.session.add(series)
        audit.record(w.session, actor=w.actor, entity="series", entity_id=series.id, action="end")


# -- changing one meeting ----------------------------------------------------------------------
def _touched(
    w: Work, meeting: Meeting, action: str, changes: dict[str, tuple[object, object]]
) -> None:
    """The meeting was changed: a new version (``services.versions``; an edit open on it then
    stops instead of overwriting), and the change in the audit trail."""
    w.session.flush()  # the change itself, before the stamp expires what it covers
    M = table_of(Meeting)
    stamp(w, M, M.c.id == meeting.id, None)
    w.session.expire(meeting, list(STAMP))
    _audit(w, meeting, action, changes)


def _audit(
    w: Work, meeting: Meeting, action: str, changes: dict[str, tuple[object, object]]
) -> None:
    audit.record(
        w.session,
        actor=w.actor,
        entity="meeting",
        entity_id=meeting.id,
        action=action,
        changes=changes,
    )


def move_meeting(
    ctx: Context, meeting_id: int, new_start: datetime, *, actor: str | None = None
) -> MeetingInfo:
    """Move one meeting (a holiday, say) without touching the rest of the series. ``new_start``
    is a wall-clock time in the meeting's zone (naive) or an aware datetime."""
    with writing(ctx, actor=actor) as w:
        meeting = editable(w.session, meeting_id)
        local = (
            new_start.astimezone(ZoneInfo(meeting.tz)).replace(tzinfo=None)
            if new_start.tzinfo
            else new_start
        )
        before = meeting.starts_local
        meeting.starts_local = local
        _touched(
            w,
            meeting,
            "move",
            {
                "starts": (
                    before.isoformat(timespec="minutes"),
                    local.isoformat(timespec="minutes"),
                )
            },
        )
        return info(meeting)


def update_meeting(
    ctx: Context,
    meeting_id: int,
    change: MeetingChange,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> MeetingInfo:
    """Change location, video link, chair or duration of one meeting, from the version
    ``expected_version`` (or ``ChangedElsewhere``; None: no check; ``services.versions``)."""
    fields = change.checked().changes()
    with writing(ctx, actor=actor) as w:
        meeting = editable(w.session, meeting_id)

        def changes_of(row: Meeting) -> Changes:
            return {k: (getattr(row, k), v) for k, v in fields.items() if getattr(row, k) != v}

        what = f"the meeting of {meeting.starts_local:%Y-%m-%d}"
        if changes := claim(w, meeting, expected_version, changes_of, what):
            for k, v in fields.items():
                setattr(meeting, k, v)
            w.session.add(meeting)
            _audit(w, meeting, "update", changes)
            w.session.flush()
        return info(meeting)


def set_meeting_status(
    ctx: Context, meeting_id: int, status: MeetingStatus, *, actor: str | None = None
) -> MeetingInfo:
    """Move a meeting along draft → open → held → finalised (or re-open a finalised one).

    Opening a meeting brings in what carries forward: the previous meeting's participants (if
    this one has none) and its free agenda items that still have open actions. Finalising
    freezes the list of signals under item 1 and carries items with open actions to the next
    meeting.
    """
    status = MeetingStatus(status)
    with writing(ctx, actor=actor) as w:
        s = w.session
        meeting = get_meeting_row(s, meeting_id)
        current = MeetingStatus(meeting.status)
        if status == current:
            return info(meeting)
        if status not in allowed_transitions(current):
            raise MeetingError(f"a {current.value} meeting cannot become {status.value}")
        meeting.status = status.value
        action = "reopen" if current == MeetingStatus.FINALISED else "status"
        _touched(w, meeting, action, {"status": (current.value, status.value)})
        s.flush()
        _follow_status(s, meeting, current, status)
        return info(meeting)


def _follow_status(
    s: Session, meeting: Meeting, current: MeetingStatus, status: MeetingStatus
) -> None:
    """What a change of status brings along (see ``set_meeting_status``)."""
    if status == MeetingStatus.OPEN and current == MeetingStatus.DRAFT:
        previous = previous_meeting(s, meeting)
        if previous is not None:
            copy_participants(s, row_id(previous.id), row_id(meeting.id))
            carry_forward_items(s, previous, meeting)
    elif status == MeetingStatus.FINALISED:
        freeze_agenda_signals(s, meeting)
        following = next_meeting_row(s, meeting)
        if following is not None and following.status != MeetingStatus.FINALISED.value:
            carry_forward_items(s, meeting, following)
    elif current == MeetingStatus.FINALISED:
        unfreeze_agenda_signals(s, row_id(meeting.id))


def cancel_meeting(ctx: Context, meeting_id: int, *, actor: str | None = None) -> MeetingInfo:
    return set_meeting_status(ctx, meeting_id, MeetingStatus.CANCELLED, actor=actor)

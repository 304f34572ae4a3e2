"""A briefing on a region (or one of its contact points) for a period, without a meeting: what
a directorate may ask for at any time. The same content as a meeting briefing, under the same
audience rules (``desk.services.briefings``), without agenda, participants, actions and
decisions: those belong to a meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk.errors import InvalidInput
from desk.models.enums import Tlp
from desk.models.meetings import DEFAULT_TZ
from desk.services import events as ev
from desk.services.briefing_window import CountRow, MoreSignals, counted, summarise
from desk.services.briefings import (
    Audience,
    BriefSignal,
    Snapshot,
    _brief_signals,
    _group_by_country,
    _region_name,
    _snapshots,
    _trade_flows,
    _window_tlp,
    allowed_tlps,
    country_names,
    localised_events,
    sees_internal,
)
from desk.services.contact_points import find_point, scope_on
from desk.services.trade_radar import RadarRow, Thresholds, Window
from desk.services.windows import WindowSource, window_clauses
from desk.services.work import Context, reading

MAX_DAYS = 366 * 3  # a longer period is a typing error more often than a wish


@dataclass(frozen=True)
class Period:
    """What a period briefing is about: a region (or one of its contact points, by id or
    name) from ``first`` to ``last`` (both days included)."""

    region: str
    first: date
    last: date
    contact_point: int | str | None = None

    def checked(self) -> Period:
        if self.last < self.first:
            raise InvalidInput(
                f"the period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()})"
            )
        if (self.last - self.first).days > MAX_DAYS:
            raise InvalidInput(f"a period briefing covers at most {MAX_DAYS} days")
        return Period(self.region.strip().upper(), self.first, self.last, self.contact_point)


@dataclass
class PeriodBriefingData:
    audience: Audience
    lang: str
    region: str
    region_name: str
    contact_point: str | None  # its name, when the region has several and one was asked for
    period: Period
    tz: str
    window: tuple[datetime, datetime]  # [first day 00:00, day after the last 00:00) in UTC
    previous_window: tuple[datetime, datetime]  # as long, just before
    counts: list[CountRow]
    category_totals: list[tuple[str, int, int]]
    tiers: list[tuple[str, int]]
    signals_by_country: list[tuple[str, list[BriefSignal]]]
    withheld_signals: int
    events: list[ev.EventInfo] | None  # None: not for this audience
    lessons: list[ev.EventInfo] | None
    snapshots: list[Snapshot]
    tlp: Tlp = Tlp.CLEAR
    trade_flows: list[RadarRow] | None = None
    trade_window: Window = field(default_factory=Window)
    trade_thresholds: Thresholds = field(default_factory=Thresholds)
    more: list[MoreSignals] = field(default_factory=list)  # as in ``MeetingBriefingData``


def _bounds(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(tz)
    since = datetime.combine(first, time(0), zone)
    until = datetime.combine(last + timedelta(days=1), time(0), zone)
    return since, until


def period_briefing_data(
    ctx: Context,
    period: Period,
    audience: Audience = Audience.CONTACT_POINT,
    lang: str = "en",
) -> PeriodBriefingData:
    """The period briefing's content for ``audience``, read in one unit of work. A contact
    point's briefing covers its countries as assigned on the period's last day."""
    period = period.checked()
    internal = sees_internal(audience)
    allowed = allowed_tlps(audience)
    with reading(ctx) as w:
        region = period.region
        if region not in w.reference.directorates:
            raise InvalidInput(f"unknown region {region}")
        point = (
            find_point(w.session, region, str(period.contact_point))
            if period.contact_point is not None
            else None
        )
        scope = scope_on(w.session, region, point.id if point else None, period.last)
        since, until = _bounds(period.first, period.last, DEFAULT_TZ)
        prev_since = since - (until - since)

        # each window read once through its indexes; a large one summarised
        names = country_names(w, lang)
        window = WindowSource(window_clauses(region, scope, since, until))
        current = summarise(w.session, window, allowed, names)
        listed, _ = _brief_signals(w.session, current.listed, audience)
        previous = WindowSource(window_clauses(region, scope, prev_since, since))
        before = summarise(w.session, previous, allowed, names, listing=False)
        counted_rows, totals = counted(current.by_country_category(), before.by_country_category())

        def covered(events: list[ev.EventInfo]) -> list[ev.EventInfo]:
            return [e for e in events if scope is None or e.country_code in scope]

        day_after = period.last + timedelta(days=1)
        return PeriodBriefingData(
            audience=audience,
            lang=lang,
            region=region,
            region_name=_region_name(w, region, lang),
            contact_point=point.name if point is not None and scope is not None else None,
            period=period,
            tz=DEFAULT_TZ,
            window=(since, until),
            previous_window=(prev_since, since),
            counts=counted_rows,
            category_totals=totals,
            tiers=current.tiers,
            signals_by_country=_group_by_country(listed),
            withheld_signals=current.withheld,
            events=localised_events(covered(ev.events_ahead(w, region, day_after)), names)
            if internal
            else None,
            lessons=localised_events(
                covered(ev.lessons_since(w, region, period.first, day_after)), names
            )
            if internal
            else None,
            snapshots=_snapshots(w, current, audience),
            tlp=_window_tlp(current, internal),
            trade_flows=_trade_flows(w, region, scope) if internal else None,
            more=current.more,
        )

"""What goes into a briefing, minutes or country profile, after the audience rules: plain
data, read in one unit of work. Laying it out and issuing the PDF is ``desk.documents``'s job.

Audience rules, applied here and nowhere else:
- ``contact-point`` gets everything; ``directorate`` no TLP:RED; ``external`` only TLP:GREEN and
  TLP:CLEAR signals and no personal names.
- ``external`` never gets text staff wrote about people or cases outside the signals themselves:
  a signal's source is given only as its kind (the free text and its URL may name a person),
  and a free agenda item's title only if the item is marked shareable (standing items go by
  their standing titles).
- Meeting notes, profiles and events carry no TLP of their own; they count as TLP:AMBER
  (internal), so the external audience does not get them and sections say so.
- A Chatham House signal's source is never included, whatever the audience.
- The document's TLP label is the most restrictive of what remains.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col

from desk.errors import DeskError, Refused
from desk.models import Signal, SignalHsCode
from desk.models.enums import TIERS, SourceKind, Tlp
from desk.models.hs import HsCode
from desk.models.meetings import MeetingStatus
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.briefing_window import (
    CountRow,
    MoreSignals,
    WindowSummary,
    counted,
    summarise,
)
from desk.services.briefing_window import most_restrictive as most_restrictive
from desk.services.meeting_page import meeting_page
from desk.services.search import (
    SignalFilter,
    SignalRow,
    count_signals,
    search_signals,
)
from desk.services.signal_counts import aggregate_counts
from desk.services.trade_flows import RadarQuery, run_radar
from desk.services.trade_radar import RadarRow, Thresholds, Window
from desk.services.trends import monthly_counts
from desk.services.windows import WindowSource, window_clauses
from desk.services.work import Context, Work, reading

if TYPE_CHECKING:
    import pandas as pd

INTERNAL_TLP = Tlp.AMBER  # meeting notes, profiles and events: internal


class Audience(StrEnum):
    CONTACT_POINT = "contact-point"
    DIRECTORATE = "directorate"
    EXTERNAL = "external"


MAX_TLP = {
    Audience.CONTACT_POINT: Tlp.RED,
    Audience.DIRECTORATE: Tlp.AMBER_STRICT,
    Audience.EXTERNAL: Tlp.GREEN,
}


class DocumentError(DeskError):
    """Why a document was not made or not saved."""

    # The document commands have always exited 1 on these; scripts may test for it.
    exit_code = 1


class NoMinutes(DocumentError, Refused):
    """Minutes of a meeting that was never opened (a draft, or cancelled)."""


def allows(audience: Audience, tlp: Tlp) -> bool:
    return tlp.rank <= MAX_TLP[Audience(audience)].rank


def sees_internal(audience: Audience) -> bool:
    return allows(audience, INTERNAL_TLP)


def allowed_tlps(audience: Audience) -> list[Tlp]:
    return [t for t in Tlp if allows(audience, t)]


@dataclass(frozen=True)
class BriefSignal:
    id: int
    observed_on: date
    country_code: str
    country_name: str
    title: str
    summary: str
    category: str
    grade: str
    tlp: Tlp
    chr: bool
    source: str | None  # None: withheld (Chatham House); "" for external readers
    source_url: str | None
    # external readers: printed instead of source and URL; None for the other audiences, and
    # for a signal that names no source at all
    source_kind: SourceKind | None
    hs: list[tuple[str, str | None]]  # (code as printed, CHPI tier or None)


@dataclass(frozen=True)
class Snapshot:
    code: str
    name: str
    in_period: int
    total: int
    profile: ct.ProfileInfo | None  # None: not for this audience


@dataclass
class MeetingBriefingData:
    audience: Audience
    lang: str
    region: str
    region_name: str
    meeting: mt.MeetingInfo
    previous: mt.MeetingInfo | None
    participants: list[mt.ParticipantInfo]
    agenda: list[mt.AgendaEntry]
    window: tuple[datetime, datetime]
    previous_window: tuple[datetime, datetime]
    counts: list[CountRow]
    category_totals: list[tuple[str, int, int]]  # category, previous, current
    tiers: list[tuple[str, int]]
    signals_by_country: list[tuple[str, list[BriefSignal]]]
    withheld_signals: int
    actions: list[mt.ActionInfo] | None  # None: not for this audience
    decisions_previous: list[mt.DecisionInfo] | None
    events: list[ev.EventInfo] | None
    lessons: list[ev.EventInfo] | None
    snapshots: list[Snapshot]
    tlp: Tlp = Tlp.CLEAR
    # the region's flagged trade flows, top 10 (None: not for this audience)
    trade_flows: list[RadarRow] | None = None
    trade_window: Window = field(default_factory=Window)
    trade_thresholds: Thresholds = field(default_factory=Thresholds)
    # a summarised window (more signals than a reader can use): the signals of each country
    # not listed; empty when every signal is listed (``desk.services.briefing_window``)
    more: list[MoreSignals] = field(default_factory=list)


# -- shared helpers --------------------------------------------------------------------------------
P = ParamSpec("P")
T = TypeVar("T")


def _region_name(w: Work, code: str, lang: str) -> str:
    d = w.reference.directorates[code]
    return d.name_nl if lang == "nl" else d.name_en


def country_names(w: Work, lang: str) -> dict[str, str] | None:
    """Country names in ``lang`` by code, for documents (None: the rows' English names)."""
    if lang != "nl":
        return None
    return {code: c.name_nl for code, c in w.reference.countries.items()}


def localised_rows(rows: list[SignalRow], names: dict[str, str] | None) -> list[SignalRow]:
    """``rows`` with their countries named in the document's language."""
    if names is None:
        return rows
    return [replace(r, country_name=names.get(r.country_code, r.country_name)) for r in rows]


def localised_events(
    events: list[ev.EventInfo] | None, names: dict[str, str] | None
) -> list[ev.EventInfo] | None:
    if events is None or names is None:
        return events
    return [replace(e, country_name=names.get(e.country_code, e.country_name)) for e in events]


def _brief_signals(
    s: Session, rows: list[SignalRow], audience: Audience, names: dict[str, str] | None = None
) -> tuple[list[BriefSignal], int]:
    """Full details of the rows this audience may see (CHR sources removed), in their order; and
    how many were withheld. Read in chunks of a few hundred, not one query per signal."""
    kept = [r for r in rows if allows(audience, Tlp(r.tlp))]
    details: dict[int, sa.Row[Any]] = {}
    hs: dict[int, list[tuple[str, str | None]]] = {}
    for start in range(0, len(kept), 500):
        ids = [r.id for r in kept[start : start + 500]]
        query = sa.select(
            col(Signal.id),
            col(Signal.summary),
            col(Signal.source),
            col(Signal.source_url),
            col(Signal.source_kind),
        )
        for row in s.execute(query.where(col(Signal.id).in_(ids))):
            details[row.id] = row
        signal_of = col(SignalHsCode.signal_id)
        for sid, code, tier in s.execute(
            sa.select(signal_of, col(SignalHsCode.code), col(SignalHsCode.tier))
            .where(signal_of.in_(ids))
            .order_by(signal_of, col(SignalHsCode.code))
        ):
            hs.setdefault(sid, []).append((HsCode(code).display, tier))
    external = audience == Audience.EXTERNAL
    result = [
        BriefSignal(
            id=r.id,
            observed_on=r.observed_on,
            country_code=r.country_code,
            country_name=names.get(r.country_code, r.country_name) if names else r.country_name,
            title=r.title,
            summary=details[r.id].summary,
            category=r.category,
            grade=r.grade,
            tlp=Tlp(r.tlp),
            chr=r.chr,
            source=None if r.chr else ("" if external else details[r.id].source),
            source_url=None if r.chr else ("" if external else details[r.id].source_url),
            source_kind=_kind_for_outsiders(details[r.id]) if external and not r.chr else None,
            hs=hs.get(r.id, []),
        )
        for r in kept
    ]
    return result, len(rows) - len(kept)


def _kind_for_outsiders(row: sa.Row[Any]) -> SourceKind | None:
    kind = SourceKind(row.source_kind)
    if kind == SourceKind.UNSPECIFIED and not (row.source or row.source_url):
        return None  # no source given at all: nothing to print, as for the other audiences
    return kind


def _tlp_of(signals: list[BriefSignal], internal: bool) -> Tlp:
    labels = {s.tlp for s in signals}
    if internal:
        labels.add(INTERNAL_TLP)
    return Tlp.most_restrictive(labels)


def _people_for(audience: Audience, people: list[mt.ParticipantInfo]) -> list[mt.ParticipantInfo]:
    """External documents: roles and organisations, never names."""
    if audience != Audience.EXTERNAL:
        return people
    return [replace(p, name="") for p in people]


def _agenda_for(audience: Audience, items: list[mt.AgendaEntry]) -> list[mt.AgendaEntry]:
    """The agenda as this audience sees it (minutes are left to the caller). External readers
    get no presenters, and a free item's title ("Call with Jan about the Bangkok case") only if
    it is marked shareable: otherwise the title is "" and documents say it is not included.
    Standing items always carry their standing titles (``item_title``), never typed ones."""
    if audience != Audience.EXTERNAL:
        return list(items)
    return [
        replace(i, presenter="", title=i.title if (i.standing or i.shareable) else "")
        for i in items
    ]


def _group_by_country(signals: list[BriefSignal]) -> list[tuple[str, list[BriefSignal]]]:
    groups: dict[str, list[BriefSignal]] = {}
    for s in sorted(signals, key=lambda s: (s.country_name, s.grade, -s.observed_on.toordinal())):
        groups.setdefault(s.country_name, []).append(s)
    return list(groups.items())


# -- the meeting briefing --------------------------------------------------------------------------
def meeting_briefing_data(
    ctx: Context, meeting_id: int, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> MeetingBriefingData:
    """The briefing's content for ``audience``, read in one unit of work. Each window is read
    once, through its indexes; a window over ``SUMMARY_LIMIT`` signals is summarised."""
    internal = sees_internal(audience)
    allowed = allowed_tlps(audience)
    with reading(ctx) as w:
        page = meeting_page(w, meeting_id, lang, signals=False)
        m, previous = page.meeting, page.previous
        since, until = page.window
        names = country_names(w, lang)
        if previous is not None:
            before_source = mt.item_one(w, previous.id)
            prev_since = mt.meeting_window(w, previous.id)[0]
        else:
            prev_since = since - (until - since)
            before_source = WindowSource(
                window_clauses(m.region, page.countries, prev_since, since)
            )
        people = page.participants  # a draft's: who opening it will invite (meeting_page)
        current = summarise(w.session, mt.item_one(w, meeting_id), allowed, names)
        listed, _ = _brief_signals(w.session, current.listed, audience)
        before = summarise(w.session, before_source, allowed, names, listing=False)
        decisions: list[mt.DecisionInfo] | None = None
        if internal:
            decisions = mt.decisions(w, previous.id) if previous else []
        counted_rows, totals = counted(current.by_country_category(), before.by_country_category())
        return MeetingBriefingData(
            audience=audience,
            lang=lang,
            region=m.region,
            region_name=_region_name(w, m.region, lang),
            meeting=m,
            previous=previous,
            participants=_people_for(audience, people),
            agenda=_agenda_for(audience, page.agenda.items),
            window=(since, until),
            previous_window=(prev_since, since),
            counts=counted_rows,
            category_totals=totals,
            tiers=current.tiers,
            signals_by_country=_group_by_country(listed),
            withheld_signals=current.withheld,
            actions=[*page.actions.carried, *(a for a in page.actions.agreed if a.status == "open")]
            if internal
            else None,
            decisions_previous=decisions,
            events=localised_events(page.events, names) if internal else None,
            lessons=localised_events(page.lessons, names) if internal else None,
            snapshots=_snapshots(w, current, audience),
            tlp=_window_tlp(current, internal),
            trade_flows=_trade_flows(w, m.region, page.countries) if internal else None,
            more=current.more,
        )


TRADE_ROWS = 10


def _trade_flows(w: Work, region: str, scope: frozenset[str] | None = None) -> list[RadarRow]:
    """The flagged flows through the region's countries (or those of ``scope``), largest excess
    first (default window and thresholds: the radar's)."""
    countries = (
        scope
        if scope is not None
        else frozenset(c for c, ref in w.reference.countries.items() if ref.directorate == region)
    )
    if not countries:
        return []
    query = RadarQuery(countries=countries, flagged_only=True)
    return run_radar(w, query)[:TRADE_ROWS]


def _window_tlp(window: WindowSummary, internal: bool) -> Tlp:
    """The document's TLP: the most restrictive of every signal it counts (listed or not), and
    of the internal text it holds."""
    labels = window.tlps()
    if internal:
        labels.add(INTERNAL_TLP)
    return Tlp.most_restrictive(labels)


def _snapshots(w: Work, window: WindowSummary, audience: Audience) -> list[Snapshot]:
    """A line on each country of the window's signals; its profile for internal readers. The
    whole log's counts and the profiles: one statement each for all countries."""
    countries = window.by_country()
    codes = [code for code, _, _ in countries]
    # the whole log's count holds only what this audience may see (no hint of RED reporting),
    # from the maintained counts (a filter of countries and TLPs always is expressible there)
    visible = SignalFilter(countries=frozenset(codes), max_tlp=MAX_TLP[audience])
    counted = (aggregate_counts(w.session, visible, ("country_code",)) or {}) if codes else {}
    profiles = ct.profiles_of(w, codes) if sees_internal(audience) else [None] * len(codes)
    return [
        Snapshot(code, name, n, counted.get((code,), 0), profile)
        for (code, name, n), profile in zip(countries, profiles, strict=True)
    ]


# -- minutes ---------------------------------------------------------------------------------------
@dataclass
class MinutesData:
    audience: Audience
    lang: str
    region: str
    region_name: str
    meeting: mt.MeetingInfo
    participants: list[mt.ParticipantInfo]
    agenda: list[mt.AgendaEntry] | None  # with minutes; None: not for this audience
    agenda_titles: list[mt.AgendaEntry]
    decisions: list[mt.DecisionInfo] | None
    actions: list[mt.ActionInfo] | None
    signals: list[BriefSignal]  # discussed under item 1 (a summarised window: those listed)
    withheld_signals: int
    tlp: Tlp = Tlp.CLEAR
    more: list[MoreSignals] = field(default_factory=list)  # as in ``MeetingBriefingData``


def minutes_data(
    ctx: Context, meeting_id: int, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> MinutesData:
    """The minutes' content for ``audience``, read in one unit of work."""
    internal = sees_internal(audience)
    with reading(ctx) as w:
        page = meeting_page(w, meeting_id, lang, signals=False)
        m = page.meeting
        if m.status in (MeetingStatus.DRAFT, MeetingStatus.CANCELLED):
            raise NoMinutes(
                f"the {m.region} meeting of {m.date.isoformat()} is {m.status.value}: "
                "there are no minutes until it is opened"
            )
        names = country_names(w, lang)
        current = summarise(w.session, mt.item_one(w, meeting_id), allowed_tlps(audience), names)
        signals, _ = _brief_signals(w.session, current.listed, audience)
        return MinutesData(
            audience=audience,
            lang=lang,
            region=m.region,
            region_name=_region_name(w, m.region, lang),
            meeting=m,
            participants=_people_for(audience, page.participants),
            agenda=page.agenda.items if internal else None,
            agenda_titles=[
                replace(i, minutes="") for i in _agenda_for(audience, page.agenda.items)
            ],
            decisions=page.decisions if internal else None,
            actions=page.actions.agreed if internal else None,
            signals=signals,
            withheld_signals=current.withheld,
            tlp=_window_tlp(current, internal),
            more=current.more,
        )


# -- the country profile -----------------------------------------------------------------------------
@dataclass
class ProfileData:
    audience: Audience
    lang: str
    profile: ct.ProfileInfo
    region_name: str
    show_profile: bool  # the written profile is internal
    figures: list[ct.Figure]  # public figures with their sources: for every audience
    total: int
    recent: int
    by_category: dict[str, int]
    tiers_seen: list[str]
    monthly: pd.DataFrame
    latest: list[BriefSignal]
    withheld_signals: int
    events: list[ev.EventInfo] | None
    tlp: Tlp = Tlp.CLEAR


def profile_data(
    ctx: Context, code: str, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> ProfileData:
    """The country profile's content for ``audience``, read in one unit of work."""
    internal = sees_internal(audience)
    with reading(ctx) as w:
        code = ct.resolve_code(w, code)
        profile = ct.get_profile(w, code)
        visible = SignalFilter(countries=frozenset({code}), max_tlp=MAX_TLP[audience])
        rows = search_signals(w, visible, limit=100_000)
        latest, _ = _brief_signals(w.session, rows[:10], audience, country_names(w, lang))
        everything = count_signals(w, SignalFilter(countries=frozenset({code})))
        recent_cut = date.today() - timedelta(days=ct.RECENT_DAYS)
        return ProfileData(
            audience=audience,
            lang=lang,
            profile=profile,
            region_name=_region_name(w, profile.directorate, lang),
            show_profile=internal,
            figures=profile.figures,
            total=len(rows),
            recent=sum(1 for r in rows if r.observed_on >= recent_cut),
            by_category=dict(Counter(r.category for r in rows)),
            tiers_seen=_tiers_seen(w.session, [r.id for r in rows]),
            monthly=monthly_counts(w, visible),
            latest=latest,
            withheld_signals=everything - len(rows),
            events=ev.list_events(w, country=code) if internal else None,
            tlp=_tlp_of(latest, internal),
        )


def _tiers_seen(s: Session, signal_ids: list[int]) -> list[str]:
    """The CHPI tiers of these signals' HS codes, in the tiers' order."""
    tier = col(SignalHsCode.tier)
    query = sa.select(tier).distinct().where(col(SignalHsCode.signal_id).in_(signal_ids))
    found = {t for (t,) in s.execute(query.where(tier.is_not(None)))}
    return [t for t in TIERS if t in found]

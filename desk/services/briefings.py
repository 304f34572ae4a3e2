"""What goes into a briefing, minutes or country profile — after the audience rules — and
issuing the PDF: written atomically, recorded with its SHA-256.

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

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import select

from desk.fileio import discard, put_in_place, stage_bytes
from desk.models import BriefingRecord, Signal, SignalHsCode
from desk.models.enums import TIERS, Category, SourceKind, Tlp
from desk.models.hs import HsCode
from desk.models.meetings import Attendance, MeetingStatus
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.meeting_page import meeting_page
from desk.services.meetings.agenda import agenda_signal_rows
from desk.services.meetings.common import get_meeting_row, previous_meeting
from desk.services.reference import load_reference
from desk.services.search import SignalFilter, SignalRow, search_signals
from desk.services.settings import current_actor
from desk.services.trends import monthly_counts
from desk.store import Store, StoreBusy, StoreError
from desk.store.errors import error_name

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


class BriefingError(ValueError):
    pass


def allows(audience: Audience, tlp: Tlp) -> bool:
    return tlp.rank <= MAX_TLP[Audience(audience)].rank


def sees_internal(audience: Audience) -> bool:
    return allows(audience, INTERNAL_TLP)


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
class CountRow:
    country: str
    category: str
    previous: int
    current: int


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


# -- shared helpers --------------------------------------------------------------------------------
def _region_name(store: Store, code: str, lang: str) -> str:
    d = load_reference(store).directorates[code]
    return d.name_nl if lang == "nl" else d.name_en


def _brief_signals(
    store: Store, rows: list[SignalRow], audience: Audience
) -> tuple[list[BriefSignal], int]:
    """Full details of the rows this audience may see (CHR sources removed), in their order; and
    how many were withheld. Read in chunks of a few hundred, not one query per signal."""
    kept = [r for r in rows if allows(audience, Tlp(r.tlp))]
    S = Signal.__table__
    details: dict[int, sa.Row] = {}
    hs: dict[int, list[tuple[str, str | None]]] = {}
    with store.session() as s:
        for start in range(0, len(kept), 500):
            ids = [r.id for r in kept[start : start + 500]]
            for row in s.execute(
                sa.select(S.c.id, S.c.summary, S.c.source, S.c.source_url, S.c.source_kind).where(
                    S.c.id.in_(ids)
                )
            ):
                details[row.id] = row
            for sid, code, tier in s.execute(
                sa.select(SignalHsCode.signal_id, SignalHsCode.code, SignalHsCode.tier)
                .where(SignalHsCode.signal_id.in_(ids))
                .order_by(SignalHsCode.signal_id, SignalHsCode.code)
            ):
                hs.setdefault(sid, []).append((HsCode(code).display, tier))
    external = audience == Audience.EXTERNAL
    result = [
        BriefSignal(
            id=r.id,
            observed_on=r.observed_on,
            country_code=r.country_code,
            country_name=r.country_name,
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


def _kind_for_outsiders(row: sa.Row) -> SourceKind | None:
    kind = SourceKind(row.source_kind)
    if kind == SourceKind.UNSPECIFIED and not (row.source or row.source_url):
        return None  # no source given at all: nothing to print, as for the other audiences
    return kind


def _tlp_of(signals: list[BriefSignal], internal: bool) -> Tlp:
    labels = {s.tlp for s in signals}
    if internal:
        labels.add(INTERNAL_TLP)
    return Tlp.most_restrictive(labels)


def _no_names(people: list[mt.ParticipantInfo]) -> list[mt.ParticipantInfo]:
    """External documents: roles and organisations, never names."""
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


def _counts(
    current: list[BriefSignal], previous: list[BriefSignal]
) -> tuple[list[CountRow], list[tuple[str, int, int]]]:
    """Signals per country and category in both periods (pandas does the cross-tabulation)."""
    import pandas as pd  # when first needed: it costs half a second at the app's start-up

    frame = pd.DataFrame(
        [(s.country_name, s.category, "current") for s in current]
        + [(s.country_name, s.category, "previous") for s in previous],
        columns=["country", "category", "period"],
    )
    if frame.empty:
        return [], [(c.value, 0, 0) for c in Category]
    table = frame.pivot_table(
        index=["country", "category"], columns="period", aggfunc="size", fill_value=0
    )
    table = table.reindex(columns=["previous", "current"], fill_value=0).reset_index()
    rows = [
        CountRow(r.country, r.category, int(r.previous), int(r.current)) for r in table.itertuples()
    ]
    rows.sort(key=lambda r: (r.country, [c.value for c in Category].index(r.category)))
    by_category = frame.pivot_table(
        index="category", columns="period", aggfunc="size", fill_value=0
    )
    by_category = by_category.reindex(
        index=[c.value for c in Category], columns=["previous", "current"], fill_value=0
    )
    totals = [
        (cat, int(r.previous), int(r.current))
        for cat, r in zip(by_category.index, by_category.itertuples(), strict=True)
    ]
    return rows, totals


def _tiers(signals: list[BriefSignal]) -> list[tuple[str, int]]:
    counted = {t: 0 for t in TIERS}
    for s in signals:
        for tier in {t for _, t in s.hs if t}:
            counted[tier] += 1
    return [(t, n) for t, n in counted.items() if n]


def _group_by_country(signals: list[BriefSignal]) -> list[tuple[str, list[BriefSignal]]]:
    groups: dict[str, list[BriefSignal]] = {}
    for s in sorted(signals, key=lambda s: (s.country_name, s.grade, -s.observed_on.toordinal())):
        groups.setdefault(s.country_name, []).append(s)
    return list(groups.items())


# -- the meeting briefing --------------------------------------------------------------------------
def meeting_briefing_data(
    store: Store, meeting_id: int, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> MeetingBriefingData:
    audience = Audience(audience)
    page = meeting_page(store, meeting_id, lang)
    m = page.meeting
    since, until = page.window
    with store.session() as s:
        row = get_meeting_row(s, meeting_id)
        current_rows = agenda_signal_rows(s, row)
        prev = previous_meeting(s, row)
        if prev is not None:
            previous_rows = agenda_signal_rows(s, prev)
            prev_since = mt.meeting_window(store, prev.id)[0]
        else:
            prev_since = since - (until - since)
            previous_rows = search_signals(
                store,
                SignalFilter(
                    regions=frozenset({m.region}), changed_since=prev_since, changed_before=since
                ),
                limit=100_000,
            )
    people = page.participants
    if not people and page.previous is not None:
        # not opened yet: the previous meeting's participants are who will be invited
        people = [
            replace(x, attendance=Attendance.INVITED)
            for x in mt.participants(store, page.previous.id)
        ]
    current, withheld = _brief_signals(store, current_rows, audience)
    previous, _ = _brief_signals(store, previous_rows, audience)
    counts, totals = _counts(current, previous)
    internal = sees_internal(audience)
    decisions = (
        mt.decisions(store, page.previous.id)
        if (internal and page.previous)
        else ([] if internal else None)
    )
    in_window: dict[str, list[BriefSignal]] = {}
    for s in current:
        in_window.setdefault(s.country_code, []).append(s)
    # the whole log's count too holds only what this audience may see: no hint of RED reporting
    live_totals = ct.live_signal_counts(store, list(in_window), max_tlp=MAX_TLP[audience])
    snapshots = [
        Snapshot(
            code,
            signals[0].country_name,
            len(signals),
            live_totals[code],
            ct.get_profile(store, code) if internal else None,
        )
        for code, signals in sorted(in_window.items())
    ]
    data = MeetingBriefingData(
        audience=audience,
        lang=lang,
        region=m.region,
        region_name=_region_name(store, m.region, lang),
        meeting=m,
        previous=page.previous,
        participants=people if audience != Audience.EXTERNAL else _no_names(people),
        agenda=_agenda_for(audience, page.agenda.items),
        window=(since, until),
        previous_window=(prev_since, since),
        counts=counts,
        category_totals=totals,
        tiers=_tiers(current),
        signals_by_country=_group_by_country(current),
        withheld_signals=withheld,
        actions=(page.actions.carried + [a for a in page.actions.agreed if a.status == "open"])
        if internal
        else None,
        decisions_previous=decisions,
        events=page.events if internal else None,
        lessons=page.lessons if internal else None,
        snapshots=snapshots,
    )
    data.tlp = _tlp_of(current, internal)
    return data


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
    signals: list[BriefSignal]  # discussed under item 1
    withheld_signals: int
    tlp: Tlp = Tlp.CLEAR


def minutes_data(
    store: Store, meeting_id: int, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> MinutesData:
    audience = Audience(audience)
    page = meeting_page(store, meeting_id, lang)
    if page.meeting.status in (MeetingStatus.DRAFT, MeetingStatus.CANCELLED):
        raise BriefingError(
            f"the {page.meeting.region} meeting of {page.meeting.date.isoformat()} is "
            f"{page.meeting.status.value}: there are no minutes until it is opened"
        )
    internal = sees_internal(audience)
    signals, withheld = _brief_signals(store, page.signals, audience)
    titles = [replace(i, minutes="") for i in _agenda_for(audience, page.agenda.items)]
    data = MinutesData(
        audience=audience,
        lang=lang,
        region=page.meeting.region,
        region_name=_region_name(store, page.meeting.region, lang),
        meeting=page.meeting,
        participants=page.participants
        if audience != Audience.EXTERNAL
        else _no_names(page.participants),
        agenda=page.agenda.items if internal else None,
        agenda_titles=titles,
        decisions=page.decisions if internal else None,
        actions=page.actions.agreed if internal else None,
        signals=signals,
        withheld_signals=withheld,
    )
    data.tlp = _tlp_of(signals, internal)
    return data


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
    store: Store, code: str, audience: Audience = Audience.CONTACT_POINT, lang: str = "en"
) -> ProfileData:
    audience = Audience(audience)
    code = ct.resolve_code(store, code)
    profile = ct.get_profile(store, code)
    internal = sees_internal(audience)
    visible = SignalFilter(countries=frozenset({code}), max_tlp=MAX_TLP[audience])
    rows = search_signals(store, visible, limit=100_000)
    latest, _ = _brief_signals(store, rows[:10], audience)
    everything = search_signals(store, SignalFilter(countries=frozenset({code})), limit=100_000)
    by_category: dict[str, int] = {}
    for r in rows:
        by_category[r.category] = by_category.get(r.category, 0) + 1
    with store.session() as s:
        tiers = {
            t
            for (t,) in s.execute(
                sa.select(SignalHsCode.tier)
                .distinct()
                .where(
                    SignalHsCode.signal_id.in_([r.id for r in rows]), SignalHsCode.tier.is_not(None)
                )
            )
        }
    recent_cut = date.today() - timedelta(days=ct.RECENT_DAYS)
    data = ProfileData(
        audience=audience,
        lang=lang,
        profile=profile,
        region_name=_region_name(store, profile.directorate, lang),
        show_profile=internal,
        figures=profile.figures,
        total=len(rows),
        recent=sum(1 for r in rows if r.observed_on >= recent_cut),
        by_category=by_category,
        tiers_seen=[t for t in TIERS if t in tiers],
        monthly=monthly_counts(store, visible),
        latest=latest,
        withheld_signals=len(everything) - len(rows),
        events=ev.list_events(store, country=code) if internal else None,
    )
    data.tlp = _tlp_of(latest, internal)
    return data


# -- issuing ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Issued:
    path: Path
    sha256: str
    pages: int
    tlp: Tlp
    record_id: int


def write_document(
    store: Store,
    pdf: bytes,
    path: Path | str,
    *,
    kind: str,
    audience: Audience,
    lang: str,
    marking: str,
    tlp: Tlp,
    region: str | None = None,
    meeting_id: int | None = None,
    country_code: str | None = None,
    password: str | None = None,
) -> Issued:
    """Write the PDF, optionally password-protected, and record it with the SHA-256 of the
    written bytes: both or neither.

    The order makes that so: the whole PDF goes to a temporary file beside ``path``, the record
    is committed, and only then does the file take its place (a rename, so never half a PDF at
    ``path``). If the store refuses the record (busy, full), the temporary file is removed and
    nothing changed; if the rename fails, a compensating transaction removes the record again.
    """
    import io

    import pypdf

    from desk.reports.base import protect

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise BriefingError(f"{path.name}: the file name should end in .pdf")
    if not path.parent.exists():
        raise BriefingError(f"the folder {path.parent} does not exist")
    if password:
        pdf = protect(pdf, password)
    digest = hashlib.sha256(pdf).hexdigest()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        reader.decrypt(password or "")
    pages = len(reader.pages)
    issued_by = current_actor(store)  # read before the write transaction, not inside it
    tmp = stage_bytes(path, pdf)  # an OSError here (disk full…) leaves nothing behind
    try:
        with store.transaction() as s:
            record = BriefingRecord(
                kind=kind,
                region=region,
                meeting_id=meeting_id,
                country_code=country_code,
                audience=Audience(audience).value,
                lang=lang,
                marking=marking,
                tlp=tlp.value,
                issued_by=issued_by,
                sha256=digest,
                pages=pages,
                file_name=path.name,
                protected=bool(password),
            )
            s.add(record)
            s.flush()
            record_id = record.id
    except (sa.exc.OperationalError, StoreError) as exc:
        discard(tmp)
        raise BriefingError(f"the document was not saved: {_store_problem(exc)}") from None
    except BaseException:
        discard(tmp)
        raise
    try:
        put_in_place(tmp, path)
    except OSError as exc:
        discard(tmp)
        _unrecord(store, record_id, path, exc)
        raise
    return Issued(path, digest, pages, tlp, record_id)


def _store_problem(exc: Exception) -> str:
    """What went wrong with the store, in one line for the user."""
    name = error_name(exc)
    if isinstance(exc, StoreBusy) or name == "SQLITE_BUSY":
        return "the store is busy (another Desk process is writing); try again"
    if name == "SQLITE_FULL":
        return "the disk of the store is full"
    why = str(getattr(exc, "orig", exc)).strip()
    return f"the store could not record it ({why.splitlines()[0] if why else type(exc).__name__})"


def _unrecord(store: Store, record_id: int, path: Path, cause: OSError) -> None:
    """Undo the record of a document whose file could not be put in place (the compensating
    transaction). If even that fails, say which record names a file that does not exist."""
    try:
        with store.transaction() as s:
            s.execute(sa.delete(BriefingRecord).where(BriefingRecord.id == record_id))
    except (sa.exc.OperationalError, StoreError) as exc:
        raise BriefingError(
            f"the document was not saved: could not write {path} ({cause.strerror or cause}), "
            f"and its record #{record_id} could not be removed: {_store_problem(exc)}"
        ) from None


@dataclass(frozen=True)
class IssuedRecord:
    id: int
    kind: str
    region: str | None
    meeting_id: int | None
    country_code: str | None
    audience: str
    lang: str
    marking: str
    tlp: str
    issued_at: datetime
    issued_by: str
    sha256: str
    pages: int
    file_name: str
    protected: bool


def issued_documents(store: Store, limit: int = 200) -> list[IssuedRecord]:
    with store.session() as s:
        rows = s.exec(
            select(BriefingRecord)
            .order_by(BriefingRecord.issued_at.desc(), BriefingRecord.id.desc())
            .limit(limit)
        )
        return [
            IssuedRecord(
                r.id,
                r.kind,
                r.region,
                r.meeting_id,
                r.country_code,
                r.audience,
                r.lang,
                r.marking,
                r.tlp,
                r.issued_at,
                r.issued_by,
                r.sha256,
                r.pages,
                r.file_name,
                r.protected,
            )
            for r in rows
        ]

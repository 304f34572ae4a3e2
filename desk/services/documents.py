"""Producing the documents: data from ``briefings``, layout from ``desk.reports``, the file
written atomically and recorded. ``render_*`` give the PDF bytes (the app shows a preview
first); ``issue`` writes and records them.

The layout modules (reportlab, babel) are imported when a document is made, not with this
module: the app imports it at start-up, where every 100 ms counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.models.enums import Tlp
from desk.reports import LANGS
from desk.services import briefings as br
from desk.services.markings import DEFAULT_MARKING, check_marking, markings
from desk.store import Store


@dataclass(frozen=True)
class Rendered:
    """A document ready to save or preview: its bytes and what the record will say."""

    pdf: bytes
    kind: str
    tlp: Tlp
    audience: br.Audience
    lang: str
    marking: str
    region: str | None = None
    meeting_id: int | None = None
    country_code: str | None = None
    suggested_name: str = "document.pdf"


Progress = Callable[[int, int, str], None]  # (done, total, phase) — as the importer reports


def _report(progress: Progress | None, done: int, phase: str) -> None:
    if progress is not None:
        progress(done, 100, phase)


def _layout(progress: Progress | None) -> Callable[[float], None] | None:
    """Layout is the long part: 10–100 % of the bar (collecting the content is the first 10)."""
    if progress is None:
        return None
    return lambda fraction: progress(10 + int(90 * fraction), 100, "layout")


def _checked(store: Store, lang: str, marking: str | None) -> str:
    if lang not in LANGS:
        raise br.BriefingError(f"unknown language {lang}; use {' or '.join(LANGS)}")
    return check_marking(marking or DEFAULT_MARKING, markings(store))


def _meeting_document(
    store: Store,
    meeting_id: int,
    which: str,  # "briefing" or "minutes"
    audience: br.Audience,
    lang: str,
    marking: str | None,
    now: datetime | None,
    progress: Progress | None,
) -> Rendered:
    """The briefing or the minutes of a meeting: the same steps, other data and layout."""
    from desk.reports.base import DocumentMeta
    from desk.reports.i18n import Texts
    from desk.reports.meeting_briefing import MeetingBriefing
    from desk.reports.minutes import Minutes

    marking = _checked(store, lang, marking)
    audience = br.Audience(audience)
    _report(progress, 0, "collect")
    kind: type[MeetingBriefing] | type[Minutes] = MeetingBriefing
    if which == "briefing":
        data: br.MeetingBriefingData | br.MinutesData = br.meeting_briefing_data(
            store, meeting_id, audience, lang
        )
        title, stem = "briefing_title", f"briefing-{{region}}-{{date}}-{audience.value}-{lang}"
    else:
        kind = Minutes
        data = br.minutes_data(store, meeting_id, audience, lang)
        title, stem = "minutes_title", f"minutes-{{region}}-{{date}}-{audience.value}-{lang}"
    _report(progress, 10, "layout")
    t = Texts(lang)
    starts = data.meeting.starts_at
    meta = DocumentMeta(
        title=t(title),
        subtitle=f"{data.region} — {t.datetime(starts)}",
        marking=marking,
        tlp=data.tlp,
        lang=lang,
        issued_at=now or datetime.now(UTC).astimezone(starts.tzinfo),
    )
    pdf = kind(data, meta).render(_layout(progress))  # type: ignore[arg-type]
    name = stem.format(region=data.region.lower(), date=data.meeting.date.isoformat()) + ".pdf"
    return Rendered(
        pdf, kind.kind, data.tlp, audience, lang, marking, data.region, meeting_id, None, name
    )


def render_meeting_briefing(
    store: Store,
    meeting_id: int,
    audience: br.Audience = br.Audience.CONTACT_POINT,
    lang: str = "en",
    marking: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Rendered:
    return _meeting_document(store, meeting_id, "briefing", audience, lang, marking, now, progress)


def render_minutes(
    store: Store,
    meeting_id: int,
    audience: br.Audience = br.Audience.CONTACT_POINT,
    lang: str = "en",
    marking: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Rendered:
    return _meeting_document(store, meeting_id, "minutes", audience, lang, marking, now, progress)


def render_country_profile(
    store: Store,
    code: str,
    audience: br.Audience = br.Audience.CONTACT_POINT,
    lang: str = "en",
    marking: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Rendered:
    from desk.reports.base import DocumentMeta
    from desk.reports.country_profile import CountryProfileDocument
    from desk.reports.i18n import Texts

    marking = _checked(store, lang, marking)
    _report(progress, 0, "collect")
    data = br.profile_data(store, code, audience, lang)
    _report(progress, 10, "layout")
    t = Texts(lang)
    p = data.profile
    meta = DocumentMeta(
        title=t("profile_title"),
        subtitle=f"{p.name_nl if lang == 'nl' else p.name_en} ({p.code})",
        marking=marking,
        tlp=data.tlp,
        lang=lang,
        issued_at=now or datetime.now(UTC).astimezone(),
    )
    pdf = CountryProfileDocument(data, meta).render(_layout(progress))
    return Rendered(
        pdf,
        CountryProfileDocument.kind,
        data.tlp,
        br.Audience(audience),
        lang,
        marking,
        p.directorate,
        None,
        p.code,
        f"profile-{p.code.lower()}-{br.Audience(audience).value}-{lang}.pdf",
    )


def issue(
    store: Store, rendered: Rendered, path: Path | str, password: str | None = None
) -> br.Issued:
    return br.write_document(
        store,
        rendered.pdf,
        path,
        kind=rendered.kind,
        audience=rendered.audience,
        lang=rendered.lang,
        marking=rendered.marking,
        tlp=rendered.tlp,
        region=rendered.region,
        meeting_id=rendered.meeting_id,
        country_code=rendered.country_code,
        password=password,
    )

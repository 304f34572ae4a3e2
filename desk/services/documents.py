"""Producing the documents: data from ``briefings``, layout from ``desk.reports``, the file
written atomically and recorded. ``render_*`` give the PDF bytes (the app shows a preview
first); ``issue`` writes and records them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.models.enums import Tlp
from desk.reports.base import DocumentMeta
from desk.reports.country_profile import CountryProfileDocument
from desk.reports.i18n import LANGS, Texts
from desk.reports.meeting_briefing import MeetingBriefing
from desk.reports.minutes import Minutes
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
    marking = _checked(store, lang, marking)
    _report(progress, 0, "collect")
    data = br.meeting_briefing_data(store, meeting_id, audience, lang)
    _report(progress, 10, "layout")
    t = Texts(lang)
    meta = DocumentMeta(
        title=t("briefing_title"),
        subtitle=f"{data.region} — {t.datetime(data.meeting.starts_at)}",
        marking=marking,
        tlp=data.tlp,
        lang=lang,
        issued_at=now or datetime.now(UTC).astimezone(data.meeting.starts_at.tzinfo),
    )
    pdf = MeetingBriefing(data, meta).render(_layout(progress))
    name = f"briefing-{data.region.lower()}-{data.meeting.date.isoformat()}-{br.Audience(audience).value}-{lang}.pdf"
    return Rendered(
        pdf,
        MeetingBriefing.kind,
        data.tlp,
        br.Audience(audience),
        lang,
        marking,
        data.region,
        meeting_id,
        None,
        name,
    )


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
    marking = _checked(store, lang, marking)
    _report(progress, 0, "collect")
    data = br.minutes_data(store, meeting_id, audience, lang)
    _report(progress, 10, "layout")
    t = Texts(lang)
    meta = DocumentMeta(
        title=t("minutes_title"),
        subtitle=f"{data.region} — {t.datetime(data.meeting.starts_at)}",
        marking=marking,
        tlp=data.tlp,
        lang=lang,
        issued_at=now or datetime.now(UTC).astimezone(data.meeting.starts_at.tzinfo),
    )
    pdf = Minutes(data, meta).render(_layout(progress))
    name = f"minutes-{data.region.lower()}-{data.meeting.date.isoformat()}-{lang}.pdf"
    return Rendered(
        pdf,
        Minutes.kind,
        data.tlp,
        br.Audience(audience),
        lang,
        marking,
        data.region,
        meeting_id,
        None,
        name,
    )


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

"""Making a document: its content read in one unit of work (with the marking checked against
the store's list), then laid out outside it — the layout is the long part, and no snapshot
needs to stay open for it. ``render`` gives the PDF bytes (the app shows a preview first);
``desk.documents.issuing`` writes and records them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desk.documents.registry import report_for
from desk.documents.report import Report
from desk.errors import InvalidInput
from desk.models.enums import Tlp
from desk.reports import LANGS
from desk.services.briefings import Audience, DocumentError
from desk.services.markings import check_marking, default_marking, markings
from desk.services.work import Context, reading


class UnknownLanguage(DocumentError, InvalidInput):
    pass


@dataclass(frozen=True)
class Rendered:
    """A document ready to save or preview: its bytes and what the record will say."""

    pdf: bytes
    kind: str
    tlp: Tlp
    audience: Audience
    lang: str
    marking: str
    region: str | None = None
    meeting_id: int | None = None
    country_code: str | None = None
    suggested_name: str = "document.pdf"


Progress = Callable[[int, int, str], None]  # (done, total, phase) — as the importer reports


def _step(progress: Progress | None, done: int, phase: str) -> None:
    if progress is not None:
        progress(done, 100, phase)


def _layout(progress: Progress | None) -> Callable[[float], None] | None:
    """Layout is the long part: 10–100 % of the bar (collecting the content is the first 10)."""
    if progress is None:
        return None
    return lambda fraction: progress(10 + int(90 * fraction), 100, "layout")


def render(
    ctx: Context,
    report: Report[Any, Any] | str,
    subject: object,
    audience: Audience | str | None = None,
    lang: str = "en",
    marking: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Rendered:
    """The document ``report`` (or its kind) about ``subject`` (a meeting's id, a country's
    code…) for ``audience`` (by default the report's), in ``lang``, marked ``marking`` (by
    default the one its audience gets: ``markings.default_marking``)."""
    from desk.reports.base import DocumentMeta
    from desk.reports.i18n import Texts

    report = report_for(report) if isinstance(report, str) else report
    audience = Audience(audience or report.default_audience)
    if lang not in LANGS:
        raise UnknownLanguage(f"unknown language {lang}; use {' or '.join(LANGS)}")
    with reading(ctx) as w:
        allowed = markings(w)
        if not marking:
            marking = default_marking(allowed, external=audience == Audience.EXTERNAL)
        marking = check_marking(marking, allowed)
        _step(progress, 0, "collect")
        data = report.collect(w, subject, audience, lang)
    _step(progress, 10, "layout")
    t = Texts(lang)
    tlp = report.tlp(data)
    meta = DocumentMeta(
        title=t(report.title_key),
        subtitle=report.subtitle(data, t),
        marking=marking,
        tlp=tlp,
        lang=lang,
        issued_at=now or datetime.now(UTC).astimezone(report.timezone(data)),
    )
    pdf = report.layout(data, meta).render(_layout(progress))
    return Rendered(
        pdf,
        report.kind,
        tlp,
        audience,
        lang,
        marking,
        *report.recorded(data),
        suggested_name=report.file_name(data, audience, lang),
    )

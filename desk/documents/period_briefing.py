"""The briefing for a period: a region's (or contact point's) state, asked for at any time
(``desk briefing --region R --from DATE --to DATE``), without a meeting."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desk.documents.report import Recorded, Report, Subject
from desk.models.enums import Tlp
from desk.services import briefings as br
from desk.services.period_briefing import Period, PeriodBriefingData, period_briefing_data
from desk.services.work import Work

if TYPE_CHECKING:
    from desk.reports.base import DeskDocument, DocumentMeta
    from desk.reports.i18n import Texts


class PeriodBriefingReport(Report[Period, PeriodBriefingData]):
    kind = "period-briefing"
    name = "period-briefing"
    label = "Briefing for a period"
    help = "the PDF briefing on a region for a period, without a meeting"
    about = Subject.PERIOD
    title_key = "period_briefing_title"

    def collect(
        self, w: Work, subject: Period, audience: br.Audience, lang: str
    ) -> PeriodBriefingData:
        return period_briefing_data(w, subject, audience, lang)

    def layout(
        self, data: PeriodBriefingData, meta: DocumentMeta
    ) -> DeskDocument[PeriodBriefingData]:
        from desk.reports.period_briefing import PeriodBriefing

        return PeriodBriefing(data, meta)

    def subtitle(self, data: PeriodBriefingData, t: Texts) -> str:
        who = data.contact_point or data.region
        first, last = data.period.first, data.period.last
        return f"{who} — {t.date(first, 'medium')} – {t.date(last, 'medium')}"

    def file_subject(self, data: PeriodBriefingData) -> str:
        who = data.region.lower()
        if data.contact_point:
            who += "-" + "-".join(data.contact_point.lower().split())
        return f"{who}-{data.period.first.isoformat()}-{data.period.last.isoformat()}"

    def recorded(self, data: PeriodBriefingData) -> Recorded:
        return Recorded(region=data.region)

    def tlp(self, data: PeriodBriefingData) -> Tlp:
        return data.tlp

    def timezone(self, data: PeriodBriefingData) -> tzinfo | None:
        return ZoneInfo(data.tz)

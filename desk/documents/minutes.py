"""Minutes of a held or finalised meeting: attendance, minutes per item, decisions, actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.documents.report import MeetingReport
from desk.services import briefings as br
from desk.services.work import Work

if TYPE_CHECKING:
    from desk.reports.base import DeskDocument, DocumentMeta


class MinutesReport(MeetingReport[br.MinutesData]):
    kind = "minutes"
    name = "minutes"
    label = "Minutes"
    help = "the PDF minutes of a held or finalised meeting"
    title_key = "minutes_title"

    def collect(self, w: Work, subject: int, audience: br.Audience, lang: str) -> br.MinutesData:
        return br.minutes_data(w, subject, audience, lang)

    def layout(self, data: br.MinutesData, meta: DocumentMeta) -> DeskDocument[br.MinutesData]:
        from desk.reports.minutes import Minutes

        return Minutes(data, meta)

"""The meeting briefing: the regional contact point's pre-read for the four-weekly meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.documents.report import MeetingReport
from desk.services import briefings as br
from desk.services.work import Work

if TYPE_CHECKING:
    from desk.reports.base import DeskDocument, DocumentMeta


class BriefingReport(MeetingReport[br.MeetingBriefingData]):
    kind = "meeting-briefing"
    name = "briefing"
    label = "Briefing"
    help = "the PDF briefing for a region's four-weekly meeting"
    title_key = "briefing_title"
    for_next_meeting = True

    def collect(
        self, w: Work, subject: int, audience: br.Audience, lang: str
    ) -> br.MeetingBriefingData:
        return br.meeting_briefing_data(w, subject, audience, lang)

    def layout(
        self, data: br.MeetingBriefingData, meta: DocumentMeta
    ) -> DeskDocument[br.MeetingBriefingData]:
        from desk.reports.meeting_briefing import MeetingBriefing

        return MeetingBriefing(data, meta)

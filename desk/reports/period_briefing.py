"""The briefing for a period: the meeting briefing's sections on the region's signals, trade,
knowledge exchange and countries, without what belongs to a meeting (agenda, participants,
actions, decisions)."""

from __future__ import annotations

from datetime import timedelta, tzinfo
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from desk.reports import summary
from desk.reports.meeting_briefing import MeetingBriefing
from desk.services.briefings import Audience


class PeriodBriefing(MeetingBriefing):
    """Its data is a ``PeriodBriefingData``: the fields the shared sections read have the
    meeting briefing's names."""

    def zone(self) -> tzinfo | None:
        return ZoneInfo(self.data.tz)

    def cover_rows(self) -> list[tuple[str, object]]:
        d, t = self.data, self.t
        period = d.period
        rows: list[tuple[str, object]] = [(t("region"), f"{d.region} — {d.region_name}")]
        if d.contact_point:
            rows.append((t("contact_point"), d.contact_point))
        rows += [
            (t("period"), f"{t.date(period.first)} – {t.date(period.last)}"),
            (t("audience"), t(f"audience.{Audience(d.audience).value}")),
            (t("marking"), self.meta.marking),
        ]
        return rows

    def story(self) -> list[Flowable]:
        return [
            *self._since_last(),
            *self._signals(),
            *self._trade(),
            *self._events(),
            *self._snapshots(),
            *summary.annex(self, self.data.more),
        ]

    def _since_last(self) -> list[Flowable]:
        """The meeting briefing's section, under its own heading and with the period's days
        (a meeting's window ends at the meeting; a period on its last day, included)."""
        t, period = self.t, self.data.period
        days = (period.last - period.first).days + 1
        window = t(
            "period_window",
            first=t.date(period.first),
            last=t.date(period.last),
            prev_first=t.date(period.first - timedelta(days=days)),
            prev_last=t.date(period.first - timedelta(days=1)),
        )
        out = super()._since_last()
        return [self.h1(t("in_period")), self.empty(t("period_note")), self.p(window), *out[2:]]

"""Minutes of a held or finalised meeting: attendance, minutes per item, decisions, actions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desk.models.meetings import Attendance, MeetingStatus
from desk.reports import summary
from desk.reports.base import DeskDocument
from desk.services import meetings as mt
from desk.services.briefings import Audience, MinutesData


class Minutes(DeskDocument[MinutesData]):
    def cover_rows(self) -> list[tuple[str, object]]:
        d, t = self.data, self.t
        m = d.meeting
        return [
            (t("region"), f"{d.region} — {d.region_name}"),
            (t("date_time"), t.datetime(m.starts_at) + f" ({m.tz})"),
            (t("place"), m.location),
            (t("chair"), m.chair if d.audience != Audience.EXTERNAL else ""),
            (t("status"), t.word(m.status)),
            (t("audience"), t(f"audience.{d.audience.value}")),
            (t("marking"), self.meta.marking),
        ]

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        if self.data.meeting.status not in (MeetingStatus.HELD, MeetingStatus.FINALISED):
            out.append(self.empty(self.t("not_held_yet")))
        return [*out, *self._attendance(), *self._items(), *self._decisions(), *self._actions()]

    # -- sections --------------------------------------------------------------------------------
    def _attendance(self) -> list[Flowable]:
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = [self.h1(t("attendance"))]
        if d.participants:
            words = {
                Attendance.ATTENDED: t("attended"),
                Attendance.EXCUSED: t("excused"),
                Attendance.INVITED: t("invited"),
            }
            rows = [
                [p.name or t.word(p.role), p.organisation, t.word(p.role), words[p.attendance]]
                for p in d.participants
            ]
            out.append(
                self.table(
                    [
                        t("attendee_name"),
                        t("attendee_organisation"),
                        t("attendee_role"),
                        t("attendance"),
                    ],
                    rows,
                    [w - 125 * mm, 55 * mm, 40 * mm, 30 * mm],
                )
            )
        else:
            out.append(self.empty(t("none")))
        return out

    def _items(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("minutes_of_items"))]
        if d.agenda is None:
            titles = (f"{i.number}. {i.title or t('item_withheld')}" for i in d.agenda_titles)
            out.append(self.p(" · ".join(titles)))
            out.append(self.empty(t("withheld_audience")))
        else:
            for item in d.agenda:
                presenter = f" — {item.presenter}" if item.presenter else ""
                out.append(self.h2(f"{item.number}. {item.title}{presenter}"))
                out.append(
                    self.p(item.minutes) if item.minutes.strip() else self.empty(t("no_minutes"))
                )
                if item.number == 1:
                    out += self._item_signals()
        return out

    def _item_signals(self) -> list[Flowable]:
        """Item 1's signals; a summarised window's best graded per country, and the rest
        counted."""
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = []
        if d.more:
            total = len(d.signals) + sum(m.more for m in d.more)
            out.append(summary.summary_note(self, total, "summary_note_minutes"))
        if d.signals:
            rows = [[s.grade, s.tlp.label, s.country_name, s.title] for s in d.signals]
            out.append(
                self.table(
                    [t("grade"), "TLP", t("country"), t("signals")],
                    rows,
                    [25 * mm, 31 * mm, 30 * mm, w - 86 * mm],
                )
            )
        out += summary.annex(self, d.more)[1:]  # its note and table, under item 1
        if d.withheld_signals:
            out.append(self.empty(t("withheld_signals")))
        return out

    def _decisions(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("decisions"))]
        if d.decisions is None:
            out.append(self.empty(t("withheld_audience")))
        elif not d.decisions:
            out.append(self.empty(t("none")))
        else:
            out += [self.p(f"• {x.text}") for x in d.decisions]
        return out

    def _actions(self) -> list[Flowable]:
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = [self.h1(t("actions_agreed"))]
        if d.actions is None:
            out.append(self.empty(t("withheld_audience")))
        elif not d.actions:
            out.append(self.empty(t("none")))
        else:
            on = mt.papers_reference_day(d.meeting.date, self.meta.issued_at.date())
            rows = [
                [
                    a.text,
                    ", ".join(a.owners),
                    t.date(a.due_on, "medium") if a.due_on else "",
                    t("overdue") if mt.is_overdue(a, on) else t.word(a.status),
                ]
                for a in d.actions
            ]
            if any(mt.is_overdue(a, on) for a in d.actions):
                out.append(self.p(t("overdue_rule", date=t.date(on, "medium"))))
            out.append(
                self.table(
                    [t("action"), t("owners"), t("due"), t("status")],
                    rows,
                    [w - 105 * mm, 45 * mm, 35 * mm, 25 * mm],
                )
            )
        return out

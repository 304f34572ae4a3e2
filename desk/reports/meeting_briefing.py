"""The meeting briefing: the regional contact point's pre-read for the four-weekly meeting."""

from __future__ import annotations

from datetime import tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.models.text import labelled
from desk.reports import summary
from desk.reports.base import META_GREY, DeskDocument, KeptBlock
from desk.reports.charts import period_comparison
from desk.reports.i18n import Texts
from desk.reports.text import para
from desk.services import meetings as mt
from desk.services.briefings import Audience, BriefSignal, CountRow, MeetingBriefingData
from desk.services.meetings import ParticipantInfo


def _change(t: Texts, row: CountRow) -> str:
    n = row.current - row.previous
    return ("+" if n > 0 else "-" if n < 0 else "") + t.number(abs(n))


def _product(code: str) -> str:
    return f"{code[:4]}.{code[4:]}" if code.isdigit() and len(code) == 6 else code


def _money(t: Texts, value: float, currency: str) -> str:
    for size, unit in ((1e9, " bn"), (1e6, " M"), (1e3, " k")):
        if abs(value) >= size:
            return f"{currency} {t.number(round(value / size, 1))}{unit}"
    return f"{currency} {t.number(round(value))}"


class MeetingBriefing(DeskDocument[MeetingBriefingData]):
    def cover_rows(self) -> list[tuple[str, object]]:
        d, t = self.data, self.t
        m = d.meeting
        invited = [self._person(p) for p in d.participants]
        return [
            (t("region"), f"{d.region} — {d.region_name}"),
            (t("date_time"), t.datetime(m.starts_at) + f" ({m.tz})"),
            (t("place"), m.location),
            (t("video"), m.video_link if d.audience != Audience.EXTERNAL else ""),
            (t("chair"), m.chair if d.audience != Audience.EXTERNAL else ""),
            (t("participants_invited"), "\n".join(invited) if invited else t("none")),
            (t("audience"), t(f"audience.{d.audience.value}")),
            (t("marking"), self.meta.marking),
        ]

    def zone(self) -> tzinfo | None:
        """Where the period's dates are told: the meeting's time zone."""
        return self.data.meeting.starts_at.tzinfo

    def _person(self, p: ParticipantInfo) -> str:
        return labelled(p.name or self.t.word(p.role), self.t.word(p.role), p.organisation)

    def story(self) -> list[Flowable]:
        return [
            *self._agenda(),
            *self._since_last(),
            *self._signals(),
            *self._trade(),
            *self._actions(),
            *self._decisions(),
            *self._events(),
            *self._snapshots(),
            *summary.annex(self, self.data.more),
        ]

    # -- sections --------------------------------------------------------------------------------
    def _agenda(self) -> list[Flowable]:
        t = self.t
        rows = [
            [
                str(i.number),
                i.title or t("item_withheld"),  # "": a free title not shared with this audience
                f"{i.duration_minutes} {t('minutes_short')}",
                i.presenter,
            ]
            for i in self.data.agenda
        ]
        total = sum(i.duration_minutes for i in self.data.agenda)
        rows.append(["", t("total"), f"{total} {t('minutes_short')}", ""])
        w = self.width
        return [
            self.h1(t("agenda")),
            self.table(
                ["#", t("item"), t("duration"), t("presenter_heading")],
                rows,
                [10 * mm, w - 75 * mm, 20 * mm, 45 * mm],
            ),
        ]

    def _since_last(self) -> list[Flowable]:
        d, t = self.data, self.t
        (since, until), (prev_since, _) = d.window, d.previous_window
        tz = self.zone()
        out: list[Flowable] = [
            self.h1(t("since_last")),
            self.p(
                t(
                    "window",
                    since=t.date(since.astimezone(tz).date()),
                    until=t.date(until.astimezone(tz).date()),
                    prev_since=t.date(prev_since.astimezone(tz).date()),
                )
            ),
        ]
        if d.withheld_signals:
            out.append(self.empty(t("withheld_signals", n=d.withheld_signals)))
        if not d.counts:
            return [*out, self.empty(t("empty_signals"))]
        n = t.number  # 60,000 / 60.000: a large window's counts are read at a glance
        rows = [
            [r.country, t.word(r.category), n(r.previous), n(r.current), _change(t, r)]
            for r in d.counts
        ]
        prev_total = sum(p for _, p, _ in d.category_totals)
        cur_total = sum(c for _, _, c in d.category_totals)
        total = CountRow("", "", prev_total, cur_total)
        rows.append([t("all_countries"), "", n(prev_total), n(cur_total), _change(t, total)])
        w = self.width
        out.append(
            self.table(
                [t("country"), t("category"), t("previous_period"), t("this_period"), t("change")],
                rows,
                [w - 115 * mm, 35 * mm, 27 * mm, 27 * mm, 26 * mm],
                plain=(1, 2, 3, 4),  # hundreds of rows in a large window: one line each
            )
        )
        out.append(Spacer(1, 4 * mm))
        out.append(
            period_comparison(
                [t.word(c) for c, _, _ in d.category_totals],
                [p for _, p, _ in d.category_totals],
                [c for _, _, c in d.category_totals],
                (t("previous_period"), t("this_period")),
                w,
                title=t("chart_title"),
            )
        )
        out.append(self.h2(t("tiers_involved")))
        if d.tiers:
            out.append(
                self.table(
                    [t("tier"), t("tier_meaning"), t("signals")],
                    [[tier, t(f"tier_{tier}"), t.number(n)] for tier, n in d.tiers],
                    [20 * mm, w - 45 * mm, 25 * mm],
                    plain=(0, 2),
                )
            )
        else:
            out.append(self.empty(t("none")))
        return out

    def _signal_block(self, s: BriefSignal) -> Flowable:
        """Title, one line of facts, HS codes and source, then the summary: compact on the page,
        cheap to lay out (a busy window has thousands of signals), and never split unless it is
        longer than a third of a page."""
        t = self.t
        hs = "; ".join(
            f"{code} ({t('tier')} {tier})" if tier else f"{code} ({t('not_on_chpi')})"
            for code, tier in s.hs
        )
        if s.chr:
            source = t("source_withheld")
        elif s.source_kind is not None:  # external readers: the kind, never who or where
            source = t(f"source_kind.{s.source_kind.value}")
        else:
            source = ", ".join(x for x in (s.source, s.source_url) if x)
        facts = " · ".join(
            [
                f"<b>{t('observed')}</b> {para(t.date(s.observed_on, 'medium'))}",
                f"<b>{t('grade')}</b> {para(s.grade)}",
                f"<b>{para(s.tlp.label)}</b>",  # "TLP:AMBER" names itself
                f"<b>{t('category')}</b> {para(t.word(s.category))}",
            ]
        )
        meta = f'<font size="8.5" color="{META_GREY}">'
        lines = [f'<font name="DejaVuSans-Bold">{para(s.title)}</font>', f"{meta}{facts}</font>"]
        if hs:
            lines.append(f"{meta}<b>{t('hs_codes')}</b> {para(hs)}</font>")
        if source:
            lines.append(f"{meta}<b>{t('source')}</b> {para(source)}</font>")
        return KeptBlock(
            "<br/>".join(lines), para(s.summary) if s.summary else "", self.s["signal"]
        )

    def _signals(self) -> list[Flowable]:
        d, t = self.data, self.t
        heading = self.h1(t("signals_by_country"))
        if not d.signals_by_country:
            return [heading, self.empty(t("empty_signals"))]
        # headings keep with the first signal under them (keepWithNext in their styles)
        out: list[Flowable] = [heading]
        more = {m.country: m for m in d.more}
        if more:  # summarised: say so, and how many each country has beyond those listed
            out.append(summary.summary_note(self, sum(c for _, _, c in d.category_totals)))
        for country, signals in d.signals_by_country:
            extra = more.get(country)
            out.append(self.h2(summary.country_heading(self, country, len(signals), extra)))
            out += [self._signal_block(s) for s in signals]
            if extra is not None:
                out.append(summary.more_line(self, extra))
        return out

    def _actions(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("actions"))]
        if d.actions is None:
            return [*out, self.empty(t("withheld_audience"))]
        if not d.actions:
            return [*out, self.empty(t("empty_actions"))]
        # the meeting's day, or the issue day if earlier (services.meetings.actions)
        on = mt.papers_reference_day(d.meeting.date, self.meta.issued_at.date())
        rows = []
        for a in d.actions:
            due = t.date(a.due_on, "medium") if a.due_on else ""
            if mt.is_overdue(a, on):
                due += f" — {t('overdue')}"
            rows.append([a.text, ", ".join(a.owners), due, t.date(a.meeting_date, "medium")])
        w = self.width
        return [
            *out,
            self.p(t("overdue_rule", date=t.date(on, "medium"))),
            self.table(
                [t("action"), t("owners"), t("due"), t("agreed_on")],
                rows,
                [w - 105 * mm, 40 * mm, 35 * mm, 30 * mm],
            ),
        ]

    def _decisions(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("decisions_previous"))]
        if d.decisions_previous is None:
            return [*out, self.empty(t("withheld_audience"))]
        if d.previous is None:
            return [*out, self.empty(t("empty_no_previous"))]
        if not d.decisions_previous:
            return [*out, self.empty(t("empty_decisions"))]
        return [*out, *[self.p(f"• {x.text}") for x in d.decisions_previous]]

    def _events(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("events_ahead"))]
        if d.events is None:
            return [*out, self.empty(t("withheld_audience"))]
        if not d.events:
            out.append(self.empty(t("empty_events")))
        else:
            rows = [
                [
                    t.date(e.starts_on, "medium"),
                    t.word(e.kind),
                    e.country_name,
                    e.title,
                    t.word(e.status),
                ]
                for e in d.events
            ]
            w = self.width
            out.append(
                self.table(
                    [t("date"), t("kind"), t("country"), t("event"), t("status")],
                    rows,
                    [25 * mm, 30 * mm, 30 * mm, w - 105 * mm, 20 * mm],
                )
            )
        if d.lessons:
            out.append(self.h2(t("lessons")))
            out += [self.p(f"• {e.title}: {e.lessons}") for e in d.lessons]
        return out

    def _trade(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("trade_flows"))]
        if d.trade_flows is None:
            return [*out, self.empty(t("withheld_audience"))]
        if not d.trade_flows:
            return [*out, self.empty(t("empty_trade"))]
        first, last = d.trade_window.baseline
        out.append(
            self.p(
                t(
                    "trade_note",
                    growth=t.number(d.trade_thresholds.growth_pct),
                    value=t.number(d.trade_thresholds.min_value),
                    current=d.trade_flows[0].current_label,
                    baseline=str(first) if first == last else f"{first}–{last}",
                )
            )
        )
        rows = [
            [
                r.country,
                _product(r.product),
                f"{r.reporter} → {r.partner}"
                if r.flow == "export"
                else f"{r.partner} → {r.reporter}",
                _money(t, r.current, r.currency),
                "+" + t.number(round(r.growth_pct)) + " %" if r.growth_pct is not None else "—",
                _money(t, r.excess, r.currency),
            ]
            for r in d.trade_flows
        ]
        w = self.width
        out.append(
            self.table(
                [
                    t("country"),
                    t("trade_product"),
                    t("trade_flow"),
                    t("trade_current"),
                    t("trade_growth"),
                    t("trade_excess"),
                ],
                rows,
                [18 * mm, 22 * mm, w - 140 * mm, 34 * mm, 24 * mm, 34 * mm],
            )
        )
        currency = d.trade_flows[0].currency  # one currency per chart
        shown = [r for r in d.trade_flows if r.currency == currency]
        out.append(Spacer(1, 4 * mm))
        out.append(
            period_comparison(
                [f"{r.country} {_product(r.product)}" for r in shown],
                [round(r.baseline / 1000) for r in shown],
                [round(r.current / 1000) for r in shown],
                (t("trade_baseline"), shown[0].current_label),
                w,
                title=f"{t('trade_chart_title')} ({currency} {t('thousands')})",
            )
        )
        return out

    def _snapshots(self) -> list[Flowable]:
        d, t = self.data, self.t
        out: list[Flowable] = [self.h1(t("snapshots"))]
        if not d.snapshots:
            return [*out, self.empty(t("empty_signals"))]
        for snap in d.snapshots:
            parts = [t("snapshot_signals", n=snap.in_period, total=snap.total)]
            p = snap.profile
            if p is not None and p.has_profile:
                if p.roles:
                    parts.insert(0, f"{t('role')}: {', '.join(t.word(r) for r in p.roles)}.")
                if p.relation_eu:
                    parts.insert(1, f"{t('relation_eu')}: {p.relation_eu}.")
                if p.relation_russia:
                    parts.insert(2, f"{t('relation_russia')}: {p.relation_russia}.")
                if p.risk_level:
                    parts.append(
                        t(
                            "snapshot_risk",
                            level=t.word(p.risk_level),
                            date=t.date(p.risk_assessed_on, "medium"),
                        )
                    )
            elif p is not None:
                parts.append(t("snapshot_none"))
            out.append(self.h3(f"{snap.name} ({snap.code})"))
            out.append(self.p(" ".join(parts)))
        return out

"""The country profile document for the directorates."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk.models.text import labelled
from desk.reports.base import DeskDocument
from desk.reports.charts import stacked_months
from desk.services.briefings import ProfileData


class CountryProfileDocument(DeskDocument[ProfileData]):
    def cover_rows(self) -> list[tuple[str, object]]:
        d, t = self.data, self.t
        p = d.profile
        return [
            (
                t("country"),
                f"{p.name_en} / {p.name_nl} ({p.code})"
                if p.name_nl != p.name_en
                else f"{p.name_en} ({p.code})",
            ),
            (t("directorate"), f"{p.directorate} — {d.region_name}"),
            (t("audience"), t(f"audience.{d.audience.value}")),
            (t("marking"), self.meta.marking),
        ]

    def story(self) -> list[Flowable]:
        return [*self._profile(), *self._figures(), *self._trend(), *self._events()]

    # -- sections --------------------------------------------------------------------------------
    def _profile(self) -> list[Flowable]:
        d, t = self.data, self.t
        p = d.profile
        out: list[Flowable] = [self.h1(t("profile"))]
        if not d.show_profile:
            out.append(self.empty(t("withheld_audience")))
        elif not p.has_profile:
            out.append(self.empty(t("snapshot_none")))
        else:
            out.append(
                self.facts(
                    [
                        (t("relation_eu"), p.relation_eu),
                        (t("relation_russia"), p.relation_russia),
                        (t("role"), ", ".join(t.word(r) for r in p.roles)),
                        (
                            t("preferred_exchange"),
                            t.word(p.preferred_exchange) if p.preferred_exchange else "",
                        ),
                        (t("why"), p.exchange_rationale),
                        (t("posts"), p.posts),
                        (
                            t("risk"),
                            f"{t.word(p.risk_level)} ({t.date(p.risk_assessed_on, 'medium')})"
                            if p.risk_level
                            else "",
                        ),
                        (t("notes"), p.notes),
                    ]
                )
            )
            if p.contacts:
                out.append(self.h2(t("contacts")))
                out += [
                    self.p("• " + labelled(c.name, c.function, c.organisation)) for c in p.contacts
                ]
        return out

    def _figures(self) -> list[Flowable]:
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = [self.h1(t("key_figures"))]
        if d.figures:
            out.append(
                self.table(
                    [t("figure"), t("value"), t("year"), t("source")],
                    [[f.label, f.value, f.year or "", f.source] for f in d.figures],
                    [w - 115 * mm, 35 * mm, 15 * mm, 65 * mm],
                )
            )
        else:
            out.append(self.empty(t("none")))
        return out

    def _trend(self) -> list[Flowable]:
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = [self.h1(t("trend"))]
        counts = ", ".join(f"{t.word(k)} {v}" for k, v in sorted(d.by_category.items()))
        out.append(
            self.p(
                t("profile_signals", total=d.total, recent=d.recent, categories=counts)
                if d.total
                else t("empty_signals")
            )
        )
        if d.withheld_signals:
            out.append(self.empty(t("withheld_signals")))
        months = t.month_labels(list(d.monthly.index))
        series = [(t.word(c), [int(v) for v in d.monthly[c].tolist()]) for c in d.monthly.columns]
        out.append(Spacer(1, 3 * mm))
        out.append(stacked_months(months, series, w, title=t("trend_chart")))
        out.append(self.h2(t("tiers_seen")))
        out.append(self.p(", ".join(d.tiers_seen)) if d.tiers_seen else self.empty(t("none")))
        out.append(self.h2(t("latest_signals")))
        if d.latest:
            rows = [
                [t.date(s.observed_on, "medium"), s.grade, s.tlp.label, s.title] for s in d.latest
            ]
            out.append(
                self.table(
                    [t("observed"), t("grade"), "TLP", t("signals")],
                    rows,
                    [28 * mm, 25 * mm, 31 * mm, w - 84 * mm],
                )
            )
        else:
            out.append(self.empty(t("empty_signals")))
        return out

    def _events(self) -> list[Flowable]:
        d, t, w = self.data, self.t, self.width
        out: list[Flowable] = [self.h1(t("events"))]
        if d.events is None:
            out.append(self.empty(t("withheld_audience")))
        elif not d.events:
            out.append(self.empty(t("none")))
        else:
            rows = [
                [t.date(e.starts_on, "medium"), t.word(e.kind), e.title, t.word(e.status)]
                for e in d.events
            ]
            out.append(
                self.table(
                    [t("date"), t("kind"), t("event"), t("status")],
                    rows,
                    [28 * mm, 38 * mm, w - 91 * mm, 25 * mm],
                )
            )
            lessons = [e for e in d.events if e.lessons]
            if lessons:
                out.append(self.h2(t("lessons")))
                out += [self.p(f"• {e.title}: {e.lessons}") for e in lessons]
        return out

"""How a document says that a window was summarised (``desk.services.briefing_window``): a note
before the listed signals, a line after each country's, and an annex counting the rest."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desk.reports.base import DeskDocument
from desk.services.briefing_window import LISTED_PER_COUNTRY, MoreSignals


def summary_note(doc: DeskDocument[Any], total: int, key: str = "summary_note") -> Flowable:
    t = doc.t
    return doc.p(t(key, n=t.number(total), per=LISTED_PER_COUNTRY))


def country_heading(
    doc: DeskDocument[Any], country: str, listed: int, more: MoreSignals | None
) -> str:
    if more is None:
        return f"{country} ({listed})"
    t = doc.t
    return t("country_listed", country=country, listed=listed, total=t.number(listed + more.more))


def more_line(doc: DeskDocument[Any], more: MoreSignals) -> Flowable:
    """ "and 1,234 more signals of Armenia in this period: …" under the country's listed ones."""
    t = doc.t
    key = "more_signal" if more.more == 1 else "more_signals"
    return doc.empty(t(key, n=t.number(more.more), country=more.country, search=more.search))


def annex(doc: DeskDocument[Any], more: list[MoreSignals]) -> list[Flowable]:
    """The annex: per country, how many signals were listed and how many not, and the search
    that finds them in the trend log."""
    if not more:
        return []
    t, w = doc.t, doc.width
    rows = [[m.country, t.number(m.listed), t.number(m.more), m.search] for m in more]
    total = sum(m.more for m in more)
    rows.append([t("all_countries"), t.number(sum(m.listed for m in more)), t.number(total), ""])
    return [
        doc.h1(t("annex")),
        doc.p(t("annex_note")),
        doc.table(
            [t("country"), t("listed"), t("not_listed"), t("search")],
            rows,
            [w - 105 * mm, 25 * mm, 30 * mm, 50 * mm],
            plain=(1, 2, 3),
        ),
    ]

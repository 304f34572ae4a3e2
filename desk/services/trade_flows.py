"""The trade radar on the store's trade statistics: which flows, for which countries."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.models import TradeFlow
from desk.models.base import table_of
from desk.services.trade_radar import (
    ALL_CHPI,
    COLUMNS,
    EU_MEMBERS,
    RUSSIA_BELARUS,
    Grouping,
    RadarRow,
    Thresholds,
    Window,
    prepare,
    radar,
)
from desk.services.work import Context, reading

if TYPE_CHECKING:  # imported where used: the app's window imports this module at start-up
    import pandas as pd


@dataclass(frozen=True)
class RadarQuery:
    """What the user asks the radar for. ``countries`` empty: every third country."""

    countries: frozenset[str] = frozenset()
    hs6: str | None = None  # one CHPI code (or its first digits)
    window: Window = field(default_factory=Window)
    thresholds: Thresholds = field(default_factory=Thresholds)
    grouping: Grouping = "hs6"
    flagged_only: bool = False
    tier: str | None = None  # one CHPI tier ("1", "3.A"…)


def load_flows(
    ctx: Context,
    countries: Collection[str] = (),
    hs6: str | None = None,
    tier: str | None = None,
) -> pd.DataFrame:
    """The stored flows in which one of ``countries`` is the third country (reporter or
    partner; EU members and Russia/Belarus are never the third country): all when empty; of
    one HS code (or its first digits) and of one CHPI tier when given."""
    import pandas as pd

    t = table_of(TradeFlow)
    columns = [t.c[c] for c in COLUMNS]
    third = set(countries) - EU_MEMBERS - RUSSIA_BELARUS
    if countries and not third:
        return pd.DataFrame([], columns=list(COLUMNS))
    # one query per side, each on its own index (an OR of the two reads the whole table)
    queries = (
        [sa.select(*columns).where(side.in_(sorted(third))) for side in (t.c.partner, t.c.reporter)]
        if third
        else [sa.select(*columns)]
    )
    if hs6:
        queries = [q.where(t.c.hs6.startswith(hs6.replace(".", ""))) for q in queries]
    if tier:
        queries = [q.where(t.c.tier == tier) for q in queries]
    with reading(ctx) as w:
        conn = w.session.connection()
        rows = [tuple(row) for q in queries for row in conn.execute(q)]
    return pd.DataFrame.from_records(rows, columns=list(COLUMNS))


def run_radar(ctx: Context, q: RadarQuery) -> list[RadarRow]:
    """The radar over what the store holds, for the asked countries, ranked."""
    flows = load_flows(ctx, q.countries, q.hs6, q.tier)
    rows = radar(flows, q.window, q.thresholds, grouping=q.grouping)
    return [
        r
        for r in rows
        if (not q.countries or r.country in q.countries) and (r.flagged or not q.flagged_only)
    ]


@dataclass(frozen=True)
class FlowSeries:
    """One radar row's values per period (``YYYY-MM``, or ``YYYY`` for annual data; months
    without trade are 0) and its baseline level: the mean value of a period over the baseline
    years (a month's for monthly data, a year's for annual data)."""

    periods: list[str]
    values: list[float]
    baseline_level: float
    currency: str
    monthly: bool


def _grouping_of(product: str) -> Grouping:
    if product == ALL_CHPI:
        return "all"
    return "hs6" if product.isdigit() else "tier"


def flow_series(ctx: Context, row: RadarRow, window: Window) -> FlowSeries:
    """The series behind ``row``, grouped as the radar groups it (same third country,
    product, flow, reporter side and currency)."""
    grouping = _grouping_of(row.product)
    flows = load_flows(
        ctx,
        [row.country],
        row.product if grouping == "hs6" else None,
        row.product if grouping == "tier" else None,
    )
    frame = prepare(flows, grouping)
    frame = frame[
        (frame["country"] == row.country)
        & (frame["product"] == row.product)
        & (frame["flow"] == row.flow)
        & (frame["reporter_side"] == row.reporter)
        & (frame["currency"] == row.currency)
    ]
    if frame.empty:
        return FlowSeries([], [], 0.0, row.currency, monthly=False)
    first, last = window.baseline
    n_years = last - first + 1
    monthly = bool((frame["month"] > 0).any())
    if monthly:
        frame = frame[frame["month"] > 0]
        index = frame["year"] * 12 + frame["month"] - 1
        sums = frame.assign(m=index).groupby("m")["value"].sum()
        months = range(int(sums.index.min()), int(sums.index.max()) + 1)
        sums = sums.reindex(months, fill_value=0.0)
        periods = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
        per_year = 12
    else:
        sums = frame.groupby("year")["value"].sum()
        years = range(int(sums.index.min()), int(sums.index.max()) + 1)
        sums = sums.reindex(years, fill_value=0.0)
        periods = [str(y) for y in years]
        per_year = 1
    in_baseline = frame["year"].between(first, last)
    level = float(frame.loc[in_baseline, "value"].sum()) / (n_years * per_year)
    return FlowSeries(periods, [float(v) for v in sums], level, row.currency, monthly)

"""Signals per month and category, for trend charts (pandas lays them out)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlmodel import Session

from desk.models.enums import Category
from desk.services.query import SignalFilter
from desk.services.search_pages import plan_for
from desk.services.search_sql import S
from desk.services.signal_counts import aggregate_counts
from desk.services.work import Context, reading

if TYPE_CHECKING:
    import pandas as pd


def _counts(s: Session, flt: SignalFilter) -> list[tuple[str, str, int]]:
    """(month, category, signals) for ``flt``: from the maintained aggregates when the filter
    is made of their dimensions (the table's filter usually is), else counted in SQL: a
    filter of columns through an index holding them all (the chart's months of it); words or
    HS codes from their matches' entries in the index ordered by id (``search_pages.Plan``),
    so a chart costs what the words match, never a read of each matching row nor a scan."""
    counted = aggregate_counts(s, flt, ("month", "category"))
    if counted is not None:
        return [(month, category, n) for (month, category), n in counted.items()]
    month = sa.func.substr(sa.cast(S.c.observed_on, sa.String), 1, 7)
    since = flt.since
    if since is not None and s.get_bind().dialect.name == "postgresql":
        # Many words' matches are read from the full-text index's bitmap: PostgreSQL ANDed it
        # with the date index's for the chart's year (half the log: a lossy bitmap, every
        # match read twice) — 250 ms for "kyrgyz" at a million, 100 without. "+ 0": the
        # date is checked on the rows read instead, no index can take it. (The plan of the
        # filter without the date: the words are decided once.)
        plan = plan_for(s, replace(flt, since=None))
        day = S.c.observed_on + 0 if plan.walk else S.c.observed_on
        where = (*plan.counted, day >= since)
        stmt = plan.reading(
            sa.select(month, S.c.category, sa.func.count())
            .where(*where)
            .group_by(month, S.c.category),
            counting=True,
        )
    else:
        plan = plan_for(s, flt)
        stmt = plan.counting(month, S.c.category, sa.func.count()).group_by(month, S.c.category)
    return [(m, c, n) for m, c, n in s.execute(stmt)]


def monthly_counts(
    ctx: Context, flt: SignalFilter, *, months: int = 12, today: date | None = None
) -> pd.DataFrame:
    """A frame indexed by month (``YYYY-MM``, oldest first, every month present) with one
    column per category (every category present), counting the signals matching ``flt``."""
    import pandas as pd  # imported when first needed: it costs half a second at start-up

    today = today or date.today()
    first = today.replace(day=1) - relativedelta(months=months - 1)
    since = max(flt.since, first) if flt.since else first
    scoped = SignalFilter(**{**flt.__dict__, "since": since})
    # Counted per month (the stored date's first seven characters) and category in SQL; pandas
    # lays the few dozen counts out as a month × category table with every cell present.
    with reading(ctx) as w:
        rows = _counts(w.session, scoped)
    month_index = pd.period_range(first, periods=months, freq="M").strftime("%Y-%m")
    columns = [c.value for c in Category]
    frame = pd.DataFrame(rows, columns=["month", "category", "n"])
    counts = frame.pivot_table(
        index="month", columns="category", values="n", aggfunc="sum", fill_value=0
    )
    return counts.reindex(index=month_index, columns=columns, fill_value=0).astype(int)

"""The trade radar on the store's trade statistics: which flows, for which countries."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import pandas as pd
import sqlalchemy as sa

from desk.models import TradeFlow
from desk.models.base import table_of
from desk.services.trade_radar import (
    COLUMNS,
    EU_MEMBERS,
    RUSSIA_BELARUS,
    Grouping,
    RadarRow,
    Thresholds,
    Window,
    radar,
)
from desk.services.work import Context, reading


@dataclass(frozen=True)
class RadarQuery:
    """What the user asks the radar for. ``countries`` empty: every third country."""

    countries: frozenset[str] = frozenset()
    hs6: str | None = None  # one CHPI code (or its first digits)
    window: Window = field(default_factory=Window)
    thresholds: Thresholds = field(default_factory=Thresholds)
    grouping: Grouping = "hs6"
    flagged_only: bool = False


def load_flows(
    ctx: Context, countries: Collection[str] = (), hs6: str | None = None
) -> pd.DataFrame:
    """The stored flows in which one of ``countries`` is the third country (reporter or
    partner; EU members and Russia/Belarus are never the third country): all when empty."""
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
    with reading(ctx) as w:
        conn = w.session.connection()
        rows = [tuple(row) for q in queries for row in conn.execute(q)]
    return pd.DataFrame.from_records(rows, columns=list(COLUMNS))


def run_radar(ctx: Context, q: RadarQuery) -> list[RadarRow]:
    """The radar over what the store holds, for the asked countries, ranked."""
    rows = radar(load_flows(ctx, q.countries, q.hs6), q.window, q.thresholds, grouping=q.grouping)
    return [
        r
        for r in rows
        if (not q.countries or r.country in q.countries) and (r.flagged or not q.flagged_only)
    ]

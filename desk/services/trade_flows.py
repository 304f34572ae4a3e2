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
    """The stored flows in which one of ``countries`` is reporter or partner (all when empty)."""
    t = table_of(TradeFlow)
    query = sa.select(*(t.c[c] for c in COLUMNS))
    if countries:
        query = query.where(sa.or_(t.c.partner.in_(countries), t.c.reporter.in_(countries)))
    if hs6:
        query = query.where(t.c.hs6.startswith(hs6.replace(".", "")))
    with reading(ctx) as w:
        rows = w.session.execute(query).all()
    return pd.DataFrame(rows, columns=list(COLUMNS))


def run_radar(ctx: Context, q: RadarQuery) -> list[RadarRow]:
    """The radar over what the store holds, for the asked countries, ranked."""
    rows = radar(load_flows(ctx, q.countries, q.hs6), q.window, q.thresholds, grouping=q.grouping)
    return [
        r
        for r in rows
        if (not q.countries or r.country in q.countries) and (r.flagged or not q.flagged_only)
    ]

"""The signals of a window: those logged or updated within [since, until), for a meeting's item 1
and the briefings.

The window is read as two range scans, one on ``ix_signal_logged_at`` and one on
``ix_signal_updated_at``, whose ids are then looked up: the cost follows the window, not the
trend log. (``logged_at … OR updated_at …`` beside the other filters made SQLite scan the whole
table: 4–5 s a window at 1,000,000 signals.)
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from desk.models import Country, Signal
from desk.models.base import table_of
from desk.models.enums import SignalStatus, Tlp
from desk.services.search import ROW_COLUMNS, SignalRow

S = table_of(Signal)
C = table_of(Country)


def changed_within(since: datetime, until: datetime) -> sa.CompoundSelect[tuple[int]]:
    """The ids of the signals logged or updated within [since, until), each once."""
    logged = sa.select(S.c.id).where(S.c.logged_at >= since, S.c.logged_at < until)
    updated = sa.select(S.c.id).where(S.c.updated_at >= since, S.c.updated_at < until)
    return sa.union(logged, updated)


def _changed(s: Session, since: datetime, until: datetime) -> sa.ColumnElement[bool]:
    if s.get_bind().dialect.name == "postgresql":
        # PostgreSQL reads "logged … OR updated …" as one bitmap of both indexes; the union's
        # ids it joined against a scan of the whole table (1.6 s → 0.4 s at a million signals)
        return sa.or_(
            sa.and_(S.c.logged_at >= since, S.c.logged_at < until),
            sa.and_(S.c.updated_at >= since, S.c.updated_at < until),
        )
    return S.c.id.in_(changed_within(since, until))


def window_rows(
    s: Session,
    region: str,
    countries: frozenset[str] | None,
    since: datetime,
    until: datetime,
    *,
    max_tlp: Tlp | None = None,
) -> list[SignalRow]:
    """The trend-log rows of the window's signals of ``region`` (of ``countries`` only, unless
    None), archived ones left out; with ``max_tlp``, only those marked at most that
    restrictively. In no particular order."""
    clauses: list[sa.ColumnElement[bool]] = [
        _changed(s, since, until),
        C.c.directorate_code == region,
        S.c.status != SignalStatus.ARCHIVED.value,
    ]
    if countries is not None:
        clauses.append(S.c.country_code.in_(sorted(countries)))
    if max_tlp is not None:
        clauses.append(S.c.tlp_rank <= max_tlp.rank)
    stmt = (
        sa.select(*ROW_COLUMNS).select_from(S.join(C, C.c.code == S.c.country_code)).where(*clauses)
    )
    return [SignalRow(*r) for r in s.execute(stmt)]

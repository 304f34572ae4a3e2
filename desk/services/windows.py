"""The signals of a window: those logged or updated within [since, until), for a meeting's item 1
and the briefings.

The window is read as two range scans, one on ``ix_signal_logged_at`` and one on
``ix_signal_updated_at``, whose ids are then looked up: the cost follows the window, not the
trend log. (``logged_at … OR updated_at …`` beside the other filters made SQLite scan the whole
table: 4–5 s a window at 1,000,000 signals.)

A window is described as a ``WindowSource`` (its WHERE clauses, plus rows added by hand), so a
large one can be counted and summarised in SQL instead of read row by row
(``briefing_window.summarise``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session

from desk.models import Country, Signal
from desk.models.base import table_of
from desk.models.enums import SignalStatus, Tlp
from desk.services.search import ROW_COLUMNS, SignalRow

S = table_of(Signal)
C = table_of(Country)
JOINED = S.join(C, C.c.code == S.c.country_code)  # what every window statement reads from


@dataclass(frozen=True)
class WindowSource:
    """The signals of a window: the rows of ``JOINED`` matching ``where``, and ``extra`` rows
    (signals put under a meeting's item 1 by hand) that are not among them."""

    where: tuple[sa.ColumnElement[bool], ...]
    extra: list[SignalRow] = field(default_factory=list)

    def rows(self, s: Session) -> list[SignalRow]:
        """Every row, in no particular order."""
        stmt = sa.select(*ROW_COLUMNS).select_from(JOINED).where(*self.where)
        return [SignalRow(*r) for r in s.execute(stmt)] + self.extra


def changed_within(since: datetime, until: datetime) -> sa.CompoundSelect[tuple[int]]:
    """The ids of the signals logged or updated within [since, until), for ``id IN (…)``: a
    signal both logged and updated in the window comes twice (``IN`` does not mind; leaving
    out UNION's removal of duplicates saves a sort of the window's ids on every pass)."""
    logged = sa.select(S.c.id).where(S.c.logged_at >= since, S.c.logged_at < until)
    updated = sa.select(S.c.id).where(S.c.updated_at >= since, S.c.updated_at < until)
    return sa.union_all(logged, updated)


class ChangedWithin(sa.ColumnElement[bool]):
    """``changed_within`` as a condition, written for each database: SQLite reads the union
    of two index ranges; PostgreSQL reads "logged … OR updated …" as one bitmap of both
    indexes (the union's ids it joined against a scan of the whole table: 1.6 s → 0.4 s at a
    million signals)."""

    type = sa.Boolean()
    inherit_cache = False  # holds datetimes outside SQLAlchemy's cache keys
    # a condition, not a boolean column: else SQLite gets "id IN (…) = 1", which no index
    # can answer, and walked every signal of the region's countries (0.4 s at a million)
    _is_implicitly_boolean = True

    def __init__(self, since: datetime, until: datetime) -> None:
        self.since, self.until = since, until


@compiles(ChangedWithin)
def _changed_as_union(element: ChangedWithin, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(S.c.id.in_(changed_within(element.since, element.until)), **kw))


@compiles(ChangedWithin, "postgresql")
def _changed_as_bitmap(element: ChangedWithin, compiler: Any, **kw: Any) -> str:
    since, until = element.since, element.until
    either = sa.or_(
        sa.and_(S.c.logged_at >= since, S.c.logged_at < until),
        sa.and_(S.c.updated_at >= since, S.c.updated_at < until),
    )
    # in parentheses: the statement around this element cannot see that it is an OR
    return str(compiler.process(either.self_group(), **kw))


def window_clauses(
    region: str,
    countries: frozenset[str] | None,
    since: datetime,
    until: datetime,
    *,
    max_tlp: Tlp | None = None,
) -> tuple[sa.ColumnElement[bool], ...]:
    """The WHERE (over ``JOINED``) of the window's signals of ``region`` (of ``countries`` only,
    unless None), archived ones left out; with ``max_tlp``, only those marked at most that
    restrictively."""
    clauses: list[sa.ColumnElement[bool]] = [
        ChangedWithin(since, until),
        C.c.directorate_code == region,
        S.c.status != SignalStatus.ARCHIVED.value,
    ]
    if countries is not None:
        clauses.append(S.c.country_code.in_(sorted(countries)))
    if max_tlp is not None:
        clauses.append(S.c.tlp_rank <= max_tlp.rank)
    return tuple(clauses)


def window_rows(
    s: Session,
    region: str,
    countries: frozenset[str] | None,
    since: datetime,
    until: datetime,
    *,
    max_tlp: Tlp | None = None,
) -> list[SignalRow]:
    """The trend-log rows of the window's signals (``window_clauses``). In no particular order."""
    where = window_clauses(region, countries, since, until, max_tlp=max_tlp)
    return WindowSource(where).rows(s)

"""Counts of signals from the maintained aggregates (``desk.store.aggregates``), never a scan.

A filter made only of place (region, country), category, status, TLP and whole months is
answered from ``signal_count``; ``aggregate_counts`` returns None for any other filter and the
caller counts in ``signal``. On a team database the RED signals a user may see are counted in
``signal`` (few; under the same row-level security as the log) and added.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models.enums import SignalStatus, Tlp
from desk.services.query import SignalFilter
from desk.services.search_sql import C, S, where_clauses
from desk.store import aggregates, team_counts

T = aggregates.signal_count
DIMENSIONS = aggregates.KEY  # what ``by`` may name
_EVERY = aggregates.ALL


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def expressible(flt: SignalFilter) -> bool:
    """Whether ``flt`` can be answered from the aggregates: only their dimensions, and dates
    that are whole months."""
    if flt.text.strip() or flt.hs_prefixes or flt.tiers or flt.grades or flt.tags:
        return False
    if flt.chr is not None or flt.changed_since or flt.changed_before or flt.ids is not None:
        return False
    if flt.since is not None and flt.since.day != 1:
        return False
    last_day = calendar.monthrange(flt.until.year, flt.until.month)[1] if flt.until else 0
    return flt.until is None or flt.until.day == last_day


def _tlps(flt: SignalFilter) -> set[str] | None:
    if not flt.tlps and flt.max_tlp is None:
        return None
    wanted = set(flt.tlps) if flt.tlps else {t.value for t in Tlp}
    if flt.max_tlp is not None:
        wanted &= {t.value for t in Tlp if t.rank <= flt.max_tlp.rank}
    return wanted


def _scope(flt: SignalFilter, t: sa.TableClause = T) -> list[sa.ColumnElement[bool]]:
    """``flt`` as conditions on ``signal_count`` rows (or the same columns of ``t``)."""
    clauses: list[sa.ColumnElement[bool]] = []
    if flt.regions:
        region_codes = sa.select(C.c.code).where(C.c.directorate_code.in_(sorted(flt.regions)))
        clauses.append(t.c.country_code.in_(region_codes))
    if flt.countries:
        clauses.append(t.c.country_code.in_(sorted(flt.countries)))
    if flt.categories:
        clauses.append(t.c.category.in_(sorted(flt.categories)))
    if flt.statuses:
        clauses.append(t.c.status.in_(sorted(flt.statuses)))
    else:
        clauses.append(t.c.status != SignalStatus.ARCHIVED.value)
    tlps = _tlps(flt)
    if tlps is not None:
        clauses.append(t.c.tlp.in_(sorted(tlps)))
    if flt.since:
        clauses.append(t.c.month >= _month(flt.since))
    if flt.until:
        clauses.append(t.c.month <= _month(flt.until))
    return clauses


def _rollups_visible(s: Session) -> bool:
    """Whether this user reads the every-country rows (on a team database a post does not:
    they would count other regions)."""
    # None found (nothing counted yet, or hidden): the per-country rows are right either way.
    return (
        s.execute(sa.select(T.c.n).where(T.c.country_code == _EVERY).limit(1)).first() is not None
    )


def aggregate_counts(
    s: Session, flt: SignalFilter, by: Sequence[str] = ()
) -> dict[tuple[Any, ...], int] | None:
    """Signals matching ``flt`` per combination of the dimensions ``by`` (the empty tuple:
    the total), or None when ``flt`` is not expressible in the aggregates."""
    if not expressible(flt):
        return None
    conn = s.connection()
    per_month = "month" in by or flt.since is not None or flt.until is not None
    per_country = "country_code" in by or bool(flt.regions) or bool(flt.countries)
    if not per_country and not _rollups_visible(s):
        per_country = True
    if not per_month and not per_country:
        per_month = True  # the every-country rows per month: the fewest
    grain = (per_country, per_month)
    apart = aggregates.counted_apart(conn)
    parts = [_summed(T, flt, by, grain, [T.c.tlp.not_in(sorted(apart))] if apart else [])]
    wanted = _tlps(flt)
    if apart and (wanted is None or wanted & apart):
        owned = team_counts.table_of_owners(conn)
        if owned is not None:  # a team database: one's own RED counts are maintained
            parts.append(_summed(owned, flt, by, grain, []))
        parts.append(_counted_live(flt, by, apart, others_only=owned is not None))
    counts = _added(s, parts, by)
    return {k: n for k, n in counts.items() if n}


def _added(
    s: Session, parts: list[sa.Select[Any]], by: Sequence[str]
) -> dict[tuple[Any, ...], int]:
    """The counts of ``parts`` (each: the ``by`` columns and ``n``) added up, in one statement
    (a briefing asks for a count per country: one round trip each, not three)."""
    stmt: sa.Select[Any] = parts[0]
    if len(parts) > 1:
        both = sa.union_all(*parts).subquery()
        columns = [both.c[d] for d in by]
        added: sa.Select[Any] = sa.select(*columns, sa.func.sum(both.c.n))
        stmt = added.group_by(*columns) if columns else added
    return {tuple(row[:-1]): int(row[-1]) for row in s.execute(stmt) if row[-1] is not None}


def _summed(
    t: sa.TableClause,
    flt: SignalFilter,
    by: Sequence[str],
    grain: tuple[bool, bool],
    more: list[sa.ColumnElement[bool]],
) -> sa.Select[Any]:
    """The counts of ``t`` (``signal_count`` or its per-owner RED twin) at the grain of
    (per country, per month), per ``by``."""
    per_country, per_month = grain
    clauses = [
        t.c.country_code != _EVERY if per_country else t.c.country_code == _EVERY,
        t.c.month != _EVERY if per_month else t.c.month == _EVERY,
        *_scope(flt, t),
        *more,
    ]
    columns = [t.c[d].label(d) for d in by]
    stmt = sa.select(*columns, sa.func.sum(t.c.n).label("n")).where(*clauses)
    return stmt.group_by(*columns) if columns else stmt


def _counted_live(
    flt: SignalFilter, by: Sequence[str], tlps: frozenset[str], *, others_only: bool
) -> sa.Select[Any]:
    """The signals of ``tlps`` (RED on a team database) this user sees, counted in ``signal``;
    ``others_only``: those of other owners (that name this user: the policy says which)."""
    month = sa.func.substr(sa.cast(S.c.observed_on, sa.String), 1, 7)
    of = {"month": month, **{d: S.c[d] for d in DIMENSIONS if d != "month"}}
    columns = [of[d].label(d) for d in by]
    more = []
    if others_only:  # through ix_signal_named: the RED signals that name anyone
        more = [sa.literal_column("signal.owner_role") != sa.func.current_user()]
        more.append(S.c.named_recipients != "")
    stmt = sa.select(*columns, sa.func.count().label("n")).where(
        *where_clauses(flt), S.c.tlp.in_(sorted(tlps)), *more
    )
    return stmt.group_by(*columns) if columns else stmt

"""One page of the trend log's ids: after a given row (keyset), or at an offset.

Keyset: the page after row ``after`` continues from that row's sort key through an index, so
the last page of a million rows costs what the first does; an offset walks every row before
it. Sorts on a column with a handful of values (grade, status, category, TLP, tier) read one
group after another, each in date order through an index: the first page reads the first
groups only; an offset skips whole groups by their counts (from the maintained aggregates
when the filter allows, else one grouped count).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models.enums import Tlp
from desk.services.query import SignalFilter
from desk.services.search_sql import (
    GROUPED_SORTS,
    SORTS,
    C,
    H,
    S,
    Sort,
    code_terms,
    order_by,
    where_clauses,
)
from desk.services.signal_counts import aggregate_counts
from desk.store import search_index
from desk.store.ordering import ordered_join

# The grouped sorts the aggregates can count: their dimension, and how a value reads there.
_AGGREGATED: dict[str, tuple[str, Any]] = {
    "status": ("status", lambda v: (v,)),
    "category": ("category", lambda v: (v,)),
    "tlp": ("tlp", lambda v: (Tlp(v).rank,)),
}


def id_query(
    flt: SignalFilter, sort: Sort, *, walk: bool = False, sort_matches: bool = False
) -> sa.Select[Any]:
    """The ids of every match in ``sort`` order; the country table joins only for a sort by
    country or region (a join lets the planner start from the countries, and at a million
    signals that was the slow plan). ``walk``: see ``where_clauses``; ``sort_matches``: the
    matches are few, SQLite reads them and sorts (rather than walk a sorted index for them)."""
    source: sa.FromClause = S
    if sort.key == "country":
        # countries in name order, each one's signals by date: already sorted, no sort step
        source = ordered_join(C, S, S.c.country_code == C.c.code)
    elif sort.key == "region":
        source = S.join(C, C.c.code == S.c.country_code)
    where = where_clauses(flt, walk=walk)
    order = order_by(sort, unindexed_first=sort_matches)
    return sa.select(S.c.id).select_from(source).where(*where).order_by(*order)


def beyond(
    columns: Sequence[sa.ColumnElement[Any]], values: Sequence[Any], descending: bool
) -> sa.ColumnElement[bool]:
    """Rows after ``values`` in the order of ``columns`` (all one direction, the last unique):
    ``c1 <= v1 AND (c1 < v1 OR (c2 <= v2 AND (…)))`` when descending — the leading bound is an
    index range, the rest is decided from the index entry."""
    column, value = columns[0], values[0]
    strictly: sa.ColumnElement[bool] = column < value if descending else column > value
    if len(columns) == 1:
        return strictly
    at_most = column <= value if descending else column >= value
    return sa.and_(at_most, sa.or_(strictly, beyond(columns[1:], values[1:], descending)))


def _key_of(s: Session, columns: Sequence[sa.ColumnElement[Any]], signal_id: int) -> Any:
    source = S.join(C, C.c.code == S.c.country_code)
    return s.execute(sa.select(*columns).select_from(source).where(S.c.id == signal_id)).first()


def page_ids(
    s: Session, flt: SignalFilter, sort: Sort, offset: int, limit: int, *, after: int | None = None
) -> list[int]:
    """The ids of one page of matches in ``sort`` order: the ``limit`` rows after the row of
    signal ``after`` when given (and still there), else from ``offset``."""
    if sort.key in GROUPED_SORTS:
        return _grouped_ids(s, flt, sort, offset, limit, after)
    stmt = id_query(
        flt,
        sort,
        walk=sort.key == "observed_on" and (_many_by_code(s, flt) or many_words_match(s, flt)),
        sort_matches=few_words_match(s, flt),
    )
    if after is not None:
        columns = [*SORTS[sort.key], S.c.id]
        key = _key_of(s, columns, after)
        if key is not None:
            stmt, offset = stmt.where(beyond(columns, tuple(key), sort.descending)), 0
    return [r[0] for r in s.execute(stmt.offset(offset).limit(limit))]


# A tier or HS filter's signals, beyond which walking the date index is cheaper than reading
# each of them and sorting (SQLite's planner chose the latter: 2 s for "region:DAO tier:1").
WALK_BEYOND = 5_000


def few_words_match(s: Session, flt: SignalFilter) -> bool:
    """Whether the words of ``flt`` match few signals (one of the first keystrokes, "k", may
    match none: walking the date index for them read all of it, 0.3 s at a million)."""
    if not flt.text.strip():
        return False
    return search_index.text_matches(s.connection(), flt.text, WALK_BEYOND + 1) <= WALK_BEYOND


def many_words_match(s: Session, flt: SignalFilter) -> bool:
    """Whether the words of ``flt`` match many signals ("kyr" a sixteenth of the log: reading
    each of them took 0.6 s at a million; walking the date index finds a page in a few ms)."""
    return bool(flt.text.strip()) and not few_words_match(s, flt)


def _many_by_code(s: Session, flt: SignalFilter) -> bool:
    """Whether the HS code and tier filters of ``flt`` name many signals (a capped count of
    their index entries, read from the HS code table's own indexes)."""
    if not (flt.tiers or flt.hs_prefixes) or flt.text.strip():
        return False
    for terms in code_terms(flt):
        found = sa.select(H.c.signal_id).where(terms).limit(WALK_BEYOND + 1).subquery()
        if s.execute(sa.select(sa.func.count()).select_from(found)).scalar_one() <= WALK_BEYOND:
            return False
    return True


def _group_counts(s: Session, flt: SignalFilter, sort: Sort) -> dict[tuple[Any, ...], int]:
    columns, _values = GROUPED_SORTS[sort.key]
    if sort.key in _AGGREGATED:
        dimension, as_value = _AGGREGATED[sort.key]
        counted = aggregate_counts(s, flt, (dimension,))
        if counted is not None:
            return {as_value(k[0]): n for k, n in counted.items()}
    stmt = sa.select(*columns, sa.func.count()).where(*where_clauses(flt)).group_by(*columns)
    return {tuple(row[:-1]): row[-1] for row in s.execute(stmt)}


def _grouped_ids(  # Long: the keyset start, the count skip and the group walk belong together
    s: Session, flt: SignalFilter, sort: Sort, offset: int, limit: int, after: int | None
) -> list[int]:
    columns, values = GROUPED_SORTS[sort.key]
    groups = list(reversed(values)) if sort.descending else list(values)
    within = [S.c.observed_on, S.c.id]
    inner = [c.desc() if sort.descending else c.asc() for c in within]
    clauses = where_clauses(flt)
    start, resume = 0, None
    if after is not None:
        key = _key_of(s, [*columns, *within], after)
        if key is not None and tuple(key[: len(columns)]) in groups:
            start = groups.index(tuple(key[: len(columns)]))
            resume = beyond(within, tuple(key[len(columns) :]), sort.descending)
            offset = 0
    # Without an offset the first groups fill the page (an empty group costs one index seek).
    # A text search would be evaluated once per group: count first, and skip the empty ones.
    counts = _group_counts(s, flt, sort) if offset or flt.text.strip() else None
    ids: list[int] = []
    skip, need = offset, limit
    for n, value in enumerate(groups[start:]):
        if counts is not None:
            found = counts.get(value, 0)
            if skip >= found:
                skip -= found
                continue
        where = [*clauses, *(c == v for c, v in zip(columns, value, strict=True))]
        if n == 0 and resume is not None:
            where.append(resume)
        stmt = sa.select(S.c.id).where(*where).order_by(*inner).offset(skip).limit(need)
        got = [r[0] for r in s.execute(stmt)]
        ids.extend(got)
        need -= len(got)
        skip = 0
        if need <= 0:
            break
    return ids

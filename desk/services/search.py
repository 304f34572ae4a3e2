"""Searching the trend log in SQL: filters, full-text words, sorts and paging.

The query language (``parse_query`` → ``SignalFilter``) lives in ``desk.services.query``; the
SQL pieces in ``search_sql``, paging in ``search_pages``; ``search_signals`` /
``count_signals`` run a filter. SQL decides filter and order and returns one page, so a view of
a million signals never loads them all. Counts come from the maintained aggregates when the
filter allows (``signal_counts``); otherwise a count can be capped, so typing never waits
for a count of half the log.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from desk.services.query import NO_SIGNALS as NO_SIGNALS
from desk.services.query import GradeBound as GradeBound
from desk.services.query import ParsedQuery as ParsedQuery
from desk.services.query import SignalFilter as SignalFilter
from desk.services.query import parse_query as parse_query
from desk.services.query import with_text as with_text
from desk.services.search_pages import counted, id_query, plan_for, walk_counts
from desk.services.search_pages import page_ids as page_ids
from desk.services.search_sql import BEST_GRADED as BEST_GRADED
from desk.services.search_sql import DEFAULT_SORT as DEFAULT_SORT
from desk.services.search_sql import ROW_COLUMNS as ROW_COLUMNS
from desk.services.search_sql import SORTS as SORTS
from desk.services.search_sql import C, S
from desk.services.search_sql import SignalRow as SignalRow
from desk.services.search_sql import Sort as Sort
from desk.services.search_sql import build_search as build_search
from desk.services.search_sql import where_clauses as where_clauses
from desk.services.signal_counts import aggregate_counts
from desk.services.work import Context, reading

# A count beyond this is shown as "1,000+" first and refined in the background: the capped
# count reads this many matches in the index ordered by id (at a million signals, 10,000 of
# them were a third of a cold keystroke).
COUNT_CAP = 1_000


def rows_for_ids(s: Session, ids: list[int]) -> list[SignalRow]:
    """The trend-log rows of ``ids``, in that order."""
    if not ids:
        return []
    stmt = (
        sa.select(*ROW_COLUMNS)
        .select_from(S.join(C, C.c.code == S.c.country_code))
        .where(S.c.id.in_(ids))
    )
    by_id = {r[0]: SignalRow(*r) for r in s.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def search_signals(
    ctx: Context,
    flt: SignalFilter,
    sort: Sort = DEFAULT_SORT,
    *,
    offset: int = 0,
    limit: int = 200,
    after: int | None = None,
) -> list[SignalRow]:
    """One page of matching signals, in ``sort`` order: the ``limit`` rows after the row of
    signal ``after`` (keyset: as fast at the end of the log as at its start) when given and
    still there, else from ``offset``."""
    if sort.key not in SORTS:
        raise ValueError(f"cannot sort by {sort.key}")
    with reading(ctx) as w:
        return rows_for_ids(w.session, page_ids(w.session, flt, sort, offset, limit, after=after))


def reversed_sort(sort: Sort) -> Sort:
    """The same order backwards (every sort ends with the id, so it is exactly reversed)."""
    return Sort(sort.key, not sort.descending)


def search_backwards(
    ctx: Context,
    flt: SignalFilter,
    sort: Sort = DEFAULT_SORT,
    *,
    from_end: int = 0,
    limit: int = 200,
    before: int | None = None,
) -> list[SignalRow]:
    """The ``limit`` rows before the row of signal ``before`` when given (and still there),
    else before the last ``from_end`` rows — in ``sort`` order. The last page of a million
    rows is the first page of the reversed order."""
    rows = search_signals(ctx, flt, reversed_sort(sort), offset=from_end, limit=limit, after=before)
    return rows[::-1]


def count_signals(ctx: Context, flt: SignalFilter, *, cap: int | None = None) -> int:
    """How many signals match; with ``cap``, counting stops beyond it (``cap + 1`` then
    means "more than ``cap``") unless the aggregates answer exactly."""
    with reading(ctx) as w:
        return count_in_session(w.session, flt, cap=cap)


def count_in_session(s: Session, flt: SignalFilter, *, cap: int | None = None) -> int:
    return _count(s, flt, cap)[0]


def _count(s: Session, flt: SignalFilter, cap: int | None) -> tuple[int, bool]:
    """How many match, and whether that is all of them (False: more than ``cap``; then
    ``cap + 1`` is returned)."""
    counted = aggregate_counts(s, flt)
    if counted is not None:
        return counted.get((), 0), True
    # few words' or codes' matches: read from them; many: walk an index up to the cap
    # (checking them there) rather than read each match
    plan = plan_for(s, flt)
    matches = plan.counting(S.c.id)
    if cap is not None:
        matches = matches.limit(cap + 1)
    n = int(s.execute(sa.select(sa.func.count()).select_from(matches.subquery())).scalar_one())
    return n, cap is None or n <= cap


def ids_at(ctx: Context, flt: SignalFilter, sort: Sort, ranges: list[tuple[int, int]]) -> list[int]:
    """Signal ids at the given (first row, last row) ranges of a result, in order — for
    acting on a selection whose pages were never loaded."""
    found: list[int] = []
    with reading(ctx) as w:
        for first, last in ranges:
            found.extend(page_ids(w.session, flt, sort, first, last - first + 1))
    return found


def matching_ids(
    ctx: Context, flt: SignalFilter, sort: Sort = DEFAULT_SORT, limit: int | None = None
) -> list[int]:
    """Ids of every match in order (for 'select all' and bulk actions)."""
    with reading(ctx) as w:
        stmt = id_query(flt, sort, plan_for(w.session, flt))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [r[0] for r in w.session.execute(stmt)]


def position_of(
    ctx: Context, flt: SignalFilter, sort: Sort, signal_id: int, *, within: int
) -> int | None:
    """Where ``signal_id`` stands in the result of ``flt`` in ``sort`` order (0 is the first
    row), or None when it does not match or stands beyond the first ``within`` rows — so a
    view can keep the signal it showed selected after its rows were read again."""
    with reading(ctx) as w:
        only = flt.merged(SignalFilter(ids=frozenset({signal_id})))
        if count_in_session(w.session, only) == 0:
            return None
        ids = page_ids(w.session, flt, sort, 0, within)
    return ids.index(signal_id) if signal_id in ids else None


@dataclass(frozen=True)
class ResultStart:
    """What a paged view reads first: how many match, the first page and, when the signal it
    keeps in sight matches further down, that signal's page too (and its position)."""

    count: int
    pages: dict[int, list[SignalRow]]  # page number: rows
    position: int | None  # of the kept signal; None: it does not match (or none was kept)
    exact: bool = True  # False: more than ``count`` match (a capped count; ask count_signals)


def first_pages(
    ctx: Context,
    flt: SignalFilter,
    sort: Sort,
    *,
    page_size: int,
    keep: int | None = None,
    within: int,
    cap: int | None = None,
) -> ResultStart:
    """The count (with ``cap``: up to it, ``exact`` False beyond), the first page and the page
    of ``keep`` (if it matches within the first ``within`` rows), from one snapshot."""
    if sort.key not in SORTS:
        raise ValueError(f"cannot sort by {sort.key}")
    with reading(ctx) as w:
        plan = plan_for(w.session, flt)
        if plan.few:  # the few matches once, in order: the count, the first page and keep's
            ids = [r[0] for r in w.session.execute(id_query(flt, sort, plan))]
            pages = {0: rows_for_ids(w.session, ids[:page_size])}
            position = ids.index(keep) if keep in ids[:within] else None
            if position is not None and position >= page_size:
                start = position - position % page_size
                pages[start // page_size] = rows_for_ids(w.session, ids[start : start + page_size])
            return ResultStart(len(ids), pages, position, True)
        groups = walk_counts(w.session, flt, sort)
        if groups is not None:  # counted per group for the page: the count is their sum
            count, exact = sum(groups.values()), True
        else:
            count, exact = _count(w.session, flt, cap)
        if exact:
            counted(w.session, flt, count)
        ids = page_ids(w.session, flt, sort, 0, page_size, counts=groups)
        first = rows_for_ids(w.session, ids)
        count = count if exact else cap or 0
        pages = {0: first}
        position = next((n for n, r in enumerate(first) if r.id == keep), None)
        if keep is None or position is not None or count <= page_size:
            return ResultStart(count, pages, position, exact)
        position = position_of(w, flt, sort, keep, within=within)
        if position is not None and position < count:
            page = position // page_size
            pages[page] = search_signals(w, flt, sort, offset=page * page_size, limit=page_size)
        return ResultStart(count, pages, position, exact)

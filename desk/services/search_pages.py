"""One page of the trend log's ids: after a given row (keyset), or at an offset.

Keyset: the page after row ``after`` continues from that row's sort key through an index, so
the last page of a million rows costs what the first does; an offset walks every row before
it, so a large one first skips whole months by the maintained counts (``month_jump``) when
the filter allows. Sorts on a column with a handful of values (grade, status, category, TLP,
tier) read one group after another, each in date order through an index: the first page
reads the first groups only; an offset skips whole groups by their counts (by country too, from
the maintained counts, when the filter allows).

Words and HS codes are lists of ids (``Plan``): few, they are read and sorted from the index
ordered by id; many, an index is walked in the order asked for and they are checked there.
``python -m bench.query_matrix`` times every combination at scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlmodel import Session

from desk.models.enums import Tlp
from desk.services import search_few, search_pg
from desk.services.query import SignalFilter
from desk.services.search_few import ROW_INDEX
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
from desk.store.ordering import indexed_by, ordered_join, unindexed

# The grouped sorts the aggregates can count: their dimension, and how a value reads there.
_AGGREGATED: dict[str, tuple[str, Any]] = {
    "status": ("status", lambda v: (v,)),
    "category": ("category", lambda v: (v,)),
    "tlp": ("tlp", lambda v: (Tlp(v).rank,)),
    "country": ("country_code", lambda v: (v,)),
}


# The signals of words or HS codes beyond which walking an index in the order asked for is
# cheaper than reading each of them and sorting (a row read costs ~17 µs at a million signals;
# SQLite's planner read 70,000 for "region:DAO tier:1", 2 s).
WALK_BEYOND = 5_000


@dataclass(frozen=True)
class Plan:
    """How SQLite should find a filter's matches (decided once per filter and unit of work).

    ``few``: the words, HS codes or ids match few signals: read them (``where`` starts from
    them, through ``ROW_INDEX``) and sort. ``walk``: they match many: walk an index in the
    order asked for and check them there (index-only: they are sets of ids), never starting
    from them — a page then reads a few thousand index entries. Neither: only columns are
    filtered, which every index the log walks holds; the planner chooses. ``counted``: what
    a count or chart reads (the matches through ``ROW_INDEX`` when there is a list of ids:
    a count stops at its cap, a chart reads the matches' index entries, not their rows)."""

    few: bool
    walk: bool
    where: tuple[sa.ColumnElement[bool], ...]
    counted: tuple[sa.ColumnElement[bool], ...]
    by_row_index: bool = False
    # The words' or codes' matches (a select of ids in id order), and the other conditions;
    # an HS code's list names a signal once per code it has
    source: sa.Select[Any] | None = None
    rest: tuple[sa.ColumnElement[bool], ...] = ()
    source_repeats: bool = False
    streams: bool = False  # SQLite: ``source`` can drive a join (see ``counting``)
    index: str = ROW_INDEX  # what ``by_row_index`` reads (few: maybe a tier's range)

    def reading(
        self, stmt: sa.Select[Any], *, counting: bool = False, walking: str | None = None
    ) -> sa.Select[Any]:
        """``stmt`` (reading ``signal``) through ``ROW_INDEX`` where this plan reads ids, or
        a walk through the index ``walking`` (in the order asked for: SQLite took a range
        of the grade index and sorted it, 0.2 s, for a page a date walk finds in 40,000
        index entries)."""
        if self.by_row_index and (counting or self.few):
            return indexed_by(stmt, S, self.index)
        if self.walk and walking is not None:
            return indexed_by(stmt, S, walking)
        return stmt

    def counting(self, *columns: sa.ColumnElement[Any]) -> sa.Select[Any]:
        """``columns`` of every match, for a count or chart. Many words' or codes' matches are
        read as their own index gives them, each checked in ``ROW_INDEX`` as it comes
        (SQLite; a capped count stops at its cap): ``id IN (…)`` first listed every match —
        50,000 for "kyrgyz" at a million signals, two thirds of a first keystroke's time."""
        if self.source is None or self.few or not self.streams:
            return self.reading(sa.select(*columns).where(*self.counted), counting=True)
        found = (self.source.distinct() if self.source_repeats else self.source).subquery()
        joined = ordered_join(found, S, S.c.id == next(iter(found.c)))
        stmt = sa.select(*columns).select_from(joined).where(*self.rest)
        return indexed_by(stmt, S, ROW_INDEX)


# The index a walk in each order reads (grouped sorts: within a group, by date).
WALK_INDEXES = {
    "observed_on": "ix_signal_observed",
    "grade": "ix_signal_grade",
    "status": "ix_signal_observed",
    "tier": "ix_signal_tier",
    "category": "ix_signal_observed",
    "tlp": "ix_signal_observed",
    "country": "ix_signal_country",
}


def plan_for(s: Session, flt: SignalFilter) -> Plan:
    cache: dict[SignalFilter, Plan] = s.info.setdefault("desk_search_plans", {})
    if flt not in cache:
        cache[flt] = _plan(s, flt)
    return cache[flt]


def counted(s: Session, flt: SignalFilter, count: int) -> None:
    """``flt``'s matches were counted: when few, read them and sort, rather than walk an
    index that may hold none of them."""
    plan = plan_for(s, flt)
    if plan.walk and count <= WALK_BEYOND:
        s.info["desk_search_plans"][flt] = replace(plan, few=True, walk=False, where=plan.counted)


def _plan(s: Session, flt: SignalFilter) -> Plan:
    if flt.ids is not None:  # a handful (a selection, a kept row): they drive
        ids = tuple(where_clauses(flt, walk=True))
        return Plan(True, False, ids, ids, True)
    candidates = candidate_ids(s, flt)
    if candidates is None:
        plain = tuple(where_clauses(flt))
        return Plan(False, False, plain, plain)
    matches, repeats = candidates
    streams = s.get_bind().dialect.name == "sqlite"
    rest = tuple(where_clauses(flt, walk=True, id_sets=False))
    if s.get_bind().dialect.name == "postgresql":
        return _pg_plan(s, flt, matches, rest, repeats)
    found = search_few.read_ids(s, matches, WALK_BEYOND)
    if found is not None:  # read once, listed (``search_few``)
        in_range = search_few.tier_range(flt, len(found))
        few = (search_few.listed(S.c.id, found), *rest, *in_range)
        index = search_few.TIER_INDEX if in_range else ROW_INDEX
        return Plan(True, False, few, few, True, matches, rest, repeats, streams, index)
    rows = (S.c.id.in_(matches), *rest)
    walked = tuple(where_clauses(flt, walk=True))
    return Plan(False, True, walked, rows, True, matches, rest, repeats, streams)


def _pg_plan(
    s: Session,
    flt: SignalFilter,
    matches: sa.Select[Any],
    rest: tuple[sa.ColumnElement[bool], ...],
    repeats: bool,
) -> Plan:
    """PostgreSQL (``search_pg``): the conditions on the row itself; few matches read once,
    by id; many words decided by the planner's estimate, without reading one."""
    walked = tuple(where_clauses(flt, walk=True))
    # the tiers' bound where all matches are read (a count), not in a page's walk: the
    # planner took it for independent of the codes' list, and sorted where it had walked
    counted = (*walked, *search_pg.tier_bound(flt))
    if flt.regions and not repeats:
        # a region's countries beside the words: the planner joined them and scanned the words'
        # index once per country (56 for DAO: 1.1 s at 1M); as a list of ids it reads them once
        counted = (S.c.id.in_(matches), *rest, *search_pg.tier_bound(flt))
    many = Plan(False, True, walked, counted, False, matches, rest, repeats)
    if not repeats:  # the words' matches (and their codes'): a select from ``signal``
        matches = search_pg.word_matches(flt)
        if not code_terms(flt) and search_pg.many_words(
            s, flt.text, search_pg.SURELY_MANY * WALK_BEYOND
        ):
            return many
    ids = search_pg.read_ids(s, matches, WALK_BEYOND)
    if ids is None:
        return many
    few = (search_pg.among(S.c.id, ids), *rest)
    return Plan(True, False, few, few, False, matches, rest, repeats)


def candidate_ids(s: Session, flt: SignalFilter) -> tuple[sa.Select[Any], bool] | None:
    """The signals of ``flt``'s words and HS code/tier terms (all of them), as one select
    read from their own indexes, and whether it may name a signal more than once (an HS code
    list: once per code); None when ``flt`` has neither."""
    terms = [sa.select(H.c.signal_id).where(t) for t in code_terms(flt)]
    if flt.text.strip():
        dialect = s.get_bind().dialect.name
        found = search_index.text_match_ids(dialect, flt.text, terms)
        if found is not None:
            return found, False
    if not terms:
        return None
    first, *rest = terms
    return first.where(*(unindexed(H.c.signal_id).in_(t) for t in rest)), True


def id_query(flt: SignalFilter, sort: Sort, plan: Plan) -> sa.Select[Any]:
    """The ids of every match in ``sort`` order; the country table joins only for a sort by
    country or region (a join lets the planner start from the countries, and at a million
    signals that was the slow plan)."""
    source: sa.FromClause = S
    if sort.key == "country" and not plan.few:
        # countries in name order, each one's signals by date: already sorted, no sort step
        source = ordered_join(C, S, S.c.country_code == C.c.code)
    elif sort.key in ("country", "region"):
        source = S.join(C, C.c.code == S.c.country_code)
    order = order_by(sort, unindexed_first=plan.few)
    stmt = sa.select(S.c.id).select_from(source).where(*plan.where).order_by(*order)
    return plan.reading(
        stmt, walking=WALK_INDEXES.get(sort.key) if sort.key == "observed_on" else None
    )


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


def _by_groups(plan: Plan, sort: Sort) -> bool:
    # By country over many words' matches: one country after another, those without a match
    # skipped by their counts ("kyrgyz" walked every country before Kyrgyzstan: 0.4 s).
    return (sort.key in GROUPED_SORTS and not plan.few) or (sort.key == "country" and plan.walk)


def walk_counts(s: Session, flt: SignalFilter, sort: Sort) -> dict[tuple[Any, ...], int] | None:
    """The matches per group of ``sort`` when its pages need them (words or HS codes matching
    many, by a grouped sort or country), else None: their sum is the exact count, so a first
    page counts the matches once (a capped count read them a second time: 40 ms at 1M)."""
    plan = plan_for(s, flt)
    if plan.walk and _by_groups(plan, sort):
        return _group_counts(s, flt, plan, sort)
    return None


def page_ids(
    s: Session,
    flt: SignalFilter,
    sort: Sort,
    offset: int,
    limit: int,
    *,
    after: int | None = None,
    counts: dict[tuple[Any, ...], int] | None = None,
) -> list[int]:
    """The ids of one page of matches in ``sort`` order: the ``limit`` rows after the row of
    signal ``after`` when given (and still there), else from ``offset``; ``counts``: what
    ``walk_counts`` gave in this unit of work."""
    plan = plan_for(s, flt)
    if _by_groups(plan, sort):
        return _grouped_ids(s, flt, plan, sort, offset, limit, after, counts)
    if sort.key == "country" and not plan.few and offset > JUMP_BEYOND and after is None:
        # deep by country: whole countries skipped by their maintained counts (the ordered
        # join walked every row before the page: 0.3 s for the middle of a million)
        per_country = _aggregated_counts(s, flt, sort)
        if per_country is not None:
            return _grouped_ids(s, flt, plan, sort, offset, limit, None, per_country)
    stmt = id_query(flt, sort, plan)
    if after is not None:
        columns = [*SORTS[sort.key], S.c.id]
        key = _key_of(s, columns, after)
        if key is not None:
            stmt, offset = stmt.where(beyond(columns, tuple(key), sort.descending)), 0
    if sort.key == "observed_on" and offset > JUMP_BEYOND:
        start, offset = month_jump(s, flt, offset, sort.descending)
        stmt = stmt.where(*start)
    return [r[0] for r in s.execute(stmt.offset(offset).limit(limit))]


# An offset beyond this first skips whole months by their maintained counts: an offset walks
# every index entry before it (0.8 s for the middle of a million signals), a month is ~30,000.
JUMP_BEYOND = 2_000


def month_jump(
    s: Session, flt: SignalFilter, skip: int, descending: bool
) -> tuple[list[sa.ColumnElement[bool]], int]:
    """Where the row ``skip`` rows into ``flt``'s matches in date order stands: a condition
    for the matches from the start of its month on, and how many of those come before it
    (none, and ``skip`` itself, when the aggregates cannot count ``flt``)."""
    months = aggregate_counts(s, flt, ("month",))
    if months is None:
        return [], skip
    for (month,) in sorted(months, reverse=descending):
        found = months[(month,)]
        if skip < found:
            first = date(int(month[:4]), int(month[5:7]), 1)
            if descending:
                return [S.c.observed_on < first + relativedelta(months=1)], skip
            return [S.c.observed_on >= first], skip
        skip -= found
    return [sa.false()], skip  # beyond the last match


# Matches (after the filter) up to which a page deep into a group (beyond ``JUMP_BEYOND``) reads
# the group's matches through ``ROW_INDEX`` and sorts them: that reads every match once (~1 µs
# each at a million signals), where a walk reads every index entry before the page.
SORT_AT_MOST = 100_000


def _sorts_deep(skip: int, counts: dict[tuple[Any, ...], int]) -> bool:
    return skip > JUMP_BEYOND and sum(counts.values()) <= SORT_AT_MOST


# Sorts whose groups are not the first column of the index walked (the date index): a walk
# for a group's page reads entries of every group until it has the page.
_INTERLEAVED = frozenset({"category", "tlp"})
# An index entry read and checked on a walk costs about a fifth of reading one match through
# ``ROW_INDEX`` (both at a million signals).
_ENTRY_SHARE = 5


def _sparse_group(
    s: Session,
    flt: SignalFilter,
    sort: Sort,
    found: int,
    need: int,
    counts: dict[tuple[Any, ...], int],
) -> bool:
    """Reading every match (and sorting the group's) costs less than walking to ``need`` of
    the group's ``found``: a small category or TLP group (in "region:DAO tier:1 grade:<=C3"
    by category, the first group's walk read the whole date index: 150 ms at 1M). A walk
    within dates reads only theirs."""
    if sort.key not in _INTERLEAVED or flt.since is not None or flt.until is not None:
        return False
    size = int(s.execute(sa.select(sa.func.coalesce(sa.func.max(S.c.id), 0))).scalar_one())
    walked = size if found <= need else size * need // found
    return sum(counts.values()) * _ENTRY_SHARE < walked


# A group of a grouped sort as a filter (the groups the aggregates count).
_GROUP_FILTERS: dict[str, Any] = {
    "status": lambda v: SignalFilter(statuses=frozenset({v[0]})),
    "category": lambda v: SignalFilter(categories=frozenset({v[0]})),
    "tlp": lambda v: SignalFilter(tlps=frozenset(t.value for t in Tlp if t.rank == v[0])),
}


def _groups(
    s: Session, sort: Sort
) -> tuple[tuple[sa.ColumnElement[Any], ...], list[tuple[Any, ...]]]:
    """A grouped sort's columns and their values in ascending order; by country (when words
    or HS codes match many): the countries in name order."""
    if sort.key == "country":
        codes = s.execute(sa.select(C.c.code).order_by(C.c.name_en, C.c.code)).scalars()
        return (S.c.country_code,), [(code,) for code in codes]
    return GROUPED_SORTS[sort.key]


def _aggregated_counts(
    s: Session, flt: SignalFilter, sort: Sort
) -> dict[tuple[Any, ...], int] | None:
    """The matches per group of ``sort`` from the aggregates; None when they cannot say."""
    if sort.key not in _AGGREGATED:
        return None
    dimension, as_value = _AGGREGATED[sort.key]
    counted = aggregate_counts(s, flt, (dimension,))
    if counted is None:
        return None
    return {as_value(k[0]): n for k, n in counted.items()}


def _group_counts(
    s: Session, flt: SignalFilter, plan: Plan, sort: Sort
) -> dict[tuple[Any, ...], int]:
    columns, _values = _groups(s, sort)
    counted = _aggregated_counts(s, flt, sort)
    if counted is not None:
        return counted
    stmt = plan.counting(*columns, sa.func.count()).group_by(*columns)
    return {tuple(row[:-1]): row[-1] for row in s.execute(stmt)}


def _grouped_ids(  # Long: the keyset start, the count skip and the group walk belong together
    s: Session,
    flt: SignalFilter,
    plan: Plan,
    sort: Sort,
    offset: int,
    limit: int,
    after: int | None,
    counts: dict[tuple[Any, ...], int] | None = None,
) -> list[int]:
    columns, values = _groups(s, sort)
    groups = list(reversed(values)) if sort.descending else list(values)
    within = [S.c.observed_on, S.c.id]
    inner = [c.desc() if sort.descending else c.asc() for c in within]
    clauses = list(plan.where)
    start, resume = 0, None
    if after is not None:
        key = _key_of(s, [*columns, *within], after)
        if key is not None and tuple(key[: len(columns)]) in groups:
            start = groups.index(tuple(key[: len(columns)]))
            resume = beyond(within, tuple(key[len(columns) :]), sort.descending)
            offset = 0
    # Without an offset the first groups fill the page (an empty group costs one index seek).
    # Words or HS codes matching many are checked in each group's index walk, which reads a
    # whole group that holds none ("tier:1" sorted by tier: 0.6 s): count them per group
    # first, from their entries in the index ordered by id.
    if counts is None and (offset or plan.walk):
        counts = _group_counts(s, flt, plan, sort)
    ids: list[int] = []
    skip, need = offset, limit
    for n, value in enumerate(groups[start:]):
        if counts is not None:
            found = counts.get(value, 0)
            if skip >= found:
                skip -= found
                continue
        in_group = [c == v for c, v in zip(columns, value, strict=True)]
        resuming = [resume] if n == 0 and resume is not None else []
        if (
            plan.walk
            and counts is not None
            and (_sorts_deep(skip, counts) or _sparse_group(s, flt, sort, found, need, counts))
        ):
            # deep into a group, or a small one: its matches read from the index ordered by
            # id and sorted (an index walk checked every entry before them: 155 ms at offset
            # 5,000 for "kyr grade:<=C3" by category at 1M)
            stmt = sa.select(S.c.id).where(*plan.counted, *in_group, *resuming)
            stmt = stmt.order_by(*(unindexed(c) for c in inner[:1]), *inner[1:])
            stmt = indexed_by(stmt.offset(skip).limit(need), S, ROW_INDEX)
        else:
            where = [*clauses, *in_group, *resuming]
            if skip > JUMP_BEYOND and sort.key in _GROUP_FILTERS:
                group = flt.merged(_GROUP_FILTERS[sort.key](value))
                start_at, skip = month_jump(s, group, skip, sort.descending)
                where.extend(start_at)
            stmt = sa.select(S.c.id).where(*where).order_by(*inner).offset(skip).limit(need)
            stmt = plan.reading(stmt, walking=WALK_INDEXES[sort.key])
        got = [r[0] for r in s.execute(stmt)]
        ids.extend(got)
        need -= len(got)
        skip = 0
        if need <= 0:
            break
    return ids

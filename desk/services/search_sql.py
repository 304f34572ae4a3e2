"""The trend log's SQL pieces: its tables, filters as WHERE clauses, sort orders, and rows.

``desk.services.search`` (pages and counts) and ``desk.services.search_pages`` (paging) build
their statements from these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from desk.models import Country, Signal, SignalHsCode
from desk.models.base import table_of
from desk.models.enums import RELIABILITY, TIERS, Category, SignalStatus, Tlp
from desk.models.signals import NO_TIER_RANK
from desk.services.query import GradeBound, SignalFilter
from desk.store.ordering import ordered_join, unindexed
from desk.store.search_index import signal_text_match

# -- SQL --------------------------------------------------------------------------------------
S = table_of(Signal)
C = table_of(Country)
H = table_of(SignalHsCode)

STATUS_ORDER = sa.case({s.value: n for n, s in enumerate(SignalStatus)}, value=S.c.status)
CATEGORY_ORDER = sa.case({c.value: n for n, c in enumerate(Category)}, value=S.c.category)
# Each sort ends with the observation date and id, all in one direction, so that where an index
# exists (date, grade) SQLite walks it instead of sorting.
SORTS: dict[str, list[sa.ColumnElement[Any]]] = {
    "observed_on": [S.c.observed_on],
    "country": [C.c.name_en, S.c.observed_on],
    "title": [S.c.title_key, S.c.observed_on],
    "category": [CATEGORY_ORDER, S.c.observed_on],
    "grade": [S.c.reliability, S.c.credibility, S.c.observed_on],
    "tlp": [S.c.tlp_rank, S.c.observed_on],
    "status": [STATUS_ORDER, S.c.observed_on],
    "tier": [S.c.tier_rank, S.c.observed_on],
    "updated_at": [S.c.updated_at],
    "region": [C.c.directorate_code, S.c.observed_on],
}


@dataclass(frozen=True)
class Sort:
    key: str = "observed_on"
    descending: bool = True


DEFAULT_SORT = Sort()
BEST_GRADED = Sort("grade", descending=False)


def _grade_clause(g: GradeBound) -> sa.ColumnElement[bool]:
    rel_index = RELIABILITY.index(g.reliability)
    better_rels = list(RELIABILITY[: rel_index + 1])
    worse_rels = list(RELIABILITY[rel_index:])
    if g.op == "=":
        clause = S.c.reliability == g.reliability
        return (
            clause if g.credibility is None else sa.and_(clause, S.c.credibility == g.credibility)
        )
    if g.op == "<=":
        clause = S.c.reliability.in_(better_rels)
        return (
            clause if g.credibility is None else sa.and_(clause, S.c.credibility <= g.credibility)
        )
    clause = S.c.reliability.in_(worse_rels)
    return clause if g.credibility is None else sa.and_(clause, S.c.credibility >= g.credibility)


def where_clauses(
    flt: SignalFilter,
    *,
    walk: bool = False,
    id_sets: bool = True,
) -> list[sa.ColumnElement[bool]]:
    """``flt`` as conditions on ``signal``; ``walk``: SQLite must not start from the signals
    of the words, country or HS code filters but walk an index in the order asked for;
    ``id_sets`` False leaves the words and HS codes out (the caller reads their matches)."""
    clauses: list[sa.ColumnElement[bool]] = []
    by_id = unindexed(S.c.id) if walk else S.c.id
    by_country = unindexed(S.c.country_code) if walk else S.c.country_code
    if flt.text.strip() and id_sets:
        match = signal_text_match(by_id, flt.text)
        if match is not None:
            clauses.append(match)
    if flt.regions:
        # the region's countries, not a join: a query without one walks a signal index alone
        clauses.append(
            by_country.in_(sa.select(C.c.code).where(C.c.directorate_code.in_(sorted(flt.regions))))
        )
    if flt.countries:
        clauses.append(by_country.in_(sorted(flt.countries)))
    if flt.categories:
        clauses.append(S.c.category.in_(sorted(flt.categories)))
    if flt.statuses:
        clauses.append(S.c.status.in_(sorted(flt.statuses)))
    else:
        clauses.append(S.c.status != SignalStatus.ARCHIVED.value)
    if flt.tlps:  # by rank: the date index holds it
        clauses.append(S.c.tlp_rank.in_(sorted(Tlp(t).rank for t in flt.tlps)))
    if flt.max_tlp is not None:
        clauses.append(S.c.tlp_rank <= flt.max_tlp.rank)
    # HS codes and tiers: the matching signal ids are computed once (an EXISTS per signal
    # took seconds on 100k signals), with prefixes as index ranges.
    if id_sets:
        clauses.extend(by_id.in_(sa.select(H.c.signal_id).where(t)) for t in code_terms(flt))
    clauses.extend(_grade_clause(g) for g in flt.grades)
    if flt.since:
        clauses.append(S.c.observed_on >= flt.since)
    if flt.until:
        clauses.append(S.c.observed_on <= flt.until)
    for tag in sorted(flt.tags):
        escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(
            sa.or_(
                S.c.tags == tag,
                S.c.tags.like(f"{escaped};%", escape="\\"),
                S.c.tags.like(f"%;{escaped}", escape="\\"),
                S.c.tags.like(f"%;{escaped};%", escape="\\"),
            )
        )
    if flt.chr is not None:
        clauses.append(S.c.chr == flt.chr)
    if flt.changed_since is not None or flt.changed_before is not None:
        clauses.append(_changed_within(flt.changed_since, flt.changed_before))
    if flt.ids is not None:
        clauses.append(S.c.id.in_(sorted(flt.ids)))
    return clauses


def code_terms(flt: SignalFilter) -> list[sa.ColumnElement[bool]]:
    """``flt``'s HS code prefixes and tiers as conditions on ``signal_hs_code`` rows (a
    signal matches each through one of its codes)."""
    terms: list[sa.ColumnElement[bool]] = []
    for prefix in sorted(flt.hs_prefixes):
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        terms.append(sa.and_(H.c.code >= prefix, H.c.code < upper))
    if flt.tiers:
        names = [tier_names(t) for t in sorted(flt.tiers)]
        terms.append(sa.or_(*(H.c.tier == n[0] if len(n) == 1 else H.c.tier.in_(n) for n in names)))
    return terms


def tier_names(tier: str) -> list[str]:
    """The CHPI tiers a filter's tier means ("3" is any 3.x)."""
    return [tier] if "." in tier or tier in ("1", "2") else [f"{tier}.A", f"{tier}.B"]


def _changed_within(since: datetime | None, before: datetime | None) -> sa.ColumnElement[bool]:
    """Logged or updated within [since, before): the window of a meeting."""

    def within(column: sa.Column[Any]) -> sa.ColumnElement[bool]:
        terms = []
        if since is not None:
            terms.append(column >= since)
        if before is not None:
            terms.append(column < before)
        return sa.and_(*terms)

    return sa.or_(within(S.c.logged_at), within(S.c.updated_at))


def needs_country_join(sort: Sort | None) -> bool:
    """Only sorting by a country's name or region needs the country table (filters by region
    name the region's countries)."""
    return sort is not None and sort.key in ("country", "region")


@dataclass(frozen=True)
class SignalRow:
    """One line of the trend log."""

    id: int
    observed_on: date
    country_code: str
    country_name: str
    region: str
    title: str
    category: str
    reliability: str
    credibility: int
    tlp: str
    status: str
    chpi_tier: str | None
    chr: bool

    @property
    def grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


ROW_COLUMNS = (
    S.c.id,
    S.c.observed_on,
    S.c.country_code,
    C.c.name_en,
    C.c.directorate_code,
    S.c.title,
    S.c.category,
    S.c.reliability,
    S.c.credibility,
    S.c.tlp,
    S.c.status,
    S.c.chpi_tier,
    S.c.chr,
)


def order_by(sort: Sort, *, unindexed_first: bool = False) -> list[sa.ColumnElement[Any]]:
    """The ORDER BY of ``sort``; ``unindexed_first``: SQLite may not walk an index for it."""
    columns = list(SORTS[sort.key])
    if unindexed_first:
        columns[0] = unindexed(columns[0])
    order: list[sa.ColumnElement[Any]] = [c.desc() if sort.descending else c.asc() for c in columns]
    order.append(S.c.id.desc() if sort.descending else S.c.id.asc())
    return order


def build_search(flt: SignalFilter, sort: Sort = DEFAULT_SORT) -> sa.Select[Any]:
    """Every matching signal's row, in ``sort`` order (one plain SQL query)."""
    if sort.key not in SORTS:
        raise ValueError(f"cannot sort by {sort.key}")
    source: sa.FromClause
    if sort.key == "country":
        # Walk countries in name order, each one's signals by date: already sorted, no sort step.
        source = ordered_join(C, S, S.c.country_code == C.c.code)
    else:
        source = S.join(C, C.c.code == S.c.country_code)
    return (
        sa.select(*ROW_COLUMNS)
        .select_from(source)
        .where(*where_clauses(flt))
        .order_by(*order_by(sort))
    )


# Sorts on a column with a handful of values: count each value's matches, then read only the
# groups the page falls in, each in date order through the date index. Sorting every match of
# 100k signals by such a column cost ~100 ms; this costs a grouped count and a short walk.
# Each sort: its columns, and their value combinations in ascending order.
GROUPED_SORTS: dict[str, tuple[tuple[sa.ColumnElement[Any], ...], list[tuple[Any, ...]]]] = {
    "grade": (
        (S.c.reliability, S.c.credibility),  # A1, A2 … F6 (index ix_signal_grade)
        [(r, c) for r in RELIABILITY for c in range(1, 7)],
    ),
    "status": ((S.c.status,), [(s.value,) for s in SignalStatus]),
    "category": ((S.c.category,), [(c.value,) for c in Category]),
    "tlp": ((S.c.tlp_rank,), [(t.rank,) for t in Tlp]),
    "tier": ((S.c.tier_rank,), [(n,) for n in (*range(len(TIERS)), NO_TIER_RANK)]),
}

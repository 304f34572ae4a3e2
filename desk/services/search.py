"""Searching the trend log: field filters in the query string, full-text words, SQL paging.

``parse_query`` turns ``"chips country:TH grade:<=B2 since:2026-10-01"`` into a ``SignalFilter``;
``search_signals`` / ``count_signals`` run it. SQL decides filter and order and returns one page,
so a view of 100,000 signals never loads them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from desk.models import Country, Signal, SignalHsCode
from desk.models.base import table_of
from desk.models.enums import RELIABILITY, TIERS, Category, SignalStatus, Tlp
from desk.models.signals import NO_TIER_RANK
from desk.services.reference import ReferenceIndex
from desk.services.validation import Invalid, parse_category, parse_date, parse_tlp
from desk.services.work import Context, reading
from desk.store.fts import signal_text_match
from desk.store.ordering import ordered_join

FIELDS = (
    "country",
    "region",
    "hs",
    "tier",
    "tlp",
    "grade",
    "status",
    "since",
    "until",
    "category",
    "tag",
    "chr",
)
FIELD_ALIASES = {"cat": "category", "from": "since", "to": "until", "c": "country", "r": "region"}
_FILTER_TOKEN = re.compile(r'(?<!\S)([A-Za-z]+):("[^"]*"|\S*)')
_GRADE = re.compile(r"^(<=|>=|<|>|=)?([A-Fa-f])([1-6])?$")


@dataclass(frozen=True)
class GradeBound:
    """``grade:<=B2``: reliability at most B and credibility at most 2 (A and 1 are best)."""

    op: str  # "<=", ">=", "="
    reliability: str
    credibility: int | None

    def __str__(self) -> str:
        return f"{self.op}{self.reliability}{self.credibility or ''}"


@dataclass(frozen=True)
class SignalFilter:
    text: str = ""  # free words for full-text search (field filters already taken out)
    regions: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()  # empty: everything but archived
    tlps: frozenset[str] = frozenset()
    max_tlp: Tlp | None = None
    hs_prefixes: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()  # "1", "3" (any 3.x), "3.A"
    grades: tuple[GradeBound, ...] = ()
    since: date | None = None
    until: date | None = None
    tags: frozenset[str] = frozenset()
    chr: bool | None = None
    # logged or updated within [changed_since, changed_before): a meeting's window
    changed_since: datetime | None = None
    changed_before: datetime | None = None
    ids: frozenset[int] | None = None

    def merged(self, other: SignalFilter) -> SignalFilter:
        """Both filters at once (sets are intersected where both restrict)."""

        def both(a: frozenset[Any], b: frozenset[Any]) -> frozenset[Any]:
            return a & b if a and b else a or b

        return SignalFilter(
            text=" ".join(t for t in (self.text, other.text) if t),
            regions=both(self.regions, other.regions),
            countries=both(self.countries, other.countries),
            categories=both(self.categories, other.categories),
            statuses=both(self.statuses, other.statuses),
            tlps=both(self.tlps, other.tlps),
            max_tlp=min(
                (t for t in (self.max_tlp, other.max_tlp) if t is not None),
                key=lambda t: t.rank,
                default=None,
            ),
            hs_prefixes=self.hs_prefixes | other.hs_prefixes,
            tiers=self.tiers | other.tiers,
            grades=self.grades + other.grades,
            since=max((d for d in (self.since, other.since) if d), default=None),
            until=min((d for d in (self.until, other.until) if d), default=None),
            tags=self.tags | other.tags,
            chr=self.chr if self.chr is not None else other.chr,
            changed_since=max(
                (d for d in (self.changed_since, other.changed_since) if d), default=None
            ),
            changed_before=min(
                (d for d in (self.changed_before, other.changed_before) if d), default=None
            ),
            ids=self.ids
            if other.ids is None
            else (other.ids if self.ids is None else self.ids & other.ids),
        )


@dataclass(frozen=True)
class ParsedQuery:
    filter: SignalFilter
    errors: list[str] = field(default_factory=list)


def _values(raw: str) -> list[str]:
    raw = raw.strip('"')
    return [v.strip() for v in raw.split(",") if v.strip()]


def parse_grade(text: str) -> GradeBound:
    m = _GRADE.match(text.strip())
    if not m:
        raise Invalid(f"“{text}” is not a grade: write e.g. B2, <=B2 or >=C")
    op = m.group(1) or "="
    op = {"<": "<=", ">": ">="}.get(op, op)
    cred = int(m.group(3)) if m.group(3) else None
    return GradeBound(op, m.group(2).upper(), cred)


def parse_query(text: str, reference: ReferenceIndex | None = None) -> ParsedQuery:
    """Take ``field:value`` filters out of ``text``; what remains is full-text words.

    Unknown fields and bad values become messages in ``errors`` (the filter is then ignored),
    never exceptions: this runs on every keystroke.
    """
    errors: list[str] = []
    parts: dict[str, set[str]] = {}
    grades: list[GradeBound] = []
    since = until = None
    max_tlp: Tlp | None = None
    chr_flag: bool | None = None

    def add(key: str, value: str) -> None:
        parts.setdefault(key, set()).add(value)

    for m in _FILTER_TOKEN.finditer(text):
        name = m.group(1).lower()
        name = FIELD_ALIASES.get(name, name)
        if name not in FIELDS:
            if name in ("http", "https"):
                continue  # a pasted web address, not a filter
            errors.append(f"unknown filter “{m.group(1)}:”; filters are {', '.join(FIELDS)}")
            continue
        values = _values(m.group(2))
        if not values:
            errors.append(f"“{name}:” needs a value")
            continue
        for value in values:
            try:
                if name == "country":
                    code = reference.country_code(value) if reference else value.upper()
                    if code is None or (reference and code not in reference.countries):
                        raise Invalid(f"unknown country “{value}”")
                    add("countries", code)
                elif name == "region":
                    code = value.upper()
                    if reference and code not in reference.directorates:
                        raise Invalid(
                            f"unknown region “{value}”; regions are {', '.join(sorted(reference.directorates))}"
                        )
                    add("regions", code)
                elif name == "hs":
                    digits = value.replace(".", "")
                    if not digits.isdigit() or not 2 <= len(digits) <= 10:
                        raise Invalid(f"“{value}” is not an HS code or chapter")
                    add("hs_prefixes", digits)
                elif name == "tier":
                    tier = value.upper()
                    if tier not in TIERS and tier not in {t.split(".")[0] for t in TIERS}:
                        raise Invalid(f"unknown CHPI tier “{value}”; tiers are {', '.join(TIERS)}")
                    add("tiers", tier)
                elif name == "tlp":
                    if value.startswith("<="):
                        max_tlp = parse_tlp(value[2:])
                    else:
                        add("tlps", parse_tlp(value).value)
                elif name == "grade":
                    grades.append(parse_grade(value))
                elif name == "status":
                    try:
                        add("statuses", SignalStatus(value.lower()).value)
                    except ValueError:
                        raise Invalid(
                            f"unknown status “{value}”; statuses are {', '.join(s.value for s in SignalStatus)}"
                        ) from None
                elif name == "category":
                    add("categories", parse_category(value).value)
                elif name == "since":
                    since = parse_date(value, future_ok=True)
                elif name == "until":
                    until = parse_date(value, future_ok=True)
                elif name == "tag":
                    add("tags", value)
                elif name == "chr":
                    chr_flag = value.lower() in ("yes", "true", "1", "ja", "y")
            except Invalid as exc:
                errors.append(f"{name}: {exc}")
    words = _FILTER_TOKEN.sub(" ", text)
    flt = SignalFilter(
        text=" ".join(words.split()) + (" " if text.endswith(" ") else ""),
        regions=frozenset(parts.get("regions", ())),
        countries=frozenset(parts.get("countries", ())),
        categories=frozenset(parts.get("categories", ())),
        statuses=frozenset(parts.get("statuses", ())),
        tlps=frozenset(parts.get("tlps", ())),
        max_tlp=max_tlp,
        hs_prefixes=frozenset(parts.get("hs_prefixes", ())),
        tiers=frozenset(parts.get("tiers", ())),
        grades=tuple(grades),
        since=since,
        until=until,
        tags=frozenset(parts.get("tags", ())),
        chr=chr_flag,
    )
    return ParsedQuery(flt, errors)


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


def where_clauses(flt: SignalFilter) -> list[sa.ColumnElement[bool]]:
    clauses: list[sa.ColumnElement[bool]] = []
    if flt.text.strip():
        match = signal_text_match(S.c.id, flt.text)
        if match is not None:
            clauses.append(match)
    if flt.regions:
        clauses.append(C.c.directorate_code.in_(sorted(flt.regions)))
    if flt.countries:
        clauses.append(S.c.country_code.in_(sorted(flt.countries)))
    if flt.categories:
        clauses.append(S.c.category.in_(sorted(flt.categories)))
    if flt.statuses:
        clauses.append(S.c.status.in_(sorted(flt.statuses)))
    else:
        clauses.append(S.c.status != SignalStatus.ARCHIVED.value)
    if flt.tlps:
        clauses.append(S.c.tlp.in_(sorted(flt.tlps)))
    if flt.max_tlp is not None:
        clauses.append(S.c.tlp_rank <= flt.max_tlp.rank)
    # HS codes and tiers: the matching signal ids are computed once (an EXISTS per signal
    # took seconds on 100k signals), with prefixes as index ranges.
    for prefix in sorted(flt.hs_prefixes):
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        clauses.append(
            S.c.id.in_(sa.select(H.c.signal_id).where(H.c.code >= prefix, H.c.code < upper))
        )
    if flt.tiers:
        tier_terms = [
            H.c.tier == t if "." in t or t in ("1", "2") else H.c.tier.in_([f"{t}.A", f"{t}.B"])
            for t in sorted(flt.tiers)
        ]
        clauses.append(S.c.id.in_(sa.select(H.c.signal_id).where(sa.or_(*tier_terms))))
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


def _needs_country_join(flt: SignalFilter, sort: Sort | None) -> bool:
    return bool(flt.regions) or (sort is not None and sort.key in ("country", "region"))


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


def _order(sort: Sort) -> list[sa.ColumnElement[Any]]:
    order: list[sa.ColumnElement[Any]] = [
        c.desc() if sort.descending else c.asc() for c in SORTS[sort.key]
    ]
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
        .order_by(*_order(sort))
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


def _grouped_ids(s: Session, flt: SignalFilter, sort: Sort, offset: int, limit: int) -> list[int]:
    columns, values = GROUPED_SORTS[sort.key]
    source = S.join(C, C.c.code == S.c.country_code) if _needs_country_join(flt, None) else S
    clauses = where_clauses(flt)
    counts = {
        tuple(row[:-1]): row[-1]
        for row in s.execute(
            sa.select(*columns, sa.func.count())
            .select_from(source)
            .where(*clauses)
            .group_by(*columns)
        )
    }
    inner = (
        [S.c.observed_on.desc(), S.c.id.desc()]
        if sort.descending
        else [S.c.observed_on.asc(), S.c.id.asc()]
    )
    ids: list[int] = []
    skip, need = offset, limit
    for value in reversed(values) if sort.descending else values:
        n = counts.get(value, 0)
        if skip >= n:
            skip -= n
            continue
        stmt = (
            sa.select(S.c.id)
            .select_from(source)
            .where(*clauses, *(c == v for c, v in zip(columns, value, strict=True)))
            .order_by(*inner)
        )
        got = [r[0] for r in s.execute(stmt.offset(skip).limit(need))]
        ids.extend(got)
        need -= len(got)
        skip = 0
        if need <= 0:
            break
    return ids


def page_ids(s: Session, flt: SignalFilter, sort: Sort, offset: int, limit: int) -> list[int]:
    """The ids of one page of matches, in ``sort`` order."""
    if sort.key in GROUPED_SORTS:
        return _grouped_ids(s, flt, sort, offset, limit)
    stmt = build_search(flt, sort).with_only_columns(S.c.id).offset(offset).limit(limit)
    return [r[0] for r in s.execute(stmt)]


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
    ctx: Context, flt: SignalFilter, sort: Sort = DEFAULT_SORT, *, offset: int = 0, limit: int = 200
) -> list[SignalRow]:
    """One page of matching signals, in ``sort`` order."""
    if sort.key not in SORTS:
        raise ValueError(f"cannot sort by {sort.key}")
    with reading(ctx) as w:
        return rows_for_ids(w.session, page_ids(w.session, flt, sort, offset, limit))


def count_signals(ctx: Context, flt: SignalFilter) -> int:
    with reading(ctx) as w:
        return count_in_session(w.session, flt)


def count_in_session(s: Session, flt: SignalFilter) -> int:
    source = S.join(C, C.c.code == S.c.country_code) if _needs_country_join(flt, None) else S
    stmt = sa.select(sa.func.count()).select_from(source).where(*where_clauses(flt))
    return int(s.execute(stmt).scalar_one())


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
    stmt = build_search(flt, sort).with_only_columns(S.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with reading(ctx) as w:
        return [r[0] for r in w.session.execute(stmt)]


def with_text(flt: SignalFilter, text: str, reference: ReferenceIndex | None = None) -> ParsedQuery:
    """``flt`` combined with what the user typed (field filters and words)."""
    parsed = parse_query(text, reference)
    return ParsedQuery(flt.merged(parsed.filter), parsed.errors)

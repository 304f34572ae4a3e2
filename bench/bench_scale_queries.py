"""Issue #19: the trend log's queries, counts and charts at 100,000 and 1,000,000 signals.

``BENCH_SCALE_SIZES=100000,1000000`` (the default) chooses the store sizes; each row prints the
largest size's figure, its raw-SQL floor measured in the same run, and the other sizes beside
it. Min of 3 runs (the machine is shared). The floors: hand-written SQL for the same answer on
the same store, through the indexes and aggregates migration 0012 adds — what the service
layer costs on top of SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bench.common import Result, min_of
from bench.fixtures import open_big_store
from desk.services.reference import load_reference, signal_counts_by_region
from desk.services.search import (
    COUNT_CAP,
    Sort,
    count_signals,
    first_pages,
    parse_query,
    search_backwards,
    search_signals,
)
from desk.services.trends import monthly_counts

PAGE = 200
SINCE = (date.today() - timedelta(days=90)).isoformat()
FIRST_MONTH = (date.today().replace(day=1) - timedelta(days=335)).strftime("%Y-%m")
NOT_ARCHIVED = "s.status != 'archived'"
K = "s.id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH '\"k\"')"
KYR = "s.id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH '\"kyr\"*')"
DAO = "s.country_code IN (SELECT code FROM country WHERE directorate_code = 'DAO')"
KYRGYZ = "'\"kyrgyz\"*'"
# the words' matches that are also tier 1, from the two indexes alone (no signal row)
KYRGYZ_TIER1 = (
    f"s.id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH {KYRGYZ} AND +rowid IN "
    "(SELECT signal_id FROM signal_hs_code WHERE tier = '1'))"
)
OSC_KYRGYZ = 's.id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH \'"oscilloscopes" AND "kyrgyz"*\')'
TIER1 = "+s.id IN (SELECT signal_id FROM signal_hs_code WHERE tier = '1')"


ROW = (
    "s.id, s.observed_on, s.country_code, c.name_en, c.directorate_code, s.title, s.category, "
    "s.reliability, s.credibility, s.tlp, s.status, s.chpi_tier, s.chr"
)


def _page(where: str, order: str = "s.observed_on DESC, s.id DESC") -> str:
    """The ids of a page in the best plan known, then their rows (what Desk returns)."""
    return (
        f"WITH page AS MATERIALIZED (SELECT s.id FROM signal s WHERE {where} AND {NOT_ARCHIVED} "
        f"ORDER BY {order} LIMIT {PAGE}) SELECT {ROW} FROM page p JOIN signal s ON s.id = p.id "
        "JOIN country c ON c.code = s.country_code"
    )


def _few(where: str, order: str = "+s.observed_on DESC, s.id DESC") -> str:
    """Every one of a few matches in order, with their rows (a first page and its count)."""
    return (
        f"WITH m AS MATERIALIZED (SELECT s.id FROM signal s INDEXED BY ix_signal_row "
        f"WHERE {where} AND {NOT_ARCHIVED} "
        f"ORDER BY {order}) SELECT count(*) FROM m UNION ALL SELECT s.id FROM signal s "
        f"JOIN country c ON c.code = s.country_code WHERE s.id IN (SELECT id FROM m LIMIT {PAGE})"
    )


def _first(query: str, sort: Any = None) -> Callable[[Any, Any], Any]:
    """What the trend log reads per keystroke: the first page and a capped count."""
    return lambda store, ref: first_pages(
        store,
        parse_query(query, ref).filter,
        sort or Sort(),
        page_size=PAGE,
        within=12_000,
        cap=COUNT_CAP,
    )


def _capped_ids(ids: str, where: str = "1") -> str:
    """A capped count of a list of ids' matches, from the index ordered by id."""
    return (
        f"SELECT count(*) FROM (SELECT s.id FROM signal s INDEXED BY ix_signal_row WHERE "
        f"s.id IN ({ids}) AND {where} AND {NOT_ARCHIVED} LIMIT {COUNT_CAP + 1})"
    )


def _capped(where: str) -> str:
    return (
        f"SELECT count(*) FROM (SELECT s.id FROM signal s WHERE {where} AND {NOT_ARCHIVED} "
        f"LIMIT {COUNT_CAP + 1})"
    )


# (label, budget in s, what Desk does (store, reference) -> Any, raw SQL floor: statements)
ROWS: list[tuple[str, float, Callable[[Any, Any], Any], str | tuple[str, ...]]] = [
    (
        "navigator counts per region",
        0.1,
        lambda store, ref: signal_counts_by_region(store),
        "SELECT c.directorate_code, sum(n) FROM signal_count a JOIN country c ON c.code = "
        "a.country_code WHERE a.month = '' AND a.status != 'archived' GROUP BY 1",
    ),
    (
        "trend chart, monthly counts",
        0.1,
        lambda store, ref: monthly_counts(store, parse_query("", ref).filter),
        "SELECT month, category, sum(n) FROM signal_count WHERE country_code = '' "
        f"AND month >= '{FIRST_MONTH}' AND status != 'archived' GROUP BY 1, 2",
    ),
    (
        "trend chart, region:DEU",
        0.1,
        lambda store, ref: monthly_counts(store, parse_query("region:DEU", ref).filter),
        "SELECT month, category, sum(n) FROM signal_count WHERE country_code IN (SELECT code "
        f"FROM country WHERE directorate_code = 'DEU') AND month >= '{FIRST_MONTH}' "
        "AND status != 'archived' GROUP BY 1, 2",
    ),
    (
        'first keystroke "k": page + capped count',
        0.1,
        lambda store, ref: first_pages(
            store,
            parse_query("k", ref).filter,
            Sort(),
            page_size=PAGE,
            within=12_000,
            cap=COUNT_CAP,
        ),
        (
            _page(f"{K} AND +s.observed_on > ''", "+s.observed_on DESC, s.id DESC"),
            _capped(K),
        ),
    ),
    (
        'third keystroke "kyr": page + capped count',
        0.1,
        lambda store, ref: first_pages(
            store,
            parse_query("kyr", ref).filter,
            Sort(),
            page_size=PAGE,
            within=12_000,
            cap=COUNT_CAP,
        ),
        (_page(f"+{KYR}"), _capped(f"+{KYR}")),
    ),
    (
        "count country:AM",
        0.1,
        lambda store, ref: count_signals(store, parse_query("country:AM", ref).filter),
        f"SELECT count(*) FROM signal s WHERE s.country_code = 'AM' AND {NOT_ARCHIVED}",
    ),
    (
        "region:DAO tier:1, first page",
        0.1,
        lambda store, ref: search_signals(store, parse_query("region:DAO tier:1", ref).filter),
        _page(f"{DAO} AND +s.id IN (SELECT signal_id FROM signal_hs_code WHERE tier = '1')"),
    ),
    (
        f"grade:<=B2 since:{SINCE}, first page",
        0.1,
        lambda store, ref: search_signals(
            store, parse_query(f"grade:<=B2 since:{SINCE}", ref).filter
        ),
        _page(f"s.reliability IN ('A','B') AND s.credibility <= 2 AND s.observed_on >= '{SINCE}'"),
    ),
    *(
        (
            f"sort by {key}, first page",
            0.1,
            lambda store, ref, key=key: search_signals(
                store, parse_query("", ref).filter, Sort(key, False)
            ),
            _page(where, order),
        )
        for key, where, order in (
            # status and category: the first group (which holds the page) in date order
            ("status", "s.status = 'new'", "s.observed_on, s.id"),
            ("grade", "1", "s.reliability, s.credibility, s.observed_on, s.id"),
            ("tier", "1", "s.tier_rank, s.observed_on, s.id"),
            ("category", "s.category = 're-export'", "s.observed_on, s.id"),
        )
    ),
    (
        "last page of a full listing",
        0.2,
        lambda store, ref: search_backwards(store, parse_query("", ref).filter, Sort()),
        _page("1", "s.observed_on, s.id"),
    ),
    # the worst of the query matrix (python -m bench.query_matrix) before issue 19's round 2
    (
        '"kyrgyz tier:1": page + capped count',
        0.1,
        _first("kyrgyz tier:1"),
        _few(KYRGYZ_TIER1),
    ),
    (
        '"oscilloscopes kyrgyz": page + capped count',
        0.1,
        _first("oscilloscopes kyrgyz"),
        _few(OSC_KYRGYZ),
    ),
    (
        '"kyrgyz" sorted by country: page + capped count',
        0.1,
        _first("kyrgyz", Sort("country", False)),
        (
            # the matches per country from the id index, then the first one's walk by date
            "SELECT s.country_code, count(*) FROM signal s INDEXED BY ix_signal_row WHERE "
            f"s.id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH {KYRGYZ}) "
            f"AND {NOT_ARCHIVED} GROUP BY 1",
            _page(
                f"s.country_code = 'KG' AND +{KYR.replace('kyr', 'kyrgyz')}", "s.observed_on, s.id"
            ),
            _capped_ids(f"SELECT rowid FROM signal_fts WHERE signal_fts MATCH {KYRGYZ}"),
        ),
    ),
    (
        "tier:1 sorted by grade: page + capped count",
        0.1,
        _first("tier:1", Sort("grade", False)),
        (
            _page(f"{TIER1} AND s.reliability = 'A' AND s.credibility = 1", "s.observed_on, s.id"),
            _capped_ids("SELECT signal_id FROM signal_hs_code WHERE tier = '1'"),
        ),
    ),
    (
        "region:DAO tier:1 grade:<=C3: page + capped count",
        0.1,
        _first("region:DAO tier:1 grade:<=C3"),
        (
            _page(
                f"+{DAO} AND {TIER1} AND s.reliability IN ('A','B','C') AND s.credibility <= 3"
            ).replace(
                "FROM signal s WHERE", "FROM signal s INDEXED BY ix_signal_observed WHERE", 1
            ),
            _capped_ids(
                "SELECT signal_id FROM signal_hs_code WHERE tier = '1'",
                f"{DAO} AND s.reliability IN ('A','B','C') AND s.credibility <= 3",
            ),
        ),
    ),
    (
        'trend chart, "kyrgyz"',
        0.1,
        lambda store, ref: monthly_counts(store, parse_query("kyrgyz", ref).filter),
        "SELECT substr(s.observed_on, 1, 7), s.category, count(*) FROM signal s INDEXED BY "
        f"ix_signal_row WHERE s.observed_on >= '{FIRST_MONTH}-01' AND "
        f"{KYR.replace('kyr', 'kyrgyz')} AND {NOT_ARCHIVED} GROUP BY 1, 2",
    ),
    (
        "middle page of a full listing (no neighbour)",
        0.1,
        lambda store, ref: search_signals(
            store, parse_query("", ref).filter, Sort(), offset=middle_of(store)
        ),
        (
            "SELECT month, sum(n) FROM signal_count WHERE country_code = '' AND month <> '' "
            "AND status != 'archived' GROUP BY 1",
            _page("s.observed_on < '2025-01-01'", "s.observed_on DESC, s.id DESC").replace(
                f"LIMIT {PAGE}", f"LIMIT {PAGE} OFFSET 15000"
            ),
        ),
    ),
]


_MIDDLES: dict[int, int] = {}


def middle_of(store: Any) -> int:
    """The offset of the middle page of the store's full listing (counted once)."""
    if id(store) not in _MIDDLES:
        with store.engine.connect() as conn:
            n = conn.exec_driver_sql(
                "SELECT sum(n) FROM signal_count WHERE country_code = '' AND month <> '' "
                "AND status != 'archived'"
            ).scalar()
        _MIDDLES[id(store)] = int(n or 0) // 2 // PAGE * PAGE
    return _MIDDLES[id(store)]


def sizes() -> list[int]:
    raw = os.environ.get("BENCH_SCALE_SIZES", "100000,1000000")
    return sorted(int(s) for s in raw.split(",") if s.strip())


def measure(size: int) -> dict[str, tuple[float, float]]:
    """label: (Desk's seconds, the raw floor's seconds) on a store of ``size`` signals."""
    found: dict[str, tuple[float, float]] = {}
    with open_big_store(size) as store:
        ref = load_reference(store)
        raw = store.raw_connection()
        try:
            for label, _budget, run, floor in ROWS:
                run(store, ref)  # warm: the first run reads the pages from disk
                desk_s = min_of(lambda run=run: run(store, ref))
                statements = (floor,) if isinstance(floor, str) else floor
                floor_s = min_of(lambda q=statements: [raw.execute(x).fetchall() for x in q])
                found[label] = (desk_s, floor_s)
        finally:
            raw.close()
    return found


# the rows of issue #19's table (bench.table) these figures are
TABLE_ROWS = {
    "navigator counts per region": "nav_counts",
    "trend chart, monthly counts": "chart",
    'first keystroke "k": page + capped count': "keystroke_k",
    "count country:AM": "count_am",
    "region:DAO tier:1, first page": "dao_tier1",
    f"grade:<=B2 since:{SINCE}, first page": "grade_since",
    "sort by status, first page": "sort_status",
    "last page of a full listing": "last_page",
}


def run() -> list[Result]:
    chosen = sizes()
    figures = {size: measure(size) for size in chosen}
    results = []
    for label, budget, _run, _floor in ROWS:
        for size in chosen:
            desk_s, floor_s = figures[size][label]
            results.append(
                Result(
                    f"{label} @{size:,}",
                    desk_s,
                    budget=budget,
                    baseline=floor_s,
                    row=TABLE_ROWS.get(label, ""),
                    size=size,
                )
            )
    return results

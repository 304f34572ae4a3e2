"""Every plan the trend log chooses gives the rows a brute-force Python filter and sort give:
words and HS codes matching few (read and sorted) or many (an index walked), every sort in
both directions, first, keyset, middle and last pages, and counts — on both backends."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from desk.models.enums import Category, SignalStatus
from desk.services import search_few, search_pages
from desk.services.search import (
    Sort,
    count_signals,
    first_pages,
    parse_query,
    search_backwards,
    search_signals,
)
from desk.services.search_sql import C, H, S, tier_names
from desk.services.trends import monthly_counts
from desk.store.search_index import signal_text_match
from tests.test_search import module_store

KEYS = ["observed_on", "country", "grade", "status", "tier", "category"]
QUERIES = [
    "",
    "tier:1",
    "grade:<=C3",
    "region:DAO",
    "country:AM",
    "category:re-export",
    "status:new",
    "oscilloscopes",
    "kyr",
    "kyr tier:1",
    "oscilloscopes grade:<=C3 region:DAO",
    "tier:1 grade:<=C3 region:DAO",
    "tier:2",  # PostgreSQL bounds tier_rank by the tiers' largest rank: 1 (a tier-1 code too)
    "kyr tier:3",
]


@pytest.fixture(scope="module", params=["local", "team"])
def plan_store(request, tmp_path_factory, template_store):
    from desk.services.demo import generate_signals

    with module_store(request, tmp_path_factory, template_store) as s:
        generate_signals(s, 400, seed=7)
        yield s


def _brute_force(store: Any, query: str, sort: Sort) -> list[int]:
    """The matching ids in ``sort`` order, filtered and sorted in Python (the words' matches
    from the full-text index alone)."""
    flt = parse_query(query).filter
    with store.session() as s:
        rows = s.execute(
            sa.select(S, C.c.name_en, C.c.directorate_code).join(C, C.c.code == S.c.country_code)
        ).all()
        tiers: dict[int, set[str]] = {}
        for sid, tier in s.execute(sa.select(H.c.signal_id, H.c.tier)):
            tiers.setdefault(sid, set()).add(tier or "")
        words = None
        if flt.text:
            clause = signal_text_match(S.c.id, flt.text)
            assert clause is not None
            words = {r[0] for r in s.execute(sa.select(S.c.id).where(clause))}
    statuses = [x.value for x in SignalStatus]
    categories = [x.value for x in Category]
    found = []
    for r in rows:
        m = r._mapping
        if words is not None and m["id"] not in words:
            continue
        if flt.statuses and m["status"] not in flt.statuses:
            continue
        if not flt.statuses and m["status"] == "archived":
            continue
        if flt.regions and m["directorate_code"] not in flt.regions:
            continue
        if flt.countries and m["country_code"] not in flt.countries:
            continue
        if flt.categories and m["category"] not in flt.categories:
            continue
        wanted = {n for t in flt.tiers for n in tier_names(t)}
        if flt.tiers and not wanted & tiers.get(m["id"], set()):
            continue
        if flt.grades and not (m["reliability"] in "ABC" and m["credibility"] <= 3):
            continue
        found.append(m)
    key = {
        "observed_on": lambda m: (m["observed_on"],),
        "country": lambda m: (m["name_en"], m["observed_on"]),
        "grade": lambda m: (m["reliability"], m["credibility"], m["observed_on"]),
        "status": lambda m: (statuses.index(m["status"]), m["observed_on"]),
        "tier": lambda m: (m["tier_rank"], m["observed_on"]),
        "category": lambda m: (categories.index(m["category"]), m["observed_on"]),
    }[sort.key]
    found.sort(key=lambda m: (*key(m), m["id"]), reverse=sort.descending)
    return [m["id"] for m in found]


@pytest.mark.parametrize(
    ("walk_beyond", "sort_at_most", "tier_range_from"),
    [(5_000, 100_000, 10**9), (5_000, 100_000, 0), (0, 100_000, 0), (0, -1, 0)],
    ids=["few", "few-in-tier-range", "many", "many-walked"],
)
@pytest.mark.parametrize("query", QUERIES)
def test_every_plan_gives_the_brute_force_rows(
    plan_store, monkeypatch, query: str, walk_beyond: int, sort_at_most: int, tier_range_from
) -> None:
    """``many``: any words or HS codes count as matching many, so the index-walking plans
    run on this small store too (a page deep into a group reads the group's matches and
    sorts them; ``many-walked``: walks the group's index to it). ``few-in-tier-range``: few
    matches of tier 1 are read in the tier index's range (SQLite), however few."""
    monkeypatch.setattr(search_pages, "WALK_BEYOND", walk_beyond)
    monkeypatch.setattr(search_pages, "SORT_AT_MOST", sort_at_most)
    monkeypatch.setattr(search_few, "TIER_RANGE_FROM", tier_range_from)
    monkeypatch.setattr(search_pages, "JUMP_BEYOND", 0)  # middle pages skip months first
    store = plan_store
    flt = parse_query(query).filter
    if query.startswith(("tier", "grade", "region")):
        assert flt.tiers or flt.grades or flt.regions  # the parser took them
    assert count_signals(store, flt) == len(_brute_force(store, query, Sort()))
    for key in KEYS:
        for descending in (False, True):
            sort = Sort(key, descending)
            expected = _brute_force(store, query, sort)
            start = first_pages(store, flt, sort, page_size=25, within=1000, cap=10)
            assert [r.id for r in start.pages[0]] == expected[:25], (key, descending)
            # exact (up to the cap, or from the aggregates), or "more than the cap"
            assert (start.count, start.exact) in ((len(expected), True), (10, len(expected) <= 10))
            walked: list[int] = []
            after = None
            while page := search_signals(store, flt, sort, limit=40, after=after):
                walked += [r.id for r in page]
                after = page[-1].id
            assert walked == expected, (key, descending)
            middle = len(expected) // 2
            got = search_signals(store, flt, sort, offset=middle, limit=15)
            assert [r.id for r in got] == expected[middle : middle + 15], (key, descending)
            last = search_backwards(store, flt, sort, limit=15)
            assert [r.id for r in last] == expected[-15:], (key, descending)


@pytest.mark.parametrize("walk_beyond", [5_000, 0], ids=["few", "many"])
def test_a_word_search_chart_counts_its_matches(plan_store, monkeypatch, walk_beyond) -> None:
    monkeypatch.setattr(search_pages, "WALK_BEYOND", walk_beyond)
    store = plan_store
    with store.session() as s:
        last = s.execute(sa.select(sa.func.max(S.c.observed_on))).scalar_one()
    flt = parse_query("oscilloscopes").filter
    frame = monthly_counts(store, flt, months=12, today=last)
    first_month = frame.index[0]
    matching = set(_brute_force(store, "oscilloscopes", Sort()))
    with store.session() as s:
        dates = s.execute(sa.select(S.c.observed_on).where(S.c.id.in_(matching))).scalars()
        in_window = [d for d in dates if f"{d:%Y-%m}" >= first_month and d <= last]
    assert in_window  # the chart has something to show
    assert int(frame.to_numpy().sum()) == len(in_window)

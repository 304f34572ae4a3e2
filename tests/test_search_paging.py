"""Keyset paging, reading backwards from the end, capped counts and the first keystrokes
(issue 19), on both backends."""

from __future__ import annotations

import pytest

from desk.services.search import (
    Sort,
    count_signals,
    first_pages,
    matching_ids,
    parse_query,
    search_backwards,
    search_signals,
)
from desk.store.fts import match_expression
from desk.store.pg_search import tsquery_terms
from tests.test_search import module_store

KEYS = ["observed_on", "country", "title", "category", "grade", "tlp", "status", "tier"]


@pytest.fixture(scope="module", params=["local", "team"])
def paging_store(request, tmp_path_factory, template_store):
    from desk.services.demo import generate_signals

    with module_store(request, tmp_path_factory, template_store) as s:
        generate_signals(s, 500, seed=31)
        yield s


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_and_backwards_pages_equal_the_plain_order(
    paging_store, key: str, descending: bool
) -> None:
    store = paging_store
    for query in ("", "region:DEU", "tier:1", "category:finance"):
        flt, sort = parse_query(query).filter, Sort(key, descending)
        expected = matching_ids(store, flt, sort)
        walked: list[int] = []
        after = None
        while True:
            page = search_signals(store, flt, sort, limit=70, after=after)
            if not page:
                break
            walked += [r.id for r in page]
            after = page[-1].id
        assert walked == expected, query
        tail = search_backwards(store, flt, sort, limit=70)
        assert [r.id for r in tail] == expected[-70:]
        if len(expected) > 100:
            before = search_backwards(store, flt, sort, limit=30, before=expected[100])
            assert [r.id for r in before] == expected[70:100]
            skipped = search_backwards(store, flt, sort, from_end=25, limit=10)
            assert [r.id for r in skipped] == expected[-35:-25]


def test_a_capped_count_stops_and_says_so(paging_store) -> None:
    store = paging_store
    flt = parse_query("chr:false").filter  # not from the aggregates: counted in the log
    total = count_signals(store, flt)
    assert total > 20
    assert count_signals(store, flt, cap=20) == 21  # "more than 20"
    start = first_pages(store, flt, Sort(), page_size=10, within=100, cap=20)
    assert (start.count, start.exact) == (20, False)
    exact = first_pages(store, flt, Sort(), page_size=10, within=100, cap=total)
    assert (exact.count, exact.exact) == (total, True)
    # what the aggregates answer is exact whatever the cap
    everything = first_pages(store, parse_query("").filter, Sort(), page_size=10, within=10, cap=5)
    assert everything.exact and everything.count == count_signals(store, parse_query("").filter)


@pytest.mark.parametrize(
    ("typed", "fts", "ts"),
    [
        ("k", '"k"', "k"),
        ("ky", '"ky"', "ky"),
        ("kyr", '"kyr"*', "kyr:*"),
        ("chips k", '"chips" AND "k"', "chips & k"),
    ],
)
def test_the_word_being_typed_is_a_prefix_from_three_characters(typed, fts, ts) -> None:
    """The first keystrokes match whole words only: "k*" would read the index entries of
    every word starting with k."""
    assert match_expression(typed) == fts
    assert tsquery_terms(typed) == ts


def test_a_word_search_can_start_from_its_matches(local_store) -> None:
    """The words' condition is a plain ``id IN (…)`` SQLite can read the matches by (it was
    ``id IN (…) = 1``, which no index serves: every word search walked the whole log)."""
    from desk.services.search_pages import id_query, plan_for

    with local_store.session() as s:
        flt = parse_query("chips").filter
        sql = str(id_query(flt, Sort(), plan_for(s, flt)).compile(s.connection()))
    with local_store.engine.connect() as conn:
        assert ") = 1" not in sql
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("", "x")))
    # looked up by the matching ids in the index ordered by id (no row read), then sorted
    assert "COVERING INDEX ix_signal_row (id=?)" in plan

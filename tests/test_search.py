"""Trend-log search: full-text words, field filters in the query, sort and paging in SQL."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desk.models.enums import SignalStatus
from desk.services.reference import load_reference
from desk.services.search import (
    SignalFilter,
    Sort,
    count_signals,
    parse_query,
    search_signals,
)
from desk.services.signals import create_signal, set_status, update_signal
from desk.store import Store
from desk.store.fts import match_expression
from tests.conftest import drop_team_database, new_team_database, store_from_template, team_url
from tests.helpers import draft

SPECS = {
    "thai_chips": dict(
        country="TH",
        title="Microchips via Bangkok",
        hs_codes="8542.31",
        reliability="A",
        credibility="1",
        tlp="RED",
        observed_on="2026-10-20",
    ),
    "uae_gold": dict(
        country="AE",
        title="Gold souk payments",
        summary="Buyers settle in stablecoins",
        category="finance",
        hs_codes="",
        reliability="C",
        credibility="3",
        tlp="GREEN",
        observed_on="2026-09-01",
        tags="crypto; gold",
    ),
    "armenia_lathes": dict(
        country="Armenië",
        title="Lathes re-exported",
        hs_codes="8458.11",
        reliability="B",
        credibility="3",
        tlp="AMBER+STRICT",
        observed_on="2026-08-15",
        source="Customs statistics Yerevan",
    ),
    "kyrgyz_law": dict(
        country="KG",
        title="Export licence register",
        category="legal",
        hs_codes="",
        reliability="B",
        credibility="2",
        tlp="CLEAR",
        observed_on="2026-07-01",
        chr="true",
    ),
    "china_bearings": dict(
        country="CN",
        title="Bearings für Russland",
        hs_codes="8482.10; 9403.60",
        reliability="D",
        credibility="4",
        observed_on="2026-06-10",
    ),
}


def make_log(store) -> dict[str, int]:
    """A small trend log with one distinguishing trait per signal."""
    return {name: create_signal(store, draft(store, **values)) for name, values in SPECS.items()}


@contextlib.contextmanager
def module_store(request, tmp_path_factory, template_store) -> Iterator[Store]:
    """A store for a whole module, on either backend: the same queries must give the same
    results on SQLite's FTS5 and on PostgreSQL's tsvector (the parity of the two)."""
    if request.param == "local":
        with store_from_template(tmp_path_factory.mktemp("search"), template_store) as s:
            yield s
        return
    from desk.store.team import open_team_store

    server = request.getfixturevalue("pg_server")
    db = new_team_database(server, request.getfixturevalue("team_template"))
    try:
        with open_team_store(team_url(server, db)) as s:
            yield s
    finally:
        drop_team_database(server, db)


@pytest.fixture(scope="module", params=["local", "team"])
def search_store(request, tmp_path_factory, template_store):
    """One store with the small log for the whole module: the tests below only read it."""
    with module_store(request, tmp_path_factory, template_store) as s:
        yield s, make_log(s)


@pytest.fixture
def log(search_store):
    return search_store[1]


@pytest.fixture
def reader(search_store):
    return search_store[0]


def ids(store, text: str = "", flt: SignalFilter | None = None, **kwargs) -> set[int]:
    parsed = parse_query(text, load_reference(store))
    assert not parsed.errors, parsed.errors
    full = (flt or SignalFilter()).merged(parsed.filter)
    return {r.id for r in search_signals(store, full, limit=1000, **kwargs)}


def test_words_search_title_summary_source_and_tags(reader, log) -> None:
    assert ids(reader, "microchips") == {log["thai_chips"]}
    assert ids(reader, "stablecoins") == {log["uae_gold"]}  # summary
    assert ids(reader, "yerevan") == {log["armenia_lathes"]}  # source
    assert ids(reader, "crypto") == {log["uae_gold"]}  # tags
    assert ids(reader, "microch") == {log["thai_chips"]}  # prefix while typing
    assert len(ids(reader, "micro")) == 4  # …and "microcontrollers" in the other summaries
    assert ids(reader, "fur russland") == {log["china_bearings"]}  # accents ignored
    assert ids(reader, "gold -souk") == set()
    assert ids(reader, '"gold souk"') == {log["uae_gold"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country:TH", {"thai_chips"}),
        ("country:th,ae", {"thai_chips", "uae_gold"}),
        ("country:Armenië", {"armenia_lathes"}),
        ("region:DEU", {"armenia_lathes", "kyrgyz_law"}),
        ("region:dao", {"thai_chips", "china_bearings"}),
        ("hs:8542", {"thai_chips"}),
        ("hs:8458.11", {"armenia_lathes"}),
        ("hs:84", {"armenia_lathes", "china_bearings"}),
        ("tier:1", {"thai_chips"}),
        ("tier:3", {"china_bearings"}),
        ("tier:4.b", {"armenia_lathes"}),
        ("tlp:red", {"thai_chips"}),
        ("tlp:amber+strict", {"armenia_lathes"}),
        ("tlp:<=green", {"uae_gold", "kyrgyz_law"}),
        ("grade:<=B2", {"thai_chips", "kyrgyz_law"}),
        ("grade:A1", {"thai_chips"}),
        ("grade:>=C", {"uae_gold", "china_bearings"}),
        (
            "status:new",
            {"thai_chips", "uae_gold", "armenia_lathes", "kyrgyz_law", "china_bearings"},
        ),
        ("since:2026-08-15", {"thai_chips", "uae_gold", "armenia_lathes"}),
        ("since:15-08-2026 until:2026-09-30", {"uae_gold", "armenia_lathes"}),
        ("category:finance", {"uae_gold"}),
        ("cat:juridisch", {"kyrgyz_law"}),
        ("tag:gold", {"uae_gold"}),
        ("chr:yes", {"kyrgyz_law"}),
        ("register region:DEU", {"kyrgyz_law"}),
    ],
)
def test_field_filters(reader, log, query: str, expected: set[str]) -> None:
    assert ids(reader, query) == {log[n] for n in expected}


def test_bad_filters_are_reported_not_raised(store) -> None:
    parsed = parse_query(
        "chips country:Atlantis grade:Z9 since:March foo:bar tier:7", load_reference(store)
    )
    assert len(parsed.errors) == 5
    assert parsed.filter.text == "chips"
    assert not parsed.filter.countries and not parsed.filter.grades


def test_structured_filters(reader, log) -> None:
    flt = SignalFilter(regions=frozenset({"DAO", "DAM"}), categories=frozenset({"re-export"}))
    assert ids(reader, flt=flt) == {log["thai_chips"], log["china_bearings"]}


def test_archived_hidden_unless_asked(store) -> None:
    log = make_log(store)
    set_status(store, [log["thai_chips"]], SignalStatus.ARCHIVED)
    assert log["thai_chips"] not in ids(store)
    assert ids(store, "status:archived") == {log["thai_chips"]}


def test_sorting_is_done_in_sql(reader, log) -> None:
    by_grade = [
        r.id for r in search_signals(reader, SignalFilter(), Sort("grade", descending=False))
    ]
    assert by_grade[0] == log["thai_chips"] and by_grade[-1] == log["china_bearings"]
    by_date = [r.observed_on for r in search_signals(reader, SignalFilter())]
    assert by_date == sorted(by_date, reverse=True)
    by_country = [
        r.country_name for r in search_signals(reader, SignalFilter(), Sort("country", False))
    ]
    assert by_country == sorted(by_country)
    by_tier = [r.chpi_tier for r in search_signals(reader, SignalFilter(), Sort("tier", False))]
    assert by_tier[:3] == ["1", "3.B", "4.B"] and by_tier[3:] == [None, None]
    by_tlp = [r.tlp for r in search_signals(reader, SignalFilter(), Sort("tlp", True))]
    assert by_tlp[0] == "RED" and by_tlp[-1] == "CLEAR"


def test_paging_and_count(store) -> None:
    for i in range(25):
        create_signal(
            store, draft(store, title=f"Paged signal {i:02d}", observed_on=f"2026-10-{i + 1:02d}")
        )
    flt = parse_query("paged").filter
    assert count_signals(store, flt) == 25
    first = search_signals(store, flt, offset=0, limit=10)
    second = search_signals(store, flt, offset=10, limit=10)
    last = search_signals(store, flt, offset=20, limit=10)
    assert [len(first), len(second), len(last)] == [10, 10, 5]
    titles = [r.title for r in first + second + last]
    assert titles == [f"Paged signal {i:02d}" for i in range(24, -1, -1)]


def test_index_follows_edits(store) -> None:
    log = make_log(store)
    update_signal(
        store,
        log["uae_gold"],
        draft(store, country="AE", title="Silver traders", category="finance"),
    )
    assert ids(store, "gold") == set()
    assert ids(store, "silver") == {log["uae_gold"]}


def test_a_hyphenated_last_word_is_searched_as_it_is_typed(store) -> None:
    made = create_signal(store, draft(store, country="CN", title="Anti-dumping duties evaded"))
    create_signal(store, draft(store, country="CN", title="Dumping of drones"))
    # PostgreSQL failed on "anti-dum" (its query was not a tsquery); both take it as a prefix
    assert ids(store, "anti-dum") == {made}
    assert ids(store, '"anti dum"') == set()  # a phrase is no prefix


def test_changed_window(reader, log) -> None:
    now = datetime.now(UTC)
    assert ids(reader, flt=SignalFilter(changed_since=now - timedelta(minutes=5))) == set(
        log.values()
    )
    assert ids(reader, flt=SignalFilter(changed_since=now + timedelta(minutes=5))) == set()
    assert ids(reader, flt=SignalFilter(changed_before=now - timedelta(minutes=5))) == set()


EVERY = {"thai_chips", "uae_gold", "armenia_lathes", "kyrgyz_law", "china_bearings"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # punctuation alone is no search: everything
        *((t, EVERY) for t in ['"', "*", "(", "^", '"""', "-", "'"]),
        # FTS5 keywords are words like any other, not operators
        ("AND", set()),
        ("OR NOT", set()),
        ("NEAR(x y)", set()),
        ("bangkok AND", set()),
        ("(gold", {"uae_gold"}),
        ("micro*", EVERY - {"uae_gold"}),
        ("a:b:c", EVERY),  # an unknown filter is an error message, not a search
    ],
)
def test_fts_syntax_in_input_is_searched_as_text(reader, log, text: str, expected: set) -> None:
    parsed = parse_query(text, load_reference(reader))
    found = {r.id for r in search_signals(reader, parsed.filter, limit=1000)}
    assert found == {log[n] for n in expected}


def test_match_expression_quotes_everything() -> None:
    assert match_expression("chips bangk") == '"chips" AND "bangk"*'
    assert match_expression("chips ") == '"chips"'
    assert match_expression('"gold souk" -silver') == '("gold souk") NOT "silver"'
    assert match_expression("-only") is None


@pytest.fixture(scope="module", params=["local", "team"])
def sort_store(request, tmp_path_factory, template_store):
    from desk.services.demo import generate_signals

    with module_store(request, tmp_path_factory, template_store) as s:
        generate_signals(s, 700, seed=21)
        yield s


@pytest.mark.parametrize(
    "key", ["observed_on", "country", "title", "category", "grade", "tlp", "status", "tier"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_like_a_plain_sql_sort(sort_store, key: str, descending: bool) -> None:
    """The fast strategies (per-group walks, the country-ordered join) give exactly the order
    of one plain ORDER BY over all matches, page by page."""
    from desk.services.search import build_search, ids_at, matching_ids

    store = sort_store
    for flt in (SignalFilter(), parse_query("region:DEU").filter, parse_query("tier:1").filter):
        sort = Sort(key, descending)
        expected = matching_ids(store, flt, sort)
        with store.session() as s:
            plain = [r[0] for r in s.execute(build_search(flt, sort))]
        assert expected == plain
        pages = [
            r.id
            for off in range(0, len(expected) + 150, 150)
            for r in search_signals(store, flt, sort, offset=off, limit=150)
        ]
        assert pages == expected
        assert ids_at(
            store, flt, sort, [(0, 4), (90, 91), (len(expected) - 3, len(expected) + 5)]
        ) == (expected[0:5] + expected[90:92] + expected[len(expected) - 3 :])


def test_monthly_counts_match_the_signals(store) -> None:
    from datetime import date

    from desk.services.trends import monthly_counts

    for day, category in (
        ("2026-09-03", "finance"),
        ("2026-09-28", "finance"),
        ("2026-11-02", "legal"),
        ("2025-01-05", "legal"),
    ):
        create_signal(
            store, draft(store, observed_on=day, category=category, title=f"{day} {category}")
        )
    counts = monthly_counts(store, SignalFilter(), months=12, today=date(2026, 11, 20))
    assert (counts.index[0], counts.index[-1]) == ("2025-12", "2026-11")
    assert counts.loc["2026-09", "finance"] == 2 and counts.loc["2026-11", "legal"] == 1
    assert int(counts.values.sum()) == 3  # January 2025 is outside the twelve months
    empty = monthly_counts(store, parse_query("country:AQ").filter, today=date(2026, 11, 20))
    assert empty.shape == (12, 6) and int(empty.values.sum()) == 0


@pytest.mark.parametrize("query", ["region:DEU", "company"])  # a word: its few matches, read once
@pytest.mark.parametrize("key", ["observed_on", "country", "grade", "status"])
def test_first_pages_carry_the_page_of_the_kept_signal(sort_store, key: str, query: str) -> None:
    """#17.2: the view keeps its current signal selected after reading again — the first
    read brings the page it is on, wherever the sort puts it (both sort strategies)."""
    from desk.services.search import first_pages, matching_ids, position_of

    store, sort = sort_store, Sort(key, True)
    flt = parse_query(query).filter
    expected = matching_ids(store, flt, sort)
    assert len(expected) > 250
    far = expected[237]
    start = first_pages(store, flt, sort, page_size=100, keep=far, within=1000)
    assert start.count == len(expected) and start.position == 237
    assert sorted(start.pages) == [0, 2]
    assert [r.id for r in start.pages[2]] == expected[200:300]
    assert position_of(store, flt, sort, far, within=200) is None  # beyond what it may read
    near = first_pages(store, flt, sort, page_size=100, keep=expected[5], within=1000)
    assert (near.position, sorted(near.pages)) == (5, [0])
    elsewhere = next(i for i in matching_ids(store, SignalFilter(), sort) if i not in expected)
    gone = first_pages(store, flt, sort, page_size=100, keep=elsewhere, within=1000)
    assert gone.position is None and sorted(gone.pages) == [0]


def test_a_query_with_errors_shows_no_signals(reader, log) -> None:
    """#17.3: what failed to parse is not "no filter": the query shows none."""
    from desk.services.search import NO_SIGNALS

    parsed = parse_query("grade:Z9")
    assert parsed.errors and parsed.shown == NO_SIGNALS
    assert count_signals(reader, parsed.filter) == len(log)  # the bare filter: everything
    assert count_signals(reader, parsed.shown) == 0
    assert search_signals(reader, parsed.shown) == []
    assert parse_query("country:TH").shown == parse_query("country:TH").filter

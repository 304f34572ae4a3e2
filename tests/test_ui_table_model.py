"""The trend-log table model, without any view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desk.services.demo import generate_signals
from desk.services.search import SignalFilter, Sort, count_signals, parse_query, search_signals
from desk.ui.trendlog.table_model import (
    COL_COUNTRY,
    COL_GRADE,
    COL_OBSERVED,
    COL_TITLE,
    PAGE_SIZE,
    SignalIdRole,
    SignalTableModel,
    TlpRole,
)
from desk.ui.worker import DbExecutor
from tests.conftest import WAIT_MS


@pytest.fixture
def model(qtbot, store):
    generate_signals(store, 650, seed=5)
    executor = DbExecutor()
    m = SignalTableModel(
        lambda task, done=None, failed=None, **kw: executor.submit(
            lambda: task(store), done, failed, **kw
        )
    )
    tester = QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    yield m
    del tester
    executor.shutdown()


def load(qtbot, model, **kwargs) -> None:
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_query(**kwargs)


def test_counts_and_first_page(qtbot, model, store) -> None:
    load(qtbot, model, flt=SignalFilter())
    expected = search_signals(store, SignalFilter(), limit=PAGE_SIZE)
    assert model.rowCount() == count_signals(store, SignalFilter())
    assert 0 < model.rowCount() < 650  # archived are hidden
    assert model.columnCount() == 8
    first = model.index(0, COL_TITLE)
    assert first.data() == expected[0].title + ("  ⓒ" if expected[0].chr else "")
    assert model.index(0, COL_OBSERVED).data() == expected[0].observed_on.isoformat()
    assert model.index(0, 0).data(SignalIdRole) == expected[0].id
    assert model.index(0, 0).data(TlpRole) == expected[0].tlp
    assert model.headerData(COL_GRADE, Qt.Orientation.Horizontal) == "Grade"


def test_pages_load_on_demand(qtbot, model) -> None:
    load(qtbot, model, flt=SignalFilter())
    far = 2 * PAGE_SIZE + 7
    assert model.index(far, COL_TITLE).data() == "…"  # not loaded yet: asks for it
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS, check_params_cb=lambda p: p == 2):
        pass
    assert model.index(far, COL_TITLE).data() not in (None, "…")


def test_sort_is_done_in_sql(qtbot, model, store) -> None:
    load(qtbot, model, flt=SignalFilter())
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.sort(COL_COUNTRY, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, COL_COUNTRY).data() for r in range(PAGE_SIZE)]
    expected = [
        r.country_name
        for r in search_signals(store, SignalFilter(), Sort("country", False), limit=PAGE_SIZE)
    ]
    assert names == expected == sorted(names)


def test_filter_changes_rows(qtbot, model, store) -> None:
    flt = parse_query("country:AM").filter
    load(qtbot, model, flt=flt)
    countries = {
        model.index(r, COL_COUNTRY).data() for r in range(min(model.rowCount(), PAGE_SIZE))
    }
    assert countries == {"Armenia"}


def test_ids_for_rows_beyond_loaded_pages(qtbot, model, store) -> None:
    load(qtbot, model, flt=SignalFilter())
    expected = [r.id for r in search_signals(store, SignalFilter(), limit=650)]
    got: list[list[int]] = []
    model.ids_for_rows([0, 1, 450, 451, 452], got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert got[0] == [expected[i] for i in (0, 1, 450, 451, 452)]


def test_clear_forgets_everything(qtbot, model) -> None:
    load(qtbot, model, flt=SignalFilter())
    model.clear()
    assert model.rowCount() == 0
    assert model.row_at(0) is None


def test_the_kept_signal_stays_in_sight_across_queries(qtbot, model, store) -> None:
    """#17.2: every query also loads the page of the signal the view has current, so it stays
    selected; one that no longer matches is not found (the view then shows none)."""
    load(qtbot, model, flt=SignalFilter())
    expected = [r.id for r in search_signals(store, SignalFilter(), limit=650)]
    far = expected[2 * PAGE_SIZE + 7]
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.refresh(keep=far)
    assert model.kept_id == far
    assert model.row_of(far) == 2 * PAGE_SIZE + 7  # loaded with the first page, not asked for
    other_region = next(r for r in search_signals(store, SignalFilter()) if r.region != "DEU")
    load(qtbot, model, flt=parse_query("region:DEU").filter)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.refresh(keep=other_region.id)
    assert model.kept_id == other_region.id and model.row_of(other_region.id) is None


def test_scrolling_to_the_end_reads_the_last_page_backwards(qtbot, model, store) -> None:
    """The last page is the first page of the reversed order, and the page before a loaded
    one is read before its first row (keyset): both equal the plain order."""
    load(qtbot, model, flt=SignalFilter())
    expected = [r.id for r in search_signals(store, SignalFilter(), limit=100_000)]
    last = model.rowCount() - 1
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        assert model.index(last, COL_TITLE).data() == "…"
    assert model.index(last, 0).data(SignalIdRole) == expected[last]
    before = (last // PAGE_SIZE) * PAGE_SIZE - 1
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        model.index(before, COL_TITLE).data()
    assert model.index(before, 0).data(SignalIdRole) == expected[before]


def test_a_capped_count_is_refined(qtbot, model, store, monkeypatch) -> None:
    import desk.ui.trendlog.table_model as table_model

    monkeypatch.setattr(table_model, "COUNT_CAP", 50)
    flt = parse_query("chr:false").filter  # counted in the log, not from the aggregates
    with qtbot.waitSignal(model.count_refined, timeout=WAIT_MS):
        load(qtbot, model, flt=flt)
        assert (model.rowCount(), model.count_exact) == (50, False)
    assert model.count_exact and model.rowCount() == count_signals(store, flt)

"""The trend log keeps the table, the detail pane and the chart in step (#17.2, #17.3)."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import Qt

from desk.models.enums import SignalStatus
from desk.services.demo import load_demo
from desk.services.search import SignalFilter, count_signals, parse_query, search_signals
from desk.services.trends import monthly_counts
from tests.conftest import WAIT_MS

EMPTY_PANE = "Select a signal to see it in full."


@pytest.fixture
def app(open_app):
    return open_app(load_demo)


def pane(view) -> str:
    return view.detail.toPlainText()


def charted(view) -> int | None:
    """The signals the chart shows, or None when it shows no bars."""
    series = view.chart.chart().series()
    if not series:
        return None
    (bars,) = series
    assert isinstance(bars, QStackedBarSeries)
    return int(sum(sum(s.at(i) for i in range(s.count())) for s in bars.barSets()))


def search(qtbot, view, text: str) -> None:
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.search.setText(text)


def test_set_status_shows_the_new_status_and_its_history_in_the_pane(qtbot, app) -> None:
    view = app.window.trendlog
    row = next(r for r in search_signals(app.store, SignalFilter()) if r.status == "new")
    view.table.setFocus()
    view.select_signal(row.id)
    qtbot.waitUntil(lambda: row.title in pane(view), timeout=WAIT_MS)
    assert "Status: New → Reviewed" not in pane(view)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.set_status_selected(SignalStatus.REVIEWED)
    assert view.current_id() == row.id  # still the current row after the rows were read again
    qtbot.waitUntil(lambda: "Status: New → Reviewed" in pane(view), timeout=WAIT_MS)
    assert "Reviewed" in pane(view).split("Observed")[0]  # the line under the title
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.undo_stack.undo()
    qtbot.waitUntil(lambda: "Status: Reviewed → New" in pane(view), timeout=WAIT_MS)


def test_a_new_signal_is_selected_and_shown(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    editor.country.setEditText("Kirgizië")
    editor.title_edit.setText("Selected once it is added")
    editor.reliability.setCurrentIndex(1)
    editor.credibility.setCurrentIndex(1)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    (row,) = search_signals(app.store, parse_query('"Selected once it is added"').filter)
    assert view.current_id() == row.id
    assert view.selected_rows() == [view.model.row_of(row.id)]
    qtbot.waitUntil(lambda: "Selected once it is added" in pane(view), timeout=WAIT_MS)


def test_a_new_signal_the_search_hides_is_said(qtbot, app) -> None:
    view = app.window.trendlog
    search(qtbot, view, "country:TH")
    view.new_signal()
    editor = view.editor
    editor.country.setEditText("Kirgizië")
    editor.title_edit.setText("Hidden by the search")
    editor.reliability.setCurrentIndex(1)
    editor.credibility.setCurrentIndex(1)
    with qtbot.waitSignal(
        view.message, timeout=WAIT_MS, check_params_cb=lambda t: "do not show" in t
    ):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert view.current_id() is None and EMPTY_PANE in pane(view)


def test_a_filter_keeps_the_signal_it_still_shows_and_drops_the_one_it_hides(qtbot, app) -> None:
    view = app.window.trendlog
    thai = next(r for r in search_signals(app.store, parse_query("country:TH").filter))
    view.select_signal(thai.id)
    qtbot.waitUntil(lambda: thai.title in pane(view), timeout=WAIT_MS)
    search(qtbot, view, "country:TH")
    assert view.current_id() == thai.id and thai.title in pane(view)
    search(qtbot, view, "country:AE")
    assert view.model.row_of(thai.id) is None
    assert view.current_id() is None
    qtbot.waitUntil(lambda: EMPTY_PANE in pane(view), timeout=WAIT_MS)
    assert thai.title not in pane(view)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.chips.category_chips["diplomatic"].click()  # a chip that hides it works alike
    assert view.current_id() is None and EMPTY_PANE in pane(view)


def test_a_search_with_errors_shows_no_signals_and_no_chart(qtbot, app) -> None:
    view = app.window.trendlog
    view.select_signal(view.model.row_at(0).id)
    search(qtbot, view, "garantex grade:Q")
    assert view.search_errors.isVisibleTo(view) and "grade" in view.search_errors.text()
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "No signals shown"
    assert view.current_id() is None and EMPTY_PANE in pane(view)
    assert charted(view) is None and "no valid search" in view.chart.chart().title()
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        view.export_view()
    assert "Correct the search first" in said.args[0]
    search(qtbot, view, "garantex")
    expected = count_signals(app.store, parse_query("garantex").filter)
    assert view.model.rowCount() == expected > 0 and not view.search_errors.isVisibleTo(view)
    assert view.count_label.text() == f"{expected} signal(s)"


def test_the_chart_shows_what_the_table_shows(qtbot, app) -> None:
    view = app.window.trendlog
    everything = int(monthly_counts(app.store, SignalFilter()).to_numpy().sum())
    qtbot.waitUntil(lambda: charted(view) == everything, timeout=WAIT_MS)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.chips.category_chips["finance"].click()
    finance = int(monthly_counts(app.store, view.model.filter).to_numpy().sum())
    assert 0 < finance < everything
    qtbot.waitUntil(lambda: charted(view) == finance, timeout=WAIT_MS)
    assert "as searched and filtered" in view.chart.chart().title()
    search(qtbot, view, "country:AE")
    both = int(monthly_counts(app.store, view.model.filter).to_numpy().sum())
    assert 0 < both < finance
    qtbot.waitUntil(lambda: charted(view) == both, timeout=WAIT_MS)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        app.window.navigator.go_to("trendlog", "DAO")  # the region too: nothing from AE
    qtbot.waitUntil(lambda: charted(view) == 0, timeout=WAIT_MS)
    assert view.chart.chart().title().startswith("Signals per month — DAO")


def test_the_chart_title_without_filters_names_the_region(qtbot, app) -> None:
    view = app.window.trendlog
    qtbot.waitUntil(lambda: charted(view) is not None, timeout=WAIT_MS)
    assert view.chart.chart().title() == "Signals per month — all regions"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # nothing about the chart changes
    assert view.chart.chart().title() == "Signals per month — all regions"


def test_typing_on_stops_the_chart_of_the_search_before(qtbot, app, monkeypatch) -> None:
    """A chart nobody waits for any more gives its core back (#19): at a million signals the
    chart of "kyrgyz" ran on beside the page of "kyrgyz tier:1", which then took twice as long."""
    from desk.ui.trendlog import view as view_module
    from tests.test_store_stopping import ENDLESS

    view = app.window.trendlog
    qtbot.waitUntil(lambda: charted(view) is not None, timeout=WAIT_MS)
    started = []

    def charts(store, flt):
        if not started:  # the first chart from now on never ends unless it is stopped
            started.append(flt)
            with store.engine.connect() as conn:
                conn.exec_driver_sql(ENDLESS).scalar()
        return monthly_counts(store, flt)

    monkeypatch.setattr(view_module, "monthly_counts", charts)
    failures: list[str] = []
    app.failure.connect(failures.append)
    search(qtbot, view, "garantex")
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT_MS)
    search(qtbot, view, "country:AE")  # the next chart can only run once that one stopped
    expected = int(monthly_counts(app.store, view.model.filter).to_numpy().sum())
    qtbot.waitUntil(lambda: charted(view) == expected, timeout=WAIT_MS)
    assert "garantex" in repr(started[0]) and failures == []


def test_locking_empties_the_search_box_without_starting_a_search(qtbot, app) -> None:
    """The box tells its own clear button that it is empty (textChanged reaches it, as it did
    not when its signals were blocked), while the view starts no search of its own."""
    view = app.window.trendlog
    search(qtbot, view, "kyrgyz")
    seen: list[str] = []
    view.search.textChanged.connect(seen.append)
    view.clear()
    assert view.search.text() == "" and seen == [""]
    assert not view._typing.isActive()

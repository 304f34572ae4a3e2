"""The real window, driven headless: search, edit, archive/undo, import wizard, auto-lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from desk.services.demo import load_demo
from desk.services.importer import import_signals
from desk.services.search import parse_query, search_signals
from desk.services.signals import get_signal
from desk.services.validation import SignalValidator
from desk.store import open_store
from desk.ui.trendlog.table_model import COL_COUNTRY, COL_TITLE
from tests.conftest import WAIT_MS, start_app
from tests.helpers import exported_rows, signal_values, write_csv


@pytest.fixture
def demo_path(local_store) -> Path:
    load_demo(local_store)
    path = local_store.path
    local_store.close()
    return path


@pytest.fixture
def app(open_app):
    return open_app(load_demo)


def shown_ids(view) -> list[int]:
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    return [r.id for r in rows if r is not None]


def visible_titles(view) -> list[str]:
    return [view.model.index(r, COL_TITLE).data() for r in range(view.model.rowCount())]


def test_typing_in_the_search_box_updates_rows(qtbot, app) -> None:
    view = app.window.trendlog
    everything = view.model.rowCount()
    view.search.setFocus()
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(view.search, "garantex")
    expected = [r.id for r in search_signals(app.store, parse_query("garantex").filter)]
    qtbot.waitUntil(lambda: shown_ids(view) == expected, timeout=WAIT_MS)
    assert 0 < len(expected) < everything
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(view.search, " country:AE")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    assert view.model.index(0, COL_COUNTRY).data() == "United Arab Emirates"
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(view.search, " grade:Q")
    assert "grade" in view.search_errors.text() and view.search_errors.isVisibleTo(view)


def test_ctrl_f_focuses_search_and_navigator_scopes_region(qtbot, app) -> None:
    window, view = app.window, app.window.trendlog
    view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        window.navigator.go_to("trendlog", "DAF")
    regions = {view.model.row_at(r).region for r in range(view.model.rowCount())}
    assert regions == {"DAF"}


def test_edit_through_the_dialog_is_stored_shown_and_undoable(qtbot, app) -> None:
    view = app.window.trendlog
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, COL_TITLE))
    sid = view.current_id()
    before = get_signal(app.store, sid).title
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.isVisible(), timeout=WAIT_MS)
    editor = view.editor
    editor.title_edit.setText("")
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    assert editor._errors["title"].isVisibleTo(editor)
    editor.title_edit.setText("Edited in the dialog")
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert get_signal(app.store, sid).title == "Edited in the dialog"
    assert "Edited in the dialog" in visible_titles(view)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.undo_stack.undo()
    assert get_signal(app.store, sid).title == before


def test_new_signal_and_archive_with_delete(qtbot, app) -> None:
    view = app.window.trendlog
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor is not None, timeout=WAIT_MS)
    editor = view.editor
    editor.country.setEditText("Kirgizië")
    qtbot.keyClicks(editor.title_edit, "Brand-new signal from the dialog")
    editor.reliability.setCurrentIndex(1)
    editor.credibility.setCurrentIndex(1)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    (row,) = search_signals(app.store, parse_query('"Brand-new signal"').filter)
    assert (row.country_code, row.grade) == ("KG", "B2")
    app.window.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT_MS)
    view.table.setFocus()
    view.select_signal(row.id)
    assert view.selected_rows() == [view.model.row_of(row.id)]
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert get_signal(app.store, row.id).status == "archived"
    assert view.model.row_of(row.id) is None


def test_edit_dialog_uses_the_importers_validator(qtbot, app, tmp_path: Path) -> None:
    from desk.ui.trendlog.edit_dialog import SignalEditDialog

    dialog = SignalEditDialog(app.reference)
    qtbot.addWidget(dialog)
    assert type(dialog.validator) is SignalValidator
    dialog.source_url.setText("ftp://not-a-web-address")
    dialog.hs_codes.setText("12")
    path = write_csv(
        tmp_path / "x.csv", [signal_values(source_url="ftp://not-a-web-address", hs_codes="12")]
    )
    with open_store(app.path) as other:
        errors = {e.column: e.message for e in import_signals(other, path).errors}
    assert dialog._errors["source_url"].text() == errors["source_url"]
    assert dialog._errors["hs_codes"].text() == errors["hs_codes"]


def test_import_wizard_refuses_a_bad_file_with_line_numbers(qtbot, app, tmp_path: Path) -> None:
    view = app.window.trendlog
    bad = write_csv(
        tmp_path / "bad.csv",
        [signal_values(), signal_values(country="Atlantis"), signal_values(observed_on="12/11/10")],
    )
    wizard = view.open_import_wizard()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=WAIT_MS)
    lines = [
        (page.errors.index(r, 0).data(), page.errors.index(r, 1).data())
        for r in range(page.errors.rowCount())
    ]
    assert lines == [("3", "country"), ("4", "observed_on")]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "refused" in page.summary.text()
    wizard.reject()


def _import_in_wizard(qtbot, view, path: Path):
    """The import wizard's steps for a good file, up to its ``imported`` signal."""
    wizard = view.open_import_wizard()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=WAIT_MS)
    with qtbot.waitSignal(wizard.imported, timeout=WAIT_MS):
        wizard.next()
    return wizard


def test_import_wizard_imports_a_good_file(qtbot, app, tmp_path: Path) -> None:
    view = app.window.trendlog
    before = view.model.rowCount()
    good = write_csv(tmp_path / "good.csv", [signal_values(title=f"Wizard {i}") for i in range(3)])
    wizard = _import_in_wizard(qtbot, view, good)
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 3, timeout=WAIT_MS)
    assert wizard.currentPage() is wizard.summary_page
    assert "3 signal(s) imported" in wizard.summary_page.text.text()


def test_a_bulk_import_is_folded_into_the_store_file_after_it_returns(
    qtbot, app, tmp_path: Path, monkeypatch
) -> None:
    """Its commit leaves the pages in the WAL (``fold_later``); the background lane folds them."""
    import os

    from desk.services.signals import BULK_THRESHOLD

    view = app.window.trendlog
    rows = [signal_values(title=f"Bulk {i}") for i in range(BULK_THRESHOLD)]
    path = write_csv(tmp_path / "bulk.csv", rows)
    before = os.path.getsize(app.store.path)
    fold = app.store.fold_wal
    folded: list[int] = []  # the file's size after each fold

    def fold_wal() -> None:
        fold()
        folded.append(os.path.getsize(app.store.path))

    monkeypatch.setattr(app.store, "fold_wal", fold_wal)
    _import_in_wizard(qtbot, view, path)
    qtbot.waitUntil(lambda: bool(folded), timeout=WAIT_MS)
    assert folded[0] > before


def test_auto_lock_clears_models_and_asks_to_unlock(qtbot, demo_path) -> None:
    now = [1_000_000.0]  # the idle watcher's clock, moved by the test alone
    controller = start_app(qtbot, demo_path, idle_minutes=10, idle_clock=lambda: now[0])
    view = controller.window.trendlog
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: "History" in view.detail.toPlainText(), timeout=WAIT_MS)
    controller.idle.check()
    assert controller.store is not None  # no time has passed
    now[0] += 10 * 60  # ten minutes without input
    with qtbot.waitSignal(controller.store_locked, timeout=WAIT_MS):
        controller.idle.check()  # what its timer does every few seconds
    assert controller.store is None and controller.reference is None
    assert view.model.rowCount() == 0
    assert "History" not in view.detail.toPlainText()
    assert view.undo_stack.count() == 0
    assert not controller.window.isVisible()
    qtbot.waitUntil(
        lambda: controller.dialog is not None and controller.dialog.isVisible(), timeout=WAIT_MS
    )
    assert not controller.dialog.creating
    controller.dialog.close()
    controller.shutdown()


def test_ctrl_l_locks_and_unlock_restores_the_view(qtbot, app) -> None:
    window = app.window
    with qtbot.waitSignal(window.trendlog.model.loaded, timeout=WAIT_MS):
        window.navigator.go_to("trendlog", "DAO")
    with qtbot.waitSignal(app.store_locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = app.dialog
    assert dialog is not None and window.trendlog.model.rowCount() == 0
    with qtbot.waitSignal(window.trendlog.model.loaded, timeout=WAIT_MS):
        dialog.ok.click()  # a keyring store: unlocking needs no passphrase
    assert window.isVisible()
    assert {
        window.trendlog.model.row_at(r).region for r in range(window.trendlog.model.rowCount())
    } == {"DAO"}


def test_trend_chart_counts_the_last_twelve_months(qtbot, app) -> None:
    from datetime import date

    from PySide6.QtCharts import QBarCategoryAxis, QStackedBarSeries

    from desk.services.search import SignalFilter
    from desk.services.trends import monthly_counts

    chart = app.window.trendlog.chart
    qtbot.waitUntil(lambda: len(chart.chart().series()) == 1, timeout=WAIT_MS)
    (series,) = chart.chart().series()
    assert isinstance(series, QStackedBarSeries)
    shown = sum(sum(bar.at(i) for i in range(bar.count())) for bar in series.barSets())
    expected = int(monthly_counts(app.store, SignalFilter()).to_numpy().sum())
    assert shown == expected > 0
    (months,) = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    labels = months.categories()
    assert len(labels) == 12
    today = date.today()
    assert labels[-1].endswith(f" {today:%y}")  # "Nov 26" style, newest last


def test_month_labels_follow_the_locale() -> None:
    from PySide6.QtCore import QLocale

    from desk.ui.trendlog.chart import month_label

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert month_label("2026-03") == "Mar 26"
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert month_label("2026-03") == "mrt 26"
    finally:
        QLocale.setDefault(before)


def test_tlp_column_fits_the_longest_label(app) -> None:
    from desk.ui.trendlog.table_model import COL_TLP

    table = app.window.trendlog.table
    label = table.fontMetrics().horizontalAdvance("TLP:AMBER+STRICT") + 12 + 4  # delegate padding
    assert table.columnWidth(COL_TLP) >= label


def test_failed_work_without_a_handler_is_told_to_the_user(qtbot, app) -> None:
    def task(store):
        raise OSError(28, "No space left on device", "/data/x")

    with qtbot.waitSignal(app.failure, timeout=WAIT_MS) as told:
        app.run(task)  # no failed callback: the controller reports it
    assert told.args == ["cannot write /data/x: the disk is full"]
    qtbot.waitUntil(lambda: app.window.failure_box is not None, timeout=WAIT_MS)
    assert "disk is full" in app.window.failure_box.text()


def test_a_failed_undo_clears_the_history_and_says_so(qtbot, app, monkeypatch) -> None:
    from desk.services import signals as signals_service
    from desk.store import StoreBusy

    view = app.window.trendlog
    sid = view.model.row_at(0).id
    view.select_signal(sid)
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.archive_selected()
    assert view.undo_stack.count() == 1

    def busy(*_a, **_k):
        raise StoreBusy(app.path)

    monkeypatch.setattr(signals_service, "restore_statuses", busy)
    monkeypatch.setattr("desk.ui.trendlog.commands.restore_statuses", busy)
    with qtbot.waitSignal(app.failure, timeout=WAIT_MS) as told:
        view.undo_stack.undo()
    assert "busy" in told.args[0] and "undo history cleared" in told.args[0]
    assert view.undo_stack.count() == 0  # the stack no longer claims what the store lacks
    assert get_signal(app.store, sid).status == "archived"


def test_ctrl_e_asks_the_highest_tlp_and_says_what_was_left_out(
    qtbot, app, tmp_path: Path, monkeypatch
) -> None:
    """#11.5: the export of the signals shown stops at TLP:AMBER unless asked, and says so."""
    from PySide6.QtWidgets import QFileDialog

    from desk.models.enums import Tlp

    view = app.window.trendlog
    out = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.table.setFocus()
    qtbot.keyClick(app.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.export_dialog is not None, timeout=WAIT_MS)
    dialog = view.export_dialog
    assert dialog.options() == type(dialog.options())(Tlp.AMBER, "Dep. VERTROUWELIJK")
    assert not dialog.red_warning.isVisibleTo(dialog)
    shown = search_signals(app.store, view.model.filter, limit=100_000)
    red = sum(s.tlp == Tlp.RED for s in shown)
    strict = sum(s.tlp == Tlp.AMBER_STRICT for s in shown)
    assert red and strict and len(shown) > red + strict
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        dialog.accept()
    text = said.args[0]
    assert "(TLP:AMBER, Dep. VERTROUWELIJK)" in text and "The file is not encrypted." in text
    assert f"Left out above TLP:AMBER: {red} TLP:RED, {strict} TLP:AMBER+STRICT signal(s)." in text
    assert {r["tlp"] for r in exported_rows(out)} <= {"CLEAR", "GREEN", "AMBER"}

    app.window.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(app.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.export_dialog is not None, timeout=WAIT_MS)
    dialog = view.export_dialog
    assert dialog.options().max_tlp is Tlp.AMBER  # RED is never remembered
    dialog.max_tlp.setCurrentIndex(dialog.max_tlp.findData("RED"))
    assert dialog.red_warning.isVisibleTo(dialog)
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        dialog.accept()
    assert "Left out" not in said.args[0] and "(TLP:RED, " in said.args[0]
    assert len(exported_rows(out)) == len(shown)


def test_the_place_left_is_where_the_next_start_opens(qtbot, demo_path) -> None:
    """Closing the window remembers the section and region on screen; the next start opens
    there (not only a lock did)."""
    from desk.ui.controller import AppController

    first = start_app(qtbot, demo_path)
    first.window.navigator.go_to("countries", "DAO")
    qtbot.waitUntil(lambda: first.window.navigator.current() == ("countries", "DAO"))
    first.window.close()
    first.shutdown()

    second = AppController(demo_path)
    second.start()
    qtbot.waitUntil(
        lambda: second.window is not None and second.window.navigator.current() is not None,
        timeout=WAIT_MS,
    )
    assert second.window.navigator.current() == ("countries", "DAO")
    second.shutdown()

"""Keyboard use for #18 (WCAG 2.1.1, 2.4.3, 2.4.7): the current table cell shows where focus
is, the signal dialog's Tab order follows the form, and sections can be reached by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desk.services.demo import load_demo
from desk.ui.trendlog.table_model import COL_TITLE, COL_TLP
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    controller = open_app(load_demo)
    controller.window.activateWindow()
    return controller


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def cell_image(table, row: int, column: int):
    # in view first: on the offscreen platform's 800-pixel screen the window is at its minimum
    # width, and making the other column current may have scrolled this one out of sight
    table.scrollTo(table.model().index(row, column))
    QApplication.processEvents()
    rect = table.visualRect(table.model().index(row, column))
    return table.viewport().grab(rect).toImage()


@pytest.mark.parametrize("column", [COL_TLP, COL_TITLE])
def test_the_current_cell_shows_a_focus_rectangle(qtbot, app, column: int) -> None:
    """The TLP badge is drawn by its own delegate: it must draw the focus too."""
    table = app.window.trendlog.table
    active(qtbot, app.window)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    other = COL_TITLE if column == COL_TLP else COL_TLP
    table.setCurrentIndex(table.model().index(1, other))
    QApplication.processEvents()
    elsewhere = cell_image(table, 1, column)
    table.setCurrentIndex(table.model().index(1, column))
    QApplication.processEvents()
    focused = cell_image(table, 1, column)
    assert elsewhere.size() == focused.size()
    assert elsewhere != focused  # the same selected row; only the focus rectangle differs


def tab_walk(qtbot, start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from ``start`` until ``stop`` (both included), each once: Tab
    first walks a date field's day, month and year, as Qt's date fields do."""
    reached = [start]
    for _ in range(60):
        if reached[-1] is stop:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:
            reached.append(QApplication.focusWidget())
    return reached


def test_tab_walks_the_signal_dialog_top_to_bottom(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    active(qtbot, editor)
    fields = list(editor.fields.values())
    first, last = fields[0], fields[-1]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=WAIT_MS)
    reached = tab_walk(qtbot, first, last)
    assert [w for w in reached if w in fields] == fields  # every field, in the form's order
    tops = [w.mapTo(editor, w.rect().topLeft()).y() for w in reached]
    assert tops == sorted(tops)  # top to bottom, nothing else in between jumps back
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in editor.buttons.buttons()  # then the buttons, in their
    # platform's order (Cancel, Save here)
    editor.reject()


def test_sections_have_shortcuts_listed_in_help(qtbot, app) -> None:
    window = app.window
    active(qtbot, window)
    dialog = window.show_shortcuts()
    rows = {
        dialog.model.index(r, 1).data(): dialog.model.index(r, 0).data()
        for r in range(dialog.model.rowCount())
    }
    dialog.close()
    for number, section in enumerate(window.sections.values(), start=1):
        assert rows[f"View → Go to → {section.display_title()}"] == f"Ctrl+{number}"
    assert rows["Help → Keyboard shortcuts"] == QKeySequence("F1").toString()
    window.navigator.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.sections["meetings"]
    assert window.navigator.hasFocus()  # the screen reader says where the user now is

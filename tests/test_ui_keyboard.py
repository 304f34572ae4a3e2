"""Keyboard use of the trend log (#17.7): focus ring, shortcuts, Escape, one modal wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.services.demo import load_demo
from desk.services.signals import get_signal
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    controller = open_app(load_demo)
    window = controller.window
    window.activateWindow()
    return controller


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def test_a_focused_chip_shows_a_focus_ring(qtbot, app) -> None:
    view = app.window.trendlog
    active(qtbot, app.window)
    chip = view.chips.category_chips["finance"]
    view.search.setFocus()
    plain = chip.grab().toImage()
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chip.hasFocus, timeout=WAIT_MS)
    ringed = chip.grab().toImage()
    assert plain.size() == ringed.size()  # the chip does not move when focus arrives
    assert plain != ringed
    border = ringed.pixelColor(ringed.width() // 2, 0)
    assert border.red() > 180 and border.blue() < 100  # the orange ring, on the top edge
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()


def test_edit_and_archive_have_shortcuts_listed_in_help(qtbot, app) -> None:
    window = app.window
    assert window.signal_actions[0].shortcut() == QKeySequence("F2")
    assert window.archive_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    dialog = window.show_shortcuts()
    rows = {
        dialog.model.index(r, 1).data(): dialog.model.index(r, 0).data()
        for r in range(dialog.model.rowCount())
    }
    assert rows["Edit → Edit signal"] == "F2"
    assert rows["Edit → Archive"] == QKeySequence(QKeySequence.StandardKey.Delete).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["File → Import signals"] == "Ctrl+I"
    dialog.close()


def test_f2_edits_the_current_signal_and_delete_archives_it(qtbot, app) -> None:
    window, view = app.window, app.window.trendlog
    active(qtbot, window)
    sid = view.model.row_at(0).id
    view.table.setFocus()
    view.select_signal(sid)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.editor is not None, timeout=WAIT_MS)
    assert view.editor.detail.id == sid
    view.editor.discard()
    active(qtbot, window)
    view.table.setFocus()
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert get_signal(app.store, sid).status == "archived"
    view.search.setFocus()
    view.search.setText("abc")
    view.search.setCursorPosition(0)
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)  # in a text field Delete deletes text
    assert view.search.text() == "bc"


def test_signal_actions_act_only_in_the_trend_log(qtbot, app) -> None:
    window = app.window
    window.navigator.go_to("meetings")
    assert not any(a.isEnabled() for a in window.signal_actions)
    window.navigator.go_to("trendlog")
    assert all(a.isEnabled() for a in window.signal_actions)


def test_escape_asks_before_discarding_a_typed_new_signal(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    qtbot.keyClicks(editor.title_edit, "Half-written")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.discard_box
    assert box is not None and editor.isVisible()
    assert box.windowTitle() == "Discard changes?"
    box.button(QMessageBox.StandardButton.Cancel).click()  # "Keep editing"
    assert editor.isVisible() and editor.title_edit.text() == "Half-written"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    with qtbot.waitSignal(editor.rejected, timeout=WAIT_MS):
        editor.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible() and view.editor is None


def test_escape_closes_an_untouched_form_at_once(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    with qtbot.waitSignal(editor.rejected, timeout=WAIT_MS):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.discard_box is None


def test_locking_closes_a_typed_form_without_asking(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    editor.title_edit.setText("Typed, then the app locks")
    with qtbot.waitSignal(app.store_locked, timeout=WAIT_MS):
        app.lock()
    assert not editor.isVisible() and editor.discard_box is None
    app.dialog.close()


def test_the_import_wizard_is_modal_and_opens_once(qtbot, app) -> None:
    window, view = app.window, app.window.trendlog
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.wizard is not None and view.wizard.isVisible(), timeout=WAIT_MS)
    wizard = view.wizard
    assert wizard.isModal() or wizard.windowModality() != Qt.WindowModality.NonModal
    assert view.open_import_wizard() is wizard  # Ctrl+I again: the same one, brought forward
    visible = [
        w for w in QApplication.topLevelWidgets() if type(w) is type(wizard) and w.isVisible()
    ]
    assert visible == [wizard]
    wizard.reject()
    assert view.wizard is None

"""The app's side of no lost updates: a signal saved by someone else while the edit dialog was
open stops the save, shows both values, and keeps what the user typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk.errors import ChangedElsewhere
from desk.services import meetings as mt
from desk.services.signals import create_signal, get_signal, update_signal
from desk.store import open_store
from desk.ui.conflict_dialog import ConflictDialog
from desk.ui.trendlog.table_model import COL_TITLE
from tests.conftest import WAIT_MS
from tests.helpers import draft


def one_signal(store) -> None:
    create_signal(store, draft(store, title="Chips via Yerevan", summary="Seen."), actor="anna")


@pytest.fixture
def editing(qtbot, open_app):
    """The app with one signal, its edit dialog open; then bram changes its title elsewhere
    (another Desk on the same file)."""
    app = open_app(one_signal)
    view = app.window.trendlog
    view.table.setCurrentIndex(view.model.index(0, COL_TITLE))
    sid = view.current_id()
    view.edit_current()
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.isVisible(), timeout=WAIT_MS)
    with open_store(app.path) as other:
        changed = draft(other, title="Chips via Yerevan and Tbilisi", summary="Seen.")
        update_signal(other, sid, changed, actor="bram")
    return app, view, view.editor, sid


def save_and_meet_the_conflict(qtbot, editor) -> ConflictDialog:
    editor.summary.setPlainText("My analysis of the October shipments")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: editor.conflict is not None and editor.conflict.isVisible(), timeout=WAIT_MS
    )
    return editor.conflict


def test_the_edit_dialog_shows_the_conflict_and_keeps_the_typed_text(qtbot, editing) -> None:
    app, view, editor, sid = editing
    conflict = save_and_meet_the_conflict(qtbot, editor)
    assert editor.isVisible()
    assert editor.summary.toPlainText() == "My analysis of the October shipments"
    assert editor.title_edit.text() == "Chips via Yerevan"
    assert conflict.rows() == [
        ("Title", "Chips via Yerevan", "Chips via Yerevan and Tbilisi"),
        ("Summary", "My analysis of the October shipments", "Seen."),
    ]
    assert "changed by bram at" in conflict.message.text()
    assert isinstance(conflict.error, ChangedElsewhere)
    stored = get_signal(app.store, sid)
    assert (stored.title, stored.summary) == ("Chips via Yerevan and Tbilisi", "Seen.")

    # Keep editing: the form now names their version, so saving again overwrites deliberately
    conflict.keep_button.click()
    assert editor.isVisible() and editor.version == stored.version
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert not editor.isVisible()
    saved = get_signal(app.store, sid)
    assert (saved.title, saved.summary) == ("Chips via Yerevan", editor.summary.toPlainText())
    # the undo goes back to theirs, the version before this save
    with qtbot.waitSignal(view.model.loaded, timeout=WAIT_MS):
        view.undo_stack.undo()
    assert get_signal(app.store, sid).title == "Chips via Yerevan and Tbilisi"


def test_reload_theirs_discards_the_edit_and_fills_the_form(qtbot, editing) -> None:
    app, _view, editor, sid = editing
    conflict = save_and_meet_the_conflict(qtbot, editor)
    conflict.reload_button.click()
    assert editor.isVisible()
    assert editor.title_edit.text() == "Chips via Yerevan and Tbilisi"
    assert editor.summary.toPlainText() == "Seen."
    assert editor.version == get_signal(app.store, sid).version


def test_minutes_changed_elsewhere_show_both_and_keep_the_text(qtbot, open_app) -> None:
    def a_meeting(store) -> None:
        mt.plan_series(store, "DAO", date.today() + timedelta(days=14), count=1)

    app = open_app(one_signal, a_meeting)
    window, view = app.window, app.window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DAO")
    agenda, meeting_id = view.agenda_panel, view.page.meeting.id
    agenda.agenda_view.selectRow(0)
    item_id = agenda.agenda.row_object(0).id

    def stored() -> str:
        return mt.get_agenda(app.store, meeting_id).items[0].minutes

    with open_store(app.path) as other:
        mt.update_item(other, item_id, mt.ItemPatch(minutes="Bram's minutes"), actor="bram")
    agenda.minutes.setPlainText("Anna's minutes")
    agenda.save_minutes()
    qtbot.waitUntil(
        lambda: agenda.conflict is not None and agenda.conflict.isVisible(), timeout=WAIT_MS
    )
    assert agenda.minutes.toPlainText() == "Anna's minutes"
    assert agenda.conflict.rows() == [("Minutes", "Anna's minutes", "Bram's minutes")]
    assert stored() == "Bram's minutes"

    agenda.conflict.keep_button.click()  # the next save replaces theirs, deliberately
    agenda.save_minutes()
    qtbot.waitUntil(lambda: stored() == "Anna's minutes", timeout=WAIT_MS)

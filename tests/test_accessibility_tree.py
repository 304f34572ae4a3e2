"""What a screen reader gets from the trend log, the signal dialog and the meeting agenda: the
Qt accessibility tree (role, name, description, value). ``pytest -s`` prints it; the asserts
hold what #18's note says a screen reader announces."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from tests.a11y_probe import tree
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    today = date.today()
    return open_app(
        load_demo,
        lambda s: load_demo_meetings(s, today=today),
        lambda s: load_demo_countries(s, today=today),
    )


def settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: app.executor.pending == 0, timeout=WAIT_MS)
    QApplication.processEvents()


def dump(title: str, lines: list[str]) -> str:
    text = "\n".join(lines)
    print(f"\n== {title}\n{text}")
    return text


def test_the_trend_log_as_a_screen_reader_gets_it(qtbot, app) -> None:
    # the offscreen screen is 800 pixels wide: the window shown fits it, and the table's
    # cells beyond its viewport are not in the tree; as wide as on a laptop instead
    app.window.resize(1280, 680)
    view = app.window.trendlog
    row = view.model.row_at(0)
    view.select_signal(row.id)
    qtbot.waitUntil(lambda: row.title in view.detail.toPlainText(), timeout=WAIT_MS)
    settle(qtbot, app)
    text = dump("trend log", tree(view, limit=5, rows=2))
    assert 'EditableText "Search the trend log" — Words, and filters' in text
    assert 'CheckBox "Finance" — Show only signals of this category' in text
    assert f'Cell "TLP:{row.tlp}"' in text and 'ColumnHeader "Status"' in text
    assert 'StaticText "Signal details"' in text and "Number of signals shown" in text
    assert 'Client "Signals per month by category" — Signals per month' in text


def test_the_signal_dialog_as_a_screen_reader_gets_it(qtbot, app) -> None:
    view = app.window.trendlog
    view.new_signal()
    editor = view.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    text = dump("signal dialog", tree(editor))
    assert 'Dialog "New signal"' in text
    for name in ("Observed on", "Title", "Summary", "Source", "HS codes", "Tags"):
        assert f'"{name}"' in text
    # combo boxes: Linux gives their current choice as the name, the label by relation
    tlp = QAccessible.queryAccessibleInterface(editor.fields["tlp"])
    labels = [i.text(QAccessible.Text.Name) for i, _ in tlp.relations(QAccessible.Relation.Label)]
    assert labels == ["TLP"]
    editor.reject()


def test_the_meeting_agenda_as_a_screen_reader_gets_it(qtbot, app) -> None:
    window = app.window
    with qtbot.waitSignal(window.meetings.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    settle(qtbot, app)
    text = dump("meeting agenda", tree(window.meetings.agenda_panel, rows=2))
    assert 'Table "Agenda"' in text and 'ColumnHeader "Presenter"' in text
    assert 'EditableText "Minutes of the selected item"' in text
    assert 'Table "Signals under item 1"' in text and 'Cell "TLP:' in text

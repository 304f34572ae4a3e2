"""The meeting page and the Actions section after issue 17: who is invited to a draft, status
buttons named by what they do, the chair and a move in the status line, TLP badges under item 1,
and "overdue" marked on the very rows a count counts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from desk.models.meetings import MeetingStatus
from desk.services import meetings as mt
from desk.services.demo import load_demo, load_demo_meetings
from desk.ui.meetings.models import TLP_COLUMN, meeting_list_model
from desk.ui.trendlog.delegates import TlpDelegate
from desk.ui.trendlog.table_model import TlpRole
from tests.conftest import WAIT_MS

DEMO_DAY = date(2026, 11, 22)  # the demo's DEU meetings: 27 Oct, 24 Nov (next), …


@pytest.fixture
def app(open_app):
    return open_app(load_demo, lambda store: load_demo_meetings(store, today=DEMO_DAY))


def open_meeting(qtbot, app, region: str, meeting_id: int):
    view = app.window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        app.window.navigator.go_to("meetings", region)
    if view.page.meeting.id != meeting_id:
        with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
            view.load_page(meeting_id)
    return view


def status_texts(model) -> list[str]:
    column = model.columnCount() - 1
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_draft_lists_who_will_be_invited_and_the_buttons_say_what_they_do(qtbot, app) -> None:
    store = app.store
    _m1, m2, m3, *_ = mt.list_meetings(store, "DEU")  # m3: the next meeting, a draft
    view = open_meeting(qtbot, app, "DEU", m3.id)
    people = view.people_panel
    view.tabs.setCurrentWidget(people)
    assert view.page.meeting.status == MeetingStatus.DRAFT
    names = [p.name for p in people.people.rows]
    assert names == [p.name for p in mt.participants(store, m2.id)] and names
    assert people.note.isVisibleTo(app.window)
    assert m2.starts_at.strftime("%d %B %Y") in people.note.text()
    # the rows are the previous meeting's: no attendance or removal from here, adding is fine
    assert people.add_person_button.isEnabled()
    assert not people.remove_person_button.isEnabled()
    assert not people.attended_button.isEnabled()

    assert view.open_button.text().replace("&", "") == "Open for preparation"
    assert view.held_button.text().replace("&", "") == "Mark as held"
    assert view.final_button.text().replace("&", "") == "Finalise minutes"
    assert view.reopen_button.text().replace("&", "").startswith("Re-open")
    for button in (view.open_button, view.held_button, view.final_button, view.reopen_button):
        assert "→" in button.toolTip()  # says which status it leads to, and what changes
    assert "Chair: Anna de Vries." in view.subtitle.text()

    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.open_button.click()
    assert [p.name for p in people.people.rows] == names
    assert not people.note.isVisibleTo(app.window) and people.remove_person_button.isEnabled()


def test_a_moved_meeting_says_so_in_full(qtbot, app) -> None:
    store = app.store
    *_, last = mt.list_meetings(store, "DEU")
    moved_to = datetime.combine(last.date + timedelta(days=2), time(14, 30))
    mt.move_meeting(store, last.id, moved_to)
    view = open_meeting(qtbot, app, "DEU", last.id)
    planned = f"{last.date:%A %d %B %Y}"
    assert f"Moved from {planned}." in view.subtitle.text()
    row = [m.id for m in view.meetings.rows].index(last.id)
    note = view.meetings.index(row, 3)
    assert note.data() == f"moved from {last.date.isoformat()}"
    assert note.data(Qt.ItemDataRole.ToolTipRole).startswith(f"Moved from {planned} to ")


def test_the_signals_under_item_1_carry_tlp_badges(qtbot, app) -> None:
    _m1, _m2, m3, *_ = mt.list_meetings(app.store, "DEU")
    view = open_meeting(qtbot, app, "DEU", m3.id)
    agenda = view.agenda_panel
    assert agenda.signals.rowCount() > 0
    assert isinstance(agenda.signals_view.itemDelegateForColumn(TLP_COLUMN), TlpDelegate)
    first = agenda.signals.row_object(0)
    cell = agenda.signals.index(0, TLP_COLUMN)
    assert cell.data(TlpRole) == first.tlp and cell.data() == f"TLP:{first.tlp}"
    assert agenda.signals.index(0, 0).data(TlpRole) is None  # only the TLP column


def test_the_overdue_count_marks_the_rows_it_counts(qtbot, app) -> None:
    """The demo's next meeting carries two open actions: one due two weeks before it, one due
    three days before it. On the day the second is due, only the first is overdue — in the
    meeting's tab and in the Actions section alike."""
    _m1, _m2, m3, *_ = mt.list_meetings(app.store, "DEU")
    view = open_meeting(qtbot, app, "DEU", m3.id)
    outcomes = view.outcomes_panel
    due_days = sorted(a.due_on for a in view.page.actions.carried)
    assert len(due_days) == 2
    for today, overdue in ((due_days[1], 1), (m3.date, 2)):
        outcomes.today = lambda today=today: today
        with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
            view.load_page(m3.id)
        assert f"(2, {overdue} overdue today)" in outcomes.carried_label.text()
        assert status_texts(outcomes.carried).count("overdue") == overdue

        actions = app.window.sections["actions"]
        actions.today = lambda today=today: today
        with qtbot.waitSignal(actions.loaded, timeout=WAIT_MS):
            app.window.navigator.go_to("actions", "DEU")
        assert f"{overdue} overdue" in actions.count.text()
        assert f"due before today ({today.isoformat()})" in actions.count.toolTip()
        assert status_texts(actions.model).count("overdue") == overdue
        with qtbot.waitSignal(actions.loaded, timeout=WAIT_MS):
            actions.show_filter.setCurrentIndex(actions.show_filter.findData("overdue"))
        assert actions.model.rowCount() == overdue
        with qtbot.waitSignal(actions.loaded, timeout=WAIT_MS):
            actions.show_filter.setCurrentIndex(actions.show_filter.findData("open"))
        view = open_meeting(qtbot, app, "DEU", m3.id)


def test_the_meeting_list_note_is_whole_in_its_tooltip(qtbot) -> None:
    model = meeting_list_model()
    moved = mt.MeetingInfo(
        1,
        "DEU",
        1,
        date(2026, 12, 1),
        datetime(2026, 12, 3, 14, 30, tzinfo=ZoneInfo("Europe/Amsterdam")),
        120,
        "Europe/Amsterdam",
        MeetingStatus.DRAFT,
        "",
        "",
        "",
    )
    model.set_rows([moved])
    note = model.index(0, 3)
    assert note.data() == "moved from 2026-12-01"
    assert note.data(Qt.ItemDataRole.ToolTipRole) == (
        "Moved from Tuesday 1 December 2026 to Thursday 3 December 2026, 14:30"
    )

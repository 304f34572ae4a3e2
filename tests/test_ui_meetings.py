"""The meetings screens, driven headless: plan, open, record, finalise, carry forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desk.models.meetings import ActionStatus, AgendaKind, Attendance, MeetingStatus
from desk.services import meetings as mt
from desk.services.demo import load_demo
from desk.services.meetings import AgendaEntry
from desk.ui.meetings.models import AgendaModel, ordered_for_list
from tests.conftest import WAIT_MS


def entry(n: int) -> AgendaEntry:
    return AgendaEntry(100 + n, n, AgendaKind.FREE, f"Item {n}", 10, "", "", None)


def test_agenda_model_drag_gives_the_new_order(qtbot) -> None:
    orders: list[list[int]] = []
    model = AgendaModel(orders.append)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([entry(n) for n in range(1, 6)])
    assert model.order_after_move([3], 1) == [101, 104, 102, 103, 105]
    assert model.order_after_move([0, 1], 5) == [103, 104, 105, 101, 102]
    data = model.mimeData([model.index(4, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1)) is False
    assert orders == [[105, 101, 102, 103, 104]]
    model.read_only = True
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_meeting_list_puts_the_next_meeting_on_top(store) -> None:
    mt.plan_series(store, "DAO", date.today() - timedelta(weeks=8), count=5)
    meetings = mt.list_meetings(store, "DAO")
    ordered = ordered_for_list(meetings)
    now = datetime.now(UTC)
    upcoming = [m for m in meetings if m.ends_at > now]
    assert ordered[0] == upcoming[0]
    assert ordered[-1] == meetings[0]  # the oldest last


@pytest.fixture
def app(open_app):
    return open_app(load_demo)


def test_plan_open_record_finalise_and_carry_forward(qtbot, app) -> None:
    window = app.window
    view = window.meetings
    agenda, people, outcomes = view.agenda_panel, view.people_panel, view.outcomes_panel
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DAO")
    assert view.empty_box.isVisibleTo(window) and view.meetings.rowCount() == 0

    # plan the DAO series: the first meeting two weeks ahead, then every four weeks
    view.plan_series()
    dialog = view.dialog
    first = date.today() + timedelta(days=14)
    dialog.start.setDate(QDate(first.year, first.month, first.day))
    dialog.count.setValue(3)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        dialog.accept()
    assert view.meetings.rowCount() == 3 and view.splitter.isVisibleTo(window)
    page = view.page
    assert page.meeting.date == first and page.meeting.status == MeetingStatus.DRAFT
    assert agenda.agenda.rowCount() == 4
    expected = [r.id for r in mt.agenda_signals(app.store, page.meeting.id)]
    assert [agenda.signals.row_object(n).id for n in range(agenda.signals.rowCount())] == expected
    assert expected, "the demo has DAO signals in the 28 days before the first meeting"

    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.open_button.click()
    assert view.page.meeting.status == MeetingStatus.OPEN

    people.add_participant()
    view.dialog.name.setText("Anna de Vries")
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.dialog.accept()
    people.people_view.selectRow(0)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        people.attended_button.click()
    assert people.people.row_object(0).attendance == Attendance.ATTENDED

    outcomes.add_decision()
    view.dialog.text.setPlainText("Invite Thai customs to a CHPI workshop")
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.dialog.accept()
    outcomes.add_action()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    view.dialog.text.setPlainText("Draft the workshop invitation")
    view.dialog.owners.setText("Anna de Vries; Bram Jansen")
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.dialog.accept()
    assert [d.text for d in outcomes.decided.rows] == ["Invite Thai customs to a CHPI workshop"]
    assert outcomes.agreed.row_object(0).owners == ["Anna de Vries", "Bram Jansen"]

    agenda.agenda_view.selectRow(0)
    agenda.minutes.setPlainText("Thai chip re-exports discussed.")
    agenda.save_minutes()
    qtbot.waitUntil(
        lambda: (
            mt.get_agenda(app.store, page.meeting.id).items[0].minutes
            == "Thai chip re-exports discussed."
        ),
        timeout=WAIT_MS,
    )

    for button in (view.held_button, view.final_button):
        with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
            button.click()
    assert view.page.meeting.status == MeetingStatus.FINALISED
    assert view.banner.isVisibleTo(window) and not agenda.add_item_button.isEnabled()
    with pytest.raises(mt.MeetingLocked):
        mt.add_decision(app.store, page.meeting.id, "too late")

    # the action is found on the next meeting
    second = mt.next_of(app.store, page.meeting.id)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.load_page(second.id)
    assert [a.text for a in outcomes.carried.rows] == ["Draft the workshop invitation"]
    outcomes.carried_view.selectRow(0)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        outcomes.done_button.click()
    assert mt.list_actions(app.store, statuses={ActionStatus.OPEN}) == []


def test_actions_section_filters_mine_and_overdue(qtbot, app) -> None:
    store = app.store
    mt.plan_series(store, "DEU", date.today() - timedelta(weeks=4), count=2)
    first = mt.list_meetings(store, "DEU")[0]
    from desk.services.settings import USER_NAME, set_setting

    set_setting(store, USER_NAME, "Anna de Vries")
    mt.add_action(
        store, first.id, "Overdue for Anna", ["Anna de Vries"], date.today() - timedelta(days=3)
    )
    mt.add_action(store, first.id, "Later for Bert", ["Bert"], date.today() + timedelta(days=30))
    view = app.window.sections["actions"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        app.window.navigator.go_to("actions", None)
    assert {a.text for a in view.model.rows} == {"Overdue for Anna", "Later for Bert"}
    for key, expected in (
        ("mine", {"Overdue for Anna"}),
        ("overdue", {"Overdue for Anna"}),
        ("closed", set()),
    ):
        with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
            view.show_filter.setCurrentIndex(view.show_filter.findData(key))
        assert {a.text for a in view.model.rows} == expected
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show_filter.setCurrentIndex(view.show_filter.findData("all"))
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.owner.setCurrentIndex(view.owner.findData("Bert"))
    assert [a.text for a in view.model.rows] == ["Later for Bert"]
    assert view.model.index(0, 0).data() == "DEU"


def test_the_item_editor_marks_a_title_shareable_with_external_readers(qtbot, app) -> None:
    mt.plan_series(app.store, "DAO", date.today() + timedelta(days=14), count=1)
    window = app.window
    view = window.meetings
    agenda = view.agenda_panel
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DAO")
    mid = view.page.meeting.id

    agenda.add_item()
    dialog = view.dialog
    assert dialog.shareable.isEnabled() and not dialog.shareable.isChecked()  # off by default
    dialog.title.setText("Outreach to Thai customs")
    dialog.shareable.setChecked(True)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        dialog.accept()
    added = mt.get_agenda(app.store, mid).items[-1]
    assert (added.title, added.shareable) == ("Outreach to Thai customs", True)

    agenda.agenda_view.selectRow(0)  # a standing item: always shown by its standing title
    agenda.edit_item()
    assert view.dialog.shareable.isChecked() and not view.dialog.shareable.isEnabled()
    view.dialog.reject()

    agenda.agenda_view.selectRow(agenda.agenda.rowCount() - 1)
    agenda.edit_item()
    assert view.dialog.shareable.isChecked()
    view.dialog.shareable.setChecked(False)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.dialog.accept()
    assert not mt.get_agenda(app.store, mid).items[-1].shareable


def test_changes_to_several_rows_are_one_transaction_each(qtbot, app, monkeypatch) -> None:
    store = app.store
    mt.plan_series(store, mt.SeriesPlan("DAO", date.today() + timedelta(days=14), count=1))
    (meeting,) = mt.list_meetings(store, "DAO")
    for name in ("Anna de Vries", "Bram Jansen", "Carla Smit"):
        mt.add_participant(store, meeting.id, mt.ParticipantDraft(name))
    for text in ("First", "Second"):
        mt.add_action(store, meeting.id, mt.ActionDraft(text, ("Anna de Vries",)))
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DAO")
    people, outcomes = view.people_panel, view.outcomes_panel

    started: list[int] = []
    transaction = type(store).transaction
    monkeypatch.setattr(
        type(store), "transaction", lambda self: started.append(1) or transaction(self)
    )
    people.people_view.selectAll()
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        people.excused_button.click()
    assert {p.attendance for p in people.people.rows} == {Attendance.EXCUSED}
    assert len(started) == 1

    people.people_view.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag
    people.people_view.selectionModel().select(people.people.index(2, 0), flags.Select | flags.Rows)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        people.remove_person_button.click()
    assert [p.name for p in people.people.rows] == ["Bram Jansen"]
    assert len(started) == 2

    outcomes.agreed_view.selectAll()
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        outcomes.dropped_button.click()
    assert {a.status for a in outcomes.agreed.rows} == {ActionStatus.DROPPED}
    assert len(started) == 3


def test_the_status_buttons_follow_the_service_rules(qtbot, app) -> None:
    store = app.store
    mt.plan_series(store, mt.SeriesPlan("DAO", date.today() + timedelta(days=14), count=1))
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DAO")
    buttons = {
        MeetingStatus.OPEN: view.open_button,
        MeetingStatus.HELD: view.held_button,
        MeetingStatus.FINALISED: view.final_button,
    }
    for status in (MeetingStatus.DRAFT, MeetingStatus.OPEN, MeetingStatus.HELD):
        assert view.page.meeting.status == status
        shown = [s for s, b in buttons.items() if b.isVisibleTo(window)]
        assert shown == [mt.next_status(status)]
        assert view.cancel_button.isEnabled() == mt.can_cancel(status)
        assert view.minutes_button.isEnabled() == mt.can_have_minutes(status)
        with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
            buttons[mt.next_status(status)].click()
    assert view.reopen_button.isVisibleTo(window)
    assert not any(b.isVisibleTo(window) for b in buttons.values())
    assert not view.people_panel.add_person_button.isEnabled()

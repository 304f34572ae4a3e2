"""Countries and knowledge-exchange screens, driven headless."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desk.models.countries import EventKind, EventStatus, RiskLevel
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.demo import load_demo, load_demo_countries
from desk.services.search import count_signals, parse_query
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    return open_app(load_demo, load_demo_countries)


def choose_country(qtbot, view, code: str) -> None:
    if view.page is not None and view.page.profile.code == code:
        return
    row = [c.code for c in view.list_model.rows].index(code)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.list.selectRow(row)


def test_open_armenia_edit_its_profile_and_move_it(qtbot, app) -> None:
    window, view = app.window, app.window.countries
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("countries", "DEU")
    choose_country(qtbot, view, "AM")
    assert (
        "Armenia" in view.profile_view.toPlainText()
        and "hackathon" in view.profile_view.toPlainText()
    )
    assert view.latest.rowCount() > 0
    assert [e.kind for e in view.events.rows] == [EventKind.HACKATHON]

    view.edit_profile()
    dialog = view.dialog
    dialog.risk.setCurrentIndex(dialog.risk.findData(RiskLevel.VERY_HIGH.value))
    dialog.notes.setPlainText("Updated after the hackathon planning.")
    dialog.figures.model.appendRow([])
    row = dialog.figures.model.rowCount() - 1
    from PySide6.QtGui import QStandardItem

    for col, text in enumerate(
        ("CHPI exports to Russia after 2023", "sharply down", "2025", "Government analysis")
    ):
        dialog.figures.model.setItem(row, col, QStandardItem(text))
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        dialog._accept()
    profile = ct.get_profile(app.store, "AM")
    assert profile.risk_level == RiskLevel.VERY_HIGH and profile.figures[-1].year == 2025
    assert "very high" in view.profile_view.toPlainText()
    assert "Risk level: high → very high" in view.history_view.toPlainText()
    assert "risk_level" not in view.history_view.toPlainText()

    before = count_signals(app.store, parse_query("region:DEU").filter)
    view.change_directorate()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    view.dialog.choice.setCurrentIndex(view.dialog.choice.findData("DAM"))
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.dialog.accept()
    assert ct.get_profile(app.store, "AM").directorate == "DAM"
    assert count_signals(app.store, parse_query("region:DEU").filter) == before - profile_signals(
        app.store, "AM"
    )
    assert "AM" not in [c.code for c in view.list_model.rows]  # the DEU list lost Armenia


def profile_signals(store, code: str) -> int:
    return ct.country_activity(store, code).total


def test_plan_a_new_uae_expert_panel_with_the_next_host(qtbot, app) -> None:
    window, view = app.window, app.window.sections["events"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.navigator.go_to("events", "DAM")
    view.new_event()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    dialog = view.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.EXPERT_PANEL.value))
    dialog.country.setCurrentIndex(dialog.country.findData("AE"))
    dialog.title_edit.setText("Second expert panel on trade finance")
    when = date.today() + timedelta(days=70)
    dialog.starts.setDate(QDate(when.year, when.month, when.day))
    dialog.ends.setDate(QDate(when.year, when.month, when.day))
    dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.PLANNED.value))
    dialog.co_hosts.setText("NL")
    dialog.co_hosts.editingFinished.emit()
    dialog.submitted.emit()  # one co-host only: refused, the dialog stays open
    qtbot.waitUntil(lambda: "at least two" in dialog.error.text(), timeout=WAIT_MS)
    assert dialog.isVisible()
    dialog.co_hosts.setText("NL; DE; FR; IT")
    dialog.host.clear()
    dialog.co_hosts.editingFinished.emit()
    assert dialog.host.text() == "DE"  # the demo panel was hosted by NL and held
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        dialog.submitted.emit()
    (new,) = [
        e
        for e in ev.list_events(app.store, country="AE")
        if e.title == "Second expert panel on trade finance"
    ]
    assert (new.host, new.status, new.chatham_house) == ("DE", EventStatus.PLANNED, True)
    assert view.current.id == new.id and "DE" in view.details.toPlainText()
    assert "Second expert panel on trade finance" in {e.title for e in view.timeline.events}


def test_edit_an_event_and_take_its_follow_ups_into_a_meeting(qtbot, open_app) -> None:
    def second_follow_up_and_a_meeting(store) -> None:
        (th,) = ev.list_events(store, country="TH")
        ev.add_event_action(store, th.id, "Share the course material", ["Bram Jansen"])
        mt.plan_series(store, "DAO", date.today() + timedelta(days=3), count=1)

    app = open_app(load_demo, load_demo_countries, second_follow_up_and_a_meeting)
    window, view = app.window, app.window.sections["events"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.navigator.go_to("events", "DAO")
    assert view.current is not None and view.current.country_code == "TH"
    before = view.current
    view.edit_event()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    dialog = view.dialog
    assert not dialog.kind.isEnabled() and not dialog.status.isEnabled()
    dialog.title_edit.setText("Academic collaboration on customs data")
    dialog.universities.setText("Chulalongkorn University; Mahidol University")
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        dialog.submitted.emit()
    after = ev.get_event(app.store, before.id)
    assert (after.title, after.universities, after.status, after.themes) == (
        "Academic collaboration on customs data",
        ["Chulalongkorn University", "Mahidol University"],
        before.status,
        before.themes,
    )
    changed = [e.field for e in ev.event_history(app.store, before.id) if e.action == "update"]
    assert sorted(changed) == ["title", "universities"]
    assert "Mahidol University" in view.details.toPlainText()

    qtbot.waitUntil(lambda: view.dialog is None, timeout=WAIT_MS)
    view.take_into_meeting()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    meeting_id = view.dialog.choice.currentData()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.dialog.accept()
    taken = [a.meeting_action_id for a in ev.get_event(app.store, before.id).actions]
    assert len(taken) == 2 and all(taken)
    agreed = {a.id: a.text for a in mt.actions_at(app.store, meeting_id).agreed}
    assert [agreed[i] for i in taken] == [
        "Offer customs a CHPI training in Bangkok",
        "Share the course material",
    ]
    assert not view.take_button.isEnabled()


def test_a_new_event_has_no_country_until_one_is_chosen(qtbot, local_store) -> None:
    from desk.services.reference import load_reference
    from desk.ui.countries.event_dialog import EventDialog

    reference = load_reference(local_store)
    dialog = EventDialog(reference, region="DAM")
    qtbot.addWidget(dialog)
    assert dialog.country.currentIndex() == -1 and dialog.country.currentText() == ""
    first = dialog.country.itemData(0)
    assert reference.region_of(first) == "DAM"  # the region's countries come first
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog._submit()
    assert "Choose the country" in dialog.error.text()
    dialog.country.setCurrentIndex(dialog.country.findData("AE"))
    with qtbot.waitSignal(dialog.submitted, timeout=WAIT_MS):
        dialog._submit()
    assert dialog.draft().country_code == "AE"
    given = EventDialog(reference, country="AM")  # opened from a country: that country
    qtbot.addWidget(given)
    assert given.country.currentData() == "AM"


def test_the_fields_of_each_kind_of_event_line_up_with_the_others(qtbot, local_store) -> None:
    from desk.services.reference import load_reference
    from desk.ui.countries.event_dialog import EventDialog

    dialog = EventDialog(load_reference(local_store))
    qtbot.addWidget(dialog)
    own = {
        EventKind.EXPERT_PANEL: [dialog.co_hosts, dialog.host, dialog.chatham],
        EventKind.HACKATHON: [dialog.cases],
        EventKind.ACADEMIC: [dialog.universities, dialog.programme],
    }
    for kind in EventKind:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        for fields_kind, fields in own.items():
            for field in fields:
                # one form for all fields: the labels share one column, no nested form
                assert dialog.form.indexOf(field) >= 0
                assert dialog.form.isRowVisible(field) == (fields_kind == kind)

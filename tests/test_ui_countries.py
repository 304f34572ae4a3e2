"""Countries and knowledge-exchange screens, driven headless."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desk.models.countries import EventKind, EventStatus, RiskLevel
from desk.services import countries as ct
from desk.services import events as ev
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
    assert "risk_level" in view.history_view.toPlainText()

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

"""Contact points in the app: the navigator under a region with several, a country given to
another one from a date, and a briefing for a period without a meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desk.services import contact_points as cps
from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from desk.ui.navigator import ContactPointRole, RegionRole
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    today = date.today()
    return open_app(
        load_demo,
        lambda s: load_demo_meetings(s, today=today),
        lambda s: load_demo_countries(s, today=today),
    )


def region_row(navigator, section: str, region: str):
    item = navigator.sections[section]
    return next(
        item.child(r) for r in range(item.rowCount()) if item.child(r).data(RegionRole) == region
    )


def point_rows(navigator, section: str, region: str) -> list[str]:
    row = region_row(navigator, section, region)
    return [row.child(i).data(ContactPointRole).name for i in range(row.rowCount())]


def test_navigator_shows_deus_two_contact_points_and_each_has_its_meetings(qtbot, app) -> None:
    window = app.window
    navigator, view = window.navigator, window.meetings
    qtbot.waitUntil(lambda: bool(point_rows(navigator, "meetings", "DEU")), timeout=WAIT_MS)
    assert point_rows(navigator, "meetings", "DEU") == ["DEU Europe & Caucasus", "DEU Central Asia"]
    assert point_rows(navigator, "countries", "DEU") == [
        "DEU Europe & Caucasus",
        "DEU Central Asia",
    ]
    # a region with one contact point looks as it always did; sections without them too
    assert point_rows(navigator, "meetings", "DAO") == []
    assert point_rows(navigator, "trendlog", "DEU") == []
    central = region_row(navigator, "meetings", "DEU").child(1)
    assert central.text() == "Central Asia" and "KG" in central.toolTip()

    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    region_meetings = view.meetings.rowCount()
    point = central.data(ContactPointRole)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU", contact_point=point.id)
    assert "DEU Central Asia" in view.heading.text()
    listed = view.meetings.rows
    assert 0 < len(listed) < region_meetings
    assert {m.contact_point_id for m in listed} == {point.id}
    assert {r.country_code for r in view.page.signals} <= set(point.countries)


def test_reassigning_a_country_from_its_profile_moves_it_from_a_date(qtbot, app) -> None:
    window, view = app.window, app.window.countries
    navigator = window.navigator
    qtbot.waitUntil(lambda: bool(point_rows(navigator, "countries", "DEU")), timeout=WAIT_MS)
    central = region_row(navigator, "countries", "DEU").child(1).data(ContactPointRole)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        navigator.go_to("countries", "DEU", contact_point=central.id)
    assert {c.code for c in view.list_model.rows} <= set(central.countries)
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        navigator.go_to("countries", "DEU")
    row = [c.code for c in view.list_model.rows].index("AM")
    if view.page is None or view.page.profile.code != "AM":
        with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
            view.list.selectRow(row)

    view.contact_point_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=WAIT_MS)
    dialog = view.dialog
    assert dialog.choice.currentText() == "DEU Europe & Caucasus"  # where Armenia is now
    dialog.choice.setCurrentIndex(dialog.choice.findData(central.id))
    start = date.today() + timedelta(days=10)
    dialog.valid_from.setDate(QDate(start.year, start.month, start.day))
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        dialog.accept()
    assert cps.contact_point_of(app.store, "AM", start).name == "DEU Central Asia"
    assert cps.contact_point_of(app.store, "AM", date.today()).name == "DEU Europe & Caucasus"
    assert "Central Asia" in window.statusBar().currentMessage()


def test_a_briefing_for_a_period_from_the_app(qtbot, app) -> None:
    window = app.window
    with qtbot.waitSignal(window.trendlog.model.modelReset, timeout=WAIT_MS, raising=False):
        window.navigator.go_to("trendlog", "DEU")
    window.prepare_briefing()  # not on a meeting: a briefing for a period
    qtbot.waitUntil(lambda: getattr(window, "period_dialog", None) is not None, timeout=WAIT_MS)
    dialog = window.period_dialog
    assert dialog.scope.currentData() == ("DEU", None)
    dialog.first.setDate(dialog.last.date().addDays(-90))
    dialog.accept()
    qtbot.waitUntil(
        lambda: window.document_job is not None and window.document_job.options_dialog is not None,
        timeout=WAIT_MS,
    )
    job = window.document_job
    assert job.report.kind == "period-briefing"
    job.options_dialog.accept()
    qtbot.waitUntil(lambda: job.preview is not None, timeout=WAIT_MS)
    assert job.preview.document.pageCount() >= 2
    job.preview.reject()

"""The main window fits a 1280×720 screen in every section, and the navigator keeps its width
from section to section (#17.4, #17.8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from tests.conftest import WAIT_MS

# A 1920×1080 laptop at 150 %: 1280×720, less a title bar and a desktop panel.
SCREEN_WIDTH, USABLE_HEIGHT = 1280, 720 - 70


@pytest.fixture
def app(open_app):
    """The demo as `desk init --demo` makes it (signals, meetings, profiles and events), on a
    first run: no window layout remembered by earlier tests."""
    QSettings().clear()
    return open_app(load_demo, load_demo_meetings, load_demo_countries)


def places(window) -> list[tuple[str, str | None]]:
    """Every section, for all regions and for a region with meetings, events and signals."""
    found: list[tuple[str, str | None]] = []
    for key, section in window.sections.items():
        found.append((key, None))
        if section.with_regions:
            found.append((key, "DEU"))
    return found


def settle(qtbot, app) -> None:
    """Until every piece of database work (and what its result asked for) has come back."""
    qtbot.waitUntil(lambda: app.executor.pending == 0, timeout=WAIT_MS)
    QApplication.processEvents()  # the layouts the last results asked for


def test_every_section_fits_1280_by_720(qtbot, app) -> None:
    window = app.window
    window.resize(SCREEN_WIDTH, USABLE_HEIGHT)
    seen = []
    for key, region in places(window):
        window.navigator.go_to(key, region)
        settle(qtbot, app)
        assert window.stack.currentWidget() is window.sections[key]
        hint = window.minimumSizeHint()
        section = window.sections[key].minimumSizeHint()
        seen.append((key, region, hint.width(), hint.height()))
        assert hint.width() <= SCREEN_WIDTH, (key, region, hint)
        assert hint.height() <= USABLE_HEIGHT, (key, region, hint)
        assert window.navigator.minimumWidth() + section.width() < SCREEN_WIDTH, (key, region)
        assert window.width() == SCREEN_WIDTH  # nothing pushed the window wider
    assert len(seen) == 2 * len(window.sections) - 1  # Exchange has no regions


def test_the_meeting_list_shows_a_moved_meetings_note(qtbot, app) -> None:
    from desk.ui.meetings.models import meeting_list_model

    window = app.window
    window.resize(SCREEN_WIDTH, USABLE_HEIGHT)
    window.navigator.go_to("meetings", "DEU")
    settle(qtbot, app)
    meetings = window.meetings
    note = "moved from 2026-12-31"
    note_column = meeting_list_model().columnCount() - 1
    width = meetings.list.columnWidth(note_column)
    assert width >= meetings.list.fontMetrics().horizontalAdvance(note)
    page = meetings.page_widget  # and the meeting beside it is not squeezed below its minimum
    assert page.width() >= page.minimumSizeHint().width()


def test_the_navigator_keeps_its_width_in_every_section(qtbot, app) -> None:
    window = app.window
    window.resize(SCREEN_WIDTH, USABLE_HEIGHT)
    settle(qtbot, app)
    window.set_navigator_width(260)
    for key, region in places(window):
        window.navigator.go_to(key, region)
        settle(qtbot, app)
        assert window.navigator.width() == 260, (key, region)
    window.resize(900, USABLE_HEIGHT)  # too narrow for 260 beside the meeting page
    assert window.navigator.width() < 260
    window.navigator.go_to("trendlog")
    window.resize(SCREEN_WIDTH, USABLE_HEIGHT)
    assert window.navigator.width() == 260  # back to the user's width, not the squeezed one
    window.save_layout()
    assert QSettings().value("main/navigator_width") in (260, "260")
    window.set_navigator_width(200)
    window.restore_layout()
    window.resize(SCREEN_WIDTH, USABLE_HEIGHT)  # whatever geometry the platform restored
    assert window.navigator_width == 260 and window.navigator.width() == 260

"""The window starts with the section it shows first; the others (and their modules) are built
when first reached, and then load what they show."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from desk.services.demo import load_demo, load_demo_meetings
from desk.ui.sections import SECTIONS
from tests.conftest import WAIT_MS


@pytest.fixture
def app(open_app):
    QSettings().clear()
    return open_app(load_demo, load_demo_meetings)


def test_each_entry_says_what_its_class_says() -> None:
    for entry in SECTIONS:
        kind = entry.load()
        assert (entry.key, entry.title) == (kind.key, kind.title)
        assert (entry.with_regions, entry.with_contact_points) == (
            kind.with_regions,
            kind.with_contact_points,
        )


def test_importing_the_window_leaves_the_other_sections_modules_unloaded() -> None:
    code = (
        "import sys, desk.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('desk.ui.meetings', "
        "'desk.ui.countries', 'desk.ui.trade', 'desk.ui.exchange', 'desk.ui.documents'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_the_window_starts_with_the_trend_log_alone_and_builds_a_section_when_chosen(
    qtbot, app
) -> None:
    window = app.window
    assert set(window.sections.built) == {"trendlog"} and window.stack.count() == 1
    assert list(window.navigator.sections) == [entry.key for entry in SECTIONS]
    # Refreshing (View → Refresh, a team database's changes, a lock) leaves them unbuilt.
    window.refresh_all()
    window.tables_changed({"*"})
    assert set(window.sections.built) == {"trendlog"}

    window.navigator.go_to("meetings", "DEU")
    assert set(window.sections.built) == {"trendlog", "meetings"}
    meetings = window.sections.built["meetings"]
    assert window.stack.currentWidget() is meetings and window.stack.count() == 2
    qtbot.waitUntil(lambda: meetings.meetings.rowCount() > 0, timeout=WAIT_MS)  # it loaded

    window.navigator.go_to("trendlog")
    window.navigator.go_to("meetings", "DEU")  # chosen again: the same one, not a second
    assert window.sections.built["meetings"] is meetings and window.stack.count() == 2


def test_go_to_and_the_properties_build_a_section(qtbot, app) -> None:
    window = app.window
    go_to = {a.text(): a for a in window.findChildren(type(window.briefing_action))}
    go_to[SECTIONS[5].display_title()].trigger()  # View → Go to → Trade radar (Ctrl+6)
    assert window.stack.currentWidget() is window.sections.built["trade"]
    assert window.countries is window.sections.built["countries"]  # built, not shown
    assert window.stack.currentWidget() is window.sections.built["trade"]

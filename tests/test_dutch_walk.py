"""Desk in Dutch: no English text left in any section or dialog (what a Dutch user reads)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests import test_accessibility_walk as walk
from tests.test_accessibility_walk import (
    country_dialogs,
    exchange_dialogs,
    meeting_dialogs,
    opened,
    other_dialogs,
    places,
    select_first_rows,
    settle,
)
from tests.test_translations import english_sources, shown_texts

app = walk.app  # the walk's demo app (signals, meetings, countries and events)


def english_in(root, where: str, english: dict[str, str]) -> list[str]:
    return [
        f"{where}: {text!r} (Dutch: {english[text]!r})"
        for text in shown_texts(root)
        if text in english
    ]


def test_no_english_left_in_any_section(qtbot, dutch, app) -> None:
    english = english_sources()
    window = app.window
    settle(qtbot, app)
    left: list[str] = []
    for key, region, point in places(window):
        window.navigator.go_to(key, region, contact_point=point)
        settle(qtbot, app)
        select_first_rows(qtbot, app, window.sections[key])
        left += english_in(window, f"{key}/{region or 'all'}", english)
    assert not left, "\n".join(dict.fromkeys(left))


def test_no_english_left_in_any_dialog(qtbot, dutch, app, tmp_path: Path) -> None:
    english = english_sources()
    openers = (
        other_dialogs(app, tmp_path)
        | meeting_dialogs(qtbot, app)
        | country_dialogs(qtbot, app)
        | exchange_dialogs(app, tmp_path)
    )
    left: list[str] = []
    titles: dict[str, str] = {}
    for name, action in openers.items():
        dialog = opened(qtbot, action)
        titles[name] = dialog.windowTitle()
        left += english_in(dialog, name, english)
        if isinstance(dialog, QWizard):
            for page_id in dialog.pageIds():
                left += english_in(dialog.page(page_id), f"{name} page {page_id}", english)
        dialog.reject()
        settle(qtbot, app)
    assert not left, "\n".join(dict.fromkeys(left))
    # a sample of Dutch window titles
    assert titles["PreferencesDialog"] == "Voorkeuren", titles

"""File → New store… / Open store…: the open store stays until another one is open (#17.1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desk.services.demo import load_demo
from desk.store import create_store
from tests.conftest import PASSPHRASE, WAIT_MS


@pytest.fixture
def app(open_app):
    return open_app(load_demo)


def choose_file(monkeypatch, path: Path) -> None:
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, _p=path, **k: (str(_p), ""))


def still_on(app, path: Path) -> bool:
    window = app.window
    return (
        app.store is not None
        and app.store.path == path
        and window.isVisible()
        and window.trendlog.model.rowCount() > 0
    )


def test_cancelling_a_new_store_returns_to_the_open_one(qtbot, app, tmp_path, monkeypatch) -> None:
    opened = app.store.path
    target = tmp_path / "elsewhere" / "new.db"
    choose_file(monkeypatch, target)
    app.window.new_store()
    dialog = app.dialog
    assert dialog is not None and dialog.creating
    assert still_on(app, opened)  # nothing closed while the dialog asks
    dialog.reject()  # Cancel on "Create a Desk store"
    assert app.dialog is None
    assert still_on(app, opened)
    assert not target.exists()


def test_cancelling_a_failed_open_returns_to_the_open_one(
    qtbot, app, tmp_path, monkeypatch
) -> None:
    opened = app.store.path
    other = tmp_path / "other.db"
    create_store(other, "passphrase", PASSPHRASE).close()
    choose_file(monkeypatch, other)
    app.window.open_store()
    dialog = app.dialog
    assert dialog is not None and not dialog.creating
    dialog.passphrase.setText("not the passphrase")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=WAIT_MS)
    dialog.reject()
    assert app.dialog is None and still_on(app, opened)


def test_opening_another_store_switches_the_window(qtbot, app, tmp_path, monkeypatch) -> None:
    other = tmp_path / "other.db"
    create_store(other, "passphrase", PASSPHRASE).close()
    choose_file(monkeypatch, other)
    app.window.open_store()
    dialog = app.dialog
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(app.store_opened, timeout=WAIT_MS):
        dialog.ok.click()
    assert app.store.path == other.resolve() and app.path == other.resolve()
    assert app.window.isVisible() and app.window.windowTitle().endswith("other.db")
    qtbot.waitUntil(lambda: app.window.trendlog.count_label.text() != "", timeout=WAIT_MS)
    assert app.window.trendlog.model.rowCount() == 0  # the new store's (empty) trend log


def test_choosing_the_open_store_again_changes_nothing(qtbot, app, monkeypatch) -> None:
    opened = app.store.path
    choose_file(monkeypatch, opened)
    app.window.open_store()
    assert app.dialog is None and still_on(app, opened)
    assert "already open" in app.window.statusBar().currentMessage()


def test_locked_while_choosing_then_cancelled_asks_to_unlock_the_old_store(
    qtbot, app, tmp_path, monkeypatch
) -> None:
    opened = app.store.path
    choose_file(monkeypatch, tmp_path / "new.db")
    app.window.new_store()
    switching = app.dialog
    with qtbot.waitSignal(app.store_locked, timeout=WAIT_MS):
        app.lock()  # the idle timer may lock while the dialog is open
    assert app.dialog is switching  # still the one on screen, not a second dialog
    switching.reject()
    dialog = app.dialog
    assert dialog is not None and dialog is not switching and dialog.isVisible()
    assert dialog.path == opened and not dialog.creating
    with qtbot.waitSignal(app.store_opened, timeout=WAIT_MS):
        dialog.ok.click()  # a keyring store: nothing to type
    qtbot.waitUntil(lambda: still_on(app, opened), timeout=WAIT_MS)

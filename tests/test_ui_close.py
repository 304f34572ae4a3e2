"""Closing the app never waits for the daily backup, and the backup is never lost."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject

import desk.ui.controller as controller_module
from desk.store.backup import list_auto_backups
from desk.store.engine import CACHE_MIN_KIB, PAGE_CACHE_BUDGET_KIB, cache_size_kib, driver
from tests.test_ui_conflicts import one_signal

WAIT_MS = 20_000


class HideWatch(QObject):
    def __init__(self, on_hide) -> None:
        super().__init__()
        self.on_hide = on_hide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.on_hide()
        return False


def test_daily_backup_is_taken_in_the_background_once_start_up_settled(qtbot, open_app) -> None:
    app = open_app(one_signal, backup_delay_ms=0)
    path = app.store.path
    qtbot.waitUntil(lambda: len(list_auto_backups(path)) == 1, timeout=WAIT_MS)
    assert app.window.isVisible() and app.store is not None  # while the app runs


def test_close_hides_the_window_while_the_backup_runs_and_the_backup_completes(
    qtbot, open_app, monkeypatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real_backup = controller_module.auto_backup

    def held_backup(store, reason):
        started.set()
        release.wait(60)  # until the window is gone (a close that waited would fail below)
        return real_backup(store, reason)

    monkeypatch.setattr(controller_module, "auto_backup", held_backup)
    app = open_app(one_signal, backup_delay_ms=0)
    path = app.store.path
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    hidden_while_backing_up: list[bool] = []

    def on_hide() -> None:
        hidden_while_backing_up.append(not release.is_set())
        release.set()

    watch = HideWatch(on_hide)
    app.window.installEventFilter(watch)
    app.window.close()
    app.shutdown()  # what aboutToQuit runs: it waits for the backup, the window long gone
    assert hidden_while_backing_up[:1] == [True]
    assert len(list_auto_backups(path)) == 1
    assert app.store is None


def test_a_backup_not_yet_started_is_taken_at_close(qtbot, open_app) -> None:
    app = open_app(one_signal, backup_delay_ms=3_600_000)  # never reached while the test runs
    path = app.store.path
    assert list_auto_backups(path) == []
    app.window.close()
    app.shutdown()
    assert len(list_auto_backups(path)) == 1


def test_page_cache_follows_the_store_size(local_store) -> None:
    share = PAGE_CACHE_BUDGET_KIB // 2
    assert cache_size_kib(10 * 2**20) == CACHE_MIN_KIB  # a small store: the floor
    assert cache_size_kib(60 * 2**20) == 30 * 1024  # half the store
    assert cache_size_kib(100 * 2**30) == share  # a huge one: its share of the budget
    with local_store.engine.connect() as conn:
        raw = driver(conn)
        pages = int(raw.execute("PRAGMA page_count").fetchone()[0])
        size = pages * int(raw.execute("PRAGMA page_size").fetchone()[0])
        assert raw.execute("PRAGMA cache_size").fetchone()[0] == -cache_size_kib(size)

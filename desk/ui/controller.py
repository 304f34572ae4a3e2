"""Owns the unlocked store for the app's lifetime: unlock, show the window, lock, quit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.store import (
    PassphraseNeeded,
    Store,
    StoreError,
    WrongKey,
    auto_backup,
    env_passphrase,
    needs_passphrase,
    open_store,
)
from desk.store.backup import latest_auto_backup_age_hours
from desk.ui.unlock_dialog import UnlockDialog
from desk.ui.worker import DbExecutor

log = logging.getLogger(__name__)


class AppController(QObject):
    """The only holder of the ``Store``; windows get it through ``store`` while unlocked."""

    store_opened = Signal(object)
    store_locked = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.executor = DbExecutor(self)
        self.store: Store | None = None
        self.window = None  # MainWindow, created on first unlock
        self.dialog: UnlockDialog | None = None

    # -- start ------------------------------------------------------------------------------
    def start(self) -> None:
        """Open without asking when DESK_PASSPHRASE or the keyring has the key; else ask."""
        passphrase = env_passphrase()
        if self.path.exists() and (passphrase or not needs_passphrase(self.path)):
            self.executor.submit(
                lambda: open_store(self.path, passphrase), self._opened, self._auto_open_failed
            )
        else:
            self.show_unlock()

    def _auto_open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongKey | PassphraseNeeded):
            self.show_unlock()  # DESK_PASSPHRASE was wrong, or the keyring lost the key
        else:
            self._fatal(exc)

    def show_unlock(self, *, locked: bool = False) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = UnlockDialog(self.path, self.executor, locked=locked)
        self.dialog.unlocked.connect(self._opened)
        self.dialog.rejected.connect(self._unlock_cancelled)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _unlock_cancelled(self) -> None:
        if self.store is None:
            QApplication.instance().quit()

    def _fatal(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, StoreError) else repr(exc)
        QMessageBox.critical(None, self.tr("Desk"), message)
        QApplication.instance().quit()

    # -- open / lock ------------------------------------------------------------------------
    def _opened(self, store: Store) -> None:
        from desk.ui.main_window import MainWindow

        self.store = store
        if self.window is None:
            self.window = MainWindow(self)
            self.window.restore_layout()
        self.window.show()
        self.store_opened.emit(store)

    def lock(self) -> None:
        """Close the engine, drop every model and cached row, then ask to unlock again."""
        if self.store is None:
            return
        self.executor.invalidate()
        self.store_locked.emit()  # views clear their models now
        try:
            self.executor.wait_idle()
        finally:
            self.store.close()
            self.store = None
        if self.window is not None:
            self.window.hide()
        self.show_unlock(locked=True)

    def shutdown(self) -> None:
        self.executor.invalidate()
        try:
            self.executor.wait_idle()
            if self.store is not None:
                self._daily_backup(self.store)
        finally:
            if self.store is not None:
                self.store.close()
                self.store = None
            self.executor.shutdown()

    @staticmethod
    def _daily_backup(store: Store) -> None:
        """At most one rotating automatic backup a day, taken when the app closes."""
        age = latest_auto_backup_age_hours(store.path)
        if age is None or age >= 24:
            try:
                auto_backup(store, "daily")
            except (OSError, StoreError):
                log.exception("daily backup failed")

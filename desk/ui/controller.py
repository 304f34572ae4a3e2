"""Owns the unlocked store for the app's lifetime: unlock, show the window, lock, quit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk.failures import explain
from desk.services.reference import ReferenceIndex, load_reference
from desk.services.settings import DEFAULT_IDLE_MINUTES, IDLE_LOCK_MINUTES, get_setting
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
from desk.ui.idle import IdleWatcher
from desk.ui.language import remember_country_names
from desk.ui.live import LiveRefresh
from desk.ui.unlock_dialog import UnlockDialog
from desk.ui.worker import Cancelled, DbExecutor

if TYPE_CHECKING:  # psycopg (0.2 s to import) loads only when a team database is opened
    from desk.store.team_admin import Membership
    from desk.ui.team_login import TeamLoginDialog

log = logging.getLogger(__name__)

# The daily backup starts this long after start-up's work is done, on the background lane (its
# own thread and connection: the user's work goes on meanwhile); closing never waits for it.
DAILY_BACKUP_DELAY_MS = 10_000
BACKUP_KEY = "daily-backup"
Startup = tuple[ReferenceIndex, int, "Membership | None"]


def load_startup(store: Store) -> Startup:
    """What the window needs before it shows: reference data, the idle timeout, who we are
    in a team database."""
    member = None
    if store.kind == "team":
        from desk.store.team_admin import membership

        member = membership(store)  # type: ignore[arg-type]
    return (
        load_reference(store),
        get_setting(store, IDLE_LOCK_MINUTES, DEFAULT_IDLE_MINUTES),
        member,
    )


class AppController(QObject):
    """The only holder of the ``Store``: a local store file (``path``) or a team database
    (``team_url``, a postgresql:// URL without its password). Views run database work
    through ``run``.

    ``store_opened`` fires once the store is open and the reference data loaded;
    ``store_locked`` fires before the store is closed, so views can drop their rows;
    ``data_changed(set[str])`` names the tables that changed in a team database (anyone's
    changes, heard by LISTEN/NOTIFY; ``desk.ui.live.EVERYTHING`` after a reconnect).
    """

    store_opened = Signal(object)
    store_locked = Signal()
    data_changed = Signal(object)
    # Emitted from the database thread when a write waits for another Desk process.
    waiting_for_writer = Signal()
    # A one-line reason (and what it means for the user's work) when database work failed and
    # its caller had nothing better to do with it: the window shows it.
    failure = Signal(str)

    def __init__(
        self,
        target: Path | str,
        parent: QObject | None = None,
        *,
        idle_minutes: float | None = None,
        idle_clock: Callable[[], float] = time.time,
        backup_delay_ms: int = DAILY_BACKUP_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.team_url: str | None = target if isinstance(target, str) else None
        self.path: Path | None = None if isinstance(target, str) else Path(target)
        self.executor = DbExecutor(self)
        self.store: Store | None = None
        self.reference: ReferenceIndex | None = None
        self.membership: Membership | None = None  # who we are in a team database
        self.window = None  # MainWindow, created on first unlock
        self.dialog: UnlockDialog | TeamLoginDialog | None = None
        self.live = LiveRefresh(self.run, self)
        self.live.changed.connect(self.data_changed)
        self._closed_dialog: UnlockDialog | None = None  # kept until Qt deletes it
        self._idle_override = idle_minutes  # tests use a tiny timeout
        self.idle = IdleWatcher(60 * (idle_minutes or DEFAULT_IDLE_MINUTES), self, clock=idle_clock)
        self.idle.idle.connect(self.lock)
        self.idle.suspending.connect(self.lock)
        self.backup_delay_ms = backup_delay_ms
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self._start_daily_backup)
        self._backup_armed = False  # the window is up: the backup follows once work settles
        self.executor.busy_changed.connect(self._busy_changed)

    # -- running work --------------------------------------------------------------------------
    def run(
        self,
        task: Callable[[Store], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
        key: str | None = None,
        stoppable: bool = False,
    ) -> Future | None:
        """Run ``task(store)`` on a database thread; ``done``/``failed`` run on the UI thread.
        Without ``failed``, a failure is reported to the user (``report_failure``).
        ``background`` work (charts, counts) runs on its own thread and connection, never
        ahead of what the user waits for; a waiting one with the same ``key`` is replaced,
        a ``stoppable`` running one (a read) stopped (see ``DbExecutor.submit``). Returns None
        (and runs nothing) while locked."""
        store = self.store
        if store is None:
            return None
        return self.executor.submit(
            lambda: task(store),
            done,
            failed or self.report_failure,
            background=background,
            key=key,
            stoppable=stoppable,
        )

    def drop(self, key: str) -> None:
        """Background work of ``key`` is no longer wanted (see ``DbExecutor.drop``)."""
        self.executor.drop(key)

    def fold_soon(self) -> None:
        """After a bulk load (an import, a received package): fold the pages it left in the
        store's WAL back into the file on the background lane, not while its person waited."""
        self.run(lambda store: store.fold_wal(), background=True, key="fold-wal")

    def report_failure(self, exc: BaseException, consequence: str = "") -> None:
        """Tell the user, in one line, that work failed and why (never silently)."""
        if isinstance(exc, Cancelled):
            return
        log.warning("database work failed: %s", type(exc).__name__, exc_info=exc)
        text = explain(exc, self.path)
        self.failure.emit(f"{text}\n{consequence}" if consequence else text)

    # -- start ---------------------------------------------------------------------------------
    @property
    def is_team(self) -> bool:
        return self.team_url is not None

    def start(self) -> None:
        """Open without asking when DESK_PASSPHRASE or the keyring has the key (a team
        database: the password from libpq or the keyring); else ask."""
        if self.team_url is not None:
            from desk.store.team import open_team_store

            url = self.team_url
            self.executor.submit(
                lambda: self._with_startup(open_team_store(url)),
                self._opened_with,
                self._auto_open_failed,
            )
            import desk.ui.main_window  # the window's modules load while the server answers

            return
        passphrase = env_passphrase()
        assert self.path is not None
        if self.path.exists() and (passphrase or not needs_passphrase(self.path)):
            path = self.path
            # Opening and reading the reference data in one task: both run while this thread
            # imports the window's modules.
            self.executor.submit(
                lambda: self._with_startup(self._open(path, passphrase)),
                self._opened_with,
                self._auto_open_failed,
            )
            # Importing the window's modules takes ~0.2 s: do it while the database thread
            # spends its time in SQLCipher's key derivation (which does not hold the GIL).
            import desk.ui.main_window  # noqa: F401
        else:
            self.show_unlock()

    @staticmethod
    def _open(path: Path, passphrase: str | None) -> Store:
        return open_store(path, passphrase)

    @staticmethod
    def _with_startup(store: Store) -> tuple[Store, Startup | BaseException]:
        try:
            return store, load_startup(store)
        except Exception as exc:  # said like any start-up failure, once the store is held
            return store, exc

    def _opened_with(self, result: tuple[Store, Startup | BaseException]) -> None:
        store, startup = result
        self._opened(store, startup)

    def _auto_open_failed(self, exc: BaseException) -> None:
        from desk.store.team import TeamLoginFailed
        from desk.ui.team_login import login_problem

        if self.is_team:
            # No password known (or the saved one stopped working): ask. Anything else — an
            # unreachable server — is said in the dialog, which can try again.
            self.show_unlock(problem="" if isinstance(exc, TeamLoginFailed) else login_problem(exc))
        elif isinstance(exc, WrongKey | PassphraseNeeded):
            self.show_unlock()  # DESK_PASSPHRASE was wrong, or the keyring lost the key
        else:
            self._fatal(exc)

    def show_unlock(self, *, locked: bool = False, problem: str = "") -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        if self.team_url is not None:
            from desk.ui.team_login import TeamLoginDialog

            self.dialog = TeamLoginDialog(
                self.team_url, self.executor, locked=locked, problem=problem
            )
        else:
            assert self.path is not None
            self.dialog = UnlockDialog(self.path, self.executor, locked=locked)
        self.dialog.unlocked.connect(self._opened)
        self._present(self.dialog, self._unlock_cancelled)

    def _present(
        self, dialog: UnlockDialog | TeamLoginDialog, cancelled: Callable[[], None]
    ) -> None:
        # ``finished`` comes after ``rejected`` (Qt 6): the dialog is forgotten there, and what
        # cancelling means runs once it is, so it may show the next dialog.
        dialog.finished.connect(lambda result, d=dialog: self._dialog_closed(d, result, cancelled))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog_closed(self, dialog: QDialog, result: int, cancelled: Callable[[], None]) -> None:
        # Dropping the last Python reference here would delete the dialog inside its own
        # ``finished`` signal (a crash when Return closed it on X11): Qt deletes it later.
        if self.dialog is dialog:
            self.dialog = None
        self._closed_dialog = dialog
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            cancelled()

    def _unlock_cancelled(self) -> None:
        if self.store is None:
            QApplication.instance().quit()

    def _fatal(self, exc: BaseException) -> None:
        QMessageBox.critical(None, self.tr("Desk"), explain(exc, self.path))
        QApplication.instance().quit()

    # -- open / lock ---------------------------------------------------------------------------
    def _opened(self, store: Store, startup: Startup | BaseException | None = None) -> None:
        self.store = store
        store.on_lock_wait = self.waiting_for_writer.emit  # queued to the UI thread by Qt
        if isinstance(startup, BaseException):
            self._fatal(startup)
        elif startup is not None:
            self._ready(startup)
        else:
            self.run(load_startup, self._ready, self._fatal)
        if store.kind == "team":
            self.live.start()

    def _ready(self, result: Startup) -> None:
        from desk.ui.main_window import MainWindow

        self.reference, minutes, self.membership = result
        remember_country_names(self.reference.countries.values())
        if self.window is None:
            self.window = MainWindow(self)
            self.window.restore_layout()
        self.window.show()
        self.window.raise_()
        self.store_opened.emit(self.store)
        self.idle.start(60 * (self._idle_override or float(minutes)))
        if self.store is not None and self.store.kind == "local":
            self._backup_armed = True
            self._busy_changed(self.executor.pending > 0)

    def set_idle_minutes(self, minutes: float) -> None:
        if self.store is not None:
            self.idle.start(60 * minutes)

    def lock(self) -> None:
        """Close the engine, drop every model, dialog and cached row, then ask to unlock."""
        if self.store is None:
            return
        self._close_store()
        self.show_unlock(locked=True)

    def _close_store(self) -> None:
        self._backup_armed = False
        self._backup_timer.stop()
        self.idle.stop()
        self.live.stop()  # a team database: its listener (and this session's presence) ends
        self.executor.invalidate()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.dialog:
                # An open editor or wizard shows data: it goes too, without asking to discard.
                getattr(widget, "discard", widget.reject)()
        self.store_locked.emit()
        try:
            self.executor.wait_idle()
        finally:
            self.store.close()
            self.store = None
            self.reference = None
            self.membership = None
        if self.window is not None:
            self.window.hide()

    def switch_store(self, path: str | Path) -> bool:
        """Unlock (or create) another store file; this one stays open until that succeeds,
        so cancelling (or failing) leaves the window on it. False: ``path`` is the store
        already open, or another dialog is in the way (it is raised)."""
        target = Path(path).expanduser().resolve()
        if self.dialog is not None:
            self.dialog.raise_()
            return False
        if self.store is not None and self.path is not None and self.path.resolve() == target:
            return False
        dialog = UnlockDialog(target, self.executor)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # the window waits
        self.dialog = dialog
        dialog.unlocked.connect(lambda store: self._switched(target, store))
        self._present(dialog, self._switch_cancelled)
        return True

    def _switched(self, path: Path, store: Store) -> None:
        if self.store is not None:
            self._close_store()
        self.team_url = None
        self.path = path
        self._opened(store)

    def _switch_cancelled(self) -> None:
        """Back to the store that was open; if it was locked meanwhile, to its unlock dialog
        (and if it has gone, Desk quits as a cancelled unlock does)."""
        if self.store is not None:
            return
        if self.path is not None and self.path.exists():
            self.show_unlock(locked=True)
        else:
            QApplication.instance().quit()

    def shutdown(self) -> None:
        """Quit: the window goes at once; then the work still running ends, the daily backup
        is taken if start-up did not get to it, and the store closes."""
        self._backup_armed = False
        self._backup_timer.stop()
        self.executor.invalidate()  # waiting background work is dropped (a backup runs on)
        if self.window is not None:  # gone from the screen before anything is waited for
            self.window.hide()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.idle.stop()
        self.live.stop()
        try:
            self.executor.wait_idle()
            if self.store is not None and self.store.kind == "local":
                self._daily_backup(self.store)  # a team database is backed up on its server
        finally:
            if self.store is not None:
                self.store.close()
                self.store = None
            self.executor.shutdown()

    def _busy_changed(self, busy: bool) -> None:
        """Start-up's work has settled: the daily backup follows after a pause (later work does
        not hold it back: it runs beside the user's)."""
        if not busy and self._backup_armed and not self._backup_timer.isActive():
            self._backup_timer.start(self.backup_delay_ms)

    def _start_daily_backup(self) -> None:
        self._backup_armed = False
        if self.store is not None and self.store.kind == "local":
            self.run(self._daily_backup, lambda _: None, background=True, key=BACKUP_KEY)

    @staticmethod
    def _daily_backup(store: Store) -> Path | None:
        """At most one rotating automatic backup a day (written atomically: a process killed
        meanwhile leaves the previous ones as they were)."""
        age = latest_auto_backup_age_hours(store.path)
        if age is None or age >= 24:
            try:
                return auto_backup(store, "daily")
            except (OSError, StoreError):
                log.exception("daily backup failed")
        return None

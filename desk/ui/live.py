"""Live refresh in team mode: other people's changes reach the open views.

A ``desk.store.team_listen.Listener`` holds the LISTEN connection; here a socket notifier on
its ``fileno()`` drains what arrives on the UI thread (no polling, no sleeping), gathers a
burst of changes for a moment (an import is many statements) and says once which tables
changed. A lost connection is opened again after a pause, and then everything counts as
changed (what happened meanwhile was not heard).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from desk.errors import DeskError

if TYPE_CHECKING:  # psycopg is imported only when a team database is opened
    from desk.store.team_listen import Listener

log = logging.getLogger(__name__)

GATHER_MS = 300  # changes arriving within this time are announced together
RETRY_MS = (2_000, 5_000, 15_000, 60_000)  # pauses before opening a lost listener again
EVERYTHING = "*"  # in a change set: anything may have changed (after a reconnect)

# AppController.run: runs task(store) on the database thread, done(result) on this one
Runner = Callable[..., Any]


class LiveRefresh(QObject):
    """``changed(set[str])``: the tables other sessions (or this one) changed; it may hold
    ``EVERYTHING``."""

    changed = Signal(object)
    connected = Signal(bool)  # the listener is (or is no longer) connected

    def __init__(self, run: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._tables: set[str] = set()
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._announce)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._reconnect)
        self._failures = 0
        self._generation = 0  # bumped by stop(): a listener opened for an older start is closed

    # -- life cycle ---------------------------------------------------------------------------
    def start(self, done: Callable[[], None] | None = None) -> None:
        """Open a listener (on the database thread) and start hearing changes."""
        self.stop()
        self._open(done)

    def _open(self, done: Callable[[], None] | None = None) -> None:
        from desk.store.team_listen import Listener

        generation = self._generation

        def opened(listener: Listener) -> None:
            if generation != self._generation:
                listener.close()
                return
            self._attach(listener)
            if done is not None:
                done()

        submitted = self._run(Listener.open, opened, self._open_failed, background=True)
        if submitted is None:
            log.debug("no store: no listener")

    def stop(self) -> None:
        """Close the listener (locking, quitting): nothing more is heard or announced."""
        self._generation += 1
        self._retry.stop()
        self._gather.stop()
        self._tables.clear()
        self._detach()

    def _attach(self, listener: Listener) -> None:
        self.listener = listener
        self._failures = 0
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self.connected.emit(True)
        self._readable()  # anything that arrived while the notifier was being set up

    def _detach(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    # -- hearing ------------------------------------------------------------------------------
    def _readable(self, *_args: object) -> None:
        listener = self.listener
        if listener is None:
            return
        try:
            changes = listener.drain()
        except DeskError as exc:
            self._lost(exc)
            return
        if changes:
            self._tables.update(c.table for c in changes)
            if not self._gather.isActive():
                self._gather.start()

    def _announce(self) -> None:
        tables, self._tables = self._tables, set()
        if tables:
            self.changed.emit(tables)

    # -- losing and finding the server ------------------------------------------------------------
    def _lost(self, exc: BaseException) -> None:
        log.warning("live refresh lost its connection: %s", exc)
        self._detach()
        self.connected.emit(False)
        self._schedule_retry()

    def _open_failed(self, exc: BaseException) -> None:
        log.warning("live refresh could not connect: %s", exc)
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        self._retry.start(RETRY_MS[min(self._failures, len(RETRY_MS) - 1)])
        self._failures += 1

    def _reconnect(self) -> None:
        # What changed while nobody listened was not heard: every view reads again.
        self._open(lambda: self.changed.emit({EVERYTHING}))

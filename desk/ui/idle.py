"""Lock after a while without input, measured on the wall clock so sleep and suspend count."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once ``timeout_s`` of wall-clock time passed without user input, and
    ``suspending`` when the system says it is about to sleep (where Qt lets us know)."""

    idle = Signal()
    suspending = Signal()

    def __init__(
        self,
        timeout_s: float,
        parent: QObject | None = None,
        *,
        check_every_ms: int = 5000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        # Wall clock, not monotonic: a suspended laptop counts. Tests give their own.
        self.clock = clock
        self.last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_every_ms, max(50, int(timeout_s * 1000 / 4))))
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self._listen_for_sleep()

    def start(self, timeout_s: float | None = None) -> None:
        if timeout_s is not None:
            self.timeout_s = timeout_s
            self._timer.setInterval(min(5000, max(50, int(self.timeout_s * 1000 / 4))))
        self.last_input = self.clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if self._armed and self.clock() - self.last_input >= self.timeout_s:
            self._armed = False
            self._timer.stop()
            self.idle.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self._armed:
            self.suspending.emit()
        else:
            self.check()  # back from the background: maybe the time is long up

    def _listen_for_sleep(self) -> None:
        """systemd-logind announces sleep on the system bus (Linux desktops)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        ok = bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "_prepare_for_sleep(bool)",
        )
        log.debug("listening for PrepareForSleep: %s", ok)

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep and self._armed:
            self.suspending.emit()
        elif not going_to_sleep:
            self.check()

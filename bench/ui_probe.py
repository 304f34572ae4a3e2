"""Child process for bench_ui: start the app (or a bare window) and report timings as JSON lines.

python -m bench.ui_probe bare
python -m bench.ui_probe desk STORE       (DESK_PASSPHRASE set by the parent; the app writes to
                                           STORE and its backups folder: give it a copy)

Close is measured as a person closing the window does it: ``close_felt`` from the request to
the window hidden (the event loop free again), ``close_exit`` to the end of the shutdown (the
process exits right after). ``backup`` says whether the daily backup was taken while the
app ran (``background``) or had to be taken at close.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

T0 = time.perf_counter()


def emit(**data: object) -> None:
    print(json.dumps(data), flush=True)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(
        0, lambda: (emit(event="ready", seconds=time.perf_counter() - T0), app.quit())
    )
    app.exec()


def _time_tasks(executor) -> list[tuple[str, float]]:
    """(lane, seconds running) of every task the executor runs, for telling time spent in the
    query from time spent waiting (the list is cleared by the caller)."""
    ran: list[tuple[str, float]] = []
    submit = executor.submit

    def timed_submit(task, *args, background: bool = False, **kwargs):
        def timed():
            t0 = time.perf_counter()
            try:
                return task()
            finally:
                lane = "background" if background else "interactive"
                ran.append((lane, time.perf_counter() - t0))

        return submit(timed, *args, background=background, **kwargs)

    executor.submit = timed_submit
    return ran


def _own_settings(store: Path) -> None:
    """The probe's window layout and last place in a folder beside the store, not the user's:
    the app reopens where it was left, and the probe measures the trend log."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = store.parent / "probe-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()


def desk(path: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk.store.backup import latest_auto_backup_age_hours, list_auto_backups
    from desk.ui.controller import AppController

    app = QApplication(sys.argv[:1])
    _own_settings(Path(path))
    controller = AppController(Path(path))
    state: dict = {"ready": False}
    ran = _time_tasks(controller.executor)

    def wait(signal, action, timeout_s: float = 30.0) -> float:
        """Run ``action`` and return the seconds until ``signal`` fired."""
        fired: list[float] = []
        timer = QElapsedTimer()

        def on_signal(*_: object) -> None:
            if not fired:
                fired.append(timer.nsecsElapsed() / 1e9)

        # an event loop that sleeps until something happens, as the app's does: a loop
        # spinning processEvents() took one of the two cores from the database threads
        loop = QEventLoop()
        signal.connect(on_signal)
        signal.connect(loop.quit)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        timer.start()
        action()
        if not fired:
            loop.exec()
        signal.disconnect(on_signal)
        signal.disconnect(loop.quit)
        return fired[0] if fired else float("inf")

    def ready() -> None:
        if state["ready"]:
            return
        state["ready"] = True
        emit(event="ready", seconds=time.perf_counter() - T0, rows=view.model.rowCount())
        settle()

    def settle() -> None:
        """Measure typing once start-up's background work (chart, counts) is done."""
        if controller.executor.pending:
            QTimer.singleShot(20, settle)
        else:
            emit(event="settled", seconds=time.perf_counter() - T0)
            QTimer.singleShot(50, measure)

    def measure() -> None:
        emit(event="rss_after_start", mb=rss_mb())
        view.search.setFocus()
        typed = ""
        for text in ("k", "ky", "kyr", "kyrgyz", "kyrgyz tier:1", "kyrgyz tier:1 grade:<=C3"):
            key = text[len(typed) :]
            if key.startswith(" "):
                QTest.keyClick(view.search, Qt.Key.Key_Space)
                key = key[1:]
            ran.clear()
            seconds = wait(view.model.loaded, lambda k=key: QTest.keyClicks(view.search, k))
            typed = text
            emit(
                event="type",
                text=text,
                seconds=seconds,
                rows=view.model.rowCount(),
                query=sum(d for lane, d in ran if lane == "interactive"),
                background=sum(d for lane, d in ran if lane == "background"),
            )
        view.search.clear()
        wait(view.model.loaded, lambda: None, 5)
        for column, label in ((1, "country"), (4, "grade"), (6, "status"), (0, "observed")):
            seconds = wait(
                view.model.loaded,
                lambda c=column: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
            )
            emit(event="sort", column=label, seconds=seconds)
        # scroll to the end: time until the last page arrives, and the longest event-loop stall
        gaps = {"last": time.perf_counter(), "max": 0.0}

        def tick() -> None:
            now = time.perf_counter()
            gaps["max"] = max(gaps["max"], now - gaps["last"])
            gaps["last"] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()
        last_page = (view.model.rowCount() - 1) // 200
        seconds = (
            wait(
                view.model.page_loaded,
                view.table.scrollToBottom,
            )
            if last_page
            else 0.0
        )
        ticker.stop()
        emit(event="scroll_end", seconds=seconds, max_stall=gaps["max"], last_page=last_page)
        emit(event="rss_end", mb=rss_mb())
        close()

    def close() -> None:
        """Close the window as its close button does; the shutdown runs as in desk.ui.app."""
        state["backup"] = (
            "background" if latest_auto_backup_age_hours(path_) is not None else "close"
        )
        controller.window.installEventFilter(hide_watch)
        state["close_t0"] = time.perf_counter()
        controller.window.close()

    class HideWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Hide and "hidden_t" not in state:
                state["hidden_t"] = time.perf_counter()
            return False

    hide_watch = HideWatch()
    path_ = Path(path)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    while controller.window is None:
        app.processEvents()
    view = controller.window.trendlog
    view.model.loaded.connect(ready)
    app.exec()
    emit(event="close_felt", seconds=state["hidden_t"] - state["close_t0"])
    emit(
        event="close_exit",
        seconds=time.perf_counter() - state["close_t0"],
        backup=state["backup"],
        backups=len(list_auto_backups(path_)),
    )


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        desk(sys.argv[2])

"""One background worker for all database work, with results delivered back on the UI thread.

Like Anki's operation helpers: the UI submits a callable, the worker runs it on its single
thread (SQLite likes one writer), and ``done``/``failed`` are called on the UI thread via a
queued Qt signal. Nothing here touches a widget from the worker thread.

Tasks have two priorities: what the user is waiting for (a search, a page of rows) runs before
queued background work (charts, counts), so a keystroke never waits behind a chart.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

INTERACTIVE, BACKGROUND = 0, 1
_STOP = object()


class ProgressRelay(QObject):
    """Carries a task's ``progress(done, total, phase)`` from the worker thread to the UI (a
    queued signal): pass ``relay.progress.emit`` as the service's callback."""

    progress = Signal(int, int, str)


class Cancelled(Exception):
    """Raised inside a task whose ``CancelToken`` was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class DbExecutor(QObject):
    """Runs tasks one at a time off the UI thread; tracks how many are in flight."""

    _finished = Signal(object)  # carries a zero-argument callable to run on the UI thread
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()  # FIFO within a priority
        self._pending = 0
        self._generation = 0  # bumped on lock: results of older tasks are dropped
        self._finished.connect(lambda call: call())
        self._thread = threading.Thread(target=self._work, name="desk-db", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def _work(self) -> None:
        while True:
            _priority, _n, task, future = self._queue.get()
            if task is _STOP:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(task())
            except BaseException as exc:
                future.set_exception(exc)

    def submit(
        self,
        task: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
    ) -> Future:
        generation = self._generation
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future: Future = Future()

        def deliver(fut: Future) -> None:
            def on_ui_thread() -> None:
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                if generation != self._generation or fut.cancelled():
                    return  # the store was locked meanwhile
                exc = fut.exception()
                if exc is None:
                    if done is not None:
                        done(fut.result())
                elif failed is not None:
                    failed(exc)
                elif not isinstance(exc, Cancelled):
                    log.error("background task failed", exc_info=exc)

            self._finished.emit(on_ui_thread)

        future.add_done_callback(deliver)
        self._queue.put(
            (BACKGROUND if background else INTERACTIVE, next(self._order), task, future)
        )
        return future

    def invalidate(self) -> None:
        """Forget results of tasks already submitted (used when locking)."""
        self._generation += 1

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until every queued task has run (used before closing the store). No timeout
        by default: closing a store under a task that still runs crashes SQLCipher, and on a
        busy machine a queue of charts and counts can take longer than any fixed limit."""
        marker: Future = Future()
        self._queue.put((BACKGROUND + 1, next(self._order), lambda: None, marker))
        marker.result(timeout=timeout)

    def shutdown(self) -> None:
        if self._thread.is_alive():
            self._queue.put((BACKGROUND + 2, next(self._order), _STOP, None))
            self._thread.join(timeout=30)
